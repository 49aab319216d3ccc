"""The one-folder bundle (PyInstaller --onedir) built and smoke-tested like a user would start it.

Building takes a few minutes, so a plain ``uv run pytest`` skips it; ``.ci/run`` builds the bundle and
runs these tests on every change, beside the suite. By hand: ``PASSERELLES_TEST_BUNDLE=1 uv run
--group packaging pytest -n0 tests/test_bundle.py`` (``-n0``: one process builds it once; with
``PASSERELLES_BUNDLE_DIR=dist/Passerelles`` an already built bundle is tested).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from passerelles_testing import FILES, ROOT

pytestmark = [pytest.mark.bundle, pytest.mark.slow,
              pytest.mark.skipif(os.environ.get("PASSERELLES_TEST_BUNDLE") != "1" and not os.environ.get("PASSERELLES_BUNDLE_DIR"),
                                 reason="builds the bundle (minutes): set PASSERELLES_TEST_BUNDLE=1")]
EXE = ".exe" if os.name == "nt" else ""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if os.environ.get("PASSERELLES_BUNDLE_DIR"):
        return Path(os.environ["PASSERELLES_BUNDLE_DIR"]).resolve()
    pytest.importorskip("PyInstaller", reason="uv sync --group packaging installs PyInstaller")
    work = tmp_path_factory.mktemp("bundle")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--dist", str(work / "dist"),
                           "--work", str(work / "build")], capture_output=True, text=True, timeout=1500)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return work / "dist" / "Passerelles"


def _env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PASSERELLES_DB")}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"),
               PASSERELLES_LOG_DIR=str(home / "logs"))
    return env


def _run(args, home: Path, timeout=180):
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout, cwd=home,
                          env=_env(home))
    assert done.returncode == 0, f"{args}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    assert "Traceback" not in done.stderr, done.stderr
    # an error the program caught and logged (the window goes on) is a failure of the product too
    for log in (home / "logs").rglob("*.log"):
        text = log.read_text(encoding="utf-8", errors="replace")
        assert "Traceback" not in text and " ERROR " not in text, text[-3000:]
    return done


def test_the_folder_holds_both_programs_and_the_resources(bundle):
    assert (bundle / f"Passerelles{EXE}").is_file() and (bundle / f"passerelles-cli{EXE}").is_file()
    data = bundle / "_internal" / "desktop" / "resources_data"
    assert (data / "icons" / "app.svg").is_file()
    assert (data / "translations" / "passerelles_en.qm").stat().st_size > 1000
    assert (data / "guide" / "fr.md").is_file() and (data / "guide" / "en.md").is_file()
    assert (bundle / "_internal" / "db" / "migrations" / "env.py").is_file()


def test_command_line_inits_imports_and_prints_a_pdf(bundle, tmp_path):
    cli = bundle / f"passerelles-cli{EXE}"
    db = tmp_path / "demo.sqlite"
    _run([cli, "--db", db, "init", "--demo"], tmp_path)
    imported = _run([cli, "--db", db, "import", FILES / "villes_partenaires.xlsx"], tmp_path)
    assert "Import n° 1" in imported.stdout
    shown = _run([cli, "--db", db, "show", "partner", "Hội An"], tmp_path)
    assert '"VN"' in shown.stdout
    pdf = tmp_path / "hoi-an.pdf"
    printed = _run([cli, "--db", db, "print", "partner", "Hội An", "--pdf", pdf], tmp_path)
    assert "PDF écrit" in printed.stdout and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Hội An" in text
    # headings nobody here wrote: the import's vocabulary and the cities' data are in the bundle
    twins = tmp_path / "miasta.tsv"
    twins.write_text("miastoLabel\tkrajLabel\tpartnerLabel\tpartnerKraj\nKraków\tPolska\tLeuven\tBelgia\n"
                     "Gdańsk\tPolska\tBremen\tNiemcy\nPoznań\tPolska\tRennes\tFrancja\n", encoding="utf-8")
    read = _run([cli, "--db", db, "import", twins, "--dry-run"], tmp_path)
    assert "liste de relations" in read.stdout, read.stdout


def test_window_starts_offscreen_and_paints(bundle, tmp_path):
    cli = bundle / f"passerelles-cli{EXE}"
    db = tmp_path / "demo.sqlite"
    _run([cli, "--db", db, "init", "--demo"], tmp_path)
    # --quit-after-paint: the program quits only once the main window has painted its first page
    _run([bundle / f"Passerelles{EXE}", "--db", db, "--quit-after-paint"], tmp_path, timeout=120)
