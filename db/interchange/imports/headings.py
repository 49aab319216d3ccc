"""The import's vocabulary file (``headings.toml``), read once: the headings offices write for each
field in eight languages, the word lists (totals, yes/no, organisations' words…), and a partner's
kind told by the words of its name. Data, not code: a new wording is a line of that file."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from db.text import name_key

HEADINGS = Path(__file__).with_name("headings.toml")


@lru_cache(maxsize=1)
def data() -> dict:
    with HEADINGS.open("rb") as f:
        return tomllib.load(f)


def folded(phrases) -> list[str]:
    return list(dict.fromkeys(k for k in (name_key(p) for p in phrases) if k))


WORD_SETS = {k: set(folded(v)) | set(v) for k, v in data()["words"].items()}


# --- a partner's kind told by its name ("Universität Wien": school) -------------------------------

@lru_cache(maxsize=1)
def _kind_index() -> dict[str, list[tuple[str, str]]]:
    """The kinds' words by their first three letters (a name is read word by word, once)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for kind, words in data()["partner_kinds"].items():
        for word in words:
            word = " ".join(word.lower().translate(_NAME_BREAKS).split())
            index.setdefault(word[:3], []).append((word, kind))
    return index


_NAME_BREAKS = str.maketrans({"-": " ", "'": " ", "’": " ", "(": " ", ")": " ", ",": " "})


@lru_cache(maxsize=1)
def _compound_endings() -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    """The endings of compound words that say a partner's kind (German, Dutch: « …verein »)."""
    pairs = [(e, kind) for kind, endings in data()["partner_kind_endings"].items() for e in endings]
    return tuple(e for e, _k in pairs), pairs


def partner_kind_of(name: str | None) -> str | None:
    """The kind of partner its name says (a university, a museum, a festival…), or None: a word of
    the name begins as a word of ``[partner_kinds]`` does ("Universität" -> school)."""
    if not name:
        return None
    index = _kind_index()
    words = name.lower().translate(_NAME_BREAKS).split()
    endings = _compound_endings()
    for i, word in enumerate(words):
        candidates = index.get(word[:3])
        if candidates is None:
            if len(word) > 6 and word.endswith(endings[0]):   # « Samariterverein », « Stadtmuseum »
                return next(kind for ending, kind in endings[1] if word.endswith(ending))
            continue
        text = word if i + 1 == len(words) else f"{word} {words[i + 1]}"
        for stem, kind in candidates:
            if text.startswith(stem):
                return kind
    return None


_ZEROS = str.maketrans("123456789", "000000000")


@lru_cache(maxsize=1)
def _digitless() -> bool:
    """No word nor ending of the kinds holds a digit: the digits of a name never decide its kind."""
    words = [w for kind_words in data()["partner_kinds"].values() for w in kind_words]
    return not any(c.isdigit() for w in (*words, *_compound_endings()[0]) for c in w)


def partner_kind_by_shape(memo: dict, name: str | None) -> str | None:
    """``partner_kind_of``, remembered in ``memo`` by the name's shape, its digits read as 0
    (« Partenaire 000123 » and « Partenaire 004567 » are one look-up): no word of the kinds holds
    a digit, and a digit for a digit keeps every word's length, so the answer is the same."""
    if not name or not _digitless():
        return partner_kind_of(name)
    shape = name.translate(_ZEROS)
    hit = memo.get(shape, memo)
    if hit is memo:
        hit = partner_kind_of(name)
        if len(memo) < 50_000:
            memo[shape] = hit
    return hit


CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")   # « destination_countryLabel »: words glued in camel case


def glued_words(text) -> list[str]:
    """The folded words of a heading glued by a tool (« person_position », « origincityLabel »)."""
    return name_key(CAMEL.sub(" ", str(text or "").replace("_", " "))).split()


def says_grants(texts) -> bool:
    """A sheet's name or headings say its agreements are grants (« subventions », « Foerderung_ref »):
    a word begins as a word of ``grant_words`` does, or a compound ends as one of ``grant_endings``."""
    words, endings = _grant_words()
    for text in texts:
        for word in glued_words(text):
            if word.startswith(words) or (len(word) > 9 and word.endswith(endings)):
                return True
    return False


@lru_cache(maxsize=1)
def _grant_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(folded(data()["words"]["grant_words"])), tuple(folded(data()["words"]["grant_endings"]))


_PLURAL_ENDS = (("ies", ("y",)), ("es", ("", "e")), ("en", ("", "e")), ("s", ("",)), ("e", ("",)), ("i", ("o", "e")))


def singulars(key: str) -> list[str]:
    """The key with its last word in the singular, as the vocabulary writes it (« Cities » -> « city »,
    « Ciudades » -> « ciudad », « Webseiten » -> « webseite », « Städte » -> « stadt », « Comuni » ->
    « comune »): a plural heading says what one of its cells holds. Words of five letters or more."""
    head, _, last = key.rpartition(" ")
    if len(last) < 5:
        return []
    found = []
    for end, ends in _PLURAL_ENDS:
        if last.endswith(end):
            found += [f"{head} {last[:-len(end)] + e}".strip() for e in ends]
    return found


def compound_end(words: list[str], phrase: str) -> bool:
    """A German or Dutch compound names what its last part names: « subsidieontvanger » ends with
    « ontvanger », « Zuwendungsempfänger » with « empfänger », « Jahresbudget » with « budget »
    (a last part of six letters or more, after at least three letters)."""
    return len(phrase) >= 6 and any(len(w) >= len(phrase) + 3 and w.endswith(phrase) for w in words)
