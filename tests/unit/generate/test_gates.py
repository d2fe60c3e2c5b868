"""Each gate drops the card the rubric rejects, and lets the plain good card through."""

from __future__ import annotations

from dataclasses import replace

import pytest
from generate_support import candidate, facts_of

from quizgen.generate import cards as build
from quizgen.generate import gates, generate_text
from quizgen.generate.cards import Draft
from quizgen.generate.gates import Candidate, failed_gate


def test_a_plain_good_cloze_passes_every_gate() -> None:
    c = candidate("BP's profits rose by 26% in 2004 as oil prices climbed sharply.", "26%")
    assert failed_gate(c) is None


def test_true_statement_copies_its_sentence() -> None:
    c = candidate("BP's profits rose by 26% in 2004 as oil prices climbed sharply.", "26%")
    assert gates.true_statement_copies_its_sentence(c) is None
    statement = {"statement": c.fact.text, "answer": True, "correction": None}
    true = Candidate(Draft("truefalse", "truefalse-x", statement), c.fact, c.index)
    assert gates.true_statement_copies_its_sentence(true)


def test_gap_cuts_a_token() -> None:
    c = candidate("The airline said it would cut 1,500 jobs in Australia by 2006.", "1,500")
    assert gates.gap_cuts_a_token(c) is None
    half = replace(c.fact, mention=replace(c.fact.mention, end=c.fact.mention.start + 1))  # the "1" of "1,500"
    assert gates.gap_cuts_a_token(Candidate(c.card, half, c.index))


def test_answer_is_the_subject() -> None:
    c = candidate("Qantas announced that it would cut 1,000 jobs across Australia next year.", "Australia")
    assert gates.answer_is_the_subject(c) is None
    c.index.headline = "Australia loses 1,000 jobs"
    assert gates.answer_is_the_subject(Candidate(c.card, c.fact, c.index, frozenset({"australia", "jobs"})))


def test_a_country_the_title_names_by_another_name_is_shown_by_the_title() -> None:
    c = candidate("In December the UK parliament heard a claim about satellite television bills.", "UK")
    assert gates.answer_is_the_subject(c) is None
    c.index.headline = "Sky (United Kingdom)"
    assert gates.answer_is_the_subject(c) == "the answer is named by the article's title, which the deck shows"


def test_a_word_after_the_headline_verb_is_a_detail_not_the_subject() -> None:
    c = candidate("Qantas announced that it would cut 1,000 jobs across Australia next year.", "Australia")
    c.index.headline = "Qantas eyes move for Australia jobs"
    titled = Candidate(c.card, c.fact, c.index, frozenset({"qantas", "eyes", "move", "australia", "jobs"}))
    shown = "the answer is named by the article's title, which the deck shows"
    assert gates.answer_is_the_subject(titled) == shown  # the story is Qantas's move; Australia is its detail
    c.index.headline = "Australia eyes move for Qantas jobs"
    assert gates.answer_is_the_subject(titled) == "the answer is the article's own subject"


def test_a_headline_word_the_article_repeats_is_its_subject() -> None:
    line = "Councils set the council tax each year."
    text = " ".join([line.replace("each year", f"in {year}") for year in range(2001, 2006)])
    c = candidate(text, "council tax", sentence=1)
    c.index.headline = "Parties' plans for council tax"
    titled = Candidate(c.card, c.fact, c.index, frozenset({"parties", "plans", "council", "tax"}))
    assert gates.answer_is_the_subject(titled) == "the answer is the article's own subject"
    c.index.sentences = c.index.sentences[:2]  # named twice only: a detail of the parties' plans, the title shows
    assert gates.answer_is_the_subject(titled) == "the answer is named by the article's title, which the deck shows"


def test_the_qualifier_of_a_titled_name_is_not_the_subject_but_the_title_shows_it() -> None:
    from quizgen.generate.subject import find_subject

    c = candidate("The city of Fresno is the fifth largest city in California by population.", "California")
    c.index.subject = find_subject("Fresno, California", [])
    titled = Candidate(c.card, c.fact, c.index, frozenset({"fresno", "california"}))
    assert gates.answer_is_the_subject(titled) == "the answer is named by the article's title, which the deck shows"
    fresno = candidate("The city of Fresno is the fifth largest city in California by population.", "Fresno")
    fresno.index.subject = c.index.subject
    assert gates.answer_is_the_subject(Candidate(fresno.card, fresno.fact, fresno.index, titled.subject))


