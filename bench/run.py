"""Run every benchmark of the project: each measurement beside a baseline measured in the same run.

    uv run python bench/run.py [--size N] [--only NAME] [--json FILE] [--save] [--compare]

``--save`` appends the run's ratios and peak memory, with the commit and the machine, to
``bench/history.jsonl`` (kept in the repository); ``--compare`` prints every measurement whose ratio
(or peak memory) is worse than the best recorded at the same size by more than 10 %, and exits 1
if there is one. ``--results FILE`` saves or compares the results of an earlier ``--json FILE``
instead of running the benchmarks again.

Each ``bench/bench_*.py`` module defines ``measure(ctx) -> list[dict]`` with, per measurement:
``name``, ``seconds``, ``baseline`` (what the baseline is), ``baseline_seconds``, ``target``
(the largest acceptable ratio seconds / baseline_seconds) and ``peak_mb`` (or None); ``limit_mb``
when the peak memory has a limit of its own.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import history

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class Context:
    size: int
    workdir: Path
    only: str | None = None
    _catalogs: dict[int, Path] = field(default_factory=dict)

    def catalog(self, size: int | None = None) -> Path:
        """Path of a generated catalogue with ``size`` partners (cached under bench/out/)."""
        from generate import generate_catalog

        size = size or self.size
        if size not in self._catalogs:
            self._catalogs[size] = generate_catalog(self.workdir / f"catalogue-{size}.sqlite", size)
        return self._catalogs[size]


def modules(only: str | None) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if only:
        # a measurement's name starts with its module's subject ("real.linkedin": bench_real_shapes)
        found = [m for m in found if only in m.stem] or [m for m in found if only.split(".")[0] in m.stem] or found
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=100_000, help="partners in generated catalogues (default 100000)")
    parser.add_argument("--only", help="run only the benchmarks whose module or measurement name contains this")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--workdir", type=Path, default=HERE / "out", help="scratch folder (default bench/out)")
    parser.add_argument("--save", action="store_true", help="append this run to bench/history.jsonl")
    parser.add_argument("--compare", action="store_true",
                        help="print the measurements worse than the best recorded by more than 10 %% (exit 1 if any)")
    parser.add_argument("--same-machine", action="store_true", help="--compare only with runs of this machine")
    parser.add_argument("--with-busy", action="store_true",
                        help="--compare also with runs saved while the machine was busy (load above 1 per core)")
    parser.add_argument("--results", type=Path, help="save or compare the results of an earlier --json FILE "
                        "instead of running the benchmarks")
    parser.add_argument("--history", type=Path, default=history.HISTORY, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.results:
        earlier = json.loads(args.results.read_text(encoding="utf-8"))
        size, results = earlier["size"], earlier["results"]
    else:
        size, results = args.size, run(args)
    if args.json and not args.results:
        args.json.write_text(json.dumps({"size": size, "results": results}, indent=2, ensure_ascii=False))
    status = 0
    if args.compare:
        status = compare(size, results, args)
    if args.save:
        history.save(history.entry(size, results, HERE.parent), args.history)
        print(f"saved to {args.history} ({len(results)} measurements, size {size})")
    return status


def compare(size: int, results: list[dict], args) -> int:
    """Print the slips of ``results`` against the history; 1 if there is one."""
    runs = history.load(args.history)
    found, compared = history.slips(results, size, runs, history.machine() if args.same_machine else None,
                                    with_busy=args.with_busy)
    left = "" if args.with_busy else f", {sum(history.busy(r) for r in runs)} of a busy machine left out"
    print(f"\ncompared with {args.history.name} ({len(runs)} runs{left}; {compared} of {len(results)} measurements "
          f"recorded at size {size}):")
    if (history.load_per_core() or 0) > 1:
        print(f"  (this machine is busy now: load {history.load_per_core()} per core; wall ratios are noisy)")
    for slip in found:
        print(f"  SLIP {slip}")
    for r in results:
        if "error" in r:
            print(f"  FAILED {r['name']}: {r['error']}")
    if not found:
        print(f"  no measurement is more than {history.SLIP:.0%} worse than its best")
    return 1 if found else 0


def run(args) -> list[dict]:
    """Run the benchmarks and print one line per measurement; their results."""
    args.workdir.mkdir(parents=True, exist_ok=True)
    ctx = Context(size=args.size, workdir=args.workdir, only=args.only)
    results: list[dict] = []
    print(f"{'benchmark':44} {'seconds':>9} {'baseline':>9} {'ratio':>6} {'target':>6} {'peak MB':>8}  baseline")
    for path in modules(args.only):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        started = time.perf_counter()
        try:
            measured = module.measure(ctx)
        except Exception as exc:  # one broken benchmark must not hide the others
            print(f"{path.stem:44} FAILED: {type(exc).__name__}: {exc}")
            results.append({"name": path.stem, "error": f"{type(exc).__name__}: {exc}"})
            continue
        for r in measured:
            if args.only and args.only not in path.stem and args.only not in r["name"]:
                continue
            ratio = r["seconds"] / r["baseline_seconds"] if r["baseline_seconds"] else float("inf")
            r["ratio"] = round(ratio, 3)
            heavy = r.get("limit_mb") is not None and (r.get("peak_mb") or 0) > r["limit_mb"]
            r["met"] = ratio <= r["target"] and not heavy
            peak = f"{r['peak_mb']:.0f}" if r.get("peak_mb") is not None else "-"
            flag = ("" if ratio <= r["target"] else "  << above target") + \
                (f"  << above the {r['limit_mb']} MB limit" if heavy else "")
            print(f"{r['name']:44} {r['seconds']:9.3f} {r['baseline_seconds']:9.3f} {ratio:6.2f} {r['target']:6.2f} "
                  f"{peak:>8}  {r['baseline']}{flag}")
            results.append(r)
        print(f"  ({path.stem}: {time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return results


if __name__ == "__main__":
    sys.exit(main())
