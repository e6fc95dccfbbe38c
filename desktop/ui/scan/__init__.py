"""Scan first (issue #15) in the windows: a picture of a VIN label, a driving licence or an ID card pasted
(Ctrl+V), dropped, opened or saved into a watched folder fills the form it was given to; a keyboard-wedge
scanner's text in the VIN field is read as a scan. The reading and the checks against the record are the
services' (desktop.services.scan, desktop.services.scan_checks); here they are shown and hooked into the owner
dialog, the new-vehicle dialog and the intake."""
