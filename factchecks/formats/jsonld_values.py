"""JSON-LD values as ClaimReview markup holds them: one value or a list, plain or a value object.

Shared by the ClaimReview reader and its rating reader.
"""

from __future__ import annotations


def as_list(value: object) -> list[object]:
    """`value` as a list: absent is empty, a single value is a list of one."""
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def literal(value: object) -> object:
    """The value of a JSON-LD value object (`{"@value": "Falso", "@language": "es"}`)."""
    if isinstance(value, dict) and "@value" in value:
        return value["@value"]
    return value


def one(value: object) -> object:
    """A single value where schema.org allows several: the first that is not null or blank."""
    for item in as_list(value):
        item = literal(item)
        if item is not None and not (isinstance(item, str) and not item.strip()):
            return item
    return None
