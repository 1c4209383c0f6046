<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>models</name>
    <message>
        <source>This data file already holds an office; a demo office is only built into an empty one. Choose another data folder.</source>
        <translation>此数据文件中已有物业数据；演示数据只能建在空的数据文件中。请选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>Enter between {low} and {high} households.</source>
        <translation>请输入 {low} 到 {high} 之间的住户数。</translation>
    </message>
    <message>
        <source>Enter between {low} and {high} months.</source>
        <translation>请输入 {low} 到 {high} 之间的月数。</translation>
    </message>
    <message>
        <source>Enter between {low} and {high} tickets.</source>
        <translation>请输入 {low} 到 {high} 之间的工单数。</translation>
    </message>
</context>
</TS>