<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CategoriesTab</name>
    <message>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Default priority</source>
        <translation>默认紧急程度</translation>
    </message>
    <message>
        <source>Default department</source>
        <translation>默认部门</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Default &amp;priority</source>
        <translation>默认紧急程度(&amp;P)</translation>
    </message>
    <message>
        <source>Default &amp;department</source>
        <translation>默认部门(&amp;D)</translation>
    </message>
    <message>
        <source>Linked &amp;knowledge</source>
        <translation>关联知识库(&amp;K)</translation>
    </message>
    <message>
        <source>Save category</source>
        <translation>保存分类</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建大类</translation>
    </message>
    <message>
        <source>New category in group</source>
        <translation>在大类下新建分类</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <source>Add community</source>
        <translation>添加小区</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Edit household</source>
        <translation>编辑住户</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>添加住户</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>身份(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Moved in</source>
        <translation>入住日期(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>备注(&amp;E)</translation>
    </message>
    <message>
        <source>e.g. 3-2-1501 or 3栋2单元1501</source>
        <translation>例如 3-2-1501 或 3栋2单元1501</translation>
    </message>
    <message>
        <source>several numbers separated by / or 、</source>
        <translation>多个号码用 / 或 、 分隔</translation>
    </message>
    <message>
        <source>e.g. 2024-03-01</source>
        <translation>例如 2024-03-01</translation>
    </message>
    <message>
        <source>e.g. 独居老人、养宠物</source>
        <translation>例如 独居老人、养宠物</translation>
    </message>
</context>
<context>
    <name>HouseholdsTab</name>
    <message>
        <source>Show full numbers</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Shows the selected household&apos;s full numbers; the audit log records it.</source>
        <translation>显示所选住户的完整号码；审计日志会记录此操作。</translation>
    </message>
    <message>
        <source>{name}: phone {phones}; ID number {id_number}</source>
        <translation>{name}：电话 {phones}；身份证号 {id_number}</translation>
    </message>
    <message>
        <source>Add household…</source>
        <translation>添加住户…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Open room</source>
        <translation>打开房屋</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Building</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Room number</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>小区(&amp;C)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>文件前几行</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <translation>有问题的行</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>什么都不导入</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Checking row {done} of {total}…</source>
        <translation>正在检查第 {done} / {total} 行…</translation>
    </message>
    <message>
        <source>Checking was stopped; nothing was imported. Choose the columns, then press Check the rows.</source>
        <translation>检查已中止，没有导入任何内容。请选好各列，然后点“检查各行”。</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <source>{rows} rows read: {good} ready to import, {bad} with problems.</source>
        <translation>共读取 {rows} 行：{good} 行可以导入，{bad} 行有问题。</translation>
    </message>
    <message>
        <source>Import the {count} good rows</source>
        <translation>导入 {count} 条正确的行</translation>
    </message>
    <message>
        <source>Import {count} rows</source>
        <translation>导入 {count} 行</translation>
    </message>
    <message>
        <source>Importing row {done} of {total}…</source>
        <translation>正在导入第 {done} / {total} 行…</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PlacesTab</name>
    <message>
        <source>Add community…</source>
        <translation>添加小区…</translation>
    </message>
    <message>
        <source>Add room…</source>
        <translation>添加房屋…</translation>
    </message>
    <message>
        <source>Building {name}</source>
        <translation>{name}栋</translation>
    </message>
    <message>
        <source>Unit {name}</source>
        <translation>{name}单元</translation>
    </message>
    <message>
        <source>Choose a room on the left to see its households and tickets.</source>
        <translation>在左侧选择房屋，查看住户和工单记录。</translation>
    </message>
    <message>
        <source>Room {room} · {community} · {kind}</source>
        <translation>房屋 {room} · {community} · {kind}</translation>
    </message>
    <message>
        <source>Households ({count})</source>
        <translation>住户（{count}）</translation>
    </message>
    <message>
        <source>Ticket history ({count})</source>
        <translation>工单记录（{count}）</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Owner</source>
        <translation>业主</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>Residence</source>
        <translation>住宅</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>商铺</translation>
    </message>
    <message>
        <source>Public area</source>
        <translation>公共区域</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name}（已归档）</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>基础档案</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>房号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Moved in</source>
        <translation>入住日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>小区</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>报事人</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Name, room (3-2-1501, 3栋2单元) or phone digits</source>
        <translation>姓名、房号（3-2-1501、3栋2单元）或电话号码</translation>
    </message>
    <message>
        <source>&amp;Households</source>
        <translation>住户(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Places and rooms</source>
        <translation>楼栋房屋(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>分类(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Households from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入住户…</translation>
    </message>
    <message>
        <source>Staff from Excel or CSV…</source>
        <translation>从 Excel 或 CSV 导入员工…</translation>
    </message>
    <message>
        <source>E&amp;xport households…</source>
        <translation>导出住户(&amp;X)…</translation>
    </message>
    <message>
        <source>Sho&amp;w archived</source>
        <translation>显示已归档(&amp;W)</translation>
    </message>
    <message>
        <source>List archived households, rooms, staff and categories too, greyed, so they can be restored</source>
        <translation>同时列出已归档的住户、房屋、员工和分类（灰色显示），以便恢复</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Choose a record first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the lists; its tickets keep it.</source>
        <translation>归档 {name}？归档后不再出现在列表中，相关工单仍保留。</translation>
    </message>
    <message>
        <source>{name} archived.</source>
        <translation>{name} 已归档。</translation>
    </message>
    <message>
        <source>Tick Show archived and choose an archived record first.</source>
        <translation>请先勾选“显示已归档”，再选择一条已归档的记录。</translation>
    </message>
    <message>
        <source>{name} restored: it is back in the lists and at intake.</source>
        <translation>{name} 已恢复：重新出现在列表中，受理时也可选择。</translation>
    </message>
    <message>
        <source>Delete {name} for good?</source>
        <translation>永久删除 {name}？</translation>
    </message>
    <message>
        <source>{name} deleted.</source>
        <translation>{name} 已删除。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Excel or CSV (*.xlsx *.csv);;All files (*)</source>
        <translation>Excel 或 CSV (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading row {done} of {total}…</source>
        <translation>正在读取第 {done} / {total} 行…</translation>
    </message>
    <message>
        <source>Reading row {done}…</source>
        <translation>正在读取第 {done} 行…</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} updated, {unchanged} unchanged, {skipped} rows with problems left out.</source>
        <translation>导入完成：新增 {created}，更新 {updated}，未变 {unchanged}，{skipped} 行有问题未导入。</translation>
    </message>
    <message>
        <source>Export households</source>
        <translation>导出住户</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing household {done} of {total}…</source>
        <translation>正在写入第 {done} / {total} 户…</translation>
    </message>
    <message>
        <source>{count} households written to {path}.</source>
        <translation>已导出 {count} 户到 {path}。</translation>
    </message>
    <message>
        <source>There is no community yet.</source>
        <translation>还没有小区。</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>小区</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>Add room</source>
        <translation>添加房屋</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>小区(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Room number</source>
        <translation>房号(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Area (m²)</source>
        <translation>面积（平方米）(&amp;A)</translation>
    </message>
    <message>
        <source>e.g. 3-2-1501 or 3栋2单元1501</source>
        <translation>例如 3-2-1501 或 3栋2单元1501</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>编辑员工</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;ost</source>
        <translation>岗位(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>技能(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>On d&amp;uty</source>
        <translation>在岗(&amp;U)</translation>
    </message>
    <message>
        <source>e.g. 水电、管道</source>
        <translation>例如 水电、管道</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <source>Add staff member…</source>
        <translation>添加员工…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Add department…</source>
        <translation>添加部门…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>全部部门</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name}（{count}）</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>There is no room “{room}” in {community}.</source>
        <translation>{community}没有房屋“{room}”。</translation>
    </message>
    <message>
        <source>There is no room “{room}” in the register; add it on the Places tab first.</source>
        <translation>档案中没有房屋“{room}”；请先在“楼栋房屋”页添加。</translation>
    </message>
    <message>
        <source>Room {room} exists in several communities; open the room and add the household there.</source>
        <translation>多个小区都有房屋 {room}；请打开该房屋，在那里添加住户。</translation>
    </message>
    <message>
        <source>“{room}” is not a room number; write it like 3-2-1501 or 3栋2单元1501.</source>
        <translation>“{room}”不是房号；请写成 3-2-1501 或 3栋2单元1501。</translation>
    </message>
    <message>
        <source>“{value}” is not a possible phone number.</source>
        <translation>“{value}”不是有效的电话号码。</translation>
    </message>
    <message>
        <source>An ID card number has 18 characters (the last may be X).</source>
        <translation>身份证号为 18 位（最后一位可以是 X）。</translation>
    </message>
    <message>
        <source>{name} is already registered in room {room}.</source>
        <translation>{name} 已登记在房屋 {room}。</translation>
    </message>
    <message>
        <source>This household no longer exists; it may have been deleted at another desk.</source>
        <translation>该住户已不存在，可能已在另一台电脑上删除。</translation>
    </message>
    <message>
        <source>This room no longer exists; it may have been deleted at another desk.</source>
        <translation>该房屋已不存在，可能已在另一台电脑上删除。</translation>
    </message>
    <message>
        <source>Choose owner, tenant or family member.</source>
        <translation>请选择业主、租户或家属。</translation>
    </message>
    <message>
        <source>There is no community yet; name the community the rooms belong to, or add it on the Places tab of Registers.</source>
        <translation>还没有小区；请指定房屋所属的小区，或在基础档案的“楼栋房屋”页添加。</translation>
    </message>
    <message>
        <source>There are several communities ({names}); say which one.</source>
        <translation>有多个小区（{names}），请指定是哪一个。</translation>
    </message>
    <message>
        <source>There is no community named “{name}”.</source>
        <translation>没有名为“{name}”的小区。</translation>
    </message>
    <message>
        <source>A community named “{name}” already exists.</source>
        <translation>名为“{name}”的小区已存在。</translation>
    </message>
    <message>
        <source>Room {room} already exists in this community.</source>
        <translation>本小区已有房屋 {room}。</translation>
    </message>
    <message>
        <source>Write the area in square metres, e.g. 89.5.</source>
        <translation>请填写面积（平方米），例如 89.5。</translation>
    </message>
    <message>
        <source>This place no longer exists; it may have been deleted at another desk.</source>
        <translation>该位置已不存在，可能已在另一台电脑上删除。</translation>
    </message>
    <message>
        <source>Choose a department.</source>
        <translation>请选择部门。</translation>
    </message>
    <message>
        <source>There is no department “{name}”; the departments are {names}.</source>
        <translation>没有部门“{name}”；现有部门：{names}。</translation>
    </message>
    <message>
        <source>A department named “{name}” already exists.</source>
        <translation>名为“{name}”的部门已存在。</translation>
    </message>
    <message>
        <source>This record no longer exists; it may have been deleted at another desk.</source>
        <translation>该记录已不存在，可能已在另一台电脑上删除。</translation>
    </message>
    <message>
        <source>There is already a category named “{name}” here.</source>
        <translation>这里已有名为“{name}”的分类。</translation>
    </message>
    <message>
        <source>Categories have two levels only: a category belongs to a group.</source>
        <translation>分类只有两级：分类属于某个大类。</translation>
    </message>
    <message>
        <source>This category no longer exists; it may have been deleted at another desk.</source>
        <translation>该分类已不存在，可能已在另一台电脑上删除。</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {count} ticket(s) refer to it. Archive it instead; its tickets keep it.</source>
        <translation>{name} 不能删除：有 {count} 张工单关联它。请改为归档，相关工单仍保留。</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it still holds {count} room(s). Archive it instead.</source>
        <translation>{name} 不能删除：其下还有 {count} 间房屋。请改为归档。</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {count} household(s) live there. Archive it instead.</source>
        <translation>{name} 不能删除：还有 {count} 户住户。请改为归档。</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {count} staff member(s) belong to it. Archive it instead.</source>
        <translation>{name} 不能删除：还有 {count} 名员工属于该部门。请改为归档。</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {count} work order(s) or result(s) name this person. Archive it instead.</source>
        <translation>{name} 不能删除：有 {count} 张派工单或处理结果涉及此人。请改为归档。</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {count} user account(s) are linked to it. Archive it instead.</source>
        <translation>{name} 不能删除：有 {count} 个用户账号与之关联。请改为归档。</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: it still holds {count} categories. Archive it instead.</source>
        <translation>{name} 不能删除：其下还有 {count} 个分类。请改为归档。</translation>
    </message>
    <message>
        <source>{name} cannot be deleted: {count} survey form(s) or quota(s) refer to it. Archive it instead.</source>
        <translation>{name} 不能删除：有 {count} 份问卷或配额关联它。请改为归档。</translation>
    </message>
    <message>
        <source>Unit {name} cannot be deleted: it still holds {count} room(s). Archive the rooms instead.</source>
        <translation>{name}单元不能删除：其下还有 {count} 间房屋。请改为归档这些房屋。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <source>Too long: at most {limit} characters, this has {length}.</source>
        <translation>太长了：最多 {limit} 个字符，这里有 {length} 个。</translation>
    </message>
    <message>
        <source>Contains invisible control characters; retype it without them.</source>
        <translation>含有看不见的控制字符，请重新输入。</translation>
    </message>
    <message>
        <source>Unreadable date “{value}”; write it like 2024-03-01.</source>
        <translation>无法识别的日期“{value}”；请写成 2024-03-01。</translation>
    </message>
    <message>
        <source>{file} cannot be written: {reason}. Close it in Excel or choose another folder.</source>
        <translation>{file} 无法写入：{reason}。请在 Excel 中关闭该文件，或换一个文件夹。</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：没有写入任何文件。</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx) or a CSV file, or it is damaged. Open it in Excel and save it as .xlsx or CSV.</source>
        <translation>{file} 不是 Excel 工作簿（.xlsx）或 CSV 文件，或者已损坏。请用 Excel 打开并另存为 .xlsx 或 CSV。</translation>
    </message>
    <message>
        <source>{file} is in the old Excel 97–2003 format (.xls). Open it in Excel and save it as .xlsx.</source>
        <translation>{file} 是旧的 Excel 97–2003 格式（.xls）。请用 Excel 打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>{file} has no rows to import: the first sheet is empty.</source>
        <translation>{file} 没有可导入的行：第一个工作表是空的。</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>{file} 无法读取：{reason}</translation>
    </message>
    <message>
        <source>{file} has no column for {columns}. Name the columns as in the template or choose them in the preview.</source>
        <translation>{file} 中没有“{columns}”列。请按模板命名列标题，或在预览中选择对应的列。</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>导入已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <source>The room number is missing.</source>
        <translation>缺少房号。</translation>
    </message>
    <message>
        <source>“{value}” is not one of 业主, 租户, 家属.</source>
        <translation>“{value}”不是业主、租户或家属。</translation>
    </message>
    <message>
        <source>The same room and name are already on row {row}.</source>
        <translation>第 {row} 行已有相同的房号和姓名。</translation>
    </message>
    <message>
        <source>The same name and department are already on row {row}.</source>
        <translation>第 {row} 行已有相同的姓名和部门。</translation>
    </message>
    <message>
        <source>“{value}” is not 是 or 否.</source>
        <translation>“{value}”不是“是”或“否”。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number (e.g. 13812345678) or a landline with area code (e.g. 010-62345678, extension after 转).</source>
        <translation>请输入 11 位手机号（如 13812345678）或带区号的座机（如 010-62345678，分机号写在“转”之后）。</translation>
    </message>
</context>
</TS>