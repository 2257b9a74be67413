"""The privacy floor, rule by rule, on a crafted week, through every file `tipline report` writes.

One week, k = 5: a fact-check asked about by 3 voters (wording shown, counts `<5`); a voters'
claim sent by 6 voters whose wording carries a phone number, an e-mail address, a handle and a
link with a query string (shown, masked); a voters' claim sent by 4 voters (wording withheld);
a flood of rate-limited and blocked tips (never counted); WhatsApp voters from Nigeria (6) and
Kenya (2).
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.reports.folder import write_report
from factchecks.database import Database
from factchecks.models import metadata
from factchecks.reports.period import week_period

TIP, ITEM = metadata.tables["tip"], metadata.tables["queue_item"]
REQUESTER, FACT_CHECK = metadata.tables["requester"], metadata.tables["fact_check"]
MONDAY = datetime(2026, 11, 23, 9, tzinfo=UTC)
PUBLIC_CLAIM = "Ballots marked in pencil are thrown away"
SIX_WORDING = (
    "Polls close at noon, call +52 55 1234 5678 or write to ana.perez@example.com, "
    "@juanito_v says so: https://example.org/news?id=8812&ref=voter991"
)
FOUR_WORDING = "The mayor's nephew Tomas Quispe is buying votes on Calle Sol"


async def _craft(db: Database) -> list[str]:
    """Writes the week; returns every voter identifier stored (addresses and pseudonyms)."""
    requesters: list[dict[str, Any]] = []
    numbers = [f"234803555{n:04d}" for n in range(6)] + ["254712999001", "254712999002"]
    for n in range(14):
        whatsapp = n < len(numbers)
        requesters.append(
            {
                "id": n + 1,
                "pseudonym": f"pseudonym-{n:03d}-f00d",
                "channel": "whatsapp" if whatsapp else "telegram",
                "address": numbers[n] if whatsapp else str(880_000_000 + n),
                "created_at": MONDAY,
                "last_inbound_at": MONDAY,
                "state": "ready",
            }
        )
    tips: list[dict[str, Any]] = []

    def tip(voter: int, status: str, *, item: int | None = None, fc: int | None = None) -> None:
        channel = requesters[voter - 1]["channel"]
        tips.append(
            {
                "channel": channel,
                "external_id": f"m{len(tips)}",
                "requester_id": voter,
                "text": "",
                "language": "es",
                "forwarded": False,
                "frequently_forwarded": False,
                "status": status,
                "queue_item_id": item,
                "fact_check_id": fc,
                "received_at": MONDAY + timedelta(minutes=len(tips)),
            }
        )

    for voter in (9, 10, 11):  # the fact-check: 3 voters
        tip(voter, "answered", fc=1)
    for voter in range(1, 7):  # the masked claim: 6 voters (the Nigerian numbers)
        tip(voter, "queued", item=1)
    for voter in (7, 8, 12, 13):  # the withheld claim: 4 voters
        tip(voter, "queued", item=2)
    for _ in range(30):  # a flood over the per-voter limit: never counted
        tip(14, "rate_limited", item=2)
    async with db.engine.begin() as connection:
        await connection.execute(REQUESTER.insert(), requesters)
        await connection.execute(
            FACT_CHECK.insert(),
            [
                {
                    "id": 1,
                    "url": "https://example.org/fc/pencil",
                    "claim": PUBLIC_CLAIM,
                    "verdict": "false",
                    "title": "",
                    "summary": "",
                    "publisher": "Desk",
                    "language": "en",
                    "claimant": "",
                    "created_at": MONDAY,
                    "updated_at": MONDAY,
                }
            ],
        )
        await connection.execute(
            ITEM.insert(),
            [
                {
                    "id": n,
                    "status": "open",
                    "claim": wording,
                    "request_count": 0,
                    "created_at": MONDAY,
                    "updated_at": MONDAY,
                }
                for n, wording in ((1, SIX_WORDING), (2, FOUR_WORDING))
            ],
        )
        await connection.execute(TIP.insert(), tips)
    return [str(r["address"]) for r in requesters] + [str(r["pseudonym"]) for r in requesters]


async def test_every_rule_of_the_privacy_floor_holds_in_every_file(
    db: Database, tmp_path: Path
) -> None:
    identifiers = await _craft(db)
    written = await write_report(
        db, week_period("2026-W48", "UTC"), tmp_path / "report", min_voters=5
    )
    files = {name: (written.folder / name).read_bytes() for name in written.files}
    texts = {name: data.decode() for name, data in files.items() if not name.endswith(".png")}

    # No voter identifier anywhere (text files and charts), not even part of a number.
    for identifier in identifiers:
        for name, data in files.items():
            assert identifier.encode() not in data, (identifier, name)
    for name, text in texts.items():
        assert "2348035550" not in text and "25471299900" not in text, name

    # Rate-limited and blocked tips never count: 3 + 6 + 4 tips from 13 voters.
    report = written.report
    assert (report.total.tips, report.total.voters) == (13, 13)
    claims = {claim.claim_id: claim for claim in report.claims if claim.kind == "queue_item"}
    assert claims[2].volume.tips is None  # 4 voters (the flood did not lift it to 5)

    # A count backed by fewer than k voters is `<5`; zero stays zero.
    [public] = [claim for claim in report.claims if claim.kind == "fact_check"]
    assert public.volume.tips is None and public.volume.voters is None
    rows = {
        row["claim_id"] + row["kind"]: row
        for row in csv.DictReader(io.StringIO(texts["claims.csv"]))
    }
    pencil = rows["1fact_check"]
    assert (pencil["claim"], pencil["requests"], pencil["voters"]) == (PUBLIC_CLAIM, "<5", "<5")
    assert (pencil["forwarded"], pencil["previous_requests"]) == ("0", "0")
    assert pencil["first_seen"] == ""  # a time is shown only for a claim with k voters
    assert rows["2queue_item"]["claim"] == "" and rows["2queue_item"]["claim_withheld"] == "true"
    assert claims[1].volume.tips == 6 and claims[1].forwarded == 0

    # Wording: a fact-check's is published whatever the count; voters' only with k voters,
    # masked; the 4-voter wording appears nowhere.
    assert PUBLIC_CLAIM in texts["report.html"]
    assert claims[1].text == (
        "Polls close at noon, call [phone] or write to [e-mail], "
        "[@…] says so: https://example.org/news?[…]"
    )
    assert claims[2].text is None
    for name, text in texts.items():
        assert "Quispe" not in text and "nephew" not in text, name
        assert "ana.perez" not in text and "juanito" not in text and "voter991" not in text, name
        assert "1234 5678" not in text, name

    # Regions: the country of a calling code, `<5` under k.
    regions = dict(report.regions)
    assert regions["NG"].tips == 6 and regions["KE"].tips is None
    assert "NG,6,6" in texts["regions.csv"] and "KE,<5,<5" in texts["regions.csv"]
    assert (
        '"missingValues": [\n          "",\n          "<5"\n        ]' in texts["datapackage.json"]
    )
