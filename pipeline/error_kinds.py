"""Count extraction mistakes by kind, over a whole gold set.

The eval's F1 figures say how much is wrong; these counts say what kind of
thing is wrong, without naming a page, a name or a sentence. That makes them
safe to print for a held-out set: they tell which mechanism to work on next
(party lists, types, dates, unrecognised organisations) without showing what
the held-out pages contain, in the way the private sets are reported back.

Kinds, per page after the eval's own matching (``pipeline.evaluate``):
- organisations: a missed gold organisation is a *boundary* miss when an
  extracted name that matched nothing overlaps one of its surface forms (a
  cut or overlong name), else *not found*; an extra name is a *boundary* extra
  when it overlaps a missed organisation's form, a *duplicate* when it maps to
  an organisation already matched, else *spurious*;
- agreements: every gold record and every extracted record left unmatched on
  its party set is put in one class: the predicted set is a subset or a
  superset of the gold one, they share some parties, a collective record
  stands where gold has a distributive list (or the reverse), or there is no
  overlap at all (split by whether every gold party was recognised as an
  organisation on the page);
- why a record was missed or extra, from the sentences: each gold record left
  unmatched is put by its evidence sentence (did any extracted record come from
  a sentence overlapping it; are all its parties recognised and named in it,
  is one only referred to, "the university", "both partners", the sentence
  before, or is one not recognised as an organisation on the page at all),
  and each extracted record left unmatched by whether its sentence holds a
  gold record at all (a wrong reading of a real agreement, or no agreement
  there) and whether all its parties are named in that sentence;
- strict: among records whose party sets match, the type or the date differs
  (``type: gold -> got``; ``date: missing``, ``unexpected``, ``precision``,
  ``value``);
- dates in the text and the published date: missed and extra, by precision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from scraper.keys import alias_key
from scraper.models import Extraction


def _forms(names: Iterable[str]) -> set[str]:
    return {k for k in (alias_key(n) for n in names) if k}


def _overlaps(a: str, b: str) -> bool:
    """True when one normalised form contains the other as whole words."""
    if not a or not b:
        return False
    short, long_ = sorted((f" {a} ", f" {b} "), key=len)
    return short in long_


def organisation_kinds(
    extraction: Extraction, gold_orgs: list[dict[str, Any]], mapping: dict[str, str]
) -> Counter[str]:
    """Missed and extra organisations, by kind."""
    kinds: Counter[str] = Counter()
    matched = set(mapping.values())
    first_for: dict[str, str] = {}
    for org in extraction.organisations:
        if org.name in mapping:
            first_for.setdefault(mapping[org.name], org.name)
    missed = [g for g in gold_orgs if g["name"] not in matched]
    missed_forms = [_forms([g["name"], *g.get("aliases", [])]) for g in missed]
    unknown = [o for o in extraction.organisations if o.name not in mapping]
    unmatched_forms = [_forms([o.name, *o.aliases]) for o in unknown]
    for forms in missed_forms:
        cut = any(_overlaps(f, u) for uf in unmatched_forms for u in uf for f in forms)
        kinds[
            "organisations: missed, boundary (cut or overlong)"
            if cut
            else "organisations: missed, not found"
        ] += 1
    for org in extraction.organisations:
        if org.name in mapping and first_for.get(mapping[org.name]) != org.name:
            kinds["organisations: extra, duplicate of a found one"] += 1
    for forms in unmatched_forms:
        cut = any(_overlaps(f, m) for mf in missed_forms for m in mf for f in forms)
        kinds[
            "organisations: extra, boundary (cut or overlong)"
            if cut
            else "organisations: extra, spurious"
        ] += 1
    return kinds


def unmatched(predicted: Sequence[Any], expected: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """Match predicted items to expected ones as multisets; return (extra, missed).

    The eval's own matching (``pipeline.evaluate``) counts with it too, so the
    kinds are counted on exactly the mistakes its figures count.
    """
    remaining = list(expected)
    extra = []
    for item in predicted:
        if item in remaining:
            remaining.remove(item)
        else:
            extra.append(item)
    return extra, remaining


def agreement_kinds(
    predicted: list[frozenset[str]],
    expected: list[frozenset[str]],
    recognised: set[str],
) -> Counter[str]:
    """Classify the records left unmatched on their party sets."""
    kinds: Counter[str] = Counter()
    extra, missed = unmatched(predicted, expected)
    used_extra: set[int] = set()
    for gold in missed:
        # Distributive list merged: this gold pair is part of one bigger extracted set
        # that is the union of several gold records.
        unions = [
            i for i, p in enumerate(extra) if gold < p and sum(1 for g in expected if g <= p) >= 2
        ]
        if unions:
            kinds["parties: one collective record where gold lists several (distributive)"] += 1
            used_extra.update(unions)
            continue
        best = max(range(len(extra)), key=lambda i: len(extra[i] & gold), default=None)
        if best is None or not extra[best] & gold:
            known = all(p in recognised for p in gold)
            kinds[
                "parties: gold record missed, all parties recognised"
                if known
                else "parties: gold record missed, a party not recognised"
            ] += 1
            continue
        got = extra[best]
        used_extra.add(best)
        if got < gold:
            lost = gold - got
            known = all(p in recognised for p in lost)
            kinds[
                "parties: too few (missing party recognised elsewhere)"
                if known
                else "parties: too few (missing party not recognised)"
            ] += 1
        elif got > gold:
            spare = got - gold
            unknown = any(p.startswith("?") for p in spare)
            kinds[
                "parties: too many (an extra party not in gold organisations)"
                if unknown
                else "parties: too many"
            ] += 1
        else:
            kinds["parties: wrong party (sets overlap)"] += 1
    for i, got in enumerate(extra):
        if i in used_extra:
            continue
        if sum(1 for g in expected if g < got) >= 2:
            kinds["parties: extra collective record (distributive list)"] += 1
        elif any(g > got and len(got) >= 2 for g in expected) and all(
            len(g) > 2 for g in expected if g > got
        ):
            kinds["parties: pair where gold has one collective record"] += 1
        elif any(p.startswith("?") for p in got):
            kinds["parties: spurious record (with a party gold does not list)"] += 1
        elif len(got) < 2:
            kinds["parties: spurious record (one party)"] += 1
        else:
            kinds["parties: spurious record (gold organisations)"] += 1
    return kinds


def party_forms(
    extraction: Extraction, gold_orgs: list[dict[str, Any]], mapping: dict[str, str]
) -> dict[str, set[str]]:
    """Each party name's normalised forms, as ``score_page`` names parties.

    A gold organisation has its name, its aliases and the forms of every
    extracted name mapped to it; an extracted name gold does not list is
    ``?name`` with its own forms.
    """
    forms = {g["name"]: _forms([g["name"], *g.get("aliases", [])]) for g in gold_orgs}
    for org in extraction.organisations:
        own = _forms([org.name, *org.aliases])
        if org.name in mapping:
            forms.setdefault(mapping[org.name], set()).update(own)
        else:
            forms[f"?{org.name}"] = own
    return forms


def _words(text: str) -> set[str]:
    return set(alias_key(text).split())


def _same_sentence(a: str, b: str) -> bool:
    """True when two evidence texts are (nearly) the same stretch of the page."""
    wa, wb = _words(a), _words(b)
    shorter = min(len(wa), len(wb))
    return shorter >= 3 and len(wa & wb) >= 0.6 * shorter


def _all_named(parties: frozenset[str], sentence: str, forms: dict[str, set[str]]) -> bool:
    """True when every party is named in the sentence by one of its forms."""
    text = f" {alias_key(sentence)} "
    return all(any(f" {f} " in text for f in forms.get(p, ())) for p in parties)


def evidence_kinds(
    predicted: Sequence[tuple[frozenset[str], str]],
    expected: Sequence[tuple[frozenset[str], str]],
    forms: dict[str, set[str]],
    recognised: set[str],
) -> Counter[str]:
    """Why records were missed or extra, told from their evidence sentences.

    ``predicted`` and ``expected`` are (party set, evidence) pairs, the party
    sets named as in ``agreement_kinds``; ``forms`` holds each party name's
    normalised surface forms (gold names and aliases, and an extracted name's
    own forms for the ``?name`` parties gold does not list); ``recognised``
    the gold organisations found on the page.
    """
    kinds: Counter[str] = Counter()
    remaining = list(range(len(expected)))
    extra: list[int] = []
    for i, (parties, _) in enumerate(predicted):
        j = next((j for j in remaining if expected[j][0] == parties), None)
        if j is None:
            extra.append(i)
        else:
            remaining.remove(j)
    for j in remaining:
        parties, evidence = expected[j]
        read = any(_same_sentence(evidence, predicted[i][1]) for i in extra)
        if not parties <= recognised:
            how = ", a party not recognised on the page"
        elif _all_named(parties, evidence, forms):
            how = ", every party recognised and named in it"
        else:
            how = ", a party only referred to"
        kinds[
            "parties, why missed: "
            + ("its sentence gave other parties" if read else "its sentence gave none")
            + how
        ] += 1
    for i in extra:
        parties, evidence = predicted[i]
        real = any(_same_sentence(evidence, expected[j][1]) for j in range(len(expected)))
        named = _all_named(parties, evidence, forms)
        kinds[
            "parties, why extra: "
            + ("its sentence holds a gold record" if real else "no gold record in its sentence")
            + (", every party named in it" if named else ", a party only referred to")
        ] += 1
    return kinds


def strict_kinds(
    predicted: Sequence[tuple[frozenset[str], str, str | None]],
    expected: Sequence[tuple[frozenset[str], str, str | None]],
) -> Counter[str]:
    """Among records whose party sets match, what else differs."""
    kinds: Counter[str] = Counter()
    pending, remaining = unmatched(predicted, expected)
    for parties, got_type, got_date in pending:
        gold = next((g for g in remaining if g[0] == parties), None)
        if gold is None:
            continue
        remaining.remove(gold)
        _, want_type, want_date = gold
        if got_type != want_type:
            kinds[f"type: gold {want_type} -> got {got_type}"] += 1
        if got_date != want_date:
            if got_date is None:
                kinds["date: missing"] += 1
            elif want_date is None:
                kinds["date: unexpected (gold has none)"] += 1
            elif len(got_date) != len(want_date):
                kinds["date: other precision"] += 1
            else:
                kinds["date: other value"] += 1
    return kinds


def date_kinds(
    predicted: Sequence[tuple[str | None, str]], expected: Sequence[tuple[str | None, str]]
) -> Counter[str]:
    """Missed and extra dates in the text, by precision."""
    kinds: Counter[str] = Counter()
    extra, missed = unmatched(predicted, expected)
    for value, precision in missed:
        kinds[f"dates: missed ({precision}{', unresolved' if value is None else ''})"] += 1
    for value, precision in extra:
        kinds[f"dates: extra ({precision}{', unresolved' if value is None else ''})"] += 1
    return kinds


def published_kind(got: str | None, want: str | None) -> str | None:
    """The kind of a wrong published date, or None when it is right."""
    if got == want:
        return None
    if got is None:
        return "published: missing"
    if want is None:
        return "published: given where gold has none"
    return "published: other date"
