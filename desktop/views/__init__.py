"""Views of the desktop application: main window, lists, forms, dialogs and wizards."""
