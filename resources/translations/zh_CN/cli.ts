<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliAdmin</name>
    <message>
        <source>Data folder: {folder}</source>
        <translation>数据文件夹：{folder}</translation>
    </message>
    <message>
        <source>Data file: {file}</source>
        <translation>数据文件：{file}</translation>
    </message>
    <message>
        <source>Schema version: {file_version} (this program: {program_version})</source>
        <translation>数据结构版本：{file_version}（本程序：{program_version}）</translation>
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
        <source>Broken references: {count}</source>
        <translation>失效的关联记录：{count} 条</translation>
    </message>
    <message>
        <source>The data file is sound.</source>
        <translation>数据文件完好。</translation>
    </message>
    <message>
        <source>Problems were found in the data file; restore a backup or ask for help.</source>
        <translation>数据文件有问题；请恢复备份或寻求技术支持。</translation>
    </message>
</context>
<context>
    <name>CliDemo</name>
    <message>
        <source>Expected a moment of the form YYYY-MM-DD HH:MM, got “{text}”.</source>
        <translation>时间应为 YYYY-MM-DD HH:MM 格式，收到的是“{text}”。</translation>
    </message>
    <message>
        <source>No demo built: {reason}</source>
        <translation>未生成演示数据：{reason}</translation>
    </message>
    <message>
        <source>{file} already holds an office; no demo built.</source>
        <translation>{file} 中已有物业数据，未生成演示数据。</translation>
    </message>
    <message>
        <source>Building a demo office in {file} ({tickets:,} tickets up to {until}) …</source>
        <translation>正在 {file} 中生成演示物业（共 {tickets:,} 张工单，截至 {until}）……</translation>
    </message>
    <message>
        <source>  {tickets:,} tickets …</source>
        <translation>  已生成 {tickets:,} 张工单……</translation>
    </message>
    <message>
        <source>Communities {communities}, buildings {buildings}, rooms {rooms:,}, households {households:,}</source>
        <translation>小区 {communities} 个，楼栋 {buildings} 栋，房屋 {rooms:,} 间，住户 {households:,} 户</translation>
    </message>
    <message>
        <source>Staff {staff}, users {users}</source>
        <translation>员工 {staff} 人，登录用户 {users} 个</translation>
    </message>
    <message>
        <source>Tickets {tickets:,} ({open:,} open, {overdue:,} overdue), events {events:,}, callbacks {callbacks:,}</source>
        <translation>工单 {tickets:,} 张（未办结 {open:,} 张，超时 {overdue:,} 张），处理记录 {events:,} 条，回访 {callbacks:,} 次</translation>
    </message>
    <message>
        <source>Survey campaigns {campaigns}, responses {responses:,}</source>
        <translation>满意度调查 {campaigns} 次，答卷 {responses:,} 份</translation>
    </message>
    <message>
        <source>Done in {seconds:.1f} s.</source>
        <translation>用时 {seconds:.1f} 秒。</translation>
    </message>
</context>
<context>
    <name>CliPrinting</name>
    <message>
        <source>Not a date of the form YYYY-MM-DD: “{text}”.</source>
        <translation>“{text}”不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>Work order {number} written to {file}.</source>
        <translation>工单 {number} 的派工单已写入 {file}。</translation>
    </message>
    <message>
        <source>No work orders dispatched on {day} are waiting to be printed.</source>
        <translation>{day} 派出的工单中没有待打印的派工单。</translation>
    </message>
    <message>
        <source>{count} work orders written to {file}.</source>
        <translation>已将 {count} 张派工单写入 {file}。</translation>
    </message>
</context>
<context>
    <name>CliRegisters</name>
    <message>
        <source>{file}: {read} row(s) read, {good} good, {bad} with problems (community {community}).</source>
        <translation>{file}：读取 {read} 行，{good} 行无误，{bad} 行有问题（小区：{community}）。</translation>
    </message>
    <message>
        <source>{file}: {read} row(s) read, {good} good, {bad} with problems.</source>
        <translation>{file}：读取 {read} 行，{good} 行无误，{bad} 行有问题。</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem}</source>
        <translation>第 {row} 行，{column}：{problem}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was written: fix the rows above, or give --skip-invalid to import the good rows.</source>
        <translation>未写入任何数据：请修正以上各行，或加上 --skip-invalid 只导入无误的行。</translation>
    </message>
    <message>
        <source>Written: {created} new, {updated} updated, {unchanged} unchanged, {rooms} room(s) created, {skipped} row(s) skipped.</source>
        <translation>已写入：新增 {created} 条，更新 {updated} 条，未变 {unchanged} 条，新建房屋 {rooms} 间，跳过 {skipped} 行。</translation>
    </message>
    <message>
        <source>{count} household(s) written to {file}.</source>
        <translation>已将 {count} 户住户写入 {file}。</translation>
    </message>
</context>
</TS>