def test_the_subject_in_the_plural_or_abbreviated_is_the_subject() -> None:
    from quizgen.generate.subject import Subject

    plural = candidate("In 1685 the Huguenots fled from France to Prussia and the Netherlands.", "Huguenots")
    plural.index.subject = Subject("Huguenot", frozenset())
    assert gates.answer_is_the_subject(Candidate(plural.card, plural.fact, plural.index, frozenset({"huguenot"})))
    short = candidate("The IPCC published the first assessment report in 1990 in Geneva.", "IPCC")
    assert gates.answer_is_the_subject(short) is None
    short.index.subject = Subject("Intergovernmental Panel on Climate Change", frozenset())
    assert gates.answer_is_the_subject(short) == "the answer is the article's own subject, abbreviated"


def test_answer_is_a_nationality_word() -> None:
    c = candidate("More than five million UK households now pay for broadband, up from 2.5 million.", "UK")
    assert gates.answer_is_a_nationality_word(c)


@pytest.mark.parametrize(
    ("text", "answer", "modifier"),
    [
        ("The Hauteville family ruled the south of Italy from 1059 to 1194.", "Hauteville", False),
        ("The Hauteville castle stood above the town from 1059 to 1194.", "Hauteville", True),
        ("The Tories will move an amendment to the Police Bill next week in the Lords.", "Police Bill", False),
        ("The Tories will move an amendment to the Police Bill powers in the Lords in 2005.", "Police Bill", True),
        ("In 1895 Carl von Linde and British engineer William Hampson made liquid air.", "Carl von Linde", False),
        ("Peers rejected UK and foreign terror suspects' appeals in the Lords in 2005.", "UK", True),
    ],
)
def test_a_name_with_its_kind_or_a_time_after_it_is_no_modifier(text: str, answer: str, modifier: bool) -> None:
    assert bool(gates.answer_is_a_nationality_word(candidate(text, answer))) is modifier


def test_a_name_before_its_verb_read_as_a_noun_is_no_modifier() -> None:
    text = "Brownlee notes that the protesters of 1968 accepted the punishment of the law."
    assert gates.answer_is_a_nationality_word(candidate(text, "Brownlee")) is None
    noun = "The Brownlee notes on the protesters of 1968 were published in London."
    assert gates.answer_is_a_nationality_word(candidate(noun, "Brownlee"))


def test_pronoun_narrows_the_choices() -> None:
    text = "Tony Blair said in 2004 that he would serve a full third term as prime minister."
    c = candidate(text, "Tony Blair")
    assert gates.pronoun_narrows_choices(c) is None  # a cloze has no choices to narrow
    fields = {"question": "_____ said in 2004 that he would serve a full third term.", "choices": [], "answer": "x"}
    assert gates.pronoun_narrows_choices(Candidate(Draft("choice", "choice-x", fields), c.fact, c.index))


def test_a_feminine_pronoun_singles_out_the_person_asked() -> None:
    text = "Mary Robinson said in 2004 that she would serve a full second term as president."
    assert gates.pronoun_narrows_choices(candidate(text, "Mary Robinson", "typed"))
    assert gates.pronoun_narrows_choices(candidate(text, "Mary Robinson"))
    plain = "Mary Robinson said in 2004 that the court would serve a full second term as ruled."
    assert gates.pronoun_narrows_choices(candidate(plain, "Mary Robinson", "typed")) is None


def test_coordinated_with_its_kind() -> None:
    text = "The race between Donald Trump and Kamala Harris is watched closely in Kazakhstan this year."
    assert gates.coordinated_with_its_kind(candidate(text, "Kamala Harris"))


def test_one_item_of_a_list_is_not_the_one_answer() -> None:
    text = "The company holds patents in Germany, Japan and France after a long legal fight over the designs."
    assert gates.coordinated_with_its_kind(candidate(text, "France"))
    assert gates.coordinated_with_its_kind(candidate(text, "Germany"))


