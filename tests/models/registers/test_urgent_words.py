"""Urgent by the owner's words: a table of how callers really describe things, urgent and
not, read by the priority suggestion; the office adds its own words to the register."""

from __future__ import annotations

import pytest

from models.errors import ValidationError
from models.registers import restore_default_urgent_words, save_urgent_words, sounds_urgent, urgent_words
from models.tickets import suggest_priority
from tests.acting import admin
from tests.office import category_id

URGENT = [
    "进水软管爆了，水一直往外冒…天花板在滴水",
    "厨房水管爆了",
    "卫生间冒水了，地上全是水",
    "楼上漏水，我家天花板在滴水",
    "我被困在电梯里了",
    "3号楼电梯困人了，里面有个老人",
    "电梯卡在两层中间，里面有人",
    "小孩被关在电梯里出不来",
    "电梯里困了两个人",
    "闻到很大的煤气味",
    "楼道里有燃气味，很浓",
    "厨房漏气了，嘶嘶响",
    "配电箱冒烟了",
    "地下车库有烟，好像着火了",
    "插座冒火花",
    "楼下垃圾堆烧起来了",
    "整栋楼停电了",
    "家里突然没电了，跳闸合不上",
    "楼道有人触电",
    "暖气管爆了，热水喷出来",
    "水管裂了，一直在喷水",
    "下水道返水，污水漫到客厅",
    "家里进水了，水淹到脚踝",
    "消防栓漏水，水流不停",
    "外墙瓷砖掉下来了，差点砸到人",
    "阳台玻璃碎了要掉下来",
    "车库顶上一直滴水",
    "以前漏过水，现在又漏水了",
]
CALM = [
    "以前漏过水，已修好，想问一下保修期",
    "上个月水管爆过，师傅修得很好",
    "卫生间墙面有点潮，没有漏水",
    "电梯按钮不灵敏",
    "楼道灯不亮",
    "想咨询一下燃气费怎么交",
    "之前闻到的煤气味已经没有了",
    "邻居吵架发火，声音很大",
    "楼下火锅店油烟太大",
    "物业费发票开错了",
    "草坪需要修剪",
    "小区停车位被占",
    "下周的停电通知什么时候贴",
    "明天停水几点恢复",
    "水龙头有点滴水",
    "空调外机滴水到楼下阳台",
    "楼道有烟味，有人抽烟",
    "上次电梯困人的事处理得很好",
    "门禁卡丢了要补办",
    "电梯卡消磁了刷不开",
    "窗户密封条老化漏风",
    "墙面渗水发霉",
    "邻居装修噪音太大",
    "垃圾桶满了没人清",
    "楼道防火门关不上",
]


def test_the_table_is_large_enough_to_mean_something():
    assert len(URGENT) + len(CALM) >= 40


@pytest.mark.parametrize("description", URGENT)
def test_owners_words_that_are_urgent(folder, description):
    assert sounds_urgent(description)


@pytest.mark.parametrize("description", CALM)
def test_owners_words_that_are_not_urgent(folder, description):
    assert not sounds_urgent(description)


def test_the_burst_hose_of_the_issue_is_suggested_urgent_in_a_normal_category(office):
    # 水电暖 defaults to 普通; the words make it 紧急
    assert suggest_priority(category_id("水电暖"), "进水软管爆了，水一直往外冒…天花板在滴水") == "urgent"
    assert suggest_priority(category_id("水电暖"), "以前漏过水，已修好") == "normal"


def test_an_office_adds_its_own_words_and_they_are_kept(folder):
    assert not sounds_urgent("地库闸机砸车了")
    words = urgent_words()
    save_urgent_words([*words.urgent, "  砸车 ", "砸车", ""], list(words.calm), **admin())
    assert urgent_words().urgent[-1] == "砸车"  # trimmed, once
    assert sounds_urgent("地库闸机砸车了")
    restore_default_urgent_words(**admin())
    assert not sounds_urgent("地库闸机砸车了")


def test_a_phrase_of_only_gaps_is_refused_with_a_sentence(folder):
    with pytest.raises(ValidationError) as refused:
        save_urgent_words(["**"], [], **admin())
    assert refused.value.problems == {"urgent": "A phrase needs words besides *: “{phrase}”."}
    assert urgent_words().urgent[0] == "爆裂"  # nothing saved
