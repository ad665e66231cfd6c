"""Writes the blind held-out gold article ``karachai1943`` for the figures checker (issue #14): the
deportation of the Karachai on 2 November 1943 from the abolished Karachai autonomous oblast to
Kazakhstan and Kirgizia, as the operation's plan and summary telegram, the district returns, the
registers of the special-settlement departments and the commissions' inventories would record
it: families and persons by district (Mikoyan-Shahar, Uchkulan, Zelenchuk, Teberda, Ust-Dzheguta,
Malo-Karachai), the stations, echelons and wagons, the deaths on the road, the arrivals by
republic and oblast, the deaths and births of 1944-1946, the soldiers withdrawn from the army in
1944, the property left behind, the release of 1956, the restored oblast of 1957, the return and
the census of 1959.

The prose is ours and every number is invented (the stations and districts are named after real
places, the figures attached to them are not). Each derived claim's arithmetic is done here,
apart from borderlands.figures, which the author neither read nor ran. All claims are
``heldout15``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank ("third", "smallest", "largest"); for a count, the number of items
listed; for a duration, the span in the unit printed, worked from the printed dates. An
ambiguous claim's formula is one of its two readings; the test names the other. Unverifiable
claims have no formula.

Run: python3 tests/gold/figures/make_gold_karachai1943.py   (rewrites karachai1943.txt/.yaml)
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

# Persons removed by district, in the order the district returns print them: Mikoyan-Shahar,
# Uchkulan, Zelenchuk, Teberda, Ust-Dzheguta, Malo-Karachai.
DISTRICTS = "[17462, 14385, 9216, 7904, 11530, 8441]"
UST_DZHEGUTA_PLACE = f"sorted({DISTRICTS}, reverse=True).index(11530)+1"
TEBERDA_PLACE_FROM_BOTTOM = f"sorted({DISTRICTS}).index(7904)+1"
# Arrivals in the Kazakh oblasts: Dzhambul, South Kazakhstan, Alma-Ata, Karaganda.
KAZAKH_OBLASTS = "[16312, 14907, 8534, 5463]"
SOUTH_KAZAKHSTAN_PLACE = f"sorted({KAZAKH_OBLASTS}, reverse=True).index(14907)+1"
# Years from the decree abolishing the oblast to the decree restoring it.
ABOLITION_TO_RESTORATION = "(date(1957,1,9)-date(1943,10,12)).days/365.25"


def karachai1943() -> Article:
    a = Article(
        "karachai1943",
        "The upper Kuban emptied: the deportation of the Karachai in November 1943 and their "
        "return, from the operation reports and the registers of the special settlements",
        "heldout15",
    )
    C = a.C
    a.P(
        "The decree of the Presidium of the Supreme Soviet abolishing the Karachai autonomous "
        "oblast was dated 12 October 1943; the troops massed in the valleys of the upper Kuban "
        "entered the auls before dawn on 2 November.",
        f"The NKVD staff thus had "
        f"{C('three weeks', DUR, OK, formula='(date(1943,11,2)-date(1943,10,12)).days/7')} "
        f"between the signature and the cordon, and spent them copying family lists, aul by "
        f"aul, out of the books of the village soviets.",
        f"An order of 28 October cut the oblast into {C('six', COUNT, OK, formula='6')} "
        f"operational sectors: Mikoyan-Shahar, Uchkulan, Zelenchuk, Teberda, Ust-Dzheguta and "
        f"Malo-Karachai.",
    )
    a.P(
        "The plan sent to Moscow at the end of October counted 15,410 Karachai families in the "
        "sectors.",
        f"The summary telegram of 3 November reported 15,062 families and 68,938 persons "
        f"loaded; the other {C('348', REM, OK, formula='15410-15062')} families on the lists "
        f"had been struck off as mixed marriages or as households of men decorated at the "
        f"front, or had simply not been found.",
        f"The operation had thus reached "
        f"{C('97.7 per cent', SHARE, OK, formula='15062/15410*100')} of its target, and the "
        f"average family held {C('4.6', RATE, OK, formula='68938/15062')} persons.",
        f"The staff complained that the lists had been drawn up in such haste that "
        f"{C('one family in ten', MULT, UNV)} appeared on them twice.",
    )
    a.P(
        f"The district returns bound into the same file (sheets 203 to 211) give the persons "
        f"removed as 17,462 from Mikoyan-Shahar, 14,385 from Uchkulan, 9,216 from Zelenchuk, "
        f"7,904 from Teberda, 11,530 from Ust-Dzheguta and 8,441 from Malo-Karachai, "
        f"{C('68,938', SUM, OK, formula='17462+14385+9216+7904+11530+8441')} in all, which "
        f"agrees with the telegram.",
        f"Mikoyan-Shahar, the oblast centre with the auls around it, gave "
        f"{C('25.3 percent', SHARE, OK, formula='17462/68938*100')} of the deportees, and "
        f"Uchkulan, at the head of the valley, {C('20.9%', SHARE, OK, formula='14385/68938*100')}"
        f".",
        f"Zelenchuk accounted for "
        f"{C('14.3 per cent', SHARE, SLIP, '13.4 per cent', '9216/68938*100')}, and "
        f"Ust-Dzheguta ranked {C('third', COMP, OK, formula=UST_DZHEGUTA_PLACE)}.",
        f"Teberda, whose auls had already been thinned by the evacuation of 1942, was the "
        f"{C('smallest', COMP, OK, formula=TEBERDA_PLACE_FROM_BOTTOM)} of the six.",
    )
    a.P(
        f"Lorries carried the families down the valleys to "
        f"{C('three', COUNT, OK, formula='3')} stations: Ust-Dzheguta, Kurdzhinovo and "
        f"Nevinnomysskaia.",
        "There they filled 34 echelons with 1,987 wagons, 170 of which took the families' grain "
        "and the collective farms' property rather than people.",
        f"An echelon thus ran to {C('about 58', RATE, OK, formula='1987/34')} wagons and "
        f"carried {C('about 2,030', RATE, OK, formula='68938/34')} persons, and the wagons "
        f"that held people had {C('about 38', CHAIN, OK, formula='68938/(1987-170)')} each, "
        f"infants in arms included.",
        f"The last echelon left Nevinnomysskaia on 5 November, "
        f"{C('three days', DUR, OK, formula='(date(1943,11,5)-date(1943,11,2)).days')} after "
        f"the cordon was drawn.",
    )
    a.P(
        "The trains went east by way of Stalingrad and Aktiubinsk, and the first of them were "
        "unloaded in the south of Kazakhstan on 19 November.",
        f"On the road 653 of the 68,938 died, "
        f"{C('9.5 per 1,000', RATE, OK, formula='653/68938*1000')} of those loaded, and the "
        f"receiving commandants signed for {C('68,285', REM, OK, formula='68938-653')}.",
        f"Kazakhstan took 45,216 of the 68,285 "
        f"({C('66.2 percent', SHARE, OK, formula='45216/68285*100')}) and Kirgizia the other "
        f"{C('23,069', REM, OK, formula='68285-45216')}.",
    )
    a.P(
        "The registers of the Kazakh department of special settlements for January 1944 divide "
        "the republic's Karachai among four oblasts.",
        f"Dzhambul received 16,312, South Kazakhstan 14,907, Alma-Ata 8,534 and Karaganda "
        f"5,463, {C('54,216', SUM, SLIP, '45,216', '16312+14907+8534+5463')} in the four "
        f"together.",
        f"South Kazakhstan, the "
        f"{C('largest', COMP, SLIP, 'second-largest', SOUTH_KAZAKHSTAN_PLACE)} of the "
        f"receiving oblasts, set its people to the cotton and sugar-beet farms along the Syr "
        f"Darya.",
        f"Dzhambul took {C('36.1 percent', SHARE, OK, formula='16312/45216*100')} of the "
        f"republic's Karachai, while Karaganda, with "
        f"{C('about one in eight', MULT, OK, formula='5463/45216')}, sent most of its share "
        f"to the mines.",
    )
    a.P(
        f"The Kirgiz part of the trains was divided among {C('four', COUNT, OK, formula='4')} "
        f"oblasts: Frunze, Osh, Dzhalal-Abad and Issyk-Kul.",
        f"Frunze took 9,870 and Osh 6,254, {C('16,124', SUM, OK, formula='9870+6254')} "
        f"between them, which is "
        f"{C('more than two-thirds', MULT, OK, formula='16124/23069')} of the Kirgiz "
        f"contingent.",
        f"The Osh commandant's office ran 27 settlement posts spread over 180 collective "
        f"farms, and its chief estimated that {C('15 per cent', SHARE, UNV)} of his Karachai "
        f"lived more than a day's walk from the nearest post.",
    )
    a.P(
        "Mortality in the first two winters is the darkest page of the registers.",
        f"The special-settlement department recorded 7,914 deaths among the Karachai in 1944, "
        f"3,207 in 1945 and 1,842 in 1946, "
        f"{C('12,963', SUM, OK, formula='7914+3207+1842')} over the three years, against only "
        f"612, 944 and 1,438 births.",
        f"The first year alone took "
        f"{C('116 per 1,000', RATE, OK, formula='7914/68285*1000')} of those who had arrived, "
        f"and the second, still reckoned against the arrivals, "
        f"{C('74 per 1,000', RATE, SLIP, '47 per 1,000', '3207/68285*1000')}.",
        f"Births {C('more than doubled', MULT, OK, formula='1438/612')} between 1944 and 1946.",
        f"Mortality in 1944 was "
        f"{C('higher', COMP, SLIP, 'lower', '4310/45216<3604/23069')} in Kazakhstan than in "
        f"Kirgizia: 4,310 deaths among 45,216 settlers against 3,604 among 23,069.",
    )
    a.P(
        "The Dzhambul oblast, which had received 16,312 Karachai in November 1943, kept the "
        "most careful books.",
        f"It entered 1,470 deaths for 1944 and counted 16,290 Karachai on 1 January 1945, "
        f"after the births, the deaths and the arrival of men discharged from the army, so "
        f"that the year's toll came to "
        f"{C('90 per 1,000', RATE, AMB, formula='1470/16312*1000')}.",
        f"The oblast's medical inspector put {C('62 percent', SHARE, UNV)} of those deaths down "
        f"to typhus and dysentery.",
    )
    a.P(
        "The Karachai serving in the army followed their families within months.",
        f"Under a directive of March 1944 the soldiers and sergeants among them were withdrawn "
        f"from the fighting units, and by the end of the year 2,543 of them and 178 officers, "
        f"{C('2,721', SUM, OK, formula='2543+178')} men in all, had been discharged and sent "
        f"east.",
        f"Of these, 1,905 were assigned to the labour columns of the Cheliabinsk coal trust and "
        f"the other {C('861', REM, SLIP, '816', '2721-1905')} went to the settlements, where "
        f"the commandants entered them as special settlers like everyone else.",
        f"Of the 2,721, 42 percent wore a decoration, and 15 percent of the decorated had been "
        f"wounded more than once: {C('about 170', CHAIN, OK, formula='2721*0.42*0.15')} men.",
        f"The officers, {C('about one in fifteen', MULT, OK, formula='178/2721')} of those "
        f"discharged, were mostly lieutenants from the cavalry divisions.",
    )
    a.P(
        "What the deportees left behind was counted in November and December 1943 by "
        "commissions of the People's Commissariat of Agriculture.",
        f"In the Uchkulan district they found the sheep flocks, 61,240 head on 1 October, down "
        f"to 30,580 head on 1 December ({C('50 percent', SHARE, AMB, formula='30580/61240*100')}"
        f"), the difference having been driven over the passes to Georgian collective farms, "
        f"slaughtered for the echelons or simply lost.",
        f"The cattle of the Teberda district fell over the same weeks from 12,400 head to 3,720, "
        f"a fall of {C('30 percent', SHARE, SLIP, '70 percent', '(12400-3720)/12400*100')}.",
        f"The receipt each family was given listed {C('five', COUNT, SLIP, 'four', '4')} kinds "
        f"of property: cattle, sheep, grain and houses.",
        f"Grain handed in against receipts {C('tripled', MULT, SLIP, 'doubled', '4216/2090')} "
        f"between the first and the second week of November, from 2,090 to 4,216 tons.",
    )
    a.P(
        "On 16 July 1956 the Karachai were taken off the special-settlement register, though "
        "the decree forbade them to go home or to claim back their property.",
        f"Home came with the decree of 9 January 1957, which restored their autonomy inside a "
        f"joint Karachai-Cherkess oblast "
        f"{C('fifteen years', DUR, SLIP, 'thirteen years', ABOLITION_TO_RESTORATION)} after "
        f"the old oblast had been abolished.",
        f"The first organised echelon of returning families left Frunze on 20 April 1957 and "
        f"was unloaded at Cherkessk on 2 May, "
        f"{C('twelve days', DUR, OK, formula='(date(1957,5,2)-date(1957,4,20)).days')} on the "
        f"road.",
        f"The organised echelons brought back 3,116 families in 1957; in 1958 their number "
        f"{C('tripled', MULT, OK, formula='9390/3116')} to 9,390, and "
        f"{C('12,506', SUM, OK, formula='3116+9390')} families had come home that way in the "
        f"two seasons.",
    )
    a.P(
        "In 1957 alone the oblast executive committee had 1,150 vacant houses to offer against "
        "4,600 applications for housing.",
        f"Inspectors of the procuracy reckoned that {C('about a quarter', MULT, UNV)} of the "
        f"returning families found their own houses occupied by settlers brought in from "
        f"Georgia and the Stavropol krai.",
        f"Of the 17,403 Karachai families still registered in Kazakhstan and Kirgizia on 1 "
        f"January 1957, 14,926 ({C('85.8 percent', SHARE, OK, formula='14926/17403*100')}) had "
        f"left by the end of 1958, and the remaining "
        f"{C('2,477', REM, OK, formula='17403-14926')} stayed where work, marriages or graves "
        f"held them.",
        f"Of those who stayed, 38 percent lived in the Frunze oblast, "
        f"{C('about 940', CHAIN, OK, formula='(17403-14926)*0.38')} families.",
        f"Of the 14,926 families that left, 64 percent went back to their own auls, and 35 "
        f"percent of these found their houses still standing: "
        f"{C('about 4,340', CHAIN, SLIP, 'about 3,340', '14926*0.64*0.35')} families.",
    )
    a.P(
        f"The census of 1959 counted 81,403 Karachai in the Soviet Union, "
        f"{C('18 per cent', SHARE, OK, formula='(81403-68938)/68938*100')} more than the "
        f"68,938 put on the trains in 1943, {C('sixteen years', DUR, OK, formula='1959-1943')} "
        f"before.",
        f"Of them, 67,830 ({C('83.3 percent', SHARE, OK, formula='67830/81403*100')}) lived in "
        f"the restored oblast, where they came "
        f"{C('second only to', COMP, OK, formula='24145<67830<139640')} the Russians: the "
        f"census found 139,640 Russians, 67,830 Karachai and 24,145 Cherkess there.",
        f"There were thus {C('twice as many', COMP, OK, formula='139640/67830')} Russians as "
        f"Karachai in the oblast.",
        f"A report of the oblast party committee for 1960 states that "
        f"{C('a fifth', MULT, UNV)} of the returned men of working age were still without a "
        f"job.",
    )
    return a


if __name__ == "__main__":
    art = karachai1943()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