def test_an_answer_further_in_a_list_of_examples_is_one_example() -> None:
    text = "The committee looked at schemes such as the extension of the Brora Tram Network and a new bridge in 2004."
    assert gates.example_of_several(candidate(text, "Brora Tram Network")) == "the answer is one example of several"
    clause = "Schemes such as new bridges were dropped after the Brora Tram Network ran over budget in 2004."
    assert gates.example_of_several(candidate(clause, "Brora Tram Network")) is None  # a verb ends the examples


def test_a_name_described_by_a_possessor_is_no_list() -> None:
    text = "Emperor Gegeen Khan, Ayurbarwada's son and successor, ruled the empire for only two years."
    assert gates.coordinated_with_its_kind(candidate(text, "Gegeen Khan")) is None
    listed = "Emperor Gegeen Khan, Ayurbarwada and Kublai ruled the empire in the years after the war."
    assert gates.coordinated_with_its_kind(candidate(listed, "Gegeen Khan"))


def test_an_item_of_a_list_with_asides_is_not_the_one_answer() -> None:
    text = "The cast included Anna Berg (Mia Holt), Tom Reyes (Sam Lund), and Lena Kask (Ada Voss) for the play."
    assert gates.coordinated_with_its_kind(candidate(text, "Anna Berg")) == "the answer is one item of a list"


def test_a_co_discoverer_named_beside_the_answer_is_another_right_answer() -> None:
    text = "Oxygen was first isolated by Carl Scheele and Joseph Priestley in the 1770s, in separate experiments."
    assert gates.coordinated_with_its_kind(candidate(text, "Joseph Priestley"))
    assert gates.coordinated_with_its_kind(candidate(text, "Carl Scheele"))


def test_an_example_after_such_as_is_one_of_several() -> None:
    text = "Large economies such as the United States have raised tariffs on imported steel this year."
    assert gates.example_of_several(candidate(text, "United States"))


def test_an_answer_among_others_unnamed_is_one_of_several() -> None:
    text = "Radio Kent, amongst other stations, broadcasts the council's meetings live every Tuesday."
    assert gates.example_of_several(candidate(text, "Radio Kent"))
    alone = "Radio Kent broadcasts the council's meetings live every Tuesday from Maidstone."
    assert gates.example_of_several(candidate(alone, "Radio Kent")) is None


def test_an_abbreviation_beside_the_answer_gives_it_away_unless_the_cloze_blanks_both() -> None:
    text = "The complaint was sent to the General Pharmaceutical Council (GPhC) in London on Monday morning."
    assert gates.abbreviation_beside_answer(candidate(text, "General Pharmaceutical Council", "typed"))
    cloze = candidate(text, "General Pharmaceutical Council")
    assert "the {{c1::General Pharmaceutical Council (GPhC)}} in London" in cloze.card.fields["text"]
    assert gates.abbreviation_beside_answer(cloze) is None


def test_nationality_points_to_the_answer() -> None:
    text = "Central Asian leaders meet Russian officials, including Vladimir Putin, several times a year."
    assert gates.nationality_points_to_answer(candidate(text, "Vladimir Putin"))


def test_a_nationality_before_a_name_to_recall_gives_nothing_away_without_choices() -> None:
    text = "In 1562 the French explorer Jean Ribault charted the river and named it the River of May."
    assert gates.nationality_points_to_answer(candidate(text, "Jean Ribault")) is None
    recalled = candidate(text, "Jean Ribault")
    among_choices = Candidate(replace(recalled.card, type="choice"), recalled.fact, recalled.index)
    assert gates.nationality_points_to_answer(among_choices)  # 'French' rules out the other explorers offered


def test_cloze_blank_in_quotation() -> None:
    text = 'The mayor promised "200 new schools by 2010" in a speech in Leeds on Monday.'
    index, facts = facts_of(text)
    year = next(f for f in facts if f.mention.text == "2010")
    card = build.cloze(year)
    assert card is not None
    assert gates.cloze_blank_in_quotation(Candidate(card, year, index))
    assert gates.cloze_blank_in_quotation(candidate(text, "Leeds")) is None
    assert gates.cloze_blank_in_quotation(candidate(text, "200")) is None  # the figure the speaker gives is a fact


