"""Draws the demo images the sample fact-checks name (`factchecks/sample/images/*.png`).

Run `python -m factchecks.sample.make_images` to redraw them; the PNGs are committed. Every image
is seeded, so a run gives the same pixels with the same Pillow, and each is busy (gradients,
shapes, text, grain) like a forwarded photo or meme poster: the matcher refuses near-blank images,
and the five must not look alike to a perceptual hash. Each carries a "SAMPLE" banner.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

IMAGES_DIR = Path(__file__).with_name("images")
SIZE = (640, 480)

Colour = tuple[int, int, int]
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont


def _font(size: int) -> Font:
    # Pillow's bundled font, so the output does not depend on the fonts a machine has.
    return ImageFont.load_default(size=size)


def _gradient(top: Colour, bottom: Colour, *, horizontal: bool = False) -> Image.Image:
    width, height = SIZE
    steps = width if horizontal else height
    strip = Image.new("RGB", (steps, 1) if horizontal else (1, steps))
    for i in range(steps):
        t = i / (steps - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        strip.putpixel((i, 0) if horizontal else (0, i), colour)
    return strip.resize(SIZE)


def _scatter(image: Image.Image, rng: random.Random, count: int, palette: list[Colour]) -> None:
    """Soft translucent blobs, like bokeh or a crumpled background."""
    layer = Image.new("RGBA", SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        x, y = rng.randrange(SIZE[0]), rng.randrange(SIZE[1])
        radius = rng.randrange(8, 70)
        colour = rng.choice(palette)
        draw.ellipse(
            (x - radius, y - radius, x + radius, y + radius), fill=(*colour, rng.randrange(20, 90))
        )
    image.paste(layer.filter(ImageFilter.GaussianBlur(3)), (0, 0), layer)


def _grain(image: Image.Image, rng: random.Random, strength: float = 0.07) -> Image.Image:
    """Film-like grain from the seeded generator (Pillow's own noise is not seedable).

    Drawn at half resolution and smoothed up: finer grain would only make the PNGs larger.
    """
    half = (SIZE[0] // 2, SIZE[1] // 2)
    noise = Image.frombytes("L", half, rng.randbytes(half[0] * half[1]))
    return Image.blend(
        image, noise.resize(SIZE, Image.Resampling.BILINEAR).convert("RGB"), strength
    )


def _sample_banner(draw: ImageDraw.ImageDraw) -> None:
    draw.rectangle((0, SIZE[1] - 26, SIZE[0], SIZE[1]), fill=(20, 20, 20))
    draw.text(
        (10, SIZE[1] - 22),
        "SAMPLE IMAGE - demo data for the tip-line, not a real document",
        font=_font(16),
        fill=(250, 220, 90),
    )


def fake_ballot(rng: random.Random) -> Image.Image:
    """A photographed ballot paper, one box already marked, with an official-looking stamp."""
    image = _gradient((92, 84, 70), (40, 36, 30))
    _scatter(image, rng, 40, [(120, 100, 80), (60, 50, 40), (160, 140, 110)])
    paper = Image.new("RGB", (420, 400), (246, 242, 228))
    draw = ImageDraw.Draw(paper)
    draw.text((24, 16), "BALLOT PAPER", font=_font(30), fill=(30, 30, 30))
    draw.text((24, 52), "Mark ONE box only", font=_font(16), fill=(90, 90, 90))
    for row in range(6):
        top = 84 + row * 50
        draw.rectangle((20, top, 400, top + 42), outline=(60, 60, 60), width=2)
        draw.ellipse(
            (30, top + 6, 60, top + 36),
            fill=rng.choice(
                [
                    (200, 60, 60),
                    (60, 120, 200),
                    (70, 160, 90),
                    (220, 170, 40),
                    (140, 80, 170),
                    (40, 40, 40),
                ]
            ),
        )
        draw.text((76, top + 10), f"Candidate {chr(65 + row)}", font=_font(20), fill=(20, 20, 20))
        draw.rectangle((350, top + 6, 386, top + 36), outline=(20, 20, 20), width=2)
    top = 84 + 2 * 50
    draw.line((352, top + 8, 384, top + 34), fill=(20, 40, 160), width=5)
    draw.line((384, top + 8, 352, top + 34), fill=(20, 40, 160), width=5)
    draw.ellipse((250, 300, 360, 390), outline=(180, 30, 40), width=4)
    draw.text((266, 334), "OFFICIAL", font=_font(18), fill=(180, 30, 40))
    angle = rng.uniform(-9, -5)
    mask = Image.new("L", paper.size, 255).rotate(angle, expand=True)
    paper = paper.rotate(angle, expand=True)
    image.paste(paper, (110, 20), mask)
    image = _grain(image, rng)
    _sample_banner(ImageDraw.Draw(image))
    return image


def sms_vote(rng: random.Random) -> Image.Image:
    """A meme poster: a phone with chat bubbles telling voters to vote by text message."""
    image = _gradient((20, 120, 180), (250, 120, 60), horizontal=True)
    _scatter(image, rng, 60, [(255, 255, 255), (255, 220, 0), (0, 60, 120)])
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((60, 40, 280, 440), radius=30, fill=(25, 25, 30))
    draw.rectangle((76, 80, 264, 400), fill=(235, 240, 245))
    for i in range(5):
        left = 86 if i % 2 == 0 else 130
        top = 92 + i * 60
        fill = (255, 255, 255) if i % 2 == 0 else (140, 220, 140)
        draw.rounded_rectangle((left, top, left + 124, top + 46), radius=10, fill=fill)
        draw.text(
            (left + 8, top + 12),
            rng.choice(["VOTE 1", "send!", "4455", "ok", "done"]),
            font=_font(18),
            fill=(30, 30, 30),
        )
    draw.text((310, 60), "NO QUEUES!", font=_font(44), fill=(255, 255, 255))
    draw.text((310, 130), "Vote from", font=_font(34), fill=(255, 240, 120))
    draw.text((310, 172), "your phone:", font=_font(34), fill=(255, 240, 120))
    draw.text((310, 240), "text YES", font=_font(40), fill=(255, 255, 255))
    draw.text((310, 292), "to 4455", font=_font(52), fill=(255, 255, 255))
    for k in range(12):
        x = 300 + k * 28
        draw.polygon([(x, 380), (x + 12, 360), (x + 24, 380)], fill=(255, 255, 255))
    image = _grain(image, rng)
    _sample_banner(ImageDraw.Draw(image))
    return image


def ink_warning(rng: random.Random) -> Image.Image:
    """A red warning poster: a hazard triangle and a purple-stained finger."""
    image = _gradient((120, 0, 10), (20, 0, 0))
    _scatter(image, rng, 50, [(255, 60, 40), (90, 0, 0), (255, 200, 0)])
    draw = ImageDraw.Draw(image)
    draw.polygon([(120, 40), (220, 220), (20, 220)], fill=(255, 210, 0), outline=(0, 0, 0))
    draw.text((108, 100), "!", font=_font(100), fill=(0, 0, 0))
    draw.text((250, 40), "WARNING", font=_font(56), fill=(255, 230, 0))
    draw.text((250, 110), "election ink", font=_font(36), fill=(255, 255, 255))
    draw.text((250, 152), "is POISON", font=_font(44), fill=(255, 255, 255))
    draw.text((250, 210), "share before they delete this", font=_font(18), fill=(255, 180, 180))
    draw.rounded_rectangle((300, 260, 380, 440), radius=38, fill=(224, 180, 150))
    draw.rounded_rectangle((300, 260, 380, 320), radius=38, fill=(110, 40, 150))
    draw.ellipse((318, 270, 362, 300), fill=(90, 30, 130))
    for _ in range(30):
        x, y = rng.randrange(30, 260), rng.randrange(250, 440)
        r = rng.randrange(3, 14)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(rng.randrange(90, 140), 20, 130))
    image = _grain(image, rng)
    _sample_banner(ImageDraw.Draw(image))
    return image


def early_results(rng: random.Random) -> Image.Image:
    """A television screenshot: a results bar chart and a clock showing midday."""
    image = _gradient((10, 20, 60), (0, 90, 140), horizontal=True)
    _scatter(image, rng, 40, [(0, 200, 255), (255, 255, 255), (0, 40, 90)])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 640, 60), fill=(200, 0, 30))
    draw.text((16, 12), "LIVE  FINAL RESULTS", font=_font(32), fill=(255, 255, 255))
    draw.rounded_rectangle((500, 10, 628, 50), radius=8, fill=(255, 255, 255))
    draw.text((514, 16), "12:00", font=_font(28), fill=(200, 0, 30))
    colours = [(230, 70, 60), (60, 130, 230), (80, 190, 100), (240, 190, 40)]
    shares = [rng.randrange(15, 60) for _ in colours]
    total = sum(shares)
    for i, (colour, share) in enumerate(zip(colours, shares, strict=True)):
        height = round(300 * share / total) + 20
        left = 60 + i * 130
        draw.rectangle((left, 400 - height, left + 90, 400), fill=colour)
        draw.text(
            (left + 10, 400 - height - 30),
            f"{100 * share / total:.1f}%",
            font=_font(22),
            fill=(255, 255, 255),
        )
        draw.text((left + 10, 410), f"Cand. {chr(80 + i)}", font=_font(18), fill=(230, 230, 230))
    draw.line((40, 400, 600, 400), fill=(255, 255, 255), width=3)
    image = _grain(image, rng)
    _sample_banner(ImageDraw.Draw(image))
    return image


def station_closed(rng: random.Random) -> Image.Image:
    """A phone photo of a school building used as a polling station, with a 'closed' sign."""
    image = _gradient((120, 170, 230), (230, 230, 210))
    _scatter(image, rng, 25, [(255, 255, 255), (200, 220, 250)])
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 360, 640, 480), fill=(110, 105, 95))
    draw.rectangle((70, 120, 570, 380), fill=(214, 180, 140), outline=(120, 90, 60), width=3)
    draw.polygon([(50, 120), (320, 40), (590, 120)], fill=(150, 60, 50))
    for row in range(2):
        for col in range(6):
            left, top = 100 + col * 78, 150 + row * 80
            draw.rectangle((left, top, left + 50, top + 50), fill=(60, 90, 120))
            draw.line((left + 25, top, left + 25, top + 50), fill=(230, 230, 230), width=2)
    draw.rectangle((280, 300, 360, 380), fill=(90, 60, 40))
    draw.rectangle((230, 250, 410, 300), fill=(250, 250, 250), outline=(200, 0, 0), width=4)
    draw.text((246, 258), "CERRADO", font=_font(34), fill=(200, 0, 0))
    draw.text((100, 96), "ESCUELA - MESA 12", font=_font(20), fill=(250, 250, 250))
    for _ in range(40):
        x, y = rng.randrange(0, 640), rng.randrange(385, 455)
        draw.line((x, y, x + rng.randrange(5, 40), y + rng.randrange(-3, 3)), fill=(90, 85, 80))
    image = image.filter(ImageFilter.GaussianBlur(0.8))
    image = _grain(image, rng, 0.09)
    _sample_banner(ImageDraw.Draw(image))
    return image


DRAWINGS: dict[str, tuple[int, Callable[[random.Random], Image.Image]]] = {
    "fake-ballot.png": (101, fake_ballot),
    "sms-vote.png": (202, sms_vote),
    "ink-warning.png": (303, ink_warning),
    "early-results.png": (404, early_results),
    "station-closed.png": (505, station_closed),
}
"""File name -> (seed, drawing)."""


def main(out_dir: Path = IMAGES_DIR) -> None:
    """Draw every sample image into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (seed, draw) in DRAWINGS.items():
        image = draw(random.Random(seed))
        # 256 dithered colours keep the look (and the grain) at a quarter of the file size.
        image = image.quantize(
            256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.FLOYDSTEINBERG
        )
        image.save(out_dir / name, optimize=True)
        print(out_dir / name)


if __name__ == "__main__":
    main()
