"""What the demo office's people write: ticket descriptions from templates with
variation (channel opening, place, time, closing), the urgent situations that raise a
ticket's priority, crews' work reports with materials and costs, replies, callback
comments, reasons to pause, cancel and merge, and reopen notes."""

from __future__ import annotations

import random

from models.codes import Channel, Kind

ROOMS = ["厨房", "卫生间", "主卧", "次卧", "客厅", "阳台", "书房"]
WHEN = ["昨晚", "今天早上", "这两天", "从上周开始", "刚才", "今天中午", "最近几天"]
AREAS = [
    "小区南门",
    "北门岗亭",
    "地下车库B区",
    "地下车库入口",
    "中心花园",
    "儿童游乐区",
    "东侧围墙",
    "健身器材区",
    "单元门口",
    "电梯厅",
    "消防通道",
    "垃圾分类站",
    "非机动车棚",
    "物业楼前",
]

OPENINGS = {
    Channel.PHONE: ["业主来电反映：", "住户来电称", "业主来电：", ""],
    Channel.WALK_IN: ["业主到前台反映：", "住户来访称", "业主到服务中心反映"],
    Channel.ONLINE: ["微信公众号留言：", "业主群反映：", "线上报事："],
    Channel.SUGGESTION_BOX: ["意见箱来信："],
    Channel.PATROL: ["巡检发现："],
    Channel.OTHER: [""],
}
CLOSINGS = ["请尽快处理。", "", "", "麻烦尽快。"]
HOME_CLOSINGS = CLOSINGS + ["希望尽快安排师傅上门。", "业主下午在家。", "请联系业主约时间。"]
PATROL_CLOSINGS = ["已拍照记录。", "请相关部门处理。", ""]

