"""Make resources/fonts/desk-symbols.ttf and desk-units.ttf: the few signs the bundled
WenQuanYi Micro Hei holds as empty glyphs, ℃ ℉ ° ² ³ № ‰ from DejaVu Sans (renamed
"Desk Symbols", as its licence asks of a changed copy) and ㎡ ㎥ from Droid Sans Fallback
(Apache 2.0, "Desk Units"); licences in resources/fonts/desk-symbols-LICENSE.txt. The app
puts both between the system font and WenQuanYi, so a PC whose own font lacks ℃ shows
the sign instead of a gap. Run once when the list changes (Debian: fonts-dejavu-core,
fonts-droid-fallback):

    pip install fonttools && python -m scripts.symbol_font
"""

from __future__ import annotations

from pathlib import Path

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
MADE = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "℃℉°²³№‰", "Desk Symbols", FONTS / "desk-symbols.ttf"),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "㎡㎥", "Desk Units", FONTS / "desk-units.ttf"),
]


def make(source: str, signs: str, family: str, target: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(source)
    options = subset.Options()
    options.name_IDs = []
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    missing = [sign for sign in signs if ord(sign) not in font.getBestCmap()]
    if missing:
        raise SystemExit(f"{source} has no {''.join(missing)}")
    subsetter.populate(unicodes=[ord(sign) for sign in signs])
    subsetter.subset(font)
    names = font["name"]
    for record in list(names.names):
        names.removeNames(nameID=record.nameID)
    for name_id, text in ((1, family), (2, "Regular"), (4, family), (6, family.replace(" ", "") + "-Regular")):
        names.setName(text, name_id, 3, 1, 0x409)
        names.setName(text, name_id, 1, 0, 0)
    font.save(target)
    print(f"{target}: {target.stat().st_size} bytes, {len(font.getBestCmap())} signs")


if __name__ == "__main__":
    for made in MADE:
        make(*made)
