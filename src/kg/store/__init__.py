"""The embedded pyoxigraph store: graph layout, atomic writes, builds and reasoning."""
