"""Gates: rules of the judging rubric that a candidate card must pass, each a named function.

A gate takes the candidate (its card, the fact it asks and the article) and returns why the card
fails, or None. `failed_gate` tries them in order; `--explain` names the gate that dropped a card.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from quizgen.generate import gazetteer
from quizgen.generate.actors import actor_reason
from quizgen.generate.answer_gates import (
    answer_is_a_nationality_word,
    answer_is_the_subject,
    only_whose_it_is,
    place_as_a_source,
    the_kind_of_the_members_shown,
    the_term_of_a_comparison,
    verb_read_as_noun,
)
from quizgen.generate.candidates import Fact
from quizgen.generate.cards import BLANK, LISTED_YEARS, Draft
from quizgen.generate.entities import Mention
from quizgen.generate.figure_gates import (
    answer_is_a_unit,
    change_computable,
    figure_left_visible,
    hedged_number_in_choices,
    neighbouring_value_reveals,
    shown_value_near_the_answer,
    vague_count,
)
from quizgen.generate.frequency import preload, zipf
from quizgen.generate.gap_gates import (
    context_states_the_answer,
    culture_word_points_to_the_region,
    gap_splits_a_phrase,
    head_alone_fits,
    hedged_answer,
    neighbour_repeats_the_answer,
    other_of_a_pair,
    place_word_points_to_the_country,
    running_total_without_anchor,
    stem_opens_with_a_range,
    term_paired_with_another,
)
from quizgen.generate.index import ArticleIndex
from quizgen.generate.one_answer import lead_line_hides_a_rival, rival_answer
from quizgen.generate.question_form import (
    answer_complements_be,
    carries_a_contrast,
    here_unnamed,
    subject_one_of_a_class,
    two_time_phrases,
)
from quizgen.generate.question_gates import (
    broken_question,
    place_of_an_event_in_choices,
    place_that_acts,
    question_coordinates_verbs,
    question_cut_short,
    wh_word_misfits_answer,
)
from quizgen.generate.quote_gates import cloze_blank_in_quotation, quotation_opens_on_a_connective
from quizgen.generate.reference_gates import (
    anaphoric_definite,
    unnamed_reference_in_stem,
    unresolved_opener,
)
from quizgen.generate.source_gates import (
    garbled_source,
    list_cut_short,
    name_misspelt,
    opener_describes_what_went_before,
)
from quizgen.generate.trivia_gates import (
    age_band,
    broad_region,
    clock_or_bearing,
    course_of_a_road,
    first_in_a_span,
    length_of_a_procedure,
    name_in_another_language,
    road_of_a_place,
    sample_size,
    trivial_count_asked,
)
from quizgen.generate.unnamed_gates import (
    anaphoric_such,
    gap_names_it,
    one_of_many,
    relative_phrase,
    short_name,
    some_of_no_group,
    unanchored_pronoun,
    unanchored_subject,
    unnamed_office_holder,
    unsignalled_age,
)
from quizgen.generate.variants import ABBREVIATION_AFTER, SPELT_KINDS

_PERSON_PRONOUNS = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_FEMININE_PRONOUNS = re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """A card made from a fact of an article, before it is kept."""

    card: Draft
    fact: Fact
    index: ArticleIndex
    subject: frozenset[str] = frozenset()
    """The words of the article's subject (its title), lower case."""


def _stem(candidate: Candidate) -> str:
    """What the student reads before answering."""
    return candidate.card.prompt()


def true_statement_copies_its_sentence(c: Candidate) -> str | None:
    """A true statement that repeats the article tests nothing."""
    if c.card.type == "truefalse" and c.card.fields["answer"]:
        return "a true statement only copies its sentence"
    return None


def glued_words(c: Candidate) -> str | None:
    """'toprevent': a source typo of two words run together would be copied onto the card."""
    for word in re.findall(r"(?<![\w'’-])[a-z]{6,}(?![\w'’-])", c.fact.row.sentence.text):
        if _glued(word):
            return f"'{word}' runs two words together"
    return None


