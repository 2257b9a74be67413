"""Organisations' trend reports: the report folder (HTML, charts, CSV, JSON, Data Package).

The figures and the privacy floor live in `factchecks.reports`; this package only renders them.
"""
