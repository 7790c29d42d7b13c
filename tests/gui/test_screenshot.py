from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from destination_norberg.cli import main


def distinct_colours(image: QImage, step: int = 7) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), step)
            for y in range(0, image.height(), step)}


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def test_screenshot_of_the_overview(demo_url: str, tmp_path: Path, qapp, capsys) -> None:
    png = tmp_path / "shots" / "overview.png"  # the folder is made on the way
    code = main(["--db", demo_url, "screenshot", "overview", "--out", str(png),
                 "--size", "1200x800"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1200, 800)
    assert len(distinct_colours(image)) > 20, "the picture is (nearly) one flat colour"
    assert str(png) in out.out


@pytest.mark.parametrize("view", ["events", "network", "map", "snowmap", "packages"])
def test_screenshot_of_another_area_differs(demo_url: str, tmp_path: Path, qapp,
                                            view: str) -> None:
    overview, other = tmp_path / "overview.png", tmp_path / f"{view}.png"
    for name, path in (("overview", overview), (view, other)):
        assert main(["--db", demo_url, "screenshot", name, "--out", str(path),
                     "--size", "900x600"]) == 0
    assert (QImage(str(other)).width(), QImage(str(other)).height()) == (900, 600)
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (overview, other)]
    assert digest[0] != digest[1]


def test_a_screenshot_does_not_touch_the_database(demo_url: str, demo_engine, tmp_path: Path,
                                                  qapp) -> None:
    path = Path(demo_engine.url.database)
    demo_engine.dispose()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main(["--db", demo_url, "screenshot", "overview",
                 "--out", str(tmp_path / "o.png")]) == 0
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("name", ["overview.jpg", "overview", "overview.PNG.txt"])
def test_a_non_png_out_path_exits_2(demo_url: str, tmp_path: Path, capsys, qapp,
                                    name: str) -> None:
    out = tmp_path / name
    code = main(["--db", demo_url, "screenshot", "overview", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert ".png" in one_line(err)
    assert not out.exists()


def test_a_screenshot_of_a_newer_schema_exits_2(future_db: Path, tmp_path: Path, capsys,
                                                qapp) -> None:
    before = hashlib.sha256(future_db.read_bytes()).hexdigest()
    png = tmp_path / "o.png"
    code = main(["--db", str(future_db), "screenshot", "overview", "--out", str(png)])
    err = capsys.readouterr().err
    assert code == 2
    assert "newer" in one_line(err)
    assert not png.exists()
    assert hashlib.sha256(future_db.read_bytes()).hexdigest() == before


def test_the_status_page_is_rendered_at_phone_width(demo_url: str, tmp_path: Path,
                                                    qapp) -> None:
    out = tmp_path / "status.png"
    assert main(["--db", demo_url, "--today", "2026-11-26", "screenshot", "status", "--out",
                 str(out), "--size", "900x700"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (480, 700)