def test_a_term_in_quotation_marks_is_no_quotation() -> None:
    text = 'The harbour bill proposes "control orders", which could close docks to foreign ships.'
    assert gates.cloze_blank_in_quotation(candidate(text, "control orders")) is None
    alias = 'The harbour bill proposes "control orders", also called "dock orders", to close docks to ships.'
    assert gates.cloze_blank_in_quotation(candidate(alias, "control orders"))
    gloss = 'The name of the metal comes from the Greek root genes, literally "begetter", as its finders thought.'
    assert gates.cloze_blank_in_quotation(candidate(gloss, "begetter")) == "the gap is inside a quotation"


def test_a_false_statement_that_changes_a_quotation_is_dropped() -> None:
    text = "Trump has said he could resolve the conflict “in 24 hours.”"
    changed = candidate(text, "24", kind="truefalse")
    assert changed.card.fields["answer"] is False
    assert gates.cloze_blank_in_quotation(changed) == "the changed words are inside a quotation"


def test_failed_gate_names_the_gate() -> None:
    text = "Central Asian leaders meet Russian officials, including Vladimir Putin, several times a year."
    reason = failed_gate(candidate(text, "Vladimir Putin"))
    assert reason is not None and reason.startswith("nationality_points_to_answer: ")


def test_no_main_verb() -> None:
    assert gates.no_main_verb(candidate("Sales of 26% in 2004, up from 20% a year earlier at BP.", "2004"))


def test_broken_question() -> None:
    c = candidate("BP's profits rose by 26% in 2004 as oil prices climbed sharply.", "26%")
    assert gates.broken_question(c) is None
    bad = Draft("typed", "typed-x", {"question": "Who did 1565, a Spanish force, attack?", "answer": "x"})
    assert gates.broken_question(Candidate(bad, c.fact, c.index))


def test_gap_is_half_a_named_term() -> None:
    text = "Polignac's conjecture was stated by the French mathematician in 1849 for every even number."
    assert gates.gap_is_half_a_term(candidate(text, "Polignac"))
    assert gates.gap_is_half_a_term(candidate(text, "1849")) is None


def test_speaker_of_a_quote() -> None:
    text = 'Rory O\'Neill, editor of Hazards magazine since 1995, said: "Safety reps save lives every single day."'
    assert gates.speaker_of_a_quote(candidate(text, "Rory O'Neill"))
    assert gates.speaker_of_a_quote(candidate(text, "1995")) is None
    notes = 'Marlowe notes that "the harbour strikes changed the law of the sea for a century."'
    assert gates.speaker_of_a_quote(candidate(notes, "Marlowe"))
    about = 'Marlowe wrote of the harbour strikes bringing "a quiet revolution" to the port.'
    assert gates.speaker_of_a_quote(candidate(about, "Marlowe")) is None


def test_a_gap_that_cuts_a_long_name() -> None:
    text = "A spokesman for the World Summit on the Information Society said in 2005 the divide remained."
    index, facts = facts_of(text)
    fact = next(f for f in facts if f.mention.text == "2005")
    start = text.index("World Summit")
    cut = replace(fact, mention=replace(fact.mention, text="World Summit", start=start, end=start + 12, kind="org"))
    assert gates.gap_cuts_a_token(Candidate(build.cloze(cut), cut, index)) == "the gap cuts a name"
    assert gates.gap_cuts_a_token(Candidate(build.cloze(fact), fact, index)) is None


def test_a_choice_with_its_blank_in_a_quotation() -> None:
    text = 'The vans would "let people know Britain is working again" across 1,200 towns, Labour said in 2005.'
    c = candidate(text, "Britain")
    blank = Draft(
        "choice", "choice-x", {"question": text.replace("Britain", "_____"), "choices": [], "answer": "Britain"}
    )
    assert gates.cloze_blank_in_quotation(Candidate(blank, c.fact, c.index))
    asked = Draft("choice", "choice-y", {"question": "Who said it?", "choices": [], "answer": "Britain"})
    assert gates.cloze_blank_in_quotation(Candidate(asked, c.fact, c.index)) is None


