"""Saved fact-check article pages (`.html`, `.htm`): the ClaimReview markup they embed.

Publishers put ClaimReview in `<script type="application/ld+json">` blocks, often beside others
(the page's `@graph`, a BreadcrumbList, the Organization). Every block is found with the HTML
tokenizer (`html_scripts`) and each block that holds a ClaimReview is read by the JSON-LD reader
(`claimreview_documents`), so `@graph`, `@id` references, lists and DataFeeds read as in a
`.json` file. Blocks without a ClaimReview are context and are skipped. A ClaimReview nested in
another node (a WebPage's `mainEntity`, an Article's `review`) is read too, beside that node.

A block that is not valid JSON (a trailing comma, a stray quote) is reported with the line its
`<script>` starts on, and only that block is lost: the page's other blocks are read. A page with
no ClaimReview at all is a FormatError saying so.

A relative `url` is resolved as in a `.json` file: `--base-url` first, then the block's own
`@base`, then the page's address (its canonical link, else its `og:url`), which stands for the
page's `@base` as the JSON-LD specification has it for markup embedded in HTML.

A record's position is its 1-based place among the page's ClaimReviews, in page order; its error
names the block ("JSON-LD block 2 (line 14): ...").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

from factchecks.formats.claimreview_documents import read_claimreview
from factchecks.formats.drafts import Draft, ReadOptions
from factchecks.formats.errors import FormatError
from factchecks.formats.html_scripts import ScriptBlock, page_scripts
from factchecks.formats.jsonld_values import as_list
from factchecks.records import PositionKind, RecordError

_REVIEW = "ClaimReview"
_RECORD_TYPES = frozenset({_REVIEW, "DataFeed", "DataFeedItem"})


def read_html_page(
    page: str, *, source: str, options: ReadOptions
) -> list[tuple[int, Draft] | RecordError]:
    """Every ClaimReview of a page and every problem, in page order.

    Raises FormatError when the page holds no ClaimReview (saying so, and naming the blocks that
    could not be read, since one of them may have been it).
    """
    scripts = page_scripts(page)
    found: list[tuple[int, Draft] | RecordError] = []
    broken: list[RecordError] = []

    def skip(block: ScriptBlock, problem: str) -> None:
        reason = f"{_name(block)} {problem}; it is skipped"
        broken.append(RecordError(source, block.line, reason, PositionKind.LINE))
        found.append(broken[-1])

    position = 0
    for block in scripts.blocks:
        if not block.text:
            continue
        try:
            value = json.loads(block.text)
        except json.JSONDecodeError as error:
            skip(
                block,
                f"is not valid JSON ({_json_problem(error)}: line {error.lineno}, "
                f"column {error.colno} of the block)",
            )
            continue
        except RecursionError:
            skip(block, "is nested too deeply to read")
            continue
        for document in claimreview_documents(value):
            document_text = json.dumps(_with_page_base(document, scripts.page_url, options))
            try:
                items = list(read_claimreview(document_text, source=source, options=options))
            except FormatError as error:  # a DataFeed without its elements, say
                skip(block, error.reason)
                continue
            for item in items:
                position += 1
                if isinstance(item, RecordError):
                    reason = f"{_name(block)}: {item.reason}"
                    found.append(RecordError(source, position, reason, PositionKind.RECORD))
                else:
                    found.append((position, item[1]))
    if position == 0:
        unread = "; ".join(f"line {error.position}: {error.reason}" for error in broken)
        raise FormatError(
            source,
            'has no ClaimReview markup (no <script type="application/ld+json"> block holds '
            f"one){f'; {unread}' if unread else ''}",
        )
    return found


def count_page_records(page: str) -> int:
    """How many ClaimReviews a page holds (for a progress bar's total); 0 when none."""
    try:
        items = read_html_page(page, source="", options=ReadOptions())
    except FormatError:
        return 0
    return sum(
        1 for item in items if not isinstance(item, RecordError) or item.kind is PositionKind.RECORD
    )


def claimreview_documents(value: object) -> list[object]:
    """The JSON-LD documents of one block that hold ClaimReviews, as the reader reads them.

    A list's items are documents of their own; an `@graph` is kept whole (its nodes are what
    `@id` references resolve to) with any ClaimReview nested in its other nodes added as nodes
    of its own; an object that is no ClaimReview but holds one becomes an `@graph` of itself
    and the ClaimReviews it holds. Anything without a ClaimReview gives nothing.
    """
    if isinstance(value, list):
        return [document for item in value for document in claimreview_documents(item)]
    if not isinstance(value, dict):
        return []
    if "@graph" in value:
        graph = as_list(value["@graph"])
        lifted = [review for node in graph if not _is_record(node) for review in _nested(node)]
        if not lifted and not any(_holds_record(node) for node in graph):
            return []
        return [{**value, "@graph": [*graph, *lifted]}] if lifted else [value]
    if _holds_record(value):
        return [value]
    nested = _nested(value)
    if not nested:
        return []
    document: dict[str, Any] = {"@graph": [value, *nested] if _type_names(value) else nested}
    if "@context" in value:
        document["@context"] = value["@context"]
    return [document]


def _with_page_base(document: object, page_url: str | None, options: ReadOptions) -> object:
    """`document` with the page's address as its last `@base`: a `@base` of its own comes first
    in its context and wins, and `--base-url` wins over both (as the reader has it)."""
    if page_url is None or options.base_url or not isinstance(document, dict):
        return document
    return {**document, "@context": [*as_list(document.get("@context")), {"@base": page_url}]}


def _nested(node: object) -> list[dict[str, Any]]:
    """The ClaimReviews inside `node` (not `node` itself), outermost only, in document order;
    walked without recursion, so a deeply nested block cannot exhaust the stack."""
    found: list[dict[str, Any]] = []
    stack: list[Iterator[object]] = [iter(_children(node))]
    while stack:
        child = next(stack[-1], _END)
        if child is _END:
            stack.pop()
        elif isinstance(child, dict) and _REVIEW in _type_names(child):
            found.append(child)
        else:
            stack.append(iter(_children(child)))
    return found


_END = object()


def _children(value: object) -> list[object]:
    if isinstance(value, dict):
        return list(value.values())
    return list(value) if isinstance(value, list) else []


def _is_record(node: object) -> bool:
    """Whether the reader takes `node` of an `@graph` as a record: a ClaimReview or a feed, or
    an untyped node (reported if it is none)."""
    if not isinstance(node, dict):
        return True
    types = _type_names(node)
    return not types or bool(types & _RECORD_TYPES)


def _holds_record(node: object) -> bool:
    """Whether `node` is a ClaimReview (typed, or untyped with a `claimReviewed`) or a feed."""
    if not isinstance(node, dict):
        return False
    types = _type_names(node)
    return bool(types & _RECORD_TYPES) if types else "claimReviewed" in node


def _type_names(node: Mapping[str, object]) -> set[str]:
    """The node's `@type`s without prefixes ("schema:ClaimReview" is a ClaimReview)."""
    raw = node.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {re.split(r"[/:#]", name)[-1] for name in names if isinstance(name, str)}


def _json_problem(error: json.JSONDecodeError) -> str:
    """The decoder's message, or what a person recognises: a comma before a closing bracket
    (allowed in JavaScript, so templates write it, but not in JSON)."""
    before, after = error.doc[: error.pos].rstrip(), error.doc[error.pos : error.pos + 1]
    if before.endswith(",") and after in ("}", "]"):
        return f"a trailing comma before {after!r}"
    return error.msg


def _name(block: ScriptBlock) -> str:
    return f"JSON-LD block {block.number} (line {block.line})"