# category -> [(template, urgent)]; {room} {when} {area} are filled in
PROBLEMS: dict[str, list[tuple[str, bool]]] = {
    "水电暖": [
        ("{room}水龙头一直滴水，关不紧", False),
        ("{room}下水道堵塞，水下不去", False),
        ("{room}插座没电，其他房间正常", False),
        ("家里总闸{when}频繁跳闸", False),
        ("{room}马桶水箱一直流水，响个不停", False),
        ("热水器进水管接口渗水", False),
        ("{room}灯不亮，换了灯泡也不行", False),
        ("{room}水管爆裂，水流了一地", True),
        ("家里突然停电，整个单元都没电", True),
        ("闻到燃气味，怀疑燃气管道泄漏", True),
    ],
    "暖气": [
        ("暖气不热，室温只有十四五度", False),
        ("{room}暖气片不热，其他房间正常", False),
        ("地暖温度低，{when}一直不热", False),
        ("暖气片阀门渗水", False),
        ("暖气管道爆裂，漏水到楼下", True),
    ],
    "公共设施": [
        ("{area}的路灯不亮", False),
        ("单元门禁对讲坏了，楼下按不通", False),
        ("{area}地砖松动，容易绊倒老人", False),
        ("楼道声控灯不亮，晚上很黑", False),
        ("{area}的健身器材螺丝松了", False),
        ("单元门闭门器坏了，门关不上", False),
        ("{area}井盖破损，存在安全隐患", False),
    ],
    "房屋渗漏": [
        ("{room}天花板渗水，墙皮脱落", False),
        ("{room}外墙渗水，下雨就湿一片", False),
        ("{room}窗台下雨后渗水", False),
        ("楼上卫生间渗水到我家{room}", False),
        ("{when}下大雨，{room}顶棚渗水滴到床上", False),
        ("楼上漏水到楼下，水一直往下滴", True),
    ],
    "电梯": [
        ("电梯运行时有异响", False),
        ("电梯按钮失灵，按了不亮", False),
        ("电梯门关不严，反复开关", False),
        ("电梯困人，有人被困在电梯里", True),
        ("电梯停在两层之间，里面有老人", True),
    ],
    "门窗": [
        ("{room}窗户关不严，漏风", False),
        ("入户门锁芯坏了，钥匙拧不动", False),
        ("{room}推拉门滑轮坏了", False),
        ("{room}纱窗破了需要更换", False),
        ("阳台窗户把手断了", False),
    ],
    "垃圾清运": [
        ("{area}垃圾桶满了没人清理", False),
        ("{area}的建筑垃圾堆了好几天", False),
        ("垃圾清运车早上太早，噪音大", False),
        ("垃圾分类站周边有污水", False),
    ],
    "楼道卫生": [
        ("楼道里有人堆放杂物，影响通行", False),
        ("楼道{when}没人打扫，很脏", False),
        ("电梯里有宠物粪便", False),
        ("单元门口有小广告", False),
    ],
    "绿化养护": [
        ("{area}的树枝太长，挡住了{room}的窗户", False),
        ("{area}草坪很久没修剪", False),
        ("{area}的灌木枯死了", False),
        ("绿化带浇水水管破了，草地上一片积水", False),
    ],
    "异味": [
        ("楼道里有很大的异味", False),
        ("{area}下水道返臭味", False),
        ("{room}地漏返异味", False),
        ("垃圾站臭味太大，影响开窗", False),
    ],
    "虫害": [
        ("{room}发现很多蟑螂", False),
        ("{area}有老鼠出没", False),
        ("楼道有很多蚊虫，希望消杀", False),
        ("{area}树上有马蜂窝", False),
    ],
    "门禁": [
        ("门禁卡刷不开单元门", False),
        ("人脸识别门禁认不出来", False),
        ("{area}道闸不抬杆", False),
        ("单元门禁坏了，门一直开着", False),
    ],
    "停车秩序": [
        ("有车堵在消防通道", False),
        ("车位被别人占了", False),
        ("{area}乱停车，车开不出去", False),
        ("外来车辆长期占用业主车位", False),
    ],
    "外来人员": [
        ("有陌生人在楼道里发传单", False),
        ("{area}有人推销，挨家敲门", False),
        ("外卖员骑车在小区里速度太快", False),
    ],
    "监控": [
        ("{area}的监控摄像头好像坏了", False),
        ("车被刮了，想调看{area}的监控", False),
        ("电动车被偷了，希望调取监控", False),
    ],
    "消防设施": [
        ("楼道灭火器过期了", False),
        ("消防栓箱门坏了", False),
        ("{area}消防通道被杂物堵塞", False),
        ("楼道烟感一直报警", False),
        ("楼道有烟，疑似火情", True),
    ],
    "物业费": [("对物业费上涨有意见", False), ("物业费发票还没收到", False)],
    "停车费": [("停车费扣了两次", False)],
    "水电费": [("本月电费比平时高很多", False)],
    "账单疑问": [("账单上多了一项公摊费", False)],
    "噪音": [
        ("楼上{when}很吵，影响休息", False),
        ("邻居装修中午施工，噪音很大", False),
        ("{area}广场舞音乐太响", False),
        ("楼上深夜拖动家具", False),
        ("邻居家狗一直叫", False),
    ],
    "高空抛物": [("{when}有人从楼上扔东西，差点砸到人", True), ("楼下车上被扔了垃圾，怀疑高空抛物", False)],
    "宠物": [("有人遛狗不牵绳", False), ("{area}有狗屎没人清理", False), ("邻居家猫在楼道里乱跑", False)],
    "私搭乱建": [("楼顶有人私自搭建彩钢房", False), ("一楼住户私自圈占绿地", False), ("邻居阳台违规外扩", False)],
    "占用公共空间": [
        ("楼道被邻居堆满纸箱", False),
        ("{area}被私家车长期占用", False),
        ("有人在楼道给电动车充电", False),
        ("电梯厅放了鞋柜", False),
    ],
    "服务态度": [
        ("前台工作人员态度不好", False),
        ("维修师傅上门迟到也没提前打招呼", False),
        ("秩序维护员说话不客气", False),
    ],
    "其他": [("小区快递柜不够用", False), ("{area}的座椅坏了", False), ("小区里有流浪猫", False)],
}

