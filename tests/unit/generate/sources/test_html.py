"""Saved web pages: the article's text comes out, the page's menus, banners, comments and footers do not.

The pages in tests/data/pages are written with the markup their kind of site uses: a news article
(cookie banner, section menus, a related-links box inside the body, a newsletter form, comments,
'most viewed' and a footer), a Wikipedia article (MediaWiki's menus, fund-raising notice, infobox,
[edit] links, citation marks, references, navbox and categories) and a WordPress blog post (menu,
author box, related posts, threaded comments, sidebar widgets). Every boilerplate part states a fact
of its own, as such parts do, so a card made from one would be a card about the wrong thing.
"""

from __future__ import annotations

import pytest
from repo_paths import REPO

from quizgen.errors import GenerateError
from quizgen.generate import explain, generate_deck
from quizgen.generate.sources import from_bytes, read_source
from quizgen.generate.sources.html import html_article

PAGES = REPO / "tests" / "data" / "pages"

BODY = {
    "news": [
        "water level at Kaub fell to 38 centimetres",
        "Freight rates for a barge from Rotterdam to Basel rose to 94 euros",
        "The German energy company Uniper warned",
        "Germany's weather service reported that July had been the driest month",
        "In 2018, a similar drought pushed the Kaub gauge down to 25 centimetres",
    ],
    "wiki": [
        "It was built in 105 by the architect Apollodorus of Damascus",
        "Trajan fought two wars against the Dacian king Decebalus",
        "The bridge was 1,135 metres long and 15 metres wide.",
        "In 1906, the Danube Commission decided to destroy two of the piers",
        "In 1982, Serbian archaeologists found that only twelve piers remained",
    ],
    "blog": [
        "King Charles II founded the observatory in 1675",
        "John Flamsteed was appointed as the first Astronomer Royal in 1675.",
        "The International Meridian Conference chose the Greenwich meridian",
        "Harrison received most of the money only in 1773",
    ],
}
"""Sentences of each page's article."""
BOILERPLATE = {
    "news": [
        "842 partners",  # cookie banner
        "Storm Lorna",  # breaking-news ticker
        "Skip to main content",
        "Venice flooding reached 187 centimetres",  # related links inside the body
        "Sign up to Business Today",  # newsletter box
        "Photograph: Thomas Frey",  # caption
        "Switzerland rations water",  # more on this story
        "Port of Rotterdam from 1987",  # comment
        "Remagen",  # comment
        "Prince of Wales",  # most viewed
        "founded in Manchester in 1821",  # footer
        "company number 908396",  # footer
    ],
    "wiki": [
        "7.5 million readers",  # fund-raising notice
        "Main page",  # menu
        "From Wikipedia, the free encyclopedia",
        "For the bridge in Spain",  # hatnote
        "Rudolf Goebel",  # infobox
        "[edit]",
        "[1]",
        "O'Connor, Colin",  # references
        "Pons Fabricius",  # navbox
        "Bridges over the Danube",  # categories
        "last edited on 2 December 2023",  # footer
        "St. Petersburg, Florida",  # footer
    ],
    "blog": [
        "Notes from the Staff Room",  # site title
        "School trips",  # menu, categories
        "Aarhus Cathedral School",  # author box
        "Pluto lost its planet status",  # related posts
        "Jodrell Bank",  # comment
        "Bernard Lovell",  # reply
        "Cutty Sark",  # comment
        "Leave a comment",
        "Niels Bohr",  # sidebar
        "Matt Mullenweg",  # footer
        "Planning for the eclipse",  # post navigation
    ],
}
"""Text of each page that is not its article, each stating a fact of its own."""


@pytest.fixture(scope="module", params=sorted(BODY))
def page(request: pytest.FixtureRequest) -> tuple[str, object]:
    return request.param, read_source(str(PAGES / f"{request.param}.html"))


