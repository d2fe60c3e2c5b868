"""People and their roles: "BP chief executive Lord Browne", "Rory O'Neill, editor of Hazards magazine,"."""

from __future__ import annotations

from collections import Counter

from quizgen.generate.entities import Mention
from quizgen.generate.index import Analysed, ArticleIndex
from quizgen.generate.tokens import Token

ROLE_NOUNS = frozenset(
    """secretary executive spokesman spokeswoman spokesperson chairman chairwoman chair president director
    manager editor boss minister leader head chief founder commissioner governor ambassador chancellor mayor
    treasurer coach captain striker owner premier
    """.split()
)
"""Head nouns of a role one person holds."""
HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Sir Lord Lady Dame Baroness Baron Rev Professor Prof".split())
_SHARED = frozenset("vice senior member members one co-author co-founder assistant deputy-general".split())
"""Words of roles many people hold at once: no one right answer."""
_STOP_BEFORE = frozenset("and or & of for with by from in at on to as".split())
_ROLE_TAGS = ("NN", "NNS", "NNP", "NNPS", "JJ", "POS", "CD")
_MAX_ROLE_WORDS = 10

RoleKey = tuple[int, int]
"""(sentence number, start of the person mention)."""


def article_roles(index: ArticleIndex) -> dict[RoleKey, str]:
    """A 'Who is ...?' question for every person the article gives a role, when the role names one person."""
    found: dict[RoleKey, tuple[str, str]] = {}
    holders: dict[str, set[str]] = {}
    dominant = dominant_org(index)
    for n, row in enumerate(index.sentences):
        for m in row.mentions:
            if m.kind != "person":
                continue
            role = role_after(row, m) or role_before(row, m, dominant)
            if role is None:
                continue
            if _needs_its_country(index, row, role):
                continue
            question = dated_role_question(row, role)
            if question is None:
                continue
            found[(n, m.start)] = (question, m.key)
            holders.setdefault(question.casefold(), set()).add(m.key)
    return {k: q for k, (q, person) in found.items() if len(holders[q.casefold()]) == 1}


_LASTING = frozenset(("founder",))
"""Roles held for good: 'Who is the founder of ...?' has one answer whenever it is asked."""


def dated_role_question(row: Analysed, role: str) -> str | None:
    """'Who was the US Treasury Secretary in 2004?': an office changes hands, so its question is dated by the
    one year its sentence names; with no such year there is no question ('Who is ...?' has another answer
    today)."""
    if role.split()[-1].lower() in _LASTING:
        return f"Who is {role}?"
    years = {m.text for m in row.mentions if m.kind == "year"}
    if len(years) != 1:
        return None
    return f"Who was {role} in {years.pop()}?"


_OFFICES = frozenset("secretary minister chancellor president governor ambassador treasurer premier mayor".split())
"""Offices every country or city has: 'the Treasury Secretary' says whose only with its country."""
_WHERE = ("country", "nationality", "place")


def _needs_its_country(index: ArticleIndex, row: Analysed, role: str) -> bool:
    """'the Treasury Secretary' when the paragraph says whose ('US', 'Germany's') but the role does not."""
    if role.split()[-1].lower() not in _OFFICES:
        return False
    paragraph = [r for r in index.sentences if r.sentence.paragraph == row.sentence.paragraph]
    places = [o.text for r in paragraph for o in r.mentions if o.kind in _WHERE]
    return bool(places) and not any(p in role for p in places)


