"""The gap gates drop a card whose gap has more than one right fill or a neighbour that gives it away."""

from __future__ import annotations

from generate_support import candidate, facts_of

from quizgen.generate import cards as build
from quizgen.generate import gap_gates, gates
from quizgen.generate.cards import Draft
from quizgen.generate.gates import Candidate


def test_the_other_of_a_pair_the_card_names() -> None:
    pair = "The race between Donald Trump and Kamala Harris is watched in Kazakhstan. Neither Trump nor Harris spoke on it."
    named = pair + " Observers note a contrast between Trump's record and that of Harris on the region."
    assert gap_gates.other_of_a_pair(candidate(named, "Harris", sentence=2)) == (
        "the article pairs Harris with Donald Trump, whom the card names"
    )
    alone = pair + " Observers note that Harris has not visited the region since her election in 2020."
    assert gap_gates.other_of_a_pair(candidate(alone, "Harris", sentence=2)) is None  # the card names no partner
    once = "The race between Donald Trump and Kamala Harris is watched. Observers contrast Trump's record with Harris."
    assert (
        gap_gates.other_of_a_pair(candidate(once, "Harris", sentence=1)) is None
    )  # paired once is no pair the article keeps


def test_a_gap_that_leaves_part_of_its_term_beside_it() -> None:
    text = "A weak dollar helps exports and narrows the current account deficit of the country."
    assert gap_gates.gap_splits_a_phrase(candidate(text + " The account deficit grew.", "account deficit"))
    whole = "A weak dollar helps exports and narrows the trade deficit of the country. The trade deficit grew."
    assert gap_gates.gap_splits_a_phrase(candidate(whole, "trade deficit")) is None


def test_one_end_of_a_range_is_no_answer_but_a_change_is() -> None:
    text = "Some 7 to 11 percent of family doctors in the region dispense drugs themselves, a survey found."
    assert gap_gates.gap_splits_a_phrase(candidate(text, "11 percent")) == "the answer is one end of a range"
    change = "The airline increased the number of its cabin staff in London from 370 to 870 this year."
    assert gap_gates.gap_splits_a_phrase(candidate(change, "870")) is None


def test_a_gap_sharing_its_noun_with_a_coordinated_adjective() -> None:
    text = "The church drew on the liberal and Gallican Catholics who lived in Paris under King Francis."
    c = candidate(text, "Gallican Catholics")
    assert gap_gates.gap_splits_a_phrase(c) == "the gap shares its noun with 'liberal'"


def test_a_card_never_opens_with_a_bare_range() -> None:
    text = "Some 7 to 11 percent of family doctors in the region dispense drugs themselves, a survey by Gallup found."
    c = candidate(text, "Gallup")
    assert gap_gates.stem_opens_with_a_range(c) is None
    opened = Candidate(Draft("cloze", "cloze-x", {"text": "7 to 11 percent of doctors said so."}), c.fact, c.index)
    assert gap_gates.stem_opens_with_a_range(opened) == "the card opens with a bare range"


def test_a_neighbour_that_repeats_a_name_word_of_the_answer() -> None:
    text = "In the town, the Huguenot Memorial Bridge across the James River and Huguenot Road honour the refugees."
    assert gap_gates.neighbour_repeats_the_answer(candidate(text, "Huguenot Memorial Bridge"))
    kind_word = (
        "The Grainger Market replaced an earlier market built in 1808 on the site beside the river in Newcastle."
    )
    assert gap_gates.neighbour_repeats_the_answer(candidate(kind_word, "Grainger Market")) is None


def test_a_neighbour_sharing_a_term_s_root_gives_it_away() -> None:
    text = (
        "Divers who decompress too quickly can suffer decompression sickness, the divers' doctors said.\n\n"
        "Decompression sickness is treated in a pressure chamber at the hospital.\n"
    )
    index, facts = facts_of(text)
    fact = next(f for f in facts if f.mention.text.lower() == "decompression sickness" and f.row.sentence.number == 0)
    card = build.cloze(fact)
    assert card is not None
    assert gap_gates.neighbour_repeats_the_answer(Candidate(card, fact, index)) == (
        "'decompress' beside the gap gives 'decompression' away"
    )


def test_a_term_whose_head_alone_fits_the_gap() -> None:
    text = (
        "A decision problem can be solved in polynomial time by a machine. Every problem has an input. "
        "A problem may be hard. The problem of sorting is easy. A decision problem has a yes or no answer."
    )
    assert gap_gates.head_alone_fits(candidate(text, "decision problem")) == "'problem' alone fits the gap as well"


