"""Item models of the desktop application (table models over paged SQL)."""