def test_a_descriptor_before_a_name_is_no_answer() -> None:
    text = "The line featured veteran defensive end Jared Allen, who had 136 sacks by 2015."
    index, facts = facts_of(text)
    fact = next(f for f in facts if f.mention.text == "136")
    start = text.index("veteran")
    term = replace(
        fact, mention=replace(fact.mention, text="veteran defensive end", start=start, end=start + 21, kind="concept")
    )
    assert gates.answer_is_a_nationality_word(Candidate(build.cloze(term), term, index)) == "a descriptor before a name"


def test_a_country_coordinated_with_an_adjective_is_a_modifier() -> None:
    text = "The Conservatives have expressed misgivings about plans for keeping UK and foreign terror suspects under house arrest."
    assert gates.answer_is_a_nationality_word(candidate(text, "UK")) == "a country word used as a modifier"


def test_a_speaker_named_with_an_organisation_is_still_the_speaker_of_a_quotation():
    from quizgen.generate import generate_text

    text = (
        "Laura Ashley Holdings\n\n"
        "Laura Ashley floated on the London Stock Exchange for 200m pounds in 1985.\n\n"
        '"Laura Ashley is a bit of a shrivelled husk of a company," said retail analyst Nick Bubb of Evolution '
        "Securities.\n"
    )
    cards = generate_text(text, "laura-ashley").deck.cards
    asked = [card.text for card in cards if card.type == "cloze"] + [card.answer_text() for card in cards]
    assert not any("{{c1::Nick Bubb" in a or "Nick Bubb" in a for a in asked)


def test_a_stock_phrase_is_not_a_unique_gap() -> None:
    text = (
        "The new system would bring considerable savings to council tax payers across the country. "
        "Critics doubted that considerable savings would follow within the first year."
    )
    assert gates.stock_phrase(candidate(text, "considerable savings"))


def test_glued_words() -> None:
    clean = candidate("The airline said it would cut 1,500 jobs in Australia to prevent losses.", "1,500")
    assert gates.glued_words(clean) is None
    typo = candidate("The airline said it would cut 1,500 jobs in Australia toprevent losses.", "1,500")
    assert gates.glued_words(typo) == "'toprevent' runs two words together"
    rare = candidate("The airline said it would cut 1,500 jobs in Australia as staffers feared.", "1,500")
    assert gates.glued_words(rare) is None  # a rare but real word


def test_another_name_in_brackets_beside_the_answer_gives_it_away() -> None:
    text = "The French theologian Jean Cauvin (John Calvin) published his main work in Basel in 1536."
    assert gates.abbreviation_beside_answer(candidate(text, "Jean Cauvin")) == (
        "another name beside the answer gives it away"
    )
    assert gates.abbreviation_beside_answer(candidate(text, "1536")) is None


def test_a_question_that_joins_two_verbs_is_not_asked() -> None:
    text = "In 2004, the firm Acme designed and constructed the new radio system for the city metro in Leeds."
    c = candidate(text, "2004", "typed")
    assert gates.question_coordinates_verbs(c) == "the question joins two verbs ('and constructed')"
    subject = candidate(
        "Jane Smith likened the plan to a library and said everyone could use it freely.", "Jane Smith", "typed"
    )
    assert gates.question_coordinates_verbs(subject) is None


def test_a_question_cut_inside_a_list_or_a_bracket() -> None:
    text = "Floods struck the port of Elmsby in 1563, 1593, 1603, and 1665, destroying many of its homes."
    c = candidate(text, "Elmsby")

    def asking(question: str) -> Candidate:
        return Candidate(Draft("typed", "typed-x", {"question": question, "answer": "Elmsby"}), c.fact, c.index)

    assert gates.question_cut_short(asking("Which port did floods strike in 1563, 1593, 1603?"))
    assert gates.question_cut_short(asking("Which port is then denoted by (f(n?"))
    assert gates.question_cut_short(asking("Which port did floods strike in 1563, 1593, 1603, and 1665?")) is None


