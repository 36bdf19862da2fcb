"""Spot organisation names in text and resolve each surface form to one organisation.

Two mechanisms, in this order:

1. the gazetteer: known names and aliases, matched token by token (longest first);
2. rules for unknown names: capitalised spans with an organisation head word
   ("Bronovo Hospital", "Stichting Economie071", "Ministry of X"), names after a
   descriptive noun ("insurer Zilveren Kruis"), and acronyms defined in
   parentheses after a name ("Haaglanden Medisch Centrum (HMC)"), which then
   count as aliases for the rest of the page.

Everything works on "units" (the title and each paragraph), so mention offsets
are relative to the unit they were found in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from db.keys import alias_key
from scraper.extract import vocab as V
from scraper.extract.gazetteer import Gazetteer, GazetteerEntry, fold_accents, norm_token
from scraper.models import Organisation

_WORD = re.compile(r"\w+")
# Punctuation allowed between the words of a known name ("4TU.Federation", "TU/e",
# "Wageningen University & Research", "Ministry of Education, Culture and Science").
_NAME_GAP = re.compile(r"^(?:\s{1,3}|\s?[-/&.+~!'’]\s?|,\s|\s&\s|\.\s?)$")
# Gaps allowed inside a capitalised span found by the rules.
_RULE_GAP = re.compile(r"^(?:\s{1,2}|-|\s?&\s?|'|’|\.)$")
_ACRONYM = re.compile(r"^\s*\(\s*([A-Z0-9][A-Za-z0-9&+\-.]*[A-Z][A-Za-z0-9&+\-.]*)\s*\)")
_ACRONYM_BEFORE = re.compile(r"\b([A-Z][A-Za-z0-9&+\-]*[A-Z][A-Za-z0-9&+\-]*)\s*\(\s*$")
_ARTICLES = frozenset({"the", "de", "het"})
_CONTINUATION = frozenset({"of", "for", "van", "voor", "de", "di", "du"})
# Vocabulary keys folded like tokens ("Universität" -> "universitat").
_SUFFIX = {norm_token(k): v for k, v in V.ORG_SUFFIX_HEADS.items()}
_SUFFIX_2 = {(norm_token(a), norm_token(b)): v for (a, b), v in V.ORG_SUFFIX_HEADS_2.items()}
_PREFIX = {norm_token(k): v for k, v in V.ORG_PREFIX_HEADS.items()}
_STARTERS = frozenset(norm_token(w) for w in V.NON_NAME_STARTERS)
_NON_ORG_TAILS = frozenset(norm_token(w) for w in V.NON_ORG_TAILS)
_GENERIC = frozenset(norm_token(w) for w in V.GENERIC_NAME_WORDS)
_APPOSITIVE = {norm_token(k): v for k, v in V.APPOSITIVE_NOUNS.items()}
_LOWER_PREFIX = {norm_token(k): v for k, v in V.LOWER_PREFIX_HEADS.items()}
_SHORT_HEADS = frozenset(norm_token(w) for w in V.SHORT_REFERENCE_HEADS)
_LOWER_SHORT_HEADS = frozenset(norm_token(w) for w in V.LOWER_SHORT_REFERENCE_HEADS)
_CONNECTORS = frozenset(norm_token(w) for w in V.NAME_CONNECTORS)
_TRAILING_HEADS = dict(V.TRAILING_HEADS)
_PART_OF = frozenset(V.PART_OF_KINDS)


@dataclass(frozen=True, slots=True)
class OrgMention:
    """One occurrence of an organisation: canonical name, surface text and offsets."""

    name: str
    surface: str
    start: int
    end: int
    unit: int
    kind: str | None = None
    source: str = "gazetteer"


@dataclass(frozen=True, slots=True)
class _Token:
    raw: str
    norm: str
    start: int
    end: int


def _surface(text: str, start: int, end: int) -> str:
    """The name as written, with runs of white space (also no-break spaces) as one space."""
    return " ".join(text[start:end].split())


def _tokens(text: str) -> list[_Token]:
    return [
        _Token(m.group(), norm_token(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)
    ]


def _is_cap(tok: _Token) -> bool:
    raw = tok.raw
    if raw[0].isupper():
        return True
    # "eScience", "imec"-like spellings are caught by the gazetteer; digits lead names
    # like "4TU" only when an upper-case letter follows.
    return raw[0].isdigit() and any(ch.isupper() for ch in raw)


class _PageOrgs:
    """Collects mentions and page-local aliases while one page is scanned."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.local: dict[str, tuple[str, str | None]] = {}  # alias key -> (name, kind)
        self.local_phrases: dict[tuple[str, ...], str] = {}  # exact-case acronym -> key

    def resolve(self, surface: str) -> tuple[str, str | None] | None:
        key = alias_key(surface)
        entry = self.gaz.by_key.get(key)
        if entry is not None:
            return entry.name, entry.kind
        return self.local.get(key)


