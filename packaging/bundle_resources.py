"""What the application loads besides its code, and where it goes inside the package.

Used by the wheel build hook (``hatch_build.py``) and the bundle build (``packaging/build_bundle.py``)
so both carry the same files: the SVG icons, the translations compiled with PySide6's ``lrelease``
(only the ``.qm``) and the user guide. ``desktop.icons.resources_dir()`` reads them from
``desktop/resources_data`` when there is no checkout beside the code.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

PACKAGE_DIR = "desktop/resources_data"


def lrelease() -> str:
    try:
        import PySide6
    except ImportError as exc:  # the build requirements list PySide6-Essentials
        raise RuntimeError("PySide6 is needed to compile the translations (lrelease)") from exc
    here = Path(PySide6.__file__).parent
    for candidate in (here / "lrelease", here / "lrelease.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise RuntimeError("lrelease not found: cannot compile resources/translations/*.ts")
    return found


def compile_translations(sources: Path, target: Path) -> list[Path]:
    """Every ``*.ts`` of ``sources`` compiled into ``target``; an empty or missing result is an error."""
    target.mkdir(parents=True, exist_ok=True)
    tool = lrelease()
    compiled = []
    for ts in sorted(sources.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True, timeout=120)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise RuntimeError(f"lrelease wrote nothing for {ts.name}")
        compiled.append(qm)
    return compiled


def resource_files(root: Path, build_dir: Path) -> list[tuple[Path, str]]:
    """``(file on disk, path inside the installed packages)`` for every resource; compiles into ``build_dir``."""
    files = [(svg, f"{PACKAGE_DIR}/icons/{svg.name}") for svg in sorted((root / "resources" / "icons").glob("*.svg"))]
    files += [(qm, f"{PACKAGE_DIR}/translations/{qm.name}")
              for qm in compile_translations(root / "resources" / "translations", build_dir / "translations")]
    guide = root / "docs" / "guide"
    if guide.is_dir():
        files += [(p, f"{PACKAGE_DIR}/guide/{p.relative_to(guide).as_posix()}")
                  for p in sorted(guide.rglob("*")) if p.is_file()]
    return files
