"""Build the one-folder application bundle (PyInstaller ``--onedir``) into ``dist/Passerelles/``.

    uv run --group packaging python packaging/build_bundle.py [--dist DIR] [--work DIR]

Stages the resources the wheel also carries (``bundle_resources.py``), the Windows icon
(``make_icon.py``) and version resource (``make_version_file.py``), then runs PyInstaller on
``passerelles.spec``. Prints the folder, its size and its executables.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bundle_resources import resource_files  # noqa: E402
from make_icon import write_icon  # noqa: E402
from make_version_file import write_version_file  # noqa: E402


def stage(work: Path) -> Path:
    folder = work / "stage"
    folder.mkdir(parents=True, exist_ok=True)
    files = [(str(source), target) for source, target in resource_files(ROOT, folder)]
    (folder / "resources.json").write_text(json.dumps(files, indent=1), encoding="utf-8")
    write_icon(folder / "passerelles.ico")
    write_version_file(folder / "version.txt")
    return folder


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    staged = stage(work)
    env = {**os.environ, "PASSERELLES_BUNDLE_STAGE": str(staged)}
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(HERE / "passerelles.spec")],
                   check=True, env=env, cwd=ROOT)
    return dist / "Passerelles"


def main() -> int:
    parser = argparse.ArgumentParser(description="Construit le dossier de l'application (PyInstaller --onedir).")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="dossier de sortie (dist/ par défaut)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle", help="dossier de travail")
    args = parser.parse_args()
    bundle = build(args.dist.resolve(), args.work.resolve())
    executables = sorted(p.name for p in bundle.iterdir() if p.is_file())
    print(f"{bundle}  {folder_size(bundle) / 1e6:.0f} Mo  {', '.join(executables)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
