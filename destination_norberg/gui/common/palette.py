"""The window's colour scheme: light, pinned deliberately.

The style sheet (resources/styles/app.qss) paints cards white, headings dark blue and the
page background light grey; under a dark system palette (Windows 11 in dark mode) Qt would
hand the widgets light text on those light surfaces, and the text would vanish. So the
program asks the platform for the light scheme (Qt 6.8+: QStyleHints.setColorScheme), uses
the Fusion style, which draws the same on every platform, and sets Fusion's own light
palette on the application, whatever the system palette says.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

#: Set on the application once the Fusion style is in place.
PINNED = "dnLightScheme"
#: Links in the light scheme: the navigation rail's blue, readable on white.
LINK = QColor("#2f5b85")


def light_palette() -> QPalette:
    """Fusion's light palette, with the program's link colour."""
    style = QStyleFactory.create("Fusion")
    palette = QPalette(style.standardPalette()) if style is not None else QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Link, LINK)
    return palette


def pin_light_scheme(app: QApplication) -> None:
    """Light colours under any system scheme: the Fusion style and its light palette."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8 and later
        hints.setColorScheme(Qt.ColorScheme.Light)
    if not app.property(PINNED):  # once: a new style re-polishes every widget
        app.setStyle("Fusion")
        app.setProperty(PINNED, True)
    app.setPalette(light_palette())


def is_readable(palette: QPalette) -> bool:
    """Text and its background differ clearly (WCAG contrast 4.5:1) for the roles the window
    uses: window text on the window, text on the base, button text on the button."""
    pairs = ((QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
             (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
             (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button))
    return all(contrast(palette.color(fg), palette.color(bg)) >= 4.5 for fg, bg in pairs)


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
