"""Running SPARQL safely: what a query may reach, and work that can be stopped."""
