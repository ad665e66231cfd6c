"""Writes the blind held-out gold article ``moldova1949`` for the figures checker (issue #14): the
deportation of 6 and 7 July 1949 from the Moldavian SSR (operation "South"), as the operation
summaries, the county returns, the telegrams to Moscow and the commandants' registers in the
places of exile would record it: the families of kulaks, former landowners, large traders,
members of "anti-Soviet parties" and of the sects, by county; persons, children and the
elderly; the echelons and their escort; the arrivals in the Altai krai and the Kurgan, Tiumen,
Khabarovsk and Irkutsk regions; the houses and livestock confiscated; deaths on the road and in
the settlements; appeals and releases to 1957.

The prose is ours and every number is invented (the village names and the timber trusts too).
Each derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout17``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a place in a listed order for a rank; for
a count, the number of items listed; for a duration, the span in the unit printed, worked from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_moldova1949.py   (rewrites moldova1949.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Families by category, as the register at the end of the operation file gives them.
CATEGORIES = "[7124, 1386, 982, 1217, 544]"
SECTS_PLACE = f"sorted({CATEGORIES}).index(544)+1"
# Persons removed by county, from the county returns of 9 July.
COUNTIES = "[6912, 8452, 5874, 7215, 4106, 3237]"
BELTSY_PLACE = f"sorted({COUNTIES}, reverse=True).index(8452)+1"
SOROKI_PLACE = f"sorted({COUNTIES}, reverse=True).index(6912)+1"


def moldova1949() -> Article:
    a = Article(
        "moldova1949",
        "Operation South: the deportation of 6-7 July 1949 from the Moldavian SSR in the "
        "operation files and the registers of the special settlements",
        "heldout17",
    )
    C = a.C
    a.P(
        "The resolution adopted in Moscow on 6 April 1949 charged the Moldavian ministry of state "
        "security with removing from the republic, without term, the families it classed as "
        "hostile to the collective farm order.",
        f"The operation opened before dawn on 6 July, {C('three months', DUR, OK, formula='7-4')} "
        f"after the resolution, and the last of the loading was finished on the evening of 7 "
        f"July.",
        f"Its lists recognised {C('five', COUNT, OK, formula='5')} categories: kulaks, former "
        f"landowners, large traders, former members of anti-Soviet parties and members of the "
        f"sects.",
    )
    a.P(
        "The republic's operational plan, compiled in May from the lists of the village soviets, "
        "named 12,860 families.",
        "On the morning of 8 July the minister telegraphed to Moscow that 11,253 families, "
        "numbering 35,796 persons, had been put aboard the trains.",
        f"That was {C('87.5 per cent', SHARE, OK, formula='11253/12860*100')} of the families "
        f"planned; the remaining {C('1,607', REM, OK, formula='12860-11253')} had not been found "
        f"at home, had fled during the night or had been struck off by the checking commissions.",
        f"The families actually taken averaged {C('about 3.2', RATE, OK, formula='35796/11253')} "
        f"persons, markedly fewer than the village lists had assumed.",
    )
    a.P(
        "The register appended to the operation file (volume 3, sheets 112 to 118) sorts the "
        "families by category: 7,124 kulak families, 1,386 of former landowners, 982 of large "
        "traders, 1,217 of former members of anti-Soviet parties and 544 of sectarians.",
        f"Added up, these give {C('11,253', SUM, OK, formula='7124+1386+982+1217+544')}, the "
        f"figure of the telegram.",
        f"Kulaks accounted for {C('63.3 percent', SHARE, OK, formula='7124/11253*100')} of the "
        f"families, while landowners and traders together made up "
        f"{C('about one in five', MULT, OK, formula='(1386+982)/11253')}, and the traders on "
        f"their own {C('7.8 per cent', SHARE, SLIP, '8.7 per cent', '982/11253*100')}.",
        f"The sectarians, most of them Jehovah's Witnesses and Innocentists from the northern "
        f"villages, formed the {C('smallest', COMP, OK, formula=SECTS_PLACE)} of the groups.",
    )
    a.P(
        "The county returns dated 9 July give the persons removed as 6,912 for Soroki, 8,452 for "
        "Beltsy, 5,874 for Orgeev, 7,215 for Kishinev, 4,106 for Bendery and 3,237 for Kagul.",
        f"Their total, {C('35,796', SUM, OK, formula='6912+8452+5874+7215+4106+3237')}, agrees "
        f"with the minister's telegram.",
        f"Beltsy, the {C('largest', COMP, OK, formula=BELTSY_PLACE)} contributor, supplied "
        f"{C('23.6%', SHARE, OK, formula='8452/35796*100')} of the deportees, and Soroki, with "
        f"{C('19.3 per cent', SHARE, OK, formula='6912/35796*100')}, came "
        f"{C('second', COMP, SLIP, 'third', SOROKI_PLACE)} among the six counties.",
        f"Kagul in the south, where the collectivisation of 1948 had gone furthest, gave "
        f"{C('just under a tenth', MULT, OK, formula='3237/35796')}.",
    )
    a.P(
        f"Of the 35,796 persons, 12,420 were children under sixteen and 4,306 were over sixty, "
        f"{C('nearly seventeen thousand', SUM, OK, formula='12420+4306')} dependants in all.",
        f"Children thus made up {C('more than a third', MULT, OK, formula='12420/35796')} of the "
        f"deportees, and the able-bodied between sixteen and sixty numbered only "
        f"{C('19,070', REM, OK, formula='35796-12420-4306')}.",
        f"Among these adults there were 11,342 women and 7,728 men, "
        f"{C('about three women to every two men', MULT, OK, formula='11342/7728')}, for many "
        f"of the men had been arrested, conscripted or had gone into hiding before 1949.",
    )
    a.P(
        f"The deportees were loaded at {C('seven', COUNT, OK, formula='7')} stations: Ocnita, "
        f"Floresti, Beltsy, Ungheni, Kishinev, Bendery and Basarabeasca.",
        "They travelled in 30 echelons made up of 1,573 wagons.",
        f"An echelon carried {C('about 1,190', RATE, OK, formula='35796/30')} people and a wagon "
        f"{C('about 32', RATE, SLIP, 'about 23', '35796/1573')}, infants included.",
        f"Leaving aside the 84 wagons taken up by the escort, the kitchens and the baggage, the "
        f"deportees had {C('about 24', CHAIN, OK, formula='35796/(1573-84)')} to a wagon.",
        f"The escort of 4,720 soldiers of the internal troops allowed one soldier for every "
        f"{C('eight', RATE, OK, formula='35796/4720')} deportees, more than the instruction "
        f"required.",
    )
    a.P(
        "The first echelons unloaded on 16 July, and the last, bound for the Khabarovsk krai, "
        "only on 29 July.",
        f"That journey lasted {C('twenty-three days', DUR, OK, formula='29-6')} from the loading "
        f"on 6 July.",
        f"On the road 112 persons died, {C('3.1 per 1,000', RATE, OK, formula='112/35796*1000')} "
        f"of those loaded, and the receiving commandants entered "
        f"{C('35,684', REM, OK, formula='35796-112')} in their books.",
        "The Altai krai received 9,870 of them, the Kurgan oblast 6,512, the Tiumen oblast 7,346, "
        "the Khabarovsk krai 4,208 and the Irkutsk oblast 7,748.",
    )
    a.P(
        f"With {C('27.7 per cent', SHARE, OK, formula='9870/35684*100')} of the arrivals the "
        f"Altai krai was the main destination, and Irkutsk was "
        f"{C('second only to', COMP, OK, formula='4208<6512<7346<7748<9870')} it.",
        f"Kurgan and Tiumen, the two regions beyond the Urals, took "
        f"{C('13,858', SUM, OK, formula='6512+7346')} between them.",
        f"The Khabarovsk krai received {C('11.8 percent', SHARE, AMB, formula='4208/35684*100')}, "
        f"the smallest contingent but the one sent farthest.",
        f"The Khabarovsk settlers were divided among {C('three', COUNT, SLIP, 'four', '4')} "
        f"timber trusts: Bikin, Obor, Khor and Sukpai.",
    )
    a.P(
        "Up to 1 January 1951 the commandants registered deaths among the Moldavian settlers as "
        "612 in the Altai krai, 358 in Kurgan, 401 in Tiumen, 287 in Khabarovsk and 306 in "
        "Irkutsk.",
        f"In all, {C('1,694', SUM, SLIP, '1,964', '612+358+401+287+306')} people had died in the "
        f"settlements within eighteen months of arrival.",
        f"The toll came to {C('62 per 1,000', RATE, OK, formula='612/9870*1000')} in the Altai "
        f"krai, {C('68 per 1,000', RATE, OK, formula='287/4208*1000')} in Khabarovsk and "
        f"{C('45 per 1,000', RATE, SLIP, '55 per 1,000', '401/7346*1000')} in Tiumen.",
        f"Mortality in the Far East was thus "
        f"{C('higher', COMP, OK, formula='287/4208>612/9870')} than in the Altai, although the "
        f"Altai lost more people.",
        f"Deaths in the Altai krai alone were "
        f"{C('more than five times', MULT, OK, formula='612/112')} those on the road.",
    )
    a.P(
        f"Of the 35,796 deported, 34.7 percent were children, and 9 percent of the children did "
        f"not survive to 1951, {C('about 1,120', CHAIN, OK, formula='35796*0.347*0.09')} in all.",
        f"Of the 9,870 sent to the Altai krai, 58 percent were assigned to the grain sovkhozes "
        f"and a quarter of these were moved on within the year to the Rubtsovsk tractor works: "
        f"{C('about 1,430', CHAIN, OK, formula='9870*0.58*0.25')} people.",
        f"In the Irkutsk oblast 45 percent of the 7,748 newcomers went to the timber trusts of "
        f"the Taishet district and 40 percent of those were under eighteen, "
        f"{C('about 1,930', CHAIN, SLIP, 'about 1,390', '7748*0.45*0.40')} young people "
        f"felling trees.",
    )
    a.P(
        "The property commissions of July listed 10,614 houses and 4,246 barns, with 8,211 "
        "horses, 14,920 head of cattle and 41,370 sheep and goats.",
        f"Of the houses, 6,958 went to the collective farms and the rest, "
        f"{C('3,566', REM, SLIP, '3,656', '10614-6958')}, to village soviets, schools and the "
        f"families of collective farm officials.",
        f"A deported family had owned {C('about 0.7', RATE, OK, formula='8211/11253')} of a "
        f"horse, and the sheep and goats outnumbered the cattle by "
        f"{C('almost three to one', MULT, OK, formula='41370/14920')}.",
        f"The district veterinarians later claimed that {C('about 40 percent', SHARE, UNV)} of "
        f"the confiscated animals had died in the farm yards over the first winter.",
        f"Of the confiscated horses, 8,211 in July, only 5,130 were still on the collective farm "
        f"books in 1950, a fall of "
        f"{C('62.5 per cent', SHARE, SLIP, '37.5 per cent', '(8211-5130)/8211*100')}.",
    )
    a.P(
        "The sects did not disappear with their members.",
        f"The congregations of the Jehovah's Witnesses in the Soroki county, counted by the "
        f"commissioner for religious cults, went down from 148 in 1948 to 74 in 1950 "
        f"({C('50 percent', SHARE, AMB, formula='74/148*100')}).",
        f"He wrote, without giving numbers, that {C('nearly a third', MULT, UNV)} of the "
        f"remaining believers met in private houses.",
    )
    a.P(
        "Between 1950 and 1953 the settlers and their relatives sent 4,860 appeals to the "
        "ministry, the procuracy and the Supreme Soviet.",
        f"Appeals {C('tripled', MULT, SLIP, 'doubled', '1690/812')} from 1950 to 1951, from 812 to "
        f"1,690, as word spread of the first successes.",
        f"They then {C('halved', MULT, OK, formula='830/1690')}, to 830 in 1953, which leaves "
        f"{C('1,528', REM, OK, formula='4860-812-1690-830')} for 1952.",
        f"Only 538 were granted, {C('one in nine', MULT, OK, formula='538/4860')}, and nearly "
        f"all of them concerned families of Red Army soldiers or of men killed at the front.",
        f"A procuracy official put the share of appeals lost in the post at "
        f"{C('15 percent', SHARE, UNV)}.",
    )
    a.P(
        "The commission for the review of cases, set up in 1956 with 12 members, met 48 times "
        "before the end of 1957, examined 3,418 files of Moldavian settlers and freed 2,152 "
        "families.",
        f"That was {C('63.0 per cent', SHARE, OK, formula='2152/3418*100')} of the files "
        f"examined.",
        f"The kulak families were released from the regime in 1956, "
        f"{C('seven years', DUR, OK, formula='1956-1949')} after their removal, while the "
        f"families of party members waited until March 1957, "
        f"{C('nine years', DUR, SLIP, 'almost eight years', '(1957-1949)+(3-7)/12')} after the "
        f"loading.",
        f"The commission's secretary reckoned that {C('25 per cent', SHARE, UNV)} of the freed "
        f"families had gone back to their villages in Moldavia by the end of 1957, only to find "
        f"their houses occupied.",
        f"The released families were {C('fewer', COMP, OK, formula='2152<11253')} than those "
        f"taken in 1949, 2,152 against 11,253, and the rest stayed in Siberia.",
    )
    return a


if __name__ == "__main__":
    art = moldova1949()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
