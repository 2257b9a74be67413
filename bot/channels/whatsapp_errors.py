"""The WhatsApp Cloud API client's errors, and how the outbox should treat each.

Every failure is one of this tree, and `transient` says whether trying again later can help::

    WhatsAppAPIError                 .transient, .retry_after_s
    ├── WhatsAppNetworkError         connection refused or dropped, timeout       (transient)
    ├── GraphAPIError                Graph answered with an error: .status, .code, .subcode ...
    │   └── OutsideWindowError       131047: the 24-hour window is closed; send a template
    ├── MediaDownloadError           the media URL gave no usable bytes (transient on 5xx)
    └── MediaTooLargeError           declared or streamed size over max_bytes       (permanent)

`GraphAPIError.transient` follows `is_transient_graph_error`: 5xx, 429 and the throttling or
"try again" codes are transient; every other 4xx is permanent.
"""

from __future__ import annotations

from typing import Final

from bot import delivery
from bot.delivery import PermanentSendError, SendError, TransientSendError

OUTSIDE_WINDOW_CODE: Final = 131047
#: Graph error codes worth retrying later, whatever the HTTP status.
TRANSIENT_CODES: Final = frozenset(
    {
        1,  # API Unknown: "possibly a temporary issue due to downtime"
        2,  # API Service: temporary downtime or overload
        4,  # the app's API call rate limit
        80007,  # the WhatsApp Business Account's rate limit
        130429,  # Cloud API throughput reached (80 messages/s by default)
        131000,  # "something went wrong": Meta says try again
        131016,  # a service is temporarily unavailable
        131048,  # spam rate limit on this phone number
        131056,  # pair rate limit: too many messages to the same voter
        133004,  # server temporarily unavailable
    }
)


class WhatsAppAPIError(Exception):
    """A Cloud API call failed. `transient`: retrying later may succeed; `retry_after_s`: how
    long the server asked us to wait, when it said."""

    transient: bool = False

    def __init__(
        self, message: str, *, transient: bool | None = None, retry_after_s: float | None = None
    ) -> None:
        super().__init__(message)
        if transient is not None:
            self.transient = transient
        self.retry_after_s = retry_after_s


class WhatsAppNetworkError(WhatsAppAPIError):
    """No HTTP answer: the connection failed or dropped, or the request timed out."""

    transient = True


class GraphAPIError(WhatsAppAPIError):
    """Graph answered with an error object (or a non-2xx status without one: `code` is None)."""

    def __init__(
        self,
        status: int,
        code: int | None,
        message: str,
        *,
        subcode: int | None = None,
        error_type: str | None = None,
        details: str | None = None,
        fbtrace_id: str | None = None,
        retry_after_s: float | None = None,
    ) -> None:
        summary = f"Graph API error {status}"
        if code is not None:
            summary += f" code {code}" + (f"/{subcode}" if subcode is not None else "")
        summary += f": {message}"
        if details and details != message:
            summary += f" ({details})"
        super().__init__(
            summary,
            transient=is_transient_graph_error(status, code),
            retry_after_s=retry_after_s,
        )
        self.status = status
        self.code = code
        self.subcode = subcode
        self.error_type = error_type
        self.message = message
        self.details = details
        self.fbtrace_id = fbtrace_id


class OutsideWindowError(GraphAPIError, delivery.OutsideWindowError):
    """131047: more than 24 hours since the voter last wrote; only a template can reach them.

    Also the outbox's `OutsideWindowError`, so the delivery worker holds the message."""


class MediaDownloadError(WhatsAppAPIError):
    """The media URL did not give the file (even after fetching a fresh URL), or gave bytes
    that do not match the declared sha256. `status` is None for a checksum mismatch."""

    def __init__(self, message: str, *, status: int | None) -> None:
        super().__init__(message, transient=status is None or status >= 500 or status == 429)
        self.status = status


class MediaTooLargeError(WhatsAppAPIError):
    """The media is bigger than the caller accepts; it was not downloaded (or not finished)."""

    def __init__(self, message: str, *, size_bytes: int | None, max_bytes: int) -> None:
        super().__init__(message, transient=False)
        self.size_bytes = size_bytes  # as declared or as far as it was read; None if unknown
        self.max_bytes = max_bytes


def is_transient_graph_error(status: int, code: int | None) -> bool:
    """Whether a Graph error is worth retrying: a throttling or "try again" code, or 5xx/429.
    131047 never is (a template is needed), nor is any other 4xx (the request cannot succeed)."""
    if code == OUTSIDE_WINDOW_CODE:
        return False
    if code in TRANSIENT_CODES:
        return True
    return status >= 500 or status == 429


def send_error_for(error: WhatsAppAPIError) -> SendError:
    """The outbox's view of a client error: retry later, or record the failure for good.
    Handle `OutsideWindowError` (send a template instead) before calling this."""
    if error.transient:
        return TransientSendError(str(error), error.retry_after_s)
    return PermanentSendError(str(error))
