"""Small HTML builders for printed documents: escaping, dates, amounts, fact tables, data tables, sections.

Every piece of user text goes through ``esc`` (``html.escape`` + line breaks), so a name such as
``<b>`` or ``<img src=…>`` prints literally.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import threading
from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_currency, format_decimal
from PySide6.QtGui import QFont, QFontMetricsF, QImage

from db.countries import country_name
from db.partial_date import PartialDate
from db.schemas.messages import field_label
from desktop.printing import style
from desktop.printing.style import CSS

# A paragraph marked so that the pagination keeps it on the same page as what follows it (headings).
KEEP_WITH_NEXT = 1
KEEP = f"style='-qt-user-state: {KEEP_WITH_NEXT}'"
# A group of blocks kept on one page when it fits (a session of the minutes): its first paragraph
# carries GROUP, and the group ends at the next GROUP or at the GROUP_END marker (an empty line).
GROUP_START, GROUP_STOP = 2, 3
GROUP = f"style='-qt-user-state: {GROUP_START}'"
GROUP_END = f"<p style='-qt-user-state: {GROUP_STOP}; margin-top: 0px; margin-bottom: 0px; font-size: 1pt'>&nbsp;</p>"

WORDS = {
    "fr": {"overdue": "en retard", "none": "—", "printed": "Imprimé le", "page": "Page {n} / {total}",
           "no_items": "Aucun élément.", "and": "et", "days_left": "dans {n} jours", "ended": "échu",
           "today": "aujourd'hui"},
    "en": {"overdue": "overdue", "none": "—", "printed": "Printed on", "page": "Page {n} / {total}",
           "no_items": "None.", "and": "and", "days_left": "in {n} days", "ended": "ended", "today": "today"},
}


def word(key: str, language: str = "fr", **kwargs) -> str:
    text = WORDS["en" if language == "en" else "fr"][key]
    return text.format(**kwargs) if kwargs else text


def esc(text) -> str:
    """User text as HTML: escaped, line breaks kept. ``None`` and "" give ""."""
    if text is None:
        return ""
    return html.escape(str(text), quote=True).replace("\r\n", "\n").replace("\n", "<br/>")


BODY_WIDTH_MM = 210 - style.MARGIN_LEFT - style.MARGIN_RIGHT  # A4 portrait
CELL_PADDING_MM = 1.8  # a grid cell's left and right padding (6 + 10 px, 1 px ≈ 0.1 mm) and a little air


def _metrics(points: float) -> QFontMetricsF:
    """Metrics of the body font at ``points``, in points (measured on a 72 dpi image); one cache per
    thread (documents are also formatted on the task runner; see ``paging._font``)."""
    return _thread_metrics(points, threading.get_ident())


@lru_cache(maxsize=16)
def _thread_metrics(points: float, _thread: int) -> QFontMetricsF:
    font = QFont()
    font.setFamilies(style.FONT_FAMILIES)
    font.setPointSizeF(points)
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(72 / 0.0254))
    image.setDotsPerMeterY(round(72 / 0.0254))
    return QFontMetricsF(font, image)


def text_mm(text: str, points: float = style.BODY_PT) -> float:
    """How wide ``text`` prints in the body font at ``points``, in millimetres."""
    return _metrics(points).horizontalAdvance(text) * 25.4 / 72


def column_mm(percent: float) -> float:
    """The room for text in a full-width table column of ``percent`` %."""
    return BODY_WIDTH_MM * percent / 100 - CELL_PADDING_MM


_MINOR_BREAKS = ".-_?#&=~%"
_PHONE = re.compile(r"[+0-9(][0-9 ./()\-]*")


def _breaks(text: str, minor: bool) -> list[int]:
    """Where an address may go to the next line (positions a new line starts at), the typographers'
    way: after "@", "//" or "://", before a single "/"; with ``minor``, also before ".", "-", "_", "?"…
    (so that a line never ends with a dot or a hyphen that reads like the end of a word). Never before "@"."""
    points = []
    for i in range(1, len(text)):
        before, here = text[i - 1], text[i]
        if here == "@":
            continue
        if before == "@" or (text[i - 2:i] == "//" and here != "/") or (here == "/" and before not in "/:" and text[i:i + 2] != "//") or (minor and here in _MINOR_BREAKS and before not in _MINOR_BREAKS and before != "@"):
            points.append(i)
    return points


def _cut(text: str, points: list[int]) -> list[str]:
    return [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]


def _pack(pieces: list[str], width_mm: float, points: float) -> list[str]:
    lines: list[str] = []
    for piece in pieces:
        if lines and text_mm(lines[-1] + piece, points) <= width_mm:
            lines[-1] += piece
        else:
            lines.append(piece)
    return lines


def address(text: str | None, width_mm: float, points: float = style.BODY_PT) -> str:
    """An e-mail, phone number or web address at the body's size, never broken inside a word: on one
    line when it fits, else at its natural breaks (after "@" or "//", before "/"; then before "." or
    "-" if a piece is still too wide), each line unbreakable."""
    if not text:
        return ""
    lines = [text]
    if text_mm(text, points) > width_mm and not _PHONE.fullmatch(text):  # a phone number stays whole
        pieces = []
        for piece in _cut(text, _breaks(text, minor=False)):
            pieces += _cut(piece, _breaks(piece, minor=True)) if text_mm(piece, points) > width_mm else [piece]
        lines = _pack(pieces, width_mm, points)
    return "".join(f"<div style='white-space: nowrap;'>{esc(line)}</div>" for line in lines)


def addresses(values, width_mm: float) -> str:
    """Several addresses, one per line (see ``address``)."""
    return "".join(address(v, width_mm) for v in values if v)


def label(field: str, language: str = "fr") -> str:
    return esc(field_label(field, language))


def date_text(value, language: str = "fr") -> str:
    """A partial or full date as people write it; "" when absent."""
    if value is None:
        return ""
    if isinstance(value, PartialDate):
        return value.display(language)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y") if language != "en" else f"{value.day} {value:%B %Y}"
    return str(value)


def money(value, language: str = "fr") -> str:
    if value is None:
        return ""
    locale = "en_GB" if language == "en" else "fr_FR"
    return format_currency(Decimal(str(value)), "EUR", locale=locale)


def percent(rate, language: str = "fr") -> str:
    if rate is None:
        return ""
    return format_decimal(rate * 100, format="#,##0.#", locale="en_GB" if language == "en" else "fr_FR") + " %"


def country(code: str | None, language: str = "fr") -> str:
    return country_name(code, language) or code or "" if code else ""


def joined(values, separator: str = ", ") -> str:
    return esc(separator.join(str(v) for v in values if v))


def document(body: str, title: str) -> str:
    return (f"<html><head><meta charset='utf-8'/><title>{esc(title)}</title><style>{CSS}</style></head>"
            f"<body>{body}</body></html>")


def title_block(kicker: str, title: str, subtitle: str = "") -> str:
    """The document's title: a small spaced kicker, the name in large type, a grey subtitle line."""
    parts = [f"<p class='kicker'>{esc(kicker.upper())}</p>", f"<h1>{esc(title)}</h1>"]
    if subtitle:
        parts.append(f"<p class='subtitle'>{subtitle}</p>")
    return "".join(parts)


