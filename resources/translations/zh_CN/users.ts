<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CliUsers</name>
    <message>
        <source>print the audit log (admins)</source>
        <translation>打印审计日志（管理员）</translation>
    </message>
    <message>
        <source>from this day on</source>
        <translation>从这一天起</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD</source>
        <translation>日期请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>act as this user (default: $PROPERTY_DESK_USER; password asked or $PROPERTY_DESK_PASSWORD)</source>
        <translation>以此用户身份操作（默认 $PROPERTY_DESK_USER；密码提示输入或取自 $PROPERTY_DESK_PASSWORD）</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <source>A new office: {user} is its admin now.</source>
        <translation>新建办公室：{user} 现在是管理员。</translation>
    </message>
    <message>
        <source>This command changes data or shows personal data: give --user NAME (or set PROPERTY_DESK_USER) and the password (asked, or PROPERTY_DESK_PASSWORD).</source>
        <translation>此命令会修改数据或显示个人信息：请用 --user 用户名（或设置 PROPERTY_DESK_USER）并提供密码（提示输入，或 PROPERTY_DESK_PASSWORD）。</translation>
    </message>
    <message>
        <source>Audit log: every entry is as it was written.</source>
        <translation>审计日志：每条记录均与写入时一致。</translation>
    </message>
    <message>
        <source>Sign in as admin with the password demo.</source>
        <translation>登录用户名 admin，密码 demo。</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>A new office: choose the admin&apos;s password</source>
        <translation>新建办公室：请设置管理员密码</translation>
    </message>
    <message>
        <source>Admin&apos;s user name</source>
        <translation>管理员用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Users and audit</source>
        <translation>用户与审计</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Switch user (Ctrl+Shift+L)</source>
        <translation>切换用户 (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Show the full number (logged)</source>
        <translation>显示完整号码（将记录）</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>设为所选角色</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>停用 / 启用</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Lock the desk after idle minutes (0: never)</source>
        <translation>空闲多少分钟后锁定（0：不锁定）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>After</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Only an admin reads the audit log.</source>
        <translation>只有管理员可以查看审计日志。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Your role ({role}) may not do this: {what}. Ask a colleague whose role may.</source>
        <translation>您的角色（{role}）无权{what}。请找有权限的同事办理。</translation>
    </message>
    <message>
        <source>Sign in first: this needs a user.</source>
        <translation>请先登录：此操作需要用户身份。</translation>
    </message>
    <message>
        <source>The user {username} is disabled.</source>
        <translation>用户 {username} 已停用。</translation>
    </message>
    <message>
        <source>register tickets</source>
        <translation>登记工单</translation>
    </message>
    <message>
        <source>reply to owners</source>
        <translation>答复业主</translation>
    </message>
    <message>
        <source>type in work results</source>
        <translation>录入维修结果</translation>
    </message>
    <message>
        <source>make callbacks</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>type in survey forms</source>
        <translation>录入调查问卷</translation>
    </message>
    <message>
        <source>see full phone numbers</source>
        <translation>查看完整电话号码</translation>
    </message>
    <message>
        <source>dispatch tickets</source>
        <translation>派工</translation>
    </message>
    <message>
        <source>pause and resume tickets</source>
        <translation>暂停和恢复工单计时</translation>
    </message>
    <message>
        <source>cancel tickets</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <source>merge tickets</source>
        <translation>合并工单</translation>
    </message>
    <message>
        <source>reopen tickets</source>
        <translation>重新处理工单</translation>
    </message>
    <message>
        <source>edit tickets</source>
        <translation>修改工单</translation>
    </message>
    <message>
        <source>print work orders</source>
        <translation>打印派工单</translation>
    </message>
    <message>
        <source>see full ID numbers</source>
        <translation>查看完整身份证号</translation>
    </message>
    <message>
        <source>close tickets after their callback</source>
        <translation>回访后结单</translation>
    </message>
    <message>
        <source>set up survey campaigns</source>
        <translation>设置满意度调查</translation>
    </message>
    <message>
        <source>set service levels</source>
        <translation>设置服务时限</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>edit the registers</source>
        <translation>修改基础档案</translation>
    </message>
    <message>
        <source>import spreadsheets</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>export personal data</source>
        <translation>导出个人信息</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>back up and restore</source>
        <translation>备份和恢复</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>前台客服</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>客服主管</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong passwords for {username}: try again in {seconds} seconds.</source>
        <translation>{username} 的密码错误次数过多，请 {seconds} 秒后再试。</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>Enter a user name (letters and digits, up to 50).</source>
        <translation>请输入用户名（字母和数字，最多 50 个）。</translation>
    </message>
    <message>
        <source>The user name {username} is already taken.</source>
        <translation>用户名 {username} 已被使用。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>This office already has a user with a password: sign in instead.</source>
        <translation>本办公室已有设置了密码的用户，请直接登录。</translation>
    </message>
    <message>
        <source>Lock after 0 to {most} idle minutes (0: never).</source>
        <translation>锁定时间为 0 到 {most} 分钟（0：不锁定）。</translation>
    </message>
    <message>
        <source>The office needs at least one active admin.</source>
        <translation>办公室至少需要一名在用的管理员。</translation>
    </message>
    <message>
        <source>Audit entry {id} was changed after it was written.</source>
        <translation>审计记录 {id} 在写入后被改动过。</translation>
    </message>
    <message>
        <source>The audit log is broken before entry {id}: an entry was removed or changed.</source>
        <translation>审计日志在记录 {id} 之前断开：有记录被删除或改动。</translation>
    </message>
    <message>
        <source>There is no user {username}.</source>
        <translation>没有用户 {username}。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
</TS>
