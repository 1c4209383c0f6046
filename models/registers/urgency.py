"""How owners say that something is urgent, kept with the categories so an office adds
its own words: phrases that make a call urgent whatever its category (爆了, 冒水, 困在电梯里,
闻到煤气味, 冒烟 …) and phrases that are calm despite such a word (以前漏过水，已修好; 燃气费).

A phrase may hold `*` for "up to six characters in between" (电梯*困 matches 电梯里困了人).
A description is read clause by clause (split at punctuation): calm phrases are taken out
of a clause first, a clause that says it is over (已修好, 已经没有了) is calm, a word right
after a negation (没有漏水, 不冒烟了) does not count, and any urgent phrase left makes the
call urgent."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.clock import Clock
from models.codes import AuditKind, Permission
from models.errors import ValidationError
from models.i18n import QT_TRANSLATE_NOOP
from models.registers.guard import audit, require
from models.store import database, get_setting, set_setting

SETTING = "registers/urgent_words"
PHRASE_LIMIT = 30
GAP = ".{0,6}"
CLAUSE_BREAKS = re.compile(r"[，,。．.；;！!？?、…\n\r]+")
NEGATIONS = ("没有", "没", "不", "无", "未", "别")
# a clause that says the thing is over is calm as a whole: 之前闻到的煤气味已经没有了
OVER = ("已经没有", "没有了", "没事了", "已修好", "修好了", "已经好了", "处理好了", "已处理")
# "not urgent" undoes a word only when it is the word's own negation, e.g. 没有漏水, not 没人管，水管爆了

DEFAULT_URGENT = (
    # water: bursts, gushing, flooding, water coming through the ceiling
    "爆裂", "爆管", "爆了", "管*爆", "冒水", "往外冒", "喷水", "水*喷", "跑水", "漫水", "水漫", "漫到",
    "淹了", "淹到", "进水了", "返水", "漏水", "漏到楼下", "天花板*滴", "屋顶*滴", "顶上*滴", "楼顶*滴",
    # people trapped
    "困人", "被困", "困在", "关在电梯", "电梯*困", "卡在*中间", "卡在*之间", "停在*之间", "里面有人",
    # gas
    "燃气", "煤气", "天然气味", "漏气",
    # fire and smoke
    "着火", "火情", "起火", "失火", "冒烟", "有烟", "火花", "烧起来", "烧焦", "火",
    # electricity
    "停电", "没电", "断电", "漏电", "触电",
    # falling and collapsing
    "坠落", "塌", "掉下来", "砸到", "砸伤",
)  # fmt: skip
DEFAULT_CALM = (
    # over and done: the past, repaired
    "以前*过", "之前*过", "上次*", "上个月*", "去年*", "曾经*",
    # plans, fees and questions that only name the thing
    "停电通知", "计划停电", "插座*没电", "燃气费", "燃气表", "燃气卡", "燃气公司", "电梯卡",
    # everyday drips, smells and words that only contain 火 or 烟
    "水龙头*滴", "空调*滴", "烟味", "抽烟", "油烟", "发火", "火气", "上火", "火车", "火锅", "火腿", "防火门", "灭火器",
)  # fmt: skip

MSG_PHRASE_TOO_LONG = QT_TRANSLATE_NOOP("models", "Keep each phrase under {limit} characters: “{phrase}”.")
MSG_PHRASE_ONLY_GAP = QT_TRANSLATE_NOOP("models", "A phrase needs words besides *: “{phrase}”.")


@dataclass(frozen=True)
class UrgentWords:
    urgent: tuple[str, ...]
    calm: tuple[str, ...]


def urgent_words() -> UrgentWords:
    """The office's phrases, or the defaults until it changes them."""
    saved = get_setting(SETTING)
    if not isinstance(saved, dict):
        return UrgentWords(DEFAULT_URGENT, DEFAULT_CALM)
    return UrgentWords(tuple(saved.get("urgent", DEFAULT_URGENT)), tuple(saved.get("calm", DEFAULT_CALM)))


def save_urgent_words(urgent: list[str], calm: list[str], *, operator, clock: Clock) -> UrgentWords:
    """Keep the office's phrases (blank lines and repeats dropped, order kept); the audit
    gets the phrases taken out (old) and put in (new)."""
    require(operator, Permission.EDIT_REGISTERS)
    words = UrgentWords(_cleaned(urgent), _cleaned(calm))
    problems, params = {}, {}
    for field, phrases in (("urgent", words.urgent), ("calm", words.calm)):
        for phrase in phrases:
            if len(phrase) > PHRASE_LIMIT:
                problems[field], params[field] = MSG_PHRASE_TOO_LONG, {"limit": PHRASE_LIMIT, "phrase": phrase}
            elif not phrase.replace("*", ""):
                problems[field], params[field] = MSG_PHRASE_ONLY_GAP, {"phrase": phrase}
    if problems:
        raise ValidationError(problems, params)
    before = urgent_words()
    old, new = {}, {}
    for field in ("urgent", "calm"):
        was, now = getattr(before, field), getattr(words, field)
        if taken := [phrase for phrase in was if phrase not in now]:
            old[field] = taken
        if added := [phrase for phrase in now if phrase not in was]:
            new[field] = added
    with database.atomic():
        set_setting(SETTING, {"urgent": list(words.urgent), "calm": list(words.calm)})
        if old or new:
            audit(AuditKind.SETTING, SETTING, operator=operator, at=clock.now(), old=old or "", new=new or "")
    return words


def restore_default_urgent_words(*, operator, clock: Clock) -> UrgentWords:
    return save_urgent_words(list(DEFAULT_URGENT), list(DEFAULT_CALM), operator=operator, clock=clock)


def sounds_urgent(description: str, words: UrgentWords | None = None) -> bool:
    """True when the description says, in an owner's words, that something is urgent."""
    words = words or urgent_words()
    urgent, calm = _patterns(words.urgent), _patterns(words.calm)
    text = re.sub(r"\s+", "", description or "")
    return any(_clause_is_urgent(clause, urgent, calm) for clause in CLAUSE_BREAKS.split(text) if clause)


def _clause_is_urgent(clause: str, urgent: list[re.Pattern], calm: list[re.Pattern]) -> bool:
    if any(marker in clause for marker in OVER):
        return False
    for pattern in calm:
        clause = pattern.sub("|", clause)
    for pattern in urgent:
        for match in pattern.finditer(clause):
            if not clause[: match.start()].endswith(NEGATIONS):
                return True
    return False


def _patterns(phrases: tuple[str, ...]) -> list[re.Pattern]:
    # longer phrases first, so 天花板*滴 is tried before a shorter word inside it
    ordered = sorted(phrases, key=len, reverse=True)
    return [re.compile(GAP.join(re.escape(part) for part in phrase.split("*"))) for phrase in ordered]


def _cleaned(phrases: list[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for phrase in phrases:
        cleaned = re.sub(r"\s+", "", phrase or "")
        if cleaned:
            seen.setdefault(cleaned, None)
    return tuple(seen)
