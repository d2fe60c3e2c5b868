"""Write the small seed corpora of the fuzz harnesses into fuzz/corpus/ and fuzz/seeds/.

Seeds come from the repository's own small decks and article, from the starter
deck, and from .apkg packages exported from a tiny deck (by quizgen, and by the
real Anki backend when the `anki` package is installed).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from quizgen.deckio.loader import load_deck  # noqa: E402
from quizgen.deckio.starter import starter_text  # noqa: E402
from quizgen.exchange.anki.export import export_decks  # noqa: E402

TINY_DECK = """\
id: tiny
title: Tiny
cards:
  - {type: basic, front: "Capital of France?", back: Paris, tags: [geo]}
  - {id: c1, type: cloze, text: "{{c1::Paris}} is on the {{c2::Seine::river}}."}
  - {type: choice, question: Largest planet?, choices: [Jupiter, Mars, Venus], answer: Jupiter}
  - {type: truefalse, statement: The Sun is a star., answer: true}
  - {type: typed, question: 2 + 2?, answer: "4", accept: [four]}
"""
DECK_SNIPPETS = [
    "id: a\ntitle: A\ncards: []\n",
    "base: &b {type: basic, front: x, back: y}\nid: a\ntitle: A\ncards: [*b]\n",
    "id: a\ntitle: A\ncards:\n  - type: cloze\n    text: |\n      {{c1::one}} and {{c3::three}}\n",
    'id: "0x1"\ntitle: !!str 3.10\ntags: [a, b]\nsource: {title: T, url: "http://x"}\ncards: []\n',
]
ARTICLE_SNIPPETS = [
    b"\x00Marie Curie was born in Warsaw in 1867. She won the Nobel Prize in 1903.\n",
    b"\x01# Rivers\n\nThe **Nile** flows through [Egypt](http://x) into the Mediterranean Sea.\n\n"
    b"- The Amazon is the largest river by discharge.\n```\ncode\n```\n",
]
CSV_SNIPPETS = [
    b'\x00front,back\nParis,capital of France\n"a, b",c\n',
    b"\x00Paris\tFrance\nRome\tItaly\n",
    b"\x00#separator:tab\n#html:true\n#tags column:3\nA<b>b</b>\tC<br>d\ttag1 tag2\n",
    b"\x03" + b"x" * 8 + b"term;definition\nx;y\n",
]


def write(folder: Path, name: str, data: bytes) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def anki_exports(deck_file: Path, work: Path) -> list[Path]:
    """Packages of the tiny deck: quizgen's own, and Anki's legacy and current formats when possible."""
    own = work / "own.apkg"
    export_decks([load_deck(deck_file)], str(own))
    packages = [own]
    try:
        from anki.collection import Collection, ExportAnkiPackageOptions
    except ImportError:
        return packages
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    (work / "col").mkdir()
    col = Collection(str(work / "col" / "collection.anki2"))

    options = ImportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(own), options=options))
    for legacy in (True, False):
        out = work / f"anki-{'legacy' if legacy else 'current'}.apkg"
        export = ExportAnkiPackageOptions(
            with_scheduling=False, with_deck_configs=False, with_media=False, legacy=legacy
        )
        col.export_anki_package(out_path=str(out), options=export, limit=None)
        packages.append(out)
    col.close()
    return packages


def main() -> None:
    corpus = HERE / "corpus"
    seeds = HERE / "seeds"
    for folder in (corpus, seeds):
        shutil.rmtree(folder, ignore_errors=True)
    decks = [ROOT / "tests/functional/data/study_every_type.yaml", ROOT / "tests/data/teacher_deck.yaml"]
    for path in decks:
        write(corpus / "deck", path.name, path.read_bytes())
    write(corpus / "deck", "tiny.yaml", TINY_DECK.encode())
    write(corpus / "deck", "starter.yaml", starter_text("Starter", "starter").encode())
    for i, text in enumerate(DECK_SNIPPETS):
        write(corpus / "deck", f"snippet{i}.yaml", text.encode())

    article = (ROOT / "seeds/central-asia-us-election.txt").read_bytes()[:1500]
    write(corpus / "generate", "article.txt", b"\x00" + article)
    for i, data in enumerate(ARTICLE_SNIPPETS):
        write(corpus / "generate", f"snippet{i}", data)

    for i, data in enumerate(CSV_SNIPPETS):
        write(corpus / "csv", f"snippet{i}", data)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "tiny.yaml").write_text(TINY_DECK)
        for package in anki_exports(work / "tiny.yaml", work):
            data = package.read_bytes()
            write(seeds, package.name, data)
            write(corpus / "apkg", f"{package.stem}-whole", b"\x00" + data)
            with zipfile.ZipFile(package) as zf:
                if "collection.anki2" in zf.namelist() and package.stem == "own":
                    write(corpus / "apkg", f"{package.stem}-collection", b"\x01" + zf.read("collection.anki2"))
        for i in range(3):
            write(corpus / "apkg", f"mutate{i}", bytes([2, i]) + bytes(range(i, i + 40)))
    sizes = {d.name: sum(f.stat().st_size for f in d.iterdir()) for d in corpus.iterdir()}
    print("seed corpora (bytes):", sizes)


if __name__ == "__main__":
    main()
