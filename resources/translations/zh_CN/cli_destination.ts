<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliCallbacks</name>
    <message>
        <source>Not a date of the form YYYY-MM-DD: “{text}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No callbacks are due on {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} callbacks due on {day} written to {file}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliDestination</name>
    <message>
        <source>{count} callbacks due on {day} sent to the printer {printer}.</source>
        <translation>{day} 到期的 {count} 条回访已发送到打印机 {printer}。</translation>
    </message>
    <message>
        <source>Monthly summary of {month} sent to the printer {printer} ({count} tickets received).</source>
        <translation>{month} 月度报告已发送到打印机 {printer}（受理 {count} 张工单）。</translation>
    </message>
    <message>
        <source>{count} questionnaires ({first}–{last}) of {campaign} sent to the printer {printer}.</source>
        <translation>{campaign} 的 {count} 份问卷（{first}–{last}）已发送到打印机 {printer}。</translation>
    </message>
    <message>
        <source>The result report of {campaign} sent to the printer {printer}.</source>
        <translation>{campaign} 的结果报告已发送到打印机 {printer}。</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>send to this printer (its queue name) instead of a PDF file</source>
        <translation>发送到此打印机（队列名称），而不是写 PDF 文件</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>the day's due callbacks (回访单)</source>
        <translation>某天到期的回访（回访单）</translation>
    </message>
</context>
</TS>