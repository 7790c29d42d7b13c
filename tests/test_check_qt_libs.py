"""tools/check_qt_libs.py: `make run` names the missing Debian/Ubuntu packages Qt's xcb
plugin needs, from a faked `ldconfig -p` and `ldd` output (no system is changed)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("check_qt_libs", ROOT / "tools" / "check_qt_libs.py")
check_qt_libs = importlib.util.module_from_spec(spec)
sys.modules["check_qt_libs"] = check_qt_libs
spec.loader.exec_module(check_qt_libs)


def ldconfig_without(*left_out: str) -> str:
    lines = [f"{len(check_qt_libs.QT_XCB_LIBS)} libs found in cache `/etc/ld.so.cache'"]
    lines += [f"\t{name} (libc6,x86-64) => /lib/x86_64-linux-gnu/{name}"
              for name in check_qt_libs.QT_XCB_LIBS if name not in left_out]
    return "\n".join(lines)


def test_a_complete_system_needs_nothing() -> None:
    known = check_qt_libs.known_libraries(ldconfig_without())
    assert check_qt_libs.missing_packages(known) == ([], [])


def test_the_fresh_machine_of_the_issue_names_icccm4_and_keysyms1() -> None:
    known = check_qt_libs.known_libraries(
        ldconfig_without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"))
    packages, unknown = check_qt_libs.missing_packages(known)
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1"]
    assert unknown == []
    line = check_qt_libs.message(packages, unknown)
    assert "\n" not in line
    assert "libxcb-icccm4 libxcb-keysyms1" in line
    assert "apt-get install libxcb-icccm4 libxcb-keysyms1" in line


def test_one_package_for_two_libraries_is_named_once() -> None:
    known = check_qt_libs.known_libraries(
        ldconfig_without("libglib-2.0.so.0", "libgthread-2.0.so.0", "libxcb-cursor.so.0"))
    assert check_qt_libs.missing_packages(known)[0] == ["libglib2.0-0", "libxcb-cursor0"]


def test_ldd_adds_what_the_list_does_not_know() -> None:
    ldd = ("\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x1)\n"
           "\tlibxcb-keysyms.so.1 => not found\n"
           "\tlibwhatever.so.2 => not found\n")
    unresolved = check_qt_libs.not_found_by_ldd(ldd)
    assert unresolved == {"libxcb-keysyms.so.1", "libwhatever.so.2"}
    known = check_qt_libs.known_libraries(ldconfig_without())
    packages, unknown = check_qt_libs.missing_packages(known, unresolved)
    assert (packages, unknown) == (["libxcb-keysyms1"], ["libwhatever.so.2"])
    assert "libraries not found: libwhatever.so.2" in check_qt_libs.message(packages, unknown)


@pytest.mark.parametrize(("environ", "platform", "checked"), [
    ({}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "vnc:size=1280x820:port=5900"}, "linux", False),
    ({"CI": "true"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_only_a_linux_start_on_a_screen_is_checked(environ, platform, checked) -> None:
    assert check_qt_libs.needs_check(environ, platform) is checked


def test_main_prints_one_line_and_fails_without_root(monkeypatch, capsys) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(check_qt_libs.sys, "platform", "linux")
    monkeypatch.setattr(check_qt_libs, "check",
                        lambda: (["libxcb-icccm4", "libxcb-keysyms1"], []))
    monkeypatch.setattr(check_qt_libs, "can_install", lambda: False)
    installed: list[list[str]] = []
    monkeypatch.setattr(check_qt_libs, "install", lambda p: installed.append(p) or True)
    assert check_qt_libs.main(["--install"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "libxcb-icccm4 libxcb-keysyms1" in err
    assert installed == []


def test_main_installs_as_root_with_apt(monkeypatch, capsys) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(check_qt_libs.sys, "platform", "linux")
    state = {"missing": ["libxcb-icccm4"]}
    monkeypatch.setattr(check_qt_libs, "check", lambda: (list(state["missing"]), []))
    monkeypatch.setattr(check_qt_libs, "can_install", lambda: True)

    def install(packages):
        assert packages == ["libxcb-icccm4"]
        state["missing"] = []
        return True

    monkeypatch.setattr(check_qt_libs, "install", install)
    assert check_qt_libs.main(["--install"]) == 0
    assert capsys.readouterr().err == ""


def test_the_real_plugin_is_found_without_loading_qt() -> None:
    plugin = check_qt_libs.xcb_plugin()
    if sys.platform.startswith("linux"):
        assert plugin is not None and plugin.name == "libqxcb.so"
