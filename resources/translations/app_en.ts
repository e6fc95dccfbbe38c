<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop/app.py" line="138"/>
        <source>维修接待台</source>
        <translation>Service Reception Desk</translation>
    </message>
</context>
<context>
    <name>AttachStoreDialog</name>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="38"/>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="64"/>
        <source>添加本店维修中心</source>
        <translation>Add this store&apos;s repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="41"/>
        <source>该车由集团其他门店建档（M3）：不要重复新建车辆或客户。确认后为车辆添加本店维修中心（保留其他门店的），并为车主添加本店客户渠道，本店即可接车。</source>
        <translation>This vehicle was created by another store of the group (M3): do not create the vehicle or the customer again. Confirm to add this store&apos;s repair center (the other stores&apos; stay) and this store&apos;s channel on the owner; then this store can take the car in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="48"/>
        <source>车辆（集团档案）</source>
        <translation>Vehicle (group record)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="49"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="49"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="49"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="50"/>
        <source>所属维修中心</source>
        <translation>Repair centers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="51"/>
        <source>车主（集团档案）</source>
        <translation>Owner (group record)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="52"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="52"/>
        <source>类型 / 类别</source>
        <translation>Type / category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="53"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="53"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="54"/>
        <source>客户渠道（门店）</source>
        <translation>Customer channels (stores)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="59"/>
        <source>确认后：所属维修中心增加 {0}；车主客户渠道增加 {1}</source>
        <translation>After confirming: repair centers + {0}; owner&apos;s channels + {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="76"/>
        <source>正在读取车辆档案…</source>
        <translation>Loading the vehicle record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="96"/>
        <source>未上牌</source>
        <translation>No plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="101"/>
        <source>无车主：添加本店维修中心后再维护车主（W3）</source>
        <translation>No owner: add the owner after attaching this store (W3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="111"/>
        <source>本店已能看到该车，无需再添加</source>
        <translation>This store sees the vehicle already: nothing to add</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="56"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="60"/>
        <source>17 位车架号</source>
        <translation>17-character VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="64"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="66"/>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="79"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="85"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="87"/>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="89"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="108"/>
        <source>撤销此合并…</source>
        <translation>Undo this merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="137"/>
        <source>客户编码和车架号请只填一个</source>
        <translation>Fill in either the customer code or the VIN, not both</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="143"/>
        <source>开始日期不能晚于结束日期</source>
        <translation>The start date cannot be after the end date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="150"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="170"/>
        <source>（仅显示最近 {0} 条，请缩小范围）</source>
        <translation> (only the latest {0} shown: narrow the filters)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/back_office/audit_page.py" line="171"/>
        <source>%n 条记录</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="197"/>
        <source>这条记录没有可打开的客户或车辆档案</source>
        <translation>This entry has no customer or vehicle record to open</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="346"/>
        <source>新建客户</source>
        <translation>Customer created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="347"/>
        <source>修改非核心资料</source>
        <translation>Non-core data edited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="348"/>
        <source>修改核心资料</source>
        <translation>Core data changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="349"/>
        <source>申请修改核心资料</source>
        <translation>Core change requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="350"/>
        <source>申请已应用</source>
        <translation>Request applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="351"/>
        <source>申请已驳回</source>
        <translation>Request rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="352"/>
        <source>启用客户</source>
        <translation>Customer enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="353"/>
        <source>停用客户</source>
        <translation>Customer disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="354"/>
        <source>驳回待启用客户</source>
        <translation>Pending customer rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="355"/>
        <source>合并客户</source>
        <translation>Customers merged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="356"/>
        <source>撤销合并</source>
        <translation>Merge undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="357"/>
        <source>添加客户渠道</source>
        <translation>Channel added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="358"/>
        <location filename="../../desktop/ui/common/models.py" line="414"/>
        <source>客户类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="359"/>
        <source>确认非重复</source>
        <translation>Confirmed not a duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="360"/>
        <source>新建车辆</source>
        <translation>Vehicle created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="361"/>
        <source>修改车辆</source>
        <translation>Vehicle edited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="362"/>
        <source>纠正锁定信息</source>
        <translation>Locked field corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="363"/>
        <location filename="../../desktop/ui/common/models.py" line="406"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="364"/>
        <source>变更车主</source>
        <translation>Owner changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="365"/>
        <source>添加维修中心</source>
        <translation>Repair center added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="366"/>
        <source>开工单</source>
        <translation>Work order opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="367"/>
        <source>新增用户</source>
        <translation>User added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="368"/>
        <source>修改角色</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="369"/>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="370"/>
        <source>解锁用户</source>
        <translation>User unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="371"/>
        <source>停用用户</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="372"/>
        <source>启用用户</source>
        <translation>User reactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="373"/>
        <source>新增门店</source>
        <translation>Store added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="374"/>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="375"/>
        <source>无证件启用</source>
        <translation>Enabled without ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="376"/>
        <source>特殊客户</source>
        <translation>Special customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="377"/>
        <source>新增特殊客户规则</source>
        <translation>Special-customer entry added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="378"/>
        <source>修改特殊客户规则</source>
        <translation>Special-customer entry changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="379"/>
        <source>停用特殊客户规则</source>
        <translation>Special-customer entry disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="380"/>
        <source>启用特殊客户规则</source>
        <translation>Special-customer entry enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="381"/>
        <source>添加联系人</source>
        <translation>Contact added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="382"/>
        <source>移除联系人</source>
        <translation>Contact removed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="383"/>
        <source>设为主要用车人</source>
        <translation>Main user set</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="384"/>
        <source>移除维修中心</source>
        <translation>Repair center removed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="385"/>
        <source>合并孪生车辆</source>
        <translation>Twin vehicle merged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="386"/>
        <source>撤销孪生车辆合并</source>
        <translation>Twin merge undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="387"/>
        <source>提交车架号升级</source>
        <translation>VIN escalation filed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="388"/>
        <source>处理车架号升级</source>
        <translation>VIN escalation answered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="390"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="391"/>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="392"/>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="393"/>
        <source>车辆联系人</source>
        <translation>Vehicle contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="394"/>
        <location filename="../../desktop/ui/common/models.py" line="489"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="395"/>
        <location filename="../../desktop/ui/common/models.py" line="490"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="396"/>
        <source>特殊客户规则</source>
        <translation>Special-customer entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="397"/>
        <source>车架号升级</source>
        <translation>VIN escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="399"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="400"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="401"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="402"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="403"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="404"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="405"/>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="407"/>
        <source>车牌颜色</source>
        <translation>Plate colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="408"/>
        <source>客户渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="409"/>
        <source>维修中心</source>
        <translation>Repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="410"/>
        <source>合并到</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="411"/>
        <location filename="../../desktop/ui/common/models.py" line="426"/>
        <source>合并明细</source>
        <translation>Merge details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="412"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="413"/>
        <source>修改申请</source>
        <translation>Change request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="415"/>
        <source>特殊客户类别</source>
        <translation>Special-customer kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="416"/>
        <source>疑似重复客户</source>
        <translation>Possible duplicate of</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="417"/>
        <location filename="../../desktop/ui/common/models.py" line="429"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="418"/>
        <source>主要用车人</source>
        <translation>Main user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="419"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="420"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="421"/>
        <source>锁定至</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="422"/>
        <source>启用状态</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="423"/>
        <source>匹配方式</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="424"/>
        <source>名称或片段</source>
        <translation>Name or fragment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="425"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="427"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="428"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="430"/>
        <source>联系人电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="431"/>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="432"/>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="436"/>
        <source>待处理</source>
        <extracomment>states written as the old / new value of a status or a change request (escalations, requests)</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="437"/>
        <source>已应用</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="438"/>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="439"/>
        <source>同一辆车</source>
        <translation>Same car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="440"/>
        <source>不同车辆</source>
        <translation>Different car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="441"/>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="442"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="488"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="491"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="492"/>
        <source>对象</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="493"/>
        <source>编码 / 车架号</source>
        <translation>Code / VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="494"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="495"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="496"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="497"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="520"/>
        <source>车辆 {0}</source>
        <translation>{0} vehicle(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="521"/>
        <source>工单 {0}</source>
        <translation>{0} work order(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="522"/>
        <source>渠道 {0}</source>
        <translation>{0} channel(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="523"/>
        <source>联系人 {0}</source>
        <translation>{0} contact(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="525"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="526"/>
        <source>并入 {0}</source>
        <translation>Merged into {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="527"/>
        <source>并入 {0}：{1}</source>
        <translation>Merged into {0}: {1}</translation>
    </message>
</context>
<context>
    <name>BackendDialog</name>
    <message>
        <location filename="../../desktop/ui/common/forms.py" line="344"/>
        <source>放弃修改？</source>
        <extracomment>the dialog&apos;s record was read (:meth:`load`), or handed in (the dialog sets it)</extracomment>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/forms.py" line="345"/>
        <source>这里有尚未保存的修改，关闭后会丢失。</source>
        <translation>This window has unsaved changes; they are lost if you close it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/forms.py" line="348"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/forms.py" line="351"/>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>BackendForm</name>
    <message>
        <location filename="../../desktop/ui/common/forms.py" line="106"/>
        <source>正在保存…</source>
        <extracomment>a dialog&apos;s signals that say its edits were saved (it may stay open: Esc closes it at once again)</extracomment>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="206"/>
        <source>确定重复</source>
        <translation>Certain duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="207"/>
        <source>疑似重复</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="248"/>
        <source>（已合并）</source>
        <translation> (merged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="264"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="265"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="263"/>
        <source>结论</source>
        <extracomment>the background of a field the duplicate check found alike</extracomment>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="269"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="266"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="267"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="268"/>
        <source>类型 / 类别</source>
        <translation>Type / category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="270"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="271"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ChangeRequestPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="47"/>
        <source>顾问提交的核心资料修改申请：核对证件后应用或驳回（C10/C11）</source>
        <translation>Core-data change requests from advisors: check the documents, then apply or reject (C10/C11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="36"/>
        <source>处理说明（驳回时必填）</source>
        <translation>Note (required to reject)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="39"/>
        <source>应用修改</source>
        <translation>Apply change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="41"/>
        <source>驳回申请</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="43"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="77"/>
        <source>正在应用…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="76"/>
        <source>申请 #{0} 已应用：{1}</source>
        <translation>Request #{0} applied: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="82"/>
        <source>驳回须填写说明</source>
        <translation>A note is required to reject</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="86"/>
        <source>申请 #{0} 已驳回</source>
        <translation>Request #{0} rejected</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="197"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="198"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="199"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="200"/>
        <source>主要用车人</source>
        <translation>Main user</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="45"/>
        <source>联系人 / 主要用车人</source>
        <translation>Contacts / main user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="47"/>
        <source>正在读取车辆档案…</source>
        <translation>Loading the vehicle record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="50"/>
        <source>车主是行驶证登记人；配偶、老板、司机等送修人记为联系人，可把主要管理该车的人设为主要用车人（W7）。联系人不会替换车主。</source>
        <translation>The owner is the driving-licence holder; people who bring the car (spouse, boss, driver) are contacts, and the one who mainly uses it can be marked as the main user (W7). Contacts never replace the owner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="55"/>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="59"/>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="85"/>
        <source>设为主要用车人</source>
        <translation>Mark as main user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="60"/>
        <source>删除联系人</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="68"/>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="87"/>
        <source>添加联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="73"/>
        <source>送修人姓名</source>
        <translation>Deliverer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="77"/>
        <source>本人有效电话</source>
        <translation>Their own valid phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="82"/>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="82"/>
        <source>子女</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="82"/>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="82"/>
        <source>老板</source>
        <translation>Boss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="83"/>
        <source>司机</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="83"/>
        <source>员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="83"/>
        <source>朋友</source>
        <translation>Friend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="89"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="89"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="90"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="117"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="118"/>
        <source>车辆：{0} · {1} · 车主：{2}</source>
        <translation>Vehicle: {0} · {1} · Owner: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="139"/>
        <source>请填写联系人姓名</source>
        <translation>Enter the contact&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="141"/>
        <source>已添加联系人</source>
        <translation>Contact added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="153"/>
        <source>请先选择联系人</source>
        <translation>Select a contact first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="160"/>
        <source>已设为主要用车人：{0}</source>
        <translation>Main user now: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="168"/>
        <source>已删除联系人：{0}</source>
        <translation>Contact removed: {0}</translation>
    </message>
</context>
<context>
    <name>CoreChangeDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="39"/>
        <source>修改核心资料 · {0}</source>
        <translation>Modify core data · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="39"/>
        <source>申请修改核心资料 · {0}</source>
        <translation>Request a core-data change · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="42"/>
        <source>C10：核心资料修改须核对原件并填写原因；新资料会重新校验并查重。</source>
        <translation>C10: check the original documents and give a reason; the new data is validated and checked for duplicates again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="43"/>
        <source>C10：顾问不能直接修改核心资料。填写新值和原因提交申请，由财务（销售客户）或客服（售后客户）核对后处理。</source>
        <translation>C10: advisors do not change core data themselves. Enter the new values and a reason; finance (sales customers) or customer service (after-sales customers) checks and applies the request.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="49"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="49"/>
        <source>现值</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="49"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="54"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="54"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="54"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="55"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="55"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="71"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="90"/>
        <source>原因（必填），如：按行驶证更正姓名</source>
        <translation>Reason (required), e.g. name corrected as on the driving licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="93"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="99"/>
        <source>保存修改</source>
        <translation>Save change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="99"/>
        <source>提交申请</source>
        <translation>Submit request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="160"/>
        <source>没有修改：请在“新值”一列填写要改成的资料</source>
        <translation>Nothing changed: enter the corrected data in the &apos;New value&apos; column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="162"/>
        <source>请填写修改原因（必填）</source>
        <translation>Give the reason for the change (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="165"/>
        <source>正在提交…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="177"/>
        <source>核心资料已修改</source>
        <translation>Core data changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="183"/>
        <source>申请 #{0} 已提交，等待{1}处理</source>
        <translation>Request #{0} submitted: waiting for {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="184"/>
        <source>财务</source>
        <translation>finance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="184"/>
        <source>客服</source>
        <translation>customer service</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="58"/>
        <source>客户档案 · {0}</source>
        <translation>Customer · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="66"/>
        <source>核心资料（C10：仅财务、客服可修改）</source>
        <translation>Core data (C10: finance and customer service only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="71"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="72"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="73"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="77"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="79"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="82"/>
        <source>修改核心资料的原因（必填）</source>
        <translation>Reason for the core-data change (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="85"/>
        <source>修改原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="88"/>
        <source>其他资料</source>
        <translation>Other details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="90"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="91"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="93"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="94"/>
        <source>联系人电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="95"/>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="96"/>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="98"/>
        <source>档案信息</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="101"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="101"/>
        <source>类别 / 业务</source>
        <translation>Category / business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="102"/>
        <source>财务客户</source>
        <translation>Finance customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="102"/>
        <source>客户渠道（门店）</source>
        <translation>Channels (stores)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="103"/>
        <source>创建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="160"/>
        <source>客户档案 · {0} {1}</source>
        <translation>Customer · {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="178"/>
        <source>C10 核心资料只能由有“修改核心资料”权限的财务、客服修改；请提交修改申请</source>
        <translation>C10: core data can be changed only by finance or customer service (&apos;modify core data&apos;); submit a change request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="186"/>
        <source> · 特殊客户</source>
        <translation> · special customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="187"/>
        <source>（系统生成，启用后出现）</source>
        <translation>(generated by the system when enabled)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="213"/>
        <source>待启用：核实原件并查重后，由{0}启用（C9）</source>
        <translation>Pending: {0} enables it after checking the documents and duplicates (C9)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="214"/>
        <source>财务</source>
        <translation>finance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="214"/>
        <source>客服</source>
        <translation>customer service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="215"/>
        <source>已启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="216"/>
        <source>已停用：不能作为车主（O6）</source>
        <translation>Disabled: cannot be an owner (O6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="244"/>
        <source>生日须为日期（YYYY-MM-DD）</source>
        <translation>Birthday must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="258"/>
        <source>没有修改</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="262"/>
        <source>修改核心资料须填写原因</source>
        <translation>A core-data change needs a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="272"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="112"/>
        <source>修改核心资料…</source>
        <translation>Modify core data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="113"/>
        <source>申请修改核心资料…</source>
        <translation>Request core-data change…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="115"/>
        <source>撤销合并…</source>
        <translation>Undo merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="203"/>
        <source>已提交修改申请 #{0}</source>
        <translation>Change request #{0} submitted</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../desktop/ui/customer/customer_list.py" line="34"/>
        <source>姓名、拼音首字母或电话片段</source>
        <translation>Name, pinyin initials or part of the phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_list.py" line="37"/>
        <source>新建销售客户</source>
        <translation>New sales customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_list.py" line="39"/>
        <source>先按姓名或电话查找（C1），确认没有该客户后再新建</source>
        <translation>Search by name or phone first (C1); create only when the customer is not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_list.py" line="58"/>
        <source>请先查看查找结果（C1）：没有同一客户时，再点“新建销售客户”</source>
        <translation>Check the search results first (C1): click “New sales customer” only if the customer is not among them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_list.py" line="60"/>
        <source>请先查找（C1）：输入客户姓名或电话，按 Enter 查找；确认没有该客户后再新建</source>
        <translation>Search first (C1): type the customer&apos;s name or phone and press Enter; create only when the customer is not found</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="147"/>
        <source>客户编码</source>
        <extracomment>columns of VINs, plates and codes: shown in the code face (desktop.ui.common.widgets.code_font)</extracomment>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="148"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="149"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="150"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="151"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="152"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="153"/>
        <source>建档门店</source>
        <translation>Created at store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="170"/>
        <source>客户渠道（门店）</source>
        <translation>Channels (stores)</translation>
    </message>
</context>
<context>
    <name>CustomerUse</name>
    <message>
        <location filename="../../desktop/ui/customer/usable.py" line="18"/>
        <source>{0}（{1}）已合并到其他客户：请查找合并后的客户</source>
        <translation>{0} ({1}) was merged into another customer: search for the customer it was merged into</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/usable.py" line="27"/>
        <source>{0}（{1}）已停用，不能使用（O6）</source>
        <translation>{0} ({1}) is disabled and cannot be used (O6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/usable.py" line="29"/>
        <source>{0}（{1}）待启用：客服（售后客户）或财务（销售客户）核实原件并启用后才能使用（O6、C9）；不要重复新建</source>
        <translation>{0} ({1}) is pending: it can be used once customer service (after-sales) or finance (sales) has checked the originals and enabled it (O6, C9); do not create it again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/usable.py" line="40"/>
        <source>{0}（{1}）是潜在客户：确认是行驶证上的车主后，可设为保有客户再关联（O6、W3）</source>
        <translation>{0} ({1}) is a potential customer: once confirmed as the licence holder, set them as retained and link them (O6, W3)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="54"/>
        <source>检查客户重复（C2）</source>
        <translation>Duplicate check (C2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="69"/>
        <source>与已有客户确定重复：不能启用，请驳回并沿用已有客户。</source>
        <translation>Certainly a duplicate of an existing customer: it cannot be enabled; reject it and use the existing customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="71"/>
        <source>发现疑似重复客户：如是同一客户，请驳回待启用客户并沿用已有客户；确认不是同一客户时，填写原因后启用。</source>
        <translation>Possible duplicates found: if it is the same customer, reject the pending customer and use the existing one; if it is not, give a reason and enable it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="74"/>
        <source>该客户已存在：不得重复新建，请使用已有客户。</source>
        <translation>This customer exists already: do not create it again, use the existing customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="76"/>
        <source>发现疑似重复客户：如是同一人，请使用已有客户（资料有误请客服修改）；确认不是同一人时，填写原因后再新建。</source>
        <translation>Possible duplicates found: if it is the same person, use the existing customer (customer service corrects wrong data); if it is not, give a reason and create the new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="83"/>
        <source>正在新建的客户</source>
        <translation>Customer being created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="83"/>
        <source>待启用的客户</source>
        <translation>Pending customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="89"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="90"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="91"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="92"/>
        <source>证件</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="99"/>
        <source>已有客户（黄色为与新建客户相同或相近的字段）</source>
        <translation>Existing customers (yellow: fields equal or close to the new one)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="116"/>
        <source>必填：为什么不是同一客户（如：同名不同人，身份证号不同）</source>
        <translation>Required: why it is not the same customer (e.g. same name, different person, different ID)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="119"/>
        <source>不是同一客户的原因</source>
        <translation>Why not the same customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="125"/>
        <source>使用该客户</source>
        <translation>Use this customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="125"/>
        <source>驳回，沿用该客户</source>
        <translation>Reject, use this customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="128"/>
        <source>确认不是同一客户</source>
        <translation>Not the same customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="128"/>
        <source>确认不是同一客户并启用</source>
        <translation>Not the same customer: enable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="200"/>
        <source>请先选择一个已有客户</source>
        <translation>Select an existing customer first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="216"/>
        <source>确认不是同一客户时须填写原因</source>
        <translation>Give a reason when confirming it is a different customer</translation>
    </message>
</context>
<context>
    <name>EscalationTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="631"/>
        <source>升级单</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="632"/>
        <source>输入的车架号</source>
        <translation>VIN typed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="633"/>
        <source>相近车架号</source>
        <translation>Similar VINs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="634"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="635"/>
        <source>提交人</source>
        <translation>Filed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="636"/>
        <source>提交时间</source>
        <translation>Filed at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="637"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>IntakeBanner</name>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="45"/>
        <source>车架号后 6 位</source>
        <translation>VIN, last 6</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="49"/>
        <source>对照实车</source>
        <translation>from the car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="50"/>
        <source>对照实车（挡风玻璃下或车门框）的车架号输入后 6 位，按 Enter（V7）</source>
        <translation>Type the last 6 characters of the VIN as on the car (under the windscreen or on the door frame), then Enter (V7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="59"/>
        <source>车主档案</source>
        <translation>Owner record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="60"/>
        <source>更换车主</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="61"/>
        <source>车辆确实过户时更换车主（O3/W2a）</source>
        <translation>Change the owner when the car was really sold on (O3/W2a)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="62"/>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="63"/>
        <source>送修的配偶、老板、司机等记为联系人（W7）</source>
        <translation>Spouse, boss, driver who bring the car are contacts (W7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="64"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="65"/>
        <source>填写或更换本车车牌；车牌在另一辆车上时按 P3 处理</source>
        <translation>Fill or change this car&apos;s plate; a plate on another vehicle is handled as P3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="96"/>
        <source>车牌登记在另一辆车上（P3）</source>
        <translation>The plate is on another vehicle (P3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="103"/>
        <source>车辆档案</source>
        <translation>Vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="104"/>
        <source>维护车主</source>
        <translation>Add the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="105"/>
        <source>新增车辆档案</source>
        <translation>Create vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="106"/>
        <source>添加本店维修中心</source>
        <translation>Attach this store&apos;s repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="107"/>
        <source>联系主数据团队</source>
        <translation>Contact the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="108"/>
        <source>车牌移到本车（P3）</source>
        <translation>Move the plate to this car (P3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="111"/>
        <source>扫描车架号</source>
        <translation>Scan the VIN</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="162"/>
        <source>车架号 VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="167"/>
        <source>扫描或输入 17 位车架号，按 Enter 查询</source>
        <translation>Scan or type the 17-character VIN, press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="174"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="178"/>
        <source>如 粤B12345</source>
        <translation>e.g. 粤B12345</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="185"/>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="253"/>
        <source>请先扫描或输入车架号</source>
        <translation>Scan or type the VIN first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="272"/>
        <source>请输入车牌号</source>
        <translation>Enter the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="304"/>
        <source>正在查询…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="365"/>
        <source>已有车架号：{0}</source>
        <translation>VINs on file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="369"/>
        <source>经行驶证带出：请核对车架号（V7）</source>
        <translation>Loaded from the driving licence: check the VIN (V7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="428"/>
        <source>请检查车架号</source>
        <translation>Check the VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="429"/>
        <source>请检查车牌号</source>
        <translation>Check the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="434"/>
        <source>查询失败</source>
        <translation>Lookup failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="438"/>
        <location filename="../../desktop/ui/intake/panel.py" line="508"/>
        <source>接车</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="508"/>
        <source>扫描或输入车架号，按 Enter 查询；Esc 清空，接待下一辆车</source>
        <translation>Scan or type the VIN and press Enter; Esc clears for the next car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="370"/>
        <source>经车牌带出：请核对车架号（V7）</source>
        <translation>Loaded by its plate: check the VIN (V7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="371"/>
        <source>请对照实车输入车架号后 6 位，按 Enter；或扫描车架号。核对前不能开工单</source>
        <translation>Type the last 6 characters of the VIN from the car and press Enter, or scan the VIN. No work order before the check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="402"/>
        <source>请扫描实车车架号（W1）；车牌在另一辆车上时按 P3 处理</source>
        <translation>Scan the car&apos;s VIN (W1); if the plate is on another vehicle, follow P3</translation>
    </message>
</context>
<context>
    <name>IntakeScan</name>
    <message>
        <location filename="../../desktop/ui/scan/intake_scan.py" line="124"/>
        <source>可粘贴（Ctrl+V）或拖入车架号条码、行驶证的照片：自动填入车架号并查询</source>
        <translation>Paste (Ctrl+V) or drop a photo of a VIN bar code or a driving licence: the VIN is filled in and looked up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/intake_scan.py" line="154"/>
        <source>扫描内容无效</source>
        <translation>Scan not usable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/intake_scan.py" line="184"/>
        <source>高拍仪文件夹：{0}（新拍的照片会自动读取）</source>
        <translation>Document camera folder: {0} (new pictures are read automatically)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/intake_scan.py" line="186"/>
        <source>高拍仪文件夹不存在：{0}；请在登录窗口的“设置”中修改</source>
        <translation>The document camera folder does not exist: {0}; change it in Settings on the login window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/intake_scan.py" line="201"/>
        <source>正在等待高拍仪保存照片…</source>
        <translation>Waiting for the document camera to finish saving the picture…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/intake_scan.py" line="232"/>
        <source>没有读出行驶证上的车架号：请扫描车架号条码或手工输入</source>
        <translation>The VIN on the driving licence could not be read: scan the VIN bar code or type it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/intake_scan.py" line="240"/>
        <source>查询行驶证上的车辆</source>
        <translation>Look up the licence&apos;s vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/intake_scan.py" line="288"/>
        <source>更换车主</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/intake_scan.py" line="291"/>
        <source>更新车牌</source>
        <translation>Update plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/intake_scan.py" line="294"/>
        <source>打开车主档案</source>
        <translation>Open owner record</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="86"/>
        <source>{0}（{1}）</source>
        <extracomment>a name with its code or details after it, and the separator of reasons in a list: Chinese punctuation in the source, ASCII in English (&quot;张三（KH001）&quot; / &quot;张三 (KH001)&quot;)</extracomment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="87"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="104"/>
        <source>车辆和车主已带出</source>
        <translation>Vehicle and owner loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="105"/>
        <source>只有车辆，车主未带出</source>
        <translation>Vehicle only, no owner loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="106"/>
        <source>集团内无此车辆</source>
        <translation>Not in the group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="107"/>
        <source>其他门店的车辆</source>
        <translation>Another store&apos;s vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="108"/>
        <source>疑似车架号录入错误</source>
        <translation>Suspected VIN typo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="113"/>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="113"/>
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="117"/>
        <source>潜在客户</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="117"/>
        <source>保有客户</source>
        <translation>Retained</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="121"/>
        <source>待启用</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="121"/>
        <source>已启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="121"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="125"/>
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="125"/>
        <source>售后</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="129"/>
        <source>采购生成</source>
        <translation>From vehicle purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="129"/>
        <source>手工新建</source>
        <translation>Created by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="133"/>
        <source>普通维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="133"/>
        <source>PDI</source>
        <translation>PDI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="133"/>
        <source>商品车质损</source>
        <translation>Transport damage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="138"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="139"/>
        <source>厂家（索赔）</source>
        <translation>Manufacturer (warranty claim)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="140"/>
        <source>本店（内部维修）</source>
        <translation>Own store (internal repair)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="146"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="147"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="148"/>
        <source>港澳居民来往内地通行证</source>
        <translation>HK/Macau residents&apos; travel permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="149"/>
        <source>台湾居民来往大陆通行证</source>
        <translation>Taiwan residents&apos; travel permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="150"/>
        <source>港澳台居民居住证</source>
        <translation>HK/Macau/Taiwan residence permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="151"/>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="70"/>
        <source>维修接待台 · 登录</source>
        <translation>Service Reception Desk · Log in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="82"/>
        <source>售后接车 · 客户与车辆档案</source>
        <translation>Service intake · customer and vehicle records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="87"/>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="95"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="92"/>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="96"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="98"/>
        <source>正在连接数据库…</source>
        <translation>Connecting to the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="104"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="101"/>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="165"/>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="178"/>
        <source>重新连接</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="99"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="103"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="108"/>
        <source>演示账号（点击填入，密码 demo1234）</source>
        <translation>Demo accounts (click to fill in; password demo1234)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="158"/>
        <source>请输入登录名和密码</source>
        <translation>Enter login and password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="100"/>
        <source>连接设置：演示、本机数据库或集团接待台服务器</source>
        <translation>Connection settings: demo, this computer&apos;s database or the group&apos;s reception-desk server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="80"/>
        <source>维修接待台</source>
        <translation>Service Reception Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="133"/>
        <source>正在连接接待台服务器…</source>
        <translation>Connecting to the reception-desk server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="133"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="164"/>
        <source>请检查网络，或点击“设置”检查连接。</source>
        <translation>Check the network, or press “Settings” to check the connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="172"/>
        <source>数据库需要升级，请联系 IT 运行 init-db</source>
        <translation>The database needs an upgrade: ask IT to run init-db</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="173"/>
        <source>IT 在任一台电脑上运行：reception-desk init-db --db 数据库地址（升级前请先备份）。</source>
        <translation>IT runs on any one computer: reception-desk init-db --db DATABASE-URL (back the database up first).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="175"/>
        <source>数据库版本比本程序新，请安装新版维修接待台</source>
        <translation>The database is newer than this app: install the new version of the Service Reception Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="176"/>
        <source>这台电脑上的维修接待台 {0} 版本较旧，请联系 IT 安装新版本。</source>
        <translation>The Service Reception Desk {0} on this computer is older: ask IT to install the new version.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="182"/>
        <source>维修接待台 · 数据库版本</source>
        <translation>Service Reception Desk · database version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="249"/>
        <source>请输入登录名</source>
        <translation>Enter your login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="253"/>
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="260"/>
        <source>登录已失效，请重新输入密码登录</source>
        <translation>Your session has ended: type your password to log in again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="272"/>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="287"/>
        <source>已退出登录，请输入登录名和密码</source>
        <translation>Logged out. Enter a login name and password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="284"/>
        <source>正在退出登录…</source>
        <translation>Logging out…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="293"/>
        <source>欢迎，{0}</source>
        <translation>Welcome, {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="93"/>
        <source>维修接待台 · {0}</source>
        <extracomment>the first page of each role (the first of the actor&apos;s roles in this order wins): advisors take cars in, finance and customer service verify pending customers, the master-data team answers suspected VIN typos. the window on a 1366×768 screen with a taskbar (40 px) and a title bar (about 30 px); its layout still fits a 1280×720 screen the same way (MIN_CLIENT).</extracomment>
        <translation>Service Reception Desk · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="99"/>
        <source>维修接待台</source>
        <translation>Service Reception Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="101"/>
        <source>{0}（{1}） · {2} · {3} {4}</source>
        <translation>{0} ({1}) · {2} · {3} {4}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="104"/>
        <source>退出登录 / 切换用户</source>
        <translation>Log out / Switch user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="105"/>
        <source>退出登录，回到登录窗口换人登录（{0}）</source>
        <translation>Log out and return to the login window for the next user ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="122"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="134"/>
        <source>接车</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="134"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="134"/>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="170"/>
        <source>已开工单 {0}</source>
        <translation>Work order {0} opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="197"/>
        <source>待启用客户</source>
        <translation>Pending customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="201"/>
        <source>核心资料申请</source>
        <translation>Core change requests</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="207"/>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="211"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="215"/>
        <source>特殊客户</source>
        <translation>Special customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="218"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="222"/>
        <source>车架号升级</source>
        <translation>VIN escalations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="308"/>
        <source>退出登录？</source>
        <translation>Log out?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="309"/>
        <source>打开的窗口里有尚未保存的修改，退出登录后会丢失。</source>
        <translation>An open window has unsaved changes; they are lost when you log out.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="310"/>
        <source>放弃修改并退出登录</source>
        <translation>Discard changes and log out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="330"/>
        <source>继续编辑</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="349"/>
        <source>维修接待台 · 登录已失效</source>
        <translation>Service Reception Desk · Session ended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="351"/>
        <source>重新登录</source>
        <translation>Log in again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="367"/>
        <source>关闭窗口？</source>
        <translation>Close the window?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="368"/>
        <source>打开的窗口里有尚未保存的修改，关闭后会丢失。</source>
        <translation>An open window has unsaved changes; they are lost when this window closes.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="369"/>
        <source>放弃修改并关闭</source>
        <translation>Discard changes and close</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="44"/>
        <source>撤销合并 · {0}</source>
        <translation>Undo merge · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="44"/>
        <source>合并重复客户</source>
        <translation>Merge duplicate customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="47"/>
        <source>撤销后，合并时移到保留客户的车辆、工单、渠道和联系人按审计记录逐条移回，并恢复原状态。</source>
        <translation>Undoing puts back, row by row from the audit trail, the vehicles, work orders, channels and contacts the merge moved, and restores the previous status.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="48"/>
        <source>重复客户的车辆（车主）、工单、客户渠道和联系人移到保留客户；重复客户保留档案，停用并指向保留客户。不同客户类型不能合并。</source>
        <translation>The duplicate&apos;s vehicles (owner), work orders, channels and contacts move to the survivor; the duplicate record is kept, disabled and pointing at the survivor. Different customer types cannot be merged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="54"/>
        <source>要合并掉的客户：姓名、电话或客户编码，按 Enter 查找</source>
        <translation>Customer to merge away: name, phone or customer code, Enter searches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="57"/>
        <source>保留的客户：姓名、电话或客户编码，按 Enter 查找</source>
        <translation>Customer to keep: name, phone or customer code, Enter searches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="60"/>
        <source>原因（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="66"/>
        <source>重复客户</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="68"/>
        <source>保留客户</source>
        <translation>Survivor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="69"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="87"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="89"/>
        <source>撤销合并</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="89"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="145"/>
        <source>请输入客户姓名、电话或客户编码，按 Enter 查找</source>
        <translation>Type a customer&apos;s name, phone or code and press Enter to search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="150"/>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="163"/>
        <source>没有找到“{0}”：请换姓名、电话片段或客户编码</source>
        <translation>Nothing found for &quot;{0}&quot;: try a name, part of a phone number or a customer code</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="168"/>
        <source>找到 %n 个客户：↑↓ 选择，Enter 确定</source>
        <translation><numerusform>%n customer found: ↑↓ choose, Enter takes it</numerusform><numerusform>%n customers found: ↑↓ choose, Enter takes one</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="265"/>
        <source>已撤销合并：%n 条记录移回 {0}</source>
        <translation><numerusform>Merge undone: %n row moved back to {0}</numerusform><numerusform>Merge undone: %n rows moved back to {0}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="269"/>
        <source>已合并：{0} → {1}，移动 %n 条记录</source>
        <translation><numerusform>Merged: {0} → {1}, %n row moved</numerusform><numerusform>Merged: {0} → {1}, %n rows moved</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="188"/>
        <source>请选择保留客户</source>
        <translation>Choose the customer to keep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="188"/>
        <source>请选择重复客户</source>
        <translation>Choose the duplicate customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="214"/>
        <source>请填写重复客户和保留客户的编码</source>
        <translation>Enter the codes of the duplicate and of the survivor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="216"/>
        <source>正在预览…</source>
        <translation>Previewing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="224"/>
        <source>{0} {1}（{2}，{3}）→ 保留 {4} {5}（{6}，{7}）</source>
        <translation>{0} {1} ({2}, {3}) → keep {4} {5} ({6}, {7})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="228"/>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="228"/>
        <source>工单</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="229"/>
        <source>客户渠道（移到保留客户）</source>
        <translation>Channels (move to the survivor)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="230"/>
        <source>客户渠道（保留客户已有，留在原档案）</source>
        <translation>Channels (the survivor has them already; they stay)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="231"/>
        <source>车辆联系人</source>
        <translation>Vehicle contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="235"/>
        <source>请核对要移动的内容，填写原因后合并</source>
        <translation>Check what will move, give a reason, then merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="248"/>
        <source>请填写原因（必填）</source>
        <translation>Give a reason (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="252"/>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="267"/>
        <source>；合并后已变动、未移回：{0}</source>
        <translation>; changed since the merge and left as they are: {0}</translation>
    </message>
</context>
<context>
    <name>MergePage</name>
    <message>
        <location filename="../../desktop/ui/back_office/merge_page.py" line="47"/>
        <source>合并重复客户（主数据团队）：合并可按审计记录撤销</source>
        <translation>Merge duplicate customers (master-data team): every merge can be undone from the audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_page.py" line="34"/>
        <source>合并重复客户…</source>
        <translation>Merge duplicates…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_page.py" line="36"/>
        <source>撤销所选合并…</source>
        <translation>Undo selected merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_page.py" line="43"/>
        <source>筛选：客户编码、操作人或原因</source>
        <translation>Filter: customer code, user or reason</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/back_office/merge_page.py" line="59"/>
        <source>%n 次合并</source>
        <translation><numerusform>%n merge</numerusform><numerusform>%n merges</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_page.py" line="83"/>
        <source>{0} → {1} 的合并已撤销</source>
        <translation>The merge {0} → {1} has been undone</translation>
    </message>
</context>
<context>
    <name>MergeTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="327"/>
        <source>生效中</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="328"/>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="334"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="335"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="336"/>
        <source>重复客户</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="337"/>
        <source>保留客户</source>
        <translation>Survivor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="338"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="339"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="63"/>
        <source>C3：公司、事业单位、机关等一律选单位客户</source>
        <translation>C3: every organisation (company, institution, government body) is a company customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="69"/>
        <source>手机 11 位；座机带区号</source>
        <translation>Mobile: 11 digits; landline with area code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="74"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="74"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="75"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="75"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="76"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="82"/>
        <source>检查重复并新建</source>
        <translation>Check and create</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="84"/>
        <source>保存前检查客户重复（C2）</source>
        <translation>Checks for duplicate customers before saving (C2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="125"/>
        <source>与营业执照一致，括号用（）</source>
        <translation>As on the business licence, with full-width brackets （）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="125"/>
        <source>与身份证一致；建议 姓名+身份证后6位</source>
        <translation>As on the ID card; name + last 6 of the ID is recommended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="162"/>
        <source>正在检查客户重复并保存…</source>
        <translation>Checking for duplicates and saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="166"/>
        <source>已新建 {0}</source>
        <translation>Created {0}</translation>
    </message>
</context>
<context>
    <name>NewSalesCustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/new_sales_customer_dialog.py" line="36"/>
        <source>新建销售客户</source>
        <translation>New sales customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_sales_customer_dialog.py" line="38"/>
        <source>已查找“{0}”，没有同一客户时再新建（C1）。销售客户为潜在客户（C4），证件必填（C7），保存前检查客户重复（C2），新客户待财务核实原件后启用（C9）。</source>
        <translation>Searched for “{0}”: create only if the customer was not found (C1). A sales customer is a potential customer (C4) and needs an ID (C7); duplicates are checked before saving (C2), and finance enables the new customer after checking the original documents (C9).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_sales_customer_dialog.py" line="40"/>
        <source>必填：个人填身份证号，单位填统一社会信用代码（C7）</source>
        <translation>Required: resident ID number for a person, unified social credit code for a company (C7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_sales_customer_dialog.py" line="45"/>
        <source>销售客户证件号码必填（C7）</source>
        <translation>A sales customer needs an ID number (C7)</translation>
    </message>
</context>
<context>
    <name>NewSpecialCustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="32"/>
        <source>新建特殊客户</source>
        <translation>New special customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="34"/>
        <source>C13：保险公司、主机厂、二手车平台、配件供应商和集团内部公司只能由 EAS 管理团队新建。名称与营业执照一致；输入名称后按特殊客户名单给出类别。保存前检查客户重复（C2）。</source>
        <translation>C13: insurers, manufacturers, used-car platforms, parts suppliers and group-internal companies are created only by the master-data team. The name is as on the business licence; the category is proposed from the special customer list as the name is typed. Duplicates are checked before saving (C2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="36"/>
        <source>统一社会信用代码，能取得时必填（C7）</source>
        <translation>Unified social credit code; required whenever obtainable (C7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="38"/>
        <source>请选择类别</source>
        <translation>Select a category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="41"/>
        <source>特殊客户类别</source>
        <translation>Special category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="81"/>
        <source>名称不在特殊客户名单中：请选择类别，并考虑在名单中加入该名称</source>
        <translation>The name is not on the special customer list: select a category, and consider adding the name to the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="83"/>
        <source>名称完全相同</source>
        <translation>Exact name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="84"/>
        <source>名称包含</source>
        <translation>Name contains</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="84"/>
        <source>名称开头为</source>
        <translation>Name starts with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="85"/>
        <source>名称结尾为</source>
        <translation>Name ends with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="86"/>
        <source>名单匹配：{0}（{1}“{2}”）</source>
        <translation>On the list: {0} ({1} “{2}”)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="93"/>
        <source>请选择特殊客户类别</source>
        <translation>Select a special category</translation>
    </message>
</context>
<context>
    <name>NewVehicleDialog</name>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="67"/>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="316"/>
        <source>新增车辆档案</source>
        <translation>New vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="77"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="100"/>
        <source>第一步：只填车型和车架号并保存（M2）。没有重复车架号时，再填车牌、车主、保险和保修。</source>
        <translation>Step one: model and VIN only, then save (M2). When no duplicate VIN is reported, fill plate, owner, insurance and warranty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="107"/>
        <source>与行驶证一致，如 本田 雅阁 2.0T 豪华版</source>
        <translation>As on the licence, e.g. Honda Accord 2.0T</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="111"/>
        <source>17 位，与实车一致（N1）</source>
        <translation>17 characters, exactly as on the car (N1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="113"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="113"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="118"/>
        <source>保存后车型、车架号锁定，只有主数据团队可纠正轻微录入错误（V4）：请与实车、行驶证逐位核对。</source>
        <translation>After saving, model and VIN are locked; only the master-data team may correct a slight slip (V4): check them character by character against the car and the licence.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="141"/>
        <source>复制给主数据团队</source>
        <translation>Copy for the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="142"/>
        <source>提交主数据团队</source>
        <translation>File with the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="144"/>
        <source>刷新状态</source>
        <translation>Refresh status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="146"/>
        <source>返回修改车架号</source>
        <translation>Back to the VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="157"/>
        <source>已有相近车架号：</source>
        <translation>Similar VINs on file:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="159"/>
        <source>发给主数据团队（EAS 管理团队）的说明：</source>
        <translation>Note for the master-data team (EAS):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="173"/>
        <source>② 车牌（P1）</source>
        <translation>② Plate (P1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="175"/>
        <source>如 粤B12345</source>
        <translation>e.g. 粤B12345</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="177"/>
        <source>保存车牌</source>
        <translation>Save plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="178"/>
        <source>未上牌</source>
        <translation>No plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="180"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="182"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="187"/>
        <source>③ 车主（O2：保存车辆后在此添加）</source>
        <translation>③ Owner (O2: added here once the vehicle is saved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="189"/>
        <source>无车主</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="191"/>
        <source>添加车主</source>
        <translation>Add owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="195"/>
        <source>④ 保险和保修（M4：车型、车架号、车牌、车主核对一致后再填）</source>
        <translation>④ Insurance and warranty (M4: once model, VIN, plate and owner are confirmed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="199"/>
        <source>商业险保险公司</source>
        <translation>Commercial insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="199"/>
        <source>商业险保单号</source>
        <translation>Commercial policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="200"/>
        <source>商业险到期日</source>
        <translation>Commercial insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="200"/>
        <source>交强险保险公司</source>
        <translation>Compulsory insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="201"/>
        <source>交强险保单号</source>
        <translation>Compulsory policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="201"/>
        <source>交强险到期日</source>
        <translation>Compulsory insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="202"/>
        <source>保修里程（公里）</source>
        <translation>Warranty mileage (km)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="202"/>
        <source>保修开始日期</source>
        <translation>Warranty start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="203"/>
        <source>保修结束日期</source>
        <translation>Warranty end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="221"/>
        <source>保存保险和保修</source>
        <translation>Save insurance and warranty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="260"/>
        <source>疑似车架号录入错误（V8）</source>
        <translation>Suspected VIN typo (V8)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="262"/>
        <source>车架号 {0} 与已有车架号仅差一两位：疑似录入错误。请核对实车车架号，不要新建车辆档案，联系主数据团队（V8、N1）。</source>
        <translation>VIN {0} is one or two characters off a VIN on file: a suspected typo. Check the VIN on the car, do not create the vehicle, contact the master-data team (V8, N1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="266"/>
        <source>主数据团队：接车时输入的车架号疑似录入错误，请核对（V8/N1）。
输入的车架号：{0}
已有相近车架号：{1}
门店：{2} {3}
经办人：{4}（{5}）
实车车架号（请核对后填写）：</source>
        <translation>Master-data team: a VIN typed at intake looks like a typo, please check (V8/N1).
VIN typed: {0}
Similar VINs on file: {1}
Store: {2} {3}
Advisor: {4} ({5})
VIN on the car (checked): </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="286"/>
        <source>正在提交…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="292"/>
        <source>正在查询…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="297"/>
        <source>升级单 {0}：{1}</source>
        <translation>Escalation {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="299"/>
        <source>请使用档案中的车辆：{0}</source>
        <translation>Use the vehicle on file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="301"/>
        <source>主数据团队说明：{0}</source>
        <translation>Master-data team&apos;s note: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="303"/>
        <source>可返回修改车架号页面，保存新建该车架号</source>
        <translation>Go back to the VIN page and save to create this VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="308"/>
        <source>已提交主数据团队</source>
        <translation>Filed with the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="312"/>
        <source>已复制，请发给主数据团队</source>
        <translation>Copied: send it to the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="324"/>
        <source>车辆档案 · {0}</source>
        <translation>Vehicle · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="325"/>
        <source>① 已新建 {0}：{1} · {2}（车型、车架号已锁定，V4）</source>
        <translation>① Created {0}: {1} · {2} (model and VIN locked, V4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="329"/>
        <source>已上牌：{0}</source>
        <translation>Plate: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="332"/>
        <source>更换车主</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="342"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="349"/>
        <source>未上牌：车牌可以以后再填。下一步：添加车主（Enter 或 {0}）</source>
        <translation>No plate yet: the plate can be added later. Next: add the owner (Enter or {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="353"/>
        <source>请输入车牌号</source>
        <translation>Enter the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="393"/>
        <source>没有修改</source>
        <translation>Nothing changed</translation>
    </message>
</context>
<context>
    <name>OwnerCard</name>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="89"/>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="90"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="91"/>
        <source>类型 / 类别</source>
        <translation>Type / category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="92"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="93"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="94"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="78"/>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="241"/>
        <source>维护车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="80"/>
        <source>正在读取车辆档案…</source>
        <translation>Loading the vehicle record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="96"/>
        <source>设为保有客户</source>
        <translation>Set as retained customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="110"/>
        <source>变更原因（选填），如：二手车过户</source>
        <translation>Reason (optional), e.g. sold second-hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="112"/>
        <source>变更原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="118"/>
        <source>设为保有客户并关联</source>
        <translation>Set retained and link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="140"/>
        <source>① 查找已有客户（C1：先查找，再新增）</source>
        <translation>① Find an existing customer (C1: search before create)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="145"/>
        <source>姓名、拼音首字母或电话片段，按 Enter 查找</source>
        <translation>Name, pinyin initials or part of the phone; Enter searches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="147"/>
        <source>查找</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="154"/>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="320"/>
        <source>只有已启用的保有客户才能关联为车主（O6）</source>
        <translation>Only an enabled, retained customer can be linked as the owner (O6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="157"/>
        <source>设为车主</source>
        <translation>Link as owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="166"/>
        <source>② 找不到时新增车主（行驶证登记人，O5）</source>
        <translation>② Not found: create the owner (the licence holder, O5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="174"/>
        <source>C3：公司、事业单位、机关等一律选单位客户</source>
        <translation>C3: every organisation (company, institution, government body) is a company customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="177"/>
        <source>与行驶证一致；个人建议 姓名+身份证后6位</source>
        <translation>As on the licence; for a person name + last 6 of the ID is recommended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="180"/>
        <source>手机 11 位；座机带区号</source>
        <translation>Mobile: 11 digits; landline with area code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="186"/>
        <source>能取得时必填（C7）</source>
        <translation>Required whenever obtainable (C7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="188"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="188"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="189"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="189"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="190"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="201"/>
        <source>新建并设为车主</source>
        <translation>Create and link as owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="202"/>
        <source>保存前检查客户重复（C2）；新客户待客服核实启用（C9）</source>
        <translation>Checked for duplicates before saving (C2); customer service enables new customers (C9)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="203"/>
        <source>保存前自动检查客户重复（C2）；在车辆档案上新增的客户为保有客户，待客服核实原件后启用（C4、C9）。</source>
        <translation>The duplicate check runs before saving (C2); a customer created on a vehicle record is retained and pending until customer service checks the documents and enables it (C4, C9).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="217"/>
        <source>未上牌</source>
        <translation>No plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="219"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="221"/>
        <source>车辆：{0} · {1} · {2}
当前车主：{3}</source>
        <translation>Vehicle: {0} · {1} · {2}
Owner now: {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="230"/>
        <source>维护车主 · 添加车主</source>
        <translation>Owner · add the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="231"/>
        <source>车辆无车主（W3/O2）：先查找已有客户；找不到再按行驶证新增车主。</source>
        <translation>The vehicle has no owner (W3/O2): search the existing customers first; if not found, create the owner as on the licence.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="233"/>
        <source>维护车主 · 设为保有客户</source>
        <translation>Owner · set as retained</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="235"/>
        <source>车主 {0}（{1}）是{2}，不是保有客户，所以接车时没有带出（W3）。核对行驶证无误后，设为保有客户即可继续接车。</source>
        <translation>The owner {0} ({1}) is a {2}, not a retained customer, so the intake did not load it (W3). Check the licence, then set the customer as retained to go on.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="239"/>
        <source>如车主不是此人（已过户），请在下方查找或新增正确的车主。</source>
        <translation>If this is not the owner (the car was sold on), find or create the right owner below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="242"/>
        <source>车主 {0}（{1}）已停用，不能作为车主（O6）：请联系客服核实；如车辆已过户，请在下方查找或新增新车主。</source>
        <translation>The owner {0} ({1}) is disabled and cannot be the owner (O6): ask customer service to check; if the car was sold on, find or create the new owner below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="247"/>
        <source>维护车主 · 更换车主</source>
        <translation>Owner · change of owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="248"/>
        <source>仅在车辆确实过户时更换车主（O3/W2a）。车主名字录错不要换车主，请客服修改原客户档案（C11）；他店车主正确时不得换成本店同名客户（W2b）。</source>
        <translation>Change the owner only when the car was really sold on (O3/W2a). A misspelt name is not a new owner: customer service corrects the record (C11); another store&apos;s correct owner is never replaced by this store&apos;s same-name customer (W2b).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="269"/>
        <source>请输入姓名或电话片段</source>
        <translation>Enter a name or part of the phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="272"/>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="278"/>
        <source>找到 {0} 个客户：↑↓ 选择，Enter 设为车主</source>
        <translation>{0} customers found: ↑↓ to pick, Enter links</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="283"/>
        <source>没有找到：请在右侧按行驶证新增车主</source>
        <translation>Nothing found: create the owner on the right, as on the licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="324"/>
        <source>{0}（{1}）可以关联为车主</source>
        <translation>{0} ({1}) can be linked as the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="332"/>
        <source>请先查找并选择客户</source>
        <translation>Search and select a customer first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="347"/>
        <source>正在关联车主…</source>
        <translation>Linking the owner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="362"/>
        <source>正在设为保有客户…</source>
        <translation>Setting as retained…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="370"/>
        <source>将 {0} 设为保有客户并关联</source>
        <translation>Set {0} as retained and link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="387"/>
        <source>正在设为保有客户并关联…</source>
        <translation>Setting as retained and linking…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="406"/>
        <source>正在检查客户重复并保存…</source>
        <translation>Checking for duplicates and saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="427"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>OwnerScan</name>
    <message>
        <location filename="../../desktop/ui/scan/owner_scan.py" line="41"/>
        <source>把行驶证或身份证照片粘贴到这里（Ctrl+V）或拖入，或点“打开图片…”：自动填写新增车主，并与档案车主核对（O5）</source>
        <extracomment>the form&apos;s fields and the document&apos;s field each is read from</extracomment>
        <translation>Paste (Ctrl+V) or drop a photo of the driving licence or ID card here, or click “Open picture…”: the new owner is filled in and checked against the owner on file (O5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/owner_scan.py" line="44"/>
        <source>③ 行驶证 / 身份证照片（核对车主 O5）</source>
        <translation>③ Driving licence / ID card photo (check the owner, O5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/owner_scan.py" line="88"/>
        <source>含繁体字：证件上的写法为“{0}”，简体为“{1}”；以证件为准（C5）</source>
        <extracomment>the checks against the record, over the whole dialog (the dialog places it under its notice)</extracomment>
        <translation>Traditional characters: the document reads “{0}”, in simplified characters “{1}”; the document is what counts (C5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/owner_scan.py" line="121"/>
        <source>车辆没有车主（W3/O2）：已按{0}填好右侧“新增车主”；请先查找此人是否已是客户（C1），找不到再新建</source>
        <translation>The vehicle has no owner (W3/O2): “New owner” is filled in from the {0}; first search whether this person is a customer already (C1), create only if not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/owner_scan.py" line="123"/>
        <source>查找“{0}”</source>
        <translation>Find “{0}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/owner_scan.py" line="138"/>
        <source>查找“{0}”并更换车主</source>
        <translation>Find “{0}” and change the owner</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="103"/>
        <source>待启用客户：核实原件、重新查重后启用（C9）；重复的不启用，沿用已有客户</source>
        <translation>Pending customers: check the original documents and re-run the duplicate check before enabling (C9); a duplicate is not enabled, the existing customer is used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="63"/>
        <source>查重结果</source>
        <translation>Duplicate check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="65"/>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="122"/>
        <source>请选择一个待启用客户</source>
        <translation>Select a pending customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="81"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="83"/>
        <source>驳回：沿用所选客户</source>
        <translation>Reject: use the selected customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="85"/>
        <source>停用（资料不合规）</source>
        <translation>Disable (non-compliant)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="88"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="110"/>
        <source>{0} 个待启用</source>
        <translation>{0} pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="122"/>
        <source>没有待启用客户</source>
        <translation>No pending customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="125"/>
        <source>{0} {1}：正在重新查重…</source>
        <translation>{0} {1}: re-running the duplicate check…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="146"/>
        <source>{0} {1}：查重未发现重复，核实原件后可启用</source>
        <translation>{0} {1}: no duplicates found; enable after checking the documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="148"/>
        <source>{0} {1}：与已有客户确定重复，不能启用；请驳回并沿用已有客户</source>
        <translation>{0} {1}: certainly a duplicate of an existing customer and cannot be enabled; reject it and use the existing one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="202"/>
        <source>已启用 {0} {1}</source>
        <translation>Enabled {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="226"/>
        <source>请填写原因</source>
        <translation>Give a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="233"/>
        <source>请在查重结果中选择要沿用的已有客户</source>
        <translation>Select, in the duplicate check, the existing customer to use</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="223"/>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="240"/>
        <source>正在驳回…</source>
        <translation>Rejecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="74"/>
        <source>驳回、停用或无证件启用的原因（必填）</source>
        <translation>Reason to reject, disable or enable without ID (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="77"/>
        <source>无证件启用：已核实原件，客户确实无法提供证件（C7）</source>
        <translation>Enable without ID: originals checked, the customer cannot provide one (C7)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/back_office/pending_page.py" line="151"/>
        <source>{0} {1}：发现 %n 个疑似重复，请核对；是同一客户则驳回，否则启用</source>
        <translation><numerusform>{0} {1}: %n possible duplicate; check it — reject if it is the same customer, otherwise enable</numerusform><numerusform>{0} {1}: %n possible duplicates; check them — reject if it is the same customer, otherwise enable</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="192"/>
        <source>该客户没有证件：核实原件、确认客户确实无法提供证件后，勾选“无证件启用”并填写原因（C7）</source>
        <translation>This customer has no ID: after checking the original documents and confirming the customer really cannot provide one, tick “Enable without ID” and give a reason (C7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="204"/>
        <source>正在重新查重并启用…</source>
        <translation>Re-checking duplicates and enabling…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="220"/>
        <source>与已有客户 {0} 为同一客户，沿用已有客户</source>
        <translation>Same customer as the existing {0}; the existing customer is used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="243"/>
        <source>已驳回 {0}，业务沿用 {1}</source>
        <translation>Rejected {0}; the business uses {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="253"/>
        <source>正在停用…</source>
        <translation>Disabling…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="252"/>
        <source>已停用 {0} {1}</source>
        <translation>Disabled {0} {1}</translation>
    </message>
</context>
<context>
    <name>PendingTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="237"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="238"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="239"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="240"/>
        <source>业务</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="241"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="242"/>
        <source>建档人</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="243"/>
        <source>建档门店</source>
        <translation>Created at store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="244"/>
        <source>建档时间</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>PlateDialog</name>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="89"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="95"/>
        <source>保存车牌</source>
        <translation>Save plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="96"/>
        <source>清除原车车牌并装到本车</source>
        <translation>Clear it on the old car and put it on this one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="127"/>
        <source>正在读取车辆档案…</source>
        <translation>Loading the vehicle record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="133"/>
        <source>如 粤B12345（与实车、行驶证一致）</source>
        <translation>e.g. 粤B12345 (as on the car and the licence)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="64"/>
        <source>（按车牌自动判断）</source>
        <translation>(from the plate)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="137"/>
        <source>选填，如：过户后换牌</source>
        <translation>Optional, e.g. re-plated after a sale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="139"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="139"/>
        <source>车牌颜色</source>
        <translation>Plate colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="140"/>
        <source>变更原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="144"/>
        <source>P1/P2：只改车牌和车牌颜色，不改车架号和车型。车牌已在另一辆车上时，会显示两辆车供确认（P3）。</source>
        <translation>P1/P2: only plate and plate colour change, never VIN or model. When the plate is on another vehicle both vehicles are shown for confirmation (P3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="163"/>
        <source>原车：清除车牌和车牌颜色</source>
        <translation>Old car: plate and colour cleared</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="163"/>
        <source>本车：装上车牌</source>
        <translation>This car: gets the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="169"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="169"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="169"/>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="170"/>
        <source>车牌（确认前 → 确认后）</source>
        <translation>Plate (before → after)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="179"/>
        <source>原车的车架号、车型不变（P4）；两处修改在一次保存中完成，并记入车牌历史。</source>
        <translation>The old car&apos;s VIN and model stay (P4); both changes are saved together and kept in the plate history.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="193"/>
        <source>车牌 · {0}</source>
        <translation>Plate · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="195"/>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="247"/>
        <source>未上牌</source>
        <translation>No plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="196"/>
        <source>本车：{0} · {1}
当前车牌：{2}</source>
        <translation>This car: {0} · {1}
Plate now: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="210"/>
        <source>请输入车牌号</source>
        <translation>Enter the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="240"/>
        <source>如确是原车主把车牌装到了本车：确认后清除原车车牌，并把车牌装到本车。</source>
        <translation>If the old owner really put the plate on this car: confirm to clear it on the old car and put it on this one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="246"/>
        <source>无车主</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="248"/>
        <source>（空）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="250"/>
        <source>车牌已在另一辆车上（P3）</source>
        <translation>The plate is on another vehicle (P3)</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../desktop/ui/back_office/queue_page.py" line="49"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/queue_page.py" line="50"/>
        <source>筛选：列表中的任意文字</source>
        <translation>Filter: any text in the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/queue_page.py" line="63"/>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/queue_page.py" line="88"/>
        <source>{0} 个待处理</source>
        <translation>{0} open</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="313"/>
        <source>申请号</source>
        <extracomment>the column of each field the check compares</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="314"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="315"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="316"/>
        <source>业务</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="317"/>
        <source>申请修改</source>
        <translation>Requested change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="318"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="319"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="320"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="321"/>
        <source>申请时间</source>
        <translation>Requested</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="202"/>
        <source>打开图片…</source>
        <translation>Open picture…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="203"/>
        <source>读取行驶证、身份证或车架号条码的照片（也可以 Ctrl+V 粘贴或拖入）</source>
        <translation>Read a photo of a driving licence, an ID card or a VIN bar code (you can also paste it with Ctrl+V or drop it)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="204"/>
        <source>粘贴图片</source>
        <translation>Paste picture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="207"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="308"/>
        <source>剪贴板中没有图片：请先复制行驶证、身份证或条码的照片</source>
        <translation>There is no picture on the clipboard: copy a photo of the driving licence, ID card or bar code first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="314"/>
        <source>打开图片</source>
        <translation>Open picture</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="315"/>
        <source>图片 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="333"/>
        <source>正在识别行驶证或身份证（约 1 秒）…</source>
        <translation>Reading the driving licence or ID card (about 1 second)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="334"/>
        <source>正在读取条码…</source>
        <translation>Reading the bar code…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="369"/>
        <source>已读取车架号条码：{0}</source>
        <translation>VIN bar code read: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="372"/>
        <source>图片中没有车架号条码；未安装文字识别组件，不能读取证件</source>
        <translation>No VIN bar code in the picture; the text recognition add-on is not installed, so documents cannot be read</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="375"/>
        <source>图片中没有找到车架号条码：请让条码清晰、完整地出现在图片中</source>
        <translation>No VIN bar code found in the picture: make sure the whole bar code is in the picture and sharp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="377"/>
        <source>没有读出证件内容：请拍摄完整、清晰、不反光的行驶证或身份证正面</source>
        <translation>Nothing could be read: take a complete, sharp picture of the front of the driving licence or ID card, without glare</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="381"/>
        <source>已读取{0}：请核对后再保存（不会自动保存）</source>
        <translation>Read the {0}: check the fields before saving (nothing is saved automatically)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="383"/>
        <source>橙色框的字段置信度低，请对照证件核对：{0}</source>
        <translation>Fields in orange boxes were read with low confidence; compare them with the document: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="489"/>
        <source>图片中有多个车架号条码（{0}）：请只拍一个条码</source>
        <translation>The picture holds several VIN bar codes ({0}): take a picture of one only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="512"/>
        <source>从车架号条码读取</source>
        <translation>Read from the VIN bar code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/panel.py" line="552"/>
        <source>图片未能保存：{0}</source>
        <translation>The picture could not be kept: {0}</translation>
    </message>
</context>
<context>
    <name>ScanSettingsBox</name>
    <message>
        <location filename="../../desktop/ui/scan/settings_box.py" line="28"/>
        <source>扫描（行驶证、身份证、车架号条码）</source>
        <translation>Scanning (driving licences, ID cards, VIN bar codes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/settings_box.py" line="33"/>
        <source>高拍仪保存照片的文件夹；留空则不监视</source>
        <translation>The folder the document camera saves its pictures in; leave empty to watch none</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/settings_box.py" line="34"/>
        <source>保存扫描的证件照片</source>
        <translation>Keep scanned document pictures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/settings_box.py" line="41"/>
        <source>行驶证、身份证照片含有个人信息（姓名、住址、身份证号码）。默认不保存：识别后只把您核对并保存的字段存入档案。只有门店已告知客户并同意保存时才勾选；照片只保存在本机上面的文件夹中，不会上传。</source>
        <translation>Pictures of driving licences and ID cards hold personal information (name, address, ID number). By default they are not kept: only the fields you check and save go into the records. Tick this only when the store has told its customers and they agreed; the pictures are kept only in the folder above on this computer and are never uploaded.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/settings_box.py" line="46"/>
        <source>高拍仪文件夹</source>
        <translation>Document camera folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/settings_box.py" line="48"/>
        <source>照片保存到</source>
        <translation>Keep pictures in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/settings_box.py" line="57"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/settings_box.py" line="61"/>
        <source>选择文件夹</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/settings_box.py" line="77"/>
        <source>高拍仪文件夹不存在：{0}</source>
        <translation>The document camera folder does not exist: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/settings_box.py" line="79"/>
        <source>照片保存位置不是文件夹：{0}</source>
        <translation>Where pictures are kept is not a folder: {0}</translation>
    </message>
</context>
<context>
    <name>ScanTexts</name>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="15"/>
        <source>行驶证</source>
        <translation>driving licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="16"/>
        <source>身份证</source>
        <translation>ID card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="17"/>
        <source>车架号条码</source>
        <translation>VIN bar code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="37"/>
        <source>从{0}读取（{1}），识别置信度 {2:.0%}</source>
        <translation>Read from the {0} ({1}), recognition confidence {2:.0%}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="40"/>
        <source>置信度低：请对照证件逐字核对后再保存</source>
        <translation>Low confidence: compare it character by character with the document before saving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="50"/>
        <source>{0}上的车主“{1}”与档案车主一致（O5）</source>
        <translation>The owner on the {0}, “{1}”, is the owner on file (O5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="52"/>
        <source>{0}上的车主“{1}”与档案车主“{2}”不一致（W9/O5）：车辆已过户时请更换车主，错误的车主不能留在档案上</source>
        <translation>The owner on the {0}, “{1}”, is not the owner on file, “{2}” (W9/O5): if the car changed hands, change the owner; a wrong owner is never left on the record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="56"/>
        <source>{0}上的车主“{1}”与档案车主“{2}”同音不同字（O5/C11）：如档案上的名字录错，请客服修改原客户档案，不要更换车主</source>
        <translation>The owner on the {0}, “{1}”, sounds like the owner on file, “{2}”, in other characters (O5/C11): if the name on file is misspelt, customer service corrects that customer; do not change the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="60"/>
        <source>{0}上的车架号 {1} 与当前车辆 {2} 不一致（V7）：请对照实车核对</source>
        <translation>The VIN on the {0}, {1}, is not the loaded vehicle&apos;s, {2} (V7): check it against the car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="63"/>
        <source>；只差一两位，可能是识别错误，请逐位核对</source>
        <translation>; one or two characters differ, which may be a misreading: compare every character</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="66"/>
        <source>{0}上的车牌 {1} 与档案车牌 {2} 不一致（P2）：车辆过户换牌时，在原车辆档案上更新车牌</source>
        <translation>The plate on the {0}, {1}, is not the plate on file, {2} (P2): a car re-plated after a sale gets the new plate on its own record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="70"/>
        <source>档案没有车牌；{0}上的车牌为 {1}（P1）：请补录车牌</source>
        <translation>No plate on file; the {0} shows {1} (P1): fill in the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="72"/>
        <source>读出的车架号 {0} 校验位不符（V1）：请对照{1}逐位核对</source>
        <translation>The VIN read, {0}, fails its check digit (V1): compare every character with the {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="75"/>
        <source>读出的身份证号码无效（C7）：请对照证件逐位核对</source>
        <translation>The ID number read is not valid (C7): compare every character with the card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="77"/>
        <source>身份证号码与档案车主的证件号码不一致（W9）：请核对是否为同一人</source>
        <translation>The ID number is not the owner&apos;s ID number on file (W9): check that this is the same person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="92"/>
        <source>未安装文字识别（OCR）附加组件：只能读取车架号条码，不能读取行驶证和身份证。</source>
        <translation>The text recognition (OCR) add-on is not installed: VIN bar codes are read, driving licences and ID cards are not. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="95"/>
        <source>安装方法：把 OCR 附加组件放到文件夹 {0}，然后重新启动程序。</source>
        <translation>To add it: put the OCR add-on into the folder {0}, then restart the program.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/texts.py" line="98"/>
        <source>安装方法：在程序所用的 Python 环境中运行 pip install -e &quot;.[ocr]&quot;，然后重新启动程序。</source>
        <translation>To add it: run pip install -e &quot;.[ocr]&quot; in the program&apos;s Python environment, then restart the program.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop/ui/common/search_page.py" line="95"/>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/search_page.py" line="124"/>
        <source>（仅显示前 {0} 条，请输入更多字符）</source>
        <translation> (first {0} only; type more characters)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/common/search_page.py" line="125"/>
        <source>%n 条</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="116"/>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="134"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="141"/>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="220"/>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="153"/>
        <source>设置保存在：{0}</source>
        <translation>Settings are saved in: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="154"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="99"/>
        <source>设置 · 连接</source>
        <translation>Settings · Connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="105"/>
        <source>集团接待台服务器（多门店）</source>
        <translation>The group&apos;s reception-desk server (several stores)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="106"/>
        <source>本机数据库文件（单台电脑）</source>
        <translation>A database file on this computer (one workstation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="107"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="112"/>
        <source>https://接待台服务器地址:8443</source>
        <translation>https://reception-desk-server:8443</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="115"/>
        <source>集团自签 CA 证书（.pem）；使用公共证书时留空</source>
        <translation>The group&apos;s own CA certificate (.pem); leave empty for a public certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="120"/>
        <source>本机不保存任何数据库账号或密码：登录时只需输入本人的登录名和密码。</source>
        <translation>No database account or password is kept on this computer: at login you type only your own login and password.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="126"/>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="127"/>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="226"/>
        <source>CA 证书</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="143"/>
        <source>演示数据保存在本机：{0}</source>
        <translation>The demo data is kept on this computer: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="159"/>
        <source>连接方式</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="206"/>
        <source>请填写服务器地址，如 https://desk.dealer.local:8443</source>
        <translation>Type the server&apos;s address, e.g. https://desk.dealer.local:8443</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="210"/>
        <source>CA 证书文件不存在：{0}</source>
        <translation>CA certificate file not found: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="215"/>
        <source>服务器地址应为 https://主机名:端口，不能包含用户名或密码</source>
        <translation>The server address is https://host:port, without a user name or password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="227"/>
        <source>证书 (*.pem *.crt);;* (*)</source>
        <translation>Certificates (*.pem *.crt);;* (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="238"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="245"/>
        <source>连接成功：接待台服务器已就绪（数据库版本 {0}）。</source>
        <translation>Connected: the reception-desk server is ready (database version {0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="246"/>
        <source>服务器可以连接，但其数据库需要升级：请联系 IT 运行 init-db。</source>
        <translation>The server answers, but its database needs an upgrade: ask IT to run init-db.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="248"/>
        <source>文件还不存在：首次登录时会新建一个空数据库。</source>
        <translation>The file does not exist yet: an empty database is created at the first login.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="250"/>
        <source>连接成功，但数据库是空的：请 IT 先运行 init-db 并添加门店和用户。</source>
        <translation>Connected, but the database is empty: IT must run init-db and add stores and users first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="252"/>
        <source>连接成功，但数据库版本比本程序新（{0}）：请安装新版维修接待台。</source>
        <translation>Connected, but the database is newer than this app ({0}): install the new version.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="254"/>
        <source>连接成功，但数据库需要升级，请联系 IT 运行 init-db（数据库 {0}，本程序 {1}）。</source>
        <translation>Connected, but the database needs an upgrade: ask IT to run init-db (database {0}, app {1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="257"/>
        <source>连接成功，数据库版本与本程序一致（{0}）。</source>
        <translation>Connected; the database matches this app ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="262"/>
        <source>连接失败：{0}</source>
        <translation>Connection failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="278"/>
        <source>设置无法保存：{0}</source>
        <translation>The settings could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="55"/>
        <source>车架号栏：扫描或输入车架号（W1）</source>
        <translation>VIN field: scan or type the VIN (W1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="56"/>
        <source>车牌栏：输入车牌（V7、P3）</source>
        <translation>Plate field: type the plate (V7, P3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="57"/>
        <source>车辆档案</source>
        <translation>Vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="58"/>
        <source>维护车主 / 更换车主 / 添加车主（W3、O3、W2a）</source>
        <translation>Maintain owner / Change owner / Add owner (W3, O3, W2a)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="59"/>
        <source>车牌（P1/P2）；车牌移到本车（P3）</source>
        <translation>Plate (P1/P2); move the plate to this car (P3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="60"/>
        <source>联系人（W7）</source>
        <translation>Contacts (W7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="61"/>
        <source>车主档案</source>
        <translation>Owner&apos;s record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="62"/>
        <source>添加本店维修中心（M3）</source>
        <translation>Add this store&apos;s repair center (M3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="63"/>
        <source>新增车辆档案（W4、M1）</source>
        <translation>New vehicle record (W4, M1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="64"/>
        <source>联系主数据团队：提交疑似车架号错误（V8）</source>
        <translation>Contact the master-data team: file the suspected VIN typo (V8)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="65"/>
        <source>工单类型：普通维修</source>
        <translation>Work order type: normal repair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="66"/>
        <source>工单类型：PDI（库存商品车，W6）</source>
        <translation>Work order type: PDI (stock car, W6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="67"/>
        <source>工单类型：商品车质损（库存商品车，W6）</source>
        <translation>Work order type: transport damage (stock car, W6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="69"/>
        <source>车主本人送修：填入车主姓名和电话（W8）</source>
        <translation>Owner brought the car: fill in the owner&apos;s name and phone (W8)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="70"/>
        <source>保存工单</source>
        <translation>Save work order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="71"/>
        <source>清空，接待下一辆车</source>
        <translation>Clear, next car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="73"/>
        <source>对话框的保存 / 确认（新增车辆档案：保存、完成；车牌；添加本店维修中心；合并）</source>
        <translation>A dialog&apos;s save / confirm (new vehicle: save, finish; plate; add this store&apos;s repair center; merge)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="75"/>
        <source>维护车主：到“新增车主”的第一栏</source>
        <translation>Maintain owner: to the first field of &quot;New owner&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="76"/>
        <source>新增车辆档案：添加车主 / 更换车主</source>
        <translation>New vehicle record: add owner / change owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="77"/>
        <source>维护车主、合并：到查找栏</source>
        <translation>Maintain owner, merge: to the search field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="78"/>
        <source>关闭对话框；有未保存的修改时先问“放弃修改？”</source>
        <translation>Close the dialog; with unsaved changes it asks &quot;Discard changes?&quot; first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="80"/>
        <source>客户、车辆和各后台页面（待启用、变更申请、车架号上报、特殊客户、合并、审计、用户）：到查找或筛选栏；↑↓ 选择，Enter 打开</source>
        <translation>Customers, vehicles and every back-office page (pending, change requests, VIN escalations, special customers, merges, audit, users): to the search or filter field; ↑↓ choose, Enter opens</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="81"/>
        <source>新建（客户：新建销售客户；特殊客户：新建特殊客户；合并：合并重复客户；用户：新增用户）</source>
        <translation>New (customers: new sales customer; special customers: new special customer; merges: merge duplicate customers; users: new user)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="83"/>
        <source>切换左侧的页面：接车、客户、车辆，然后是各岗位的后台页面</source>
        <translation>Switch the section on the left: intake, customers, vehicles, then the back-office pages of each role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="85"/>
        <source>退出登录 / 切换用户</source>
        <translation>Log out / Switch user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="91"/>
        <source>粘贴车架号条码或行驶证的图片（截图、复制的照片）：填入车架号、车牌并查询；高拍仪拍的照片（登录窗口“设置”→“扫描”里选的文件夹）停在接车页时自动读取</source>
        <extracomment>keys the guide lists but this module never binds: handled where they are used (desktop.ui.scan.panel reads a picture pasted with Ctrl+V; any other paste stays the field&apos;s)</extracomment>
        <translation>Paste a picture of a VIN bar code or a driving licence (a screenshot, a copied photo): fills in the VIN and the plate and looks them up; photos the document camera saves (into the folder chosen in the login window under Settings → Scanning) are read by themselves while the intake page is shown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="94"/>
        <source>维护车主：粘贴行驶证或身份证的图片；新增车辆档案：粘贴车架号条码或行驶证的图片；读到的内容填入表格，核对后再保存</source>
        <translation>Owner: paste a picture of a driving licence or an ID card; New vehicle record: paste a picture of a VIN bar code or a driving licence; what is read fills the form: check it, then save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="100"/>
        <source>接车</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="101"/>
        <source>对话框</source>
        <translation>Dialogs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="102"/>
        <source>列表</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/shortcuts.py" line="103"/>
        <source>主窗口</source>
        <translation>Main window</translation>
    </message>
</context>
<context>
    <name>SpecialCustomersPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="111"/>
        <source>特殊客户名单（C13）：名称与名单匹配的客户只能由 EAS 管理团队新建</source>
        <translation>Special customer list (C13): a customer whose name matches the list is created only by the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="70"/>
        <source>新建特殊客户…</source>
        <translation>New special customer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="74"/>
        <source>筛选名单：名称、片段或类别</source>
        <translation>Filter the list: name, fragment or category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="142"/>
        <source>所选规则</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="145"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="240"/>
        <source>请在左侧选择一条规则</source>
        <translation>Select an entry on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="151"/>
        <source>必填，如：名称有误、误伤普通客户</source>
        <translation>Required, e.g. wrong name, hits ordinary customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="153"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="177"/>
        <source>匹配方式</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="154"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="178"/>
        <source>名称或片段</source>
        <translation>Name or part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="155"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="179"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="156"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="180"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="157"/>
        <source>保存修改</source>
        <translation>Save change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="158"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="248"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="169"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="181"/>
        <source>新增规则</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="174"/>
        <source>如：财产保险股份有限公司</source>
        <translation>e.g. 财产保险股份有限公司</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="176"/>
        <source>选填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="191"/>
        <source>检查名称</source>
        <translation>Check a name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="197"/>
        <source>输入客户名称，查看是否属于特殊客户</source>
        <translation>Type a customer name to see whether it is a special customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="199"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="229"/>
        <source>显示 {0} 条，共 {1} 条（启用 {2} 条）</source>
        <translation>{0} of {1} shown ({2} enabled)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="242"/>
        <source>系统预置</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="242"/>
        <source>{0} 新增</source>
        <translation>Added by {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="243"/>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="243"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="248"/>
        <source>重新启用</source>
        <translation>Re-enable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="262"/>
        <source>修改、停用或启用规则须填写原因</source>
        <translation>Editing, disabling or enabling an entry needs a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="291"/>
        <source>规则 #{0} 已保存：{1}“{2}”</source>
        <translation>Entry #{0} saved: {1} “{2}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="299"/>
        <source>已新增规则 #{0}：{1}“{2}”</source>
        <translation>Entry #{0} added: {1} “{2}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="320"/>
        <source>不在名单中：普通客户，各岗位按权限新建</source>
        <translation>Not on the list: an ordinary customer, created by each role as its permissions allow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="322"/>
        <source>特殊客户：{0}（规则 #{1} {2}“{3}”）：只有 EAS 管理团队可以新建</source>
        <translation>Special customer: {0} (entry #{1}, {2} “{3}”): only the master-data team can create it</translation>
    </message>
</context>
<context>
    <name>SpecialPatternTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="554"/>
        <source>名称完全相同</source>
        <translation>Exact name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="555"/>
        <source>名称包含</source>
        <translation>Name contains</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="556"/>
        <source>名称开头为</source>
        <translation>Name starts with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="557"/>
        <source>名称结尾为</source>
        <translation>Name ends with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="562"/>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="563"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="569"/>
        <source>系统预置</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="575"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="576"/>
        <source>匹配方式</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="577"/>
        <source>名称或片段</source>
        <translation>Name or part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="578"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="579"/>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="580"/>
        <source>修改时间</source>
        <translation>Changed at</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="603"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="604"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="608"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="614"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="615"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="616"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="617"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="618"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="619"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="51"/>
        <source>筛选：登录名、姓名、门店或角色</source>
        <translation>Filter: login, name, store or role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="56"/>
        <source>所选用户</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="58"/>
        <source>请选择一个用户</source>
        <translation>Select a user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="69"/>
        <source>保存角色</source>
        <translation>Save roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="76"/>
        <source>新密码（至少 6 位）</source>
        <translation>New password (6+ characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="77"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="78"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="79"/>
        <location filename="../../desktop/ui/back_office/users_page.py" line="175"/>
        <source>停用账号</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="90"/>
        <source>新增用户</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="107"/>
        <source>至少 6 位</source>
        <translation>6+ characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="108"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="111"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="112"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="113"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="114"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="115"/>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="171"/>
        <source>，已锁定（连续输错密码）</source>
        <translation>, locked (too many failed logins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="175"/>
        <source>启用账号</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="194"/>
        <source>{0} 的角色已保存</source>
        <translation>Roles of {0} saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="200"/>
        <source>新密码至少 6 位</source>
        <translation>The new password needs at least 6 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="205"/>
        <source>{0} 的密码已重置</source>
        <translation>Password of {0} reset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="210"/>
        <source>{0} 已解锁</source>
        <translation>{0} unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="216"/>
        <source>{0} 已停用</source>
        <translation>{0} deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="219"/>
        <source>{0} 已启用</source>
        <translation>{0} reactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="230"/>
        <source>已新增用户 {0}</source>
        <translation>User {0} added</translation>
    </message>
</context>
<context>
    <name>VehicleCard</name>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="54"/>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="55"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="56"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="57"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="58"/>
        <source>维修中心</source>
        <translation>Repair centers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="59"/>
        <source>保险到期</source>
        <translation>Insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="69"/>
        <source>{0} 款</source>
        <translation>model year {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="71"/>
        <source>（后 6 位请对照实车核对）</source>
        <translation>(check the last 6 against the car)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="77"/>
        <source>未上牌</source>
        <translation>No plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/record_cards.py" line="80"/>
        <source>商业险 {0} · 交强险 {1}</source>
        <translation>Commercial {0} · compulsory {1}</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="62"/>
        <source>车辆档案</source>
        <translation>Vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="68"/>
        <source>基本信息</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="69"/>
        <source>客户信息</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="71"/>
        <source>生产日期</source>
        <translation>Production date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="71"/>
        <source>销售日期</source>
        <translation>Sale date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="72"/>
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="72"/>
        <source>保修卡号</source>
        <translation>Warranty card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="73"/>
        <source>销售信息</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="74"/>
        <source>售后信息</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="76"/>
        <source>商业险保险公司</source>
        <translation>Commercial insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="76"/>
        <source>商业险保单号</source>
        <translation>Commercial policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="77"/>
        <source>商业险到期日</source>
        <translation>Commercial insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="77"/>
        <source>交强险保险公司</source>
        <translation>Compulsory insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="78"/>
        <source>交强险保单号</source>
        <translation>Compulsory policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="78"/>
        <source>交强险到期日</source>
        <translation>Compulsory insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="79"/>
        <source>保险信息</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="83"/>
        <source>修改原因（纠正锁定信息、换牌时填写）</source>
        <translation>Reason (when correcting locked facts or changing the plate)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="132"/>
        <source>车辆编码</source>
        <translation>Vehicle code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="133"/>
        <source>来源</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="134"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="135"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="139"/>
        <source>发动机号</source>
        <translation>Engine no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="140"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="141"/>
        <source>内饰</source>
        <translation>Interior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="142"/>
        <source>选装</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="143"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="148"/>
        <source>车牌颜色</source>
        <translation>Plate colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="149"/>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="155"/>
        <source>车主（行驶证登记人）</source>
        <translation>Owner (holder of the driving licence)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="158"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="158"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="158"/>
        <source>类型 / 类别</source>
        <translation>Type / category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="159"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="159"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="165"/>
        <source>打开车主档案</source>
        <translation>Open owner record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="177"/>
        <source>联系人 / 主要用车人（W7）</source>
        <translation>Contacts / main user (W7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="199"/>
        <source>所属维修中心</source>
        <translation>Repair centers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="205"/>
        <source>添加本店维修中心</source>
        <translation>Attach this store&apos;s repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="206"/>
        <source>M3：添加本店维修中心（不删除其他门店的），并为车主添加本店客户渠道</source>
        <translation>M3: add this store&apos;s repair center (other stores&apos; stay) and this store&apos;s channel on the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="209"/>
        <source>移除原因（必填，记入审计）</source>
        <translation>Reason for removal (required, audited)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="213"/>
        <source>移除所选维修中心</source>
        <translation>Remove repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="215"/>
        <source>M3：只移除错误的维修中心行；其他门店的只能由主数据团队移除，至少保留一个</source>
        <translation>M3: remove only a wrong repair center; other stores&apos; are removed only by the master-data team, and one always stays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="222"/>
        <source>保修</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="224"/>
        <source>保修里程（公里）</source>
        <translation>Warranty mileage (km)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="225"/>
        <source>保修开始日期</source>
        <translation>Warranty start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="226"/>
        <source>保修结束日期</source>
        <translation>Warranty end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="252"/>
        <source>车辆档案 · {0}</source>
        <translation>Vehicle · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="265"/>
        <source>{0} 款</source>
        <translation>model year {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="297"/>
        <source>无车主：请添加车主（W3）</source>
        <translation>No owner: add the owner (W3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="369"/>
        <source>没有修改</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="337"/>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="378"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="424"/>
        <source>已移除该维修中心（已记入审计）</source>
        <translation>Repair center removed (audited)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="436"/>
        <source>已添加本店维修中心：本店现在可以看到该车及其车主</source>
        <translation>This store&apos;s repair center was added: the store now sees the vehicle and its owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="166"/>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="308"/>
        <source>维护车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="167"/>
        <source>新增车主、设为保有客户或过户更换车主（W3/O2/O3）</source>
        <translation>Add the owner, set it retained, or change it after a sale (W3/O2/O3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="173"/>
        <source>车主是行驶证登记人（O5）；只有已启用的保有客户才能关联为车主（O6）。车主名字录错请客服修改原客户档案（C11），不要更换车主。</source>
        <translation>The owner is the licence holder (O5); only an enabled, retained customer can be linked (O6). A misspelt owner name is corrected by customer service on the record (C11), not by changing the owner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="182"/>
        <source>维护联系人…</source>
        <translation>Contacts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="299"/>
        <source>添加车主</source>
        <translation>Add owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="308"/>
        <source>更换车主</source>
        <translation>Change owner</translation>
    </message>
</context>
<context>
    <name>VehicleList</name>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_list.py" line="23"/>
        <source>车架号、车牌、车型或车主片段</source>
        <translation>Part of VIN, plate, model or owner</translation>
    </message>
</context>
<context>
    <name>VehicleScan</name>
    <message>
        <location filename="../../desktop/ui/scan/vehicle_scan.py" line="29"/>
        <source>把车架号条码或行驶证照片粘贴到这里（Ctrl+V）或拖入，或点“打开图片…”：自动填写车型和车架号</source>
        <translation>Paste (Ctrl+V) or drop a photo of the VIN bar code or the driving licence here, or click “Open picture…”: the model and VIN are filled in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/vehicle_scan.py" line="56"/>
        <source>改用 {0}</source>
        <translation>Use {0}</translation>
    </message>
</context>
<context>
    <name>VehicleTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="177"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="178"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="179"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="180"/>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="181"/>
        <source>车辆编码</source>
        <translation>Vehicle code</translation>
    </message>
</context>
<context>
    <name>VinEscalationPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="60"/>
        <source>顾问提交的疑似录错车架号：核对实车后答复同一辆车或不同车辆（V8/N1）</source>
        <translation>Suspected VIN typos filed by the advisors: check the real car, then answer same car or different car (V8/N1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="38"/>
        <source>已录入的孪生车辆车架号（合并时填写）</source>
        <translation>VIN of the twin on file (to merge it)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="42"/>
        <source>处理说明（必填）</source>
        <translation>Note (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="44"/>
        <source>同一辆车</source>
        <translation>Same car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="46"/>
        <source>不同车辆</source>
        <translation>Different car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="48"/>
        <source>合并孪生车辆</source>
        <translation>Merge twin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="50"/>
        <source>档案车架号</source>
        <translation>VIN on file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="52"/>
        <source>孪生车架号</source>
        <translation>Twin VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="55"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="86"/>
        <source>已处理</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="122"/>
        <source>已将 {0} 合并到 {1}</source>
        <translation>Merged {0} into {1}</translation>
    </message>
</context>
<context>
    <name>WorkOrderForm</name>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="51"/>
        <source>开工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="77"/>
        <source>结算方</source>
        <translation>Settled by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="82"/>
        <source>实际送修人，每次重新填写</source>
        <translation>Who brought the car, entered every time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="86"/>
        <source>送修人本人的有效电话</source>
        <translation>The deliverer&apos;s own valid phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="88"/>
        <source>车主本人送修</source>
        <translation>Owner brought it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="89"/>
        <source>车主本人送修时，填入车主姓名和电话（W8：请核对）</source>
        <translation>When the owner brought the car: fill in the owner&apos;s name and phone (W8: check them)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="93"/>
        <source>公里</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="103"/>
        <source>客户描述的故障或需求</source>
        <translation>The fault or request in the customer&apos;s words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="109"/>
        <source>保存工单</source>
        <translation>Save work order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="114"/>
        <source>工单类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="116"/>
        <source>送修人</source>
        <translation>Deliverer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="118"/>
        <source>送修人电话</source>
        <translation>Deliverer&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="97"/>
        <source>进厂里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="121"/>
        <source>故障描述</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="149"/>
        <source>PDI / 商品车质损只用于库存商品车：请先查询车架号</source>
        <translation>PDI / transport damage are for stock cars only: look up the VIN first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="151"/>
        <source>不是库存商品车（W6）：{0}</source>
        <translation>Not a stock car (W6): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="170"/>
        <source>PDI / 商品车质损只用于库存商品车（W6）</source>
        <translation>PDI / transport damage only for a stock car (W6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="216"/>
        <source>当前角色不能开工单</source>
        <translation>Your role cannot open work orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="218"/>
        <source>先查询车架号：车辆和车主都带出后才能开工单（W5）</source>
        <translation>Look up the VIN first: a work order needs both vehicle and owner loaded (W5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="220"/>
        <source>车牌登记在另一辆车上：先把车牌移到本车（P3），再开工单</source>
        <translation>The plate is on another vehicle: move it to this car first (P3), then open the work order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="222"/>
        <source>经车牌带出：核对车架号后 6 位后才能开工单（V7）</source>
        <translation>Loaded by its plate: check the last 6 characters of the VIN before the work order (V7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="224"/>
        <source>PDI / 商品车质损工单也须先带出本店可见的库存商品车（W6）</source>
        <translation>PDI / transport-damage work orders also need a stock car of this store loaded first (W6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="226"/>
        <source>车辆和车主都带出后才能开工单（W5）；本车是库存商品车，PDI 或商品车质损可无车主（W6）</source>
        <translation>A work order needs vehicle and owner loaded (W5); this is a stock car: PDI or transport damage may go on without an owner (W6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="228"/>
        <source>车辆和车主都带出后才能开工单（W5）</source>
        <translation>A work order needs vehicle and owner loaded (W5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="270"/>
        <source>已开工单 {0}（{1}）</source>
        <translation>Work order {0} opened ({1})</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../desktop/ui/common/worker.py" line="96"/>
        <source>程序内部错误，已写入日志：{0}</source>
        <extracomment>the exception the service raised, for a dialog that handles an expected refusal by its class</extracomment>
        <translation>Internal error, written to the log: {0}</translation>
    </message>
</context>
<context>
    <name>backend</name>
    <message>
        <location filename="../../desktop/backend.py" line="46"/>
        <source>无法连接接待台服务器，请检查网络或联系 IT</source>
        <extracomment>how long the workstation waits for one answer (a lookup takes milliseconds; a merge a second) logout when the window closes: the server forgets an idle session anyway</extracomment>
        <translation>Cannot reach the reception-desk server; check the network or ask IT</translation>
    </message>
    <message>
        <location filename="../../desktop/backend.py" line="54"/>
        <source>接待台服务器已升级，请更新本机的维修接待台后再登录</source>
        <translation>The reception-desk server was upgraded; update this workstation&apos;s app and log in again</translation>
    </message>
    <message>
        <location filename="../../desktop/backend.py" line="59"/>
        <source>接待台服务器的回答无法识别，已写入日志，请联系 IT</source>
        <translation>The reception-desk server&apos;s answer was not understood; it was logged. Ask IT</translation>
    </message>
</context>
<context>
    <name>rules.identity</name>
    <message>
        <location filename="../../desktop/rules/identity.py" line="42"/>
        <source>空</source>
        <extracomment>what a message shows for an empty value</extracomment>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="101"/>
        <source>客户类型须为“个人客户”或“公司客户”（公司、事业单位、政府机关均为公司客户）</source>
        <extracomment>C7: a person carries a personal document, a company its business licence. GB 11643 province-level codes accepted (meta.rules.resident_id); 71 Taiwan, 81/82/83 HK/Macau/Taiwan permits. GB 32100 alphabet: digits and upper-case letters without I, O, S, V, Z. 8-digit lifetime number (since 2008-09-25); older permits: lifetime number + 2-digit issue count, optionally followed by the issuing office code in brackets, e.g. 1234567801(B).</extracomment>
        <translation>Customer type must be individual or company (companies, public institutions and government bodies are companies)</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="117"/>
        <source>证件类型须为：居民身份证、营业执照（统一社会信用代码）、港澳居民来往内地通行证、台湾居民来往大陆通行证、港澳台居民居住证或护照</source>
        <translation>ID type must be one of: resident ID card, business licence (USCC), HK/Macau permit, Taiwan permit, HK/Macau/Taiwan residence permit, passport</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="128"/>
        <source>公司客户的证件类型须为营业执照（统一社会信用代码）</source>
        <translation>A company customer&apos;s ID type must be the business licence (unified social credit code)</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="133"/>
        <source>个人客户不能使用营业执照；请选择居民身份证等个人证件</source>
        <translation>An individual cannot use a business licence; choose the resident ID card or another personal document</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="151"/>
        <source>{label}号码不能含空格、符号、全角或小写字符</source>
        <translation>The {label} number must not contain spaces, symbols, full-width or lower-case characters</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="171"/>
        <source>请填写{label}号码</source>
        <translation>Enter the {label} number</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="176"/>
        <source>{label}号码须为18位（17位数字 + 数字或 X）；当前 {n} 位</source>
        <translation>{label} number must have 18 characters (17 digits + a digit or X); got {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="181"/>
        <source>{label}号码前17位须为数字，最后一位为数字或 X</source>
        <translation>{label} number: the first 17 characters must be digits, the last a digit or X</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="187"/>
        <source>{label}号码须以 810000（香港）、820000（澳门）或 830000（台湾）开头</source>
        <translation>{label} number must start with 810000 (Hong Kong), 820000 (Macau) or 830000 (Taiwan)</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="192"/>
        <source>{label}号码前两位 {digits} 不是有效的省级行政区代码</source>
        <translation>{label} number: the first two digits {digits} are not a province-level region code</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="198"/>
        <source>{label}号码第7-14位的出生日期 {date} 不是真实日期</source>
        <translation>{label} number: birth date {date} (characters 7-14) is not a real date</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="204"/>
        <source>{label}号码的出生年份 {year} 早于 {min_birth_year} 年</source>
        <translation>{label} number: birth year {year} is before {min_birth_year}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="209"/>
        <source>{label}号码的出生日期 {date} 晚于今天</source>
        <translation>{label} number: birth date {date} is in the future</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="215"/>
        <source>{label}号码校验位不符（最后一位应为 {expected}）；请逐位核对证件</source>
        <translation>{label} number check character does not match (last character should be {expected}); compare every digit with the document</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="230"/>
        <source>居民身份证</source>
        <translation>Resident ID</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="237"/>
        <source>港澳台居民居住证</source>
        <translation>HK/Macau/Taiwan residence permit</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="246"/>
        <source>请填写统一社会信用代码</source>
        <translation>Enter the unified social credit code</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="249"/>
        <source>统一社会信用代码须为18位；当前 {n} 位</source>
        <translation>Unified social credit code must have 18 characters; got {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="255"/>
        <source>统一社会信用代码只能含数字和大写字母（不含 I、O、S、V、Z）；发现：{found}</source>
        <translation>Unified social credit code may contain only digits and capital letters except I, O, S, V, Z; found: {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="261"/>
        <source>统一社会信用代码第1位（登记管理部门）须为 1-9、A、N 或 Y；当前为 {got}</source>
        <translation>Unified social credit code position 1 (registration authority) must be 1-9, A, N or Y; got {got}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="265"/>
        <source>统一社会信用代码第3-8位（登记管理机关行政区划码）须为数字</source>
        <translation>Unified social credit code positions 3-8 (region code) must be digits</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="271"/>
        <source>统一社会信用代码校验位不符（第18位应为 {expected}）；请逐位核对营业执照</source>
        <translation>Unified social credit code check character does not match (position 18 should be {expected}); compare every character with the business licence</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="275"/>
        <source>统一社会信用代码不能含空格、符号、全角或小写字符</source>
        <translation>The unified social credit code must not contain spaces, symbols, full-width or lower-case characters</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="284"/>
        <source>港澳居民来往内地通行证号码须为 H 或 M 加 8 位或 10 位数字；当前为 {got}</source>
        <translation>HK/Macau permit number must be H or M followed by 8 or 10 digits; got {got}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="287"/>
        <source>港澳居民来往内地通行证</source>
        <translation>HK/Macau permit</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="295"/>
        <source>台湾居民来往大陆通行证号码须为 8 位数字（旧证为 10 位）；当前为 {got}</source>
        <translation>Taiwan permit number must have 8 digits (older permits 10); got {got}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="298"/>
        <source>台湾居民来往大陆通行证</source>
        <translation>Taiwan permit</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="306"/>
        <source>护照号码须为 5-20 位字母或数字；当前为 {got}</source>
        <translation>Passport number must be 5-20 letters or digits; got {got}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="309"/>
        <source>护照</source>
        <translation>passport</translation>
    </message>
</context>
<context>
    <name>rules.identity.types</name>
    <message>
        <location filename="../../desktop/rules/identity.py" line="46"/>
        <source>个人客户</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="47"/>
        <source>公司客户</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="54"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="55"/>
        <source>营业执照（统一社会信用代码）</source>
        <translation>Business licence (unified social credit code)</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="56"/>
        <source>港澳居民来往内地通行证</source>
        <translation>Mainland travel permit for HK/Macau residents</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="57"/>
        <source>台湾居民来往大陆通行证</source>
        <translation>Mainland travel permit for Taiwan residents</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="58"/>
        <source>港澳台居民居住证</source>
        <translation>Residence permit for HK/Macau/Taiwan residents</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/identity.py" line="59"/>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
</context>
<context>
    <name>rules.messages</name>
    <message>
        <location filename="../../desktop/rules/messages.py" line="81"/>
        <source>、</source>
        <extracomment>``translate(context, source) -&gt; text``, the signature of ``QCoreApplication.translate`` what joins the items of a list parameter</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>rules.names</name>
    <message>
        <location filename="../../desktop/rules/names.py" line="105"/>
        <source>姓名</source>
        <extracomment>dot characters typed instead of &apos;·&apos; (after NFKC &apos;．&apos; is &apos;.&apos;, &apos;･&apos; is &apos;・&apos;)</extracomment>
        <translation>The name</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/names.py" line="108"/>
        <source>请填写客户姓名</source>
        <translation>Enter the customer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/names.py" line="112"/>
        <source>姓名不能含数字；身份证后6位只能整体加在姓名末尾（如 汪国进149918）</source>
        <translation>A name must not contain digits; the last 6 characters of the ID may only follow the name (e.g. 汪国进149918)</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/names.py" line="117"/>
        <source>姓名须与行驶证一致，不能含符号或空格（少数民族姓名可用“·”，外文姓名单词间可留一个空格）</source>
        <translation>The name must match the driving licence, with no symbols or spaces (minority names may use &apos;·&apos;, foreign names one space between words)</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/names.py" line="122"/>
        <source>姓名须为 {min}-{max} 个字；当前 {n} 个</source>
        <translation>A name must have {min}-{max} characters; got {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/names.py" line="127"/>
        <source>姓名不能有多余的空格、符号或全角字符</source>
        <translation>The name must not contain extra spaces, symbols or full-width characters</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/names.py" line="202"/>
        <source>公司名称</source>
        <translation>The company name</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/names.py" line="205"/>
        <source>请填写公司名称</source>
        <translation>Enter the company name</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/names.py" line="212"/>
        <source>公司名称须与营业执照完全一致，只能用中文括号（），不能含其他符号；发现：{found}</source>
        <translation>The company name must match the business licence exactly, with only full-width brackets （） and no other symbols; found: {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/names.py" line="216"/>
        <source>公司名称不加证件号后缀</source>
        <translation>A company name carries no ID-number suffix</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/names.py" line="219"/>
        <source>公司名称须为 {min}-{max} 个字；当前 {n} 个</source>
        <translation>A company name must have {min}-{max} characters; got {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/names.py" line="224"/>
        <source>公司名称不能有多余的空格，括号须为中文括号（）</source>
        <translation>The company name must not contain extra spaces, and brackets must be full-width （）</translation>
    </message>
</context>
<context>
    <name>rules.phone</name>
    <message>
        <location filename="../../desktop/rules/phone.py" line="113"/>
        <source>电话</source>
        <extracomment>Numbers printed as examples (in manuals, forms and operator documentation) and typed when the customer&apos;s real number is unknown. Extend this list, never the patterns, when another one turns up in the data.</extracomment>
        <translation>The phone</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/phone.py" line="116"/>
        <location filename="../../desktop/rules/phone.py" line="162"/>
        <source>请填写主要电话</source>
        <translation>Enter the main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/phone.py" line="119"/>
        <source>电话只能填数字，不能含字母或文字（分机号不填入主要电话）</source>
        <translation>Phone must contain digits only, no letters or words (no extensions in the main phone)</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/phone.py" line="128"/>
        <source>电话 {digits} 疑似编造（连续、重复数字或示例号码）；请填写本人的真实电话</source>
        <translation>Phone {digits} looks made up (consecutive or repeated digits, or a sample number); enter the person&apos;s real phone</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/phone.py" line="133"/>
        <source>电话只能填数字，不能有空格、符号、+86 或全角数字</source>
        <translation>Phone must be digits only: no spaces, symbols, +86 or full-width digits</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/phone.py" line="143"/>
        <source>手机号须为11位数字；当前 {n} 位</source>
        <translation>A mobile number must have exactly 11 digits; got {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/phone.py" line="148"/>
        <source>手机号须以 13-19 开头；当前为 {digits}</source>
        <translation>A mobile number must start with 13 to 19; got {digits}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/phone.py" line="153"/>
        <source>400/800 等服务号码不能作为客户主要电话</source>
        <translation>Service numbers such as 400/800 cannot be a customer&apos;s main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/phone.py" line="158"/>
        <source>固定电话须为区号 + 号码（如 075586001234 或 01088886666），本地号码以 2-8 开头，共 7-8 位</source>
        <translation>A landline must be area code + number (e.g. 075586001234 or 01088886666); the local number starts with 2-8 and has 7-8 digits</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/phone.py" line="164"/>
        <source>电话须为11位手机号，或带区号的固定电话（如 075586001234）</source>
        <translation>Phone must be an 11-digit mobile number or a landline with its area code (e.g. 075586001234)</translation>
    </message>
</context>
<context>
    <name>rules.plate</name>
    <message>
        <location filename="../../desktop/rules/plate.py" line="89"/>
        <source>请填写车牌号</source>
        <translation>Enter the plate number</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="91"/>
        <source>武警、军队号牌不能登记为客户车辆号牌</source>
        <translation>Armed-police and military plates cannot be recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="94"/>
        <source>临时号牌、试验号牌不能作为车牌号登记；请在挂正式号牌后填写</source>
        <translation>Temporary and test plates cannot be recorded; enter the plate once the car is registered</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="99"/>
        <source>车牌号须以省份简称开头（如 粤B12345）；当前为 {got}</source>
        <translation>A plate must start with a province abbreviation (e.g. 粤B12345); got {got}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="104"/>
        <source>车牌号不使用字母 I 和 O（请改为数字 1 或 0）</source>
        <translation>Plates do not use the letters I and O (use the digits 1 or 0)</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="109"/>
        <source>车牌号格式不符：应为省份简称 + 发牌机关字母 + 5 位（新能源 6 位）号码，如 粤B12345、粤BD12345；当前为 {plate}</source>
        <translation>Plate format not recognised: province + authority letter + 5 characters (6 for new-energy), e.g. 粤B12345 or 粤BD12345; got {plate}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="114"/>
        <source>车牌号不能含空格、分隔符（· -）、小写或全角字符</source>
        <translation>Plate must not contain spaces, separators (· -), lower-case or full-width characters</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="144"/>
        <source>车牌颜色须为：蓝、黄、绿、黄绿、白、黑</source>
        <translation>Plate colour must be one of: blue, yellow, green, yellow-green, white, black</translation>
    </message>
</context>
<context>
    <name>rules.plate.colors</name>
    <message>
        <location filename="../../desktop/rules/plate.py" line="49"/>
        <source>蓝</source>
        <extracomment>province-level abbreviations used as the first character of civilian plates</extracomment>
        <translation>Blue</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="50"/>
        <source>黄</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="51"/>
        <source>绿</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="52"/>
        <source>黄绿</source>
        <translation>Yellow-green</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="53"/>
        <source>白</source>
        <translation>White</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/plate.py" line="54"/>
        <source>黑</source>
        <translation>Black</translation>
    </message>
</context>
<context>
    <name>rules.special_names</name>
    <message>
        <location filename="../../desktop/rules/special_names.py" line="37"/>
        <source>名称完全相同</source>
        <extracomment>how a pattern is compared with a name key</extracomment>
        <translation>exact name</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/special_names.py" line="38"/>
        <source>名称包含</source>
        <translation>name contains</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/special_names.py" line="39"/>
        <source>名称开头为</source>
        <translation>name starts with</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/special_names.py" line="40"/>
        <source>名称结尾为</source>
        <translation>name ends with</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/special_names.py" line="113"/>
        <source>匹配方式须为：完全相同、包含、开头为或结尾为</source>
        <extracomment>legal-form words that say nothing about which company it is (longest first)</extracomment>
        <translation>Match must be: exact name, contains, starts with or ends with</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/special_names.py" line="114"/>
        <source>名称规则</source>
        <translation>The name pattern</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/special_names.py" line="120"/>
        <source>名称规则须含文字或数字</source>
        <translation>The name pattern must contain letters or digits</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/special_names.py" line="123"/>
        <source>“{pattern}”太笼统，会把普通客户也当作特殊客户：片段至少 {min_fragment} 个字，且不能只有“有限公司”等组织形式</source>
        <translation>“{pattern}” is too general and would make ordinary customers special: a fragment needs at least {min_fragment} characters, and more than legal-form words such as 有限公司</translation>
    </message>
</context>
<context>
    <name>rules.text</name>
    <message>
        <location filename="../../desktop/rules/text.py" line="134"/>
        <source>{label}必填</source>
        <extracomment>zero-width space / non-joiner / joiner, word joiner, BOM, soft hyphen characters that make a spreadsheet read a cell as a formula (ASCII and full-width / small forms) characters that break a line (or a cell): refused in one-line fields</extracomment>
        <translation>{label} is required</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/text.py" line="142"/>
        <source>{label}最多 {max_len} 个字符</source>
        <translation>{label}: at most {max_len} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/text.py" line="145"/>
        <source>{label}不能以 = + - @ 开头</source>
        <translation>{label} must not start with = + - @</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/text.py" line="160"/>
        <source>{label}只能填一行，不能含换行或制表符</source>
        <translation>{label} must be one line, without line breaks or tabs</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/text.py" line="164"/>
        <source>{label}含有不可见的控制字符，请删除后重新输入</source>
        <translation>{label} contains an invisible control character; remove it and type again</translation>
    </message>
</context>
<context>
    <name>rules.vin</name>
    <message>
        <location filename="../../desktop/rules/vin.py" line="96"/>
        <source>{letter} 读作 {digit}（第{position}位）</source>
        <translation>{letter} as {digit} (position {position})</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="98"/>
        <source>{letter} 读作 {digit}（第{positions}位）</source>
        <translation>{letter} as {digit} (positions {positions})</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="101"/>
        <source>已将 {readings}：车架号不含字母 I、O、Q，请对照行驶证核实</source>
        <translation>Read {readings}: a VIN never contains the letters I, O or Q; check it against the registration certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="102"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="109"/>
        <location filename="../../desktop/rules/vin.py" line="151"/>
        <source>车架号(VIN)须为17位，不含 I、O、Q；当前 {n} 位</source>
        <translation>VIN must be 17 characters without I, O or Q; got {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="137"/>
        <source>请填写车架号(VIN)</source>
        <translation>Enter the VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="142"/>
        <source>车架号(VIN)只能包含数字和字母（不含 I、O、Q），不能有符号；发现：{found}</source>
        <translation>VIN may contain only digits and letters (no I, O, Q) and no symbols; found: {found}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="147"/>
        <source>车架号(VIN)不能含字母 I、O、Q（发现 {found}）；请对照行驶证核实，常为数字 1 或 0</source>
        <translation>VIN must not contain the letters I, O or Q (found {found}); check the registration certificate: usually the digit 1 or 0 is meant</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="158"/>
        <source>车架号(VIN)第9位是校验位，须为数字或 X；当前为 {got}</source>
        <translation>VIN position 9 is the check digit and must be a digit or X; got {got}</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="162"/>
        <source>车架号(VIN)校验位（第9位）不符：应为 {expected}，当前为 {got}；请逐位核对行驶证</source>
        <translation>VIN check digit (position 9) does not match: expected {expected}, got {got}; compare every character with the registration certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="167"/>
        <source>车架号(VIN)须为大写字母和数字，不含空格、符号或全角字符</source>
        <translation>VIN must be upper-case letters and digits without spaces, symbols or full-width characters</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="280"/>
        <source>扫描内容含有多个不同的车架号(VIN)：{vins}；请只扫描一个条码，或手工输入</source>
        <extracomment>GB/T 18410 (VIN bar codes): the Code 39 symbol carries an &quot;I&quot; before the 17 characters. A VIN never holds an I, so &quot;I&quot; + 17 characters is unambiguous. ISO/IEC 15424 symbology identifier a scanner may send first: &quot;]&quot; + code letter + modifier (]A0 Code 39, ]C0 / ]C1 Code 128, ]d1 / ]d2 Data Matrix, ]Q1 QR, ]L2 PDF417, ...) control characters (CR, LF, TAB, STX, ETX, EOT, GS, RS, ...) frame a scan: they separate, never join full-width ASCII to ASCII and a-z to A-Z, nothing else: a payload read as ISO 8859-1 (GBK mojibake) keeps its Latin-1 letters, which NFKC or str.upper() would turn into ASCII ones (º -&gt; o, ß -&gt; SS) glued onto a VIN</extracomment>
        <translation>The scanned text holds more than one VIN: {vins}; scan one bar code only, or type it</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="290"/>
        <source>请扫描或输入车架号(VIN)</source>
        <translation>Scan or type the VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/rules/vin.py" line="319"/>
        <source>扫描内容中没有有效的车架号(VIN)：车架号为17位字母和数字（不含 I、O、Q），第9位校验位须相符；请重新扫描或手工输入</source>
        <translation>No valid VIN in the scanned text: a VIN has 17 letters and digits (no I, O or Q) and a matching check digit in position 9; scan again or type it</translation>
    </message>
</context>
<context>
    <name>server.app</name>
    <message>
        <location filename="../../desktop/server/app.py" line="119"/>
        <source>接待台服务器已升级，请更新本机的维修接待台后再登录</source>
        <translation>The reception-desk server was upgraded; update this workstation&apos;s app and log in again</translation>
    </message>
    <message>
        <location filename="../../desktop/server/app.py" line="149"/>
        <source>没有这个接口</source>
        <translation>No such endpoint</translation>
    </message>
    <message>
        <location filename="../../desktop/server/app.py" line="151"/>
        <source>该接口只接受 POST</source>
        <translation>This endpoint takes POST only</translation>
    </message>
    <message>
        <location filename="../../desktop/server/app.py" line="153"/>
        <source>请求无效</source>
        <translation>Bad request</translation>
    </message>
    <message>
        <location filename="../../desktop/server/app.py" line="219"/>
        <source>请求编号无效（最多 64 个可见字符）</source>
        <translation>Idempotency-Key is not valid (at most 64 printable characters)</translation>
    </message>
</context>
<context>
    <name>services.api</name>
    <message>
        <location filename="../../desktop/server/app.py" line="167"/>
        <location filename="../../desktop/services/api.py" line="177"/>
        <source>参数 {where} 不正确：{problem}</source>
        <translation>Argument {where} is not valid: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/api.py" line="104"/>
        <source>参数 {key} 不允许</source>
        <extracomment>the HTTP API&apos;s version: a client older than MIN_CLIENT_API is told to update (426)</extracomment>
        <translation>Argument {key} is not allowed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/api.py" line="170"/>
        <source>请求内容必须是 JSON 对象</source>
        <translation>The request body must be a JSON object</translation>
    </message>
    <message>
        <location filename="../../desktop/services/api.py" line="207"/>
        <source>参数 {field} 含有无效字符</source>
        <translation>Argument {field} holds an invalid character</translation>
    </message>
</context>
<context>
    <name>services.audit</name>
    <message>
        <location filename="../../desktop/services/audit.py" line="105"/>
        <source>对象</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="106"/>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/services/audit.py" line="107"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>services.auth</name>
    <message>
        <location filename="../../desktop/services/auth.py" line="20"/>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="21"/>
        <source>销售顾问</source>
        <translation>Sales advisor</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="22"/>
        <source>财务</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="23"/>
        <source>客服</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="24"/>
        <source>EAS 管理团队</source>
        <translation>Master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="29"/>
        <source>开工单</source>
        <translation>create work orders</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="30"/>
        <source>手工新建车辆档案</source>
        <translation>create vehicles by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="31"/>
        <source>维护车辆可变信息（车牌、保险、维修中心）</source>
        <translation>edit a vehicle&apos;s changeable facts</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="32"/>
        <source>变更车主</source>
        <translation>change the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="33"/>
        <source>修改锁定的车辆信息</source>
        <translation>correct locked vehicle fields</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="34"/>
        <source>登记非标准车架号</source>
        <translation>store a non-standard VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="35"/>
        <source>合并孪生车辆（疑似录错的车架号）</source>
        <translation>merge a twin vehicle into the correct one</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="36"/>
        <source>移除任一门店的维修中心</source>
        <translation>remove any store&apos;s repair center from a vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="37"/>
        <source>新建售后客户</source>
        <translation>create after-sales customers</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="38"/>
        <source>新建销售客户</source>
        <translation>create sales customers</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="39"/>
        <source>新建特殊客户</source>
        <translation>create special customers</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="40"/>
        <source>维护客户非核心资料</source>
        <translation>edit non-core customer data</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="41"/>
        <source>申请修改核心资料</source>
        <translation>request core-data changes</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="42"/>
        <source>修改核心资料</source>
        <translation>modify core data</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="43"/>
        <source>启用/停用销售客户</source>
        <translation>enable/disable sales customers</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="44"/>
        <source>启用/停用售后客户</source>
        <translation>enable/disable after-sales customers</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="45"/>
        <source>合并重复客户</source>
        <translation>merge duplicate customers</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="46"/>
        <source>查看审计记录</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="47"/>
        <source>维护其他门店的客户和车辆（集团范围）</source>
        <translation>change other stores&apos; customers and vehicles (group-wide)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="48"/>
        <source>管理用户</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="83"/>
        <source>无权限：{permission}</source>
        <translation>Not permitted: {permission}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="85"/>
        <source>无权限：{permission}（{roles}）</source>
        <translation>Not permitted: {permission} ({roles})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="186"/>
        <location filename="../../desktop/services/auth.py" line="190"/>
        <source>用户 {login} 不存在</source>
        <extracomment>where the request came from, as the reception-desk server saw it (audited); None in-process</extracomment>
        <translation>No user {login}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="200"/>
        <location filename="../../desktop/services/auth.py" line="206"/>
        <location filename="../../desktop/services/auth.py" line="231"/>
        <source>用户名或密码错误</source>
        <translation>Wrong login or password</translation>
    </message>
    <message>
        <location filename="../../desktop/services/auth.py" line="211"/>
        <source>连续输错密码，账号已锁定，请 {minutes} 分钟后再试或联系管理员</source>
        <translation>Too many failed attempts: the account is locked, try again in {minutes} min or ask an admin</translation>
    </message>
</context>
<context>
    <name>services.change_requests</name>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="32"/>
        <source>客户类型</source>
        <translation>customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="33"/>
        <source>名称</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="34"/>
        <source>主要电话</source>
        <translation>main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="35"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="36"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="101"/>
        <source>不是核心资料字段：{unknown}</source>
        <translation>Not a core-data field: {unknown}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="104"/>
        <source>申请修改核心资料须填写原因（如：按行驶证更正姓名）</source>
        <translation>A reason is required for a core-data change request (e.g. name corrected as on the licence)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="112"/>
        <source>该客户已合并到其他客户：请对合并后的客户提出申请</source>
        <translation>This customer was merged into another: file the request on the surviving customer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="128"/>
        <source>申请的值与现有资料相同：没有要修改的内容</source>
        <translation>The requested values equal the current data: nothing to change</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="141"/>
        <source>该客户已有待处理的修改申请（#{number}），请等待处理</source>
        <translation>This customer has an open change request (#{number}) already: wait for it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="194"/>
        <source>修改申请 #{change_request_id} 不存在</source>
        <translation>No change request #{change_request_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="199"/>
        <source>修改申请 #{change_request_id} 已处理（{status}）</source>
        <translation>Change request #{change_request_id} is closed ({status})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/change_requests.py" line="233"/>
        <source>驳回申请须填写说明</source>
        <translation>A note is required to reject a request</translation>
    </message>
</context>
<context>
    <name>services.customers</name>
    <message>
        <location filename="../../desktop/services/customers.py" line="40"/>
        <source>集团内部公司</source>
        <translation>Group-internal company</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="41"/>
        <source>二手车平台</source>
        <translation>Used-car platform</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="42"/>
        <source>主机厂</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="43"/>
        <source>保险公司</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="44"/>
        <source>配件供应商</source>
        <translation>Parts supplier</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="64"/>
        <source>客户已存在（{codes}）：请使用已有客户，不得重复新建</source>
        <translation>The customer exists already ({codes}): use the existing customer, do not create another</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="69"/>
        <source>发现疑似重复客户（{codes}）：请选用已有客户，或确认不是同一客户并填写原因</source>
        <translation>Possible duplicates found ({codes}): use one, or confirm it is a different customer and give a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="115"/>
        <source>客户 {code} 属于其他门店，本店只能查看：请先在车辆档案添加本店渠道（M3）</source>
        <translation>Customer {code} belongs to another store and is read-only here: attach this store first (M3)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="139"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="152"/>
        <source>客户 {code} 不存在</source>
        <translation>No customer {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="190"/>
        <source>客户类型须为个人或公司（单位、机关均为公司客户）</source>
        <translation>Customer type must be individual or company (every organisation is a company)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="199"/>
        <source>客户类型</source>
        <extracomment>Core fields as named in messages and in the audit of a disable (C12).</extracomment>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="200"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="201"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="202"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="203"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="210"/>
        <source>客户名称必填</source>
        <translation>Customer name is required</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="218"/>
        <source>主电话必填：手机 11 位，座机带区号</source>
        <translation>Main phone is required: 11-digit mobile or landline with area code</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="239"/>
        <source>证件号码必填：个人填居民身份证，公司填统一社会信用代码（营业执照）</source>
        <translation>ID number is required: resident ID for a person, unified social credit code for a company</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="255"/>
        <source>业务类型须为销售或售后</source>
        <translation>Business must be sales or after-sales</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="293"/>
        <source>特殊客户类别无效</source>
        <translation>Unknown special-customer kind</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="349"/>
        <source>确认不是同一客户时须填写原因</source>
        <translation>Give a reason when confirming it is a different customer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="388"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="389"/>
        <source>联系人</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="390"/>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="391"/>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="412"/>
        <source>该字段不可在此修改：{key}</source>
        <translation>This field cannot be changed here: {key}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="426"/>
        <source>电子邮箱格式不正确（如 name@example.com）</source>
        <translation>The email address is not valid (e.g. name@example.com)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="430"/>
        <source>电子邮箱最多 {limit} 个字符</source>
        <translation>Email: at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="446"/>
        <source>生日须为日期（YYYY-MM-DD）</source>
        <translation>Birthday must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="456"/>
        <source>联系人电话：{reason}</source>
        <translation>Contact phone: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="464"/>
        <source>该字段不可在此修改：{unknown}</source>
        <translation>This field cannot be changed here: {unknown}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="487"/>
        <source>核心资料请通过“修改核心资料”修改（需填写原因）</source>
        <translation>Change core data through &apos;Modify core data&apos; (with a reason)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="548"/>
        <source>不是核心资料字段：{unknown}</source>
        <translation>Not a core-data field: {unknown}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="580"/>
        <source>修改核心资料须填写原因</source>
        <translation>A reason is required to change core data</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="627"/>
        <source>{label}：{reason}</source>
        <translation>{label}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="632"/>
        <source>；</source>
        <extracomment>what separates the problems of one record in a message</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="651"/>
        <source>客户类型无效</source>
        <translation>Unknown customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="661"/>
        <source>销售客户须有有效证件（个人：居民身份证；公司：营业执照）才能启用</source>
        <translation>A sales customer is enabled only with a valid ID (resident ID card; business licence)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="663"/>
        <source>客户资料不合规，不能启用</source>
        <translation>The customer&apos;s data is not compliant and cannot be enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="664"/>
        <source>{head}：{problems}。请先修改核心资料</source>
        <translation>{head}: {problems}. Correct the core data first</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="704"/>
        <source>该客户已合并到其他客户，不能启用</source>
        <translation>This customer was merged into another and cannot be enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="724"/>
        <source>该售后客户没有证件：核实原件、确认客户确实无法提供证件后，勾选“无证件启用”并填写原因</source>
        <translation>This after-sales customer has no ID: after checking the original documents, confirm that the customer cannot provide one (&apos;enable without ID&apos;) and give a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="729"/>
        <source>确认不是同一客户或无证件启用时须填写原因</source>
        <translation>Give a reason when confirming a different customer or enabling without ID</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="755"/>
        <source>停用须填写原因</source>
        <translation>A reason is required to disable a customer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/customers.py" line="765"/>
        <source>该客户资料合规（姓名、电话、证件均有效），不得停用</source>
        <translation>This customer is compliant (valid name, phone and ID) and must not be disabled</translation>
    </message>
</context>
<context>
    <name>services.dedupe</name>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="217"/>
        <source>同名同电话</source>
        <translation>same name and phone</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="218"/>
        <source>公司名称相同</source>
        <translation>same company name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="219"/>
        <source>证件号相同</source>
        <translation>same ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="220"/>
        <source>同名不同电话</source>
        <translation>same name, other phone</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="221"/>
        <source>同名</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="222"/>
        <source>姓名仅一字不同</source>
        <translation>name differs in one character</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="223"/>
        <source>公司名称仅一字不同</source>
        <translation>company name differs in one character</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="224"/>
        <source>名称相近</source>
        <translation>similar name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="225"/>
        <source>电话相同</source>
        <translation>same phone</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="226"/>
        <source>电话仅一位不同</source>
        <translation>phone differs in one digit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="227"/>
        <source>电话两位颠倒</source>
        <translation>two adjacent phone digits swapped</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="228"/>
        <source>证件号仅一位不同</source>
        <translation>ID number differs in one character</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="229"/>
        <source>姓名后缀与证件号后6位一致</source>
        <translation>name suffix matches the ID&apos;s last 6</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="230"/>
        <source>证件号不同</source>
        <translation>different ID numbers</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="231"/>
        <source>姓名后缀（证件号后6位）不同</source>
        <translation>different ID suffixes in the names</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="232"/>
        <source>已合并到其他客户</source>
        <translation>merged into another customer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/dedupe.py" line="237"/>
        <source>姓名同音 {detail}</source>
        <translation>name sounds the same ({detail})</translation>
    </message>
</context>
<context>
    <name>services.escalations</name>
    <message>
        <location filename="../../desktop/services/escalations.py" line="39"/>
        <source>待主数据团队处理</source>
        <extracomment>how long an answered escalation stays in the advisor&apos;s list</extracomment>
        <translation>Waiting for the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="40"/>
        <source>同一辆车：请使用档案中的车辆</source>
        <translation>Same car: use the vehicle on file</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="41"/>
        <source>不同车辆：已允许新建该车架号</source>
        <translation>A different car: creating this VIN is allowed</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="85"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="87"/>
        <source>请输入车架号</source>
        <translation>Type the VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="110"/>
        <source>车架号 {vin} 已在档案中：请在接车界面带出该车，无需升级</source>
        <translation>VIN {vin} is on file: load it at intake, nothing to escalate</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="116"/>
        <source>车架号 {vin} 与档案中的车架号都不相近，不是疑似录入错误：请直接新建</source>
        <translation>VIN {vin} resembles no VIN on file (no suspected typo): create it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="152"/>
        <location filename="../../desktop/services/escalations.py" line="159"/>
        <source>升级单不存在</source>
        <translation>No such escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="162"/>
        <source>升级单 {id}（{typed_vin}）已处理</source>
        <translation>Escalation {id} ({typed_vin}) was answered already</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="174"/>
        <location filename="../../desktop/services/escalations.py" line="198"/>
        <source>请填写处理说明</source>
        <translation>A note is required</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="179"/>
        <source>车辆不存在</source>
        <translation>No such vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="182"/>
        <source>车辆 {vin} 已合并到其他车辆：请选择正确的车辆</source>
        <translation>Vehicle {vin} was merged into another: choose the correct vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/services/escalations.py" line="224"/>
        <source>没有车架号为 {typed} 的车辆</source>
        <translation>No vehicle with VIN {typed}</translation>
    </message>
</context>
<context>
    <name>services.importing</name>
    <message>
        <location filename="../../desktop/services/importing.py" line="128"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="129"/>
        <location filename="../../desktop/services/importing.py" line="602"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="130"/>
        <location filename="../../desktop/services/importing.py" line="603"/>
        <source>客户类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="131"/>
        <location filename="../../desktop/services/importing.py" line="604"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="132"/>
        <source>客户名称</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="133"/>
        <source>主电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="134"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="135"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="136"/>
        <source>门店编码</source>
        <translation>Store codes</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="137"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="138"/>
        <source>联系人</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="139"/>
        <source>电子邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="140"/>
        <location filename="../../desktop/services/importing.py" line="154"/>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="143"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="144"/>
        <location filename="../../desktop/services/importing.py" line="772"/>
        <source>来源</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="145"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="146"/>
        <source>发动机号</source>
        <translation>Engine number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="147"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="148"/>
        <source>内饰</source>
        <translation>Interior</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="149"/>
        <source>选装</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="150"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="151"/>
        <source>车牌颜色</source>
        <translation>Plate colour</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="152"/>
        <source>车主客户编码</source>
        <translation>Owner customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="153"/>
        <source>维修中心编码</source>
        <translation>Repair center codes</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="190"/>
        <source>{label}过长：保存的 {col} 最多 {limit} 个字符</source>
        <translation>{label} is too long: the stored {col} holds at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="233"/>
        <source>文件 {path} {what}，只接受 UTF-8（可带 BOM）或 GB18030（GBK、GB2312）编码，请另存为 UTF-8 后重试，或用 --encoding 指定编码</source>
        <translation>{path} {what}: only UTF-8 (with or without BOM) and GB18030 (GBK, GB2312) are accepted; save it as UTF-8 and try again, or name its encoding with --encoding</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="245"/>
        <source>未知的编码 {encoding}</source>
        <translation>Unknown encoding {encoding}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="252"/>
        <source>文件 {path} 不是 {encoding} 编码：第 {byte} 字节无法解码</source>
        <translation>{path} is not {encoding} text: byte {byte} cannot be decoded</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="255"/>
        <source>是 UTF-16 编码（Excel 的“Unicode 文本”）</source>
        <translation>is UTF-16 text (Excel&apos;s &apos;Unicode text&apos;)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="263"/>
        <source>既不是 UTF-8 也不是 GB18030 编码</source>
        <translation>is neither UTF-8 nor GB18030 text</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="265"/>
        <source>像是 Big5 或 Shift-JIS 编码（按 GB18030 读出大量生僻字或乱码）</source>
        <translation>looks like Big5 or Shift-JIS text (read as GB18030 it gives rare and garbled characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="273"/>
        <source>文件 {path} 不存在</source>
        <translation>{path}: no such file</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="276"/>
        <source>文件 {path} 无法读取（{reason}）</source>
        <translation>{path}: cannot be read ({reason})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="323"/>
        <source>{field} 字段超过 CSV 单个字段的上限 {limit} 个字符，整行未导入</source>
        <translation>Field {field} is longer than the CSV field limit of {limit} characters; the line was not loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="327"/>
        <source>该行无法按 CSV 读取：{reason}</source>
        <translation>The line cannot be read as CSV: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="348"/>
        <source>文件 {path} 是空的</source>
        <translation>{path}: empty file</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="350"/>
        <source>文件 {path} 的表头无法读取：{reason}</source>
        <translation>{path}: the header line cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="354"/>
        <source>文件 {path} 缺少列 {missing}（应有 {expected}）</source>
        <translation>{path}: missing columns {missing} (expected {expected})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="374"/>
        <source>该行有 {n} 列，表头只有 {width} 列（引号或逗号有误？）</source>
        <translation>The line has {n} fields, the header {width} (a stray quote or comma?)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="411"/>
        <source>导入因错误中止，第 {line} 行起的行均未导入（此前的批次已导入）：{error}</source>
        <translation>The import stopped on an error; no row from line {line} on was loaded (the batches before it were): {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="493"/>
        <source>数据库拒绝保存该行：{error}</source>
        <translation>The database refused the row: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="501"/>
        <source>{label}须为 {allowed}：{value}</source>
        <translation>{label} must be one of {allowed}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="555"/>
        <source>客户编码 {code} 已存在</source>
        <translation>Customer code {code} exists already</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="596"/>
        <source>客户编码必填</source>
        <translation>Customer code is required</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="599"/>
        <source>客户编码 {code} 在文件中重复</source>
        <translation>Customer code {code} repeats in the file</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="611"/>
        <source>门店 {code} 不存在</source>
        <translation>No store {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="720"/>
        <source>车架号 {vin} 已存在</source>
        <translation>VIN {vin} exists already</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="724"/>
        <source>车牌 {plate} 已在其他车辆上</source>
        <translation>Plate {plate} is on another vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="728"/>
        <source>车主客户 {code} 不存在</source>
        <translation>No customer {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="769"/>
        <source>车架号 {vin} 在文件第 {line} 行已出现</source>
        <translation>VIN {vin} repeats line {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="778"/>
        <source>车牌 {plate} 在文件第 {line} 行已出现</source>
        <translation>Plate {plate} repeats line {line}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="784"/>
        <source>无车牌时不能填车牌颜色</source>
        <translation>A plate colour needs a plate</translation>
    </message>
    <message>
        <location filename="../../desktop/services/importing.py" line="792"/>
        <source>维修中心 {code} 不存在</source>
        <translation>No repair center {code}</translation>
    </message>
</context>
<context>
    <name>services.intake</name>
    <message>
        <location filename="../../desktop/services/intake.py" line="44"/>
        <source>已找到车辆和车主，请与实车及行驶证核对</source>
        <translation>Vehicle and owner found: check them against the car and the licence</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="45"/>
        <source>车辆无车主：请在车辆档案的客户页添加车主</source>
        <translation>Vehicle has no owner: add the owner on the vehicle&apos;s customer tab</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="46"/>
        <source>车主未带出：该客户类别不是保有客户，请改为保有客户</source>
        <translation>Owner did not load: the customer is not &apos;retained&apos;; set the category to retained</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="47"/>
        <source>车主已停用：请联系客服核实车主</source>
        <translation>The owner is disabled: ask customer service to check the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="48"/>
        <source>集团内无此车辆：请先新建车辆档案，再添加车主</source>
        <translation>Not in the group: create the vehicle record first, then add the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="49"/>
        <source>该车属于集团其他门店：添加本店维修中心和客户渠道后即可接车</source>
        <translation>This vehicle belongs to another store of the group: attach this store&apos;s repair center and customer channel</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="50"/>
        <source>疑似车架号录入错误：与已有车架号仅差一两位，请核对实车，勿新建，联系主数据团队</source>
        <translation>Suspected VIN typo: one or two characters off a VIN on file; check the car, do not create it, contact the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="51"/>
        <source>车牌 {plate} 登记在另一辆车 {other_vin}（{other_model}）上，不是本车 {vin}：原车主把车牌装到了本车。请清除原车车牌并装到本车（P3）；原车的车架号和车型不变（P4）</source>
        <translation>Plate {plate} is on another vehicle, {other_vin} ({other_model}), not on this one, {vin}: the old owner put the plate on this car. Clear it from the old vehicle and put it on this one (P3); the old vehicle&apos;s VIN and model stay (P4)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="53"/>
        <source>车牌 {plate} 未登记在集团任何车辆上：如实车挂此牌，请按「车牌」填写到本车（P1）</source>
        <translation>Plate {plate} is on no vehicle of the group: if the car carries it, put it on this vehicle with Plate (P1)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="54"/>
        <source>实车车牌 {plate} 未登记，本车档案车牌为 {current}：如已换牌，请按「车牌」更换（P2）</source>
        <translation>Plate {plate} is on no vehicle; this vehicle&apos;s record says {current}: if the car was re-plated, change it with Plate (P2)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="56"/>
        <source>集团内没有登记此车牌：请扫描或输入车架号查询（W1）</source>
        <translation>No vehicle of the group holds this plate: scan or type the VIN (W1)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="134"/>
        <source>车架号栏中输入的是车牌 {plate}：已按车牌查询</source>
        <translation>A plate, {plate}, was typed in the VIN field: looked up as the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="137"/>
        <source>车牌栏中输入的是车架号 {vin}：已按车架号查询</source>
        <translation>A VIN, {vin}, was typed in the plate field: looked up as the VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="141"/>
        <source>车架号 {merged} 已由主数据团队合并到 {into}（V8 / N1）</source>
        <translation>VIN {merged} was merged into {into} by the master-data team (V8 / N1)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="191"/>
        <location filename="../../desktop/services/intake.py" line="256"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/services/intake.py" line="255"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
</context>
<context>
    <name>services.merge</name>
    <message>
        <location filename="../../desktop/services/merge.py" line="94"/>
        <source>{what}客户 {code} 不存在</source>
        <translation>No {what} customer {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merge.py" line="101"/>
        <source>重复</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merge.py" line="102"/>
        <source>保留</source>
        <translation>surviving</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merge.py" line="104"/>
        <source>不能把客户合并到它自己</source>
        <translation>A customer cannot be merged into itself</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merge.py" line="107"/>
        <source>客户 {code} 已合并到其他客户</source>
        <translation>Customer {code} was merged already</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merge.py" line="113"/>
        <source>保留客户 {code} 本身已合并到 {into}：请合并到最终保留的客户</source>
        <translation>The survivor {code} was itself merged into {into}: merge into that one</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merge.py" line="118"/>
        <source>客户类型不同（个人 / 公司），不能合并：先由财务或客服更正客户类型（C3）</source>
        <translation>The customer types differ (individual / company) and cannot be merged: correct the type first (C3)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merge.py" line="174"/>
        <source>合并客户须填写原因</source>
        <translation>A reason is required to merge customers</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merge.py" line="229"/>
        <source>撤销合并须填写原因</source>
        <translation>A reason is required to undo a merge</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merge.py" line="235"/>
        <source>客户 {code} 没有被合并，无需撤销</source>
        <translation>Customer {code} is not merged: nothing to undo</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merge.py" line="243"/>
        <source>审计记录中找不到客户 {code} 的合并明细，无法撤销</source>
        <translation>The audit trail holds no merge details for {code}: it cannot be undone</translation>
    </message>
    <message>
        <location filename="../../desktop/services/merge.py" line="249"/>
        <source>合并明细与当前合并对象不一致，无法撤销</source>
        <translation>The merge details do not match the current merge</translation>
    </message>
</context>
<context>
    <name>services.org</name>
    <message>
        <location filename="../../desktop/services/org.py" line="32"/>
        <source>{what}编码须为 1–20 位字母、数字、- 或 _：{code}</source>
        <translation>{what} code must be 1-20 letters, digits, - or _: {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="44"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="47"/>
        <source>门店名称不能为空</source>
        <translation>Store name is required</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="49"/>
        <source>每个门店至少有一个维修中心</source>
        <translation>A store needs at least one repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="53"/>
        <source>门店编码 {code} 已存在</source>
        <translation>Store code {code} exists already</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="60"/>
        <source>维修中心</source>
        <translation>Repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="63"/>
        <source>维修中心编码 {rc_code} 已存在</source>
        <translation>Repair center code {rc_code} exists already</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="83"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="87"/>
        <source>角色无效：{bad}；可选 {roles}</source>
        <translation>Unknown role: {bad}; choose from {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="89"/>
        <source>未指定角色；可选 {roles}</source>
        <translation>Unknown role: none given; choose from {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="92"/>
        <source>密码至少 6 位</source>
        <translation>The password needs at least 6 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="97"/>
        <source>门店 {store_code} 不存在</source>
        <translation>No store {store_code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/org.py" line="102"/>
        <source>登录名 {login} 已存在</source>
        <translation>Login {login} exists already</translation>
    </message>
</context>
<context>
    <name>services.pending</name>
    <message>
        <location filename="../../desktop/services/pending.py" line="110"/>
        <source>驳回须填写原因（如：与已有客户重复）</source>
        <translation>A reason is required to reject (e.g. duplicates an existing customer)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/pending.py" line="120"/>
        <source>客户 {code} 不是待启用客户，不能驳回</source>
        <translation>Customer {code} is not pending and cannot be rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/services/pending.py" line="125"/>
        <source>须指向另一个已有客户</source>
        <translation>Point at another, existing customer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/pending.py" line="128"/>
        <source>客户 {code} 已停用或已合并，不能作为沿用的客户</source>
        <translation>Customer {code} is disabled or merged and cannot be the one to use</translation>
    </message>
    <message>
        <location filename="../../desktop/services/pending.py" line="133"/>
        <source>查重未发现 {code} 与 {target_code} 重复：合规客户不得停用（C12）；如确为同一客户，请先更正资料或由主数据团队合并</source>
        <translation>The duplicate check does not link {code} to {target_code}: a compliant customer must not be disabled (C12); if they are the same, correct the data first or ask the master-data team to merge</translation>
    </message>
</context>
<context>
    <name>services.scan</name>
    <message>
        <location filename="../../desktop/services/scan.py" line="106"/>
        <source>未安装离线文字识别（OCR）组件，无法读取行驶证和身份证。开发环境：pip install -e &quot;.[ocr]&quot;；安装版：把 OCR 附加组件文件夹 ocr-addon 放在程序目录中，然后重新启动。条码扫描不受影响。</source>
        <extracomment>the symbologies a VIN is printed in: VIN labels (Code 39 per GB/T 18410, Code 128), door-pillar labels and certificates (Data Matrix, QR, PDF417) what zxing-cpp reads only near upright (try_rotate off, the fast way: 21 ms instead of 56 ms a frame here): linear codes within ~5-7° of their axis (either direction), PDF417 less, Data Matrix within ~45° a tilted linear code or PDF417 is not read: retry the picture turned by these angles (degrees), likeliest first</extracomment>
        <translation>The offline text recognition (OCR) add-on is not installed, so licences and ID cards cannot be read. From source: pip install -e &quot;.[ocr]&quot;; installed app: put the OCR add-on folder ocr-addon into the program folder and restart. Bar code scanning works without it.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan.py" line="110"/>
        <source>{what}（{detail}）</source>
        <translation>{what} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan.py" line="119"/>
        <source>无法打开图片：{detail}</source>
        <translation>The picture cannot be opened: {detail}</translation>
    </message>
</context>
<context>
    <name>services.scan_documents</name>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="541"/>
        <source>未读到{label}，请手工填写</source>
        <extracomment>below this a field is marked for checking against the document (``check``) and listed in ``problems`` words printed on the cards that are neither labels nor values GA 802 vehicle types and use characters as printed on licences: a value one character off one of these (and no other) is read as it, flagged for checking. Traditional characters the OCR model (trained on both scripts) returns for simplified ones printed on mainland documents: the plate provinces (粵 → 粤) and frequent characters of addresses, vehicle words, the nations and common names. One-to-one and unambiguous only: characters whose traditional form is also a simplified character in its own right (乾, 於, 餘, 著, 後, 髮, 鍾 ...) are left out. Never applied to a person&apos;s name: there it is a suggestion (C5 / O5).</extracomment>
        <translation>{label} was not read: fill it in by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="542"/>
        <source>{label}识别不确定，请对照证件核对</source>
        <translation>{label} may be misread: check it against the document</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="543"/>
        <source>车架号(VIN)校验位不符：识别有误或证件有误，请逐位核对</source>
        <translation>The VIN&apos;s check digit does not match: misread or a wrong document; compare every character</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="544"/>
        <source>车架号中的 I、O、Q 已读作 1、0、0，请核对</source>
        <translation>I, O, Q in the VIN were read as 1, 0, 0: check it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="545"/>
        <source>身份证号码校验位不符：识别有误或证件无效，请逐位核对</source>
        <translation>The ID number&apos;s check character does not match: misread or an invalid card; compare every digit</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="546"/>
        <source>车牌号格式不符，请核对</source>
        <translation>The plate does not read as a valid plate: check it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="547"/>
        <source>{label}不是有效日期，请核对</source>
        <translation>{label} is not a valid date: check it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="548"/>
        <source>姓名中有繁体字：证件上为简体时请改为「{suggestion}」（姓名须与证件一致）</source>
        <translation>The name holds traditional characters: if the card prints「{suggestion}」, use that (the name must match the document)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="549"/>
        <source>出生日期与身份证号码中的不一致，请核对</source>
        <translation>The birth date differs from the one in the ID number: check it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="550"/>
        <source>性别与身份证号码不一致，请核对</source>
        <translation>The sex differs from the ID number&apos;s: check it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="555"/>
        <source>号牌号码</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="556"/>
        <source>车辆类型</source>
        <translation>Vehicle type</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="557"/>
        <source>所有人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="558"/>
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="559"/>
        <source>使用性质</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="560"/>
        <source>品牌型号</source>
        <translation>Brand and model</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="561"/>
        <source>车架号(VIN)</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="562"/>
        <source>发动机号码</source>
        <translation>Engine number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="563"/>
        <source>注册日期</source>
        <translation>Registration date</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="564"/>
        <source>发证日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="565"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="566"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="567"/>
        <source>民族</source>
        <translation>Nation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="568"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../desktop/services/scan_documents.py" line="569"/>
        <source>公民身份号码</source>
        <translation>ID number</translation>
    </message>
</context>
<context>
    <name>services.search</name>
    <message>
        <location filename="../../desktop/services/search.py" line="106"/>
        <source>搜索内容</source>
        <translation>Search text</translation>
    </message>
</context>
<context>
    <name>services.sessions</name>
    <message>
        <location filename="../../desktop/services/sessions.py" line="49"/>
        <source>登录已失效（已注销、长时间未操作、账号已停用或密码已重置），请重新登录</source>
        <extracomment>a session without a request for this long has ended (the desk is idle over lunch, not over a night) last_seen_at is written at most this often (not one UPDATE per request) failed logins counted over this window ... ... at most this many per login name (existing or not) ... ... and this many per client address (one workstation guessing many accounts)</extracomment>
        <translation>Your session has ended (logged out, idle, account deactivated or password reset); log in again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sessions.py" line="62"/>
        <source>登录失败次数过多，请 {minutes} 分钟后再试</source>
        <translation>Too many failed logins; try again in {minutes} min</translation>
    </message>
    <message>
        <location filename="../../desktop/services/sessions.py" line="104"/>
        <source>用户名或密码错误</source>
        <translation>Wrong login or password</translation>
    </message>
</context>
<context>
    <name>services.special_customers</name>
    <message>
        <location filename="../../desktop/services/special_customers.py" line="68"/>
        <source>{kind}（{how}“{pattern}”）</source>
        <translation>{kind} ({how} “{pattern}”)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/special_customers.py" line="83"/>
        <source>改名为特殊客户</source>
        <translation>Renaming a customer into a special customer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/special_customers.py" line="84"/>
        <source>新建特殊客户</source>
        <translation>Creating a special customer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/special_customers.py" line="86"/>
        <source>该名称属于特殊客户：{match}。{what}只能由集团 EAS 管理团队办理，请联系 EAS 管理团队（如客户已存在，请查找并使用已有客户）</source>
        <translation>This name is a special customer&apos;s: {match}. {what} is for the group&apos;s master-data team only: contact the master-data team (if the customer exists, search for it and use it)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/special_customers.py" line="159"/>
        <source>请选择特殊客户类别</source>
        <translation>Choose the kind of special customer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/special_customers.py" line="174"/>
        <source>规则不存在</source>
        <translation>No such entry</translation>
    </message>
    <message>
        <location filename="../../desktop/services/special_customers.py" line="179"/>
        <source>规则 #{pattern_id} 不存在</source>
        <translation>No entry #{pattern_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/special_customers.py" line="197"/>
        <source>已有相同的规则 #{id}：{how}“{pattern}”</source>
        <translation>The list has this entry already (#{id}: {how} “{pattern}”)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/special_customers.py" line="202"/>
        <source>已有相同的规则 #{id}（已停用）：请重新启用它，不要重复新增</source>
        <translation>The list has this entry already (#{id}, deactivated): reactivate it instead</translation>
    </message>
    <message>
        <location filename="../../desktop/services/special_customers.py" line="244"/>
        <source>修改规则须填写原因</source>
        <translation>A reason is required to change an entry</translation>
    </message>
    <message>
        <location filename="../../desktop/services/special_customers.py" line="271"/>
        <source>停用或启用规则须填写原因</source>
        <translation>A reason is required to deactivate or reactivate an entry</translation>
    </message>
</context>
<context>
    <name>services.users</name>
    <message>
        <location filename="../../desktop/services/users.py" line="50"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="55"/>
        <source>用户 {login} 不存在</source>
        <translation>No user {login}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="66"/>
        <source>角色无效：{bad}；可选 {roles}</source>
        <translation>Roles: {bad} — choose one or more of {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="68"/>
        <source>未选择角色；可选 {roles}</source>
        <translation>Roles: none chosen — choose one or more of {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="76"/>
        <source>密码至少 {min_password} 位</source>
        <translation>The password needs at least {min_password} characters</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="97"/>
        <source>登录名必填</source>
        <translation>Login is required</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="115"/>
        <source>不能取消自己的主数据团队角色</source>
        <translation>You cannot remove your own master-data role</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="151"/>
        <source>原密码不正确</source>
        <translation>The current password is wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/services/users.py" line="179"/>
        <source>不能停用自己的账号</source>
        <translation>You cannot deactivate your own account</translation>
    </message>
</context>
<context>
    <name>services.vehicles</name>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="55"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="56"/>
        <location filename="../../desktop/services/vehicles.py" line="347"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="57"/>
        <source>发动机号</source>
        <translation>Engine number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="58"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="59"/>
        <source>内饰</source>
        <translation>Interior</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="60"/>
        <source>选装</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="61"/>
        <source>生产日期</source>
        <translation>Production date</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="62"/>
        <source>销售日期</source>
        <translation>Sale date</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="63"/>
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="64"/>
        <source>保修卡号</source>
        <translation>Warranty card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="65"/>
        <source>保修里程</source>
        <translation>Warranty mileage</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="66"/>
        <source>保修开始日期</source>
        <translation>Warranty start</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="67"/>
        <source>保修结束日期</source>
        <translation>Warranty end</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="68"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="69"/>
        <source>车牌颜色</source>
        <translation>Plate colour</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="70"/>
        <source>商业险保险公司</source>
        <translation>Commercial insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="71"/>
        <source>商业险保单号</source>
        <translation>Commercial policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="72"/>
        <source>商业险到期日</source>
        <translation>Commercial insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="73"/>
        <source>交强险保险公司</source>
        <translation>Compulsory insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="74"/>
        <source>交强险保单号</source>
        <translation>Compulsory policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="75"/>
        <source>交强险到期日</source>
        <translation>Compulsory insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="76"/>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="106"/>
        <source>车架号 {vin} 已存在：请在接车界面输入车架号带出该车</source>
        <translation>VIN {vin} exists: load it through the intake VIN field</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="111"/>
        <source>车架号 {vin} 已由集团其他门店建档：请添加本店维修中心，不要重复新建</source>
        <translation>VIN {vin} belongs to another store of the group: attach this store&apos;s repair center, do not create it again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="124"/>
        <source>车架号 {vin} 与已有车架号 {similar} 仅差一两位：疑似录入错误，请核对实车并联系主数据团队，勿新建</source>
        <translation>VIN {vin} is one or two characters off {similar} on file: suspected typo; check the car and contact the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="139"/>
        <source>车牌 {plate} 已在车辆 {vin}（{model}）上：原车主把车牌装到了新车，请先清除原车车牌</source>
        <translation>Plate {plate} is on vehicle {vin} ({model}): clear it from the old vehicle first</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="212"/>
        <source>V3 购车流程生成的车辆：车型、车架号、发动机号、颜色、内饰、选装永久锁定，错误须走采购退货</source>
        <extracomment>field -&gt; the rule that locks it: Chinese source text marked in the context &quot;services.vehicles&quot; (a plain string once it crossed the HTTP API: the UI translates it in that context)</extracomment>
        <translation>V3 generated by the vehicle purchase: model, VIN, engine number, colour, interior and options are locked for good; errors go through a purchase return</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="215"/>
        <source>V4 手工建档车辆：录入后锁定，仅主数据团队可纠正轻微录入错误（须填写原因）</source>
        <translation>V4 a vehicle created by hand: locked once entered; only the master-data team corrects a slight typo (with a reason)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="219"/>
        <source>V5 已填写的销售/售后固定信息不再修改</source>
        <translation>V5 sales / after-sales facts once filled in do not change</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="223"/>
        <source>无维护车辆信息的权限</source>
        <translation>No permission to maintain vehicle data</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="241"/>
        <source>车辆不存在</source>
        <translation>No such vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="254"/>
        <source>车辆 {vin} 属于其他门店，本店只能查看：请先添加本店维修中心（M3）</source>
        <translation>Vehicle {vin} belongs to another store and is read-only here: attach this store&apos;s repair center first (M3)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="304"/>
        <source>车型必填</source>
        <translation>Model is required</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="307"/>
        <source>车型只能含文字、字母、数字及 . - + / ( )，不得有其他符号</source>
        <translation>Model may hold letters, digits and . - + / ( ) only, no other symbols</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="362"/>
        <location filename="../../desktop/services/vehicles.py" line="639"/>
        <source>本店没有维修中心</source>
        <translation>This store has no repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="411"/>
        <source>{label}须为日期（YYYY-MM-DD）</source>
        <translation>{label} must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="417"/>
        <source>保修里程须为整数公里</source>
        <translation>Warranty mileage must be whole km</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="420"/>
        <source>保修里程须为 0–{max_mileage:,} 公里的整数</source>
        <translation>Warranty mileage must be a whole number of km, 0-{max_mileage:,}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="461"/>
        <source>该字段不可在此修改：{field}</source>
        <translation>This field cannot be changed here: {field}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="493"/>
        <source>{label}已锁定：购车流程生成的车辆不可修改，错误须走采购退货</source>
        <translation>{label} is locked: vehicles from the purchase process never change; errors go through a purchase return</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="501"/>
        <source>纠正{label}须填写原因</source>
        <translation>Correcting the {label} needs a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="504"/>
        <source>{label}只能纠正一两个字符的轻微录入错误</source>
        <translation>Only a slip of a character or two in the {label} may be corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="512"/>
        <source>{label}已填写，不再修改</source>
        <translation>{label} was filled and does not change</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="515"/>
        <source>修改{label}须填写原因</source>
        <translation>Changing the {label} needs a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="614"/>
        <source>车牌号必填</source>
        <translation>Plate is required</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="673"/>
        <source>客户 {customer_code} 不存在</source>
        <translation>No customer {customer_code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="677"/>
        <source>该客户已被合并，请使用合并后的客户</source>
        <translation>This customer was merged: use the surviving one</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="684"/>
        <source>只有已启用的保有客户才能作为车主（{name}：{status}、{category}）</source>
        <translation>Only an enabled, retained customer can be the owner ({name}: {status}, {category})</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="756"/>
        <source>待启用</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="757"/>
        <source>已启用</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="758"/>
        <source>已停用</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="759"/>
        <source>潜在客户</source>
        <translation>potential</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="760"/>
        <source>保有客户</source>
        <translation>retained</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="767"/>
        <source>联系人姓名：{reason}</source>
        <translation>Contact name: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="776"/>
        <source>联系人电话：{reason}</source>
        <translation>Contact phone: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="783"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="821"/>
        <location filename="../../desktop/services/vehicles.py" line="841"/>
        <source>联系人不存在</source>
        <translation>No such contact</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="731"/>
        <location filename="../../desktop/services/vehicles.py" line="893"/>
        <source>本店看不到该车：请先添加本店维修中心再变更车主</source>
        <translation>This store does not see the vehicle: attach this store&apos;s repair center first</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="896"/>
        <source>购车流程生成的新车，车主由整车销售带入，不由服务顾问填写</source>
        <translation>A generated new car gets its owner from the vehicle sale, not from an advisor</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="902"/>
        <source>车主正确且属于其他门店：不得用本店同名客户替换，请添加本店客户渠道后沿用原车主</source>
        <translation>The owner is correct and belongs to another store: do not replace it with this store&apos;s same-name customer; attach this store&apos;s channel instead</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="914"/>
        <source>移除维修中心须填写原因</source>
        <translation>A reason is required to remove a repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="922"/>
        <source>该车没有维修中心 {code}</source>
        <translation>The vehicle has no repair center {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="929"/>
        <source>不能移除其他门店的维修中心（{code}）：如确属错误，请联系主数据团队</source>
        <translation>Another store&apos;s repair center ({code}) cannot be removed; if it is wrong, ask the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="936"/>
        <source>车辆至少保留一个维修中心，否则任何门店都看不到该车</source>
        <translation>A vehicle keeps at least one repair center, or no store would see it</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="991"/>
        <source>合并孪生车辆须填写原因</source>
        <translation>A reason is required to merge a twin vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="994"/>
        <source>不能把车辆合并到它自己</source>
        <translation>A vehicle cannot be merged into itself</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="1004"/>
        <source>车辆 {vin} 已合并到其他车辆</source>
        <translation>Vehicle {vin} was merged already</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="1010"/>
        <source>车辆 {vin} 本身已合并到 {into}：请合并到正确的车辆</source>
        <translation>Vehicle {vin} was itself merged into {into}: merge into that one</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="1015"/>
        <source>车辆 {vin} 由整车销售生成，车架号来自厂家，不能作为录错的车辆合并</source>
        <translation>Vehicle {vin} was generated by a vehicle sale (the maker&apos;s VIN): it cannot be merged as a twin</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="1021"/>
        <source>车架号 {vin} 与 {correct_vin} 相差不止一两位，不是疑似录入错误：如确为同一辆车，请说明原因</source>
        <translation>VINs {vin} and {correct_vin} differ in more than one or two characters (no suspected typo): give the reason they are the same car</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="1026"/>
        <source>两辆车都有车牌（{plate}、{correct_plate}）：请先核实实车车牌，清除错误的一个再合并</source>
        <translation>Both vehicles hold a plate ({plate}, {correct_plate}): check the real car&apos;s plate and clear the wrong one before merging</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="1101"/>
        <source>撤销合并须填写原因</source>
        <translation>A reason is required to undo a merge</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="1107"/>
        <source>车辆 {vin} 没有被合并，无需撤销</source>
        <translation>Vehicle {vin} is not merged: nothing to undo</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="1116"/>
        <source>审计记录中找不到车辆 {vin} 的合并明细，无法撤销</source>
        <translation>The audit trail holds no merge details for {vin}: it cannot be undone</translation>
    </message>
    <message>
        <location filename="../../desktop/services/vehicles.py" line="1121"/>
        <source>合并明细与当前合并对象不一致，无法撤销</source>
        <translation>The merge details do not match the current merge</translation>
    </message>
</context>
<context>
    <name>services.work_orders</name>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="37"/>
        <source>普通维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="38"/>
        <source>新车PDI</source>
        <translation>PDI of a new car</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="39"/>
        <source>商品车质损</source>
        <translation>Transport damage (stock car)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="42"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="43"/>
        <source>厂家（索赔）</source>
        <translation>Manufacturer (warranty claim)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="44"/>
        <source>本店（内部维修）</source>
        <translation>Own store (internal repair)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="49"/>
        <source>该车是手工建档车辆，不是采购流程生成的商品车</source>
        <translation>this vehicle was created by hand, not generated by the purchase process</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="50"/>
        <source>该车已有车主</source>
        <translation>this vehicle has an owner</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="51"/>
        <source>该车曾有车主（见车主变更记录）</source>
        <translation>this vehicle had an owner before (ownership history)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="52"/>
        <source>该车已有销售或开票日期，已售出</source>
        <translation>this vehicle has a sale or invoice date: it was sold</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="53"/>
        <source>该车已有普通维修工单</source>
        <translation>this vehicle already has a normal repair work order</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="71"/>
        <source>PDI / 商品车质损工单只用于库存商品车（采购流程生成、从未有车主、没有普通维修工单）：{problem}</source>
        <translation>PDI and transport-damage work orders are for stock cars only (generated by the purchase process, never owned, no earlier repair work order): {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="108"/>
        <source>送修人姓名必填：请填写实际送修人</source>
        <translation>Deliverer&apos;s name is required: who brought the car</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="114"/>
        <source>送修人姓名：{reason}</source>
        <translation>Deliverer&apos;s name: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="121"/>
        <source>送修人电话必填：请填写送修人本人的有效电话</source>
        <translation>Deliverer&apos;s phone is required: the deliverer&apos;s own valid number</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="127"/>
        <source>送修人电话：{reason}</source>
        <translation>Deliverer&apos;s phone: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="167"/>
        <location filename="../../desktop/services/work_orders.py" line="272"/>
        <source>车辆不存在</source>
        <translation>No such vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="172"/>
        <source>请对照实车输入车架号后 6 位（V7）</source>
        <translation>Type the last 6 characters of the VIN as on the car (V7)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="173"/>
        <source>车架号核对：只能输入车架号的字母和数字（后 6 位，V7）</source>
        <translation>VIN check: letters and digits of the VIN only (the last 6, V7)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="174"/>
        <source>车架号核对：请输入后 6 位（V7）</source>
        <translation>VIN check: type the last 6 characters (V7)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="175"/>
        <source>车架号后 6 位与该车档案不符（V7）：车牌带出的可能不是在场的这辆车，请对照实车核对</source>
        <translation>The VIN&apos;s last 6 do not match this vehicle&apos;s record (V7): the car loaded by its plate may not be the one in the workshop</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="244"/>
        <source>工单类型无效：{kind}</source>
        <translation>Unknown work-order kind: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="251"/>
        <source>PDI / 商品车质损工单须选择结算方：厂家（索赔）或本店（内部维修）</source>
        <translation>PDI / transport-damage work orders are settled by the manufacturer or the own store</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="254"/>
        <source>结算方无效</source>
        <translation>Unknown settlement party</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="259"/>
        <source>故障描述</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="263"/>
        <source>里程须为 0–3,000,000 公里的整数</source>
        <translation>Mileage must be a whole number of km, 0-3,000,000</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="275"/>
        <source>该车不属于本店：请先添加本店维修中心</source>
        <translation>The vehicle is not this store&apos;s: attach this store&apos;s repair center first</translation>
    </message>
    <message>
        <location filename="../../desktop/services/work_orders.py" line="287"/>
        <source>车辆和车主都带出后才能开工单：请先维护车主，再重新开始接车</source>
        <translation>A work order needs both vehicle and owner loaded: fix the owner, then restart the intake</translation>
    </message>
</context>
<context>
    <name>services.writes</name>
    <message>
        <location filename="../../desktop/services/writes.py" line="53"/>
        <source>请求编号已用于另一操作，未执行</source>
        <extracomment>name of every write action -&gt; the decorated function (the server and the UI-composition test read it)</extracomment>
        <translation>This request id was used for another action; nothing was done</translation>
    </message>
    <message>
        <location filename="../../desktop/services/writes.py" line="61"/>
        <source>其他工作站刚刚保存了相同的数据（{what}），请重新载入后再试</source>
        <translation>Another workstation just saved the same data ({what}); reload and try again</translation>
    </message>
    <message>
        <location filename="../../desktop/services/writes.py" line="87"/>
        <source>请求编号无效</source>
        <translation>Invalid request id (1-64 printable characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/services/writes.py" line="93"/>
        <location filename="../../desktop/services/writes.py" line="96"/>
        <source>原因</source>
        <extracomment>free-text explanations a write may carry (audited): one cleaning for all of them, before the transaction</extracomment>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/services/writes.py" line="94"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/services/writes.py" line="95"/>
        <source>确认原因</source>
        <translation>Reason for confirming</translation>
    </message>
    <message>
        <location filename="../../desktop/services/writes.py" line="174"/>
        <source>缺少记录版本：请重新载入后再保存</source>
        <translation>The record&apos;s version is missing: reload it and save again</translation>
    </message>
</context>
<context>
    <name>storage.errors</name>
    <message>
        <location filename="../../desktop/storage/errors.py" line="35"/>
        <source>数据库错误</source>
        <translation>Database error</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="46"/>
        <source>{base}: {detail}</source>
        <translation>{base}: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="57"/>
        <source>无法连接数据库，请检查网络或联系 IT</source>
        <translation>Cannot reach the database; check the network or ask IT</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="64"/>
        <source>数据库正忙（其他工作站正在保存），请稍后重试</source>
        <translation>The database is busy (another workstation is saving); try again in a moment</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="69"/>
        <source>数据库磁盘已满，无法保存，请联系 IT</source>
        <translation>The database disk is full; nothing was saved. Ask IT</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="74"/>
        <source>数据库为只读，无法保存，请联系 IT</source>
        <translation>The database is read-only; nothing was saved. Ask IT</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="79"/>
        <source>数据库文件已损坏，请停止使用并联系 IT 恢复备份</source>
        <translation>The database file is damaged; stop and ask IT to restore a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="86"/>
        <source>某个字段的内容无法保存（过长或含有不可见字符），请检查输入</source>
        <translation>A field&apos;s content cannot be saved (too long or with invisible characters); check the input</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="93"/>
        <source>程序内部错误，已写入日志，请联系 IT</source>
        <translation>Internal error; it was logged. Ask IT</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="101"/>
        <source>该数据已被其他工作站保存</source>
        <translation>Another workstation saved this first</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="112"/>
        <source>数据库版本比本程序新，请升级维修接待台</source>
        <translation>The database was created by a newer version of this app; please upgrade the app</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="117"/>
        <source>数据库结构需要升级，请联系 IT 运行 init-db</source>
        <translation>The database schema needs an upgrade; ask IT to run init-db</translation>
    </message>
    <message>
        <location filename="../../desktop/storage/errors.py" line="122"/>
        <source>该记录已被其他工作站修改，已重新载入，请核对后再保存</source>
        <translation>Another workstation changed this record first; it was reloaded, check it and save again</translation>
    </message>
</context>
</TS>
