"""Works, sources in works, and estimates: the model, the KB API, the export and every
validation error (issue #15).

The works and figures here are a fixture in our own words (invented authors and numbers),
added to a copy of the small valid KB of tests/fixtures/kb/good.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from borderlands.kb import build, connect, load, validate
from borderlands.kb.estimates import (
    citing_work,
    disagreements,
    estimates_of,
    interval,
    rounding_step,
)
from borderlands.kb.export import export
from borderlands.kb.schema import Count, SourceRef

GOOD = Path(__file__).parent / "fixtures" / "kb" / "good"

WORKS = """\
- id: author-a-2001
  kind: book
  authors: [Ann Author]
  title: A Survey of Removals
  year: 2001
  publisher: Example Press
  language: en
- id: example-web-page
  kind: web page
  title: Removals (encyclopedia page)
  container: Example Encyclopedia
  url: https://example.org/wiki/Removals
  language: en
  draws_on: [author-a-2001]
- id: collection-b-1992
  kind: document collection
  authors: [Bea Editor]
  title: Documents on Removals
  year: 1992
  language: ru
"""

EVENTS = """\
- id: ev-fixture-removal
  title: A removal counted by three works
  kind: deportation
  start: 1937-09
  soviet: true
  groups: [grp-koreans]
  origin: [pl-far-east]
  destination: [pl-kazakhstan]
  counts:
    - value: 171781
      unit: persons
      stated: "171,781"
      quantity: deported
      sources: [{page: 851, note: 234}]
    - value: 172597
      unit: persons
      stated: "172,597"
      quantity: deported
      sources: [{work: author-a-2001, page: 10}]
    - value: 172000
      unit: persons
      approx: true
      qualifier: about
      quantity: deported
      sources: [{work: collection-b-1992, document: "55"}]
    - value: 36442
      unit: families
      stated: "36,442"
      quantity: families
      sources: [{work: collection-b-1992, document: "56"}]
  estimates:
    - quantity: deported
      what: people sent from the Far East
      status: carried_out
      unit: persons
      agree: false
      explanation: the larger count adds a last trainload sent days after the first report
      explained_by: [{work: author-a-2001, page: 11}]
    - quantity: families
      what: families sent
      status: carried_out
      unit: families
      agree: true
      sole_source: true
  summary: A fixture event whose count three works give.
  sources: [{page: 851}, {work: author-a-2001, page: 9}]
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(GOOD, target)
    (target / "works" / "more.yaml").write_text(WORKS, encoding="utf-8")
    (target / "events" / "estimates.yaml").write_text(EVENTS, encoding="utf-8")
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def lines(data: Path) -> list[str]:
    return [str(p).replace(str(data) + "/", "") for p in validate(data)]


EVENTS_FILE = "events/estimates.yaml"


# --- the model -------------------------------------------------------------------------------


def test_the_fixture_is_valid(data: Path) -> None:
    assert lines(data) == []


def test_a_source_without_a_work_is_in_the_article() -> None:
    source = SourceRef.model_validate({"page": 851, "note": 234})
    assert source.work == "martin-1998" and source.in_article
    assert source.locator() == "p. 851 n. 234"
    other = SourceRef.model_validate({"work": "author-a-2001", "section": "Exile"})
    assert not other.in_article and other.locator() == "§ Exile"


@pytest.mark.parametrize(
    "value,step", [(172000, 1000), (171781, 1), (1_500_000, 100_000), (2.5, 0.1), (0, 1)]
)
def test_rounding_step(value: float, step: float) -> None:
    assert rounding_step(value) == pytest.approx(step)


def count(**fields: object) -> Count:
    return Count.model_validate({"unit": "persons", "sources": [{"page": 851}], **fields})


def test_an_approximate_count_allows_its_rounding() -> None:
    assert interval(count(value=171781)) == (171781, 171781)
    assert interval(count(value=172000, approx=True)) == (171500, 172500)
    assert interval(count(value=172000, approx=True, qualifier="nearly")) == (171000, 172000)
    assert interval(count(value=100000, qualifier="over")) == (100000, 200000)
    assert interval(count(low=9000, high=10000)) == (9000, 10000)


# --- the KB API ------------------------------------------------------------------------------


