"""The benchmark history kept in the repository (``bench/history.jsonl``): save a run, find slips.

One line per saved run: when, the commit (``-dirty`` when the work tree had changes), the machine,
the size (``--size``), and per measurement its ratio to the baseline of the same run, its seconds,
its baseline's seconds, its target and its peak memory. Ratios are what is compared: they hold
from one machine to another far better than seconds do. A measurement is only compared with the
records of the same name at the same size.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import math
import os
import platform
import subprocess
from dataclasses import dataclass
from pathlib import Path

HISTORY = Path(__file__).resolve().parent / "history.jsonl"
SLIP = 0.10  # a ratio (or a peak) worse than the best recorded by more than this is a slip


def commit(root: Path) -> str:
    """The short hash of HEAD, with ``-dirty`` when tracked files differ from it (the history file
    itself left out); ``unknown`` outside a git work tree."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True,
                              timeout=30).stdout.strip()

    try:
        head = git("rev-parse", "--short=10", "HEAD")
        changed = git("status", "--porcelain", "--untracked-files=no", "--", ".", f":!{HISTORY.relative_to(root)}")
    except (OSError, subprocess.SubprocessError, ValueError):
        return "unknown"
    return head + ("-dirty" if changed else "")


def machine() -> str:
    """The processor, its cores and the memory: what a ratio may depend on."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as info:
            model = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), model)
    except OSError:
        pass
    memory = ""
    with contextlib.suppress(AttributeError, ValueError, OSError):
        memory = f", {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB"
    return f"{platform.system()} {platform.machine()}, {model}, {os.cpu_count()} cores{memory}"


def _number(value):
    """Floats rounded; infinities (a target without limit) as null, which strict JSON readers accept."""
    if isinstance(value, float):
        return round(value, 4) if math.isfinite(value) else None
    return value


def entry(size: int, results: list[dict], root: Path) -> dict:
    """The history line of one run."""
    kept = []
    for r in results:
        if "error" in r:
            kept.append({"name": r["name"], "error": r["error"]})
            continue
        kept.append({key: _number(r[key]) for key in ("name", "ratio", "seconds", "baseline_seconds", "target",
                                                       "peak_mb", "limit_mb", "cpu_seconds", "baseline_cpu_seconds")
                     if key in r})
    return {"date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "commit": commit(root),
            "machine": machine(), "python": platform.python_version(), "load": load_per_core(), "size": size,
            "results": kept}


def load_per_core() -> float | None:
    """The load average of the last 5 minutes per core (above 1: other work waited for a core too)."""
    try:
        return round(os.getloadavg()[1] / (os.cpu_count() or 1), 2)
    except (AttributeError, OSError):
        return None


def busy(run: dict) -> bool:
    """A run recorded while the machine was busy with other work: its wall ratios are noise, and
    a lucky one would stand as a best that no quiet run can reach."""
    return (run.get("load") or 0) > 1


def load(path: Path = HISTORY) -> list[dict]:
    if not path.exists():
        return []
    runs = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                runs.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not a JSON line ({exc})") from exc
    return runs


def save(run: dict, path: Path = HISTORY) -> None:
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(run, ensure_ascii=False) + "\n")


@dataclass
class Slip:
    name: str
    what: str          # "ratio" or "peak MB"
    now: float
    best: float
    best_commit: str
    best_date: str

    def __str__(self) -> str:
        worse = (self.now / self.best - 1) * 100
        return (f"{self.name:52} {self.what:8} {self.now:8.2f} vs best {self.best:8.2f} (+{worse:.0f} %)"
                f"  [{self.best_commit}, {self.best_date[:10]}]")


def bests(runs: list[dict], size: int, same_machine: str | None = None,
          with_busy: bool = False) -> dict[tuple[str, str], tuple[float, dict]]:
    """Per (measurement name, "ratio" / "peak MB"): the lowest value recorded at ``size``, and its
    run (runs of a busy machine left out unless ``with_busy``)."""
    found: dict[tuple[str, str], tuple[float, dict]] = {}
    for run in runs:
        if run.get("size") != size or (same_machine and run.get("machine") != same_machine):
            continue
        if busy(run) and not with_busy:
            continue
        for r in run.get("results", []):
            for key, what in (("ratio", "ratio"), ("peak_mb", "peak MB")):
                value = r.get(key)
                if not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
                    continue
                if (r["name"], what) not in found or value < found[(r["name"], what)][0]:
                    found[(r["name"], what)] = (value, run)
    return found


def _limited(target) -> bool:
    return isinstance(target, (int, float)) and math.isfinite(target)


def slips(results: list[dict], size: int, runs: list[dict], same_machine: str | None = None,
          tolerance: float = SLIP, with_busy: bool = False) -> tuple[list[Slip], int]:
    """The measurements of ``results`` whose ratio (or peak memory) is worse than the best of
    ``runs`` by more than ``tolerance``; and how many measurements had a record to compare with."""
    best = bests(runs, size, same_machine, with_busy)
    found, compared = [], 0
    for r in results:
        seen = False
        for key, what in (("ratio", "ratio"), ("peak_mb", "peak MB")):
            value = r.get(key)
            if (r.get("name"), what) not in best or not isinstance(value, (int, float)):
                continue
            if key == "ratio" and not _limited(r.get("target")):
                continue  # no speed target (a peak memory measured, a naive peer shown): its ratio says nothing
            seen = True
            low, run = best[(r["name"], what)]
            if value > low * (1 + tolerance):
                found.append(Slip(r["name"], what, value, low, run.get("commit", "?"), run.get("date", "?")))
        compared += seen
    return found, compared
