"""Issue 17: the export dialog shows the folders and files a bundle gets, by their real
names in the bundle's language, and warns (without blocking) which texts have no English
version; the bundle it writes has exactly those names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from destination_norberg.app.packages import package_detail
from destination_norberg.gui.packages import export as packages_export
from tests.gui.packages.test_packages_page import choose, page  # noqa: F401 - the fixture


@pytest.fixture
def dialog(page, qtbot, demo_engine):  # noqa: F811 - the page fixture
    choose(page, "Engelbrektsloppet-helg 2027")
    made = packages_export.ExportChoices(page, package_detail(demo_engine, page.current_id))
    qtbot.addWidget(made)
    return made


def pick(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_english_names_and_the_warning_of_swedish_only_texts(dialog) -> None:
    pick(dialog.partner, dialog.detail.partners[0].id)
    pick(dialog.lang, "sv")
    files = dialog.files.toPlainText()
    assert "engelbrektsloppet-helg-2027-broschyr.pdf" in files and "(Swedish)" in files
    assert not dialog.warning.isVisibleTo(dialog) and not dialog.missing.isVisibleTo(dialog)
    pick(dialog.lang, "en")
    files = dialog.files.toPlainText()
    assert "engelbrektsloppet-weekend-2027-brochure.pdf" in files
    assert "engelbrektsloppet-weekend-2027-components.xlsx" in files
    assert "-komponenter" not in files and "(English)" in files
    assert dialog.warning.isVisibleTo(dialog)
    assert "no English version" in dialog.warning.text()
    listed = dialog.missing.toPlainText().splitlines()
    assert listed[0] == "Component 1: Startavgift Engelbrektsloppet 60 km klassisk"
    assert "Role at Hotell Hyttgården: Ägare" in listed
    dialog.as_zip.setChecked(True)
    first = dialog.files.toPlainText().splitlines()[0]
    assert first.startswith("engelbrektsloppet-weekend-2027-") and first.endswith(
        ".zip  (English)")
    ok = dialog.findChild(packages_export.QDialogButtonBox).button(
        packages_export.QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()  # a warning, never a block


def test_the_window_writes_the_names_the_dialog_showed(page, qtbot, tmp_path: Path,  # noqa: F811
                                                       monkeypatch) -> None:
    monkeypatch.setattr(packages_export.QDesktopServices, "openUrl", lambda *_a: True)
    choose(page, "Engelbrektsloppet-helg 2027")
    shown: list[str] = []

    def answer(self) -> int:  # the user picks English for the first partner and OK
        pick(self.partner, self.detail.partners[0].id)
        pick(self.lang, "en")
        shown.append(self.files.toPlainText())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(packages_export.ExportChoices, "exec", answer)
    paths = packages_export.run_export(page, page.current_id, tmp_path)
    (folder,) = paths
    assert folder.name.startswith("engelbrektsloppet-weekend-2027-")
    assert shown[0].splitlines()[0].startswith(folder.name + "  ")
    written = sorted(p.name for p in folder.iterdir())
    assert written and all(f"  {name}" in shown[0].splitlines() for name in written)
    assert folder.name in page.ui.state.text()
