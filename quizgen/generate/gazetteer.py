"""Built-in word lists: countries, nationalities, places, titles, organisation words (see data/README.md)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

COUNTRY_ALIASES = {
    "US": "USA",
    "U.S.": "USA",
    "USA": "USA",
    "U.S.A.": "USA",
    "America": "USA",
    "United States": "USA",
    "United States of America": "USA",
    "UK": "GBR",
    "U.K.": "GBR",
    "Britain": "GBR",
    "Great Britain": "GBR",
    "United Kingdom": "GBR",
    "England": "GBR",
    "Scotland": "GBR",
    "Wales": "GBR",
    "Russia": "RUS",
    "Iran": "IRN",
    "Syria": "SYR",
    "South Korea": "KOR",
    "North Korea": "PRK",
    "Vietnam": "VNM",
    "Bolivia": "BOL",
    "Venezuela": "VEN",
    "Tanzania": "TZA",
    "Moldova": "MDA",
    "Taiwan": "TWN",
    "Laos": "LAO",
    "Czech Republic": "CZE",
    "Ivory Coast": "CIV",
    "Holland": "NLD",
    "The Netherlands": "NLD",
    "Burma": "MMR",
    "Macedonia": "MKD",
    "Turkey": "TUR",
    "Palestine": "PSE",
    "Vatican": "VAT",
    "Congo": "COD",
    "Brunei": "BRN",
    "Micronesia": "FSM",
    "Kyrgyzstan": "KGZ",
}
"""Common names of countries that pycountry spells otherwise; England and Scotland count as the UK."""

NATIONALITIES = {
    "American": "USA",
    "British": "GBR",
    "English": "GBR",
    "Scottish": "GBR",
    "Welsh": "GBR",
    "Irish": "IRL",
    "French": "FRA",
    "German": "DEU",
    "Italian": "ITA",
    "Spanish": "ESP",
    "Portuguese": "PRT",
    "Dutch": "NLD",
    "Belgian": "BEL",
    "Swiss": "CHE",
    "Austrian": "AUT",
    "Swedish": "SWE",
    "Norwegian": "NOR",
    "Danish": "DNK",
    "Finnish": "FIN",
    "Polish": "POL",
    "Czech": "CZE",
    "Hungarian": "HUN",
    "Greek": "GRC",
    "Turkish": "TUR",
    "Russian": "RUS",
    "Ukrainian": "UKR",
    "Chinese": "CHN",
    "Japanese": "JPN",
    "Korean": "KOR",
    "Indian": "IND",
    "Pakistani": "PAK",
    "Iranian": "IRN",
    "Iraqi": "IRQ",
    "Israeli": "ISR",
    "Palestinian": "PSE",
    "Egyptian": "EGY",
    "Saudi": "SAU",
    "Syrian": "SYR",
    "Afghan": "AFG",
    "Australian": "AUS",
    "Canadian": "CAN",
    "Mexican": "MEX",
    "Brazilian": "BRA",
    "Argentine": "ARG",
    "Argentinian": "ARG",
    "Chilean": "CHL",
    "Nigerian": "NGA",
    "Kenyan": "KEN",
    "South African": "ZAF",
    "Zimbabwean": "ZWE",
    "Kazakh": "KAZ",
    "Uzbek": "UZB",
    "Kyrgyz": "KGZ",
    "Tajik": "TJK",
    "Turkmen": "TKM",
    "Georgian": "GEO",
    "Armenian": "ARM",
    "Serbian": "SRB",
    "Croatian": "HRV",
    "Romanian": "ROU",
    "Bulgarian": "BGR",
    "Thai": "THA",
    "Vietnamese": "VNM",
    "Indonesian": "IDN",
    "Filipino": "PHL",
    "New Zealand": "NZL",
    "Welshman": "GBR",
    "Sri Lankan": "LKA",
    "Malaysian": "MYS",
    "Singaporean": "SGP",
    "Bangladeshi": "BGD",
    "Nepalese": "NPL",
    "Algerian": "DZA",
    "Moroccan": "MAR",
    "Tunisian": "TUN",
    "Libyan": "LBY",
    "Ethiopian": "ETH",
    "Somali": "SOM",
    "Sudanese": "SDN",
    "Ghanaian": "GHA",
    "Lebanese": "LBN",
    "Jordanian": "JOR",
    "Yemeni": "YEM",
    "Qatari": "QAT",
    "Kuwaiti": "KWT",
    "Belarusian": "BLR",
    "Lithuanian": "LTU",
    "Latvian": "LVA",
    "Estonian": "EST",
    "Slovak": "SVK",
    "Bosnian": "BIH",
    "Albanian": "ALB",
    "Peruvian": "PER",
    "Colombian": "COL",
    "Venezuelan": "VEN",
    "Cuban": "CUB",
    "Jamaican": "JAM",
    "Taiwanese": "TWN",
    "Tibetan": "",
    "European": "",
    "Asian": "",
    "African": "",
    "Central Asian": "",
    "Soviet": "",
    "Western": "",
    "Arab": "",
    "Latin American": "",
    "Scandinavian": "",
    "Caribbean": "",
    "Middle Eastern": "",
}
"""Adjectives of nationality or region and the country they name ('' for a region)."""

REGIONS = (
    "Europe",
    "Asia",
    "Africa",
    "North America",
    "South America",
    "Latin America",
    "Central Asia",
    "Middle East",
    "Far East",
    "Eastern Europe",
    "Western Europe",
    "Scandinavia",
    "the Balkans",
    "Caribbean",
    "Antarctica",
    "Oceania",
    "Pacific",
    "Atlantic",
    "Gulf",
    "Baltic",
    "Mediterranean",
    "Southeast Asia",
    "East Asia",
    "South Asia",
    "Central America",
    "Sub-Saharan Africa",
    "West Africa",
    "East Africa",
    "Arctic",
    "Siberia",
    "Balkans",
)

BROAD_REGIONS = frozenset(
    "Europe|Asia|Africa|North America|South America|Latin America|Antarctica|Oceania|Pacific|Atlantic|Arctic|"
    "Mediterranean|Middle East|Far East|Near East".split("|")
)
"""The continents, oceans and compass regions of REGIONS (and the Near East): a gap the map fills."""

BROAD_ERAS = frozenset(
    "Middle Ages|Dark Ages|Renaissance|Stone Age|Bronze Age|Iron Age|Antiquity|classical antiquity|"
    "Early Middle Ages|High Middle Ages|Late Middle Ages".split("|")
)
"""The ages of history every schoolbook names: a gap a timeline fills ('stagnated during the [Middle Ages]')."""

TITLES = (
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Prof",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "President",
    "Vice President",
    "Prime Minister",
    "Chancellor",
    "Secretary",
    "Minister",
    "Senator",
    "Sen",
    "Rep",
    "Governor",
    "Gov",
    "Mayor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "General",
    "Gen",
    "Colonel",
    "Captain",
    "Judge",
    "Justice",
    "Chairman",
    "Chief Executive",
    "Director",
    "Ambassador",
    "Commissioner",
    "Coach",
    "Manager",
    "Bishop",
    "Archbishop",
    "Father",
    "Rev",
    "Saint",
    "St",
    "Detective",
    "Inspector",
    "Officer",
    "Speaker",
    "Sheikh",
    "Ayatollah",
    "Emperor",
    "Premier",
    "Leader",
    "MP",
    "MEP",
    "MSP",
    "Congressman",
    "Congresswoman",
    "Councillor",
)
"""Words that, before a name, mark a person ('Conservative MP Alec Shelbrooke')."""

ORG_WORDS = frozenset(
    """Agency Airlines Airways Alliance Association Authority Bank Board Bureau Club College Commission
    Committee Company Congress Corp Corporation Council Court Department Foundation Fund Group Inc Institute
    League Ltd Ministry Movement Network News Office Organisation Organization Parliament Party Police Press
    Service Services Society Trust Union United University Watch Academy Assembly Cabinet Centre Center
    Channel Records Studios Pictures Times Post Journal Telegraph Guardian Motors Energy Holdings Systems
    Technologies Labs Bill Act Treaty Games Cup Championship Festival Awards Prize Olympics Summit Plc plc
    Commons Lords Senate Exchange Federation Conference Tour Open FC Rovers Athletic City Hotspur Wanderers
    Airline Railways Bros Army Battalion Regiment Rifles Property Villa Albion Town Executive Review Inquiry
    Commons Entertainment Media
    Electronics Software Microsoft Google Apple Sony Nintendo Digital Pharma Pharmaceuticals Capital Partners
    Ventures Networks Solutions Industries Enterprises Consulting Insurance""".split()
)
"""Words that make a capitalised name an organisation, event or law rather than a person."""

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Every name of a country (ISO 3166-1 names and common names, from pycountry; aliases) and its alpha-3 code.

    The ISO names are data/countries.tsv: pycountry's names and common names without a comma.
    """
    names = _table("countries.tsv")
    names.update(COUNTRY_ALIASES)
    return names


