"""Writes the blind held-out gold article ``ingrians1942`` for the figures checker (issue #14):
the removal of the Finnish and German population of Leningrad and its suburban districts under
the Leningrad Front's decision of 20 March 1942, taken across the ice road of Lake Ladoga, as
the NKVD operation summaries, the family registers, the transit points' returns and the
commandants' receipts in Siberia would record it: persons by district and by nationality, the
lorries on the ice, the transit points of the eastern shore, the echelons to the Krasnoyarsk
krai, the Omsk and Irkutsk oblasts and Yakutia, deaths on the ice, on the railway and in the
first winter, the barge passage of the summer, the kin moved to Finland in 1943-1944 and the
special-settlement register that held the deportees into the 1950s.

The prose is ours and every number is invented (some place names too). Each derived claim's
arithmetic is done here, apart from borderlands.figures, which the author neither read nor ran.
All claims are ``heldout24``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a place in a listed order for a rank; for
a count, the number of items listed; for a duration, the span in the unit printed, worked from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_ingrians1942.py   (rewrites ingrians1942.txt/.yaml)
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

# Persons removed by area, as the register gives them: the city, Vsevolozhsk, Pargolovo,
# Toksovo, Kolpino.
DISTRICTS = "[6412, 7158, 4931, 3264, 1071]"
VSEVOLOZHSK_PLACE = f"sorted({DISTRICTS}, reverse=True).index(7158)+1"
# Arrivals by destination: Krasnoyarsk, Omsk, Irkutsk, Yakutia.
DESTINATIONS = "[9846, 6127, 4052, 2346]"
IRKUTSK_PLACE = f"sorted({DESTINATIONS}, reverse=True).index(4052)+1"


def ingrians1942() -> Article:
    a = Article(
        "ingrians1942",
        "Across the ice: the removal of the Finns and Germans of the Leningrad suburbs in the "
        "spring of 1942 and their exile in Siberia",
        "heldout24",
    )
    C = a.C
    a.P(
        "On 20 March 1942 the Military Council of the Leningrad Front decided that the Finnish "
        "and German inhabitants of the city and its suburbs were to be taken across Lake Ladoga "
        "before the ice broke up.",
        f"The order covered {C('five', COUNT, OK, formula='5')} areas: Leningrad city, "
        f"Vsevolozhsk, Pargolovo, Toksovo and Kolpino.",
        "The NKVD directorate sent its first columns onto the ice on 26 March, "
        f"{C('six days', DUR, OK, formula='(date(1942,3,26)-date(1942,3,20)).days')} after the "
        f"decision, and the last of them crossed on 12 April, so that the winter stage of the "
        f"operation took "
        f"{C('seventeen days', DUR, OK, formula='(date(1942,4,12)-date(1942,3,26)).days')}.",
    )
    a.P(
        "The plan approved by the rear services of the front named 24,500 persons for removal.",
        f"The operation summary of 15 April reports 22,836 taken over the ice in 6,918 families, "
        f"which left {C('1,664', REM, OK, formula='24500-22836')} of those on the lists still "
        f"in the city, most of them too weak from the blockade winter to be moved.",
        "The directorate had thus carried out "
        f"{C('93.2 per cent', SHARE, OK, formula='22836/24500*100')} of its plan, "
        f"with {C('about 3.3', RATE, OK, formula='22836/6918')} persons per "
        f"family.",
        "Small households were the rule: the register (fond 2, file 114, sheets 3-61) marks only "
        "412 families of six or more.",
    )
    a.P(
        "By area, the register gives 6,412 persons for Leningrad city, 7,158 for Vsevolozhsk "
        "(taken between 26 March and 3 April), 4,931 for Pargolovo, 3,264 for Toksovo and 1,071 "
        f"for Kolpino, {C('22,836', SUM, OK, formula='6412+7158+4931+3264+1071')} in all.",
        f"Vsevolozhsk, with {C('nearly a third', MULT, OK, formula='7158/22836')} of the whole, "
        f"sent the {C('largest', COMP, OK, formula=VSEVOLOZHSK_PLACE)} contingent, and the city, "
        f"at {C('28.1%', SHARE, OK, formula='6412/22836*100')}, came "
        f"{C('second only to', COMP, OK, formula='7158>6412>4931>3264>1071')} it.",
        "Kolpino, where only two Finnish villages lay on the near side of the front line, "
        f"supplied {C('7.4 percent', SHARE, SLIP, '4.7 percent', '1071/22836*100')}.",
    )
    a.P(
        "The column for nationality in the same register counts 19,247 Finns and 3,589 Germans.",
        f"Finns therefore made up {C('84.3 per cent', SHARE, OK, formula='19247/22836*100')} of "
        f"the deportees and Germans {C('15.7%', SHARE, OK, formula='3589/22836*100')}, so that "
        f"there were {C('more than five times', MULT, OK, formula='19247/3589')} as many of the "
        f"one as of the other.",
        f"Of the 19,247 Finns, 46 percent were women over sixteen, and 38 percent of these had "
        f"children under ten with them: {C('about 3,360', CHAIN, OK, formula='19247*0.46*0.38')}"
        f" mothers.",
        f"In the Vsevolozhsk district the Finnish collective farms went down from 84 to 42 "
        f"({C('50 per cent', SHARE, AMB, formula='42/84*100')}) that spring.",
        "Their cattle stayed behind: the Toksovo farms had 1,380 cows before the removal and 410 "
        f"after it, a loss of "
        f"{C('29.7 percent', SHARE, SLIP, '70.3 percent', '(1380-410)/1380*100')}.",
    )
    a.P(
        "The crossing was made by lorry, from the Osinovets landing over some thirty kilometres "
        "of ice to Kobona and Lavrovo on the eastern shore.",
        f"The motor battalions made 1,142 runs with deportees aboard, "
        f"{C('20', RATE, OK, formula='22836/1142')} persons to a truck.",
        f"On the ice and at the landings 147 persons died, "
        f"{C('6.4 per 1,000', RATE, OK, formula='147/22836*1000')} of those who set out, and "
        f"{C('22,689', REM, OK, formula='22836-147')} were handed over alive to the evacuation "
        f"points.",
    )
    a.P(
        f"The deportees passed through {C('four', COUNT, OK, formula='4')} transit points: "
        f"Kobona, Lavrovo, Zhikharevo and Voibokalo.",
        "Kobona, the busiest, had 64 heated tents and 320 bunks for a flow of people that on "
        "some days passed 3,000.",
        f"Its doctor reckoned that {C('20 per cent', SHARE, UNV)} of the arrivals needed a "
        f"hospital bed at once.",
        f"The point's register for 2 April names {C('three', COUNT, SLIP, 'four', '4')} reasons "
        f"for holding a person back: dystrophy, typhus, scurvy and frostbite.",
    )
    a.P(
        "From Voibokalo and Zhikharevo the people were loaded into 38 echelons of 1,064 goods "
        f"wagons, {C('about 21', RATE, OK, formula='22689/1064')} to a wagon and "
        f"{C('about 600', RATE, OK, formula='22689/38')} to a train.",
        f"The escort of 412 guards gave one man for every "
        f"{C('45', RATE, SLIP, '55', '22689/412')} deportees.",
        "The first echelon left Voibokalo on 3 April and reached Krasnoyarsk on 29 April, "
        f"{C('26 days', DUR, OK, formula='(date(1942,4,29)-date(1942,4,3)).days')} on the line.",
        f"On the railway another 318 died, {C('14 per 1,000', RATE, OK, formula='318/22689*1000')}"
        f" of those entrained and "
        f"{C('more than twice', MULT, OK, formula='(318/22689)/(147/22836)')} the toll of the "
        f"ice.",
    )
    a.P(
        "The commandants' receipts, dated between 27 April and 30 June, record 9,846 arrivals in "
        "the Krasnoyarsk krai, 6,127 in the Omsk oblast, 4,052 in the Irkutsk oblast and, after "
        "the river passage, 2,346 in the Yakut ASSR: "
        f"{C('22,371', SUM, OK, formula='9846+6127+4052+2346')} persons.",
        f"Krasnoyarsk took {C('44.0 percent', SHARE, OK, formula='9846/22371*100')} of them and "
        f"Omsk {C('27.4 %', SHARE, OK, formula='6127/22371*100')}; Irkutsk, with "
        f"{C('18.1 per cent', SHARE, OK, formula='4052/22371*100')}, stood "
        f"{C('third', COMP, OK, formula=IRKUTSK_PLACE)}.",
        f"The Yakut party ({C('10 per cent', SHARE, AMB, formula='2346/22371*100')}) was the "
        f"smallest but went farthest.",
        f"The Irkutsk contingent was {C('larger', COMP, SLIP, 'smaller', '4052<6127')} than the "
        f"one sent to Omsk, and it was scattered over timber camps along the Angara.",
    )
    a.P(
        "The Yakut party went on by barge from Ust-Kut down the Lena, from 14 June to 21 August "
        f"1942, {C('58 days', DUR, SLIP, '68 days', '(date(1942,8,21)-date(1942,6,14)).days')} "
        f"on the river.",
        "It was put ashore at the fishing points of the Bulun district, where the trust issued "
        "18 boats and 72 nets for the whole season.",
        f"The trust's report held that {C('one in four', MULT, UNV)} of the men had never fished "
        f"before.",
        f"Of the 2,346, 611 died before the spring of 1943, "
        f"{C('260 per 1,000', RATE, OK, formula='611/2346*1000')}, against "
        f"{C('110 per 1,000', RATE, OK, formula='1083/9846*1000')} among the 9,846 settled in "
        f"the Krasnoyarsk krai, where 1,083 died.",
        f"The Yakut toll was thus "
        f"{C('well over twice', MULT, OK, formula='(611/2346)/(1083/9846)')} the Krasnoyarsk "
        f"one.",
    )
    a.P(
        "For the first winter the oblast returns give 1,083 deaths in the Krasnoyarsk krai, 574 "
        "in the Omsk oblast (report of 12 May 1943), 402 in the Irkutsk oblast and 611 in "
        f"Yakutia, {C('2,760', SUM, SLIP, '2,670', '1083+574+402+611')} in all.",
        f"In Omsk the loss came to {C('39 per 1,000', RATE, SLIP, '94 per 1,000', '574/6127*1000')}"
        f", {C('lower', COMP, OK, formula='574/6127<402/4052')} than in the Irkutsk oblast.",
        f"In the Krasnoyarsk settlements deaths {C('halved', MULT, OK, formula='529/1083')} in "
        f"the second winter, from 1,083 to 529.",
    )
    a.P(
        "Of the 6,918 families that set out, 5,406 reached their place of settlement whole and "
        f"the other {C('1,152', REM, SLIP, '1,512', '6918-5406')} had lost a member or been "
        f"split between trains.",
        "Of the 9,846 sent to Krasnoyarsk, 70 percent went on down the Yenisei to fishing "
        "collective farms in the north of the krai, and a quarter of these were moved again in "
        f"1943 to the Igarka timber works: "
        f"{C('about 2,720', CHAIN, SLIP, 'about 1,720', '9846*0.70*0.25')} persons.",
        f"The deportees in paid work in the krai {C('tripled', MULT, SLIP, 'doubled', '4230/2140')}"
        f" between the autumn of 1942 and the autumn of 1943, from 2,140 to 4,230.",
        f"A visiting inspector put the families without warm clothing at "
        f"{C('about 40 percent', SHARE, UNV)}.",
    )
    a.P(
        "Those on the plan who had stayed in the city went over by water once navigation "
        "opened: in July 1942 the Ladoga flotilla took them from Osinovets to Kobona in 12 barge "
        f"trips, {C('about 140', CHAIN, OK, formula='(24500-22836)/12')} to a barge.",
        f"The flotilla's log counts 1,604 landed at Kobona, "
        f"{C('96.4 per cent', SHARE, OK, formula='1604/1664*100')} of the 1,664 left behind in "
        f"April.",
        f"This summer party was divided between {C('two', COUNT, OK, formula='2')} oblasts: "
        f"Vologda and Kirov.",
    )
    a.P(
        "In the districts south of the city held by the Germans, the kin of many deportees "
        "remained, and in 1943-1944 they were moved to Finland under a German-Finnish agreement: "
        "1,840 in the spring transports of 1943, shipped from Paldiski (file 31, sheet 7), and "
        f"3,215 over the following winter, {C('5,055', SUM, OK, formula='1840+3215')} in all.",
        f"After the armistice of September 1944, 4,120 of them were handed back to the Soviet "
        f"side ({C('81.5 percent', SHARE, OK, formula='4120/5055*100')}), and the remaining "
        f"{C('935', REM, OK, formula='5055-4120')} stayed in Finland or went on to Sweden.",
        f"Those handed back were not let home: some {C('12 percent', SHARE, UNV)} of them, the "
        f"Omsk commandant wrote, ended up in his oblast beside their deported relatives.",
    )
    a.P(
        "The deportees were kept on the register of special settlers, which for the Finns was "
        f"lifted by a decree of March 1956, {C('fourteen years', DUR, OK, formula='1956-1942')} "
        f"after the decision of the Leningrad Front.",
        "The Germans among them were struck off by the decree of December 1955, "
        f"{C('sixteen years', DUR, SLIP, 'thirteen years', '1955-1942')} after their removal "
        f"in 1942.",
        "Of the 22,371 who had reached Siberia, 8,904 were still on the register in 1953, "
        f"{C('just under 40 percent', SHARE, OK, formula='8904/22371*100')}, and neither group "
        f"was allowed back into the Leningrad oblast before the end of the decade.",
    )
    return a


if __name__ == "__main__":
    art = ingrians1942()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
