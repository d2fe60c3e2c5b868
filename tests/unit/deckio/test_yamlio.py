"""Loading YAML safely: strings stay strings, hostile files fail cleanly."""

from __future__ import annotations

import time

import pytest

from quizgen.deckio import yamlio
from quizgen.deckio.loader import MAX_BYTES, check_file, load_deck, loads_deck
from quizgen.errors import DeckError

HEAD = "id: d\ntitle: T\ncards:\n"


@pytest.mark.parametrize("value", ["NO", "yes", "on", "off", "1991", "3.10", "010", "0x1F", "1e3", "~x", ".inf"])
def test_yaml11_lookalikes_stay_the_typed_text(value: str) -> None:
    deck = loads_deck(HEAD + f"  - type: basic\n    front: {value}\n    back: {value}\n")
    assert deck.cards[0].front == value
    assert deck.cards[0].back == value


@pytest.mark.parametrize(("written", "expected"), [("true", True), ("false", False), ("True", True), ("FALSE", False)])
def test_truefalse_answer_is_the_only_boolean(written: str, expected: bool) -> None:
    deck = loads_deck(HEAD + f"  - type: truefalse\n    statement: S\n    answer: {written}\n")
    assert deck.cards[0].answer is expected


def test_truefalse_answer_yes_is_refused_with_its_line() -> None:
    text = HEAD + "  - type: truefalse\n    statement: S\n    answer: yes\n"
    with pytest.raises(DeckError) as info:
        loads_deck(text, "d.yaml")
    problem = info.value.problems[0]
    assert problem.line == text.splitlines().index("    answer: yes") + 1
    assert "true or false" in problem.message


def test_duplicate_key_is_an_error_at_the_second_key() -> None:
    text = HEAD + "  - type: basic\n    front: A\n    front: B\n    back: C\n"
    with pytest.raises(DeckError) as info:
        loads_deck(text, "d.yaml")
    problem = info.value.problems[0]
    assert "duplicate key 'front'" in problem.message
    assert problem.line == 6


def test_python_tags_are_refused_and_never_run(tmp_path) -> None:
    marker = tmp_path / "ran"
    text = HEAD + f"  - type: basic\n    front: !!python/object/apply:os.system ['touch {marker}']\n    back: x\n"
    with pytest.raises(DeckError) as info:
        loads_deck(text)
    assert "not allowed" in info.value.problems[0].message
    assert not marker.exists()


def test_alias_bomb_is_refused() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    with pytest.raises(yamlio.YamlProblem, match="alias"):
        yamlio.loads("\n".join(lines) + "\n")


def test_small_aliases_are_allowed() -> None:
    data = yamlio.loads("x: &t [geo]\ny: *t\n")
    assert data == {"x": ["geo"], "y": ["geo"]}


def _amplified(text: str, times: int) -> str:
    cards = "".join(f"  - {{type: basic, front: Question {i}?, back: *t}}\n" for i in range(times))
    return f'id: amp\ntitle: Amp\ndescription: &t "{text}"\ncards:\n{cards}'


def test_aliases_that_repeat_a_large_text_are_refused_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(DeckError) as info:
        loads_deck(_amplified("x" * 1_000_000, 200))
    assert time.perf_counter() - started < 2
    problem = info.value.problems[0]
    assert problem.line == 3 and "more than 10 times the file's 1,00" in problem.message


def test_a_small_deck_may_repeat_a_note_many_times() -> None:
    deck = loads_deck(_amplified("A note every card shares. " * 40, 300))  # 300 KB from a 15 KB file
    assert len(deck.cards) == 300


def test_aliases_of_plain_text_count_towards_the_limit() -> None:
    text = "a: &a lol\nb: [" + ",".join(["*a"] * (yamlio.MAX_EXPANSION + 1)) + "]\n"
    with pytest.raises(yamlio.YamlProblem, match="alias"):
        yamlio.loads(text)


def test_recursive_alias_is_refused() -> None:
    with pytest.raises(yamlio.YamlProblem, match="itself"):
        yamlio.loads("a: &a [*a]\n")


def test_tab_indentation_names_its_line(write_deck) -> None:
    path = write_deck(HEAD + "  - type: basic\n\tfront: A\n")
    problem = check_file(path).problems[0]
    assert problem.line == 5
    assert "YAML" in problem.message


def test_unclosed_quote_is_a_yaml_error(write_deck) -> None:
    path = write_deck(HEAD + '  - type: basic\n    front: "A\n    back: B\n')
    problems = check_file(path).problems
    assert len(problems) == 1 and problems[0].line is not None


def test_invalid_utf8_names_line_and_column(tmp_path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"id: d\ntitle: caf\xe9\n")
    problem = check_file(path).problems[0]
    assert (problem.line, problem.col) == (2, 11)
    assert "UTF-8" in problem.message


def test_oversized_file_is_refused_before_reading(tmp_path) -> None:
    path = tmp_path / "big.yaml"
    with open(path, "wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(DeckError) as info:
        load_deck(path)
    message = info.value.problems[0].message
    assert message == "is 10,485,761 bytes; deck files may be at most 10,485,760 bytes (10 MiB)"


def test_two_documents_are_refused() -> None:
    with pytest.raises(yamlio.YamlProblem, match="one YAML document"):
        yamlio.loads("a: 1\n---\nb: 2\n")


def test_missing_file_and_folder_are_clear(tmp_path) -> None:
    with pytest.raises(DeckError, match="no such file"):
        load_deck(tmp_path / "none.yaml")
    with pytest.raises(DeckError, match="is a folder"):
        load_deck(tmp_path)


def test_dump_quotes_what_yaml11_readers_would_misread() -> None:
    import yaml

    text = yamlio.dumps({"a": "NO", "b": "3.10", "c": "010", "d": "on", "e": "multi\nline"})
    assert yaml.safe_load(text) == {"a": "NO", "b": "3.10", "c": "010", "d": "on", "e": "multi\nline"}
    assert "e: |" in text
