"""The reception desk's Qt widgets, one folder per part of the desk (imports point down only, checked by
import-linter: pyproject.toml, ``[tool.importlinter]``):

* ``shell``: the windows around everything — login, connection settings, the main window with its sections;
  the only folder that opens backends and wires the features together.
* ``intake`` (the advisor's desk) and ``back_office`` (finance, customer service, the master-data team): the
  desks; neither imports the other.
* ``vehicle``, ``owner``, ``customer``: the records and their guided dialogs, in that order (a vehicle's
  dialogs maintain its owner; the owner dialog creates customers through the duplicate check).
* ``common``: the worker, the dialog base (busy state, message line, errors on fields, Enter, button box),
  table models and the table-view helper, widgets, labels (i18n), field lengths.

``desktop.ui.main_window`` stays where DESIGN.md names it: it hands on ``shell.main_window.MainWindow``.
"""
