"""argparse in French: its own words ("usage:", "options", "show this help message and exit", the
error messages) are read through ``argparse._`` / ``argparse.ngettext``; ``FrenchParser`` swaps them
for French ones while it builds, formats and parses, and restores them afterwards.

Every parser of the command line is a ``FrenchParser`` (sub-commands inherit the class), so a new
command is in French without doing anything.
"""

from __future__ import annotations

import argparse
import contextlib
import sys

FRENCH = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version et quitter",
    "subcommands": "commandes",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "valeur ignorée : %r",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "au plus une valeur est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "unexpected option string: %s": "option inattendue : %s",
    "invalid %(type)s value: %(value)r": "valeur incorrecte (%(type)s) : %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix incorrect : %(value)r (choisir parmi %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "commande inconnue %(parser_name)r (choix : %(choices)s)",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "cannot have multiple subparser arguments": "une seule liste de commandes est possible",
    "unexpected option string: %s ": "option inattendue : %s",
}
FRENCH_PLURAL = {"expected %s argument": "%s valeur(s) attendue(s)"}


# Names argparse shows for a value when a command gives no metavar: the option's name in capitals,
# or a positional's name. Commands keep English option names (a stable interface); the value they
# stand for is named in French.
METAVARS = {
    "db": "CATALOGUE", "days": "JOURS", "owner": "RESPONSABLE", "today": "DATE", "kind": "type",
    "search": "TEXTE", "limit": "N", "id": "identifiant", "text": "texte", "file": "fichier",
    "sheet": "FEUILLE", "profile": "PROFIL", "problems": "FICHIER.xlsx", "pdf": "FICHIER.pdf",
    "printer": "IMPRIMANTE", "language": "LANGUE", "document": "document", "reference": "référence",
}


class FrenchHelpFormatter(argparse.HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return METAVARS.get(action.dest, action.dest.upper())

    def _get_default_metavar_for_positional(self, action):
        return METAVARS.get(action.dest, action.dest)


def _gettext(text: str) -> str:
    return FRENCH.get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular in FRENCH_PLURAL:
        return FRENCH_PLURAL[singular]
    return _gettext(singular if n == 1 else plural)


_english_action_name = argparse._get_action_name


def _action_name(action):
    """How errors name an argument: a positional without metavar by its French name, as the help does."""
    if action is not None and not action.option_strings and action.metavar is None and action.dest in METAVARS:
        return METAVARS[action.dest]
    return _english_action_name(action)


@contextlib.contextmanager
def french():
    """argparse speaks French inside this block."""
    saved = argparse._, argparse.ngettext, argparse._get_action_name
    argparse._, argparse.ngettext, argparse._get_action_name = _gettext, _ngettext, _action_name
    try:
        yield
    finally:
        argparse._, argparse.ngettext, argparse._get_action_name = saved


class FrenchParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and errors are in French; errors exit with code 2."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", FrenchHelpFormatter)
        with french():
            super().__init__(*args, **kwargs)

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("title", "commandes")
        with french():
            return super().add_subparsers(**kwargs)

    def add_argument(self, *args, **kwargs):
        if kwargs.get("action") == "version":
            kwargs.setdefault("help", FRENCH["show program's version number and exit"])
        return super().add_argument(*args, **kwargs)

    def parse_args(self, args=None, namespace=None):
        with french():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with french():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with french():
            return super().format_usage()

    def format_help(self) -> str:
        with french():
            return super().format_help()

    def error(self, message: str):
        with french():
            self.print_usage(sys.stderr)
            self.exit(2, _gettext("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": message})
