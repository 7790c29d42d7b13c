"""What the window does over a working day: refreshes, overlapping requests, closing."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest

from destination_norberg.gui import main_window
from destination_norberg.gui.main_window import REFRESH_MINUTES

LOAD_TIMEOUT_MS = 15_000


def test_a_refresh_while_loading_is_dropped(make_window, demo_url, qtbot,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """F5 during a first start used to seed the demo twice (UNIQUE constraint failed)."""
    release, calls = threading.Event(), []
    real_job = main_window.load_job

    def slow_job(*args, **kwargs):
        calls.append(1)
        release.wait(10)
        return real_job(*args, **kwargs)

    monkeypatch.setattr(main_window, "load_job", slow_job)
    window = make_window(demo_url)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.start()
        window.refresh()
        window.refresh()
        release.set()
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=LOAD_TIMEOUT_MS)
    assert len(calls) == 1


def test_the_overview_refreshes_itself_and_after_midnight(make_window, demo_url, load) -> None:
    window = make_window(demo_url)
    load(window)  # fixed clock: 09:00 local, so the 15-minute refresh comes first
    assert window._refresh_timer.isActive()
    assert window._refresh_timer.interval() == REFRESH_MINUTES * 60 * 1000
    late = datetime(2026, 11, 26, 22, 58, tzinfo=UTC)  # 23:58 in Norberg
    window._schedule_refresh(late)
    assert window._refresh_timer.interval() == (2 * 60 + 5) * 1000


def test_the_worker_gets_plain_values_not_the_windows_settings(
        make_window, demo_url, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []
    real_job = main_window.load_job

    def spy(url, engine, now, stale_days, seed_demo, judge_snow):
        seen.append((type(now), type(stale_days)))
        return real_job(url, engine, now, stale_days, seed_demo, judge_snow)

    monkeypatch.setattr(main_window, "load_job", spy)
    window = make_window(demo_url)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT_MS):
        window.start()
    assert seen == [(datetime, int)]


def test_the_hiking_trails_have_their_line(make_window, demo_url, load) -> None:
    window = make_window(demo_url)
    load(window)
    body = window.overview.ui.trailsBody.text()
    assert "Hiking and snowshoe trails" in body
    assert window.overview.overview.other.total == 2
    assert "1 clear" in body or "clear" in body


def test_status_counts_read_as_phrases(make_window, demo_url, load) -> None:
    window = make_window(demo_url, language="sv")
    load(window)
    body = window.overview.ui.trailsBody.text()
    assert "stängda" in body  # "5 stängda", not "5 stängd"
    assert "utan anmärkning" in body
