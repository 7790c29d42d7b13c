"""E-mail benchmark (issue 20): the composer's preview at region scale, and sending.

- **Preview**: `app.mail.preview_mailing` for one category (about 33,000 people of the
  region-scale database's 200,000, bench/region_db.py): every person read, the consent rule
  applied, the first message rendered. It runs in a worker while the composer stays usable;
  this is the wait before its lists fill. Baseline in the same run: `app.network.read_network`,
  the network area's own read of the same database.
- **Sending**: 300 messages through an SMTP server on loopback (aiosmtpd, in this process)
  with `app.mail.create_mailing` + `app.mail_send.send_mailing` (each recipient's outcome
  committed before the next message, an interaction logged per message). Baseline: the same
  300 messages sent with smtplib over one connection, nothing recorded. The ratio is what
  the program's bookkeeping costs; a real server's answer takes far longer than either.

The machine is shared and noisy: the ratios travel better than the seconds.

    python bench/mail.py [--runs 3] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import smtplib
import socket
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

TEMPLATE = ("Vinterstråket i vinter: vill {organisation} vara med?\n"
            "Hej {förnamn}!\n\nVi planerar vintersäsongen och vill gärna ha med {organisation}.\n"
            "\nVänliga hälsningar\nTurismen i Norbergs kommun\n")
SENT = 300


def _median(runs: int, work: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(runs):
        begin = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - begin)
    return statistics.median(times), result


def preview(runs: int, work: Path) -> dict[str, Any]:
    from board_report import region_database

    from destination_norberg.app.mail import RecipientQuery, preview_mailing
    from destination_norberg.app.network import read_network

    url = region_database(work)
    read_network(url)  # migrates the copy, warms the file cache
    base, _snapshot = _median(runs, lambda: read_network(url))
    query = RecipientQuery(categories=frozenset({"boende"}))
    took, found = _median(runs, lambda: preview_mailing(url, TEMPLATE, "sv", query, None))
    return {"included": len(found.included), "left_out": len(found.excluded),
            "read_network_s": round(base, 3), "preview_s": round(took, 3),
            "ratio": round(took / base, 2)}


class _Keep:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any,  # noqa: N802 - aiosmtpd's name
                          envelope: Any) -> str:
        self.count += 1
        return "250 Message accepted"


def _port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def sending(work: Path) -> dict[str, Any]:
    from aiosmtpd.controller import Controller
    from sqlalchemy import select, update

    from destination_norberg.app.mail import RecipientQuery, SmtpSettings, create_mailing
    from destination_norberg.app.mail_send import send_mailing
    from destination_norberg.core.mail import parse_template
    from destination_norberg.store import models as m
    from destination_norberg.store.demo import load_demo
    from destination_norberg.store.opening import open_database

    url = f"sqlite:///{work / 'demo.sqlite'}"
    engine = open_database(url)
    load_demo(engine)
    with engine.begin() as conn:  # SENT people with consent, each at an address of its own
        ids = conn.execute(select(m.Person.id).order_by(m.Person.id)).scalars().all()
        org = conn.execute(select(m.Organisation.id)).scalars().first()
        for i, pid in enumerate(ids):
            conn.execute(update(m.Person).where(m.Person.id == pid).values(
                email=f"p{i}@bench.example", mail_opt_out_on=None, organisation_id=org,
                legal_basis="berättigat intresse"))
        more = [{"uid": f"bench-{i}", "organisation_id": org, "name": f"Person {i}",
                 "email": f"b{i}@bench.example", "legal_basis": "berättigat intresse"}
                for i in range(SENT - len(ids))]
        if more:
            conn.execute(m.Person.__table__.insert(), more)
    engine.dispose()
    keep = _Keep()
    port = _port()
    server = Controller(keep, hostname="127.0.0.1", port=port)
    server.start()
    try:
        settings = SmtpSettings("127.0.0.1", port, "none", "", "turism@norberg.example",
                                "Turismen i Norberg")
        mailing = create_mailing(url, TEMPLATE, "sv", RecipientQuery(), "bench")
        begin = time.perf_counter()
        done = send_mailing(url, mailing, settings, None)
        took = time.perf_counter() - begin
        template = parse_template(TEMPLATE)
        begin = time.perf_counter()
        with smtplib.SMTP("127.0.0.1", port) as raw:
            from email.message import EmailMessage

            for i in range(done.sent):
                message = EmailMessage()
                message["From"] = settings.sender
                message["To"] = f"p{i}@bench.example"
                message["Subject"] = template.subject
                message.set_content(template.body)
                raw.send_message(message)
        base = time.perf_counter() - begin
    finally:
        server.stop()
    assert done.sent == SENT and keep.count == 2 * SENT, (done.sent, keep.count)
    return {"sent": done.sent, "failed": len(done.failed),
            "smtplib_s": round(base, 3), "send_mailing_s": round(took, 3),
            "per_message_ms": round(took / max(done.sent, 1) * 1000, 1),
            "ratio": round(took / base, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        found = {"preview": preview(args.runs, Path(tmp)), "sending": sending(Path(tmp))}
    for name, figures in found.items():
        print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    if args.json:
        args.json.write_text(json.dumps(found, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