def section(title: str, count: int | None = None) -> str:
    """A section heading; the table under it draws the coloured rule."""
    extra = f" <span class='count'>({count})</span>" if count else ""
    return f"<p class='h2' {KEEP}>{esc(title)}{extra}</p>"


def facts(pairs: list[tuple[str, str]], columns: int = 2, widths: tuple[int, ...] = (19, 31, 17, 33)) -> str:
    """Label / value pairs in ``columns`` columns (filled column by column); values are HTML already,
    empty values are left out."""
    pairs = [(k, v) for k, v in pairs if v]
    per_column = max(1, (len(pairs) + columns - 1) // columns)
    return fact_columns([pairs[i:i + per_column] for i in range(0, len(pairs), per_column)],
                        (17, 83) if columns == 1 else widths)


def fact_columns(columns: list[list[tuple[str, str]]], widths: tuple[int, ...] = (18, 30, 13, 39)) -> str:
    """Label / value pairs laid out in the given columns; ``widths`` are the percentages of each
    label and value column."""
    columns = [[(k, v) for k, v in column if v] for column in columns]
    columns = [c for c in columns if c]
    if not columns:
        return ""
    html_rows = []
    for r in range(max(len(c) for c in columns)):
        cells = []
        for c, column in enumerate(columns):
            if r < len(column):
                cells.append(f"<td class='label' width='{widths[2 * c]}%'>{esc(column[r][0])}</td>"
                             f"<td class='value' width='{widths[2 * c + 1]}%'>{column[r][1]}</td>")
            else:
                cells.append("<td class='label'>&nbsp;</td><td class='value'>&nbsp;</td>")
        html_rows.append(f"<tr>{''.join(cells)}</tr>")
    return (f"<table class='facts' width='100%' cellspacing='0' cellpadding='0' border='0'>"
            f"{''.join(html_rows)}</table>")


def grid(headers: list[str], rows: list[list[str]], widths: list[int] | None = None, empty: str = "",
         nowrap: tuple[int, ...] = ()) -> str:
    """A data table: a header row repeated on every page (``thead``), light rules between rows.

    Cell values are HTML already (escape user text with ``esc``); ``nowrap`` columns (dates) never wrap.
    """
    if not rows:
        return f"<p class='empty'>{esc(empty)}</p>" if empty else ""
    ws = widths or [0] * len(headers)
    head = "".join(f"<th width='{w}%'>{esc(h)}</th>" if w else f"<th>{esc(h)}</th>"
                   for h, w in zip(headers, ws, strict=True))
    classes = ["nowrap" if i in nowrap else "cell" for i in range(len(headers))]
    # "&nbsp;" in empty cells: Qt drops the top margin of the paragraph after a table ending in an empty cell
    body = "".join("<tr>" + "".join(f"<td class='{k}'>{cell or '&nbsp;'}</td>"
                                    for k, cell in zip(classes, row, strict=True)) + "</tr>" for row in rows)
    return (f"<table class='grid' width='100%' cellspacing='0' cellpadding='0' border='0'>"
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def phone(number: str | None) -> str:
    """A stored E.164 number spaced for reading (+82 51-555-0100)."""
    from db.schemas.fields import display_phone

    return display_phone(number)


def overdue_date(value, overdue: bool, language: str = "fr") -> str:
    """A due date; when overdue, the words "en retard" beside it (not colour alone)."""
    text = esc(date_text(value, language))
    if overdue:
        return f"{text}<br/><span class='alert'>{esc(word('overdue', language))}</span>"
    return text
