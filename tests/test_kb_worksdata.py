"""The bundled data beyond the founding article: each figure from another work is recorded
with what a reader needs to check it, and a spot check per class of deportation that the
numbers are the ones the cited works print.

The works themselves are not in the repository. The spot checks below were typed from the
stored pages we read (the address is the work's ``url``), independently of the data files:
a number typed wrong in either place fails here.
"""

from __future__ import annotations

import pytest

from borderlands.kb import KB, load
from borderlands.kb.estimates import independent_works, tables_of
from borderlands.kb.schema import Event, WorkKind


@pytest.fixture(scope="module")
def kb() -> KB:
    return load()


# (event, work, value as printed in the work, locator) for one or more events of each class.
SPOT_CHECKS = {
    "borderland deportations of the 1930s": [
        ("ev-1937-korean-deportation", "pohl-blog-2009-koreans", 172_597, "section post"),
        ("ev-1937-korean-deportation", "chang-2016", 172_597, "page 157"),
        ("ev-1937-korean-deportation", "chang-2016", 36_681, "page 157"),
        ("ev-1937-korean-deportation", "wp-deportation-koreans", 172_000, "section lead"),
    ],
    "annexed territories 1940-41": [
        ("ev-1940-02-polish-deportation", "tysol-2020-april-1940", 140_000, "section article"),
        ("ev-1940-04-polish-deportation", "tysol-2020-april-1940", 61_000, "section article"),
    ],
    "Germans and Finns 1941-42": [
        ("ev-1941-soviet-germans-first-wave", "wp-deportation-soviet-germans", 846_340, "lead"),
        ("ev-1941-soviet-germans-first-wave", "pohl-blog-2011-russian-germans", 856_168, "post"),
        ("ev-1941-soviet-germans-first-wave", "pohl-blog-2006-bayonet", 799_459, "post"),
        ("ev-1941-1942-leningrad-finns-deportation", "elci-2020-ingrian-deportees", 44_737, ""),
        ("ev-1944-1945-ingrian-repatriates-resettlement", "wikisum-ingrian-finns", 55_733, ""),
    ],
    "punished peoples 1943-44": [
        ("ev-1943-kalmyk-deportation", "wp-deportation-kalmyks", 93_000, "infobox"),
        ("ev-1944-chechen-ingush-deportation", "wp-deportation-chechens-ingush", 496_000, ""),
        ("ev-1944-balkar-deportation", "wp-deportation-balkars", 37_713, "infobox"),
        ("ev-1944-balkar-deportation", "pohl-blog-2009-balkars", 37_713, "post"),
        ("ev-1944-crimean-tatar-deportation", "pohl-blog-2007-crimean-tatars", 191_014, ""),
        ("ev-1944-meskhetian-deportation", "pohl-blog-2014-meskhetians", 92_374, "post"),
        ("ev-1943-karachai-deportation", "ruwiki-deportation-karachays", 68_614, "infobox"),
        ("ev-1944-03-tbilisi-kurds-deportation", "wp-deportations-kurds", 3_240, "lead"),
        ("ev-1944-crimean-minorities-deportation", "uch-preventive-deportations-1944", 41_854,
         "chapter"),
        ("ev-1944-crimean-minorities-deportation", "uch-preventive-deportations-1944", 9_620,
         "chapter"),
        ("ev-1944-crimean-minorities-deportation", "blognews-2014-crimean-armenians", 10_000,
         "article"),
    ],
    "Germans of south-eastern Europe taken for labour 1944-45": [
        ("ev-1944-1945-danube-germans-labour-deportation", "pohl-blog-2019-reparations-labour",
         112_480, "post"),
        ("ev-1944-1945-danube-germans-labour-deportation", "pohl-blog-2019-reparations-labour",
         69_332, "post"),
        ("ev-1944-1945-danube-germans-labour-deportation", "wp-deportation-germans-romania",
         70_000, "lead"),
        ("ev-1944-1945-danube-germans-labour-deportation", "baier-2015-romanian-germans",
         70_000, "abstract"),
    ],
    "Baltic, western Ukrainian and Moldavian deportations 1944-51": [
        ("ev-1949-operation-priboi", "erased-histories-priboi", 94_779, "introduction"),
        ("ev-1948-operation-vesna", "erased-histories-priboi", 39_766, "introduction"),
        ("ev-1947-operation-west", "kohut-2019-operation-west", 77_791, "abstract"),
        ("ev-1947-operation-west", "uacrisis-operation-west", 76_192, "article"),
        ("ev-1949-operation-south", "russianmontreal-2019-moldova", 40_850, "article"),
        ("ev-1951-operation-north", "deport1951-operation-north", 9_793, "introduction"),
        ("ev-1947-operation-west", "bibliboba-oun-1943-1949", 77_791, "page 96"),
        ("ev-1944-1946-oun-families-deportation", "bibliboba-oun-1943-1949", 36_609, "page 96"),
        ("ev-1944-1946-oun-families-deportation", "bibliboba-oun-1943-1949", 14_729, "page 96"),
        ("ev-1945-08-estonia-germans-deportation", "liivik-tuna-germans-estonia-1945", 407,
         "summary"),
        ("ev-1949-06-armenia-altai-deportation", "twiah-2018-altai-1949", 12_300, "post"),
        ("ev-1948-1950-armenia-azerbaijanis-resettlement", "virtualkarabakh-decree-4083",
         100_000, "text"),
        ("ev-1949-06-armenia-altai-deportation", "allinnet-armenian-deportations", 12_728,
         "article"),
    ],
    "Greeks of the Black Sea coast 1942-49": [
        ("ev-1942-kuban-greeks-deportation", "wp-deportation-soviet-greeks", 1_402, "lead note"),
        ("ev-1942-kuban-greeks-deportation", "primadellapioggia-2012-soviet-greeks", 6_000, ""),
        ("ev-1944-kuban-transcaucasus-greeks-deportation", "wp-deportation-soviet-greeks",
         8_300, "lead note"),
        ("ev-1944-kuban-transcaucasus-greeks-deportation", "wp-deportation-soviet-greeks",
         16_375, "lead note"),
    ],
}


