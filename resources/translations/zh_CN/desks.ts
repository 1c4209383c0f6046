<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>models</name>
    <message>
        <source>The data file {path} cannot be reached: its folder, drive or network share is gone. Nothing was saved and what you typed is still here; the desk reconnects by itself once the file is back — then save again.</source>
        <translation>无法访问数据文件 {path}：它所在的文件夹、磁盘或网络共享已不在。没有保存任何内容，您输入的内容仍在；文件恢复后本机会自动重新连接——届时请再保存一次。</translation>
    </message>
    <message>
        <source>{who} changed ticket {number} at {when} while you were working on it. Nothing was saved and what you typed is still here: look at the ticket as it is now, then save again.</source>
        <translation>在您处理期间，{who} 于 {when} 修改了工单 {number}。本次没有保存，您输入的内容仍在：请先查看工单的最新内容，再保存一次。</translation>
    </message>
    <message>
        <source>Ticket {number} was changed at another desk while you were working on it. Nothing was saved and what you typed is still here: look at the ticket as it is now, then save again.</source>
        <translation>在您处理期间，工单 {number} 已在另一台电脑上被修改。本次没有保存，您输入的内容仍在：请先查看工单的最新内容，再保存一次。</translation>
    </message>
</context>
</TS>