<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliHelp</name>
    <message>
        <source>copy this office into an empty PostgreSQL database or a new data folder, verifying every table</source>
        <translation>把本办公室的数据复制到空的 PostgreSQL 数据库或新的数据文件夹，并逐表核对</translation>
    </message>
</context>
<context>
    <name>CliMove</name>
    <message>
        <source>the shared attachments folder the desks will use (e.g. a network share); the attachments are copied into it</source>
        <translation>各工作站将使用的共享附件文件夹（例如网络共享）；附件会复制到其中</translation>
    </message>
    <message>
        <source>postgresql://user@server/database, or a new data folder</source>
        <translation>postgresql://用户@服务器/数据库，或一个新的数据文件夹</translation>
    </message>
    <message>
        <source>{table}: {rows} rows, checksum {digest}</source>
        <translation>{table}：{rows} 行，校验和 {digest}</translation>
    </message>
    <message>
        <source>Moved {rows} rows in {tables} tables to {target} in {seconds} s; every table's row count and checksum match the original.</source>
        <translation>已将 {tables} 张表共 {rows} 行迁移到 {target}，用时 {seconds} 秒；每张表的行数和校验和均与原数据一致。</translation>
    </message>
    <message>
        <source>Start the desks with --database {target} (or set PROPERTY_DESK_DATABASE).</source>
        <translation>各工位请用 --database {target} 启动（或设置环境变量 PROPERTY_DESK_DATABASE）。</translation>
    </message>
    <message>
        <source>Start the program with --data-dir {target}.</source>
        <translation>请用 --data-dir {target} 启动程序。</translation>
    </message>
    <message>
        <source>Copying {table}: {done} of {total} rows</source>
        <translation>正在复制 {table}：{done} / {total} 行</translation>
    </message>
