"""Volumes per day, hour and whole period, by channel, language and media type, from voter cells.

The database groups the period's tips into cells, one per (local day, local hour, channel,
language, media type, voter) with the number of tips (one GROUP BY; far fewer rows than tips,
since a voter's messages in one hour share a cell). Every breakdown is then a sum of tips and a
count of distinct voters over those cells, done here with numpy: eleven breakdowns from one pass
over the tips, where eleven COUNT(DISTINCT) queries would each sort the period again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt

from factchecks.reports.figures import Dimension, Volume, VolumeRow

EPOCH_DAY = date(1970, 1, 1)
# (local day since 1970, local hour, channel, language, media, voter id, tips)
Cell = tuple[int, int, str, str, str, int, int]
Rows = tuple[VolumeRow, ...]


def _counts(
    keys: npt.NDArray[np.int64], voters: npt.NDArray[np.int64], tips: npt.NDArray[np.int64]
) -> dict[int, Volume]:
    found, inverse = np.unique(keys, return_inverse=True)
    tip_sums = np.zeros(len(found), dtype=np.int64)
    np.add.at(tip_sums, inverse, tips)
    # One int64 per (key, voter): keys are below 10^6 and voter ids below 10^12 in practice.
    width = int(voters.max()) + 1
    pairs = np.unique(keys * width + voters)
    _, voter_counts = np.unique(pairs // width, return_counts=True)
    return {
        int(key): Volume(int(tip_sum), int(count))
        for key, tip_sum, count in zip(found, tip_sums, voter_counts, strict=True)
    }


def volume_rows(cells: Sequence[Cell], period_label: str) -> tuple[Rows, Rows, Rows]:
    """(daily, hourly, whole-period) rows; each sorted by slot, then value."""
    if not cells:
        return (), (), ()
    day = np.array([cell[0] for cell in cells], dtype=np.int64)
    hour = np.array([cell[1] for cell in cells], dtype=np.int64)
    voters = np.array([cell[5] for cell in cells], dtype=np.int64)
    tips = np.array([cell[6] for cell in cells], dtype=np.int64)
    columns = {Dimension.CHANNEL: 2, Dimension.LANGUAGE: 3, Dimension.MEDIA: 4}
    found: dict[str, list[VolumeRow]] = {"day": [], "hour": [], "period": []}
    for dimension in Dimension:
        if dimension is Dimension.ALL:
            names: list[str] = [Dimension.ALL.value]
            codes = np.zeros(len(cells), dtype=np.int64)
        else:
            unique, inverse = np.unique(
                np.array([cell[columns[dimension]] for cell in cells], dtype=object).astype(str),
                return_inverse=True,
            )
            names, codes = [str(name) for name in unique], inverse.astype(np.int64)
        slots = {"day": day, "hour": hour, "period": np.zeros(len(cells), dtype=np.int64)}
        for slot, slot_values in slots.items():
            if slot == "period" and dimension is Dimension.ALL:
                continue  # the totals
            counted = _counts(slot_values * len(names) + codes, voters, tips)
            for key, volume in counted.items():
                slot_value, name = divmod(key, len(names))
                label = (
                    (EPOCH_DAY + timedelta(days=slot_value)).isoformat()
                    if slot == "day"
                    else f"{slot_value:02d}"
                    if slot == "hour"
                    else period_label
                )
                found[slot].append(VolumeRow(label, dimension, names[name], volume))
    ordered = {
        slot: tuple(
            sorted(
                rows, key=lambda row: (list(Dimension).index(row.dimension), row.slot, row.value)
            )
        )
        for slot, rows in found.items()
    }
    return ordered["day"], ordered["hour"], ordered["period"]
