"""Say, for every line and sentence of an article, what it gave or why it gave nothing."""

from __future__ import annotations

from quizgen.generate.candidates import SentencePlan
from quizgen.generate.conjuncts import split_lines
from quizgen.generate.context import GAP
from quizgen.generate.deck import Generated
from quizgen.generate.edits import Edit
from quizgen.generate.tails import closing_cut
from quizgen.generate.text import Article
from quizgen.generate.trim import trim_names


def explain(article: Article, generated: Generated) -> list[str]:
    """How the text was extracted (for a web page or a PDF), then one line per article line skipped as
    boilerplate and per sentence."""
    out: list[str] = extraction_lines(article)
    by_line: dict[int, list[SentencePlan]] = {}
    for plan in generated.plans:
        by_line.setdefault(plan.row.sentence.paragraph, []).append(plan)
    cards = {c.uid: c for c in generated.deck.cards}
    for number, line in enumerate(generated.lines):
        text = article.plain[line.start : line.end].strip()
        if line.skip and line.skip != "blank line":
            out.append(f"line {number + 1}: skipped, {line.skip}: {_short(text)}")
            continue
        if line.stripped:
            out.append(f"line {number + 1}: removed prefix '{line.stripped}'")
        for plan in by_line.get(number, []):
            s = plan.row.sentence
            head = f"line {number + 1}, sentence {s.number + 1} ({_short(s.text)}):"
            kept = generated.kept.get(s.number, [])
            if kept:
                made = ", ".join(
                    f"{cards[uid].type} [{cards[uid].answer_text()}]"
                    + (f", {generated.floored[uid]}" if uid in generated.floored else "")
                    + (f", {generated.flips[uid]}" if uid in generated.flips else "")
                    for uid in kept
                )
                out.append(f"{head} {made}")
            elif plan.skip:
                out.append(f"{head} skipped, {plan.skip}")
            elif s.number in generated.repeated:
                out.append(f"{head} skipped, repeats a fact of sentence {generated.repeated[s.number] + 1}")
            elif generated.offered.get(s.number):
                offered = generated.offered[s.number]
                out.append(
                    f"{head} {offered} candidates, none kept (below the limit, or stating another card's answer)"
                )
            else:
                out.append(f"{head} skipped, no card could be formed")
            out.extend(
                f"{head} {line}" for line in rewrite_lines(s.text, [generated.rewrites.get(u, []) for u in kept])
            )
            out.extend(f"{head} {line}" for line in split_lines(s.text, plan.row.tokens))
            trimmed = trim_names(s.text)
            if trimmed:
                out.append(f"{head} trimmed: {', '.join(trimmed)}")
            out.extend(f"{head} gate dropped {reason}" for reason in plan.gated)
    return out


def rewrite_lines(text: str, edits: list[list[Edit]]) -> list[str]:
    """What was done to a sentence to make its cards stand alone: the sentence before shown ahead of it, and
    every reference named ('His successor' as "Nursultan Nazarbayev's successor"); each said once."""
    lines: list[str] = []
    for start, end, replacement in (e for card in edits for e in card):
        if start == end == 0 and replacement.endswith(": "):
            line = f"named the speaker: '{replacement.strip()}'"
        elif start == end == 0 and replacement.strip().endswith(GAP):
            line = f"shown after the earlier sentence that introduces it: {_short(replacement.strip())}"
        elif start == end == 0 and replacement.strip():
            line = f"shown after the sentence before: {_short(replacement.strip())}"
        elif start < end and replacement:
            line = f"rewrote '{text[start:end]}' as '{replacement}'"
        elif start < end and closing_cut(text, start, end):
            line = f"cut the closing phrase '{text[start:end].strip()}', which leans on another sentence"
        else:
            continue  # cuts to a claim and trims are named with the trims
        if line not in lines:
            lines.append(line)
    return lines


def extraction_lines(article: Article) -> list[str]:
    """What extracting the article's text from a web page or a PDF did: the extractor, what it kept and what
    it removed as boilerplate."""
    done = article.extraction
    if done is None:
        return []
    removed = max(done.found - done.kept, 0)
    line = (
        f"extracted the text of the {done.kind} with {done.extractor}: kept {done.kept:,} of {done.found:,} "
        f"characters (white space aside), removed {removed:,} characters of boilerplate ({done.removed})"
    )
    return [line] + [f"extraction: {note}" for note in done.notes]


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
