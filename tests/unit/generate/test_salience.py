"""Sentence centrality: the same in every process, whatever order Python's string hashing gives a set."""

from __future__ import annotations

import subprocess
import sys

from repo_paths import REPO

SCRIPT = """
from quizgen.generate.index import analyse
from quizgen.generate.salience import centrality
from quizgen.generate.split import split_article
from quizgen.generate.text import article_from_text

nouns = "river bridge harbour castle market tower canal mill church school".split()
lines = [f"The {n} stood near the town in the old days." for i, n in enumerate(nouns) for _ in range(i + 2)]
lines.append("The " + ", the ".join(nouns) + " and the square were all rebuilt after the war.")
sentences, _ = split_article(article_from_text(" ".join(lines), "t.txt"))
print(repr(sorted(centrality(analyse(sentences), frozenset()).items())))
"""


def test_centrality_does_not_depend_on_the_hash_seed() -> None:
    seen = set()
    for seed in range(1, 9):
        env = {"PYTHONHASHSEED": str(seed), "PATH": ""}
        done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        seen.add(done.stdout)
    assert len(seen) == 1


def _index(lines: list[str]):  # type: ignore[no-untyped-def]
    from quizgen.generate.index import analyse
    from quizgen.generate.split import split_article
    from quizgen.generate.text import article_from_text

    sentences, _ = split_article(article_from_text(" ".join(lines), "t.txt"))
    return analyse(sentences)


STORY = [f"The bridge over the river opened to traffic in {year} after repairs." for year in range(1990, 1999)]


def test_a_sentence_sharing_nothing_with_the_story_is_an_aside() -> None:
    from quizgen.generate.salience import asides

    index = _index([*STORY, "Singer Lady Gaga performed the national anthem at halftime."])
    assert asides(index, frozenset(), set(range(len(index.sentences)))) == {len(STORY)}


def test_the_least_central_sentence_near_the_typical_one_is_no_aside() -> None:
    from quizgen.generate.salience import asides

    index = _index([*STORY, "The bridge over the river was painted green by engineers in 1999."])
    assert asides(index, frozenset(), set(range(len(index.sentences)))) == set()


def test_what_a_reference_stands_for_counts_as_the_sentence_own_words() -> None:
    from quizgen.generate.salience import asides, centrality, referent_words

    index = _index([*STORY, "Inspectors closed it again in 2004 for several months."])
    last = len(STORY)
    referents = {last: referent_words(["the bridge over the river"])}
    assert centrality(index, frozenset(), referents)[last] > centrality(index, frozenset())[last]
    assert asides(index, frozenset(), set(range(last + 1))) == {last}
    assert asides(index, frozenset(), set(range(last + 1)), referents) == set()
