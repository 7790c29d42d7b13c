"""The status page (with its events) and the package one-pager in headless Chromium, at a
phone's 390 px and a laptop's 1280 px: no console errors, nothing scrolls sideways, every
reference resolves, the language switch works and stale reports are marked."""

from __future__ import annotations

import json
import os
import re

import pytest

from tests.browser.conftest import LONG_WORD, STALE_TRAIL, Site, package_page
from tests.browser.pages import WIDTHS, broken, console_errors, open_at, references, sideways

By = pytest.importorskip("selenium.webdriver.common.by", reason="selenium is not installed").By
WebDriverWait = pytest.importorskip("selenium.webdriver.support.ui").WebDriverWait

#: page → (its language, the folder the program wrote it into, relative to the site)
PAGES = {"status-sv": ("sv", "status"), "status-en": ("en", "status"),
         "package-sv": ("sv", "package-sv"), "package-en": ("en", "package-en")}


def page_path(site: Site, page: str) -> str:
    """The page's path under the site's root."""
    lang, folder = PAGES[page]
    if page.startswith("package"):
        return package_page(site, folder)
    return f"{folder}/{'index.html' if lang == 'sv' else 'en.html'}"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("page", list(PAGES))
def test_no_console_errors_and_nothing_scrolls_sideways(browser, site, page, width) -> None:
    console_errors(browser)  # what an earlier page left
    open_at(browser, site.url(page_path(site, page)), width)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == PAGES[page][0]
    assert browser.find_element(By.TAG_NAME, "h1").is_displayed()
    assert sideways(browser) == []
    assert browser.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth")
    assert console_errors(browser) == []
    if os.environ.get("DN_WRITE_SCREENSHOTS") == "1":  # tools/web_screenshots.py
        from tests.browser.shots import save_full_page

        save_full_page(browser, page, width)


@pytest.mark.parametrize("page", list(PAGES))
def test_every_reference_resolves(browser, site, page) -> None:
    path = page_path(site, page)
    open_at(browser, site.url(path), 1280)
    refs = references(browser)
    ids = set(browser.execute_script(
        "return Array.from(document.querySelectorAll('[id]'), e => e.id)"))
    folder = (site.root / path).parent
    problems = [(tag, value, why) for tag, value in refs
                if (why := broken(value, (site.root / path).name, folder, ids))]
    assert problems == []
    hrefs = {value for _tag, value in refs}
    if page.startswith("status"):  # the feeds, the data and the other language are linked
        lang = PAGES[page][0]
        assert {"status.json", "status.geojson",
                "events.ics" if lang == "sv" else "events-en.ics",
                "events.jsonld" if lang == "sv" else "events-en.jsonld",
                "en.html" if lang == "sv" else "index.html", "#evenemang"} <= hrefs
    else:  # the routes' files, and the contacts' web, mail and phone links
        assert any(h.endswith(".gpx") for h in hrefs)
        assert any(h.endswith(".geojson") for h in hrefs)
        assert any(h.startswith("https://") for h in hrefs)
        assert any(h.startswith("mailto:") for h in hrefs)
        assert any(h.startswith("tel:+46") for h in hrefs)
    # the checker itself: what it must refuse
    assert broken("nothing.html", "index.html", folder, ids)
    assert broken("#nowhere", "index.html", folder, ids)
    assert broken("../status/index.html", "index.html", folder, ids)
    assert broken("javascript:alert(1)", "index.html", folder, ids)
    assert broken("https://", "index.html", folder, ids)


