"""Hostile inputs get a clear French message quickly: a sheet of 20,000 columns, a 10 MB cell, a deeply
nested or huge JSON file. Each file is generated here; each import runs in a subprocess with a generous
timeout (the check is that it finishes, with the message, not how fast)."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

import pytest
from pydantic_core import PydanticCustomError

from db.interchange.imports.readers import MAX_CELL_CHARS, MAX_COLUMNS, column_letters
from db.schemas.fields import EXTRA_MAX_LENGTH, normalise_extra

_SHEET_PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
    'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
    'worksheet+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
    '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Partenaires" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
}


def write_xlsx(path, rows):
    """A minimal workbook of inline strings: beyond what Excel writers allow (20,000 columns, 10 MB cells)."""
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.'
             'openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, values in enumerate(rows, start=1):
        parts.append(f'<row r="{r}">')
        parts += [f'<c r="{column_letters(c)}{r}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'
                  for c, v in enumerate(values)]
        parts.append("</row>")
    parts.append("</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in _SHEET_PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/worksheets/sheet1.xml", "".join(parts))


def wide_rows(width):
    header = ["Nom", "Pays", "Ville"] + [f"Colonne {i}" for i in range(3, width)]
    row = ["Busan", "Corée du Sud", "Busan"] + ["x"] * (width - 3)
    return [header, row, row]


def write_csv(path, rows):
    path.write_text("".join(";".join(r) + "\n" for r in rows), encoding="utf-8")


READ_ALL = """
import json, sys
from db.interchange.imports import ImportFileError
from db.interchange.imports.readers import read
from db.interchange.imports.json_import import check
path = sys.argv[1]
try:
    if path.endswith(".json"):
        check(__import__("pathlib").Path(path))
        rows = 0
    else:
        rows = sum(1 for sheet in read(path).sheets for _ in sheet.rows())
except ImportFileError as exc:
    reason = exc.args[0]
    print(json.dumps({"key": reason.key, "fr": str(reason), "en": reason.in_language("en")}))
else:
    print(json.dumps({"rows": rows}))
"""

PLAN = """
import json, sys
from db.interchange.imports import ImportFileError
from db.interchange.imports.plan import build_plan
try:
    build_plan(sys.argv[1])
except ImportFileError as exc:
    print(json.dumps({"key": exc.args[0].key, "fr": str(exc.args[0])}))
"""


def run(script, path):
    result = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def hostile_file(tmp_path, case):
    if case == "wide.xlsx":
        write_xlsx(tmp_path / case, wide_rows(20_000))
    elif case == "wide.csv":
        write_csv(tmp_path / case, wide_rows(20_000))
    elif case == "long_cell.xlsx":
        write_xlsx(tmp_path / case, [["Nom", "Pays", "Notes"], ["Busan", "Corée du Sud", "A" * 10_000_000]])
    elif case == "long_cell.csv":
        write_csv(tmp_path / case, [["Nom", "Pays", "Notes"], ["Busan", "Corée du Sud", "A" * 10_000_000]])
    elif case == "deep.json":
        nested = "[" * 200_000 + "]" * 200_000
        (tmp_path / case).write_text('{"format": "passerelles-catalogue", "partners": [{"name": "Busan", "notes": '
                                     + nested + "}]}")
    elif case == "shallow_deep.json":  # deeper than an export, not deep enough for a RecursionError
        (tmp_path / case).write_text('{"format": "passerelles-catalogue", "partners": [{"name": "Busan", "notes": '
                                     + "[" * 200 + "]" * 200 + "}]}")
    elif case == "array.json":
        (tmp_path / case).write_text("[" + ",".join(['{"name": "Busan"}'] * 2_000_000) + "]")
    return tmp_path / case


EXPECTED = {
    "wide.xlsx": ("too_many_columns", ["« Partenaires »", "20\u202f000 colonnes", "2\u202f000"]),
    "wide.csv": ("too_many_columns", ["« wide »", "20\u202f000 colonnes"]),
    "long_cell.xlsx": ("cell_too_long", ["cellule C2", "10\u202f000\u202f000 caractères", "32\u202f767"]),
    "long_cell.csv": ("cell_too_long", ["cellule C2", "10\u202f000\u202f000 caractères"]),
    "deep.json": ("json_too_deep", ["imbriquées sur plus de 32 niveaux"]),
    "shallow_deep.json": ("json_too_deep", ["imbriquées"]),
    "array.json": ("json_not_ours", ["n'est pas un export JSON de Passerelles"]),
}


@pytest.mark.parametrize("case", list(EXPECTED))
def test_hostile_files_are_refused_with_a_french_message(tmp_path, case):
    path = hostile_file(tmp_path, case)
    got = run(READ_ALL, path)
    key, words = EXPECTED[case]
    assert got["key"] == key
    for word in words:
        assert word in got["fr"]
    assert path.name in got["fr"]
    assert "Traceback" not in got["fr"]


@pytest.mark.parametrize("case", ["wide.csv", "long_cell.xlsx", "deep.json"])
def test_the_import_stops_with_the_same_message(tmp_path, case):
    got = run(PLAN, hostile_file(tmp_path, case))
    assert got["key"] == EXPECTED[case][0]


def test_what_excel_allows_is_read(tmp_path):
    write_xlsx(tmp_path / "edge.xlsx", [["Nom", "Notes"], ["Busan", "é" * MAX_CELL_CHARS]])
    write_csv(tmp_path / "edge.csv", wide_rows(MAX_COLUMNS))
    assert run(READ_ALL, tmp_path / "edge.xlsx") == {"rows": 2}
    assert run(READ_ALL, tmp_path / "edge.csv") == {"rows": 3}


def test_one_column_too_many_is_refused(tmp_path):
    write_csv(tmp_path / "edge.csv", wide_rows(MAX_COLUMNS + 1))
    assert run(READ_ALL, tmp_path / "edge.csv")["key"] == "too_many_columns"


def test_a_json_section_that_is_not_a_list_of_records_is_refused(tmp_path):
    (tmp_path / "odd.json").write_text(json.dumps({"format": "passerelles-catalogue", "partners": [1, 2]}))
    assert run(READ_ALL, tmp_path / "odd.json")["key"] == "json_bad_section"


def test_extra_values_obey_the_length_limit_of_fields():
    assert normalise_extra({"Code INSEE": 6088, "vide": "", "rien": None}) == {"Code INSEE": "6088"}
    assert normalise_extra({"Notes": "a" * EXTRA_MAX_LENGTH})["Notes"] == "a" * EXTRA_MAX_LENGTH
    with pytest.raises(PydanticCustomError) as info:
        normalise_extra({"Notes": "a" * (EXTRA_MAX_LENGTH + 1)})
    assert info.value.type == "too_long"