INQUIRIES: dict[str, list[str]] = {
    "物业费": ["咨询物业费怎么交", "问今年物业费的标准", "咨询物业费能不能开发票", "问物业费按年交有没有优惠"],
    "停车费": ["咨询月租车位怎么办理", "问临时停车怎么收费", "咨询车位续费方式"],
    "水电费": ["咨询电费在哪里交", "问水费是几个月抄一次表", "咨询电卡怎么充值"],
    "账单疑问": ["对账单上的金额有疑问", "问账单上的公摊费是什么", "咨询上个月账单为什么有滞纳金"],
    "水电暖": ["咨询明天停水的时间", "问供暖什么时候开始", "咨询什么时候恢复供电", "问暖气费怎么交"],
    "门禁": ["咨询门禁卡丢了怎么补办", "问怎么录入人脸门禁", "咨询访客怎么登记进门"],
    "其他": ["咨询装修需要办什么手续", "问快递可以放哪里", "咨询小区开具居住证明", "问大件垃圾怎么处理"],
}
SUGGESTIONS: dict[str, list[str]] = {
    "绿化养护": ["建议{area}多种些花", "建议定期给{area}的树木修枝", "建议绿化浇水避开早高峰"],
    "公共设施": ["建议{area}增加休息座椅", "建议{area}加装照明", "建议增设电动车充电桩", "建议{area}加装扶手"],
    "停车秩序": ["建议地下车库增加指示牌", "建议访客车辆限时停放", "建议划定临时停车区"],
    "楼道卫生": ["建议楼道每周拖洗两次", "建议电梯内定期消毒"],
    "服务态度": ["建议前台延长晚上服务时间", "建议维修上门前电话预约"],
    "其他": ["建议开通线上缴费", "建议多组织社区活动", "建议计划停水、停供电前提前在业主群通知", "建议增加快递柜"],
}
PRAISES: dict[str, list[str]] = {
    "服务态度": ["表扬前台{staff}热情耐心", "感谢客服{staff}帮忙协调邻里矛盾", "表扬秩序维护员帮老人提东西"],
    "水电暖": ["表扬维修师傅{staff}上门及时、修得好", "感谢{staff}师傅晚上加班抢修"],
    "楼道卫生": ["表扬保洁阿姨楼道打扫得很干净"],
    "公共设施": ["感谢物业及时修好了{area}的路灯"],
    "其他": ["感谢物业组织的社区活动", "送来锦旗感谢物业帮忙找到走失的老人"],
}

WORK_DONE: dict[str, list[tuple[str, str, int]]] = {
    "水电暖": [
        ("更换水龙头阀芯", "阀芯1个", 3500),
        ("疏通下水管道", "", 0),
        ("更换插座面板，检查线路", "插座面板1个", 1500),
        ("检查漏电开关，更换空开", "空气开关1个", 4500),
        ("更换马桶进水阀", "进水阀1套", 6000),
        ("排气、清洗暖气过滤网", "", 0),
        ("更换暖气片阀门", "阀门1个", 8000),
        ("关闭总阀，更换爆裂管段", "PPR管2米，管件若干", 12000),
    ],
    "房屋渗漏": [
        ("查找漏点，重做卫生间防水", "防水涂料2桶", 0),
        ("外墙打胶封堵", "密封胶3支", 0),
        ("更换楼上卫生间下水管接口", "管件2个", 0),
    ],
    "门窗": [
        ("更换锁芯", "锁芯1个", 8000),
        ("调整窗扇，更换密封条", "密封条6米", 3000),
        ("更换推拉门滑轮", "滑轮2个", 4000),
    ],
    "电梯": [
        ("通知维保单位处理，已恢复运行", "", 0),
        ("维保单位更换按钮板", "", 0),
        ("救出被困人员，电梯停用检修", "", 0),
    ],
}
GENERIC_WORK = [("已到现场处理完毕", "", 0), ("已处理，并告知业主", "", 0), ("已协调相关人员处理完毕", "", 0)]
COMPLAINT_WORK = [
    "已上门劝导，对方表示配合",
    "已张贴温馨提示并加强巡查",
    "已联系当事人整改完毕",
    "已安排清理并加强巡查",
]

