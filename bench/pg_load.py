"""Load on a shared PostgreSQL database: ten coordinators edit the same season at once.

Ten client processes, each with its own engine (opened as the program opens one), edit the
demo season for --seconds: each round loads an event, an organisation or a trail at random,
waits a moment (the editor open, --think-ms), and saves a change through the program's own
optimistic-locking writes (store.planning_write.save_event, store.network_write.update_row,
store.snow_write.update_row). A save that meets someone else's newer version must be refused
with ConflictError; every accepted save must survive.

Checked at the end, row by row: the version equals its start version plus the number of
saves accepted for that row, every accepted save got a distinct new version, and the stored
value is the one of the last accepted save. Any difference is a lost update. Printed: saves,
saves/s, conflicts, other errors, lost updates (must be 0) and the save latency (p50, p95).

The run uses a scratch database made next to the one named (the role needs CREATEDB), loads
the demo season into it and drops it afterwards (--keep keeps it):

    DN_TEST_POSTGRES_URL=postgresql+psycopg://dn_test:…@127.0.0.1:54329/dn_test \\
        python bench/pg_load.py [--url URL] [--clients 10] [--seconds 60] [--think-ms 5]

Exit status 1 when an update was lost or a save failed for another reason than a conflict.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KINDS = ("event", "organisation", "trail")
#: The column each kind's edit writes: a value unique to the save, to find the last one.
EDITED = {"event": "description_en", "organisation": "notes", "trail": "description_en"}


def _scratch(url: str, name: str) -> tuple[Any, str]:
    """An admin engine on the named database and the scratch database's URL."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    base = make_url(url)
    admin = create_engine(base, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    return admin, base.set(database=name).render_as_string(hide_password=False)


def _rows(engine: Any) -> dict[str, list[tuple[int, str, int]]]:
    """(id, uid, version) of every row each kind of client edits."""
    from sqlalchemy import text

    with engine.connect() as conn:
        return {kind: [tuple(r) for r in conn.execute(text(
            f"SELECT id, uid, version FROM {kind} ORDER BY id"))] for kind in KINDS}


def _load_and_save(engine: Any, kind: str, row: tuple[int, str, int], value: str,
                   think_s: float) -> tuple[int, float]:
    """Load the row as an editor does, wait, save one field: (new version, save seconds).

    A refused save raises ConflictError carrying its duration (`took`): the user waited on
    it as on any save.
    """
    from destination_norberg.store import network_write, planning_read, snow_write
    from destination_norberg.store import planning_write as pw

    row_id, uid, _version = row
    if kind == "event":
        from destination_norberg.store.rows import EngineRows

        record = planning_read.event(EngineRows(engine), row_id)

        def save() -> int:
            return pw.save_event(engine, record.with_(description_en=value)).version
    else:
        module = network_write if kind == "organisation" else snow_write
        expected = module.load(engine, kind, uid)

        def save() -> int:
            return module.update_row(engine, kind, expected,
                                     {**expected, EDITED[kind]: value})["version"]
    time.sleep(think_s)
    started = time.perf_counter()
    try:
        version = save()
    except pw.ConflictError as exc:
        exc.took = time.perf_counter() - started  # type: ignore[attr-defined]
        raise
    return version, time.perf_counter() - started


def client(number: int, url: str, rows: dict[str, list], start_at: float, seconds: float,
           think_ms: float, seed: int, out: Any) -> None:
    """One coordinator: edit until the deadline; report every save to the parent."""
    from destination_norberg.store.database import DatabaseError
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.planning_write import ConflictError

    rng = random.Random(seed * 1000 + number)
    engine = open_database(url)
    saves: list[tuple[str, str, int, str]] = []  # kind, uid, new version, value
    latencies: list[float] = []
    conflicts = 0
    errors: list[str] = []
    try:
        with engine.connect():  # the pool's first connection before the clock starts
            pass
        time.sleep(max(0.0, start_at - time.time()))
        deadline = time.time() + seconds
        n = 0
        while time.time() < deadline:
            kind = rng.choice(KINDS)
            row = rng.choice(rows[kind])
            n += 1
            value = f"pg_load client {number} save {n}"
            think = rng.uniform(0, 2 * think_ms) / 1000
            try:
                version, took = _load_and_save(engine, kind, row, value, think)
            except ConflictError as exc:
                conflicts += 1
                latencies.append(exc.took)  # type: ignore[attr-defined]
                continue
            except DatabaseError as exc:
                errors.append(f"{kind} {row[1]}: {exc}")
                continue
            latencies.append(took)
            saves.append((kind, row[1], version, value))
    finally:
        engine.dispose()
    out.put({"client": number, "saves": saves, "latencies": latencies,
             "conflicts": conflicts, "errors": errors})


def verify(engine: Any, before: dict[str, list[tuple[int, str, int]]],
           saves: list[tuple[str, str, int, str]]) -> tuple[int, list[str]]:
    """Lost updates, row by row, and what each one was."""
    from sqlalchemy import text

    lost: list[str] = []
    by_row: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for kind, uid, version, value in saves:
        by_row.setdefault((kind, uid), []).append((version, value))
    with engine.connect() as conn:
        for kind in KINDS:
            stored = {uid: (version, value) for uid, version, value in conn.execute(text(
                f"SELECT uid, version, {EDITED[kind]} FROM {kind}"))}
            for _id, uid, start in before[kind]:
                accepted = sorted(by_row.get((kind, uid), []))
                version, value = stored[uid]
                versions = [v for v, _ in accepted]
                if version != start + len(accepted):
                    lost.append(f"{kind} {uid}: version {version}, but {start} + "
                                f"{len(accepted)} saves were accepted")
                elif versions != list(range(start + 1, version + 1)):
                    lost.append(f"{kind} {uid}: two saves were given the same version")
                elif accepted and value != accepted[-1][1]:
                    lost.append(f"{kind} {uid}: holds {value!r}, the last save was "
                                f"{accepted[-1][1]!r}")
    return len(lost), lost


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=os.environ.get("DN_TEST_POSTGRES_URL"),
                        help="a PostgreSQL URL whose role may CREATE DATABASE "
                             "(default: $DN_TEST_POSTGRES_URL)")
    parser.add_argument("--clients", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--think-ms", type=float, default=5.0,
                        help="mean pause between loading a row and saving it")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    if not args.url or not args.url.startswith("postgresql"):
        parser.error("give a PostgreSQL URL with --url or DN_TEST_POSTGRES_URL")

    from destination_norberg.store.demo import load_demo
    from destination_norberg.store.opening import open_database

    name = f"dn_pg_load_{os.getpid()}"
    admin, url = _scratch(args.url, name)
    with admin.connect() as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    try:
        engine = open_database(url)
        try:
            load_demo(engine)
            before = _rows(engine)
            ctx = mp.get_context("spawn")
            out = ctx.Queue()
            start_at = time.time() + 3.0 + 0.2 * args.clients  # every client imported
            procs = [ctx.Process(target=client, args=(
                i, url, before, start_at, args.seconds, args.think_ms, args.seed, out))
                for i in range(args.clients)]
            for p in procs:
                p.start()
            results = [out.get(timeout=args.seconds + 300) for _ in procs]
            for p in procs:
                p.join(60)
            saves = [s for r in results for s in r["saves"]]
            latencies = [t for r in results for t in r["latencies"]]
            conflicts = sum(r["conflicts"] for r in results)
            errors = [e for r in results for e in r["errors"]]
            lost, lost_rows = verify(engine, before, saves)
        finally:
            engine.dispose()
    finally:
        if not args.keep:
            with admin.connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()

    attempts = len(saves) + conflicts + len(errors)
    figures = {
        "clients": args.clients, "seconds": args.seconds, "think_ms": args.think_ms,
        "rows": sum(len(v) for v in before.values()),
        "save_attempts": attempts, "saves": len(saves),
        "saves_per_s": round(len(saves) / args.seconds, 1),
        "conflicts": conflicts, "other_errors": len(errors), "lost_updates": lost,
        "p50_save_ms": round(percentile(latencies, 0.50) * 1000, 2),
        "p95_save_ms": round(percentile(latencies, 0.95) * 1000, 2),
        "p99_save_ms": round(percentile(latencies, 0.99) * 1000, 2),
        "mean_save_ms": round(statistics.fmean(latencies) * 1000, 2) if latencies else None,
    }
    print(f"pg_load: {args.clients} clients for {args.seconds:g} s on PostgreSQL "
          f"({figures['rows']} rows of the demo season: events, organisations, trails)")
    print(f"  save attempts  {attempts}")
    print(f"  saves          {len(saves)}  ({figures['saves_per_s']} saves/s)")
    print(f"  conflicts      {conflicts}  (refused with ConflictError: nothing written)")
    print(f"  other errors   {len(errors)}")
    print(f"  lost updates   {lost}")
    print(f"  save latency   p50 {figures['p50_save_ms']} ms, p95 {figures['p95_save_ms']} ms, "
          f"p99 {figures['p99_save_ms']} ms")
    for line in (errors[:5] + lost_rows[:5]):
        print(f"  ! {line}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 1 if lost or errors else 0


if __name__ == "__main__":
    sys.exit(main())
