"""Draw the application icon: ``cisdesk/resources/icons/cisdesk.png`` and ``cisdesk.ico``.

A blue rounded square with eight white dots in a ring (the eight member
countries) around a check mark (the record of work done). Run it again only to
change the icon; both files are kept in the repository.

    .venv/bin/python packaging/make_icon.py
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent.parent / "cisdesk" / "resources" / "icons"
SIZE = 1024  # drawn large, scaled down with antialiasing
BLUE = (31, 78, 140, 255)
WHITE = (255, 255, 255, 255)
GOLD = (242, 183, 5, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    margin = SIZE // 16
    pen.rounded_rectangle(
        (margin, margin, SIZE - margin, SIZE - margin), radius=SIZE // 5, fill=BLUE
    )
    centre = SIZE / 2
    ring = SIZE * 0.31
    dot = SIZE * 0.052
    for n in range(8):
        angle = -math.pi / 2 + n * math.pi / 4
        x, y = centre + ring * math.cos(angle), centre + ring * math.sin(angle)
        pen.ellipse((x - dot, y - dot, x + dot, y + dot), fill=WHITE)
    tick = [
        (centre - SIZE * 0.15, centre + SIZE * 0.0),
        (centre - SIZE * 0.04, centre + SIZE * 0.11),
        (centre + SIZE * 0.16, centre - SIZE * 0.11),
    ]
    pen.line(tick, fill=GOLD, width=int(SIZE * 0.075), joint="curve")
    for x, y in (tick[0], tick[2]):
        r = SIZE * 0.0375
        pen.ellipse((x - r, y - r, x + r, y + r), fill=GOLD)
    return image


def main() -> None:
    ICONS.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "cisdesk.png")
    image.save(ICONS / "cisdesk.ico", sizes=ICO_SIZES)
    print(f"wrote {ICONS / 'cisdesk.png'} and {ICONS / 'cisdesk.ico'}")


if __name__ == "__main__":
    main()
