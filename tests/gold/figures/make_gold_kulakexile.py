"""Writes the held-out gold article ``kulakexile`` for the figures checker (issue #14): the
1930-1931 exile of "kulak" households from an imagined grain okrug, Stepnyansk, as seen in the
okrug troika's lists and in the returns of four imagined exile points in the north. The prose
is ours and every number is invented; each derived claim's arithmetic is written out here as
its formula, independently of borderlands.figures. Written blind (without reading the checker
or its tests): all of its claims are ``heldout10``.

Run from the worktree root: python3 tests/gold/figures/make_gold_kulakexile.py
(rewrites kulakexile.txt and kulakexile.yaml beside this file and prints every formula's value).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_gold import Article, g, pct


def kulakexile() -> Article:
    a = Article(
        "kulakexile",
        "From the troika's lists to the northern exile points: the Stepnyansk okrug and the "
        "exile of its 'kulaks', 1930-1931",
        "heldout10",
    )
    C = a.C
    sizes = "9076/1931<17822/3637<5118/914"
    goods = "4418600-2042000-1286400-655300"
    ranked = "sorted([512/5214, 646/4502, 441/3418, 193/1734])[-2] == 441/3418"
    a.P(
        "Between February and April 1930 the troika of the Stepnyansk okrug, a grain district "
        "of the southern steppe, entered 6,482 households on its lists of kulaks.",
        f"The first category, whose heads were to be arrested, took 914 households "
        f"({C(pct(914, 6482) + ' percent', 'share', 'consistent', formula='914/6482*100')}); "
        f"the second, to be exiled to the north, 3,637 "
        f"({C('65.1 percent', 'share', 'inconsistent', pct(3637, 6482), '3637/6482*100')}); "
        f"and the third, to be moved to poorer land inside the okrug, 1,931 "
        f"({C(pct(1931, 6482) + '%', 'share', 'consistent', formula='1931/6482*100')}).",
        "The district soviets had sent in longer lists, and the troika struck off some nine "
        "hundred names before it signed.",
    )
    a.P(
        f"Each entry gave {C('four', 'count', 'consistent', formula='4')} particulars: the "
        f"head of the household, the names of its members, its land and its stock.",
        f"The 914 first-category households counted 5,118 persons, the 3,637 of the second "
        f"category 17,822 and the 1,931 of the third 9,076, "
        f"{C(g(5118 + 17822 + 9076), 'sum', 'consistent', formula='5118+17822+9076')} persons "
        f"in all.",
        f"Across the 6,482 listed households that is "
        f"{C('about 4.9', 'rate', 'consistent', formula='32016/6482')} persons to a family.",
        f"The families of the first category, the richest by the troika's reckoning, averaged "
        f"{C('5.6', 'rate', 'consistent', formula='5118/914')} persons, and those of the third "
        f"were the {C('smallest', 'comparison', 'consistent', formula=sizes)} of the three.",
    )
    a.P(
        "The confiscation commissions valued what they took from the listed households at "
        "4,418,600 roubles.",
        f"Buildings accounted for 2,042,000 roubles "
        f"({C('46 per cent', 'share', 'consistent', formula='2042000/4418600*100')}), "
        f"livestock for 1,286,400 and implements for 655,300, while grain, seed and household "
        f"goods made up the remaining "
        f"{C(g(4418600 - 2042000 - 1286400 - 655300), 'remainder', 'consistent', formula=goods)}.",
        f"The houses and barns alone were thus worth "
        f"{C('more', 'comparison', 'consistent', formula='2042000>1286400+655300')} than the "
        f"livestock and the implements taken together.",
        f"The printed form of the act listed the property under "
        f"{C('six', 'count', 'inconsistent', 'five', '5')} heads: houses, outbuildings, mills, "
        f"livestock and implements.",
    )
    a.P(
        f"Of the 2,214 horses taken, 1,380 were handed to the new collective farms and the "
        f"other {C('834', 'remainder', 'consistent', formula='2214-1380')} were sold at the "
        f"okrug auctions.",
        f"An agronomist writing from Stepnyansk in 1931 put the loss of the confiscated "
        f"cattle during the first winter in the farm yards at "
        f"{C('about 30 percent', 'share', 'unverifiable')}.",
        "Whatever the true figure, the collective farms began the spring sowing of 1931 with "
        "fewer draught animals than the villages had owned before the lists were drawn up.",
    )
    a.P(
        f"The first trains left in March 1930: 1,046 households went north that month, 1,208 "
        f"in April, 510 in May and 378 in June, "
        f"{C(g(1046 + 1208 + 510 + 378), 'sum', 'consistent', formula='1046+1208+510+378')} "
        f"households in the first wave.",
        f"March alone sent "
        f"{C('nearly three times as many', 'comparison', 'consistent', formula='1046/378')} "
        f"families as June.",
        f"The loading ran from 6 March to 27 June, "
        f"{C('sixteen weeks', 'duration', 'consistent', formula='113/7')} in which the okrug's "
        f"stations saw little other traffic.",
        f"The families were put on board at "
        f"{C('three', 'count', 'consistent', formula='3')} stations: Stepnyansk, Kurgannaya and "
        f"Malye Sady.",
        f"Of the 3,142 households of that wave, 62 percent came from the southern districts "
        f"of the okrug, and 40 percent of these were Ukrainian-speaking: "
        f"{C('about 780', 'chain', 'consistent', formula='3142*0.62*0.4')} households.",
    )
    a.P(
        "The troika's summary counted 32,016 persons on its lists, of whom 15,386 were sent "
        "north in 1930.",
        f"They travelled in 34 trains, "
        f"{C('about 450', 'rate', 'consistent', formula='15386/34')} persons to a train, "
        f"loaded into 946 goods wagons, or "
        f"{C('33.8', 'rate', 'inconsistent', '16.3', '15386/946')} persons to a wagon.",
        f"The escort numbered 1,923 men, one guard for every "
        f"{C('eight', 'rate', 'consistent', formula='15386/1923')} deportees.",
    )
    a.P(
        f"A second wave followed in the spring of 1931 and raised the total to "
        f"{C(g(3142 + 812 + 434), 'sum', 'consistent', formula='3142+812+434')} households by "
        f"adding 812 in April and 434 in May.",
        f"Of the 6,482 households on the original lists, the remaining "
        f"{C(g(6482 - 4388), 'remainder', 'consistent', formula='6482-4388')}, most of them of "
        f"the third category, were resettled within the okrug.",
        f"The lists of the second wave named 6,130 persons, and 5,938 of them were actually "
        f"put on the trains; children under ten, 1,450 in number, made up "
        f"{C('24 percent', 'share', 'ambiguous', formula='1450/6130*100')} of the wave.",
        f"Between March 1930 and July 1931, a "
        f"{C('sixteen-month', 'duration', 'consistent', formula='(1931-1930)*12+7-3')} period, "
        f"the okrug thus lost the greater part of the households it had listed.",
    )
    a.P(
        f"The northern krai's returns show "
        f"{C(g(5214 + 4502 + 3418 + 1734), 'sum', 'consistent', formula='5214+4502+3418+1734')}"
        f" arrivals from Stepnyansk in 1930 in all: 5,214 at Verkhnyaya Tolva, 4,502 at "
        f"Sosnovyi Bor, 3,418 at Kholodnyi Ruchei and 1,734 at Lesnaya Pristan.",
        f"That is {C('518', 'remainder', 'consistent', formula='15386-14868')} fewer than the "
        f"15,386 who had left the okrug's stations.",
        f"Verkhnyaya Tolva alone received "
        f"{C(pct(5214, 14868) + ' percent', 'share', 'consistent', formula='5214/14868*100')} "
        f"of them, and Sosnovyi Bor was "
        f"{C('second only to', 'comparison', 'consistent', formula='5214>4502>3418')} it.",
        f"The krai administration thus ran "
        f"{C('four', 'count', 'consistent', formula='4')} exile points for the okrug: "
        f"Verkhnyaya Tolva, Sosnovyi Bor, Kholodnyi Ruchei and Lesnaya Pristan.",
    )
    a.P(
        f"By December 12,390 of the 14,868 arrivals, "
        f"{C('five-sixths', 'multiple', 'consistent', formula='12390/14868')}, had a place in "
        f"a barrack or a dugout.",
        "At Sosnovyi Bor a team of 12 carpenters from among the exiles put up 48 huts in the "
        "first month.",
        f"A later inspection allowed each person "
        f"{C('about 4', 'rate', 'unverifiable')} square metres of floor.",
    )
    a.P(
        f"In the first year 1,792 of the 14,868 arrivals died, "
        f"{C('120.5 per 1,000', 'rate', 'consistent', formula='1792/14868*1000')}.",
        f"Children were {C('over half', 'multiple', 'consistent', formula='1077/1792')} of the "
        f"dead: 1,077 of the 1,792.",
        f"They died at a {C('higher', 'comparison', 'consistent', formula='1077/6140>715/8728')}"
        f" rate than adults, 1,077 of 6,140 children against 715 of 8,728 adults.",
        f"The flour sent to Sosnovyi Bor was "
        f"{C('halved', 'multiple', 'consistent', formula='91/186')} between January and March "
        f"1931, from 186 tons to 91.",
        f"The medical post there had 75 beds, 15 of them in an isolation hut, and its "
        f"feldsher guessed that {C('20 percent', 'share', 'unverifiable')} of the children "
        f"had scurvy by the spring.",
    )
    a.P(
        f"The deaths of that year were 512 at Verkhnyaya Tolva, 646 at Sosnovyi Bor, 441 at "
        f"Kholodnyi Ruchei and 193 at Lesnaya Pristan, "
        f"{C('1,599', 'sum', 'inconsistent', '1,792', '512+646+441+193')} in the four points "
        f"together.",
        f"An exile was "
        f"{C('more likely', 'comparison', 'consistent', formula='646/4502>512/5214')} to die "
        f"at Sosnovyi Bor than at Verkhnyaya Tolva.",
        f"Kholodnyi Ruchei, with 441 deaths among its 3,418 arrivals, had the "
        f"{C('highest', 'comparison', 'inconsistent', 'second highest', ranked)} death rate of "
        f"the four.",
        f"At Lesnaya Pristan the 193 deaths among 1,734 arrivals came to "
        f"{C('11.3 per 1,000', 'rate', 'inconsistent', '111.3', '193/1734*1000')}.",
    )
    a.P(
        f"Escapes {C('more than doubled', 'multiple', 'consistent', formula='2574/1186')}, from "
        f"1,186 in 1930 to 2,574 in 1931, bringing the total to "
        f"{C(g(1186 + 2574), 'sum', 'consistent', formula='1186+2574')}.",
        f"Of those who fled in 1931, 538, "
        f"{C('about a fifth', 'multiple', 'consistent', formula='538/2574')}, were under "
        f"eighteen.",
        f"Of all who fled, 2,139 were caught and brought back, and the rest, "
        f"{C('1,261', 'remainder', 'inconsistent', '1,621', '3760-2139')}, were never traced.",
        f"The guards at the four points "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '433/214')} in number, from 214 "
        f"in 1930 to 433 in 1931.",
    )
    a.P(
        f"In the summer of 1931 the exile points supplied 6,120 workers to the timber trust, "
        f"in 153 brigades of {C('40', 'rate', 'consistent', formula='6120/153')}.",
        f"Of these workers 5,390, "
        f"{C('the great majority', 'multiple', 'consistent', formula='5390/6120')}, were "
        f"employed in the forest itself.",
        f"Felling took 52 percent of the labour days, floating and sawing 31 percent, and "
        f"building and carting "
        f"{C('17 percent', 'sum', 'consistent', formula='100-52-31')}.",
        f"Of the 6,120 workers, 30 percent were women, and 20 percent of these were sent to "
        f"the rafts on the river: {C('about 370', 'chain', 'consistent', formula='6120*0.3*0.2')}"
        f" women.",
    )
    a.P(
        f"In 1932 a commission of the krai executive committee went through the files of the "
        f"4,388 households exiled from Stepnyansk and found 917 of them wrongly exiled, "
        f"{C(pct(917, 4388) + ' percent', 'share', 'consistent', formula='917/4388*100')}.",
        f"Middle peasants made up 578 of the 917 "
        f"({C('63 percent', 'share', 'consistent', formula='578/917*100')}); most of the "
        f"rest were families of Red Army men and of former partisans.",
        f"Of the 917, 611, "
        f"{C('two-thirds', 'multiple', 'consistent', formula='611/917')}, had already lost a "
        f"member by the time the commission reached them.",
        f"The commission received 1,846 complaints and examined 1,790 of them; 418 came from "
        f"widows, {C('23 percent', 'share', 'ambiguous', formula='418/1846*100')}.",
        f"It sat from 8 February to 18 April 1932, "
        f"{C('twelve weeks', 'duration', 'inconsistent', 'ten weeks', '70/7')}.",
        f"Of the 4,388 households, 20.9 percent were found wrongly exiled, and 65 percent of "
        f"these were allowed to go home: "
        f"{C('about 600', 'chain', 'consistent', formula='4388*0.209*0.65')} households.",
    )
    a.P(
        f"Officials of the okrug later wrote that "
        f"{C('perhaps a tenth', 'multiple', 'unverifiable')} of the listed families had sold "
        f"their cattle and left for the towns before the troika met.",
        f"The sown area of the okrug fell from 412,000 hectares in 1929 to 338,000 hectares in "
        f"1931, a fall of "
        f"{C('82.0 percent', 'share', 'inconsistent', '18.0', '(412000-338000)/412000*100')}.",
        f"For the families who stayed in the north the exile was long: the last households of "
        f"the 1931 wave were struck off the register of special settlers in 1946, "
        f"{C('fifteen years', 'duration', 'consistent', formula='1946-1931')} after they had "
        f"left the steppe.",
    )
    return a


if __name__ == "__main__":
    art = kulakexile()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:28} "
              f"{c.get('intended', '')!s:14} {f or ''} = {v}")
