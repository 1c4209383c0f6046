"""The desktop bundle as an office's IT person gets it: built with `./desk bundle` (or the
folder named by PROPERTY_DESK_BUNDLE, built earlier in the same run), copied nowhere, and
run from an empty environment (`env -i`) in a folder outside the repository: info, demo,
printing a work order with the Chinese font embedded, import, export, check, `--help` in
Chinese, a refused file explained in Chinese, and the window started offscreen with
nothing wrong in its output or log. The folder stays within its size budget and the
largest files are printed so growth is seen."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
SIZE_BUDGET_MB = 170  # Linux; 156 MB when the budget was set
EXECUTABLE_SUFFIX = ".exe" if sys.platform == "win32" else ""
# what a healthy start may print: the offscreen platform's note about size hints
HARMLESS = ("This plugin does not support propagateSizeHints",)


BUILD_REPORT: list[str] = []  # what ./desk bundle said, printed with the sizes


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The bundle folder (PropertyDesk/): PROPERTY_DESK_BUNDLE, else built now."""
    given = os.environ.get("PROPERTY_DESK_BUNDLE")
    if given:
        folder = Path(given)
        assert (folder / f"property-desk{EXECUTABLE_SUFFIX}").exists(), f"PROPERTY_DESK_BUNDLE={given} holds no bundle"
        return folder
    dist = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    built = subprocess.run(
        [str(ROOT / "desk"), "bundle", "--distpath", str(dist)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert built.returncode == 0, f"./desk bundle failed:\n{built.stdout[-3000:]}\n{built.stderr[-5000:]}"
    report = [line for line in (built.stdout + built.stderr).splitlines() if line.startswith("bundle:")]
    BUILD_REPORT.extend([f"./desk bundle took {time.monotonic() - started:.0f} s", *report])
    return dist / "PropertyDesk"


@pytest.fixture(scope="module")
def place(tmp_path_factory) -> Path:
    """An empty folder outside the repository, the programs' working directory and HOME."""
    folder = tmp_path_factory.mktemp("office-pc")
    assert ROOT not in folder.parents
    return folder


def clean_environment(place: Path, **extra: str) -> list[str]:
    return ["env", "-i", f"HOME={place}", *(f"{key}={value}" for key, value in extra.items())]


def cli(bundle: Path, place: Path, *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    """`property-desk ARGS --data-dir data` from an empty environment, in `place`."""
    command = [  # acting as the demo office's admin (admin / demo, as the README says)
        *clean_environment(place, PROPERTY_DESK_USER="admin", PROPERTY_DESK_PASSWORD="demo"),
        str(bundle / f"property-desk{EXECUTABLE_SUFFIX}"),
        *args,
        "--data-dir",
        "data",
    ]
    return subprocess.run(command, cwd=place, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def office(bundle, place) -> Path:
    """A demo office (two communities) built by the bundle into place/data."""
    done = cli(bundle, place, "demo", "--households", "60", "--months", "2", "--seed", "3")
    assert done.returncode == 0, done.stderr
    assert "用时" in done.stdout
    return place / "data"


def test_the_folder_keeps_to_its_size_budget(bundle, capsys):
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    sizes = sorted(((path.stat().st_size, path.relative_to(bundle)) for path in files), reverse=True)
    total_mb = sum(size for size, _ in sizes) / 1e6
    with capsys.disabled():
        print("", *BUILD_REPORT, sep="\n")
        print(f"bundle {bundle}: {total_mb:.1f} MB in {len(files)} files; the largest twenty:")
        for size, name in sizes[:20]:
            print(f"  {size / 1e6:7.2f} MB  {name}")
    assert total_mb <= SIZE_BUDGET_MB


def test_two_programs_share_one_folder_with_only_the_qt_catalogues_it_loads(bundle):
    assert (bundle / f"PropertyDesk{EXECUTABLE_SUFFIX}").is_file()
    assert (bundle / f"property-desk{EXECUTABLE_SUFFIX}").is_file()
    catalogues = sorted(p.name for p in bundle.rglob("translations/*.qm") if "PySide6" in p.parts)
    assert catalogues == ["qtbase_en.qm", "qtbase_zh_CN.qm"]


def test_info_in_a_clean_environment(bundle, place, office):
    done = cli(bundle, place, "info")

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:2] == [f"数据文件夹：{office}", f"数据文件：{office / 'property-desk.sqlite3'}"]


def test_help_is_chinese(bundle, place):
    done = subprocess.run(
        [*clean_environment(place), str(bundle / f"property-desk{EXECUTABLE_SUFFIX}"), "--help"],
        cwd=place,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 0
    assert done.stdout.startswith("用法：property-desk") and "显示此帮助信息并退出" in done.stdout


def test_a_work_order_prints_with_the_chinese_font_embedded(bundle, place, office):
    with sqlite3.connect(office / "property-desk.sqlite3") as connection:
        number = connection.execute("SELECT number FROM ticket ORDER BY id LIMIT 1").fetchone()[0]

    done = cli(bundle, place, "print", "work-order", number, "--out", "派工单.pdf")

    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"工单 {number} 的派工单已写入 派工单.pdf。"
    fonts = embedded_fonts(place / "派工单.pdf")
    assert any("WenQuanYi" in name or "Hei" in name or "Song" in name for name, embedded in fonts if embedded), fonts
    assert all(embedded for _name, embedded in fonts), f"a font is not embedded: {fonts}"


def embedded_fonts(pdf: Path) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font of the PDF, as pdffonts lists them."""
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        # columns: name type encoding emb sub uni object ID — emb is the fourth from the end
        return [(row.split()[0], row.split()[-5] == "yes") for row in rows if row.strip()]
    from pypdf import PdfReader

    fonts = []
    for page in PdfReader(pdf).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor") or (font.get("/DescendantFonts") or [{}])[0].get_object().get(
                "/FontDescriptor"
            )
            descriptor = descriptor.get_object() if descriptor else {}
            fonts.append(
                (str(font.get("/BaseFont")), any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")))
            )
    return fonts


def test_export_and_import_the_household_register(bundle, place, office):
    from openpyxl import load_workbook

    exported = cli(bundle, place, "export", "households", "住户.xlsx", "--community", "阳光花园")
    assert exported.returncode == 0, exported.stderr
    sheet = load_workbook(place / "住户.xlsx", read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    households = len(rows) - 1  # the header row
    assert exported.stdout.strip() == f"已将 {households} 户住户写入 住户.xlsx。"

    # the same register back: every row read and good, nothing changed
    imported = cli(bundle, place, "import", "households", "住户.xlsx", "--community", "阳光花园")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines() == [
        f"住户.xlsx：读取 {households} 行，{households} 行无误，0 行有问题（小区：阳光花园）。",
        f"已写入：新增 0 条，更新 0 条，未变 {households} 条，新建房屋 0 间，跳过 0 行。",
    ]

    # one new household in the first exported room, from a CSV typed by hand
    header, first = rows[0], rows[1]
    new = dict(zip(header, first, strict=True)) | {
        "姓名": "测试新住户",
        "电话": "13900001111",
        "身份证号": None,
        "备注": None,
    }
    (place / "新住户.csv").write_text(
        ",".join(header) + "\n" + ",".join("" if new[c] is None else str(new[c]) for c in header) + "\n",
        encoding="utf-8",
    )
    added = cli(bundle, place, "import", "households", "新住户.csv", "--community", "阳光花园")
    assert added.returncode == 0, added.stdout + added.stderr
    assert "新增 1 条" in added.stdout


def test_the_data_file_checks_sound(bundle, place, office):
    done = cli(bundle, place, "check")

    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("数据文件完好。")


def test_a_file_that_cannot_be_written_is_explained_in_chinese(bundle, place, office):
    # a path through a plain file: the operating system refuses (ENOTDIR) and its reason,
    # English in Python, reaches the user in Chinese
    (place / "note.txt").write_text("x")
    done = cli(bundle, place, "export", "households", "note.txt/住户.csv", "--community", "阳光花园")

    assert done.returncode == 2
    assert "无法写入 note.txt/住户.csv：路径中有一部分不是文件夹。" in done.stderr
    assert "Traceback" not in done.stderr and "Not a directory" not in done.stderr


def test_the_window_starts_offscreen_with_nothing_wrong(bundle, place, office):
    # a desktop session always has a locale (without one Qt says it switched to C.UTF-8)
    command = [
        *clean_environment(place, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8"),
        str(bundle / f"PropertyDesk{EXECUTABLE_SUFFIX}"),
        "--data-dir",
        "data",
    ]
    window = subprocess.Popen(
        command, cwd=place, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        time.sleep(6)
        still_running = window.poll() is None
    finally:
        if window.poll() is None:
            os.killpg(window.pid, signal.SIGTERM)
        out, err = window.communicate(timeout=30)

    assert still_running, f"the window closed by itself (exit {window.returncode}):\n{out}\n{err}"
    complaints = [line for line in (out + err).splitlines() if line.strip() and not any(h in line for h in HARMLESS)]
    assert complaints == []
    log = office / "logs" / "property-desk.log"
    logged = log.read_text(encoding="utf-8") if log.exists() else ""
    assert not [line for line in logged.splitlines() if " ERROR " in line or " WARNING " in line or "Traceback" in line]


# What a Linux bundle takes from the machine it runs on; README ("What the target machine
# needs") names their packages. Anything else a bundled file needs must be in the folder.
SYSTEM_LIBRARIES = {
    # libc6
    "ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libutil.so.1",
    "libresolv.so.2",
    # libgl1, libegl1, libdrm2, the Wayland client libraries, libcups2
    "libGL.so.1", "libEGL.so.1", "libdrm.so.2", "libwayland-client.so.0", "libwayland-cursor.so.0",
    "libwayland-egl.so.1", "libcups.so.2",
    # libfontconfig1, libdbus-1-3, libxkbcommon-x11-0 (bundled when the build machine has them)
    "libfontconfig.so.1", "libfreetype.so.6", "libdbus-1.so.3", "libxkbcommon.so.0", "libxkbcommon-x11.so.0",
}  # fmt: skip


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads ELF files (Linux bundles)")
def test_every_library_a_bundled_file_needs_is_in_the_folder_or_named_in_the_readme(bundle):
    # a plugin whose library was slimmed away fails to load at run time, silently
    present = {path.name for path in bundle.rglob("*.so*")}
    missing = {}
    for binary in [*bundle.rglob("*.so*"), bundle / "property-desk", bundle / "PropertyDesk"]:
        if binary.is_symlink():
            continue
        dump = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True).stdout
        wanted = {line.split()[1] for line in dump.splitlines() if line.strip().startswith("NEEDED")}
        # libxcb1 and the libxcb-* packages of the README
        gone = sorted(n for n in wanted - present - SYSTEM_LIBRARIES if not n.startswith("libxcb"))
        if gone:
            missing[str(binary.relative_to(bundle))] = gone
    assert missing == {}
