"""Writes the blind held-out gold article ``baltic1941`` for the figures checker (issue #14):
the June 1941 deportation from an imagined annexed Baltic county, Kalnava, as its county
operational group's reports and the receiving camps' and settlements' lists would show it.
The prose is ours and every number is invented; each derived claim's arithmetic is done here,
apart from borderlands.figures, which its author did not read or run. All claims are
``heldout10``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the printed word states, a ratio for "N times", or the place in a
listed order for a rank (for the ranking slip, the place the figures really give); for a count,
the number of items listed; for a duration, the span in the unit printed, counted from the
printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula: their inputs are not printed.

Run: python3 tests/gold/figures/make_gold_baltic1941.py   (rewrites baltic1941.txt/.yaml)
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
# The longer formulas, kept here so that the prose below stays readable.
SILUPE_RANK = "sorted([1046, 812, 734, 598, 552], reverse=True).index(734) + 1"
SENTENCE_MONTHS = "(date(1942, 9, 5) - date(1941, 6, 14)).days / (365.25 / 12)"
EXILE_YEARS = "(date(1956, 8, 1) - date(1941, 6, 14)).days / 365.25"


def baltic1941() -> Article:
    a = Article(
        "baltic1941",
        "The June deportation from Kalnava county, 1941: the operational group's reports and "
        "the lists of the camps and settlements",
        "heldout10",
    )
    C = a.C
    a.P(
        "Kalnava county, annexed with the rest of the republic in the summer of 1940, had about "
        "61,000 inhabitants in the spring of 1941, some nine thousand of them in the county town.",
        "Its operational group, formed on 28 May from local security officers and men sent in "
        "from outside, worked from a list of 1,284 families with 4,380 persons.",
        f"By the evening of 17 June it had taken 1,096 of these families, "
        f"{C(pct(1096, 1284) + ' percent', SHARE, OK, formula='1096/1284*100')} of the list, "
        f"with 3,742 persons.",
        f"The other {C('18', REM, SLIP, g(1284 - 1096), '1284-1096')} families on the list were "
        f"not found at home.",
        f"The families that were taken averaged "
        f"{C('4.0', RATE, SLIP, f'{3742 / 1096:.1f}', '3742/1096')} persons.",
    )
    a.P(
        f"Between the names on the list and the people put on the trains lay a difference of "
        f"{C(g(4380 - 3742), REM, OK, formula='4380-3742')} persons.",
        f"The group's report accounted for them thus: 402 had left home before the night of "
        f"the arrests, 129 were in hospital or too ill to travel, and the rest, "
        f"{C(g(638 - 402 - 129), REM, OK, formula='638-402-129')}, were in the army, at work "
        f"outside the county or already dead.",
        f"Those who had fled before the night were "
        f"{C('about 9 percent', SHARE, OK, formula='402/4380*100')} of all the names on the "
        f"list.",
        f"Over the summer the group caught a further 96 of them and sent them east with a later "
        f"echelon, which brought the county's total from 3,742 to "
        f"{C(g(3742 + 96), SUM, OK, formula='3742+96')} persons.",
        f"Among the deportees were 303 men over sixty, "
        f"{C('8 percent', SHARE, AMB, formula='303/3742*100')} of the whole.",
    )
    a.P(
        f"The 3,742 taken in June came from {C('five', COUNT, OK, formula='5')} places: the "
        f"parishes of Ozolmuiža, Liepkalne, Sīļupe and Dzirnava, and the town of Kalnava itself.",
        f"Ozolmuiža gave 1,046 persons, Liepkalne 812, Sīļupe 734, Dzirnava 598 and the town "
        f"552, {C(g(1046 + 812 + 734 + 598 + 552), SUM, OK, formula='1046+812+734+598+552')} "
        f"together.",
        f"Ozolmuiža, a parish of large farms on good soil, lost the "
        f"{C('largest', COMP, OK, formula='1046 > max(812, 734, 598, 552)')} number of people.",
        f"Sīļupe came {C('second', COMP, SLIP, 'third', SILUPE_RANK)}, "
        f"ahead of Dzirnava.",
        f"The town, where many of the officials and officers on the list had lived, gave "
        f"{C('fewer', COMP, OK, formula='552 < min(1046, 812, 734, 598)')} people than any "
        f"of the parishes.",
    )
    a.P(
        f"The group's summary sorted the deportees into "
        f"{C('three', COUNT, OK, formula='3')} categories: heads of families, single persons "
        f"held to be dangerous, and family members.",
        f"The 842 heads of families were "
        f"{C(pct(842, 3742) + ' percent', SHARE, OK, formula='842/3742*100')} of the 3,742, "
        f"the 166 single persons {C(pct(166, 3742) + '%', SHARE, OK, formula='166/3742*100')} "
        f"and the 2,734 family members "
        f"{C(pct(2734, 3742) + '%', SHARE, OK, formula='2734/3742*100')}.",
        f"The camps were to receive {C(g(842 + 166), SUM, OK, formula='842+166')} men in "
        f"all: 842 heads of families to a timber camp in the northern Urals and 166 single "
        f"persons to the transit camp at Kotlas.",
        f"Together the two camp categories made up "
        f"{C('26.9 percent', SUM, OK, formula='22.5+4.4')} of those deported.",
        f"{C('Most', MULT, OK, formula='97/166')} of the single persons, 97 of the 166, had "
        f"served in the pre-war police or in the defence corps.",
    )
    a.P(
        "The 2,734 family members were sent to special settlements in the north of the "
        "Novosibirsk region.",
        "Among them were 1,412 children under sixteen, 1,019 women and 303 men over sixty.",
        f"Children were thus {C('over half', MULT, OK, formula='1412/2734')} of those bound "
        f"for the settlements, and there were "
        f"{C('more than three times as many', COMP, OK, formula='1019/303')} women as old men.",
        f"The region spread them over {C('six', COUNT, SLIP, 'five', '5')} districts: Bakchar, "
        f"Parabel, Chainsk, Kolpashevo and Kargasok.",
    )
    a.P(
        "The deportees left Kalnava station in trains on 14, 15 and 16 June, one a day.",
        f"The heads of families and the single persons, parted from their families on the "
        f"platform, rode in 31 wagons of their own, "
        f"{C('about 33', RATE, OK, formula='1008/31')} men to a wagon.",
        f"The 2,734 family members filled 87 wagons, "
        f"{C(f'{2734 / 87:.1f}', RATE, OK, formula='2734/87')} persons a wagon, so that the "
        f"trains had {C(g(31 + 87), SUM, OK, formula='31+87')} wagons between them.",
        f"The escort numbered 210 soldiers, one for every "
        f"{C(f'{3742 / 210:.0f}', RATE, OK, formula='3742/210')} deportees.",
    )
    a.P(
        f"The last of the family trains left Kalnava on 16 June and reached Novosibirsk on "
        f"3 July, after "
        f"{C('seventeen days', DUR, OK, formula='(date(1941, 7, 3) - date(1941, 6, 16)).days')}"
        f" on the line.",
        "There the families were moved onto barges and carried north down the Ob and up its "
        "tributaries.",
        f"The first 56 families reached Parabel after 8 days on the river and were lodged in "
        f"the cottages of the local people, {C('about 7', RATE, UNV)} persons to a room.",
        f"In the {C('eighteen-month', DUR, OK, formula='(1943 - 1941) * 12 + (1 - 7)')} period "
        f"between the arrival of the barges in July 1941 and the count of January 1943, many "
        f"of the settlers were moved at least twice.",
    )
    a.P(
        "By the autumn the single persons too had been sent on from Kotlas to the timber camp, "
        "which then held all 1,008 men from the county.",
        f"Their sentences, passed in their absence by the Special Board on 5 September 1942, "
        f"came "
        f"{C('nearly fifteen months', DUR, OK, formula=SENTENCE_MONTHS)}"
        f" after the arrests of 14 June 1941.",
        f"By 1 April 1943, 451 of them had died, "
        f"{C('47.4 percent', SHARE, SLIP, pct(451, 1008), '451/1008*100')}, a toll of "
        f"{C('about 450 per 1,000', RATE, OK, formula='451/1008*1000')} in less than two "
        f"years.",
        f"Deaths in the camp {C('more than doubled', MULT, OK, formula='276/121')} from one "
        f"year to the next: 121 men died in the second half of 1941 and 276 in 1942.",
        f"Of the 842 heads of families, 61 percent had been farmers, and 55 percent of these "
        f"died in the camp: {C('about 280', CHAIN, OK, formula='842*0.61*0.55')} men.",
    )
    a.P(
        f"The first winter in the settlements was the worst: by 1 May 1942, 318 of the 2,734 "
        f"family members had died, "
        f"{C(f'{318 / 2734 * 1000:.0f} per 1,000', RATE, OK, formula='318/2734*1000')}.",
        f"Of the dead, 168 were children "
        f"({C(pct(168, 318) + ' per cent', SHARE, OK, formula='168/318*100')}) and 97 old men; "
        f"the remaining {C(g(318 - 168 - 97), REM, OK, formula='318-168-97')} were women.",
        f"An old man was far "
        f"{C('more likely', COMP, OK, formula='97 / 303 > 168 / 1412')} to die that winter "
        f"than a child: 97 of 303 against 168 of 1,412.",
        f"Even so, {C('the great majority', MULT, OK, formula='(1412-168)/1412')} of the "
        f"1,412 children lived to see the spring.",
        f"The men in the camp died at "
        f"{C('nearly four times', COMP, OK, formula='(451/1008) / (318/2734)')} the rate of "
        f"their families in the settlements.",
    )
    a.P(
        f"Of the 2,734 family members, "
        f"{C(g(2734 - 318), REM, OK, formula='2734-318')} were alive in May 1942.",
        f"In the second winter deaths {C('halved', MULT, OK, formula='157/318')}, from 318 to "
        f"157, as the settlers dug earth huts and learned to fish through the ice.",
        f"The number of settlers in the timber brigades "
        f"{C('tripled', MULT, SLIP, 'doubled', '826/410')} in the same year, from 410 to 826.",
        f"Of the 1,412 children, 38 percent were under seven, and a fifth of these died in the "
        f"first winter: {C('about 110', CHAIN, OK, formula='1412*0.38*0.2')} small children.",
    )
    a.P(
        f"The operational group worked in {C('four', COUNT, OK, formula='4')} sections: "
        f"arrests, escort, property and records.",
        f"Its property section sealed the houses of the deported and counted 3,110 head of "
        f"cattle and 1,240 horses, {C('about 2.8', RATE, OK, formula='3110/1096')} head of "
        f"cattle to a deported family.",
        "The listing took 18 days and needed 120 local helpers.",
        f"Neighbours said later that {C('15 percent', SHARE, UNV)} of the household goods had "
        f"vanished before the clerks arrived.",
        f"Of the 1,240 horses, 252, {C('about a fifth', MULT, OK, formula='252/1240')}, were "
        f"taken by the army in the first week of the war.",
    )
    a.P(
        "The first returns came after the war.",
        f"The county had lost 3,742 people in June 1941, or 3,838 with the later echelon; in "
        f"1946 and 1947 the republic's education ministry brought back 214 children from the "
        f"settlements, {C('6 percent', SHARE, AMB, formula='214/3742*100')} of the deportees.",
        f"Between 1948 and 1953 another 88 came home, released as invalids or on their own, "
        f"and from 1954 to 1956, 1,163 were freed from the settlement regime and returned, "
        f"{C('1,377', SUM, SLIP, g(214 + 88 + 1163), '214+88+1163')} returns in all.",
        f"Of the 1,163 who came home in the last wave, 781, "
        f"{C('two-thirds', MULT, OK, formula='781/1163')}, were women.",
        f"Of the same 1,163, 45 percent had lived in Ozolmuiža or Liepkalne, and 40 percent "
        f"of these found their houses taken by others: "
        f"{C('about 330', CHAIN, SLIP, 'about 210', '1163*0.45*0.4')} people.",
    )
    a.P(
        f"For many the road back was long: those arrested on 14 June 1941 and freed in August "
        f"1956 had spent "
        f"{C('thirteen years', DUR, SLIP, 'fifteen years', EXILE_YEARS)}"
        f" in camps and settlements.",
        f"The Kalnava deportees on the register of the Bakchar district fell from 1,086 in "
        f"1942 to 742 in 1950, a fall of "
        f"{C('68.3 percent', SHARE, SLIP, pct(1086 - 742, 1086), '(1086-742)/1086*100')}.",
        f"In 1950 Parabel held 515 of them, Chainsk 388, Kolpashevo 126 and Kargasok 94, so "
        f"that Chainsk alone held {C('more', COMP, OK, formula='388 > 126 + 94')} than "
        f"Kolpashevo and Kargasok together.",
    )
    a.P(
        f"The 157 deaths of the second winter and the 451 in the camp raised the known dead "
        f"from the 318 of the first winter to "
        f"{C(g(318 + 157 + 451), SUM, OK, formula='318+157+451')}.",
        f"That was {C(pct(926, 3742) + ' percent', SHARE, OK, formula='926/3742*100')} of the "
        f"3,742 deported in June.",
        f"Families in the county came to believe that {C('nearly two-thirds', MULT, UNV)} of the "
        f"men taken to the camps had been shot rather than worked to death.",
        f"Older villagers still speak of {C('45 percent', SHARE, UNV)} of the county's "
        f"farms standing empty by the autumn of 1941.",
    )
    return a


if __name__ == "__main__":
    art = baltic1941()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:32} "
              f"{c.get('intended', '')!s:14} {f or ''} = {v}")
