"""Data quality: the SHACL shapes of shapes/, checked on every write and over the whole graph."""
