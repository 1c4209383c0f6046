<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampaignDialog</name>
    <message>
        <source>{year} Q{quarter} satisfaction survey</source>
        <translation>{year}年第{quarter_cn}季度满意度调查</translation>
    </message>
    <message>
        <source>New survey campaign</source>
        <translation>新建满意度调查</translation>
    </message>
    <message>
        <source>Survey campaign</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Starts on:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Target (forms):</source>
        <translation>目标样本量（份）：</translation>
    </message>
    <message>
        <source>The questions and quotas of the latest campaign are copied; change them before the first form.</source>
        <translation>将复制最近一次调查的题目和配额；请在录入第一份问卷前修改。</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>blank survey questionnaires, numbered on from the last batch, with barcodes</source>
        <translation>空白满意度调查问卷（接着上一批编号，带条码）</translation>
    </message>
    <message>
        <source>the campaign's name, e.g. 2026年第四季度满意度调查</source>
        <translation>调查名称，例如 2026年第四季度满意度调查</translation>
    </message>
    <message>
        <source>how many forms</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>print a lost batch again from this form number</source>
        <translation>从此编号起重印丢失的一批问卷</translation>
    </message>
    <message>
        <source>a survey campaign's result report</source>
        <translation>满意度调查结果报告</translation>
    </message>
    <message>
        <source>the campaign's name</source>
        <translation>调查名称</translation>
    </message>
    <message>
        <source>a survey campaign's results to .xlsx</source>
        <translation>将满意度调查结果导出为 .xlsx</translation>
    </message>
    <message>
        <source>the workbook to write</source>
        <translation>要写入的工作簿</translation>
    </message>
</context>
<context>
    <name>CliSurveys</name>
    <message>
        <source>Not a whole number above 0: “{text}”.</source>
        <translation>“{text}”不是大于 0 的整数。</translation>
    </message>
    <message>
        <source>{count} questionnaires ({first}–{last}) of {campaign} written to {file}.</source>
        <translation>已将{campaign}的 {count} 份问卷（{first}–{last}）写入 {file}。</translation>
    </message>
    <message>
        <source>The result report of {campaign} written to {file}.</source>
        <translation>已将{campaign}的结果报告写入 {file}。</translation>
    </message>
    <message>
        <source>The results of {campaign} written to {file}.</source>
        <translation>已将{campaign}的结果写入 {file}。</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Form &amp;number:</source>
        <translation>问卷编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>房号(&amp;R)：</translation>
    </message>
    <message>
        <source>Answers: 1–5 moves on, 0 or Space leaves blank, Backspace goes back, Enter saves</source>
        <translation>答案：按 1–5 自动跳到下一题，0 或空格表示未填，退格键返回上一题，回车保存</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>意见(&amp;O)：</translation>
    </message>
    <message>
        <source>Type or scan the form number</source>
        <translation>输入或扫描问卷编号</translation>
    </message>
    <message>
        <source>Optional: 3-2-1501, owner's name or phone</source>
        <translation>可不填：3-2-1501、业主姓名或电话</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>保存（回车）</translation>
    </message>
    <message>
        <source>Correct the last form (F2)</source>
        <translation>更正上一份（F2）</translation>
    </message>
    <message>
        <source>Saved just now:</source>
        <translation>刚刚保存：</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Choose a campaign on the Campaigns tab.</source>
        <translation>请在“调查”页选择一次调查。</translation>
    </message>
    <message>
        <source>Typing in forms of {campaign}</source>
        <translation>正在录入：{campaign}</translation>
    </message>
    <message>
        <source>Forms typed in: {count} / {target}</source>
        <translation>已录入：{count} / {target}</translation>
    </message>
    <message>
        <source>Correcting form {number} — Enter saves, Esc cancels</source>
        <translation>正在更正 {number} 号问卷：按回车保存，按 Esc 取消</translation>
    </message>
    <message>
        <source>This campaign is closed; open it again to type in more forms.</source>
        <translation>此调查已结束；重新开启后才能继续录入问卷。</translation>
    </message>
    <message>
        <source>Pick the room from the list, or empty the field to go on without a room.</source>
        <translation>请从列表中选择房屋；不填房号请清空此栏。</translation>
    </message>
    <message>
        <source>Form {number} corrected.</source>
        <translation>{number} 号问卷已更正。</translation>
    </message>
    <message>
        <source>Form {number} saved.</source>
        <translation>{number} 号问卷已保存。</translation>
    </message>
    <message>
        <source>{form} (corrected)</source>
        <translation>{form}（已更正）</translation>
    </message>
    <message>
        <source>No form has been typed in yet.</source>
        <translation>还没有录入任何问卷。</translation>
    </message>
    <message>
        <source>Correction cancelled; nothing was changed.</source>
        <translation>已取消更正，未作任何修改。</translation>
    </message>
