"""Storage errors the layers above can act on (vs. bugs, which propagate as they are)."""

from __future__ import annotations


class StorageError(Exception):
    """Base of the known, user-explainable storage failures."""

    message_zh = "数据库错误"
    message_en = "Database error"

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(f"{self.message_zh} / {self.message_en}" + (f": {detail}" if detail else ""))

    def message(self, lang: str = "zh_CN") -> str:
        base = self.message_en if lang.startswith("en") else self.message_zh
        return f"{base}: {self.detail}" if self.detail else base


class DatabaseUnavailable(StorageError):
    message_zh = "无法连接数据库，请检查网络或联系 IT"
    message_en = "Cannot reach the database; check the network or ask IT"


class SchemaTooNew(StorageError):
    message_zh = "数据库版本比本程序新，请升级维修接待台"
    message_en = "The database was created by a newer version of this app; please upgrade the app"


class SchemaTooOld(StorageError):
    message_zh = "数据库结构需要升级，请联系 IT 运行 init-db"
    message_en = "The database schema needs an upgrade; ask IT to run init-db"


class StaleRecord(StorageError):
    message_zh = "该记录已被其他工作站修改，已重新载入，请核对后再保存"
    message_en = "Another workstation changed this record first; it was reloaded, check it and save again"
