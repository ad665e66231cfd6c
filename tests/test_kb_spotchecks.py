"""Spot checks: facts read in Martin (1998), typed here by hand, asserted against the KB.

Each expected value below was read in the article (page and note in the comment), never
copied from data/. The lookups go by what a reader would search for (a printed numeral on a
page, a decree number, a date), so a renamed id does not hide a wrong fact.
"""

from __future__ import annotations

import math
import re

import pytest

from borderlands.kb import KB, load
from borderlands.kb.schema import Count, CountStatus, Decree, Event, Figure, Scope, Unit


@pytest.fixture(scope="module")
def kb() -> KB:
    return load()


def _key(text: str) -> str:
    return re.sub(r"[\s\u2010-\u2015-]+", " ", text.casefold()).strip()


def figure(kb: KB, page: int, stated: str) -> Figure:
    """The one figure printed as ``stated`` on ``page`` (body or note)."""
    found = [
        f
        for f in kb.figures
        if _key(f.stated) == _key(stated) and page in {s.page for s in f.sources}
    ]
    assert len(found) == 1, f"{len(found)} figures print {stated!r} on p. {page}"
    return found[0]


def count(event: Event, stated: str) -> Count:
    found = [c for c in event.counts if c.stated and _key(c.stated) == _key(stated)]
    assert len(found) == 1, f"{event.id} has {len(found)} counts stated {stated!r}"
    return found[0]


def event(kb: KB, event_id: str) -> Event:
    record = kb.get(event_id)
    assert isinstance(record, Event), f"no event {event_id}"
    return record


def decree_numbered(kb: KB, number: str) -> Decree:
    found = [d for d in kb.decrees if d.number == number]
    assert len(found) == 1, f"{len(found)} decrees numbered {number}"
    return found[0]


def decree_on(kb: KB, date: str) -> list[Decree]:
    return [d for d in kb.decrees if d.date.date == date]


def names(kb: KB, ids: list[str]) -> set[str]:
    return {kb.name_of(i) for i in ids}


def pages(record: Event | Decree | Figure) -> set[int]:
    return {s.page for s in record.sources}


# --- the opening episodes (pp. 813-815) -------------------------------------------------


def test_lenkoran_deportation(kb: KB) -> None:
    # p. 813: trucks of peasants under NKVD frontier troops, shipped from Lenkoran, a
    # Caspian port near the Persian border, to central Asia; p. 815: "the Azerbaijani one".
    ev = event(kb, "ev-1937-lenkoran-deportation")
    assert ev.start is not None and ev.start.year == 1937
    assert "Lenkoran" in names(kb, ev.origin)
    assert "Central Asia" in names(kb, ev.destination)
    assert "Azerbaijanis" in names(kb, ev.groups)
    assert "per-maclean" in ev.persons
    assert {813, 815} <= pages(ev)


def test_altaisk_korean_train(kb: KB) -> None:
    # p. 814: September 1937, at Altaisk, cattle trucks of Koreans bound from the Far East to
    # Central Asia; Maclean later heard some 200,000 had been removed (hearsay).
    ev = event(kb, "ev-1937-altaisk-korean-train")
    assert ev.start is not None and ev.start.date == "1937-09"
    assert names(kb, ev.groups) == {"Koreans"}
    assert "Central Asia" in names(kb, ev.destination)
    heard = count(ev, "200,000")
    assert heard.value == 200_000 and heard.status is CountStatus.reported
    assert figure(kb, 814, "200,000").value == 200_000


def test_nine_nationalities_cleansed_1935_1938(kb: KB) -> None:
    # p. 815: at least nine nationalities, 1935-1938, named one by one.
    ev = event(kb, "ev-1935-1938-diaspora-ethnic-cleansing")
    assert names(kb, ev.groups) == {
        "Chinese", "Estonians", "Finns", "Germans", "Iranians",
        "Koreans", "Kurds", "Latvians", "Poles",
    }  # fmt: skip
    nine = figure(kb, 815, "nine")
    assert nine.value == 9 and nine.qualifier == "at least"


