"""Views of the desktop application: main window, lists, dialogs."""
