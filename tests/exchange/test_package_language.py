"""Issue 17: a partner bundle is wholly in its language. File and folder names in the
bundle's language (stable for a package and language), every word of the program's in it,
and the user texts that exist only in the other language used but marked: `*` and a
footnote in the tables, `lang` in the HTML, `@language` in the JSON-LD, LANGUAGE and a
COMMENT in the calendar, a comment in the route files."""

from __future__ import annotations

import csv
import json
import shutil
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from destination_norberg.app.package_export import planned_bundles
from destination_norberg.core.package_language import pick, untranslated
from destination_norberg.exchange.package_bundle import (
    bundle_files,
    bundle_name,
    bundle_names,
    write_bundle,
)
from destination_norberg.store.package_read import package_detail
from destination_norberg.store.rows import EngineRows
from tests.exchange.bundle_language import html_text, problems, vocabulary

pytestmark = pytest.mark.both_engines

NOW = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def fake_pdf(detail, path: Path, lang: str) -> None:
    path.write_bytes(b"%PDF-1.4 " + detail.title(lang).encode("utf-8"))


@pytest.fixture
def detail(demo_engine):
    return package_detail(EngineRows(demo_engine), 1)


def test_file_names_follow_the_language(detail) -> None:
    assert sorted(bundle_files(detail, "en", pdf=True).values()) == [
        "engelbrektsloppet-weekend-2027-brochure.pdf",
        "engelbrektsloppet-weekend-2027-components.csv",
        "engelbrektsloppet-weekend-2027-components.xlsx",
        "engelbrektsloppet-weekend-2027-contacts.csv",
        "engelbrektsloppet-weekend-2027-programme.ics",
        "engelbrektsloppet-weekend-2027-trails.geojson",
        "engelbrektsloppet-weekend-2027-trails.gpx",
        "engelbrektsloppet-weekend-2027.html", "engelbrektsloppet-weekend-2027.jsonld"]
    assert sorted(bundle_files(detail, "sv", pdf=True).values()) == [
        "engelbrektsloppet-helg-2027-broschyr.pdf",
        "engelbrektsloppet-helg-2027-komponenter.csv",
        "engelbrektsloppet-helg-2027-komponenter.xlsx",
        "engelbrektsloppet-helg-2027-kontakter.csv",
        "engelbrektsloppet-helg-2027-leder.geojson", "engelbrektsloppet-helg-2027-leder.gpx",
        "engelbrektsloppet-helg-2027-program.ics",
        "engelbrektsloppet-helg-2027.html", "engelbrektsloppet-helg-2027.jsonld"]


def test_the_folder_name_follows_the_bundle_language(detail) -> None:
    partner = detail.partners[0]
    assert bundle_name(detail, partner, "en") == (
        f"engelbrektsloppet-weekend-2027-{bundle_name(detail, partner, 'sv').split('-', 3)[3]}")
    english = replace(partner, lang="en")
    # Without a language asked for, the partner's own.
    assert bundle_name(detail, english).startswith("engelbrektsloppet-weekend-2027-")
    assert bundle_name(detail, partner).startswith("engelbrektsloppet-helg-2027-")
    assert bundle_names(detail, [english, partner]) == [bundle_name(detail, english),
                                                        bundle_name(detail, partner)]
    # Stable: the same package and language, the same names.
    assert bundle_names(detail, list(detail.partners), "en") == bundle_names(
        detail, list(detail.partners), "en")


def test_without_an_english_title_the_swedish_one_names_it_in_english_words(detail) -> None:
    bare = replace(detail, title_en="")
    assert bundle_name(bare, None, "en") == "engelbrektsloppet-helg-2027"
    assert bundle_files(bare, "en", pdf=False)["csv"] == (
        "engelbrektsloppet-helg-2027-components.csv")
    assert bundle_name(replace(detail, title_en="???", title_sv="???"), None, "en") == \
        "package"
    assert untranslated(bare, "en")[0].what == "title"