@pytest.mark.parametrize("event_class", list(SPOT_CHECKS))
def test_spot_check_the_numbers_the_works_print(kb: KB, event_class: str) -> None:
    missing = []
    for event_id, work, value, _where in SPOT_CHECKS[event_class]:
        event = kb.get(event_id)
        assert isinstance(event, Event), event_id
        found = [
            c for c in event.counts
            if any(s.work == work for s in c.sources) and value in (c.value, c.low, c.high)
        ]
        if not found:
            missing.append(f"{event_id}: no count of {value:,} from {work}")
    assert missing == []


def test_every_number_from_another_work_can_be_looked_up(kb: KB) -> None:
    """A reader can find each number: the work has an address, or the source gives a page or
    a document number in it."""
    works = {w.id: w for w in kb.works}
    bad = []
    for event in kb.events:
        for i, count in enumerate(event.counts):
            for source in count.sources:
                if source.in_article:
                    continue
                work = works[source.work]
                if work.url is None and source.page is None and source.document is None:
                    bad.append(f"{event.id} counts[{i}]: {work.id} has no address and no page")
    assert bad == []


def test_works_read_online_are_web_pages_with_an_address(kb: KB) -> None:
    pages = [w for w in kb.works if w.kind is WorkKind.web_page]
    assert len(pages) >= 20
    assert all(w.url for w in pages)


def test_events_with_counts_from_two_independent_works(kb: KB) -> None:
    """How far the data meets "every count from more than one source": the events whose
    main estimate has values from at least two independent works (the rest say
    ``sole_source``). Issue #15 asks for 40."""
    works = {w.id: w for w in kb.works}
    double = sorted(
        event.id
        for event in kb.events
        if any(independent_works(t, works) >= 2 for t in tables_of(event))
    )
    assert len(double) >= 40, double
    sole = sorted(
        event.id
        for event in kb.events
        if event.estimates and not any(independent_works(t, works) >= 2 for t in tables_of(event))
    )
    assert all(
        all(e.sole_source for e in kb[eid].estimates) for eid in sole  # type: ignore[attr-defined]
    )


def test_the_new_deportations_are_on_the_map(kb: KB) -> None:
    """Every origin and destination of an event read from other works has coordinates."""
    bad = []
    for event in kb.events:
        if all(s.in_article for s in event.sources):
            continue
        for place_id in [*event.origin, *event.destination]:
            place = kb.get(place_id)
            if place is None or place.lat is None or place.lon is None:  # type: ignore[attr-defined]
                bad.append(f"{event.id}: {place_id}")
    assert bad == []


def test_the_koreans_estimate_is_the_issues_example(kb: KB) -> None:
    """171,781 in Ezhov's report (the founding article), 172,597 with the last 816 people
    (Pohl), nearly 172,000 in summaries: they differ, and the reason is recorded."""
    (deported, families) = tables_of(kb["ev-1937-korean-deportation"])  # type: ignore[arg-type]
    assert not deported.agree
    assert deported.difference == 816
    assert "816" in (deported.estimate.explanation or "")
    assert deported.works == [
        "martin-1998", "wp-deportation-koreans", "pohl-blog-2009-koreans", "chang-2016",
    ]
    assert families.difference == 36_681 - 36_442
