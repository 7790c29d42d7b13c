"""Windows and Outlook time-zone names → IANA names, for TZID parameters that are not IANA.

Outlook and Exchange write `TZID=W. Europe Standard Time`, older Outlook the display name
(`(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna`, even `Canberra, Melbourne,
Sydney`), Exchange CDO `GMT +0100 (Standard) / GMT +0200 (Daylight)`. `WINDOWS_TO_IANA` is the
"001" (golden zone) column of CLDR's supplemental/windowsZones.xml; `DISPLAY_TO_WINDOWS` covers
the display names of Europe's zones and of the other common ones. The table is data, kept out
of the reader so it can be checked against zoneinfo by a test.
"""

from __future__ import annotations

import re
import unicodedata

WINDOWS_TO_IANA: dict[str, str] = {
    "AUS Central Standard Time": "Australia/Darwin",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "Afghanistan Standard Time": "Asia/Kabul",
    "Alaskan Standard Time": "America/Anchorage",
    "Aleutian Standard Time": "America/Adak",
    "Altai Standard Time": "Asia/Barnaul",
    "Arab Standard Time": "Asia/Riyadh",
    "Arabian Standard Time": "Asia/Dubai",
    "Arabic Standard Time": "Asia/Baghdad",
    "Argentina Standard Time": "America/Argentina/Buenos_Aires",
    "Astrakhan Standard Time": "Europe/Astrakhan",
    "Atlantic Standard Time": "America/Halifax",
    "Aus Central W. Standard Time": "Australia/Eucla",
    "Azerbaijan Standard Time": "Asia/Baku",
    "Azores Standard Time": "Atlantic/Azores",
    "Bahia Standard Time": "America/Bahia",
    "Bangladesh Standard Time": "Asia/Dhaka",
    "Belarus Standard Time": "Europe/Minsk",
    "Bougainville Standard Time": "Pacific/Bougainville",
    "Canada Central Standard Time": "America/Regina",
    "Cape Verde Standard Time": "Atlantic/Cape_Verde",
    "Caucasus Standard Time": "Asia/Yerevan",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "Central America Standard Time": "America/Guatemala",
    "Central Asia Standard Time": "Asia/Bishkek",
    "Central Brazilian Standard Time": "America/Cuiaba",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "Central Pacific Standard Time": "Pacific/Guadalcanal",
    "Central Standard Time": "America/Chicago",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "Chatham Islands Standard Time": "Pacific/Chatham",
    "China Standard Time": "Asia/Shanghai",
    "Cuba Standard Time": "America/Havana",
    "Dateline Standard Time": "Etc/GMT+12",
    "E. Africa Standard Time": "Africa/Nairobi",
    "E. Australia Standard Time": "Australia/Brisbane",
    "E. Europe Standard Time": "Europe/Chisinau",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Easter Island Standard Time": "Pacific/Easter",
    "Eastern Standard Time": "America/New_York",
    "Eastern Standard Time (Mexico)": "America/Cancun",
    "Egypt Standard Time": "Africa/Cairo",
    "Ekaterinburg Standard Time": "Asia/Yekaterinburg",
    "FLE Standard Time": "Europe/Kiev",
    "Fiji Standard Time": "Pacific/Fiji",
    "GMT Standard Time": "Europe/London",
    "GTB Standard Time": "Europe/Bucharest",
    "Georgian Standard Time": "Asia/Tbilisi",
    "Greenland Standard Time": "America/Nuuk",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "Haiti Standard Time": "America/Port-au-Prince",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    "India Standard Time": "Asia/Kolkata",
    "Iran Standard Time": "Asia/Tehran",
    "Israel Standard Time": "Asia/Jerusalem",
    "Jordan Standard Time": "Asia/Amman",
    "Kaliningrad Standard Time": "Europe/Kaliningrad",
    "Kamchatka Standard Time": "Asia/Kamchatka",
    "Korea Standard Time": "Asia/Seoul",
    "Libya Standard Time": "Africa/Tripoli",
    "Line Islands Standard Time": "Pacific/Kiritimati",
    "Lord Howe Standard Time": "Australia/Lord_Howe",
    "Magadan Standard Time": "Asia/Magadan",
    "Magallanes Standard Time": "America/Punta_Arenas",
    "Marquesas Standard Time": "Pacific/Marquesas",
    "Mauritius Standard Time": "Indian/Mauritius",
    "Mexico Standard Time": "America/Mexico_City",
    "Mexico Standard Time 2": "America/Chihuahua",
    "Mid-Atlantic Standard Time": "Etc/GMT+2",
    "Middle East Standard Time": "Asia/Beirut",
    "Montevideo Standard Time": "America/Montevideo",
    "Morocco Standard Time": "Africa/Casablanca",
    "Mountain Standard Time": "America/Denver",
    "Mountain Standard Time (Mexico)": "America/Mazatlan",
    "Myanmar Standard Time": "Asia/Yangon",
    "N. Central Asia Standard Time": "Asia/Novosibirsk",
    "Namibia Standard Time": "Africa/Windhoek",
    "Nepal Standard Time": "Asia/Kathmandu",
    "New Zealand Standard Time": "Pacific/Auckland",
    "Newfoundland Standard Time": "America/St_Johns",
    "Norfolk Standard Time": "Pacific/Norfolk",
    "North Asia East Standard Time": "Asia/Irkutsk",
    "North Asia Standard Time": "Asia/Krasnoyarsk",
    "North Korea Standard Time": "Asia/Pyongyang",
    "Omsk Standard Time": "Asia/Omsk",
    "Pacific SA Standard Time": "America/Santiago",
    "Pacific Standard Time": "America/Los_Angeles",
    "Pacific Standard Time (Mexico)": "America/Tijuana",
    "Pakistan Standard Time": "Asia/Karachi",
    "Paraguay Standard Time": "America/Asuncion",
    "Qyzylorda Standard Time": "Asia/Qyzylorda",
    "Romance Standard Time": "Europe/Paris",
    "Russia Time Zone 10": "Asia/Srednekolymsk",
    "Russia Time Zone 11": "Asia/Kamchatka",
    "Russia Time Zone 3": "Europe/Samara",
    "Russian Standard Time": "Europe/Moscow",
    "SA Eastern Standard Time": "America/Cayenne",
    "SA Pacific Standard Time": "America/Bogota",
    "SA Western Standard Time": "America/La_Paz",
    "SE Asia Standard Time": "Asia/Bangkok",
    "Saint Pierre Standard Time": "America/Miquelon",
    "Sakhalin Standard Time": "Asia/Sakhalin",
    "Samoa Standard Time": "Pacific/Apia",
    "Sao Tome Standard Time": "Africa/Sao_Tome",
    "Saratov Standard Time": "Europe/Saratov",
    "Singapore Standard Time": "Asia/Singapore",
    "South Africa Standard Time": "Africa/Johannesburg",
    "South Sudan Standard Time": "Africa/Juba",
    "Sri Lanka Standard Time": "Asia/Colombo",
    "Sudan Standard Time": "Africa/Khartoum",
    "Syria Standard Time": "Asia/Damascus",
    "Taipei Standard Time": "Asia/Taipei",
    "Tasmania Standard Time": "Australia/Hobart",
    "Tocantins Standard Time": "America/Araguaina",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Tomsk Standard Time": "Asia/Tomsk",
    "Tonga Standard Time": "Pacific/Tongatapu",
    "Transbaikal Standard Time": "Asia/Chita",
    "Turkey Standard Time": "Europe/Istanbul",
    "Turks And Caicos Standard Time": "America/Grand_Turk",
    "US Eastern Standard Time": "America/Indiana/Indianapolis",
    "US Mountain Standard Time": "America/Phoenix",
    "UTC": "Etc/UTC",
    "UTC+12": "Etc/GMT-12",
    "UTC+13": "Etc/GMT-13",
    "UTC-02": "Etc/GMT+2",
    "UTC-08": "Etc/GMT+8",
    "UTC-09": "Etc/GMT+9",
    "UTC-11": "Etc/GMT+11",
    "Ulaanbaatar Standard Time": "Asia/Ulaanbaatar",
    "Venezuela Standard Time": "America/Caracas",
    "Vladivostok Standard Time": "Asia/Vladivostok",
    "Volgograd Standard Time": "Europe/Volgograd",
    "W. Australia Standard Time": "Australia/Perth",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "W. Europe Standard Time": "Europe/Berlin",
    "W. Mongolia Standard Time": "Asia/Hovd",
    "West Asia Standard Time": "Asia/Tashkent",
    "West Bank Standard Time": "Asia/Hebron",
    "West Pacific Standard Time": "Pacific/Port_Moresby",
    "Yakutsk Standard Time": "Asia/Yakutsk",
    "Yukon Standard Time": "America/Whitehorse",
}

