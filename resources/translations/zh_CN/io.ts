<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliOutcome</name>
    <message>
        <source>Something went wrong and the command was stopped; nothing saved before was lost. Details are in {log}.</source>
        <translation>出现意外错误，命令已停止；之前保存的内容没有丢失。详情见 {log}。</translation>
    </message>
    <message>
        <source>--data-dir needs a folder name; it was given empty.</source>
        <translation>--data-dir 需要一个文件夹名，但给出的是空值。</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>{file} is not an Excel workbook (.xlsx or .xls) or a CSV or text file, or it is damaged. Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>{file} 不是 Excel 工作簿（.xlsx 或 .xls）、CSV 或文本文件，或者已损坏。请用 Excel 打开并另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is not a file (it is a folder, a device or a pipe); choose the spreadsheet itself.</source>
        <translation>{file} 不是文件（而是文件夹、设备或管道），请选择表格文件本身。</translation>
    </message>
    <message>
        <source>{file} has no rows to import: the first sheet is empty.</source>
        <translation>{file} 没有可导入的行：第一个工作表是空的。</translation>
    </message>
    <message>
        <source>{file} is larger than {limit} MB, the office's import limit. Split it into smaller files.</source>
        <translation>{file} 超过 {limit} MB（本中心的导入上限），请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows, the office's import limit. Split it into smaller files.</source>
        <translation>{file} 超过 {limit} 行（本中心的导入上限），请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>Row {row} of {file} has something in column {column}; an import reads at most {limit} columns. Delete what lies beyond them.</source>
        <translation>{file} 第 {row} 行的第 {column} 列有内容；导入最多读取 {limit} 列，请删除超出部分。</translation>
    </message>
    <message>
        <source>Row {row} of {file} has a cell longer than {limit} characters, more than any field can hold.</source>
        <translation>{file} 第 {row} 行有一个单元格超过 {limit} 个字符，任何字段都放不下。</translation>
    </message>
    <message>
        <source>{file} holds more text than {limit} rows of a register could; it cannot be imported.</source>
        <translation>{file} 中的文字远超 {limit} 行档案所能容纳的量，无法导入。</translation>
    </message>
    <message>
        <source>Shows no visible character; type the text itself.</source>
        <translation>没有任何可见字符，请输入实际内容。</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} 是一个文件夹，请给出要写入的文件名。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another.</source>
        <translation>文件夹 {folder} 不存在，请先创建或另选一个文件夹。</translation>
    </message>
    <message>
        <source>{path} is a device or a special file, not a file to write into; choose a file name.</source>
        <translation>{path} 是设备或特殊文件，不能写入，请给出一个文件名。</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}. Nothing was written.</source>
        <translation>无法写入 {path}：{reason}。没有写入任何内容。</translation>
    </message>
    <message>
        <source>{path} should be the office's data file but is a folder or a special file. Move it away or choose another data folder; nothing was changed.</source>
        <translation>{path} 应是本中心的数据文件，却是一个文件夹或特殊文件。请将其移走或另选数据文件夹；没有做任何更改。</translation>
    </message>
</context>
</TS>