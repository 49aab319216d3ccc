"""A generated sheet of values as offices type them goes through the import: countries in six languages,
yes/no words and ticks, dates with a qualifier. The file comes from ``tests/make_messy_values.py``."""

from make_messy_values import EXPECTED, rows, write_messy_values

from db.countries import country_and_nation
from db.partial_date import parse_qualified_date
from db.schemas.fields import normalise_bool


def test_every_value_of_the_sheet_is_understood():
    for values, expected in rows():
        _name, _city, country, active, since = values
        assert country_and_nation(country) == (expected["country"], expected["nation"]), country
        assert normalise_bool(active) is expected["active"], active
        date, qualifier = parse_qualified_date(since)
        assert (date.iso(), qualifier) == (expected["since"], expected["qualifier"]), since


def test_the_import_plans_each_row_with_its_values(tmp_path):
    from db.interchange.imports.plan import build_plan

    plan = build_plan(write_messy_values(tmp_path))
    planned = {row.model.name: row.model for sheet in plan.sheets for row in sheet.rows if row.model is not None}
    assert len(planned) == len(EXPECTED)
    for expected in EXPECTED:
        model = planned[expected["name"]]
        assert model.country == expected["country"], expected["name"]
        assert model.active is expected["active"], expected["name"]
        assert model.partner_since.iso() == expected["since"], expected["name"]