#: Windows display names without their "(UTC+01:00)" prefix, city lists as Outlook writes them
#: (old and new wordings), → the Windows name.
DISPLAY_TO_WINDOWS: dict[str, str] = {
    # Europe
    "Dublin, Edinburgh, Lisbon, London": "GMT Standard Time",
    "Greenwich Mean Time : Dublin, Edinburgh, Lisbon, London": "GMT Standard Time",
    "Monrovia, Reykjavik": "Greenwich Standard Time",
    "Casablanca, Monrovia, Reykjavik": "Greenwich Standard Time",
    "Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna": "W. Europe Standard Time",
    "Belgrade, Bratislava, Budapest, Ljubljana, Prague": "Central Europe Standard Time",
    "Brussels, Copenhagen, Madrid, Paris": "Romance Standard Time",
    "Sarajevo, Skopje, Warsaw, Zagreb": "Central European Standard Time",
    "Sarajevo, Skopje, Sofija, Vilnius, Warsaw, Zagreb": "Central European Standard Time",
    "West Central Africa": "W. Central Africa Standard Time",
    "Casablanca": "Morocco Standard Time",
    "Athens, Bucharest": "GTB Standard Time",
    "Athens, Bucharest, Istanbul": "GTB Standard Time",
    "Athens, Beirut, Istanbul, Minsk": "GTB Standard Time",
    "Athens, Istanbul, Minsk": "GTB Standard Time",
    "Bucharest": "GTB Standard Time",
    "Chisinau": "E. Europe Standard Time",
    "Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius": "FLE Standard Time",
    "Helsinki, Kiev, Riga, Sofia, Tallinn, Vilnius": "FLE Standard Time",
    "Helsinki, Riga, Tallinn": "FLE Standard Time",
    "Kaliningrad": "Kaliningrad Standard Time",
    "Kaliningrad, Minsk": "Kaliningrad Standard Time",
    "Istanbul": "Turkey Standard Time",
    "Minsk": "Belarus Standard Time",
    "Moscow, St. Petersburg": "Russian Standard Time",
    "Moscow, St. Petersburg, Volgograd": "Russian Standard Time",
    "Volgograd": "Volgograd Standard Time",
    "Azores": "Azores Standard Time",
    "Cabo Verde Is.": "Cape Verde Standard Time",
    "Cape Verde Is.": "Cape Verde Standard Time",
    "Coordinated Universal Time": "UTC",
    "Tbilisi": "Georgian Standard Time",
    "Yerevan": "Caucasus Standard Time",
    "Baku": "Azerbaijan Standard Time",
    # Middle East and Africa
    "Jerusalem": "Israel Standard Time",
    "Cairo": "Egypt Standard Time",
    "Harare, Pretoria": "South Africa Standard Time",
    "Nairobi": "E. Africa Standard Time",
    "Amman": "Jordan Standard Time",
    "Beirut": "Middle East Standard Time",
    "Abu Dhabi, Muscat": "Arabian Standard Time",
    "Baghdad": "Arabic Standard Time",
    "Kuwait, Riyadh": "Arab Standard Time",
    "Tehran": "Iran Standard Time",
    # Americas
    "Eastern Time (US & Canada)": "Eastern Standard Time",
    "Central Time (US & Canada)": "Central Standard Time",
    "Mountain Time (US & Canada)": "Mountain Standard Time",
    "Pacific Time (US & Canada)": "Pacific Standard Time",
    "Pacific Time (US & Canada); Tijuana": "Pacific Standard Time",
    "Alaska": "Alaskan Standard Time",
    "Hawaii": "Hawaiian Standard Time",
    "Arizona": "US Mountain Standard Time",
    "Atlantic Time (Canada)": "Atlantic Standard Time",
    "Newfoundland": "Newfoundland Standard Time",
    "Brasilia": "E. South America Standard Time",
    "Buenos Aires": "Argentina Standard Time",
    "City of Buenos Aires": "Argentina Standard Time",
    "Santiago": "Pacific SA Standard Time",
    "Bogota, Lima, Quito": "SA Pacific Standard Time",
    "Bogota, Lima, Quito, Rio Branco": "SA Pacific Standard Time",
    "Greenland": "Greenland Standard Time",
    "Guadalajara, Mexico City, Monterrey": "Central Standard Time (Mexico)",
    # Asia and Pacific
    "Kabul": "Afghanistan Standard Time",
    "Islamabad, Karachi": "Pakistan Standard Time",
    "Chennai, Kolkata, Mumbai, New Delhi": "India Standard Time",
    "Kathmandu": "Nepal Standard Time",
    "Dhaka": "Bangladesh Standard Time",
    "Tashkent": "West Asia Standard Time",
    "Bangkok, Hanoi, Jakarta": "SE Asia Standard Time",
    "Beijing, Chongqing, Hong Kong, Urumqi": "China Standard Time",
    "Kuala Lumpur, Singapore": "Singapore Standard Time",
    "Perth": "W. Australia Standard Time",
    "Taipei": "Taipei Standard Time",
    "Osaka, Sapporo, Tokyo": "Tokyo Standard Time",
    "Seoul": "Korea Standard Time",
    "Adelaide": "Cen. Australia Standard Time",
    "Darwin": "AUS Central Standard Time",
    "Brisbane": "E. Australia Standard Time",
    "Canberra, Melbourne, Sydney": "AUS Eastern Standard Time",
    "Hobart": "Tasmania Standard Time",
    "Guam, Port Moresby": "West Pacific Standard Time",
    "Auckland, Wellington": "New Zealand Standard Time",
    "Fiji": "Fiji Standard Time",
    "Fiji, Kamchatka, Marshall Is.": "Fiji Standard Time",
    "Nuku'alofa": "Tonga Standard Time",
}

