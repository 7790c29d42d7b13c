"""Write requirements.lock: every package the program needs at run time (its dependencies and
the `postgres` extra, followed through their own dependencies) pinned to the version installed
in the environment this runs in, the one the test suite passed on.

    .venv/bin/python tools/make_lock.py            # writes requirements.lock
    pip install -r requirements.lock && pip install --no-deps .

It reads the installed packages' metadata (importlib.metadata) and needs no network. A
dependency that only applies elsewhere (a marker false here, say `sys_platform == "win32"`)
is written with its own version range and its marker, so pip picks it on that system.
Without hashes: one set of sha256 lines would have to list the Windows and the Linux wheels
of every package, which the installed metadata cannot tell.
"""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
TOP = "destination-norberg"
EXTRAS = ("postgres",)


def top_requirements() -> list[str]:
    """pyproject.toml's dependencies and the chosen extras (not an older installed copy's)."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in EXTRAS:
        wanted += project["optional-dependencies"][extra]
    return wanted


def closure() -> tuple[dict[str, str], dict[str, str]]:
    """({name: installed version}, {name: "spec; marker"} of those not for this system)."""
    pinned: dict[str, str] = {}
    elsewhere: dict[str, str] = {}
    todo: list[tuple[str, tuple[str, ...]]] = [(TOP, ())]
    seen: set[tuple[str, tuple[str, ...]]] = set()
    while todo:
        name, extras = todo.pop()
        key = canonicalize_name(name)
        if (key, extras) in seen:
            continue
        seen.add((key, extras))
        if key == canonicalize_name(TOP):
            requires = top_requirements()
        else:
            dist = distribution(name)
            pinned[key] = dist.version
            requires = dist.requires or []
        for text in requires:
            req = Requirement(text)
            envs = [{"extra": e} for e in extras] or [{"extra": ""}]
            if req.marker is not None and not any(req.marker.evaluate(env) for env in envs):
                if req.marker.evaluate({"extra": ""} | {"sys_platform": "win32",
                                                        "platform_system": "Windows",
                                                        "os_name": "nt"}) \
                        and "extra" not in str(req.marker):
                    elsewhere.setdefault(canonicalize_name(req.name),
                                         f"{req.name}{req.specifier}; {req.marker}")
                continue
            try:
                distribution(req.name)
            except PackageNotFoundError:
                sys.exit(f"{req.name} (needed by {name}) is not installed here: install "
                         f"'.[{','.join(EXTRAS)}]' first")
            todo.append((req.name, tuple(sorted(req.extras))))
    return pinned, {k: v for k, v in elsewhere.items() if k not in pinned}


def main() -> int:
    pinned, elsewhere = closure()
    lines = ["# requirements.lock: the run-time packages of destination-norberg[postgres],",
             "# pinned to the versions the test suite passed with. Made by tools/make_lock.py",
             "# (do not edit by hand). Use: pip install -r requirements.lock && pip install"
             " --no-deps .",
             f"# Python {sys.version_info.major}.{sys.version_info.minor}"]
    lines += [f"{name}=={version}" for name, version in sorted(pinned.items())]
    if elsewhere:
        lines.append("# only on other systems (not installed where this was made):")
        lines += [elsewhere[name] for name in sorted(elsewhere)]
    out = ROOT / "requirements.lock"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(pinned)} packages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
