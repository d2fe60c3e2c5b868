"""'the network' is the article's subject when the article itself gives its subject that class noun.

The article says what kind of thing its subject is: by a definition ('ABC is an American television network'),
an appositive ('Qantas, Australia's national carrier,') or a noun before the name ('Australian airline
Qantas'). A later singular 'the network' then means the subject, unless another thing that could be a network
is named in its sentence or the one before; then no rewrite is certain and the reference gates decide.
"""

from __future__ import annotations

from quizgen.generate.antecedents import article_org
from quizgen.generate.coref_words import Verdict, Word, cased, replaced
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.tokens import Token

_BE = frozenset(("is", "was"))
_DETERMINERS = frozenset(("a", "an", "the"))
_MODIFIERS = ("JJ", "JJS", "NN", "NNP", "VBN", "RBS", "POS", "CD")
_AFTER_NAME = frozenset(("of", "that", "which", "who", "'s", "’s"))


def subject_names(index: ArticleIndex) -> tuple[str, ...]:
    """The spellings of what the article is about: its title's subject, its organisation and their aliases."""
    names: list[str] = []
    if index.subject is not None:
        names.append(index.subject.name)
    org = article_org(index)
    if org is not None and (index.subject is None or _short_for(org, index.subject.name)):
        keys = [k for k in index.surfaces if k[0] in ("org", "name") and index.display(*k) == org]
        names.extend(s for k in keys for s in index.aliases(*k))
        names.append(org.removeprefix("the "))
    return tuple(dict.fromkeys(n for n in names if n))


def subject_classes(index: ArticleIndex) -> dict[str, str]:
    """Each class noun the article gives its subject → the name a rewrite writes ('network' → 'ABC')."""
    if index.classes is None:
        index.classes = {}
        names = subject_names(index)
        if names:
            writes = _written_name(index, names)
            for row in index.sentences:
                for noun in _given_classes(row.tokens, names):
                    index.classes.setdefault(noun, writes)
    return index.classes


def _short_for(org: str, name: str) -> bool:
    """'ABC' for the American Broadcasting Company, 'Newcastle' for Newcastle upon Tyne: the title's subject
    under a shorter name, not another organisation the article names often."""
    words = name.split()
    initials = "".join(w[0] for w in words if w[:1].isupper())
    return org == initials or (org in words and len(org) > 3)


def _written_name(index: ArticleIndex, names: tuple[str, ...]) -> str:
    """The name a rewrite uses: the organisation the article names most, else the title's subject as a sentence
    says it."""
    org = article_org(index)
    if org is not None and org.removeprefix("the ") in names:
        return org
    assert index.subject is not None
    return index.subject.phrase


def _name_at(tokens: list[Token], k: int, names: tuple[str, ...]) -> int | None:
    """The end (token position) of one of `names` starting at token `k`, or None."""
    for name in names:
        words = name.split()
        if [t.text for t in tokens[k : k + len(words)]] == words:
            return k + len(words)
    return None


def _given_classes(tokens: list[Token], names: tuple[str, ...]) -> set[str]:
    """The class nouns a sentence gives a name: 'X is a ... NOUN', 'X, the ... NOUN,', 'NOUN X'."""
    found: set[str] = set()
    for k in range(len(tokens)):
        end = _name_at(tokens, k, names)
        if end is None:
            continue
        if k > 0 and tokens[k - 1].tag == "NN" and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower():
            found.add(tokens[k - 1].text)  # 'Australian airline Qantas'
        j = end
        if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
            j += 3  # 'The American Broadcasting Company (ABC) is ...'
        head = None
        if j + 1 < len(tokens) and tokens[j].text in _BE and tokens[j + 1].text.lower() in _DETERMINERS:
            head = _head(tokens, j + 2, None)
        elif j + 1 < len(tokens) and tokens[j].text == ",":
            head = _head(tokens, j + 1, ",")
        if head is not None:
            found.add(head)
    return found


def _head(tokens: list[Token], start: int, closing: str | None) -> str | None:
    """The head noun of the phrase from `start`: its last plain singular noun before anything else (and, for an
    appositive, right before its closing comma)."""
    head = None
    j = start
    while j < len(tokens) and j - start < 8:
        tok = tokens[j]
        if tok.tag == "NN" and tok.text.isalpha() and tok.text.islower():
            head = tok.text
        elif tok.tag not in _MODIFIERS and tok.text.lower() not in _DETERMINERS:
            break
        j += 1
    if j < len(tokens) and tokens[j].text == "of":
        return None  # 'a bit of a husk', 'a member of': not what the thing is
    if closing is not None and (j >= len(tokens) or tokens[j].text != closing or tokens[j - 1].text != head):
        return None
    return head


def the_class_noun(w: Word) -> Verdict | None:
    """'the network' is the article's subject, by a class noun the article gives it, when nothing else the
    sentence or the one before names could be that network."""
    tokens, i = w.tokens, w.i
    if w.low != "the" or w.tok.tag != "DT" or i + 1 >= len(tokens) or tokens[i + 1].tag != "NN":
        return None
    noun = tokens[i + 1].text
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and (after.tag.startswith("NN") or after.text.lower() in _AFTER_NAME):
        return None  # 'the network television rights', 'the network of ...': another thing
    classes = subject_classes(w.index)
    if noun not in classes or _rival_named(w, noun):
        return None
    return replaced(w.tok.start, tokens[i + 1].end, cased(classes[noun], i == 0))


def _rival_named(w: Word, noun: str) -> bool:
    """The sentence or the one before names another organisation (unless a different class noun says what it
    is: 'The Australian newspaper'), or speaks of several of the class ('networks', 'the NBC network')."""
    names = subject_names(w.index)
    rows = [w.index.sentences[w.number - 1], w.row] if w.number > 0 else [w.row]
    for row in rows:
        own = row is w.row
        for k, tok in enumerate(row.tokens):
            if own and k == w.i + 1:
                continue
            if tok.text.lower() in (noun, noun + "s", noun + "es"):
                return True
        others = [m for m in row.mentions if m.kind in ("org", "name") and not _ours(m.text, names)]
        if any(not set_apart(row, m.end, noun) for m in others):
            return True
    return False


def _ours(text: str, names: tuple[str, ...]) -> bool:
    return any(text == n or text.removeprefix("the ").removeprefix("The ") == n for n in names)


def set_apart(row: Analysed, end: int, noun: str) -> bool:
    """The name ending at `end` is followed by a class noun of its own, not `noun` ('The Australian newspaper'
    is no airline)."""
    after = next((t for t in row.tokens if t.start >= end), None)
    return after is not None and after.tag == "NN" and after.text.isalpha() and after.text.islower() and after.text != noun
