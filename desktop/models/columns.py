"""What each list shows: per-kind column specs (``COL_*`` constants, labels, formatting, sorting).

A column's ``key`` is a field of ``db.services.listing.FIELDS``; its ``fmt`` says how the raw
value becomes text (vocabulary label, localised country, partial date, locale date/number…).
Labels are marked with ``QT_TRANSLATE_NOOP`` and translated when shown, never at import time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, Qt

from db.countries import country_name
from db.partial_date import PartialDate
from db.schemas import vocab

CONTEXT = "Columns"


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # French source text, translated in context "Columns"
    fmt: str = "text"  # text, vocab, standing, agreement_end, country, pdate, date, datetime, money, int, list, person, linked
    vocabulary: vocab.Vocabulary | None = None
    width: int = 140
    hidden: bool = False

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.label)


class PartnerCol(IntEnum):
    NAME, KIND, COUNTRY, CITY, STATUS, PARTNER_SINCE, REFERENT, EMAIL, UPDATED_AT = range(9)


class AgreementCol(IntEnum):
    TITLE, PARTNERS, KIND, STATUS, SIGNED_ON, STARTS_ON, ENDS_ON, BUDGET, PAID, UPDATED_AT = range(10)


class ContactCol(IntEnum):
    NAME, ORGANISATION, JOB_TITLE, COUNTRY, EMAILS, PHONES, LAST_CONTACT_ON, UPDATED_AT = range(8)


class EventCol(IntEnum):
    TITLE, KIND, STARTS_ON, ENDS_ON, PLACE, ATTENDANCE, PAID, UPDATED_AT = range(8)


class FollowUpCol(IntEnum):
    TITLE, OWNER, DUE_ON, STATUS, PRIORITY, LINKED, UPDATED_AT = range(7)


COLUMNS: dict[str, list[Column]] = {
    "partner": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Nom"), width=240),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Type"), "vocab", vocab.PARTNER_KIND, 170),
        Column("country", QT_TRANSLATE_NOOP("Columns", "Pays"), "country", width=130),
        Column("city", QT_TRANSLATE_NOOP("Columns", "Ville"), width=120),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Statut"), "vocab", vocab.PARTNER_STATUS, 90),
        Column("partner_since", QT_TRANSLATE_NOOP("Columns", "Partenaire depuis"), "pdate", width=120),
        Column("referent", QT_TRANSLATE_NOOP("Columns", "Référent"), width=130),
        Column("email", QT_TRANSLATE_NOOP("Columns", "Courriel"), width=200, hidden=True),
        Column("updated_at", QT_TRANSLATE_NOOP("Columns", "Modifié le"), "datetime", width=130, hidden=True),
    ],
    "agreement": [
        Column("title", QT_TRANSLATE_NOOP("Columns", "Intitulé"), width=300),
        Column("partners", QT_TRANSLATE_NOOP("Columns", "Partenaires"), "list", width=160),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Type"), "vocab", vocab.AGREEMENT_KIND, 170),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Statut"), "standing", vocab.AGREEMENT_STATUS, 150),
        Column("signed_on", QT_TRANSLATE_NOOP("Columns", "Signé le"), "pdate", width=100),
        Column("starts_on", QT_TRANSLATE_NOOP("Columns", "Début"), "pdate", width=100, hidden=True),
        Column("ends_on", QT_TRANSLATE_NOOP("Columns", "Échéance"), "agreement_end", width=100),
        Column("budget", QT_TRANSLATE_NOOP("Columns", "Budget"), "money", width=110),
        Column("paid", QT_TRANSLATE_NOOP("Columns", "Versé"), "money", width=110),
        Column("updated_at", QT_TRANSLATE_NOOP("Columns", "Modifié le"), "datetime", width=130, hidden=True),
    ],
    "contact": [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Nom"), "person", width=180),
        Column("organisation", QT_TRANSLATE_NOOP("Columns", "Organisation"), width=190),
        Column("job_title", QT_TRANSLATE_NOOP("Columns", "Fonction"), width=200),
        Column("country", QT_TRANSLATE_NOOP("Columns", "Pays"), "country", width=110),
        Column("emails", QT_TRANSLATE_NOOP("Columns", "Courriel"), "list", width=210),
        Column("phones", QT_TRANSLATE_NOOP("Columns", "Téléphone"), "phones", width=140, hidden=True),
        Column("last_contact_on", QT_TRANSLATE_NOOP("Columns", "Dernier contact"), "date", width=110),
        Column("updated_at", QT_TRANSLATE_NOOP("Columns", "Modifié le"), "datetime", width=130, hidden=True),
    ],
    "event": [
        Column("title", QT_TRANSLATE_NOOP("Columns", "Intitulé"), width=320),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Type"), "vocab", vocab.EVENT_KIND, 130),
        Column("starts_on", QT_TRANSLATE_NOOP("Columns", "Début"), "pdate", width=100),
        Column("ends_on", QT_TRANSLATE_NOOP("Columns", "Fin"), "pdate", width=100),
        Column("place", QT_TRANSLATE_NOOP("Columns", "Lieu"), width=200),
        Column("attendance", QT_TRANSLATE_NOOP("Columns", "Participants"), "int", width=90),
        Column("paid", QT_TRANSLATE_NOOP("Columns", "Versé"), "money", width=110, hidden=True),
        Column("updated_at", QT_TRANSLATE_NOOP("Columns", "Modifié le"), "datetime", width=130, hidden=True),
    ],
    "followup": [
        Column("title", QT_TRANSLATE_NOOP("Columns", "Action"), width=320),
        Column("owner", QT_TRANSLATE_NOOP("Columns", "Responsable"), width=130),
        Column("due_on", QT_TRANSLATE_NOOP("Columns", "Échéance"), "pdate", width=100),
        Column("status", QT_TRANSLATE_NOOP("Columns", "Statut"), "vocab", vocab.FOLLOWUP_STATUS, 80),
        Column("priority", QT_TRANSLATE_NOOP("Columns", "Priorité"), "vocab", vocab.PRIORITY, 80),
        Column("linked", QT_TRANSLATE_NOOP("Columns", "Lié à"), "linked", width=200),
        Column("updated_at", QT_TRANSLATE_NOOP("Columns", "Modifié le"), "datetime", width=130, hidden=True),
    ],
}


# Each list's key columns, shown first (left to right) until the user moves them: what must stay in
# sight beside the form on a 1366×768 screen, at 150 % too (a name, its standing, its dates), whatever
# the model's order. The page puts the form below the list when they would not fit beside it.
KEY_FIRST = {
    "partner": ("name", "country", "status"),
    "agreement": ("title", "status", "ends_on"),
    "contact": ("name", "organisation"),
    "event": ("title", "starts_on", "ends_on"),
    "followup": ("title", "due_on", "status"),
}


def language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "fr"


def agreement_standing(value: tuple, today: dt.date | None = None):
    """Where an agreement stands today, from its list value (status, starts, ends, renewal, notice, duration)."""
    from db.agreement_status import standing

    status, starts_on, ends_on, renewal, notice, duration = value
    return standing(status, today or dt.date.today(), starts_on=starts_on, ends_on=ends_on, renewal=renewal,
                    notice_months=notice, duration_years=duration)


def agreement_end(value: tuple, today: dt.date | None = None) -> str:
    """The end an agreement's list shows: its current period's (``db.agreement_status.current_end``)."""
    from db.agreement_status import current_end

    end = current_end(agreement_standing(value, today), value[2])
    if end is None:
        return ""
    return (end if isinstance(end, PartialDate) else PartialDate.from_date(end)).display(language())


def tooltip(column: Column, value) -> str | None:
    """The full text of a cell when it says more than its display (the standing's dates), else None."""
    if column.fmt == "standing" and value:
        return agreement_standing(value).describe(language())
    if column.fmt == "agreement_end" and value:
        from db.agreement_status import end_text

        return end_text(agreement_standing(value), value[2], language()) or None
    return None


def display(column: Column, value) -> str:
    """The text a cell shows for a raw value."""
    if value is None or value == "" or value == ():
        return ""
    fmt = column.fmt
    if fmt == "vocab" and column.vocabulary is not None:
        return column.vocabulary.label(value, language())
    if fmt == "standing":
        return agreement_standing(value).label(language())
    if fmt == "agreement_end":
        return agreement_end(value)
    if fmt == "country":
        return country_name(value, language()) or value
    if fmt == "pdate" and isinstance(value, PartialDate):
        return value.display(language())
    if fmt == "date" and isinstance(value, dt.date):
        return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)
    if fmt == "datetime" and isinstance(value, dt.datetime):
        return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(value.timestamp())).toLocalTime(),
                                  QLocale.FormatType.ShortFormat)
    if fmt == "money" and isinstance(value, Decimal):
        return QLocale().toCurrencyString(float(value), "€")
    if fmt == "int":
        return QLocale().toString(int(value))
    if fmt == "list":
        return ", ".join(str(v) for v in value if v)
    if fmt == "phones":
        return ", ".join(str(p.get("number", p)) if isinstance(p, dict) else str(p) for p in value if p)
    if fmt in ("person", "linked"):
        parts = [str(v) for v in value if v]
        return " ".join(parts) if fmt == "person" else (parts[0] if parts else "")
    return str(value)


def sort_value(column: Column, value):
    """A value that orders like the database does (for ``SORT_ROLE``)."""
    if value is None:
        return ""
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal | int | float):
        return float(value)
    if isinstance(value, tuple | list):
        return display(column, value)
    return str(value)


# combined once: or-ing two Qt flags costs about 10 µs, and every painted cell asks
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def alignment(column: Column):
    return _RIGHT if column.fmt in ("money", "int") else _LEFT
