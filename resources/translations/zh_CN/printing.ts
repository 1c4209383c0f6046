<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Printing</name>
    <message>
        <source>Work orders</source>
        <translation>派工单</translation>
    </message>
    <message>
        <source>Every work order dispatched today has been printed.</source>
        <translation>今天派出的派工单都已打印。</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation>无法将 PDF 保存到 {path}：{reason}</translation>
    </message>
    <message>
        <source>work-order-{number}.pdf</source>
        <translation>派工单-{number}.pdf</translation>
    </message>
    <message>
        <source>work-orders-{day}-{count}.pdf</source>
        <translation>派工单-{day}-共{count}张.pdf</translation>
    </message>
    <message>
        <source>Sending work orders to the printer…</source>
        <translation>正在把派工单发送到打印机…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Work order preview</source>
        <translation>派工单打印预览</translation>
    </message>
    <message>
        <source>Print work orders</source>
        <translation>打印派工单</translation>
    </message>
    <message>
        <source>Save work orders as PDF</source>
        <translation>将派工单另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintingSection</name>
    <message>
        <source>Office name on the paper</source>
        <translation>派工单上的单位名称</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>服务中心电话</translation>
    </message>
    <message>
        <source>Copies of each work order</source>
        <translation>每张派工单打印份数</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Chinese font file</source>
        <translation>中文字体文件</translation>
    </message>
    <message>
        <source>e.g. the community's property service centre</source>
        <translation>例如：阳光花园物业服务中心</translation>
    </message>
    <message>
        <source>A5, one work order per sheet</source>
        <translation>A5，每张纸一张派工单</translation>
    </message>
    <message>
        <source>A4, two work orders side by side</source>
        <translation>A4，每张纸并排两张派工单</translation>
    </message>
    <message>
        <source>Print the reporter's full phone number for the crew</source>
        <translation>派工单上打印报事人的完整电话号码</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>自动查找</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Save printing settings</source>
        <translation>保存打印设置</translation>
    </message>
    <message>
        <source>Printing settings saved.</source>
        <translation>打印设置已保存。</translation>
    </message>
    <message>
        <source>This is not a TrueType font file (.ttf, or .ttc with TrueType outlines) that can be read.</source>
        <translation>这不是可读取的 TrueType 字体文件（.ttf，或含 TrueType 字形的 .ttc）。</translation>
    </message>
    <message>
        <source>Nothing was saved: please correct the fields marked in red.</source>
        <translation>未保存：请修改红字标出的项目。</translation>
    </message>
    <message>
        <source>No Chinese font found: work orders cannot be printed.</source>
        <translation>未找到中文字体：无法打印派工单。</translation>
    </message>
    <message>
        <source>Work orders use {path}</source>
        <translation>派工单使用字体 {path}</translation>
    </message>
    <message>
        <source>Choose a Chinese TrueType font</source>
        <translation>选择中文 TrueType 字体</translation>
    </message>
    <message>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>There is no ticket numbered {number}.</source>
        <translation>没有编号为 {number} 的工单。</translation>
    </message>
    <message>
        <source>A ticket to print no longer exists.</source>
        <translation>要打印的工单已不存在。</translation>
    </message>
    <message>
        <source>Copies per work order must be between 1 and {most}.</source>
        <translation>每张派工单的打印份数须在 1 到 {most} 之间。</translation>
    </message>
    <message>
        <source>Choose A5 or two work orders per A4 sheet.</source>
        <translation>请选择 A5，或每张 A4 纸两张派工单。</translation>
    </message>
    <message>
        <source>Enter the office phone as a landline with area code, a mobile or a 400 number.</source>
        <translation>请填写带区号的座机、手机或 400 电话。</translation>
    </message>
    <message>
        <source>The office name can have at most 40 characters.</source>
        <translation>单位名称最多 40 个字。</translation>
    </message>
    <message>
        <source>No Chinese TrueType font was found, so work orders cannot be printed. Choose a font file in Settings › Printing.</source>
        <translation>未找到中文 TrueType 字体，无法打印派工单。请在“设置 › 打印”中选择字体文件。</translation>
    </message>
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
</context>
</TS>