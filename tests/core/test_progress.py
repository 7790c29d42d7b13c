"""core.progress: one Cancelled, one Progress callback, a token to cancel across threads."""

from __future__ import annotations

import threading

import pytest

from destination_norberg.core.progress import Cancelled, CancelToken


def test_a_guarded_progress_passes_reports_on_until_cancelled() -> None:
    seen: list[tuple[float, str]] = []
    token = CancelToken()
    report = token.guard(lambda f, t: seen.append((f, t)))
    report(0.25, "seasons")
    token.cancel()
    with pytest.raises(Cancelled):
        report(0.5, "events")
    assert seen == [(0.25, "seasons")]
    assert token.cancelled


def test_cancel_from_another_thread_stops_the_worker_at_its_next_report() -> None:
    token = CancelToken()
    report = token.guard()
    reached, cancelled = threading.Event(), threading.Event()
    outcome: list[str] = []

    def worker() -> None:
        try:
            for n in range(1000):
                report(n / 1000, "")
                if n == 10:
                    reached.set()
                    assert cancelled.wait(5)
        except Cancelled:
            outcome.append("stopped")
        else:
            outcome.append("ran to the end")

    thread = threading.Thread(target=worker)
    thread.start()
    assert reached.wait(5)
    token.cancel()
    cancelled.set()
    thread.join(5)
    assert outcome == ["stopped"]


def test_cancelled_is_not_an_error_of_the_work() -> None:
    assert not issubclass(Cancelled, (ValueError, OSError, RuntimeError))
    assert issubclass(Cancelled, Exception)
