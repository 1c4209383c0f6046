<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>DispatchDialog</name>
    <message>
        <source>Not acknowledged yet. &amp;Reply given to the owner (recorded as the acknowledgement of the new tickets):</source>
        <translation>尚未受理。给业主的答复(&amp;R)（作为新工单的受理记录）：</translation>
    </message>
    <message>
        <source>e.g. A plumber will come this afternoon</source>
        <translation>例如：维修师傅今天下午上门</translation>
    </message>
    </context>
<context>
    <name>models</name>
    <message>
        <source>Ticket {number} has not been acknowledged yet: enter the reply given to the owner; it is recorded as the acknowledgement.</source>
        <translation>工单 {number} 尚未受理：请填写给业主的答复，它将作为受理记录。</translation>
    </message>
    </context>
</TS>