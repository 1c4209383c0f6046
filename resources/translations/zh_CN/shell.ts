<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorPresenter</name>
    <message>
        <source>Property Office Desk</source>
        <translation>物业客服桌面系统</translation>
    </message>
    <message>
        <source>Something went wrong and the action was stopped. Nothing you saved before was lost.
Details are in the log: {path}</source>
        <translation>操作出错，已停止执行。之前保存的内容没有丢失。
详细信息见日志：{path}</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Chinese font</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>No Chinese font found: Chinese text cannot be shown or printed.</source>
        <translation>未找到中文字体：中文无法显示或打印。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Property Office Desk</source>
        <translation>物业客服桌面系统</translation>
    </message>
    <message>
        <source>New ticket (Ctrl+N)</source>
        <translation>新建工单 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search ticket number, room or phone; scan a work order (Ctrl+F)</source>
        <translation>搜索工单号、房号或电话；扫描派工单 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>操作员：{name}</translation>
    </message>
    <message>
        <source>Ticket search is not available yet.</source>
        <translation>工单搜索暂不可用。</translation>
    </message>
    <message>
        <source>Overdue: {count}</source>
        <translation>超时：{count}</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单登记</translation>
    </message>
    <message>
        <source>Dispatch board</source>
        <translation>派工看板</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>基础档案</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>NotYetPage</name>
    <message>
        <source>Call owners back after a ticket is resolved, record attempts, ratings and comments, and print the day&apos;s callback sheet.</source>
        <translation>工单完成后回访业主，记录拨打次数、评分和意见，并打印当日回访单。</translation>
    </message>
    <message>
        <source>Satisfaction survey campaigns: print questionnaires, type in returned paper forms, follow quotas per building.</source>
        <translation>满意度调查活动：打印问卷，录入回收的纸质问卷，跟踪各楼栋配额。</translation>
    </message>
    <message>
        <source>The monthly summary with KPIs against targets, trends and department tables, printed or saved as PDF.</source>
        <translation>月度报告：各项指标与目标对比、趋势和部门统计表，可打印或保存为 PDF。</translation>
    </message>
    <message>
        <source>Not available yet in this version</source>
        <translation>本版本暂未提供此功能</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>No Chinese font was found on this computer, so Chinese text would show as empty boxes. Choose a Chinese TrueType font file (.ttf or .ttc) in Settings, or reinstall the program.</source>
        <translation>本机未找到中文字体，中文会显示为空白方框。请在“设置”中选择一个中文 TrueType 字体文件（.ttf 或 .ttc），或重新安装本程序。</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Repair</source>
        <translation>报修</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Phone / hotline</source>
        <translation>电话/400热线</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>WeChat / online</source>
        <translation>微信/线上</translation>
    </message>
    <message>
        <source>Suggestion box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation>巡检发现</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In home</source>
        <translation>户内</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>New</source>
        <translation>待受理</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>Reception clerk</source>
        <translation>前台客服</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written. Choose another folder or ask the administrator for write access.</source>
        <translation>数据文件夹 {path} 无法写入。请选择其他文件夹，或请管理员开放写入权限。</translation>
    </message>
    <message>
        <source>The data file {path} is damaged or is not a Property Office Desk database. Nothing was changed; restore a backup or choose another data folder.</source>
        <translation>数据文件 {path} 已损坏或不是物业客服桌面系统的数据库。未做任何更改；请恢复备份或选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The data file {path} was made by a newer version of the program (schema {found}, this program knows {known}). Nothing was changed; install the newer version.</source>
        <translation>数据文件 {path} 由更新版本的程序创建（数据结构 {found}，本程序支持 {known}）。未做任何更改；请安装新版本。</translation>
    </message>
    <message>
        <source>The data file {path} cannot be opened: {reason}. Nothing was changed.</source>
        <translation>无法打开数据文件 {path}：{reason}。未做任何更改。</translation>
    </message>
    <message>
        <source>The data file {path} is in use by another program (perhaps another copy of Property Office Desk). Close it and try again; nothing was changed.</source>
        <translation>数据文件 {path} 正被其他程序使用（可能是另一个物业客服桌面系统窗口）。请关闭后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>The disk holding {path} is full. Free some space and try again; nothing was lost.</source>
        <translation>{path} 所在磁盘已满。请清理空间后重试；数据没有丢失。</translation>
    </message>
    <message>
        <source>A ticket that is “{status}” cannot be {action}.</source>
        <translation>处于“{status}”状态的工单不能{action}。</translation>
    </message>
    <message>
        <source>Please give a reason or the reply given to the owner.</source>
        <translation>请填写原因或给业主的答复。</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>given a stage reply</source>
        <translation>阶段性回复</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>started</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>called back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>添加备注</translation>
    </message>
</context>
</TS>
