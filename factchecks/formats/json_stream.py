"""Reading a large JSON document a value at a time, so its memory stays flat.

`JsonStream` reads a text file in pieces and decodes one JSON value at a time with the standard
library's decoder (`json.JSONDecoder.raw_decode`, the C scanner `json.loads` uses), so each value
decodes exactly as `json.loads` would decode it. Only the buffer and the value being decoded are
held; a value cut by the end of the buffer is decoded again once more of the file is read (the
read size doubles each time, so a huge value costs a few decodes, not one per piece).

`top_level` and `array_items` walk the two shapes the ClaimReview reader streams: a document that
is an array, and an object one of whose keys holds an array (a DataFeed's `dataFeedElement`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\n\r"
_NUMBER_CHARS = frozenset("0123456789+-.eE")
READ_CHARS = 1 << 18
"""Characters read at a time (a quarter of a million): a few hundred ClaimReviews."""


STREAMED = object()
"""What `object_members` gives as the value of the member whose array the caller reads."""


class JsonStreamError(ValueError):
    """The document is not valid JSON; `reason` says where and why."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class JsonStream:
    """The values of one JSON document, decoded one at a time from `file`."""

    def __init__(self, file: TextIO, read_chars: int = READ_CHARS) -> None:
        self._file = file
        self._read_chars = read_chars
        self._buffer = ""
        self._position = 0
        self._consumed = 0  # characters dropped from the buffer's front, for error offsets
        self._end_of_file = False

    def peek(self) -> str:
        """The next character that is not whitespace ("" at the end of the document)."""
        while True:
            buffer, position = self._buffer, self._position
            while position < len(buffer) and buffer[position] in _WHITESPACE:
                position += 1
            self._position = position
            if position < len(buffer) or not self._read_more(self._read_chars):
                return buffer[position] if position < len(buffer) else ""

    def expect(self, char: str) -> None:
        """Consume `char`, the next character that is not whitespace; else JsonStreamError."""
        found = self.peek()
        if found != char:
            raise self.error(f"expected {char!r}, found {found or 'the end of the file'!r}")
        self._position += 1

    def value(self) -> object:
        """Decode the next value, reading more of the file until it is whole."""
        self.peek()
        read = self._read_chars
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buffer, self._position)
            except json.JSONDecodeError as error:
                if self._read_more(read):
                    read *= 2
                    continue
                raise self.error(error.msg, error.pos) from None
            except RecursionError:
                raise self.error("nested too deeply") from None
            # A number cut by the end of the buffer ("1" of "1e-7") goes on in the next piece.
            if not self._may_go_on(value, end) or not self._read_more(read):
                self._position = end
                return value
            read *= 2

    def _may_go_on(self, value: object, end: int) -> bool:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return False
        buffer = self._buffer
        while end < len(buffer) and buffer[end] in _NUMBER_CHARS:
            end += 1
        return end == len(buffer)

    def finish(self) -> None:
        """Check that nothing but whitespace follows the document."""
        if self.peek():
            raise self.error("extra data after the document")

    def _read_more(self, chars: int) -> bool:
        if self._end_of_file:
            return False
        piece = self._file.read(chars)
        if not piece:
            self._end_of_file = True
            return False
        if self._position > len(self._buffer) // 2:
            self._consumed += self._position
            self._buffer = self._buffer[self._position :]
            self._position = 0
        self._buffer += piece
        return True

    def error(self, message: str, position: int | None = None) -> JsonStreamError:
        """A JsonStreamError saying `message` at `position` of the buffer (default: here)."""
        offset = self._consumed + (self._position if position is None else position)
        return JsonStreamError(f"{message} (character {offset + 1})")


def array_items(stream: JsonStream) -> Iterator[object]:
    """The items of the array that starts at the stream's position, one by one."""
    stream.expect("[")
    if stream.peek() == "]":
        stream.expect("]")
        return
    while True:
        yield stream.value()
        if stream.peek() == "]":
            stream.expect("]")
            return
        stream.expect(",")


def object_members(stream: JsonStream, streamed_key: str) -> Iterator[tuple[str, object]]:
    """The members of the object that starts at the stream's position, in file order.

    Each value is decoded whole, except an array under `streamed_key`: for it the pair
    (`streamed_key`, STREAMED) comes first, then the caller must read the array from the stream
    (with `array_items`) before asking for the next member.
    """
    stream.expect("{")
    if stream.peek() == "}":
        stream.expect("}")
        return
    while True:
        key = stream.value()
        if not isinstance(key, str):
            raise stream.error("expected a member name")
        stream.expect(":")
        if key == streamed_key and stream.peek() == "[":
            yield key, STREAMED
        else:
            yield key, stream.value()
        if stream.peek() == "}":
            stream.expect("}")
            return
        stream.expect(",")
