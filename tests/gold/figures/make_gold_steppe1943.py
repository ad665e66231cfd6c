"""Writes the blind held-out gold article ``steppe1943`` for the figures checker (issue #14):
the removal in December 1943 of the Tergen, an imagined people of steppe herders, from their
imagined autonomous republic to Siberia, as the operation's reports and the registers of the
four receiving regions would show it: persons and families by ulus, trains and wagons, the
herds left behind and their later count, arrivals by region, deaths and births in the first
years, the men withdrawn from the army to a camp, and the return of 1957. The prose is ours
and every number is invented; each derived claim's arithmetic is done here, apart from
borderlands.figures, which its author did not read or run. All claims are ``heldout11``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the
printed inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a
boolean that is true for the relation the printed word states, a ratio for "N times as many",
or, for the ranking slip, the rank that the printed figures give; for a count, the number of
items listed; for a duration, the span in the unit printed, counted from the printed dates.
An ambiguous claim's formula is one of its two readings; the test names the other.
Unverifiable claims have no formula: their inputs are not printed.

Run: python3 tests/gold/figures/make_gold_steppe1943.py   (rewrites steppe1943.txt/.yaml)
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, pct

# The rank of Krasnoyarsk krai's 21,120 among the four regions' arrivals, largest first.
RANK_KRASNOYARSK = "sorted([24610,20935,22480,21120],reverse=True).index(21120)+1"
# The journey of the first train, Ulan-Tala 28 December 1943 to Omsk 14 January 1944.
FIRST_TRAIN = "(date(1944,1,14)-date(1943,12,28)).days"
# The spring count of 1945, 2 April to 21 May, in weeks.
SPRING_COUNT = "(date(1945,5,21)-date(1945,4,2)).days/7"
# Khar-Nur's 19,840 against the other five uluses; the camels against the other herds.
LARGEST_ULUS = "19840>max(17215,15960,14380,13105,11370)"
SARPA = "13105/91870*100"
SMALLEST_HERD = "34200<min(812400,205900,91500)"
# The fall of the sheep from 812,400 to 287,300, as a percentage of 812,400.
DROP_SHEEP = "(812400-287300)/812400*100"
# March 1944 to July 1945 in months.
RECALL_MONTHS = "(1945-1944)*12+(7-3)"


def steppe1943() -> Article:
    a = Article(
        "steppe1943",
        "Herders into exile: the removal of the Tergen to Siberia in December 1943 in the "
        "operation's reports and the Siberian registers",
        "heldout11",
    )
    C = a.C
    DROP = pct(525100, 812400)
    a.P(
        "In the last days of December 1943 the whole Tergen people, sheep and camel herders of "
        "the dry steppe west of the lower Volga, was loaded onto trains for Siberia, and the "
        "Tergen Autonomous Republic was struck from the map.",
        "For the operation the NKVD brought 4,594 officers and men into the republic, together "
        "with 1,380 lorries lent by the army.",
        f"The lists drawn up in advance named 91,870 persons in 21,940 families, "
        f"{C('about 4.2', 'rate', 'consistent', formula='91870/21940')} persons to a family.",
        f"There was therefore one soldier for every "
        f"{C('20', 'rate', 'consistent', formula='91870/4594')} people to be removed.",
        f"Survivors later said that "
        f"{C('about 30 percent', 'share', 'unverifiable')} of the families were not even given "
        f"the promised hour to gather their things.",
    )
    a.P(
        f"The lists covered {C('six', 'count', 'consistent', formula='6')} uluses: Khar-Nur, "
        f"Bagabut, Tsagan-Tala, Ergeni, Sarpa and Dörvöd.",
        f"They gave 19,840, 17,215, 15,960, 14,380, 13,105 and 11,370 persons in that order, "
        f"{C('91,870', 'sum', 'consistent', formula='19840+17215+15960+14380+13105+11370')} "
        f"in all.",
        f"Khar-Nur, the {C('largest', 'comparison', 'consistent', formula=LARGEST_ULUS)} of "
        f"them, supplied "
        f"{C(pct(19840, 91870) + ' percent', 'share', 'consistent', formula='19840/91870*100')}"
        f" of the deportees, Bagabut "
        f"{C(pct(17215, 91870) + '%', 'share', 'consistent', formula='17215/91870*100')} and "
        f"Sarpa {C('13.4 percent', 'share', 'inconsistent', pct(13105, 91870), SARPA)}.",
        f"Supplementary orders in January raised the total to "
        f"{C('93,514', 'sum', 'inconsistent', '96,824', '91870+3310+1644')} by adding 3,310 "
        f"Tergen who lived in Stalingrad oblast and 1,644 in Rostov oblast.",
    )
    a.P(
        f"Of the 21,940 families, 6,185 "
        f"({C(pct(6185, 21940) + ' per cent', 'share', 'consistent', formula='6185/21940*100')}"
        f") had a woman at their head, the husband being at the front; the remaining "
        f"{C('15,755', 'remainder', 'consistent', formula='21940-6185')} had a man at home.",
        f"Women and children together made up 61,180 of the 91,870 listed, "
        f"{C('two-thirds', 'multiple', 'consistent', formula='61180/91870')} of the whole.",
        f"Children under sixteen alone numbered 40,215, or "
        f"{C(pct(40215, 91870) + '%', 'share', 'consistent', formula='40215/91870*100')}.",
        f"Of these children 12 percent were not yet two years old: "
        f"{C('about 4,800', 'chain', 'consistent', formula='91870*0.438*0.12')} infants were "
        f"taken onto the trains in midwinter.",
    )
    a.P(
        "Loading began at dawn on 28 December, and in three days 46 trains left the "
        "republic's four railway stations.",
        f"Of the 91,870 on the lists, 88,950 had been put on board by the evening of the 30th; "
        f"a further {C('2,920', 'remainder', 'consistent', formula='91870-88950')}, herders "
        f"caught out on the far winter pastures, were brought to the stations in the following "
        f"week.",
        f"The 46 trains were made up of 2,070 wagons, "
        f"{C('about 44', 'rate', 'consistent', formula='91870/2070')} persons to a wagon and "
        f"{C('about 2,000', 'rate', 'consistent', formula='91870/46')} to a train.",
        f"Of these wagons 1,725, "
        f"{C('five-sixths', 'multiple', 'consistent', formula='1725/2070')}, were goods wagons "
        f"fitted with a stove and plank bunks.",
        f"The first train left Ulan-Tala on 28 December and reached Omsk on 14 January 1944, "
        f"{C('twenty-seven days', 'duration', 'inconsistent', 'seventeen days', FIRST_TRAIN)}"
        f" later.",
    )
    a.P(
        f"The trains were unloaded in {C('four', 'count', 'consistent', formula='4')} regions: "
        f"Omsk oblast, Novosibirsk oblast, Altai krai and Krasnoyarsk krai.",
        f"Their registers counted 24,610 arrivals in Omsk, 20,935 in Novosibirsk, 22,480 in the "
        f"Altai and 21,120 in Krasnoyarsk, "
        f"{C('89,145', 'sum', 'consistent', formula='24610+20935+22480+21120')} altogether, "
        f"against the 91,870 who had left the republic.",
        f"Omsk's share came to "
        f"{C('26.8 percent', 'share', 'inconsistent', pct(24610, 89145), '24610/89145*100')} "
        f"of the arrivals, and Krasnoyarsk, with 21,120, was "
        f"{C('second', 'comparison', 'inconsistent', 'third', RANK_KRASNOYARSK)} only to Omsk.",
        f"Persons over seventy numbered 3,520, "
        f"{C('4 percent', 'share', 'ambiguous', formula='3520/91870*100')} of the deportees.",
        f"Of the 89,145 who arrived, 62 percent were sent to collective farms, and 35 percent of "
        f"these went to farms in the Altai: "
        f"{C('about 19,300', 'chain', 'consistent', formula='89145*0.62*0.35')} people.",
    )
    a.P(
        f"Of the 89,145 arrivals, 88,667 had been entered on the settler register by 1 February "
        f"1944; the other "
        f"{C('4,778', 'remainder', 'inconsistent', '478', '89145-88667')} lay in hospitals or "
        f"were still being sought along the line.",
        f"The commandants' reports describe the settlers lodged in barns, bath-houses and "
        f"dug-outs, and {C('perhaps a quarter', 'multiple', 'unverifiable')} of the families "
        f"without any stove of their own in the first winter.",
    )
    a.P(
        f"The Tergen left behind herds of "
        f"{C('five', 'count', 'inconsistent', 'four', '4')} kinds: sheep, cattle, horses and "
        f"camels.",
        f"The commission of the agricultural commissariat took over 812,400 sheep, 205,900 "
        f"cattle, 91,500 horses and 34,200 camels, "
        f"{C('1,144,000', 'sum', 'consistent', formula='812400+205900+91500+34200')} head "
        f"in all.",
        f"That came to {C('about 52', 'rate', 'consistent', formula='1144000/21940')} head "
        f"for each of the 21,940 families deported.",
        f"The camels, the {C('smallest', 'comparison', 'consistent', formula=SMALLEST_HERD)} of "
        f"the herds, were handed to the neighbouring oblasts' state farms, and the rest to the "
        f"collective farms.",
    )
    a.P(
        f"The recount took "
        f"{C('seven weeks', 'duration', 'consistent', formula=SPRING_COUNT)}, from 2 April to "
        f"21 May 1945, and found 287,300 sheep where 812,400 had been received, a fall of "
        f"{C(pct(287300, 812400) + ' percent', 'share', 'inconsistent', DROP, DROP_SHEEP)}.",
        f"The difference of "
        f"{C('525,100', 'remainder', 'consistent', formula='812400-287300')} head was written "
        f"off to slaughter, wolves and the winter.",
        f"The cattle had {C('halved', 'multiple', 'consistent', formula='101300/205900')}, from "
        f"205,900 to 101,300, and of the 91,500 horses only 18,700, "
        f"{C('about a fifth', 'multiple', 'consistent', formula='18700/91500')}, were found.",
    )
    a.P(
        "The Tergen serving in the army were not spared.",
        f"Under a directive of March 1944, 3,120 of them were withdrawn from the fronts that "
        f"month; 1,840 more followed in the summer and another 882 by July 1945, bringing the "
        f"total to {C('5,842', 'sum', 'consistent', formula='3120+1840+882')}.",
        f"The withdrawals were thus spread over "
        f"{C('a sixteen-month', 'duration', 'consistent', formula=RECALL_MONTHS)} period.",
        "Among them were some nine hundred sergeants and a handful of officers decorated for "
        "the defence of Stalingrad.",
    )
    a.P(
        f"Of the 5,842 men, 4,310 "
        f"({C(pct(4310, 5842) + ' percent', 'share', 'consistent', formula='4310/5842*100')}) "
        f"were sent to Shiroklag in the northern Urals and the rest, "
        f"{C('1,532', 'remainder', 'consistent', formula='5842-4310')}, to labour battalions "
        f"of the coal trusts.",
        f"The camp thus received "
        f"{C('nearly three times', 'comparison', 'consistent', formula='4310/1532')} as many "
        f"of them as the battalions.",
        f"The men in the camp, {C('most', 'multiple', 'consistent', formula='4310/5842')} of "
        f"those withdrawn from the army, felled timber in brigades of "
        f"{C('about 25', 'rate', 'unverifiable')}.",
        "By the spring of 1944, 172 of the camp's Tergen had died.",
        f"If, as the camp's medical section reported, a fifth of those sent there had died by "
        f"the end of 1946, then "
        f"{C('about 860', 'chain', 'consistent', formula='5842*0.738*0.2')} of the 5,842 "
        f"soldiers lay in its cemeteries.",
    )
    a.P(
        f"In 1944 the receiving regions recorded 8,420 deaths among the 89,145 who had arrived, "
        f"{C('94 per 1,000', 'rate', 'consistent', formula='8420/89145*1000')}.",
        f"In 1945 the register of 1 January held 81,310 settlers, and 4,115 of them died in the "
        f"course of the year, "
        f"{C('5.6 per 1,000', 'rate', 'inconsistent', '50.6', '4115/81310*1000')}.",
        f"With 2,095 deaths in 1946, the three years cost "
        f"{C('14,630', 'sum', 'consistent', formula='8420+4115+2095')} lives, or "
        f"{C(pct(14630, 89145) + ' percent', 'share', 'consistent', formula='14630/89145*100')}"
        f" of the arrivals.",
        f"The first winter alone accounted for "
        f"{C('over half', 'multiple', 'consistent', formula='8420/14630')} of these deaths.",
    )
    a.P(
        f"Children died more readily than their parents: of the 39,460 children who arrived, "
        f"4,980 died in 1944, and of the 49,685 adults 3,440, so that death was "
        f"{C('more likely', 'comparison', 'consistent', formula='4980/39460>3440/49685')} for "
        f"a child.",
        f"Deaths in Krasnoyarsk krai, 2,410 among its 21,120 arrivals, ran "
        f"{C('higher', 'comparison', 'consistent', formula='2410/21120>2150/24610')} than in "
        f"Omsk oblast, which lost 2,150 of 24,610.",
        f"Within Krasnoyarsk the losses were said to be "
        f"{C('heavier', 'comparison', 'unverifiable')} in the northern timber districts than "
        f"on the farms of the south.",
        f"Births {C('tripled', 'multiple', 'inconsistent', 'doubled', '2480/1190')}, from "
        f"1,190 in 1945 to 2,480 in 1946.",
        f"The 2,480 births of 1946 came to "
        f"{C('32.4 per 1,000', 'rate', 'consistent', formula='2480/76480*1000')} of the 76,480 "
        f"then on the register.",
    )
    a.P(
        f"By 1946 the settlers at work were spread over "
        f"{C('five', 'count', 'consistent', formula='5')} branches: collective farms, state "
        f"farms, timber trusts, fisheries and gold mines.",
        f"The collective farms employed 52 percent of them, the state farms 21 percent, the "
        f"timber trusts 12 percent and the fisheries 9 percent, leaving "
        f"{C('6 percent', 'sum', 'consistent', formula='100-52-21-12-9')} in the mines.",
        f"The Tergen working for the timber trusts "
        f"{C('more than doubled', 'multiple', 'consistent', formula='5130/2260')} in number, "
        f"from 2,260 in 1945 to 5,130 in 1948.",
    )
    a.P(
        f"The decree of March 1956 struck the Tergen off the special settlement register, "
        f"{C('twelve years', 'duration', 'consistent', formula='1956-1944')} after they had "
        f"first been entered on it in January 1944.",
        "When it was closed the register held 77,600 Tergen, and 78,920 were released in all "
        "once those in the camps and labour columns were counted in.",
        f"The republic was restored in January 1957, and by the end of 1958, 62,450 Tergen had "
        f"come home, {C('about 80 percent', 'share', 'ambiguous', formula='62450/78920*100')} "
        f"of the exiles.",
    )
    return a



if __name__ == "__main__":
    art = steppe1943()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:22} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