#: Exchange CDO names: the offsets are all they say; the zone is the usual one with those rules.
EXCHANGE_TO_IANA: dict[str, str] = {
    "GMT +0000 (Standard) / GMT +0100 (Daylight)": "Europe/London",
    "GMT +0100 (Standard) / GMT +0200 (Daylight)": "Europe/Berlin",
    "GMT +0200 (Standard) / GMT +0300 (Daylight)": "Europe/Helsinki",
}


_PREFIX = re.compile(r"^\(\s*(?:UTC|GMT)\s*(?:[+-]\s*\d{1,2}(?:[:.]\d{2})?)?\s*\)\s*", re.I)


def _key(name: str) -> str:
    """Case, accents, spacing and `/` versus `,` separators do not matter."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace(" / ", ",").replace("/", ",")
    return ",".join(" ".join(part.split()) for part in text.split(","))


_WINDOWS = {_key(k): v for k, v in WINDOWS_TO_IANA.items()}
_DISPLAY = {_key(k): WINDOWS_TO_IANA[v] for k, v in DISPLAY_TO_WINDOWS.items()}
_EXCHANGE = {_key(k): v for k, v in EXCHANGE_TO_IANA.items()}


def iana_for_windows(name: str) -> str | None:
    """The IANA name for a Windows, Outlook display or Exchange name; None if unknown."""
    key = _key(name)
    found = _WINDOWS.get(key) or _EXCHANGE.get(key)
    if found:
        return found
    if key.endswith(" daylight time"):  # some producers name the summer half
        found = _WINDOWS.get(key[: -len("daylight time")] + "standard time")
        if found:
            return found
    return _DISPLAY.get(_key(_PREFIX.sub("", name)))
