"""Wheel build hook: the wheel carries what the application loads, compiled at build time.

- ``resources/icons/*.svg`` → ``desktop/resources_data/icons/``;
- ``resources/translations/*.ts`` compiled with PySide6's ``lrelease`` → ``desktop/resources_data/translations/*.qm``
  (only the ``.qm``: an installed application never compiles anything at start);
- ``docs/guide/`` (the user guide, French and English) → ``desktop/resources_data/guide/``.

``desktop.icons.resources_dir()`` finds ``resources_data`` when there is no checkout beside the code.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def lrelease() -> str:
    try:
        import PySide6
    except ImportError as exc:  # the build requirements list PySide6-Essentials
        raise RuntimeError("PySide6 is needed to compile the translations (lrelease)") from exc
    for candidate in (Path(PySide6.__file__).parent / "lrelease", Path(PySide6.__file__).parent / "lrelease.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if not found:
        raise RuntimeError("lrelease not found: cannot compile resources/translations/*.ts")
    return found


def compile_translations(sources: Path, target: Path) -> list[Path]:
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


class CustomBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        if self.target_name != "wheel" or version == "editable":  # a checkout reads resources/ itself
            return
        root = Path(self.root)
        self._tmp = tempfile.mkdtemp(prefix="passerelles-build-")
        include = build_data.setdefault("force_include", {})
        for svg in sorted((root / "resources" / "icons").glob("*.svg")):
            include[str(svg)] = f"desktop/resources_data/icons/{svg.name}"
        for qm in compile_translations(root / "resources" / "translations", Path(self._tmp)):
            include[str(qm)] = f"desktop/resources_data/translations/{qm.name}"
        guide = root / "docs" / "guide"
        if guide.is_dir():
            for path in sorted(p for p in guide.rglob("*") if p.is_file()):
                include[str(path)] = f"desktop/resources_data/guide/{path.relative_to(guide).as_posix()}"

    def finalize(self, version, build_data, artifact_path):
        if getattr(self, "_tmp", None):
            shutil.rmtree(self._tmp, ignore_errors=True)
