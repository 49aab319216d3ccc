"""Exporting and building report data never load Qt (DESIGN: db/ is Qt-free)."""

from __future__ import annotations

import subprocess
import sys


def test_export_and_reports_do_not_import_qt(tmp_path):
    code = (
        "import sys\n"
        "from db.catalog import open_catalog\n"
        "from db.demo import load_demo\n"
        "from db.interchange import export_csv, export_xlsx\n"
        "from db import reports\n"
        f"c = open_catalog({str(tmp_path / 'd.sqlite')!r}); load_demo(c)\n"
        f"export_xlsx.write(c, {str(tmp_path / 'x.xlsx')!r}); export_csv.write(c, {str(tmp_path / 'x.csv')!r})\n"
        "with c.uow() as u: reports.partner_summary(u.session, 'Busan')\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt loaded'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
