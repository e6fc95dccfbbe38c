"""The main window where DESIGN.md (and checks from outside) name it: ``desktop.ui.main_window.MainWindow``.
It lives in ``desktop.ui.shell.main_window``."""

from desktop.ui.shell.main_window import MainWindow

__all__ = ["MainWindow"]
