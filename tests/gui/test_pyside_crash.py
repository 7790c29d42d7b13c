"""Regression guard for the PySide6 6.12.0 crash on Python 3.11 (DESIGN.md §4).

There every Qt method that returns nothing lowers the reference count of None; a few thousand
calls abort the interpreter with `none_dealloc` / exit 134 — after all tests passed. The pin in
pyproject.toml avoids it; this test proves the installed PySide6 survives such a load, in a
subprocess so a crash cannot take the test run down with it.
"""

from __future__ import annotations

import os
import subprocess
import sys

import PySide6

CODE = r"""
import sys
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

class Emitter(QObject):
    ping = Signal()

app = QApplication([])
w = QWidget()
label = QLabel(w)
for i in range(6000):            # void methods: each used to drop a reference to None
    w.setWindowTitle(f"t{i}")
    label.setText(str(i))
    w.setMinimumWidth(i % 50)
e = Emitter()
def slot():
    pass
for _ in range(300):             # connect/disconnect pairs crashed after ~100
    e.ping.connect(slot)
    e.ping.emit()
    e.ping.disconnect(slot)
w.deleteLater()
app.processEvents()
print("survived", sys.getrefcount(None) > 0)
"""


def test_many_void_qt_calls_do_not_abort_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 0, (PySide6.__version__, proc.returncode, proc.stderr[-2000:])
    assert "survived True" in proc.stdout


def test_installed_pyside6_is_not_the_known_broken_release() -> None:
    broken = {("6.12.0", (3, 11)), ("6.9.1", None)}
    version = PySide6.__version__
    assert (version, sys.version_info[:2]) not in broken
    assert (version, None) not in broken
