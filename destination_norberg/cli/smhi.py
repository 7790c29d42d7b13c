"""`destination-norberg import-smhi FILE`: an SMHI snow-depth or temperature download in.

The file is read completely before the database is even opened, so a bad file writes nothing
(and creates no database); the import itself is one write unit.
"""

from __future__ import annotations

from pathlib import Path

from destination_norberg.cli.main import UserError


def cmd_import_smhi(url: str, file: Path) -> int:
    from destination_norberg.exchange.smhi import MAX_BYTES, SmhiError, read_smhi
    from destination_norberg.store.opening import open_database
    from destination_norberg.store.weather_store import import_download

    if not file.is_file():
        raise UserError(f"there is no file {file}")
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:  # refused before half a gigabyte is read into memory
            raise SmhiError(f"The file is {size / 2**20:.1f} MB; an SMHI download may be at "
                            f"most {MAX_BYTES // 2**20} MB.")
        download = read_smhi(file.read_bytes(), name=file.name)
    except SmhiError as exc:
        raise UserError(f"{file.name}: {exc}") from exc
    except OSError as exc:
        raise UserError(f"cannot read {file}: {exc.strerror or exc}") from exc
    engine = open_database(url)
    try:
        counts = import_download(engine, download)
    finally:
        engine.dispose()
    for warning in download.warnings:
        print(f"note: {warning}")
    updated = f", {counts.updated} updated" if counts.updated else ""
    print(f"Imported {download.station.name} ({download.parameter_label}): "
          f"{counts.added} new readings, {counts.unchanged} already there{updated}")
    return 0
