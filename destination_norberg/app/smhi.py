"""An SMHI snow-depth or temperature download into the database.

The file is read completely before the database is even opened, so a bad file writes nothing
(and creates no database); the import itself is one write unit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from destination_norberg.app.errors import AppError


def import_smhi_file(url: str, file: Path) -> tuple[Any, Any]:
    """(the download as read, the import counts); AppError for a file that cannot be used."""
    from destination_norberg.exchange.smhi import MAX_BYTES, SmhiError, read_smhi
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.weather_store import import_download

    if not file.is_file():
        raise AppError(f"there is no file {file}")
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:  # refused before half a gigabyte is read into memory
            raise SmhiError(f"The file is {size / 2**20:.1f} MB; an SMHI download may be at "
                            f"most {MAX_BYTES // 2**20} MB.")
        download = read_smhi(file.read_bytes(), name=file.name)
    except SmhiError as exc:
        raise AppError(f"{file.name}: {exc}") from exc
    except OSError as exc:
        raise AppError(f"cannot read {file}: {exc.strerror or exc}") from exc
    engine = open_database(url)
    try:
        counts = import_download(engine, download)
    finally:
        engine.dispose()
    return download, counts
