"""Arabic language data (word lists and patterns), kept apart from code."""