def _gazetteer_matches(
    text: str, toks: list[_Token], gaz: Gazetteer, unit: int
) -> list[OrgMention]:
    out: list[OrgMention] = []
    i = 0
    while i < len(toks):
        hit = _match_at(text, toks, i, gaz)
        if hit is None:
            i += 1
            continue
        n, entry = hit
        start, end = toks[i].start, toks[i + n - 1].end
        nxt = toks[i + n] if i + n < len(toks) else None
        if (
            nxt is not None
            and _TRAILING_HEADS.get(nxt.raw) == entry.kind
            and text[end : nxt.start] == " "
        ):
            # "the Leiden Bio Science Park foundation", "the Medical Delta consortium"
            end = nxt.end
            n += 1
        out.append(OrgMention(entry.name, _surface(text, start, end), start, end, unit, entry.kind))
        i += n
    return out


def _match_at(
    text: str, toks: list[_Token], i: int, gaz: Gazetteer
) -> tuple[int, GazetteerEntry] | None:
    first = toks[i]
    for n in gaz.lengths.get(first.norm, ()):
        if i + n > len(toks):
            continue
        phrase = tuple(t.norm for t in toks[i : i + n])
        entry = gaz.phrases.get(phrase)
        if entry is None:
            continue
        if n == 1:
            # Short names match only as written ("ING", not "ing"; "SURF", not "Surf").
            if fold_accents(first.raw) not in gaz.cased.get(phrase, ()):
                continue
        else:
            # "gemeente Rotterdam" is a name, "leiden university" in running text is not.
            if not any(ch.isupper() for t in toks[i : i + n] for ch in t.raw):
                continue
            if phrase[0] in _ARTICLES and not first.raw[0].isupper():
                continue
            gaps = (text[toks[k].end : toks[k + 1].start] for k in range(i, i + n - 1))
            if not all(_NAME_GAP.match(g) for g in gaps):
                continue
        return n, entry
    return None


def _runs(text: str, toks: list[_Token]) -> list[list[int]]:
    """Maximal runs of capitalised tokens, joined by name connectors ("of", "van", "&")."""
    runs: list[list[int]] = []
    cur: list[int] = []
    for k, tok in enumerate(toks):
        gap_ok = bool(cur) and bool(_RULE_GAP.match(text[toks[k - 1].end : tok.start]))
        if _is_cap(tok) or (tok.norm in _CONNECTORS and tok.raw.islower()):
            if cur and not gap_ok:
                runs.append(cur)
                cur = []
            if cur or _is_cap(tok):
                cur.append(k)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    # Trailing connectors never end a name.
    cleaned = []
    for run in runs:
        while run and not _is_cap(toks[run[-1]]):
            run.pop()
        if run:
            cleaned.append(run)
    return cleaned


def _split_on_and(
    toks: list[_Token], run: list[int], known: dict[str, tuple[int, ...]]
) -> list[list[int]]:
    """Split "A and B" into two names, but keep "University of Technology and Economics"."""
    parts: list[list[int]] = [[]]
    for n, k in enumerate(run):
        if toks[k].norm in ("and", "en", "und", "et"):
            after = run[n + 1 : n + 2]
            last = n + 1 == len(run) - 1
            if (
                last
                and any(toks[j].norm in _CONTINUATION for j in parts[-1])
                and after
                and not toks[after[0]].raw.isupper()
                and toks[after[0]].norm not in known
            ):
                parts[-1].append(k)
                continue
            parts.append([])
        else:
            parts[-1].append(k)
    return [p for p in parts if p]


