<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CrewPanel</name>
    <message>
        <source>Crew</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>{name} (off duty)</source>
        <translation>{name}（不在岗）</translation>
    </message>
    <message>
        <source>{name} · off</source>
        <translation>{name}·休</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
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
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>无时限</translation>
    </message>
    <message>
        <source>Overdue by {duration}</source>
        <translation>已超时 {duration}</translation>
    </message>
    <message>
        <source>{duration} left</source>
        <translation>剩余 {duration}</translation>
    </message>
    <message>
        <source>Not dispatched</source>
        <translation>未派工</translation>
    </message>
    <message>
        <source>{number} · {community} {room}
{description}
Next deadline: {due}</source>
        <translation>{number} · {community} {room}
{description}
下一时限：{due}</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>Property Office Desk</source>
        <translation>物业客服桌面系统</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Printing work orders is not available in this version.</source>
        <translation>本版本暂不能打印派工单。</translation>
    </message>
</context>
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Dispatch</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>Ticket {number} · {room} · {category}
{description}</source>
        <translation>工单 {number} · {room} · {category}
{description}</translation>
    </message>
    <message>
        <source>{count} tickets: {numbers}</source>
        <translation>{count} 张工单：{numbers}</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;rew members (tick with Space; none ticked sends it to the department)</source>
        <translation>维修人员(&amp;R)（空格键勾选；不勾选则派给部门）</translation>
    </message>
    <message>
        <source>Dispatch and &amp;print</source>
        <translation>派工并打印(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>{name} ({department}) — already on this ticket</source>
        <translation>{name}（{department}）— 已在此工单上</translation>
    </message>
    <message>
        <source>{name} ({department}) — {open} open, {overdue} overdue</source>
        <translation>{name}（{department}）— 在办 {open}，超时 {overdue}</translation>
    </message>
    <message>
        <source>{text} — off duty</source>
        <translation>{text} — 不在岗</translation>
    </message>
    <message>
        <source>By name (pinyin)</source>
        <translation>按姓名拼音</translation>
    </message>
    <message>
        <source>By workload (fewest open tickets first)</source>
        <translation>按工作量（在办少的在前）</translation>
    </message>
    <message>
        <source>{name} ({department})</source>
        <translation>{name}（{department}）</translation>
    </message>
    <message>
        <source>{name} — already on this ticket</source>
        <translation>{name} — 已在此工单上</translation>
    </message>
    <message>
        <source>{name} — {open} open, {overdue} overdue</source>
        <translation>{name} — 在办 {open}，超时 {overdue}</translation>
    </message>
    <message>
        <source>{name} is off duty. Send this work to them anyway?</source>
        <translation>{name}不在岗。仍要派给他/她吗？</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>Awaiting dispatch</source>
        <translation>待派工</translation>
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
        <source>Awaiting callback</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By crew member</source>
        <translation>按人员</translation>
    </message>
    <message>
        <source>By department</source>
        <translation>按部门</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;ommunity</source>
        <translation>小区(&amp;O)</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>全部小区</translation>
    </message>
    <message>
        <source>Scan or type a work order number</source>
        <translation>扫描或输入派工单号</translation>
    </message>
    <message>
        <source>Print today's unprinted work orders</source>
        <translation>打印今日未打印的派工单</translation>
    </message>
    <message>
        <source>{name} · {department}</source>
        <translation>{name} · {department}</translation>
    </message>
    <message>
        <source>{department}, no crew yet</source>
        <translation>{department}（未指定人员）</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message>
        <source>A ticket awaiting callback cannot be dispatched again.</source>
        <translation>待回访的工单不能再派工。</translation>
    </message>
    <message>
        <source>Marked as in progress.</source>
        <translation>已标记为处理中。</translation>
    </message>
    <message>
        <source>Ticket {number} dispatched to {target}.</source>
        <translation>工单 {number} 已派给{target}。</translation>
    </message>
    <message>
        <source>Ticket {number} dispatched.</source>
        <translation>工单 {number} 已派工。</translation>
    </message>
    <message>
        <source>{count} tickets dispatched to {target}.</source>
        <translation>{count} 张工单已派给{target}。</translation>
    </message>
    <message>
        <source>{count} tickets dispatched.</source>
        <translation>{count} 张工单已派工。</translation>
    </message>
    <message>
        <source>“{text}” is not a work order number.</source>
        <translation>“{text}”不是派工单号。</translation>
    </message>
    <message>
        <source>Result saved; ticket {number} is resolved.</source>
        <translation>处理结果已保存，工单 {number} 已完成。</translation>
    </message>
    <message>
        <source>Every work order dispatched today has been printed.</source>
        <translation>今日派出的派工单都已打印。</translation>
    </message>
</context>
<context>
    <name>ResultEntryDialog</name>
    <message>
        <source>Result of {number}</source>
        <translation>{number} 的处理结果</translation>
    </message>
    <message>
        <source>{number} · {community} {room} · {category}
{description}
Crew: {crew} · dispatched {dispatched}</source>
        <translation>{number} · {community} {room} · {category}
{description}
维修人员：{crew} · 派工时间 {dispatched}</translation>
    </message>
    <message>
        <source>&amp;Arrived at</source>
        <translation>到场时间(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Finished at</source>
        <translation>完成时间(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Work done</source>
        <translation>处理情况(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Materials used</source>
        <translation>使用材料(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;ost charged (yuan)</source>
        <translation>收费金额（元）(&amp;O)</translation>
    </message>
    <message>
        <source>Owner si&amp;gnature</source>
        <translation>业主签字(&amp;G)</translation>
    </message>
    <message>
        <source>Owner &amp;rating (1–5)</source>
        <translation>业主评价（1–5）(&amp;R)</translation>
    </message>
    <message>
        <source>Cr&amp;ew</source>
        <translation>维修人员(&amp;E)</translation>
    </message>
    <message>
        <source>e.g. 14:30 or 11-23 14:30</source>
        <translation>如 14:30 或 11-23 14:30</translation>
    </message>
    <message>
        <source>The owner signed the work order</source>
        <translation>业主已在派工单上签字</translation>
    </message>
    <message>
        <source>(not written on the paper)</source>
        <translation>（单上未填）</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未评价）</translation>
    </message>
    <message>
        <source>&amp;Save and resolve</source>
        <translation>保存并完成(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Choose a department or at least one crew member.</source>
        <translation>请选择部门或至少一名维修人员。</translation>
    </message>
    <message>
        <source>Ticket {number} is already dispatched to exactly these crew members.</source>
        <translation>工单 {number} 已派给这些人员。</translation>
    </message>
    <message>
        <source>This crew member is no longer on the staff list.</source>
        <translation>该人员已不在员工名单中。</translation>
    </message>
    <message>
        <source>This department is no longer on the list.</source>
        <translation>该部门已不在部门列表中。</translation>
    </message>
    <message>
        <source>There is no ticket with the number {number}.</source>
        <translation>没有编号为 {number} 的工单。</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>Ticket {number} is not waiting for a work result: it has not been dispatched yet or is already resolved.</source>
        <translation>工单 {number} 不在等待处理结果：尚未派工或已经完成。</translation>
    </message>
    <message>
        <source>Enter a time such as 14:30, 11-23 14:30 or 2026-11-23 14:30.</source>
        <translation>请输入时间，如 14:30、11-23 14:30 或 2026-11-23 14:30。</translation>
    </message>
    <message>
        <source>Enter when the crew finished.</source>
        <translation>请填写完成时间。</translation>
    </message>
    <message>
        <source>This time is later than now.</source>
        <translation>该时间晚于现在。</translation>
    </message>
    <message>
        <source>The arrival time is later than the finish time.</source>
        <translation>到场时间晚于完成时间。</translation>
    </message>
    <message>
        <source>This time is before the ticket was received ({received}).</source>
        <translation>该时间早于工单受理时间（{received}）。</translation>
    </message>
    <message>
        <source>Write down what the crew did.</source>
        <translation>请填写处理情况。</translation>
    </message>
    <message>
        <source>Enter the cost in yuan, e.g. 35 or 35.50.</source>
        <translation>请按元填写金额，如 35 或 35.50。</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The owner's rating is a whole number from 1 to 5.</source>
        <translation>业主评价为 1 到 5 的整数。</translation>
    </message>
</context>
</TS>