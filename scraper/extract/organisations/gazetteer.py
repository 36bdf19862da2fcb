"""The curated list of known organisations, loaded once into a phrase table.

The packaged file ``scraper/data/gazetteer.toml`` holds one ``[[org]]`` table per
organisation (``name``, ``kind``, ``aliases``). A user file in the same format
extends it: an entry whose name or alias is already known adds aliases to that
organisation, any other entry is a new organisation.

Matching works on word tokens normalised like :func:`scraper.keys.alias_key`, so the
database and the extractor agree on what counts as the same name.
"""

from __future__ import annotations

import functools
import logging
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scraper.keys import alias_key

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"\w+")
# Kinds of organisation whose own site may call it "the university" or "het ziekenhuis".
OWNER_KINDS = frozenset({"university", "university_of_applied_sciences", "umc", "hospital"})
# Host labels that name no organisation: "www.", "news.", "ac.uk", "edu".
_HOST_WORDS = frozenset(
    {"www", "www2", "en", "nl", "de", "fr", "m", "news", "nieuws", "press", "pers", "blog"}
    | {"ac", "co", "edu", "com", "org", "net", "gov", "int", "eu"}
)
# Labels after a university's own label on an academic domain ("ncl.ac.uk", "nus.edu.sg").
_ACADEMIC_LABELS = frozenset({"ac", "edu"})
# Words of a name a host spells by their initials ("utwente": University of Twente, "tudelft":
# Technische Universiteit Delft), and the words a host leaves out ("of", "van").
_HOST_HEAD_WORDS = frozenset(
    """university universiteit universitat universitaet universidad universidade universite
    universita uni technische technical technology technological hogeschool hospital
    hospitals ziekenhuis medical medisch center centre centrum college institute polytechnic
    politecnico applied sciences open vrije free catholic katholieke""".split()
)
_HOST_SKIPPED_WORDS = frozenset("""of van the de di for voor and en y e du des der""".split())


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known organisation: canonical name, kind and every alias."""

    name: str
    kind: str | None
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class Gazetteer:
    """Known organisations, indexed by alias key and by token phrase.

    ``phrases`` maps a tuple of normalised tokens to its entry; single-token
    phrases also record the exact spellings allowed (``cased``), because short
    names like "ING" or "SURF" must not match ordinary words. ``lengths`` gives the
    phrase lengths a first token can start; ``trie`` holds the same phrases token by
    token (a node maps the next token to its node; the key "" marks a phrase's end), so
    that the phrases starting at a token are found by walking the text once.
    """

    entries: list[GazetteerEntry] = field(default_factory=list)
    by_key: dict[str, GazetteerEntry] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], GazetteerEntry] = field(default_factory=dict)
    cased: dict[tuple[str, ...], set[str]] = field(default_factory=dict)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    trie: dict[str, Any] = field(default_factory=dict)
    glued: dict[str, GazetteerEntry] | None = None  # built by ``_glued`` on first use
    host_forms: (
        list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], GazetteerEntry]] | None
    ) = None
    # Each host's owner, once found (``site_owner`` is asked twice per page).
    owners: dict[str, GazetteerEntry | None] = field(default_factory=dict)

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry a surface form refers to, or None."""
        return self.by_key.get(alias_key(name))

    def site_owner(self, url: str | None) -> GazetteerEntry | None:
        """The university or hospital whose site ``url`` is on, read from the host's labels
        as an alias written without spaces ("www.tudelft.nl" is TU Delft,
        "www.universiteitleiden.nl" Universiteit Leiden, "www.uzleuven.be" UZ Leuven);
        None for any other host."""
        if not url:
            return None
        host = urlsplit(url).hostname or ""
        if host not in self.owners:
            self.owners[host] = self._owner_of(host)
        return self.owners[host]

    def _owner_of(self, host: str) -> GazetteerEntry | None:
        """The owner ``site_owner`` finds for ``host``, uncached."""
        labels = host.split(".")[:-1]  # not the top-level domain
        for n, label in enumerate(labels):
            if label in _HOST_WORDS or len(label) < 2:
                continue
            entry = self.by_key.get(label)
            if entry is None:
                entry = self._glued().get(label.replace("-", ""))
            if entry is None:
                academic = not _ACADEMIC_LABELS.isdisjoint(labels[n + 1 :])
                entry = _host_spelled(label.replace("-", ""), self._host_forms(), academic)
            if entry is not None and entry.kind in OWNER_KINDS:
                return entry
        return None

    def _host_forms(
        self,
    ) -> list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], GazetteerEntry]]:
        """(words, head words, other words) of every university's and hospital's names,
        for ``_host_spelled``: "University of Twente" is (("university", "twente"),
        ("university",), ("twente",))."""
        if self.host_forms is None:
            forms = []
            for key, entry in self.by_key.items():
                if entry.kind not in OWNER_KINDS:
                    continue
                words = [w for w in key.replace("-", " ").split() if w not in _HOST_SKIPPED_WORDS]
                heads = tuple(w for w in words if w in _HOST_HEAD_WORDS)
                others = tuple(w for w in words if w not in _HOST_HEAD_WORDS)
                if words and len(words) <= 6:
                    forms.append((tuple(words), heads, others, entry))
            self.host_forms = forms
        return self.host_forms

    def _glued(self) -> dict[str, GazetteerEntry]:
        """Alias keys of universities and hospitals with their spaces taken out."""
        if self.glued is None:
            self.glued = {
                key.replace(" ", "").replace("-", ""): entry
                for key, entry in self.by_key.items()
                if entry.kind in OWNER_KINDS
            }
        return self.glued

    def add(self, entry: GazetteerEntry) -> GazetteerEntry:
        """Add an entry, merging it into a known organisation when a name is shared."""
        known = None
        for form in (entry.name, *entry.aliases):
            known = self.by_key.get(alias_key(form))
            if known is not None:
                break
        if known is not None:
            merged = GazetteerEntry(
                name=known.name,
                kind=known.kind or entry.kind,
                aliases=tuple(dict.fromkeys((*known.aliases, entry.name, *entry.aliases))),
            )
            self.entries[self.entries.index(known)] = merged
            for key, value in list(self.by_key.items()):
                if value is known:
                    self.by_key[key] = merged
            for phrase, value in list(self.phrases.items()):
                if value is known:
                    self.phrases[phrase] = merged
            entry = merged
        else:
            self.entries.append(entry)
        for form in (entry.name, *entry.aliases):
            self._index(form, entry)
        self.glued = None
        self.host_forms = None
        self.owners.clear()
        return entry

    def _index(self, form: str, entry: GazetteerEntry) -> None:
        key = alias_key(form)
        if not key:
            return
        self.by_key[key] = entry
        phrase = tuple(key.split())
        self.phrases[phrase] = entry
        if len(phrase) == 1:
            # Keep the spelling as written, minus accents, for the exact-case check.
            self.cased.setdefault(phrase, set()).add(fold_accents(_TOKEN.findall(form)[-1]))
        self._index_phrase(phrase, entry)
        first = _TOKEN.findall(form)[0]
        if len(phrase) > 1 and 2 <= len(first) <= 4 and first.isalpha() and first.isupper():
            # "KU Leuven" is also written with dotted initials: "K.U.Leuven", "K.U. Leuven".
            dotted = (*phrase[0], *phrase[1:])
            self.by_key.setdefault(" ".join(dotted), entry)
            self.phrases.setdefault(dotted, entry)
            self._index_phrase(dotted, entry)

    def _index_phrase(self, phrase: tuple[str, ...], entry: GazetteerEntry) -> None:
        lengths = set(self.lengths.get(phrase[0], ()))
        lengths.add(len(phrase))
        self.lengths[phrase[0]] = tuple(sorted(lengths, reverse=True))
        node = self.trie
        for token in phrase:
            node = node.setdefault(token, {})
        node[""] = True

    def lengths_at(self, norms: list[str], i: int) -> list[int]:
        """The lengths of the known phrases that start at ``norms[i]``, longest first."""
        node = self.trie.get(norms[i])
        found: list[int] = []
        k = i
        while node is not None:
            k += 1
            if "" in node:
                found.append(k - i)
            if k == len(norms):
                break
            node = node.get(norms[k])
        found.reverse()
        return found