@lru_cache(maxsize=1)
def names_by_code() -> dict[str, tuple[str, ...]]:
    """Every name of each country code (`countries` turned round): 'GBR' → 'United Kingdom', 'Britain', 'England' …"""
    found: dict[str, list[str]] = {}
    for name, code in countries().items():
        found.setdefault(code, []).append(name)
    return {code: tuple(names) for code, names in found.items()}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """The usual name of each country code, for distractors and answers."""
    preferred: dict[str, str] = {}
    for name, code in countries().items():
        if code not in preferred or len(name) < len(preferred[code]) and "." not in name and len(name) > 3:
            preferred[code] = name
    preferred.update({"USA": "the United States", "GBR": "the United Kingdom", "RUS": "Russia"})
    return preferred


def _table(name: str) -> dict[str, str]:
    """The two columns of a tab-separated file in data/ (see data/README.md), in file order."""
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Cities of at least 300,000 people, US states and regions, with their country code ('' for regions).

    Cities named like a common English word ('Nice', 'Reading') are left out; the list is data/places.tsv.
    """
    found = _table("places.tsv")
    for region in REGIONS:
        found.setdefault(region, "")
    for name in ("London", "Paris", "Washington", "Moscow", "New York", "Beijing", "Berlin", "Rome"):
        found.setdefault(name, "")
    return found


@lru_cache(maxsize=1)
def continents() -> dict[str, str]:
    """The continent code (AS, EU, ...) of each country of at least 5,000,000 people, by alpha-3 code."""
    return _table("continents.tsv")


@lru_cache(maxsize=1)
def nearby() -> dict[str, list[str]]:
    """The eight nearest countries of at least 5,000,000 people (by capital), nearest first, by alpha-3 code."""
    return {code: near.split(",") for code, near in _table("nearby.tsv").items()}


CAPITALS = {
    "London": "GB",
    "Paris": "FR",
    "Washington": "US",
    "Moscow": "RU",
    "Beijing": "CN",
    "Berlin": "DE",
    "Rome": "IT",
}
"""Capitals that `places` keeps without a country, as other places share their names ('Paris, Texas')."""


def country_of_city(name: str) -> str | None:
    """The alpha-3 code of the country a city of `places` (or a capital) lies in; None for a region or no city."""
    code = places().get(name) or CAPITALS.get(name)
    return _alpha_3().get(code) if code else None


@lru_cache(maxsize=1)
def _alpha_3() -> dict[str, str]:
    """Alpha-2 country code → alpha-3 (data/codes.tsv)."""
    return _table("codes.tsv")
