<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>RegistryWording</name>
    <message>
        <source>Callback {time_left}</source>
        <translation>回访 {time_left}</translation>
    </message>
</context>
</TS>