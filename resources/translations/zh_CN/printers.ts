<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliPrinter</name>
    <message>
        <source>Work order {number} sent to the printer {printer}.</source>
        <translation>工单 {number} 的派工单已发送到打印机 {printer}。</translation>
    </message>
    <message>
        <source>{count} work orders sent to the printer {printer}.</source>
        <translation>{count} 张派工单已发送到打印机 {printer}。</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>The printer “{name}” could not be opened; nothing was sent.</source>
        <translation>无法打开打印机“{name}”，没有发送任何内容。</translation>
    </message>
</context>
</TS>