"""Gather the licences of everything a bundle ships into one folder (issue 18).

Run by the Python that builds the bundle (installer/destination-norberg.spec calls `collect`;
by hand: `.venv-dist/bin/python tools/collect_licenses.py OUT`). It walks the installed
requirement tree of `destination-norberg[postgres]` through importlib.metadata (so the build
tools — PyInstaller, pip, setuptools — are not listed: they are not shipped), and for each
distribution copies its licence files (the License-File entries of its metadata, else the
LICENSE/COPYING/NOTICE/AUTHORS files among its installed files) into OUT/<name>-<version>/, and
writes OUT/THIRD-PARTY-LICENSES.txt: name, version, licence and where its texts are. Qt's LGPL
notice and texts (installer/licenses/), Python's own licence and the program's LICENSE (when
the checkout has one) go in too.
"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOP = "destination-norberg"
EXTRAS = ("postgres",)
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6", "shiboken6"}  # ship no licence files
LICENSE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def shipped_distributions(top: str = TOP, extras: tuple[str, ...] = EXTRAS) -> list[
        metadata.Distribution]:
    """`top` and every distribution it requires (with `extras`), as installed, in name order."""
    from packaging.requirements import Requirement

    found: dict[str, metadata.Distribution] = {}
    todo: list[tuple[str, tuple[str, ...]]] = [(top, extras)]
    while todo:
        name, wanted = todo.pop()
        key = _canonical(name)
        if key in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional requirement for another platform
        found[key] = dist
        for line in dist.requires or ():
            req = Requirement(line)
            environments = [{"extra": extra} for extra in wanted] or [{"extra": ""}]
            if req.marker is None or any(req.marker.evaluate(env) for env in environments):
                todo.append((req.name, tuple(req.extras)))
    return sorted(found.values(), key=lambda d: _canonical(d.metadata["Name"]))


def _license_files(dist: metadata.Distribution) -> list[Path]:
    files = [Path(str(dist.locate_file(f))) for f in dist.files or ()]
    declared = set(dist.metadata.get_all("License-File") or ())
    picked = [f for f in files if f.name in {Path(d).name for d in declared}
              and ".dist-info" in str(f)]
    if not picked:
        picked = [f for f in files if LICENSE_NAME.match(f.name) and f.suffix != ".py"]
    return [f for f in picked if f.is_file()]


def _licence_words(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    words = meta.get("License-Expression") or ""
    if not words:
        licence = (meta.get("License") or "").strip()
        if licence and "\n" not in licence and len(licence) < 80:
            words = licence
    if not words:
        classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or ()
                       if c.startswith("License ::")]
        words = ", ".join(classifiers)
    return words or "see the files"


def collect(out: Path) -> list[str]:
    """Write the licences into `out` (made anew); returns the lines of the index."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lines = ["Third-party software shipped with Destination Norberg",
             "=" * 52, "",
             "Name, version, licence, and the folder here that holds its licence texts.", ""]
    for dist in shipped_distributions():
        name, version = dist.metadata["Name"], dist.version
        if _canonical(name) == TOP:
            continue
        folder = out / f"{_canonical(name)}-{version}"
        copied = _license_files(dist)
        for source in copied:
            folder.mkdir(exist_ok=True)
            shutil.copyfile(source, folder / source.name)
        if copied:
            where = folder.name
        elif _canonical(name) in QT_DISTRIBUTIONS:
            where = "QT-LGPL-NOTICE.txt, LGPL-3.0.txt, GPL-3.0.txt"
        else:
            where = "(no licence file in its distribution)"
        lines.append(f"{name} {version}: {_licence_words(dist)} — {where}")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        shutil.copyfile(python_licence, out / "PYTHON-LICENSE.txt")
        lines.append(f"Python {sys.version.split()[0]}: PSF-2.0 — PYTHON-LICENSE.txt")
    for notice in sorted((ROOT / "installer" / "licenses").glob("*.txt")):
        shutil.copyfile(notice, out / notice.name)
    lines += ["", "Qt 6 and PySide6: LGPL-3.0 — see QT-LGPL-NOTICE.txt, LGPL-3.0.txt, GPL-3.0.txt."]
    if (ROOT / "LICENSE").is_file():
        shutil.copyfile(ROOT / "LICENSE", out / "LICENSE-destination-norberg.txt")
        lines.append("Destination Norberg itself: LICENSE-destination-norberg.txt")
    (out / "THIRD-PARTY-LICENSES.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: collect_licenses.py OUT-FOLDER", file=sys.stderr)
        return 2
    lines = collect(Path(argv[0]))
    print(f"{len(lines)} lines in {Path(argv[0]) / 'THIRD-PARTY-LICENSES.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
