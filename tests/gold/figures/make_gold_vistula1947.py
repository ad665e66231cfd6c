"""Writes the blind held-out gold article ``vistula1947`` for the figures checker (issue #14):
operation 'Vistula', April to July 1947, the removal of the Ukrainian and Lemko population of
south-eastern Poland to the 'recovered territories' in the north and west, as the operation's
closing report, the district returns, the transport lists, the receiving registers of the
State Repatriation Office and the register of the camp at Jaworzno would record it: persons
and families by district (powiat), transports and wagons, the Ukrainian section of the camp at
Jaworzno and those held there, the rule that no more than a tenth of a village's people be
newcomers, the farms and cattle in the west, and the returns allowed after 1956.

The prose is ours and every number is invented (some village names too). Each derived claim's
arithmetic is done here, apart from borderlands.figures, which the author neither read nor ran.
All claims are ``heldout23``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show (for a slip too: the printed word is the wrong
side of it); for a count, the number of items listed; for a duration, the span in the unit
printed, worked from the printed dates (months as days over 30.44). An ambiguous claim's
formula is one of its two readings; the test names the other. Unverifiable claims have no
formula.

Run: python3 tests/gold/figures/make_gold_vistula1947.py   (rewrites vistula1947.txt/.yaml)
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"


def vistula1947() -> Article:
    a = Article(
        "vistula1947",
        "Removal to the recovered lands: operation 'Vistula' and the Ukrainians and Lemkos of "
        "south-eastern Poland, April-July 1947, in the operation reports and the settlement "
        "registers",
        "heldout23",
    )
    C = a.C
    a.P(
        "On 24 April 1947 the State Security Commission in Warsaw resolved to resettle the "
        "Ukrainian and Lemko population of the south-eastern borderland in the western and "
        "northern lands taken over from Germany two years before.",
        "The troops of the Operational Group 'Vistula' surrounded the first villages at dawn on "
        f"28 April, {C('four days', DUR, OK, formula='(date(1947,4,28)-date(1947,4,24)).days')}"
        " after the resolution, and the last transport left the area on 31 July.",
        "Counted from the first encirclement to the last loading, the operation thus lasted "
        f"{C('ninety-four days', DUR, OK, formula='(date(1947,7,31)-date(1947,4,28)).days')}.",
        f"In its first phase it was confined to {C('five', COUNT, OK, formula='5')} districts: "
        "Sanok, Lesko, Przemysl, Brzozow and Lubaczow.",
    )
    a.P(
        "The plan drawn up at the group's staff in Sanok in the middle of April named 38,500 "
        "families for removal.",
        "The closing report of the operation, dated 31 July, gives 35,860 families loaded, "
        f"{C('93.1 per cent', SHARE, OK, formula='35860/38500*100')} of the plan, and the other "
        f"{C('2,640', REM, OK, formula='38500-35860')} are accounted for as fled to the forest, "
        "struck off as Polish or mixed households, or simply not found.",
        f"Those families numbered 139,480 persons, {C('3.9', RATE, OK, formula='139480/35860')} "
        "to a family, fewer than the prewar households of the region would lead one to expect, "
        "since many of the men were already in prison, in the insurgent units or dead.",
    )
    a.P(
        "The district returns (register 3, folios 112 to 131) show how unevenly the burden "
        "fell.",
        "Sanok gave 29,614 persons, Lesko 24,387 and Przemysl 22,530 (folio 118, a return "
        "corrected on 14 June), so that these three districts of the San valley supplied "
        f"{C('76,531', SUM, OK, formula='29614+24387+22530')} between them, "
        f"{C('over half', MULT, OK, formula='76531/139480')} of all the deportees.",
        f"Sanok alone accounted for {C('21.2 percent', SHARE, OK, formula='29614/139480*100')}, "
        f"Lesko for {C('17.5%', SHARE, OK, formula='24387/139480*100')} and Przemysl for "
        f"{C('12.6 per cent', SHARE, SLIP, pct(22530, 139480) + ' per cent', '22530/139480*100')}"
        ".",
        f"Lesko thus stood {C('second only to', COMP, OK, formula='22530<24387<29614')} Sanok.",
    )
    a.P(
        "The family registers kept at the loading stations give a different picture of the "
        "same districts.",
        "Sanok loaded 7,640 families and Lesko 6,012, and the Lesko families were "
        f"{C('larger', COMP, OK, formula='24387/6012>29614/7640')}, at "
        f"{C('4.1', RATE, OK, formula='24387/6012')} persons each.",
        "In the mountain villages of Lesko the lists often enter three generations under one "
        "roof, grandparents, married sons and their children together as one household.",
        "Of the 7,640 Sanok families, 1,315 were taken from villages burned in the fighting "
        "of 1945 and 1946 and were loaded from makeshift shelters; the remaining "
        f"{C('6,325', REM, OK, formula='7640-1315')} came from their own farms.",
    )
    a.P(
        "The deportees travelled west in 198 transports made up of 11,420 wagons, all of them "
        f"routed through {C('three', COUNT, OK, formula='3')} junctions: Zagorz, Rzeszow and "
        "Oswiecim.",
        f"A transport thus carried {C('about 700', RATE, OK, formula='139480/198')} persons and "
        f"{C('about 85', RATE, SLIP, 'about 58', '11420/198')} wagons.",
        "Not all the wagons carried people: 3,960 were loaded with cattle, carts and "
        f"implements, and the other {C('7,460', REM, OK, formula='11420-3960')} with the "
        f"families themselves, {C('about 19', CHAIN, OK, formula='139480/(11420-3960)')} "
        "persons to a wagon.",
    )
    a.P(
        "The receiving registers of the State Repatriation Office entered 139,104 persons, "
        f"{C('376', REM, OK, formula='139480-139104')} fewer than the 139,480 loaded; the "
        "difference is made up of the dead, those left in hospitals on the way and a handful "
        "who jumped from the trains.",
        "The voivodeship of Olsztyn took in 55,210 of them "
        f"({C('40 percent', SHARE, AMB, formula='55210/139104*100')}).",
        f"Szczecin received 40,718 ({C('29.3%', SHARE, OK, formula='40718/139104*100')}), "
        "Wroclaw 22,406 (folio 204, the return of 9 August), Gdansk 14,955 and Poznan 5,815, "
        "and the five registers add up to "
        f"{C('139,104', SUM, OK, formula='55210+40718+22406+14955+5815')}.",
        "Olsztyn and Szczecin together received "
        f"{C('85,928', SUM, SLIP, g(55210 + 40718), '55210+40718')}, and Olsztyn alone "
        f"{C('more than twice', MULT, OK, formula='55210/22406')} as many as Wroclaw.",
        "Gdansk, with its ruined villages in the delta, received "
        f"{C('more', COMP, SLIP, 'fewer', '14955<22406')} than Wroclaw.",
    )
    a.P(
        f"The instruction on settlement of 10 May 1947 laid down "
        f"{C('three', COUNT, OK, formula='3')} conditions: no settlement within 50 kilometres "
        "of the land frontier, none within 30 kilometres of the coast, and no more than a tenth "
        "of any village's people to be newcomers from the operation.",
        "County offices did not always keep to the third rule.",
        "In Kosewo, in the county of Mragowo, the 1,840 inhabitants counted in the autumn "
        f"included 236 Ukrainians from the operation, "
        f"{C('12.8 per cent', SHARE, OK, formula='236/1840*100')}, a share clearly "
        f"{C('higher', COMP, OK, formula='236/1840>1/10')} than the tenth the instruction "
        "allowed.",
        "In Stare Kielbonki, by contrast, 31 newcomers joined 620 Polish inhabitants "
        f"({C('5 percent', SHARE, AMB, formula='31/620*100')}), and the county reported the "
        "village as within the limit.",
    )
    a.P(
        "Those whom the security organs judged suspect were not loaded with their families but "
        "sent to the Central Labour Camp at Jaworzno, whose Ukrainian section received its "
        "first prisoners on 5 May 1947.",
        "By the section's own register 3,871 persons passed through it, 812 of them women "
        f"({C('21 percent', SHARE, OK, formula='812/3871*100')}).",
        "Of the 3,871, 40 percent had been arrested in the Lesko district, and 15 percent of "
        "these were later sent on to prison by military courts, "
        f"{C('about 580', CHAIN, SLIP, 'about 230', '3871*0.40*0.15')} persons.",
        f"In the camp 174 prisoners died, {C('45 per 1,000', RATE, OK, formula='174/3871*1000')}"
        " of those held.",
        "By the end of 1948 some 2,590 had been released, and the remaining "
        f"{C('1,821', REM, SLIP, g(3871 - 2590), '3871-2590')} stayed behind the wire until the "
        "section was closed on 10 January 1949, "
        f"{C('more than twenty months', DUR, OK, formula=MONTHS_AT_JAWORZNO)} after it had "
        "opened.",
    )
    a.P(
        "The guard of the Ukrainian section numbered 70 men, and the prisoners lived in 14 "
        "barracks behind a double fence.",
        f"A former prisoner, interviewed in 1991, believed that {C('20 percent', SHARE, UNV)} "
        "of his fellow inmates had been denounced by their own neighbours.",
        "Interrogations were run by officers of the Ministry of Public Security, and the camp's "
        "book of punishments, kept from June 1947, lists beatings, the dark cell and the "
        "withholding of food.",
    )
    a.P(
        "The registers mark 33,150 of the deportees as Lemkos, "
        f"{C('nearly a quarter', MULT, OK, formula='33150/139480')} of the whole.",
        "Of the 139,480, 23 percent were children under fourteen, and 40 percent of these were "
        "placed in villages with no school teaching in Ukrainian at all, "
        f"{C('about 12,800', CHAIN, OK, formula='139480*0.23*0.40')} children.",
        "The Lemko registers give 8,620 children under fourteen, so that children were "
        f"{C('more common', COMP, OK, formula='8620/33150>23/100')} among the Lemkos than among "
        "the deportees as a whole.",
    )
    a.P(
        "In the new territories the 35,860 families were given 21,240 farms, "
        f"{C('1.7', RATE, OK, formula='35860/21240')} families to a farm, so that two or three "
        "households often shared one house.",
        "Of those farms, 64 percent lay in the Olsztyn voivodeship, and a third of these had "
        f"no roof fit for the winter, {C('about 4,500', CHAIN, OK, formula='21240*0.64/3')}.",
        "The families had driven 42,300 head of cattle to the loading stations, but the county "
        "returns of 1948 count only 19,800 in their hands, a loss of "
        f"{C('46.8 percent', SHARE, SLIP, pct(42300 - 19800, 42300) + ' percent', DROP)}.",
        f"Their herds then {C('tripled', MULT, SLIP, 'doubled', '39960/19800')} by 1952, from "
        "19,800 head to 39,960.",
    )
    a.P(
        f"The operation's instructions exempted {C('four', COUNT, SLIP, 'five', '5')} "
        "categories of persons: Poles in mixed marriages, families of soldiers of the Polish "
        "army, communists of long standing, the sick who could not travel and the clergy of the "
        "Roman Catholic rite.",
        "In practice the exemptions were narrow: the group's staff itself estimated that "
        f"{C('about 30 percent', SHARE, UNV)} of the mixed families were taken all the same.",
        "The Greek Catholic and Orthodox parishes of the region lost their priests, of whom the "
        "ministry had listed 118 in 1946.",
        f"A survey of the border districts made in 1949 found {C('about 60 percent', SHARE, UNV)}"
        " of the abandoned houses demolished or burned.",
    )
    a.P(
        "Only after the political change of October 1956 were the deportees allowed to go "
        "back, and even then not freely: a family needed the consent of the county council and "
        "proof that its house still stood empty.",
        "The councils of the south-east recorded 1,640 returning families in 1957, 1,150 in "
        f"1958 and 780 in 1959, {C('3,570', SUM, OK, formula='1640+1150+780')} in the three "
        f"years, {C('about a tenth', MULT, OK, formula='3570/35860')} of those deported.",
        f"Those families numbered 5,960 persons, "
        f"{C('4.3 percent', SHARE, OK, formula='5960/139480*100')} of the people loaded in 1947.",
        f"The first of them came home in the spring of 1957, "
        f"{C('ten years', DUR, OK, formula='1957-1947')} after they had been taken away.",
        "The Lesko council's commission for returns sat 9 times in 1958 and examined 36 "
        f"petitions; its chairman wrote that {C('a quarter', MULT, UNV)} of the families who did "
        "come back found strangers living in their houses.",
    )
    a.P(
        "The Orthodox church of Kotanka, closed since the summer of the operation, was opened "
        f"again in 1961, {C('sixteen years', DUR, SLIP, 'fourteen years', '1961-1947')} after "
        "its parish had been deported.",
        "The Ukrainians of the Lesko district, 24,387 in the returns of 1947, numbered 1,460 in "
        f"the census of 1960, {C('6.0 per cent', SHARE, OK, formula='1460/24387*100')} of those "
        "removed.",
        "The Sanok district, with 2,310 in 1960 out of 29,614 removed, had kept a "
        f"{C('larger', COMP, OK, formula='2310/29614>1460/24387')} share of its Ukrainian "
        "people.",
        f"A generation after the operation the two districts together held "
        f"{C('3,770', SUM, OK, formula='2310+1460')} Ukrainians, where "
        f"{C('54,001', SUM, OK, formula='29614+24387')} had been loaded in 1947.",
    )
    return a


# From the opening of the Ukrainian section on 5 May 1947 to its closing on 10 January 1949.
MONTHS_AT_JAWORZNO = "(date(1949,1,10)-date(1947,5,5)).days/30.44"
# The fall in the cattle as a share of the herd driven to the stations.
DROP = "(42300-19800)/42300*100"


if __name__ == "__main__":
    art = vistula1947()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
