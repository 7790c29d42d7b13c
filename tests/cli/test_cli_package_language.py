"""Issue 17: a package's bundle, the brochure PDF included, is wholly in the partner's
language: `export package --lang en` of each demo package holds no Swedish word of the
program's and no Swedish user text unmarked, names its files in English, and tells nobody to
run a command; the converse for Swedish."""

from __future__ import annotations

import pytest

from destination_norberg.app.package_export import planned_bundles
from destination_norberg.cli import main
from destination_norberg.store.package_read import package_detail
from destination_norberg.store.rows import EngineRows
from tests.exchange.bundle_language import html_text, problems

pytestmark = pytest.mark.both_engines


@pytest.mark.parametrize("lang", ["en", "sv"])
@pytest.mark.parametrize("package_id", [1, 2])
def test_a_bundle_is_wholly_in_its_language(demo_url, demo_engine, tmp_path, lang,
                                            package_id) -> None:
    out = tmp_path / "out"
    detail = package_detail(EngineRows(demo_engine), package_id)
    partner = detail.partners[0]
    assert main(["--db", demo_url, "--today", "2026-11-26", "export", "package",
                 str(package_id), "--out", str(out), "--partner", str(partner.id),
                 "--lang", lang]) == 0
    (folder,) = out.iterdir()
    (planned,) = planned_bundles(detail, [partner], lang)
    assert folder.name == planned.name
    assert sorted(p.name for p in folder.iterdir()) == sorted(planned.files)
    assert any(p.suffix == ".pdf" for p in folder.iterdir())  # the real brochure
    assert problems(folder, detail, lang) == []
    html = next(p for p in folder.iterdir() if p.suffix == ".html")
    marked = html_text(html, lang)[1]
    if lang == "en":  # component descriptions exist in Swedish only: marked, not dropped
        assert {c.description for c in detail.components} <= set(marked)
        assert "only available in Swedish" in html.read_text(encoding="utf-8")
        assert all(part in {"programme", "components", "contacts", "trails", "brochure"}
                   for p in folder.iterdir()
                   if (part := p.stem.rsplit("-", 1)[-1]) and "-" in p.stem
                   and not p.name.endswith((".html", ".jsonld")))
    else:
        assert marked == []
