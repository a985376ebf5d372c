"""Plain functions behind the CLI commands."""
