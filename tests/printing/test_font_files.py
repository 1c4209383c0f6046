"""A Chinese font is found on any machine: the configured file first, then the system's,
then the one the project ships; fonts ReportLab cannot embed are passed over."""

from __future__ import annotations

from desktop_app.printing.font_files import BUNDLED_FONT, find_cjk_font


def test_the_project_ships_a_truetype_cjk_font():
    assert BUNDLED_FONT.exists()
    assert BUNDLED_FONT.read_bytes()[:4] == b"ttcf"


def test_a_configured_font_comes_first(tmp_path):
    configured = tmp_path / "office-font.ttf"
    configured.write_bytes(BUNDLED_FONT.read_bytes())
    found = find_cjk_font(str(configured))
    assert (found.path, found.source) == (configured, "configured")


def test_a_configured_file_that_is_not_a_truetype_font_is_skipped(tmp_path):
    otf = tmp_path / "NotoSansCJK.otf"
    otf.write_bytes(b"OTTO" + b"\x00" * 100)
    found = find_cjk_font(str(otf))
    assert found is not None and found.path != otf


def test_the_font_covers_the_chinese_the_desk_prints():
    from reportlab.pdfbase.ttfonts import TTFont

    font = find_cjk_font()
    cmap = TTFont("probe", str(font.path), subfontIndex=font.subfont_index).face.charToGlyph
    assert all(ord(ch) in cmap for ch in "派工单漏水业主签字满意度３号楼 BX20261123-0007 ¥12.50")


def test_the_app_registers_the_font_for_the_screen(qapp):
    from desktop_app import fonts

    fonts.install_cjk_font()
    assert fonts.cjk_family() in qapp.font().families()


def test_a_machine_without_chinese_fonts_uses_the_shipped_one(monkeypatch):
    import desktop_app.printing.font_files as font_files

    monkeypatch.setattr(font_files, "SYSTEM_CANDIDATES", [])
    monkeypatch.delenv(font_files.ENV_VARIABLE, raising=False)
    found = font_files.find_cjk_font()
    assert (found.path, found.source) == (BUNDLED_FONT, "bundled")


def test_no_font_at_all_is_reported_not_guessed(monkeypatch, tmp_path):
    import desktop_app.printing.font_files as font_files

    monkeypatch.setattr(font_files, "SYSTEM_CANDIDATES", [])
    monkeypatch.setattr(font_files, "BUNDLED_FONT", tmp_path / "missing.ttc")
    assert font_files.find_cjk_font() is None


def ink(families: list[str], text: str) -> int:
    """Dark pixels of `text` drawn at 32 px in the first of `families` that maps it."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(200, 60, QImage.Format.Format_Grayscale8)
    image.fill(QColor("white"))
    font = QFont()
    font.setFamilies(families)
    font.setPixelSize(32)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixelColor(x, y).value() < 128)


def test_signs_the_chinese_font_draws_empty_show_on_screen(qapp):
    """18 ℃ and 120 ㎡ typed on a PC whose own font lacks the signs: after the system's font
    comes the shipped sign fonts, then WenQuanYi, which maps ℃ and ℉ to empty glyphs."""
    from desktop_app import fonts

    fonts.install_cjk_font()
    after_the_system_font = qapp.font().families()[1:]
    assert after_the_system_font[-1] == fonts.cjk_family()
    for sign in "℃℉":
        assert ink([fonts.cjk_family()], sign) == 0  # the gap the clerk saw
    for sign in "℃℉㎡㎥":  # ㎡ ㎥ WenQuanYi does not map at all: without Desk Units, whatever the PC has, or a box
        assert ink(after_the_system_font, sign) > 40, sign
    assert ink(after_the_system_font, "室温") > 40  # the Chinese still from WenQuanYi