# --- the survey, 1912-1953 (pp. 817-823) ------------------------------------------------


def test_balkan_exchange_of_1913(kb: KB) -> None:
    # p. 818: 48,570 Turks for 46,764 Bulgarians from fifteen-kilometer frontier zones.
    ev = event(kb, "ev-1913-turko-bulgarian-exchange")
    assert count(ev, "48,570").value == 48_570
    assert count(ev, "46,764").value == 46_764
    assert names(kb, ev.groups) == {"Turks", "Bulgarians"}
    assert figure(kb, 818, "fifteen").value == 15


def test_first_world_war_removals(kb: KB) -> None:
    # p. 818: the Russian army deported about 800,000 Jews and Germans in 1915;
    # p. 819: German land liquidated in a 100- to 150-kilometer strip.
    ev = event(kb, "ev-1915-russian-army-deportation-jews-germans")
    assert ev.start is not None and ev.start.year == 1915
    assert count(ev, "800,000").value == 800_000
    assert names(kb, ev.groups) == {"Jews", "Germans"}
    strip = figure(kb, 819, "100- to 150")
    assert (strip.low, strip.high, strip.unit) == (100, 150, Unit.km)


def test_survey_figures(kb: KB) -> None:
    # p. 819: almost a million Greeks (1922); 6 million Jews; n. 27: 1.3 million Poles and
    # Jews deported, 1.25 million Germans settled; p. 820: 100,000 Romanians for 61,000
    # Bulgarians (1940), 1.2 million Soviet Germans (1941); p. 821: 12-14 million Germans,
    # 139,467 Polish Ukrainians (1947); n. 38: about 1.5 million relocated 1944-46.
    assert figure(kb, 819, "a million").value == 1_000_000
    assert figure(kb, 819, "6 million").value == 6_000_000
    assert figure(kb, 819, "1.3 million").value == 1_300_000
    assert figure(kb, 819, "1.25 million").value == 1_250_000
    assert figure(kb, 820, "100,000").value == 100_000
    assert figure(kb, 820, "61,000").value == 61_000
    assert figure(kb, 820, "1.2 million").value == 1_200_000
    expelled = figure(kb, 821, "Twelve to 14 million")
    assert (expelled.low, expelled.high) == (12_000_000, 14_000_000)
    assert figure(kb, 821, "139,467").value == 139_467
    assert figure(kb, 821, "1.5 million").value == 1_500_000


def test_wartime_and_postwar_soviet_deportations(kb: KB) -> None:
    # p. 820: 1943-44, seven peoples sent to Central Asia; 1944-53, six more from the
    # border regions of Crimea and the Transcaucasus; 1941: Germans to Siberia and Central Asia.
    punished = event(kb, "ev-1943-1944-deportation-punished-peoples")
    assert names(kb, punished.groups) == {
        "Balkars", "Chechens", "Crimean Tatars", "Ingush", "Kalmyks", "Karachai",
        "Meskhetian Turks",
    }  # fmt: skip
    assert punished.scope is Scope.total
    border = event(kb, "ev-1944-1953-soviet-border-deportations")
    assert border.start is not None and border.start.year == 1944
    assert border.end is not None and border.end.year == 1953
    assert len(border.groups) == 6
    assert {"Kurds", "Greeks", "Bulgarians", "Iranians"} <= names(kb, border.groups)
    germans = event(kb, "ev-1941-soviet-deportation-germans")
    assert {"Siberia", "Central Asia"} <= names(kb, germans.destination)


def test_polish_soviet_exchange_signed_september_1944(kb: KB) -> None:
    # p. 821: in September 1944 the USSR and the Lublin Committee signed the agreements.
    ev = event(kb, "ev-1944-1946-polish-soviet-population-exchange")
    assert ev.start is not None and ev.start.date == "1944-09"
    (agreement,) = [kb[d] for d in ev.decrees]
    assert isinstance(agreement, Decree)
    assert agreement.issuer == "org-lublin-committee"


