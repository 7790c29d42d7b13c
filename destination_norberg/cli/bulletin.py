"""`destination-norberg bulletin --out FILE.pdf [--date DATE] [--lang sv|en]`.

The daily bulletin for hotels and shops, made without the window: a QApplication is made
offscreen when there is no screen (gui.pdf_documents). It only reads: on a current SQLite file
through the standard library's sqlite3, read-only. Mistakes a user can make (a file name that
is not a PDF, no database, a folder that does not exist) end in cli.UserError: one line, exit
code 2.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from destination_norberg.cli.main import UserError


def cmd_bulletin(url: str, out: Path, day: date, lang: str, now: datetime) -> int:
    """Write the bulletin of `day` in `lang`, trail status and snow as of `now`."""
    if out.suffix.casefold() != ".pdf":
        raise UserError(f"the bulletin is written as PDF: give a file ending in .pdf, not {out}")
    if not out.parent.is_dir():
        raise UserError(f"cannot write {out}: the folder {out.parent} does not exist")
    from destination_norberg.gui.documents.pdf import PdfError, write_bulletin
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.rows import EngineRows, open_current_sqlite

    fast = open_current_sqlite(url)
    engine = None if fast is not None else open_database(url)
    try:
        write_bulletin(fast or EngineRows(engine), out, day, lang, now)
    except PdfError as exc:
        raise UserError(f"cannot write {out}: {exc}") from None
    finally:
        if fast is not None:
            fast.close()
        if engine is not None:
            engine.dispose()
    print(f"Wrote {out}")
    return 0