def role_before(row: Analysed, m: Mention, dominant: str | None = None) -> str | None:
    """The role written before a name ('Newcastle boss', 'Home Secretary'), as a noun phrase with 'the'."""
    tokens = row.tokens
    k = next((i for i, t in enumerate(tokens) if t.start == m.start), None)
    if k is None:
        return None
    while k > 0 and tokens[k - 1].text in HONORIFICS:
        k -= 1
    j = k
    while j > 0 and _modifier(tokens[j - 1]) and k - j < _MAX_ROLE_WORDS:
        j -= 1
    role = tokens[j:k]
    if not role or role[-1].text.lower() not in ROLE_NOUNS:
        return None
    before = tokens[j - 1].text.lower() if j > 0 else ""
    if before in ("a", "an", "another", "one") or before in _STOP_BEFORE and before not in ("by", "with", "to", "as"):
        return None  # "a spokesman", "England and Real Madrid striker"
    words = [t.text for t in role]
    if j == 0 and len(words) > 1 and words[1][:1].islower() and _common(words[0]):
        words[0] = words[0].lower()  # "General secretary" at the start of a sentence
    if any(w.lower() in _SHARED or w.lower().startswith("co-") for w in words):
        return None
    text = _join(role, words)
    if any(w[:1].isupper() for w in words[:-1]) or _titled(words):
        return _with_the(text)
    if words[-1][:1].isupper() or dominant is None or len(words) > 3:
        return None  # "President" alone, or "chief executive" of no known organisation
    return f"the {dominant} {text}"


def _common(word: str) -> bool:
    """A capitalised word that is a common word in the tagger's lexicon ('General', 'Chief')."""
    from textblob.en import lexicon

    return word.lower() != word and lexicon.get(word.lower()) is not None


def role_after(row: Analysed, m: Mention) -> str | None:
    """The role in an appositive after a name: 'X, editor of union-backed Hazards magazine, said'."""
    tokens = row.tokens
    k = next((i for i, t in enumerate(tokens) if t.start >= m.end), None)
    if k is None or tokens[k].text != "," or k + 1 >= len(tokens):
        return None
    end = next((i for i in range(k + 1, len(tokens)) if tokens[i].text in (",", ".", ";", ":", "(", "-")), len(tokens))
    role = tokens[k + 1 : end]
    if not role or len(role) > _MAX_ROLE_WORDS or end == len(tokens):
        return None
    first = role[0].text.lower()
    if first in ("a", "an", "another", "one", "who", "which", "whose", "whom", "and", "but", "said", "says"):
        return None
    if any(t.tag.startswith(("VB", "MD", "PRP", "W")) and "-" not in t.text for t in role):
        return None
    if any(t.text.lower() in _SHARED or t.text.lower().startswith("co-") for t in role):
        return None
    head = next((t for t in role if t.tag in ("IN", "TO")), None)
    noun = role[role.index(head) - 1] if head is not None and role.index(head) > 0 else role[-1]
    if noun.text.lower() not in ROLE_NOUNS:
        return None
    return _with_the(_join(role, [t.text for t in role]))


def _modifier(tok: Token) -> bool:
    """A word that can modify a role noun before a name: 'Lib Dem home affairs', 'IBM's', 'former'."""
    if tok.text in HONORIFICS or tok.text.lower() in _STOP_BEFORE:
        return False
    # 'US' of 'US Treasury Secretary' is tagged as the pronoun 'us'
    return tok.tag in _ROLE_TAGS or tok.text in ("'s", "’s") or tok.text.isupper() and len(tok.text) > 1


def _titled(words: list[str]) -> bool:
    """A capitalised title of two or more words: 'Home Secretary', 'Prime Minister'."""
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _join(tokens: list[Token], words: list[str]) -> str:
    out = words[0]
    for prev, tok, word in zip(tokens, tokens[1:], words[1:], strict=False):
        out += (" " if tok.start > prev.end else "") + word
    return out


def _with_the(role: str) -> str:
    """'the editor of ...' unless the role already starts with a determiner or a possessive."""
    first = role.split()[0]
    if first.lower() in ("the", "his", "her", "its", "their") or first.endswith(("'s", "’s")):
        return role[:1].lower() + role[1:] if first.lower() == "the" else role
    return "the " + role


def dominant_org(index: ArticleIndex) -> str | None:
    """The organisation the article is about: named at least three times and 1.5 times as often as any other."""
    counts = Counter({key: n for (kind, key), n in index.counts.items() if kind == "org"})
    top = counts.most_common(2)
    if not top or top[0][1] < 3 or (len(top) > 1 and top[0][1] < 1.5 * top[1][1]):
        return None
    return index.display("org", top[0][0])
