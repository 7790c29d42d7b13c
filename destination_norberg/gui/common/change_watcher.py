"""Changes made by another coordinator appear without a restart.

On SQLite a timer asks `PRAGMA data_version` every two seconds; on PostgreSQL a background
thread LISTENs for the NOTIFY every write unit sends (store.changes). Either way `changed`
is emitted on the UI thread, at most once per POLL_MS, and the window reads again. `stop()`
ends the thread and closes the connection: nothing outlives the window.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

POLL_MS = 2000


class ChangeWatcher(QObject):
    changed = Signal()
    _noticed = Signal()  # from the listener thread; queued onto the UI thread

    def __init__(self, url: str, parent: QObject | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        from destination_norberg.app.database import sqlite_file

        self._sqlite: Any = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._noticed.connect(self.changed)
        path = sqlite_file(url)
        if path is not None:
            if path.exists():
                from destination_norberg.app.database import watch_sqlite

                self._sqlite = watch_sqlite(path)
                self._timer.timeout.connect(self._poll)
                self._timer.start()
        elif url.startswith("postgresql"):
            self._thread = threading.Thread(target=self._listen, args=(url,),
                                            name="change-listener", daemon=True)
            self._thread.start()

    @property
    def active(self) -> bool:
        return self._sqlite is not None or self._thread is not None

    def _poll(self) -> None:
        if self._sqlite is not None and self._sqlite.changed():
            self.changed.emit()

    def _listen(self, url: str) -> None:
        """Thread: wait for notifications; reconnect after a server restart."""
        from destination_norberg.app.database import listen_postgres

        while not self._stop.is_set():
            try:
                listener = listen_postgres(url)
            except Exception:  # noqa: BLE001 - the server is away: try again shortly
                self._stop.wait(2.0)
                continue
            try:
                while not self._stop.is_set():
                    if listener.wait(0.5):
                        self._noticed.emit()
            except Exception:  # noqa: BLE001 - the connection dropped: reconnect
                self._noticed.emit()  # something may have changed while it was down
            finally:
                listener.close()

    def stop(self) -> None:
        self._timer.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None
