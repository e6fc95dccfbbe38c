"""What every part of the UI uses: the worker (service calls off the GUI thread), the dialog and page base
(``forms``), table models (``models``) and the table-view helper (``tables``), the magnifier search list,
widgets, labels (``i18n``) and field lengths (``limits``). Imports no other folder of the UI."""