@lru_cache(maxsize=4096)
def _glued(word: str) -> bool:
    """An unknown word that splits into two common ones ('to' + 'prevent')."""
    if zipf(word) > 0:
        return False
    splits = [(word[:i], word[i:]) for i in range(2, len(word) - 1)]
    preload(" ".join(half for pair in splits for half in pair))
    return any(min(zipf(a), zipf(b)) >= 4.0 for a, b in splits)


_TITLE_BEFORE = re.compile(r"(?<![.!?]\s)\bThe(?:\s+(?:[A-Z][\w'’]+|of|on|and|the|in))*\s+[A-Z][\w'’]+\s+(?:on|of)\s+$")
"""A title a sentence gives mid-way, up to an 'on' or 'of' that goes on with the answer: 'The Judgement of Martin Luther
on [...]'."""


def gap_cuts_a_token(c: Candidate) -> str | None:
    """The answer must be whole words: not '20' of '20:17', not 'Martin' of 'Lockheed Martin's'."""
    text, m = c.fact.row.sentence.text, c.fact.mention
    before, after = text[m.start - 1 : m.start], text[m.end : m.end + 2]
    if before.isalnum() or after[:1].isalnum() or re.match(r"[:.,/–—-]\d", after):
        return "the gap cuts a token"
    if re.match(r"[/&+]\w", after) or re.search(r"\w[/&+]$", text[: m.start]):
        return "the gap cuts a token"  # 'AC' of 'AC/DC', 'M' of 'M&S'
    if m.text.endswith("s") and re.match(r"['’]\s+[A-Z]", text[m.end :]):
        return "the gap cuts a name"  # "the [Seven Years]' War"
    if m.text[:1].isupper() and _TITLE_BEFORE.search(text[: m.start]):
        return "the gap cuts a name"  # 'The Judgement of Martin Luther on [Monastic Vows]': the end of a title
    if m.kind == "year" and re.search(r"\b(?:Act|Acts|Order|Regulations)(?:\s+of)?\s+$", text[: m.start]):
        return "the gap cuts a name"  # 'the Mental Health (Scotland) Act [2003]': the year names the statute
    if re.search(r"\d[–—-]$", text[: m.start]):
        return "the gap cuts a range"  # '1348–[...]'
    if re.search(r"\d\s*±\s*$", text[: m.start]) or re.match(r"\s*±\s*\d", text[m.end :]):
        return "the gap cuts a figure from its margin"  # '0.62 ± [...]': one estimate
    if re.search(r"(?:\b[A-Z]\.|\b(?:ibn|bin|bint|al|de|da|di|del|van|von|der|le|la))\s+$", text[: m.start]):
        return "the gap cuts a name"  # 'Y. [...]' of 'Y. pestis', 'Muhammad ibn [...]'
    if re.search(r"\b[A-Z][a-z]+['’]s\s+$", text[: m.start]) and m.text.split()[-1] in gazetteer.ORG_WORDS:
        return "the gap cuts a name"  # "the Hudson's [Bay Company]": the possessive is the name's own
    joined = re.match(r"\s+(?:(?:on|of|for)\s+the|de|da|di|del|van|von|der|le|la|ibn|bin)\s+[A-Z]", text[m.end :])
    if m.text[:1].isupper() and joined and not _name_modifies_a_noun(c, m.end + joined.end() - 1):
        return "the gap cuts a name"  # 'the [...] on the Information Society', '[...] de la Salle'
    if (
        m.text[:1].isupper()
        and re.search(r"\([A-Z]{2,6}\)\s+$", text[: m.start])
        and not ABBREVIATION_AFTER.match(text[m.end :])  # 'Commander (CDR) [Command Module Pilot] (CMP)': a list
    ):
        return "the gap cuts a name"  # 'the American Medical Association (AMA) [Code of Ethics]'
    if m.text[:1].isupper() and re.match(r"\s+\([A-Z][a-z]+\s+(?:and|of|for|&)\s+[A-Z][a-z]+\)", text[m.end :]):
        return "the gap cuts a name"  # 'the [...] (Care and Treatment) (Scotland) Act'
    titled = re.search(r"(\S)\s+([A-Z][a-z]+) (?:of|on|for) the\s+$", text[: m.start])
    if (
        m.text[:1].isupper()
        and titled
        and titled.group(2) not in _NOT_NAME_WORDS
        and not _name_modifies_a_noun(c, m.start)
    ):
        return "the gap cuts a name"  # 'On the Abrogation of the [...]', 'the World Summit on the [...]'
    previous = re.search(r"(\S)?\s+([A-Z][a-z]+)\s+$", text[: m.start])
    if (
        m.kind != "person"
        and m.text[:1].isupper()
        and previous
        and previous.group(1)
        and previous.group(1) not in '.!?:;"“'
        and previous.group(2) not in _NOT_NAME_WORDS
    ):
        return "the gap cuts a name"  # 'the General [...] (GPhC)'
    return None