</context>
<context>
    <name>QuestionsDialog</name>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Forms have been typed in, so these questions can no longer change. A new campaign copies them.</source>
        <translation>已录入问卷，题目不能再修改。新建调查时会复制这些题目。</translation>
    </message>
    <message>
        <source>Each dimension has {low} to {high} questions, printed in this order.</source>
        <translation>每个维度 {low} 到 {high} 道题，按此顺序印在问卷上。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>QuotasDialog</name>
    <message>
        <source>Quotas per building</source>
        <translation>各楼栋配额</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Quota (forms)</source>
        <translation>配额（份）</translation>
    </message>
    <message>
        <source>Share the target by occupied rooms</source>
        <translation>按入住户数分配目标样本量</translation>
    </message>
    <message>
        <source>Total {total} of target {target}</source>
        <translation>合计 {total}，目标 {target}</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Forms of:</source>
        <translation>统计范围：</translation>
    </message>
    <message>
        <source>Score per dimension (0–100)</source>
        <translation>各维度得分（0–100）</translation>
    </message>
    <message>
        <source>Answers 1–5 per dimension</source>
        <translation>各维度答案分布（1–5 分）</translation>
    </message>
    <message>
        <source>Buildings: quotas and scores</source>
        <translation>楼栋配额与得分</translation>
    </message>
    <message>
        <source>Lowest-scoring questions</source>
        <translation>得分最低的题目</translation>
    </message>
    <message>
        <source>Comments by dimension</source>
        <translation>业主意见（按维度）</translation>
    </message>
    <message>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <source>Choose a campaign on the Campaigns tab.</source>
        <translation>请在“调查”页选择一次调查。</translation>
    </message>
    <message>
        <source>{campaign}: score {score} (target ≥ {target}), satisfied {rate}, {forms} of {goal} forms ({progress}%). Change from {previous}: {change}.</source>
        <translation>{campaign}：综合得分 {score}（目标 ≥ {target}），满意率 {rate}，已收回 {forms} / {goal} 份（{progress}%）。与{previous}相比：{change}。</translation>
    </message>
    <message>
        <source>{campaign}: score {score} (target ≥ {target}), satisfied {rate}, {forms} of {goal} forms ({progress}%).</source>
        <translation>{campaign}：综合得分 {score}（目标 ≥ {target}），满意率 {rate}，已收回 {forms} / {goal} 份（{progress}%）。</translation>
    </message>
    <message>
        <source>Previous: {campaign}</source>
        <translation>上次：{campaign}</translation>
    </message>
    <message>
        <source>This campaign</source>
        <translation>本次</translation>
    </message>
    <message>
        <source>1 very dissatisfied</source>
        <translation>1 非常不满意</translation>
    </message>
    <message>
        <source>5 very satisfied</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>{missing} short</source>
        <translation>差 {missing} 份</translation>
    </message>
</context>
<context>
    <name>SurveyCampaigns</name>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>调查时间</translation>
    </message>
    <message>
        <source>Forms / target</source>
        <translation>已收回 / 目标</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Quotas met</source>
        <translation>配额达成</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SurveyResults</name>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Satisfied (4–5)</source>
        <translation>满意率（4–5 分）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上次得分</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>未答</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>已收回</translation>
    </message>
    <message>
        <source>Quota met</source>
        <translation>配额完成</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>全部题目</translation>
    </message>
</context>
<context>
    <name>SurveysPage</name>
    <message>
        <source>Campaigns</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Type in forms</source>
        <translation>录入问卷</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新建调查…</translation>
    </message>
    <message>
        <source>Name, period, target…</source>
        <translation>名称、时间、目标…</translation>
    </message>
    <message>
        <source>Questions…</source>
        <translation>题目…</translation>
    </message>
    <message>
        <source>Quotas…</source>
        <translation>配额…</translation>
    </message>
    <message>
        <source>Save results as Excel…</source>
        <translation>结果另存为 Excel…</translation>
    </message>
    <message>
        <source>One form per room in a campaign</source>
        <translation>每次调查每户限交一份</translation>
    </message>
    <message>
        <source>Print blank forms…</source>
        <translation>打印空白问卷…</translation>
    </message>
    <message>
        <source>Print result report</source>
        <translation>打印结果报告</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Satisfaction surveys</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>重新开启</translation>
    </message>
    <message>
        <source>Close campaign</source>
        <translation>结束调查</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>空白问卷</translation>
    </message>
    <message>
        <source>How many forms?</source>
        <translation>打印多少份？</translation>
    </message>
    <message>
        <source>Questionnaires of {campaign}</source>
        <translation>{campaign}问卷</translation>
    </message>
    <message>
        <source>survey-forms-{campaign}.pdf</source>
        <translation>问卷-{campaign}.pdf</translation>
    </message>
    <message>
        <source>Result report of {campaign}</source>
        <translation>{campaign}结果报告</translation>
    </message>
    <message>
        <source>survey-report-{campaign}.pdf</source>
        <translation>结果报告-{campaign}.pdf</translation>
    </message>
    <message>
        <source>survey-results-{campaign}.xlsx</source>
        <translation>调查结果-{campaign}.xlsx</translation>
    </message>
    <message>
        <source>Save results as Excel</source>
        <translation>结果另存为 Excel</translation>
    </message>
    <message>
        <source>Excel files (*.xlsx)</source>
        <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
        <source>Results saved to {file}.</source>
        <translation>结果已保存到 {file}。</translation>
    </message>
</context>
</TS>