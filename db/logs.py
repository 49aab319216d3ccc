"""Rotating log file in the user's log directory; used for unexpected errors (CLI and window)."""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path


def log_dir() -> Path:
    from platformdirs import user_log_path

    override = os.environ.get("PASSERELLES_LOG_DIR")
    return Path(override) if override else user_log_path("Passerelles", appauthor=False)


def logger() -> logging.Logger:
    """The application's logger, writing to ``log_dir()`` (followed if it changes, as in tests)."""
    log = logging.getLogger("passerelles")
    wanted = str((log_dir() / "passerelles.log").absolute())
    for h in list(log.handlers):
        if isinstance(h, logging.handlers.RotatingFileHandler) and h.baseFilename != wanted:
            log.removeHandler(h)
            h.close()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in log.handlers):
        try:
            directory = log_dir()
            directory.mkdir(parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(directory / "passerelles.log", maxBytes=1_000_000,
                                                           backupCount=5, encoding="utf-8")
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            log.addHandler(handler)
            log.setLevel(logging.INFO)
        except OSError:
            pass
    return log


def log_exception(exc: BaseException) -> str:
    """Write the full report to the log; return where it went."""
    report = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    logger().error("unexpected error\n%s", report)
    return str(log_dir() / "passerelles.log")