def test_a_nationality_word_on_the_card_points_to_the_country() -> None:
    text = "The French bishops insisted that the church of France could not be ruled from abroad by anyone."
    assert gap_gates.place_word_points_to_the_country(candidate(text, "France")) == "'French' points to France"
    plain = "The bishops insisted that the church of France could not be ruled from abroad by anyone."
    assert gap_gates.place_word_points_to_the_country(candidate(plain, "France")) is None


def test_a_term_paired_with_another_noun() -> None:
    text = (
        "Euclid wrote on trial division and geometry in his books. "
        "Trial division is slow for large numbers, said the teacher."
    )
    assert gap_gates.term_paired_with_another(candidate(text, "trial division")) == "the term is paired with 'geometry'"


def test_a_change_dated_at_its_start_ends_at_its_point() -> None:
    text = "The share of farmland in the valley declined from 75.8% in 1970 to 55.1% by 2010."
    c = candidate(text, "55.1%")
    assert gap_gates.gap_splits_a_phrase(c) is None  # '1970 to 55.1%' is no range
    assert gates.neighbouring_value_reveals(c) is None


def test_a_longer_word_of_the_answers_name_or_stem_beside_the_gap_gives_it_away() -> None:
    text = "Harwick was named after Anselm Harwood, the first governor of the colony, in 1822."
    assert gap_gates.neighbour_repeats_the_answer(candidate(text, "Anselm Harwood")) is None
    named = "Harwoodville was named after Anselm Harwood, the first governor of the colony, in 1822."
    assert gap_gates.neighbour_repeats_the_answer(candidate(named, "Anselm Harwood"))
    korea = "Smuggled South Korean films changed what people expected in North Korea in the 1990s."
    assert gap_gates.neighbour_repeats_the_answer(candidate(korea, "North Korea"))
    term = "The property of being prime is called primality, a word used since 1850."
    assert gap_gates.neighbour_repeats_the_answer(candidate(term, "primality"))
    other = "The property of having no divisors is called primality, a word used since 1850."
    assert gap_gates.neighbour_repeats_the_answer(candidate(other, "primality")) is None


def test_a_pronoun_tells_one_of_a_pair_from_the_other() -> None:
    pair = "The race between Donald Trump and Kamala Harris is watched in Kazakhstan. Neither Trump nor Harris spoke on it."
    told = pair + " Trump said he would cut taxes in 2017. Observers say Harris promised that she would visit in 2025."
    assert gap_gates.gender(facts_of(told)[0], "Donald Trump") == "m"
    assert gap_gates.other_of_a_pair(candidate(told, "Harris", sentence=3)) == (
        "a pronoun tells Harris from Donald Trump, the other of the pair"
    )
    unknown = pair + " Observers say Harris promised that she would visit the region in 2025."
    assert gap_gates.other_of_a_pair(candidate(unknown, "Harris", sentence=2)) is None  # Trump's sex is never told


def test_a_nationality_word_of_the_country_the_sentence_names_gives_the_answer_away() -> None:
    text = "In 1700 several hundred weavers sailed from England to Virginia, where the English Crown had promised land."
    assert gap_gates.neighbour_repeats_the_answer(candidate(text, "English Crown")) == (
        "'English' in the answer is the country the sentence names"
    )
    other = (
        "In 1700 several hundred weavers sailed from Holland to Virginia, where the English Crown had promised land."
    )
    assert gap_gates.neighbour_repeats_the_answer(candidate(other, "English Crown")) is None


def test_a_word_of_the_answer_in_a_quoted_name_beside_the_gap_gives_it_away() -> None:
    text = 'In 2000, ABC launched a campaign around its circle logo, also called "the dot", starring Little Dot.'
    assert gap_gates.neighbour_repeats_the_answer(candidate(text, "Little Dot"))
    plain = 'In 2000, ABC launched a campaign around its circle logo, also called "the circle", starring Little Dot.'
    assert gap_gates.neighbour_repeats_the_answer(candidate(plain, "Little Dot")) is None


def test_what_a_claim_is_compared_with_is_not_the_claim() -> None:
    text = "As in the House of Commons, a number of qualifications apply to being a member of the Scottish Parliament."
    assert gates.the_term_of_a_comparison(candidate(text, "House of Commons"))
    assert gates.the_term_of_a_comparison(candidate(text, "Scottish Parliament")) is None


def test_a_guess_the_sentence_hedges_is_no_answer() -> None:
    text = (
        "Gegeen was killed in a coup led by five princes of a rival faction, perhaps steppe nobles opposed to reform."
    )
    assert gap_gates.hedged_answer(candidate(text, "steppe nobles"))
    sure = "Gegeen was killed in a coup led by five princes of a rival faction, the steppe nobles opposed to reform."
    assert gap_gates.hedged_answer(candidate(sure, "steppe nobles")) is None