def _rule_candidates(
    text: str, toks: list[_Token], known: dict[str, tuple[int, ...]]
) -> list[tuple[int, int, str]]:
    """(first token, last token, kind) of organisation names found by head-word rules."""
    found: list[tuple[int, int, str]] = []
    for run in _runs(text, toks):
        for part in _split_on_and(toks, run, known):
            cand = _candidate_in(toks, part)
            if cand is not None:
                found.append(cand)
    found.extend(_appositive_candidates(text, toks))
    found.extend(_lowercase_head_candidates(text, toks))
    return found


def _lowercase_head_candidates(text: str, toks: list[_Token]) -> list[tuple[int, int, str]]:
    """ "the HealthTIES consortium": a capitalised name followed by a lower-case group head."""
    out = []
    for k, tok in enumerate(toks[1:], start=1):
        kind = _TRAILING_HEADS.get(tok.raw)
        if kind not in ("consortium", "alliance") or text[toks[k - 1].end : tok.start] != " ":
            continue
        if not _is_cap(toks[k - 1]):
            continue  # "dat netwerk"
        start = k - 1
        while (
            start > 0
            and _is_cap(toks[start - 1])
            and text[toks[start - 1].end : toks[start].start] == " "
        ):
            start -= 1
        while start < k and (toks[start].norm in _STARTERS or not _is_cap(toks[start])):
            start += 1
        if start == k or all(t.norm in _GENERIC for t in toks[start:k]):
            continue
        if start > 0 and text[toks[start - 1].end : toks[start].start] == "-":
            continue  # "the Delft-Leiden-Rotterdam consortium" describes, it does not name
        if k - start == 1 and toks[start].raw.istitle():
            continue  # "the Rotterdam consortium": a place, not a name
        if any(t.norm in _NON_ORG_TAILS or t.norm in V.PERSON_TITLES for t in toks[start:k]):
            continue
        out.append((start, k, kind))
    return out


def _candidate_in(toks: list[_Token], part: list[int]) -> tuple[int, int, str] | None:
    norms = [toks[k].norm for k in part]
    # Suffix heads first: "Bronovo Hospital", "Casimir Research School", with an optional
    # continuation ("Aeres University of Applied Sciences", "X Universiteit Rotterdam").
    for j in range(len(part) - 1, -1, -1):
        norm = norms[j]
        kind = _SUFFIX_2.get((norms[j - 1], norm)) if j > 0 else None
        kind = kind or _SUFFIX.get(norm)
        if kind is None or not toks[part[j]].raw[0].isupper():
            continue
        end = j
        if end + 2 < len(part) and norms[end + 1] in _CONTINUATION:
            end = len(part) - 1
        elif (
            kind == "university"
            and end + 1 == len(part) - 1
            and norms[end + 1] not in _CONTINUATION
        ):
            end += 1  # a trailing place name: "Erasmus Universiteit Rotterdam"
        start = 0
        while start < j and (norms[start] in _STARTERS or not toks[part[start]].raw[0].isupper()):
            start += 1
        found = _checked(toks, part[start : end + 1], kind)
        if found is not None:
            return found
        break
    # Prefix heads: "Stichting X", "Gemeente X", "Ministerie van X", "Hochschule X".
    for j, norm in enumerate(norms):
        head = _PREFIX.get(norm)
        if head is None or not toks[part[j]].raw[0].isupper():
            continue
        kind, needs_of = head
        rest = part[j + 1 :]
        if not rest or not kind:
            continue
        if needs_of and toks[rest[0]].norm not in _CONTINUATION:
            continue
        return _checked(toks, part[j:], kind)
    return None


def _checked(toks: list[_Token], span: list[int], kind: str) -> tuple[int, int, str] | None:
    norms = [toks[k].norm for k in span]
    if len(span) < 2:
        return None
    if any(n in V.PERSON_TITLES for n in norms):
        return None
    if norms[-1] in _NON_ORG_TAILS or norms[0] in _NON_ORG_TAILS:
        return None
    if all(n in _GENERIC for n in norms):
        return None
    return span[0], span[-1], kind


