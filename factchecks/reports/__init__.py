"""Trend reports' figures: periods, the SQL aggregation and its slow twin, the privacy floor."""
