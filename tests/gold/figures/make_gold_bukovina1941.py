"""Writes the blind held-out gold article ``bukovina1941`` for the figures checker (issue #14):
the deportation of the night of 12 to 13 June 1941 from the Chernivtsi oblast (Northern
Bukovina) and the Moldavian SSR, as the operation summaries, echelon lists, camp returns and
special settlement registers would record it: families on the district lists against the plan,
the heads of families separated at the stations and sent to camps, the family members sent to
special settlements in Kazakhstan, the Komi ASSR and the Novosibirsk oblast, echelons, wagons
and baggage, the deaths of the first two winters, and the releases and returns after 1954.
The district and station names are imagined.

The prose is ours and every number is invented. Each derived claim's arithmetic is done here,
apart from borderlands.figures, which the author neither read nor ran. All claims are
``heldout14``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "N times" or "more than twice",
or a place in a listed order for a rank; for a count, the number of items listed; for a
duration, the span in the unit printed, worked from the printed dates. An ambiguous claim's
formula is one of its two readings; the test names the other. Unverifiable claims have no
formula.

Run: python3 tests/gold/figures/make_gold_bukovina1941.py   (rewrites bukovina1941.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Families removed from the Chernivtsi oblast by district, as the district lists give them:
# Siretel, Vadu Mare, Hreblea, Cotul Nou and the town of Chernivtsi.
DISTRICTS = "[514, 447, 389, 371, 341]"
TOWN_PLACE = f"sorted({DISTRICTS}, reverse=True).index(341)+1"
HREBLEA_PLACE = f"sorted({DISTRICTS}, reverse=True).index(389)+1"


def bukovina1941() -> Article:
    a = Article(
        "bukovina1941",
        "The night of 12 to 13 June 1941 in Northern Bukovina and Bessarabia: operation "
        "summaries, echelon lists and the registers of the special settlements",
        "heldout14",
    )
    C = a.C
    a.P(
        "The instruction on the removal of 'anti-Soviet and socially alien elements' from the "
        "territories taken from Romania the summer before reached the state security "
        "administration in Chernivtsi on 21 May 1941, and the operational groups entered the "
        "villages at two in the morning of 13 June.",
        f"The district staffs therefore had "
        f"{C('just over three weeks', DUR, OK, formula='((31-21)+13)/7')} to check their "
        f"lists, and their reports return to the shortage of time again and again.",
        f"The instruction named {C('four', COUNT, OK, formula='4')} categories of persons: "
        f"former members of the Romanian parties, former gendarmes and policemen, landowners "
        f"and merchants, and the relatives of those who had fled across the Prut.",
    )
    a.P(
        "The oblast plan, signed on 4 June, set down 2,318 families for removal.",
        f"The summary sent to Kyiv on 14 June reports 2,062 families taken, with 6,436 persons "
        f"in them, so that {C('256', REM, OK, formula='2318-2062')} families on the lists "
        f"were either not found at home or struck off at the last hour.",
        f"Against the plan the oblast had done "
        f"{C('89 per cent', SHARE, OK, formula='2062/2318*100')} of its task, and the families "
        f"taken averaged {C('3.1', RATE, OK, formula='6436/2062')} persons each.",
    )
    a.P(
        f"The district lists, of which only the Hreblea list (dated 9 June, 14 sheets) survives "
        f"complete, give Siretel 514 families, Vadu Mare 447, Hreblea 389, Cotul Nou 371 and "
        f"the town of Chernivtsi 341, "
        f"{C('2,062', SUM, OK, formula='514+447+389+371+341')} in all.",
        f"The town, from which the planners had expected the most, came "
        f"{C('fifth', COMP, OK, formula=TOWN_PLACE)} and last.",
        f"Siretel alone gave {C('a quarter', MULT, OK, formula='514/2062')} of the families "
        f"and Vadu Mare {C('21.7%', SHARE, OK, formula='447/2062*100')}.",
        f"Hreblea, the {C('second-largest', COMP, SLIP, 'third', HREBLEA_PLACE)} contingent, "
        f"also had many families headed by women, many of its men having left with the "
        f"Romanian army in 1940.",
    )
    a.P(
        "For the Moldavian SSR the republic's summary of 16 June counts 5,419 families and "
        "18,392 persons.",
        f"With the Chernivtsi oblast the two regions thus lost "
        f"{C('7,481', SUM, OK, formula='5419+2062')} families, "
        f"{C('nearly twenty-five thousand', SUM, OK, formula='18392+6436')} people.",
        f"Moldavian families averaged {C('3.4', RATE, OK, formula='18392/5419')} persons.",
        f"At the stations 4,216 heads of families were taken out of the trains and sent to the "
        f"camps ({C('22.9 percent', SHARE, OK, formula='4216/18392*100')} of the deportees), "
        f"and the other {C('14,176', REM, OK, formula='18392-4216')} went on as family members "
        f"to the special settlements.",
    )
    a.P(
        "In Bukovina the men were separated at the stations of Lunca-Prut and Vascauti, where "
        "the escort had been told to keep them in the wagons at the rear of each train.",
        f"The station reports give 1,587 heads of families, "
        f"{C('24.7 percent', SHARE, OK, formula='1587/6436*100')} of those taken from the "
        f"oblast and a {C('higher', COMP, OK, formula='1587/6436>4216/18392')} proportion than "
        f"in the Moldavian republic.",
        f"The rest, {C('nearly five thousand', REM, OK, formula='6436-1587')}, for the "
        f"most part women, children and old people, were told that the men would rejoin them "
        f"at the place of settlement.",
    )
    a.P(
        "The Moldavian deportees left in 26 echelons made up of 1,314 wagons, the Bukovinian "
        "ones in 9 echelons of 437 wagons.",
        f"The railway thus had to find {C('35', SUM, OK, formula='26+9')} echelons in a "
        f"single week, and Moldavia needed "
        f"{C('four times', COMP, SLIP, 'three times', '26/9')} as many as Bukovina.",
        f"A Moldavian wagon carried {C('about 14', RATE, OK, formula='18392/1314')} persons, "
        f"a Bukovinian one {C('nearly 15', RATE, OK, formula='6436/437')}, and each Bukovinian "
        f"echelon {C('about 751', RATE, SLIP, 'about 715', '6436/9')}.",
        f"The Bukovinian wagons were therefore "
        f"{C('more crowded', COMP, OK, formula='6436/437>18392/1314')}, and the escort "
        f"reports from Bukovina speak of people fainting in the heat.",
    )
    a.P(
        "Families had been allowed to take up to 100 kilograms of belongings, but the "
        "Chernivtsi echelon lists record only 151 tonnes of baggage.",
        f"That comes to {C('about 73 kilograms', RATE, OK, formula='151000/2062')} per family "
        f"for the 2,062 families, and several commanders noted that people had been given "
        f"twenty minutes to pack.",
    )
    a.P(
        f"The Moldavian family members were bound for "
        f"{C('three', COUNT, OK, formula='3')} destinations: the Kazakh SSR, the Novosibirsk "
        f"oblast and the Komi ASSR.",
        f"Of the 14,176 entrained, 83 died on the road "
        f"({C('0.6 percent', SHARE, AMB, formula='83/14176*100')}), leaving "
        f"{C('14,093', REM, OK, formula='14176-83')} for the receiving commandants to sign "
        f"for.",
        f"Kazakhstan received 7,950 of them "
        f"({C('56.4 percent', SHARE, OK, formula='7950/14093*100')}) and the Novosibirsk "
        f"oblast 3,841 ({C('72.3 per cent', SHARE, SLIP, '27.3 per cent', '3841/14093*100')}), "
        f"and the remaining {C('2,302', REM, OK, formula='14093-7950-3841')} went north to "
        f"Komi.",
        f"Novosibirsk was thus {C('second only to', COMP, OK, formula='2302<3841<7950')} "
        f"Kazakhstan as a destination.",
    )
    a.P(
        f"The heads of families from both regions, 1,587 from Bukovina and 4,216 from "
        f"Moldavia, {C('5,803', SUM, OK, formula='1587+4216')} men in all, were held in "
        f"{C('three', COUNT, SLIP, 'four', '4')} camps: Ivdellag, Sevurallag, Usollag and "
        f"Kraslag.",
        f"The camp returns of 1 April 1943 show 3,012 of them dead, "
        f"{C('519 per 1,000', RATE, OK, formula='3012/5803*1000')} and so "
        f"{C('over half', MULT, OK, formula='3012/5803')} of the men taken.",
        f"Another 1,870, {C('nearly a third', MULT, OK, formula='1870/5803')} of the whole, "
        f"had by then been sentenced by the Special Board, many of them to be shot.",
    )
    a.P(
        "The Kazakh registers follow the 7,950 Moldavians through the war.",
        f"In the first winter, 1941-42, 668 of them died, "
        f"{C('48 per 1,000', RATE, SLIP, '84 per 1,000', '668/7950*1000')}; in the second, "
        f"871; in the third, 377, which brought the deaths of the three winters to "
        f"{C('1,539', SUM, SLIP, '1,916', '668+871+377')}.",
        f"Between the first winter and the second the toll thus rose by "
        f"{C('almost a third', MULT, OK, formula='(871-668)/668')}.",
        f"In the Novosibirsk oblast the first winter took 389 of the 3,841, "
        f"{C('101 per 1,000', RATE, OK, formula='389/3841*1000')}, a "
        f"{C('higher', COMP, OK, formula='389/3841>668/7950')} toll than in Kazakhstan.",
        f"By 1 January 1946 the Kazakh registers held 5,120 of the Moldavians, a fall of "
        f"{C('64.4 per cent', SHARE, SLIP, '35.6 per cent', '(7950-5120)/7950*100')}.",
    )
    a.P(
        f"In Komi, of the 2,302 who arrived, 457 died before the thaw, "
        f"{C('about 200 per 1,000', RATE, OK, formula='457/2302*1000')}, "
        f"{C('more than twice', COMP, OK, formula='(457/2302)/(668/7950)')} the Kazakh rate.",
        f"In the second winter a further 286 died, "
        f"{C('155 per 1,000', CHAIN, OK, formula='286/(2302-457)*1000')} of those who had "
        f"lived through the first.",
    )
    a.P(
        f"Of the 6,436 Bukovinians, 38 per cent were children under fourteen, and a fifth of "
        f"these children died before the spring of 1943, "
        f"{C('about 490', CHAIN, OK, formula='6436*0.38*0.2')} in all.",
        f"Of the 14,093 Moldavians registered in the settlements, 61 percent were women, and "
        f"35 percent of the women were put to work at the timber and fishing artels: "
        f"{C('about 3,100', CHAIN, SLIP, 'about 3,010', '14093*0.61*0.35')} women.",
        f"The Bukovinians in the Novosibirsk oblast fell from 1,964 in 1942 "
        f"to 980 in 1946 ({C('50 percent', SHARE, AMB, formula='980/1964*100')}).",
    )
    a.P(
        f"The first Bukovinian echelon left Lunca-Prut on 13 June and was unloaded at Pavlodar "
        f"on 2 July, {C('nearly three weeks', DUR, OK, formula='((30-13)+2)/7')} later.",
        f"The last, bound for Kotlas, arrived on 9 July, "
        f"{C('36 days', DUR, SLIP, '26 days', '(30-13)+9')} after it had left.",
        f"The Moldavian trains were unloaded at {C('four', COUNT, OK, formula='4')} stations: "
        f"Pavlodar, Akmolinsk, Barabinsk and Kotlas.",
    )
    a.P(
        "In January 1955, after the first of the decrees that eased the regime, the registers "
        "still held 11,220 settlers from the two regions.",
        f"By 1 January 1957, 7,846 had been struck off "
        f"({C('69.9 percent', SHARE, OK, formula='7846/11220*100')}), and "
        f"{C('3,734', REM, SLIP, '3,374', '11220-7846')} were still under the commandants.",
        f"Of the 7,846 released, 58 percent went back to Moldavia or Bukovina within three "
        f"years, and four in ten of these found their houses taken by others: "
        f"{C('about 1,820', CHAIN, OK, formula='7846*0.58*0.4')} people, whose claims the "
        f"district soviets as a rule refused to hear.",
        f"Returns {C('tripled', MULT, SLIP, 'doubled', '2510/1240')} from 1,240 in 1956 to "
        f"2,510 in 1957, after {C('fifteen years', DUR, OK, formula='1956-1941')} of exile "
        f"for those taken in 1941.",
        f"Survivors questioned in the 1990s put the losses of the first year at "
        f"{C('about 30 percent', SHARE, UNV)}.",
    )
    a.P(
        "The commandant of the Ust-Vym settlement in Komi wrote in February 1942 that he had "
        "1,450 adults fit for the timber works and 290 sledges, and that his 1,248 settlers "
        "had desks for 312 children in the settlement school.",
        f"He reported that {C('one in five', SHARE, UNV)} of the barracks had no glass in "
        f"the windows, and that {C('about a quarter', SHARE, UNV)} of the settlers were down "
        f"with scurvy.",
        f"In his view {C('most', MULT, UNV)} of the escapes of that winter had been made by "
        f"young men from the Bukovinian villages.",
    )
    return a


if __name__ == "__main__":
    art = bukovina1941()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:28} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
