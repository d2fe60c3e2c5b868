"""Gates on what the answer is: the article's own subject ('Amazon' in the article on the Amazon rainforest), a name
used as a modifier ('UK households', 'the [Demos] report'), a place in an epithet of another ('[Europe]'s largest
economy'), a descriptor before a name or an acronym used as a common noun, a place that stands for those who spoke
('[Downing St] said'), what a claim is compared with ('As in the [House of Commons], ...'), and the kind of the
things a sentence lists ('the [divisors] 2 and 3').

Each gate takes a `gates.Candidate` and returns why the card fails, or None; `gates.GATES` runs them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quizgen.generate import gazetteer
from quizgen.generate.entities import Mention
from quizgen.generate.lemmas import COLUMNS, lemma_row
from quizgen.generate.speakers import REPORTING
from quizgen.generate.subject import REPEATED, headline_subject, name_head
from quizgen.generate.tokens import Token

if TYPE_CHECKING:
    from quizgen.generate.gates import Candidate


def answer_is_the_subject(c: Candidate) -> str | None:
    """Blanking 'Amazon' in the article about the Amazon rainforest asks nothing; nor does blanking a word of the title
    that is not its subject ('Florida' of 'Jacksonville, Florida', 'Owen' of 'Souness eyes summer move for Owen'):
    the deck's title shows it. A headline's figure is its news, and is asked."""
    words = {_singular(w) for w in re.findall(r"[a-z0-9]+", c.fact.mention.text.casefold())}
    if words and c.subject and words <= {_singular(w) for w in c.subject}:
        if _what_it_is_about(c, words):
            return "the answer is the article's own subject"
        if c.fact.mention.value is None:  # a headline's figure ('IBM frees 500 software patents') is its news
            return "the answer is named by the article's title, which the deck shows"
    m = c.fact.mention
    if m.kind == "country" and any(_names(c.index.headline, name) for name in gazetteer.names_by_code().get(m.key, ())):
        return "the answer is named by the article's title, which the deck shows"  # 'UK' of 'Sky (United Kingdom)'
    subject = c.index.subject
    if subject is not None and c.fact.mention.text == _initials(subject.name):
        return "the answer is the article's own subject, abbreviated"
    if subject is not None and _subject_with_modifiers(c, subject.name, subject.nouns):
        return "the answer is the article's own subject with a modifier"
    return None


def _names(title: str, name: str) -> bool:
    """Whether the title holds the name as whole words."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title) is not None


def _what_it_is_about(c: Candidate, words: set[str]) -> bool:
    """Whether title words are what the article is about, not a detail its title names: the head of the name a
    title gives ('Fresno', not 'California' of 'Fresno, California'; 'Newcastle', not 'Tyne'), or a headline's
    words before its verb ('Souness', not 'Owen' of 'Souness eyes summer move for Owen'), or words the article
    repeats ('council tax' of 'Parties' plans for council tax')."""
    index = c.index
    if index.subject is not None:
        return bool(words & {_singular(w) for w in name_head(index.subject.name)})
    if words & {_singular(w) for w in headline_subject(index.headline)}:
        return True
    answer = re.escape(_singular(c.fact.mention.text.casefold()))
    named = sum(1 for row in index.sentences if re.search(rf"\b{answer}", row.sentence.text.casefold()))
    return named >= REPEATED


def _subject_with_modifiers(c: Candidate, name: str, generic: frozenset[str]) -> bool:
    """'Brazilian Amazon' in the article on the Amazon rainforest, 'liquid oxygen' in the one on oxygen: a
    name of the subject ('Amazon', not the generic 'rainforest') as the head, with only adjectives or common
    nouns before it. 'UK Parliament', 'Black Sea', 'Apollo 11' or 'pharmacy technicians' name something else."""
    own = {_singular(w) for w in re.findall(r"[a-z]+", name.casefold())} - {_singular(g) for g in generic} - _SMALL
    m = c.fact.mention
    words = [t for t in c.fact.row.tokens if m.start <= t.start and t.end <= m.end]
    if len(words) < 2 or any(not t.text.isalpha() for t in words):
        return False
    if _singular(words[-1].text.casefold()) not in own:
        return False  # 'production company vanity cards' are cards, not the company
    others = [t for t in words if _singular(t.text.casefold()) not in own]
    return all(t.text.islower() or t.tag.startswith("JJ") or t.text in gazetteer.NATIONALITIES for t in others)


