"""The two sides of a relation told by their headings' structure, in any language: the same heading
written twice with a side word changed (« comune_start_name » / « comune_end_name »,
« origincityLabel » / « sistercityLabel », « City A » / « City B »). Side words are data
(``headings.toml``, ``[relation] sides``). Or told by their values: two columns of names that
name the same members (« Company » / « Partner »: Skyway on both sides), a list of pairs."""

from __future__ import annotations

from collections.abc import Iterator

from db.interchange.imports.headings import data, folded, glued_words

PAIRS = [tuple(folded(pair)) for pair in data()["relation"]["sides"]]
NAMING = ("text", "person", "place", "mixed", "organisation", None)


def _readings(header: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(side, the heading without its side word) for each side word found in the heading, as a word
    of its own or glued before another (« origincity »)."""
    words = glued_words(header)
    for position, word in enumerate(words):
        for pair in PAIRS:
            for side, side_word in enumerate(pair):
                rest = None
                if word == side_word:
                    rest = words[:position] + words[position + 1:]
                elif len(side_word) > 3 and word.startswith(side_word) and len(word) - len(side_word) >= 3:
                    rest = [*words[:position], word[len(side_word):], *words[position + 1:]]
                if rest:
                    yield side, tuple(rest)


def side_pair(headers: list, natures: dict[int, str], codes=lambda h: False) -> tuple[int, int] | None:
    """The columns of the two sides (own first), each holding names, or None."""
    seen: dict[tuple[str, ...], dict[int, int]] = {}
    for index, header in enumerate(headers):
        if not header or codes(header) or natures.get(index) not in NAMING:
            continue
        for side, rest in _readings(str(header)):
            found = seen.setdefault(rest, {})
            found.setdefault(side, index)
            if 0 in found and 1 in found and found[0] != found[1]:
                return found[0], found[1]
    return None


def shared_names(rows, natures: dict[int, str]) -> tuple[int, int] | None:
    """The two columns of names of a list of pairs (own first): the only two columns of names, each
    value of them a short name, several of their names found in both columns (Skyway partners NASA
    on one row, TruWeather partners Skyway on another). None otherwise."""
    named = [i for i, n in sorted(natures.items()) if n in NAMING and n != "person"]
    if len(named) != 2:
        return None
    first, second = named

    def names(index: int) -> set[str]:
        return {str(v[index]).strip().lower() for _n, v in rows
                if index < len(v) and v[index] is not None and 0 < len(str(v[index]).strip()) <= 80}

    a, b = names(first), names(second)
    both = a & b
    return (first, second) if len(both) >= 3 and len(both) * 10 >= min(len(a), len(b)) else None