def _name_modifies_a_noun(c: Candidate, at: int) -> bool:
    """'the Nestorian Christians of the [Yuan] court': the capitalised words from `at` are followed by a common
    noun they modify, so they name no title or body that runs on before them."""
    rest = [t for t in c.fact.row.tokens if t.start >= at]
    k = 0
    while k < len(rest) and rest[k].text[:1].isupper():
        k += 1
    return 0 < k < len(rest) and rest[k].text.islower() and rest[k].tag in ("NN", "NNS")


_NOT_NAME_WORDS = frozenset(
    "The A An In On At By For With And But As Of To From Into Than Or Nor If When While Since Until After Before "
    "During Between Under Over Against About Near Across Through Via Per Within Without".split()
)


_EPONYM = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:conjecture|hypothesis|theorem|law|laws|disease|syndrome|principle|paradox|constant|"
    r"equation|rule|effect|method|algorithm|sieve|formula|lemma|problem|test|comet)\b"
)


def gap_is_half_a_term(c: Candidate) -> str | None:
    """'___'s conjecture' blanks half of the term 'Polignac's conjecture'."""
    m = c.fact.mention
    if m.kind in ("person", "name", "org") and _EPONYM.match(c.fact.row.sentence.text, m.end):
        return "the answer is half of a named term"
    return None


def cross_reference(c: Candidate) -> str | None:
    """'(see oxygen isotope ratio cycle)' points to another article; it states no fact."""
    text, m = c.fact.row.sentence.text, c.fact.mention
    opening = text.rfind("(", 0, m.start)
    if opening >= 0 and ")" not in text[opening : m.start] and re.match(r"\((?:see|cf\.?)\s", text[opening:]):
        return "the answer is a cross-reference"
    return None


_SAID = re.compile(r"\b(?:said|says|told|tells|added|adds|warned|warns|explained|insisted|argued|stated)\b")
_NOTES = re.compile(
    r"\b(?:notes|noted|writes|wrote|observes|observed|remarks|remarked|comments|commented|argues|concludes|"
    r"concluded)(?:\s+that)?[,:]?\s*[\"“]"
)
"""A verb that introduces a quotation only when the quotation follows it ('Brownlee notes that "..."'; 'wrote of
civil disobedience accomplishing "peaceable revolution"' quotes a phrase of what he wrote about)."""


