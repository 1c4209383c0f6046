<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliPrinting</name>
    <message>
        <source>{file} cannot be written: {reason}.</source>
        <translation>无法写入 {file}：{reason}。</translation>
    </message>
    <message>
        <source>Monthly summary of {month} written to {file} ({count} tickets received).</source>
        <translation>{month} 月度报告已写入 {file}（受理 {count} 张工单）。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>Export ledger…</source>
        <translation>导出台账…</translation>
    </message>
    <message>
        <source>{scope}, {period}: {received} tickets received, {resolved} resolved, {overdue} overdue at the end.</source>
        <translation>{scope}，{period}：受理 {received} 张，办结 {resolved} 张，期末逾期 {overdue} 张。</translation>
    </message>
    <message>
        <source>ledger-{period}.xlsx</source>
        <translation>工单台账-{period}.xlsx</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{count} tickets written to {file}.</source>
        <translation>已将 {count} 张工单写入 {file}。</translation>
    </message>
    <message>
        <source>Ledger {period}</source>
        <translation>台账 {period}</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Monthly summary preview</source>
        <translation>月度报告预览</translation>
    </message>
    <message>
        <source>Print the monthly summary</source>
        <translation>打印月度报告</translation>
    </message>
    <message>
        <source>monthly-summary-{period}.pdf</source>
        <translation>月度报告-{period}.pdf</translation>
    </message>
    <message>
        <source>Save the monthly summary as PDF</source>
        <translation>将月度报告保存为 PDF</translation>
    </message>
    <message>
        <source>Monthly summary</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}</source>
        <translation>无法将 PDF 保存到 {path}：{reason}</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Near target</source>
        <translation>接近目标</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Click to list these tickets in the registry</source>
        <translation>单击在工单登记中列出这些工单</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型与分类</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>时效与回访</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>部门与人员</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>房屋与楼栋</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期末逾期</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Short of target</source>
        <translation>未达标工单</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>工单量</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Year on year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>Received in the last twelve months</source>
        <translation>近 12 个月受理量</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>大类</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Average time to acknowledge {ack}, to resolve {resolve}.</source>
        <translation>平均响应用时 {ack}，平均处理用时 {resolve}。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>及时</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>In time %</source>
        <translation>及时率</translation>
    </message>
    <message>
        <source>Paused tickets</source>
        <translation>暂停过的工单</translation>
    </message>
    <message>
        <source>{hours} paused in all</source>
        <translation>共暂停 {hours}</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>有评分</translation>
    </message>
    <message>
        <source>Rated 4-5</source>
        <translation>4–5 分</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Reopened by callback</source>
        <translation>因回访重新处理</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Owner's words</source>
        <translation>业主意见</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Average hours</source>
        <translation>平均用时（小时）</translation>
    </message>
    <message>
        <source>Result in time</source>
        <translation>处理及时率</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新处理率</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Crews</source>
        <translation>维修人员</translation>
    </message>
    <message>
        <source>Repeat complaints: {count}</source>
        <translation>重复投诉：{count} 张</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房屋</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>故障预警</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Busiest buildings</source>
        <translation>工单最多的楼栋</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Busiest categories</source>
        <translation>主要分类</translation>
    </message>
    <message>
        <source>Communities side by side</source>
        <translation>兄弟项目对比</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>When tickets arrive (weekday × hour)</source>
        <translation>受理高峰（星期 × 时段）</translation>
    </message>
    <message>
        <source>Overdue at {moment}: {count} tickets.</source>
        <translation>截至 {moment} 逾期未办结 {count} 张。</translation>
    </message>
    <message>
        <source>Late stage</source>
        <translation>逾期环节</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>已历时（天）</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理响应</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
