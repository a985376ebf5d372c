"""Arabic press release → facts with provenance, as a pipeline of small stages."""

from kg.extract import compiled

# The modules compiled to C when a build of them matches the sources (kg.extract.compiled).
COMPILED = compiled.use(__path__)
