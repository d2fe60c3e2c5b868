"""Finding deck files in folders: links are followed only to files inside the folder."""

from __future__ import annotations

from pathlib import Path

from quizgen.deckio.deckfiles import deck_files


def test_links_out_of_a_folder_are_left_out_and_reported(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "nested").mkdir(parents=True)
    (elsewhere / "secret.yaml").write_text("password: hunter2\n")
    (elsewhere / "nested" / "deck.yaml").write_text("id: x\n")
    decks = tmp_path / "decks"
    (decks / "sub").mkdir(parents=True)
    (decks / "a.yaml").write_text("id: a\n")
    (decks / "sub" / "b.yml").write_text("id: b\n")
    (decks / "inside.yaml").symlink_to(decks / "a.yaml")
    (decks / "out.yaml").symlink_to(elsewhere / "secret.yaml")
    (decks / "folder").symlink_to(elsewhere / "nested")
    (decks / "notes.txt").write_text("not a deck")
    outside: list[Path] = []
    found = deck_files([decks], outside)
    assert [p.relative_to(decks).as_posix() for p in found] == ["a.yaml", "inside.yaml", "sub/b.yml"]
    assert outside == [decks / "out.yaml"]


def test_a_file_named_on_the_command_line_is_taken_as_given(tmp_path: Path) -> None:
    (tmp_path / "real.yaml").write_text("id: a\n")
    (tmp_path / "link.yaml").symlink_to(tmp_path / "real.yaml")
    assert deck_files([tmp_path / "link.yaml"]) == [tmp_path / "link.yaml"]
