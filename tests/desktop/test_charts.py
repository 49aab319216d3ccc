"""The charts view: figures from the catalogue, PNG export and printing to PDF."""

from __future__ import annotations

from passerelles_testing import TODAY
from PySide6.QtGui import QImage

from db.services import statistics
from desktop.views.charts import ChartsView


def test_statistics_on_the_demo(demo_catalog):
    with demo_catalog.uow() as uow:
        country = statistics.partners_by_country(uow.session)
        status = statistics.agreements_by_status(uow.session, today=TODAY)
        years = statistics.agreements_by_year(uow.session)
        quarters = statistics.followups_by_quarter(uow.session, TODAY)
    assert country.labels[0] == "France" and country.values[0] == [4] and country.total == 14
    by_status = dict(zip(status.labels, [v[0] for v in status.values], strict=True))
    # one set of rules: Busan renews itself tacitly, Grand-Bassam's end has passed (still marked signed)
    assert by_status == {"En vigueur": 4, "Reconduit tacitement": 1, "Expiré": 1, "En négociation": 1}
    assert years.labels == ["2018", "2019", "2020", "2021", "2022", "2023"] and years.values[2] == [0]
    assert quarters.labels[-3] == "T4 2026" and quarters.values[-3][:3] == [0, 0, 3]  # three overdue this quarter
    assert sum(v[3] for v in quarters.values) > 0  # and the follow-ups still to come


def test_charts_view_exports_png_and_prints(qtbot, services, demo_catalog, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from db.services import Services

    view = ChartsView(Services(demo_catalog, "test"), today=TODAY)
    qtbot.addWidget(view)
    assert [s.title for s in view.series][:2] == ["Partenaires par pays", "Partenaires par domaine"]
    assert view.grid.count() == 5
    png = tmp_path / "stats.png"
    assert view.export_png(str(png))
    image = QImage(str(png))
    assert image.width() == 1600 and not image.isNull()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "stats.pdf"))
    view.print_to(printer)
    assert (tmp_path / "stats.pdf").read_bytes().startswith(b"%PDF")
