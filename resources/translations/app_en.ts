<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AttachStoreDialog</name>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="35"/>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="61"/>
        <source>添加本店维修中心</source>
        <translation>Add this store&apos;s repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="38"/>
        <source>该车由集团其他门店建档（M3）：不要重复新建车辆或客户。确认后为车辆添加本店维修中心（保留其他门店的），并为车主添加本店客户渠道，本店即可接车。</source>
        <translation>This vehicle was created by another store of the group (M3): do not create the vehicle or the customer again. Confirm to add this store&apos;s repair center (the other stores&apos; stay) and this store&apos;s channel on the owner; then this store can take the car in.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="45"/>
        <source>车辆（集团档案）</source>
        <translation>Vehicle (group record)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="46"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="46"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="46"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="47"/>
        <source>所属维修中心</source>
        <translation>Repair centers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="48"/>
        <source>车主（集团档案）</source>
        <translation>Owner (group record)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="49"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="49"/>
        <source>类型 / 类别</source>
        <translation>Type / category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="50"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="50"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="51"/>
        <source>客户渠道（门店）</source>
        <translation>Customer channels (stores)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="56"/>
        <source>确认后：所属维修中心增加 {0}；车主客户渠道增加 {1}</source>
        <translation>After confirming: repair centers + {0}; owner&apos;s channels + {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="71"/>
        <source>正在读取车辆档案…</source>
        <translation>Loading the vehicle record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="91"/>
        <source>未上牌</source>
        <translation>No plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="96"/>
        <source>无车主：添加本店维修中心后再维护车主（W3）</source>
        <translation>No owner: add the owner after attaching this store (W3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/attach_store_dialog.py" line="106"/>
        <source>本店已能看到该车，无需再添加</source>
        <translation>This store sees the vehicle already: nothing to add</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="43"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="47"/>
        <source>17 位车架号</source>
        <translation>17-character VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="51"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="53"/>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="66"/>
        <source>查询</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="73"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="75"/>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="77"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="94"/>
        <source>撤销此合并…</source>
        <translation>Undo this merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="119"/>
        <source>客户编码和车架号请只填一个</source>
        <translation>Fill in either the customer code or the VIN, not both</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="125"/>
        <source>开始日期不能晚于结束日期</source>
        <translation>The start date cannot be after the end date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="131"/>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="148"/>
        <source>（仅显示最近 {0} 条，请缩小范围）</source>
        <translation> (only the latest {0} shown: narrow the filters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/audit_page.py" line="149"/>
        <source>{0} 条记录</source>
        <translation>{0} entries</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="279"/>
        <source>新建客户</source>
        <translation>Customer created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="280"/>
        <source>修改非核心资料</source>
        <translation>Non-core data edited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="281"/>
        <source>修改核心资料</source>
        <translation>Core data changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="282"/>
        <source>申请修改核心资料</source>
        <translation>Core change requested</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="283"/>
        <source>申请已应用</source>
        <translation>Request applied</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="284"/>
        <source>申请已驳回</source>
        <translation>Request rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="285"/>
        <source>启用客户</source>
        <translation>Customer enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="286"/>
        <source>停用客户</source>
        <translation>Customer disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="287"/>
        <source>驳回待启用客户</source>
        <translation>Pending customer rejected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="288"/>
        <source>合并客户</source>
        <translation>Customers merged</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="289"/>
        <source>撤销合并</source>
        <translation>Merge undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="290"/>
        <source>添加客户渠道</source>
        <translation>Channel added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="291"/>
        <source>客户类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="292"/>
        <source>确认非重复</source>
        <translation>Confirmed not a duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="293"/>
        <source>新建车辆</source>
        <translation>Vehicle created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="294"/>
        <source>修改车辆</source>
        <translation>Vehicle edited</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="295"/>
        <source>纠正锁定信息</source>
        <translation>Locked field corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="296"/>
        <location filename="../../desktop/ui/common/models.py" line="322"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="297"/>
        <source>变更车主</source>
        <translation>Owner changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="298"/>
        <source>添加维修中心</source>
        <translation>Repair center added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="299"/>
        <source>开工单</source>
        <translation>Work order opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="300"/>
        <source>新增用户</source>
        <translation>User added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="301"/>
        <source>修改角色</source>
        <translation>Roles changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="302"/>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="303"/>
        <source>解锁用户</source>
        <translation>User unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="304"/>
        <source>停用用户</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="305"/>
        <source>启用用户</source>
        <translation>User reactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="306"/>
        <source>新增门店</source>
        <translation>Store added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="308"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="309"/>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="310"/>
        <source>工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="311"/>
        <source>车辆联系人</source>
        <translation>Vehicle contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="312"/>
        <location filename="../../desktop/ui/common/models.py" line="345"/>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="313"/>
        <location filename="../../desktop/ui/common/models.py" line="346"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="315"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="316"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="317"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="318"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="319"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="320"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="321"/>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="323"/>
        <source>车牌颜色</source>
        <translation>Plate colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="324"/>
        <source>客户渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="325"/>
        <source>维修中心</source>
        <translation>Repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="326"/>
        <source>合并到</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="327"/>
        <source>合并明细</source>
        <translation>Merge details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="328"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="329"/>
        <source>修改申请</source>
        <translation>Change request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="344"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="347"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="348"/>
        <source>对象</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="349"/>
        <source>编码 / 车架号</source>
        <translation>Code / VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="350"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="351"/>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="352"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="353"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="378"/>
        <source>车辆 {0}</source>
        <translation>{0} vehicle(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="379"/>
        <source>工单 {0}</source>
        <translation>{0} work order(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="380"/>
        <source>渠道 {0}</source>
        <translation>{0} channel(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="381"/>
        <source>联系人 {0}</source>
        <translation>{0} contact(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="383"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="384"/>
        <source>并入 {0}</source>
        <translation>Merged into {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="385"/>
        <source>并入 {0}：{1}</source>
        <translation>Merged into {0}: {1}</translation>
    </message>
</context>
<context>
    <name>BackendForm</name>
    <message>
        <location filename="../../desktop/ui/common/forms.py" line="85"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="187"/>
        <source>确定重复</source>
        <translation>Certain duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="188"/>
        <source>疑似重复</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="233"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="234"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="235"/>
        <source>结论</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="236"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="237"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="238"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="239"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ChangeRequestPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="46"/>
        <source>顾问提交的核心资料修改申请：核对证件后应用或驳回（C10/C11）</source>
        <translation>Core-data change requests from advisors: check the documents, then apply or reject (C10/C11)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="35"/>
        <source>处理说明（驳回时必填）</source>
        <translation>Note (required to reject)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="38"/>
        <source>应用修改</source>
        <translation>Apply change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="40"/>
        <source>驳回申请</source>
        <translation>Reject request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="42"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="74"/>
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
        <location filename="../../desktop/ui/back_office/change_request_page.py" line="87"/>
        <source>申请 #{0} 已驳回</source>
        <translation>Request #{0} rejected</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="178"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="179"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="180"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="181"/>
        <source>主要用车人</source>
        <translation>Main user</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="43"/>
        <source>联系人 / 主要用车人</source>
        <translation>Contacts / main user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="45"/>
        <source>正在读取车辆档案…</source>
        <translation>Loading the vehicle record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="48"/>
        <source>车主是行驶证登记人；配偶、老板、司机等送修人记为联系人，可把主要管理该车的人设为主要用车人（W7）。联系人不会替换车主。</source>
        <translation>The owner is the driving-licence holder; people who bring the car (spouse, boss, driver) are contacts, and the one who mainly uses it can be marked as the main user (W7). Contacts never replace the owner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="53"/>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="57"/>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="83"/>
        <source>设为主要用车人</source>
        <translation>Mark as main user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="58"/>
        <source>删除联系人</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="66"/>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="85"/>
        <source>添加联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="71"/>
        <source>送修人姓名</source>
        <translation>Deliverer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="75"/>
        <source>本人有效电话</source>
        <translation>Their own valid phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="80"/>
        <source>配偶</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="80"/>
        <source>子女</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="80"/>
        <source>父母</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="80"/>
        <source>老板</source>
        <translation>Boss</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="81"/>
        <source>司机</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="81"/>
        <source>员工</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="81"/>
        <source>朋友</source>
        <translation>Friend</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="87"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="87"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="88"/>
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="114"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="115"/>
        <source>车辆：{0} · {1} · 车主：{2}</source>
        <translation>Vehicle: {0} · {1} · Owner: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="136"/>
        <source>请填写联系人姓名</source>
        <translation>Enter the contact&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="138"/>
        <source>已添加联系人</source>
        <translation>Contact added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="151"/>
        <source>请先选择联系人</source>
        <translation>Select a contact first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/contacts_dialog.py" line="158"/>
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
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="36"/>
        <source>修改核心资料 · {0}</source>
        <translation>Modify core data · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="36"/>
        <source>申请修改核心资料 · {0}</source>
        <translation>Request a core-data change · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="39"/>
        <source>C10：核心资料修改须核对原件并填写原因；新资料会重新校验并查重。</source>
        <translation>C10: check the original documents and give a reason; the new data is validated and checked for duplicates again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="40"/>
        <source>C10：顾问不能直接修改核心资料。填写新值和原因提交申请，由财务（销售客户）或客服（售后客户）核对后处理。</source>
        <translation>C10: advisors do not change core data themselves. Enter the new values and a reason; finance (sales customers) or customer service (after-sales customers) checks and applies the request.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="46"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="46"/>
        <source>现值</source>
        <translation>Current value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="46"/>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="51"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="51"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="51"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="52"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="52"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="68"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="84"/>
        <source>原因（必填），如：按行驶证更正姓名</source>
        <translation>Reason (required), e.g. name corrected as on the driving licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="87"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="93"/>
        <source>保存修改</source>
        <translation>Save change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="93"/>
        <source>提交申请</source>
        <translation>Submit request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="154"/>
        <source>没有修改：请在“新值”一列填写要改成的资料</source>
        <translation>Nothing changed: enter the corrected data in the &apos;New value&apos; column</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="156"/>
        <source>请填写修改原因（必填）</source>
        <translation>Give the reason for the change (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="159"/>
        <source>正在提交…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="171"/>
        <source>核心资料已修改</source>
        <translation>Core data changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="178"/>
        <source>申请 #{0} 已提交，等待{1}处理</source>
        <translation>Request #{0} submitted: waiting for {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="179"/>
        <source>财务</source>
        <translation>finance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/core_change_dialog.py" line="179"/>
        <source>客服</source>
        <translation>customer service</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="56"/>
        <source>客户档案 · {0}</source>
        <translation>Customer · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="64"/>
        <source>核心资料（C10：仅财务、客服可修改）</source>
        <translation>Core data (C10: finance and customer service only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="69"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="70"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="71"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="75"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="76"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="79"/>
        <source>修改核心资料的原因（必填）</source>
        <translation>Reason for the core-data change (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="82"/>
        <source>修改原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="85"/>
        <source>其他资料</source>
        <translation>Other details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="87"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="88"/>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="90"/>
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="91"/>
        <source>联系人电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="92"/>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="93"/>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="95"/>
        <source>档案信息</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="98"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="98"/>
        <source>类别 / 业务</source>
        <translation>Category / business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="99"/>
        <source>财务客户</source>
        <translation>Finance customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="99"/>
        <source>客户渠道（门店）</source>
        <translation>Channels (stores)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="100"/>
        <source>创建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="157"/>
        <source>客户档案 · {0} {1}</source>
        <translation>Customer · {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="175"/>
        <source>C10 核心资料只能由有“修改核心资料”权限的财务、客服修改；请提交修改申请</source>
        <translation>C10: core data can be changed only by finance or customer service (&apos;modify core data&apos;); submit a change request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="183"/>
        <source> · 特殊客户</source>
        <translation> · special customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="184"/>
        <source>（系统生成，启用后出现）</source>
        <translation>(generated by the system when enabled)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="210"/>
        <source>待启用：核实原件并查重后，由{0}启用（C9）</source>
        <translation>Pending: {0} enables it after checking the documents and duplicates (C9)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="211"/>
        <source>财务</source>
        <translation>finance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="211"/>
        <source>客服</source>
        <translation>customer service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="212"/>
        <source>已启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="213"/>
        <source>已停用：不能作为车主（O6）</source>
        <translation>Disabled: cannot be an owner (O6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="241"/>
        <source>生日须为日期（YYYY-MM-DD）</source>
        <translation>Birthday must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="255"/>
        <source>没有修改</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="259"/>
        <source>修改核心资料须填写原因</source>
        <translation>A core-data change needs a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="271"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="109"/>
        <source>修改核心资料…</source>
        <translation>Modify core data…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="110"/>
        <source>申请修改核心资料…</source>
        <translation>Request core-data change…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="112"/>
        <source>撤销合并…</source>
        <translation>Undo merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_dialog.py" line="200"/>
        <source>已提交修改申请 #{0}</source>
        <translation>Change request #{0} submitted</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../desktop/ui/customer/customer_list.py" line="30"/>
        <source>姓名、拼音首字母或电话片段</source>
        <translation>Name, pinyin initials or part of the phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_list.py" line="33"/>
        <source>新建销售客户</source>
        <translation>New sales customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_list.py" line="35"/>
        <source>先按姓名或电话查找（C1），确认没有该客户后再新建</source>
        <translation>Search by name or phone first (C1); create only when the customer is not found</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_list.py" line="53"/>
        <source>请先查看查找结果（C1）：没有同一客户时，再点“新建销售客户”</source>
        <translation>Check the search results first (C1): click “New sales customer” only if the customer is not among them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/customer_list.py" line="55"/>
        <source>请先查找（C1）：输入客户姓名或电话，按 Enter 查找；确认没有该客户后再新建</source>
        <translation>Search first (C1): type the customer&apos;s name or phone and press Enter; create only when the customer is not found</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="136"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="137"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="138"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="139"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="140"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="141"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="142"/>
        <source>建档门店</source>
        <translation>Created at</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="59"/>
        <source>检查客户重复（C2）</source>
        <translation>Duplicate check (C2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="72"/>
        <source>与已有客户确定重复：不能启用，请驳回并沿用已有客户。</source>
        <translation>Certainly a duplicate of an existing customer: it cannot be enabled; reject it and use the existing customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="74"/>
        <source>发现疑似重复客户：如是同一客户，请驳回待启用客户并沿用已有客户；确认不是同一客户时，填写原因后启用。</source>
        <translation>Possible duplicates found: if it is the same customer, reject the pending customer and use the existing one; if it is not, give a reason and enable it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="77"/>
        <source>该客户已存在：不得重复新建，请使用已有客户。</source>
        <translation>This customer exists already: do not create it again, use the existing customer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="79"/>
        <source>发现疑似重复客户：如是同一人，请使用已有客户（资料有误请客服修改）；确认不是同一人时，填写原因后再新建。</source>
        <translation>Possible duplicates found: if it is the same person, use the existing customer (customer service corrects wrong data); if it is not, give a reason and create the new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="86"/>
        <source>正在新建的客户</source>
        <translation>Customer being created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="86"/>
        <source>待启用的客户</source>
        <translation>Pending customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="92"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="93"/>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="107"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="94"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="95"/>
        <source>证件</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="102"/>
        <source>已有客户（黄色为与新建客户相同或相近的字段）</source>
        <translation>Existing customers (yellow: fields equal or close to the new one)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="107"/>
        <source>判断</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="107"/>
        <source>客户编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="107"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="107"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="108"/>
        <source>类型 / 类别</source>
        <translation>Type / category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="108"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="108"/>
        <source>门店</source>
        <translation>Stores</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="108"/>
        <source>原因</source>
        <translation>Reasons</translation>
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
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="171"/>
        <source>确定重复</source>
        <translation>Certain duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="171"/>
        <source>疑似重复</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="177"/>
        <source>（已合并）</source>
        <translation> (merged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="211"/>
        <source>请先选择一个已有客户</source>
        <translation>Select an existing customer first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/duplicate_dialog.py" line="223"/>
        <source>确认不是同一客户时须填写原因</source>
        <translation>Give a reason when confirming it is a different customer</translation>
    </message>
</context>
<context>
    <name>EscalationTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="490"/>
        <source>升级单</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="491"/>
        <source>输入的车架号</source>
        <translation>VIN typed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="492"/>
        <source>相近车架号</source>
        <translation>Similar VINs</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="493"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="494"/>
        <source>提交人</source>
        <translation>Filed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="495"/>
        <source>提交时间</source>
        <translation>Filed at</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="496"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>IntakeBanner</name>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="44"/>
        <source>车架号后 6 位</source>
        <translation>VIN, last 6</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="48"/>
        <source>对照实车</source>
        <translation>from the car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="49"/>
        <source>对照实车（挡风玻璃下或车门框）的车架号输入后 6 位，按 Enter（V7）</source>
        <translation>Type the last 6 characters of the VIN as on the car (under the windscreen or on the door frame), then Enter (V7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="58"/>
        <source>车主档案</source>
        <translation>Owner record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="59"/>
        <source>更换车主</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="60"/>
        <source>车辆确实过户时更换车主（O3/W2a）</source>
        <translation>Change the owner when the car was really sold on (O3/W2a)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="61"/>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="62"/>
        <source>送修的配偶、老板、司机等记为联系人（W7）</source>
        <translation>Spouse, boss, driver who bring the car are contacts (W7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="63"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="64"/>
        <source>填写或更换本车车牌；车牌在另一辆车上时按 P3 处理</source>
        <translation>Fill or change this car&apos;s plate; a plate on another vehicle is handled as P3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="91"/>
        <source>车牌登记在另一辆车上（P3）</source>
        <translation>The plate is on another vehicle (P3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="98"/>
        <source>车辆档案</source>
        <translation>Vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="99"/>
        <source>维护车主</source>
        <translation>Add the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="100"/>
        <source>新增车辆档案</source>
        <translation>Create vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="101"/>
        <source>添加本店维修中心</source>
        <translation>Attach this store&apos;s repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="102"/>
        <source>联系主数据团队</source>
        <translation>Contact the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="103"/>
        <source>车牌移到本车（P3）</source>
        <translation>Move the plate to this car (P3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/banner.py" line="106"/>
        <source>扫描车架号</source>
        <translation>Scan the VIN</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="119"/>
        <source>车架号 VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="123"/>
        <source>扫描或输入 17 位车架号，按 Enter 查询</source>
        <translation>Scan or type the 17-character VIN, press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="129"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="132"/>
        <source>如 粤B12345</source>
        <translation>e.g. 粤B12345</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="138"/>
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="174"/>
        <source>请先扫描或输入车架号</source>
        <translation>Scan or type the VIN first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="189"/>
        <source>请输入车牌号</source>
        <translation>Enter the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="219"/>
        <source>正在查询…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="270"/>
        <source>已有车架号：{0}</source>
        <translation>VINs on file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="330"/>
        <source>查询失败</source>
        <translation>Lookup failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="334"/>
        <location filename="../../desktop/ui/intake/panel.py" line="403"/>
        <source>接车</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="403"/>
        <source>扫描或输入车架号，按 Enter 查询；Esc 清空，接待下一辆车</source>
        <translation>Scan or type the VIN and press Enter; Esc clears for the next car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="274"/>
        <source>经车牌带出：请核对车架号（V7）</source>
        <translation>Loaded by its plate: check the VIN (V7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="275"/>
        <source>请对照实车输入车架号后 6 位，按 Enter；或扫描车架号。核对前不能开工单</source>
        <translation>Type the last 6 characters of the VIN from the car and press Enter, or scan the VIN. No work order before the check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/panel.py" line="306"/>
        <source>请扫描实车车架号（W1）；车牌在另一辆车上时按 P3 处理</source>
        <translation>Scan the car&apos;s VIN (W1); if the plate is on another vehicle, follow P3</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="55"/>
        <source>车辆和车主已带出</source>
        <translation>Vehicle and owner loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="56"/>
        <source>只有车辆，车主未带出</source>
        <translation>Vehicle only, no owner loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="57"/>
        <source>集团内无此车辆</source>
        <translation>Not in the group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="58"/>
        <source>其他门店的车辆</source>
        <translation>Another store&apos;s vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="59"/>
        <source>疑似车架号录入错误</source>
        <translation>Suspected VIN typo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="64"/>
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="64"/>
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="68"/>
        <source>潜在客户</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="68"/>
        <source>保有客户</source>
        <translation>Retained</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="72"/>
        <source>待启用</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="72"/>
        <source>已启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="72"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="76"/>
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="76"/>
        <source>售后</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="80"/>
        <source>采购生成</source>
        <translation>From vehicle purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="80"/>
        <source>手工新建</source>
        <translation>Created by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="84"/>
        <source>普通维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="84"/>
        <source>PDI</source>
        <translation>PDI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="84"/>
        <source>商品车质损</source>
        <translation>Transport damage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="89"/>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="90"/>
        <source>厂家（索赔）</source>
        <translation>Manufacturer (warranty claim)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="91"/>
        <source>本店（内部维修）</source>
        <translation>Own store (internal repair)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="97"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="98"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="99"/>
        <source>港澳居民来往内地通行证</source>
        <translation>HK/Macau residents&apos; travel permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="100"/>
        <source>台湾居民来往大陆通行证</source>
        <translation>Taiwan residents&apos; travel permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="101"/>
        <source>港澳台居民居住证</source>
        <translation>HK/Macau/Taiwan residence permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/i18n.py" line="102"/>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="68"/>
        <source>维修接待台 · 登录</source>
        <translation>Service Reception Desk · Log in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="80"/>
        <source>售后接车 · 客户与车辆档案</source>
        <translation>Service intake · customer and vehicle records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="85"/>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="93"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="90"/>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="94"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="96"/>
        <source>正在连接数据库…</source>
        <translation>Connecting to the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="102"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="99"/>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="164"/>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="177"/>
        <source>重新连接</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="97"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="101"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="106"/>
        <source>演示账号（点击填入，密码 demo1234）</source>
        <translation>Demo accounts (click to fill in; password demo1234)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="157"/>
        <source>请输入登录名和密码</source>
        <translation>Enter login and password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="98"/>
        <source>连接设置：演示、本机数据库或集团接待台服务器</source>
        <translation>Connection settings: demo, this computer&apos;s database or the group&apos;s reception-desk server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="131"/>
        <source>正在连接接待台服务器…</source>
        <translation>Connecting to the reception-desk server…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="131"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="163"/>
        <source>请检查网络，或点击“设置”检查连接。</source>
        <translation>Check the network, or press “Settings” to check the connection.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="171"/>
        <source>数据库需要升级，请联系 IT 运行 init-db</source>
        <translation>The database needs an upgrade: ask IT to run init-db</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="172"/>
        <source>IT 在任一台电脑上运行：reception-desk init-db --db 数据库地址（升级前请先备份）。</source>
        <translation>IT runs on any one computer: reception-desk init-db --db DATABASE-URL (back the database up first).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="174"/>
        <source>数据库版本比本程序新，请安装新版维修接待台</source>
        <translation>The database is newer than this app: install the new version of the Service Reception Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="175"/>
        <source>这台电脑上的维修接待台 {0} 版本较旧，请联系 IT 安装新版本。</source>
        <translation>The Service Reception Desk {0} on this computer is older: ask IT to install the new version.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="181"/>
        <source>维修接待台 · 数据库版本</source>
        <translation>Service Reception Desk · database version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="231"/>
        <source>请输入登录名</source>
        <translation>Enter your login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="234"/>
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="243"/>
        <source>登录已失效，请重新输入密码登录</source>
        <translation>Your session has ended: type your password to log in again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/login_dialog.py" line="250"/>
        <source>欢迎，{0}</source>
        <translation>Welcome, {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="69"/>
        <source>维修接待台</source>
        <translation>Service Reception Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="85"/>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="97"/>
        <source>接车</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="97"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="97"/>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="133"/>
        <source>已开工单 {0}</source>
        <translation>Work order {0} opened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="157"/>
        <source>待启用客户</source>
        <translation>Pending customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="161"/>
        <source>核心资料申请</source>
        <translation>Core change requests</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="165"/>
        <source>审计</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="169"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="173"/>
        <source>特殊客户</source>
        <translation>Special customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="176"/>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="180"/>
        <source>车架号升级</source>
        <translation>VIN escalations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="246"/>
        <source>维修接待台 · 登录已失效</source>
        <translation>Service Reception Desk · Session ended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/main_window.py" line="248"/>
        <source>重新登录</source>
        <translation>Log in again</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="30"/>
        <source>撤销合并 · {0}</source>
        <translation>Undo merge · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="30"/>
        <source>合并重复客户</source>
        <translation>Merge duplicate customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="33"/>
        <source>撤销后，合并时移到保留客户的车辆、工单、渠道和联系人按审计记录逐条移回，并恢复原状态。</source>
        <translation>Undoing puts back, row by row from the audit trail, the vehicles, work orders, channels and contacts the merge moved, and restores the previous status.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="34"/>
        <source>重复客户的车辆（车主）、工单、客户渠道和联系人移到保留客户；重复客户保留档案，停用并指向保留客户。不同客户类型不能合并。</source>
        <translation>The duplicate&apos;s vehicles (owner), work orders, channels and contacts move to the survivor; the duplicate record is kept, disabled and pointing at the survivor. Different customer types cannot be merged.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="40"/>
        <source>要合并掉的客户编码</source>
        <translation>Code of the duplicate to merge away</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="43"/>
        <source>保留的客户编码</source>
        <translation>Code of the customer to keep</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="46"/>
        <source>原因（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="52"/>
        <source>重复客户</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="54"/>
        <source>保留客户</source>
        <translation>Survivor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="55"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="65"/>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="67"/>
        <source>撤销合并</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="67"/>
        <source>合并</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="115"/>
        <source>请填写重复客户和保留客户的编码</source>
        <translation>Enter the codes of the duplicate and of the survivor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="117"/>
        <source>正在预览…</source>
        <translation>Previewing…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="125"/>
        <source>{0} {1}（{2}，{3}）→ 保留 {4} {5}（{6}，{7}）</source>
        <translation>{0} {1} ({2}, {3}) → keep {4} {5} ({6}, {7})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="129"/>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="129"/>
        <source>工单</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="130"/>
        <source>客户渠道（移到保留客户）</source>
        <translation>Channels (move to the survivor)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="131"/>
        <source>客户渠道（保留客户已有，留在原档案）</source>
        <translation>Channels (the survivor has them already; they stay)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="132"/>
        <source>车辆联系人</source>
        <translation>Vehicle contacts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="136"/>
        <source>请核对要移动的内容，填写原因后合并</source>
        <translation>Check what will move, give a reason, then merge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="149"/>
        <source>请填写原因（必填）</source>
        <translation>Give a reason (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="153"/>
        <source>正在处理…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="166"/>
        <source>已撤销合并：{0} 条记录移回 {1}</source>
        <translation>Merge undone: {0} rows moved back to {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="168"/>
        <source>；合并后已变动、未移回：{0}</source>
        <translation>; changed since the merge and left as they are: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_dialog.py" line="170"/>
        <source>已合并：{0} → {1}，移动 {2} 条记录</source>
        <translation>Merged: {0} → {1}, {2} rows moved</translation>
    </message>
</context>
<context>
    <name>MergePage</name>
    <message>
        <location filename="../../desktop/ui/back_office/merge_page.py" line="34"/>
        <source>合并重复客户（主数据团队）：合并可按审计记录撤销</source>
        <translation>Merge duplicate customers (master-data team): every merge can be undone from the audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_page.py" line="26"/>
        <source>合并重复客户…</source>
        <translation>Merge duplicates…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_page.py" line="28"/>
        <source>撤销所选合并…</source>
        <translation>Undo selected merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/merge_page.py" line="45"/>
        <source>{0} 次合并</source>
        <translation>{0} merges</translation>
    </message>
</context>
<context>
    <name>MergeTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="260"/>
        <source>生效中</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="261"/>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="267"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="268"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="269"/>
        <source>重复客户</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="270"/>
        <source>保留客户</source>
        <translation>Survivor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="271"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="272"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="58"/>
        <source>C3：公司、事业单位、机关等一律选单位客户</source>
        <translation>C3: every organisation (company, institution, government body) is a company customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="64"/>
        <source>手机 11 位；座机带区号</source>
        <translation>Mobile: 11 digits; landline with area code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="69"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="69"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="70"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="70"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="71"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="77"/>
        <source>检查重复并新建</source>
        <translation>Check and create</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="79"/>
        <source>保存前检查客户重复（C2）</source>
        <translation>Checks for duplicate customers before saving (C2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="120"/>
        <source>与营业执照一致，括号用（）</source>
        <translation>As on the business licence, with full-width brackets （）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="120"/>
        <source>与身份证一致；建议 姓名+身份证后6位</source>
        <translation>As on the ID card; name + last 6 of the ID is recommended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="151"/>
        <source>正在检查客户重复并保存…</source>
        <translation>Checking for duplicates and saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="163"/>
        <source>已新建 {0}</source>
        <translation>Created {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_customer_dialog.py" line="176"/>
        <source>{0}（{1}）已合并到其他客户：请查找合并后的客户</source>
        <translation>{0} ({1}) was merged into another customer: find the surviving one</translation>
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
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="30"/>
        <source>新建特殊客户</source>
        <translation>New special customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="32"/>
        <source>C13：保险公司、主机厂、二手车平台、配件供应商和集团内部公司只能由 EAS 管理团队新建。名称与营业执照一致；输入名称后按特殊客户名单给出类别。保存前检查客户重复（C2）。</source>
        <translation>C13: insurers, manufacturers, used-car platforms, parts suppliers and group-internal companies are created only by the master-data team. The name is as on the business licence; the category is proposed from the special customer list as the name is typed. Duplicates are checked before saving (C2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="34"/>
        <source>统一社会信用代码，能取得时必填（C7）</source>
        <translation>Unified social credit code; required whenever obtainable (C7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="36"/>
        <source>请选择类别</source>
        <translation>Select a category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="39"/>
        <source>特殊客户类别</source>
        <translation>Special category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="79"/>
        <source>名称不在特殊客户名单中：请选择类别，并考虑在名单中加入该名称</source>
        <translation>The name is not on the special customer list: select a category, and consider adding the name to the list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="81"/>
        <source>名称完全相同</source>
        <translation>Exact name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="82"/>
        <source>名称包含</source>
        <translation>Name contains</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="82"/>
        <source>名称开头为</source>
        <translation>Name starts with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="83"/>
        <source>名称结尾为</source>
        <translation>Name ends with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="84"/>
        <source>名单匹配：{0}（{1}“{2}”）</source>
        <translation>On the list: {0} ({1} “{2}”)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer/new_special_customer_dialog.py" line="91"/>
        <source>请选择特殊客户类别</source>
        <translation>Select a special category</translation>
    </message>
</context>
<context>
    <name>NewVehicleDialog</name>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="61"/>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="308"/>
        <source>新增车辆档案</source>
        <translation>New vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="71"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="86"/>
        <source>第一步：只填车型和车架号并保存（M2）。没有重复车架号时，再填车牌、车主、保险和保修。</source>
        <translation>Step one: model and VIN only, then save (M2). When no duplicate VIN is reported, fill plate, owner, insurance and warranty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="93"/>
        <source>与行驶证一致，如 本田 雅阁 2.0T 豪华版</source>
        <translation>As on the licence, e.g. Honda Accord 2.0T</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="97"/>
        <source>17 位，与实车一致（N1）</source>
        <translation>17 characters, exactly as on the car (N1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="99"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="99"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="104"/>
        <source>保存后车型、车架号锁定，只有主数据团队可纠正轻微录入错误（V4）：请与实车、行驶证逐位核对。</source>
        <translation>After saving, model and VIN are locked; only the master-data team may correct a slight slip (V4): check them character by character against the car and the licence.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="127"/>
        <source>复制给主数据团队</source>
        <translation>Copy for the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="128"/>
        <source>提交主数据团队</source>
        <translation>File with the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="130"/>
        <source>刷新状态</source>
        <translation>Refresh status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="132"/>
        <source>返回修改车架号</source>
        <translation>Back to the VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="143"/>
        <source>已有相近车架号：</source>
        <translation>Similar VINs on file:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="145"/>
        <source>发给主数据团队（EAS 管理团队）的说明：</source>
        <translation>Note for the master-data team (EAS):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="159"/>
        <source>② 车牌（P1）</source>
        <translation>② Plate (P1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="161"/>
        <source>如 粤B12345</source>
        <translation>e.g. 粤B12345</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="163"/>
        <source>保存车牌</source>
        <translation>Save plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="164"/>
        <source>未上牌</source>
        <translation>No plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="166"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="168"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="173"/>
        <source>③ 车主（O2：保存车辆后在此添加）</source>
        <translation>③ Owner (O2: added here once the vehicle is saved)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="175"/>
        <source>无车主</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="177"/>
        <source>添加车主</source>
        <translation>Add owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="181"/>
        <source>④ 保险和保修（M4：车型、车架号、车牌、车主核对一致后再填）</source>
        <translation>④ Insurance and warranty (M4: once model, VIN, plate and owner are confirmed)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="185"/>
        <source>商业险保险公司</source>
        <translation>Commercial insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="185"/>
        <source>商业险保单号</source>
        <translation>Commercial policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="186"/>
        <source>商业险到期日</source>
        <translation>Commercial insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="186"/>
        <source>交强险保险公司</source>
        <translation>Compulsory insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="187"/>
        <source>交强险保单号</source>
        <translation>Compulsory policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="187"/>
        <source>交强险到期日</source>
        <translation>Compulsory insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="188"/>
        <source>保修里程（公里）</source>
        <translation>Warranty mileage (km)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="188"/>
        <source>保修开始日期</source>
        <translation>Warranty start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="189"/>
        <source>保修结束日期</source>
        <translation>Warranty end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="207"/>
        <source>保存保险和保修</source>
        <translation>Save insurance and warranty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="249"/>
        <source>疑似车架号录入错误（V8）</source>
        <translation>Suspected VIN typo (V8)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="251"/>
        <source>车架号 {0} 与已有车架号仅差一两位：疑似录入错误。请核对实车车架号，不要新建车辆档案，联系主数据团队（V8、N1）。</source>
        <translation>VIN {0} is one or two characters off a VIN on file: a suspected typo. Check the VIN on the car, do not create the vehicle, contact the master-data team (V8, N1).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="255"/>
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
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="274"/>
        <source>正在提交…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="281"/>
        <source>正在查询…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="289"/>
        <source>升级单 {0}：{1}</source>
        <translation>Escalation {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="291"/>
        <source>请使用档案中的车辆：{0}</source>
        <translation>Use the vehicle on file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="293"/>
        <source>主数据团队说明：{0}</source>
        <translation>Master-data team&apos;s note: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="295"/>
        <source>可返回修改车架号页面，保存新建该车架号</source>
        <translation>Go back to the VIN page and save to create this VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="300"/>
        <source>已提交主数据团队</source>
        <translation>Filed with the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="304"/>
        <source>已复制，请发给主数据团队</source>
        <translation>Copied: send it to the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="316"/>
        <source>车辆档案 · {0}</source>
        <translation>Vehicle · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="317"/>
        <source>① 已新建 {0}：{1} · {2}（车型、车架号已锁定，V4）</source>
        <translation>① Created {0}: {1} · {2} (model and VIN locked, V4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="321"/>
        <source>已上牌：{0}</source>
        <translation>Plate: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="324"/>
        <source>更换车主</source>
        <translation>Change owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="334"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="339"/>
        <source>请输入车牌号</source>
        <translation>Enter the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/new_vehicle_dialog.py" line="380"/>
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
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="65"/>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="217"/>
        <source>维护车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="67"/>
        <source>正在读取车辆档案…</source>
        <translation>Loading the vehicle record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="83"/>
        <source>设为保有客户</source>
        <translation>Set as retained customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="95"/>
        <source>变更原因（选填），如：二手车过户</source>
        <translation>Reason (optional), e.g. sold second-hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="97"/>
        <source>变更原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="103"/>
        <source>设为保有客户并关联</source>
        <translation>Set retained and link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="121"/>
        <source>① 查找已有客户（C1：先查找，再新增）</source>
        <translation>① Find an existing customer (C1: search before create)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="126"/>
        <source>姓名、拼音首字母或电话片段，按 Enter 查找</source>
        <translation>Name, pinyin initials or part of the phone; Enter searches</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="128"/>
        <source>查找</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="135"/>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="284"/>
        <source>只有已启用的保有客户才能关联为车主（O6）</source>
        <translation>Only an enabled, retained customer can be linked as the owner (O6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="138"/>
        <source>设为车主</source>
        <translation>Link as owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="147"/>
        <source>② 找不到时新增车主（行驶证登记人，O5）</source>
        <translation>② Not found: create the owner (the licence holder, O5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="155"/>
        <source>C3：公司、事业单位、机关等一律选单位客户</source>
        <translation>C3: every organisation (company, institution, government body) is a company customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="158"/>
        <source>与行驶证一致；个人建议 姓名+身份证后6位</source>
        <translation>As on the licence; for a person name + last 6 of the ID is recommended</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="161"/>
        <source>手机 11 位；座机带区号</source>
        <translation>Mobile: 11 digits; landline with area code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="167"/>
        <source>能取得时必填（C7）</source>
        <translation>Required whenever obtainable (C7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="169"/>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="169"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="170"/>
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="170"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="171"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="179"/>
        <source>新建并设为车主</source>
        <translation>Create and link as owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="180"/>
        <source>保存前检查客户重复（C2）；新客户待客服核实启用（C9）</source>
        <translation>Checked for duplicates before saving (C2); customer service enables new customers (C9)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="181"/>
        <source>保存前自动检查客户重复（C2）；在车辆档案上新增的客户为保有客户，待客服核实原件后启用（C4、C9）。</source>
        <translation>The duplicate check runs before saving (C2); a customer created on a vehicle record is retained and pending until customer service checks the documents and enables it (C4, C9).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="195"/>
        <source>未上牌</source>
        <translation>No plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="197"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="198"/>
        <source>车辆：{0} · {1} · {2}
当前车主：{3}</source>
        <translation>Vehicle: {0} · {1} · {2}
Owner now: {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="206"/>
        <source>维护车主 · 添加车主</source>
        <translation>Owner · add the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="207"/>
        <source>车辆无车主（W3/O2）：先查找已有客户；找不到再按行驶证新增车主。</source>
        <translation>The vehicle has no owner (W3/O2): search the existing customers first; if not found, create the owner as on the licence.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="209"/>
        <source>维护车主 · 设为保有客户</source>
        <translation>Owner · set as retained</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="211"/>
        <source>车主 {0}（{1}）是{2}，不是保有客户，所以接车时没有带出（W3）。核对行驶证无误后，设为保有客户即可继续接车。</source>
        <translation>The owner {0} ({1}) is a {2}, not a retained customer, so the intake did not load it (W3). Check the licence, then set the customer as retained to go on.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="215"/>
        <source>如车主不是此人（已过户），请在下方查找或新增正确的车主。</source>
        <translation>If this is not the owner (the car was sold on), find or create the right owner below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="218"/>
        <source>车主 {0}（{1}）已停用，不能作为车主（O6）：请联系客服核实；如车辆已过户，请在下方查找或新增新车主。</source>
        <translation>The owner {0} ({1}) is disabled and cannot be the owner (O6): ask customer service to check; if the car was sold on, find or create the new owner below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="223"/>
        <source>维护车主 · 更换车主</source>
        <translation>Owner · change of owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="224"/>
        <source>仅在车辆确实过户时更换车主（O3/W2a）。车主名字录错不要换车主，请客服修改原客户档案（C11）；他店车主正确时不得换成本店同名客户（W2b）。</source>
        <translation>Change the owner only when the car was really sold on (O3/W2a). A misspelt name is not a new owner: customer service corrects the record (C11); another store&apos;s correct owner is never replaced by this store&apos;s same-name customer (W2b).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="245"/>
        <source>请输入姓名或电话片段</source>
        <translation>Enter a name or part of the phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="248"/>
        <source>正在查找…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="254"/>
        <source>找到 {0} 个客户：↑↓ 选择，Enter 设为车主</source>
        <translation>{0} customers found: ↑↓ to pick, Enter links</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="259"/>
        <source>没有找到：请在右侧按行驶证新增车主</source>
        <translation>Nothing found: create the owner on the right, as on the licence</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="273"/>
        <source>已停用：不能作为车主（O6）</source>
        <translation>Disabled: cannot be the owner (O6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="275"/>
        <source>待启用：请联系客服核实原件并启用后再关联（O6、C9）；不要重复新建</source>
        <translation>Pending: ask customer service to check and enable it, then link it (O6, C9); do not create it again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="277"/>
        <source>潜在客户：确认是行驶证上的车主后，可设为保有客户再关联（O6、W3）</source>
        <translation>Potential customer: once confirmed as the licence holder, set as retained and link (O6, W3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="288"/>
        <source>{0}（{1}）可以关联为车主</source>
        <translation>{0} ({1}) can be linked as the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="296"/>
        <source>请先查找并选择客户</source>
        <translation>Search and select a customer first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="309"/>
        <source>正在关联车主…</source>
        <translation>Linking the owner…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="318"/>
        <source>正在设为保有客户…</source>
        <translation>Setting as retained…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="332"/>
        <source>将 {0} 设为保有客户并关联</source>
        <translation>Set {0} as retained and link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="347"/>
        <source>正在设为保有客户并关联…</source>
        <translation>Setting as retained and linking…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="364"/>
        <source>正在检查客户重复并保存…</source>
        <translation>Checking for duplicates and saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="383"/>
        <source>{0}（{1}）已合并到其他客户：请查找合并后的客户</source>
        <translation>{0} ({1}) was merged into another customer: find the surviving one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/owner/owner_dialog.py" line="398"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="99"/>
        <source>待启用客户：核实原件、重新查重后启用（C9）；重复的不启用，沿用已有客户</source>
        <translation>Pending customers: check the original documents and re-run the duplicate check before enabling (C9); a duplicate is not enabled, the existing customer is used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="59"/>
        <source>查重结果</source>
        <translation>Duplicate check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="61"/>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="121"/>
        <source>请选择一个待启用客户</source>
        <translation>Select a pending customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="77"/>
        <source>启用</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="79"/>
        <source>驳回：沿用所选客户</source>
        <translation>Reject: use the selected customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="81"/>
        <source>停用（资料不合规）</source>
        <translation>Disable (non-compliant)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="84"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="109"/>
        <source>{0} 个待启用</source>
        <translation>{0} pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="121"/>
        <source>没有待启用客户</source>
        <translation>No pending customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="124"/>
        <source>{0} {1}：正在重新查重…</source>
        <translation>{0} {1}: re-running the duplicate check…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="145"/>
        <source>{0} {1}：查重未发现重复，核实原件后可启用</source>
        <translation>{0} {1}: no duplicates found; enable after checking the documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="147"/>
        <source>{0} {1}：与已有客户确定重复，不能启用；请驳回并沿用已有客户</source>
        <translation>{0} {1}: certainly a duplicate of an existing customer and cannot be enabled; reject it and use the existing one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="150"/>
        <source>{0} {1}：发现 {2} 个疑似重复，请核对；是同一客户则驳回，否则启用</source>
        <translation>{0} {1}: {2} possible duplicates; check them — reject if it is the same customer, otherwise enable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="202"/>
        <source>已启用 {0} {1}</source>
        <translation>Enabled {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="228"/>
        <source>请填写原因</source>
        <translation>Give a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="235"/>
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
        <location filename="../../desktop/ui/back_office/pending_page.py" line="70"/>
        <source>驳回、停用或无证件启用的原因（必填）</source>
        <translation>Reason to reject, disable or enable without ID (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="73"/>
        <source>无证件启用：已核实原件，客户确实无法提供证件（C7）</source>
        <translation>Enable without ID: originals checked, the customer cannot provide one (C7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="191"/>
        <source>该客户没有证件：核实原件、确认客户确实无法提供证件后，勾选“无证件启用”并填写原因（C7）</source>
        <translation>This customer has no ID: after checking the original documents and confirming the customer really cannot provide one, tick “Enable without ID” and give a reason (C7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="198"/>
        <source>正在重新查重并启用…</source>
        <translation>Re-checking duplicates and enabling…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="222"/>
        <source>与已有客户 {0} 为同一客户，沿用已有客户</source>
        <translation>Same customer as the existing {0}; the existing customer is used</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="245"/>
        <source>已驳回 {0}，业务沿用 {1}</source>
        <translation>Rejected {0}; the business uses {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="253"/>
        <source>正在停用…</source>
        <translation>Disabling…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/pending_page.py" line="255"/>
        <source>已停用 {0} {1}</source>
        <translation>Disabled {0} {1}</translation>
    </message>
</context>
<context>
    <name>PendingTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="219"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="220"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="221"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="222"/>
        <source>业务</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="223"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="224"/>
        <source>建档人</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="225"/>
        <source>建档门店</source>
        <translation>Created at store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="226"/>
        <source>建档时间</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>PlateDialog</name>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="86"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="92"/>
        <source>保存车牌</source>
        <translation>Save plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="93"/>
        <source>清除原车车牌并装到本车</source>
        <translation>Clear it on the old car and put it on this one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="119"/>
        <source>正在读取车辆档案…</source>
        <translation>Loading the vehicle record…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="125"/>
        <source>如 粤B12345（与实车、行驶证一致）</source>
        <translation>e.g. 粤B12345 (as on the car and the licence)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="62"/>
        <source>（按车牌自动判断）</source>
        <translation>(from the plate)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="129"/>
        <source>选填，如：过户后换牌</source>
        <translation>Optional, e.g. re-plated after a sale</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="131"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="131"/>
        <source>车牌颜色</source>
        <translation>Plate colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="132"/>
        <source>变更原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="136"/>
        <source>P1/P2：只改车牌和车牌颜色，不改车架号和车型。车牌已在另一辆车上时，会显示两辆车供确认（P3）。</source>
        <translation>P1/P2: only plate and plate colour change, never VIN or model. When the plate is on another vehicle both vehicles are shown for confirmation (P3).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="155"/>
        <source>原车：清除车牌和车牌颜色</source>
        <translation>Old car: plate and colour cleared</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="155"/>
        <source>本车：装上车牌</source>
        <translation>This car: gets the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="161"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="161"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="161"/>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="162"/>
        <source>车牌（确认前 → 确认后）</source>
        <translation>Plate (before → after)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="171"/>
        <source>原车的车架号、车型不变（P4）；两处修改在一次保存中完成，并记入车牌历史。</source>
        <translation>The old car&apos;s VIN and model stay (P4); both changes are saved together and kept in the plate history.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="185"/>
        <source>车牌 · {0}</source>
        <translation>Plate · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="187"/>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="241"/>
        <source>未上牌</source>
        <translation>No plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="188"/>
        <source>本车：{0} · {1}
当前车牌：{2}</source>
        <translation>This car: {0} · {1}
Plate now: {2}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="202"/>
        <source>请输入车牌号</source>
        <translation>Enter the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="234"/>
        <source>如确是原车主把车牌装到了本车：确认后清除原车车牌，并把车牌装到本车。</source>
        <translation>If the old owner really put the plate on this car: confirm to clear it on the old car and put it on this one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="240"/>
        <source>无车主</source>
        <translation>No owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="242"/>
        <source>（空）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/plate_dialog.py" line="244"/>
        <source>车牌已在另一辆车上（P3）</source>
        <translation>The plate is on another vehicle (P3)</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <location filename="../../desktop/ui/back_office/queue_page.py" line="34"/>
        <source>刷新</source>
        <extracomment>the read service that lists the open items (a staticmethod: the worker calls it on the backend)</extracomment>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/queue_page.py" line="42"/>
        <source>正在加载…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/queue_page.py" line="61"/>
        <source>{0} 个待处理</source>
        <translation>{0} open</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="246"/>
        <source>申请号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="247"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="248"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="249"/>
        <source>业务</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="250"/>
        <source>申请修改</source>
        <translation>Requested change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="251"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="252"/>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="253"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="254"/>
        <source>申请时间</source>
        <translation>Requested</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop/ui/common/search_page.py" line="79"/>
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/search_page.py" line="89"/>
        <source>（仅显示前 {0} 条，请输入更多字符）</source>
        <translation> (first {0} only; type more characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/search_page.py" line="90"/>
        <source>{0} 条</source>
        <translation>{0} rows</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="115"/>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="133"/>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="140"/>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="217"/>
        <source>数据库文件</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="152"/>
        <source>设置保存在：{0}</source>
        <translation>Settings are saved in: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="153"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="98"/>
        <source>设置 · 连接</source>
        <translation>Settings · Connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="104"/>
        <source>集团接待台服务器（多门店）</source>
        <translation>The group&apos;s reception-desk server (several stores)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="105"/>
        <source>本机数据库文件（单台电脑）</source>
        <translation>A database file on this computer (one workstation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="106"/>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="111"/>
        <source>https://接待台服务器地址:8443</source>
        <translation>https://reception-desk-server:8443</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="114"/>
        <source>集团自签 CA 证书（.pem）；使用公共证书时留空</source>
        <translation>The group&apos;s own CA certificate (.pem); leave empty for a public certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="119"/>
        <source>本机不保存任何数据库账号或密码：登录时只需输入本人的登录名和密码。</source>
        <translation>No database account or password is kept on this computer: at login you type only your own login and password.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="125"/>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="126"/>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="223"/>
        <source>CA 证书</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="142"/>
        <source>演示数据保存在本机：{0}</source>
        <translation>The demo data is kept on this computer: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="158"/>
        <source>连接方式</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="203"/>
        <source>请填写服务器地址，如 https://desk.dealer.local:8443</source>
        <translation>Type the server&apos;s address, e.g. https://desk.dealer.local:8443</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="207"/>
        <source>CA 证书文件不存在：{0}</source>
        <translation>CA certificate file not found: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="212"/>
        <source>服务器地址应为 https://主机名:端口，不能包含用户名或密码</source>
        <translation>The server address is https://host:port, without a user name or password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="224"/>
        <source>证书 (*.pem *.crt);;* (*)</source>
        <translation>Certificates (*.pem *.crt);;* (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="233"/>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="244"/>
        <source>连接成功：接待台服务器已就绪（数据库版本 {0}）。</source>
        <translation>Connected: the reception-desk server is ready (database version {0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="245"/>
        <source>服务器可以连接，但其数据库需要升级：请联系 IT 运行 init-db。</source>
        <translation>The server answers, but its database needs an upgrade: ask IT to run init-db.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="247"/>
        <source>文件还不存在：首次登录时会新建一个空数据库。</source>
        <translation>The file does not exist yet: an empty database is created at the first login.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="249"/>
        <source>连接成功，但数据库是空的：请 IT 先运行 init-db 并添加门店和用户。</source>
        <translation>Connected, but the database is empty: IT must run init-db and add stores and users first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="251"/>
        <source>连接成功，但数据库版本比本程序新（{0}）：请安装新版维修接待台。</source>
        <translation>Connected, but the database is newer than this app ({0}): install the new version.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="253"/>
        <source>连接成功，但数据库需要升级，请联系 IT 运行 init-db（数据库 {0}，本程序 {1}）。</source>
        <translation>Connected, but the database needs an upgrade: ask IT to run init-db (database {0}, app {1}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="256"/>
        <source>连接成功，数据库版本与本程序一致（{0}）。</source>
        <translation>Connected; the database matches this app ({0}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="262"/>
        <source>连接失败：{0}</source>
        <translation>Connection failed: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/shell/settings_dialog.py" line="273"/>
        <source>设置无法保存：{0}</source>
        <translation>The settings could not be saved: {0}</translation>
    </message>
</context>
<context>
    <name>SpecialCustomersPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="99"/>
        <source>特殊客户名单（C13）：名称与名单匹配的客户只能由 EAS 管理团队新建</source>
        <translation>Special customer list (C13): a customer whose name matches the list is created only by the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="64"/>
        <source>新建特殊客户…</source>
        <translation>New special customer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="70"/>
        <source>筛选名单：名称、片段或类别</source>
        <translation>Filter the list: name, fragment or category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="130"/>
        <source>所选规则</source>
        <translation>Selected entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="133"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="226"/>
        <source>请在左侧选择一条规则</source>
        <translation>Select an entry on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="139"/>
        <source>必填，如：名称有误、误伤普通客户</source>
        <translation>Required, e.g. wrong name, hits ordinary customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="141"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="165"/>
        <source>匹配方式</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="142"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="166"/>
        <source>名称或片段</source>
        <translation>Name or part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="143"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="167"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="144"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="168"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="145"/>
        <source>保存修改</source>
        <translation>Save change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="146"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="234"/>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="157"/>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="169"/>
        <source>新增规则</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="162"/>
        <source>如：财产保险股份有限公司</source>
        <translation>e.g. 财产保险股份有限公司</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="164"/>
        <source>选填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="179"/>
        <source>检查名称</source>
        <translation>Check a name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="185"/>
        <source>输入客户名称，查看是否属于特殊客户</source>
        <translation>Type a customer name to see whether it is a special customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="187"/>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="215"/>
        <source>显示 {0} 条，共 {1} 条（启用 {2} 条）</source>
        <translation>{0} of {1} shown ({2} enabled)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="228"/>
        <source>系统预置</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="228"/>
        <source>{0} 新增</source>
        <translation>Added by {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="229"/>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="229"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="234"/>
        <source>重新启用</source>
        <translation>Re-enable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="248"/>
        <source>修改、停用或启用规则须填写原因</source>
        <translation>Editing, disabling or enabling an entry needs a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="281"/>
        <source>规则 #{0} 已保存：{1}“{2}”</source>
        <translation>Entry #{0} saved: {1} “{2}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="290"/>
        <source>已新增规则 #{0}：{1}“{2}”</source>
        <translation>Entry #{0} added: {1} “{2}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="311"/>
        <source>不在名单中：普通客户，各岗位按权限新建</source>
        <translation>Not on the list: an ordinary customer, created by each role as its permissions allow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/special_customers_page.py" line="313"/>
        <source>特殊客户：{0}（规则 #{1} {2}“{3}”）：只有 EAS 管理团队可以新建</source>
        <translation>Special customer: {0} (entry #{1}, {2} “{3}”): only the master-data team can create it</translation>
    </message>
</context>
<context>
    <name>SpecialPatternTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="412"/>
        <source>名称完全相同</source>
        <translation>Exact name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="413"/>
        <source>名称包含</source>
        <translation>Name contains</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="414"/>
        <source>名称开头为</source>
        <translation>Name starts with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="415"/>
        <source>名称结尾为</source>
        <translation>Name ends with</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="420"/>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="421"/>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="427"/>
        <source>系统预置</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="433"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="434"/>
        <source>匹配方式</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="435"/>
        <source>名称或片段</source>
        <translation>Name or part</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="436"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="437"/>
        <source>修改人</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="438"/>
        <source>修改时间</source>
        <translation>Changed at</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="462"/>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="463"/>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="467"/>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="473"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="474"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="475"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="476"/>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="477"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="478"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="44"/>
        <source>所选用户</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="46"/>
        <source>请选择一个用户</source>
        <translation>Select a user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="57"/>
        <source>保存角色</source>
        <translation>Save roles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="64"/>
        <source>新密码（至少 6 位）</source>
        <translation>New password (6+ characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="65"/>
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="66"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="67"/>
        <location filename="../../desktop/ui/back_office/users_page.py" line="144"/>
        <source>停用账号</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="78"/>
        <source>新增用户</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="95"/>
        <source>至少 6 位</source>
        <translation>6+ characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="96"/>
        <source>新增</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="99"/>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="100"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="101"/>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="102"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="103"/>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="140"/>
        <source>，已锁定（连续输错密码）</source>
        <translation>, locked (too many failed logins)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="144"/>
        <source>启用账号</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="164"/>
        <source>{0} 的角色已保存</source>
        <translation>Roles of {0} saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="170"/>
        <source>新密码至少 6 位</source>
        <translation>The new password needs at least 6 characters</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="176"/>
        <source>{0} 的密码已重置</source>
        <translation>Password of {0} reset</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="183"/>
        <source>{0} 已解锁</source>
        <translation>{0} unlocked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="191"/>
        <source>{0} 已停用</source>
        <translation>{0} deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="194"/>
        <source>{0} 已启用</source>
        <translation>{0} reactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/users_page.py" line="205"/>
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
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="57"/>
        <source>车辆档案</source>
        <translation>Vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="63"/>
        <source>基本信息</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="64"/>
        <source>客户信息</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="66"/>
        <source>生产日期</source>
        <translation>Production date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="66"/>
        <source>销售日期</source>
        <translation>Sale date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="67"/>
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="67"/>
        <source>保修卡号</source>
        <translation>Warranty card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="68"/>
        <source>销售信息</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="69"/>
        <source>售后信息</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="71"/>
        <source>商业险保险公司</source>
        <translation>Commercial insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="71"/>
        <source>商业险保单号</source>
        <translation>Commercial policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="72"/>
        <source>商业险到期日</source>
        <translation>Commercial insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="72"/>
        <source>交强险保险公司</source>
        <translation>Compulsory insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="73"/>
        <source>交强险保单号</source>
        <translation>Compulsory policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="73"/>
        <source>交强险到期日</source>
        <translation>Compulsory insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="74"/>
        <source>保险信息</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="78"/>
        <source>修改原因（纠正锁定信息、换牌时填写）</source>
        <translation>Reason (when correcting locked facts or changing the plate)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="127"/>
        <source>车辆编码</source>
        <translation>Vehicle code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="128"/>
        <source>来源</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="129"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="130"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="134"/>
        <source>发动机号</source>
        <translation>Engine no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="135"/>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="136"/>
        <source>内饰</source>
        <translation>Interior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="137"/>
        <source>选装</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="138"/>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="143"/>
        <source>车牌颜色</source>
        <translation>Plate colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="144"/>
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="150"/>
        <source>车主（行驶证登记人）</source>
        <translation>Owner (holder of the driving licence)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="153"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="153"/>
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="153"/>
        <source>类型 / 类别</source>
        <translation>Type / category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="154"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="154"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="160"/>
        <source>打开车主档案</source>
        <translation>Open owner record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="172"/>
        <source>联系人 / 主要用车人（W7）</source>
        <translation>Contacts / main user (W7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="194"/>
        <source>所属维修中心</source>
        <translation>Repair centers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="200"/>
        <source>添加本店维修中心</source>
        <translation>Attach this store&apos;s repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="201"/>
        <source>M3：添加本店维修中心（不删除其他门店的），并为车主添加本店客户渠道</source>
        <translation>M3: add this store&apos;s repair center (other stores&apos; stay) and this store&apos;s channel on the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="204"/>
        <source>移除原因（必填，记入审计）</source>
        <translation>Reason for removal (required, audited)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="208"/>
        <source>移除所选维修中心</source>
        <translation>Remove repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="210"/>
        <source>M3：只移除错误的维修中心行；其他门店的只能由主数据团队移除，至少保留一个</source>
        <translation>M3: remove only a wrong repair center; other stores&apos; are removed only by the master-data team, and one always stays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="217"/>
        <source>保修</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="219"/>
        <source>保修里程（公里）</source>
        <translation>Warranty mileage (km)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="220"/>
        <source>保修开始日期</source>
        <translation>Warranty start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="221"/>
        <source>保修结束日期</source>
        <translation>Warranty end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="247"/>
        <source>车辆档案 · {0}</source>
        <translation>Vehicle · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="260"/>
        <source>{0} 款</source>
        <translation>model year {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="292"/>
        <source>无车主：请添加车主（W3）</source>
        <translation>No owner: add the owner (W3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="364"/>
        <source>没有修改</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="332"/>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="375"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="424"/>
        <source>已移除该维修中心（已记入审计）</source>
        <translation>Repair center removed (audited)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="438"/>
        <source>已添加本店维修中心：本店现在可以看到该车及其车主</source>
        <translation>This store&apos;s repair center was added: the store now sees the vehicle and its owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="161"/>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="303"/>
        <source>维护车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="162"/>
        <source>新增车主、设为保有客户或过户更换车主（W3/O2/O3）</source>
        <translation>Add the owner, set it retained, or change it after a sale (W3/O2/O3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="168"/>
        <source>车主是行驶证登记人（O5）；只有已启用的保有客户才能关联为车主（O6）。车主名字录错请客服修改原客户档案（C11），不要更换车主。</source>
        <translation>The owner is the licence holder (O5); only an enabled, retained customer can be linked (O6). A misspelt owner name is corrected by customer service on the record (C11), not by changing the owner.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="177"/>
        <source>维护联系人…</source>
        <translation>Contacts…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="294"/>
        <source>添加车主</source>
        <translation>Add owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle/vehicle_dialog.py" line="303"/>
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
    <name>VehicleTableModel</name>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="158"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="159"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="160"/>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="161"/>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/common/models.py" line="162"/>
        <source>车辆编码</source>
        <translation>Vehicle code</translation>
    </message>
</context>
<context>
    <name>VinEscalationPage</name>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="58"/>
        <source>顾问提交的疑似录错车架号：核对实车后答复同一辆车或不同车辆（V8/N1）</source>
        <translation>Suspected VIN typos filed by the advisors: check the real car, then answer same car or different car (V8/N1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="36"/>
        <source>已录入的孪生车辆车架号（合并时填写）</source>
        <translation>VIN of the twin on file (to merge it)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="40"/>
        <source>处理说明（必填）</source>
        <translation>Note (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="42"/>
        <source>同一辆车</source>
        <translation>Same car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="44"/>
        <source>不同车辆</source>
        <translation>Different car</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="46"/>
        <source>合并孪生车辆</source>
        <translation>Merge twin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="48"/>
        <source>档案车架号</source>
        <translation>VIN on file</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="50"/>
        <source>孪生车架号</source>
        <translation>Twin VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="53"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="81"/>
        <source>已处理</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/back_office/vin_escalations_page.py" line="123"/>
        <source>已将 {0} 合并到 {1}</source>
        <translation>Merged {0} into {1}</translation>
    </message>
</context>
<context>
    <name>WorkOrderForm</name>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="48"/>
        <source>开工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="73"/>
        <source>结算方</source>
        <translation>Settled by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="79"/>
        <source>实际送修人，每次重新填写</source>
        <translation>Who brought the car, entered every time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="83"/>
        <source>送修人本人的有效电话</source>
        <translation>The deliverer&apos;s own valid phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="85"/>
        <source>车主本人送修</source>
        <translation>Owner brought it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="86"/>
        <source>车主本人送修时，填入车主姓名和电话（W8：请核对）</source>
        <translation>When the owner brought the car: fill in the owner&apos;s name and phone (W8: check them)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="90"/>
        <source>公里</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="96"/>
        <source>客户描述的故障或需求</source>
        <translation>The fault or request in the customer&apos;s words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="102"/>
        <source>保存工单</source>
        <translation>Save work order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="110"/>
        <source>工单类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="112"/>
        <source>送修人</source>
        <translation>Deliverer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="114"/>
        <source>送修人电话</source>
        <translation>Deliverer&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="117"/>
        <source>进厂里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="119"/>
        <source>故障描述</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="147"/>
        <source>PDI / 商品车质损只用于库存商品车：请先查询车架号</source>
        <translation>PDI / transport damage are for stock cars only: look up the VIN first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="149"/>
        <source>不是库存商品车（W6）：{0}</source>
        <translation>Not a stock car (W6): {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="203"/>
        <source>当前角色不能开工单</source>
        <translation>Your role cannot open work orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="205"/>
        <source>先查询车架号：车辆和车主都带出后才能开工单（W5）</source>
        <translation>Look up the VIN first: a work order needs both vehicle and owner loaded (W5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="207"/>
        <source>车牌登记在另一辆车上：先把车牌移到本车（P3），再开工单</source>
        <translation>The plate is on another vehicle: move it to this car first (P3), then open the work order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="209"/>
        <source>经车牌带出：核对车架号后 6 位后才能开工单（V7）</source>
        <translation>Loaded by its plate: check the last 6 characters of the VIN before the work order (V7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="211"/>
        <source>PDI / 商品车质损工单也须先带出本店可见的库存商品车（W6）</source>
        <translation>PDI / transport-damage work orders also need a stock car of this store loaded first (W6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="213"/>
        <source>车辆和车主都带出后才能开工单（W5）；本车是库存商品车，PDI 或商品车质损可无车主（W6）</source>
        <translation>A work order needs vehicle and owner loaded (W5); this is a stock car: PDI or transport damage may go on without an owner (W6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="215"/>
        <source>车辆和车主都带出后才能开工单（W5）</source>
        <translation>A work order needs vehicle and owner loaded (W5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake/work_order_form.py" line="260"/>
        <source>已开工单 {0}（{1}）</source>
        <translation>Work order {0} opened ({1})</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../desktop/ui/common/worker.py" line="93"/>
        <source>程序内部错误，已写入日志：{0}</source>
        <extracomment>the exception the service raised, for a dialog that handles an expected refusal by its class</extracomment>
        <translation>Internal error, written to the log: {0}</translation>
    </message>
</context>
</TS>
