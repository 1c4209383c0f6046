<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>models</name>
    <message>
        <source>Keep the note under {limit} characters.</source>
        <translation>备注不能超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>There is no office override on {day}.</source>
        <translation>{day} 没有本处自定的日历调整。</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>受理</translation>
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
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>自然日</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to {limit}.</source>
        <translation>请输入 1 到 {limit} 之间的整数。</translation>
    </message>
    <message>
        <source>Choose minutes, hours, calendar days or working days.</source>
        <translation>请选择分钟、小时、自然日或工作日。</translation>
    </message>
    <message>
        <source>Enter the stage reply time in minutes (1 to {limit}), or leave it empty.</source>
        <translation>请填写阶段性回复时限（1 到 {limit} 分钟），或留空。</translation>
    </message>
    <message>
        <source>Unknown ticket kind or priority.</source>
        <translation>未知的工单类型或紧急程度。</translation>
    </message>
    <message>
        <source>Choose the room: type its number, the owner&apos;s name or part of a phone number.</source>
        <translation>请选择房屋：输入房号、业主姓名或部分电话号码。</translation>
    </message>
    <message>
        <source>This room is not in the register.</source>
        <translation>房屋档案中没有这个房屋。</translation>
    </message>
    <message>
        <source>This household does not live in the chosen room.</source>
        <translation>该住户不住在所选房屋。</translation>
    </message>
    <message>
        <source>Choose the kind of ticket.</source>
        <translation>请选择工单类型。</translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <translation>请选择分类。</translation>
    </message>
    <message>
        <source>Choose a category inside the group, not the group itself.</source>
        <translation>请选择分组下的具体分类，而不是分组本身。</translation>
    </message>
    <message>
        <source>Choose how the ticket came in.</source>
        <translation>请选择来源渠道。</translation>
    </message>
    <message>
        <source>Choose the priority.</source>
        <translation>请选择紧急程度。</translation>
    </message>
    <message>
        <source>Choose in home or public area.</source>
        <translation>请选择户内或公共区域。</translation>
    </message>
    <message>
        <source>Enter the name of the person reporting.</source>
        <translation>请填写报事人姓名。</translation>
    </message>
    <message>
        <source>Keep this under {limit} characters.</source>
        <translation>不能超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>Enter a phone number to reach the person reporting.</source>
        <translation>请填写报事人的联系电话。</translation>
    </message>
    <message>
        <source>Describe the problem.</source>
        <translation>请填写问题描述。</translation>
    </message>
    <message>
        <source>Attach at most {limit} files.</source>
        <translation>最多添加 {limit} 个附件。</translation>
    </message>
    <message>
        <source>The file {name} cannot be found or read.</source>
        <translation>找不到或无法读取文件 {name}。</translation>
    </message>
    <message>
        <source>The file {name} is larger than {limit} MB.</source>
        <translation>文件 {name} 超过 {limit} MB。</translation>
    </message>
    <message>
        <source>Write down what the caller said.</source>
        <translation>请记录来电人所说的内容。</translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <source>Give the preset a name.</source>
        <translation>请为筛选方案命名。</translation>
    </message>
    <message>
        <source>Keep the preset name under {limit} characters.</source>
        <translation>方案名称不能超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>There is no preset called {name}.</source>
        <translation>没有名为“{name}”的筛选方案。</translation>
    </message>
    <message>
        <source>The registry cannot be sorted by {column}.</source>
        <translation>工单列表不能按 {column} 排序。</translation>
    </message>
    <message>
        <source>Choose why the ticket is paused.</source>
        <translation>请选择暂停原因。</translation>
    </message>
    <message>
        <source>There is no ticket with the number {number}.</source>
        <translation>没有编号为 {number} 的工单。</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>工单不能合并到它自己。</translation>
    </message>
    <message>
        <source>Ticket {number} was itself cancelled or merged; choose the ticket it became.</source>
        <translation>工单 {number} 本身已取消或已合并，请选择它合并后的工单。</translation>
    </message>
    <message>
        <source>Ticket {number} was merged into this one.</source>
        <translation>工单 {number} 已合并到本工单。</translation>
    </message>
    <message>
        <source>Only inquiries and praise can be answered and closed at once.</source>
        <translation>只有咨询和表扬可以答复后直接关闭。</translation>
    </message>
    <message>
        <source>Remind every {low} to {high} minutes.</source>
        <translation>提醒间隔应为 {low} 到 {high} 分钟。</translation>
    </message>
</context>
</TS>
