<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>MonthlyReport</name>
    <message>
        <source>Acknowledgement</source>
        <translation>受理响应</translation>
    </message>
    <message>
        <source>Stage reply</source>
        <translation>阶段性回复</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回访</translation>
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
        <source>{scope} monthly summary {period}</source>
        <translation>{scope} 月度报告 {period}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>第 {page} 页</translation>
    </message>
    <message>
        <source>Period {first} to {last}, made {made}</source>
        <translation>统计期间 {first} 至 {last}　　制表时间 {made}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{count} more rows are not listed; see the reports page.</source>
        <translation>另有 {count} 行未列出，见报表页。</translation>
    </message>
    <message>
        <source>1. Key figures</source>
        <translation>一、关键指标</translation>
    </message>
    <message>
        <source>2. Volume</source>
        <translation>二、工单量</translation>
    </message>
    <message>
        <source>3. Kinds and categories</source>
        <translation>三、类型与分类</translation>
    </message>
    <message>
        <source>4. Timeliness</source>
        <translation>四、时效</translation>
    </message>
    <message>
        <source>5. Callbacks and satisfaction</source>
        <translation>五、回访与满意度</translation>
    </message>
    <message>
        <source>6. Repeat complaints</source>
        <translation>六、重复投诉</translation>
    </message>
    <message>
        <source>7. Departments and crews</source>
        <translation>七、部门与维修人员</translation>
    </message>
    <message>
        <source>8. Peaks of receipt (weekday × hour)</source>
        <translation>八、受理高峰（星期 × 时段）</translation>
    </message>
    <message>
        <source>9. Busiest buildings</source>
        <translation>九、工单最多的楼栋</translation>
    </message>
    <message>
        <source>10. Communities side by side</source>
        <translation>十、兄弟项目对比</translation>
    </message>
    <message>
        <source>11. Early warning</source>
        <translation>十一、故障预警</translation>
    </message>
    <message>
        <source>12. Overdue at the period's end</source>
        <translation>十二、期末逾期工单</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <source>Figure</source>
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
        <source>Rating</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
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
        <source>Times</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Solved?</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <source>Owner's words</source>
        <translation>业主意见</translation>
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
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Average hours</source>
        <translation>平均用时(小时)</translation>
    </message>
    <message>
        <source>Results on time</source>
        <translation>处理及时率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>重新处理率</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Main categories</source>
        <translation>主要分类</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Repeat complaints</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <source>Overdue at the end</source>
        <translation>期末逾期</translation>
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
        <source>Late stage</source>
        <translation>逾期环节</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已历时</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>{registered} tickets registered in the period, of which {cancelled} cancelled and {merged} merged; {received} received, {resolved} of them resolved by the period's end. The period before: {previous} received, change {change}; the same period a year before: {year_before}, change {year_change}.</source>
        <translation>本期登记 {registered} 张，其中取消 {cancelled} 张、合并 {merged} 张，受理 {received} 张，期末前办结 {resolved} 张。上期受理 {previous} 张，环比 {change}；去年同期 {year_before} 张，同比 {year_change}。</translation>
    </message>
    <message>
        <source>Average time to acknowledge {ack}, to resolve {resolution}. {paused} tickets were paused, for {paused_hours} in all, {average_paused} on average.</source>
        <translation>平均响应用时 {ack}，平均处理用时 {resolution}。暂停过的工单 {paused} 张，共暂停 {paused_hours}，平均每张 {average_paused}。</translation>
    </message>
    <message>
        <source>{made} callbacks made, {reached} reaching the owner and {unreached} not; {rated} rated, {satisfied} of them 4–5, satisfaction {satisfaction}. {due} tickets due a callback, {in_time} called back in time, callback rate {rate}. {dissatisfied} owners dissatisfied, {reopened} tickets reopened by a callback.</source>
        <translation>完成回访 {made} 次，联系上 {reached} 次，未联系上 {unreached} 次；有评分 {rated} 次，其中 4–5 分 {satisfied} 次，满意度 {satisfaction}。应回访工单 {due} 张，按时回访 {in_time} 张，回访率 {rate}。不满意 {dissatisfied} 次，因回访重新处理 {reopened} 张。</translation>
    </message>
    <message>
        <source>Reasons for dissatisfaction (by category)</source>
        <translation>不满意的原因（按分类）</translation>
    </message>
    <message>
        <source>{count} repeat complaints, in {rooms} rooms and categories.</source>
        <translation>重复投诉 {count} 张，涉及 {rooms} 个房屋与分类。</translation>
    </message>
    <message>
        <source>{weekday} {hour}:00, {count} tickets</source>
        <translation>{weekday} {hour} 时 {count} 张</translation>
    </message>
    <message>
        <source>Busiest hours: {busiest}.</source>
        <translation>最忙的时段：{busiest}。</translation>
    </message>
    <message>
        <source>No tickets in the period.</source>
        <translation>本期无工单。</translation>
    </message>
    <message>
        <source>No repairs repeating or rising in the period.</source>
        <translation>本期没有反复或上升的报修。</translation>
    </message>
    <message>
        <source>At {cutoff}, {count} tickets overdue and not resolved.</source>
        <translation>截至 {cutoff}，逾期未办结 {count} 张。</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>{count} more tickets are not listed; see the ticket ledger.</source>
        <translation>另有 {count} 张未列出，见工单台账。</translation>
    </message>
    <message>
        <source>{term}: {text}</source>
        <translation>{term}：{text}</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Near target</source>
        <translation>接近目标</translation>
    </message>
    <message>
        <source>Off target</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>{hour}h</source>
        <translation>{hour}时</translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation>{value} 小时</translation>
    </message>
    <message>
        <source>Received in the last 12 months</source>
        <translation>近 12 个月受理量</translation>
    </message>
    <message>
        <source>No data in the period</source>
        <translation>本期无数据</translation>
    </message>
    <message>
        <source>{count} tickets</source>
        <translation>{count} 张工单</translation>
    </message>
    <message>
        <source>{count} answers</source>
        <translation>{count} 个回答</translation>
    </message>
</context>
</TS>