"""Phone and ID numbers: validation of the forms Chinese offices meet (11-digit mobile,
landline with area code, extension), one normalised stored form, and the masking used
on every screen and paper (138****5678, 110***********1234)."""

from __future__ import annotations

import re
import unicodedata

from models.i18n import QT_TRANSLATE_NOOP

MSG_PHONE_INVALID = QT_TRANSLATE_NOOP(
    "models",
    "Enter an 11-digit mobile number (e.g. 13812345678) or a landline with area code (e.g. 010-62345678, extension after 转).",
)
MSG_ID_INVALID = QT_TRANSLATE_NOOP("models", "An ID card number has 18 characters (the last may be X).")

# ASCII digits only (re.ASCII): Arabic-Indic or other scripts' digits only look like a number.
_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
_LANDLINE = re.compile(r"^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$", re.ASCII)
_SERVICE = re.compile(r"^(400|800)-?\d{3}-?\d{4}$", re.ASCII)
_COUNTRY_CODE = re.compile(r"^(?:\+86|0086|86)(?=1[3-9]\d{9}$)", re.ASCII)
_EXTENSION_WORDS = re.compile(r"\s*(转|分机|ext\.?|x)\s*", re.IGNORECASE)


def to_halfwidth(text: str) -> str:
    """Full-width digits, letters and punctuation to their ASCII forms (NFKC)."""
    return unicodedata.normalize("NFKC", text)


def normalise_phone(raw: str) -> str | None:
    """The stored form of a phone number, or None when it is not a possible number.

    Mobiles: 13812345678 (a +86/86 prefix is dropped). Landlines: 010-62345678 or
    0755-12345678-801 with the extension last. 400/800 numbers: 400-123-4567."""
    text = to_halfwidth(raw or "").strip()
    text = _EXTENSION_WORDS.sub("-", text)
    text = re.sub(r"[\s()（）.]", "", text)
    text = re.sub(r"-+", "-", text).strip("-")
    digits = text.replace("-", "")
    mobile = _COUNTRY_CODE.sub("", digits)
    if _MOBILE.match(mobile):
        return mobile
    if _SERVICE.match(text) and len(digits) == 10:
        return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
    landline = _LANDLINE.match(text) if "-" in text else _split_landline(digits)
    if landline:
        area, number, extension = landline.groups()
        return f"{area}-{number}" + (f"-{extension}" if extension else "")
    return None


def _split_landline(digits: str):
    """Area code and number typed without a dash: 01062345678 or 075512345678."""
    for area_length in (3, 4):
        area, number = digits[:area_length], digits[area_length:]
        if area.startswith("0") and len(number) in (7, 8) and (area_length == 3) == (area[1] in "12"):
            return _LANDLINE.match(f"{area}-{number}")
    return None


def is_valid_phone(raw: str) -> bool:
    return normalise_phone(raw) is not None


_PHONE_SEPARATORS = re.compile(r"[/、,，;；|\n]+")


def split_phones(raw: str) -> tuple[list[str], list[str]]:
    """Several numbers in one cell, separated by / 、 , ； or spaces: (normalised numbers in
    order without repeats, pieces that are not a possible number). A space inside one
    number (010 62345678) is kept together when the whole piece is a number."""
    numbers: list[str] = []
    rejected: list[str] = []
    for piece in _PHONE_SEPARATORS.split(to_halfwidth(raw or "")):
        for candidate in _pieces_of(piece.strip()):
            normalised = normalise_phone(candidate)
            if normalised is None:
                rejected.append(candidate)
            elif normalised not in numbers:
                numbers.append(normalised)
    return numbers, rejected


def _pieces_of(piece: str) -> list[str]:
    if not piece:
        return []
    if normalise_phone(piece) is not None:
        return [piece]
    return piece.split()


def mask_phone(phone: str) -> str:
    """138****5678 for mobiles; the middle of a landline's number for the rest."""
    if not phone:
        return ""
    if _MOBILE.match(phone):
        return f"{phone[:3]}****{phone[7:]}"
    parts = phone.split("-")
    if len(parts) >= 2 and parts[0].startswith("0"):
        number = parts[1]
        parts[1] = number[:2] + "*" * (len(number) - 4) + number[-2:] if len(number) > 4 else "****"
        return "-".join(parts)
    keep = max(1, len(phone) // 4)
    return phone[:keep] + "*" * (len(phone) - 2 * keep) + phone[-keep:]


def normalise_id_number(raw: str) -> str | None:
    """The stored form of a resident ID number (18 characters, X upper-case; old 15-digit
    numbers kept as they are), or None when it cannot be one."""
    text = to_halfwidth(raw or "").strip().upper().replace(" ", "")
    if re.fullmatch(r"\d{17}[\dX]", text, re.ASCII) or re.fullmatch(r"\d{15}", text, re.ASCII):
        return text
    return None


def mask_id_number(id_number: str) -> str:
    """110***********1234: the region's first three and the last four characters."""
    if len(id_number) <= 7:
        return "*" * len(id_number)
    return id_number[:3] + "*" * (len(id_number) - 7) + id_number[-4:]
