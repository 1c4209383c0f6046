<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliAdmin</name>
    <message>
        <source>There is no data file here; nothing to check.</source>
        <translation>这里没有数据文件，无可检查。</translation>
    </message>
    </context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Not acknowledged yet. &amp;Reply given to the owner (recorded as the acknowledgement of the new tickets):</source>
        <translation>尚未受理。给业主的答复(&amp;R)（作为新工单的受理记录）：</translation>
    </message>
    <message>
        <source>e.g. A plumber will come this afternoon</source>
        <translation>例如：维修师傅今天下午上门</translation>
    </message>
    </context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>An estimate: this working-day deadline lies past the official holiday calendar the program knows, so Monday to Friday are assumed. The office can set the real holidays in Settings.</source>
        <translation>估算：这个按工作日计算的时限超出了程序所知的官方节假日安排，按周一至周五上班估算。物业中心可在“设置”中填写实际的节假日。</translation>
    </message>
    <message>
        <source>{due} (estimate)</source>
        <translation>{due}（估算）</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Start a new, empty office in this file? Choose No to restore a backup first.</source>
        <translation>要在这个文件里新建一个空的物业中心吗？如需先恢复备份，请选“否”。</translation>
    </message>
    <message>
        <source>Start a new office</source>
        <translation>新建物业中心</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    </context>
<context>
    <name>TicketDetailDialog</name>
    <message>
        <source>{text}
An estimate: a working-day deadline lies past the official holiday calendar, so Monday to Friday are assumed (the office can set the real holidays in Settings).</source>
        <translation>{text}
估算：有按工作日计算的时限超出了官方节假日安排，按周一至周五上班估算（物业中心可在“设置”中填写实际的节假日）。</translation>
    </message>
    </context>
<context>
    <name>models</name>
    <message>
        <source>Ticket {number} has not been acknowledged yet: enter the reply given to the owner; it is recorded as the acknowledgement.</source>
        <translation>工单 {number} 尚未受理：请填写给业主的答复，它将作为受理记录。</translation>
    </message>
    <message>
        <source>The data file {path} is being written by another program or another desk and stayed busy. Nothing was saved; what you typed is still here — try again in a moment.</source>
        <translation>数据文件 {path} 正被其他程序或另一台工作站使用，一直未能写入。本次未保存任何内容，您填写的内容仍在，请稍后重试。</translation>
    </message>
    <message>
        <source>The data file {path} is read-only, so nothing can be saved. Remove the read-only mark from the file or ask the administrator for write access, then start the program again.</source>
        <translation>数据文件 {path} 是只读的，无法保存任何内容。请去掉该文件的只读属性，或请管理员开放写入权限，然后重新启动程序。</translation>
    </message>
    <message>
        <source>The disk holding {path} could not be read or written (the drive may be failing or was removed). Nothing was saved; check the drive, then run “property-desk check”.</source>
        <translation>存放 {path} 的磁盘无法读写（磁盘可能故障或已被拔出）。本次未保存任何内容；请检查磁盘，然后运行“property-desk check”。</translation>
    </message>
    <message>
        <source>The data file {path} is damaged. Nothing more is written into it; restore the latest backup (or ask for help), then run “property-desk check”.</source>
        <translation>数据文件 {path} 已损坏，程序不再向其中写入任何内容。请恢复最近的备份（或寻求技术支持），然后运行“property-desk check”。</translation>
    </message>
    <message>
        <source>The data file {path} cannot be opened (it may be a folder, or its folder cannot be read). Nothing was changed; choose another data folder or ask the administrator.</source>
        <translation>无法打开数据文件 {path}（它可能是一个文件夹，或所在文件夹无法读取）。未做任何更改；请选择其他数据文件夹或联系管理员。</translation>
    </message>
    <message>
        <source>The data file {path} is empty: it holds no office at all. If your data should be here, restore a backup; to start a new office in this file, confirm it (the command line never does).</source>
        <translation>数据文件 {path} 是空的，里面没有任何物业中心的数据。如果您的数据本应在此，请恢复备份；如要在此文件中新建物业中心，请在程序界面中确认（命令行不会自动新建）。</translation>
    </message>
    <message>
        <source>The data file {path} is damaged ({details}). Nothing was written into it; restore the latest backup, or ask for help with “property-desk check”.</source>
        <translation>数据文件 {path} 已损坏（{details}）。未向其中写入任何内容；请恢复最近的备份，或运行“property-desk check”并寻求技术支持。</translation>
    </message>
    <message>
        <source>The data file {path} lacks part of its contents (tables {tables}). Nothing was written into it; restore the latest backup.</source>
        <translation>数据文件 {path} 缺少部分内容（数据表 {tables}）。未向其中写入任何内容；请恢复最近的备份。</translation>
    </message>
    <message>
        <source>The data file {path} does not say which version of the program made it (its schema version is {found}). Nothing was changed; restore a backup or ask for help.</source>
        <translation>数据文件 {path} 无法说明由哪个版本的程序创建（其结构版本为 {found}）。未做任何更改；请恢复备份或寻求技术支持。</translation>
    </message>
    </context>
</TS>