"""With no screen the window is not served over VNC unless asked for (issue 13): the
start says in one line how to get a window, exits 2 and opens no socket; `--vnc` is the
explicit opt-in and warns; an explicit QT_QPA_PLATFORM (offscreen here) is the user's."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from destination_norberg.cli.main import build_parser, open_window
from destination_norberg.gui import app as gui_app
from destination_norberg.gui.app import NO_SCREEN, VNC_PLATFORM, NoScreenError, window_platform

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_is_no_screen_not_vnc() -> None:
    with pytest.raises(NoScreenError) as caught:
        window_platform(False, {}, "linux")
    assert str(caught.value) == NO_SCREEN and "\n" not in NO_SCREEN
    assert "--vnc" in NO_SCREEN and "DISPLAY" in NO_SCREEN
    # The old opt-out means nothing now: there is no fallback to turn off.
    with pytest.raises(NoScreenError):
        window_platform(False, {"DESTINATION_NORBERG_VNC": "1"}, "linux")


def test_a_display_an_explicit_platform_or_another_system_is_left_to_qt() -> None:
    assert window_platform(False, {"DISPLAY": ":0"}, "linux") is None
    assert window_platform(False, {"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert window_platform(False, {"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert window_platform(False, {}, "win32") is None
    assert window_platform(False, {}, "darwin") is None


def test_vnc_only_when_asked_for() -> None:
    assert window_platform(True, {}, "linux") == VNC_PLATFORM
    assert window_platform(True, {"DISPLAY": ":0"}, "linux") == VNC_PLATFORM
    assert "\n" not in gui_app.VNC_WARNING
    assert "every network" in gui_app.VNC_WARNING and "without a password" in gui_app.VNC_WARNING


def test_the_vnc_flag_reaches_the_window(monkeypatch) -> None:
    seen: dict = {}

    def fake_run_gui(url: str, lang: str | None, today=None, vnc: bool = False,
                     remembered: bool = False) -> int:
        seen["vnc"] = vnc
        seen["remembered"] = remembered  # DESTINATION_NORBERG_DB names the database here
        return 0

    monkeypatch.setattr("destination_norberg.gui.entry.run_gui", fake_run_gui)
    parser = build_parser()
    assert parser.parse_args([]).vnc is False
    args = parser.parse_args(["--vnc"])
    assert args.vnc is True and args.func is open_window
    from destination_norberg.cli.common import Context

    assert open_window(args, Context(url="sqlite:////tmp/x.sqlite", today=None, lang=None)) == 0
    assert seen == {"vnc": True, "remembered": False}


def test_run_gui_without_a_screen_returns_2(monkeypatch, capsys, tmp_path: Path) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(gui_app.sys, "platform", "linux")
    monkeypatch.setattr(gui_app, "make_app", lambda *a: pytest.fail("no application"))
    assert gui_app.run_gui(f"sqlite:///{tmp_path / 'x.sqlite'}", None) == 2
    assert capsys.readouterr().err == NO_SCREEN + "\n"
    assert os.environ.get("QT_QPA_PLATFORM") is None


def _listening_inodes() -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            if len(fields) > 9 and fields[3] == "0A":  # LISTEN
                inodes.add(fields[9])
    return inodes


def _socket_inodes(pid: int) -> set[str]:
    found = set()
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return found
    for fd in fds:
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            found.add(target[8:-1])
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux") or not Path("/proc/net/tcp").exists(),
                    reason="reads /proc to see the program's listening sockets")
def test_a_headless_start_exits_2_and_opens_no_socket(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM",
                        "DESTINATION_NORBERG_VNC", "DESTINATION_NORBERG_DB")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["HOME"] = str(tmp_path)  # settings and the per-user folder: the test's own
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    db = tmp_path / "season.sqlite"
    proc = subprocess.Popen([sys.executable, "-m", "destination_norberg", "--db", str(db)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    listening: set[str] = set()
    deadline = time.monotonic() + 60
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            listening |= _socket_inodes(proc.pid) & _listening_inodes()
            if listening:
                break
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            proc.kill()
        _out, err = proc.communicate()
    assert not listening, f"the program listens on a socket: {err}"
    assert proc.returncode == 2, err
    assert err.strip() == NO_SCREEN
    assert not db.exists()  # nothing was opened, not even the database


def test_run_gui_with_vnc_warns_in_one_line_and_asks_qt_for_vnc(monkeypatch, capsys,
                                                                 tmp_path: Path) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # restored after the test

    class StartedError(Exception):
        pass

    def make_app(*_args) -> None:
        raise StartedError(os.environ["QT_QPA_PLATFORM"])

    monkeypatch.setattr(gui_app, "make_app", make_app)
    with pytest.raises(StartedError) as started:
        gui_app.run_gui(f"sqlite:///{tmp_path / 'x.sqlite'}", None, vnc=True)
    assert str(started.value) == VNC_PLATFORM
    assert capsys.readouterr().err == gui_app.VNC_WARNING + "\n"
