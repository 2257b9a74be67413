"""Reply values: what the bot says, as catalog message ids and parameters, not finished text.

The use cases return (or put in the outbox) `Reply` values; each channel renders them when it
sends, in the recipient's language at that moment, and decides how to show the buttons. So a
voter who changes language before an answer goes out gets it in the new language, and no part of
the core knows how a platform shows a button.

A reply is stored as JSON (`encode`/`decode`): message ids are the English texts of
`bot.texts`, so a stored reply stays readable across releases.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, TypeAlias

from bot.i18n import Plural


@dataclass(frozen=True)
class LocalDate:
    """A date, written as the reader's locale writes it ("3 de noviembre de 2026")."""

    value: date


@dataclass(frozen=True)
class WaitUntil:
    """A moment, said as the time left until it when the reply is sent ("in 3 minutes"): right
    whatever the reader's time zone and however long the reply waited in the outbox."""

    value: datetime  # aware, UTC


@dataclass(frozen=True)
class LanguageName:
    """A language's name in its own language: "Español" on a button, "español" in a sentence."""

    code: str
    capitalised: bool = True


# What a message's placeholder can hold.
Param: TypeAlias = "str | int | Msg | LocalDate | WaitUntil | LanguageName"


@dataclass(frozen=True)
class Msg:
    """One catalog message: its English id (or plural pair and count) and its parameters.

    A `str` parameter is shown as it is (a claim, a URL); a `Msg` parameter is translated too.
    """

    msgid: str
    params: Mapping[str, Param] = field(default_factory=dict)
    plural: str | None = None  # the plural form's id, with `count` choosing the form
    count: int | None = None

    @classmethod
    def plural_of(cls, forms: Plural, count: int, **params: Any) -> Msg:
        """The form of an `N_plural` pair for `count`."""
        return cls(forms[0], {"count": count, **params}, plural=forms[1], count=count)


@dataclass(frozen=True)
class Choice:
    """A button: its label and the data it sends back when pressed."""

    label: Msg | LanguageName
    data: str


@dataclass(frozen=True)
class Reply:
    """A message to one recipient: paragraphs, and optional choices with their prompt.

    `prompt` ("Choose your language:") belongs to the choices: a channel that cannot show them
    leaves it out. `first_choice` is where a channel that pages long lists starts. `last`: the
    last message to an erased voter (`/forget`): once it is sent, its outbox row goes too.
    `picture` is a stored tip picture (`factchecks.tip_pictures`) the message shows, its parts
    the caption: the channel sends the picture's bytes, read when it sends. `then` are further
    messages to the same recipient, each queued as its own outbox message after this one (so a
    retry never repeats the others); they are never stored inside this one.
    """

    parts: tuple[Msg, ...]
    choices: tuple[Choice, ...] = ()
    prompt: Msg | None = None
    first_choice: int = 0
    last: bool = False
    picture: int | None = None
    then: tuple[Reply, ...] = ()

    def starting_at(self, first_choice: int) -> Reply:
        """The same reply, its choices shown from `first_choice` on (the next page)."""
        return replace(self, first_choice=first_choice)


def reply(msgid: str, **params: Param) -> Reply:
    """A one-paragraph reply without buttons."""
    return Reply((Msg(msgid, params),))


# -- JSON -------------------------------------------------------------------------------------


def encode(value: Reply) -> str:
    """The reply as JSON, for the outbox (without `then`: those are messages of their own)."""
    return json.dumps(
        {
            "parts": [_msg_json(part) for part in value.parts],
            "choices": [[_label_json(c.label), c.data] for c in value.choices],
            "prompt": _msg_json(value.prompt) if value.prompt else None,
            "first": value.first_choice,
            **({"last": True} if value.last else {}),
            **({"picture": value.picture} if value.picture is not None else {}),
        },
        ensure_ascii=False,
    )


def decode(raw: str) -> Reply:
    """The reply `encode` wrote."""
    data = json.loads(raw)
    return Reply(
        parts=tuple(_msg(part) for part in data["parts"]),
        choices=tuple(Choice(_label(label), choice_data) for label, choice_data in data["choices"]),
        prompt=_msg(data["prompt"]) if data.get("prompt") else None,
        first_choice=int(data.get("first", 0)),
        last=bool(data.get("last", False)),
        picture=int(data["picture"]) if data.get("picture") is not None else None,
    )


def _msg_json(msg: Msg) -> dict[str, Any]:
    params = {key: _param_json(value) for key, value in msg.params.items()}
    out: dict[str, Any] = {"id": msg.msgid, "params": params}
    if msg.plural is not None:
        out["plural"] = msg.plural
        out["count"] = msg.count
    return out


def _msg(data: Mapping[str, Any]) -> Msg:
    return Msg(
        data["id"],
        {key: _param(value) for key, value in data["params"].items()},
        plural=data.get("plural"),
        count=data.get("count"),
    )


def _param_json(value: Param) -> Any:
    if isinstance(value, Msg):
        return {"msg": _msg_json(value)}
    if isinstance(value, LocalDate):
        return {"date": value.value.isoformat()}
    if isinstance(value, WaitUntil):
        return {"until": value.value.isoformat()}
    if isinstance(value, LanguageName):
        return {"language": value.code, "capitalised": value.capitalised}
    return value


def _param(data: Any) -> Param:
    if isinstance(data, dict):
        if "msg" in data:
            return _msg(data["msg"])
        if "date" in data:
            return LocalDate(date.fromisoformat(data["date"]))
        if "until" in data:
            return WaitUntil(datetime.fromisoformat(data["until"]))
        return LanguageName(data["language"], bool(data.get("capitalised", True)))
    if isinstance(data, (str, int)):
        return data
    raise ValueError(f"not a reply parameter: {data!r}")


def _label_json(label: Msg | LanguageName) -> dict[str, Any]:
    if isinstance(label, LanguageName):
        return {"language": label.code}
    return {"msg": _msg_json(label)}


def _label(data: Mapping[str, Any]) -> Msg | LanguageName:
    if "language" in data:
        return LanguageName(data["language"])
    return _msg(data["msg"])
