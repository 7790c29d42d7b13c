"""The schema revisions this program knows, without importing SQLAlchemy or alembic.

Start-up reads the stored revision with the standard library and compares it here; the
migration machinery is loaded only when there is something to migrate.
"""

from __future__ import annotations

#: Every revision this program knows, oldest first (tests check it against the scripts).
KNOWN_REVISIONS: tuple[str, ...] = ("0001_initial", "0002_race_courses", "0003_map_layers",
                                     "0004_gdpr_log", "0005_destination_setting",
                                     "0006_weather_readings", "0007_year_in_window",
                                     "0008_guest_nights", "0009_beds_participants",
                                     "0010_volunteers", "0011_trail_counters",
                                     "0012_mail")
HEAD_REVISION = KNOWN_REVISIONS[-1]
