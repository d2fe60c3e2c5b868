"""The Markdown study sheet, rendered by a CommonMark renderer: text shows literally."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import html5lib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from repo_paths import DATA

from quizgen.deckio.loader import load_deck
from quizgen.exchange.markdown import md, to_markdown
from quizgen.model.cards import BasicCard, ChoiceCard, ClozeCard, Deck, TrueFalseCard, TypedCard

DECK_FILE = DATA / "teacher_deck.yaml"
RENDER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def rendered(markdown: str) -> ET.Element:
    html = RENDER.render(markdown)
    return html5lib.HTMLParser(strict=False, namespaceHTMLElements=False).parseFragment(html)


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(DECK_FILE)


def sections(deck: Deck) -> list[ET.Element]:
    """The rendered sheet cut at each h2: a div per card, so that sections can be compared."""
    root = rendered(to_markdown(deck))
    cut: list[ET.Element] = []
    for child in list(root):
        if child.tag == "h2":
            cut.append(ET.Element("div"))
        if cut:
            cut[-1].append(child)
    return cut


def test_one_section_per_card_with_the_answer_in_details(deck: Deck) -> None:
    parts = sections(deck)
    assert len(parts) == len(deck.cards)
    for card, part in zip(deck.cards, parts, strict=True):
        details = part.findall(".//details")
        assert len(details) == 1, card.uid
        folded = squash(text_of(details[0]))
        shown = squash("".join(text_of(e) for e in part if e.tag != "details"))
        if isinstance(card, ChoiceCard):
            assert squash(card.question) in shown
            assert all(squash(c) in shown for c in card.choices)
            assert squash(card.answer) in folded
        elif isinstance(card, TrueFalseCard):
            assert squash(card.statement) in shown
            assert ("True" if card.answer else "False") in folded
            if card.correction:
                assert squash(card.correction) in folded and squash(card.correction) not in shown
        elif isinstance(card, TypedCard):
            assert squash(card.question) in shown
            for answer in [card.answer, *card.accept]:
                assert squash(answer) in folded and squash(answer) not in shown
        elif isinstance(card, BasicCard):
            assert squash(card.front) in shown
            assert squash(card.back) in folded and squash(card.back) not in shown
        elif isinstance(card, ClozeCard):
            from quizgen.model import cloze

            assert squash(cloze.plain(card.text)) in folded
            for d in cloze.deletions(card.text):
                assert d.text not in shown
        if card.note:
            assert squash(card.note) in folded


def test_title_and_description_show_literally(deck: Deck) -> None:
    root = rendered(to_markdown(deck))
    assert text_of(root.find("h1")) == deck.title
    head = list(root)[: [e.tag for e in root].index("h2")]
    assert deck.description and squash(deck.description) in squash("".join(text_of(e) for e in head))
    assert [e.tag for e in head] == ["h1", "p", "p"], "no link, emphasis or HTML from the text"
    assert all(len(e) == 0 for e in head)


TEXT = st.text(
    alphabet=st.sampled_from(list("ab AZ09\n\t.)~=#{}:\\[]<>&%-+*_`|!()^$é≠")), min_size=1, max_size=40
).filter(lambda s: s.strip())


@settings(max_examples=300, deadline=None)
@given(text=TEXT)
def test_any_text_renders_literally(text: str) -> None:
    root = rendered(md(text))
    assert [e.tag for e in root.iter() if e.tag not in ("DOCUMENT_FRAGMENT", "p", "br")] == []
    assert squash(text_of(root)) == squash(text)
