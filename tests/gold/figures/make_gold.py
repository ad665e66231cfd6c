"""Writes the synthetic gold articles for the figures checker (issue #14): the prose is ours,
the numbers invented but plausible, and every derived claim's arithmetic is done here in
Python, independently of borderlands.figures. Each claim is marked in the prose as
``C(figure, kind, verdict, intended=...)``; the markers are taken out and the claim's offsets
written to the YAML beside the text.

Kinds: share, sum, remainder, rate, multiple, count, duration, comparison, chain.
Verdicts: consistent, inconsistent (a planted slip: ``intended`` is the figure the inputs
give), unverifiable (the inputs are not printed), ambiguous (two readings fit).

Split: decided before any tuning, by alternation: a claim's position in its article, counted
from 0, even -> tune, odd -> heldout. The fourth article (transport) was written after the
first three had been tuned on, before any rule was changed again: all of its claims are
``heldout2``; it has been tuned on since. The fifth article (settlement) was written after
that, before any rule was changed again: all of its claims are ``heldout3``.

Later articles were written by other engineers who never read or ran the checker, each by
its own script beside this one (``make_gold_<name>.py``, using this module's ``Article``):
volgagerman, nationalop and exchange (``heldout7``), osadniki, refugees1915 and
specialsettlers (``heldout8``). labourarmy and repatriation (``heldout4``) were written the
same way; their texts and YAML are the record (their script did not land).

Run: python3 tests/gold/figures/make_gold.py   (rewrites the .txt and .yaml files here)
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

HERE = Path(__file__).parent
MARK = re.compile(r"⟦(\d+)⟧(.*?)⟦/⟧", re.S)


class Article:
    def __init__(self, name: str, title: str, split: str | None = None) -> None:
        self.name = name
        self.title = title
        self.split = split  # one split for every claim; None: alternate tune/heldout
        self.claims: list[dict[str, object]] = []
        self.paragraphs: list[str] = []

    def C(self, figure: str, kind: str, verdict: str, intended: str | None = None,
          formula: str = "") -> str:
        n = len(self.claims)
        claim: dict[str, object] = {"figure": figure, "kind": kind, "verdict": verdict}
        if intended is not None:
            claim["intended"] = intended
        if formula:
            claim["formula"] = formula
        self.claims.append(claim)
        return f"⟦{n}⟧{figure}⟦/⟧"

    def P(self, *sentences: str) -> None:
        self.paragraphs.append(" ".join(sentences))

    def write(self) -> None:
        marked = self.title + "\n\n" + "\n\n".join(self.paragraphs) + "\n"
        out: list[str] = []
        pos = 0
        for m in MARK.finditer(marked):
            out.append(marked[pos : m.start()])
            start = sum(len(s) for s in out)
            out.append(m.group(2))
            claim = self.claims[int(m.group(1))]
            claim["start"] = start
            claim["end"] = start + len(m.group(2))
            pos = m.end()
        out.append(marked[pos:])
        text = "".join(out)
        for i, claim in enumerate(self.claims):
            assert text[claim["start"] : claim["end"]] == claim["figure"], claim  # type: ignore[misc]
            claim["split"] = self.split or ("tune" if i % 2 == 0 else "heldout")
        (HERE / f"{self.name}.txt").write_text(text, encoding="utf-8")
        header = (
            f"# Gold claims for {self.name}.txt, written with make_gold.py (see its docstring).\n"
            "# start/end: offsets of the derived figure in the text; kind; verdict; intended:\n"
            "# for a planted slip, the figure the printed inputs give; split: tune/heldout.\n"
        )
        body = yaml.safe_dump({"claims": self.claims}, allow_unicode=True, sort_keys=False,
                              width=100)
        (HERE / f"{self.name}.yaml").write_text(header + body, encoding="utf-8")


def g(v: float) -> str:
    """A count as printed: 12,345."""
    return f"{v:,.0f}"


def pct(a: float, b: float, d: int = 1) -> str:
    return f"{a / b * 100:.{d}f}"


def grain() -> Article:
    a = Article("grain", "Grain procurement on the lower Volga, the Kuban and the Don, 1931-1933")
    C = a.C
    a.P(
        "In the autumn of 1931 the okrug committees of the lower Volga were given a plan of "
        "1,240,000 tons of grain.",
        f"By the first of December they had delivered 868,000 tons, or "
        f"{C('70 percent', 'share', 'consistent', formula='868000/1240000*100')} of the plan.",
        f"The Kuban delivered 412,600 tons against a plan of 530,000 tons "
        f"({C('77.8 percent', 'share', 'consistent', formula='412600/530000*100')}).",
        f"The Don districts handed over 215,300 tons of the 298,000 tons asked of them and so "
        f"fulfilled {C('27.2 percent', 'share', 'inconsistent', '72.2', '215300/298000*100')} "
        f"of their plan.",
    )
    a.P(
        f"Three regions shared the 1932 plan of "
        f"{C('2,350,000', 'sum', 'consistent', formula='1180000+640000+530000')} tons: the "
        f"lower Volga 1,180,000 tons, the Kuban 640,000 tons and the Don 530,000 tons.",
        f"In the Salsk district the collective farms handed over 48,200 tons, the individual "
        f"households 9,650 tons and the state farms 12,150 tons, "
        f"{C('70,000', 'sum', 'consistent', formula='48200+9650+12150')} tons in all.",
        f"After 868,000 tons by December and a further 187,000 tons in January, the "
        f"supplementary levies brought the total to "
        f"{C('1,050,500', 'sum', 'inconsistent', '1,055,000', '868000+187000')} tons.",
    )
    a.P(
        f"Of the 31,400 households listed as kulak in the Kuban, 18,900 were deported to the "
        f"Urals and the remaining "
        f"{C('12,500', 'remainder', 'consistent', formula='31400-18900')} were resettled "
        f"inside the region.",
        f"Of the 6,800 carts of seed grain returned to the Kuban in March, 4,150 carts went to "
        f"collective farms and the rest, "
        f"{C('2,560', 'remainder', 'inconsistent', '2,650', '6800-4150')} carts, to state "
        f"farms.",
        f"The agency stored 96,000 tons, shipped 61,500 tons abroad, and the difference of "
        f"{C('34,500', 'remainder', 'consistent', formula='96000-61500')} tons was written "
        f"off as spoiled.",
        f"The Don was to deliver 150,000 tons by January; 112,000 tons arrived, and a further "
        f"{C('38,000', 'remainder', 'consistent', formula='150000-112000')} tons were "
        f"expected in February.",
    )
    a.P(
        f"The 1,845 deported households numbered 8,950 persons, "
        f"{C('about 4.9', 'rate', 'consistent', formula='8950/1845')} persons per household.",
        f"They travelled in 14 trains of "
        f"{C('about 640', 'rate', 'consistent', formula='8950/14')} persons each.",
        f"The escort counted 2,240 guards, one guard for every "
        f"{C('four', 'rate', 'consistent', formula='8950/2240')} deportees.",
        f"In the first winter 116 of the deportees died, "
        f"{C('31', 'rate', 'inconsistent', '13', '116/8950*1000')} per 1,000.",
    )
    a.P(
        f"Procurement in the Kuban "
        f"{C('more than doubled', 'multiple', 'consistent', formula='412600/198000')}, from "
        f"198,000 tons in 1930 to 412,600 tons in 1931.",
        f"Arrests for the theft of grain "
        f"{C('tripled', 'multiple', 'consistent', formula='4380/1420')} between August and "
        f"December, from 1,420 to 4,380.",
        f"The seed reserve was {C('halved', 'multiple', 'consistent', formula='41500/84000')}, "
        f"from 84,000 tons to 41,500 tons.",
        f"The number of carts on the roads "
        f"{C('quadrupled', 'multiple', 'inconsistent', 'tripled', '6900/2300')}, from 2,300 "
        f"to 6,900.",
    )
    a.P(
        f"Of the 412,600 tons the Kuban delivered, 83,000 tons came from individual "
        f"households, {C('about a fifth', 'multiple', 'consistent', formula='83000/412600')} "
        f"of the whole.",
        f"By March 1,958,000 tons, "
        f"{C('five-sixths', 'multiple', 'consistent', formula='1958000/2350000')} of the "
        f"2,350,000-ton plan, had been delivered.",
        f"Of the 31,400 kulak households, 20,950, "
        f"{C('two-thirds', 'multiple', 'consistent', formula='20950/31400')}, had lost their "
        f"land before the deportation.",
        f"Children were {C('over half', 'multiple', 'consistent', formula='4620/8950')} of the "
        f"deportees: 4,620 of the 8,950.",
        f"Of the 1,845 households, 1,702 were Cossack families: "
        f"{C('the great majority', 'multiple', 'consistent', formula='1702/1845')}.",
        f"By October the Don had delivered 88,000 tons, "
        f"{C('about a third', 'multiple', 'inconsistent', 'about a sixth', '88000/530000')} of "
        f"its 530,000-ton plan.",
    )
    a.P(
        f"The Kuban, which fulfilled 77.8 percent of its plan, did "
        f"{C('better', 'comparison', 'consistent', formula='77.8>70')} than the lower Volga, "
        f"which fulfilled 70 percent.",
        f"Among the three regions the lower Volga had the "
        f"{C('largest', 'comparison', 'consistent', formula='1180000>640000>530000')} plan, "
        f"1,180,000 tons, against 640,000 tons for the Kuban and 530,000 tons for the Don.",
        f"The Don's deliveries, 215,300 tons, were "
        f"{C('larger', 'comparison', 'inconsistent', 'smaller', '215300<412600')} than the "
        f"Kuban's 412,600 tons.",
        f"A household in the Kuban was "
        f"{C('more likely', 'comparison', 'consistent', formula='1845/62000>410/38000')} to "
        f"be deported than one on the Don: 1,845 of 62,000 households against 410 of 38,000.",
        f"Salsk was "
        f"{C('second only to', 'comparison', 'consistent', formula='740>612>505')} Armavir "
        f"in arrests, with 612 against 740 in Armavir and 505 in Kropotkin.",
    )
    a.P(
        f"Brigades were sent to {C('five', 'count', 'consistent', formula='5')} districts: "
        f"Salsk, Armavir, Kropotkin, Tikhoretsk and Eisk.",
        f"{C('Four', 'count', 'inconsistent', 'Five', '5')} stanitsas were put on the black "
        f"list: Poltavskaia, Umanskaia, Medvedovskaia, Urupskaia and Miiskhako.",
        f"The returns counted {C('three', 'count', 'consistent', formula='3')} grains: wheat, "
        f"barley and rye.",
    )
    a.P(
        f"The campaign ran from 1 August 1932 to 1 December 1933, "
        f"{C('a sixteen-month', 'duration', 'consistent', formula='16')} period.",
        f"Deported in 1933 and released in 1946, the families spent "
        f"{C('thirteen years', 'duration', 'consistent', formula='1946-1933')} in exile.",
        f"Between the decree of 1930 and the amnesty of 1954, "
        f"{C('twenty-two years', 'duration', 'inconsistent', 'twenty-four', '1954-1930')} "
        f"passed.",
    )
    a.P(
        f"Of the 8,950 deportees, 62 percent were women and children, and 40 percent of these "
        f"were children under ten: "
        f"{C('about 2,220', 'chain', 'consistent', formula='8950*0.62*0.40')} children.",
        f"Of the 530,000 tons asked of the Don, 40 percent fell to Salsk, which met 75 percent "
        f"of its share, {C('159,000', 'chain', 'consistent', formula='530000*0.4*0.75')} tons.",
    )
    a.P(
        "The okrug returns for 1932 gave the deliveries by kind of farm.",
        "Collective farms delivered 1,096,000 tons, state farms 287,000 tons and individual "
        "households 177,000 tons.",
        f"In all {C('1,560,000', 'sum', 'consistent', formula='1096000+287000+177000')} tons "
        f"were delivered.",
        f"Collective farms thus gave "
        f"{C('70.3 percent', 'share', 'consistent', formula='1096000/1560000*100')}, state "
        f"farms {C('18.4 percent', 'share', 'consistent', formula='287000/1560000*100')} and "
        f"individual households "
        f"{C('11.3 percent', 'share', 'consistent', formula='177000/1560000*100')}.",
        f"The grain filled 26,000 wagons, "
        f"{C('60', 'rate', 'consistent', formula='1560000/26000')} tons to a wagon.",
        f"The lower Volga's 1,180,000 tons went in 19,700 wagons, about "
        f"{C('600', 'rate', 'inconsistent', '60', '1180000/19700')} tons a wagon.",
    )
    a.P(
        "The brigades made 4,380 arrests in the winter and seized 23,000 tons of hidden grain.",
        f"Officials reported that {C('19 percent', 'share', 'unverifiable')} of the kolkhoz "
        f"members had left their farms by spring.",
        f"By 1933 {C('about 38 percent', 'share', 'unverifiable')} of the region's sown area "
        f"lay fallow.",
        f"The sown area of the Salsk district declined from 412,000 hectares to 256,000 "
        f"hectares ({C('62.1 percent', 'share', 'ambiguous', formula='256000/412000*100')}).",
    )
    return a


def census() -> Article:
    a = Article("census", "The special settlements of western Siberia in the census of 1939")
    C = a.C
    a.P(
        "On 1 January 1939 the settlement administration of the Novosibirsk oblast counted "
        "186,400 special settlers in 1,210 settlements.",
        f"Germans numbered 41,900 "
        f"({C('22.5 percent', 'share', 'consistent', formula='41900/186400*100')}), "
        f"Ukrainians 63,200 "
        f"({C('33.9 percent', 'share', 'consistent', formula='63200/186400*100')}), "
        f"Russians 52,700 "
        f"({C('28.3 percent', 'share', 'consistent', formula='52700/186400*100')}) "
        f"and others 28,600 "
        f"({C('51.3 percent', 'share', 'inconsistent', '15.3', '28600/186400*100')}).",
        f"The four groups together make up "
        f"{C('186,400', 'sum', 'consistent', formula='41900+63200+52700+28600')} persons.",
    )
    a.P(
        "The settlers lived in 44,300 families.",
        f"Families of the Narym commandant's office averaged "
        f"{C('4.2', 'rate', 'consistent', formula='186400/44300')} persons, by the count of "
        f"186,400 settlers.",
        f"Of those families, 9,860 had no able-bodied man, "
        f"{C('22.3 percent', 'share', 'consistent', formula='9860/44300*100')}.",
        f"Another 3,940 families had lost a member since arrival, "
        f"{C('2.1 percent', 'share', 'inconsistent', '8.9', '3940/44300*100')} of the "
        f"families.",
    )
    a.P(
        f"The settlements of the Tomsk district held 24,600 persons, those of Kolpashevo "
        f"18,300 and those of Parabel 9,400, "
        f"{C('52,300', 'sum', 'consistent', formula='24600+18300+9400')} persons in the "
        f"three districts.",
        f"In 1938 the NKVD raised the total to "
        f"{C('61,750', 'sum', 'consistent', formula='52300+6150+3300')} by adding 6,150 "
        f"arrivals from Kazakhstan and 3,300 from the Urals.",
        f"The spring convoy of 2,140 persons, bringing the total to "
        f"{C('63,980', 'sum', 'inconsistent', '63,890', '61750+2140')}, came by barge.",
        f"The settlers of Tomsk worked in forestry (55 percent), in fishing (30 percent) and "
        f"in workshops (15 percent), {C('100 percent', 'sum', 'consistent', formula='55+30+15')} "
        f"of the able-bodied.",
        f"Of the Parabel settlers the clerk counted 48 percent women, 31 percent men and "
        f"{C('27 percent', 'sum', 'inconsistent', '21 percent', '100-48-31')} children.",
    )
    a.P(
        f"Of the 9,400 settlers in Parabel, 5,870 worked in the timber trust and the remaining "
        f"{C('3,530', 'remainder', 'consistent', formula='9400-5870')} in the fisheries.",
        f"Of the 24,600 in Tomsk, 11,250 were children, and the rest, "
        f"{C('13,350', 'remainder', 'consistent', formula='24600-11250')}, adults.",
        f"Of the 18,300 settlers of Kolpashevo, 6,100 had fled by 1939; "
        f"{C('1,220', 'remainder', 'inconsistent', '12,200', '18300-6100')} remained.",
        f"The plan for 1939 foresaw 70,000 settlers in the three districts; against the "
        f"63,980 present, the shortfall was "
        f"{C('6,020', 'remainder', 'consistent', formula='70000-63980')} persons.",
    )
    a.P(
        f"Deaths in 1938 came to 5,220, "
        f"{C('28 per 1,000', 'rate', 'consistent', formula='5220/186400*1000')} settlers.",
        f"Births came to 4,100, "
        f"{C('about 22 per 1,000', 'rate', 'consistent', formula='4100/186400*1000')}.",
        f"The 2,140 persons of the spring convoy came in 46 barges, "
        f"{C('about 47', 'rate', 'consistent', formula='2140/46')} to a barge.",
        f"In 1931 the same settlers had come in 32 trains of 58 wagons, carrying "
        f"{C('about 100', 'rate', 'consistent', formula='186400/32/58')} persons to a wagon.",
        f"One commandant had charge of 1,210 settlements with 96 officers, one officer for "
        f"{C('every 126', 'rate', 'inconsistent', '13', '1210/96')} settlements.",
    )
    a.P(
        f"The number of settlements "
        f"{C('doubled', 'multiple', 'consistent', formula='1210/598')} between 1932 and 1939, "
        f"from 598 to 1,210.",
        f"The settlers' livestock "
        f"{C('tripled', 'multiple', 'consistent', formula='37200/12100')} over the same years, "
        f"from 12,100 head to 37,200.",
        f"Schools for settler children went from 41 to 206, a "
        f"{C('fivefold', 'multiple', 'consistent', formula='206/41')} increase.",
        f"Escapes were {C('halved', 'multiple', 'inconsistent', 'cut to a fifth', '1320/6600')} "
        f"from 6,600 in 1933 to 1,320 in 1938.",
        f"Women made up {C('almost half', 'multiple', 'consistent', formula='90100/186400')} of "
        f"the settlers: 90,100 of the 186,400.",
        f"Of the 206 schools, 171, "
        f"{C('five-sixths', 'multiple', 'consistent', formula='171/206')}, taught in Russian.",
        f"{C('Most', 'multiple', 'consistent', formula='124700/186400')} of the settlers, "
        f"124,700 of them, had come from Ukraine and the Volga.",
        f"Only 7,900 of the 44,300 families kept a cow, "
        f"{C('about a quarter', 'multiple', 'inconsistent', 'about a sixth', '7900/44300')}.",
    )
    a.P(
        f"Mortality in Narym was "
        f"{C('higher', 'comparison', 'consistent', formula='3150/72400>2070/114000')} than in "
        f"the southern districts: 3,150 deaths among 72,400 settlers against 2,070 among "
        f"114,000.",
        f"Germans were the "
        f"{C('smallest', 'comparison', 'inconsistent', 'third', '28600<41900')} of the four "
        f"groups, at 41,900 against 28,600 others.",
        f"Tomsk held the largest settler population of the three districts, Kolpashevo the "
        f"second and Parabel the "
        f"{C('third', 'comparison', 'consistent', formula='24600>18300>9400')}.",
        f"A settler in Narym was "
        f"{C('more likely', 'comparison', 'consistent', formula='4100/72400>1200/114000')} to "
        f"flee than one in the south: 4,100 escapes among 72,400 against 1,200 among 114,000.",
        f"The fisheries, with 3,530 workers, employed "
        f"{C('far fewer', 'comparison', 'consistent', formula='3530<5870')} settlers than the "
        f"timber trust's 5,870.",
    )
    a.P(
        f"Settlers came from {C('six', 'count', 'consistent', formula='6')} regions: Ukraine, "
        f"the Volga, the Kuban, Belorussia, the Urals and Kazakhstan.",
        f"{C('Seven', 'count', 'consistent', formula='7')} peoples were listed separately: "
        f"Germans, Ukrainians, Russians, Poles, Latvians, Chuvash and Tatars.",
        f"The census sheets had {C('four', 'count', 'inconsistent', 'three', '3')} sections: "
        f"family, labour and health.",
    )
    a.P(
        f"Many families had been in the settlements since the spring of 1930, "
        f"{C('nine years', 'duration', 'consistent', formula='1939-1930')} before the census.",
        f"The commandant's office existed from March 1931 to June 1949, "
        f"{C('over eighteen years', 'duration', 'consistent', formula='1949.5-1931.2')}.",
        f"The first settlers of 1930 were released in 1954, after "
        f"{C('twenty-five years', 'duration', 'inconsistent', 'twenty-four', '1954-1930')}.",
    )
    a.P(
        f"Of the 186,400 settlers, 33.9 percent were Ukrainians, and 60 percent of the "
        f"Ukrainians worked in forestry: "
        f"{C('about 37,900', 'chain', 'consistent', formula='186400*0.339*0.6')} persons.",
        f"Of the 9,400 Parabel settlers, 27 percent were children, and half of these went to "
        f"school, {C('about 1,270', 'chain', 'consistent', formula='9400*0.27*0.5')} pupils.",
        f"Of the 63,200 Ukrainians, 40 percent were in Narym, and a tenth of these fled: "
        f"{C('about 2,530', 'chain', 'consistent', formula='63200*0.4*0.1')} persons.",
    )
    a.P(
        "In the autumn of 1941 the oblast received 47,300 Volga Germans.",
        f"They were put in 310 settlements, "
        f"{C('about 150', 'rate', 'consistent', formula='47300/310')} to a settlement.",
        f"Children were 21,900 of them, "
        f"{C('46.3 percent', 'share', 'consistent', formula='21900/47300*100')}.",
        f"By 1942 the labour army had taken 8,400 of the men, "
        f"{C('almost a fifth', 'multiple', 'consistent', formula='8400/47300')} of the "
        f"newcomers, and the remaining "
        f"{C('38,900', 'remainder', 'consistent', formula='47300-8400')} stayed in the "
        f"settlements.",
        f"With the 41,900 Germans counted in 1939, the German settlers now numbered "
        f"{C('89,200', 'sum', 'consistent', formula='41900+47300')}, "
        f"{C('more than twice', 'multiple', 'consistent', formula='89200/41900')} the census "
        f"figure.",
    )
    a.P(
        "The Tomsk office reported 24,600 settlers and 4,920 cattle in 1939.",
        f"By its own account {C('20 percent', 'share', 'unverifiable')} of the settlers "
        f"had been promoted to regular workers.",
        f"Some {C('12 percent', 'share', 'unverifiable')} of the families asked for "
        f"release.",
        f"The settler population of Kolpashevo fell from 18,300 to 12,200 "
        f"({C('66.7 percent', 'share', 'ambiguous', formula='12200/18300*100')}).",
        f"The number of settlements in the Parabel district fell from 140 to 98, a decline of "
        f"{C('70 percent', 'share', 'inconsistent', '30 percent', '(140-98)/140*100')}.",
    )
    return a


def camp() -> Article:
    a = Article("camp", "The quarterly returns of a Kazakh camp administration, 1940-1946")
    C = a.C
    a.P(
        "On 1 April 1941 the camp administration held 37,800 prisoners in nine divisions.",
        f"Of them 11,340 were sentenced for counter-revolutionary crimes "
        f"({C('30 per cent', 'share', 'consistent', formula='11340/37800*100')}) and 4,950 "
        f"were women ({C('13.1%', 'share', 'consistent', formula='4950/37800*100')}).",
        f"The agricultural divisions held 21,600 prisoners, "
        f"{C('57.1 per cent', 'share', 'consistent', formula='21600/37800*100')} of the camp.",
        f"The invalids, 3,020 of them, were "
        f"{C('8 per cent', 'share', 'consistent', formula='3020/37800*100')} of the total.",
        f"Of the 4,950 women, 1,430 had small children with them, "
        f"{C('3.8 per cent', 'share', 'inconsistent', '28.9', '1430/4950*100')}.",
    )
    a.P(
        "The return for the second quarter of 1942 listed the prisoners by division.",
        "Dolinka held 8,450, Spassk 6,120, Akmolinsk 4,380 and the smaller divisions 19,050.",
        f"Dolinka's share was "
        f"{C('22.2 per cent', 'share', 'consistent', formula='8450/38000*100')}, "
        f"Spassk's {C('16.1 per cent', 'share', 'consistent', formula='6120/38000*100')} and "
        f"Akmolinsk's {C('11.5 per cent', 'share', 'consistent', formula='4380/38000*100')}.",
        f"The camp held {C('38,000', 'sum', 'consistent', formula='8450+6120+4380+19050')} "
        f"prisoners in all.",
    )
    a.P(
        f"In 1942 the camp received "
        f"{C('14,900', 'sum', 'consistent', formula='9200+4100+1600')} prisoners in all: "
        f"9,200 from the Volga, 4,100 from the western prisons and 1,600 deported Germans.",
        f"Releases numbered 6,300, deaths 2,870 and escapes 410, "
        f"{C('9,850', 'sum', 'inconsistent', '9,580', '6300+2870+410')} departures in all.",
        f"The autumn transports of 2,600 and 1,850 prisoners raised the count to "
        f"{C('42,450', 'sum', 'consistent', formula='38000+2600+1850')}.",
        f"A last transport of 720 prisoners brought the total to "
        f"{C('43,170', 'sum', 'consistent', formula='42450+720')}.",
    )
    a.P(
        f"Of the 14,900 arrivals of 1942, 9,200 were sent to the agricultural divisions and "
        f"the remaining {C('5,700', 'remainder', 'consistent', formula='14900-9200')} to the "
        f"mines.",
        f"Of the 2,870 prisoners who died that year, 1,940 died in winter and the rest, "
        f"{C('930', 'remainder', 'consistent', formula='2870-1940')}, in the other seasons.",
        f"Of the 410 escapees, 288 were caught, and "
        f"{C('a further 212', 'remainder', 'inconsistent', '122', '410-288')} were never "
        f"found.",
        f"The plan called for 45,000 prisoners by 1943; the camp was "
        f"{C('1,830', 'remainder', 'consistent', formula='45000-43170')} short of it.",
    )
    a.P(
        f"The camp's 43,170 prisoners were guarded by 2,880 riflemen, one rifleman to every "
        f"{C('fifteen', 'rate', 'consistent', formula='43170/2880')} prisoners.",
        f"Deaths in 1942, 2,870 in a camp of about 38,000, came to "
        f"{C('about 76 per 1,000', 'rate', 'consistent', formula='2870/38000*1000')}.",
        f"The 9,200 Volga prisoners arrived in 23 trains, "
        f"{C('400', 'rate', 'consistent', formula='9200/23')} to a train.",
        f"The barracks of Spassk, 51 of them, held "
        f"{C('about 120', 'rate', 'consistent', formula='6120/51')} prisoners each.",
        f"The 1,600 deported Germans came as 410 families, "
        f"{C('about 3.9', 'rate', 'consistent', formula='1600/410')} persons to a family.",
        f"Rations were issued to 38,000 prisoners at 650 grams a head, "
        f"{C('27.4', 'rate', 'inconsistent', '24.7', '38000*0.65/1000')} tons of bread a "
        f"day.",
    )
    a.P(
        f"The number of prisoners "
        f"{C('more than tripled', 'multiple', 'consistent', formula='43170/12600')} between "
        f"1937 and 1943, from 12,600 to 43,170.",
        f"Releases {C('doubled', 'multiple', 'consistent', formula='6300/3100')} in a year, "
        f"from 3,100 in 1941 to 6,300 in 1942.",
        f"Escapes fell {C('fourfold', 'multiple', 'inconsistent', 'twofold', '820/410')}, from "
        f"820 to 410.",
        f"Of the 43,170 prisoners, 29,100 worked in the fields, "
        f"{C('two-thirds', 'multiple', 'consistent', formula='29100/43170')} of the camp.",
        f"Deaths in winter were "
        f"{C('about two-thirds', 'multiple', 'consistent', formula='1940/2870')} of the year's "
        f"2,870 deaths.",
        f"{C('Over half', 'multiple', 'inconsistent', 'over a quarter', '4100/14900')} of the "
        f"1942 arrivals, 4,100 of 14,900, came from the western prisons.",
        f"The women were {C('about an eighth', 'multiple', 'consistent', formula='4950/37800')} "
        f"of the prisoners in 1941: 4,950 of 37,800.",
    )
    a.P(
        f"Mortality in the mines, 610 deaths among 5,700 prisoners, was "
        f"{C('higher', 'comparison', 'consistent', formula='610/5700>1480/29100')} than in "
        f"the fields, with 1,480 deaths among 29,100.",
        f"Dolinka, with 8,450 prisoners, was the "
        f"{C('largest', 'comparison', 'consistent', formula='8450>6120>4380')} division, "
        f"ahead of Spassk with 6,120 and Akmolinsk with 4,380.",
        f"Akmolinsk was "
        f"{C('second only to', 'comparison', 'inconsistent', 'behind both', '4380<6120<8450')} "
        f"Dolinka in size, with 4,380 prisoners against Spassk's 6,120.",
        f"A prisoner in the mines was "
        f"{C('more likely', 'comparison', 'consistent', formula='80/5700>120/29100')} to "
        f"escape than one in the fields: 80 escapes among 5,700 against 120 among 29,100.",
        f"Women were {C('fewer', 'comparison', 'consistent', formula='4950<11340')} than the "
        f"counter-revolutionaries: 4,950 against 11,340.",
    )
    a.P(
        f"The camp had {C('nine', 'count', 'inconsistent', 'eight', '8')} divisions in 1943: "
        f"Dolinka, Spassk, Akmolinsk, Balkhash, Zhezkazgan, Kengir, Osakarovka and Temirtau.",
        f"It ran {C('three', 'count', 'consistent', formula='3')} kinds of enterprise: "
        f"farms, mines and workshops.",
        f"Prisoners were sorted into {C('four', 'count', 'consistent', formula='4')} labour "
        f"categories: heavy, medium, light and invalid.",
    )
    a.P(
        f"The camp stood from its founding in 1931 to its closing in 1959, "
        f"{C('twenty-eight years', 'duration', 'consistent', formula='1959-1931')}.",
        f"Prisoners sentenced in 1937 to terms ending in 1947 served "
        f"{C('ten years', 'duration', 'consistent', formula='1947-1937')}.",
        f"The war years, from June 1941 to May 1945, were "
        f"{C('a five-year', 'duration', 'inconsistent', 'a four-year', '1945.4-1941.5')} "
        f"ordeal for the camp.",
    )
    a.P(
        f"Of the 43,170 prisoners, 30 per cent were sentenced for counter-revolutionary "
        f"crimes, and of these a fifth were former officials: "
        f"{C('about 2,590', 'chain', 'consistent', formula='43170*0.3*0.2')} persons.",
        f"Of the 14,900 arrivals, 62 per cent came from the Volga, and 10 per cent of these "
        f"died in the first year, "
        f"{C('about 920', 'chain', 'consistent', formula='14900*0.62*0.1')}.",
        f"Of the 4,950 women, 29 per cent had children, and 15 per cent of the mothers were "
        f"released early, "
        f"{C('about 320', 'chain', 'inconsistent', 'about 215', '4950*0.29*0.15')}.",
    )
    a.P(
        "In 1946 the camp held 35,400 prisoners, of whom 12,800 were invalids.",
        f"The invalids were thus "
        f"{C('36.2 per cent', 'share', 'consistent', formula='12800/35400*100')} of the camp.",
        f"Since 1941, when they numbered 3,020, the invalids had "
        f"{C('more than quadrupled', 'multiple', 'consistent', formula='12800/3020')}.",
        f"The able-bodied, {C('22,600', 'remainder', 'consistent', formula='35400-12800')} "
        f"prisoners, worked in 113 brigades of "
        f"{C('200', 'rate', 'consistent', formula='22600/113')} each.",
        f"Of the 12,800 invalids, 3,200 were released in the spring, "
        f"{C('52 per cent', 'share', 'inconsistent', '25', '3200/12800*100')}.",
    )
    a.P(
        "In 1944 the camp sent 2,300 prisoners to the front and received 11,500 tons of "
        "grain from its fields.",
        f"By the inspector's count {C('20 per cent', 'share', 'unverifiable')} of the "
        f"barracks needed new roofs.",
        f"About {C('15 per cent', 'share', 'unverifiable')} of the prisoners could not read.",
        f"Nearly {C('a third', 'multiple', 'unverifiable')} of the horses died in the winter "
        f"of 1944.",
        f"The number of prisoners fell from 43,170 to 31,600 in 1945 "
        f"({C('73.2 per cent', 'share', 'ambiguous', formula='31600/43170*100')}).",
    )
    return a


def transport() -> Article:
    """The railway returns of a frontier-strip removal: written after the first three
    articles were tuned on, all held out (``heldout2``)."""
    a = Article("transport", "The railway returns for the removal of a frontier strip, 1936",
                "heldout2")
    C = a.C
    a.P(
        "In the spring of 1936 the railway administration was ordered to move 45,000 persons "
        "from the frontier strip.",
        "The returns of the Shepetivka junction list 9,870 families, 45,240 persons, loaded "
        "between 10 May and 30 September.",
        f"Poles numbered 16,380 "
        f"({C(pct(16380, 45240) + ' percent', 'share', 'consistent', formula='16380/45240*100')}"
        f"), Germans 11,310 "
        f"({C(pct(11310, 45240) + ' percent', 'share', 'consistent', formula='11310/45240*100')}"
        f"), Ukrainians 14,120 "
        f"({C('13.2 percent', 'share', 'inconsistent', pct(14120, 45240), '14120/45240*100')}) "
        f"and others 3,430 "
        f"({C(pct(3430, 45240) + ' percent', 'share', 'consistent', formula='3430/45240*100')}"
        f").",
        f"Together the four groups came to "
        f"{C('45,240', 'sum', 'consistent', formula='16380+11310+14120+3430')} persons.",
        f"Children under sixteen were 21,700 of them, "
        f"{C(pct(21700, 45240) + ' percent', 'share', 'consistent', formula='21700/45240*100')}"
        f".",
    )
    a.P(
        f"The families averaged "
        f"{C('about 4.6', 'rate', 'consistent', formula='45240/9870')} persons.",
        f"They left in 38 echelons of "
        f"{C('about 1,190', 'rate', 'consistent', formula='45240/38')} persons each.",
        f"The echelons had 2,090 wagons between them, "
        f"{C('about 22', 'rate', 'consistent', formula='45240/2090')} persons to a wagon.",
        f"The escort numbered 1,520 men, one for every "
        f"{C('30', 'rate', 'consistent', formula='45240/1520')} deportees.",
        f"On the road 147 persons died, "
        f"{C('3.2 per 1,000', 'rate', 'consistent', formula='147/45240*1000')}, and 58 "
        f"children were born, {C('1.3 per 1,000', 'rate', 'consistent', formula='58/45240*1000')}"
        f".",
        f"The deaths on the road were "
        f"{C('0.3 percent', 'share', 'consistent', formula='147/45240*100')} of the deportees.",
        f"Bread was issued at 800 grams a head, "
        f"{C('36.2', 'rate', 'consistent', formula='45240*0.8/1000')} tons a day for the whole "
        f"transport.",
        f"Seed grain for the settlements, 340 tons, went in 17 wagons, "
        f"{C('200', 'rate', 'inconsistent', '20', '340/17')} tons to a wagon.",
    )
    a.P(
        f"Of the 38 echelons, 29 went to Kazakhstan and the remaining "
        f"{C('9', 'remainder', 'consistent', formula='38-29')} to the Kharkiv oblast.",
        f"Of the 9,870 families, 7,410 were sent to Kazakhstan and the other "
        f"{C('2,460', 'remainder', 'consistent', formula='9870-7410')} to Kharkiv.",
        f"Of the 2,090 wagons, 1,640 were covered goods wagons and the rest, "
        f"{C('540', 'remainder', 'inconsistent', '450', '2090-1640')}, open platforms.",
        f"Against the plan the returns show "
        f"{C('240', 'remainder', 'consistent', formula='45240-45000')} persons more.",
        f"By 1 August 31,650 persons had been moved, leaving "
        f"{C('13,950', 'remainder', 'inconsistent', '13,590', '45240-31650')} still to go.",
    )
    a.P(
        "The first wave took 18,200 persons in May and June.",
        f"The second wave took the remaining "
        f"{C('27,040', 'remainder', 'consistent', formula='45240-18200')}.",
        "The Kazakhstan echelons carried 34,380 persons.",
        f"With the 10,860 sent to the Kharkiv oblast, the transport came to "
        f"{C('45,240', 'sum', 'consistent', formula='34380+10860')}.",
        f"The junction loaded 12 echelons in May, 9 in June, 8 in July and 9 in August and "
        f"September, {C('38', 'sum', 'consistent', formula='12+9+8+9')} in all.",
        f"The district lists had named 9,560 families; late additions of 310 brought the count "
        f"to {C('9,870', 'sum', 'consistent', formula='9560+310')}.",
    )
    a.P(
        f"The property left behind was valued at 3,420,000 rubles for houses, 1,185,000 for "
        f"livestock and 640,000 for implements, "
        f"{C('5,425,000', 'sum', 'inconsistent', '5,245,000', '3420000+1185000+640000')} rubles "
        f"in all.",
        f"By occupation the deportees were collective farmers (71 percent), individual peasants "
        f"(18 percent) and craftsmen and others "
        f"({C('11 percent', 'sum', 'consistent', formula='100-71-18')}).",
        f"Of the 9,870 families, 1,160 had been exiled once before, "
        f"{C('1.8 percent', 'share', 'inconsistent', pct(1160, 9870), '1160/9870*100')}.",
        f"The railway thus carried out "
        f"{C(pct(45240, 45000) + ' percent', 'share', 'consistent', formula='45240/45000*100')}"
        f" of its plan.",
    )
    a.P(
        f"Loadings at Novohrad "
        f"{C('tripled', 'multiple', 'consistent', formula='3790/1240')}, from 1,240 persons in "
        f"May to 3,790 in June.",
        f"After August the escort was {C('halved', 'multiple', 'consistent', formula='760/1520')}"
        f", from 1,520 to 760 men.",
        f"Deaths on the road fell {C('fivefold', 'multiple', 'consistent', formula='95/19')}, "
        f"from 95 in May to 19 in September.",
        f"The charge for a wagon-day rose "
        f"{C('fourfold', 'multiple', 'inconsistent', 'threefold', '54/18')}, from 18 to 54 "
        f"rubles.",
        "In 1935 the railway had moved 19,800 persons from the same strip; in 1936 it moved "
        "45,240.",
        f"The number of deportees thus "
        f"{C('more than doubled', 'multiple', 'consistent', formula='45240/19800')}.",
        f"Of the 9,870 families, 2,380, "
        f"{C('about a quarter', 'multiple', 'consistent', formula='2380/9870')}, were headed "
        f"by women.",
        f"Of the 2,090 wagons, 1,640, "
        f"{C('more than three-quarters', 'multiple', 'consistent', formula='1640/2090')}, "
        f"were covered.",
        f"Of the 38 echelons, 29, "
        f"{C('over four-fifths', 'multiple', 'inconsistent', 'about three-quarters', '29/38')}"
        f", went to Kazakhstan.",
        f"The Germans, 11,310 persons, were "
        f"{C('about a third', 'multiple', 'inconsistent', 'about a quarter', '11310/45240')} of "
        f"the deportees.",
    )
    a.P(
        f"The Poles were the "
        f"{C('largest', 'comparison', 'consistent', formula='16380>14120>11310')} group, with "
        f"16,380 against 14,120 Ukrainians and 11,310 Germans.",
        f"The Germans were "
        f"{C('more numerous', 'comparison', 'inconsistent', 'fewer', '11310<14120')} than the "
        f"Ukrainians: 11,310 against 14,120.",
        f"A deportee from Novohrad was "
        f"{C('more likely', 'comparison', 'consistent', formula='61/12400>86/32840')} to die on "
        f"the road than one from the other stations: 61 of 12,400 against 86 of 32,840.",
        f"The Kazakhstan echelons carried "
        f"{C('more', 'comparison', 'inconsistent', 'fewer', '34380/29<10860/9')} persons each "
        f"than the Kharkiv ones: 34,380 in 29 echelons against 10,860 in 9.",
    )
    a.P(
        "Shepetivka loaded 21,600 persons, Novohrad 12,400 and Korosten 11,240.",
        f"Shepetivka thus came first, Novohrad "
        f"{C('second', 'comparison', 'consistent', formula='21600>12400>11240')} and Korosten "
        f"last.",
        f"Korosten sent {C('fewer', 'comparison', 'consistent', formula='11240<12400')} "
        f"persons than Novohrad.",
    )
    a.P(
        f"The echelons were routed over {C('three', 'count', 'consistent', formula='3')} "
        f"junctions: Kazatin, Kharkiv and Syzran.",
        f"The strip took in {C('six', 'count', 'inconsistent', 'five', '5')} raions: "
        f"Shepetivka, Novohrad, Korosten, Olevsk and Iziaslav.",
        f"Each family was given {C('three', 'count', 'consistent', formula='3')} papers: a "
        f"list of its members, an act on its property and a ration card.",
        f"The deportees went to {C('two', 'count', 'consistent', formula='2')} destinations: "
        f"Kazakhstan and the Kharkiv oblast.",
    )
    a.P(
        f"Loading ran from 10 May to 30 September 1936, "
        f"{C('nearly five months', 'duration', 'consistent', formula='4+20/30')}.",
        f"The families were released in 1956, "
        f"{C('twenty years', 'duration', 'consistent', formula='1956-1936')} after the "
        f"removal.",
        f"The strip was opened to settlement again in 1949, "
        f"{C('fifteen years', 'duration', 'inconsistent', 'thirteen years', '1949-1936')} after "
        f"the removal.",
    )
    a.P(
        f"Of the 45,240 deportees, 76 percent went to Kazakhstan, and 30 percent of these to "
        f"the Karaganda oblast: "
        f"{C('about 10,310', 'chain', 'consistent', formula='45240*0.76*0.30')} persons.",
        f"Of the 9,870 families, 25 percent took a cow, and 40 percent of these lost it on "
        f"the road: {C('about 1,970', 'chain', 'inconsistent', 'about 990', '9870*0.25*0.4')}"
        f" families.",
        f"Of the 21,700 children, 54 percent were of school age, and a third of these found "
        f"no school in the settlements, "
        f"{C('about 3,910', 'chain', 'consistent', formula='21700*0.54/3')}.",
        f"In the first winter 463 of the Karaganda deportees died, "
        f"{C('about 54 per 1,000', 'rate', 'inconsistent', '45', '463/10310*1000')}.",
    )
    a.P(
        "The commission on the transport met 12 times and heard 170 complaints.",
        f"It judged that {C('14 percent', 'share', 'unverifiable')} of the wagons were unfit "
        f"for people.",
        f"About {C('40 percent', 'share', 'unverifiable')} of the cattle had been sold before "
        f"departure.",
        f"The population of the strip fell from 128,000 to 82,760 "
        f"({C(pct(82760, 128000) + ' percent', 'share', 'ambiguous', formula='82760/128000*100')}"
        f").",
        f"Horses in the strip fell from 24,500 to 16,170, a decline of "
        f"{C('66 percent', 'share', 'inconsistent', '34 percent', '(24500-16170)/24500*100')}.",
    )
    return a


def settlement() -> Article:
    """The 1933 returns of a special settlement's commandant: deaths, births, escapes and the
    clearing plan. Written after the transport article had been tuned on and before any rule
    of the next round was changed: all of its claims are ``heldout3``."""
    a = Article("settlement", "The returns of the Chaya special settlement, 1933", "heldout3")
    C = a.C
    a.P(
        "On 1 January 1933 the commandant of the Chaya settlement reported 18,640 settlers in "
        "4,210 families.",
        f"Settlers from Ukraine numbered 7,830 "
        f"({C(pct(7830, 18640) + ' percent', 'share', 'consistent', formula='7830/18640*100')}"
        f"), those from the Kuban 5,260 "
        f"({C(pct(5260, 18640) + ' percent', 'share', 'consistent', formula='5260/18640*100')}"
        f"), those from the Black Earth region 3,910 "
        f"({C('12.0 percent', 'share', 'inconsistent', pct(3910, 18640), '3910/18640*100')}) "
        f"and others 1,640 "
        f"({C(pct(1640, 18640) + ' percent', 'share', 'consistent', formula='1640/18640*100')}"
        f").",
        f"The families averaged "
        f"{C('about 4.4', 'rate', 'consistent', formula='18640/4210')} persons.",
    )
    a.P(
        f"In the first quarter 412 settlers died, "
        f"{C('22.1 per 1,000', 'rate', 'consistent', formula='412/18640*1000')}, and 96 "
        f"children were born, {C('5.2 per 1,000', 'rate', 'consistent', formula='96/18640*1000')}"
        f".",
        f"The deaths of that quarter were "
        f"{C(pct(412, 18640) + ' percent', 'share', 'consistent', formula='412/18640*100')} of "
        f"the settlers.",
        f"Of the 412 dead, 236 were children "
        f"({C(pct(236, 412) + ' percent', 'share', 'consistent', formula='236/412*100')}).",
        f"In the same quarter 238 settlers escaped, "
        f"{C('1.3 percent', 'share', 'consistent', formula='238/18640*100')} of the whole.",
        f"In the second quarter 353 died, "
        f"{C('91 per 1,000', 'rate', 'inconsistent', '19', '353/18640*1000')}.",
        f"Births rose from 96 in the first quarter to 118 in the second "
        f"({C(pct(22, 96) + ' percent', 'share', 'consistent', formula='(118-96)/96*100')}).",
    )
    a.P(
        f"Of the 238 who escaped, 151 were caught and the remaining "
        f"{C('87', 'remainder', 'consistent', formula='238-151')} were never found.",
        f"Of the 4,210 families, 3,380 had a cow by the autumn and the rest, "
        f"{C('930', 'remainder', 'inconsistent', '830', '4210-3380')}, had none.",
        f"The plan called for 2,400 hectares to be cleared; 1,870 were cleared, "
        f"{C('530', 'remainder', 'consistent', formula='2400-1870')} short.",
        f"Of the 18,640 settlers, 6,920 were able-bodied; the other "
        f"{C('11,720', 'remainder', 'consistent', formula='18640-6920')} were children, old "
        f"people and invalids.",
        f"The cleared land came to "
        f"{C(pct(1870, 2400) + ' percent', 'share', 'consistent', formula='1870/2400*100')} of "
        f"the plan.",
    )
    a.P(
        f"In April 131 settlers died, in May 118 and in June 104, "
        f"{C('353', 'sum', 'consistent', formula='131+118+104')} in the second quarter.",
        f"The four sections held 5,120, 4,760, 4,430 and 4,330 settlers, "
        f"{C('18,460', 'sum', 'inconsistent', '18,640', '5120+4760+4430+4330')} in all.",
        f"Escapes numbered 238 in the first quarter, 305 in the second and 190 in the third, "
        f"{C('733', 'sum', 'consistent', formula='238+305+190')} in the three quarters.",
        f"The land of the settlement was cleared field (38 percent), meadow (27 percent) and "
        f"bog and forest ({C('35 percent', 'sum', 'consistent', formula='100-38-27')}).",
    )
    a.P(
        f"The 6,920 able-bodied were formed into 173 brigades of "
        f"{C('about 40', 'rate', 'consistent', formula='6920/173')} workers each.",
        f"The settlement drew flour at 500 grams a head for its 18,640 settlers, "
        f"{C('9.3', 'rate', 'consistent', formula='18640*0.5/1000')} tons a day.",
        f"The settlement had eight medical assistants, one for every "
        f"{C('2,330', 'rate', 'consistent', formula='18640/8')} settlers.",
        f"The 1,120 children of school age had 14 teachers, "
        f"{C('80', 'rate', 'consistent', formula='1120/14')} to a teacher.",
        f"The sawmill brigade of 260 men cut 41,600 cubic metres of timber in the season, "
        f"{C('16', 'rate', 'inconsistent', '160', '41600/260')} cubic metres a man.",
        f"Of the 1,120 children of school age, 410 went to school, "
        f"{C('63.6 percent', 'share', 'inconsistent', pct(410, 1120), '410/1120*100')}.",
    )
    a.P(
        f"Deaths {C('halved', 'multiple', 'consistent', formula='206/412')} over the year, from "
        f"412 in the first quarter to 206 in the fourth.",
        f"Births {C('tripled', 'multiple', 'consistent', formula='287/96')}, from 96 in the "
        f"first quarter to 287 in the third.",
        f"The cleared land grew {C('fivefold', 'multiple', 'consistent', formula='1870/380')}, "
        f"from 380 hectares in 1931 to 1,870 in 1933.",
        f"The settlement's cows "
        f"{C('quadrupled', 'multiple', 'inconsistent', 'tripled', '3380/1140')}, from 1,140 to "
        f"3,380.",
        f"Of the 18,640 settlers, 6,920, "
        f"{C('over a third', 'multiple', 'consistent', formula='6920/18640')}, were able-bodied.",
        f"Of the 238 who escaped, 151, "
        f"{C('nearly two-thirds', 'multiple', 'consistent', formula='151/238')}, were caught.",
        f"Of the 4,210 families, 3,380, "
        f"{C('about half', 'multiple', 'inconsistent', 'about four-fifths', '3380/4210')}, had "
        f"a cow.",
    )
    a.P(
        f"The Ukrainians were the "
        f"{C('largest', 'comparison', 'consistent', formula='7830>5260>3910')} group, with "
        f"7,830 against 5,260 from the Kuban and 3,910 from the Black Earth region.",
        f"Deaths were {C('higher', 'comparison', 'inconsistent', 'lower', '236/11720<176/6920')}"
        f" among the dependants than among the able-bodied: 236 of 11,720 against 176 of "
        f"6,920.",
        f"Krasnyi Yar lost {C('more', 'comparison', 'consistent', formula='94>61')} settlers to "
        f"escape than Berezovka: 94 against 61.",
    )
    a.P(
        "Krasnyi Yar held 5,120 settlers, Tegul 4,760, Berezovka 4,430 and Ust-Chaya 4,330.",
        f"Ust-Chaya was thus the "
        f"{C('smallest', 'comparison', 'consistent', formula='4330<4430<4760<5120')} section.",
        f"Tegul had {C('fewer', 'comparison', 'inconsistent', 'more', '4760>4430')} settlers "
        f"than Berezovka.",
    )
    a.P(
        f"The settlement had {C('four', 'count', 'consistent', formula='4')} sections: Krasnyi "
        f"Yar, Tegul, Berezovka and Ust-Chaya.",
        f"The commandant kept {C('five', 'count', 'inconsistent', 'four', '4')} registers: "
        f"deaths, births, escapes and arrivals.",
        f"The settlers sowed {C('three', 'count', 'consistent', formula='3')} crops: rye, oats "
        f"and potatoes.",
    )
    a.P(
        f"The barges with the settlers arrived between 12 May and 28 August 1931, "
        f"{C('about three and a half months', 'duration', 'consistent', formula='108/30.4')}.",
        f"The spring count ran from 1 March to 31 May 1933, "
        f"{C('thirteen weeks', 'duration', 'consistent', formula='91/7')}.",
        f"The typhus quarantine lasted from 4 January to 15 February 1933, "
        f"{C('52 days', 'duration', 'inconsistent', '42 days', '42')}.",
        f"Deported in 1930, the families were released in 1947, "
        f"{C('seventeen years', 'duration', 'consistent', formula='1947-1930')} later.",
    )
    a.P(
        f"Of the 18,640 settlers, 37 percent were able-bodied, and 45 percent of these worked "
        f"in the forest: {C('about 3,100', 'chain', 'consistent', formula='18640*0.37*0.45')}"
        f" persons.",
        f"Of the 4,210 families, 60 percent came from Ukraine, and a quarter of these had lost "
        f"a member by the spring: "
        f"{C('about 630', 'chain', 'consistent', formula='4210*0.6*0.25')} families.",
        f"Of the 733 who escaped, 70 percent were men, and 20 percent of these were later "
        f"shot: {C('about 130', 'chain', 'inconsistent', 'about 100', '733*0.7*0.2')} men.",
    )
    a.P(
        "The inspector from Novosibirsk visited twice and wrote 40 pages of remarks.",
        f"He found that {C('30 percent', 'share', 'unverifiable')} of the houses had no stove.",
        f"He thought {C('about 15 percent', 'share', 'unverifiable')} of the rations were "
        f"stolen on the way.",
        f"The settlers' horses fell from 610 to 370 "
        f"({C(pct(370, 610) + ' percent', 'share', 'ambiguous', formula='370/610*100')}).",
    )
    return a


if __name__ == "__main__":
    for make in (grain, census, camp, transport, settlement):
        art = make()
        art.write()
        for c in art.claims:
            f = c.get("formula")
            v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
            print(f"{art.name:7} {c['kind']:10} {c['verdict']:12} {c['figure']!s:22} "
                  f"{c.get('intended', '')!s:14} {f or ''} = {v}")
