"""Helpers of the fault suite (tests/faults): counts and checks read without writing, a child
process killed with SIGKILL at a chosen point, and read-only files and folders that hold even for
root (a private read-only bind mount, via ``unshare -m``) — or a skip that says why."""

from __future__ import annotations

import functools
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from passerelles_testing import ROOT

CHILD = Path(__file__).parent / "faults" / "fault_child.py"
TABLES = ("partners", "agreements", "contacts", "events", "followups", "interactions")


def _ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def counts(path: Path) -> dict[str, int]:
    """Rows per table of a catalogue, read without writing to it."""
    con = _ro(path)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def integrity(path: Path) -> str:
    con = _ro(path)
    try:
        return "\n".join(r[0] for r in con.execute("PRAGMA integrity_check"))
    finally:
        con.close()


def child_env() -> dict:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}


def kill_at_marker(args: list[str], marker: Path, timeout: float = 120) -> None:
    """Run ``fault_child.py ARGS``; SIGKILL it as soon as it creates ``marker`` (it then waits)."""
    proc = subprocess.Popen([sys.executable, str(CHILD), *args, str(marker)], env=child_env(), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + timeout
    while not marker.exists():
        if proc.poll() is not None:
            out, err = proc.communicate()
            raise AssertionError(f"the child ended before the kill point: {out}\n{err}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("the child never reached the kill point")
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL


def kill_after(argv: list[str], delay: float) -> bool:
    """Run ``argv``; SIGKILL it ``delay`` seconds later, wherever it is. True when it was killed,
    False when it had already ended (it then must have succeeded)."""
    proc = subprocess.Popen(argv, env=child_env(), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        out, err = proc.communicate(timeout=delay)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
        return True
    assert proc.returncode == 0, f"ended before the kill, and failed: {out}\n{err}"
    return False


def fault_seed() -> int:
    """The seed of the random kill times: ``PASSERELLES_FAULT_SEED`` to replay a run, else a new one
    (each test names it in its failure message)."""
    return int(os.environ.get("PASSERELLES_FAULT_SEED") or time.time_ns() % 1_000_000)


@functools.cache
def _bind_mounts_work() -> str:
    """'' when a private read-only bind mount can be made here, else why not."""
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return "unshare ou mount absent"
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        probe = subprocess.run(["unshare", "-m", "sh", "-c",
                                'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && ! touch "$1/x" 2>/dev/null',
                                "sh", folder], capture_output=True, text=True)
        return "" if probe.returncode == 0 else f"montage en lecture seule impossible ici ({probe.stderr.strip()[:80]})"


def read_only_command(target: Path, argv: list[str]) -> list[str]:
    """``argv`` run with ``target`` (a file or a folder) read-only even for root; skips when impossible.

    As root, permissions do not stop writes, so a private read-only bind mount is used (it exists
    only inside that process's mount namespace). As another user, plain permissions are used."""
    if os.geteuid() != 0:
        target.chmod(0o555 if target.is_dir() else 0o444)
        return argv
    why = _bind_mounts_work()
    if why:
        pytest.skip(f"dossier ou fichier en lecture seule non simulable en root : {why}")
    return ["unshare", "-m", "sh", "-c", 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"',
            "sh", str(target), *argv]


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", *args]


def run(argv: list[str], **kwargs) -> subprocess.CompletedProcess:
    """``argv`` in a new process; the command line (``cli(...)``) in one that starts warm (``cli_runner``,
    whose processes already have the project and the tests on their path)."""
    def real():
        return subprocess.run(argv, capture_output=True, text=True, env=child_env(), cwd=ROOT, timeout=180, **kwargs)

    if argv[:3] == cli() and not kwargs:
        from cli_runner import run_warm

        return run_warm(tuple(argv[3:]), None, ROOT, 180, real)
    return real()


def limited(max_bytes: int):
    """preexec_fn: the child may not write files larger than ``max_bytes`` (RLIMIT_FSIZE); Python
    ignores SIGXFSZ, so writes fail with EFBIG instead of killing the process."""
    def apply():
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))
    return apply


def assert_plain(stderr: str) -> None:
    """A message for people: no traceback, SQL, parameters or links."""
    for leak in ("Traceback", "SELECT", "INSERT", "UPDATE ", "[SQL", "parameters", "http", "sqlalche.me"):
        assert leak not in stderr, (leak, stderr)
    assert stderr.strip(), "no message at all"
