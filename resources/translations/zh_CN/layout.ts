<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>FittedColumns</name>
    <message>
        <source>Long text on two lines when one line does not fit</source>
        <translation>一行放不下时长文本分两行</translation>
    </message>
    <message>
        <source>Long text always on two lines</source>
        <translation>长文本总是分两行</translation>
    </message>
    <message>
        <source>Long text on one line, shortened with …</source>
        <translation>长文本只占一行，放不下时以…省略</translation>
    </message>
    <message>
        <source>Show all columns at their usual widths</source>
        <translation>显示全部列并恢复默认列宽</translation>
    </message>
</context>
</TS>