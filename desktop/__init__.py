"""维修接待台 · Service Reception Desk."""

__version__ = "0.1.0"
APP_NAME = "reception-desk"
APP_TITLE = "维修接待台"
