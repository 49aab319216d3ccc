"""Text folding shared by duplicate detection and search: case, accents, stroked letters, spaces."""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters that carry a stroke or are ligatures have no Unicode decomposition, so NFKD alone
# leaves them untouched: Łódź would never meet LODZ. Map them explicitly.
_NO_DECOMPOSITION = str.maketrans(
    {
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d",
        "ħ": "h", "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ı": "i", "ƀ": "b", "ɨ": "i", "ʉ": "u",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ß": "ss", "ẞ": "ss", "þ": "th", "Þ": "th",
        "’": "'", "‘": "'", "ʼ": "'", "–": "-", "—": "-", "\u00a0": " ", "\u202f": " ",
    }
)
_SPACES = re.compile(r"\s+")
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _NO_DECOMPOSITION) + "]")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORDS = re.compile(r"[^\W_]+", re.UNICODE)


def nfc(value: str) -> str:
    """Unicode NFC form, the one stored in the catalogue."""
    return unicodedata.normalize("NFC", value)


def fold(value: str | None, collapse: bool = True) -> str:
    """Lower-case, accent-free, stroke-free text with single spaces ("  Łódź  FILM" -> "lodz film").

    ``collapse=False`` leaves whitespace as it is (for text only a tokenizer reads).
    """
    if not value:
        return ""
    if value.isascii():
        return _SPACES.sub(" ", value.lower()).strip() if collapse else value.lower()
    text = value.translate(_NO_DECOMPOSITION) if _SPECIAL.search(value) else value
    if text.isascii():   # only dashes, ligatures, stroked letters or odd spaces were not ASCII
        return _SPACES.sub(" ", text.lower()).strip() if collapse else text.lower()
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    if not text.isascii():
        # rarer combining marks outside the common blocks; letters of other scripts stay
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
        text = unicodedata.normalize("NFC", text).casefold()  # recompose other scripts (Hangul)
        if _SPECIAL.search(text):
            text = text.translate(_NO_DECOMPOSITION)
    else:
        text = text.lower()
    return _SPACES.sub(" ", text).strip() if collapse else text


@functools.lru_cache(maxsize=1 << 16)
def name_key(value: str | None) -> str:
    """Key under which two names are the same record: folded, punctuation-insensitive.

    Remembered for the last 65,536 values: an import or a look-up asks for the same names again
    and again. A text of several words is keyed word by word (folding never joins two words nor
    splits one across a space), so a title seen once ("Jumelage Lyon – Pécs") costs the look-up of
    words seen before."""
    if not value:
        return ""
    if value.isascii():
        lower = value.lower()
        if lower.replace(" ", "").isalnum():   # letters, digits and spaces: its words as they are
            return " ".join(lower.split())
    elif " " in value:
        return " ".join(key for word in value.split() if (key := name_key(word)))
    return " ".join(_WORDS.findall(fold(value)))


def person_key(first_name: str | None, last_name: str | None) -> str:
    """Key for a person: the set of words of the whole name, so "NOM Prénom" meets "Prénom Nom"."""
    words = _WORDS.findall(fold(f"{first_name or ''} {last_name or ''}"))
    return " ".join(sorted(words))


def words(value: str | None) -> list[str]:
    """Folded words of a text, as search and matching see them."""
    return _WORDS.findall(fold(value))