# --- the 1920s background (pp. 825-829) --------------------------------------------------


def test_national_territories(kb: KB) -> None:
    # p. 825: regions of 10,000-50,000 people, townships of 500-5,000; four Jewish regions,
    # seventeen Jewish townships; p. 826: about 25,000 Finnish immigrants.
    region = figure(kb, 825, "10,000–50,000")
    assert (region.low, region.high) == (10_000, 50_000)
    township = figure(kb, 825, "500–5,000")
    assert (township.low, township.high) == (500, 5_000)
    assert figure(kb, 825, "four").value == 4
    assert figure(kb, 825, "seventeen").value == 17
    assert figure(kb, 826, "25,000").value == 25_000


def test_kazakhstan_land_reform(kb: KB) -> None:
    # p. 827: decree of September 1920; reforms carried out 1921-22; Russian population down
    # 19.5 percent, sown area down 50.6 percent.
    ev = event(kb, "ev-1921-1922-kazakhstan-settler-expulsion")
    assert (ev.start and ev.start.year, ev.end and ev.end.year) == (1921, 1922)
    assert [kb[d].date.date for d in ev.decrees] == ["1920-09"]  # type: ignore[attr-defined]
    assert figure(kb, 827, "19.5 percent").value == 19.5
    assert figure(kb, 827, "50.6 percent").value == 50.6


def test_terek_cossacks(kb: KB) -> None:
    # p. 828: the Mountaineer ASSR's first act in 1921; state deportations stopped in 1922;
    # p. 847: the Terek Cossack deportation of 1920-21.
    ev = event(kb, "ev-1920-1922-terek-cossack-expulsion")
    assert ev.start is not None and ev.start.year == 1920
    assert ev.end is not None and ev.end.year == 1922
    assert "Terek Cossacks" in names(kb, ev.groups)


# --- the border regime (pp. 830, 841, 848) -----------------------------------------------


def test_1923_border_strips(kb: KB) -> None:
    # p. 830: July 1923 decree; strips 4 meters, 500 meters, 7.5, 16 and 22 kilometers deep.
    (decree,) = decree_on(kb, "1923-07")
    assert 830 in pages(decree)
    strips = {(figure(kb, 830, s).value, figure(kb, 830, s).unit) for s in ("4", "500")}
    assert strips == {(4, Unit.meters), (500, Unit.meters)}
    for stated, km in (("7.5", 7.5), ("16", 16), ("22", 22)):
        assert (figure(kb, 830, stated).value, figure(kb, 830, stated).unit) == (km, Unit.km)


def test_1925_privileges_and_1929_zones(kb: KB) -> None:
    # p. 830: the Politburo's July 1925 resolution (n. 88 dates it 16.07.25);
    # p. 841: by 1929 primary and secondary border zones; about 2-3 million in Ukraine alone.
    (privileges,) = decree_on(kb, "1925-07-16")
    assert privileges.issuer == "org-politburo"
    zones = event(kb, "ev-1929-border-zones-expanded")
    assert zones.end is not None and zones.end.year == 1929
    ukraine = figure(kb, 841, "2–3 million")
    assert (ukraine.low, ukraine.high) == (2_000_000, 3_000_000)


def test_forbidden_border_zone_of_1934(kb: KB) -> None:
    # p. 848: the fall 1934 forbidden zone, officially 7.5 km, up to ninety km in Leningrad
    # along the Latvian and Estonian borders; p. 815 n. 10: entering it cost one to three years.
    assert (figure(kb, 848, "7.5").value, figure(kb, 848, "7.5").unit) == (7.5, Unit.km)
    deep = figure(kb, 848, "ninety")
    assert (deep.value, deep.unit) == (90, Unit.km)
    assert "pl-leningrad-oblast" in deep.about
    regime = event(kb, "ev-1934-western-border-regime")
    assert regime.start is not None and regime.start.year == 1934


