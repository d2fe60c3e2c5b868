"""Currency words written before a figure ('dollars 40', 'pounds 4bn', as some news sources print them) shown
on cards as the symbol they stand for ('$40', '£4bn'), the same way in the stem, the answer and the choices."""

from __future__ import annotations

import re

from quizgen.generate import gazetteer
from quizgen.generate.cards import BLANK, Draft

_SYMBOLS = {"dollars": "$", "pounds": "£", "euros": "€", "yen": "¥"}
_DOLLAR_COUNTRIES = {
    "us": "US$",
    "u.s.": "US$",
    "australian": "A$",
    "canadian": "C$",
    "new zealand": "NZ$",
    "hong kong": "HK$",
    "singapore": "S$",
}
_WORD = re.compile(
    r"(?:\b(?P<country>US|U\.S\.|New Zealand|Hong Kong|[A-Z][a-z]+)\s+)?"
    r"(?P<word>dollars|pounds|euros|yen)\s+(?P<next>\d|\{\{c1::(?=\d)|" + re.escape(BLANK) + ")"
)


def _symbol(found: re.Match[str]) -> str | None:
    """The symbol for a currency word (and the country word before it), or None when it has none."""
    country = found.group("country")
    if country is None or not _names_a_country(country):
        return _SYMBOLS[found.group("word")]
    if found.group("word") != "dollars":
        return None  # 'Egyptian pounds 20' stays as written
    return _DOLLAR_COUNTRIES.get(country.lower())


def _names_a_country(word: str) -> bool:
    """'Australian', 'US', 'Egyptian': a word that says whose currency it is (not 'The' or 'About')."""
    return word.lower() in _DOLLAR_COUNTRIES or word in gazetteer.NATIONALITIES or word in gazetteer.countries()


def symbolise(text: str) -> str:
    """'about dollars 40 a barrel' → 'about $40 a barrel'; a cloze's gap takes the symbol inside it, so the
    answer reads as the figure it is ('{{c1::$1.8m}}'). A blank ('dollars _____') is left as it is."""

    def swap(found: re.Match[str]) -> str:
        symbol = _symbol(found)
        nxt = found.group("next")
        if symbol is None or nxt == BLANK:
            return found.group(0)
        country = found.group("country")
        kept = country + " " if country is not None and not _names_a_country(country) else ""  # 'The'
        if nxt.startswith("{{"):
            return kept + nxt + symbol
        return kept + symbol + nxt

    return _WORD.sub(swap, text)


def symbolise_card(card: Draft) -> None:
    """Show the currency words of `card` as symbols. A choice whose blank follows the word moves the symbol
    onto its answer and every choice ('_____' with '$1.8m', '$2.3m' ...), so none stands apart."""
    fields = card.fields
    if card.type == "choice":
        blank = next((f for f in _WORD.finditer(fields["question"]) if f.group("next") == BLANK), None)
        symbol = _symbol(blank) if blank is not None else None
        if blank is not None and symbol is not None:
            question = fields["question"]
            country = blank.group("country")
            kept = country + " " if country is not None and not _names_a_country(country) else ""
            fields["question"] = question[: blank.start()] + kept + BLANK + question[blank.end() :]
            fields["answer"] = symbol + fields["answer"]
            fields["choices"] = [symbol + c for c in fields["choices"]]
    for key in ("text", "question", "statement", "correction", "front", "back", "answer"):
        value = fields.get(key)
        if isinstance(value, str):
            fields[key] = symbolise(value)
    if isinstance(fields.get("choices"), list):
        fields["choices"] = [symbolise(c) for c in fields["choices"]]
