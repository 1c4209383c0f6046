<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>分类(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>紧急程度(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <source>R&amp;eporter</source>
        <translation>报事人(&amp;E)</translation>
    </message>
    <message>
        <source>Ph&amp;one</source>
        <translation>联系电话(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>位置(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>问题描述(&amp;D)</translation>
    </message>
    <message>
        <source>Photos and files</source>
        <translation>照片和附件</translation>
    </message>
    <message>
        <source>3-2-1501, 3栋2单元1501, owner's name or part of a phone number</source>
        <translation>3-2-1501、3栋2单元1501、业主姓名或部分电话号码</translation>
    </message>
    <message>
        <source>What happened, where, since when; what the owner asks for</source>
        <translation>发生了什么、在哪里、从何时开始；业主有什么诉求</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>清空表单</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>No room chosen yet</source>
        <translation>尚未选择房屋</translation>
    </message>
    <message>
        <source>{owner} · {phones} · {community}</source>
        <translation>{owner} · {phones} · {community}</translation>
    </message>
    <message>
        <source>no household on record</source>
        <translation>无在册住户</translation>
    </message>
    <message>
        <source>suggested; change it if the owner's situation differs</source>
        <translation>系统建议；如实际情况不同请修改</translation>
    </message>
    <message>
        <source>This call was added to ticket {number}; no new ticket was created.</source>
        <translation>本次来电已追加到工单 {number}，未新建工单。</translation>
    </message>
    <message>
        <source>Attach photos or files</source>
        <translation>添加照片或附件</translation>
    </message>
    <message>
        <source>Ticket {number} saved. Tell the owner this number.</source>
        <translation>工单 {number} 已保存，请告知业主此编号。</translation>
    </message>
    <message>
        <source>Its files were not attached; they are still at {paths}.</source>
        <translation>文件未附上，仍在 {paths}。</translation>
    </message>
    <message>
        <source>Attachments not stored</source>
        <translation>附件未保存</translation>
    </message>
    <message>
        <source>Ticket {number} was saved, but its {count} files could not be stored.</source>
        <translation>工单 {number} 已保存，但其 {count} 个文件未能保存。</translation>
    </message>
    <message>
        <source>Keep the ticket without them</source>
        <translation>保留工单，不附文件</translation>
    </message>
</context>
<context>
    <name>IntakeSidePanel</name>
    <message>
        <source>Recent tickets of this room</source>
        <translation>该房屋近期工单</translation>
    </message>
    <message>
        <source>Already open on the same problem</source>
        <translation>同一问题已有未完结工单</translation>
    </message>
    <message>
        <source>Add this call to the selected ticket instead</source>
        <translation>将本次来电追加到所选工单（不新建）</translation>
    </message>
    <message>
        <source>Standard replies and checklists</source>
        <translation>标准话术与应急预案</translation>
    </message>
    <message>
        <source>No tickets for this room yet.</source>
        <translation>该房屋暂无工单。</translation>
    </message>
    <message>
        <source>Repeat complaint: this room complained about the same category on {date} ({number}, {status}). It will count as a repeat complaint.</source>
        <translation>重复投诉：该房屋已于 {date} 就同一分类报事（{number}，{status}），本次将计为重复投诉。</translation>
    </message>
    <message>
        <source>{number} · {received} · {category} · {status}</source>
        <translation>{number} · {received} · {category} · {status}</translation>
    </message>
    <message>
        <source>Nothing in the knowledge base for this category.</source>
        <translation>知识库中暂无此分类的内容。</translation>
    </message>
    <message>
        <source>Emergency checklist: {title}</source>
        <translation>应急预案：{title}</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Department / crew</source>
        <translation>部门/班组</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一时限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days}天{hours}小时</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}小时{minutes}分</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes}分钟</translation>
    </message>
    <message>
        <source>Overdue {duration}</source>
        <translation>超时 {duration}</translation>
    </message>
    <message>
        <source>{duration} left</source>
        <translation>剩余 {duration}</translation>
    </message>
    <message>
        <source>{time_left}, paused</source>
        <translation>{time_left}（已暂停）</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <source>Search number, room, name, phone or words of the description</source>
        <translation>搜索工单号、房号、姓名、电话或描述中的文字</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看超时</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Tickets I registered (I am the first responder)</source>
        <translation>我登记的工单（我是首问责任人）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>保存筛选…</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>删除筛选</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Open (not finished)</source>
        <translation>未完结</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <source>{community} building {name}</source>
        <translation>{community} {name}栋</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>{group} (whole group)</source>
        <translation>{group}（整个大类）</translation>
    </message>
    <message>
        <source>More than {total} tickets match: {open} open, {overdue} overdue. {loaded} loaded; scroll down for more.</source>
        <translation>超过 {total} 张工单符合条件：未完结 {open} 张，超时 {overdue} 张。已载入 {loaded} 张，向下滚动载入更多。</translation>
    </message>
    <message>
        <source>{total} tickets match: {open} open, {overdue} overdue. {loaded} loaded; scroll down for more.</source>
        <translation>共 {total} 张工单：未完结 {open} 张，超时 {overdue} 张。已载入 {loaded} 张，向下滚动载入更多。</translation>
    </message>
    <message>
        <source>{total} tickets match: {open} open, {overdue} overdue.</source>
        <translation>共 {total} 张工单：未完结 {open} 张，超时 {overdue} 张。</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已存筛选</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>筛选名称：</translation>
    </message>
</context>
<context>
    <name>ReminderDialog</name>
    <message>
        <source>Review of open tickets</source>
        <translation>未完结工单巡查提醒</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>{overdue} tickets are overdue and {soon} fall due within the next {minutes} minutes.</source>
        <translation>{overdue} 张工单已超时，{soon} 张将在 {minutes} 分钟内到期。</translation>
    </message>
    <message>
        <source>{number} · {room} · {category} · {deadline} due {due} · {left}</source>
        <translation>{number} · {room} · {category} · {deadline}时限 {due} · {left}</translation>
    </message>
</context>
<context>
    <name>ServiceLevelsSection</name>
    <message>
        <source>Deadlines per kind and priority</source>
        <translation>按类型和紧急程度设定时限</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Acknowledge within</source>
        <translation>受理时限</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Stage reply (minutes, 0 = none)</source>
        <translation>阶段性回复（分钟，0 为不要求）</translation>
    </message>
    <message>
        <source>Result within</source>
        <translation>处理结果时限</translation>
    </message>
    <message>
        <source>Callback within</source>
        <translation>回访时限</translation>
    </message>
    <message>
        <source>Save service levels</source>
        <translation>保存服务时限</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Office calendar: holidays and make-up working days</source>
        <translation>工作日历：节假日与调休上班日</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Counts as</source>
        <translation>算作</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>e.g. 2027 National Day holiday</source>
        <translation>例如：2027年国庆节放假</translation>
    </message>
    <message>
        <source>Add or change</source>
        <translation>添加或修改</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Remind the desk of tickets due within the next two hours and of overdue tickets every:</source>
        <translation>提醒前台即将到期和已超时工单的间隔：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Day off (holiday)</source>
        <translation>休息日（放假）</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>{saved} policies saved; deadlines of {tickets} tickets recomputed.</source>
        <translation>已保存 {saved} 条时限，已重新计算 {tickets} 张工单的时限。</translation>
    </message>
    <message>
        <source>{kind} · {priority}: {problem}</source>
        <translation>{kind} · {priority}：{problem}</translation>
    </message>
    <message>
        <source>China's official holidays and make-up working days are known up to {date}. Later days count Monday to Friday as working days until you enter that year's holidays and make-up days here.</source>
        <translation>国家法定节假日和调休安排目前只收录到 {date}。之后的日期暂按周一至周五为工作日计算，请在此录入该年度的放假和调休上班日。</translation>
    </message>
    <message>
        <source>{day}: past the official data; counted as {what} (Monday to Friday rule).</source>
        <translation>{day}：超出官方数据范围，暂按周一至周五规则算作{what}。</translation>
    </message>
    <message>
        <source>{day}: the office's own setting makes it {what}.</source>
        <translation>{day}：按本中心自定义设置为{what}。</translation>
    </message>
    <message>
        <source>{day}: officially {what}.</source>
        <translation>{day}：按国家安排为{what}。</translation>
    </message>
    <message>
        <source>a working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>a day off</source>
        <translation>休息日</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Service levels</source>
        <translation>服务时限</translation>
    </message>
</context>
<context>
    <name>TicketActionPanel</name>
    <message>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>确定 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>e.g. BX20261123-0007</source>
        <translation>例如 BX20261123-0007</translation>
    </message>
</context>
<context>
    <name>TicketDetail</name>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>受理(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Stage reply…</source>
        <translation>阶段性回复(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Dispatch…</source>
        <translation>派工(&amp;D)…</translation>
    </message>
    <message>
        <source>Work s&amp;tarted</source>
        <translation>开始处理(&amp;T)</translation>
    </message>
    <message>
        <source>Enter &amp;result…</source>
        <translation>录入处理结果(&amp;R)…</translation>
    </message>
    <message>
        <source>Answer and c&amp;lose…</source>
        <translation>答复并关闭(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Cancel ticket…</source>
        <translation>作废工单(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新处理(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Pause clock…</source>
        <translation>暂停计时(&amp;P)…</translation>
    </message>
    <message>
        <source>Res&amp;ume clock…</source>
        <translation>恢复计时(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Edit fields…</source>
        <translation>修改信息(&amp;E)…</translation>
    </message>
    <message>
        <source>What was the owner told? (the initial assessment and reply)</source>
        <translation>给业主的答复是什么？（初步判断和回复）</translation>
    </message>
    <message>
        <source>The progress reply given to the owner:</source>
        <translation>给业主的阶段性回复：</translation>
    </message>
    <message>
        <source>The answer given to the owner (the ticket is then closed):</source>
        <translation>给业主的答复（保存后工单关闭）：</translation>
    </message>
    <message>
        <source>Why is the ticket cancelled?</source>
        <translation>作废原因：</translation>
    </message>
    <message>
        <source>Number of the ticket this one duplicates, and why:</source>
        <translation>与本单重复的工单号，以及合并原因：</translation>
    </message>
    <message>
        <source>Why is the ticket reopened?</source>
        <translation>重新处理的原因：</translation>
    </message>
    <message>
        <source>Why does the result clock stop? Add a note if useful:</source>
        <translation>暂停处理计时的原因（可附说明）：</translation>
    </message>
    <message>
        <source>The result clock runs again. Note (optional):</source>
        <translation>恢复处理计时。说明（可不填）：</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Stage reply</source>
        <translation>阶段性回复</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>开始处理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新处理</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Clock paused</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Work order printed</source>
        <translation>打印派工单</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Pause reason</source>
        <translation>暂停原因</translation>
    </message>
    <message>
        <source>Paused time in total</source>
        <translation>累计暂停时长</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Merged from</source>
        <translation>由此单合并而来</translation>
    </message>
    <message>
        <source>Another call</source>
        <translation>再次来电</translation>
    </message>
    <message>
        <source>Times printed</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <source>Owner cannot be reached</source>
        <translation>联系不上业主</translation>
    </message>
    <message>
        <source>Waiting for parts</source>
        <translation>等待配件</translation>
    </message>
    <message>
        <source>Owner asked to wait</source>
        <translation>业主要求延后</translation>
    </message>
    <message>
        <source>Waiting for a third party</source>
        <translation>等待第三方</translation>
    </message>
</context>
<context>
    <name>TicketDetailDialog</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>住户</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>First responder</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <source>Department / crew</source>
        <translation>部门/班组</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Acknowledge by</source>
        <translation>受理时限</translation>
    </message>
    <message>
        <source>Stage reply by</source>
        <translation>阶段性回复时限</translation>
    </message>
    <message>
        <source>Result by</source>
        <translation>处理结果时限</translation>
    </message>
    <message>
        <source>Callback by</source>
        <translation>回访时限</translation>
    </message>
    <message>
        <source>Result clock</source>
        <translation>处理计时</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>合并到</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Photos and files (Enter opens)</source>
        <translation>照片和附件（回车打开）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Ticket {number}</source>
        <translation>工单 {number}</translation>
    </message>
    <message>
        <source>{number} · {status} · {priority}</source>
        <translation>{number} · {status} · {priority}</translation>
    </message>
    <message>
        <source>No deadline is running.</source>
        <translation>当前没有计时中的时限。</translation>
    </message>
    <message>
        <source>The result clock is paused; no result deadline runs until it is resumed.</source>
        <translation>处理计时已暂停；恢复计时前不计算处理结果时限。</translation>
    </message>
    <message>
        <source>Next deadline: {what} by {due} ({left})</source>
        <translation>下一时限：{what} {due}（{left}）</translation>
    </message>
    <message>
        <source>Paused since {since}: {reason}</source>
        <translation>自 {since} 起暂停：{reason}</translation>
    </message>
    <message>
        <source>Stopped; paused {total} in all</source>
        <translation>已停止；累计暂停 {total}</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Running; paused {total} in all</source>
        <translation>计时中；累计暂停 {total}</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>{name} ({size} KB, {added})</source>
        <translation>{name}（{size} KB，{added}）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>TicketEditPanel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>TicketTimeline</name>
    <message>
        <source>Timeline</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}：{old} → {new}</translation>
    </message>
</context>
</TS>