"""Who receives the weekly report, when, what and how: read from `TIPLINE_REPORTS`.

`TIPLINE_REPORTS` is a JSON list (or, in the TOML settings file, an array of tables under the
same key), one object per organisation:

    {"name": "Electoral Commission", "deliver": "email", "to": "desk@commission.example",
     "weekday": "monday", "hour": 8, "timezone": "Africa/Lagos",
     "languages": ["ha", "en"], "regions": ["NG"], "tags": ["violence"]}

`deliver` is `email` (to an address, over TIPLINE_SMTP_*), `webhook` (an HTTPS URL; `secret`
signs the body with HMAC-SHA256), `telegram` (a chat id the bot is a member of: a short summary
message, then the files as documents) or `directory` (a folder the report is written into).
`TIPLINE_ESCALATIONS` names the recipients of escalation packets in the same form (the schedule
and filter keys are not used there). The
report of the week just ended is made at `hour` on `weekday` in `timezone` (defaults: Monday,
08:00, TIPLINE_TIMEZONE). `languages`, `regions` and `tags` (the desk's `/tag`s on claims)
narrow what the organisation sees, in its reports and through the export API with a token issued
under the same name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from factchecks.claim_tags import normalise_tag
from factchecks.reports.figures import TipFilter

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_KEYS = frozenset(
    {
        "name",
        "deliver",
        "to",
        "secret",
        "weekday",
        "hour",
        "timezone",
        "languages",
        "regions",
        "tags",
    }
)


class DeliveryKind(StrEnum):
    """How a report reaches an organisation."""

    EMAIL = "email"
    WEBHOOK = "webhook"
    DIRECTORY = "directory"
    TELEGRAM = "telegram"  # a chat the bot writes to: an organisation's group or channel


@dataclass(frozen=True)
class ReportRecipient:
    """One organisation's delivery: schedule, scope and destination."""

    name: str
    deliver: DeliveryKind
    to: str
    secret: str | None = None
    weekday: int = 0  # Monday
    hour: int = 8
    timezone: str | None = None  # None: TIPLINE_TIMEZONE
    scope: TipFilter = field(default_factory=TipFilter)

    @property
    def command_name(self) -> str:
        """How a desk command names it: lower case, spaces as hyphens (`electoral-commission`)."""
        return "-".join(self.name.casefold().split())


def _strings(value: object, key: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{key} must be a list of codes")
    return frozenset(v.strip() for v in value)


def _tags(value: object, name: str) -> frozenset[str]:
    tags = set()
    for word in _strings(value, "tags"):
        tag = normalise_tag(word)
        if tag is None:
            raise ValueError(f"{name}: {word!r} is not a tag (letters, digits, - and _)")
        tags.add(tag)
    return frozenset(tags)


def _recipient(entry: object) -> ReportRecipient:
    if not isinstance(entry, dict):
        raise ValueError("each recipient is an object")
    unknown = set(entry) - _KEYS
    if unknown:
        raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}")
    name, to = entry.get("name"), entry.get("to")
    if not isinstance(name, str) or not name.strip():
        raise ValueError("a recipient needs a name")
    if not isinstance(to, str) or not to.strip():
        raise ValueError(f"{name}: `to` is missing")
    try:
        kind = DeliveryKind(str(entry.get("deliver", "")))
    except ValueError as error:
        raise ValueError(f"{name}: deliver is email, webhook, telegram or directory") from error
    if kind is DeliveryKind.TELEGRAM and not to.strip().lstrip("-").isdigit():
        raise ValueError(f"{name}: a telegram recipient's `to` is a chat id (a number)")
    weekday = str(entry.get("weekday", "monday")).lower()
    if weekday not in WEEKDAYS:
        raise ValueError(f"{name}: weekday is one of {', '.join(WEEKDAYS)}")
    hour = entry.get("hour", 8)
    if not isinstance(hour, int) or not 0 <= hour <= 23:
        raise ValueError(f"{name}: hour is 0-23")
    timezone = entry.get("timezone")
    if timezone is not None:
        try:
            ZoneInfo(str(timezone))
        except (ZoneInfoNotFoundError, ValueError) as error:
            raise ValueError(f"{name}: unknown timezone {timezone!r}") from error
    secret = entry.get("secret")
    if kind is DeliveryKind.WEBHOOK and not (isinstance(secret, str) and secret):
        raise ValueError(f"{name}: a webhook needs a secret to sign with")
    return ReportRecipient(
        name=name.strip(),
        deliver=kind,
        to=to.strip(),
        secret=str(secret) if secret else None,
        weekday=WEEKDAYS.index(weekday),
        hour=hour,
        timezone=None if timezone is None else str(timezone),
        scope=TipFilter(
            languages=_strings(entry.get("languages"), "languages"),
            regions=frozenset(r.upper() for r in _strings(entry.get("regions"), "regions")),
            tags=_tags(entry.get("tags"), name),
        ),
    )


def parse_recipients(raw: str) -> tuple[ReportRecipient, ...]:
    """`TIPLINE_REPORTS` (a JSON list) -> recipients; ValueError naming what is wrong."""
    try:
        entries = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON: {error}") from error
    if not isinstance(entries, list):
        raise ValueError("a JSON list of recipients")
    recipients = tuple(_recipient(entry) for entry in entries)
    names = [recipient.name for recipient in recipients]
    if len(set(names)) != len(names):
        raise ValueError("two recipients have the same name")
    return recipients
