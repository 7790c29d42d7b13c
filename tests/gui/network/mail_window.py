"""Fixtures of the mail window's tests: an SMTP server on loopback (aiosmtpd, the backend's
test handler), an in-memory keyring, the destination's server set to it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import keyring
import pytest

from tests.app.mail_fixtures import Handler, MemoryKeyring, free_port

SENDER = "turism@norberg.example"
WAIT_MS = 20_000


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring for the test; the one before it is put back."""
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(before)


@pytest.fixture
def smtp() -> Iterator[tuple[Handler, int]]:
    """An SMTP server on 127.0.0.1 that keeps what it receives; stopped after the test."""
    from aiosmtpd.controller import Controller

    handler, port = Handler(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    yield handler, port
    controller.stop()


def use_server(url: str, port: int, user: str = "") -> Any:
    """The destination's server set to the loopback one (no login, as inside the
    municipality's network)."""
    from destination_norberg.app.mail import SmtpSettings, save_smtp_settings

    settings = SmtpSettings(host="127.0.0.1", port=port, security="none", user=user,
                            sender=SENDER, sender_name="Turism i Norberg")
    save_smtp_settings(url, settings)
    return settings