def fold_accents(text: str) -> str:
    """``text`` without combining accents (case kept)."""
    if text.isascii():
        return text  # ASCII decomposes to itself, with no accent to drop (speed, not meaning)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=4096)
def norm_token(token: str) -> str:
    """A word token normalised the way :func:`scraper.keys.alias_key` normalises names."""
    return fold_accents(token).casefold()


def _entries_from(data: dict[str, Any], origin: str) -> list[GazetteerEntry]:
    out = []
    for row in data.get("org", []):
        name = str(row.get("name", "")).strip()
        if not name:
            log.warning("gazetteer %s: entry without a name skipped", origin)
            continue
        aliases = tuple(str(a).strip() for a in row.get("aliases", []) if str(a).strip())
        out.append(GazetteerEntry(name=name, kind=row.get("kind") or None, aliases=aliases))
    return out


@functools.lru_cache(maxsize=1)
def _packaged() -> tuple[GazetteerEntry, ...]:
    text = resources.files("scraper").joinpath("data/gazetteer.toml").read_text("utf-8")
    return tuple(_entries_from(tomllib.loads(text), "scraper/data/gazetteer.toml"))


@functools.lru_cache(maxsize=8)
def _load_cached(extra: Path | None) -> Gazetteer:
    gaz = Gazetteer()
    for entry in _packaged():
        gaz.add(entry)
    if extra is not None:
        with extra.open("rb") as fh:
            for entry in _entries_from(tomllib.load(fh), str(extra)):
                gaz.add(entry)
    return gaz


def load_gazetteer(extra: Path | None = None) -> Gazetteer:
    """The packaged gazetteer, extended with the user's TOML file ``extra`` if given.

    Loaded once per path and cached: callers may call this on every page.
    """
    return _load_cached(Path(extra) if extra is not None else None)


def _host_spelled(
    label: str,
    forms: list[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], GazetteerEntry]],
    academic: bool,
) -> GazetteerEntry | None:
    """The one organisation whose name a host label spells the way university hosts do:
    the initials of its words ("ru": Radboud University, "uq", "qub"), the initials of its
    head words with its other word glued on ("utwente": University of Twente, "utoronto"),
    or, on an academic domain ("cam.ac.uk", "imperial.ac.uk"), the start of its one other
    word (at least two letters). None when no name, or more than one, is spelled so."""
    found = {
        entry.name: entry
        for words, heads, others, entry in forms
        if _spells(label, words, heads, others, academic)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _spells(
    label: str,
    words: tuple[str, ...],
    heads: tuple[str, ...],
    others: tuple[str, ...],
    academic: bool,
) -> bool:
    """``label`` spells the name whose words are ``words``, in order, of which ``heads`` are
    head words and ``others`` the rest (see ``_host_spelled``)."""
    if len(words) >= 2 and label == "".join(w[0] for w in words):
        return True
    if len(others) != 1 or not heads:
        return False
    initials = "".join(w[0] for w in heads)
    if label == initials + others[0]:
        return True
    return academic and len(label) >= 2 and others[0].startswith(label)
