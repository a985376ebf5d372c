"""A knowledge graph of Arab security cooperation built from Arabic press releases."""

__version__ = "0.16.167"