def test_what_lacks_english_is_listed_once_each(detail) -> None:
    found = untranslated(detail, "en")
    kinds = [u.what for u in found]
    assert kinds.count("component") == len(detail.components)
    assert [u.text for u in found if u.what == "role"] == ["Ordförande", "Ägare"]
    assert "title" not in kinds and "event" not in kinds  # the demo has English for these
    assert untranslated(detail, "sv") == []
    (plan,) = planned_bundles(detail, [detail.partners[0]], "en")
    assert plan.untranslated == tuple(found) and plan.lang == "en"


def test_pick_says_which_language_a_text_is_in() -> None:
    assert pick("Hej", "Hello", "en").lang == "en"
    assert pick("Hej", "", "en").lang == "sv" and pick("Hej", "", "en").foreign("en")
    assert pick("", "Hello", "sv").lang == "en" and pick("", "", "en").foreign("en") is False


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("package_id", [1, 2])
def test_a_bundle_holds_no_unmarked_text_of_the_other_language(demo_engine, tmp_path, lang,
                                                               package_id) -> None:
    detail = package_detail(EngineRows(demo_engine), package_id)
    out = write_bundle(detail, tmp_path, lang=lang, now=NOW)
    assert problems(out, detail, lang) == []


def test_the_check_finds_what_is_not_marked(detail, tmp_path) -> None:
    """The language check itself: an English bundle with a Swedish label, or a Swedish
    component line with its mark taken off, fails it."""
    out = write_bundle(detail, tmp_path / "a", lang="en", now=NOW)
    csv_file = next(out.glob("*-components.csv"))
    text = csv_file.read_text(encoding="utf-8-sig")
    csv_file.write_text(text.replace("klassisk *", "klassisk").replace("Total for", "Totalt för"),
                        encoding="utf-8-sig")
    found = problems(out, detail, "en")
    assert any("unmarked 'Startavgift" in f for f in found)
    assert any("totalt" in f for f in found)
    assert "totalt" in vocabulary("sv") and "total" not in vocabulary("sv")
    shutil.rmtree(out)


def test_swedish_only_texts_are_marked_in_each_format(detail, tmp_path) -> None:
    # An event without an English name, as the partner would meet it.
    first = detail.programme[0]
    bare_event = replace(first, name_en="", description_en="")
    detail = replace(detail, programme=(bare_event, *detail.programme[1:]))
    out = write_bundle(detail, tmp_path, lang="en", now=NOW, pdf_writer=fake_pdf)
    html = next(out.glob("*.html"))
    page = html.read_text(encoding="utf-8")
    assert f'<span lang="sv">{first.name_sv}</span><sup class="mark">*</sup>' in page
    assert "Texts marked * are only available in Swedish." in page
    assert first.name_sv in html_text(html, "en")[1]
    data = json.loads(next(out.glob("*.jsonld")).read_text(encoding="utf-8"))
    services = data["@graph"][0]["offers"]["itemOffered"]
    assert services[0]["name"] == {"@value": detail.components[0].description,
                                   "@language": "sv"}
    assert services[0]["category"] == "Race entry"
    with next(out.glob("*-components.csv")).open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[1][2] == f"{detail.components[0].description} *"
    assert rows[-1][2] == "Texts marked * are only available in Swedish."
    ics = next(out.glob("*-programme.ics")).read_text(encoding="utf-8")
    assert f"SUMMARY;LANGUAGE=sv:{first.name_sv}" in ics.replace("\r\n ", "")
    assert "COMMENT;LANGUAGE=en:Only available in Swedish." in ics
    assert "CATEGORIES:programme" in ics or "CATEGORIES:race" in ics
    features = json.loads(next(out.glob("*-trails.geojson")).read_text(encoding="utf-8"))
    grades = {f["properties"].get("grade") for f in features["features"]}
    assert grades <= {"green", "blue", "red", "black", None} and grades - {None}


def test_a_swedish_bundle_marks_english_only_texts(detail, tmp_path) -> None:
    english_only = replace(detail, text_sv="", text_en="Only in English.")
    out = write_bundle(english_only, tmp_path, lang="sv", now=NOW)
    page = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert '<div lang="en"><p>Only in English.<sup class="mark">*</sup></p></div>' in page
    assert "Texter markerade med * finns bara på engelska." in page
    assert [u.what for u in untranslated(english_only, "sv")] == ["text"]
