"""Printing: report data (``db.reports``) → HTML → QTextDocument → pages on a printer, a preview or a PDF.

``desktop.printing.actions`` holds the entry points for the main window and the command line.
"""
