"""Any bytes given as a web page, a PDF or standard input give an article or a one-line GenerateError.

And what the readers promise holds for any input: a web page's paragraphs come out whole and in
order, whatever boilerplate surrounds them; a line-end hyphen never loses a letter.
"""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizgen.errors import GenerateError
from quizgen.generate.sources import kind_of, read_source
from quizgen.generate.sources.html import html_article
from quizgen.generate.sources.pdf import _join, pdf_article

SENTENCES = [
    "The Danube flows for about 2,850 kilometres to the Black Sea.",
    "Vienna became the seat of the Habsburg monarchy in the 13th century.",
    "Budapest was formed in 1873, when Buda and Pest were joined into one city.",
    "Emperor Trajan built a stone bridge across the river in 105.",
    "Johann Strauss II wrote the waltz The Blue Danube in 1866.",
    "The Danube Commission was set up in 1948 to oversee navigation on the river.",
    "The delta of the Danube lies mostly in Romania, with a smaller part in Ukraine.",
    "A large dam was completed at the Iron Gates in 1972, producing electricity for both countries.",
]
BOILERPLATE = [
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul></nav>",
    "<div class='cookie-banner'>We use cookies to improve your experience. Accept all cookies.</div>",
    "<aside class='related'><h3>Related</h3><ul><li><a href='/a'>Flooding in Venice</a></li></ul></aside>",
    "<footer><p>Copyright 2024 Example Media Ltd. All rights reserved.</p></footer>",
    "<section id='comments'><h3>Comments</h3><div class='comment'><p>Great read, thanks!</p></div></section>",
]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _one_line(error: GenerateError) -> bool:
    return "\n" not in str(error) and 0 < len(str(error)) < 400


@SETTINGS
@given(st.binary(max_size=4000))
def test_any_bytes_as_a_web_page_give_an_article_or_a_clear_error(data):
    try:
        html_article(data, "page.html")
    except GenerateError as error:
        assert _one_line(error) and str(error).startswith("page.html: ")


@SETTINGS
@given(st.binary(max_size=4000).map(lambda tail: b"%PDF-1.7\n" + tail))
def test_any_bytes_as_a_pdf_give_a_clear_error(data):
    try:
        pdf_article(data, "handout.pdf")
    except GenerateError as error:
        assert _one_line(error) and str(error).startswith("handout.pdf: ")


@SETTINGS
@given(st.binary(max_size=3000))
def test_any_standard_input_gives_an_article_or_a_clear_error(data):
    assert kind_of(data) in ("pdf", "html", "text")
    try:
        read_source("-", stdin=io.BytesIO(data))
    except GenerateError as error:
        assert _one_line(error) and str(error).startswith("<stdin>: ")


@SETTINGS
@given(
    st.permutations(SENTENCES),
    st.lists(st.integers(1, 3), min_size=3, max_size=6),
    st.lists(st.sampled_from(BOILERPLATE), max_size=5),
    st.lists(st.sampled_from(BOILERPLATE), max_size=5),
)
def test_a_pages_paragraphs_come_out_whole_and_in_order(sentences, sizes, before, after):
    """Paragraphs differ from one another (trafilatura drops a long paragraph that repeats the last)."""
    texts, at = [], 0
    for size in sizes:
        if at < len(sentences):
            texts.append(" ".join(sentences[at : at + size]))
            at += size
    body = "".join(f"<p>{text}</p>" for text in texts)
    page = f"<html><head><title>T</title></head><body>{''.join(before)}<article>{body}</article>{''.join(after)}</body></html>"
    article = html_article(page.encode(), "page.html")
    at = 0
    for text in texts:
        at = article.text.index(text, at) + len(text)
    assert "cookies" not in article.text and "Copyright" not in article.text


@given(
    st.text(alphabet="abcdefghij ", min_size=1, max_size=30).map(str.strip).filter(bool),
    st.sampled_from(["-", "\u2010", "\u00ad", ""]),
    st.text(alphabet="abcdefghij", min_size=1, max_size=12),
)
def test_joining_two_lines_keeps_every_letter(line, hyphen, after):
    joined, _ = _join(line + hyphen, after, set())
    letters = "".join(c for c in line + after if c.isalpha())
    assert "".join(c for c in joined if c.isalpha()) == letters
    assert joined.startswith(line) and joined.endswith(after)