def test_estimates_of_an_event_side_by_side(data: Path) -> None:
    kb = load(data)
    deported, families = estimates_of(kb, "ev-fixture-removal")
    assert [v["work"] for v in deported["values"]] == [
        "martin-1998", "author-a-2001", "collection-b-1992",
    ]
    assert [v["value"] for v in deported["values"]] == [171781, 172597, 172000]
    assert deported["values"][1]["sources"] == [
        {"work": "author-a-2001", "page": 10, "note": None}
    ]
    assert deported["agree"] is False
    assert deported["difference"] == 172597 - 171781
    assert deported["relative_difference"] == pytest.approx(816 / 171781, abs=1e-4)
    assert deported["explained_by"] == [{"work": "author-a-2001", "page": 11, "note": None}]
    assert families["agree"] is True and families["sole_source"] is True
    with pytest.raises(KeyError):
        estimates_of(kb, "ev-nope")


def test_disagreements_largest_first(data: Path) -> None:
    edit(data / "events" / "core.yaml", '      stated: "171,781"\n', '      stated: "171,781"\n'
         "      quantity: total\n")
    edit(data / "events" / "core.yaml", "  scope: total\n", "\n".join([
        "  estimates:",
        "    - {quantity: total, what: all, status: carried_out, unit: persons, agree: false}",
        "  scope: total", "",
    ]))
    (data / "events" / "core.yaml").write_text(
        (data / "events" / "core.yaml").read_text(encoding="utf-8").replace(
            "      sources: [{page: 851, note: 234}]\n",
            "      sources: [{page: 851, note: 234}]\n"
            "    - {value: 190000, unit: persons, quantity: total, "
            "sources: [{work: collection-b-1992, document: '7'}]}\n",
            1,
        ),
        encoding="utf-8",
    )
    assert lines(data) == []
    found = disagreements(load(data))
    assert [(d["event"], d["quantity"]) for d in found] == [
        ("ev-korean-removal-1937", "total"), ("ev-fixture-removal", "deported"),
    ]
    assert found[0]["difference"] == 190000 - 171781


def test_citing_work_lists_every_place(data: Path) -> None:
    found = [(c.record_id, c.where, c.source.locator()) for c in
             citing_work(load(data), "author-a-2001")]
    assert found == [
        ("ev-fixture-removal", "counts[1].sources[0]", "p. 10"),
        ("ev-fixture-removal", "estimates[0].explained_by[0]", "p. 11"),
        ("ev-fixture-removal", "sources[1]", "p. 9"),
    ]


