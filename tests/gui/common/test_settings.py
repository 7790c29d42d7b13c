from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from destination_norberg.gui.common import settings as opt


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'never-opened.sqlite'}"


def reopen(path: Path) -> opt.Settings:
    """The same file through a new QSettings, as the next start of the program reads it."""
    return opt.Settings(QSettings(str(path), QSettings.Format.IniFormat))


def test_fresh_settings_give_the_defaults(settings: opt.Settings) -> None:
    assert settings.get(opt.STALE_DAYS) == 7
    assert settings.get(opt.WINDOW_GEOMETRY).isEmpty()
    assert settings.language == "sv"


def test_values_survive_a_new_qsettings(settings: opt.Settings, settings_path: Path) -> None:
    settings.set(opt.STALE_DAYS, 12)
    settings.set(opt.LANGUAGE, "en")
    settings.set(opt.WINDOW_GEOMETRY, QByteArray(b"\x01\x02\x00binary"))
    settings.sync()
    again = reopen(settings_path)
    assert again.get(opt.STALE_DAYS) == 12
    assert again.language == "en"
    assert again.get(opt.WINDOW_GEOMETRY) == QByteArray(b"\x01\x02\x00binary")


def test_geometry_is_restored_and_the_overview_is_the_first_screen(
        make_window, url: str, settings: opt.Settings, settings_path: Path) -> None:
    first = make_window(url, settings=settings)
    first.show()
    first.resize(760, 560)  # within the 800×600 offscreen screen
    first.move(30, 40)
    first.select_area("network")
    size, position = first.size(), first.pos()
    first.close()

    second = make_window(url, settings=reopen(settings_path))
    assert second.current_area() == "overview"
    assert second.ui.navList.currentRow() == 0
    assert second.size() == size
    second.show()
    assert second.pos() == position
    assert second.size() == size


def test_closing_writes_the_settings_file(make_window, url: str, settings_path: Path) -> None:
    window = make_window(url)
    window.select_area("packages")
    assert not settings_path.exists()
    window.close()
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert isinstance(stored.value("window/geometry"), QByteArray)


@pytest.mark.parametrize("stored", ["banana", "99", "-1", ""])
def test_a_bad_stale_days_value_falls_back_to_the_default(settings_path: Path,
                                                          stored: str) -> None:
    raw = QSettings(str(settings_path), QSettings.Format.IniFormat)
    raw.setValue("trails/stale_report_days", stored)
    raw.sync()
    expected = 99 if stored == "99" else opt.STALE_DAYS.default  # -1 is no number of days
    assert reopen(settings_path).get(opt.STALE_DAYS) == expected


@pytest.mark.parametrize("stored", ["banana", "99", "-1", ""])
def test_an_old_last_page_setting_is_ignored(make_window, url: str, settings_path: Path,
                                             stored: str) -> None:
    raw = QSettings(str(settings_path), QSettings.Format.IniFormat)
    raw.setValue("window/last_page", stored)
    raw.sync()
    window = make_window(url, settings=reopen(settings_path))
    assert window.current_area() == "overview"


def test_a_bad_geometry_keeps_the_designed_size(make_window, url: str,
                                                settings_path: Path) -> None:
    raw = QSettings(str(settings_path), QSettings.Format.IniFormat)
    raw.setValue("window/geometry", "not a geometry")
    raw.setValue("window/state", 42)
    raw.sync()
    settings = reopen(settings_path)
    assert settings.get(opt.WINDOW_GEOMETRY) == QByteArray()
    assert settings.get(opt.WINDOW_STATE) == QByteArray()
    window = make_window(url, settings=settings)
    assert (window.width(), window.height()) == (1280, 820)  # ui/main_window.ui


def test_garbage_bytes_as_geometry_are_ignored(make_window, url: str,
                                               settings_path: Path) -> None:
    raw = QSettings(str(settings_path), QSettings.Format.IniFormat)
    raw.setValue("window/geometry", QByteArray(b"\x00garbage\xff" * 3))
    raw.sync()
    window = make_window(url, settings=reopen(settings_path))
    assert (window.width(), window.height()) == (1280, 820)


