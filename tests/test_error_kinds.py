"""Mistakes counted by kind: each class on a small invented case."""

from __future__ import annotations

from pipeline.error_kinds import (
    agreement_kinds,
    date_kinds,
    evidence_kinds,
    organisation_kinds,
    party_forms,
    published_kind,
    strict_kinds,
)
from scraper.models import Extraction, Organisation, ParsedArticle


def _extraction(*names: str) -> Extraction:
    return Extraction(
        article=ParsedArticle(url="http://x.test/a", title="T"),
        organisations=tuple(Organisation(name=n, aliases=(n,)) for n in names),
    )


def test_a_cut_name_is_a_boundary_miss_and_an_unknown_one_is_spurious() -> None:
    gold = [
        {"name": "Institute of Science and Technology Austria", "aliases": []},
        {"name": "Ghent University", "aliases": ["UGent"]},
    ]
    got = _extraction("Institute of Science", "Acme Widgets")
    kinds = organisation_kinds(got, gold, mapping={})
    assert kinds == {
        "organisations: missed, boundary (cut or overlong)": 1,
        "organisations: missed, not found": 1,
        "organisations: extra, boundary (cut or overlong)": 1,
        "organisations: extra, spurious": 1,
    }


def test_a_second_entry_for_a_found_organisation_is_a_duplicate() -> None:
    gold = [{"name": "Ghent University", "aliases": ["UGent"]}]
    got = _extraction("Ghent University", "UGent")
    mapping = {"Ghent University": "Ghent University", "UGent": "Ghent University"}
    assert organisation_kinds(got, gold, mapping) == {
        "organisations: extra, duplicate of a found one": 1
    }


def test_one_record_for_a_distributive_list_is_named_as_such() -> None:
    a, b, c = "A", "B", "C"
    gold = [frozenset({a, b}), frozenset({a, c})]
    kinds = agreement_kinds([frozenset({a, b, c})], gold, recognised={a, b, c})
    assert kinds == {"parties: one collective record where gold lists several (distributive)": 2}


def test_party_set_near_misses_and_whole_misses() -> None:
    gold = [frozenset({"A", "B", "C"}), frozenset({"D", "E"}), frozenset({"F", "G"})]
    got = [frozenset({"A", "B"}), frozenset({"D", "X"}), frozenset({"H", "I"})]
    kinds = agreement_kinds(got, gold, recognised={"A", "B", "C", "D", "E", "F"})
    assert kinds == {
        "parties: too few (missing party recognised elsewhere)": 1,
        "parties: wrong party (sets overlap)": 1,
        "parties: gold record missed, a party not recognised": 1,
        "parties: spurious record (gold organisations)": 1,
    }


def test_strict_kinds_compare_type_and_date_of_the_same_party_set() -> None:
    ab = frozenset({"A", "B"})
    cd = frozenset({"C", "D"})
    got = [(ab, "partnership", "2025-05"), (cd, "agreement", None)]
    want = [(ab, "termination", "2025-05-21"), (cd, "agreement", "2024")]
    assert strict_kinds(got, want) == {
        "type: gold termination -> got partnership": 1,
        "date: other precision": 1,
        "date: missing": 1,
    }


def test_date_and_published_kinds() -> None:
    kinds = date_kinds([("2025-01-02", "day")], [("2025", "year"), (None, "day")])
    assert kinds == {
        "dates: missed (year)": 1,
        "dates: missed (day, unresolved)": 1,
        "dates: extra (day)": 1,
    }
    assert published_kind("2025-01-01", "2025-01-01") is None
    assert published_kind(None, "2025-01-01") == "published: missing"
    assert published_kind("2025-01-02", "2025-01-01") == "published: other date"


def test_eval_prints_kinds_per_set() -> None:
    from click.testing import CliRunner

    from pipeline.cli import cli

    result = CliRunner().invoke(cli, ["eval", "--set", "newsdev", "--kinds"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("mistakes by kind")))
    rows = lines[start + 1 :]
    assert rows and all(line.split()[-1].isdigit() for line in rows)
    assert any(line.startswith("organisations: missed") for line in rows)


def test_evidence_kinds_tell_an_unread_sentence_from_a_misread_one() -> None:
    forms = {"A": {"acme labs"}, "B": {"borel university"}, "C": {"cato institute"}}
    signed = "Acme Labs and Borel University signed a research agreement on Monday."
    referred = "The university also renewed its accord with the Cato Institute."
    expected = [(frozenset({"A", "B"}), signed), (frozenset({"B", "C"}), referred)]
    predicted = [
        (frozenset({"A", "C"}), "Acme Labs and Borel University signed a research agreement."),
        (frozenset({"A", "C"}), "Acme Labs sponsors a prize at the Cato Institute gala."),
    ]
    missed = "parties, why missed: its sentence gave"
    assert evidence_kinds(predicted, expected, forms, recognised={"A", "B", "C"}) == {
        f"{missed} other parties, every party recognised and named in it": 1,
        f"{missed} none, a party only referred to": 1,
        "parties, why extra: its sentence holds a gold record, a party only referred to": 1,
        "parties, why extra: no gold record in its sentence, every party named in it": 1,
    }


def test_party_forms_join_gold_aliases_and_extracted_names() -> None:
    gold = [{"name": "Borel University", "aliases": ["BU"]}]
    got = _extraction("Borel Univ.", "Acme")
    forms = party_forms(got, gold, mapping={"Borel Univ.": "Borel University"})
    assert forms == {
        "Borel University": {"borel university", "bu", "borel univ"},
        "?Acme": {"acme"},
    }
