"""The words and numbers of a partner output, for the window too: one truth.

A grade colour, a trail kind, an amount of kronor and a day are worded in
`exchange.package_texts` for the partner files and the status page; the window shows the same
words through this module (the window reaches `exchange` only through `app`), so a grade or a
price reads alike on the screen and in what a partner gets.
"""

from __future__ import annotations

from destination_norberg.exchange.package_texts import day_text, grade_name, kind_name, kronor

__all__ = ["day_text", "grade_name", "kind_name", "kronor"]
