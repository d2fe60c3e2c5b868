"""Zipf frequencies of preloaded words are wordfreq's, to the last digit, and other words are asked of wordfreq."""

from pathlib import Path

import pytest
import wordfreq
from wordfreq import get_frequency_list, zipf_frequency

from quizgen.generate import frequency

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "seeds" / "central-asia-us-election.txt"
ODD = [
    "",
    "  ",
    "the",
    "The",
    "u.s.",
    "1990s",
    "2023",
    "2,000",
    "3.5",
    "£3bn",
    "5%",
    "o'neill",
    "o’neill",
    "can't",
    "e-mail",
    "naïve",
    "straße",
    "kazakhstan's",
    "c5+1",
    "new york",
    "xqzzlewort",
    "tokayev",
    "—",
    "東京",
]


@pytest.fixture(autouse=True)
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Nothing preloaded yet; the words handed to wordfreq itself."""
    monkeypatch.setattr(frequency, "_known", {})
    words: list[str] = []

    def counted(word: str, lang: str) -> float:
        words.append(word)
        return zipf_frequency(word, lang)

    monkeypatch.setattr(wordfreq, "zipf_frequency", counted)
    return words


def test_the_words_of_an_article_are_wordfreqs(asked: list[str]) -> None:
    text = SEED.read_text(encoding="utf-8")
    frequency.preload(text + "\n" + " ".join(ODD))
    words = {w.lower() for w in text.split()} | {w.lower().strip(".,;:'\"()") for w in text.split()} | set(ODD)
    for word in sorted(words):
        assert frequency.zipf(word) == zipf_frequency(word, "en"), word
    assert asked == []


def test_every_band_of_the_list_is_wordfreqs(asked: list[str]) -> None:
    bands = get_frequency_list("en")
    words = [word for band in bands for word in band[:: max(1, len(band) // 20)]]
    frequency.preload(" ".join(words))
    for word in words:
        assert frequency.zipf(word) == zipf_frequency(word, "en"), word
    assert len(asked) < len(words) / 50  # the odd entry that tokenizes otherwise in a text


def test_a_word_not_preloaded_is_looked_up_in_the_table(asked: list[str]) -> None:
    frequency.preload("the cat")
    assert frequency.zipf("dog") == zipf_frequency("dog", "en")
    assert frequency.zipf("the dog") == zipf_frequency("the dog", "en")
    assert asked == [] and "dog" in frequency._known


def test_without_a_table_a_word_not_preloaded_is_asked_of_wordfreq(
    asked: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(frequency, "TABLE", tmp_path / "missing.tsv")
    monkeypatch.setattr(frequency, "_tables", {})
    frequency.preload("the cat")
    assert frequency.zipf("the") == zipf_frequency("the", "en") and asked == []
    assert frequency.zipf("dog") == zipf_frequency("dog", "en")
    assert frequency.zipf("the dog") == zipf_frequency("the dog", "en")
    assert asked == ["dog", "the dog"]


def test_the_table_is_wordfreqs_list() -> None:
    table = frequency._table()
    assert table is not None, "data/frequency.tsv was not made from the installed wordfreq's list; rebuild it"
    last: dict[str, int] = {}
    for index, band in enumerate(get_frequency_list("en")):
        for token in band:
            last[token] = index
    sample = (
        list(last.items())[:: max(1, len(last) // 5000)] + [(t, i) for t, i in last.items() if not t.isascii()][:500]
    )
    for token, index in sample:
        assert table.band(token) == index, token
    for absent in ("xqzzlewort", "zzzzzzzzzz", "", "\x00", "東京東京東京"):
        assert absent in last or table.band(absent) is None, absent


def test_the_table_spares_reading_wordfreqs_list(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    original = wordfreq.get_frequency_list
    monkeypatch.setattr(wordfreq, "get_frequency_list", lambda *a, **k: read.append("list") or original(*a, **k))
    frequency.preload(SEED.read_text(encoding="utf-8"))
    assert read == [] and frequency.zipf("kazakhstan") == zipf_frequency("kazakhstan", "en")


def test_a_table_of_another_list_is_not_used(tmp_path: Path) -> None:
    stale = tmp_path / "frequency.tsv"
    header = frequency.TABLE.read_bytes().split(b"\n", 1)[0]
    stale.write_bytes(header.replace(b" bytes", b"1 bytes") + b"\nthe\t0\n")
    assert frequency._table(stale) is None
    fresh = tmp_path / "same.tsv"
    fresh.write_bytes(header + b"\nthe\t0\n")
    table = frequency._table(fresh)
    assert table is not None and table.band("the") == 0 and table.band("cat") is None
