"""Views of the desktop application: windows, dialogs and wizards."""
