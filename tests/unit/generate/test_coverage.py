"""Coverage of an article's facts: reporting frames, quoted speakers, roles and repeated facts."""

from quizgen.generate import generate_text
from quizgen.generate.candidates import closed_quotation
from quizgen.generate.coref import resolve
from quizgen.generate.index import analyse
from quizgen.generate.rank import content_stems, same_fact
from quizgen.generate.roles import article_roles
from quizgen.generate.speakers import leading_frame, previous_org
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text
from quizgen.generate.tokens import tag

TUC = (
    "The government should change the law to protect workers, the TUC has said.\n\n"
    'It said data from employment tribunals suggested 1,500 "safety whistleblowers" had lost their jobs since 1999. '
    "The TUC figures were drawn from unfair dismissal cases at tribunals.\n\n"
    "General secretary Brendan Barber said: \"It shouldn't be a firing offence to object to unsafe work. "
    '"Workers should not be placed in that situation."\n\n'
    "Rory O' Neill, editor of union-backed Hazards magazine, which conducted the research, said: "
    '"Giving union safety reps more rights is the ultimate win-win. "It would be a mistake not to."\n\n'
    "The TUC has called on the government to appoint roving safety reps.\n"
)


def index_of(text: str):
    sentences, _ = split_article(article_from_text(text))
    return analyse(sentences)


def test_a_leading_reporting_frame_is_found_with_its_clause():
    tokens = tag("It also said that data from tribunals suggested 1,500 workers had lost their jobs.")
    frame = leading_frame(tokens)
    assert frame is not None and frame.pronoun.text == "It" and frame.verb.text == "said"
    assert tokens[[t.start for t in tokens].index(frame.end)].text == "data"


def test_no_frame_before_a_quotation_an_object_or_a_non_reporting_verb():
    assert leading_frame(tag('He said: "We will win the vote on Thursday."')) is None
    assert leading_frame(tag("It is part of a five-year plan to help build confidence.")) is None
    assert leading_frame(tag("She told him the plan would cost pounds 3bn next year.")) is None


def test_it_said_names_the_one_organisation_of_the_previous_sentence():
    index = index_of(TUC)
    assert previous_org(index, 1) == "the TUC"
    edits = resolve(index, 1).edits
    assert edits == [(0, 2, "The TUC")]


def test_it_said_drops_the_frame_when_the_speaker_is_unknown():
    index = index_of(
        "Tony Blair and IBM and BP met in London in 2004.\n\nIt said sales rose by 5% to pounds 3bn in 2004.\n"
    )
    result = resolve(index, 1)
    assert result.problem is None and result.dropped_frame
    assert result.edits == [(0, len("It said "), "")]


def test_its_at_the_start_becomes_the_organisations_possessive():
    index = index_of("Shares in BP fell sharply on Monday morning.\n\nIts profits rose by 5% to pounds 3bn in 2004.\n")
    edits = resolve(index, 1).edits
    assert edits == [(0, 3, "BP's")]


def test_a_quotation_its_speaker_opens_is_closed_at_the_end_of_the_sentence():
    text = "General secretary Brendan Barber said: \"It shouldn't be a firing offence to object to unsafe work."
    assert closed_quotation(text) == (len(text), len(text), '"')
    assert closed_quotation("\"It shouldn't be a firing offence to object to unsafe work, he said.") is None
    assert closed_quotation('Mr Barber called for a system that "protects whistleblowers.') is None


def test_roles_before_and_after_a_name_become_who_questions_dated_by_their_sentence():
    assert article_roles(index_of(TUC)) == {}  # no year says when they held the roles
    dated = TUC.replace("General secretary Brendan Barber said:", "In 2004, general secretary Brendan Barber said:")
    dated = dated.replace("which conducted the research, said:", "which conducted the research in 2004, said:")
    roles = set(article_roles(index_of(dated)).values())
    assert "Who was the editor of union-backed Hazards magazine in 2004?" in roles
    assert "Who was the TUC general secretary in 2004?" in roles


def test_a_role_many_people_hold_or_an_indefinite_one_is_not_asked():
    text = (
        "Dr John Kelly, IBM senior vice president, said the move was right.\n\n"
        "Jane Smith, a spokeswoman for the company, said it would not comment on the plan.\n"
    )
    assert article_roles(index_of(text)) == {}


def test_one_role_held_by_two_people_is_not_asked():
    text = (
        "Newcastle boss Graeme Souness wants a new striker this summer.\n\n"
        "Newcastle boss Alan Shearer wanted a new striker last summer.\n"
    )
    assert article_roles(index_of(text)) == {}


def test_the_same_fact_in_two_sentences_is_one_fact():
    a = content_stems(
        "The Health and Safety Executive said it was trying to get workers more involved in making workplaces safer.",
        "Health and Safety Executive",
    )
    b = content_stems(
        "The Health and Safety Executive said it launched an initiative to make offices safer, with worker involvement.",
        "Health and Safety Executive",
    )
    c = content_stems(
        "The Health and Safety Executive fined BP pounds 3m for a refinery fire.", "Health and Safety Executive"
    )
    assert same_fact(a, b)
    assert not same_fact(a, c)