@pytest.mark.parametrize(("key", "stored", "read"), [
    ("ui/language", "de", lambda s: s.language),
    ("ui/language", "", lambda s: s.language),
    ("trails/stale_report_days", "often", lambda s: s.get(opt.STALE_DAYS)),
])
def test_bad_values_fall_back_to_the_default(settings_path: Path, key: str, stored: str,
                                             read) -> None:
    raw = QSettings(str(settings_path), QSettings.Format.IniFormat)
    raw.setValue(key, stored)
    raw.sync()
    settings = reopen(settings_path)
    default = {"ui/language": "sv", "trails/stale_report_days": 7}[key]
    assert read(settings) == default


def test_the_stale_report_setting_reaches_the_overview(make_window, load, demo_url,
                                                       settings: opt.Settings) -> None:
    settings.set(opt.STALE_DAYS, 30)
    window = make_window(demo_url, settings=settings)
    load(window)
    assert window.overview.overview.stale_days == 30
    assert "the last 30 days" in window.overview.ui.trailsBody.text()
    assert "the last 7 days" not in window.overview.ui.trailsBody.text()


def test_switching_language_is_remembered(make_window, url: str, settings_path: Path) -> None:
    window = make_window(url, language="sv")
    window.set_language("en")
    window.close()
    assert reopen(settings_path).language == "en"


def test_the_former_own_threshold_is_carried_into_the_database_once(
        make_window, load, demo_url, settings: opt.Settings) -> None:
    from destination_norberg.app.settings import set_stale_days, stale_days

    settings.set(opt.STALE_DAYS, 30)
    window = make_window(demo_url, settings=settings)
    load(window)
    assert stale_days(demo_url) == 30
    assert settings.get(opt.STALE_DAYS_IN_DATABASE)
    set_stale_days(demo_url, 5)  # another coordinator changes the destination's setting
    load(window)  # a refresh reads it, and the local value is not carried again
    assert window.stale_days == window.overview.overview.stale_days == 5
    assert stale_days(demo_url) == 5


def test_a_database_setting_wins_over_the_former_own_threshold(
        make_window, load, demo_url, settings: opt.Settings) -> None:
    from destination_norberg.app.settings import set_stale_days

    set_stale_days(demo_url, 10)
    settings.set(opt.STALE_DAYS, 30)
    window = make_window(demo_url, settings=settings)
    load(window)
    assert window.overview.overview.stale_days == 10
    assert "Reports older than 10 days" in window.overview.ui.trailsBody.text()


def test_the_window_sets_the_destinations_threshold(make_window, load, demo_url,
                                                    settings: opt.Settings) -> None:
    from destination_norberg.app.settings import stale_days

    window = make_window(demo_url, settings=settings)
    load(window)
    assert window.stale_days == 7
    window.set_stale_days(14)
    assert stale_days(demo_url) == 14 and window.stale_days == 14
    load(window)
    assert window.overview.overview.stale_days == 14
    with pytest.raises(ValueError):
        window.set_stale_days(0)


# --- one product folder name (issue 18) -----------------------------------------------------


def test_the_settings_file_sits_in_the_product_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(opt, "_before_issue_18", lambda: tmp_path / "none.ini")
    expected = tmp_path / "xdg" / "xdg_config_home" / "destination-norberg" \
        / "destination-norberg.ini"
    assert opt.settings_path() == expected
    settings = opt.Settings()
    settings.set(opt.LANGUAGE, "en")
    settings.sync()
    assert reopen(expected).language == "en"
    # the data, cache and log folders have the same name
    from destination_norberg import paths

    names = {p.name for p in (paths.user_data_dir(), paths.user_cache_dir(),
                              paths.user_config_dir())}
    assert names == {"destination-norberg"}
    assert paths.user_log_dir().parent.name == "destination-norberg"


def test_the_settings_of_an_older_version_are_carried_over_once(tmp_path: Path,
                                                                monkeypatch) -> None:
    old = tmp_path / "Destination Norberg" / "destination-norberg.ini"
    old.parent.mkdir()
    raw = QSettings(str(old), QSettings.Format.IniFormat)
    raw.setValue(opt.LANGUAGE.key, "en")
    raw.sync()
    monkeypatch.setattr(opt, "_before_issue_18", lambda: old)
    new = opt.settings_path()
    assert new != old and reopen(new).language == "en"
    reopen(new).set(opt.LANGUAGE, "sv")  # changed since: the old file is not copied again
    QSettings(str(new), QSettings.Format.IniFormat).sync()
    assert reopen(opt.settings_path()).language == "sv"
