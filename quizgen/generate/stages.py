"""Every stage's output for one sentence, for `quizgen generate --explain-sentence N`.

--explain says what each sentence gave; this says how: the sentence's mentions and their types, the edits
that made it stand alone, its claims, its facts with their scores and questions, a denied claim's flip
(`denials`), every candidate card and the gate that dropped it, and the cards ranking kept.
"""

from __future__ import annotations

from quizgen.generate.candidates import CLAIM
from quizgen.generate.claims import parts
from quizgen.generate.conjuncts import split_conjuncts
from quizgen.generate.deck import Generated
from quizgen.generate.denials import flipped
from quizgen.generate.edits import apply_edits


def stage_lines(generated: Generated, number: int) -> list[str]:
    """The stages of sentence `number` (counted from 1, as --explain counts), one line each."""
    if not 1 <= number <= len(generated.plans):
        return [f"no sentence {number}: the article has {len(generated.plans)} sentences"]
    plan = generated.plans[number - 1]
    row = plan.row
    text = row.sentence.text
    out = [f"sentence {number}: {text}"]
    for m in row.mentions:
        extra = f", {m.value:g}" if m.value is not None else ""
        extra += f", counting '{m.unit}'" if m.unit else ""
        out.append(f"  mention: '{m.text}' [{m.kind}{extra}]{' (in a list)' if m.in_list else ''}")
    if plan.skip:
        out.append(f"  skipped: {plan.skip}{'; its claim is asked only as its denial' if plan.claims else ''}")
    found = split_conjuncts(text, row.tokens, parts(text, row.tokens))
    if len(found) > 1:
        for part in found:
            kind = "claim" if part.claim else "quotation" if part.quoted else "modifier"
            cuts = [(a - part.start, b - part.start, r) for a, b, r in part.cuts]
            split = " (one conjunct of a split claim)" if cuts else ""
            out.append(f"  {kind}{split}: {apply_edits(text[part.start : part.end], cuts)}")
    shown: set[str] = set()
    for fact in [*plan.facts, *plan.claims]:
        if fact.text not in shown:
            shown.add(fact.text)
            out.append(f"  made to stand alone: {fact.text}")
        question = f", question '{fact.question}'" if fact.question else ""
        accept = f", also accepted {', '.join(fact.accept)}" if fact.accept else ""
        term = f", a term: {fact.term}" if fact.term else ""
        term += ", the claim itself: asked only as its denial" if fact.mention.kind == CLAIM else ""
        out.append(
            f"  fact: '{fact.answer}' [{fact.mention.kind}], claim {fact.claim + 1}, score {fact.score:.2f}"
            f"{term}{question}{accept}"
        )
    flips = {flip.statement: flip for fact in [*plan.facts, *plan.claims] if (flip := flipped(fact)) is not None}
    out.extend(f"  denial flipped {flip.note}: {statement}" for statement, flip in flips.items())
    out.extend(f"  gate dropped {reason}" for reason in plan.gated)
    kept = generated.kept.get(row.sentence.number, [])
    cards = {card["id"]: card for card in generated.data["cards"]}
    for uid in kept:
        out.append(f"  kept: {uid} ({cards[uid]['type']})")
    if not kept and not plan.skip:
        offered = generated.offered.get(row.sentence.number, 0)
        out.append(f"  kept: none of {offered} candidates (below the limit, or stating another card's answer)")
    return out
