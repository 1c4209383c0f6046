<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CallbackEntryPanel</name>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <source>By / finished</source>
        <translation>处理人 / 完成时间</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Calls so far</source>
        <translation>已拨打</translation>
    </message>
    <message>
        <source>&amp;Reached? (Y/N)</source>
        <translation>是否接通(&amp;R) (Y/N)</translation>
    </message>
    <message>
        <source>&amp;Not reached (1–4)</source>
        <translation>未接通原因(&amp;N) (1–4)</translation>
    </message>
    <message>
        <source>Call a&amp;gain at</source>
        <translation>约定回访时间(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Solved? (1–3)</source>
        <translation>是否解决(&amp;S) (1–3)</translation>
    </message>
    <message>
        <source>Ra&amp;ting (1–5)</source>
        <translation>满意度(&amp;T) (1–5)</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>业主意见(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>回访方式(&amp;H)</translation>
    </message>
    <message>
        <source>e.g. 18:30 or 11-24 10:00</source>
        <translation>如 18:30 或 11-24 10:00</translation>
    </message>
    <message>
        <source>Save and next (Enter)</source>
        <translation>保存并下一条 (Enter)</translation>
    </message>
    <message>
        <source>Timeline (F2)</source>
        <translation>处理记录 (F2)</translation>
    </message>
    <message>
        <source>Full number (F3)</source>
        <translation>完整号码 (F3)</translation>
    </message>
    <message>
        <source>Yes, the owner answered</source>
        <translation>是，业主已接听</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>不评分</translation>
    </message>
    <message>
        <source>Very unhappy</source>
        <translation>很不满意</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>So-so</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>1 very unhappy … 5 very satisfied; 0 not rated</source>
        <translation>1 很不满意 … 5 非常满意；0 不评分</translation>
    </message>
    <message>
        <source>No callback chosen</source>
        <translation>未选择回访</translation>
    </message>
    <message>
        <source>(no result entered)</source>
        <translation>（未录入处理结果）</translation>
    </message>
    <message>
        <source>{due} (overdue)</source>
        <translation>{due}（已超期）</translation>
    </message>
    <message>
        <source>{at} {by}: {outcome}</source>
        <translation>{at} {by}：{outcome}</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>尚未拨打</translation>
    </message>
    <message>
        <source>Type Y if the owner answered, N if not.</source>
        <translation>业主接听请按 Y，未接通请按 N。</translation>
    </message>
</context>
<context>
    <name>CallbacksPage</name>
    <message>
        <source>Deadline</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>{rating} pts</source>
        <translation>{rating} 分</translation>
    </message>
    <message>
        <source>Due today ({count})</source>
        <translation>今日待回访 ({count})</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>已超期 ({count})</translation>
    </message>
    <message>
        <source>Upcoming ({count})</source>
        <translation>即将到期 ({count})</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>For the supervisor ({count})</source>
        <translation>主管关注 ({count})</translation>
    </message>
    <message>
        <source>C&amp;lerk</source>
        <translation>客服(&amp;L)</translation>
    </message>
    <message>
        <source>Co&amp;mmunity</source>
        <translation>小区(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>Done &amp;from</source>
        <translation>完成日期(&amp;F)</translation>
    </message>
    <message>
        <source>Today&apos;s callback sheet (Ctrl+P)</source>
        <translation>今日回访单 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save sheet as PDF…</source>
        <translation>回访单存为 PDF…</translation>
    </message>
    <message>
        <source>Mark seen</source>
        <translation>标记已查看</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Listed: {total} · due today {due} · overdue {overdue} · upcoming {upcoming}</source>
        <translation>列出 {total} 条 · 今日待回访 {due} · 已超期 {overdue} · 即将到期 {upcoming}</translation>
    </message>
    <message>
        <source>{number}: the owner is unsatisfied; the ticket is back on the board.</source>
        <translation>{number}：业主不满意，工单已退回派工看板重新处理。</translation>
    </message>
    <message>
        <source>{number}: the owner could not be reached; the supervisor decides.</source>
        <translation>{number}：无法联系业主，由主管决定是否关闭。</translation>
    </message>
    <message>
        <source>{number}: not reached; next call {at}.</source>
        <translation>{number}：未接通，下次回访 {at}。</translation>
    </message>
    <message>
        <source>{number}: called back, ticket {status}.</source>
        <translation>{number}：已回访，工单{status}。</translation>
    </message>
    <message>
        <source>callback-sheet-{day}.pdf</source>
        <translation>回访单-{day}.pdf</translation>
    </message>
    <message>
        <source>Save the callback sheet as PDF</source>
        <translation>将回访单保存为 PDF</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation>PDF 无法保存到 {path}：{reason}</translation>
    </message>
    <message>
        <source>{count} callbacks written to {path}.</source>
        <translation>{count} 条回访已写入 {path}。</translation>
    </message>
    <message>
        <source>Callback sheet preview</source>
        <translation>回访单预览</translation>
    </message>
    <message>
        <source>Callbacks for the supervisor: {count}</source>
        <translation>待主管处理的回访：{count}</translation>
    </message>
</context>
<context>
    <name>CallbacksSection</name>
    <message>
        <source>Calls before “cannot be reached”</source>
        <translation>拨打几次后记为“无法联系”</translation>
    </message>
    <message>
        <source>Try again after (hours)</source>
        <translation>未接通后间隔（小时）再拨</translation>
    </message>
    <message>
        <source>Office hours from</source>
        <translation>办公时间自</translation>
    </message>
    <message>
        <source>Office hours until</source>
        <translation>办公时间至</translation>
    </message>
    <message>
        <source>Rating 3 or “partly solved” reopens the ticket (else: flagged)</source>
        <translation>评分 3 或“部分解决”时重新处理工单（否则仅提醒主管）</translation>
    </message>
    <message>
        <source>A satisfied callback closes the ticket at once (else: the supervisor)</source>
        <translation>回访满意后立即关闭工单（否则由主管关闭）</translation>
    </message>
    <message>
        <source>Print full phone numbers on the callback sheet</source>
        <translation>回访单上打印完整电话号码</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CliCallbacks</name>
    <message>
        <source>Not a date of the form YYYY-MM-DD: “{text}”.</source>
        <translation>日期格式应为 YYYY-MM-DD：“{text}”。</translation>
    </message>
    <message>
        <source>No callbacks are due on {day}.</source>
        <translation>{day} 没有待回访的工单。</translation>
    </message>
    <message>
        <source>{count} callbacks due on {day} written to {file}.</source>
        <translation>{day} 的 {count} 条待回访已写入 {file}。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Enter a whole number of attempts from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的整数次数。</translation>
    </message>
    <message>
        <source>Enter a whole number of hours from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的整数小时。</translation>
    </message>
    <message>
        <source>Office hours are two times such as 09:00 and 18:00, the first earlier.</source>
        <translation>办公时间为两个时间，如 09:00 和 18:00，前者须早于后者。</translation>
    </message>
    <message>
        <source>This callback no longer exists.</source>
        <translation>该回访已不存在。</translation>
    </message>
    <message>
        <source>This callback is no longer open; it was already finished or cancelled.</source>
        <translation>该回访已结束或已取消，不能再登记。</translation>
    </message>
    <message>
        <source>A callback is made by someone other than the crew who did the job; ask a colleague to call.</source>
        <translation>回访须由施工人员以外的人进行，请同事代为回访。</translation>
    </message>
    <message>
        <source>Was the problem solved? Choose yes, partly or no.</source>
        <translation>问题是否解决？请选择：已解决、部分解决或未解决。</translation>
    </message>
    <message>
        <source>The rating is a whole number from 1 to 5.</source>
        <translation>满意度评分为 1 到 5 的整数。</translation>
    </message>
    <message>
        <source>Write down what the owner is unhappy about; the ticket goes back to work with it.</source>
        <translation>请写明业主不满意的原因，工单将据此重新处理。</translation>
    </message>
    <message>
        <source>Keep this under {limit} characters.</source>
        <translation>不能超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>Choose phone, walk-in or WeChat.</source>
        <translation>请选择电话、来访或微信。</translation>
    </message>
    <message>
        <source>Choose why the owner was not reached.</source>
        <translation>请选择未接通的原因。</translation>
    </message>
    <message>
        <source>Enter when the owner wants to be called, e.g. 18:30 or 11-24 10:00.</source>
        <translation>请输入业主约定的回访时间，如 18:30 或 11-24 10:00。</translation>
    </message>
    <message>
        <source>The time to call again must be later than now.</source>
        <translation>再次回访的时间必须晚于现在。</translation>
    </message>
    <message>
        <source>Only a callback that could not reach the owner, or a ticket waiting to be closed, is closed here.</source>
        <translation>只有无法联系的回访或待关闭的工单可在此关闭。</translation>
    </message>
    <message>
        <source>Unsatisfied at callback</source>
        <translation>回访不满意</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Cannot be reached</source>
        <translation>无法联系</translation>
    </message>
    <message>
        <source>Callback cancelled</source>
        <translation>回访已取消</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Partly solved</source>
        <translation>部分解决</translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已接通</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无人接听</translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation>占线</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>号码错误</translation>
    </message>
    <message>
        <source>Call me later</source>
        <translation>约定稍后再打</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Callback scheduled</source>
        <translation>已安排回访</translation>
    </message>
    <message>
        <source>Callback not reached</source>
        <translation>回访未接通</translation>
    </message>
    <message>
        <source>Callback result</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Owner cannot be reached</source>
        <translation>无法联系业主</translation>
    </message>
    <message>
        <source>Callback reviewed by the supervisor</source>
        <translation>主管已查看回访</translation>
    </message>
    <message>
        <source>Closed without a callback</source>
        <translation>未回访关闭</translation>
    </message>
    <message>
        <source>Callback due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>下次回访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Solved?</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Full phone number shown</source>
        <translation>查看完整电话</translation>
    </message>
</context>
</TS>
