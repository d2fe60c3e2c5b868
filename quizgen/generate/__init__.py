"""The article-to-deck generator: offline, deterministic and rule-based.

The pipeline, stage by stage (the module, then the type that flows on to the next stage):

- text: `sources` reads a file, a web address (`sources.url`) or standard input, and extracts the text of
  a web page (`sources.html`, with trafilatura) or a PDF (`sources.pdf`, with pypdfium2); `text` reads
  plain text and Markdown (`language` refuses other languages) → `Article`, its text and the plain form
  without Markdown, with offsets back into the text, and what the input said of its title and source.
- sentences: `split` cuts the lines `boilerplate` keeps (no credits, bylines, captions) → `list[Sentence]`,
  and a `Paragraph` for every line.
- mentions: `index` tags each sentence (`tokens`) and finds what it names (`entities`, `gazetteer`; a person
  written with one or two initials, 'Michael E. Mann' or 'R. K. Pachauri', is one mention; a span of years,
  '1348–50', is one 'period' and two figures after 'between' one 'range', never two ends)
  → `ArticleIndex`, one `Analysed` row (`Token`s and `Mention`s) per sentence, names linked across them.
- clauses: `coref` (its rules see a `coref_words.Word` and return a `Verdict`; `person_pronouns` holds the
  rules for 'he' and 'his' ('He' opening a sentence after one person as its subject, 'She' after 'A
  spokeswoman for <a named body>', never a person the article titles as the other gender), `thing_pronouns` those
  for 'it', 'its' and 'the company' (the organisation the article is about, when the sentence before has it
  as its subject); 'the bill' written as the one name the article gave it ('the Anti-Terrorism Bill'), 'the
  conflict' as the one war it named (`named_nouns`); `class_nouns`: 'the network' as the article's subject when
  the article gives it that class noun ('ABC is an American television network', 'Australian airline Qantas') and
  nothing named beside it could be another network; with `antecedents` ('the party': the one party its
  paragraph names),
  `speakers`, `quotes`, `roles`, `offices`: 'the chancellor' named as the
  one person the article gives that office, `shorthand`: 'the Market' written out as the one full name an
  earlier sentence gives, and `subject`: the article's subject named by its
  title, for "the city", a leading "It", "They" of a people, "He" of a person) makes a row stand alone →
  `Resolution`, the `Edit`s of `edits`;
  `context` shows the sentence a reference points back to ahead of it (an `Edit` too): the sentence before, or
  the nearest earlier one that introduces the reference's noun ('offered' for 'The offer', 'a sentence' for 'the
  case', 'taxes' for 'the rate', not 'the assistance offer' nor a sentence opening 'The review will ...' that leans
  in turn) or the lead that announces what 'the strategy' means or names what is planned ('plans for keeping ...'
  before 'the measure'), with '[…]' for the sentences left out between (`context_clause`: only its
  clause that introduces the noun, without a reported-speech tail or a trailing clause, when the whole is too
  long) (a sentence shown that leans on its own sentence before comes after it, when the three fit on a card;
  a card with a second reference takes the one sentence that introduces both; a typed or choice question shows
  its context as a lead line in the question, ended by '[…]': `cards.lead_line`); before a context is shown,
  `tails` cuts a closing adjunct that alone holds the reference ('after a Pentagon inquiry into the case');
  `reported` names the one person a 'He went on to say: "...' goes on reporting;
  `claims` cuts the sentence into its claims → `list[Part]`, so each fact is asked with its own claim only, and
  a claim from the quotation or report that follows it ('X has backed the plan, saying: "...'), where a
  quotation gives no fact; `conjuncts` splits a claim that joins two facts with 'and' ('was jailed for four months
  and fined $250,000', 'received a jail sentence and a fine of ...') into one claim per conjunct, each written
  without the other (`Part.cuts`);
  `clause` finds the main clause of the edited tokens → `Clause`.
- facts: `candidates` plans every sentence → `list[SentencePlan]`, each with its `Fact`s (an answer, its
  claim made to stand alone, a score) or why it has none, and one claim-level fact (kind `candidates.CLAIM`, its
  answer the claim itself) for each claim with no askable answer or only side details, asked only as a denial;
  `concepts` finds the common-noun terms among
  the answers (and a term's wrong answers: the article's other terms of its head), and `point_phrases` a phrase of
  common words that is its claim's point ('discussing energy security', 'is considered a health care
  professional', 'More video links will be provided'), asked as a cloze only, and `pairs` two or three people
  named together after 'by', asked whole and typed in any order (after 'such as' they are examples); `reasons`
  turns a claim its sentence explains ('because', 'due to', ', saying' after a stance: 'rejected the offer,
  saying ...') into a why-question, the cause on the back of a basic card; `sidedetails` marks the
  facts beside the story (a person only quoted, unless `actors` finds them the actor of the claim: 'X said
  he would ...', 'X has backed ...', a name mentioned once in passing, one item of a list), which
  give no card; `candidates.score` ranks a person or body the article names in three sentences or more below the
  other answers of their sentence, unless `actors` finds them the actor of its claim, who then takes its point's
  score; `small_counts` ranks a small count beside the sentence's point ('of three planets') below its
  names and dates, and drops a trivial one ('two' of a pair) or an office named beside its holder;
  `peripheral` marks the facts of expository text more likely side details than not, by a model fitted on
  reviewers' verdicts (a news report keeps its facts);
  `claim_focus` then marks an answer in an adjunct, a modifier or an aside when its claim's subject or object
  can be asked instead, a figure inside the subject's modifier, and a census table's count; first it ranks each claim's
  point first: a change above the level worked out from it ('down 247p, or 18%, at 1115p'), the verb's subject or
  object above a name in another noun's modifier ('sanctions against Russia'), a point phrase above such a name
  and above a date that only sets the scene ('In 2023, ...').
- questions: `questions` asks a fact's answer as a wh-question (`Fact.question`, a `str`); `cards`
  (with `distractors`, `truefalse`, `denials`: a claim that denies something ('would not back') stated without
  its negation, with the claim as the correction, and `terms` for definitions, a quoted new term described by
  ', which ...' among them: 'What are control orders?') builds the cards → `Draft` (plain
  data), which `deck` gathers as `list[Option]` (a denial's flip meets only `claim_gates`, the gates on its text,
  and outranks a name that is only its claim's speaker or subject); `currency` shows a currency word before a
  figure ('dollars 40') as its symbol on the chosen cards.
- gates: `gates` (with `gap_gates`, on what the gap leaves beside it and a running total with nothing to date it,
  `figure_gates`, on a figure worked out from its neighbours or left in sight while a setting is asked,
  `reference_gates` and `unnamed_gates`, on what the card leaves unnamed ('such occasions', 'Some settlers',
  'the chancellor' of no one the article names; each writes the reference it found from a `referred.Referred`,
  which the retry with context reads back for its head noun; `world_definites` names the definite phrases that
  need no sentence before: 'in the summer', 'the justice system', 'the highest court'), `source_gates`, on a
  sentence printed broken or cut inside a list, `answer_gates`, on an answer that is the article's own subject or a
  name used as a modifier, `question_gates`, on a typed or choice question badly formed or of the wrong wh-word or
  a choice of places for the place of a war, `quote_gates`, on a gap inside someone's words,
  `question_form`, on one asking what its subject 'was', one of a class ('Who was a student of ...?'), 'here' or a
  contrast clause it carries, `one_answer`, on one another sentence answers with another name of its kind (the same
  verb and object),
  `trivia_gates`, on a continent, a road's name or a gloss as the answer, a road's course, the length of a debate,
  and `kinds`, the head words that show a
  wh-word does not fit its answer) holds the
  rubric's rules as named functions that drop a card (a card failing a reference gate is tried again with the
  sentence its reference leans on shown, 'a similar offer' too; a card whose context states its answer is
  dropped); a sentence is skipped in `candidates.plan_sentence`,
  an answer in `candidates.unaskable`, a card where a `cards` builder returns None, a side detail's card in
  `deck` (its rule named in --explain), a repeated fact in `rank`.
- ranking: `rank` chooses the best options up to the limit, one per claim, every claim first, types balanced
  → `list[Option]`; no card may give another away, so a claim whose cards would each silence two other claims
  waits for them when the claims that asks weigh more, and `swaps` trades a chosen card for two or more claims it
  silenced that weigh more than it; then `floor` gives a paragraph of two sentences or more that kept no card its
  softest-dropped card (a side detail, least likely one first, but never one of `floor.NEVER_KEPT`'s rules, or
  one the budget cut) that passed every gate and gives away no
  chosen card ('kept as the paragraph's one card' in --explain; not under a user's --max-cards).
- deck: `deck` gives the chosen cards ids and provenance → `Generated`: the `Deck`, and what every line
  and sentence gave, which `explain` turns into the lines of --explain (`stages` shows one sentence stage by
  stage for --explain-sentence).

`generate_file` is the entry point: it runs every stage on an article file or address. `generate_text` does
the same for text in memory; `read_source` (any input), `read_article` (a text file), `article_from_text` and
`generate_deck` are the first stage and the rest, for callers that make the `Article` themselves.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quizgen.generate.deck import Generated, generate_deck
from quizgen.generate.explain import explain
from quizgen.generate.sources import read_source
from quizgen.generate.text import Article, article_from_text, read_article

if TYPE_CHECKING:
    from quizgen.model.cards import Deck


def generate_file(
    path: str | Path, max_cards: int | None = None, types: list[str] | None = None, previous: Deck | None = None
) -> Generated:
    """Generate a deck from the article at `path` (a file, an http(s) address, or '-' for standard input),
    keeping the cards of `previous` whose facts are unchanged."""
    return generate_deck(read_source(str(path)), max_cards=max_cards, types=types, previous=previous)


def generate_text(
    text: str, path: str = "<text>", max_cards: int | None = None, types: list[str] | None = None
) -> Generated:
    """Generate a deck from article text in memory."""
    return generate_deck(article_from_text(text, path), max_cards=max_cards, types=types)


__all__ = [
    "Article",
    "Generated",
    "article_from_text",
    "explain",
    "generate_deck",
    "generate_file",
    "generate_text",
    "read_article",
    "read_source",
]
