"""A saved page's figures: the caption stays out of the sentences, and a card whose fact it states shows the image."""

from __future__ import annotations

from pathlib import Path

from media_files import png_bytes, write_png

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.deckio.validate import validate_paths
from quizgen.generate.figures import Figure, attach
from quizgen.generate.sources.html import html_article

PAGE = """<html><head><title>The Danube</title></head><body><nav>Home | About</nav>
<article><h1>The Danube</h1>
<p>The Danube is the second-longest river in Europe, after the Volga. It flows through much of Central and
Southeastern Europe, from the Black Forest into the Black Sea.</p>
<figure><img src="img/budapest.png" alt=""><figcaption>The Danube flows through Budapest, the capital of
Hungary.</figcaption></figure>
<p>The river was once a long-standing frontier of the Roman Empire. Today it flows through ten countries, more
than any other river in the world. Its drainage basin extends into nine more.</p>
<p>Budapest is the capital of Hungary and its largest city. The river is an important waterway for trade.</p>
</article>
<aside><figure><img src="img/ad.png"><figcaption>Buy our Danube cruise tickets today.</figcaption></figure></aside>
<footer>Copyright</footer></body></html>
"""


def saved_page(folder: Path) -> Path:
    write_png(folder / "img" / "budapest.png")
    write_png(folder / "img" / "ad.png", colour=(0, 0, 0))
    page = folder / "danube.html"
    page.write_text(PAGE, encoding="utf-8")
    return page


def test_a_figure_inside_the_main_text_is_found_and_its_caption_is_no_sentence(tmp_path: Path) -> None:
    page = saved_page(tmp_path)
    article = html_article(page.read_bytes(), str(page))
    assert article.figures == [
        Figure(str(tmp_path / "img" / "budapest.png"), "The Danube flows through Budapest, the capital of Hungary.")
    ]
    assert "flows through Budapest" not in article.text and "cruise" not in article.text


def test_a_figure_of_a_fetched_page_or_a_missing_image_is_not_kept(tmp_path: Path) -> None:
    page = saved_page(tmp_path)
    assert html_article(page.read_bytes(), str(page), url="https://example.org/danube").figures == []
    (tmp_path / "img" / "budapest.png").write_text("not an image")
    assert html_article(page.read_bytes(), str(page)).figures == []


def test_only_a_card_whose_answer_and_another_word_the_caption_names_gets_the_image() -> None:
    figure = Figure("/x/budapest.png", "The Danube flows through Budapest, the capital of Hungary.")
    cards = [
        {"type": "typed", "question": "Q?", "answer": "Budapest", "source": {"sentence": "Budapest is the capital."}},
        {"type": "typed", "question": "Q?", "answer": "Budapest", "source": {"sentence": "Budapest has baths."}},
        {"type": "cloze", "text": "The {{c1::Volga}} is long.", "source": {"sentence": "The Volga is long river."}},
        {"type": "basic", "front": "F", "back": "Hungary", "source": {"sentence": "Budapest is in Hungary."}},
    ]
    given = attach(cards, [figure])
    assert [c.get("answer_image") for c in cards] == ["media/budapest.png", None, None, "media/budapest.png"]
    assert given == {"media/budapest.png": figure}


def test_generate_copies_the_image_beside_the_deck_once_and_never_over_another_file(tmp_path: Path, capsys) -> None:
    page = saved_page(tmp_path / "page")
    deck = tmp_path / "out" / "danube.yaml"
    assert main(["generate", str(page), "-o", str(deck)]) == 0
    card = next(c for c in load_deck(deck).cards if c.answer_image)
    assert card.answer_text() == "Budapest" and card.answer_image == "media/budapest.png"
    assert (tmp_path / "out" / "media" / "budapest.png").read_bytes() == png_bytes()
    assert validate_paths([deck]).ok
    assert main(["generate", str(page), "-o", str(deck)]) == 0  # regenerating: the same image is there
    (tmp_path / "out" / "media" / "budapest.png").write_bytes(b"another picture")
    capsys.readouterr()
    assert main(["generate", str(page), "-o", str(deck)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "budapest.png: already exists" in err[0]
    assert (tmp_path / "out" / "media" / "budapest.png").read_bytes() == b"another picture"
