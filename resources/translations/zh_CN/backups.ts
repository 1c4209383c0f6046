<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backups</name>
    <message>
        <source>No backup yet — back up in Settings › Backups</source>
        <translation>尚无备份——请在 设置 › 备份 中备份</translation>
    </message>
    <message>
        <source>Newest backup {time} is too old</source>
        <translation>最近一次备份（{time}）已过久，请尽快备份</translation>
    </message>
    <message>
        <source>Backups only on this disk — copy one to a USB stick</source>
        <translation>备份只在本机硬盘上——请复制一份到U盘</translation>
    </message>
    <message>
        <source>{problem}

Restore the newest good backup, taken {time} with {tickets} tickets? The damaged file is kept beside the backups.</source>
        <translation>{problem}

是否恢复最近一次完好的备份（{time}，共 {tickets} 张工单）？损坏的数据文件会保留在备份文件夹中。</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日自动</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>退出时自动</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前保留</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>备份到其他文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复所选备份(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore from a f&amp;older…</source>
        <translation>从文件夹恢复(&amp;O)…</translation>
    </message>
    <message>
        <source>Backups are taken automatically every day and at exit, and kept in {folder}.</source>
        <translation>程序每天及退出时自动备份，备份保存在 {folder}。</translation>
    </message>
    <message>
        <source>Back up to a folder</source>
        <translation>备份到文件夹</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Backup written to {path}: {tickets} tickets.</source>
        <translation>备份已写入 {path}：共 {tickets} 张工单。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore from a folder</source>
        <translation>从文件夹恢复</translation>
    </message>
    <message>
        <source>Restore the backup of {time} ({tickets} tickets)? Everything entered since then is replaced; the current data is kept as a safety copy.</source>
        <translation>是否恢复 {time} 的备份（共 {tickets} 张工单）？此后录入的内容将被替换；当前数据会另存一份安全副本。</translation>
    </message>
</context>
<context>
    <name>CliBackups</name>
    <message>
        <source>Backup written to {path}: {tickets} tickets, {attachments} attachments.</source>
        <translation>备份已写入 {path}：共 {tickets} 张工单、{attachments} 个附件。</translation>
    </message>
    <message>
        <source>Restored the backup of {created} ({tickets} tickets).</source>
        <translation>已恢复 {created} 的备份（共 {tickets} 张工单）。</translation>
    </message>
    <message>
        <source>The data as it was before the restore is kept in {path}.</source>
        <translation>恢复前的数据已保留在 {path}。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>{path} is not a backup of Property Office Desk (it has no {manifest}).</source>
        <translation>{path} 不是物业客服桌面系统的备份（缺少 {manifest}）。</translation>
    </message>
    <message>
        <source>The backup {path} has a damaged manifest; it cannot be trusted.</source>
        <translation>备份 {path} 的清单文件已损坏，无法信任该备份。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged: its data file does not match its checksum.</source>
        <translation>备份 {path} 已损坏：数据文件与校验值（checksum）不符。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged: SQLite's integrity check failed ({detail}).</source>
        <translation>备份 {path} 已损坏：SQLite 完整性检查未通过（{detail}）。</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of the program (schema {found}); install that version to restore it.</source>
        <translation>备份 {path} 由更新版本的程序生成（数据结构 {found}），请安装该版本后再恢复。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged: the attachment {name} is missing or does not match its checksum.</source>
        <translation>备份 {path} 已损坏：附件 {name} 缺失或与校验值不符。</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>备份已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>无法将备份写入 {path}：{reason}</translation>
    </message>
</context>
</TS>