<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>UrgentWordsDialog</name>
    <message>
        <source>Urgent words…</source>
        <translation>紧急用语…</translation>
    </message>
    <message>
        <source>Urgent words</source>
        <translation>紧急用语</translation>
    </message>
    <message>
        <source>When an owner&apos;s description holds one of these phrases, intake suggests &apos;urgent&apos; whatever the category. One phrase per line; * stands for up to six characters in between (电梯*困). A phrase right after 没有, 不 or 未 does not count.</source>
        <translation>业主的描述中出现下列用语时，登记工单会建议“紧急”，不论分类。每行一个用语；* 表示中间可隔最多六个字（如 电梯*困）。紧跟在“没有”“不”“未”之后的用语不算。</translation>
    </message>
    <message>
        <source>&amp;Urgent when the owner says</source>
        <translation>业主说到这些词即为紧急(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Not urgent despite a word</source>
        <translation>虽含这些词但不紧急(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restore the default words</source>
        <translation>恢复默认用语</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Keep each phrase under {limit} characters: “{phrase}”.</source>
        <translation>每个用语不超过 {limit} 个字：“{phrase}”。</translation>
    </message>
    <message>
        <source>A phrase needs words besides *: “{phrase}”.</source>
        <translation>用语除 * 外还须有文字：“{phrase}”。</translation>
    </message>
</context>
</TS>