_SMALL = frozenset("a an and of on the to in for de von van upon".split())


def _singular(word: str) -> str:
    """'huguenots' → 'huguenot': the subject named in the plural is the subject still."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _initials(name: str) -> str:
    """'Intergovernmental Panel on Climate Change' → 'IPCC'."""
    capitals = [w[0] for w in name.split() if w[:1].isupper()]
    return "".join(capitals) if len(capitals) >= 2 else ""


def only_whose_it_is(c: Candidate) -> str | None:
    """A person the article names at most WHOSE_MAX times, and here only as whose a thing is, after the sentence's
    subject ('President George W Bush's administration had done little', 'the "abhorrent tyranny" of Adolf
    Hitler'): the claim is about the thing, and the name is often known without the article. A time anchor ('the
    reign of Külüg Khan') dates the claim and is asked."""
    m = c.fact.mention
    if m.kind != "person" or c.index.counts[(m.kind, m.key)] > WHOSE_MAX:
        return None
    tokens = c.fact.row.tokens
    before = [t for t in tokens if t.end <= (m.title_start if m.title_start is not None else m.start)]
    if not any(t.tag.startswith(("VB", "MD")) for t in before):
        return None  # 'Simpson's first score was ...': the sentence is about the person
    text = c.fact.row.sentence.text
    if re.match(r"['’]s\s+[a-z]", text[m.end :]):
        return "a person named only as whose a thing is"
    words = [t for t in before if t.text not in ('"', "”", "“")]
    if len(words) >= 2 and words[-1].text == "of" and words[-2].tag in ("NN", "NNS"):
        if words[-2].text.lower() not in _TIME_ANCHORS:
            return "a person named only as whose a thing is"
    return None


WHOSE_MAX = 2
"""A person the article names more often than this is one of its people, whatever a sentence says of them."""
_TIME_ANCHORS = frozenset("reign rule time era death birth accession days years".split())


def answer_is_a_nationality_word(c: Candidate) -> str | None:
    """'UK' in 'UK households', 'City' in 'City analysts': a name used as a modifier, not a fact;
    'veteran defensive end' in 'veteran defensive end Jared Allen': a descriptor before a name; and 'Frenchmen',
    a people by its nationality word."""
    m = c.fact.mention
    following = next((t for t in c.fact.row.tokens if t.start >= m.end), None)
    if m.kind == "concept" and following is not None and following.tag.startswith("NNP") and following.capitalised:
        return "a descriptor before a name"
    if m.kind == "concept" and _after_a_name(c):
        return "a name's last words, its first word left outside the gap"  # 'the Eleutherian [gunpowder mills]'
    people = re.fullmatch(r"([A-Z][a-z]+?)(?:men|man|women|woman)", m.text)
    if people and people.group(1) in gazetteer.NATIONALITIES:
        return "a people by its nationality word"  # 'Normans and not other [Frenchmen]'
    if m.kind == "person" and _labels_a_role(c):
        return "a name used as a modifier"  # '[Pro Bowl] defensive tackle Kawann Short'
    if m.kind in ("org", "name", "person") and _acronym_as_a_role(c):
        return "an acronym used as a common noun"
    if m.kind not in ("country", "place", "org", "name"):
        return None
    if m.kind in ("country", "place") and _epithet_of_another(c, following):
        return "a place in an epithet of another ('[Europe]'s largest economy')"
    modifier = f"a {'country word' if country_word(m) else 'name'} used as a modifier"
    if following is not None and following.tag.startswith(("NN", "JJ")) and not following.text[:1].isupper():
        if following.text.lower() in PLACE_KINDS | NAMED_KINDS and not country_word(m):
            return None  # 'Aceh province', 'the Hauteville family': a name with its kind is the fact
        if _ends_its_phrase(c, following):
            return None  # 'the Lib Dems [plan] to', 'the Bill [next week]': the name is a whole noun phrase
        return modifier
    rest = [t for t in c.fact.row.tokens if t.start >= m.end][:3]
    if len(rest) == 3 and rest[0].text in ("and", "or") and rest[1].tag == "JJ" and rest[2].tag.startswith("NN"):
        if country_word(m) or len(m.text.split()) == 1:
            return modifier  # 'UK and foreign terror suspects'; not 'Carl von Linde and British engineer ...'
    return None


def _after_a_name(c: Candidate) -> bool:
    """A concept right after a capitalised word that is no sentence opener, country or people word ('the
    Eleutherian [gunpowder mills]'): the name and the gap are one name, cut in two."""
    m = c.fact.mention
    before = [t for t in c.fact.row.tokens if t.end <= m.start]
    if len(before) < 2 or c.fact.row.sentence.text[before[-1].end : m.start] != " ":
        return False
    word = before[-1]
    if not word.text[:1].isupper() or word.text.isupper() or before[-2].text in (".", ":", '"', "“"):
        return False
    named = [o for o in c.fact.row.mentions if o.start <= word.start < o.end]
    return bool(named) and all(o.kind in ("name", "org", "place") and not country_word(o) for o in named)


def _epithet_of_another(c: Candidate, following: Token | None) -> bool:
    """'Europe's largest economy', 'the world's most populous country': a place owning a superlative describes
    something else, which the card never names."""
    if following is None or following.tag != "POS":
        return False
    after = [t for t in c.fact.row.tokens if t.start >= following.end][:2]
    return bool(after) and (after[0].tag == "JJS" or after[0].text.lower() in ("most", "biggest", "largest"))


NAMED_KINDS = frozenset(
    "family people tribe movement organization organisation dynasty massacre "
    "satellite spacecraft probe telescope rocket ship vessel".split()
)
"""Words that name what kind of thing a name is ('the Hauteville family', 'the White Rose movement', 'the Peterloo
massacre', 'the Astra 2A satellite'): after the name they complete it, not a noun the name modifies."""
_TIME_AFTER = frozenset(("next", "last", "this"))


def _ends_its_phrase(c: Candidate, following: Token) -> bool:
    """Whether the word after the name starts another phrase: a verb a tagger read as a noun ('Brownlee [notes]
    that'), or a time ('an amendment to the Police Bill [next] week')."""
    tokens = c.fact.row.tokens
    k = tokens.index(following)
    if following.text in _TIME_AFTER:
        return True
    if country_word(c.fact.mention) or not 0 < k < len(tokens) - 1 or tokens[k + 1].tag not in ("DT", "TO", "IN"):
        return False  # 'UK [shares] earlier', 'Islamic [works] on': nouns
    if tokens[k + 1].tag == "IN" and tokens[k + 1].text != "that":
        return False
    before = [t for t in tokens if t.end <= c.fact.mention.start]
    opens = not before or before[-1].text.casefold() in _OPENS_A_CLAUSE  # the name is a subject
    return opens and verb_read_as_noun(tokens, k)


_OPENS_A_CLAUSE = frozenset("the when while as that after before because if and but".split())


PLACE_KINDS = frozenset(
    "province region area district county state city town village valley coast river island islands peninsula "
    "basin delta desert highlands lowlands plain plains mountains sea bay gulf strait".split()
)
"""Words that name what kind of place a name is ('Aceh province', 'the Seine valley'): after a place's name they
are part of naming it, not a noun the name modifies."""


def country_word(m: Mention) -> bool:
    """Whether the answer is a country, a nationality or a country-like name ('UK', 'US', 'Mongol', 'City'):
    a word that says whose, not a fact of its own."""
    text = m.text.removeprefix("the ")
    return (
        m.kind == "country"
        or text in gazetteer.NATIONALITIES
        or text in gazetteer.countries()
        or text.split("-")[0] in gazetteer.countries()  # 'UK-listed', 'UK-wide'
        or text.split("-")[0] in gazetteer.NATIONALITIES  # 'Chinese-style', 'German-language'
        or text in _COUNTRY_LIKE
    )


_COUNTRY_LIKE = frozenset(("EU", "Eurozone", "City", "U.S.", "UK", "US", "USA", "Britain"))


def _labels_a_role(c: Candidate) -> bool:
    """Whether the answer is followed by lowercase words of a role and then a name ('[Pro Bowl] defensive
    tackle Kawann Short'): a label of the person named after it. A tagger may call the noun 'tackle' a verb;
    'the Tran dynasty', whose name is the fact, leads to no name."""
    rest = [t for t in c.fact.row.tokens if t.start >= c.fact.mention.end]
    run: list[Token] = []
    for t in rest:
        if not t.text.isalpha() or not t.text.islower() or not t.tag.startswith(("NN", "JJ", "VB")) or t.tag == "VBD":
            break
        if not run and not t.tag.startswith(("NN", "JJ")):
            return False
        run.append(t)
    after = rest[len(run)] if len(rest) > len(run) else None
    return bool(run) and after is not None and after.capitalised and after.tag.startswith("NNP")


_ARTICLE_BEFORE = re.compile(r"\b(?:an?|An?)\s+$")


def _acronym_as_a_role(c: Candidate) -> bool:
    """'being an MSP', 'a CEO': an acronym after 'a' or 'an' names a kind of person, not the fact asked."""
    m = c.fact.mention
    return bool(re.fullmatch(r"[A-Z]{2,5}s?", m.text)) and bool(
        _ARTICLE_BEFORE.search(c.fact.row.sentence.text[: m.start])
    )


_SUBJECT_TAGS = {"NN": ("NNS", "NNPS"), "NNS": ("NN", "NNP", ",")}
"""A base verb follows a plural subject ('forests account for'), a verb in -s a singular one or the comma that
closes an aside ('Route 168, the Sierra Freeway, heads east')."""
_AFTER_VERB_TAGS = ("IN", "TO", "RB", "DT", "JJ")


def verb_read_as_noun(tokens: list[Token], k: int) -> bool:
    """'forests [account] for', 'the Sierra Freeway, [heads] east': a word the tagger called a noun stands where
    the verb does, between its subject and a preposition, adverb or object, and English has it as a verb."""
    word, before, after = tokens[k], tokens[k - 1], tokens[k + 1]
    if word.tag not in _SUBJECT_TAGS or not word.text.isalpha() or not word.text.islower():
        return False
    if before.tag not in _SUBJECT_TAGS[word.tag] or not after.tag.startswith(_AFTER_VERB_TAGS):
        return False
    row = lemma_row(word.text)
    return row is not None and bool(row[COLUMNS["VERB"]])


def place_as_a_source(c: Candidate) -> str | None:
    """'[Downing St] said a similar offer might be made': a place that stands for the government speaking is
    the source of a report, not the fact it reports."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    if m.kind not in ("place", "country") or re.search(r"\b(?:in|at|from|of|near|for)\s+(?:the\s+)?$", text[: m.start]):
        return None  # 'Officials in Oslo said': the officials spoke
    verb = re.match(r"\s+(?:has\s+|had\s+|have\s+)?(\w+)", text[m.end :])
    if verb is None or verb.group(1).lower() not in REPORTING:
        return None
    return "the answer is the source of a report, a place standing for those who spoke"


_COMPARISON = re.compile(r"^(?:Just\s+)?(?:As\s+(?:in|with|at|for)|Like|Similar\s+to)\s+[^,]{2,60},")


def the_term_of_a_comparison(c: Candidate) -> str | None:
    """'As in the [House of Commons], a number of qualifications apply to being an MSP': what a claim is compared
    with, in a leading phrase, is not the claim."""
    found = _COMPARISON.match(c.fact.row.sentence.text)
    if found and c.fact.mention.end <= found.end():
        return "the answer is what the claim is compared with"
    return None


_MEMBERS_AFTER = re.compile(r"\s+(?:\d[\d,.]*|[A-Z][a-z]+)(?:\s*,\s*(?:\d[\d,.]*|[A-Z][a-z]+))*\s+(?:and|or)\s+")


def the_kind_of_the_members_shown(c: Candidate) -> str | None:
    """'6 is composite because it has the [divisors] 2 and 3': a plural word for the things the sentence lists right
    after it is their kind, which a synonym ('factors') fills as well."""
    m = c.fact.mention
    if m.kind != "concept" or not m.text.split()[-1].endswith("s"):
        return None
    if _MEMBERS_AFTER.match(c.fact.row.sentence.text[m.end :]):
        return "the answer is the kind of the things listed after it"
    return None
