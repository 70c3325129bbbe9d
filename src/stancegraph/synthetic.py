"""Synthetic short news texts (fictional people, places, outlets) for tests and benchmarks.

``article(i)`` is deterministic in ``i``: a headline and four or five paragraphs
with a direct quote, a reported statement and a stance-bearing sentence, mixed
from hand-written parts so that texts differ from one another (they are not
near-duplicates of each other: dedup leaves them apart).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

FIRST = (
    "Mara",
    "Tobias",
    "Ingrid",
    "Dev",
    "Paulo",
    "Harriet",
    "Omar",
    "Lena",
    "Conrad",
    "Yusuf",
    "Beatrice",
    "Anika",
    "Rosa",
    "Gareth",
    "Milena",
    "Felix",
    "Teresa",
    "Kofi",
    "Sunniva",
    "Arjun",
    "Elif",
    "Bram",
)
LAST = (
    "Okonkwo",
    "Wren",
    "Hollis",
    "Ramsay",
    "Mendes",
    "Vance",
    "Delacroix",
    "Baptiste",
    "Fell",
    "Adebayo",
    "Lowe",
    "Sorensen",
    "Kimura",
    "Moyo",
    "Havel",
    "Arango",
    "Lindqvist",
    "Mensah",
    "Dahl",
    "Rao",
    "Kaya",
)
ROLES = (
    "minister",
    "mayor",
    "union leader",
    "spokesperson",
    "governor",
    "senator",
    "chief executive",
    "party chair",
    "professor",
    "director",
)
PLACES = (
    "Calder Bay",
    "Millbrook",
    "Serrano",
    "Pine Hollow",
    "Harrowgate",
    "Ostrava",
    "Alcora",
    "Westmere",
    "Lindfield",
    "Port Ansel",
    "Greyhaven",
    "Tessaly",
)
TOPICS = (
    "the port strike",
    "the budget",
    "water rationing",
    "the rail merger",
    "the pay deal",
    "the recount",
    "the layoffs",
    "the school closures",
    "the evacuation",
    "interest rates",
    "the new bridge",
    "the trade talks",
    "the fishing quota",
    "the tax reform",
    "the housing plan",
    "the energy tariff",
)
OUTLETS = (
    "The Morning Ledger",
    "Rivertown Herald",
    "Coastline Today",
    "The Evening Courier",
    "Northern Post",
)
QUOTES = (
    "We will not accept a deal that leaves families worse off",
    "This plan is the only responsible way forward",
    "Nobody wanted this outcome, but the numbers are clear",
    "We support the proposal and urge others to do the same",
    "The government has ignored our warnings for a year",
    "I am confident we can reach an agreement by Friday",
    "This decision is a mistake and we will fight it",
    "We welcome the talks and hope they succeed",
)
REPORTED = (
    "{name} said the {role_org} would review {topic} next month.",
    "{name} told reporters that {topic} had been handled badly from the start.",
    "According to {name}, more than {n} people would be affected by {topic}.",
    "{name} warned that {topic} could cost the region {n} million.",
    "{name} added that talks on {topic} would resume on {day}.",
)
FILLER = (
    "About {n} residents attended a meeting in {place} on {day} evening.",
    "Officials in {place} said a final decision was expected within weeks.",
    "Critics of {topic} gathered outside the town hall in {place}.",
    "The council in {place} is due to vote on {topic} before the summer.",
    "Shops in central {place} stayed open despite the protests.",
    "Local newspapers in {place} have covered {topic} for months.",
    "A survey published on {day} found that {pct} percent of voters opposed {topic}.",
    "Engineers inspected the site near {place} on {day} morning.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def article(i: int) -> str:
    """The ``i``-th synthetic article (headline, blank line, paragraphs)."""
    rng = random.Random(i * 7919 + 17)
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    other = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    role, place, topic = rng.choice(ROLES), rng.choice(PLACES), rng.choice(TOPICS)
    day = rng.choice(DAYS)

    def fill(t: str, who: str) -> str:
        return t.format(
            name=who,
            role_org="ministry",
            topic=topic,
            n=rng.randrange(12, 990),
            pct=rng.randrange(5, 95),
            day=day,
            place=place,
        )

    paras = [
        f"{place} {role} speaks out on {topic} (report {i})",
        f"{place.upper()}, {day} - {name}, the {role} of {place}, spoke on {day} about {topic}. "
        + fill(rng.choice(FILLER), name),
        f'"{rng.choice(QUOTES)}," {name} said. ' + fill(rng.choice(REPORTED), name),
        f"{other} criticized {name} over {topic}. " + fill(rng.choice(REPORTED), other),
        " ".join(fill(t, other) for t in rng.sample(FILLER, 2)) + f" Item number {i} of the wire.",
    ]
    if rng.random() < 0.5:
        paras.append(f'"{rng.choice(QUOTES)}," said {other}. ' + fill(rng.choice(FILLER), other))
    return "\n\n".join(paras) + "\n"


def outlet(i: int) -> str:
    return OUTLETS[i % len(OUTLETS)]


def short_article(i: int) -> str:
    """The headline and the first two paragraphs of ``article(i)`` (a quote among them)."""
    return "\n\n".join(article(i).split("\n\n")[:3]) + "\n"


def write_texts(directory: Path, n: int, start: int = 0, *, short: bool = False) -> list[Path]:
    """``n`` articles (``short_article`` ones with ``short``) as ``article_00000.txt`` … in ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start, start + n):
        p = directory / f"article_{i:05d}.txt"
        p.write_text(short_article(i) if short else article(i), encoding="utf-8")
        out.append(p)
    return out


def records(n: int, start: int = 0) -> Iterator[dict[str, str]]:
    for i in range(start, start + n):
        yield {
            "id": f"syn-{i}",
            "text": article(i),
            "outlet": outlet(i),
            "url": f"https://example.org/syn/{i}",
        }


def write_jsonl(path: Path, n: int, start: int = 0) -> Path:
    """``n`` articles as JSONL records (text, outlet, url), streamed to ``path``."""
    with path.open("w", encoding="utf-8") as fh:
        for rec in records(n, start):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path
