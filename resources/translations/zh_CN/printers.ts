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
        <source>There is no printer named “{name}” on this computer.</source>
        <translation>这台电脑上没有名为“{name}”的打印机。</translation>
    </message>
    <message>
        <source>No printer is set up on this computer; save the work orders as a PDF instead.</source>
        <translation>这台电脑上没有设置打印机，请改为将派工单保存为 PDF。</translation>
    </message>
    <message>
        <source>The printer “{name}” is paused or reports an error, so nothing was sent. Resume it in the system's printer settings (or choose another printer) and print again.</source>
        <translation>打印机“{name}”已暂停或报告错误，没有发送任何内容。请在系统的打印机设置中恢复它（或选择其他打印机）后重新打印。</translation>
    </message>
    <message>
        <source>The printer “{name}” could not be opened; nothing was sent.</source>
        <translation>无法打开打印机“{name}”，没有发送任何内容。</translation>
    </message>
</context>
</TS>