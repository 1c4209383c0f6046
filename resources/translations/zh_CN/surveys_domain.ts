<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>models</name>
    <message>
        <source>A campaign called “{name}” already exists.</source>
        <translation>已有名为“{name}”的调查。</translation>
    </message>
    <message>
        <source>The survey cannot end before it starts.</source>
        <translation>调查的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>The target must be at least 1 form.</source>
        <translation>目标样本量至少为 1 份。</translation>
    </message>
    <message>
        <source>No survey campaign “{name}” was found.</source>
        <translation>找不到满意度调查“{name}”。</translation>
    </message>
    <message>
        <source>The questions of “{name}” can no longer change: forms have been typed in. Start a new campaign, which copies them.</source>
        <translation>“{name}”已录入问卷，题目不能再修改。请新建一次调查，新调查会复制这些题目。</translation>
    </message>
    <message>
        <source>{dimension} needs between {low} and {high} questions; it has {count}.</source>
        <translation>“{dimension}”需要 {low} 到 {high} 道题，现在有 {count} 道。</translation>
    </message>
    <message>
        <source>Question {number} has no text.</source>
        <translation>第 {number} 题没有题目内容。</translation>
    </message>
    <message>
        <source>Question {number} belongs to no known dimension.</source>
        <translation>第 {number} 题不属于任何已知的调查维度。</translation>
    </message>
    <message>
        <source>A quota is a whole number of forms, 0 or more.</source>
        <translation>配额是问卷份数，须为 0 或正整数。</translation>
    </message>
    <message>
        <source>A quota names a building that does not exist.</source>
        <translation>配额中的楼栋不存在。</translation>
    </message>
    <message>
        <source>Print between 1 and {limit} forms at a time.</source>
        <translation>每次打印 1 到 {limit} 份问卷。</translation>
    </message>
    <message>
        <source>“{name}” is closed; open it again before printing more forms.</source>
        <translation>“{name}”已结束；如需再印问卷，请先重新开启。</translation>
    </message>
    <message>
        <source>Form numbers run from 1 to {limit}.</source>
        <translation>问卷编号应在 1 到 {limit} 之间。</translation>
    </message>
    <message>
        <source>“{text}” is not a form number: type the number printed on the form, or scan its barcode.</source>
        <translation>“{text}”不是问卷编号：请输入问卷上印的编号，或扫描问卷上的条码。</translation>
    </message>
    <message>
        <source>Form {number} has already been typed in for this campaign.</source>
        <translation>本次调查已录入过 {number} 号问卷。</translation>
    </message>
    <message>
        <source>This form belongs to another campaign (“{name}”).</source>
        <translation>这份问卷属于另一次调查（“{name}”）。</translation>
    </message>
    <message>
        <source>Room {room} has already returned a form in this campaign (form {number}).</source>
        <translation>房屋 {room} 在本次调查中已交回问卷（{number} 号）。</translation>
    </message>
    <message>
        <source>The room of this form no longer exists.</source>
        <translation>这份问卷的房屋已不存在。</translation>
    </message>
    <message>
        <source>Answers are 1 to 5, or blank.</source>
        <translation>答案只能是 1 到 5，或留空。</translation>
    </message>
    <message>
        <source>An answer names a question of another campaign.</source>
        <translation>有答案对应的是另一次调查的题目。</translation>
    </message>
    <message>
        <source>Form {number} has no answer and no comment; nothing was saved.</source>
        <translation>{number} 号问卷没有任何答案和意见，未保存。</translation>
    </message>
    <message>
        <source>“{name}” is closed; open it again to type in more forms.</source>
        <translation>“{name}”已结束；如需继续录入问卷，请先重新开启。</translation>
    </message>
    <message>
        <source>That form is no longer stored.</source>
        <translation>这份问卷已不存在。</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>工程维修</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>保洁</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安保</translation>
    </message>
    <message>
        <source>Greening</source>
        <translation>绿化</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}. Close it in Excel or choose another folder.</source>
        <translation>无法写入 {file}：{reason}。请在 Excel 中关闭该文件，或换一个文件夹。</translation>
    </message>
</context>
</TS>