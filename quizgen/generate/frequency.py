"""How common an English word is: wordfreq's Zipf frequency, without building wordfreq's whole dictionary.

wordfreq.zipf_frequency builds, on its first call, a dictionary of all 321,000 words of its
English list, which takes longer than generating a deck. The generator only asks about the words
of the article at hand, so `preload(text)` looks the words of `text` up in `data/frequency.tsv`,
wordfreq's list as a sorted table (or, when the installed wordfreq's list is not the one the table
was made from, in wordfreq's list itself), and `zipf(word)` computes from them what
`wordfreq.zipf_frequency(word, "en")` returns. A word with a token that was not preloaded is looked up
in the table too, or, without a table for the installed wordfreq, handed to wordfreq itself, so the
answer is wordfreq's in every case.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "frequency.tsv"
_BLOCK = 4096

_known: dict[str, float | None] = {}
"""Token (digits smashed to 0, as wordfreq stores them) → its frequency, None when not in the list."""


def preload(text: str) -> None:
    """Look up the words of `text` in wordfreq's English list: its tokens, lowercased as the generator asks
    about them, and its runs of ASCII letters ('legendre' of "Legendre's", as the ranking splits names)."""
    from wordfreq import cB_to_freq, get_frequency_list
    from wordfreq.numbers import smash_numbers
    from wordfreq.tokens import lossy_tokenize

    low = text.lower()
    tokens = lossy_tokenize(low, "en") + lossy_tokenize(" ".join(re.findall(r"[a-z]+", low)), "en")
    wanted = {smash_numbers(token) for token in tokens} - _known.keys()
    if not wanted:
        return
    if _from_table(wanted):
        return
    found: dict[str, float | None] = dict.fromkeys(wanted)
    for index, bucket in enumerate(get_frequency_list("en")):
        for token in wanted.intersection(bucket):
            found[token] = cB_to_freq(-index)  # a later bucket wins, as in wordfreq's dictionary
    _known.update(found)


def _from_table(tokens: set[str]) -> bool:
    """Look `tokens` up in the table into `_known`; False when there is no table for the installed wordfreq."""
    from wordfreq import cB_to_freq

    table = _table()
    if table is None:
        return False
    for token in tokens:
        band = table.band(token)
        _known[token] = None if band is None else cB_to_freq(-band)
    return True


class BandTable:
    """wordfreq's English list as `data/frequency.tsv`: a token's band, found by bisecting an index of blocks."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.starts: list[int] = []
        self.keys: list[bytes] = []
        position = data.index(b"\n") + 1  # after the header
        while 0 < position < len(data):
            self.starts.append(position)
            self.keys.append(data[position : data.index(b"\t", position)])
            position = data.find(b"\n", position + _BLOCK) + 1
        self.starts.append(len(data))

    def band(self, token: str) -> int | None:
        """The index of the token's band in wordfreq's list (its frequency is -index centibels), None if absent."""
        key = token.encode()
        block = bisect_right(self.keys, key) - 1
        if block < 0:
            return None
        start = self.starts[block]
        if self.keys[block] != key:
            start = self.data.find(b"\n" + key + b"\t", start, self.starts[block + 1]) + 1
            if not start:
                return None
        value = start + len(key) + 1
        return int(self.data[value : self.data.index(b"\n", value)])


_tables: dict[Path, BandTable | None] = {}


def _table(path: Path | None = None) -> BandTable | None:
    """The table, when it was made from the list the installed wordfreq reads (its header names the file and
    its size); otherwise None."""
    path = path or TABLE
    if path not in _tables:
        _tables[path] = None
        try:
            data = path.read_bytes()
        except OSError:
            return None
        source = re.search(rb"(\S+\.msgpack\.gz) (\d+) bytes", data[: data.find(b"\n")])
        if source:
            import wordfreq

            listed = Path(wordfreq.__file__).parent / "data" / source[1].decode()
            if listed.is_file() and listed.stat().st_size == int(source[2]):
                _tables[path] = BandTable(data)
    return _tables[path]


def zipf(word: str) -> float:
    """wordfreq.zipf_frequency(word, "en"): log10 of the word's frequency per billion words, 0 for unknown words."""
    from wordfreq import freq_to_zipf, zipf_frequency, zipf_to_freq
    from wordfreq.numbers import digit_freq, smash_numbers
    from wordfreq.tokens import lossy_tokenize

    tokens = lossy_tokenize(word, "en")
    smashed = [smash_numbers(token) for token in tokens]
    missing = {s for s in smashed if s not in _known}
    if missing and not _from_table(missing):
        return float(zipf_frequency(word, "en"))
    # wordfreq's word_frequency(word, "en", minimum=zipf_to_freq(0)), then zipf_frequency's rounding
    minimum = zipf_to_freq(0.0)
    freq = minimum
    if tokens:
        one_over_result = 0.0
        for token, key in zip(tokens, smashed, strict=True):
            known = _known[key]
            if known is None:
                break
            one_over_result += 1.0 / (known * digit_freq(token) if key != token else known)
        else:
            unrounded = max(1.0 / one_over_result, minimum)
            freq = 0.0 if unrounded == 0.0 else round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(freq_to_zipf(freq), 2)
