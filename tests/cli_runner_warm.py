"""Imported by the server process of ``cli_runner`` (``set_forkserver_preload``): warms it up."""

from cli_runner import warm

warm()
