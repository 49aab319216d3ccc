"""Characters a print cannot draw: checked on the fonts Qt will really use, before anything is printed.

The documents ask for ``style.FONT_FAMILIES`` (body) and ``style.SERIF_FAMILIES`` (titles); Qt then
falls back on any installed font that has the character. ``QFontMetrics.inFontUcs4`` asks that
same chain (the family list, then Qt's fallbacks), so a character it refuses would print as an
empty box: the print says so instead, naming the characters.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable

from PySide6.QtGui import QFont, QFontMetrics

from desktop.printing import style

Warn = Callable[[str], None]


def _fonts() -> list[QFont]:
    fonts = []
    for families in (style.FONT_FAMILIES, [f.strip(" '") for f in style.SERIF_FAMILIES.split(",")]):
        font = QFont()
        font.setFamilies(families)
        font.setPointSizeF(style.BODY_PT)
        fonts.append(font)
    return fonts


def missing_characters(texts: Iterable[str]) -> list[str]:
    """The distinct visible characters of ``texts`` that no available font can draw, in code-point order."""
    distinct = set().union(*(set(text) for text in texts))  # a few hundred characters, out of 100,000s
    wanted = sorted(ch for ch in distinct if not ch.isspace() and unicodedata.category(ch)[0] not in "CZ")
    metrics = [QFontMetrics(font) for font in _fonts()]
    return [ch for ch in wanted if not all(m.inFontUcs4(ord(ch)) for m in metrics)]


_HEAD = re.compile(r"<(head|style|script)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def plain_text(html_text: str) -> str:
    """The text of our HTML documents, markup, head and style sheet left out, entities read
    (``QTextDocument.setHtml`` would lay out each document once more: a third of a 200-summary print)."""
    return html.unescape(_TAG.sub(" ", _HEAD.sub(" ", html_text)))


def message(missing: list[str], language: str = "fr") -> str:
    shown = ", ".join(f"« {ch} » (U+{ord(ch):04X})" for ch in missing[:12]) + (" …" if len(missing) > 12 else "")
    if language == "en":
        return (f"{len(missing)} character(s) cannot be printed: no installed font has them, they would come out as "
                f"empty boxes: {shown}. Install a font that covers this script (for example from the Noto family), "
                "or correct the text.")
    return (f"{len(missing)} caractère(s) ne peuvent pas être imprimés : aucune police installée ne les contient, ils "
            f"sortiraient en carrés vides : {shown}. Installez une police qui couvre cette écriture (par exemple "
            "de la famille Noto) ou corrigez le texte.")


def check_documents(docs: list[tuple[str, str]], warn: Warn | None, language: str = "fr") -> list[str]:
    """Tell ``warn`` (if given) which characters of the ``(title, html)`` documents cannot be drawn."""
    missing = missing_characters([title for title, _html in docs] + [plain_text(html) for _t, html in docs])
    if missing and warn is not None:
        warn(message(missing, language))
    return missing
