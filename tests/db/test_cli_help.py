"""``passerelles --help`` and every command's help and errors are in French, argparse's own words included."""

from __future__ import annotations

import re

import pytest
from passerelles_testing import run_cli

from db.cli import build_parser

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)
ENGLISH = re.compile(r"usage:|positional arguments|optional arguments|show this help|show program's|"
                     r"error:|invalid choice|required:|unrecognized|expected (?:one|at)", re.I)


def test_main_help_is_french_and_lists_every_command():
    done = run_cli("--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("utilisation : passerelles")
    assert "afficher cette aide et quitter" in done.stdout and "afficher la version et quitter" in done.stdout
    assert not ENGLISH.search(done.stdout), done.stdout
    listed = set(re.findall(r"^    (\S+)", done.stdout, re.M))
    assert {"print", "import", "export", "init", "list", "show", "search", "agenda", "imports"} <= listed
    assert set(COMMANDS) <= listed


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_is_french(command):
    done = run_cli(command, "--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"utilisation : passerelles {command}"), done.stdout
    assert "afficher cette aide et quitter" in done.stdout
    assert not ENGLISH.search(done.stdout), done.stdout


@pytest.mark.parametrize(("args", "expected"), [
    (["commande-inconnue"], "choix incorrect : 'commande-inconnue'"),
    (["list"], "arguments obligatoires manquants : type"),
    (["agenda", "--days", "trente"], "argument --days : valeur incorrecte"),
    (["list", "partner", "--inconnue"], "arguments non reconnus : --inconnue"),
    (["print", "partner", "Busan", "--language", "de"], "choix incorrect : 'de'"),
    (["print"], "arguments obligatoires manquants : document"),
])
def test_argument_errors_are_french(args, expected):
    done = run_cli(*args)
    assert done.returncode == 2
    assert expected in done.stderr and "erreur :" in done.stderr and "utilisation :" in done.stderr, done.stderr
    assert not ENGLISH.search(done.stderr) and "Traceback" not in done.stderr, done.stderr


def test_french_wording_is_kept_to_the_parsers():
    """Parsing with the French parser leaves argparse's own words untouched for everything else."""
    import argparse

    build_parser().parse_args(["list", "partner"])
    assert argparse._("usage: ") == "usage: "
