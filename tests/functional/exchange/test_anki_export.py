"""`quizgen export anki`, verified by importing every package into a real Anki collection."""

from __future__ import annotations

from pathlib import Path

import pytest
from anki_backend import cards_per_type, export_package, fresh_collection, import_package, note_by_guid, notes_per_type

from quizgen.cli import main
from quizgen.deckio.loader import load_deck, loads_deck
from quizgen.errors import ExportError
from quizgen.exchange.anki import identity
from quizgen.exchange.anki.export import anki_tags, export_decks
from quizgen.exchange.anki.html import to_html
from quizgen.exchange.anki.import_apkg import import_package as import_apkg
from quizgen.exchange.anki.read_package import read_package
from quizgen.model.cards import Deck

DECK = """\
id: world
title: Geography::World
description: Capitals & rivers.
tags: [geo, Shared]
cards:
  - id: capital
    type: basic
    front: What is the capital of Kazakhstan?
    back: Astana
    note: Called Nur-Sultan 2019-2022.
    tags: [capitals, shared]
    source:
      sentence: Astana is the capital.
  - id: rivers
    type: cloze
    text: The {{c1::Amu Darya}} and the {{c2::Syr Darya::a river}} feed the Aral Sea.
    note: Both rise in the mountains.
  - id: currency
    type: choice
    question: What is the currency of Uzbekistan?
    choices: [tenge, som, manat]
    answer: som
  - id: landlocked
    type: truefalse
    statement: Kazakhstan has a coast on the ocean.
    answer: false
    correction: It is the largest landlocked country.
  - id: desert
    type: typed
    question: Which desert covers most of Turkmenistan?
    answer: Karakum
    accept: [Kara-Kum]
  - id: both-ways
    type: basic
    front: der Hund
    back: the dog
    reverse: true
  - id: script
    type: basic
    front: "What does <script>alert(1)</script> do?"
    back: |-
      Nothing here & nothing there:
      it is <b>text</b>.
"""


@pytest.fixture
def deck() -> Deck:
    return loads_deck(DECK, "world.yaml")


def exported(deck: Deck, path: Path, timestamp: float = 1_700_000_000) -> Path:
    export_decks([deck], path, timestamp=timestamp)
    return path