def test_the_article_text_is_extracted_without_the_boilerplate(page):
    name, article = page
    for sentence in BODY[name]:
        assert sentence in article.text, sentence
    for junk in BOILERPLATE[name]:
        assert junk not in article.text, junk


def test_the_cards_come_from_the_article_body_only(page):
    name, article = page
    generated = generate_deck(article)
    cards = generated.data["cards"]
    assert len(cards) >= 4
    paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
    for card in cards:
        sentence = card["source"]["sentence"]
        assert article.text[card["source"]["start"] : card["source"]["end"]] == sentence
        assert any(sentence in p for p in paragraphs)
        for junk in BOILERPLATE[name]:
            assert junk not in sentence
    asked = " ".join(card["source"]["sentence"] for card in cards)
    assert sum(any(part in asked for part in (s[:30],)) for s in BODY[name]) >= 1  # the body is asked


def test_headings_are_kept_in_the_text_but_are_never_sentences():
    article = read_source(str(PAGES / "blog.html"))
    assert "\n\nHow did the observatory begin?\n\n" in article.text  # a question, and a heading
    generated = generate_deck(article)
    assert all("How did the observatory begin" not in plan.row.sentence.text for plan in generated.plans)
    assert "line 3: skipped, heading: How did the observatory begin?" in explain(article, generated)


def test_the_page_gives_the_deck_its_title_author_and_date():
    news = generate_deck(read_source(str(PAGES / "news.html"))).data
    assert news["title"] == "Rhine cargo ships carry half loads as river falls to record low"
    assert news["source"]["author"] == "Helena Vogt" and news["source"]["date"] == "2023-08-15"
    assert news["source"]["file"] == "news.html" and news["id"] == "news"
    wiki = generate_deck(read_source(str(PAGES / "wiki.html"))).data
    assert wiki["title"] == "Trajan's Bridge"  # not "Trajan's Bridge - Wikipedia"
    blog = generate_deck(read_source(str(PAGES / "blog.html"), title="Greenwich trip")).data
    assert blog["title"] == blog["source"]["title"] == "Greenwich trip"
    assert blog["source"]["author"] == "Clara Jensen"


def test_wikipedia_citation_marks_are_removed_between_sentences():
    text = read_source(str(PAGES / "wiki.html")).text
    assert "east of the Iron Gates. It was built in 105" in text
    assert "the second war.\n" in text


def test_explain_names_the_extractor_and_what_it_removed():
    article = read_source(str(PAGES / "news.html"))
    first = explain(article, generate_deck(article))[0]
    assert first.startswith("extracted the text of the web page with trafilatura ")
    removed = article.extraction.found - article.extraction.kept
    assert f"removed {removed:,} characters of boilerplate" in first and removed > 1000


def test_a_page_with_no_main_text_is_an_error_naming_it():
    page = (
        "<!doctype html><html><head><title>Home</title></head><body>"
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
        "<div class='cookie-banner'>We use cookies. Accept all cookies.</div>"
        "<footer><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></footer></body></html>"
    )
    with pytest.raises(GenerateError, match=r"^home\.html: no main text found in the page"):
        html_article(page.encode(), "home.html")


def test_a_page_in_another_language_is_refused():
    page = (
        "<html lang='fr'><body><article><h1>Le Danube</h1>"
        + "<p>Le Danube est le deuxième plus long fleuve d'Europe et il traverse dix pays de la source à la mer.</p>"
        * 4
        + "</article></body></html>"
    )
    with pytest.raises(GenerateError, match="fr.html: does not look like English"):
        from_bytes(page.encode(), "fr.html", "html")


def test_html_is_recognised_by_its_content_whatever_the_file_is_called(tmp_path):
    saved = tmp_path / "article.txt"
    saved.write_bytes((PAGES / "news.html").read_bytes())
    article = read_source(str(saved))
    assert article.extraction is not None and "Kaub" in article.text and "842 partners" not in article.text
