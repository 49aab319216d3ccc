"""Remembered server passwords, in the operating system's credential store (through ``keyring``).

A password is stored under the service "Passerelles" and the key ``user@host:port/database``;
never in the settings, the recent list, the log or the window. Without a usable store (a Linux
session without a keyring daemon), nothing is remembered and nothing fails: the user types the
password again.
"""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url

SERVICE = "Passerelles"
log = logging.getLogger(__name__)


def key_of(url: str | URL) -> str:
    u = make_url(url)
    return f"{u.username or ''}@{u.host or ''}:{u.port or 5432}/{u.database or ''}"


def _keyring():
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
        return keyring
    except Exception:  # no backend at all, or a broken one
        return None


def available() -> bool:
    """Whether a credential store can keep a password on this computer."""
    return _keyring() is not None


def load(url: str | URL) -> str | None:
    store = _keyring()
    if store is None:
        return None
    try:
        return store.get_password(SERVICE, key_of(url))
    except Exception as exc:  # a locked or broken store: behave as if nothing was remembered
        log.warning("mot de passe mémorisé illisible (%s)", type(exc).__name__)
        return None


def save(url: str | URL, password: str) -> bool:
    """Remember a password; False when no credential store can keep it."""
    store = _keyring()
    if store is None:
        return False
    try:
        store.set_password(SERVICE, key_of(url), password)
        return True
    except Exception as exc:
        log.warning("mot de passe non mémorisé (%s)", type(exc).__name__)
        return False


def with_password(url: str) -> str:
    """A server URL completed with its remembered password (unchanged when it has one or none is kept)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password:
        return url
    password = load(parsed)
    return parsed.set(password=password).render_as_string(hide_password=False) if password else url