ACK_REPLIES = [
    "已电话告知业主，安排师傅今天上门",
    "已告知业主已受理，将尽快处理",
    "已回复业主，今天下午安排处理",
    "已联系业主约定明天上午上门",
    "已告知业主，由相关部门跟进",
]
STAGE_REPLIES = [
    "已通知维保单位，预计二十分钟内到场",
    "工程值班人员已赶往现场",
    "已关闭楼栋总阀，正在抢修",
    "已通知安保人员到场处置",
]
ANSWERS = ["已当场解答", "已电话答复业主", "已告知办理流程", "已答复并发送相关通知"]
SUGGESTION_REPLIES = ["已采纳，纳入下月工作计划", "已转相关部门评估，已答复业主", "感谢建议，已答复业主"]
PRAISE_REPLIES = ["已转达表扬", "已在部门例会上通报表扬"]

HAPPY_COMMENTS = ["师傅很专业", "处理及时，满意", "态度很好", "", "", "", "谢谢物业"]
UNHAPPY_COMMENTS = [
    "问题没有彻底解决，又坏了",
    "师傅上门迟到了",
    "等了好几天才来处理",
    "处理后现场没有清理",
    "态度一般",
    "还是漏水",
]
REOPEN_NOTES = ["回访业主表示问题仍未解决，重新处理", "业主对处理结果不满意，重新派工", "回访不满意，安排复查"]
UNREACHED_NOTE = "多次联系未接通，回访结束"
# the supervisor's note on a flagged callback (mostly none)
REVIEW_NOTES = ["", "", "", "", "", "已阅", "已电话安抚业主", "已安排复查", "已提醒维修班组注意", "转物业经理跟进"]

CANCEL_REASONS = ["业主已自行处理", "业主来电取消", "经核实非物业责任范围，已告知业主", "重复登记"]
PAUSE_REASONS = {
    "awaiting_parts": "等待配件到货",
    "owner_unreachable": "业主不在家，约好时间再上门",
    "owner_requested": "业主要求周末再来处理",
}
MERGE_NOTE = "与工单 {number} 为同一问题，合并处理"


def fill(rng: random.Random, template: str, staff: str = "") -> str:
    return template.format(room=rng.choice(ROOMS), when=rng.choice(WHEN), area=rng.choice(AREAS), staff=staff)


def problem(rng: random.Random, category: str, heating: bool) -> tuple[str, bool]:
    """A complaint or repair problem for the category and whether it is urgent."""
    key = "暖气" if category == "水电暖" and heating and rng.random() < 0.6 else category
    template, urgent = rng.choice(PROBLEMS.get(key) or PROBLEMS["其他"])
    return fill(rng, template), urgent


def description(
    rng: random.Random, kind: str, category: str, channel: str, *, in_home: bool, heating: bool, staff: str
) -> tuple[str, bool]:
    """The ticket's description in a clerk's words and whether it sounds urgent."""
    if kind == Kind.INQUIRY:
        return fill(rng, rng.choice(INQUIRIES.get(category) or INQUIRIES["其他"])) + "。", False
    if kind == Kind.SUGGESTION:
        return rng.choice(OPENINGS[channel]) + fill(
            rng, rng.choice(SUGGESTIONS.get(category) or SUGGESTIONS["其他"])
        ) + "。", False
    if kind == Kind.PRAISE:
        return fill(rng, rng.choice(PRAISES.get(category) or PRAISES["其他"]), staff) + "。", False
    text, urgent = problem(rng, category, heating)
    closings = PATROL_CLOSINGS if channel == Channel.PATROL else HOME_CLOSINGS if in_home else CLOSINGS
    closing = "请马上处理！" if urgent else rng.choice(closings)
    return (
        f"{rng.choice(OPENINGS[channel])}{text}，{closing}" if closing else f"{rng.choice(OPENINGS[channel])}{text}。",
        urgent,
    )


def work_done(rng: random.Random, kind: str, category: str) -> tuple[str, str, int]:
    """(work done, materials, cost in cents charged to the owner)."""
    if kind == Kind.COMPLAINT:
        return rng.choice(COMPLAINT_WORK), "", 0
    work, materials, cost = rng.choice(WORK_DONE.get(category) or GENERIC_WORK)
    return work, materials, cost if rng.random() < 0.6 else 0
