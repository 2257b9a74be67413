"""Index files: versioned JSON, keys tagged by type so save()/load() give back ints, strs, tuples.

Plain JSON would turn a tuple key into a list (unhashable) and cannot tell 1 from "1"; pickle
would run code from a file. Tags: ["i", 1], ["s", "x"], ["b", true], ["n", null], ["t", [...]].
"""

from __future__ import annotations

import json
import os
from collections.abc import Hashable
from typing import Any

from matching.errors import IndexFileError

JsonValue = Any


def encode_key(key: Hashable) -> JsonValue:
    """A JSON-ready tagged form of `key`; TypeError names a key of an unsupported type."""
    if isinstance(key, bool):
        return ["b", key]
    if isinstance(key, int):
        return ["i", key]
    if isinstance(key, str):
        return ["s", key]
    if key is None:
        return ["n", None]
    if isinstance(key, tuple):
        return ["t", [encode_key(item) for item in key]]
    raise TypeError(f"cannot save index key {key!r}: only int, str, bool, None and tuples of them")


def decode_key(value: JsonValue) -> Hashable:
    """The key that `encode_key` turned into `value`; ValueError names a malformed value."""
    match value:
        case ["b", bool() as flag]:
            return flag
        case ["i", int() as number] if not isinstance(number, bool):
            return number
        case ["s", str() as text]:
            return text
        case ["n", None]:
            return None
        case ["t", list() as items]:
            return tuple(decode_key(item) for item in items)
    raise ValueError(f"not an encoded index key: {value!r}")


def write_index_file(path: str | os.PathLike[str], kind: str, payload: dict[str, Any]) -> None:
    """Write `payload` as a versioned JSON document, replacing `path` atomically."""
    document = {"format": kind, "version": 1, **payload}
    target = os.fspath(path)
    temporary = f"{target}.tmp"
    with open(temporary, "w", encoding="utf-8") as file:
        json.dump(document, file, ensure_ascii=False, separators=(",", ":"))
    os.replace(temporary, target)


def read_index_file(path: str | os.PathLike[str], kind: str) -> dict[str, Any]:
    """The JSON document at `path`, checked to be a version-1 `kind` index."""
    target = os.fspath(path)
    try:
        with open(target, encoding="utf-8") as file:
            document = json.load(file)
    except (OSError, ValueError) as error:
        raise IndexFileError(target, str(error)) from error
    if not isinstance(document, dict) or document.get("format") != kind:
        raise IndexFileError(target, f"not a {kind} file")
    if document.get("version") != 1:
        raise IndexFileError(target, f"unsupported version {document.get('version')!r}")
    return document


def malformed_index_file(path: str | os.PathLike[str], error: Exception) -> IndexFileError:
    """The error to raise when an entry of the index file at `path` cannot be read back."""
    return IndexFileError(os.fspath(path), f"malformed entry: {error!r}")
