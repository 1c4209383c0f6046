<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>当前打开：</translation>
    </message>
    <message>
        <source>postgresql://user@server/database, e.g. postgresql://desk@192.168.1.10/office</source>
        <translation>postgresql://用户@服务器/数据库，例如 postgresql://desk@192.168.1.10/office</translation>
    </message>
    <message>
        <source>Use this server from the next start</source>
        <translation>下次启动起使用此服务器</translation>
    </message>
    <message>
        <source>Use the data file from the next start</source>
        <translation>下次启动起使用数据文件</translation>
    </message>
    <message>
        <source>From the next start this PC opens the office on {server}.</source>
        <translation>下次启动时，本机将打开 {server} 上的办公室。</translation>
    </message>
    <message>
        <source>The server asks for a password: it is asked for at the start, never stored.</source>
        <translation>该服务器需要密码：启动时会询问，程序从不保存密码。</translation>
    </message>
    <message>
        <source>An empty database becomes a new office; to bring this office's records there, use “property-desk move-to” first.</source>
        <translation>空数据库将成为新的办公室；如需把本办公室的记录带过去，请先使用“property-desk move-to”。</translation>
    </message>
    <message>
        <source>From the next start this PC opens the data file {path}.</source>
        <translation>下次启动时，本机将打开数据文件 {path}。</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>The choice of database could not be written to {path}. Nothing was changed; check that the data folder can be written.</source>
        <translation>无法把数据库选择写入 {path}。未做任何更改；请检查数据文件夹是否可写。</translation>
    </message>
    <message>
        <source>Attachments: {count} files ({megabytes} MB) copied to {folder}, each read back and checked.</source>
        <translation>附件：已将 {count} 个文件（{megabytes} MB）复制到 {folder}，每个文件均已读回核对。</translation>
    </message>
    <message>
        <source>{path} is already in the new data folder with other contents; it was left as it is. Compare it with {original} and keep the right one.</source>
        <translation>新数据文件夹中已有 {path}，但内容不同；已保持原样。请与 {original} 比较后保留正确的一份。</translation>
    </message>
    <message>
        <source>The attachment {path} could not be copied ({reason}). The office's records were moved; copy the folder {folder} by hand.</source>
        <translation>附件 {path} 无法复制（{reason}）。办公室的记录已迁移；请手动复制文件夹 {folder}。</translation>
    </message>
</context>
</TS>