"""What a spreadsheet or CSV reader's own error means, in plain words: the readers (calamine,
openpyxl, zipfile, the XML parsers, csv) speak English and technical jargon, and a French refusal
must not quote them. ``detail(exc)`` -> a ``ReaderProblem`` that says it in French or English
(``in_language``), for the « ({detail}) » of the import's refusals; the reader's text itself goes
to the log only."""

from __future__ import annotations

import re

_KINDS: list[tuple[str, re.Pattern]] = [
    ("compressed", re.compile(r"deflate|decompress|invalid (?:stored )?block|invalid distance|crc-?32|bad ?crc"
                              r"|bad ?zip|zlib|invalid code lengths|compressed data", re.IGNORECASE)),
    ("shared_string", re.compile(r"string index|shared ?strings?", re.IGNORECASE)),
    ("xml", re.compile(r"entity|not well-formed|mismatched tag|unclosed|xml|syntax error|invalid token"
                       r"|unexpected (?:token|character|end of)|attribute", re.IGNORECASE)),
    ("truncated", re.compile(r"eof|end of (?:data|file|stream)|truncated|unexpected end", re.IGNORECASE)),
    ("nul", re.compile(r"nul\b|null byte|\\x00", re.IGNORECASE)),
    ("field_limit", re.compile(r"field larger than field limit", re.IGNORECASE)),
    ("quote", re.compile(r"quote|delimiter|escape", re.IGNORECASE)),
    ("encoding", re.compile(r"codec|decode|encoding|utf-?8|utf-?16", re.IGNORECASE)),
    ("missing_part", re.compile(r"no item named|not found in archive|there is no item|missing", re.IGNORECASE)),
    ("number", re.compile(r"could not convert|invalid (?:float|digit|literal)|parse ?(?:int|float)", re.IGNORECASE)),
]

WORDS: dict[str, tuple[str, str]] = {
    "compressed": ("données compressées corrompues", "corrupt compressed data"),
    "shared_string": ("une cellule renvoie à un texte absent du classeur",
                      "a cell refers to a text missing from the workbook"),
    "xml": ("contenu XML mal formé", "malformed XML content"),
    "truncated": ("le fichier s'arrête avant la fin", "the file ends too early"),
    "nul": ("le fichier contient des caractères nuls", "the file contains null characters"),
    "field_limit": ("une valeur dépasse la taille maximale d'un champ", "a value is longer than a field may be"),
    "quote": ("guillemets ou séparateurs mal placés", "misplaced quotes or separators"),
    "encoding": ("caractères illisibles dans l'encodage du fichier", "characters unreadable in the file's encoding"),
    "missing_part": ("une partie du classeur manque", "a part of the workbook is missing"),
    "number": ("un nombre illisible", "an unreadable number"),
    "other": ("contenu non reconnu", "unrecognised content"),
}


class ReaderProblem:
    """A reader's failure said in French (``str``) or English (``in_language("en")``)."""

    __slots__ = ("kind",)

    def __init__(self, kind: str):
        self.kind = kind if kind in WORDS else "other"

    def in_language(self, language: str) -> str:
        fr, en = WORDS[self.kind]
        return en if language == "en" else fr

    def __str__(self) -> str:
        return self.in_language("fr")

    def __repr__(self) -> str:
        return f"ReaderProblem({self.kind!r})"

    def __reduce__(self):
        return (ReaderProblem, (self.kind,))

    def __eq__(self, other) -> bool:
        return isinstance(other, ReaderProblem) and other.kind == self.kind

    def __hash__(self) -> int:
        return hash(self.kind)


def kind_of(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return "other"


def detail(exc: BaseException) -> ReaderProblem:
    """The plain words for a reader's error (the original is logged, for whoever reads the log)."""
    from db.logs import logger

    logger().info("reader error: %s: %s", type(exc).__name__, str(exc)[:300])
    return ReaderProblem(kind_of(exc))
