"""What the application loads besides its code, and where it goes inside the package.

Used by the wheel build hook (``hatch_build.py``) and the bundle build (``packaging/build_bundle.py``)
so both carry the same files: the SVG icons, the translations compiled with PySide6's ``lrelease``
(only the ``.qm``) and the user guide. ``desktop.icons.resources_dir()`` reads them from
``desktop/resources_data`` when there is no checkout beside the code.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE_DIR = "desktop/resources_data"
ROOT = Path(__file__).resolve().parent.parent


def _code_languages():
    """``db.languages``, the code's own list (a leaf module: importing it loads nothing else)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import db.languages

    return db.languages


def unused_data():
    """A pattern matching the data files the bundle leaves out: Babel's CLDR data, pycountry's gettext
    catalogues and Qt's own translations for languages no code path loads (about 60 MB).

    Kept: Babel's ``root`` and every language of ``db.languages.bundled_locales()`` with its regional
    variants (``fr_FR``, ``en_GB``…); pycountry's ``PYCOUNTRY_DOMAINS`` catalogues in those
    languages; Qt's translations in the interface's languages. Paths use either separator."""
    languages = _code_languages()
    kept = "|".join(["root", *languages.bundled_locales()])
    domains = "|".join(re.escape(d) for d in languages.PYCOUNTRY_DOMAINS)
    interface = "|".join(languages.INTERFACE)
    sep = r"[/\\]"
    return re.compile(
        rf"babel{sep}locale-data{sep}(?!({kept})(_\w+)?\.dat$)"
        rf"|pycountry{sep}locales{sep}(?!({kept}){sep}LC_MESSAGES{sep}({domains})\.mo$)"
        rf"|PySide6{sep}Qt{sep}translations{sep}.*_(?!({interface})\.qm$)\w+\.qm$")


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
    files += [(p, f"{PACKAGE_DIR}/data/{p.name}") for p in sorted((root / "resources" / "data").glob("*.*"))]
    guide = root / "docs" / "guide"
    if guide.is_dir():
        files += [(p, f"{PACKAGE_DIR}/guide/{p.relative_to(guide).as_posix()}")
                  for p in sorted(guide.rglob("*")) if p.is_file()]
    return files
