"""core.progress: one Cancelled, one Progress callback, a token to cancel across threads."""

from __future__ import annotations

import threading

import pytest

from destination_norberg.core.progress import (
    Cancelled,
    CancelToken,
    no_progress,
    scaled,
)


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


def test_scaled_maps_a_part_onto_the_whole_and_lets_cancel_through() -> None:
    seen: list[tuple[float, str]] = []
    second_half = scaled(lambda f, t: seen.append((f, t)), 0.5, 1.0)
    second_half(0.0, "a")
    second_half(0.5, "b")
    second_half(2.0, "c")  # out of range: clamped, never past the end
    assert seen == [(0.5, "a"), (0.75, "b"), (1.0, "c")]

    def stop(_f: float, _t: str) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        scaled(stop, 0.0, 0.5)(0.1, "")


def test_without_a_caller_reports_go_nowhere() -> None:
    no_progress(0.5, "nothing happens")
    scaled(None, 0.0, 1.0)(0.5, "nor here")


def test_cancelled_is_not_an_error_of_the_work() -> None:
    assert not issubclass(Cancelled, (ValueError, OSError, RuntimeError))
    assert issubclass(Cancelled, Exception)
