"""Score the extractor against hand-made gold annotations (data/gold/)."""
