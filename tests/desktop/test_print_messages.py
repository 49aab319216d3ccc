"""Issue 22: why a printout could not be made is said in the window's language (``PrintMessage``), and
a PDF that cannot be written says the file's fault, never the system's English text."""

from __future__ import annotations

import pytest

from desktop.printing.paging import PageSetup, PrintError, write_pdf
from desktop.printing.print_messages import PrintMessage, unknown_printer


def test_a_print_error_is_french_for_the_command_line_and_english_for_the_english_window():
    error = PrintError(PrintMessage("nothing_matches"))
    assert str(error) == "Rien à imprimer : aucune fiche ne correspond."
    assert error.in_language("en") == "Nothing to print: no record matches."
    printers = unknown_printer("Bureau 2", [])
    assert str(printers) == "Imprimante inconnue : « Bureau 2 ». Imprimantes installées : aucune."
    assert printers.in_language("en") == "Unknown printer: “Bureau 2”. Installed printers: none."


def test_a_pdf_that_cannot_be_written_names_the_file_in_the_window_s_language(qapp, tmp_path):
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    missing = tmp_path / "notes.txt" / "fiche.pdf"   # a « folder » that is a file
    with pytest.raises(PrintError) as caught:
        write_pdf(missing, [("Fiche", "<p>Busan</p>")], PageSetup("Ville de Lyon"))
    french, english = str(caught.value), caught.value.in_language("en")
    assert "notes.txt" in french and "notes.txt" in english   # the file in the way is named
    assert french != english
    assert not any(word in french + english for word in ("Errno", "Not a directory", "directory"))
