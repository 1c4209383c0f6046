"""Knowledge entries a working office has collected beyond the seeded defaults: the
standard replies the demo desk gives most often (decoration permits, access cards,
parking permits, waste sorting, pets, heating, pests)."""

from __future__ import annotations

from models.codes import KnowledgeKind
from models.demo.bulk import insert_rows
from models.registers import Category, KnowledgeEntry

ENTRIES = [
    (
        "其他",
        KnowledgeKind.FAQ,
        "装修申请办理流程",
        "装修前请业主携带房产证明、身份证和装修公司资质到物业服务中心办理装修申请，缴纳装修押金，领取装修许可证后方可施工。",
        "装修,手续,押金",
    ),
    (
        "门禁",
        KnowledgeKind.FAQ,
        "门禁卡补办",
        "门禁卡遗失请携带身份证到前台补办，工本费 20 元，当场注销旧卡；人脸门禁可在前台或公众号录入。",
        "门禁卡,补办,人脸",
    ),
    (
        "停车费",
        KnowledgeKind.FAQ,
        "月租车位办理",
        "月租车位需携带行驶证、身份证到前台登记，按月或按年缴费；车位紧张时按登记顺序排队。",
        "月租,车位,停车",
    ),
    (
        "垃圾清运",
        KnowledgeKind.FAQ,
        "垃圾分类投放时间",
        "垃圾分类站每天 7:00–9:00、18:00–20:00 有人值守；大件垃圾和装修垃圾请预约，不得堆放在楼道。",
        "垃圾分类,大件垃圾",
    ),
    (
        "宠物",
        KnowledgeKind.SCRIPT,
        "文明养宠答复",
        "您好，我们已安排秩序维护员前往提醒。小区规定遛狗须牵绳、及时清理粪便，大型犬不得进入电梯，感谢您的理解与监督。",
        "遛狗,牵绳,宠物",
    ),
    (
        "水电暖",
        KnowledgeKind.SCRIPT,
        "暖气不热答复",
        "您好，供暖期内室温应不低于 18 °C。请先检查暖气阀门是否全开、暖气片是否需要排气，我们已安排工程人员上门测温。",
        "暖气,供暖,不热",
    ),
    (
        "虫害",
        KnowledgeKind.SCRIPT,
        "消杀安排答复",
        "您好，小区每月定期进行公共区域消杀，夏季每两周一次。已登记您反映的位置，消杀员将在两个工作日内处理。",
        "蟑螂,老鼠,消杀,蚊虫",
    ),
    (
        "房屋渗漏",
        KnowledgeKind.FAQ,
        "外墙渗漏维修责任",
        "外墙、屋面渗漏属共用部位，在保修期内由开发商负责，保修期外使用专项维修资金，物业负责协调和报修。",
        "外墙,屋面,维修资金",
    ),
]


def add_knowledge() -> int:
    """Add the entries whose titles the office does not have yet; return how many."""
    categories = {c.name: c.id for c in Category.select().where(Category.parent.is_null(False))}
    titles = {entry.title for entry in KnowledgeEntry.select(KnowledgeEntry.title)}
    rows = [
        (categories.get(category), str(kind), title, body, keywords, 0)
        for category, kind, title, body, keywords in ENTRIES
        if title not in titles
    ]
    insert_rows("knowledge_entry", ("category_id", "kind", "title", "body", "keywords", "archived"), rows)
    return len(rows)
