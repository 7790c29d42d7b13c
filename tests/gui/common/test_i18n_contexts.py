"""Every translatable string is filed under a context that matches at run time.

PySide6's `self.tr` looks the text up under the class names of the object (its MRO);
lupdate files it under the class the call is written in. `page.tr(...)` in a helper
function is filed by lupdate under the variable's name ("page"), a context no object has,
so it never translates. `QCoreApplication.translate(context, text)` only reaches the
catalogue when both are literals lupdate can read. This scan reads the sources (ast) and
fails on every call that cannot match, and on every (context, text) pair the catalogue
lacks or holds under a context no source names.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
GUI = ROOT / "destination_norberg" / "gui"
TS = ROOT / "resources" / "translations" / "destination_norberg_sv.ts"
TRANSLATE_NAMES = {"translate"}  # `translate = QCoreApplication.translate` aliases


def _sources() -> list[Path]:
    return [p for p in sorted(GUI.rglob("*.py")) if "forms" not in p.parts]


def _is_translate(func: ast.expr) -> bool:
    if isinstance(func, ast.Attribute):
        return func.attr == "translate" and isinstance(func.value, ast.Name) and \
            func.value.id in {"QCoreApplication", "QApplication"}
    return isinstance(func, ast.Name) and func.id in TRANSLATE_NAMES


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def scan(path: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(context, text) pairs the file asks the catalogue for, and the calls that cannot match."""
    pairs: list[tuple[str, str]] = []
    problems: list[str] = []
    where = path.relative_to(ROOT)

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func = child.func
                first = _literal(child.args[0]) if child.args else None
                if isinstance(func, ast.Attribute) and func.attr == "tr":
                    owner = ast.unparse(func.value)
                    if owner != "self" or cls is None:
                        problems.append(f"{where}:{child.lineno}: {owner}.tr() outside its "
                                        "own class never matches; use "
                                        "QCoreApplication.translate(\"Context\", ...)")
                    elif first is None:
                        problems.append(f"{where}:{child.lineno}: self.tr() of a "
                                        "non-literal text")
                    else:
                        pairs.append((cls, first))
                elif _is_translate(func):
                    second = _literal(child.args[1]) if len(child.args) > 1 else None
                    context = _literal(child.args[0]) if child.args else None
                    if context is None or second is None:
                        problems.append(f"{where}:{child.lineno}: translate() needs a "
                                        "literal context and text")
                    else:
                        pairs.append((context, second))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), None)
    return pairs, problems


def _catalogue() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        out.setdefault(ctx.findtext("name") or "", set()).update(
            m.findtext("source") or "" for m in ctx.iter("message"))
    return out


def _form_classes() -> set[str]:
    return {ET.parse(p).getroot().findtext("class") or "" for p in (ROOT / "ui").glob("*.ui")}


def test_every_tr_and_translate_call_can_match_at_run_time() -> None:
    problems = [p for path in _sources() for p in scan(path)[1]]
    assert problems == []


def test_the_scan_catches_a_tr_on_another_object(tmp_path: Path) -> None:
    bad = GUI / "_scan_probe_.py"  # inside GUI so relative_to works; removed at once
    bad.write_text("from PySide6.QtCore import QCoreApplication\n"
                   "def run(page, ctx):\n"
                   "    page.tr('Written: %1')\n"
                   "    QCoreApplication.translate(ctx, 'x')\n"
                   "class Ok:\n"
                   "    def f(self):\n"
                   "        return self.tr('fine')\n", encoding="utf-8")
    try:
        pairs, problems = scan(bad)
    finally:
        bad.unlink()
    assert pairs == [("Ok", "fine")]
    assert len(problems) == 2
    assert "page.tr()" in problems[0]


def test_every_text_the_sources_ask_for_is_in_the_catalogue_under_that_context() -> None:
    catalogue = _catalogue()
    missing = sorted({f"{ctx}|{text}" for path in _sources() for ctx, text in scan(path)[0]
                      if text not in catalogue.get(ctx, set())})
    assert missing == []


def test_every_catalogue_context_is_one_the_program_uses() -> None:
    used = {ctx for path in _sources() for ctx, _text in scan(path)[0]} | _form_classes()
    unmatched = sorted(set(_catalogue()) - used)
    assert unmatched == []