def test_regime_rules_by_depth(kb: KB) -> None:
    # p. 830: five strips from July 1923 (4 m, 500 m, 7.5, 16, 22 km); p. 841: primary and
    # secondary zones by 1929; p. 848: the 1934 forbidden zone, 7.5 km, up to 90 km in
    # Leningrad oblast.
    strips = sorted(
        r.depth_km.value
        for r in kb.regime
        if r.start.date == "1923-07" and r.depth_km is not None and r.depth_km.value is not None
    )
    assert strips == [0.004, 0.5, 7.5, 16, 22]
    zones = {r.kind.value for r in kb.regime if r.start.year == 1929}
    assert zones == {"primary border zone", "secondary border zone"}
    forbidden = [r for r in kb.regime if r.kind.value == "forbidden border zone"]
    western = [r for r in forbidden if r.start.year == 1934 and r.region != "pl-leningrad-oblast"]
    assert [r.depth_km.value for r in western if r.depth_km] == [7.5]
    (leningrad,) = [r for r in forbidden if r.region == "pl-leningrad-oblast"]
    assert leningrad.depth_km is not None and leningrad.depth_km.high == 90


# --- immigration and the Korean question (pp. 832-842) -----------------------------------


def test_korean_population_figures(kb: KB) -> None:
    # p. 833: 53,600 (1917) to 168,009 (1926); 145,511 of 572,031 rural Vladivostok; 84.3
    # percent landless (1922); p. 834: 32.4 percent citizens; 68.8 vs 7.8 percent renting;
    # 15.9 vs 4.6 acres.
    assert (figure(kb, 833, "53,600").value, figure(kb, 833, "53,600").year) == (53_600, 1917)
    assert (figure(kb, 833, "168,009").value, figure(kb, 833, "168,009").year) == (168_009, 1926)
    assert figure(kb, 833, "145,511").value == 145_511
    assert figure(kb, 833, "572,031").value == 572_031
    assert figure(kb, 833, "84.3 percent").year == 1922
    assert figure(kb, 834, "32.4 percent").value == 32.4
    assert figure(kb, 834, "68.8 percent").year == 1925
    assert figure(kb, 834, "7.8 percent").value == 7.8
    assert figure(kb, 834, "15.9").unit is Unit.acres
    assert figure(kb, 834, "4.6").value == 4.6


def test_korean_assr_that_was_not_formed(kb: KB) -> None:
    # n. 112 (p. 834): 152,424 of 680,011 (22.4 percent); 85,299 of 157,438, printed as 52.4
    # percent although the two counts give 54.2.
    assert figure(kb, 834, "152,424").value == 152_424
    assert figure(kb, 834, "680,011").value == 680_011
    share = figure(kb, 834, "52.4 percent")
    assert share.value == 52.4 and "54.2" in share.measures


def test_korean_resettlement_decrees_1926_and_1928(kb: KB) -> None:
    # p. 835: secret decree of 6 December 1926, north of the 48.5th parallel;
    # p. 840: decree of 13 April 1928, Vladivostok okrug to Khabarovsk okrug; 88,000 planned.
    plan_1926 = event(kb, "ev-1926-korean-resettlement-plan")
    assert [kb[d].date.date for d in plan_1926.decrees] == ["1926-12-06"]  # type: ignore[attr-defined]
    plan_1928 = event(kb, "ev-1928-1931-korean-resettlement-plan")
    assert "dec-1928-04-13-korean-resettlement" in plan_1928.decrees
    assert "Khabarovsk okrug" in names(kb, plan_1928.destination)
    target = count(plan_1928, "88,000")
    assert target.value == 88_000 and target.status is CountStatus.planned


