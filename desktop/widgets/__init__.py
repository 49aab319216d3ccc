"""Reusable field widgets of the record forms: dates, pickers, lists, phones, error labels."""