</context>
<context>
    <name>CliServer</name>
    <message>
        <source>an office on a PostgreSQL server: postgresql://user@server/database (default: $PROPERTY_DESK_DATABASE; without it the data folder's file)</source>
        <translation>数据放在 PostgreSQL 服务器上的办公室：postgresql://用户@服务器/数据库（默认取 $PROPERTY_DESK_DATABASE；未设置时使用数据文件夹中的数据文件）</translation>
    </message>
    <message>
        <source>Password of the database user {user}: </source>
        <translation>数据库用户 {user} 的密码：</translation>
    </message>
    <message>
        <source>A demo office is built in a data folder: run demo with --data-dir FOLDER, then move-to the server's address. Nothing was written to the server.</source>
        <translation>演示办公室只能建在数据文件夹中：先用 --data-dir 文件夹 运行 demo，再用 move-to 迁移到服务器地址。未向服务器写入任何内容。</translation>
    </message>
    <message>
        <source>Database server: {address}</source>
        <translation>数据库服务器：{address}</translation>
    </message>
    <message>
        <source>Integrity check: passed.</source>
        <translation>完整性检查：通过。</translation>
    </message>
    <message>
        <source>Integrity check found: {details}</source>
        <translation>完整性检查发现：{details}</translation>
    </message>
    <message>
        <source>The office's database is sound.</source>
        <translation>办公室数据库完好。</translation>
    </message>
    <message>
        <source>Problems were found in the office's database; ask the IT person to restore a backup.</source>
        <translation>办公室数据库存在问题，请联系 IT 人员恢复备份。</translation>
    </message>
    <message>
        <source>Backup of the database written to {path} (restore it with pg_restore; see the README).</source>
        <translation>数据库备份已写入 {path}（用 pg_restore 恢复，见 README）。</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Another desk was changing the same records on the database server {path} at the same moment. Nothing was saved; what you typed is still here — try again.</source>
        <translation>另一个工位正在同时修改数据库服务器 {path} 上的同一批记录。本次未保存，已输入的内容仍在——请再试一次。</translation>
    </message>
    <message>
        <source>The database server {path} does not let this desk write (a read-only server, or the database user lacks the right). Nothing was saved; ask the IT person.</source>
        <translation>数据库服务器 {path} 不允许本工位写入（服务器只读，或数据库用户没有权限）。本次未保存；请联系 IT 人员。</translation>
    </message>
    <message>
        <source>The database server {path} has run out of disk space or memory. Nothing was saved; ask the IT person to free space, then try again.</source>
        <translation>数据库服务器 {path} 的磁盘空间或内存不足。本次未保存；请联系 IT 人员腾出空间后再试。</translation>
    </message>
    <message>
        <source>The database server {path} could not read or write its disk. Nothing was saved; ask the IT person to check the server.</source>
        <translation>数据库服务器 {path} 无法读写其磁盘。本次未保存；请联系 IT 人员检查服务器。</translation>
    </message>
    <message>
        <source>The database server {path} reports damaged data. Nothing more is written; ask the IT person to restore the latest backup, then run “property-desk check”.</source>
        <translation>数据库服务器 {path} 报告数据已损坏。不再写入任何内容；请联系 IT 人员恢复最近的备份，然后运行“property-desk check”。</translation>
    </message>
    <message>
        <source>The database {path} holds tables that are not a Property Office Desk office. Nothing was changed; check the address or use an empty database.</source>
        <translation>数据库 {path} 中的表不属于物业客服桌面系统。未做任何更改；请检查地址或改用空数据库。</translation>
    </message>
    <message>
        <source>The database server {path} cannot be reached. Nothing was changed; check the address and the network.</source>
        <translation>无法连接数据库服务器 {path}。未做任何更改；请检查地址和网络。</translation>
    </message>
    <message>
        <source>The connection to the database server {path} was lost (the server restarted or the network is down). Nothing was saved; what you typed is still here — try again once the server is back.</source>
        <translation>与数据库服务器 {path} 的连接已断开（服务器重启或网络中断）。本次未保存，已输入的内容仍在——服务器恢复后请再试一次。</translation>
    </message>
    <message>
        <source>“{url}” is not a database address this program can use. Write it as postgresql://user@server/database (optionally server:port), e.g. postgresql://desk@192.168.1.10/office.</source>
        <translation>“{url}”不是本程序可用的数据库地址。请写成 postgresql://用户@服务器/数据库（可写 服务器:端口），例如 postgresql://desk@192.168.1.10/office。</translation>
    </message>
    <message>
        <source>This copy of the program cannot talk to PostgreSQL servers (the psycopg package is missing). Install it with “pip install psycopg[binary]”, or use a data folder.</source>
        <translation>本程序无法连接 PostgreSQL 服务器（缺少 psycopg 软件包）。请用“pip install psycopg[binary]”安装，或改用数据文件夹。</translation>
    </message>
    <message>
        <source>The database server {server} cannot be reached ({reason}). Check that the server is running and that this PC may reach it on the network, then try again; nothing was changed.</source>
        <translation>无法连接数据库服务器 {server}（{reason}）。请确认服务器正在运行、本机可以通过网络访问它，然后再试；未做任何更改。</translation>
    </message>
    <message>
        <source>The database server {server} asks for the password of the database user {user}. Type it when asked, or put it in PGPASSWORD or the .pgpass file of this PC's user.</source>
        <translation>数据库服务器 {server} 要求输入数据库用户 {user} 的密码。请在提示时输入，或写入本机用户的 PGPASSWORD 环境变量或 .pgpass 文件。</translation>
    </message>
    <message>
        <source>The database server {server} refused the user {user}: there is no such database user, the password is wrong, or this PC is not allowed in (pg_hba.conf). Nothing was changed.</source>
        <translation>数据库服务器 {server} 拒绝了用户 {user}：该数据库用户不存在、密码错误，或本机不在允许访问之列（pg_hba.conf）。未做任何更改。</translation>
    </message>
    <message>
        <source>The database server {server} has no database named {database}. Ask the IT person to create it (README: an office on a PostgreSQL server), or check the address.</source>
        <translation>数据库服务器 {server} 上没有名为 {database} 的数据库。请联系 IT 人员创建（见 README 中 PostgreSQL 服务器一节），或检查地址。</translation>
    </message>
    <message>
        <source>The database server {server} refused the connection: {reason}. Nothing was changed.</source>
        <translation>数据库服务器 {server} 拒绝了连接：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <source>The database server {server} lacks the {extension} extension the quick search needs (or this database user may not add it). Ask the IT person to install the server’s contrib package and run “CREATE EXTENSION {extension};” as a superuser in the database {database}, then open the office again; nothing was changed.</source>
        <translation>数据库服务器 {server} 缺少快速搜索所需的 {extension} 扩展（或此数据库用户无权添加）。请联系 IT 人员安装服务器的 contrib 软件包，并以超级用户身份在数据库 {database} 中执行“CREATE EXTENSION {extension};”，然后重新打开；未做任何更改。</translation>
    </message>
    <message>
        <source>The database {path} was made by a newer version of the program (schema {found}, this program knows {known}). Nothing was changed; install the newer version on this desk.</source>
        <translation>数据库 {path} 由更新版本的程序创建（数据结构 {found}，本程序支持 {known}）。未做任何更改；请在本工位安装新版本。</translation>
    </message>
    <message>
        <source>The database {path} could not be opened: {reason}. Nothing was changed.</source>
        <translation>无法打开数据库 {path}：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <source>The database {path} lacks part of the office (tables {tables}). Nothing was written into it; ask the IT person to restore the latest backup.</source>
        <translation>数据库 {path} 缺少部分办公室数据（表 {tables}）。未写入任何内容；请联系 IT 人员恢复最近的备份。</translation>
    </message>
    <message>
        <source>A backup of an office on a database server needs PostgreSQL's pg_dump on this PC, and it is not installed. Install the PostgreSQL client programs (Debian: postgresql-client) or ask the IT person, who can also back up the server itself; nothing was written.</source>
        <translation>备份数据库服务器上的办公室需要本机装有 PostgreSQL 的 pg_dump，但本机没有安装。请安装 PostgreSQL 客户端程序（Debian：postgresql-client），或联系 IT 人员（也可直接在服务器上备份）；未写入任何内容。</translation>
    </message>
    <message>
        <source>pg_dump could not back up the database {path}: {reason}. Nothing was written.</source>
        <translation>pg_dump 无法备份数据库 {path}：{reason}。未写入任何内容。</translation>
    </message>
    <message>
        <source>{target} already holds data (tables {tables}). move-to writes only into an empty database or a new data folder; nothing was changed.</source>
        <translation>{target} 中已有数据（表 {tables}）。move-to 只写入空数据库或新的数据文件夹；未做任何更改。</translation>
    </message>
    <message>
        <source>The copy of table {table} in {target} does not match the original ({details}). Nothing was kept in {target}; the office stays where it was.</source>
        <translation>{target} 中表 {table} 的副本与原数据不一致（{details}）。{target} 中未保留任何内容，办公室数据仍在原处。</translation>
    </message>
    <message>
        <source>The office is already in {target}; nothing to move.</source>
        <translation>办公室数据已在 {target}，无需迁移。</translation>
    </message>
    <message>
        <source>A data folder's file is always named {name}; give the folder {folder} instead.</source>
        <translation>数据文件夹中的数据文件固定名为 {name}；请改为指定文件夹 {folder}。</translation>
    </message>
    <message>
        <source>An office on a database server ({path}) is restored by the IT person with pg_restore into an empty database (README: backups of a server office); this command restores data folders only. Nothing was changed.</source>
        <translation>数据库服务器上的办公室（{path}）由 IT 人员用 pg_restore 恢复到一个空数据库（见 README 中服务器办公室的备份）；本命令只恢复数据文件夹。未做任何更改。</translation>
    </message>
</context>
</TS>