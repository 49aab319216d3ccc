"""Why a cell or a row was not taken as it is, in French and English.

A ``Reason`` is a ``str`` (its French text), so reports, the command line and the JSON of a plan
keep working with plain strings; it also remembers its message key and parameters, so the window
can show it in English: ``reason_text(problem.reason, "en")``. Parameters may themselves be
reasons (or anything with ``in_language``) and are rendered in the same language.
"""

from __future__ import annotations

from typing import Any

# key -> (French, English); parameters in {braces}
MESSAGES: dict[str, tuple[str, str]] = {
    "plain": ("{text}", "{text}"),
}


class Reason(str):
    """French text of a message, remembering how to say it in English."""

    __slots__ = ("key", "params")

    def __new__(cls, key: str, **params: Any) -> Reason:
        self = super().__new__(cls, _render(key, params, "fr"))
        self.key = key
        self.params = params
        return self

    def in_language(self, language: str) -> str:
        return str(self) if language != "en" else _render(self.key, self.params, "en")

    def __reduce__(self):
        return (_rebuild, (self.key, self.params))


def _rebuild(key: str, params: dict) -> Reason:
    return Reason(key, **params)


class Localized:
    """A parameter computed per language (e.g. a pydantic error worded by ``error_message``)."""

    __slots__ = ("_make",)

    def __init__(self, make):
        self._make = make

    def in_language(self, language: str) -> str:
        return self._make(language)

    def __str__(self) -> str:
        return self._make("fr")


def _render(key: str, params: dict, language: str) -> str:
    fr, en = MESSAGES[key]
    values = {k: (v.in_language(language) if hasattr(v, "in_language") else v) for k, v in params.items()}
    return (en if language == "en" else fr).format(**values)


def reason_text(reason: Any, language: str = "fr") -> str:
    """The reason in ``language``; plain strings (older plans, free text) are returned as they are."""
    method = getattr(reason, "in_language", None)
    return method(language) if method is not None else str(reason)
