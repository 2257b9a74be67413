"""Memes and edits for the image benchmark, in two styles: one to tune on, one to report.

Each transformation draws its settings at random (band colour and height, font, text, side, angle,
fill, filter...). A `Style` fixes the pools they are drawn from: the tuning style and the reported
style share no font, no band palette and no words, so a parameter fitted on one is measured on
pictures it has not seen (see `image_quality.build_set`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

from benchmarks.image_data import Rng, decode, encode

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_LANCZOS = Image.Resampling.LANCZOS


@dataclass(frozen=True)
class Style:
    """The pools a transformation draws from."""

    name: str
    fonts: tuple[str, ...]  # file names in _FONT_DIR (the default font if missing)
    words: tuple[str, ...]
    # Band colours: None draws any RGB colour uniformly; otherwise one of these.
    palette: tuple[tuple[int, int, int], ...] | None


TUNING = Style(
    "tuning",
    ("DejaVuSans-Bold.ttf", "DejaVuSerif.ttf", "DejaVuSansMono.ttf"),
    ("vote", "ballot", "fraud", "polling", "closed", "minister", "fake", "results", "twice"),
    ((255, 255, 255), (0, 0, 0), (255, 230, 0), (200, 20, 30), (20, 60, 160)),
)
REPORTED = Style(
    "reported",
    (
        "DejaVuSansCondensed-Bold.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSansMono-Bold.ttf",
        "DejaVuSerifCondensed-Italic.ttf",
    ),
    ("ELECCIÓN", "urnas", "scrutin", "voto", "eleição", "wahl", "sondage", "truth", "LIES"),
    None,
)

Travel = Callable[[Image.Image, Rng, Style], Image.Image]


def _font(style: Style, rng: Rng, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = _FONT_DIR / style.fonts[int(rng.integers(0, len(style.fonts)))]
    if path.is_file():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def _colour(style: Style, rng: Rng) -> tuple[int, int, int]:
    if style.palette is None:
        red, green, blue = (int(c) for c in rng.integers(0, 256, 3))
        return red, green, blue
    return style.palette[int(rng.integers(0, len(style.palette)))]


def _ink(background: tuple[int, int, int]) -> tuple[int, int, int]:
    light = sum(background) / 3 > 128
    return (0, 0, 0) if light else (255, 255, 255)


def _text(style: Style, rng: Rng, count: int) -> str:
    return " ".join(str(word) for word in rng.choice(style.words, count))


def _write_lines(
    draw: ImageDraw.ImageDraw,
    box: tuple[int, int, int, int],
    style: Style,
    rng: Rng,
    ink: object,
    *,
    left_aligned: bool = False,
    outline: object = None,
) -> None:
    """One or two lines of text filling a good part of `box`: centred (classic meme) or, when
    `left_aligned`, smaller and from the left (a post's caption); `outline` draws the letters
    with a stroke of that colour (the Impact style)."""
    left, top, right, bottom = box
    lines = int(rng.integers(1, 3)) if not left_aligned else int(rng.integers(1, 4))
    share = rng.uniform(0.25, 0.4) if not left_aligned else rng.uniform(0.18, 0.28)
    size = max(8, round((bottom - top) * share / lines * 1.6))
    lettering = _font(style, rng, size)
    stroke = max(1, size // 14) if outline is not None else 0
    line_height = (bottom - top) / (lines + 1)
    margin = 0.04 * (right - left)
    for number in range(lines):
        text = _text(style, rng, int(rng.integers(2, 5)))
        if rng.random() < 0.5:
            text = text.upper()
        while text and draw.textlength(text, font=lettering) > 0.92 * (right - left):
            text = text[:-1]
        width = draw.textlength(text, font=lettering)
        x = left + margin if left_aligned else left + ((right - left) - width) / 2
        y = top + line_height * (number + 1) - size / 2
        draw.text(
            (x, y),
            text,
            fill=ink,  # type: ignore[arg-type]
            font=lettering,
            stroke_width=stroke,
            stroke_fill=outline,  # type: ignore[arg-type]
        )


def _jpeg(picture: Image.Image, rng: Rng) -> Image.Image:
    return decode(encode(picture, "JPEG", quality=int(rng.integers(55, 91))))


def caption_band(where: str) -> Travel:
    """A meme: a band of any colour, 10-35% of the photo's height, with text, `where` is
    "above", "below" or "both"; then JPEG.

    Band styles vary as they do in the wild, each drawn at random: centred big letters or a
    smaller caption from the left, letters with an outline, a thin rule of another colour
    between band and photo, a small logo in the band, and an app's resize to a standard width
    with a harsher JPEG."""

    def banded(picture: Image.Image, rng: Rng, style: Style) -> Image.Image:
        sides = ("above", "below") if where == "both" else (where,)
        heights = {side: round(picture.height * rng.uniform(0.10, 0.35)) for side in sides}
        colour = _colour(style, rng)
        rule = round(picture.height * rng.uniform(0.004, 0.012)) if rng.random() < 0.25 else 0
        total = picture.height + sum(heights.values())
        meme = Image.new("RGB", (picture.width, total), colour)
        top = heights.get("above", 0)
        meme.paste(picture, (0, top))
        draw = ImageDraw.Draw(meme)
        left_aligned = bool(rng.random() < 0.35)
        outline = _ink(_ink(colour)) if rng.random() < 0.25 else None
        rule_colour = _colour(style, rng)
        for side, height in heights.items():
            start = 0 if side == "above" else top + picture.height
            box = (0, start, picture.width, start + height)
            _write_lines(
                draw, box, style, rng, _ink(colour), left_aligned=left_aligned, outline=outline
            )
            if rule:
                edge = start + height - rule if side == "above" else start
                draw.rectangle((0, edge, picture.width, edge + rule - 1), fill=rule_colour)
            if rng.random() < 0.25:  # a page's logo in a corner of the band
                side_px = max(6, round(height * rng.uniform(0.3, 0.6)))
                x = 4 if rng.random() < 0.5 else picture.width - side_px - 4
                y = start + (height - side_px) // 2
                shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
                shape((x, y, x + side_px, y + side_px), fill=_colour(style, rng))
        if rng.random() < 0.3:  # the app's resize to a standard width, and its JPEG
            width = int(rng.choice((480, 720, 1080)))
            meme = meme.resize((width, round(meme.height * width / meme.width)), _LANCZOS)
            return decode(encode(meme, "JPEG", quality=int(rng.integers(40, 71))))
        return _jpeg(meme, rng)

    return banded


def meme_template(picture: Image.Image, rng: Rng, style: Style) -> Image.Image:
    """The photo placed in a larger canvas of one colour, with text above and below it."""
    scale = rng.uniform(0.55, 0.8)
    canvas_width = round(picture.width / scale)
    shown = picture
    colour = _colour(style, rng)
    above = round(picture.height * rng.uniform(0.15, 0.4))
    below = round(picture.height * rng.uniform(0.1, 0.3))
    canvas = Image.new("RGB", (canvas_width, above + shown.height + below), colour)
    left = int(rng.integers(0, canvas_width - shown.width + 1))
    canvas.paste(shown, (left, above))
    draw = ImageDraw.Draw(canvas)
    _write_lines(draw, (0, 0, canvas_width, above), style, rng, _ink(colour))
    _write_lines(
        draw, (0, above + shown.height, canvas_width, canvas.height), style, rng, _ink(colour)
    )
    return _jpeg(canvas, rng)


def side_crop(picture: Image.Image, rng: Rng, style: Style) -> Image.Image:
    """5-20% cut from one side (left, right, top or bottom)."""
    cut = rng.uniform(0.05, 0.20)
    width, height = picture.size
    side = int(rng.integers(0, 4))
    across, down = round(width * cut), round(height * cut)
    box = (
        (across, 0, width, height),
        (0, 0, width - across, height),
        (0, down, width, height),
        (0, 0, width, height - down),
    )[side]
    return picture.crop(box)


def corner_crop(picture: Image.Image, rng: Rng, style: Style) -> Image.Image:
    """5-20% cut from each of the two sides at one corner (the two shares drawn apart)."""
    width, height = picture.size
    across, down = round(width * rng.uniform(0.05, 0.2)), round(height * rng.uniform(0.05, 0.2))
    corner = int(rng.integers(0, 4))
    left, top = (across, 0)[corner % 2], (down, 0)[corner // 2]
    right, bottom = width - (0, across)[corner % 2], height - (0, down)[corner // 2]
    return picture.crop((left, top, right, bottom))


def _angle(rng: Rng) -> float:
    return float(rng.uniform(0.5, 5.0) * (1 if rng.random() < 0.5 else -1))


def rotation_fill(picture: Image.Image, rng: Rng, style: Style) -> Image.Image:
    """Rotated by 0.5-5 degrees either way, corners filled (black, white or a colour), the
    canvas kept or expanded; then JPEG."""
    fills = ((0, 0, 0), (255, 255, 255), _colour(style, rng))
    rotated = picture.rotate(
        _angle(rng),
        resample=Image.Resampling.BICUBIC,
        expand=bool(rng.random() < 0.5),
        fillcolor=fills[int(rng.integers(0, 3))],
    )
    return _jpeg(rotated, rng)


def rotation_crop(picture: Image.Image, rng: Rng, style: Style) -> Image.Image:
    """Rotated by 0.5-5 degrees either way and cropped to the upright rectangle inside (as
    phone editors do), at 90-100% of that rectangle; then JPEG."""
    degrees = _angle(rng)
    rotated = picture.rotate(degrees, resample=Image.Resampling.BICUBIC)
    width, height = picture.size
    angle = math.radians(abs(degrees))
    keep = rng.uniform(0.97, 1.0) / (
        math.cos(angle) + max(width / height, height / width) * math.sin(angle)
    )
    left, top = width * (1 - keep) / 2, height * (1 - keep) / 2
    box = (round(left), round(top), round(width - left), round(height - top))
    return _jpeg(rotated.crop(box), rng)


def colour_filter(picture: Image.Image, rng: Rng, style: Style) -> Image.Image:
    """Sepia, saturation, brightness with contrast, or grayscale."""
    kind = int(rng.integers(0, 4))
    if kind == 0:
        grey = np.asarray(ImageOps.grayscale(picture), dtype=np.float64)
        tone = np.array([1.07, 0.74, 0.43])
        sepia = np.clip(grey[:, :, None] * tone + 20, 0, 255).astype(np.uint8)
        return Image.fromarray(sepia)
    if kind == 1:
        return ImageEnhance.Color(picture).enhance(rng.uniform(0.0, 2.0))
    if kind == 2:
        brighter = ImageEnhance.Brightness(picture).enhance(rng.uniform(0.7, 1.3))
        return ImageEnhance.Contrast(brighter).enhance(rng.uniform(0.6, 1.5))
    return ImageOps.grayscale(picture).convert("RGB")


def stickers(picture: Image.Image, rng: Rng, style: Style) -> Image.Image:
    """One to three stickers (a coloured disc or a label with a word) over up to 6% of it."""
    stuck = picture.copy()
    draw = ImageDraw.Draw(stuck)
    width, height = picture.size
    for _ in range(int(rng.integers(1, 4))):
        side = round(math.sqrt(width * height * rng.uniform(0.005, 0.02)))
        left = int(rng.integers(0, max(1, width - side)))
        top = int(rng.integers(0, max(1, height - side)))
        colour = _colour(style, rng)
        if rng.random() < 0.5:
            draw.ellipse((left, top, left + side, top + side), fill=colour)
        else:
            draw.rounded_rectangle((left, top, left + 2 * side, top + side // 2), 6, fill=colour)
            lettering = _font(style, rng, max(8, side // 3))
            draw.text((left + 4, top + 2), _text(style, rng, 1), fill=_ink(colour), font=lettering)
    return _jpeg(stuck, rng)


def collage(pictures: list[Image.Image], rng: Rng, style: Style) -> Image.Image:
    """2-4 pictures side by side, stacked, or in a 2x2 grid, with or without a gutter."""
    count = len(pictures)
    cell = 360
    gutter = int(rng.integers(0, 2)) * int(rng.integers(4, 16))
    colour = _colour(style, rng)
    if count == 4 or (count == 3 and rng.random() < 0.5):
        layout = [(0, 0), (1, 0), (0, 1), (1, 1)][:count]
    elif rng.random() < 0.5:
        layout = [(column, 0) for column in range(count)]
    else:
        layout = [(0, row) for row in range(count)]
    columns = max(x for x, _ in layout) + 1
    rows = max(y for _, y in layout) + 1
    board = Image.new(
        "RGB", (columns * cell + (columns - 1) * gutter, rows * cell + (rows - 1) * gutter), colour
    )
    for picture, (x, y) in zip(pictures, layout, strict=True):
        # Stretched to the cell: pHash and dHash are computed on a fixed square anyway.
        fitted = picture.resize((cell, cell), Image.Resampling.LANCZOS)
        board.paste(fitted, (x * (cell + gutter), y * (cell + gutter)))
    return _jpeg(board, rng)


# Frames a photo is posted in on a blurred fill of itself: phone stories and statuses (9:16),
# portrait posts (4:5), square posts and wide videos (16:9).
FILL_FRAMES = ((9, 16), (4, 5), (1, 1), (16, 9))


def blur_fill(picture: Image.Image, rng: Rng, style: Style) -> Image.Image:
    """Centred in a frame of another shape (`FILL_FRAMES`) filled with the photo itself enlarged
    and blurred (6-25 pixels), often darkened, sometimes with a line of text on the fill; then
    JPEG."""
    width, height = picture.size
    frames = [(w, h) for w, h in FILL_FRAMES if abs(w / h - width / height) > 0.1 * width / height]
    frame_w, frame_h = frames[int(rng.integers(0, len(frames)))]
    if frame_w / frame_h < width / height:  # taller than the photo: bands above and below
        canvas = (width, round(width * frame_h / frame_w))
    else:
        canvas = (round(height * frame_w / frame_h), height)
    zoom = max(canvas[0] / width, canvas[1] / height)
    enlarged = picture.resize((math.ceil(width * zoom), math.ceil(height * zoom)), _LANCZOS)
    left = (enlarged.width - canvas[0]) // 2
    top = (enlarged.height - canvas[1]) // 2
    fill = enlarged.crop((left, top, left + canvas[0], top + canvas[1]))
    fill = fill.filter(ImageFilter.GaussianBlur(float(rng.uniform(6, 25))))
    if rng.random() < 0.6:
        fill = ImageEnhance.Brightness(fill).enhance(float(rng.uniform(0.5, 0.9)))
    at = ((canvas[0] - width) // 2, (canvas[1] - height) // 2)
    fill.paste(picture, at)
    if rng.random() < 0.4:
        band = at[1] if at[1] else at[0]
        lettering = _font(style, rng, max(10, band // 4))
        draw = ImageDraw.Draw(fill)
        place = (canvas[0] // 10, band // 3) if at[1] else (band // 10, canvas[1] // 10)
        draw.text(place, _text(style, rng, 2), fill=(255, 255, 255), font=lettering)
    return _jpeg(fill, rng)


def lettering(picture: Image.Image, rng: Rng, style: Style) -> Image.Image:
    """A meme's caption written over the photo itself: a line near the top and one near the
    bottom, 8-14% of its height, white letters outlined in black; then JPEG."""
    lettered = picture.copy()
    draw = ImageDraw.Draw(lettered)
    width, height = picture.size
    size = max(8, int(height * rng.uniform(0.08, 0.14)))
    lettering_font = _font(style, rng, size)
    for top, words in (
        (int(height * rng.uniform(0.01, 0.05)), 3),
        (int(height * (1 - rng.uniform(0.12, 0.2))), 2),
    ):
        draw.text(
            (int(width * rng.uniform(0.03, 0.15)), top),
            _text(style, rng, words),
            fill=(255, 255, 255),
            font=lettering_font,
            stroke_width=max(1, size // 15),
            stroke_fill=(0, 0, 0),
        )
    return _jpeg(lettered, rng)


TRAVELS: dict[str, Travel] = {
    "caption band above (any colour, 10-35%)": caption_band("above"),
    "caption band below (any colour, 10-35%)": caption_band("below"),
    "caption bands above and below": caption_band("both"),
    "meme template (photo in a canvas with text)": meme_template,
    "crop 5-20% from one side": side_crop,
    "crop 5-20% at a corner": corner_crop,
    "rotation 0.5-5° with fill": rotation_fill,
    "rotation 0.5-5° cropped": rotation_crop,
    "colour filter (sepia, saturation, brightness/contrast, grey)": colour_filter,
    "stickers": stickers,
    "photo on a blurred fill of itself (9:16, 4:5, 1:1, 16:9)": blur_fill,
    "caption lettered over the photo (top and bottom)": lettering,
}
# The targets: >= 99% found and >= 95% answered on each of these.
TARGETED_TRAVELS = (
    "caption band above (any colour, 10-35%)",
    "caption band below (any colour, 10-35%)",
    "caption bands above and below",
    "crop 5-20% from one side",
    "rotation 0.5-5° with fill",
    "rotation 0.5-5° cropped",
)
