"""Why a printout could not be made, in French and in English: the sentences of ``PrintError``.

A ``PrintMessage`` is the French sentence (the command line prints it) and knows its English
(``in_language("en")``: the English window shows it), as ``db.service_messages.ServiceMessage``
does; a file that cannot be written says ``db.faults.file_fault``'s sentence (never the system's
English text)."""

from __future__ import annotations

from db.faults import KeyedMessage, WordedError

# key -> (French, English)
MESSAGES: dict[str, tuple[str, str]] = {
    "nothing": ("Rien à imprimer.", "Nothing to print."),
    "nothing_matches": ("Rien à imprimer : aucune fiche ne correspond.", "Nothing to print: no record matches."),
    "no_one_to_write": ("Rien à imprimer : aucune personne à qui écrire (les personnes qui s'opposent à être "
                        "contactées sont exclues).",
                        "Nothing to print: no one to write to (people who object to being contacted are left "
                        "out)."),
    "unknown_printer": ("Imprimante inconnue : « {name} ». Imprimantes installées : {installed}.",
                        "Unknown printer: “{name}”. Installed printers: {installed}."),
    "no_printer": ("aucune", "none"),
    "no_default_printer": ("Aucune imprimante par défaut n'est installée ; utilisez --pdf FICHIER.pdf.",
                           "No default printer is installed; use --pdf FILE.pdf."),
    "cannot_open": ("Impossible d'ouvrir l'imprimante ou le fichier PDF pour l'impression.",
                    "The printer or the PDF file could not be opened for printing."),
    "cannot_open_pdf": ("Impossible d'ouvrir le fichier PDF pour l'impression.",
                        "The PDF file could not be opened for printing."),
    "new_page": ("Impossible de commencer une nouvelle page.", "A new page could not be started."),
}


class PrintMessage(KeyedMessage):
    """The French sentence of a printing failure; ``in_language(lang)`` gives its other wording."""

    WORDINGS = MESSAGES


class PrintError(WordedError):
    """Printing failed; ``str`` is the French sentence, ``in_language(lang)`` the window's."""


def unknown_printer(name: str, installed: list[str]) -> PrintError:
    from db.faults import Localized

    listed = Localized(lambda language: ", ".join(installed) or MESSAGES["no_printer"][language == "en"])
    return PrintError(PrintMessage("unknown_printer", name=name, installed=listed))
