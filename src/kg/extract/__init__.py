"""Arabic press release → facts with provenance, as a pipeline of small stages."""