</context>
<context>
    <name>TicketSetBar</name>
    <message>
        <source>Show all tickets</source>
        <translation>显示全部工单</translation>
    </message>
    <message>
        <source>Tickets of a report figure: {name} ({count} tickets)</source>
        <translation>报表数字对应的工单：{name}（{count} 张）</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Enter a number from 0 to {limit}.</source>
        <translation>请输入 0 到 {limit} 之间的数。</translation>
    </message>
    <message>
        <source>The warning level must lie on the far side of the target.</source>
        <translation>警戒值必须比目标值更宽松。</translation>
    </message>
    <message>
        <source>Callback satisfaction</source>
        <translation>回访满意度</translation>
    </message>
    <message>
        <source>Survey score</source>
        <translation>满意度调查得分</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>投诉率</translation>
    </message>
    <message>
        <source>Acknowledged in time</source>
        <translation>响应及时率</translation>
    </message>
    <message>
        <source>Resolution rate</source>
        <translation>解决率</translation>
    </message>
    <message>
        <source>Average handling time</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <source>Callback rate</source>
        <translation>回访率</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Tickets registered in the period (by their receipt time) for rooms in the scope; cancelled tickets and duplicates merged into another ticket are not counted. Every other figure is about these tickets unless it says otherwise.</source>
        <translation>本期（按受理时间）为范围内房屋登记的工单；已取消的工单和合并到其他工单的重复工单不计入。除另有说明外，其他各项数字都针对这些工单。</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Received tickets whose result was told to the owner before the period ended. A ticket reopened and not yet resolved again is not resolved; a reopened ticket counts from its last resolution.</source>
        <translation>在期末之前已将处理结果告知业主的受理工单。重新处理且尚未再次办结的工单不算办结；重新处理过的工单以最后一次办结为准。</translation>
    </message>
    <message>
        <source>Resolved tickets ÷ received tickets.</source>
        <translation>已办结工单 ÷ 受理工单。</translation>
    </message>
    <message>
        <source>Received tickets first acknowledged no later than their acknowledge deadline (24 hours, urgent 30 minutes, as the service levels say) ÷ received tickets.</source>
        <translation>在响应时限内（按服务标准：24 小时，紧急 30 分钟）首次受理的工单 ÷ 受理工单数。</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>及时</translation>
    </message>
    <message>
        <source>A stage is on time when it was done no later than its deadline: the acknowledgement, the stage reply of urgent tickets (a stage reply or the resolution), the result (resolved tickets, with paused time given back) and the callback.</source>
        <translation>某环节在时限内完成即为及时：受理、紧急工单的阶段性回复（阶段性回复或办结）、处理结果（已办结工单，暂停时间予以扣除）以及回访。</translation>
    </message>
    <message>
        <source>Hours from receipt to resolution, averaged over the resolved tickets; paused time is included and shown apart under timeliness.</source>
        <translation>从受理到办结的小时数，按已办结工单取平均；包含暂停时间，暂停时间另在“时效”部分列出。</translation>
    </message>
    <message>
        <source>Paused time</source>
        <translation>暂停时间</translation>
    </message>
    <message>
        <source>Time a ticket's result clock stood still (owner unreachable, awaiting parts …), counted for received tickets that were paused; a pause still running counts up to the period's end.</source>
        <translation>工单处理计时暂停的时间（联系不上业主、等待配件……），统计暂停过的受理工单；仍在暂停的计到期末。</translation>
    </message>
    <message>
        <source>Resolved tickets (inquiries and praise aside) whose owner was reached by a callback after the last resolution and no later than the callback deadline ÷ those resolved tickets; tickets whose callback is not yet due when the report is made are left out.</source>
        <translation>在最后一次办结之后、回访时限之前回访联系上业主的已办结工单（咨询和表扬除外）÷ 这些已办结工单；出报表时回访尚未到期的工单不计入。</translation>
    </message>
    <message>
        <source>Callbacks rated 4 or 5 ÷ callbacks with a rating, over every callback made for the received tickets, including those that led to a reopening.</source>
        <translation>评分 4–5 分的回访 ÷ 有评分的回访，统计受理工单的全部回访，包括导致重新处理的回访。</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>A callback rated 3 or less, or whose owner said the problem was only partly or not solved. Rated 2 or less, or not solved, reopens the ticket.</source>
        <translation>回访评分 3 分及以下，或业主表示问题只解决了一部分或未解决。评分 2 分及以下或“未解决”会使工单重新处理。</translation>
    </message>
    <message>
        <source>The average answer (1 to 5) of the survey forms entered in the period for rooms in the scope, as a score out of 100: (average − 1) ÷ 4 × 100, so 5 is 100 and 1 is 0.</source>
        <translation>本期录入的范围内房屋调查问卷的平均分（1–5 分）折算为百分制：（平均分 − 1）÷ 4 × 100，5 分为 100，1 分为 0。</translation>
    </message>
    <message>
        <source>Household served</source>
        <translation>服务住户</translation>
    </message>
    <message>
        <source>A room in the scope with at least one registered resident (owner, tenant or family member) when the report is made.</source>
        <translation>出报表时范围内至少登记了一位住户（业主、租户或家属）的房屋。</translation>
    </message>
    <message>
        <source>Households served that made at least one complaint (a ticket of the kind Complaint) received in the period ÷ households served.</source>
        <translation>本期至少有一张投诉类工单的服务住户 ÷ 服务住户数。</translation>
    </message>
    <message>
        <source>Repeat complaint</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>A received ticket for a room that already had a ticket of the same category (not cancelled or merged) within the 30 days before it, as the intake form warns.</source>
        <translation>某房屋受理的工单，在其之前 30 天内该房屋已有同一分类的工单（不含已取消或已合并的），与登记时的提示一致。</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Repairs repeating in one room (two or more of one category in the period), and repairs of one category in one building that are rising (at least 3 and at least twice as many as in the period before).</source>
        <translation>同一房屋反复报修（本期同一分类 2 次及以上），以及同一楼栋同一分类报修上升（至少 3 次且不少于上期的两倍）。</translation>
    </message>
    <message>
        <source>Overdue at the period's end</source>
        <translation>期末逾期工单</translation>
    </message>
    <message>
        <source>Tickets in the scope received before the period ended (or before the report was made, for a period still running) and not resolved, cancelled or merged by then, whose acknowledge or result deadline had passed; age is counted from receipt to that moment.</source>
        <translation>范围内在期末之前（本期尚未结束时为出报表之时）受理、到那时仍未办结、取消或合并，且已过响应或处理时限的工单；时长从受理算到那一刻。</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Against the period before (the month, quarter or year before, or as many days just before) and the same period a year earlier.</source>
        <translation>与上一期（上月、上季度或上一年，或紧接其前的同样天数）及去年同期相比。</translation>
    </message>
    <message>
        <source>Received, not resolved by the period's end</source>
        <translation>已受理，期末未办结</translation>
    </message>
    <message>
        <source>Not acknowledged in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <source>Resolved in more than {hours} hours</source>
        <translation>办结用时超过 {hours} 小时</translation>
    </message>
    <message>
        <source>Complaints of households served</source>
        <translation>服务住户的投诉</translation>
    </message>
    <message>
        <source>Callbacks with a rating</source>
        <translation>有评分的回访</translation>
    </message>
    <message>
        <source>Callbacks rated 3 or less</source>
        <translation>回访评分 3 分及以下</translation>
    </message>
    <message>
        <source>Resolved, callback due</source>
        <translation>已办结，应回访</translation>
    </message>
    <message>
        <source>Not called back within policy</source>
        <translation>未在规定时限内回访</translation>
    </message>
    <message>
        <source>Give the month as YYYY-MM, e.g. 2026-03; “{text}” is not one.</source>
        <translation>月份请写成 YYYY-MM，例如 2026-03；“{text}”不是有效的月份。</translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>There is no community called {name}.</source>
        <translation>没有名为 {name} 的小区。</translation>
    </message>
    <message>
        <source>That community or building no longer exists.</source>
        <translation>该小区或楼栋已不存在。</translation>
    </message>
    <message>
        <source>Whole office</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Repeat complaints</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>Room {room}: {category}</source>
        <translation>房屋 {room}：{category}</translation>
    </message>
    <message>
        <source>Department: {name}</source>
        <translation>部门：{name}</translation>
    </message>
    <message>
        <source>Department: {name}, result late</source>
        <translation>部门：{name}，处理超时</translation>
    </message>
    <message>
        <source>Crew: {name}</source>
        <translation>维修工：{name}</translation>
    </message>
    <message>
        <source>Crew: {name}, result late</source>
        <translation>维修工：{name}，处理超时</translation>
    </message>
    <message>
        <source>Received on {weekday} between {hour}:00 and {hour}:59</source>
        <translation>{weekday} {hour}:00–{hour}:59 受理</translation>
    </message>
    <message>
        <source>Building: {name}</source>
        <translation>楼栋：{name}</translation>
    </message>
    <message>
        <source>Community: {name}</source>
        <translation>小区：{name}</translation>
    </message>
    <message>
        <source>Early warning: {place}, {category}</source>
        <translation>预警：{place}，{category}</translation>
    </message>
    <message>
        <source>Repeating in one room</source>
        <translation>同一房屋反复出现</translation>
    </message>
    <message>
        <source>Rising in one building</source>
        <translation>同一楼栋上升</translation>
    </message>
    <message>
        <source>Not dispatched</source>
        <translation>未派工</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Merged as duplicates</source>
        <translation>作为重复工单合并</translation>
    </message>
    <message>
        <source>Kind: {kind}</source>
        <translation>类型：{kind}</translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation>分类：{category}</translation>
    </message>
    <message>
        <source>{stage}: measured</source>
        <translation>{stage}：统计</translation>
    </message>
    <message>
        <source>{stage}: late</source>
        <translation>{stage}：超时</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Callbacks rated 4 or 5</source>
        <translation>回访评分 4–5 分</translation>
    </message>
    <message>
        <source>Owner dissatisfied at callback</source>
        <translation>回访时业主不满意</translation>
    </message>
    <message>
        <source>Owner dissatisfied at callback: {category}</source>
        <translation>回访时业主不满意：{category}</translation>
    </message>
    <message>
        <source>Reopened by a callback</source>
        <translation>因回访重新处理</translation>
    </message>
    <message>
        <source>Callback given up: owner not reached</source>
        <translation>放弃回访：未联系上业主</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}. Close it in Excel or choose another folder.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>