def test_export_gives_works_and_estimates(data: Path, tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    build(db, data)
    conn = connect(db)
    try:
        events = json.loads(export(conn, "events", "json"))
        csv_text = export(conn, "events", "csv")
        works = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM works")}
    finally:
        conn.close()
    event = next(e for e in events if e["id"] == "ev-fixture-removal")
    assert event["sources"] == [
        {"work": "martin-1998", "page": 851, "note": None},
        {"work": "author-a-2001", "page": 9, "note": None},
    ]
    assert event["counts"][2]["sources"] == [
        {"work": "collection-b-1992", "page": None, "note": None, "document": "55"}
    ]
    assert [e["quantity"] for e in event["estimates"]] == ["deported", "families"]
    assert event["estimates"][0]["works"] == ["martin-1998", "author-a-2001", "collection-b-1992"]
    assert event["estimates"][0]["agree"] is False
    assert "851; author-a-2001 p. 9" in csv_text
    assert set(works) == {"martin-1998", "author-a-2001", "example-web-page", "collection-b-1992"}
    assert json.loads(works["example-web-page"]["draws_on"]) == ["author-a-2001"]
    korean = next(e for e in events if e["id"] == "ev-korean-removal-1937")
    assert korean["estimates"] == []


# --- validation errors -----------------------------------------------------------------------


def test_a_page_of_another_work_without_the_work(data: Path) -> None:
    edit(data / EVENTS_FILE, "{work: author-a-2001, page: 10}", "{page: 10}")
    found = lines(data)
    assert found[0] == (
        f"{EVENTS_FILE}:19: event ev-fixture-removal: counts[1].sources[0].page: page 10 is "
        "outside the article (pp. 813-861); a page of another work names that work"
    )


def test_a_document_without_its_work(data: Path) -> None:
    edit(data / EVENTS_FILE, '{work: collection-b-1992, document: "55"}', '{document: "55"}')
    found = lines(data)
    assert len(found) == 1, found
    assert found[0].startswith(f"{EVENTS_FILE}:25: event ev-fixture-removal: counts[2].sources[0]")
    assert "work missing" in found[0]


def test_a_source_in_a_work_needs_a_locator(data: Path) -> None:
    edit(data / EVENTS_FILE, "{work: author-a-2001, page: 10}", "{work: author-a-2001}")
    found = lines(data)
    assert found == [
        f"{EVENTS_FILE}:19: event ev-fixture-removal: counts[1].sources[0]: author-a-2001: "
        "no page, note, document or section"
    ]


def test_an_unknown_work_id(data: Path) -> None:
    edit(data / EVENTS_FILE, "{work: author-a-2001, page: 9}", "{work: author-z-2009, page: 9}")
    assert lines(data) == [
        f"{EVENTS_FILE}:46: event ev-fixture-removal: sources[1]: no work 'author-z-2009' "
        "(works are defined in works/)"
    ]


def test_an_unknown_work_a_work_draws_on(data: Path) -> None:
    edit(data / "works" / "more.yaml", "draws_on: [author-a-2001]", "draws_on: [nobody-2000]")
    assert lines(data) == [
        "works/more.yaml:14: work example-web-page: draws_on: no work 'nobody-2000'"
    ]


def test_the_same_work_twice_as_if_independent(data: Path) -> None:
    edit(data / EVENTS_FILE, '{work: collection-b-1992, document: "55"}',
         "{work: author-a-2001, page: 12}")
    found = lines(data)
    assert found == [
        f"{EVENTS_FILE}:25: event ev-fixture-removal: estimates[0] (deported): counts[2] and "
        "counts[1] are not independent (both are author-a-2001): the same work cited twice as "
        "if independent"
    ]


def test_a_work_drawing_on_another_is_not_independent_of_it(data: Path) -> None:
    edit(data / EVENTS_FILE, '{work: collection-b-1992, document: "55"}',
         "{work: example-web-page, section: Numbers}")
    found = lines(data)
    assert len(found) == 1
    assert "(example-web-page draws on author-a-2001)" in found[0]
    assert found[0].startswith(f"{EVENTS_FILE}:25: ")


def test_agree_contradicted_by_the_counts(data: Path) -> None:
    edit(data / EVENTS_FILE, "      agree: false\n", "      agree: true\n")
    assert lines(data) == [
        f"{EVENTS_FILE}:36: event ev-fixture-removal: estimates[0] (deported): says the works "
        "agree, but the counts read 171,781 (martin-1998), 172,597 (author-a-2001), 172000 "
        "(collection-b-1992): 816 apart"
    ]


def test_a_value_typed_wrong_shows_as_a_disagreement(data: Path) -> None:
    """An estimate said to agree catches a count typed wrong (172,000 read as 17,200)."""
    edit(
        data / EVENTS_FILE,
        '    - value: 172597\n      unit: persons\n      stated: "172,597"\n',
        "    - value: 171800\n      unit: persons\n      approx: true\n",
    )
    edit(data / EVENTS_FILE, "    - value: 172000\n", "    - value: 17200\n")
    edit(data / EVENTS_FILE, "      agree: false\n", "      agree: true\n")
    found = lines(data)
    assert len(found) == 1 and "says the works agree, but the counts read" in found[0]
    edit(data / EVENTS_FILE, "    - value: 17200\n", "    - value: 172000\n")
    assert lines(data) == []


def test_a_count_naming_no_estimate(data: Path) -> None:
    edit(data / EVENTS_FILE, "      quantity: families\n", "      quantity: households\n")
    found = lines(data)
    assert f"{EVENTS_FILE}:29: event ev-fixture-removal: counts[3]: no estimate 'households' in "\
        "this event" in found
    assert any("estimates[1] (families): no count names it" in f for f in found)


def test_a_count_in_another_unit(data: Path) -> None:
    edit(data / EVENTS_FILE, "unit: families\n      stated", "unit: persons\n      stated")
    found = lines(data)
    assert f"{EVENTS_FILE}:27: event ev-fixture-removal: counts[3]: in persons, but estimate " \
        "'families' counts families" in found


def test_a_planned_count_in_an_estimate_of_what_was_done(data: Path) -> None:
    edit(data / EVENTS_FILE, "      quantity: families\n",
         "      quantity: families\n      status: planned\n")
    assert lines(data) == [
        f"{EVENTS_FILE}:30: event ev-fixture-removal: counts[3]: status planned, but estimate "
        "'families' is carried_out"
    ]


def test_a_single_work_must_say_so(data: Path) -> None:
    edit(data / EVENTS_FILE, "      sole_source: true\n", "")
    assert lines(data) == [
        f"{EVENTS_FILE}:39: event ev-fixture-removal: estimates[1] (families): one independent "
        "work only; add another work's count or say 'sole_source: true'"
    ]


def test_sole_source_with_two_works(data: Path) -> None:
    edit(data / EVENTS_FILE, "  agree: false\n", "  agree: false\n      sole_source: true\n")
    found = lines(data)
    assert found == [
        f"{EVENTS_FILE}:37: event ev-fixture-removal: estimates[0] (deported): sole_source, but "
        "3 independent works count it"
    ]
