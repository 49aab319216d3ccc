"""Passerelles catalogue: models, validation, services and interchange. Never imports Qt."""

__version__ = "0.1.0"