def test_a_place_that_acts_is_someone_of_that_name() -> None:
    c = candidate("Washington learned of the retreat of the French forces in 1754 near the Ohio river.", "Washington")
    asked = Candidate(Draft("typed", "typed-x", {"question": "Which place learned of the retreat?"}), c.fact, c.index)
    assert gates.place_that_acts(asked)
    where = Candidate(Draft("typed", "typed-y", {"question": "Where did the French retreat to?"}), c.fact, c.index)
    assert gates.place_that_acts(where) is None


def test_a_gap_after_the_head_of_a_title_cuts_a_name() -> None:
    text = "The veterans of the War of the Austrian Succession reached Quebec in May 1756."
    assert gates.gap_cuts_a_token(candidate(text, "Austrian Succession")) == "the gap cuts a name"
    assert gates.gap_cuts_a_token(candidate(text, "Quebec")) is None


def test_a_gap_before_the_bracketed_rest_of_a_name_cuts_it() -> None:
    text = (
        "Nobody may sit in the Senate of Freedonia if judged insane under the Mental Health (Care and Treatment) Act."
    )
    assert gates.gap_cuts_a_token(candidate(text, "Mental Health")) == "the gap cuts a name"


def test_a_sentence_broken_off_inside_a_formula() -> None:
    broken = "Welding was first shown in 1901 in the city of Paris by burning acetylene and compressed O"
    assert gates.broken_off(candidate(broken, "1901")) == "the sentence breaks off inside a formula"
    assert gates.broken_off(candidate(broken + "2 gas.", "1901")) is None


@pytest.mark.parametrize(
    ("title", "text", "answer", "dropped"),
    [
        (
            "Amazon rainforest",
            "Logging in the Brazilian Amazon fell by 70% between 2004 and 2012.",
            "Brazilian Amazon",
            True,
        ),
        (
            "Oxygen",
            "Liquid oxygen is kept cold in tanks. Rockets of the 1960s burned kerosene with liquid oxygen.",
            "liquid oxygen",
            True,
        ),
        ("Black Death", "The plague reached the ports of the Black Sea in 1346 from the steppe.", "Black Sea", False),
        (
            "American Broadcasting Company",
            "Networks once showed production company vanity cards after each show. In 1998 the network dropped its "
            "production company vanity cards for good.",
            "production company vanity cards",
            False,
        ),
    ],
)
def test_the_subject_with_a_modifier_is_the_subject(title: str, text: str, answer: str, dropped: bool) -> None:
    from quizgen.generate.subject import find_subject

    c = candidate(text, answer)
    c.index.subject = find_subject(title, [])
    reason = gates.answer_is_the_subject(c)
    assert (reason == "the answer is the article's own subject with a modifier") is dropped
    c.index.subject = None
    assert gates.answer_is_the_subject(c) is None


def test_a_label_before_a_persons_role_is_a_modifier() -> None:
    text = "Pro Bowl defensive tackle Kawann Short led the team in sacks with 11 in 2015."
    assert gates.answer_is_a_nationality_word(candidate(text, "Pro Bowl")) == "a name used as a modifier"
    assert gates.answer_is_a_nationality_word(candidate(text, "Kawann Short")) is None


def test_an_acronym_after_an_article_is_a_common_noun() -> None:
    text = "Several rules apply to being an MSP in Scotland since 1999, as in the Commons."
    assert gates.answer_is_a_nationality_word(candidate(text, "MSP")) == "an acronym used as a common noun"
    named = "The SNP won 69 seats at Holyrood in 2011, a majority of the chamber."
    assert gates.answer_is_a_nationality_word(candidate(named, "SNP")) is None


