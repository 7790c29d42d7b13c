"""The window's way to the mail backend (app.mail*, the contract in the issue's mail API):
each name is imported when first used, so the network area starts without it."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any


def api(name: str) -> Any:
    """A name of the mail backend (the contract in app.mail*), looked up in app.mail first,
    then in the other app.mail_* modules: the window imports it only when it is used."""
    import destination_norberg.app as app_pkg

    others = sorted(f"destination_norberg.app.{m.name}"
                    for m in pkgutil.iter_modules(app_pkg.__path__) if m.name.startswith("mail_"))
    modules = ["destination_norberg.app.mail", *others]
    for module_name in modules:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        if hasattr(module, name):
            return getattr(module, name)
    raise ImportError(f"the mail backend has no {name}")


def core_mail() -> Any:
    return importlib.import_module("destination_norberg.core.mail")


def author() -> str:
    """Who sends: the computer's user name (as the mailing's author in the history)."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name: the mailing is still sent
        return ""


def read_server(url: str) -> Any:
    """The destination's SMTP settings, or None when no server is set up."""
    return api("read_smtp_settings")(url)
