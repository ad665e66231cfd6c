"""Writes the blind held-out gold article ``volgagerman`` for the figures checker (issue #14):
the 1941 removal of the Germans of four left-bank Volga cantons to Kazakhstan and Siberia, told
from an imagined oblast NKVD report and the receiving districts' accounts. The prose is ours
and every figure is invented; each derived claim's arithmetic is done here in Python, apart
from borderlands.figures, which was not read or run while this was written. All claims are
``heldout7``.

Run: python3 tests/gold/figures/make_gold_volgagerman.py   (rewrites volgagerman.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_gold import Article, g, pct

# The inputs used more than once.
CANTONS = {"Seelmann": 14380, "Kukkus": 12960, "Unterwalden": 11470, "Balzer": 9810}
REMOVED = sum(CANTONS.values())  # 48,620
FAMILIES = 12070
WAGONS = 1115
ARRIVED = {"Kazakhstan": 20340, "Novosibirsk": 11280, "Altai": 9160, "Omsk": 7540}
RECEIVED = sum(ARRIVED.values())  # 48,320
CHILDREN = 19730
DRAFTS = {"Kazakh": 3720, "Novosibirsk": 2210, "Altai": 1760, "Omsk": 1280}
DRAFTED = sum(DRAFTS.values())  # 8,970
VILLAGES = [820, 640, 590, 480, 410]
REGISTERED = 41870


def volgagerman() -> Article:
    a = Article(
        "volgagerman",
        "From the Volga to the steppe: the removal of the left-bank Germans in September 1941 "
        "and what the receiving districts counted",
        "heldout7",
    )
    C = a.C
    a.P(
        "The removal of the Germans from the left bank of the Volga is known to us chiefly "
        "through the final report that the oblast NKVD administration sent to Moscow on 26 "
        "September 1941, and through the accounts that the receiving districts in Kazakhstan "
        "and Siberia compiled over the following winter.",
        f"The report covered {C('four', 'count', 'consistent', formula='4')} cantons: "
        f"Seelmann, Kukkus, Unterwalden and Balzer.",
        f"They gave up 14,380, 12,960, 11,470 and 9,810 persons respectively, "
        f"{C(g(REMOVED), 'sum', 'consistent', formula='14380+12960+11470+9810')} in all, in "
        f"12,070 families, or "
        f"{C('about four', 'rate', 'consistent', formula='48620/12070')} persons to a family.",
        f"Seelmann alone supplied "
        f"{C(pct(14380, REMOVED) + ' percent', 'share', 'consistent', formula='14380/48620*100')}"
        f" of the deportees, while Balzer, with 9,810, gave "
        f"{C('about a fifth', 'multiple', 'consistent', formula='9810/48620')} and the "
        f"{C('smallest', 'comparison', 'consistent', formula='9810<11470<12960<14380')} "
        f"contingent of the four.",
    )
    a.P(
        f"The families were loaded at {C('five', 'count', 'consistent', formula='5')} "
        f"stations: Urbach, Krasny Kut, Anisovka, Mokrous and Engels.",
        f"Loading began on 3 September and the last train pulled out on 20 September, "
        f"{C('seventeen days', 'duration', 'consistent', formula='20-3')} later.",
        f"In that time the railway made up 26 echelons of 1,115 wagons, an average of "
        f"{C(f'{REMOVED / WAGONS:.1f}', 'rate', 'consistent', formula='48620/1115')} persons "
        f"to a wagon.",
        f"Of the wagons, 742, "
        f"{C('two-thirds', 'multiple', 'consistent', formula='742/1115')}, were goods vans "
        f"fitted with plank bunks and a stove; the others were cattle trucks laid with straw.",
        f"The escort numbered 1,950 NKVD troops, one for every "
        f"{C('25', 'rate', 'consistent', formula='48620/1950')} deportees.",
    )
    kids = pct(CHILDREN, REMOVED) + " percent"
    old = g(REMOVED - CHILDREN - 22410)
    a.P(
        "The report sorted the deportees by age.",
        f"Of the 48,620, 19,730 were children under sixteen "
        f"({C(kids, 'share', 'consistent', formula='19730/48620*100')}), 22,410 were adults "
        f"of working age and the rest, "
        f"{C(old, 'remainder', 'consistent', formula='48620-19730-22410')}, were men and "
        f"women over sixty.",
        "The doctors of the commission marked 1,340 persons as sick at the moment of loading; "
        "they travelled with the others.",
    )
    fall = pct(21340 - 7260, 21340)
    a.P(
        "Behind them the families left their houses, their gardens and their stock.",
        "The evacuation commissions listed 21,340 head of cattle, 8,950 horses, 31,600 sheep "
        "and goats and 17,800 tons of grain.",
        f"Receipts, which were to be exchanged for stock at the place of arrival, were issued "
        f"for 19,120 head of cattle, "
        f"{C(pct(19120, 21340) + ' percent', 'share', 'consistent', formula='19120/21340*100')}"
        f" of those listed.",
        f"By January 1942 the cattle of the four cantons had fallen from 21,340 to 7,260 head, "
        f"a fall of "
        f"{C('34.0 percent', 'share', 'inconsistent', fall, '(21340-7260)/21340*100')}, as "
        f"the animals were driven to the meat combines or died untended in the yards.",
        f"The district officials reckoned that "
        f"{C('about 15 percent', 'share', 'unverifiable')} of the household goods had been "
        f"stolen before any inventory was taken.",
    )
    lost = g(17800 - 11250 - 4120)
    a.P(
        f"Of the 17,800 tons of grain, 11,250 tons went into the state granaries, 4,120 tons "
        f"were handed to the collective farms formed by the incoming settlers, and the "
        f"remaining {C(lost, 'remainder', 'consistent', formula='17800-11250-4120')} tons "
        f"were never accounted for.",
        f"The granaries took a further 1,870 tons threshed from the standing crop in October, "
        f"bringing their total to "
        f"{C(g(11250 + 1870), 'sum', 'consistent', formula='11250+1870')} tons.",
        f"Even so, the bread ration of the evacuees lodged in the emptied villages was "
        f"{C('halved', 'multiple', 'consistent', formula='400/800')} in November, from 800 "
        f"grams a day to 400.",
    )
    altai = pct(9160, RECEIVED, 0) + " per cent"
    rank = "[20340,11280,9160,7540].index(7540)+1"
    a.P(
        f"The receiving oblasts reported "
        f"{C(g(RECEIVED), 'sum', 'consistent', formula='20340+11280+9160+7540')} arrivals: "
        f"Kazakhstan 20,340, Novosibirsk oblast 11,280, Altai krai 9,160 and Omsk oblast 7,540.",
        f"Kazakhstan, by far the "
        f"{C('largest', 'comparison', 'consistent', formula='20340>11280>9160>7540')} "
        f"destination, thus took "
        f"{C(pct(20340, RECEIVED) + ' percent', 'share', 'consistent', formula='20340/48320*100')}"
        f" of them, Novosibirsk "
        f"{C(pct(11280, RECEIVED) + '%', 'share', 'consistent', formula='11280/48320*100')} and "
        f"Altai {C(altai, 'share', 'consistent', formula='9160/48320*100')}.",
        f"Kazakhstan received "
        f"{C('2.7 times', 'comparison', 'consistent', formula='20340/7540')} as many "
        f"deportees as Omsk, and Novosibirsk came "
        f"{C('second only to', 'comparison', 'consistent', formula='20340>11280>9160>7540')} "
        f"Kazakhstan.",
        f"Omsk oblast, which took in 7,540, was the "
        f"{C('third', 'comparison', 'inconsistent', 'fourth', rank)} of the four destinations.",
    )
    road = f"{186 / REMOVED * 1000:.1f} per 1,000"
    a.P(
        f"On the road 186 persons died, "
        f"{C(road, 'rate', 'consistent', formula='186/48620*1000')} of those loaded.",
        f"Of the dead, 97, {C('over half', 'multiple', 'consistent', formula='97/186')}, were "
        f"children, so that a child was "
        f"{C('more likely', 'comparison', 'consistent', formula='97/19730>89/28890')} to die "
        f"on the way than an adult: 97 deaths among 19,730 children against 89 among the other "
        f"{C(g(REMOVED - CHILDREN), 'remainder', 'consistent', formula='48620-19730')} "
        f"passengers.",
        f"The eleven echelons bound for Kazakhstan, which had the longest journeys, carried "
        f"20,500 persons and buried 82 of them along the line; of their 8,250 children, 33 "
        f"died, a loss of "
        f"{C('4 per 1,000', 'rate', 'ambiguous', formula='82/20500*1000')}.",
        f"The echelon that left Engels on 16 September reached Pavlodar on 4 October, after "
        f"{C('twenty-eight days', 'duration', 'inconsistent', 'eighteen days', '14+4')} on the "
        f"road.",
    )
    a.P(
        "The Irtysh district of Pavlodar oblast received 3,460 persons in 812 families, and "
        "the neighbouring Lebyazhe district 2,180.",
        f"The district's 41 kolkhozes took in "
        f"{C('about 84', 'rate', 'consistent', formula='3460/41')} newcomers each, who were "
        f"lodged with Kazakh and Russian families for the winter.",
        f"Of the 3,460, 1,600 were judged fit for field work, or "
        f"{C('64.2 percent', 'share', 'inconsistent', pct(1600, 3460), '1600/3460*100')}.",
        f"In the first winter 142 of the district's newcomers died, "
        f"{C('65 per 1,000', 'rate', 'inconsistent', f'{142 / 3460 * 1000:.0f}', '142/3460*1000')}"
        f".",
        f"Its sick lists "
        f"{C('more than doubled', 'multiple', 'consistent', formula='690/310')} between "
        f"December and February, from 310 to 690.",
    )
    a.P(
        "The Lebyazhe district had less to offer.",
        "Its kolkhozes had sown 4,000 hectares of winter rye and 1,000 hectares of wheat, and "
        "the newcomers came too late to be given land of their own.",
        f"The district soviet claimed that {C('25 percent', 'share', 'unverifiable')} of the "
        f"newcomers had no winter clothing.",
        f"The cows issued to the families against their Volga receipts, 1,240 on arrival, "
        f"numbered 620 by the spring "
        f"({C(pct(620, 1240, 0) + ' percent', 'share', 'ambiguous', formula='620/1240*100')}).",
    )
    a.P(
        f"In Altai krai the Slavgorod district received 2,940 persons and settled them in "
        f"{C('five', 'count', 'consistent', formula='5')} villages: Orlovka, Grishkovka, "
        f"Podsosnovo, Kusak and Redkaya Dubrava.",
        f"The villages took 820, 640, 590, 480 and 410 persons, together "
        f"{C('2,530', 'sum', 'inconsistent', g(sum(VILLAGES)), '820+640+590+480+410')}.",
        f"Of the 2,940, 1,210 were children and the other "
        f"{C(g(2940 - 1210), 'remainder', 'consistent', formula='2940-1210')} adults.",
        f"Deaths in the first winter were "
        f"{C('lower', 'comparison', 'consistent', formula='85/2940<142/3460')} here than in "
        f"the Irtysh district: 85 of the 2,940, against 142 of 3,460.",
        f"The commandant's office of the district worked in "
        f"{C('three', 'count', 'inconsistent', 'four', '4')} sections: housing, labour, "
        f"registration and supply.",
    )
    a.P(
        "Omsk oblast set aside 1,300 tons of seed grain for the newcomers' plots and 50 "
        "tractors of the machine-tractor stations to plough them.",
        f"In its northern districts the newcomers lived "
        f"{C('about 26', 'rate', 'unverifiable')} to a barrack, an inspector wrote.",
        f"He thought {C('nearly a third', 'multiple', 'unverifiable')} of the cattle handed "
        f"over against Volga receipts had been sick on delivery.",
        f"In Novosibirsk oblast, of the 11,280 arrivals, 55 percent were placed in the "
        f"kolkhozes of the Kochenevo and Chulym districts, and a quarter of these were moved "
        f"north to the Narym fisheries in the summer of 1942: "
        f"{C('about 1,550', 'chain', 'consistent', formula='11280*0.55*0.25')} persons.",
    )
    a.P(
        f"The first drafts into the labour army, in January and February 1942, took "
        f"{C(g(DRAFTED), 'sum', 'consistent', formula='3720+2210+1760+1280')} men in all: "
        f"3,720 from the Kazakh oblasts, 2,210 from Novosibirsk, 1,760 from Altai and 1,280 "
        f"from Omsk.",
        f"They left in 12 columns of "
        f"{C('about 750', 'rate', 'consistent', formula='8970/12')} men.",
        f"In October the drafting of women without small children and of youths of fifteen "
        f"and sixteen raised the total to "
        f"{C(g(DRAFTED + 1940 + 730), 'sum', 'consistent', formula='8970+1940+730')} by adding "
        f"1,940 women and 730 youths.",
        f"The drafts of women "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '3910/1940')} in the following "
        f"year, from 1,940 to 3,910.",
    )
    a.P(
        f"Of the 8,970 men of the first drafts, 1,230 had died by the end of 1943 "
        f"({C(pct(1230, DRAFTED) + ' percent', 'share', 'consistent', formula='1230/8970*100')}"
        f") and a further nine hundred and sixty had been invalided out; the remaining "
        f"{C('678', 'remainder', 'inconsistent', g(DRAFTED - 1230 - 960), '8970-1230-960')} "
        f"were still in the columns.",
        f"Of the same 8,970, 62 percent were sent to build the Bakal iron works, and a third of "
        f"these were dead or invalided out by 1944: "
        f"{C('about 1,850', 'chain', 'consistent', formula='8970*0.62/3')} men.",
        f"Those who lived were held in the columns from February 1942 until their release in "
        f"June 1946, {C('fifty-two months', 'duration', 'consistent', formula='4*12+6-2')}.",
    )
    kept = pct(REGISTERED, RECEIVED) + " percent"
    a.P(
        f"The special settlement registration of October 1945, "
        f"{C('forty-nine months', 'duration', 'consistent', formula='4*12+10-9')} after the "
        f"echelons left, counted 41,870 deportees of this removal in the four receiving "
        f"regions.",
        f"That was "
        f"{C(kept, 'share', 'consistent', formula='41870/48320*100')} of the 48,320 who "
        f"had arrived in 1941, a difference of "
        f"{C(g(RECEIVED - REGISTERED), 'remainder', 'consistent', formula='48320-41870')}.",
        f"Of those registered, 46 percent were women, 31 percent children under sixteen and "
        f"{C('23 percent', 'sum', 'consistent', formula='100-46-31')} men.",
        f"Of the 41,870, 36,950, "
        f"{C('the great majority', 'multiple', 'consistent', formula='36950/41870')}, still "
        f"lived in the district where they had first been settled.",
    )
    a.P(
        f"The register also listed 2,140 children born in exile, "
        f"{C('five-sixths', 'multiple', 'consistent', formula='1780/2140')} of them, 1,780, in "
        f"the Kazakh oblasts.",
        f"Of the 19,730 children deported in 1941, 48 percent had been under eight, and 12 "
        f"percent of these had been placed in children's homes by 1943: "
        f"{C('about 1,410', 'chain', 'inconsistent', 'about 1,140', '19730*0.48*0.12')}.",
        "These are the figures of the administration; what they leave out, the memoirs of the "
        "deportees themselves have begun to supply.",
    )
    return a


if __name__ == "__main__":
    art = volgagerman()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:22} "
              f"{c.get('intended', '')!s:14} {f or ''} = {v}")
