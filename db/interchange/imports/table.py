"""What the import found in a sheet: a table (its kind, layout, heading row and columns, each
column's target field and how sure that reading is), and how sure the whole reading is."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.interchange.imports import vocabulary as V
from db.text import name_key


@dataclass
class Column:
    index: int                 # 0-based column of the sheet
    header: str
    target: str                # a field name, "extra" (kept as an extra attribute) or "ignore"
    hidden: bool = False
    side: int | None = None    # relation lists: 0 the row's own city, 1 its twin / partner
    certainty: float = 1.0     # how much its heading and values agree on its target (see _agreement)
    month_first: bool = False  # its dates are written month first (« 4/5/16 »: 5 April), see date_order
    thousands: bool = False    # its amounts' commas stand between thousands (« 53,130 »), see column_facts

    @property
    def letter(self) -> str:
        n, letters = self.index + 1, ""
        while n:
            n, r = divmod(n - 1, 26)
            letters = chr(65 + r) + letters
        return letters


@dataclass
class Table:
    """One importable table found in a sheet."""

    sheet: str
    kind: str
    layout: str                 # "table", "key_value" or "relation" (one row per city/twin pair)
    header_row: int             # Excel row number of the header (key_value: first label row)
    columns: list[Column] = field(default_factory=list)
    title: str | None = None    # first text above the header (a sheet title), if any
    score: float = 0.0
    candidates: list[tuple[str, float]] = field(default_factory=list)   # (kind, score), best first
    relation_kind: str | None = None   # relation lists: "twinning" or "partnership"
    above: Table | None = None  # a label/value block above the table: the record its rows belong to
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # header -> {value as written: code}
    described: bool = False     # the user said what it is (kind, heading row or mapping)
    evidence: float = 1.0       # how much headings and values agree on the columns' fields (0-1)
    default_country: str | None = None   # partners: the one country its cities are in, no column giving one
    default_kind: str | None = None      # partners: « city » when the column naming them is headed as places
    phone_region: str | None = None      # the country its phone numbers are written for, when not France
    id_column: int | None = None  # the file's own identifier of each row (an id, a profile URL): keeps namesakes apart

    def local_phones(self) -> str | None:
        """The region of phone numbers written without a country code in a list whose partners are
        all in one country (a directory of Dutch municipalities: « (030)2860000 » is Dutch)."""
        return self.default_country if self.default_country not in (None, "FR") else None

    def signature(self) -> list[str]:
        return [name_key(c.header) for c in self.columns]

    def mapping(self) -> dict[str, str]:
        return {c.header: c.target for c in self.columns}

    @property
    def margin(self) -> float:
        """1.0 when no other kind comes close; towards 0 when a second kind scores as well."""
        if len(self.candidates) < 2 or self.candidates[0][1] <= 0:
            return 1.0
        best, second = self.candidates[0][1], self.candidates[1][1]
        return round(max(0.0, min(1.0, (best - second) / 2.0)), 2)

    @property
    def confidence(self) -> float:
        """How sure the reading is: 1.0 only when no other kind comes close *and* every column's
        heading and values agree on its field; the user's own description is certain."""
        if self.described:
            return 1.0
        return round(min(self.margin, self.evidence), 2)

    @property
    def ambiguous(self) -> bool:
        """Two kinds are close, or the columns' headings and values mostly disagree (under 40 %):
        the user must choose (the wizard asks, the command line stops)."""
        return not self.described and (self.margin < AMBIGUOUS or self.evidence < DOUBT)

    def missing(self) -> list[str]:
        """The required fields that no column fills (to explain a forced kind that does not fit)."""
        targets = {c.target for c in self.columns}
        required = V.REQUIRED.get(self.kind, ())
        return [] if any(f in targets for f in required) else list(required)


AMBIGUOUS = 0.25   # a second kind within half a column of the first
DOUBT = 0.4        # under this agreement of headings and values a reading is a guess: it is asked
