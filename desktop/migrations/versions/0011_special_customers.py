"""Special customers (C13): the list of name patterns the master-data team keeps, with a default set

``special_customer_patterns``: exact names and name fragments (contains / starts with / ends with, compared on
the company name key: desktop.rules.special_names), each with the kind of special customer it marks, active or
not, who and when. Creating a customer whose name matches an active entry is for the master-data team only.

Shipped here: insurers, the major manufacturers' legal names, used-car platforms and parts suppliers. None for
the group's own companies: each group adds its own (the demo adds its store companies in desktop/demo.py).
The rows are plain data written by this migration (created by nobody = shipped); the master-data team edits or
deactivates them in the app like any other entry.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

INSURERS = [
    "中国人民财产保险", "人保财险", "中国平安财产保险", "平安财险", "中国太平洋财产保险", "太平洋财险",
    "中国人寿财产保险", "中华联合财产保险", "大地财产保险", "阳光财产保险", "太平财产保险", "天安财产保险",
    "华安财产保险", "永安财产保险", "英大泰和财产保险", "紫金财产保险", "众安在线财产保险", "安盛天平财产保险",
    "华泰财产保险", "亚太财产保险", "永诚财产保险", "鼎和财产保险", "都邦财产保险", "渤海财产保险",
    "安诚财产保险", "长安责任保险", "锦泰财产保险", "诚泰财产保险", "泰山财产保险", "浙商财产保险",
    "国任财产保险", "北部湾财产保险", "京东安联财产保险", "富德财产保险", "中银保险", "利宝保险",
    # whatever the brand: an insurance company's legal form (life insurers included; agents and brokers are not)
    "财产保险股份有限公司", "财产保险有限公司", "保险股份有限公司",
]
MANUFACTURERS = [
    "一汽-大众汽车有限公司", "一汽-大众销售有限责任公司", "上汽大众汽车有限公司", "上汽通用汽车有限公司",
    "上汽通用五菱汽车股份有限公司", "广汽丰田汽车有限公司", "广汽本田汽车有限公司", "广汽乘用车有限公司",
    "天津一汽丰田汽车有限公司", "四川一汽丰田汽车有限公司", "一汽丰田汽车有限公司", "一汽丰田汽车销售有限公司",
    "东风本田汽车有限公司", "东风日产乘用车公司", "东风汽车有限公司", "东风悦达起亚汽车有限公司", "神龙汽车有限公司",
    "华晨宝马汽车有限公司", "北京奔驰汽车有限公司", "北京现代汽车有限公司", "长安福特汽车有限公司",
    "重庆长安汽车股份有限公司", "中国第一汽车股份有限公司", "上海汽车集团股份有限公司", "比亚迪汽车工业有限公司",
    "比亚迪汽车有限公司", "特斯拉（上海）有限公司", "长城汽车股份有限公司", "奇瑞汽车股份有限公司",
    "浙江吉利控股集团有限公司", "丰田汽车（中国）投资有限公司", "本田技研工业（中国）投资有限公司",
    "日产（中国）投资有限公司", "大众汽车（中国）销售有限公司", "宝马（中国）汽车贸易有限公司",
    "梅赛德斯-奔驰（中国）汽车销售有限公司",
]
MANUFACTURER_FRAGMENTS = ["吉利汽车"]
USED_CAR_PLATFORMS = ["瓜子二手车", "车好多", "优信二手车", "优信拍", "人人车", "二手车之家", "懂车帝", "天天拍车",
                      "车置宝", "大搜车"]
PARTS_SUPPLIERS = ["博世汽车部件", "采埃孚", "大陆汽车", "舍弗勒", "法雷奥", "德尔福", "麦格纳", "佛吉亚", "爱信精机",
                   "米其林", "曼胡默尔", "日立安斯泰莫"]
PARTS_SUPPLIER_NAMES = ["电装（中国）投资有限公司"]

#: (match_type, pattern, kind) shipped with the app
DEFAULT_PATTERNS: list[tuple[str, str, str]] = (
    [("contains", p, "insurer") for p in INSURERS]
    + [("exact", p, "manufacturer") for p in MANUFACTURERS]
    + [("contains", p, "manufacturer") for p in MANUFACTURER_FRAGMENTS]
    + [("contains", p, "used_car_platform") for p in USED_CAR_PLATFORMS]
    + [("contains", p, "parts_supplier") for p in PARTS_SUPPLIERS]
    + [("exact", p, "parts_supplier") for p in PARTS_SUPPLIER_NAMES]
)


def upgrade() -> None:
    table = op.create_table(
        "special_customer_patterns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("match_type", sa.String(length=12), nullable=False),
        sa.Column("pattern", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("match_type IN ('exact','contains','starts_with','ends_with')",
                           name=op.f("ck_special_customer_patterns_match_type")),
        sa.ForeignKeyConstraint(["created_by_id"], ["users.id"],
                                name=op.f("fk_special_customer_patterns_created_by_id_users")),
        sa.ForeignKeyConstraint(["updated_by_id"], ["users.id"],
                                name=op.f("fk_special_customer_patterns_updated_by_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_special_customer_patterns")),
    )
    op.create_index("ix_special_customer_patterns_active", "special_customer_patterns", ["active"], unique=False)
    now = datetime.now(UTC).replace(tzinfo=None)
    op.bulk_insert(table, [
        {"match_type": match_type, "pattern": pattern, "kind": kind, "active": True, "created_by_id": None,
         "created_at": now, "updated_by_id": None, "updated_at": now, "version": 1}
        for match_type, pattern, kind in DEFAULT_PATTERNS
    ])


def downgrade() -> None:
    op.drop_index("ix_special_customer_patterns_active", table_name="special_customer_patterns")
    op.drop_table("special_customer_patterns")
