<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliSurveys</name>
    <message>
        <source>Not a whole number above 0: “{text}”.</source>
        <translation>“{text}”不是大于 0 的整数。</translation>
    </message>
    <message>
        <source>{count} questionnaires ({first}–{last}) of {campaign} written to {file}.</source>
        <translation>已将{campaign}的 {count} 份问卷（{first}–{last}）写入 {file}。</translation>
    </message>
    <message>
        <source>The result report of {campaign} written to {file}.</source>
        <translation>已将{campaign}的结果报告写入 {file}。</translation>
    </message>
    <message>
        <source>The results of {campaign} written to {file}.</source>
        <translation>已将{campaign}的结果写入 {file}。</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>无法写入 {file}：{reason}。</translation>
    </message>
</context>
</TS>