"""The catalogue lock raced by many processes: exactly one holds it, even when it starts stale."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time

import pytest
from passerelles_testing import ROOT

from db.lock import lock_path

pytestmark = pytest.mark.faults

CONTENDER = """
import os, sys, time
from pathlib import Path
from db.lock import CatalogLock
catalogue, results, go, stop = map(Path, sys.argv[1:5])
while not go.exists():
    time.sleep(0.001)
lock = CatalogLock(catalogue)
holder = lock.acquire()
tmp = results / f".{os.getpid()}"
tmp.write_text("held" if holder is None else f"refused:{holder.pid}")
os.replace(tmp, results / str(os.getpid()))
if holder is None:
    while not stop.exists():
        time.sleep(0.01)
    lock.release()
"""


def _race(tmp_path, contenders: int) -> dict[int, str]:
    catalogue = tmp_path / "c.sqlite"
    results = tmp_path / "results"
    results.mkdir()
    go, stop = tmp_path / "go", tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [subprocess.Popen([sys.executable, "-c", CONTENDER, str(catalogue), str(results), str(go), str(stop)],
                              env=env, cwd=ROOT) for _ in range(contenders)]
    try:
        time.sleep(0.5)  # let every interpreter start and wait for the signal
        go.touch()
        deadline = time.monotonic() + 60
        while len(list(results.glob("[0-9]*"))) < contenders and time.monotonic() < deadline:
            time.sleep(0.05)
        outcome = {int(p.name): p.read_text() for p in results.glob("[0-9]*")}
    finally:
        stop.touch()
        for p in procs:
            p.wait(timeout=60)
    return outcome


@pytest.mark.parametrize("start", ["free", "stale"])
def test_many_processes_race_for_the_lock_and_one_wins(tmp_path, start):
    if start == "stale":  # left by a process killed on this computer
        lock_path(tmp_path / "c.sqlite").write_text(json.dumps(
            {"host": socket.gethostname(), "user": "moi", "pid": 2 ** 22 + 12345, "time": "2026-01-01T00:00:00+00:00"}))
    outcome = _race(tmp_path, 12)
    assert len(outcome) == 12
    holders = [pid for pid, text in outcome.items() if text == "held"]
    assert len(holders) == 1, outcome
    refused_by = {text.split(":")[1] for text in outcome.values() if text != "held"}
    assert refused_by == {str(holders[0])}  # everyone else was told who holds it
    assert not lock_path(tmp_path / "c.sqlite").exists()  # released by the winner
