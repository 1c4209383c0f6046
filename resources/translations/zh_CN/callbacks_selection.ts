<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallbacksSelection</name>
    <message>
        <source>Prints the callbacks selected in the list (Ctrl+click, Shift+click); with one or none, today's sheet.</source>
        <translation>打印列表中选中的回访（Ctrl+单击、Shift+单击多选）；只选一条或未选时打印今日回访单。</translation>
    </message>
    <message>
        <source>{count} selected callbacks written to {path}.</source>
        <translation>已将选中的 {count} 条回访写入 {path}。</translation>
    </message>
</context>
</TS>