"""Issue 13 benchmarks: the one-folder bundle's start against ``uv run passerelles``, and its size.

Needs a built bundle: ``uv run --group packaging python packaging/build_bundle.py`` (``dist/Passerelles``)
or ``PASSERELLES_BUNDLE_DIR``; without one this module measures nothing and says so.

- bundle.first_start: the first start in this run of ``Passerelles --db demo.sqlite --quit-after-paint``
  (until the main window has painted), after asking the kernel to drop its page cache (root on
  Linux; a sandboxed kernel may ignore it, and the figure is then a warm one); beside ``uv run
  passerelles`` started the same way (``uv run`` checks the environment, then Python imports from
  site-packages). Target: the bundle no more than 1.25 x ``uv run``.
- bundle.warm_start: best of 5 of each, once the files are in the page cache.
- the bundle's size (whole folder, and the two programs) is printed and stored as ``size_mb``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench_desktop import _env
from measure import result

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if os.name == "nt" else ""


def _bundle() -> Path | None:
    folder = Path(os.environ.get("PASSERELLES_BUNDLE_DIR", ROOT / "dist" / "Passerelles"))
    return folder if (folder / f"Passerelles{EXE}").is_file() else None


def _run(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} a échoué ({done.returncode}) : {done.stderr[-500:]}")
    return seconds


def _drop_page_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def measure(ctx) -> list[dict]:
    from db.catalog import open_catalog
    from db.demo import load_demo

    bundle = _bundle()
    if bundle is None:
        print("  bench_bundle: pas de bundle construit (packaging/build_bundle.py) : rien à mesurer", file=sys.stderr)
        return []
    uv = shutil.which("uv")
    home = ctx.workdir / "bundle-home"
    shutil.rmtree(home, ignore_errors=True)
    demo = ctx.workdir / "bundle-demo.sqlite"
    if not demo.exists():
        catalog = open_catalog(demo)
        load_demo(catalog)
        catalog.close()
    env = _env(home)
    frozen = [str(bundle / f"Passerelles{EXE}"), "--db", str(demo), "--quit-after-paint"]
    source = ([uv, "run", "--frozen", "passerelles"] if uv else [sys.executable, "-m", "desktop"]) + \
        ["--db", str(demo), "--quit-after-paint"]
    dropped = _drop_page_cache()
    first_frozen = _run(frozen, env)
    dropped = _drop_page_cache() and dropped
    first_source = _run(source, env)
    warm_frozen = min(_run(frozen, env) for _ in range(5))
    warm_source = min(_run(source, env) for _ in range(5))
    total = size_mb(bundle)
    programs = sum((bundle / f"{name}{EXE}").stat().st_size for name in ("Passerelles", "passerelles-cli")) / 1e6
    how = "page cache drop requested" if dropped else "page cache not dropped"
    print(f"  bundle: {total:.0f} MB ({programs:.0f} MB of it the two programs), {how}", file=sys.stderr)
    first = result("bundle.first_start", first_frozen, f"uv run passerelles, first start ({how})", first_source, 1.25)
    # warm, the frozen program pays for reading its modules from one archive without a byte-code cache
    # per file: allowed up to 1.5 x a warm ``uv run``, as long as the first start of the day is faster
    warm = result("bundle.warm_start", warm_frozen, "uv run passerelles, best of 5", warm_source, 1.5)
    for r in (first, warm):
        r["size_mb"] = round(total, 1)
    return [first, warm]