def test_korean_plans_against_what_was_done(kb: KB) -> None:
    # p. 841: 10,000 Koreans to move in 1930, 1,342 moved, 431 by force; plan dropped in 1931;
    # in all five hundred families (about 2,500 people).
    ev = event(kb, "ev-1930-korean-resettlement")
    assert count(ev, "Ten thousand").status is CountStatus.planned
    done = count(ev, "1,342")
    assert done.value == 1_342 and done.status is CountStatus.carried_out
    forced = count(ev, "431")
    assert forced.value == 431 and forced.status is CountStatus.carried_out
    plan = event(kb, "ev-1928-1931-korean-resettlement-plan")
    assert plan.end is not None and plan.end.year == 1931
    families = count(plan, "five hundred")
    assert (families.value, families.unit) == (500, Unit.families)
    assert figure(kb, 841, "2,500").value == 2_500
    assert figure(kb, 840, "50,000").value == 50_000  # Koreans who fled back to Korea


# --- collectivization and emigration (pp. 836-840) ---------------------------------------


def test_german_emigration_movement_of_1929(kb: KB) -> None:
    # p. 836: September 1929, about 4,500 Germans near Moscow; Hindenburg's 200,000 Marks;
    # p. 837: 5,461 allowed to leave, 9,730 sent back.
    ev = event(kb, "ev-1929-german-emigration-movement")
    assert ev.start is not None and ev.start.date == "1929-09"
    assert count(ev, "4,500").value == 4_500
    assert count(ev, "5,461").value == 5_461
    sent_back = event(kb, "ev-1929-german-emigrants-sent-back")
    assert count(sent_back, "9,730").value == 9_730
    assert figure(kb, 836, "200,000").unit is Unit.marks


def test_polish_deportation_of_march_1930(kb: KB) -> None:
    # p. 839: Politburo, 5 March 1930: 3,000-3,500 kulak families from Belorussia and
    # 10,000-15,000 from Ukraine, Poles first; six days later (11 March) an operation order.
    ev = event(kb, "ev-1930-polish-kulak-deportation")
    dates = sorted(kb[d].date.date for d in ev.decrees)  # type: ignore[attr-defined]
    assert dates == ["1930-03-05", "1930-03-11"]
    belorussia = count(ev, "3,000–3,500")
    assert (belorussia.low, belorussia.high, belorussia.unit) == (3_000, 3_500, Unit.families)
    assert belorussia.status is CountStatus.planned
    ukraine = count(ev, "10,000–15,000")
    assert (ukraine.low, ukraine.high) == (10_000, 15_000)
    assert "Poles" in names(kb, ev.groups)
    assert figure(kb, 838, "2,000").high == 2_000  # marches of up to 2,000


# --- the Ukrainian crisis (pp. 844-847) --------------------------------------------------


def test_kuban_deportation(kb: KB) -> None:
    # p. 846: Politburo decree of 14 December 1932 (Poltava); two more towns the next month;
    # about 60,000 Kuban Cossacks; replaced by 14,090 Red Army soldiers and families.
    (decree,) = decree_on(kb, "1932-12-14")
    assert decree.issuer == "org-politburo"
    ev = event(kb, "ev-1932-kuban-cossack-deportation")
    assert decree.id in ev.decrees
    assert count(ev, "60,000").value == 60_000
    assert ev.replacement_settlers is not None and "14,090" in ev.replacement_settlers
    assert figure(kb, 846, "14,090").value == 14_090
    assert count(event(kb, "ev-1933-01-kuban-stanitsy-deportation"), "two").value == 2


def test_stalin_letter_of_11_august_1932(kb: KB) -> None:
    # p. 844: Stalin to Kaganovich, 11 August 1932: about 50 raikomy against the plan.
    assert figure(kb, 844, "50").value == 50


# --- 1935-1938: deportations from the border regions (pp. 848-853) -----------------------


