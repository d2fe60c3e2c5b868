"""'the network': the article's subject by a class noun the article itself gives it, and only when certain."""

from __future__ import annotations

from generate_support import candidate

from quizgen.generate import gates
from quizgen.generate.coref import resolve
from quizgen.generate.edits import apply_edits
from quizgen.generate.index import analyse
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text
from tests.unit.generate.test_coref import resolved as resolved_story
from tests.unit.generate.test_subject import resolved

LEAD = "The Danish Broadcasting Network (DBN) is a Danish commercial television network based in Aarhus.\n\n"


def test_the_class_noun_of_the_lead_definition_is_the_subject() -> None:
    article = LEAD + "In 1998, the network began using a new yellow logo designed by Anna Holm.\n"
    assert resolved("Danish Broadcasting Network", article, 1) == (
        "In 1998, the Danish Broadcasting Network began using a new yellow logo designed by Anna Holm."
    )


def test_an_opening_class_noun_is_the_subject() -> None:
    article = LEAD + "The network hired the Oslo design studio Kvist to design its 2001 identity.\n"
    assert resolved("Danish Broadcasting Network", article, 1) == (
        "The Danish Broadcasting Network hired the Oslo design studio Kvist to design its 2001 identity."
    )


def test_another_network_named_just_before_leaves_the_class_noun_unresolved() -> None:
    article = LEAD + (
        "In 1990, DBN proposed a merger with the Baltic Television Network.\n\n"
        "After the merger, the network would have been renamed in 1991.\n"
    )
    assert "Danish Broadcasting" not in str(resolved("Danish Broadcasting Network", article, 2))


def test_an_owner_named_just_before_leaves_the_class_noun_unresolved() -> None:
    article = (
        "The Danish Broadcasting Network (DBN) is a Danish television network owned by Nordic Media.\n\n"
        "In 1998, the network began using a new yellow logo.\n"
    )
    assert "Danish Broadcasting" not in str(resolved("Danish Broadcasting Network", article, 1))


def test_rival_networks_in_the_sentence_before_leave_the_class_noun_as_written() -> None:
    article = LEAD + "By 1980, the three networks held 90% of viewers.\n\nIn 1981, the network began a new series.\n"
    assert "Danish Broadcasting" not in str(resolved("Danish Broadcasting Network", article, 2))


def test_without_a_definition_the_class_noun_is_not_rewritten() -> None:
    article = "DMH launched a new logo in 1998.\n\nIn 1999, the network began using it on screen.\n"
    assert "Danish" not in str(resolved("Danish Media House", article, 1))


def test_a_name_that_says_its_class_defines_it() -> None:
    article = "The Danish Broadcasting Company launched a new logo in 1998.\n\nIn 1999, the network began using it.\n"
    assert resolved("Danish Broadcasting Company", article, 1) == (
        "In 1999, the Danish Broadcasting Company began using it."
    )


def test_a_thing_named_after_the_subject_is_no_rival() -> None:
    article = (
        "NBC, a Danish television network, moved its studios to Copenhagen in 1995.\n\n"
        'In 1998, the network began using a small "NBC Circle" logo designed by Anna Holm.\n'
    )
    assert resolved("NBC brings back its circle logo", article, 1) == (
        'In 1998, NBC began using a small "NBC Circle" logo designed by Anna Holm.'
    )


def test_a_noun_before_the_name_gives_its_class() -> None:
    article = (
        "Danish airline Nordair could cut 700 jobs in 2005. Nordair said costs rose 8% in 2004. "
        "Nordair staff are based in Aarhus. Unions said the airline had not consulted them in 2004.\n"
    )
    assert resolved_story(article, 3) == "Unions said Nordair had not consulted them in 2004."


def test_a_newspaper_named_beside_the_carrier_is_no_carrier() -> None:
    article = (
        "Danish airline Nordair could cut 700 jobs in 2005. Nordair said costs rose 8% in 2004. "
        "Nordair staff are based in Aarhus. "
        "Chief executive Karl Lund was quoted by the Politiken newspaper as saying the carrier could not wait.\n"
    )
    assert resolved_story(article, 3) == (
        "Chief executive Karl Lund was quoted by the Politiken newspaper as saying Nordair could not wait."
    )


def test_another_airline_named_beside_the_carrier_keeps_it_unnamed() -> None:
    article = (
        "Danish airline Nordair could cut 700 jobs in 2005. Nordair said costs rose 8% in 2004. "
        "Nordair staff are based in Aarhus. Lufthansa said in 2004 that the carrier could not wait.\n"
    )
    assert "Nordair could" not in str(resolved_story(article, 3))


def test_the_rate_after_the_unemployment_of_its_own_sentence_needs_no_other_sentence() -> None:
    text = "The brunt of the unemployment is felt in the north of Norway, where the rate is 12.5%."
    assert gates.unnamed_reference_in_stem(candidate(text, "12.5%")) is None


def test_the_rate_with_nothing_before_it_is_unnamed() -> None:
    text = "In the north of Norway, the rate is now 12.5% after a hard winter."
    assert gates.unnamed_reference_in_stem(candidate(text, "12.5%"))


def test_those_years_after_the_years_of_its_own_sentence_are_named() -> None:
    text = "Floods struck Bergen in 1601, 1622 and 1650, cutting its trade by half during those years."
    assert gates.unnamed_reference_in_stem(candidate(text, "Bergen")) is None


def test_a_participle_clause_after_the_answer_is_no_list() -> None:
    text = "In 2023, the five Nordic premiers met with President Anna Berg, mainly discussing energy and the trade."
    assert gates.coordinated_with_its_kind(candidate(text, "Anna Berg")) is None


def test_a_list_after_the_answer_is_still_a_list() -> None:
    text = "In 2023, the premiers met Anna Berg, Tom Reyes and Lena Kask in Oslo to discuss energy policy."
    assert gates.coordinated_with_its_kind(candidate(text, "Anna Berg"))


def test_the_company_is_the_organisation_its_headline_names() -> None:
    text = (
        "The Danish Ports Authority said in 2004 it would expand Aarhus. The Danish Ports Authority said the "
        "Harbour Plan was sound. The Harbour Plan was published in 2003. The Danish Ports Authority wrote to the "
        "Harbour Plan board in 2004. Critics said the Harbour Plan ignored noise. At Aarhus, the Danish Ports "
        "Authority said it was consulting in 2004. At Aalborg, the company has written to homes near the quay.\n"
    )
    sentences, _ = split_article(article_from_text(text))
    index = analyse(sentences)
    assert "Authority" not in apply_edits(sentences[6].text, resolve(index, 6).edits)  # no headline: not certain
    index.headline = "Danish Ports Authority support ahead of harbour battle"
    assert "At Aalborg, Danish Ports Authority has written" in apply_edits(sentences[6].text, resolve(index, 6).edits)
