"""Errors raised while reading fact-check import files.

FormatError      the whole file is rejected (unknown type, unreadable, not UTF-8, not JSON, a
                 bad CSV header): nothing from it is imported, so nothing is half-imported
InvalidRecord    one record is rejected; the parsers catch it and report a `RecordError`
                 (position and reason) while the file's other records are kept
"""

from __future__ import annotations

from pathlib import Path


class FormatError(Exception):
    """A whole import file that cannot be used: the file, and a reason a person can act on."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class InvalidRecord(Exception):
    """One record that cannot be imported; `reason` names the offending field or value."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)
