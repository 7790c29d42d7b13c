"""The window's way to the mail backend (app.mail*, the contract in the issue's mail API):
each name is imported when first used, so the network area starts without it."""

from __future__ import annotations

import importlib
from typing import Any

#: where each name of the backend lives (app.mail: settings, recipients, preview, history;
#: app.mail_send: sending; app.mail_package: a package to its partners)
MODULES = {
    "destination_norberg.app.mail_send": ("send_mailing", "test_connection", "SendResult"),
    "destination_norberg.app.mail_package": ("preview_package_mail",
                                             "create_package_mailing"),
}


def api(name: str) -> Any:
    """A name of the mail backend (app.mail*), imported when first used."""
    module = next((m for m, names in MODULES.items() if name in names),
                  "destination_norberg.app.mail")
    return getattr(importlib.import_module(module), name)


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


def on_geodata_thread(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """`fn(*args, **kwargs)` on the one thread the window's pyproj work runs on, waited for
    (from a worker). A package's bundle projects its map layers with pyproj, whose context
    dies with a pool thread (app.geodata.pyproj_thread); the window's other geodata reads
    go there too."""
    from destination_norberg.app.geodata import pyproj_thread

    return pyproj_thread().submit(lambda: fn(*args, **kwargs)).result()


def waited(parent: Any, runner: Any, fn: Any, label: str) -> Any:
    """`fn()` in a worker, waited for with the window turning (the keyring may take its
    time: a password store that asks to be unlocked); its result, or its error raised here.
    A busy line shows after 0.4 s."""
    from destination_norberg.gui.common.jobs import run_and_wait

    return run_and_wait(runner, parent, lambda _progress: fn(), label, None, maximum=0,
                        min_duration=400)
