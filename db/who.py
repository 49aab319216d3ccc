"""Who is at the keyboard: the name stamped on changes (``created_by``, ``updated_by``, history)
and written in the catalogue lock.

On a local file it is the computer's login name. On a server catalogue the database account is
what the server vouches for, and the login name tells apart the people of an office who share one
account: the stamp is ``login (account)``, or the account alone when the two are the same name
(compared without case), so that ``anne`` logged in as ``anne`` stays ``anne``.
"""

from __future__ import annotations

import getpass


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "inconnu"


def server_author(account: str, login: str | None = None) -> str:
    """The stamp of changes made through the server account ``account`` by ``login`` (this computer's)."""
    login = login if login is not None else current_user()
    if not account or account.casefold() == login.casefold():
        return account or login
    return f"{login} ({account})"