def test_ukraine_1935(kb: KB) -> None:
    # p. 848: 20 February - 10 March 1935, 8,329 families (about 41,650 people) from Kiev and
    # Vinnitsya oblasts to eastern Ukraine; Germans and Poles 57.3 percent of them.
    ev = event(kb, "ev-1935-02-ukraine-border-deportation")
    assert (ev.start and ev.start.date, ev.end and ev.end.date) == ("1935-02-20", "1935-03-10")
    families = count(ev, "8,329")
    assert (families.value, families.unit) == (8_329, Unit.families)
    assert count(ev, "41,650").value == 41_650
    assert {"Kiev oblast", "Vinnitsya oblast"} <= names(kb, ev.origin)
    assert figure(kb, 848, "57.3 percent").value == 57.3


def test_ukraine_later_1935_and_1936(kb: KB) -> None:
    # p. 848: July 1935, three hundred more Polish households (Markhlevskii raion); October
    # 1935, 1,500 more asked for; p. 849: January 1936, 15,000 German and Polish households to
    # Kazakhstan.
    july = event(kb, "ev-1935-07-markhlevskii-deportation")
    assert july.start is not None and july.start.date == "1935-07"
    assert count(july, "three hundred").unit is Unit.households
    october = event(kb, "ev-1935-10-ukraine-polish-deportation")
    assert count(october, "1,500").status is CountStatus.planned
    january = event(kb, "ev-1936-ukraine-kazakhstan-deportation")
    assert january.start is not None and january.start.date == "1936-01"
    assert count(january, "15,000").value == 15_000
    assert "Kazakhstan" in names(kb, january.destination)


def test_leningrad_1935_1936(kb: KB) -> None:
    # p. 849: Iagoda's authorization of 25 March 1935; 7,000-9,000 Finns by Finnish sources;
    # about 20,000 in spring 1936 to Siberia; p. 850: 30,000 Finns, about 30 percent.
    (iagoda,) = decree_on(kb, "1935-03-25")
    assert iagoda.issuer == "org-nkvd"
    first = event(kb, "ev-1935-leningrad-border-deportation")
    finnish = count(first, "7,000–9,000")
    assert (finnish.low, finnish.high, finnish.status) == (7_000, 9_000, CountStatus.reported)
    second = event(kb, "ev-1936-leningrad-finnish-deportation")
    assert count(second, "20,000").value == 20_000
    assert "Siberia" in names(kb, second.destination)
    assert figure(kb, 850, "30,000").value == 30_000
    assert figure(kb, 850, "30 percent").value == 30


def test_korean_deportation_stages(kb: KB) -> None:
    # p. 851: draft of 18 August 1937 (twelve raiony, 44,023 Koreans); decree of 21 August
    # (twenty-three raiony, 135,343); 22 September, every Korean; by 29 October 171,781
    # deported to Kazakhstan and Uzbekistan.
    draft = event(kb, "ev-1937-08-18-korean-deportation-twelve-raiony")
    assert count(draft, "44,023").status is CountStatus.planned
    assert count(draft, "twelve").value == 12
    decree = event(kb, "ev-1937-08-21-korean-deportation-twenty-three-raiony")
    assert count(decree, "135,343").status is CountStatus.planned
    assert count(decree, "twenty-three").value == 23
    everyone = event(kb, "ev-1937-09-22-korean-deportation-all-koreans")
    assert everyone.start is not None and everyone.start.date == "1937-09-22"
    whole = event(kb, "ev-1937-korean-deportation")
    assert whole.scope is Scope.total
    assert whole.end is not None and whole.end.date == "1937-10-29"
    deported = count(whole, "171,781")
    assert deported.value == 171_781 and deported.status is CountStatus.carried_out
    assert names(kb, whole.destination) == {"Kazakhstan", "Uzbekistan"}


