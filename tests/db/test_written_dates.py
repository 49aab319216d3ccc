"""Qualified dates shown as written: « depuis 1991 », not « 1991 » (db/written_dates.py)."""

from __future__ import annotations

from types import SimpleNamespace

from db.partial_date import PartialDate
from db.written_dates import qualifier_of, written


def test_a_qualified_date_kept_by_the_import_is_shown_as_written():
    partner = SimpleNamespace(partner_since=PartialDate(1991), extra={"Partenaire depuis": "depuis 1991"})
    assert written(partner, "partner_since") == "depuis 1991"
    assert written(partner, "partner_since", "en") == "since 1991"
    agreement = SimpleNamespace(starts_on=PartialDate(2019, 5), signed_on=PartialDate(2019, 5),
                                extra={"Signé": "mai 2019", "Date de début": "fin mai 2019"})
    assert written(agreement, "starts_on") == "fin mai 2019"
    # the same date under the field's own heading wins over another column's
    agreement.extra["Début"] = "vers mai 2019"
    assert written(agreement, "starts_on") == "vers mai 2019"


def test_without_a_matching_qualified_value_the_date_is_shown_as_usual():
    record = SimpleNamespace(partner_since=PartialDate(1991), extra={"Partenaire depuis": "depuis 1992"})
    assert qualifier_of(record, "partner_since") is None and written(record, "partner_since") == "1991"
    assert written(SimpleNamespace(partner_since=PartialDate(2023, 5, 22), extra={}), "partner_since") == "22/05/2023"
    assert written(SimpleNamespace(partner_since=None, extra={"x": "depuis 1991"}), "partner_since") == ""
    assert written(SimpleNamespace(partner_since=PartialDate(1991), extra={"Note": "depuis toujours"}),
                   "partner_since") == "1991"
