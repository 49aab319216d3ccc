"""Every document says the same about an agreement: its standing and end, from ``db.agreement_status``.

The same agreements are printed (agreement sheet, partner summary, list of agreements in force),
shown (the window's list columns, the form's « Situation »), listed by the dashboard and the agenda
command, and exported to the office calendar; each must give the standing and the end that the one
rule set computes, and none may print the first term's end of a tacitly renewed agreement as its end.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import icalendar
import pytest
from passerelles_testing import TODAY

from db import agreement_status
from db.cli import main as cli_main
from db.interchange import export_ics
from db.schemas import AgreementIn
from db.services import Services, listing, records
from db.services import dashboard as dashboard_service
from desktop.models import columns
from desktop.printing import actions

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")


def pdf_text(path, layout: bool = False) -> str:
    """The text of a PDF; flat (one line) unless ``layout`` (table rows kept on their lines)."""
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    out = unicodedata.normalize("NFKC", subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8"))
    return out if layout else " ".join(out.split())


def row(layout_text: str, title: str) -> str:
    """The printed table row of ``title`` (its lines, up to the blank line after it), as one line;
    looked for under the agreements table's header (« Intitulé »)."""
    lines = layout_text.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:1] == ["Intitulé"])
    start = next(i for i, line in enumerate(lines) if i > header and title[:14] in line)
    end = next((i for i in range(start + 1, len(lines)) if not lines[i].strip()), len(lines))
    return " ".join(" ".join(lines[start:end]).split())


def says(text: str, words: str) -> bool:
    """Every word of ``words`` is in ``text`` (a label may wrap inside its table cell)."""
    return all(w in text.split() for w in words.split())


@pytest.fixture
def demo(demo_catalog, qapp):
    services = Services(demo_catalog, actor="test")
    # a tacit renewal whose first term ended at a month (partial end), and one ending next month
    services.create("agreement", AgreementIn(
        title="Pacte d'amitié Cannes – Busan (archives)", kind="friendship_pact", status="active", partners=["Busan"],
        starts_on="2020-06", ends_on="2022-06", renewal="tacit", notice_months=2))
    services.create("agreement", AgreementIn(
        title="Saison japonaise à Cannes", kind="partnership", status="signed", partners=["Shizuoka"],
        starts_on="2025-01-01", ends_on="2026-12-15", renewal="none"))
    return services


def agreements(services):
    with services.catalog.uow() as uow:
        return records.list_records(uow.session, "agreement", records.ListQuery(limit=None))


def test_every_document_tells_the_same_standing_and_end(demo, tmp_path, capsys):
    items = agreements(demo)
    states = {a.id: agreement_status.of(a, TODAY) for a in items}
    kinds = {s.key for s in states.values()}
    assert {"renewed", "in_force", "expired"} <= kinds  # the demo and the two above cover the cases that differ
    renewed = [a for a in items if states[a.id].renewals]
    assert len(renewed) >= 2

    in_force_list = pdf_text(_pdf(demo, tmp_path, "active_agreements", None), layout=True)
    all_list = pdf_text(_pdf(demo, tmp_path, "all_agreements", None), layout=True)
    ics_path = tmp_path / "agenda.ics"
    export_ics.write(demo.catalog, ics_path, today=TODAY)
    calendar = {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(ics_path.read_bytes()).walk("VEVENT")}
    assert cli_main(["--db", demo.catalog.url, "agenda", "--today", TODAY.isoformat(), "--days", "90"]) == 0
    agenda = capsys.readouterr().out
    with demo.catalog.uow() as uow:
        board = dashboard_service.agreement_groups(uow.session, TODAY)
        ids = listing.ordered_ids(uow.session, "agreement", records.ListQuery(limit=None))
        rows = listing.rows(uow.session, "agreement", ids, ["status", "ends_on"])
    on_board = {item.id: (group.key, item) for group in board for item in group.items}
    by_column = {public_id: values for public_id, *values in rows.values()}

    for a in items:
        state = states[a.id]
        end = agreement_status.end_text(state, a.ends_on, "fr")
        sheet = pdf_text(_pdf(demo, tmp_path, "agreement", a.id))
        assert state.describe("fr") in sheet, (a.title, sheet)
        if end:
            assert f"Fin {end}" in sheet, (a.title, end)
        first_end = a.ends_on.display("fr") if a.ends_on else None
        if state.renewals:
            # the first term's end appears once, named as such, never as the end
            assert f"Fin {first_end}" not in sheet and sheet.count(first_end) == 1
            assert f"fin initiale {first_end}" in sheet
        shown_end = agreement_status.current_end(state, a.ends_on)
        shown = shown_end.display("fr") if hasattr(shown_end, "display") else f"{shown_end:%d/%m/%Y}" if shown_end else ""

        for partner in a.partners:
            line = row(pdf_text(_pdf(demo, tmp_path, "partner", partner.id), layout=True), a.title)
            assert says(line, state.label("fr")), (a.title, line)
            assert not shown or shown in line, (a.title, shown, line)
            assert not state.renewals or first_end not in line

        line = row(all_list, a.title)
        assert says(line, state.label("fr")) and (not shown or shown in line), (a.title, line)
        if state.in_force:
            line = row(in_force_list, a.title)
            assert says(line, state.label("fr")) and (not shown or shown in line), (a.title, line)
        else:
            assert a.title[:14] not in in_force_list

        status_value, end_value = by_column[a.id]
        assert columns.agreement_standing(status_value, TODAY).label("fr") == state.label("fr")
        assert columns.agreement_end(end_value, TODAY) == shown

        group = on_board.get(a.id)
        if state.still_marked:
            assert group is not None and group[0] == "expired", a.title
            assert f"{a.title} ({a.partners[0].name}) : expiré le {state.ended_on:%d/%m/%Y}" in agenda
        elif state.key == "expired" or not state.in_force:
            assert group is None and a.title not in agenda and not any(a.title in s for s in calendar)
        if group is not None and group[1].milestone in ("notice", "renewal", "end"):
            day = group[1].date
            assert day in (state.notice_on, state.until), (a.title, day, state)
        if state.renewals:
            assert f"{a.title}" not in agenda or "expiré" not in agenda.split(a.title)[1].split("\n")[0]
        if state.in_force and state.until:
            entry = next(e for s, e in calendar.items() if a.title in s)
            assert entry.decoded("DTSTART") in (state.notice_on, state.until)
            assert state.describe("fr") in " ".join(str(entry["DESCRIPTION"]).split())


def _pdf(services, tmp_path, kind, reference, today=TODAY):
    path = tmp_path / f"{kind}-{reference}-{today}.pdf"
    if not path.exists():
        actions.export_pdf(kind, reference, services, path, today=today)
    return path


def test_the_agreement_form_says_what_the_sheet_says(demo, qtbot, tmp_path):
    from desktop.views.forms import create_editor

    for a in agreements(demo):
        editor = create_editor("agreement", demo, a.id)
        qtbot.addWidget(editor)
        shown = " ".join(editor.standing_label.text().split())
        sheet = pdf_text(_pdf(demo, tmp_path, "agreement", a.id, today=None))  # the form's day is today
        assert shown and shown in sheet, (a.title, shown)
        if a.title.startswith("Protocole d'entente Cannes – Busan"):
            assert re.search(r"jusqu'au \d\d/\d\d/20(29|3\d)", shown)
