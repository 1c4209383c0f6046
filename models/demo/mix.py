"""How often things happen in the demo office: the kind mix of SPEC §2, category
weights per kind with their seasons (leaks in the rainy season, heating in winter,
pests in summer), channels, volume by month, weekday and hour of day."""

from __future__ import annotations

from models.codes import Channel, Kind

KIND_WEIGHTS = {Kind.REPAIR: 55, Kind.COMPLAINT: 15, Kind.INQUIRY: 18, Kind.SUGGESTION: 7, Kind.PRAISE: 5}

CATEGORY_WEIGHTS: dict[Kind, dict[str, float]] = {
    Kind.REPAIR: {
        "水电暖": 30,
        "公共设施": 14,
        "房屋渗漏": 10,
        "电梯": 8,
        "门窗": 12,
        "门禁": 7,
        "监控": 2,
        "消防设施": 3,
        "虫害": 3,
        "绿化养护": 2,
        "垃圾清运": 2,
        "楼道卫生": 3,
        "其他": 4,
    },
    Kind.COMPLAINT: {
        "噪音": 18,
        "停车秩序": 14,
        "宠物": 9,
        "楼道卫生": 9,
        "垃圾清运": 8,
        "服务态度": 8,
        "高空抛物": 4,
        "私搭乱建": 5,
        "占用公共空间": 8,
        "异味": 5,
        "外来人员": 4,
        "电梯": 4,
        "物业费": 2,
        "虫害": 3,
        "其他": 3,
    },
    Kind.INQUIRY: {"物业费": 24, "停车费": 15, "水电费": 15, "账单疑问": 14, "水电暖": 10, "门禁": 6, "其他": 16},
    Kind.SUGGESTION: {"绿化养护": 18, "公共设施": 22, "停车秩序": 15, "楼道卫生": 10, "服务态度": 10, "其他": 25},
    Kind.PRAISE: {"服务态度": 45, "水电暖": 18, "楼道卫生": 10, "公共设施": 8, "其他": 19},
}

# category -> {month: multiplier}; months not listed keep 1.0
SEASONS: dict[str, dict[int, float]] = {
    "房屋渗漏": {5: 1.6, 6: 3.5, 7: 4.0, 8: 3.5, 9: 1.6},
    "水电暖": {11: 2.0, 12: 2.3, 1: 2.3, 2: 1.8, 3: 1.4},
    "虫害": {5: 2.0, 6: 4.0, 7: 4.5, 8: 4.0, 9: 2.0},
    "绿化养护": {4: 2.0, 5: 2.2, 6: 1.8},
    "噪音": {6: 1.3, 7: 1.4, 8: 1.3},
    "停车秩序": {1: 1.3, 2: 1.5, 10: 1.3},
    "异味": {6: 1.5, 7: 1.8, 8: 1.6},
}
HEATING_MONTHS = {11, 12, 1, 2, 3}
RAINY_MONTHS = {6, 7, 8}

# overall volume by month (Spring Festival lull, rainy summer, heating winter)
MONTH_VOLUME = {1: 1.1, 2: 0.8, 3: 0.95, 4: 0.95, 5: 1.0, 6: 1.15, 7: 1.25, 8: 1.2, 9: 1.0, 10: 0.9, 11: 1.05, 12: 1.15}
WEEKDAY_VOLUME = [1.25, 1.1, 1.05, 1.0, 1.0, 0.7, 0.6]

# hour of day -> weight; peaks 9–11 and 14–17, quiet nights
WEEKDAY_HOURS = [
    0.2,
    0.1,
    0.1,
    0.1,
    0.1,
    0.2,
    0.5,
    1.5,
    4.0,
    8.0,
    9.0,
    8.0,
    4.0,
    3.5,
    7.0,
    8.0,
    8.0,
    6.5,
    3.5,
    3.0,
    2.5,
    1.8,
    1.0,
    0.5,
]
WEEKEND_HOURS = [
    0.3,
    0.2,
    0.1,
    0.1,
    0.1,
    0.2,
    0.4,
    1.0,
    3.0,
    5.5,
    6.5,
    6.0,
    4.0,
    3.5,
    5.0,
    5.5,
    5.5,
    5.0,
    4.0,
    3.5,
    3.0,
    2.0,
    1.2,
    0.6,
]

CHANNEL_WEIGHTS: dict[Kind, dict[Channel, float]] = {
    Kind.REPAIR: {Channel.PHONE: 48, Channel.WALK_IN: 15, Channel.ONLINE: 25, Channel.PATROL: 10, Channel.OTHER: 2},
    Kind.COMPLAINT: {Channel.PHONE: 55, Channel.WALK_IN: 20, Channel.ONLINE: 22, Channel.OTHER: 3},
    Kind.INQUIRY: {Channel.PHONE: 55, Channel.WALK_IN: 25, Channel.ONLINE: 20},
    Kind.SUGGESTION: {Channel.PHONE: 15, Channel.WALK_IN: 15, Channel.ONLINE: 35, Channel.SUGGESTION_BOX: 35},
    Kind.PRAISE: {Channel.PHONE: 35, Channel.WALK_IN: 30, Channel.ONLINE: 25, Channel.SUGGESTION_BOX: 10},
}
PATROL_CATEGORIES = {"公共设施", "电梯", "门禁", "监控", "消防设施", "楼道卫生", "垃圾清运", "绿化养护"}

PUBLIC_CATEGORIES = {
    "公共设施",
    "电梯",
    "垃圾清运",
    "楼道卫生",
    "绿化养护",
    "门禁",
    "停车秩序",
    "外来人员",
    "监控",
    "消防设施",
    "高空抛物",
    "占用公共空间",
    "私搭乱建",
}

# callback ratings: 5 and 4 mostly, a few unhappy owners
RATING_WEIGHTS = {5: 62, 4: 26, 3: 7, 2: 3, 1: 2}

TICKETS_PER_HOUSEHOLD_MONTH = 0.35


def category_weights(kind: Kind, month: int) -> dict[str, float]:
    return {name: weight * SEASONS.get(name, {}).get(month, 1.0) for name, weight in CATEGORY_WEIGHTS[kind].items()}
