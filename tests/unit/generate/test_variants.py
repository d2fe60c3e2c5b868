"""Typed answers accept a surname, digits for number words and words for digits."""

from __future__ import annotations

import pytest

from quizgen.generate.variants import answer_variants, number_variants


@pytest.mark.parametrize(
    ("answer", "kind", "expected"),
    [
        ("Kasym-Žomart Tokaev", "person", ["Tokaev"]),
        ("Madonna", "person", []),
        ("five", "number", ["5"]),
        ("twenty-one", "number", ["21"]),
        ("12", "number", ["twelve"]),
        ("3 million", "number", ["three million", "3m"]),
        ("1997", "year", []),
    ],
)
def test_variants(answer: str, kind: str, expected: list[str]) -> None:
    assert answer_variants(answer, kind) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Conservatives", {"Tories", "Conservative Party"}),
        ("Tories", {"Conservatives"}),
        ("Lib Dems", {"Liberal Democrats"}),
        ("the BBC", {"BBC"}),
    ],
)
def test_a_party_is_accepted_by_its_other_names(answer: str, expected: set[str]) -> None:
    found = answer_variants(answer, "org")
    assert expected <= set(found) and answer not in found


def test_an_organisation_without_other_names_has_none() -> None:
    assert answer_variants("Boeing", "org") == []


def test_a_name_and_the_abbreviation_the_text_gives_it_are_each_others_variant():
    from quizgen.generate.variants import abbreviations

    found = abbreviations("The United Nations (UN) and the General Pharmaceutical Council (GPhC) met.")
    assert found["UN"] == "United Nations" and found["United Nations"] == "UN"
    assert found["GPhC"] == "General Pharmaceutical Council"
    assert "Nations" not in found.values()


def test_an_answer_accepts_its_expansion_when_the_article_gives_it():
    from quizgen.generate.candidates import plan_article
    from quizgen.generate.index import analyse
    from quizgen.generate.split import split_article
    from quizgen.generate.text import article_from_text

    text = (
        "The United Nations (UN) sent 4,000 peacekeepers to the region in 2014 after the ceasefire failed.\n\n"
        "Later the government of Mali asked the UN to withdraw its troops within a year.\n"
    )
    sentences, _ = split_article(article_from_text(text, "t.txt"))
    facts = [f for plan in plan_article(analyse(sentences)) for f in plan.facts if f.mention.text.endswith("UN")]
    assert facts and all("United Nations" in f.accept for f in facts)


@pytest.mark.parametrize(
    ("answer", "kind", "expected"),
    [
        ("26%", "percent", ["26 percent", "26 per cent"]),
        ("7 per cent", "percent", ["7%", "7 percent"]),
        ("$1.5bn", "money", ["$1.5 billion"]),
        ("£7,000", "money", ["£7000"]),
        ("7,000", "number", ["seven thousand", "7000"]),
        ("Martin Luther King Jr.", "person", ["King"]),
    ],
)
def test_figures_and_names_accept_their_usual_other_forms(answer: str, kind: str, expected: list[str]) -> None:
    assert answer_variants(answer, kind) == expected


def test_a_well_known_body_accepts_its_abbreviation_without_the_article_spelling_it_out() -> None:
    assert "United Nations" in answer_variants("UN", "org")
    assert "UN" in answer_variants("United Nations", "org")
    assert "EU" in answer_variants("European Union", "org")


def test_a_round_figure_of_millions_is_accepted_as_a_student_writes_it() -> None:
    assert {"7 million", "7m", "seven million"} <= set(number_variants("7,000,000"))
    assert {"2.7 million", "2.7m"} <= set(number_variants("2,700,000"))
    assert {"3 billion", "3bn", "three billion"} <= set(number_variants("3000000000"))
    assert not any("million" in v for v in number_variants("1,345,596"))  # not a round figure


def test_a_full_date_is_accepted_in_the_other_usual_orders() -> None:
    assert set(answer_variants("8 February 2007", "date")) == {
        "February 8, 2007",
        "8 Feb 2007",
        "Feb 8, 2007",
        "2007-02-08",
    }
    assert "14 March 1999" in answer_variants("March 14, 1999", "date")
    assert answer_variants("May 2002", "date") == []


def test_an_assembly_or_a_court_is_accepted_without_its_place() -> None:
    assert answer_variants("Virginia General Assembly", "org") == ["General Assembly"]
    assert answer_variants("Florida Supreme Court", "org") == ["Supreme Court"]
    assert answer_variants("Scottish National Party", "org") == []  # the National Party is another party
    assert answer_variants("Berlin Film Festival", "name") == []


def test_a_place_named_with_its_kind_is_accepted_without_it() -> None:
    assert answer_variants("Belmarsh Prison", "place") == ["Belmarsh"]
    assert answer_variants("Heathrow Airport", "org") == ["Heathrow"]
    assert answer_variants("Central Station", "place") == []  # 'Central' alone names nothing
    assert answer_variants("Tower Bridge", "place") == []


def test_an_ordinal_role_has_no_surname_variant():
    from quizgen.generate.variants import person_variants

    assert person_variants("Ninth Doctor") == []
    assert person_variants("Joe Biden") == ["Biden"]
