<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CliErrors</name>
        <message>
            <source>The operating system refused: {reason}.</source>
            <translation>操作系统拒绝了此操作：{reason}。</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>路径中有一部分不是文件夹</translation>
        </message>
        <message>
            <source>access was refused (no permission, or another program holds the file)</source>
            <translation>访问被拒绝（没有权限，或文件正被其他程序占用）</translation>
        </message>
        <message>
            <source>it already exists</source>
            <translation>已经存在</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>这是一个文件夹，不是文件</translation>
        </message>
        <message>
            <source>it is in use by another program</source>
            <translation>正被其他程序使用</translation>
        </message>
        <message>
            <source>the disk could not be read or written (input/output error)</source>
            <translation>磁盘无法读写（输入/输出错误）</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>磁盘是只读的</translation>
        </message>
        <message>
            <source>the disk quota is used up</source>
            <translation>磁盘配额已用完</translation>
        </message>
        <message>
            <source>the file cannot be moved to another disk this way</source>
            <translation>无法以这种方式把文件移到另一个磁盘</translation>
        </message>
        <message>
            <source>the file is too large</source>
            <translation>文件太大</translation>
        </message>
        <message>
            <source>the file or folder does not exist</source>
            <translation>文件或文件夹不存在</translation>
        </message>
        <message>
            <source>the folder is not empty</source>
            <translation>文件夹不是空的</translation>
        </message>
        <message>
            <source>the name is too long</source>
            <translation>名称太长</translation>
        </message>
        <message>
            <source>the name or value is not valid here</source>
            <translation>名称或取值在此处无效</translation>
        </message>
        <message>
            <source>the operating system refused it (error {number})</source>
            <translation>操作系统拒绝了此操作（错误 {number}）</translation>
        </message>
        <message>
            <source>the operation is not permitted</source>
            <translation>不允许此操作</translation>
        </message>
        <message>
            <source>the path loops back on itself (symbolic links)</source>
            <translation>路径形成了循环（符号链接）</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>打开的文件太多</translation>
        </message>
        <message>
            <source>{path}: {reason}.</source>
            <translation>{path}：{reason}。</translation>
        </message>
    </context>
    <context>
        <name>CliHelp</name>
        <message>
            <source>Every command also takes --data-dir DIR; `property-desk COMMAND --help` tells more.</source>
            <translation>每个命令都可加 --data-dir DIR（数据文件夹）；`property-desk 命令 --help` 查看该命令的详细说明。</translation>
        </message>
        <message>
            <source>Property Office Desk: without a command, opens the window.</source>
            <translation>物业客服桌面系统：不带命令时打开程序窗口。</translation>
        </message>
        <message>
            <source>a sheet with the columns 姓名, 部门, 岗位, 电话, 技能</source>
            <translation>表格列：姓名、部门、岗位、电话、技能</translation>
        </message>
        <message>
            <source>a sheet with the columns 楼栋, 单元, 房号, 姓名, 电话, 身份证号, 入住日期, 备注</source>
            <translation>表格列：楼栋、单元、房号、姓名、电话、身份证号、入住日期、备注</translation>
        </message>
        <message>
            <source>a5 (one per page) or a4x2 (two per A4 page); default from Settings</source>
            <translation>a5（每页一张）或 a4x2（每张 A4 两份）；默认取设置中的版式</translation>
        </message>
        <message>
            <source>build a believable demo office into an empty data folder</source>
            <translation>在空的数据文件夹中建立一个演示物业服务中心</translation>
        </message>
        <message>
            <source>check every row and report; write nothing</source>
            <translation>检查每一行并报告结果，不写入任何数据</translation>
        </message>
        <message>
            <source>check the data file's integrity</source>
            <translation>检查数据文件的完整性</translation>
        </message>
        <message>
            <source>commands</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>community the rooms belong to (needed when the office has several)</source>
            <translation>房屋所属小区（有多个小区时必须指定）</translation>
        </message>
        <message>
            <source>community to export (needed when the office has several)</source>
            <translation>要导出的小区（有多个小区时必须指定）</translation>
        </message>
        <message>
            <source>data folder (default: $PROPERTY_DESK_DATA or the user data folder)</source>
            <translation>数据文件夹（默认：$PROPERTY_DESK_DATA，或用户数据文件夹）</translation>
        </message>
        <message>
            <source>do nothing when the data file already holds an office</source>
            <translation>数据文件中已有数据时不做任何操作</translation>
        </message>
        <message>
            <source>export the household register</source>
            <translation>导出住户档案</translation>
        </message>
        <message>
            <source>households (default {count})</source>
            <translation>住户数（默认 {count}）</translation>
        </message>
        <message>
            <source>import the good rows even when some rows fail</source>
            <translation>即使部分行有问题，也导入没有问题的行</translation>
        </message>
        <message>
            <source>import the household register or the staff list from .xlsx or .csv</source>
            <translation>从 .xlsx 或 .csv 导入住户档案或员工名单</translation>
        </message>
        <message>
            <source>months of history (default {count})</source>
            <translation>历史数据的月数（默认 {count}）</translation>
        </message>
        <message>
            <source>one ticket's work order</source>
            <translation>一张工单的派工单</translation>
        </message>
        <message>
            <source>random seed; the same seed gives the same office</source>
            <translation>随机种子；相同的种子生成相同的数据</translation>
        </message>
        <message>
            <source>show the data folder, data file and schema version</source>
            <translation>显示数据文件夹、数据文件和数据结构版本</translation>
        </message>
        <message>
            <source>the .xlsx or .csv file to read</source>
            <translation>要读取的 .xlsx 或 .csv 文件</translation>
        </message>
        <message>
            <source>the .xlsx or .csv file to write</source>
            <translation>要写入的 .xlsx 或 .csv 文件</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>要写入的 PDF 文件</translation>
        </message>
        <message>
            <source>the day the tickets were dispatched</source>
            <translation>工单的派工日期</translation>
        </message>
        <message>
            <source>the moment the history ends (default: now)</source>
            <translation>历史数据截止的时刻（默认：现在）</translation>
        </message>
        <message>
            <source>the work orders of a day's dispatches not printed yet</source>
            <translation>某天派出但尚未打印的派工单</translation>
        </message>
        <message>
            <source>ticket number, e.g. BX20261123-0007</source>
            <translation>工单编号，例如 BX20261123-0007</translation>
        </message>
        <message>
            <source>tickets in all (default: about 0.35 per household per month)</source>
            <translation>工单总数（默认：每户每月约 0.35 张）</translation>
        </message>
        <message>
            <source>write the register to .xlsx (or .csv)</source>
            <translation>把档案写入 .xlsx（或 .csv）</translation>
        </message>
        <message>
            <source>print, or write as PDF: work orders, callback sheets, the monthly summary, survey forms and reports</source>
            <translation>打印或输出为 PDF：派工单、回访单、月度报告、满意度问卷与调查报告</translation>
        </message>
        <message>
            <source>one community (default: the whole office)</source>
            <translation>只统计一个小区（默认：整个物业服务中心）</translation>
        </message>
        <message>
            <source>the month the summary covers</source>
            <translation>报告所统计的月份</translation>
        </message>
        <message>
            <source>the monthly summary (月度报告) of a month</source>
            <translation>某个月的月度报告</translation>
        </message>
        <message>
            <source>check a backup and restore it in place of the current data</source>
            <translation>检查一份备份，并用它替换当前数据</translation>
        </message>
        <message>
            <source>folder to write the backup into (default: the data folder's backups)</source>
            <translation>备份写入的文件夹（默认：数据文件夹中的 backups）</translation>
        </message>
        <message>
            <source>send to this printer (its queue name) instead of a PDF file</source>
            <translation>发送到这台打印机（打印队列名称），而不是写入 PDF 文件</translation>
        </message>
        <message>
            <source>take a backup of the data file and attachments now</source>
            <translation>立即备份数据文件和附件</translation>
        </message>
        <message>
            <source>the backup's folder (or its data file or manifest)</source>
            <translation>备份所在的文件夹（或其中的数据文件、清单文件）</translation>
        </message>
    </context>
    <context>
        <name>CliRegisters</name>
        <message>
            <source>Name the community with --community, e.g. --community {name}.</source>
            <translation>请用 --community 指定小区，例如 --community {name}。</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s：错误：%(message)s
</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>选项不明确：%(option)s 可以是 %(matches)s</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>参数 %(argument_name)s：%(message)s</translation>
        </message>
        <message>
            <source>can't open '%(filename)s': %(error)s</source>
            <translation>无法打开“%(filename)s”：%(error)s</translation>
        </message>
        <message>
            <source>expected %s argument</source>
            <translation>需要 %s 个值</translation>
        </message>
        <message>
            <source>expected %s arguments</source>
            <translation>需要 %s 个值</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>至少需要一个值</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>最多只能有一个值</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>需要一个值</translation>
        </message>
        <message>
            <source>ignored explicit argument %r</source>
            <translation>忽略了多余的值 %r</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>无效的 %(type)s 值：%(value)r</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>不能与 %s 同时使用</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>必须提供 %s 之一</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>位置参数</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>显示此帮助信息并退出</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>缺少以下参数：%s</translation>
        </message>
        <message>
            <source>unexpected option string: %s</source>
            <translation>意外的选项：%s</translation>
        </message>
        <message>
            <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
            <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>无法识别的参数：%s</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
    </context>
</TS>