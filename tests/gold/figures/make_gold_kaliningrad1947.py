"""Writes the blind held-out gold article ``kaliningrad1947`` for the figures checker (issue #14):
the removal in 1947 and 1948 of the German population still living in the Kaliningrad oblast
to the Soviet zone of occupation of Germany, after the oblast had been resettled with
collective-farm families from Russia, Belorussia and Ukraine, as the operation summaries, the
registers and the telegrams would record it: Germans registered by district, the hunger of 1946
and 1947, the specialists held back, the echelons and wagons, the rations for the road, the
settlers who arrived year by year and their collective farms, the reception camps in the zone.

The prose is ours and every number is invented (some village and farm names too). Each derived
claim's arithmetic is done here, apart from borderlands.figures, which the author neither read
nor ran. All claims are ``heldout20``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show or a place in a listed order for a rank; for a
count, the number of items listed; for a duration, the span in the unit printed, worked from the
printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_kaliningrad1947.py   (rewrites kaliningrad1947.txt/.yaml)
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

# Germans registered on 1 September 1947 in the five districts the register names one by one.
NAMED_DISTRICTS = "[38412, 14236, 11870, 8945, 7318]"
CHERNYAKHOVSK_PLACE = f"sorted({NAMED_DISTRICTS}, reverse=True).index(11870)+1"
# Arrivals entered by the four reception camps in the Soviet zone.
CAMPS = "[41210, 27446, 19530, 11650]"
PASEWALK_PLACE = f"sorted({CAMPS}, reverse=True).index(41210)+1"
FRANKFURT_PLACE = f"sorted({CAMPS}, reverse=True).index(19530)+1"
# Spans between the printed dates: the order and the first train, the first train and the end of
# the first stage, the first and the last train (in months of 30.44 days).
ORDER_TO_FIRST_TRAIN = "(date(1947,10,22)-date(1947,10,11)).days"
FIRST_STAGE = "(date(1947,11,30)-date(1947,10,22)).days"
WHOLE_REMOVAL = "(date(1948,10,21)-date(1947,10,22)).days/30.44"


def kaliningrad1947() -> Article:
    a = Article(
        "kaliningrad1947",
        "Echelons to the west: the removal of the Germans from the Kaliningrad oblast, "
        "1947-1948, in the operation summaries and the settlement registers",
        "heldout20",
    )
    C = a.C
    a.P(
        "The Council of Ministers signed the order to move the Germans of the Kaliningrad oblast "
        "to the Soviet zone of occupation on 11 October 1947, and the first echelon pulled out "
        "of the goods station of the former Königsberg on 22 October.",
        f"Between the two dates lay only "
        f"{C('eleven days', DUR, OK, formula=ORDER_TO_FIRST_TRAIN)}, barely time to print the "
        f"departure lists.",
        f"The order divided the work among {C('four', COUNT, OK, formula='4')} bodies: the "
        f"ministry of internal affairs, the ministry of transport, the ministry of health and "
        f"the oblast resettlement administration.",
    )
    a.P(
        "The civil administration had closed its last register of Germans on 1 September 1947.",
        f"The district sheets (fond 330, opis 2, delo 14, sheets 3 to 9) give 38,412 persons "
        f"for the city of Kaliningrad, 14,236 for Sovetsk, the old Tilsit, 11,870 for "
        f"Chernyakhovsk, formerly Insterburg, 8,945 for Gusev and 7,318 for Zelenogradsk, with "
        f"21,344 more in the nine rural districts, and the register's total of "
        f"{C('102,125', SUM, OK, formula='38412+14236+11870+8945+7318+21344')} is their sum.",
        f"The city alone held {C('37.6 per cent', SHARE, OK, formula='38412/102125*100')} of "
        f"them and Sovetsk {C('13.9%', SHARE, OK, formula='14236/102125*100')}.",
        f"Chernyakhovsk came {C('third', COMP, OK, formula=CHERNYAKHOVSK_PLACE)} among the "
        f"named districts, and Gusev, with "
        f"{C('8.8 %', SHARE, OK, formula='8945/102125*100')}, fourth.",
    )
    a.P(
        "These people were the survivors of a hungry year.",
        "A count taken on 1 September 1946 had found 128,430 Germans in the oblast, and the "
        "health department entered 19,870 German deaths over the next twelve months.",
        f"That is {C('155 per 1,000', RATE, OK, formula='19870/128430*1000')} of those counted "
        f"in 1946.",
        f"Since the register of 1947 held 102,125, the remaining "
        f"{C('6,435', REM, OK, formula='128430-19870-102125')} must have fled to Lithuania, "
        f"been arrested or simply slipped out of the books.",
        f"The German population thus shrank by "
        f"{C('79.5 per cent', SHARE, SLIP, '20.5 per cent', '(128430-102125)/128430*100')} in a "
        f"single year.",
    )
    a.P(
        "The hunger did not strike evenly.",
        "In the city 8,640 of the 47,300 Germans counted in 1946 died, and in the countryside "
        "11,230 of 81,130.",
        f"The urban toll, {C('183 per 1,000', RATE, OK, formula='8640/47300*1000')}, was "
        f"{C('higher', COMP, OK, formula='8640/47300>11230/81130')} than the rural one, for "
        f"the villagers could still dig potatoes from the abandoned fields.",
        f"The winter months from December to February alone accounted for 9,812 deaths, "
        f"{C('nearly half', MULT, OK, formula='9812/19870')} of the year's total.",
    )
    a.P(
        f"The order kept back the specialists the oblast could not yet do without, in "
        f"{C('three', COUNT, OK, formula='3')} branches: the pulp mills, the fishing "
        f"fleet and the port.",
        f"With their families the mills retained 1,486 persons, the fleet 1,102 and the port "
        f"824, {C('3,412', SUM, OK, formula='1486+1102+824')} in all, or "
        f"{C('3.3 per cent', SHARE, OK, formula='3412/102125*100')} of the 102,125 registered.",
        f"That left {C('98,713', REM, OK, formula='102125-3412')} persons on the departure "
        f"lists.",
    )
    a.P(
        "To the 98,713 on the lists the ministry of internal affairs added 1,384 Germans "
        "released from its camps and prisons in the oblast.",
        f"The echelons thus carried {C('100,097', SUM, OK, formula='98713+1384')} people, in 48 "
        f"trains made up of 2,496 goods wagons.",
        f"A train averaged {C('about 2,100', RATE, OK, formula='100097/48')} passengers in "
        f"{C('52', RATE, OK, formula='2496/48')} wagons, so that "
        f"{C('about 40', RATE, OK, formula='100097/2496')} travelled in each wagon.",
        f"The escort of 1,120 men gave one guard to every "
        f"{C('89', RATE, OK, formula='100097/1120')} Germans, while the 189 medical orderlies "
        f"came to one for every {C('350', RATE, SLIP, '530', '100097/189')}.",
    )
    a.P(
        "Rations for the road were drawn from the army stores at Kaliningrad.",
        f"The issue order listed {C('five', COUNT, SLIP, 'four', '4')} items: bread, sugar, "
        f"tinned meat and salt.",
        f"Of bread alone 1,050 tons went out, "
        f"{C('10.5 kg', RATE, OK, formula='1050000/100097')} a head, and the travellers, "
        f"grouped into 31,280 families, drew their parcels as households, "
        f"{C('3.2', RATE, OK, formula='100097/31280')} persons per family.",
        "The health department sent 96 doctors and 480 nurses along with the trains.",
        f"Their reports say that {C('20 per cent', SHARE, UNV)} of the travellers boarded "
        f"without a winter coat.",
    )
    a.P(
        "Those who took the Germans' place came from the other side of the old border.",
        f"The resettlement administration brought in 12,160 families in 1946, 8,930 in 1947 "
        f"and 3,870 in 1948, {C('24,960', SUM, OK, formula='12160+8930+3870')} over the three "
        f"years, and the intake of the last year was "
        f"{C('less than a third', MULT, OK, formula='3870/12160')} of the first.",
        f"Of the families of 1946, 7,420 "
        f"({C('61.0 percent', SHARE, OK, formula='7420/12160*100')}) came from the "
        f"regions of Russia, 2,910 from Belorussia and 1,830 from Ukraine.",
        f"Belorussia was thus {C('second only to', COMP, OK, formula='1830<2910<7420')} "
        f"Russia, which sent {C('more than twice', MULT, OK, formula='7420/2910')} as many "
        f"families.",
        f"The 1946 families numbered 47,420 persons, "
        f"{C('3.9', RATE, OK, formula='47420/12160')} to a family.",
    )
    a.P(
        f"At the end of 1948, 21,402 of the 24,960 settler families worked in 246 collective "
        f"farms, {C('87', RATE, OK, formula='21402/246')} families to a farm, and the others "
        f"were spread over 37 state farms, {C('about 96', CHAIN, OK, formula='(24960-21402)/37')} "
        f"to each.",
        f"The Gusev district had {C('five', COUNT, OK, formula='5')} collective farms of "
        f"settlers: Pobeda, Rassvet, Krasnyi Oktyabr, Novaya Zhizn and Put Lenina.",
        f"With 412 families among them, its farms were "
        f"{C('larger', COMP, SLIP, 'smaller', '412/5<21402/246')} than the average for the "
        f"oblast.",
        f"Across the oblast the number of collective farms "
        f"{C('tripled', MULT, SLIP, 'more than doubled', '246/98')} in a year, from 98 at the "
        f"end of 1947 to 246.",
        "The machine and tractor stations had 75 tractors and some 600 horses to share out "
        "among them.",
        f"The oblast committee admitted that {C('one family in eight', MULT, UNV)} had already "
        f"asked to go home.",
    )
    a.P(
        f"Of the 19,870 Germans who died in the hunger year, 38 percent were children under "
        f"fourteen, and 45 percent of those children had not reached the age of two: "
        f"{C('about 3,400', CHAIN, OK, formula='19870*0.38*0.45')} infants.",
        f"Of the 100,097 put aboard the echelons, 54 percent were women and 22 percent of the "
        f"women were past sixty, {C('about 11,900', CHAIN, OK, formula='100097*0.54*0.22')} "
        f"in number.",
        f"Of the 98,713 on the lists, 31 percent lived in the city of Kaliningrad and 12 percent "
        f"of these were on the sick register when the trains were formed, "
        f"{C('about 3,760', CHAIN, SLIP, 'about 3,670', '98713*0.31*0.12')} persons.",
    )
    a.P(
        f"On the road 261 people died, "
        f"{C('2.6 per 1,000', RATE, AMB, formula='261/100097*1000')}.",
        f"The survivors were received in {C('four', COUNT, OK, formula='4')} camps: Pasewalk, "
        f"Fürstenwalde, Frankfurt an der Oder and Eggesin.",
        f"Pasewalk entered 41,210 arrivals in its books, Fürstenwalde 27,446, Frankfurt 19,530 "
        f"and Eggesin 11,650, {C('90,836', SUM, SLIP, '99,836', '41210+27446+19530+11650')} "
        f"together.",
        f"Pasewalk, the {C('largest', COMP, OK, formula=PASEWALK_PLACE)} of them, sent most of "
        f"its people on to Mecklenburg, while Frankfurt, the "
        f"{C('second-largest', COMP, SLIP, 'third', FRANKFURT_PLACE)}, dispersed them across "
        f"Brandenburg.",
    )
    a.P(
        "The first stage of the operation ended on 30 November 1947, after "
        f"{C('49 days', DUR, SLIP, '39 days', FIRST_STAGE)} of "
        f"loading.",
        f"The last echelon left on 21 October 1948, so that the whole removal was done within "
        f"{C('twelve months', DUR, OK, formula=WHOLE_REMOVAL)}.",
        f"Of the 3,412 held back, 2,180 were sent west in the spring of 1949 and the remaining "
        f"{C('1,232', REM, OK, formula='3412-2180')} only in 1951, "
        f"{C('four years', DUR, OK, formula='1951-1947')} after the first trains.",
    )
    a.P(
        "What the Germans left behind passed to the newcomers.",
        f"The commissions of 1948 listed 14,800 farmhouses, of which 9,320 went to settler "
        f"families and the other {C('5,840', REM, SLIP, '5,480', '14800-9320')} stood empty or "
        f"were handed to the state farms.",
        f"An inspector guessed that {C('17 per cent', SHARE, UNV)} of the empty houses had been "
        f"pulled apart for firewood by 1950.",
        f"The Lutheran parishes that still held services went down from 46 to 23 "
        f"({C('50 per cent', SHARE, AMB, formula='23/46*100')}) between the spring and the "
        f"autumn of 1947.",
    )
    a.P(
        "The 1,232 specialists of 1951 were the last Germans the oblast let go as a group.",
        f"They made up {C('1.2 per cent', SHARE, OK, formula='1232/102125*100')} of the "
        f"register of 1947, and most of them went to Saxony.",
        f"A survey made in the Federal Republic decades later found that "
        f"{C('about a third', MULT, UNV)} of the former inhabitants had moved on to the west.",
    )
    return a


if __name__ == "__main__":
    art = kaliningrad1947()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
