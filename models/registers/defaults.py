"""What a new data file starts with (SPEC §2): the six departments, the default
category tree with default priority and department, and the knowledge base's standard replies and emergency checklists.
Everything here is ordinary data the office edits afterwards."""

from __future__ import annotations

from models.codes import KnowledgeKind, Priority
from models.registers.catalog_tables import Category, KnowledgeEntry
from models.registers.staff_tables import Department
from models.store import database

DEPARTMENTS = [
    ("engineering", "工程维修"),
    ("cleaning", "保洁"),
    ("security", "安保"),
    ("greening", "绿化"),
    ("finance", "财务"),
    ("service_desk", "客服"),
]

# group -> [(category, default priority, department code)]
CATEGORIES: dict[str, list[tuple[str, Priority, str]]] = {
    "维修": [
        ("水电暖", Priority.NORMAL, "engineering"),
        ("公共设施", Priority.NORMAL, "engineering"),
        ("房屋渗漏", Priority.NORMAL, "engineering"),
        ("电梯", Priority.URGENT, "engineering"),
        ("门窗", Priority.NORMAL, "engineering"),
    ],
    "环境卫生": [
        ("垃圾清运", Priority.NORMAL, "cleaning"),
        ("楼道卫生", Priority.NORMAL, "cleaning"),
        ("绿化养护", Priority.LOW, "greening"),
        ("异味", Priority.NORMAL, "cleaning"),
        ("虫害", Priority.NORMAL, "cleaning"),
    ],
    "安全管理": [
        ("门禁", Priority.NORMAL, "security"),
        ("停车秩序", Priority.NORMAL, "security"),
        ("外来人员", Priority.NORMAL, "security"),
        ("监控", Priority.NORMAL, "security"),
        ("消防设施", Priority.URGENT, "security"),
    ],
    "费用": [
        ("物业费", Priority.LOW, "finance"),
        ("停车费", Priority.LOW, "finance"),
        ("水电费", Priority.LOW, "finance"),
        ("账单疑问", Priority.LOW, "finance"),
    ],
    "邻里与公德": [
        ("噪音", Priority.NORMAL, "security"),
        ("高空抛物", Priority.URGENT, "security"),
        ("宠物", Priority.NORMAL, "security"),
        ("私搭乱建", Priority.NORMAL, "security"),
        ("占用公共空间", Priority.NORMAL, "security"),
    ],
    "服务态度": [("服务态度", Priority.NORMAL, "service_desk")],
    "其他": [("其他", Priority.NORMAL, "service_desk")],
}

KNOWLEDGE: list[tuple[str | None, KnowledgeKind, str, str, str]] = [
    (
        "水电暖",
        KnowledgeKind.SCRIPT,
        "计划停水通知答复",
        "您好，因小区二次供水设施检修，今日 9:00–17:00 计划停水，预计 17:00 前恢复。请提前储水，恢复供水后先放水 1–2 分钟再使用。给您带来不便，敬请谅解。",
        "停水,检修",
    ),
    (
        "水电暖",
        KnowledgeKind.SCRIPT,
        "户内跳闸答复",
        "您好，请先确认户内配电箱总闸是否跳闸；如复位后再次跳闸，请断开大功率电器后重试，我们已安排电工上门检查，预计 30 分钟内联系您。",
        "跳闸,停电",
    ),
    (
        "房屋渗漏",
        KnowledgeKind.SCRIPT,
        "渗漏报修答复",
        "您好，已登记您家渗漏情况。请先将漏水处下方物品移开并用容器接水，维修人员将在 2 小时内上门查看漏点，如涉及楼上住户我们会协调入户。",
        "漏水,渗水",
    ),
    (
        "物业费",
        KnowledgeKind.FAQ,
        "物业费缴纳方式",
        "物业费可在物业服务中心前台现金/刷卡缴纳，或通过小区公众号在线缴纳；按年缴纳可开具发票。",
        "缴费,发票",
    ),
    (
        "停车秩序",
        KnowledgeKind.FAQ,
        "临时停车规定",
        "访客车辆进入小区需登记，2 小时内免费，超出按每小时 3 元收费；消防通道禁止停车。",
        "停车,访客",
    ),
    (
        "噪音",
        KnowledgeKind.SCRIPT,
        "装修噪音答复",
        "您好，小区装修作业时间为工作日 8:00–12:00、14:00–18:00，节假日禁止产生噪音的作业。我们会立即安排秩序维护员前往劝导。",
        "装修,噪音",
    ),
    (
        "电梯",
        KnowledgeKind.EMERGENCY,
        "电梯困人应急预案",
        "1. 安抚被困人员：保持冷静，不要扒门，按紧急呼叫按钮。\n2. 立即通知电梯维保单位（30 分钟内到场）和工程值班人员。\n3. 安保人员到场确认楼层、人数、有无身体不适。\n4. 救援完成后记录时间、原因，电梯停用待检。",
        "困人,电梯",
    ),
    (
        "消防设施",
        KnowledgeKind.EMERGENCY,
        "火情应急预案",
        "1. 立即拨打 119，说明小区地址、楼栋、楼层。\n2. 通知安保队长启动消防预案，组织疏散，禁止使用电梯。\n3. 工程人员确认消防泵、排烟系统运行。\n4. 到小区门口引导消防车。",
        "火,火情,着火",
    ),
    (
        "水电暖",
        KnowledgeKind.EMERGENCY,
        "燃气泄漏应急预案",
        "1. 告知业主：不要开关电器、不要打电话于室内，立即开窗通风，关闭燃气总阀，撤离到室外。\n2. 通知燃气公司抢修电话及安保人员到场警戒。\n3. 疏散同楼层住户，禁止明火。",
        "燃气,煤气",
    ),
    (
        "水电暖",
        KnowledgeKind.EMERGENCY,
        "水管爆裂应急预案",
        "1. 指导业主关闭户内进水总阀；公共管道爆裂由工程人员关闭楼栋阀门。\n2. 工程人员 30 分钟内到场抢修，保洁人员清理积水。\n3. 检查楼下住户是否受影响，做好记录和拍照。",
        "爆裂,爆管,漏水到楼下",
    ),
    (
        "水电暖",
        KnowledgeKind.EMERGENCY,
        "停电应急预案",
        "1. 确认停电范围（单户/单元/全小区）。\n2. 全小区停电：联系供电局，启动应急照明，检查电梯是否困人。\n3. 在业主群及公告栏发布停电说明及预计恢复时间。",
        "停电",
    ),
]


def seed_default_registers() -> None:
    """Fill an empty office with the default departments, categories and knowledge entries;
    does nothing where data already exists."""
    with database.atomic():
        if not Department.select().exists():
            for code, name in DEPARTMENTS:
                Department.create(code=code, name=name)
        if not Category.select().exists():
            _seed_categories()
        if not KnowledgeEntry.select().exists():
            _seed_knowledge()


def _seed_categories() -> None:
    departments = {d.code: d for d in Department.select()}
    for group_position, (group_name, children) in enumerate(CATEGORIES.items()):
        group = Category.create(name=group_name, position=group_position)
        for position, (name, priority, department) in enumerate(children):
            Category.create(
                parent=group,
                name=name,
                default_priority=priority,
                default_department=departments.get(department),
                position=position,
            )


def _seed_knowledge() -> None:
    categories = {c.name: c for c in Category.select().where(Category.parent.is_null(False))}
    for category, kind, title, body, keywords in KNOWLEDGE:
        KnowledgeEntry.create(category=categories.get(category), kind=kind, title=title, body=body, keywords=keywords)
