"""The events area's tests: what an action tells the user in a message box is recorded
instead of shown (an unanswered modal message would hang the suite)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts gui.events.year_editor.tell would have shown, in order."""
    from destination_norberg.gui.events import year_editor

    said: list[str] = []
    monkeypatch.setattr(year_editor, "tell", lambda _parent, _title, text: said.append(text))
    return said