def test_a_running_total_without_an_anchor() -> None:
    from quizgen.generate.gap_gates import running_total_without_anchor

    bare = "Alan Shearer currently has 187 goals to his name after his header."
    assert (
        running_total_without_anchor(candidate(bare, "187")) == "a running total with no date, club or record to fix it"
    )
    dated = "Alan Shearer had 187 goals to his name so far by May 2005."
    assert running_total_without_anchor(candidate(dated, "187")) is None
    past = "Alan Shearer scored 187 goals to his name after his header."
    assert running_total_without_anchor(candidate(past, "187")) is None
    assert running_total_without_anchor(candidate(bare, "Alan Shearer"))  # no card on the sentence's other words
    serving = "Darleen Druyun is currently serving a nine month sentence in Florida."
    assert running_total_without_anchor(candidate(serving, "nine")) is None  # a length of time is no total
    record = "The Brora field, thought to hold a billion barrels, is Cairn's biggest find to date."
    assert running_total_without_anchor(candidate(record, "a billion")) is None  # 'to date' qualifies a record
    share = "Indonesia was the country worst affected by the tsunami, with 94,000 of the 140,000 deaths so far."
    assert running_total_without_anchor(candidate(share, "94,000")) is None  # a share fixed by its total
    alone = "Indonesia was the country worst affected by the tsunami, with 94,000 confirmed deaths so far."
    assert running_total_without_anchor(candidate(alone, "94,000"))


def test_a_gap_after_a_possessive_that_is_the_names_own_cuts_the_name() -> None:
    text = (
        "Britain also claimed Rupert's Land, where the Hudson's Bay Company traded for furs with local tribes in 1700."
    )
    assert gates.gap_cuts_a_token(candidate(text, "Bay Company")) == "the gap cuts a name"
    partner = "Shares in Cairn's partner Oil India Company rose in 2004 after the news."
    assert gates.gap_cuts_a_token(candidate(partner, "Oil India Company")) is None


def test_a_place_owning_a_superlative_is_an_epithet_of_another() -> None:
    text = "Germany, Europe's largest economy, saw unemployment rise to 4.5 million in January 2005."
    assert gates.answer_is_a_nationality_word(candidate(text, "Europe"))
    owner = "Brazil's forest covers 60% of the basin, the survey found in 2004."
    assert gates.answer_is_a_nationality_word(candidate(owner, "Brazil")) is None


def test_a_cross_reference_is_no_fact() -> None:
    text = (
        "Paleoclimatologists measure the ratio of two isotopes in shells (see Oxygen Isotope Ratio Cycle) since 1950."
    )
    index, facts = facts_of(text)
    fact = next(f for f in facts if f.mention.text == "1950")
    seen = replace(
        fact, mention=replace(fact.mention, text="Oxygen", start=text.index("Oxygen"), end=text.index("Oxygen") + 6)
    )
    assert gates.cross_reference(Candidate(build.cloze(seen), seen, index))
    assert gates.cross_reference(Candidate(build.cloze(fact), fact, index)) is None


def test_a_headline_figure_is_its_news_and_is_asked() -> None:
    c = candidate("The harbour board says 500 of its old moorings will be given to the town.", "500")
    c.index.headline = "Harbour frees 500 moorings"
    titled = Candidate(c.card, c.fact, c.index, frozenset({"harbour", "frees", "500", "moorings"}))
    assert gates.answer_is_the_subject(titled) is None


def test_a_gap_that_cuts_a_slashed_name_cuts_a_token() -> None:
    text = "Brian Johnson was a member of local rock band Geordie before becoming the lead vocalist of AC/DC in 1980."
    assert gates.gap_cuts_a_token(candidate(text, "AC")) == "the gap cuts a token"
    assert gates.gap_cuts_a_token(candidate(text, "DC")) == "the gap cuts a token"
    assert gates.gap_cuts_a_token(candidate(text, "Geordie")) is None


def test_a_people_by_its_nationality_word_is_generic() -> None:
    text = "It is also unknown how many of the Franks, as the Greeks called them, were Normans and not other Frenchmen."
    assert gates.answer_is_a_nationality_word(candidate(text, "Frenchmen")) == "a people by its nationality word"
    assert gates.answer_is_a_nationality_word(candidate(text, "Normans")) != "a people by its nationality word"


def test_a_person_named_only_as_whose_a_thing_is_is_no_answer() -> None:
    whose = "Analysts said that, comments apart, President Harald Berg's government had done little to help."
    assert gates.only_whose_it_is(candidate(whose, "Harald Berg")) == "a person named only as whose a thing is"
    of = 'Anna Kron was arrested in 1943 for distributing leaflets condemning the "abhorrent tyranny" of Harald Berg.'
    assert gates.only_whose_it_is(candidate(of, "Harald Berg")) == "a person named only as whose a thing is"
    reign = "The canal was dug in 1321 during the reign of Harald Berg in the north."
    assert gates.only_whose_it_is(candidate(reign, "Harald Berg")) is None
    subject = "Harald Berg's first score was a march for the harbour band in 1964."
    assert gates.only_whose_it_is(candidate(subject, "Harald Berg")) is None