def test_iran_and_afghan_borders(kb: KB) -> None:
    # p. 852: Sovnarkom decree of 17 July 1937; over 1,000 Kurdish families late 1937; 2,000
    # Iranian families in 1938; p. 852-853: November 1937, Odessa, 5,000 German households.
    (regime,) = decree_on(kb, "1937-07-17")
    assert regime.issuer == "org-sovnarkom"
    kurds = event(kb, "ev-1937-kurdish-deportation")
    assert (count(kurds, "1,000").unit, count(kurds, "1,000").qualifier) == (
        Unit.families,
        "over",
    )
    iranians = event(kb, "ev-1938-iranian-deportation")
    assert iranians.start is not None and iranians.start.year == 1938
    assert count(iranians, "2,000").unit is Unit.families
    odessa = event(kb, "ev-1937-11-odessa-german-deportation")
    assert count(odessa, "5,000").unit is Unit.households


# --- the national operations (pp. 853-858) -----------------------------------------------


def test_operational_orders(kb: KB) -> None:
    # p. 854: 00447 of 30 July 1937; 00485 confirmed by the Politburo on 9 August and issued
    # on 11 August 1937; n. 279 (p. 861): 00593 of 20 September 1937, against the Kharbintsy.
    assert decree_numbered(kb, "00447").date.date == "1937-07-30"
    polish = decree_numbered(kb, "00485")
    assert polish.date.date == "1937-08-11" and polish.issuer == "org-nkvd"
    assert len(decree_on(kb, "1937-08-09")) == 1
    operation = event(kb, "ev-1937-38-polish-operation")
    assert polish.id in operation.decrees
    # n. 266 (p. 856): the Polish operation itself began on 20 August.
    assert operation.start is not None and operation.start.date == "1937-08-20"
    kharbin = decree_numbered(kb, "00593")
    assert kharbin.date.date == "1937-09-20"
    assert names(kb, kharbin.groups) == {"Kharbintsy"}


def test_january_1938_politburo_decree(kb: KB) -> None:
    # p. 854: 31 January 1938, extended to 15 April 1938 against ten groups, and a new
    # operation against Bulgarian and Macedonian cadres.
    (decree,) = decree_on(kb, "1938-01-31")
    assert decree.issuer == "org-politburo"
    assert {
        "Bulgarians", "Chinese", "Estonians", "Finns", "Germans", "Greeks", "Iranians",
        "Kharbintsy", "Latvians", "Macedonians", "Poles", "Romanians",
    } == names(kb, decree.groups)  # fmt: skip
    assert "15 April 1938" in decree.ordered or "1938-04-15" in decree.ordered


def test_terror_statistics(kb: KB) -> None:
    # p. 855: 335,513 convicted in the national operations and 767,397 under 00447 (July
    # 1937 - November 1938); 1,565,041 political arrests; 21.4 and 49 percent; 681,692
    # executions, 247,157 (36.3 percent) and 386,798 (56.7 percent); execution rates 19,
    # 49.3, 73.7, Polish 79.4 percent.
    expected = {
        "335,513": 335_513, "767,397": 767_397, "1,565,041": 1_565_041,
        "21.4 percent": 21.4, "49 percent": 49, "681,692": 681_692,
        "247,157": 247_157, "36.3 percent": 36.3, "386,798": 386_798,
        "56.7 percent": 56.7, "19 percent": 19, "49.3 percent": 49.3,
        "73.7 percent": 73.7, "79.4 percent": 79.4,
    }  # fmt: skip
    for stated, value in expected.items():
        assert figure(kb, 855, stated).value == value, stated
    natops = event(kb, "ev-1937-38-national-operations")
    assert count(natops, "335,513").value == 335_513
    fifth = figure(kb, 855, "a fifth")
    assert set(fifth.inputs) == {
        figure(kb, 855, "335,513").id,
        figure(kb, 855, "1,565,041").id,
    }


def test_polish_operation_statistics(kb: KB) -> None:
    # p. 856: 139,835 arrested in the Polish operation; 118,000-123,000 Poles arrested;
    # 84.4 to 88.0 percent; diaspora nationalities 25.7 to 26.8 percent of arrests and 1.6
    # percent of the population.
    assert figure(kb, 856, "139,835").value == 139_835
    poles = figure(kb, 856, "118,000–123,000")
    assert (poles.low, poles.high) == (118_000, 123_000)
    ratio = figure(kb, 856, "84.4 to 88.0 percent")
    assert (ratio.low, ratio.high) == (84.4, 88.0)
    share = figure(kb, 856, "25.7 to 26.8 percent")
    assert (share.low, share.high) == (25.7, 26.8)
    assert figure(kb, 856, "1.6 percent").value == 1.6


