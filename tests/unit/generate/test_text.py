"""Reading articles, dropping boilerplate and splitting sentences keep exact offsets."""

from quizgen.generate.boilerplate import classify, paragraphs
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text, read_article


def test_markdown_syntax_is_removed_and_offsets_point_into_the_original():
    text = "# Title here\n\nThe **Vistula** flows through [Warsaw](https://x.pl) in *Poland*.\n"
    article = article_from_text(text, "a.md", markdown=True)
    assert "**" not in article.plain and "](" not in article.plain and "#" not in article.plain
    start = article.plain.index("Vistula")
    a, b = article.span(start, start + len("Vistula"))
    assert text[a:b] == "Vistula"
    w = article.plain.index("Warsaw")
    assert text[slice(*article.span(w, w + 6))] == "Warsaw"


def test_plain_text_is_kept_as_is(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Line one is here.\nLine two.\n", encoding="utf-8")
    article = read_article(path)
    assert article.plain == article.text and article.index is None


def test_photo_credits_bylines_and_read_more_lines_are_boilerplate():
    for line in (
        "C5+1 Multilateral Meeting in New York City by U.S. Department of State / Flickr",
        "Photo: Jane Doe/Reuters",
        "Read more: how the vote works",
        "By John Smith",
    ):
        assert classify(line, 0).skip, line
    assert classify("Tony Blair has rejected a Conservative offer on Monday.", 0).skip is None


def test_a_byline_prefix_is_stripped_and_the_sentence_kept():
    line = "CV NEWS FEED // As the vote nears, Kazakhstan watches the race."
    para = classify(line, 10)
    assert para.skip is None and para.stripped == "CV NEWS FEED //"
    assert line[para.start - 10 :].startswith("As the vote nears")


def test_a_dateline_is_stripped():
    line = "LONDON (Reuters) - The Bank of England raised rates to 5% on Thursday."
    para = classify(line, 0)
    assert line[para.start :].startswith("The Bank of England")


def test_the_first_short_line_is_a_headline():
    lines = paragraphs("Blair rejects Tory terror offer\n\nTony Blair has rejected an offer.")
    assert lines[0].skip == "headline"


def test_sentences_carry_offsets_into_the_article():
    text = "Headline here\n\nThe first sentence is here. The U.S. met Kazakhstan in 2023.\nA third line follows now."
    sentences, _ = split_article(article_from_text(text))
    assert len(sentences) == 3
    for s in sentences:
        assert text[s.start : s.end] == s.text


def test_markdown_headings_are_never_sentences_even_as_questions():
    from quizgen.generate import generate_deck

    text = (
        "# The Danube\n\n## Why did the Romans build a bridge at Drobeta in 105?\n\n"
        "Emperor Trajan built a stone bridge across the Danube at Drobeta in 105. "
        "The architect Apollodorus of Damascus designed it for the Roman army.\n"
    )
    article = article_from_text(text, "danube.md", markdown=True)
    assert len(article.headings) == 2
    lines = paragraphs(article.plain, article.headings)
    assert [line.skip for line in lines if line.skip != "blank line"] == ["headline", "heading", None]
    sentences, _ = split_article(article)
    assert all("Why did" not in s.text for s in sentences)
    assert generate_deck(article).data["title"] == "The Danube"


def test_an_articles_name_makes_its_deck_id():
    from quizgen.generate.deck import deck_id
    from quizgen.generate.text import STDIN, Article

    def name(path, **source):
        return deck_id(Article(path, "x", "x", source=source, title="The Danube: a river of capitals").name)

    assert name("notes/danube.v2.txt") == "danube-v2"
    assert (
        name("https://x.org/wiki/Trajan%27s_Bridge", url="https://en.wikipedia.org/wiki/Trajan%27s_Bridge")
        == "trajan-s-bridge"
    )
    assert name("u", url="https://example.com/news/2024/rhine-floods.html?utm=1#top") == "rhine-floods"
    assert name("u", url="https://example.com/") == "example-com"
    assert name(STDIN) == "the-danube-a-river-of-capitals"  # its first six words
