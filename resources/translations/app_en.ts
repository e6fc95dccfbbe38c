<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="164" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="165" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="166" />
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="167" />
        <source>主要用车人</source>
        <translation>Main user</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="69" />
        <source>客户档案 · {0}</source>
        <translation>Customer · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="77" />
        <source>核心资料（C10：仅财务、客服可修改）</source>
        <translation>Core data (C10: finance and customer service only)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="82" />
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="83" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="84" />
        <source>主要电话</source>
        <translation>Main phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="88" />
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="89" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="92" />
        <source>修改核心资料的原因（必填）</source>
        <translation>Reason for the core-data change (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="93" />
        <source>修改原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="96" />
        <source>其他资料</source>
        <translation>Other details</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="98" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="99" />
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="101" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="102" />
        <source>联系人电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="103" />
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="104" />
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="106" />
        <source>档案信息</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="109" />
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="109" />
        <source>类别 / 业务</source>
        <translation>Category / business</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="110" />
        <source>财务客户</source>
        <translation>Finance customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="110" />
        <source>客户渠道（门店）</source>
        <translation>Channels (stores)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="111" />
        <source>创建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="122" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="128" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="175" />
        <source>客户档案 · {0} {1}</source>
        <translation>Customer · {0} {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="193" />
        <source>C10 核心资料只能由有“修改核心资料”权限的财务、客服修改；请提交修改申请</source>
        <translation>C10: core data can be changed only by finance or customer service ('modify core data'); submit a change request</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="201" />
        <source> · 特殊客户</source>
        <translation> · special customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="202" />
        <source>（系统生成，启用后出现）</source>
        <translation>(generated by the system when enabled)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="210" />
        <source>待启用：核实原件并查重后，由{0}启用（C9）</source>
        <translation>Pending: {0} enables it after checking the documents and duplicates (C9)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="211" />
        <source>财务</source>
        <translation>finance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="211" />
        <source>客服</source>
        <translation>customer service</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="212" />
        <source>已启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="213" />
        <source>已停用：不能作为车主（O6）</source>
        <translation>Disabled: cannot be an owner (O6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="241" />
        <source>生日须为日期（YYYY-MM-DD）</source>
        <translation>Birthday must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="256" />
        <source>没有修改</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="260" />
        <source>修改核心资料须填写原因</source>
        <translation>A core-data change needs a reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="266" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_dialog.py" line="275" />
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>CustomerList</name>
    <message>
        <location filename="../../desktop/ui/customer_list.py" line="23" />
        <source>姓名、拼音首字母或电话片段</source>
        <translation>Name, pinyin initials or part of the phone</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="120" />
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="121" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="122" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="123" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="124" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="125" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="126" />
        <source>建档门店</source>
        <translation>Created at</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="93" />
        <source>车架号 VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="97" />
        <source>扫描或输入 17 位车架号，按 Enter 查询</source>
        <translation>Scan or type the 17-character VIN, press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="102" />
        <location filename="../../desktop/ui/intake_panel.py" line="168" />
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="105" />
        <source>如 粤B12345</source>
        <translation>e.g. 粤B12345</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="110" />
        <source>查询</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="143" />
        <source>车主档案</source>
        <translation>Owner record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="165" />
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="166" />
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="167" />
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="169" />
        <source>维修中心</source>
        <translation>Repair centers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="170" />
        <source>保险到期</source>
        <translation>Insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="175" />
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="176" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="177" />
        <source>类型 / 类别</source>
        <translation>Type / category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="178" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="179" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="180" />
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="185" />
        <source>开工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="206" />
        <source>结算方</source>
        <translation>Settled by</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="212" />
        <source>实际送修人，每次重新填写</source>
        <translation>Who brought the car, entered every time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="215" />
        <source>送修人本人的有效电话</source>
        <translation>The deliverer's own valid phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="216" />
        <source>车主本人送修</source>
        <translation>Owner brought it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="219" />
        <source>车主本人送修时，填入车主姓名和电话（W8：请核对）</source>
        <translation>When the owner brought the car: fill in the owner's name and phone (W8: check them)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="224" />
        <source>公里</source>
        <translation>km</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="229" />
        <source>客户描述的故障或需求</source>
        <translation>The fault or request in the customer's words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="235" />
        <source>保存工单</source>
        <translation>Save work order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="250" />
        <source>工单类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="252" />
        <source>送修人</source>
        <translation>Deliverer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="254" />
        <source>送修人电话</source>
        <translation>Deliverer's phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="257" />
        <source>进厂里程</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="259" />
        <source>故障描述</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="316" />
        <source>请先扫描或输入车架号</source>
        <translation>Scan or type the VIN first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="323" />
        <source>请输入车牌号</source>
        <translation>Enter the plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="337" />
        <source>正在查询…</source>
        <translation>Looking up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="354" />
        <source>已有车架号：{0}</source>
        <translation>VINs on file: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="371" />
        <source>查询失败</source>
        <translation>Lookup failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="375" />
        <location filename="../../desktop/ui/intake_panel.py" line="570" />
        <source>接车</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="388" />
        <source>车辆档案</source>
        <translation>Vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="389" />
        <source>维护车主</source>
        <translation>Add the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="390" />
        <source>新增车辆档案</source>
        <translation>Create vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="391" />
        <source>添加本店维修中心</source>
        <translation>Attach this store's repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="392" />
        <location filename="../../desktop/ui/intake_panel.py" line="416" />
        <source>联系主数据团队</source>
        <translation>Contact the master-data team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="418" />
        <source>疑似车架号录入错误，请勿新建车辆档案。</source>
        <translation>Suspected VIN typo: do not create a vehicle record.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="420" />
        <source>请核对实车车架号，并将以下信息发给主数据团队（EAS 管理团队）：
输入的车架号：{0}
已有相近车架号：{1}
门店：{2}  经办人：{3}</source>
        <translation>Check the VIN on the car and send this to the master-data team:
VIN entered: {0}
Similar VINs on file: {1}
Store: {2}  Advisor: {3}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="436" />
        <source>{0} 款</source>
        <translation>model year {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="443" />
        <source>未上牌</source>
        <translation>No plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="446" />
        <source>商业险 {0} · 交强险 {1}</source>
        <translation>Commercial {0} · compulsory {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="498" />
        <source>当前角色不能开工单</source>
        <translation>Your role cannot open work orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="500" />
        <source>先查询车架号：车辆和车主都带出后才能开工单（W5）</source>
        <translation>Look up the VIN first: a work order needs both vehicle and owner loaded (W5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="502" />
        <source>车辆和车主都带出后才能开工单（W5）；新车 PDI 或商品车质损可无车主（W6）</source>
        <translation>A work order needs vehicle and owner loaded (W5); PDI or transport damage may go on without an owner (W6)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="504" />
        <source>PDI / 商品车质损工单也须先带出本店可见的车辆</source>
        <translation>PDI / transport-damage work orders also need a vehicle this store sees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="523" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="538" />
        <source>已开工单 {0}（{1}）</source>
        <translation>Work order {0} opened ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/intake_panel.py" line="570" />
        <source>扫描或输入车架号，按 Enter 查询；Esc 清空，接待下一辆车</source>
        <translation>Scan or type the VIN and press Enter; Esc clears for the next car</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="55" />
        <source>车辆和车主已带出</source>
        <translation>Vehicle and owner loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="56" />
        <source>只有车辆，车主未带出</source>
        <translation>Vehicle only, no owner loaded</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="57" />
        <source>集团内无此车辆</source>
        <translation>Not in the group</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="58" />
        <source>其他门店的车辆</source>
        <translation>Another store's vehicle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="59" />
        <source>疑似车架号录入错误</source>
        <translation>Suspected VIN typo</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="64" />
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="64" />
        <source>单位</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="68" />
        <source>潜在客户</source>
        <translation>Potential</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="68" />
        <source>保有客户</source>
        <translation>Retained</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="72" />
        <source>待启用</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="72" />
        <source>已启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="72" />
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="76" />
        <source>销售</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="76" />
        <source>售后</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="80" />
        <source>采购生成</source>
        <translation>From vehicle purchase</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="80" />
        <source>手工新建</source>
        <translation>Created by hand</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="84" />
        <source>普通维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="84" />
        <source>PDI</source>
        <translation>PDI</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="84" />
        <source>商品车质损</source>
        <translation>Transport damage</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="89" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="90" />
        <source>厂家（索赔）</source>
        <translation>Manufacturer (warranty claim)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="91" />
        <source>本店（内部维修）</source>
        <translation>Own store (internal repair)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="97" />
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="98" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="99" />
        <source>港澳居民来往内地通行证</source>
        <translation>HK/Macau residents' travel permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="100" />
        <source>台湾居民来往大陆通行证</source>
        <translation>Taiwan residents' travel permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="101" />
        <source>港澳台居民居住证</source>
        <translation>HK/Macau/Taiwan residence permit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/i18n.py" line="102" />
        <source>护照</source>
        <translation>Passport</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="48" />
        <source>维修接待台 · 登录</source>
        <translation>Service Reception Desk · Log in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="56" />
        <source>售后接车 · 客户与车辆档案</source>
        <translation>Service intake · customer and vehicle records</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="61" />
        <location filename="../../desktop/ui/login_dialog.py" line="67" />
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="65" />
        <location filename="../../desktop/ui/login_dialog.py" line="68" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="70" />
        <location filename="../../desktop/ui/login_dialog.py" line="113" />
        <source>正在连接数据库…</source>
        <translation>Connecting to the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="73" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="78" />
        <source>重新连接</source>
        <translation>Reconnect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="82" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="90" />
        <source>演示账号（点击填入，密码 demo1234）</source>
        <translation>Demo accounts (click to fill in; password demo1234)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="127" />
        <source>请输入登录名和密码</source>
        <translation>Enter login and password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="156" />
        <source>请输入登录名</source>
        <translation>Enter your login</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="160" />
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="165" />
        <source>欢迎，{0}</source>
        <translation>Welcome, {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="53" />
        <source>维修接待台</source>
        <translation>Service Reception Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="69" />
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81" />
        <source>接车</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81" />
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="81" />
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="116" />
        <source>已开工单 {0}</source>
        <translation>Work order {0} opened</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../desktop/ui/search_page.py" line="91" />
        <source>正在搜索…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_page.py" line="101" />
        <source>（仅显示前 {0} 条，请输入更多字符）</source>
        <translation> (first {0} only; type more characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_page.py" line="102" />
        <source>{0} 条</source>
        <translation>{0} rows</translation>
    </message>
</context>
<context>
    <name>VehicleDialog</name>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="57" />
        <source>车辆档案</source>
        <translation>Vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="57" />
        <source>新增车辆档案</source>
        <translation>Create vehicle record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="63" />
        <source>基本信息</source>
        <translation>Basic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="64" />
        <source>客户信息</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="66" />
        <source>生产日期</source>
        <translation>Production date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="66" />
        <source>销售日期</source>
        <translation>Sale date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="67" />
        <source>开票日期</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="67" />
        <source>保修卡号</source>
        <translation>Warranty card no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="68" />
        <source>销售信息</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="69" />
        <source>售后信息</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="71" />
        <source>商业险保险公司</source>
        <translation>Commercial insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="71" />
        <source>商业险保单号</source>
        <translation>Commercial policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="72" />
        <source>商业险到期日</source>
        <translation>Commercial insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="72" />
        <source>交强险保险公司</source>
        <translation>Compulsory insurer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="73" />
        <source>交强险保单号</source>
        <translation>Compulsory policy no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="73" />
        <source>交强险到期日</source>
        <translation>Compulsory insurance expiry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="74" />
        <source>保险信息</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="81" />
        <source>修改原因（纠正锁定信息、换牌时填写）</source>
        <translation>Reason (when correcting locked facts or changing the plate)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="82" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="87" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="132" />
        <source>车辆编码</source>
        <translation>Vehicle code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="133" />
        <source>来源</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="134" />
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="135" />
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="139" />
        <source>发动机号</source>
        <translation>Engine no.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="140" />
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="141" />
        <source>内饰</source>
        <translation>Interior</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="142" />
        <source>选装</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="143" />
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="148" />
        <source>车牌颜色</source>
        <translation>Plate colour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="149" />
        <source>备注</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="155" />
        <source>车主（行驶证登记人）</source>
        <translation>Owner (holder of the driving licence)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="158" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="158" />
        <source>客户编码</source>
        <translation>Customer code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="158" />
        <source>类型 / 类别</source>
        <translation>Type / category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="159" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="159" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="165" />
        <source>打开车主档案</source>
        <translation>Open owner record</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="170" />
        <source>车主须为已启用的保有客户（O6）；新增或更换车主的引导对话框将在后续版本提供。</source>
        <translation>The owner must be an enabled, retained customer (O6); guided dialogs to add or change the owner come in a later version.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="173" />
        <source>联系人 / 主要用车人（W7）</source>
        <translation>Contacts / main user (W7)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="197" />
        <source>所属维修中心</source>
        <translation>Repair centers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="202" />
        <source>添加本店维修中心</source>
        <translation>Attach this store's repair center</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="205" />
        <source>M3：添加本店维修中心（不删除其他门店的），并为车主添加本店客户渠道</source>
        <translation>M3: add this store's repair center (other stores' stay) and this store's channel on the owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="209" />
        <source>保修</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="211" />
        <source>保修里程（公里）</source>
        <translation>Warranty mileage (km)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="212" />
        <source>保修开始日期</source>
        <translation>Warranty start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="213" />
        <source>保修结束日期</source>
        <translation>Warranty end</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="241" />
        <source>车辆档案 · {0}</source>
        <translation>Vehicle · {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="256" />
        <source>{0} 款</source>
        <translation>model year {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="281" />
        <source>无车主：请添加车主（W3）</source>
        <translation>No owner: add the owner (W3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="323" />
        <source>没有修改</source>
        <translation>Nothing changed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="327" />
        <location filename="../../desktop/ui/vehicle_dialog.py" line="402" />
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="335" />
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="382" />
        <source>已添加本店维修中心：本店现在可以看到该车及其车主</source>
        <translation>This store's repair center was added: the store now sees the vehicle and its owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="396" />
        <source>M2：先只填写车型和车架号并保存；没有重复车架号时再填写车牌、车主、保险和保修。</source>
        <translation>M2: enter only the model and VIN and save; when no duplicate VIN is reported, fill in plate, owner, insurance and warranty.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/vehicle_dialog.py" line="411" />
        <source>车辆档案已新建：请核对车牌后，在客户信息页添加车主（O2）</source>
        <translation>Vehicle record created: check the plate, then add the owner on the Customer tab (O2)</translation>
    </message>
</context>
<context>
    <name>VehicleList</name>
    <message>
        <location filename="../../desktop/ui/vehicle_list.py" line="23" />
        <source>车架号、车牌、车型或车主片段</source>
        <translation>Part of VIN, plate, model or owner</translation>
    </message>
</context>
<context>
    <name>VehicleTableModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="144" />
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="145" />
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="146" />
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="147" />
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/models.py" line="148" />
        <source>车辆编码</source>
        <translation>Vehicle code</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../desktop/ui/worker.py" line="76" />
        <source>数据库正忙，请稍后重试</source>
        <translation>The database is busy; try again shortly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/worker.py" line="79" />
        <source>程序内部错误，已写入日志：{0}</source>
        <translation>Internal error, written to the log: {0}</translation>
    </message>
</context>
</TS>