def test_a_place_standing_for_those_who_spoke_is_the_source_of_a_report() -> None:
    text = "Britain has offered to send ships to Elsland. Downing Street said a similar offer might be made to Norland."
    assert gates.place_as_a_source(candidate(text, "Downing Street", sentence=1))
    acted = "Britain has offered to send ships to Elsland. Downing Street sent a similar offer to Norland in May."
    assert gates.place_as_a_source(candidate(acted, "Downing Street", sentence=1)) is None
    officials = "Britain has offered to send ships to Elsland. Officials in Oslo said a similar offer might follow."
    assert gates.place_as_a_source(candidate(officials, "Oslo", sentence=1)) is None


def test_a_city_of_the_answer_country_gives_it_away() -> None:
    text = "The account came from the medical faculty in Paris in a report to the king of France in 1348."
    assert gates.place_word_points_to_the_country(candidate(text, "France")) == "'Paris' lies in France"
    other = "The account came from the medical faculty in Bologna in a report to the king of France in 1348."
    assert gates.place_word_points_to_the_country(candidate(other, "France")) is None


def test_a_quotation_opening_on_but_leans_on_words_before_it() -> None:
    def answers(opening: str) -> list[str]:
        text = (
            "German jobs\n\nGerman unemployment rose 7,000 in November to 4.464 million people.\n\n"
            '"There are clear signs of a revival in domestic demand," said Frank Weise, head of the Federal Labour '
            f'Agency. "{opening} of 0.1% in the third quarter is still insufficient to deliver positive momentum to '
            'the labour market."'
        )
        return [card.answer_text() for card in generate_text(text, "t.txt").deck.cards]

    assert "0.1%" not in answers("But growth")
    assert "0.1%" in answers("Growth")


def test_the_year_of_a_statutes_name_is_part_of_the_name() -> None:
    text = (
        "Members may not sit if judged insane under the Mental Health Act 2003, the Scottish Parliament said in 2010."
    )
    assert gates.gap_cuts_a_token(candidate(text, "2003")) == "the gap cuts a name"
    assert gates.gap_cuts_a_token(candidate(text, "2010")) is None


def test_the_kind_of_the_things_listed_right_after_the_answer_is_no_fact() -> None:
    from quizgen.generate.answer_gates import the_kind_of_the_members_shown

    definition = (
        "A prime number is a natural number greater than 1 that has no positive divisors other than 1 and itself."
    )
    listed = f"{definition}\n\nThe number 6 is composite because it has the divisors 2 and 3 in addition to 1 and 6."
    found = candidate(listed, "divisors", sentence=1)
    assert found.fact.mention.kind == "concept"
    assert the_kind_of_the_members_shown(found) == "the answer is the kind of the things listed after it"
    assert the_kind_of_the_members_shown(candidate(listed, "divisors")) is None  # 'divisors other than 1 and itself'


def test_a_gap_that_ends_a_title_cuts_the_name() -> None:
    text = "In November 1521, Luther wrote The Judgement of Martin Luther on Monastic Vows in Wartburg."
    assert gates.gap_cuts_a_token(candidate(text, "Monastic Vows")) == "the gap cuts a name"
    plain = "In November 1521, Luther wrote a judgement on Monastic Vows in Wartburg."
    assert gates.gap_cuts_a_token(candidate(plain, "Monastic Vows")) is None


def test_a_concept_after_a_name_it_belongs_to_is_half_a_name() -> None:
    named = (
        "For example, E.I. du Pont, a student of Lavoisier, established the Eleutherian gunpowder mills in Delaware."
    )
    assert gates.answer_is_a_nationality_word(candidate(named, "gunpowder mills"))
    national = "The British government announced new gunpowder mills in Delaware in 1802."
    assert gates.answer_is_a_nationality_word(candidate(national, "gunpowder mills")) is None