def test_the_article_keeps_its_numbers_and_leaves_out_its_speakers():
    generated = generate_text(TUC, "tuc.txt", max_cards=30)
    answers = {card.answer_text() for card in generated.deck.cards}
    prompts = " ".join(card.prompt() for card in generated.deck.cards)
    assert "1,500" in answers or "1999" in answers
    # both people only supply quotations: who said it, or which role they hold, is a side detail
    assert "Rory O' Neill" not in answers and "Who is the editor of union-backed Hazards magazine?" not in prompts
    assert "Brendan Barber" not in answers
    assert "It said" not in prompts


def test_an_answer_inside_a_reported_clause_is_asked_according_to_its_speaker():
    from quizgen.generate.entities import sentence_mentions
    from quizgen.generate.questions import make_question

    sentence = (
        'The TUC said data from tribunals suggested 1,500 "safety whistleblowers" had lost their jobs since 1999.'
    )
    tokens = tag(sentence)
    number = next(m for m in sentence_mentions(sentence, tokens) if m.text == "1,500")
    assert number.unit == "safety whistleblowers"
    question = make_question(tokens, number)
    assert question is not None and question.startswith("How many safety whistleblowers")
    assert question.endswith(", according to the TUC?") and "1,500" not in question


def test_titled_names_parties_and_rare_names_are_askable():
    from quizgen.generate.candidates import plan_article

    text = (
        "Mr Blair said the bill had time limiting safeguards already.\n\n"
        "The Tories want judicial oversight of all control orders.\n\n"
        "However, analysts believe Boeing may yet face civil charges arising from the scandal.\n\n"
        "Cairn's shares have jumped by almost 400% this year.\n"
    )
    plans = plan_article(index_of(text))
    assert [p.skip for p in plans] == [None, None, None, None]


def test_definitions_from_appositives_and_so_called_terms_but_not_abbreviations():
    from quizgen.generate.terms import definitions

    text = (
        "Carsten Fritsch, a strategist at Commerzbank, said the dollar would fall.\n\n"
        'Among the new initiatives are the so-called "one-euro jobs" which top up unemployment benefit.\n\n'
        "The tax is paid by India's state-run Oil & Natural Gas Corp (ONGC) and not the contractor.\n"
    )
    found = {(d.front, d.definition) for row in index_of(text).sentences for d in definitions(row)}
    assert ("Who is Carsten Fritsch?", "a strategist at Commerzbank") in found
    assert ('What are the so-called "one-euro jobs"?', "Jobs which top up unemployment benefit") in found
    assert not any("ONGC" in front for front, _ in found), "an acronym's expansion is not worth a card"


def test_a_quoted_new_term_described_by_which_is_defined_but_a_quoted_remark_is_not():
    from quizgen.generate.terms import definitions

    text = (
        'The bill proposes "harbour orders", which could mean curfews or bans on sailing at night.\n\n'
        'The board cited the "basic principle" that people should be heard first.\n\n'
        'The captain said "We are lost," which was in Dutch.\n'
    )
    found = {(d.front, d.definition) for row in index_of(text).sentences for d in definitions(row)}
    assert found == {("What are harbour orders?", "Orders which could mean curfews or bans on sailing at night")}


def test_a_definition_that_repeats_its_term_or_only_labels_a_name_gives_no_card():
    from quizgen.generate.terms import definitions

    text = (
        "The property of being prime is called primality.\n\n"
        "Shares in Brennan Oil, a UK oil firm, fell sharply.\n\n"
        "Pons Aelius, a Roman fort and bridge across the River Tyne, was built in 122.\n"
    )
    found = {(d.front, d.definition) for row in index_of(text).sentences for d in definitions(row)}
    assert not any("primality" in front for front, _ in found), "the definition repeats 'prime'"
    assert not any("Brennan Oil" in front for front, _ in found), "a bare label tells nothing about the firm"
    assert ("What is Pons Aelius?", "a Roman fort and bridge across the River Tyne") in found
    leaning = "The Corn Exchange replaced an earlier hall originally built in 1790 called the Wool Hall.\n"
    fronts = {d.front for row in index_of(leaning).sentences for d in definitions(row)}
    assert "What is the Wool Hall?" not in fronts, "'an earlier hall' is earlier than the Corn Exchange, unnamed"


def test_a_place_known_by_a_name_gives_no_definition_but_a_term_does():
    from quizgen.generate.terms import definitions

    text = (
        "The settlers were offered land at the abandoned Monacan village known as Manakin Town, in Virginia.\n\n"
        "Checking every divisor up to the square root is a slow method known as trial division.\n"
    )
    fronts = {d.front for row in index_of(text).sentences for d in definitions(row)}
    assert "What is Manakin Town?" not in fronts, "'the village' says where, not what the name means"
    assert "What is trial division?" in fronts


