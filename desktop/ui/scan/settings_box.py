"""设置 · 扫描: the document camera's folder (高拍仪) and whether scanned pictures are kept (off by default: a
licence or an ID card holds personal information; when on, the pictures of records then saved go to a folder
on this computer). Stored in the ``[scan]`` table of the settings file (desktop.config.ScanSettings)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop import config
from desktop.ui.common.widgets import push_button, unmark_on_edit


class ScanSettingsBox(QGroupBox):
    """The scanning part of the settings dialog."""

    def __init__(self, settings_file: Path, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("扫描（行驶证、身份证、车架号条码）"), parent)
        self.setObjectName("scanSettings")
        current = config.load_scan_settings(settings_file)
        self.watch_folder = QLineEdit(current.watch_folder)
        self.watch_folder.setObjectName("scanWatchFolder")
        self.watch_folder.setPlaceholderText(self.tr("高拍仪保存照片的文件夹；留空则不监视"))
        self.keep = QCheckBox(self.tr("保存扫描的证件照片"))
        self.keep.setObjectName("scanKeepPictures")
        self.keep.setChecked(current.keep_pictures)
        self.keep_folder = QLineEdit(current.keep_folder)
        self.keep_folder.setObjectName("scanKeepFolder")
        self.keep_folder.setPlaceholderText(str(config.ScanSettings().keep_path()))
        privacy = QLabel(self.tr(
            "行驶证、身份证照片含有个人信息（姓名、住址、身份证号码）。默认不保存：识别后只把您核对并保存的字段存入档案。"
            "只有门店已告知客户并同意保存时才勾选；照片只保存在本机上面的文件夹中，不会上传。"))
        privacy.setObjectName("scanPrivacy")
        privacy.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("高拍仪文件夹"), self._with_browse(self.watch_folder, "browseWatchFolder"))
        form.addRow("", self.keep)
        form.addRow(self.tr("照片保存到"), self._with_browse(self.keep_folder, "browseKeepFolder"))
        form.addRow("", privacy)
        unmark_on_edit(self.watch_folder, self.keep_folder)
        self.keep.toggled.connect(self._keep_toggled)
        self._keep_toggled(self.keep.isChecked())

    def _with_browse(self, edit: QLineEdit, name: str) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(push_button(self.tr("浏览…"), name, lambda: self._browse(edit)))
        return row

    def _browse(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择文件夹"), edit.text() or str(Path.home()))
        if folder:
            edit.setText(folder)

    def _keep_toggled(self, on: bool) -> None:
        self.keep_folder.setEnabled(on)

    def value(self) -> config.ScanSettings:
        return config.ScanSettings(self.watch_folder.text().strip(), self.keep.isChecked(),
                                   self.keep_folder.text().strip() if self.keep.isChecked() else "")

    def problem(self) -> tuple[str, QLineEdit] | None:
        """What cannot be saved, with its field: a watched folder that does not exist; a keep folder that is a
        file."""
        value = self.value()
        if value.watch_folder and not Path(value.watch_folder).expanduser().is_dir():
            return self.tr("高拍仪文件夹不存在：{0}").format(value.watch_folder), self.watch_folder
        if value.keep_pictures and value.keep_path().exists() and not value.keep_path().is_dir():
            return self.tr("照片保存位置不是文件夹：{0}").format(value.keep_path()), self.keep_folder
        return None

    def save(self, settings_file: Path) -> config.ScanSettings:
        return config.save_scan_settings(self.value(), settings_file)