def test_every_card_type_arrives_with_its_counts(deck: Deck, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    log = import_package(col, exported(deck, tmp_path / "world.apkg"))
    assert len(log.new) == len(deck.cards)
    assert notes_per_type(col) == {
        "quizgen Basic": 2,
        "quizgen Basic (optional reversed card)": 1,
        "quizgen Cloze": 1,
        "quizgen Choice": 1,
        "quizgen True/False": 1,
        "quizgen Typed": 1,
    }
    # c1 and c2 of the cloze note are two cards, and so are the two directions of the reversed card.
    assert cards_per_type(col)["quizgen Cloze"] == 2
    assert cards_per_type(col)["quizgen Basic (optional reversed card)"] == 2
    assert col.card_count() == sum(len(card.study_items()) for card in deck.cards) == 9
    problems, ok = col.fix_integrity()
    assert ok, problems
    col.close()


def test_deck_names_nest_and_ids_derive_from_the_deck_id(deck: Deck, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    import_package(col, exported(deck, tmp_path / "world.apkg"))
    names = {d.name for d in col.decks.all_names_and_ids()}
    assert {"Geography", "Geography::World"} <= names
    assert len(col.find_cards('"deck:Geography::World" -"deck:Geography::World::*"')) == 9
    col.close()
    # Anki picks its own id on import; the package carries the one derived from the deck id.
    package = read_package(tmp_path / "world.apkg")
    assert {d.name: d.id for d in package.decks.values()}["Geography::World"] == identity.anki_deck_id("world")


def test_fields_and_tags(deck: Deck, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    import_package(col, exported(deck, tmp_path / "world.apkg"))
    basic = note_by_guid(col, identity.note_guid("world", "capital"))
    assert dict(basic.items()) == {
        "Front": "What is the capital of Kazakhstan?",
        "Back": "Astana",
        "Source": "Astana is the capital.",
        "Note": "Called Nur-Sultan 2019-2022.",
    }
    # Deck tags and card tags combined; "Shared" and "shared" are one tag to Anki.
    assert sorted(t.casefold() for t in basic.tags) == ["capitals", "geo", "shared"]
    cloze = note_by_guid(col, identity.note_guid("world", "rivers"))
    assert cloze["Text"] == deck.card("rivers").text
    assert "Both rise in the mountains." in cloze["Back Extra"]
    truefalse = note_by_guid(col, identity.note_guid("world", "landlocked"))
    assert truefalse["Answer"] == "False"
    assert truefalse["Correction"] == "It is the largest landlocked country."
    typed = note_by_guid(col, identity.note_guid("world", "desert"))
    assert typed["Answer"] == "Karakum" and "Kara-Kum" in typed["Accept"]
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        assert {"geo"} <= {t.casefold() for t in note.tags}
    col.close()


def test_rendered_cards(deck: Deck, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    import_package(col, exported(deck, tmp_path / "world.apkg"))
    cloze = note_by_guid(col, identity.note_guid("world", "rivers"))
    c1, c2 = sorted(cloze.cards(), key=lambda c: c.ord)
    assert "Amu Darya" not in c1.question() and "Syr Darya" in c1.question()
    assert "[a river]" in c2.question() and "Syr Darya" not in c2.question()
    choice = note_by_guid(col, identity.note_guid("world", "currency")).cards()[0]
    for option in ("tenge", "som", "manat"):
        assert option in choice.question()
    assert '<div class="answer qz-answer">som</div>' in choice.answer()
    assert "right" not in choice.question().split("</style>", 1)[1].split("<script>", 1)[0]
    typed = note_by_guid(col, identity.note_guid("world", "desert")).cards()[0]
    assert "[[type:Answer]]" in typed.question()
    col.close()


def test_a_reversed_card_is_asked_both_ways(deck: Deck, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    import_package(col, exported(deck, tmp_path / "world.apkg"))
    note = note_by_guid(col, identity.note_guid("world", "both-ways"))
    forward, backward = sorted(note.cards(), key=lambda c: c.ord)
    assert "der Hund" in forward.question() and "the dog" not in forward.question()
    assert "the dog" in backward.question() and "der Hund" not in backward.question()
    assert "der Hund" in backward.answer()
    col.close()


def test_switching_reverse_with_merged_note_types_adds_or_empties_one_card(deck: Deck, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    one_way = deck.model_copy(deep=True)
    one_way.card("both-ways").reverse = False  # type: ignore[union-attr]
    import_package(col, exported(one_way, tmp_path / "v1.apkg", timestamp=1_700_000_000))
    cards = col.card_count()
    log = import_package(col, exported(deck, tmp_path / "v2.apkg", timestamp=1_700_086_400), merge_notetypes=True)
    assert len(log.new) == 0
    assert col.card_count() == cards + 1
    assert len(note_by_guid(col, identity.note_guid("world", "both-ways")).cards()) == 2
    # Switched off again: the reverse card is left empty for Tools > Empty Cards; no other note gains one.
    import_package(col, exported(one_way, tmp_path / "v3.apkg", timestamp=1_700_172_800), merge_notetypes=True)
    assert col.fix_integrity()[1]
    assert col.card_count() == cards + 1
    [empty] = col.get_empty_cards().notes
    assert col.get_note(empty.note_id).guid == identity.note_guid("world", "both-ways")
    # The merged note types still read back as quizgen's own: every card keeps its id.
    export_package(col, tmp_path / "merged.apkg", legacy=False)
    col.close()
    back = import_apkg(tmp_path / "merged.apkg")
    assert [c.uid for c in back.decks[0].cards] == [c.uid for c in deck.cards]
    assert back.from_anki == 0


def test_html_is_escaped_so_nothing_runs(deck: Deck, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    import_package(col, exported(deck, tmp_path / "world.apkg"))
    note = note_by_guid(col, identity.note_guid("world", "script"))
    assert note["Front"] == "What does &lt;script&gt;alert(1)&lt;/script&gt; do?"
    assert note["Back"] == "Nothing here &amp; nothing there:<br>it is &lt;b&gt;text&lt;/b&gt;."
    card = note.cards()[0]
    assert "<script>" not in card.question() and "&lt;script&gt;alert(1)" in card.question()
    assert "<b>text</b>" not in card.answer()
    col.close()


def test_editing_a_card_updates_its_note_and_adds_none(deck: Deck, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    import_package(col, exported(deck, tmp_path / "v1.apkg", timestamp=1_700_000_000))
    before = set(col.find_notes(""))
    edited = deck.model_copy(deep=True)
    edited.card("capital").back = "Astana (since 1997)"
    edited.card("rivers").text = "The {{c1::Amu Darya}} flows into the {{c2::Aral Sea}}, as does the {{c3::Syr Darya}}."
    log = import_package(col, exported(edited, tmp_path / "v2.apkg", timestamp=1_700_086_400))
    assert len(log.new) == 0
    assert len(log.updated) == len(deck.cards)
    assert set(col.find_notes("")) == before
    assert note_by_guid(col, identity.note_guid("world", "capital"))["Back"] == "Astana (since 1997)"
    # The third deletion adds a card to the same note.
    assert cards_per_type(col)["quizgen Cloze"] == 3
    assert col.fix_integrity()[1]
    col.close()


def test_exporting_unchanged_decks_again_changes_nothing(deck: Deck, tmp_path: Path) -> None:
    col = fresh_collection(tmp_path / "anki")
    import_package(col, exported(deck, tmp_path / "v1.apkg", timestamp=1_700_000_000))
    log = import_package(col, exported(deck, tmp_path / "v2.apkg", timestamp=1_700_086_400))
    assert len(log.new) == 0
    assert col.note_count() == len(deck.cards)
    col.close()


def test_the_same_card_id_in_two_decks_does_not_collide(tmp_path: Path) -> None:
    one = loads_deck("id: one\ntitle: One\ncards:\n  - {id: q1, type: basic, front: A?, back: a}\n")
    two = loads_deck("id: two\ntitle: Two\ncards:\n  - {id: q1, type: basic, front: B?, back: b}\n")
    col = fresh_collection(tmp_path / "anki")
    import_package(col, exported(one, tmp_path / "one.apkg"))
    import_package(col, exported(two, tmp_path / "two.apkg"))
    export_decks([one, two], tmp_path / "both.apkg", timestamp=1_700_000_000)
    log = import_package(col, tmp_path / "both.apkg")
    assert len(log.new) == 0
    assert col.note_count() == 2
    assert {col.get_note(n)["Front"] for n in col.find_notes("")} == {"A?", "B?"}
    assert col.fix_integrity()[1]
    col.close()


def test_anki_tags_are_anki_safe() -> None:
    assert anki_tags(["a", "A", "x:::y", ":edge:", "::", 'q"uote']) == ["a", "x::y", "edge", "q_uote"]


def test_cli_exports_folders_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / "world.yaml").write_text(DECK, encoding="utf-8")
    (folder / "small.yaml").write_text("id: small\ntitle: Small\ncards:\n  - {type: basic, front: F, back: B}\n")
    out = tmp_path / "all.apkg"
    assert main(["export", "anki", str(folder), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "2 decks, 8 notes" in printed and "10 Anki cards" in printed
    col = fresh_collection(tmp_path / "anki")
    import_package(col, out)
    assert col.note_count() == 8
    small = load_deck(folder / "small.yaml")
    assert note_by_guid(col, identity.note_guid("small", small.cards[0].uid))["Back"] == "B"
    col.close()


def test_cli_refuses_a_bad_deck_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\ntitle: Bad\ncards:\n  - {type: basic, front: F}\n")
    out = tmp_path / "bad.apkg"
    assert main(["export", "anki", str(bad), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quizgen: ") and "bad.yaml" in err and "Traceback" not in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


def test_clashing_decks_are_refused(deck: Deck, tmp_path: Path) -> None:
    other = deck.model_copy(update={"id": "other"})
    with pytest.raises(ExportError, match="both titled"):
        export_decks([deck, other], tmp_path / "x.apkg")
    with pytest.raises(ExportError, match="two decks have the id 'world'"):
        export_decks([deck, deck.model_copy(update={"title": "Else"})], tmp_path / "x.apkg")
    assert not (tmp_path / "x.apkg").exists()


def test_escaping_is_the_field_html() -> None:
    assert to_html("a < b\nc & d") == "a &lt; b<br>c &amp; d"


def test_cards_imported_from_anki_notes_are_left_out_unless_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = identity.foreign_card_id("wfNw>6ef0d")
    deck = loads_deck(
        f"id: mixed\ntitle: Mixed\ncards:\n  - {{id: {kept}, type: basic, front: From Anki, back: a}}\n"
        "  - {id: mine, type: basic, front: Mine, back: b}\n"
    )
    summary = export_decks([deck], tmp_path / "default.apkg")
    assert (summary.left_out, sum(summary.notes.values())) == (1, 1)
    assert [n.guid for n in read_package(tmp_path / "default.apkg").notes] == ["qz1:mixed:mine"]
    summary = export_decks([deck], tmp_path / "all.apkg", include_imported=True)
    assert (summary.left_out, summary.copied, sum(summary.notes.values())) == (0, 1, 2)
    guids = {n.guid for n in read_package(tmp_path / "all.apkg").notes}
    assert guids == {f"qz1:mixed:{kept}", "qz1:mixed:mine"}, "never the original GUID"

    only = tmp_path / "only.yaml"
    only.write_text(f"id: only\ntitle: Only\ncards:\n  - {{id: {kept}, type: basic, front: F, back: B}}\n")
    out = tmp_path / "only.apkg"
    assert main(["export", "anki", str(only), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("quizgen: ") and "--include-imported" in err and len(err.splitlines()) == 1
    assert not out.exists()
    assert main(["export", "anki", str(only), "-o", str(out), "--include-imported"]) == 0
    assert "1 card imported from Anki written as a new note" in capsys.readouterr().out
