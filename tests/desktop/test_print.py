"""Printed documents: content checked with pdftotext, page counts with pdfinfo, escaping, scripts, flow."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from passerelles_testing import TODAY

from db.schemas import AgreementIn, PartnerIn
from db.services import NotFoundError, Services
from db.services import settings as catalogue_settings
from desktop.printing import actions

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils absent")

EVENT = "Culture et action internationale des collectivités territoriales"


def text(path, page: int | None = None) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    out = subprocess.run([*args, str(path), "-"], check=True, capture_output=True).stdout.decode("utf-8")
    return re.sub(r"[ \t]+", " ", unicodedata.normalize("NFKC", out))  # NFKC: the "ﬃ" ligature of Koffi


def pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def flat(value: str) -> str:
    return " ".join(value.split())


@pytest.fixture
def demo(demo_catalog, qapp):
    return Services(demo_catalog, actor="test")


def test_busan_summary_fits_one_page_with_everything(demo, tmp_path):
    path = tmp_path / "busan.pdf"
    assert actions.export_pdf("partner", "Busan", demo, path, today=TODAY) == 1
    assert pages(path) == 1
    content = flat(text(path))
    for expected in ["FICHE PARTENAIRE", "Busan", "Ville / collectivité", "Corée du Sud", "Actif",
                     "Partenaire depuis", "22/05/2023", "Cinéma et audiovisuel", "Claire Vasseur",
                     "Protocole d'entente Cannes – Busan", "Reconduit tacitement", "Tacite", "22/05/2029",
                     "Ji-woo Park", "ji-woo.park@example.org", "+82 51-555-0142",
                     "Directrice des relations internationales", EVENT, "Toulouse, Hôtel de Région",
                     "Envoyer le projet de convention à Busan", "en retard",
                     "Organiser la résidence d'écriture d'un réalisateur coréen",
                     "Point d'étape sur la résidence d'écriture.",
                     "Direction des relations internationales", "Imprimé le 22/11/2026", "Page 1 / 1"]:
        assert expected in content, expected
    # overdue in words, once: only the overdue follow-up carries it
    assert content.count("en retard") == 1
    assert "Accueillir la délégation de Busan" not in content  # done, not an open follow-up


def test_office_name_preference_in_header(demo, demo_catalog, tmp_path):
    catalogue_settings.set_setting(demo_catalog, "office_name", "Ville de Cannes — Relations internationales")
    assert catalogue_settings.get_setting(demo_catalog, "office_name") == "Ville de Cannes — Relations internationales"
    path = tmp_path / "s.pdf"
    actions.export_pdf("partner", "Shizuoka", demo, path, today=TODAY)
    assert "Ville de Cannes — Relations internationales" in text(path)


def test_forty_agreements_flow_onto_pages_with_repeated_headers(services, qapp, tmp_path):
    services.create("partner", PartnerIn(name="Rotterdam", kind="city", country="NL"))
    titles = [f"Accord numéro {i:02d} avec Rotterdam" for i in range(1, 41)]
    for i, title in enumerate(titles, start=1):
        services.create("agreement", AgreementIn(title=title, kind="partnership", status="active", partners=["Rotterdam"],
                                                 signed_on=f"2020-01-{i % 28 + 1:02d}", ends_on="2030-12-31"))
    path = tmp_path / "rotterdam.pdf"
    count = actions.export_pdf("partner", "Rotterdam", services, path, today=TODAY)
    assert count == pages(path) >= 2
    seen: dict[str, int] = {}
    for page in range(1, count + 1):
        content = flat(text(path, page))
        assert f"Page {page} / {count}" in content
        on_page = [t for t in titles if t in content]
        for t in on_page:
            seen[t] = seen.get(t, 0) + 1
        if on_page:
            assert "Intitulé" in content  # the table header is repeated on every page it spans
    assert sorted(seen) == sorted(titles) and set(seen.values()) == {1}  # every row whole, on one page


def test_user_text_is_escaped_and_any_script_prints(services, qapp, tmp_path):
    services.create("partner", PartnerIn(name="<b>Gras</b> <img src=x.png> 부산 Łódź Hội An", kind="city", country="KR",
                                         description="<script>alert(1)</script> & <i>rien</i>"))
    path = tmp_path / "e.pdf"
    actions.export_pdf("partner", "<b>Gras</b> <img src=x.png> 부산 Łódź Hội An", services, path, today=TODAY)
    content = flat(text(path))
    assert "<b>Gras</b> <img src=x.png> 부산 Łódź Hội An" in content
    assert "<script>alert(1)</script> & <i>rien</i>" in content
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "CJK" in fonts  # the Korean glyphs come from a real CJK font, not boxes


def test_event_minutes_have_every_session_and_followups(demo, tmp_path):
    path = tmp_path / "minutes.pdf"
    count = actions.export_pdf("event", EVENT, demo, path, today=TODAY)
    assert count == pages(path) >= 1
    content = flat(text(path))
    for expected in ["COMPTE RENDU", EVENT, "Colloque", "14/03/2024 – 15/03/2024", "Cités Unies France",
                     "Table ronde plénière : la culture au cœur des coopérations", "Table ronde", "Grand auditorium",
                     "140 participants", "Animateur", "Léa Fontaine", "Intervenants", "Ji-woo Park", "Koffi Yao",
                     "Rapporteur", "Pierre-Yves Morel", "Atelier 1 – Résidences d'artistes", "60 participants",
                     "Les intervenants ont rappelé", "À RETENIR", "Formaliser un réseau des villes de festivals.",
                     "Diffuser les actes du colloque de Toulouse", "Sophie Lemaire", "en retard"]:
        assert expected in content, expected
    sessions, people = content.split("Intervenants et animateurs (")
    assert sessions.count("Animateur") == 5  # every session's moderator
    # the list of the people of the sessions, with their organisation and where they spoke
    assert "Ji-woo Park Directrice des relations internationales, Ville de Busan Intervenant (1, 5)" in people
    assert people.index("Daniel Okafor") < people.index("Élodie Martin") < people.index("Giulia Rossi")
    # the attendance list: every participant with their organisation (typed, or their contact's), by name
    attendance = people.split("Liste des participants (8)")[1]
    assert "Hélène Marchand Région Occitanie" in attendance and "Ji-woo Park Ville de Busan" in attendance
    assert attendance.index("Aminata Diallo") < attendance.index("Claire Vasseur") < attendance.index("Thomas Nguyen")


def test_agreement_sheet(demo, tmp_path):
    path = tmp_path / "a.pdf"
    actions.export_pdf("agreement", "Accord Cannes – Sanya : art pyrotechnique et storytelling", demo, path, today=TODAY)
    content = flat(text(path))
    for expected in ["FICHE ACCORD", "Convention de partenariat", "En vigueur", "12/10/2019", "Sanya", "18 000,00 €",
                     "Expresse", "Chine", "Spectacle pyrotechnique franco-chinois"]:
        assert expected in content, expected


def test_batch_of_active_partners_one_per_page(demo, tmp_path):
    path = tmp_path / "all.pdf"
    active = [p.name for p in demo.list("partner", demo_query())]
    count = actions.export_pdf("partners", None, demo, path, today=TODAY)
    assert count == pages(path) == len(active) == 13
    for page, name in enumerate(active, start=1):
        lines = [line for line in text(path, page).splitlines() if line.strip()]
        start = lines.index("FICHE PARTENAIRE")
        assert start <= 3 and lines[start + 1] == name, (page, name)  # after the header: the title block
        assert lines[-1].endswith("Page 1 / 1"), (page, lines[-1])  # numbered per document, not across the batch
    assert "Hội An" not in text(path)  # a prospect, not active


def demo_query():
    from db.services import ListQuery

    return ListQuery(filters={"status": "active"}, limit=None)


def test_lists(demo, tmp_path):
    path = tmp_path / "l.pdf"
    actions.export_pdf("active_agreements", None, demo, path, today=TODAY)
    content = flat(text(path))
    assert "Accords en vigueur" in content and "Partenariat gastronomique Cannes – Shizuoka" in content
    assert "Lettre d'intention Cannes – Hội An" not in content  # in negotiation
    actions.export_pdf("owner_followups", "sophie lemaire", demo, path, today=TODAY)
    content = flat(text(path))
    assert "Suivis de Sophie Lemaire" in content and "en retard" in content
    assert "Claire Vasseur" not in content
    actions.export_pdf("partner_contacts", "Institut français", demo, path, today=TODAY)
    content = flat(text(path))
    assert "Élodie Martin" in content and "06 39 98 12 34" in content


def test_unknown_record_is_a_french_error(demo, tmp_path):
    with pytest.raises(NotFoundError, match="Aucun partenaire « Atlantis »"):
        actions.export_pdf("partner", "Atlantis", demo, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_preview_paints_the_same_pages(demo, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    path = tmp_path / "preview.pdf"

    def fake_exec(dialog):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        dialog.paintRequested.emit(printer)
        return 1

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    assert actions.print_preview("partner", "Busan", demo) == 1
    assert pages(path) == 1 and "Busan" in text(path)


def test_pdf_with_file_dialog_and_cancelled_print_dialog(demo, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QFileDialog

    chosen = tmp_path / "fiche"  # no suffix typed: ".pdf" is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    assert actions.export_pdf_with_dialog("partner", "Busan", demo) == str(chosen) + ".pdf"
    assert pages(str(chosen) + ".pdf") == 1
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    assert actions.print_with_dialog("partner", "Busan", demo) is False


def test_english_documents(demo, tmp_path):
    path = tmp_path / "en.pdf"
    actions.export_pdf("partner", "Busan", demo, path, language="en", today=TODAY)
    content = flat(text(path))
    for expected in ["PARTNER SUMMARY", "South Korea", "Partner since", "Agreements", "overdue", "Printed on",
                     "Page 1 / 1"]:
        assert expected in content, expected


def test_big_batches_lay_out_twice_with_the_same_pages(demo, tmp_path, monkeypatch):
    from desktop.printing import paging

    normal = tmp_path / "normal.pdf"
    actions.export_pdf("partners", None, demo, normal, today=TODAY, active_only=False)
    monkeypatch.setattr(paging, "KEEP_IN_MEMORY", 0)  # as for more than 300 partners
    lazy = tmp_path / "lazy.pdf"
    actions.export_pdf("partners", None, demo, lazy, today=TODAY, active_only=False)
    assert pages(lazy) == pages(normal) == 14
    assert text(lazy) == text(normal)
    # documents over several pages, with rows and headings moved, come out the same too
    minutes, setup = actions.documents("event", EVENT, demo, today=TODAY)
    summary, _ = actions.documents("partner", "Busan", demo, today=TODAY)
    paging.write_pdf(lazy, minutes + summary, setup)
    monkeypatch.setattr(paging, "KEEP_IN_MEMORY", 300)
    paging.write_pdf(normal, minutes + summary, setup)
    assert pages(lazy) == pages(normal) == 4
    assert text(lazy) == text(normal)


def test_sessions_are_kept_whole_on_a_page(demo, tmp_path):
    """Each session of the minutes (title, moderator, speakers, minutes) is on one page when it fits."""
    path = tmp_path / "minutes.pdf"
    count = actions.export_pdf("event", EVENT, demo, path, today=TODAY)
    assert count >= 2
    event = demo.get("event", EVENT)
    per_page = [flat(text(path, page)) for page in range(1, count + 1)]
    for number, s in enumerate(event.sessions, start=1):
        holding = [i for i, content in enumerate(per_page) if f"{number}. {s.title}" in content]
        assert len(holding) == 1, s.title
        page = per_page[holding[0]]
        for person in [s.moderator, *s.speakers, s.rapporteur]:
            if person is not None:
                assert person.name in page, (s.title, person.name)
        if s.minutes:
            assert flat(s.minutes)[:40] in page, s.title


LONG_EMAIL = "marie-christine.delacroix-fontaine@relations-internationales.example.org"


def test_addresses_and_short_words_never_break_inside(services, qapp, tmp_path):
    """E-mails, phones, web addresses and short words are never cut inside: an address prints at the
    body's size, on one line when it fits, else at its natural breaks (after "@", before "/", then before
    "." or "-"), never before its "@"."""
    from db.schemas import ContactIn, FollowUpIn

    services.create("partner", PartnerIn(
        name="Lodz Film School", website="https://www.filmschool.lodz.pl/en/international-relations/partnerships",
        email="international.relations.office@filmschool.lodz.pl", phone="+48 42 275 58 98", notes="À revoir."))
    services.create("contact", ContactIn(
        first_name="Marie-Christine", last_name="Delacroix-Fontaine", partners=["Lodz Film School"],
        job_title="Directrice des relations internationales et de la coopération décentralisée",
        emails=[LONG_EMAIL, "ji-woo.park@example.org"], phones=[{"number": "+82 51-555-0142"}]))
    services.create("followup", FollowUpIn(title="Relancer", partner="Lodz Film School", owner="Claire Vasseur",
                                           due_on="2026-12-01", priority="normal"))
    path = tmp_path / "lodz.pdf"
    actions.export_pdf("partner", "Lodz Film School", services, path, today=TODAY)
    lines = [" ".join(line.split()) for line in text(path).splitlines()]
    content = "\n".join(lines)
    for whole in ("ji-woo.park@example.org", "+82 51-555-0142", "+48 42 275 58 98"):
        assert whole in content, whole  # on one line
    for long in ("international.relations.office@filmschool.lodz.pl",
                 "https://www.filmschool.lodz.pl/en/international-relations/partnerships"):
        assert long in "".join(lines), long  # over lines cut at natural breaks
    # the longest e-mail goes on over lines cut at natural breaks only, none starting with its "@"
    assert LONG_EMAIL in "".join(lines) and not any(line.startswith("@") for line in lines)
    assert "Notes : À revoir." in content  # notes carry their label
    contacts = actions.export_pdf("partner_contacts", "Lodz Film School", services, tmp_path / "c.pdf", today=TODAY)
    assert contacts == 1
    content = "\n".join(" ".join(line.split()) for line in text(tmp_path / "c.pdf").splitlines())
    assert "ji-woo.park@example.org" in content and "+82 51-555-0142" in content
    assert LONG_EMAIL in "".join(content.splitlines()) and "\n@" not in content


def test_addresses_print_at_the_body_size(qapp):
    from desktop.printing.html_common import address, text_mm

    for value, width in ((LONG_EMAIL, 45), ("https://www.filmschool.lodz.pl/en/international-relations", 40),
                         ("ji-woo.park@example.org", 60)):
        html = address(value, width)
        assert "font-size" not in html  # never shrunk
        lines = re.findall(r"<div[^>]*>([^<]*)</div>", html)
        assert "".join(lines) == value and all(text_mm(line) <= width for line in lines)
        assert not any(line.startswith("@") or line.endswith((".", "-")) for line in lines), lines
    assert address("ji-woo.park@example.org", 60).count("<div") == 1  # one line when it fits


def test_qualified_dates_print_as_written(services, qapp, tmp_path):
    """An import keeps « depuis 1991 » (the date 1991 and the cell as written): the printouts say « depuis 1991 »."""
    services.create("partner", PartnerIn(name="Sanya", kind="city", country="CN", partner_since="1991",
                                         extra={"Partenaire depuis": "depuis 1991"}))
    services.create("agreement", AgreementIn(title="Accord Cannes – Sanya", status="active", partners=["Sanya"],
                                             starts_on="1991", extra={"Début": "depuis 1991"}))
    path = tmp_path / "sanya.pdf"
    actions.export_pdf("partner", "Sanya", services, path, today=TODAY)
    assert "Partenaire depuis depuis 1991" in flat(text(path))
    actions.export_pdf("agreement", "Accord Cannes – Sanya", services, path, today=TODAY)
    assert "Début depuis 1991" in flat(text(path))