def test_the_event_feed_points_at_the_events_on_the_pages(browser, site) -> None:
    """Each JSON-LD item's url is a page and an event's anchor on it; following it in the
    browser lands on that event."""
    for lang, feed, page in (("sv", "events.jsonld", "index.html"),
                             ("en", "events-en.jsonld", "en.html")):
        doc = json.loads((site.root / "status" / feed).read_text(encoding="utf-8"))
        urls = [item["item"]["url"] for item in doc["itemListElement"]]
        assert len(urls) > 10 and all(u.startswith(f"{page}#event-") for u in urls)
        open_at(browser, site.url(f"status/{page}"), 390)
        ids = set(browser.execute_script(
            "return Array.from(document.querySelectorAll('li[id]'), e => e.id)"))
        assert {u.split("#", 1)[1] for u in urls} <= ids
        browser.get(site.url(f"status/{urls[-1]}"))
        target = browser.execute_script("return document.querySelector(':target')")
        assert target is not None and target.get_attribute("id") == urls[-1].split("#")[1]
        assert target.is_displayed()
        # the events are listed per month, under the head's link to them
        months = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#evenemang h3")]
        assert ("december 2026" if lang == "sv" else "December 2026") in months
        open_at(browser, site.url(f"status/{page}"), 390)
        browser.find_element(By.CSS_SELECTOR, 'header a[href="#evenemang"]').click()
        WebDriverWait(browser, 5).until(
            lambda d: d.execute_script("return location.hash") == "#evenemang")
        top = browser.execute_script(
            "return document.getElementById('evenemang').getBoundingClientRect().top")
        assert abs(top) < 2  # scrolled to the section
        assert console_errors(browser) == []


@pytest.mark.parametrize("width", WIDTHS)
def test_the_language_switch(browser, site, width) -> None:
    open_at(browser, site.url("status/index.html"), width)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv"
    browser.find_element(By.CSS_SELECTOR, 'header a[hreflang="en"]').click()
    WebDriverWait(browser, 5).until(lambda d: d.current_url.endswith("/status/en.html"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Trail and snow status, Norberg"
    browser.find_element(By.CSS_SELECTOR, 'header a[hreflang="sv"]').click()
    WebDriverWait(browser, 5).until(lambda d: d.current_url.endswith("/status/index.html"))
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "sv"
    assert browser.find_element(By.TAG_NAME, "h1").text == "Spår- och snöläge i Norberg"
    assert console_errors(browser) == []


@pytest.mark.parametrize("page", ["stale/index.html", "stale/en.html", "package-long"])
def test_long_words_and_addresses_wrap_on_a_phone(browser, site, page) -> None:
    """A web address or a long compound in a note, a part's description or a partner's web
    site breaks across lines at 390 px instead of pushing the page sideways."""
    path = package_page(site, page) if page.startswith("package") else page
    open_at(browser, site.url(path), 390)
    assert LONG_WORD in browser.find_element(By.TAG_NAME, "main").text.replace("\n", "")
    assert sideways(browser) == []
    assert console_errors(browser) == []


def _card(browser, name: str):
    (head,) = [h3 for h3 in browser.find_elements(By.CSS_SELECTOR, "li.trail > h3")
               if h3.text.strip() == name]
    return head.find_element(By.XPATH, "..")


@pytest.mark.parametrize(("lang", "page", "words"), [
    ("sv", "index.html", "Inaktuell rapport"), ("en", "en.html", "Out-of-date report")])
def test_a_stale_report_is_marked(browser, site, lang, page, words) -> None:
    """The same trail, fresh on the demo's page and stale once its reports are 40 days
    older: marked in words and by the card's colour, at a phone's width."""
    open_at(browser, site.url(f"status/{page}"), 390)
    fresh = _card(browser, STALE_TRAIL)
    assert "stale-card" not in fresh.get_attribute("class")
    assert words not in fresh.text
    fresh_border = fresh.value_of_css_property("border-left-color")
    open_at(browser, site.url(f"stale/{page}"), 390)
    card = _card(browser, STALE_TRAIL)
    assert "stale-card" in card.get_attribute("class")
    mark = card.find_element(By.CSS_SELECTOR, ".stale")
    assert mark.is_displayed() and mark.text.startswith(f"⚠ {words}")
    assert card.value_of_css_property("border-left-color") != fresh_border
    assert mark.value_of_css_property("color") != card.find_element(
        By.TAG_NAME, "h3").value_of_css_property("color")
    age = re.search(r"\((\d+) (?:dagar sedan|days ago)\)", card.text)
    assert age is not None and int(age.group(1)) > 40  # the report's age, as the page says
    assert sideways(browser) == [] and console_errors(browser) == []
