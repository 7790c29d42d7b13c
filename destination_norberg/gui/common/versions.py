"""The Qt the program runs on and the PySide6 that binds it, for app.diagnostics (the About
dialog, the crash details, `info --json` through gui.entry)."""

from __future__ import annotations


def qt_versions() -> dict[str, str]:
    """{"qt": …, "pyside6": …}; empty when Qt cannot be loaded (the facts then say "-")."""
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError:
        return {}
    return {"qt": qVersion(), "pyside6": PySide6.__version__}
