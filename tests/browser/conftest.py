"""The published pages in a real browser: one headless Chromium for the session, the pages
written from the demo season as the program writes them, served by a web server on loopback.

- The browser is the distribution's (`/usr/bin/chromium`, `/usr/bin/chromedriver`; `.ci/run`
  installs both when it runs as root): the driver is named, so selenium-manager never looks
  for (or downloads) one. Missing or unable to start, the tests are skipped with the reason;
  in CI (env CI set) they fail instead, as the PostgreSQL tests do.
- The pages: `publish status --out` (index.html, en.html and the event feed), the same after
  one trail's newest report was made older than the stale threshold, and `export package`
  (the one-pager in Swedish and English), all through cli.main on a copy of the demo.
- Served over HTTP from one folder on 127.0.0.1, as a municipality's web host serves them:
  a browser there asks for /favicon.ico and reports a 404 in its console, which a file://
  page never shows. Nothing leaves the machine.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
TODAY = "2026-11-26"
#: The trail whose reports the stale variant of the status page makes old.
STALE_TRAIL = "Elljusspåret 2,5 km"
#: The trail that gets a report with a long public note in that variant.
NOTED_TRAIL = "Gruvstigen"
#: Texts a phone cannot break at a space: a web address, a run-together word.
LONG_URL = ("https://www.norberg.se/uppleva-och-gora/friluftsliv/skidspar-och-leder/"
            "gruvstigen-omledning-vintern-2026-2027-karta-och-beskrivning.pdf")
LONG_WORD = "Skoterledsövergångsmarkeringsstolpsreparationsarbetet"


def _no_browser(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (the browser tests are part of CI)", pytrace=False)
    pytest.skip(f"{reason}: the published pages are not tested in a browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium (selenium) for the whole session, quit at its end."""
    try:
        from selenium import webdriver
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _no_browser("selenium is not installed")
    chromium = CHROMIUM if os.access(CHROMIUM, os.X_OK) else shutil.which("chromium")
    if not chromium or not os.access(CHROMEDRIVER, os.X_OK):
        _no_browser(f"no Chromium ({CHROMIUM}) or no ChromeDriver ({CHROMEDRIVER}); "
                    "Debian's packages chromium and chromium-driver provide them")
    options = webdriver.ChromeOptions()
    options.binary_location = str(chromium)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--lang=sv-SE", "--no-first-run",
                "--disable-extensions", "--disable-background-networking"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    try:
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    except WebDriverException as exc:
        _no_browser(f"Chromium did not start: {exc.msg or exc}".splitlines()[0])
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


# --- the pages --------------------------------------------------------------------------


@dataclass(frozen=True)
class Site:
    """The published folders under one root, and the address the server gives the root."""

    root: Path
    base: str

    def url(self, path: str) -> str:
        return f"{self.base}/{path}"


def _age_reports(db: Path, trail: str) -> None:
    """Make every report of `trail` older than any stale threshold the demo uses: the
    newest one then falls 40 days back from where it was."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from destination_norberg.store.database import make_engine
    from destination_norberg.store.models import Trail, TrailReport

    engine = make_engine(f"sqlite:///{db}")
    try:
        with Session(engine) as session, session.begin():
            trail_id = session.scalars(select(Trail.id).where(Trail.name == trail)).one()
            reports = session.scalars(select(TrailReport)
                                      .where(TrailReport.trail_id == trail_id)).all()
            assert reports, f"the demo has no report of {trail}"
            for report in reports:
                report.reported_at = report.reported_at - timedelta(days=40)
    finally:
        engine.dispose()


def _long_texts(db: Path) -> None:
    """The texts a coordinator may well type that a phone cannot wrap at a space: a report's
    public note (written as the program writes a report), a partner's web address and a
    package part's description."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from destination_norberg.app.trails import report_trail
    from destination_norberg.core.timeutil import STOCKHOLM
    from destination_norberg.store.database import make_engine
    from destination_norberg.store.models import Organisation, PackageComponent

    now = datetime.fromisoformat(f"{TODAY}T08:00").replace(tzinfo=STOCKHOLM)
    report_trail(f"sqlite:///{db}", NOTED_TRAIL, "minor", None, f"{LONG_WORD} – {LONG_URL}",
                 None, False, None, None, now)
    engine = make_engine(f"sqlite:///{db}")
    try:
        with Session(engine) as session, session.begin():
            for org in session.scalars(select(Organisation)):
                if org.website:
                    org.website = LONG_URL
            for part in session.scalars(select(PackageComponent)):
                part.description = f"{LONG_WORD} {part.description}"
    finally:
        engine.dispose()


def _write_pages(root: Path, demo: Path) -> None:
    from destination_norberg.cli import main
    from destination_norberg.cli import packages as cli_packages

    with pytest.MonkeyPatch.context() as mp:  # no user folder is touched
        mp.setenv("DESTINATION_NORBERG_DB", str(root.parent / "env-db.sqlite"))
        for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
            mp.setenv(var, str(root.parent / "xdg" / var.lower()))
        # The brochure (PDF, the window's Qt writer) is not linked from the page.
        mp.setattr(cli_packages, "brochure_writer", lambda: None)
        for name, age in (("demo.sqlite", False), ("stale.sqlite", True)):
            db = root.parent / name
            shutil.copyfile(demo, db)
            if age:
                _age_reports(db, STALE_TRAIL)
                _long_texts(db)
            out = root / ("stale" if age else "status")
            assert main(["--db", f"sqlite:///{db}", "--today", TODAY, "publish", "status",
                         "--out", str(out)]) == 0
        for db, lang, out in (("demo", "sv", "package-sv"), ("demo", "en", "package-en"),
                              ("stale", "sv", "package-long")):
            assert main(["--db", f"sqlite:///{root.parent / f'{db}.sqlite'}", "--today", TODAY,
                         "export", "package", "1", "--partner", "Hotell", "--lang", lang,
                         "--out", str(root / out)]) == 0


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory, demo_template: Path,
         browser: Any) -> Iterator[Site]:
    """The pages, written once, served on loopback for the session."""
    root = tmp_path_factory.mktemp("published") / "site"
    root.mkdir()
    _write_pages(root, demo_template)
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, name="pages-http", daemon=True)
    thread.start()
    try:
        yield Site(root, f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def package_page(site: Site, folder_name: str) -> str:
    """The package one-pager's path under the site's root, in its folder there."""
    folder = site.root / folder_name
    (page,) = folder.glob("*/*.html")
    return page.relative_to(site.root).as_posix()
