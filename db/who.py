"""Who is at the keyboard: the login name used for authorship stamps and the catalogue lock."""

from __future__ import annotations

import getpass


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "inconnu"
