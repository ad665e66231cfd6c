"""Writes the blind held-out gold article ``transfer1946`` for the figures checker (issue #14):
the 1946 transfer of the German population of an imagined Central European district,
Kaltenfeld (Studené Pole), as its transfer commission's train lists and the receiving zones'
reports would show it. The prose is ours and every number is invented; each derived claim's
arithmetic is done here, apart from borderlands.figures, which its author did not read or run.
All claims are ``heldout9``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the
printed inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a
boolean that is true for the relation the printed word states (for a slip, the relation the
``intended`` word states), or a ratio for "N times as many"; for a count, the number of items
listed; for a duration, the span in the unit printed, counted from the printed dates (1946 is
not a leap year). An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula: their inputs are not printed.

Run: python3 tests/gold/figures/make_gold_transfer1946.py   (rewrites transfer1946.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct


def transfer1946() -> Article:
    a = Article(
        "transfer1946",
        "Emptying a district: the Kaltenfeld transfer commission, its train lists and the "
        "receiving zones, 1946-1950",
        "heldout9",
    )
    C = a.C

    # 1. The district and its commission.
    a.P(
        "In the spring of 1946 the hill district of Kaltenfeld (Studené Pole), a country of "
        "glassworks, small lignite pits and weaving villages on the western edge of the "
        "republic, was one of the many districts where a local commission organised the "
        "transfer of the German population.",
        f"The register closed on 1 March 1946 counted 52,170 inhabitants, of whom 38,460 were "
        f"entered as Germans, or "
        f"{C(pct(38460, 52170) + ' percent', 'share', 'consistent', formula='38460/52170*100')}"
        f".",
        f"The commission divided the work among "
        f"{C('four', 'count', 'consistent', formula='4')} sub-commissions: Kaltenfeld town, "
        f"Horní Mlýn, Sedlec and Rovná.",
    )

    # 2. The exempted.
    a.P(
        "Not everyone on the register was to leave.",
        f"The commission struck "
        f"{C(g(1240 + 1108 + 567), 'sum', 'consistent', formula='1240+1108+567')} persons off "
        f"the lists in all: 1,240 as specialists whom the glassworks and the pits could not "
        f"spare, 1,108 as partners or children of mixed marriages and 567 as recognised "
        f"antifascists with their families.",
        f"That was {C(pct(2915, 38460) + '%', 'share', 'consistent', formula='2915/38460*100')}"
        f" of the German population, and it left "
        f"{C(g(38460 - 2915), 'remainder', 'consistent', formula='38460-2915')} to be "
        f"transferred.",
        f"The specialists made up "
        f"{C(pct(1240, 2915) + ' percent', 'share', 'consistent', formula='1240/2915*100')} of "
        f"the exempted; the antifascists, "
        f"{C('about a fifth', 'multiple', 'consistent', formula='567/2915')}.",
    )

    # 3. The specialists.
    second = "sorted([512, 386, 214, 128])[-2] == 386"
    a.P(
        f"With few exceptions the specialists belonged to "
        f"{C('three', 'count', 'consistent', formula='3')} trades: glassmaking, mining and "
        f"textiles.",
        "Glassworkers numbered 512, miners 386, textile foremen 214 and men of other skills "
        "128.",
        f"The glassworkers, "
        f"{C(pct(512, 1240, 0) + ' per cent', 'share', 'consistent', formula='512/1240*100')} "
        f"of the specialists, were the "
        f"{C('largest', 'comparison', 'consistent', formula='512 > max(386, 214, 128)')} "
        f"group, and the miners came "
        f"{C('second only to', 'comparison', 'consistent', formula=second)}"
        f" them.",
        f"The works kept "
        f"{C('more than twice as many', 'multiple', 'consistent', formula='512/214')} "
        f"glassworkers as textile foremen, a measure of what the district's economy was "
        f"thought to depend on.",
    )

    # 4. The mixed marriages.
    a.P(
        "A marriage counted as mixed only if it had been contracted before the war and had not "
        "been dissolved since.",
        f"Of the 1,108 exempted on that ground, German wives of Czech husbands numbered 486 "
        f"({C(pct(486, 1108) + ' percent', 'share', 'consistent', formula='486/1108*100')}) and"
        f" German husbands of Czech wives 302; the rest, "
        f"{C(g(1108 - 486 - 302), 'remainder', 'consistent', formula='1108-486-302')}, were the "
        f"children of such marriages.",
    )

    # 5. How the lists grew; families.
    a.P(
        "The first lists, closed in January, named 33,990 persons.",
        f"Supplementary lists in May raised the total to "
        f"{C(g(33990 + 1212 + 343), 'sum', 'consistent', formula='33990+1212+343')} by adding "
        f"1,212 people who had been in hospital or in prison and 343 who had come back from "
        f"Germany and Austria after the war.",
        f"These people belonged to 10,160 families, "
        f"{C('about 3.5', 'rate', 'consistent', formula='35545/10160')} persons to a family.",
    )

    # 6. The trains overall.
    a.P(
        f"Between 22 February and 29 October 1946, "
        f"an {C('eight-month', 'duration', 'consistent', formula='249/30.44')} period, the "
        f"commission sent off 29 trains.",
        f"Of the 35,545 on the lists, 34,020 boarded them, "
        f"{C(g(34020 / 29), 'rate', 'consistent', formula='34020/29')} to a train on average.",
        f"The difference of "
        f"{C(g(35545 - 34020), 'remainder', 'consistent', formula='35545-34020')} is made up of "
        f"262 deaths in the assembly camps, 318 people who crossed the border on their own and "
        f"the remaining "
        f"{C('95', 'remainder', 'inconsistent', g(1525 - 262 - 318), '1525-262-318')}, who were "
        f"struck off as too ill to travel or held back for trial.",
        f"The trains were made up of 1,160 goods wagons, or "
        f"{C('30.6', 'rate', 'inconsistent', f'{34020 / 1160:.1f}', '34020/1160')} persons to "
        f"a wagon.",
        f"The 1,480 people over seventy on the lists, "
        f"{C('4 percent', 'share', 'ambiguous', formula='1480/35545*100')} of the whole, "
        f"travelled in the hospital wagons attached to each train.",
    )

    # 7. Trains by month to the two zones.
    a.P(
        "The trains went to two zones of occupation.",
        f"To the American zone went three trains in March, four in April, four in May, three in "
        f"June and two in July, "
        f"{C('sixteen', 'sum', 'consistent', formula='3+4+4+3+2')} in all.",
        f"The Soviet zone received one train in February, one in June, four in July, three in "
        f"August, two in September and two in October, "
        f"{C('eleven', 'sum', 'inconsistent', 'thirteen', '1+1+4+3+2+2')} trains altogether.",
        f"With six departures July was the "
        f"{C('busiest', 'comparison', 'consistent', formula='2+4 > max(1, 3, 4, 4, 3+1, 3, 2, 2)')}"
        f" month of the transfer.",
        f"{C('The great majority', 'multiple', 'consistent', formula='26/29')} of the trains, "
        f"26 of the 29, left on the day set for them.",
    )

    # 8. Persons by zone; two chains from the receiving side.
    soviet = pct(14760, 34020) + " percent"
    a.P(
        f"The American zone received 19,260 persons and the Soviet zone 14,760, "
        f"{C(g(19260 + 14760), 'sum', 'consistent', formula='19260+14760')} together.",
        f"The American share was "
        f"{C(pct(19260, 34020) + ' percent', 'share', 'consistent', formula='19260/34020*100')}"
        f", the Soviet "
        f"{C('34.4 percent', 'share', 'inconsistent', soviet, '14760/34020*100')}"
        f".",
        f"A train bound for the American zone carried "
        f"{C('about 1,200', 'rate', 'consistent', formula='19260/16')} people and one bound "
        f"for the Soviet zone {C(g(14760 / 13), 'rate', 'consistent', formula='14760/13')}: "
        f"the eastern trains were "
        f"{C('smaller', 'comparison', 'consistent', formula='14760/13 < 19260/16')}, because "
        f"the Soviet side would take no more than its rolling stock could carry on.",
        f"Of the 19,260 who went west, 64 percent were placed in Bavaria, and 40 percent of "
        f"those in Lower Franconia: "
        f"{C('about 4,900', 'chain', 'consistent', formula='19260*0.64*0.40')} people.",
        f"Of the 14,760 sent to the Soviet zone, 54 percent were women, and 18 percent of the "
        f"women were over sixty: "
        f"{C('about 1,400', 'chain', 'consistent', formula='14760*0.54*0.18')}.",
    )

    # 9. Luggage.
    a.P(
        "The rules allowed each person 50 kilograms of luggage and 1,000 Reichsmarks in cash.",
        f"The clerks entered "
        f"{C('five', 'count', 'inconsistent', 'four', '4')} particulars of every deportee on "
        f"the train lists: name, year of birth, home village and the weight of the luggage.",
        f"The luggage of the 19,260 sent to the American zone was weighed at 712 tonnes, "
        f"{C('about 37', 'rate', 'consistent', formula='712000/19260')} kilograms a head.",
        f"{C('Perhaps a third', 'multiple', 'unverifiable')} of what people brought into the "
        f"assembly camps never left them, to judge by the complaints collected on the "
        f"receiving side.",
    )

    # 10. Wagons, escorts and the border.
    a.P(
        f"In the February train 46 people had been packed into each wagon; after protests from "
        f"the receiving side the load in May was 24, "
        f"{C('nearly halved', 'multiple', 'consistent', formula='24/46')}.",
        f"Each train, with its average load of 1,173, had an escort of 22 men, one guard for "
        f"every {C('53', 'rate', 'consistent', formula='1173/22')} deportees.",
        "At the border crossing a train stood for up to 48 hours while 12 customs officers "
        "went through it.",
        f"The receiving camp later put the losses at this search at "
        f"{C('about 4', 'rate', 'unverifiable')} kilograms of luggage a head.",
    )

    # 11. The assembly camps.
    a.P(
        f"The deportees waited for their trains in "
        f"{C('three', 'count', 'consistent', formula='3')} assembly camps: the old barracks at "
        f"Kaltenfeld, the spinning mill at Horní Mlýn and the village school at Sedlec.",
        "Through Kaltenfeld passed 12,900 people, through Horní Mlýn 14,200 and through Sedlec "
        "8,445.",
        f"Deaths numbered 84, 131 and 47 respectively, "
        f"{C(g(84 + 131 + 47), 'sum', 'consistent', formula='84+131+47')} in the three camps, "
        f"or {C('7.4 per 1,000', 'rate', 'consistent', formula='262/35545*1000')} of those "
        f"who passed through them.",
        f"Horní Mlýn buried "
        f"{C('nearly three times', 'comparison', 'consistent', formula='131/47')} as many "
        f"people as Sedlec, and the death rate at Kaltenfeld was "
        f"{C('lower', 'comparison', 'inconsistent', 'higher', '84/12900 > 47/8445')} than at "
        f"Sedlec.",
        f"Some men held in the Kaltenfeld barracks since 9 May 1945 were put on a train only on "
        f"14 August 1946, after a "
        f"{C('fifteen-month', 'duration', 'consistent', formula='(1946-1945)*12 + (8-5)')} "
        f"internment.",
    )

    # 12. Conditions at the mill.
    a.P(
        f"The mill at Horní Mlýn was in use from 3 March to 14 July 1946, "
        f"{C('seventeen weeks', 'duration', 'inconsistent', 'nineteen weeks', '133/7')}.",
        "Its 14,200 inmates, never more than 3,000 at a time, shared 35 water taps and 7 "
        "kitchens.",
        f"The district physician thought "
        f"{C('20 percent', 'share', 'unverifiable')} of those arriving there were "
        f"undernourished.",
        f"Deaths at the mill "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '37/19')} from 19 in May to 37 "
        f"in June, when dysentery broke out.",
        f"At Kaltenfeld the number held at one time "
        f"{C('doubled', 'multiple', 'consistent', formula='2740/1350')} between March and "
        f"April, from 1,350 to 2,740.",
    )

    # 13. Age and sex.
    a.P(
        f"Of the 4,130 people over sixty on the lists, 97 died in the camps; of the 7,050 "
        f"children under fourteen, 38. An old person was thus far "
        f"{C('more likely', 'comparison', 'consistent', formula='97/4130 > 38/7050')} to die "
        f"there than a child.",
        f"Men made up 31 percent of those who boarded, women 49 percent and children under "
        f"fourteen {C('20 percent', 'sum', 'consistent', formula='100-31-49')}.",
        f"Of the 34,020 who boarded, 20 percent were children under fourteen and 45 percent of "
        f"these children were under six: "
        f"{C('about 4,100', 'chain', 'inconsistent', 'about 3,100', '34020*0.20*0.45')} small "
        f"children in all.",
        f"The train that left Sedlec on 14 June had 1,196 names on its list and 1,188 people "
        f"on board, among them 286 children "
        f"({C('24 percent', 'share', 'ambiguous', formula='286/1196*100')}).",
    )

    # 14. The count of 1950.
    a.P(
        f"The count of Germans taken in the district in 1950 found that 1,870 of the 2,915 "
        f"exempted in 1946, {C('most', 'multiple', 'consistent', formula='1870/2915')} of "
        f"them, were still there;",
        f"{C(g(2915 - 1870), 'remainder', 'consistent', formula='2915-1870')} had left, the "
        f"greater part for Germany with the family reunion transports.",
        f"A further 1,542 had escaped the transfer altogether, hidden by neighbours or "
        f"released from the camps, bringing the total to "
        f"{C(g(1870 + 1542), 'sum', 'consistent', formula='1870+1542')}.",
        f"Of these 1,542, 1,030, "
        f"{C('about two-thirds', 'multiple', 'consistent', formula='1030/1542')}, were women.",
        f"Since the register of March 1946 the German population of the district had fallen "
        f"by {C('8.9 percent', 'share', 'inconsistent', '91.1 percent', '(38460-3412)/38460*100')}"
        f", from 38,460 to 3,412.",
    )

    # 15. Afterwards.
    a.P(
        "By then some nine hundred families of new settlers from the interior had taken over "
        "the farms of Rovná and Sedlec.",
        f"Of those sent to the Soviet zone, "
        f"{C('about 30 percent', 'share', 'unverifiable')} had moved on to the western zones "
        f"by 1950, by the reckoning of the refugee offices there.",
        f"The exempted glassworkers were the last to go: the final group of them left "
        f"Kaltenfeld for Bavaria in 1959, "
        f"{C('thirteen years', 'duration', 'consistent', formula='1959-1946')} after the "
        f"trains of 1946.",
    )
    return a


if __name__ == "__main__":
    art = transfer1946()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:30} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
