"""The bundled program's start-up against `python -m destination_norberg` (what `make run`
starts), issue 18.

Two moments, each a new process, the two programs alternated, several runs each:
- `info --json` on a demo database (the command line: interpreter, imports, one query);
- `screenshot overview` (the window: Qt, the overview painted with the demo data, the PNG
  written), offscreen.
Both run from a temporary folder with a fresh home, on the same demo database. The machine
is shared and noisy: the figure that counts is the ratio of the medians.

    make dist && python bench/bundle_startup.py [--runs 5] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "destination-norberg" / (
    "destination-norberg-cli.exe" if sys.platform == "win32" else "destination-norberg")


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()
    if not BUNDLE.is_file():
        print(f"no bundle at {BUNDLE}: run `make dist` first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="dn-bundle-bench-") as tmp:
        home = Path(tmp)
        db = home / "demo.sqlite"
        env = {name: os.environ[name] for name in ("PATH", "LANG") if name in os.environ}
        env |= {"HOME": tmp, "XDG_DATA_HOME": f"{tmp}/data", "XDG_CONFIG_HOME": f"{tmp}/config",
                "XDG_CACHE_HOME": f"{tmp}/cache", "QT_QPA_PLATFORM": "offscreen"}
        source_env = env | {"PYTHONPATH": str(ROOT)}
        subprocess.run([str(BUNDLE), "--db", str(db), "demo"], env=env, cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        programs = {"bundle": ([str(BUNDLE)], env),
                    "python -m": ([sys.executable, "-m", "destination_norberg"], source_env)}
        tasks = {"info --json": ["info", "--json"],
                 "screenshot overview": ["--today", "2026-11-26", "screenshot", "overview",
                                         "--out", f"{tmp}/x.png", "--size", "1280x720"]}
        times: dict[str, dict[str, list[float]]] = {t: {p: [] for p in programs} for t in tasks}
        for task, words in tasks.items():
            for cmd, program_env in programs.values():  # warm the disk cache
                timed([*cmd, "--db", str(db), *words], program_env, home)
            for _ in range(args.runs):
                for program, (cmd, program_env) in programs.items():
                    times[task][program].append(
                        timed([*cmd, "--db", str(db), *words], program_env, home))
    result: dict[str, dict[str, float]] = {}
    for task, by_program in times.items():
        medians = {p: statistics.median(v) for p, v in by_program.items()}
        ratio = medians["bundle"] / medians["python -m"]
        result[task] = {**{f"{p} s": round(m, 3) for p, m in medians.items()},
                        "ratio": round(ratio, 2)}
        print(f"{task:<20} bundle {medians['bundle']:.2f} s   python -m "
              f"{medians['python -m']:.2f} s   ratio {ratio:.2f}  "
              f"(medians of {args.runs}; runs: "
              + ", ".join(f"{p}: " + " ".join(f"{t:.2f}" for t in v)
                          for p, v in by_program.items()) + ")")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
