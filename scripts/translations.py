"""Maintain the zh_CN catalogues (resources/translations/zh_CN/<area>.ts).

  python -m scripts.translations update AREA FILE...   lupdate FILEs into AREA.ts
  python -m scripts.translations fill AREA MAP.json     set translations {"source": "译文"}
                                                        or {"Context|source": "译文"}
  python -m scripts.translations missing                list strings without Chinese

Each area of the code keeps its own catalogue so that work on different pages never
edits the same file; the app loads them all."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations" / "zh_CN"


def lupdate() -> str:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    return str(beside) if beside.exists() else "pyside6-lupdate"


def source_files() -> list[Path]:
    return sorted(p for package in ("models", "desktop_app") for p in (ROOT / package).rglob("*.py"))


def update(area: str, files: list[str]) -> Path:
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    target = CATALOGUES / f"{area}.ts"
    subprocess.run(
        [lupdate(), *files, "-locations", "none", "-no-obsolete", "-target-language", "zh_CN", "-ts", str(target)],
        check=True,
    )
    return target


def messages(ts_file: Path):
    """Yield (context, source, translation or None when unfinished/empty)."""
    tree = ET.parse(ts_file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = None
            if translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete"):
                text = translation.text or None
            yield name, message.findtext("source"), text


def fill(area: str, mapping_file: str) -> int:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    target = CATALOGUES / f"{area}.ts"
    tree = ET.parse(target)
    changed = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            text = mapping.get(f"{name}|{source}", mapping.get(source))
            if text:
                translation = message.find("translation")
                translation.text = text
                translation.attrib.pop("type", None)
                changed += 1
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return changed


def translated() -> set[tuple[str, str]]:
    done = set()
    for ts_file in CATALOGUES.glob("*.ts"):
        done |= {(c, s) for c, s, t in messages(ts_file) if t}
    return done


def missing() -> list[tuple[str, str]]:
    """Every (context, source) found in the code with no Chinese in any catalogue."""
    with tempfile.TemporaryDirectory() as scratch:
        everything = Path(scratch) / "all.ts"
        subprocess.run(
            [lupdate(), *map(str, source_files()), "-locations", "none", "-ts", str(everything)],
            check=True,
            capture_output=True,
        )
        found = {(c, s) for c, s, _ in messages(everything)}
    return sorted(found - translated())


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"] and len(argv) >= 3:
        print(update(argv[1], argv[2:]))
    elif argv[:1] == ["fill"] and len(argv) == 3:
        print(f"{fill(argv[1], argv[2])} translation(s) set")
    elif argv[:1] == ["missing"]:
        gaps = missing()
        for context, source in gaps:
            print(f"{context}|{source}")
        print(f"{len(gaps)} string(s) without Chinese", file=sys.stderr)
        return 1 if gaps else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
