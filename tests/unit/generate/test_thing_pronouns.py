"""'it', 'its' and 'the company': the organisation the article is about, named only when certain."""

from tests.unit.generate.test_coref import resolved

QANTAS = (
    "Qantas plans to move 400 jobs to Asia in 2005. Qantas said the move would save pounds 10m. "
    "Unions said Qantas had not consulted them on the plan. "
)


def test_it_after_a_sentence_whose_subject_is_the_organisation_is_the_organisation():
    article = (
        QANTAS + "In a statement, Qantas said costs had risen in 2004. However, it stressed jobs in Sydney were safe.\n"
    )
    assert resolved(article, 4) == "However, Qantas stressed jobs in Sydney were safe."


def test_its_after_a_subject_with_a_relative_clause_is_the_organisation():
    article = (
        QANTAS
        + "Qantas, which listed on the Australian Stock Exchange in 1995, is owned by investors. "
        + "In 1997, its shares traded above 150p.\n"
    )
    assert resolved(article, 4) == "In 1997, Qantas's shares traded above 150p."


def test_it_stays_unresolved_when_the_subject_before_is_another_organisation():
    article = QANTAS + "Virgin Blue said costs had risen in 2004. However, it stressed jobs in Sydney were safe.\n"
    assert resolved(article, 4) is None


def test_it_stays_unresolved_when_the_sentence_before_names_another_organisation_beside_it():
    article = QANTAS + "Qantas said Virgin Blue had cut fares in 2004. However, it stressed jobs in Sydney were safe.\n"
    assert resolved(article, 4) is None


def test_its_after_the_company_of_the_sentence_before_is_the_organisation():
    article = (
        "Cairn said it had found oil in India in 2004. Cairn shares rose 5% on the news. "
        "Analysts expect Cairn to pump 80,000 barrels a day. The delays hurt targets for Cairn's fields. "
        "The company lifted output goals for its Rava and Bhagyam wells in 2005. "
        "Its Rava well is its largest discovery so far.\n"
    )
    assert resolved(article, 4) == "Cairn lifted output goals for its Rava and Bhagyam wells in 2005."
    assert resolved(article, 5) == "Cairn's Rava well is its largest discovery so far."
