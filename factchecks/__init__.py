"""factchecks package."""
