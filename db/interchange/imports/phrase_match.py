"""How well a folded heading matches a vocabulary phrase, and an index that scores a heading against
the phrases that can match it only: those whose first word is one of the heading's words, and the
one-word phrases a word of the heading ends with (a German or Dutch compound). Every other phrase
scores 0, so the scores are those of trying every phrase, at a fraction of the cost: detection
weighs each cell of each candidate heading row against some 2,000 phrases.
"""

from __future__ import annotations

from db.interchange.imports import headings as H
from db.interchange.imports.headings import data, folded

ALONE_ONLY = frozenset(folded(data()["words"]["alone_only"]))
COMPOUND_PART = 6   # the shortest last part of a compound (headings.compound_end)
COMPOUND_HEAD = 3   # and the fewest letters before it


def phrase_score(key: str, phrase: str, position: int) -> float:
    """100 for the same words, 80 for the phrase then more words, 60 for all the phrase's words in a
    short heading, 55 for one long word of it, 50 for the end of a compound; less for a phrase further
    down its field's list (``position``); 0 for no match."""
    if key == phrase:
        return 100 - position * 0.1
    if key.startswith(phrase + " ") and phrase not in ALONE_ONLY:
        return 80 - position * 0.1
    words = key.split()
    if len(words) > 6:
        return 0.0   # a sentence, not a heading: its words say nothing of the column
    pw = phrase.split()
    if len(pw) > 1 and set(pw) <= set(words):
        return 60 + len(pw) - position * 0.1
    if len(pw) == 1 and len(pw[0]) > 3 and pw[0] in words and pw[0] not in ALONE_ONLY:
        return 55 - position * 0.1
    return 50 - position * 0.1 if len(pw) == 1 and len(key) >= len(phrase) + 3 >= 9 and pw[0] not in ALONE_ONLY \
        and H.compound_end(words, pw[0]) else 0.0


class PhraseIndex:
    """The phrases of several fields (field -> phrases, best first), indexed by first word and, for
    one-word phrases long enough to end a compound, by the whole word."""

    def __init__(self, fields: dict[str, list[str]]):
        self.by_first: dict[str, list[tuple[str, int, str]]] = {}
        self.by_end: dict[str, list[tuple[str, int, str]]] = {}
        for field, phrases in fields.items():
            for position, phrase in enumerate(phrases):
                words = phrase.split()
                if not words:
                    continue
                self.by_first.setdefault(words[0], []).append((field, position, phrase))
                if len(words) == 1 and len(phrase) >= COMPOUND_PART:
                    self.by_end.setdefault(phrase, []).append((field, position, phrase))

    def _candidates(self, key: str):
        words = key.split()
        for word in dict.fromkeys(words):
            yield from self.by_first.get(word, ())
            for start in range(COMPOUND_HEAD, len(word) - COMPOUND_PART + 1):
                yield from self.by_end.get(word[start:], ())

    def scores(self, key: str, penalty: float = 0.0) -> dict[str, float]:
        """Field -> its best score for ``key`` (fields scoring nothing left out), less ``penalty``."""
        best: dict[str, float] = {}
        for field, position, phrase in self._candidates(key):
            score = phrase_score(key, phrase, position)
            if score and score - penalty > best.get(field, 0.0):
                best[field] = score - penalty
        return best
