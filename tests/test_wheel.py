"""The wheel is the application: built, installed alone in a clean virtual environment, it has its
icons and its English translation (compiled at build time) and its command line works."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from passerelles_testing import FILES, ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("wheel")]   # one worker builds the wheel and runs these, the others go on

CHECK = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.icons import icon, resources_dir
from desktop import i18n
where = resources_dir()
assert "site-packages" in str(where) and where.name == "resources_data", where
for name in ("app", "partner", "agreement", "print"):
    assert not icon(name).isNull() and not icon(name).pixmap(32, 32).isNull(), name
qm = i18n.qm_path("en")
assert qm is not None and qm.parent == where / "translations", qm   # shipped, not compiled at start
assert not (i18n._cache_dir() / "passerelles_en.qm").exists()
i18n.install(app, "en")
assert QCoreApplication.translate("MainWindow", " (lecture seule)") == " (read-only)"
from desktop.views.user_guide import guide_path
assert guide_path("fr") == where / "guide" / "fr.md" and guide_path("en") == where / "guide" / "en.md"
from db.reports.apd import load_oda_list
from db.geo import world
assert load_oda_list(2025).covers(2025) and "site-packages" in load_oda_list(2025).path   # shipped data
assert len(world()[1]) > 100   # the land outline of the map
print("ok", where)
"""


def _run(*args, **kwargs):
    done = subprocess.run(args, capture_output=True, text=True, timeout=900, **kwargs)
    assert done.returncode == 0, f"{args}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@contextlib.contextmanager
def _alone(lock: Path):
    """One process at a time past this point (xdist's workers share the run's folder)."""
    try:
        import fcntl
    except ImportError:   # Windows: each worker builds its own
        yield
        return
    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="module")
def installed(tmp_path_factory, worker_id):
    """The wheel built and installed once per run (the first worker to need it builds it, the
    others wait and use it): the Python of its virtual environment, and the wheel."""
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is needed to build and install the wheel")
    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" or os.name == "nt" else base.parent
    work = shared / "wheel"
    python = work / "venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    with _alone(shared / "wheel.lock"):
        if not (work / "installed").exists():
            shutil.rmtree(work, ignore_errors=True)
            _run(uv, "build", "--wheel", "--out-dir", str(work / "dist"), str(ROOT))
            wheel = next((work / "dist").glob("passerelles-*.whl"))
            _run(uv, "venv", "--quiet", "--python", sys.executable, str(work / "venv"))
            _run(uv, "pip", "install", "--quiet", "--python", str(python), str(wheel))
            (work / "installed").touch()
    return python, next((work / "dist").glob("passerelles-*.whl"))


def _env(work):
    # nothing from the checkout: not on the path, not the current folder; a home of its own
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(XDG_CACHE_HOME=str(work / "cache"), XDG_DATA_HOME=str(work / "data"),
               XDG_CONFIG_HOME=str(work / "config"), XDG_STATE_HOME=str(work / "state"), QT_QPA_PLATFORM="offscreen")
    return env


def test_the_wheel_carries_icons_and_compiled_translations(installed):
    import zipfile

    _python, wheel = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop/resources_data/icons/app.svg" in names
    assert "desktop/resources_data/translations/passerelles_en.qm" in names
    assert {"desktop/resources_data/guide/fr.md", "desktop/resources_data/guide/en.md"} <= set(names)
    assert {"desktop/resources_data/data/oda_recipients_2024_2025.json",
            "desktop/resources_data/data/world_land_110m.json"} <= set(names)
    assert not any(n.endswith(".ts") for n in names)


def test_installed_wheel_loads_icons_and_english(installed, tmp_path):
    work, (python, _wheel) = tmp_path, installed
    done = _run(str(python), "-c", CHECK, cwd=work, env=_env(work))
    assert done.stdout.startswith("ok")


def test_installed_command_line_inits_imports_and_prints(installed, tmp_path):
    work, (python, _wheel) = tmp_path, installed
    command = python.parent / ("passerelles.exe" if os.name == "nt" else "passerelles")
    db = work / "demo.sqlite"
    env = _env(work)
    _run(str(command), "--db", str(db), "init", "--demo", cwd=work, env=env)
    imported = _run(str(command), "--db", str(db), "import", str(FILES / "villes_partenaires.xlsx"), cwd=work, env=env)
    assert "Import n° 1" in imported.stdout and "5 créés" in imported.stdout, imported.stdout
    pdf = work / "gwangju.pdf"
    _run(str(command), "--db", str(db), "print", "partner", "Gwangju", "--pdf", str(pdf), cwd=work, env=env)
    assert pdf.read_bytes().startswith(b"%PDF")
    helped = _run(str(command), "--help", cwd=work, env=env)
    assert "print" in helped.stdout and helped.stdout.startswith("utilisation :")