def speaker_of_a_quote(c: Candidate) -> str | None:
    """'[...], editor of Hazards, said: "..."' asks who spoke, not what the article teaches."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    if m.kind not in ("person", "name", "org") or (c.fact.role and c.card.type == "typed"):
        return None  # 'Who is the editor of Hazards magazine?' asks the role the sentence gives, not the speaker
    quote = re.search(r"[\"“]", text)
    if quote is None or actor_reason(c.fact.row, m):
        return None  # 'X said he would not back ...': X is the actor of the claim, not a source
    if quote.start() > m.end and _SAID.search(text, m.end, quote.start()):
        return "the answer is the speaker of a quotation"
    if quote.start() > m.end and _NOTES.search(text, m.end, quote.start() + 1):
        return "the answer is the speaker of a quotation"  # 'Brownlee notes that "..."'
    if quote.start() < m.start and _SAID.search(text, max(0, m.start - 20), m.start):
        return "the answer is the speaker of a quotation"  # '"...," said [...]'
    return None


def pronoun_narrows_choices(c: Candidate) -> str | None:
    """'he' or 'her' in a question about a person rules out the choices of the other sex; 'Who has expressed
    her intention ...?' singles out one of the few women a news story names."""
    if c.fact.mention.kind != "person":
        return None
    if c.card.type == "choice" and _pronoun_of_the_answer(c, _PERSON_PRONOUNS):
        return "a personal pronoun narrows the choices"
    if c.card.type in ("typed", "cloze") and _pronoun_of_the_answer(c, _FEMININE_PRONOUNS):
        return "a feminine pronoun narrows the people the question can mean"
    return None


_MEN = re.compile(r"\b(?:Mr|Sir|Lord|King|Prince)\.?\s+$")
_WOMEN = re.compile(r"\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess)\.?\s+$")


def _pronoun_of_the_answer(c: Candidate, pronouns: re.Pattern[str]) -> bool:
    """Whether a pronoun of the stem may stand for the answer: 'Michael Sears admitted ... recruiting Darleen
    Druyun while she ...' speaks of Druyun, not of Sears. A pronoun stands for another person when one is named
    between the gap and it and a title does not make that person of the other sex ('Mr Sears ... she')."""
    stem, text, m = _stem(c), c.fact.row.sentence.text, c.fact.mention
    feminine = pronouns is _FEMININE_PRONOUNS
    if feminine and _MEN.search(text[: m.start]):
        return False  # 'Mr [Sears]' is no 'she'
    gap = re.search(r"\{\{c\d+::.*?\}\}", stem) or re.search(re.escape(BLANK), stem)
    start, end = (gap.start(), gap.end()) if gap else (0, 0)  # a question asks at its start
    others = [o for o in c.fact.row.mentions if o.kind == "person" and o.key != m.key]
    for found in pronouns.finditer(stem):
        between = stem[end : found.start()] if found.start() >= end else stem[: found.start()]
        female = bool(_FEMININE_PRONOUNS.fullmatch(found.group(0)))
        if not any(_named_and_fits(o, between, text, female) for o in others):
            return True
    return False


def _named_and_fits(o: Mention, between: str, text: str, female: bool) -> bool:
    """Whether the person `o` is named in `between` and no title before it in the sentence makes them of the
    other sex than the pronoun's."""
    if not re.search(rf"\b{re.escape(o.text)}\b", between):
        return False
    title = text[: o.start]
    return not (_MEN.search(title) if female else _WOMEN.search(title))


_NUMERIC = frozenset(("range", "number", "percent", "money", "year", "period", "decade", "date"))
_ITEM = r"[^,;:.()\s]+(?:\s+[^,;:.()\s]+){0,3}"  # a short list item, at most four words
_LIST_BEFORE = re.compile(rf"(?:,\s*{_ITEM},?\s+(?:and|or)|,\s*{_ITEM},)\s+$")
_LIST_AFTER = re.compile(rf"^(?:,\s*{_ITEM}(?:,\s*{_ITEM})*,?\s+(?:and|or)\s|\s+(?:and|or)\s+{_ITEM}\s*,)")
_EXAMPLE = re.compile(r"\b(?:such as|including|e\.g\.,?|for example,?|for instance,?)\s+(?:the\s+)?$", re.IGNORECASE)
_ASIDE = re.compile(r"\s*\([^()]*\)")
_APPOSED = re.compile(r"^,\s*(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+[a-z]")
"""', Ayurbarwada's son and successor': a possessor's relation describes the name before, no second item."""


