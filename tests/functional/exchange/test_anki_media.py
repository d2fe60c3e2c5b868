"""Media through Anki: exported into the package the Anki way, checked by Anki's own media check, and back."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from anki.collection import Collection, ExportAnkiPackageOptions
from anki_backend import fresh_collection, import_package
from media_files import png_bytes, write_png, write_wav

from quizgen.cli import main
from quizgen.deckio.loader import load_deck
from quizgen.deckio.validate import validate_paths

DECK = """id: geo
title: Geography
cards:
  - id: france
    type: basic
    front: Which country has this outline?
    back: France
    image: media/france.png
    answer_audio: sounds/france.wav
  - id: capital
    type: choice
    question: Which city is on this map?
    choices: [Paris, Lyon]
    answer: Paris
    image: media/paris.png
  - id: river
    type: cloze
    text: The {{c1::Seine}} flows through Paris.
    answer_image: media/seine.png
  - id: same
    type: truefalse
    statement: This is the map of France again.
    answer: true
    image: media/france.png
"""


def write_deck(folder: Path) -> Path:
    write_png(folder / "media" / "france.png")
    write_png(folder / "media" / "paris.png", colour=(10, 200, 10))
    write_png(folder / "media" / "seine.png", colour=(10, 10, 200))
    write_wav(folder / "sounds" / "france.wav")
    deck = folder / "geo.yaml"
    deck.write_text(DECK, encoding="utf-8")
    return deck


def media_check(col: Collection) -> tuple[list[str], list[str]]:
    checked = col.media.check()
    return list(checked.missing), list(checked.unused)


def test_the_package_holds_each_file_once_and_anki_finds_none_missing_or_unused(tmp_path: Path) -> None:
    deck = write_deck(tmp_path / "decks")
    package = tmp_path / "geo.apkg"
    assert main(["export", "anki", str(deck), "-o", str(package)]) == 0
    with zipfile.ZipFile(package) as zf:
        names = json.loads(zf.read("media"))
        assert sorted(names.values()) == ["france.png", "france.wav", "paris.png", "seine.png"]
        assert zf.read(next(k for k, v in names.items() if v == "paris.png")) == png_bytes(colour=(10, 200, 10))
    col = fresh_collection(tmp_path / "anki")
    try:
        import_package(col, package)
        assert media_check(col) == ([], [])
        fields = {col.get_note(n).fields[0] for n in col.find_notes("")}
        assert any('<img src="france.png">' in f for f in fields)
        assert sorted(p.name for p in Path(col.media.dir()).iterdir()) == [
            "france.png",
            "france.wav",
            "paris.png",
            "seine.png",
        ]
    finally:
        col.close()


def test_two_files_with_one_name_get_two_names(tmp_path: Path) -> None:
    deck = write_deck(tmp_path / "decks")
    write_png(tmp_path / "decks" / "other" / "france.png", colour=(1, 2, 3))
    deck.write_text(DECK.replace("image: media/paris.png", "image: other/france.png"), encoding="utf-8")
    package = tmp_path / "geo.apkg"
    assert main(["export", "anki", str(deck), "-o", str(package)]) == 0
    col = fresh_collection(tmp_path / "anki")
    try:
        import_package(col, package)
        assert media_check(col) == ([], [])
        assert len(list(Path(col.media.dir()).iterdir())) == 4
    finally:
        col.close()


def test_a_missing_media_file_stops_the_export_and_writes_nothing(tmp_path: Path, capsys) -> None:
    deck = write_deck(tmp_path / "decks")
    (tmp_path / "decks" / "media" / "seine.png").unlink()
    assert main(["export", "anki", str(deck), "-o", str(tmp_path / "geo.apkg")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    line = DECK.splitlines().index("    answer_image: media/seine.png") + 1
    assert len(err) == 1 and f"{deck}:{line}:19: [card river] image file 'media/seine.png' is not there" in err[0]
    assert not (tmp_path / "geo.apkg").exists()


@pytest.mark.parametrize("legacy", [True, False], ids=["legacy", "current"])
def test_the_round_trip_through_anki_keeps_the_media(tmp_path: Path, legacy: bool) -> None:
    deck = write_deck(tmp_path / "decks")
    package = tmp_path / "geo.apkg"
    assert main(["export", "anki", str(deck), "-o", str(package)]) == 0
    col = fresh_collection(tmp_path / "anki")
    try:
        import_package(col, package)
        from_anki = tmp_path / "from-anki.apkg"
        options = ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy
        )
        col.export_anki_package(out_path=str(from_anki), options=options, limit=None)
    finally:
        col.close()
    back = tmp_path / "back"
    assert main(["import", "anki", str(from_anki), "-o", str(back)]) == 0
    imported = load_deck(back / "geo.yaml")
    cards = {card.uid: card for card in imported.cards}
    assert cards["france"].image == "media/france.png" and cards["france"].answer_audio == "media/france.wav"
    assert cards["river"].answer_image == "media/seine.png" and cards["river"].image is None
    assert cards["capital"].question == "Which city is on this map?"  # the mark left the text
    assert (back / "media" / "paris.png").read_bytes() == png_bytes(colour=(10, 200, 10))
    assert validate_paths([back / "geo.yaml"]).ok
    # quizgen → Anki → quizgen → Anki: the second package is as good as the first.
    again = tmp_path / "again.apkg"
    assert main(["export", "anki", str(back), "-o", str(again)]) == 0
    col = fresh_collection(tmp_path / "anki2")
    try:
        import_package(col, again)
        assert media_check(col) == ([], [])
        assert len(col.find_notes("")) == 4
    finally:
        col.close()


def hostile_package(source: Path, target: Path, names: dict[str, str], contents: dict[str, bytes]) -> Path:
    """The package `source` with its media replaced: `names` is the media map, `contents` the zip entries."""
    with zipfile.ZipFile(source) as zf, zipfile.ZipFile(target, "w") as out:
        out.writestr("collection.anki2", zf.read("collection.anki2"))
        out.writestr("media", json.dumps(names))
        for entry, data in contents.items():
            out.writestr(entry, data)
    return target


def test_zip_slip_absolute_oversize_and_odd_names_are_refused_or_sanitised(tmp_path: Path, capsys) -> None:
    deck = write_deck(tmp_path / "decks")
    deck.write_text(
        DECK.replace("media/france.png", "media/a.png")
        .replace("media/paris.png", "media/b.png")
        .replace("media/seine.png", "media/c.png")
        .replace("sounds/france.wav", "sounds/d.wav"),
        encoding="utf-8",
    )
    for name in ("a", "b", "c"):
        write_png(tmp_path / "decks" / "media" / f"{name}.png")
    write_wav(tmp_path / "decks" / "sounds" / "d.wav")
    package = tmp_path / "geo.apkg"
    assert main(["export", "anki", str(deck), "-o", str(package)]) == 0
    # The notes refer to a.png, b.png, c.png and d.wav; the map names them as an attacker would.
    hostile = hostile_package(
        package,
        tmp_path / "hostile.apkg",
        {"0": "../../a.png", "1": "/etc/b.png", "2": "c.png", "3": "d.wav"},
        {"0": png_bytes(), "1": png_bytes(), "2": png_bytes() + b"\0" * (20 * 1024 * 1024), "3": b"MZ not a sound"},
    )
    out = tmp_path / "out"
    assert main(["import", "anki", str(hostile), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "media file '../../a.png' was not imported: a path into other folders (zip-slip)" in err
    assert "media file '/etc/b.png' was not imported: an absolute path" in err
    assert "media file 'c.png' was not imported: it is over 20,971,520 bytes" in err
    assert "media file 'd.wav' was not imported: neither an image nor a sound" in err
    assert not (out / "media").exists() and not (tmp_path / "a.png").exists()
    cards = {c.uid: c for c in load_deck(out / "geo.yaml").cards}
    assert all(c.image is None and c.answer_image is None and c.answer_audio is None for c in cards.values())
    assert validate_paths([out / "geo.yaml"]).ok


def test_media_names_are_sanitised_and_an_existing_different_file_is_not_replaced(tmp_path: Path, capsys) -> None:
    deck = write_deck(tmp_path / "decks")
    write_png(tmp_path / "decks" / "media" / ".Île (1)!.png", colour=(10, 200, 10))
    deck.write_text(DECK.replace("media/paris.png", "media/.Île (1)!.png"), encoding="utf-8")
    package = tmp_path / "geo.apkg"
    assert main(["export", "anki", str(deck), "-o", str(package)]) == 0
    out = tmp_path / "out"
    out.mkdir()
    (out / "media").mkdir()
    (out / "media" / "Île (1)_.png").write_bytes(b"someone else's picture")
    assert main(["import", "anki", str(package), "-o", str(out)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Île (1)_.png: already exists" in err[0]
    assert (out / "media" / "Île (1)_.png").read_bytes() == b"someone else's picture"
    assert not (out / "geo.yaml").exists() and not (out / "media" / "france.png").exists()
    assert main(["import", "anki", str(package), "-o", str(out), "--force"]) == 0
    assert (out / "media" / "Île (1)_.png").read_bytes() == png_bytes(colour=(10, 200, 10))
    card = next(c for c in load_deck(out / "geo.yaml").cards if c.prompt() == "Which city is on this map?")
    assert card.image == "media/Île (1)_.png"
    # Importing the same package again writes the same files: nothing to replace, no --force needed.
    (out / "geo.yaml").unlink()
    assert main(["import", "anki", str(package), "-o", str(out)]) == 0
    assert "wrote 0 of 4 media files" in capsys.readouterr().out
