<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttachmentsChoice</name>
    <message>
        <source>Attachments (photos and files of tickets)</source>
        <translation>附件（工单的照片和文件）</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>保存位置：</translation>
    </message>
    <message>
        <source>Shared folder for every desk:</source>
        <translation>所有工作站共用的文件夹：</translation>
    </message>
    <message>
        <source>This PC's path to it:</source>
        <translation>本机访问它的路径：</translation>
    </message>
    <message>
        <source>e.g. \\fileserver\attachments; empty: each data folder's own</source>
        <translation>例如 \\fileserver\attachments；留空：各自数据文件夹自带的</translation>
    </message>
    <message>
        <source>only if this PC reaches the share by another path, e.g. Z:\attachments</source>
        <translation>仅当本机通过其他路径访问该共享时填写，例如 Z:\attachments</translation>
    </message>
    <message>
        <source>Use for every desk</source>
        <translation>所有工作站使用</translation>
    </message>
    <message>
        <source>Use on this PC</source>
        <translation>本机使用</translation>
    </message>
    <message>
        <source>the office's shared folder</source>
        <translation>办公室的共享文件夹</translation>
    </message>
    <message>
        <source>this PC's path to the shared folder</source>
        <translation>本机访问共享文件夹的路径</translation>
    </message>
    <message>
        <source>the data folder's own</source>
        <translation>数据文件夹自带的</translation>
    </message>
    <message>
        <source>{folder} ({named_by})</source>
        <translation>{folder}（{named_by}）</translation>
    </message>
    <message>
        <source>Every desk now keeps new attachments in {folder} and reads them there. Files saved before stay readable where they were; “property-desk move-to” copies them.</source>
        <translation>所有工作站此后将新附件保存在 {folder}，并从那里读取。此前保存的文件仍可在原处读取；“property-desk move-to”可将其复制过去。</translation>
    </message>
    <message>
        <source>Every desk now keeps attachments in its own data folder.</source>
        <translation>所有工作站此后将附件保存在各自的数据文件夹中。</translation>
    </message>
    <message>
        <source>This PC now reaches the attachments at {folder}.</source>
        <translation>本机此后通过 {folder} 访问附件。</translation>
    </message>
    <message>
        <source>This PC now uses the office's name for the attachments folder.</source>
        <translation>本机此后使用办公室设定的附件文件夹路径。</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>The attachments folder {folder} cannot be reached ({reason}). Check that this PC is connected to the network share, or correct the folder in Settings › General.</source>
        <translation>无法访问附件文件夹 {folder}（{reason}）。请检查本机与网络共享的连接，或在“设置 › 常规”中更正该文件夹。</translation>
    </message>
    <message>
        <source>The attachments folder {folder} cannot be reached: it is not there. Check that this PC is connected to the network share, or correct the folder in Settings › General.</source>
        <translation>无法访问附件文件夹 {folder}：该文件夹不存在。请检查本机与网络共享的连接，或在“设置 › 常规”中更正该文件夹。</translation>
    </message>
    <message>
        <source>{folder} is not a full path. Give the whole path of the shared folder, e.g. \\fileserver\attachments or Z:\attachments.</source>
        <translation>{folder} 不是完整路径。请填写共享文件夹的完整路径，例如 \\fileserver\attachments 或 Z:\attachments。</translation>
    </message>
    <message>
        <source>The file {name} is not in the attachments folder {folder}; it may have been moved or deleted there.</source>
        <translation>附件文件夹 {folder} 中没有文件 {name}，可能已被移走或删除。</translation>
    </message>
    <message>
        <source>This PC's attachments folder could not be written to {path}. Nothing was changed.</source>
        <translation>无法将本机的附件文件夹设置写入 {path}。未做任何更改。</translation>
    </message>
</context>
</TS>