def test_leningrad_representation(kb: KB) -> None:
    # n. 266 (p. 856): 7,750 executed in Leningrad city and oblast, August-October 1937; the
    # executed as a percentage of their expected share.
    assert figure(kb, 856, "7,750").value == 7_750
    expected = {
        "2,204 percent": 2204, "183 percent": 183, "265 percent": 265,
        "245 percent": 245, "161 percent": 161, "75 percent": 75, "50 percent": 50,
        "19 percent": 19, "137 percent": 137, "461 percent": 461,
    }  # fmt: skip
    for stated, value in expected.items():
        assert figure(kb, 856, stated).value == value, stated
    assert figure(kb, 856, "22.04").value == 22.04


def test_about_800000_victims(kb: KB) -> None:
    # p. 858: about 800,000 arrested, deported or executed in 1935-38, around a third.
    assert figure(kb, 858, "800,000").value == 800_000


# --- the conclusion: later deportations (pp. 859-860) ------------------------------------


def test_later_deportations_from_the_black_sea_and_transcaucasus(kb: KB) -> None:
    # p. 860 (n. 276): eight peoples removed from the Black Sea and Transcaucasian border
    # regions in the late Stalin years (listed alphabetically below).
    later = {
        g
        for e in kb.events
        if e.soviet and e.start is not None and 1943 <= e.start.year <= 1953
        for g in names(kb, e.groups)
    }
    assert {
        "Armenians", "Bulgarians", "Crimean Tatars", "Greeks", "Iranians", "Khemshils",
        "Kurds", "Meskhetian Turks",
    } <= later  # fmt: skip
    border = event(kb, "ev-1944-1953-soviet-border-deportations")
    assert 860 in pages(border)


# --- places: coordinates where they belong ---------------------------------------------


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(h))


# Well-known positions (degrees north, east), typed from an atlas, not from data/.
ATLAS = {
    "Lenkoran": (38.75, 48.85),
    "Baku": (40.41, 49.87),
    "Novosibirsk": (55.03, 82.92),
    "Barnaul": (53.35, 83.78),
    "Vladivostok": (43.12, 131.89),
    "Khabarovsk": (48.48, 135.08),
    "Leningrad": (59.94, 30.31),
    "Moscow": (55.76, 37.62),
    "Kharbin": (45.75, 126.65),
    "Istanbul": (41.01, 28.98),
}


@pytest.mark.parametrize("name", sorted(ATLAS))
def test_towns_lie_where_the_atlas_puts_them(kb: KB, name: str) -> None:
    (place,) = [p for p in kb.places if p.name == name]
    assert place.lat is not None and place.lon is not None
    assert _km((place.lat, place.lon), ATLAS[name]) < 50


def test_soviet_places_lie_inside_the_soviet_union(kb: KB) -> None:
    """Everything filed under the USSR lies between the Baltic and the Pacific, the Caspian and
    the Arctic: a box that catches swapped or mistyped coordinates."""

    def soviet(place_id: str | None) -> bool:
        seen: set[str] = set()
        while place_id and place_id not in seen:
            if place_id == "pl-ussr":
                return True
            seen.add(place_id)
            parent = kb.get(place_id)
            place_id = getattr(parent, "parent", None)
        return False

    inside = [p for p in kb.places if soviet(p.parent) and p.lat is not None]
    assert len(inside) >= 30
    bad = [
        f"{p.id}: {p.lat}, {p.lon}"
        for p in inside
        if p.lon is None or not (35 <= p.lat <= 75 and 20 <= p.lon <= 180)
    ]
    assert not bad, "\n".join(bad)
