"""A throwaway PostgreSQL server for tests and benchmarks: initdb + pg_ctl on a temporary folder.

``ThrowawayServer.start()`` finds the server's programs (``pg_ctl`` on PATH, else Debian's
``/usr/lib/postgresql/<version>/bin``), creates a cluster in a temporary folder, listens on a free
loopback port only (and a Unix socket inside the folder), trusts local connections and turns off
durability (fsync, full-page writes): the data is thrown away anyway. ``stop()`` stops it and
removes the folder. As root, the cluster belongs to the ``postgres`` system account (the server
refuses to run as root) and its programs run through ``runuser``.

``unavailable()`` says in one French sentence why no server can be started here, or ``None``.

Run it by hand to try the application on a server::

    uv run python tests/pg_server.py          # prints the catalogue URL, Ctrl+C stops the server
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "passerelles"
PASSWORD = "passerelles-test"


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _run_as() -> list[str] | None:
    """Prefix that runs a program as the account owning the cluster ([] when not root)."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return None
    runuser = shutil.which("runuser")
    return [runuser, "-u", "postgres", "--"] if runuser else None


def unavailable() -> str | None:
    """Why no throwaway server can run here (a sentence), or None."""
    if _bin_dir() is None:
        return ("serveur PostgreSQL absent (paquets Debian « postgresql postgresql-contrib » : "
                "initdb et pg_ctl introuvables)")
    if _run_as() is None:
        return "lancé en root sans compte « postgres » ni runuser : initdb refuse de tourner en root"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "pilote psycopg absent"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def make_certificates(folder: Path, name: str = "ca") -> tuple[Path, Path, Path]:
    """A certificate authority and a server certificate for 127.0.0.1 signed by it (openssl):
    (CA certificate, server certificate, server key)."""
    ca_key, ca, key, request, cert = (folder / f"{name}.key", folder / f"{name}.crt", folder / "server.key",
                                      folder / "server.csr", folder / "server.crt")
    run = lambda *args: subprocess.run(["openssl", *args], check=True, capture_output=True)  # noqa: E731
    run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN=Passerelles test {name}",
        "-keyout", str(ca_key), "-out", str(ca))
    run("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(request))
    extensions = folder / "san.cnf"
    extensions.write_text("subjectAltName = IP:127.0.0.1\n")
    run("x509", "-req", "-in", str(request), "-CA", str(ca), "-CAkey", str(ca_key), "-CAcreateserial", "-days", "2",
        "-extfile", str(extensions), "-out", str(cert))
    return ca, cert, key


class ThrowawayServer:
    """One PostgreSQL cluster in a temporary folder, on 127.0.0.1:<port>. ``tls=True``: it accepts
    TCP connections only with TLS (``hostssl``), with a certificate for 127.0.0.1 signed by the
    authority ``self.ca`` (openssl needed)."""

    def __init__(self, tls: bool = False) -> None:
        self.bin = _bin_dir()
        self.prefix = _run_as()
        self.folder: Path | None = None
        self.port = 0
        self._options = ""
        self.tls = tls
        self.ca: Path | None = None

    def _run(self, program: str, *args: str) -> None:
        subprocess.run([*self.prefix, str(self.bin / program), *args], check=True,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=self.folder)

    def start(self) -> ThrowawayServer:
        # The folder must be reachable by the postgres account when running as root.
        self.folder = Path(tempfile.mkdtemp(prefix="passerelles-pg-"))
        data = self.folder / "data"
        if self.prefix:
            entry = pwd.getpwnam("postgres")
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        os.chmod(self.folder, 0o755)
        pwfile = self.folder / "pwfile"
        pwfile.write_text(PASSWORD + "\n")
        if self.prefix:
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        # The Unix socket (the fixtures' own statements) is trusted; TCP (the application) needs
        # the password, so that a wrong one can be tested.
        self._run("initdb", "-D", str(data), "-U", SUPERUSER, "--auth-local=trust", "--auth-host=scram-sha-256",
                  f"--pwfile={pwfile}", "--encoding=UTF8", "--no-locale", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off -c full_page_writes=off "
                   "-c synchronous_commit=off -c max_connections=100 -c shared_buffers=64MB -c jit=off -c autovacuum=off "
                   "-c wal_level=minimal -c max_wal_senders=0")
        if self.tls:
            options += self._enable_tls(data)
        self._options = options
        for _attempt in range(3):
            self.port = _free_port()
            try:
                self.resume()
                return self
            except subprocess.CalledProcessError:
                time.sleep(0.2)  # the port was taken meanwhile: try another one
        raise RuntimeError("le serveur PostgreSQL de test n'a pas démarré : " + self.log_tail())

    def _enable_tls(self, data: Path) -> str:
        self.ca, cert, key = make_certificates(self.folder)
        (data / "pg_hba.conf").write_text("local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n")
        if self.prefix:
            entry = pwd.getpwnam("postgres")
            for path in (cert, key, data / "pg_hba.conf"):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        os.chmod(key, 0o600)
        return f" -c ssl=on -c ssl_cert_file={cert} -c ssl_key_file={key}"

    def halt(self) -> None:
        """Stop the server as a crash or a restart would (every connection cut), keeping its data."""
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        """Start the server (again) on its port."""
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "server.log"), "-w",
                  "-t", "30", "-o", f"-p {self.port} {self._options}", "start")

    def log_tail(self) -> str:
        with contextlib.suppress(OSError):
            return (self.folder / "server.log").read_text(errors="replace")[-2000:]
        return ""

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = PASSWORD) -> str:
        secret = f":{password}" if password is not None else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run statements outside a transaction (CREATE/DROP DATABASE) as the superuser, by the socket."""
        import psycopg

        with psycopg.connect(host=str(self.folder), port=self.port, user=SUPERUSER, dbname=database,
                             autocommit=True) as conn:
            conn.execute(sql)

    def stop(self) -> None:
        if self.folder is None:
            return
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


if __name__ == "__main__":
    reason = unavailable()
    if reason:
        raise SystemExit(reason)
    server = ThrowawayServer().start()
    server.execute("CREATE DATABASE passerelles")
    print(server.url("passerelles"), flush=True)
    print("(Ctrl+C arrête le serveur et efface ses données)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
