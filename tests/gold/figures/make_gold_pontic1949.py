"""Writes the blind held-out gold article ``pontic1949`` for the figures checker (issue #14):
the 1949 removal of Greek and other foreign subjects from an imagined Black Sea coastal
district, Limanskoe, as its district MGB reports and the accounts of four imagined receiving
settlements in the South Kazakhstan region would show it, down to the release of 1956 and the
later emigration to Greece. The prose is ours and every number is invented; each derived
claim's arithmetic is done here, apart from borderlands.figures, which its author did not read
or run. All claims are ``heldout10``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the
printed inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a
boolean that is true for the relation the printed word states, a ratio for "N times as many",
or, for the ranking slip, the rank that the printed figures give; for a count, the number of
items listed; for a duration, the span in the unit printed, counted from the printed dates or
years. An ambiguous claim's formula is one of its two readings; the test names the other.
Unverifiable claims have no formula: their inputs are not printed.

Run: python3 tests/gold/figures/make_gold_pontic1949.py   (rewrites pontic1949.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct


def pontic1949() -> Article:
    a = Article(
        "pontic1949",
        "Foreign subjects on the Black Sea coast: the removal of 1949 from the Limanskoe "
        "district and the Kazakh settlements that received them",
        "heldout10",
    )
    C = a.C
    a.P(
        "In the spring of 1949 the district department of the MGB at Limanskoe, a strip of tea "
        "and tobacco villages between the mountains and the sea, was ordered to list the "
        "foreign subjects living there for removal to Kazakhstan.",
        f"The instruction named {C('four', 'count', 'consistent', formula='4')} groups: "
        f"holders of Greek passports, Turkish subjects, Iranian subjects, and stateless "
        f"persons who had once held Greek papers.",
        "Soviet citizens were to go with them only as members of their families.",
        f"The department believed that {C('perhaps a third', 'multiple', 'unverifiable')} of "
        f"the coastal families had kin in Greece or Turkey.",
        f"Work on the lists began on 11 February and the first train left on 15 June, "
        f"{C('a four-month', 'duration', 'consistent', formula='4')} campaign of "
        f"house-to-house checks.",
    )
    a.P(
        "The final list of the district department held 6,148 persons.",
        "Of them 3,712 held Greek passports, 1,094 were Soviet citizens of Greek origin, 486 "
        "were Turkish subjects, 127 Iranian subjects and 729 were stateless.",
        f"Greek passport holders thus made up "
        f"{C(pct(3712, 6148) + ' percent', 'share', 'consistent', formula='3712/6148*100')} "
        f"of the list, Soviet citizens "
        f"{C(pct(1094, 6148) + '%', 'share', 'consistent', formula='1094/6148*100')} and the "
        f"stateless "
        f"{C(pct(729, 6148) + ' per cent', 'share', 'consistent', formula='729/6148*100')}; "
        f"these three groups came to "
        f"{C('90.1 percent', 'sum', 'consistent', formula='60.4+17.8+11.9')} together, and "
        f"the Turkish and Iranian subjects to the rest.",
        f"Those with a foreign passport, Greek, Turkish or Iranian, were "
        f"{C('over two-thirds', 'multiple', 'consistent', formula='(3712+486+127)/6148')} of "
        f"everyone listed.",
    )
    a.P(
        f"The 6,148 persons belonged to 1,482 families, "
        f"{C('about 4.1', 'rate', 'consistent', formula='6148/1482')} persons to a family.",
        f"The households of Greek passport holders were "
        f"{C('larger', 'comparison', 'consistent', formula='3712/803>6148/1482')} than that: "
        f"3,712 persons in 803 families, "
        f"{C('4.6', 'rate', 'consistent', formula='3712/803')} to a family.",
        "The 729 stateless were spread over 241 households, many of them widows living alone.",
        "Nearly nine hundred of the families had lived on the coast since before 1914.",
    )
    a.P(
        f"Of the 6,148 persons listed, 5,806 were loaded onto the trains; the remaining "
        f"{C('342', 'remainder', 'consistent', formula='6148-5806')} stayed behind.",
        f"Of these, 187 were left as too ill or too old to travel and 91 as the wives of men "
        f"serving in the army, and the rest, "
        f"{C('46', 'remainder', 'inconsistent', '64', '342-187-91')}, could not be found.",
        f"The district report put those not taken at "
        f"{C(pct(342, 6148) + ' percent', 'share', 'consistent', formula='342/6148*100')} of "
        f"the list.",
        f"There were 604 people over sixty among the deportees, "
        f"{C('10 percent', 'share', 'ambiguous', formula='604/6148*100')}.",
    )
    a.P(
        f"The three echelons carried "
        f"{C('5,806', 'sum', 'consistent', formula='2140+1978+1688')} persons in all: 2,140 on "
        f"the first train, 1,978 on the second and 1,688 on the third.",
        f"The first had 47 wagons for people, "
        f"{C('about 46', 'rate', 'consistent', formula='2140/47')} to a wagon; the second "
        f"packed its passengers into 41 wagons, "
        f"{C('48.2', 'rate', 'consistent', formula='1978/41')} to a wagon.",
        f"The third, with 40 wagons, was the "
        f"{C('least crowded', 'comparison', 'consistent', formula='1688/40<min(2140/47,1978/41)')}"
        f" of the three.",
        f"The convoy troops numbered 528, one soldier for every "
        f"{C('eleven', 'rate', 'consistent', formula='5806/528')} deportees.",
    )
    a.P(
        f"The district commission valued what the deportees left behind at "
        f"{C('4,862,000', 'sum', 'consistent', formula='2915000+1208000+739000')} roubles: "
        f"2,915,000 for houses, 1,208,000 for tea and tobacco plots and 739,000 for livestock.",
        f"Houses were thus "
        f"{C('about three-fifths', 'multiple', 'consistent', formula='2915000/4862000')} of "
        f"the value.",
        f"Later claims raised the valuation to "
        f"{C('5,189,000', 'sum', 'consistent', formula='4862000+236000+91000')} roubles by "
        f"adding 236,000 for boats and 91,000 for nets.",
        f"By the end of 1950 the state had paid out 1,146,000 roubles, "
        f"{C(pct(1146, 4862) + ' percent', 'share', 'consistent', formula='1146000/4862000*100')}"
        f" of the first valuation, and the difference of "
        f"{C('3,716,000', 'remainder', 'consistent', formula='4862000-1146000')} roubles was "
        f"never paid.",
        f"For houses alone the payments came to 812,000 roubles, or "
        f"{C('16.7 percent', 'share', 'inconsistent', pct(812, 2915), '812000/2915000*100')} "
        f"of what they had been valued at.",
    )
    a.P(
        f"The first echelon left Limanskoe on 15 June and unloaded at Arys on 4 July, "
        f"{C('nineteen days', 'duration', 'consistent', formula='(30-15)+4')} on the road.",
        "The three trains were guarded by the 528 men of the convoy under 44 officers.",
        f"Of the 5,806 who set out, 23 died on the way, and the settlements received "
        f"{C('5,783', 'remainder', 'consistent', formula='5806-23')}.",
        f"Bread was short: survivors remembered "
        f"{C('about 12', 'rate', 'unverifiable')} loaves to a wagon each day.",
        f"The echelons changed crews at "
        f"{C('four', 'count', 'inconsistent', 'five', '5')} junctions: Armavir, Rostov, "
        f"Saratov, Aktyubinsk and Kzyl-Orda.",
    )
    a.P(
        f"The 5,783 who arrived were divided among "
        f"{C('four', 'count', 'consistent', formula='4')} settlement areas of the South "
        f"Kazakhstan region: Akbulak, Koktobe, Zhanaturmys and Kyzylzhar.",
        "Akbulak received 1,862 persons, Koktobe 1,540, Zhanaturmys 1,236 and Kyzylzhar 1,145.",
        f"Akbulak, with "
        f"{C(pct(1862, 5783) + ' percent', 'share', 'consistent', formula='1862/5783*100')} "
        f"of the newcomers, was the "
        f"{C('largest', 'comparison', 'consistent', formula='1862>max(1540,1236,1145)')} of "
        f"the four.",
        f"Zhanaturmys ranked "
        f"{C('second', 'comparison', 'inconsistent', 'third', RANK_1236)}, its cotton "
        f"sovkhoz having asked for able-bodied men.",
    )
    a.P(
        f"The settlement accounts for 1949 and 1950 record 131 deaths among the 1,862 at "
        f"Akbulak, {C('70', 'rate', 'consistent', formula='131/1862*1000')} per 1,000, and 188 "
        f"among the 1,540 at Koktobe, or "
        f"{C('122', 'rate', 'consistent', formula='188/1540*1000')} per 1,000.",
        f"Zhanaturmys buried 96 of its 1,236 settlers and Kyzylzhar 187 of its 1,145, the "
        f"latter {C('13', 'rate', 'inconsistent', '163', '187/1145*1000')} per 1,000.",
        f"In the first two winters the four settlements lost "
        f"{C('602', 'sum', 'consistent', formula='131+188+96+187')} people.",
        f"A deportee sent to Koktobe was "
        f"{C('more likely', 'comparison', 'consistent', formula='188/1540>131/1862')} to die "
        f"than one sent to Akbulak, where the water came from springs rather than the canal.",
        f"Of the 5,783 who had arrived, "
        f"{C(pct(602, 5783) + ' percent', 'share', 'consistent', formula='602/5783*100')} were "
        f"dead by the end of 1950.",
    )
    a.P(
        "The settlements shrank in the years that followed.",
        f"At Zhanaturmys the register fell from 1,236 in 1950 to 622 in 1953 "
        f"({C('50 percent', 'share', 'ambiguous', formula='622/1236*100')}), as families were "
        f"moved to the sovkhozes of the next district, which had asked for about 4,000 hands.",
        f"At Koktobe it dropped from 1,540 to 1,104, a fall the commandant gave as "
        f"{C('71.7 percent', 'share', 'inconsistent', pct(1540 - 1104, 1540), DROP_KOKTOBE)}.",
        f"Akbulak grew instead: its working men "
        f"{C('more than doubled', 'multiple', 'consistent', formula='634/287')}, from 287 in "
        f"1950 to 634 in 1953, and its cotton brigades "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '29/14')}, from 14 to 29.",
    )
    a.P(
        f"Of the 5,783 arrivals, 58 percent were of working age, and 70 percent of these were "
        f"sent to the cotton and rice fields: "
        f"{C('about 2,350', 'chain', 'consistent', formula='5783*0.58*0.70')} persons.",
        f"Of the 3,712 Greek subjects, 38 percent were children, and 55 percent of the "
        f"children were in school by 1951, "
        f"{C('about 780', 'chain', 'consistent', formula='3712*0.38*0.55')} pupils.",
        f"Women were 42 percent of the arrivals, and a quarter of them worked in the brick "
        f"yards: {C('about 670', 'chain', 'inconsistent', 'about 610', '5783*0.42*0.25')} "
        f"women.",
        f"At Akbulak 1,604 of the 1,862 settlers were women, children or old men, "
        f"{C('the great majority', 'multiple', 'consistent', formula='1604/1862')}.",
        f"The stateless, with no consul to write to, fared "
        f"{C('worse', 'comparison', 'unverifiable')} than the Greek subjects, or so the "
        f"commandants believed.",
    )
    a.P(
        "The decree of 1956 lifted the special-settlement regime from the Greeks of the four "
        "settlements, but not the ban on going home.",
        f"By then 4,911 persons were on the commandants' registers; 3,204 of them were struck "
        f"off in the first year, "
        f"{C('about 65 per cent', 'share', 'consistent', formula='3204/4911*100')}, and the "
        f"remaining {C(g(4911 - 3204), 'remainder', 'consistent', formula='4911-3204')} in "
        f"1957 and 1958.",
        f"Deported in 1949 and freed in 1956, the families had spent "
        f"{C('seven years', 'duration', 'consistent', formula='1956-1949')} in the "
        f"settlements.",
        f"The review commission at Chimkent had 9 members and sat on 36 days in 1956; by the "
        f"petitioners' later account it refused "
        f"{C('25 percent', 'share', 'unverifiable')} of the petitions outright.",
        f"Only 840 of the 4,911 had made their way back to the coast by 1960, "
        f"{C('about a sixth', 'multiple', 'consistent', formula='840/4911')}.",
    )
    a.P(
        "Emigration to Greece came in two waves.",
        f"In the first, the Greek consulate counted 406 departures from the settlements in "
        f"1957, 512 in 1958 and 296 in 1959, "
        f"{C('918', 'sum', 'inconsistent', g(406 + 512 + 296), '406+512+296')} in the three "
        f"years.",
        f"A second wave, after 1987, took a further 2,946 persons and brought the total to "
        f"{C(g(406 + 512 + 296 + 2946), 'sum', 'consistent', formula='406+512+296+2946')}.",
        f"The later emigrants were "
        f"{C('more than twice as many', 'comparison', 'consistent', formula='2946/(406+512+296)')}"
        f" as those of the first wave.",
    )
    a.P(
        f"Some families freed in 1956 reached Greece only in 1974, after "
        f"{C('twenty years', 'duration', 'inconsistent', 'eighteen years', '1974-1956')} of "
        f"petitions.",
        f"They settled in {C('three', 'count', 'consistent', formula='3')} places above all: "
        f"Thessaloniki, Katerini and the villages around Kilkis.",
        f"At home the Greek population of Limanskoe had been "
        f"{C('nearly halved', 'multiple', 'consistent', formula='4980/9420')}, from 9,420 at "
        f"the census of 1939 to 4,980 in 1950.",
    )
    return a


# The rank of Zhanaturmys's 1,236 among the four settlements' arrivals, largest first.
RANK_1236 = "sorted([1862,1540,1236,1145],reverse=True).index(1236)+1"
# The fall at Koktobe from 1,540 to 1,104, as a percentage of 1,540.
DROP_KOKTOBE = "(1540-1104)/1540*100"


if __name__ == "__main__":
    art = pontic1949()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:30} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