def _appositive_candidates(text: str, toks: list[_Token]) -> list[tuple[int, int, str]]:
    """Names after a descriptive noun: "dairy cooperative FrieslandCampina", "insurer X"."""
    out = []
    for k, tok in enumerate(toks[:-1]):
        kind = _APPOSITIVE.get(tok.norm) or _LOWER_PREFIX.get(tok.norm)
        if kind is None or not tok.raw.islower():
            continue
        j = k + 1
        if tok.norm in _LOWER_PREFIX:
            if tok.norm == "ministerie" and toks[j].norm != "van":
                continue
            # "de gemeente Enschede": the head is part of the name.
            name_end = j + 1 if toks[j].norm == "van" else j
            if name_end >= len(toks) or not _is_cap(toks[name_end]):
                continue
            if text[tok.end : toks[j].start] != " " or text[
                toks[j].end : toks[name_end].start
            ] not in ("", " "):
                continue
            end = name_end
            while (
                end + 1 < len(toks)
                and _is_cap(toks[end + 1])
                and _RULE_GAP.match(text[toks[end].end : toks[end + 1].start])
            ):
                end += 1
            out.append((k, end, kind))
            continue
        if text[tok.end : toks[j].start] != " " or not _is_cap(toks[j]):
            continue
        end = j
        while (
            end + 1 < len(toks)
            and _is_cap(toks[end + 1])
            and _RULE_GAP.match(text[toks[end].end : toks[end + 1].start])
        ):
            end += 1
        if toks[j].norm in _STARTERS or toks[end].norm in _NON_ORG_TAILS:
            continue
        if end + 1 < len(toks) and toks[end + 1].norm in _NON_ORG_TAILS:
            continue
        out.append((j, end, kind))
    return out


