"""Where cisdesk keeps its files: the user data folder, overridable.

``CISDESK_HOME`` moves everything (database, backups, logs) to one folder; each
command also takes ``--db``.
"""

import os
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "cisdesk"
APP_AUTHOR = "SICA"


def data_dir() -> Path:
    home = os.environ.get("CISDESK_HOME")
    path = Path(home) if home else Path(user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "cisdesk.db"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    home = os.environ.get("CISDESK_HOME")
    path = Path(home) / "logs" if home else Path(user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path
