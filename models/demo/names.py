"""Believable Chinese people for the demo office: surnames weighted by how common they
are, given names, mobile numbers with real carrier prefixes, and 18-character ID
numbers whose region, birth date, sex digit and GB 11643 checksum all hold together."""

from __future__ import annotations

import datetime as dt
import random

# The hundred most common surnames, most common first (weights fall off with rank).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_SURNAME_WEIGHTS = [1.0 / (rank + 4) for rank in range(len(SURNAMES))]

MALE_CHARS = "伟强磊军洋勇杰涛明超辉刚健波斌鹏华飞鑫宇浩凯俊峰建国志强文斌海龙晨阳博宁鹏程子豪浩然"
FEMALE_CHARS = "芳娜敏静丽艳娟霞秀英玲桂兰萍红梅琳雪慧颖洁燕晶倩婷欣怡佳琪雨涵梓萱思雨晓燕秀兰"

MOBILE_PREFIXES = (
    "130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 "
    "166 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 191 198 199"
).split()

# Region codes (province-city-district) of places people move to a big city from.
REGIONS = (
    "110101 110105 110108 120101 130102 140105 210102 220102 230102 310104 310115 320102 320506 "
    "330106 340102 350102 360102 370102 410102 420102 430102 440106 440305 450102 500103 510104 "
    "520102 530102 610103 620102"
).split()

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"


def surname(rng: random.Random) -> str:
    return rng.choices(SURNAMES, weights=_SURNAME_WEIGHTS)[0]


def given_name(rng: random.Random, male: bool) -> str:
    chars = MALE_CHARS if male else FEMALE_CHARS
    length = 1 if rng.random() < 0.3 else 2
    return "".join(rng.choice(chars) for _ in range(length))


def full_name(rng: random.Random, male: bool | None = None) -> tuple[str, bool]:
    """A name and the sex it was drawn for."""
    if male is None:
        male = rng.random() < 0.5
    return surname(rng) + given_name(rng, male), male


def mobile(rng: random.Random, taken: set[str]) -> str:
    """An 11-digit mobile number not yet in `taken` (which it joins)."""
    while True:
        number = rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"
        if number not in taken:
            taken.add(number)
            return number


def landline(rng: random.Random, area: str, taken: set[str]) -> str:
    while True:
        number = f"{area}-{rng.choice('2345678')}{rng.randrange(10_000_000):07d}"
        if number not in taken:
            taken.add(number)
            return number


def id_check_digit(first17: str) -> str:
    total = sum(int(digit) * weight for digit, weight in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def id_number(rng: random.Random, birthday: dt.date, male: bool) -> str:
    """An 18-character resident ID: region, birth date, sequence (odd for men), checksum."""
    sequence = rng.randrange(500) * 2 + (1 if male else 0)
    first17 = f"{rng.choice(REGIONS)}{birthday:%Y%m%d}{sequence:03d}"
    return first17 + id_check_digit(first17)


def birthday(rng: random.Random, on: dt.date, min_age: int, max_age: int) -> dt.date:
    """A birth date giving an age between min_age and max_age on `on`."""
    days = rng.randrange(min_age * 365, max_age * 365)
    return on - dt.timedelta(days=days)
