"""Before `make run` starts Qt on Linux: are the system libraries of Qt's xcb platform plugin
installed? Qt itself then fails with a misleading "xcb-cursor0" message and aborts.

    python tools/check_qt_libs.py [--install]

Prints nothing and exits 0 when all is there, when Qt will not draw on a screen
(QT_QPA_PLATFORM=offscreen, minimal or vnc; CI set) or when this is not Linux. Otherwise
names the missing Debian/Ubuntu packages in one line and exits 1; with --install, run as root
on a system with apt-get, it installs them instead (as .ci/run does for PostgreSQL).

The list below is what `ldd` shows PySide6 6.11's plugins/platforms/libqxcb.so and the Qt
libraries it loads need from the system (Qt's own libraries and ICU come with the wheel). On
a fresh Debian 12 / Ubuntu 24.04 desktop most are present; libxcb-icccm4, libxcb-keysyms1
and libxcb-cursor0 are the ones usually missing. Besides the list, `ldd` of the installed
plugin reports any other library it cannot find.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

#: soname -> the Debian/Ubuntu package that holds it.
QT_XCB_LIBS: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}

NO_SCREEN_PLATFORMS = ("offscreen", "minimal", "vnc")


def needs_check(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Only a Linux start that will draw with xcb is checked; offscreen and CI runs are not."""
    if not platform.startswith("linux") or environ.get("CI"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    return chosen not in NO_SCREEN_PLATFORMS


def known_libraries(ldconfig_output: str) -> set[str]:
    """The sonames `ldconfig -p` lists ("\tlibxcb.so.1 (libc6,x86-64) => /lib/…")."""
    found = set()
    for line in ldconfig_output.splitlines():
        name = line.strip().split(" ", 1)[0]
        if ".so" in name:
            found.add(name)
    return found


def not_found_by_ldd(ldd_output: str) -> set[str]:
    """The libraries `ldd` reports as "libx.so.1 => not found"."""
    return {line.split("=>")[0].strip() for line in ldd_output.splitlines()
            if "not found" in line and "=>" in line}


def missing_packages(known: Iterable[str], unresolved: Iterable[str] = ()
                     ) -> tuple[list[str], list[str]]:
    """(the Debian packages to install, sonames with no package in the list)."""
    known = set(known)
    missing = {name for name in QT_XCB_LIBS if name not in known} | set(unresolved)
    packages = sorted({QT_XCB_LIBS[name] for name in missing if name in QT_XCB_LIBS})
    unknown = sorted(name for name in missing if name not in QT_XCB_LIBS)
    return packages, unknown


def message(packages: list[str], unknown: list[str]) -> str:
    """The one line `make run` prints."""
    parts = []
    if packages:
        parts.append("Qt's window needs system packages that are missing here: "
                     f"{' '.join(packages)} (Debian/Ubuntu: sudo apt-get install "
                     f"{' '.join(packages)})")
    if unknown:
        parts.append(f"libraries not found: {' '.join(unknown)}")
    return "; ".join(parts)


def _run(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def xcb_plugin() -> Path | None:
    """PySide6's xcb plugin, found without importing (and so loading) Qt."""
    from importlib.util import find_spec

    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" \
        / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def check() -> tuple[list[str], list[str]]:
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    known = known_libraries(_run([ldconfig, "-p"]))
    plugin = xcb_plugin()
    unresolved = not_found_by_ldd(_run(["ldd", str(plugin)])) if plugin else set()
    return missing_packages(known, unresolved)


def can_install() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get") is not None


def install(packages: list[str]) -> bool:
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    print(f"check_qt_libs: installing {' '.join(packages)}", file=sys.stderr)
    update = subprocess.run(["apt-get", "update", "-qq"], env=env)
    if update.returncode != 0:
        return False
    done = subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                           *packages], env=env)
    return done.returncode == 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not needs_check(os.environ):
        return 0
    packages, unknown = check()
    if packages and "--install" in args and can_install() and install(packages):
        packages, unknown = check()
    if not packages and not unknown:
        return 0
    print(message(packages, unknown), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
