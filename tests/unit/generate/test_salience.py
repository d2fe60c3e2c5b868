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
