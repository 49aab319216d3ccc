"""The one set of rules saying where an agreement stands on a given day (no Qt, no database).

The status an office records (draft, negotiation, signed, active, expired, terminated) says what
was decided; the *standing* computed here says what is true today, and every view (dashboard,
lists, forms, printouts, agenda) shows the standing:

- ``terminated``: recorded as terminated (résilié).
- ``expired``: recorded as expired, or signed / in force with an end date that has passed and no
  tacit renewal (``still_marked`` then says the record still claims to be in force).
- ``renewed``: signed / in force, tacit renewal, the first term has ended: the agreement renewed
  itself, period after period, and runs ``until`` the end of the current period.
- ``in_force``: signed / in force, started (or no start date) and not ended.
- ``pending``: signed, taking effect on a start date still to come.
- ``draft``, ``negotiation``: not signed yet.

A renewal period is ``duration_years`` when given, else the length of the first term (start to
end, to the nearest month when both are known to the day, in whole months counted inclusively
when either is a month or a year; at least one), else one year. A tacit renewal with a notice period has a
``notice_on`` day, the last day to give notice before the current period ends. Partial dates end
on the last day of their period ("2026-05" ends on 31 May 2026).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.partial_date import PartialDate
from db.services.dates import add_months

IN_FORCE = ("active", "signed")  # recorded statuses that claim the agreement is (or will be) in force
MAX_RENEWALS = 1200  # a safety bound on renewal periods walked (100 years of monthly renewals)

LABELS = {  # standing -> (French, English)
    "draft": ("Projet", "Draft"),
    "negotiation": ("En négociation", "Negotiation"),
    "pending": ("Signé, pas encore en vigueur", "Signed, not yet in force"),
    "in_force": ("En vigueur", "In force"),
    "renewed": ("Reconduit tacitement", "Renewed tacitly"),
    "expired": ("Expiré", "Expired"),
    "terminated": ("Résilié", "Terminated"),
}


def _day(value: PartialDate | dt.date | None, last: bool = True) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return value.last_day() if last else value.first_day()


def renewal_months(starts_on: PartialDate | dt.date | None, ends_on: PartialDate | dt.date | None,
                   duration_years: int | None) -> int:
    """The length of one tacit-renewal period, in months."""
    if duration_years and duration_years > 0:
        return 12 * duration_years
    start, end = _day(starts_on, last=False), _day(ends_on)
    if start is None or end is None or end <= start:
        return 12
    if _known_to_the_day(starts_on) and _known_to_the_day(ends_on):
        # from the first day to the day after the last, to the nearest month: 22/05/2023 – 21/05/2026
        # and 22/05/2023 – 22/05/2026 (the anniversary, as offices write it) are both three years
        after = end + dt.timedelta(days=1)
        months = (after.year - start.year) * 12 + after.month - start.month
        if after.day - start.day >= 15:
            months += 1
        elif start.day - after.day >= 15:
            months -= 1
        return max(1, months)
    # a month or a year counts whole: January – June 2024 is six months
    return max(1, (end.year - start.year) * 12 + end.month - start.month + 1)


def _known_to_the_day(value) -> bool:
    return isinstance(value, dt.date) or (value is not None and value.day is not None)


@dataclass(frozen=True)
class Standing:
    """Where an agreement stands on ``today``."""

    key: str  # one of LABELS
    recorded: str  # the status as recorded
    until: dt.date | None = None  # end of the current period (renewals included); None: open-ended or not in force
    ended_on: dt.date | None = None  # expired: the day it ended
    notice_on: dt.date | None = None  # tacit renewal with notice: last day to give notice for the current period
    starts_on: dt.date | None = None  # pending: the day it takes effect
    renewals: int = 0  # periods renewed tacitly so far

    @property
    def in_force(self) -> bool:
        return self.key in ("in_force", "renewed")

    @property
    def still_marked(self) -> bool:
        """Expired by its dates, while the record still says signed / in force."""
        return self.key == "expired" and self.recorded in IN_FORCE

    def label(self, language: str = "fr") -> str:
        """The short name of the standing ("Reconduit tacitement")."""
        fr, en = LABELS[self.key]
        return en if language == "en" else fr

    def describe(self, language: str = "fr") -> str:
        """One line for people: "Reconduit tacitement jusqu'au 22/05/2027 (préavis avant le 22/02/2027)"."""
        en = language == "en"

        def d(day: dt.date) -> str:
            return f"{day:%d/%m/%Y}"

        text = self.label(language)
        if self.key == "pending" and self.starts_on:
            text += f" (from {d(self.starts_on)})" if en else f" (à partir du {d(self.starts_on)})"
        elif self.key in ("in_force", "renewed") and self.until:
            text += f" until {d(self.until)}" if en else f" jusqu'au {d(self.until)}"
        elif self.key == "expired" and self.ended_on:
            text += f" on {d(self.ended_on)}" if en else f" le {d(self.ended_on)}"
            if self.still_marked:
                text += " (still marked in force)" if en else " (encore marqué en vigueur)"
        if self.notice_on and self.in_force:
            text += f" — notice by {d(self.notice_on)}" if en else f" — préavis avant le {d(self.notice_on)}"
        return text


def standing(status: str, today: dt.date, *, starts_on=None, ends_on=None, renewal: str | None = "none",
             notice_months: int | None = None, duration_years: int | None = None) -> Standing:
    """The standing of an agreement on ``today`` from its recorded fields (partial dates or dates)."""
    if status in ("draft", "negotiation", "terminated"):
        return Standing(status, status)
    end = _day(ends_on)
    if status not in IN_FORCE:  # recorded as expired (or an unknown status): trust the record
        return Standing("expired", status, ended_on=end)
    start = _day(starts_on, last=False)
    if start is not None and start > today:
        return Standing("pending", status, starts_on=start, until=end)
    if end is None:
        return Standing("in_force", status)
    tacit = renewal == "tacit"
    renewals = 0
    if end < today:
        if not tacit:
            return Standing("expired", status, ended_on=end)
        months = renewal_months(starts_on, ends_on, duration_years)
        first_end = end
        # periods ending in a month before today's all ended before today: start the walk after them
        renewals = min(MAX_RENEWALS, max(0, (today.year * 12 + today.month - end.year * 12 - end.month - 1) // months))
        if renewals:
            end = add_months(first_end, months * renewals)
        while end < today and renewals < MAX_RENEWALS:
            renewals += 1
            end = add_months(first_end, months * renewals)
    notice = add_months(end, -notice_months) if tacit and notice_months else None
    return Standing("renewed" if renewals else "in_force", status, until=end, notice_on=notice, renewals=renewals)


def current_end(state: Standing, recorded_end):
    """The end to show for an agreement: its recorded end as written (a partial date stays "2026")
    while its first term runs, the end of the current period once it has renewed itself tacitly."""
    return state.until if state.renewals else recorded_end


def end_text(state: Standing, recorded_end, language: str = "fr") -> str:
    """The end as every document prints it: "22/05/2029 (reconduit tacitement ; fin initiale 22/05/2026)"."""
    end = current_end(state, recorded_end)
    if end is None:
        return ""
    text = _date_text(end, language)
    if state.renewals and recorded_end is not None:
        first = _date_text(recorded_end, language)
        text += (f" (renewed tacitly; first term ended {first})" if language == "en"
                 else f" (reconduit tacitement ; fin initiale {first})")
    return text


def notice_text(months: int | None, language: str = "fr") -> str:
    """"préavis de 3 mois" / "3 months' notice"; "" without notice."""
    if not months:
        return ""
    if language == "en":
        return f"{months} month{'s' if months != 1 else ''}' notice"
    return f"préavis de {months} mois"


def _date_text(value, language: str) -> str:
    if not isinstance(value, PartialDate):
        value = PartialDate.from_date(value)
    return value.display(language)


def of(agreement, today: dt.date) -> Standing:
    """The standing of anything with an agreement's fields (an ORM row, an ``AgreementOut``, a result row)."""
    return standing(agreement.status, today, starts_on=getattr(agreement, "starts_on", None),
                    ends_on=agreement.ends_on, renewal=getattr(agreement, "renewal", "none"),
                    notice_months=getattr(agreement, "notice_months", None),
                    duration_years=getattr(agreement, "duration_years", None))
