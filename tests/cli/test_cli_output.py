"""What the command line prints holds no control characters from the data (issue 13):
a trail named with ESC sequences, written by an older program or straight into the database,
must not clear the terminal or set its title when listed."""

from __future__ import annotations

import io

from sqlalchemy import text

from destination_norberg.cli import main
from destination_norberg.cli.clean_output import CleanStream

ESCAPES = "\x1b[2J\x1b]2;pwned\x07\x00\x9b31m"


def test_the_trails_listing_prints_no_escape_sequences(demo_url: str, demo_engine,
                                                       capsys) -> None:
    with demo_engine.begin() as conn:
        conn.execute(text("UPDATE trail SET name = name || :e WHERE id = "
                          "(SELECT min(id) FROM trail)"), {"e": ESCAPES})
    assert main(["--db", demo_url, "--today", "2026-11-26", "trails"]) == 0
    out = capsys.readouterr().out
    assert "[2J]2;pwned31m" in out
    assert not {"\x1b", "\x07", "\x00", "\x9b"} & set(out)


def test_the_stream_keeps_text_tabs_and_line_breaks() -> None:
    inner = io.StringIO()
    stream = CleanStream(inner)
    assert stream.write("Gruvslingan\tröd\n\x1b[31mstängd\x07\n") == 29  # as asked
    assert inner.getvalue() == "Gruvslingan\tröd\n[31mstängd\n"
