"""A fictional registration-system export for Vintervecka 2027 (Engelbrektsloppet's winter
week), made deterministically: the demo's participant counts (data/participants.json) are this
file read by exchange.participants, and tests/capacity/test_demo_participants.py checks that.

Every name is made up ("Deltagare 0001"); clubs and postcodes are drawn with weights that
look like a long-distance classic race in Mälardalen. Run as a script to rewrite the demo
file: `python -m tests.capacity.participants_file`.
"""

from __future__ import annotations

import csv
import io
import json
import random
from pathlib import Path

RACES = (("Engelbrektsloppet 60 km", 2400), ("Engelbrektshalvan 30 km", 600),
         ("Kristinaloppet 30 km", 350), ("Lilla Engelbrektsloppet", 300),
         ("Klasskidan", 250), ("Engelbrektsstafetten 3×10 km", 180),
         ("Engelbrektssprinten 800 m", 120))
#: (postcode prefix or country code, weight)
HOMES = (("1", 28), ("75", 7), ("72", 11), ("738", 5), ("737", 5), ("774", 3), ("791", 5),
         ("784", 4), ("733", 3), ("70", 5), ("80", 3), ("41", 4), ("21", 1), ("58", 3),
         ("63", 3), ("90", 1), ("NOR", 3), ("FIN", 2), ("GER", 1))
CLUBS = ("Norbergs SK", "Fagersta Skidklubb", "Västerås Långlöpare", "Sala Skidsällskap",
         "Mälardalens Klassiker", "Stockholms Stakklubb", "Uppsala Skidvänner",
         "Falu Skidkamrater", "Borlänge Spårlag", "Avesta Skidförening", "Örebro Vasaåkare",
         "Gävle Stakgäng", "")
HEADER = ("Förnamn", "Efternamn", "Födelseår", "Kön", "Klubb", "Nation", "Postnummer", "Lopp",
          "Startgrupp", "Första gången")
DEMO_FILE = Path(__file__).resolve().parents[2] / "data" / "participants.json"
DEMO_EVENT = "vintervecka-2027"


def _postcode(rng: random.Random, prefix: str) -> str:
    from destination_norberg.exchange.participants import prefixes

    three = rng.choice(sorted(p for p in prefixes() if p.startswith(prefix)))
    return f"{three} {rng.randint(0, 99):02d}"


def rows(seed: int = 2027) -> list[list[str]]:
    rng = random.Random(seed)
    homes, weights = zip(*HOMES, strict=True)
    out: list[list[str]] = []
    number = 0
    for race, count in RACES:
        young = race in ("Klasskidan", "Lilla Engelbrektsloppet")
        for _ in range(count):
            number += 1
            home = rng.choices(homes, weights)[0]
            foreign = home.isalpha()
            out.append([f"Deltagare{number:04d}", "Demo",
                        str(rng.randint(2012, 2019) if young else rng.randint(1950, 2006)),
                        rng.choice("MK"), rng.choice(CLUBS), home if foreign else "SWE",
                        "" if foreign else _postcode(rng, home), race,
                        str(rng.randint(1, 8)), "Ja" if rng.random() < 0.18 else "Nej"])
    return out


def write_csv(path: Path, seed: int = 2027) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows(seed))
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")
    return path


def demo_counts(path: Path) -> list[list[object]]:
    from destination_norberg.exchange.participants import read_participants

    return [list(r) for r in read_participants(path).rows()]


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        counts = demo_counts(write_csv(Path(folder) / "anmalda.csv"))
    lines = ",\n".join(json.dumps(c, ensure_ascii=False) for c in counts)
    DEMO_FILE.write_text(f'{{"event": "{DEMO_EVENT}", "counts": [\n{lines}\n]}}\n',
                         encoding="utf-8")


if __name__ == "__main__":
    main()
