"""Keyed pseudonyms for voters: an HMAC of channel and platform user id under the deployment's key.

The same voter always gets the same pseudonym (so their tips can be grouped and answered), but
without the key nobody can go from a pseudonym back to a phone number or Telegram id, nor test
a guess. Rotating the key starts every voter afresh. `keyed_id` does the same for the ids of
messages and albums, which the inbox keeps only in this form.
"""

from __future__ import annotations

import hashlib
import hmac


def pseudonym(secret_key: str, channel: str, user_id: str) -> str:
    """64 hex characters identifying (channel, user_id) under `secret_key`."""
    if not secret_key:
        raise ValueError("secret_key must not be empty: pseudonyms would be reversible")
    message = f"{channel}\x1f{user_id}".encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


def keyed_id(secret_key: str, channel: str, kind: str, platform_id: str) -> str:
    """A keyed hash of a platform's id for something other than a voter (a message, an album):
    stable, so a redelivery is recognised, and meaningless without the key.

    `kind` keeps these apart from voters' pseudonyms (no message id can collide with a user id).
    """
    return pseudonym(secret_key, f"{channel}/{kind}", platform_id)
