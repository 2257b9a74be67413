"""Tips' pictures kept for the desk: stored with their tip, listed newest first for `/show`,
capped in size and number, deleted after the retention period or on a voter's request; and the
copies kept carry no metadata (no GPS, no camera) and stay upright."""

from __future__ import annotations

import io
from datetime import timedelta

from PIL import Image

from factchecks import queue, requesters, tips
from factchecks.clock import utc_now
from factchecks.database import Database
from factchecks.picture_copies import MAX_PICTURE_BYTES, MAX_SIDE_PX, PictureCopy, clean_copy
from factchecks.tip_pictures import (
    MAX_PICTURES_PER_TIP,
    add_pictures,
    count_pictures_of_item,
    delete_pictures_before,
    delete_pictures_of_tips,
    get_picture,
    pictures_of_item,
)
from tests.bot.conftest import encode, photo_like

GPS_IFD = 0x8825
MAKE, ORIENTATION = 0x010F, 0x0112


def _copy(label: bytes) -> PictureCopy:
    return PictureCopy(b"\xff\xd8" + label, "image/jpeg")


async def _item_with_tips(db: Database, count: int) -> tuple[int, list[int]]:
    """An open item with `count` tips, the later received later; its id and the tips' ids."""
    async with db.transaction() as session:
        voter = await requesters.upsert_requester(
            session, pseudonym="v" * 8, channel="telegram", address="7", language_hint="en"
        )
        item = await queue.open_item(
            session, claim="c", fingerprint=None, language="en", suggested_fact_check_id=None
        )
        ids = []
        for n in range(count):
            tip, _ = await tips.store_tip(
                session,
                tips.NewTip("telegram", f"7:{n}", voter.id or 0, "", None, None, "en", False),
            )
            tip.received_at = utc_now() - timedelta(minutes=count - n)
            await queue.attach_tip(session, item, tip)
            ids.append(tip.id or 0)
    return item.id or 0, ids


async def test_pictures_are_listed_newest_tip_first_each_album_in_order(db: Database) -> None:
    item_id, (old, new) = await _item_with_tips(db, 2)
    async with db.transaction() as session:
        assert add_pictures(session, old, [_copy(b"old")]) == 1
        assert add_pictures(session, new, [_copy(b"new-1"), _copy(b"new-2")]) == 2
    async with db.session() as session:
        listed = await pictures_of_item(session, item_id, limit=10)
        newest_two = await pictures_of_item(session, item_id, limit=2)
        count = await count_pictures_of_item(session, item_id)
        pictures = [await get_picture(session, picture_id) for picture_id, _ in listed]
    assert [tip for _, tip in listed] == [new, new, old] and count == 3
    assert [p.data[2:] for p in pictures if p] == [b"new-1", b"new-2", b"old"]
    assert newest_two == listed[:2]
    assert all(
        p and p.content_type == "image/jpeg" and p.size_bytes == len(p.data) for p in pictures
    )


async def test_oversized_pictures_and_those_beyond_an_album_are_not_kept(db: Database) -> None:
    item_id, [tip] = await _item_with_tips(db, 1)
    too_big = PictureCopy(b"x" * (MAX_PICTURE_BYTES + 1), "image/jpeg")
    many = [_copy(bytes([n])) for n in range(MAX_PICTURES_PER_TIP + 3)]
    async with db.transaction() as session:
        assert add_pictures(session, tip, [too_big, *many]) == MAX_PICTURES_PER_TIP
    async with db.session() as session:
        assert await count_pictures_of_item(session, item_id) == MAX_PICTURES_PER_TIP


async def test_retention_deletes_only_pictures_stored_before_the_cutoff(db: Database) -> None:
    item_id, (old, new) = await _item_with_tips(db, 2)
    async with db.transaction() as session:
        add_pictures(session, old, [_copy(b"old"), _copy(b"old-2")])
        add_pictures(session, new, [_copy(b"new")])
    async with db.transaction() as session:  # the old tip's pictures were stored 31 days ago
        for picture_id, tip_id in await pictures_of_item(session, item_id, limit=10):
            picture = await get_picture(session, picture_id)
            if picture is not None and tip_id == old:
                picture.created_at = utc_now() - timedelta(days=31)
                session.add(picture)
    async with db.transaction() as session:
        deleted = await delete_pictures_before(session, utc_now() - timedelta(days=30))
    async with db.session() as session:
        left = await pictures_of_item(session, item_id, limit=10)
    assert deleted == 2 and [tip for _, tip in left] == [new]


async def test_a_voters_pictures_are_deleted_on_request_and_no_one_elses(db: Database) -> None:
    item_id, (first, second, third) = await _item_with_tips(db, 3)
    async with db.transaction() as session:
        for tip in (first, second, third):
            add_pictures(session, tip, [_copy(b"a"), _copy(b"b")])
    async with db.transaction() as session:
        assert await delete_pictures_of_tips(session, [first, third]) == 4
        assert await delete_pictures_of_tips(session, []) == 0
    async with db.session() as session:
        left = await pictures_of_item(session, item_id, limit=10)
    assert {tip for _, tip in left} == {second} and len(left) == 2


async def test_a_deleted_picture_is_none(db: Database) -> None:
    item_id, [tip] = await _item_with_tips(db, 1)
    async with db.transaction() as session:
        add_pictures(session, tip, [_copy(b"a")])
    async with db.session() as session:
        [(picture_id, _)] = await pictures_of_item(session, item_id, limit=1)
        assert await get_picture(session, picture_id) is not None
    async with db.transaction() as session:
        await delete_pictures_of_tips(session, [tip])
    async with db.session() as session:
        assert await get_picture(session, picture_id) is None


def _with_exif(image: Image.Image, orientation: int = 1) -> bytes:
    exif = Image.Exif()
    exif[MAKE] = "Voter's Phone Model X"
    exif[ORIENTATION] = orientation
    exif.get_ifd(GPS_IFD)[2] = (19.0, 25.0, 57.0)  # GPSLatitude
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif.tobytes(), quality=90)
    return buffer.getvalue()


def test_a_kept_copy_has_no_metadata_and_is_upright() -> None:
    photo = photo_like(3, (400, 300))
    original = _with_exif(photo, orientation=6)  # "rotate 90° clockwise to view"
    with Image.open(io.BytesIO(original)) as opened:
        assert opened.getexif()[MAKE] and opened.getexif().get_ifd(GPS_IFD)
    copy = clean_copy(original)
    assert copy is not None and copy.content_type == "image/jpeg"
    with Image.open(io.BytesIO(copy.data)) as kept:
        assert dict(kept.getexif()) == {} and "exif" not in kept.info
        assert kept.size == (300, 400)  # turned as the orientation said, before it was dropped
    assert b"Voter's Phone" not in copy.data


def test_a_png_screenshot_stays_png_and_a_huge_picture_is_scaled_down() -> None:
    screenshot = clean_copy(encode(Image.new("RGB", (720, 1280), "white"), "PNG"))
    assert screenshot is not None and screenshot.content_type == "image/png"
    huge = clean_copy(encode(photo_like(5, (5000, 2500)), "JPEG", quality=95))
    assert huge is not None and len(huge.data) <= MAX_PICTURE_BYTES
    with Image.open(io.BytesIO(huge.data)) as kept:
        assert kept.size == (MAX_SIDE_PX, MAX_SIDE_PX // 2)


def test_what_is_not_a_picture_gives_no_copy() -> None:
    assert clean_copy(b"") is None
    assert clean_copy(b"%PDF-1.7 not a picture") is None
    assert clean_copy(encode(photo_like(1, (64, 64)), "PNG")[:100]) is None  # cut short