def test_a_definition_needs_a_noun_phrase_and_a_whole_definition():
    from quizgen.generate.terms import definitions

    text = (
        "Legendre's conjecture states that there is a prime number between two consecutive squares.\n\n"
        "A prime number is a natural number greater than 1 that has no positive divisors other than 1 and itself.\n"
    )
    found = {(d.front, d.definition) for row in index_of(text).sentences for d in definitions(row)}
    assert not any("states" in front for front, _ in found)
    assert (
        "What is a prime number?",
        "a natural number greater than 1 that has no positive divisors other than 1 and itself",
    ) in found


def test_a_term_named_after_its_description_is_defined_but_not_a_reference():
    from quizgen.generate.terms import definitions

    text = (
        "A whole number greater than 1 that is not a prime number is called a composite number.\n\n"
        "The study of the sounds of a language is called phonology.\n\n"
        "The entire conflict is known as the Seven Years' War.\n"
    )
    found = {(d.front, d.definition) for row in index_of(text).sentences for d in definitions(row)}
    assert ("What is a composite number?", "A whole number greater than 1 that is not a prime number") in found
    assert ("What is phonology?", "The study of the sounds of a language") in found
    assert not any("Seven Years" in front for front, _ in found), "'The entire conflict': which one?"


def test_a_company_named_like_a_person_is_an_organisation():
    text = (
        "Laura Ashley, which is due to issue its next trading statement, has been hit by poor sales.\n\n"
        "Laura Ashley was founded by its late namesake in Kent in 1955.\n"
    )
    kinds = {m.kind for row in index_of(text).sentences for m in row.mentions if m.text == "Laura Ashley"}
    assert kinds == {"org"}


def test_the_company_names_the_previous_organisation_and_an_event_noun_points_back():
    index = index_of(
        "Cairn Energy drills in India.\n\nCairn Energy drills in Nepal.\n\nShares in Cairn Energy fell by 18% on Friday.\n\n"
        "The company said tests had shown no finds in one of its oil fields.\n\n"
        "The deployment would involve troops from the 2nd Battalion Royal Gurkha Rifles.\n"
    )
    assert resolve(index, 3).edits[0][2] == "Cairn Energy"
    assert resolve(index, 4).problem is not None


def test_a_common_noun_answer_must_be_a_term_of_the_article():
    from quizgen.generate.candidates import plan_article

    text = (
        "But officials said stagnant growth was still stifling the job market in Germany.\n\n"
        'The bill would protect "safety whistleblowers" in Britain.\n'
    )
    answers = {f.mention.text for plan in plan_article(index_of(text)) for f in plan.facts}
    assert "stagnant growth" not in answers and "safety whistleblowers" in answers


def test_the_move_without_an_earlier_mention_cannot_stand_alone():
    index = index_of(
        "IBM will release 500 patents to open-source developers.\n\n"
        "Stuart Cohen, chief executive of OSDL, said the move could change the way companies deal with patents.\n"
    )
    assert resolve(index, 1).problem == "'the move' refers to another sentence"


def test_an_initial_is_part_of_a_longer_name_and_run_on_sentences_are_skipped():
    from quizgen.generate.candidates import plan_article

    text = (
        "In a statement, Dr John E. Kelly of IBM said the patents were worth pounds 10m.\n\n"
        "Qantas sought a tie-up with Air New Zealand last year However, it was thrown out by a court in 2004.\n"
    )
    plans = plan_article(index_of(text))
    assert "John E" not in {f.mention.text for f in plans[0].facts}
    assert plans[1].skip == "two sentences run together (a full stop is missing)"


def test_a_name_before_a_common_noun_is_not_a_person():
    from quizgen.generate.entities import sentence_mentions

    sentence = "Students wore a Beatle wig and Sgt Pepper jacket in a Scooby Doo-style van near Tony Blair."
    kinds = {m.text: m.kind for m in sentence_mentions(sentence, tag(sentence))}
    assert kinds["Sgt Pepper"] != "person" and kinds["Scooby Doo-style"] != "person"
    assert kinds["Tony Blair"] == "person"


def test_the_company_is_only_the_organisation_the_article_is_about():
    index = index_of(
        "Cairn Energy shares fell 18%.\n\nCairn Energy warned on tax.\n\nCairn Energy has fields in India.\n\n"
        "An analyst at ING said the news was poor for investors.\n\n"
        "The company raised targets for its fields in India to 100,000 barrels a day.\n"
    )
    assert all(edit[2] != "ING" for edit in resolve(index, 4).edits)


def test_a_long_definition_of_a_field_is_a_term_card_and_a_pointing_that_opens_none():
    from quizgen.generate.terms import definitions

    text = (
        "Coastal harbour theory is a branch of the theory of coasts in marine engineering that focuses on "
        "classifying harbour basins according to their inherent stillness, and relating those classes to each other.\n\n"
        "Brennan's conjecture is a strengthening of that conjecture, it states that every harbour has two basins.\n"
    )
    found = {(d.front, d.definition) for row in index_of(text).sentences for d in definitions(row)}
    assert "What is coastal harbour theory?" in {front for front, _ in found}
    assert not any("Brennan" in front for front, _ in found), "'that conjecture' points back; no clause opens"
