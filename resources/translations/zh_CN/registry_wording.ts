<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>RegistryWording</name>
    <message>
        <source>Callback overdue {duration}</source>
        <translation>回访超时 {duration}</translation>
    </message>
    <message>
        <source>Callback in {duration}</source>
        <translation>回访 {duration}</translation>
    </message>
</context>
</TS>