def coordinated_with_its_kind(c: Candidate) -> str | None:
    """'between Donald Trump and ___', 'by Scheele and ___', 'A, B and ___': a name paired or listed with
    others of its kind gives the other away, or has more than one right answer."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    if m.kind in _NUMERIC or _denies_one_of_a_pair(c):
        return None
    for o in c.fact.row.mentions:
        if o is m or o.kind != m.kind:
            continue
        gap = text[o.end : m.start] if o.end <= m.start else text[m.end : o.start]
        if re.fullmatch(r",?\s+(?:and|or|nor|&)\s+", gap):
            return "the answer is paired with another of its kind"
    before, after = _ASIDE.sub("", text[: m.start]), _ASIDE.sub("", text[m.end :])
    apposed = _APPOSED.match(after) is not None  # 'Gegeen Khan, Ayurbarwada's son and successor, ruled'
    if _LIST_BEFORE.search(before) or (_LIST_AFTER.search(after) and not _clause_after(c) and not apposed):
        return "the answer is one item of a list"  # asides left out: 'Rose Tyler (Billie Piper), Martha Jones'
    return None


_CLAUSE_OPENERS = ("VBG", "VBN", "RB", "WDT", "WP")


def _clause_after(c: Candidate) -> bool:
    """'met Joe Biden, primarily discussing energy and trade': what follows the comma after the answer opens a
    clause (a participle, an adverb, 'which'), not the next item of a list."""
    m, tokens = c.fact.mention, c.fact.row.tokens
    following = [t for t in tokens if t.start >= m.end]
    return len(following) > 1 and following[0].text == "," and following[1].tag in _CLAUSE_OPENERS


def _year_like(m: Mention) -> bool:
    """A year, or a year before 1600 the tagger read as a number."""
    return m.kind == "year" or m.kind == "number" and re.fullmatch(r"1[0-5]\d\d", m.text) is not None


def year_in_a_list(c: Candidate) -> str | None:
    """'ravaged London in 1563, ___, 1603, 1625 and 1665': one year of a list of years has as many right fills
    as the years the reader may remember, and the others around it narrow them."""
    m, text = c.fact.mention, c.fact.row.sentence.text
    if not _year_like(m) or sum(_year_like(o) for o in c.fact.row.mentions) < LISTED_YEARS:
        return None
    if _LIST_BEFORE.search(text[: m.start]) or _LIST_AFTER.search(text[m.end :]):
        return "the answer is one year of a list"
    return None


_STOCK = frozenset(
    "considerable significant substantial huge major great serious widespread growing strong massive enormous "
    "large vast heavy big real key important particular certain various numerous several further greater".split()
)


def stock_phrase(c: Candidate) -> str | None:
    """'considerable savings', 'serious concerns': a stock phrase of an evaluative word and a noun has many
    fitting answers ('big savings', 'real savings'), so its gap is not unique."""
    m = c.fact.mention
    if m.kind == "concept" and m.text.split()[0].lower() in _STOCK:
        return "a stock phrase has many fitting answers"
    return None


def example_of_several(c: Candidate) -> str | None:
    """'such as ___', 'including ___', 'such as A, B and extensions to ___': one example among others, so not
    the one right answer; nor are all of them in one gap ('such as [Liu Bingzhong and Yao Shu]'), which a student
    naming one would miss."""
    text, m = c.fact.row.sentence.text, c.fact.mention
    if _EXAMPLE.search(text[: m.start]) or _later_example(c):
        return "the answer is one example of several"
    if _AMONG_OTHERS.match(text[m.end :]):
        return "the answer is one of others the sentence does not name"  # 'Sky News, amongst other channels, ...'
    return None


_EXAMPLE_OPENER = re.compile(r"\b(?:such as|including)\s", re.IGNORECASE)
_VERB_TAGS = ("VBD", "VBZ", "VBP", "MD")


def _later_example(c: Candidate) -> bool:
    """The answer stands further in a list of examples ('such as the development of ___', 'such as A, B and
    extensions to ___'): no verb or clause break between the opener and the answer."""
    text, m = c.fact.row.sentence.text, c.fact.mention
    opener = None
    for found in _EXAMPLE_OPENER.finditer(text, 0, m.start):
        opener = found
    if opener is None:
        return False
    between = [t for t in c.fact.row.tokens if opener.end() <= t.start and t.end <= m.start]
    return not any(t.tag in _VERB_TAGS or t.text in (";", ":", "(", ")", ".") for t in between)


_AMONG_OTHERS = re.compile(
    r",?\s+(?:amongst|among)\s+(?:others|other\s+\w+)\b|,?\s+(?:and|or)\s+others\b", re.IGNORECASE
)


_ALIAS_AFTER = re.compile(r"\s*\((?:also\s+)?(?:[A-Z][\w'’.-]*\s*){1,4}\)")
_ALIAS_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}\(\s*$")


def abbreviation_beside_answer(c: Candidate) -> str | None:
    """'the General ___ (GPhC)': the abbreviation printed beside the answer spells it out."""
    text, m = c.fact.row.sentence.text, c.fact.mention
    if ABBREVIATION_AFTER.match(text[m.end :]):
        if c.card.type == "cloze" and m.kind in SPELT_KINDS:
            return None  # the cloze blanks both (`cards.cloze`)
        return "an abbreviation beside the answer gives it away"
    after, before = _ALIAS_AFTER.match(text[m.end :]), _ALIAS_BEFORE.search(text[: m.start])
    if m.kind in ("person", "name", "org", "place") and after and not _another_person(m, after.group(0)):
        return "another name beside the answer gives it away"  # 'Jean Cauvin (John Calvin)'
    if m.kind in ("person", "name", "org", "place") and before and not _another_person(m, before.group(0)):
        return "another name beside the answer gives it away"  # 'Abulcasis (Abu al-Qasim)' the other way
    return None


ALIAS_LIKENESS = 0.5
"""Two spellings of one name ('Jean Cauvin', 'John Calvin') are at least this alike (difflib's ratio)."""


def _another_person(m: Mention, bracketed: str) -> bool:
    """'Martha Jones (Freema Agyeman)': a full name beside a person's full name, and unlike it, names another person
    (an actor beside a role), not the answer under another name; 'Rāzi (Rhazes)' is one man."""
    other = bracketed.strip(" ()").removeprefix("also ").strip()
    if m.kind != "person" or len(other.split()) < 2 or len(m.text.split()) < 2:
        return False
    return SequenceMatcher(None, m.text.casefold(), other.casefold()).ratio() < ALIAS_LIKENESS


def _denies_one_of_a_pair(c: Candidate) -> bool:
    """A false statement made of one of 'neither X nor Y': it shows no gap, and the pair is its correction."""
    if c.card.type != "truefalse" or c.card.fields["answer"]:
        return False
    return not re.search(r"\bneither\b", c.card.fields["statement"], re.IGNORECASE) and bool(
        re.search(r"\bneither\b", c.fact.row.sentence.text, re.IGNORECASE)
    )


def nationality_points_to_answer(c: Candidate) -> str | None:
    """'Russian officials, including ___' gives Putin away."""
    m = c.fact.mention
    if m.kind not in ("person", "org", "place", "country"):
        return None
    before = re.findall(
        r"[\w'’.-]+", c.fact.row.sentence.text[: m.title_start if m.title_start is not None else m.start]
    )
    near = before[-3:]
    if not any(w in gazetteer.NATIONALITIES for w in near):
        return None
    if c.card.type in ("choice", "truefalse") or any(w.lower() in _MEMBER_OF for w in near):
        return "a nationality word points to the answer"
    return None  # 'French explorer ___' to recall: the word rules out no name a student weighs


_MEMBER_OF = frozenset(("including", "like", "among"))
"""'Russian officials, including ___': the answer is one of a group the nationality names, a give-away even with no
choices; 'the French explorer ___' recalled with no choices is not."""


def broken_off(c: Candidate) -> str | None:
    """'... a mixture of acetylene and compressed O' (of 'O' / '2' on the next line): a sentence that stops on
    a chemical symbol, without its full stop, is a formula the source broke over two lines."""
    if re.search(r"\s[A-Z][a-z]?$", c.fact.row.sentence.text.rstrip()):
        return "the sentence breaks off inside a formula"
    return None


def no_main_verb(c: Candidate) -> str | None:
    """A heading or a fragment is not a sentence with a gap."""
    tokens = c.fact.row.tokens
    if any((t.tag.startswith("VB") and t.tag != "VBG") or t.tag == "MD" for t in tokens):
        return None  # 'would cause': a modal is finite too
    if any(verb_read_as_noun(tokens, k) for k in range(1, len(tokens) - 1)):
        return None
    return "the sentence has no main verb"


Gate = Callable[[Candidate], str | None]


GATES: tuple[Gate, ...] = (
    true_statement_copies_its_sentence,
    broad_region,
    road_of_a_place,
    course_of_a_road,
    length_of_a_procedure,
    clock_or_bearing,
    age_band,
    trivial_count_asked,
    first_in_a_span,
    sample_size,
    name_in_another_language,
    glued_words,
    gap_cuts_a_token,
    gap_is_half_a_term,
    cross_reference,
    speaker_of_a_quote,
    place_as_a_source,
    the_term_of_a_comparison,
    the_kind_of_the_members_shown,
    answer_is_the_subject,
    answer_is_a_nationality_word,
    only_whose_it_is,
    pronoun_narrows_choices,
    coordinated_with_its_kind,
    year_in_a_list,
    nationality_points_to_answer,
    example_of_several,
    abbreviation_beside_answer,
    stock_phrase,
    answer_is_a_unit,
    vague_count,
    running_total_without_anchor,
    gap_splits_a_phrase,
    head_alone_fits,
    neighbour_repeats_the_answer,
    context_states_the_answer,
    stem_opens_with_a_range,
    place_word_points_to_the_country,
    culture_word_points_to_the_region,
    term_paired_with_another,
    other_of_a_pair,
    neighbouring_value_reveals,
    shown_value_near_the_answer,
    change_computable,
    hedged_number_in_choices,
    figure_left_visible,
    unnamed_reference_in_stem,
    unresolved_opener,
    anaphoric_definite,
    short_name,
    unanchored_pronoun,
    unanchored_subject,
    anaphoric_such,
    some_of_no_group,
    unnamed_office_holder,
    one_of_many,
    relative_phrase,
    gap_names_it,
    unsignalled_age,
    hedged_answer,
    cloze_blank_in_quotation,
    quotation_opens_on_a_connective,
    broken_off,
    no_main_verb,
    garbled_source,
    list_cut_short,
    opener_describes_what_went_before,
    name_misspelt,
    broken_question,
    place_that_acts,
    wh_word_misfits_answer,
    place_of_an_event_in_choices,
    question_coordinates_verbs,
    question_cut_short,
    answer_complements_be,
    subject_one_of_a_class,
    here_unnamed,
    two_time_phrases,
    carries_a_contrast,
    rival_answer,
    lead_line_hides_a_rival,
)
"""Every gate, cheapest and commonest first."""


def failed_gate(candidate: Candidate, gates: tuple[Gate, ...] = GATES) -> str | None:
    """Why the first failing gate of `gates` drops `candidate` ('gate name: reason'), or None when it passes all."""
    for gate in gates:
        reason = gate(candidate)
        if reason:
            return f"{gate.__name__}: {reason}"
    return None