def _overlaps(a: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def find_mentions(units: Sequence[str], gazetteer: Gazetteer) -> list[list[OrgMention]]:
    """Every organisation mention in each unit (title, paragraphs), in text order.

    Page-local aliases (acronyms defined in parentheses, names found by rules)
    are shared across units, so "(HMC)" in one paragraph resolves "HMC" in the next.
    """
    page = _PageOrgs(gazetteer)
    tokens = [_tokens(u) for u in units]
    mentions: list[list[OrgMention]] = []
    for u, (text, toks) in enumerate(zip(units, tokens, strict=True)):
        found = _gazetteer_matches(text, toks, gazetteer, u)
        spans = [(m.start, m.end) for m in found]
        rules = [] if _title_case(text, toks) else _rule_candidates(text, toks, gazetteer.lengths)
        for i, j, kind in rules:
            start, end = toks[i].start, toks[j].end
            inner = [m for m in found if start <= m.start and m.end <= end]
            if _overlaps((start, end), spans) and not _extends(inner, toks, i, j):
                continue
            surface = _surface(text, start, end)
            found = [m for m in found if m not in inner]
            spans = [(m.start, m.end) for m in found]
            name, okind = page.resolve(surface) or (surface, kind)
            if len(inner) == 1 and (inner[0].kind == kind or (inner[0].kind, kind) in _PART_OF):
                # "Stichting Leiden Bio Science Park" is the foundation the gazetteer knows;
                # "Erasmus MC Cancer Institute" is part of Erasmus MC, like a faculty.
                name, okind = inner[0].name, inner[0].kind
            page.local.setdefault(alias_key(surface), (name, okind))
            if j == i and not inner:
                # "studentenhuisvester DUWO" names DUWO for the rest of the page too.
                page.local_phrases.setdefault(toks[i].raw, alias_key(surface))
            found.append(OrgMention(name, surface, start, end, u, okind, "rule"))
            spans.append((start, end))
        found.sort(key=lambda m: m.start)
        _learn_acronyms(text, found, page)
        mentions.append(found)
    # Second pass: page-defined acronyms and short references used anywhere on the page.
    for u, (text, toks) in enumerate(zip(units, tokens, strict=True)):
        found = mentions[u]
        spans = [(m.start, m.end) for m in found]
        for tok in toks:
            key = page.local_phrases.get(tok.raw)
            if key is None or _overlaps((tok.start, tok.end), spans):
                continue
            name, kind = page.local[key]
            found.append(OrgMention(name, tok.raw, tok.start, tok.end, u, kind, "acronym"))
        found.extend(_short_references(text, toks, spans, mentions, u))
        found.sort(key=lambda m: m.start)
    return mentions


def _title_case(text: str, toks: list[_Token]) -> bool:
    """A Title Case Headline: capitals carry no signal there, so the rules stay silent.

    Only short units without a full stop count: sentences listing names are mostly
    capitals too.
    """
    if text.rstrip().endswith((".", "!", "?")):
        return False
    words = [t for t in toks if t.raw[0].isalpha() and len(t.raw) > 3]
    if not 4 <= len(words) <= 12 or len(toks) > 16:
        return False
    return sum(t.raw[0].isupper() for t in words) >= 0.8 * len(words)


def _extends(inner: list[OrgMention], toks: list[_Token], i: int, j: int) -> bool:
    """A rule span that adds a head to one known name: "Leiden University Fund",
    "Stichting Leiden Bio Science Park". Not "Anna Jansen of Leiden University"."""
    if len(inner) != 1:
        return False
    known = inner[0]
    start, end = toks[i].start, toks[j].end
    head_before = known.start > start and toks[i].norm in _PREFIX and known.end == end
    tail = [k for k in range(i, j + 1) if toks[k].start >= known.end]
    head_after = (
        known.start == start
        and bool(tail)
        and any(
            toks[k].norm in _SUFFIX or (toks[k - 1].norm, toks[k].norm) in _SUFFIX_2 for k in tail
        )
    )
    return head_before or head_after


def _learn_acronyms(text: str, found: list[OrgMention], page: _PageOrgs) -> None:
    for m in found:
        after = _ACRONYM.match(text[m.end :])
        if after:
            _add_local(page, after.group(1), m.name, m.kind)
        before = _ACRONYM_BEFORE.search(text[: m.start])
        if before and text[m.end :].lstrip().startswith(")"):
            _add_local(page, before.group(1), m.name, m.kind)


def _add_local(page: _PageOrgs, acronym: str, name: str, kind: str | None) -> None:
    key = alias_key(acronym)
    if not key or key in page.gaz.by_key and page.gaz.by_key[key].name != name:
        return  # never let a page redefine a well-known acronym
    page.local[key] = (name, kind)
    page.local_phrases[acronym] = key


def _short_references(
    text: str,
    toks: list[_Token],
    spans: list[tuple[int, int]],
    mentions: list[list[OrgMention]],
    unit: int,
) -> list[OrgMention]:
    """ "the Commission" after "the European Commission"; "gemeente, provincie en RUG" in a list.

    A head noun alone refers back to the last organisation named with that head
    word, when it follows an article (capitalised) or stands in a list.
    """
    out = []
    for k, tok in enumerate(toks):
        if tok.norm not in _SHORT_HEADS or _overlaps((tok.start, tok.end), spans):
            continue
        after = text[tok.end : toks[k + 1].start] if k + 1 < len(toks) else ""
        if k + 1 < len(toks) and _is_cap(toks[k + 1]) and after == " ":
            continue  # "Gemeente Oss": a name of its own, handled by the rules
        in_list = after.startswith(",") or (
            k + 1 < len(toks) and toks[k + 1].norm in ("en", "and") and after == " "
        )
        after_article = (
            k > 0
            and toks[k - 1].norm in _ARTICLES
            and (tok.raw[0].isupper() or tok.norm in _LOWER_SHORT_HEADS)
        )
        if not (in_list or after_article):
            continue
        target = _last_with_head(mentions, unit, tok.start, tok.norm)
        if target is not None:
            out.append(
                OrgMention(target.name, tok.raw, tok.start, tok.end, unit, target.kind, "short")
            )
    return out


def _last_with_head(
    mentions: list[list[OrgMention]], unit: int, before: int, head: str
) -> OrgMention | None:
    best = None
    for u in range(unit + 1):
        for m in mentions[u]:
            if u == unit and m.start >= before:
                break
            words = _WORD.findall(m.surface)
            if head in (norm_token(words[0]), norm_token(words[-1])):
                best = m
    return best


def organisations_from(mentions: Sequence[Sequence[OrgMention]]) -> tuple[Organisation, ...]:
    """One Organisation per canonical name, in order of first mention, with every surface form."""
    forms: dict[str, list[str]] = {}
    kinds: dict[str, str | None] = {}
    for unit in mentions:
        for m in unit:
            surfaces = forms.setdefault(m.name, [])
            if m.surface not in surfaces:
                surfaces.append(m.surface)
            kinds.setdefault(m.name, m.kind)
    return tuple(Organisation(name=n, aliases=tuple(s), kind=kinds[n]) for n, s in forms.items())
