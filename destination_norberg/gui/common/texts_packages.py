"""Packages: the checks of a package and its components before it is saved.

The sentences of core.said messages, keyed as where they are said (gui/common/messages.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def templates() -> dict[str, str]:
    return {
        "packages.bad_kind": translate(
            "PackageMessages",
            "Component {n} has the kind “{kind}”; use one of {kinds}."),
        "packages.basis_persons": translate(
            "PackageMessages",
            "The price is per a whole number of persons, at least one."),
        "packages.capacity": translate(
            "PackageMessages",
            "Component {n}: the capacity is a whole number, 0 or more."),
        "packages.component": translate("PackageMessages", "Component {n}: {message}"),
        "packages.needs_title": translate("PackageMessages", "The package needs a Swedish title."),
        "packages.negative_price": translate(
            "PackageMessages",
            "Component {n} has a negative price."),
        "packages.not_a_date": translate("PackageMessages", "“{day}” is not a date."),
        "packages.not_basis": translate(
            "PackageMessages",
            "“{value}” is not a price basis; use one of {names}."),
        "packages.not_price": translate("PackageMessages", "“{value}” is not a price in kronor."),
        "packages.occupancy": translate(
            "PackageMessages",
            "Component {n} is priced per unit: say how many persons one unit holds (1 or "
            "more)."),
        "packages.valid_backwards": translate(
            "PackageMessages",
            "The package is valid to a date before it is valid from."),
    }
