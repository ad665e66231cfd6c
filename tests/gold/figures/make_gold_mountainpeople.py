"""Writes the held-out gold article ``mountainpeople`` for the figures checker (issue #14, round
nine): the 1944 removal of an imagined mountain people, the Ardakh, from their autonomous
region, as the operation's telegrams and the receiving oblasts' registers would show it. The
people, the region, its districts and hamlets and every figure are invented; the prose is ours.
Written without reading or running the checker; all claims are ``heldout9``.

Run from the worktree root: python3 tests/gold/figures/make_gold_mountainpeople.py
(rewrites mountainpeople.txt and mountainpeople.yaml beside this script and prints every
claim with the value of its formula, to be checked by eye).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_gold import Article

OBLAST_ARRIVALS = "[21940, 18320, 15170, 12460, 9850, 11280, 5370]"
OBLAST_DEATHS = "[4310, 3520, 2980, 2460, 1870, 1690, 1030]"
DISTRICTS = "[24360, 19870, 17540, 14210, 12630, 7870]"
LOADING_DAYS = "(date(1944, 3, 9) - date(1944, 2, 23)).days"
DESCENT_DAYS = "(date(1944, 3, 2) - date(1944, 2, 23)).days"
RETURN_MONTHS = "(date(1957, 9, 30) - date(1957, 4, 14)).days/30.44"
NORTH_KAZAKHSTAN_RANK = f"sorted({OBLAST_ARRIVALS}, reverse=True).index(12460) + 1"
FOURFOLD = "4 < 4310/1030 < 5"
AKMOLINSK_SECOND = f"sorted({OBLAST_DEATHS}, reverse=True)[:2] == [4310, 3520]"


def mountainpeople() -> Article:
    a = Article(
        "mountainpeople",
        "The removal of the Ardakh, 1944: the operation's telegrams and the registers of the "
        "receiving oblasts",
        "heldout9",
    )
    C = a.C
    a.P(
        "The removal of the Ardakh was prepared over the winter of 1943 and carried out, under "
        "the cover name 'Rockfall', by the NKVD troops who had been quartered in the region "
        "since the autumn.",
        f"Loading began at dawn on 23 February 1944, and the staff did not report the last "
        f"echelon gone until 9 March, "
        f"{C('fifteen days', 'duration', 'consistent', formula=LOADING_DAYS)}"
        f" later.",
        f"Its closing telegram counted 96,480 persons in 20,960 families, "
        f"{C('4.6', 'rate', 'consistent', formula='96480/20960')} persons to a family.",
    )
    a.P(
        f"For the operation the region was cut into "
        f"{C('six', 'count', 'consistent', formula='6')} sectors, one for each of its "
        f"districts: Zilgan, Khorsu, Vedekh, Tamyr, Ushkal and Bashli.",
        "The sector returns sent to the staff gave Zilgan 24,360 persons, Khorsu 19,870, "
        "Vedekh 17,540, Tamyr 14,210, Ushkal 12,630 and Bashli 7,870.",
        f"Zilgan on its own thus accounted for "
        f"{C('25.2 per cent', 'share', 'consistent', formula='24360/96480*100')} of the "
        f"people removed.",
        f"The three valley districts of Zilgan, Khorsu and Vedekh gave "
        f"{C('44,230', 'sum', 'inconsistent', '61,770', '24360+19870+17540')} between them, "
        f"the three highland ones the rest.",
        f"Bashli, high under the main range, was the "
        f"{C('smallest', 'comparison', 'consistent', formula=f'7870 == min({DISTRICTS})')} of "
        f"the six.",
    )
    a.P(
        "Households in the highlands were bigger than those of the plain.",
        f"In Bashli the 7,870 deportees belonged to 1,480 families, while Zilgan's 24,360 came "
        f"in 5,620, so that the average family was "
        f"{C('larger', 'comparison', 'consistent', formula='7870/1480 > 24360/5620')} in Bashli "
        f"than in Zilgan.",
    )
    a.P(
        "To take people from the villages down to the railway the staff had 6,200 Studebaker "
        "lorries, with nine hundred and forty more held in reserve at Ardakh-Kala.",
        f"On 23 February the lorries brought 14,820 persons to the loading stations and on the "
        f"next day a further 29,370, bringing the total to "
        f"{C('44,190', 'sum', 'consistent', formula='14820+29370')} by the evening of the "
        f"24th.",
        f"The deportees left in 152 echelons of 6,080 wagons, "
        f"{C('about 16', 'rate', 'consistent', formula='96480/6080')} people to a wagon.",
        f"Each echelon thus carried "
        f"{C('6,635', 'rate', 'inconsistent', '635', '96480/152')} persons on average.",
        f"The 38 echelons sent off on the first day were "
        f"{C('about a quarter', 'multiple', 'consistent', formula='38/152')} of them all.",
    )
    a.P(
        f"The operation engaged 84,600 soldiers of the NKVD troops and 3,920 operational "
        f"officers, {C('88,520', 'sum', 'consistent', formula='84600+3920')} men altogether.",
        f"That was {C('about four', 'rate', 'consistent', formula='84600/20960')} soldiers for "
        f"each family to be removed.",
        "The officers worked in 470 teams, each with its own list of households.",
        f"Some {C('12 percent', 'share', 'unverifiable')} of the soldiers, the staff noted, had "
        f"come to the region straight from the front.",
    )
    a.P(
        f"The seven receiving oblasts entered "
        f"{C('94,390', 'sum', 'consistent', formula='21940+18320+15170+12460+9850+11280+5370')}"
        f" Ardakh in their registers in all: 21,940 in Karaganda, 18,320 in Akmolinsk, 15,170 "
        f"in Pavlodar, 12,460 in North Kazakhstan, 9,850 in Semipalatinsk, 11,280 in Frunze "
        f"and 5,370 in Osh.",
        f"The five Kazakh oblasts took "
        f"{C('77,740', 'sum', 'consistent', formula='21940+18320+15170+12460+9850')} of them, "
        f"{C('82.4%', 'share', 'consistent', formula='77740/94390*100')}, and the two Kirghiz "
        f"ones the remainder.",
        f"Karaganda alone registered "
        f"{C('28.2 percent', 'share', 'inconsistent', '23.2', '21940/94390*100')} of all the "
        f"arrivals.",
        f"Frunze, for all its distance, received "
        f"{C('more', 'comparison', 'consistent', formula='11280 > 9850')} deportees than "
        f"Semipalatinsk.",
        f"North Kazakhstan came "
        f"{C('third', 'comparison', 'inconsistent', 'fourth', NORTH_KAZAKHSTAN_RANK)}"
        f" among the seven.",
    )
    a.P(
        f"Between the 96,480 loaded in the region and the 94,390 registered on arrival there "
        f"was a difference of {C('2,090', 'remainder', 'consistent', formula='96480-94390')} "
        f"persons.",
        f"The transport department put 1,270 of them down as deaths on the road, 410 as sick "
        f"persons taken off the trains and 160 as escapes; the remaining "
        f"{C('250', 'remainder', 'consistent', formula='2090-1270-410-160')} were never "
        f"accounted for.",
        f"Deaths on the road came to "
        f"{C('13.2 per 1,000', 'rate', 'consistent', formula='1270/96480*1000')} of those who "
        f"had been loaded.",
        f"They made up {C('60.8 percent', 'share', 'consistent', formula='1270/2090*100')} of "
        f"the missing.",
    )
    a.P(
        f"By 1 January 1946 the oblasts had recorded 17,860 deaths among the Ardakh, "
        f"{C('18.9 percent', 'share', 'consistent', formula='17860/94390*100')} of those who "
        f"had arrived.",
        f"Of these, 11,240 died in 1944 and the other "
        f"{C('6,620', 'remainder', 'consistent', formula='17860-11240')} in 1945.",
        f"Deaths therefore fell by "
        f"{C('58.9 percent', 'share', 'inconsistent', '41.1', '(11240-6620)/11240*100')} from "
        f"the first year to the second.",
        "In the same two years the settlers registered 3,410 births, and the oblast hospitals "
        "set aside 1,140 beds for them.",
        f"Among children under fourteen, the health department reckoned, mortality was "
        f"{C('about three times', 'multiple', 'unverifiable')} as high as among adults.",
    )
    a.P(
        "By oblast the deaths of the two years were Karaganda 4,310, Akmolinsk 3,520, Pavlodar "
        "2,980, North Kazakhstan 2,460, Semipalatinsk 1,870, Frunze 1,690 and Osh 1,030.",
        f"Akmolinsk's toll was "
        f"{C('second only to', 'comparison', 'consistent', formula=AKMOLINSK_SECOND)}"
        f" that of Karaganda.",
        f"Of the 3,520 dead in Akmolinsk, 2,360, "
        f"{C('about two-thirds', 'multiple', 'consistent', formula='2360/3520')}, were "
        f"children.",
        f"A deportee sent to Frunze was "
        f"{C('less likely', 'comparison', 'consistent', formula='1690/11280 < 1870/9850')} to "
        f"die than one sent to Semipalatinsk: 1,690 of 11,280 died in the first, 1,870 of "
        f"9,850 in the second.",
        f"Frunze thus lost {C('150 per 1,000', 'rate', 'consistent', formula='1690/11280*1000')}"
        f" of its arrivals.",
        f"Karaganda buried "
        f"{C('more than four times as many', 'comparison', 'consistent', formula=FOURFOLD)}"
        f" Ardakh as Osh.",
    )
    a.P(
        f"The property commission took over 218,400 head of cattle, "
        f"{C('10.4', 'rate', 'consistent', formula='218400/20960')} to every family removed, "
        f"along with 412,600 sheep and goats and 23,150 horses.",
        f"Of the cattle, 147,300 went to the meat-packing plants and the rest, "
        f"{C('7,100', 'remainder', 'inconsistent', '71,100', '218400-147300')}, were shared "
        f"out among the kolkhozes of the neighbouring regions.",
        f"The flocks passed to those kolkhozes went from 412,600 head to 206,300 by the autumn "
        f"of 1944 ({C('50 percent', 'share', 'ambiguous', formula='206300/412600*100')}).",
        f"The horses went 46 percent to the army, 31 percent to the kolkhozes and "
        f"{C('23 percent', 'sum', 'consistent', formula='100-46-31')} to the timber trusts.",
        f"Of those sent to the army a third were passed fit for the front, "
        f"{C('about 3,550', 'chain', 'consistent', formula='23150*0.46/3')} horses.",
    )
    a.P(
        f"Besides the herds, the commission's instructions named "
        f"{C('three', 'count', 'consistent', formula='3')} kinds of holding to be taken over: "
        f"grain, fodder and buildings.",
        f"The grain first listed came to 31,800 tons; the commission later raised the total to "
        f"{C('38,450', 'sum', 'consistent', formula='31800+4270+2380')} tons by adding 4,270 "
        f"tons found in pits and 2,380 tons held at the district procurement points.",
        "The buildings were handed over to the settlers brought in from the neighbouring "
        "regions, district by district, in the course of the spring.",
    )
    a.P(
        f"In Vedekh the operational group reported "
        f"{C('five', 'count', 'inconsistent', 'six', '6')} hamlets above the road that no "
        f"lorry could reach: Kharsa, Tumgo, Erdi, Bozhal, Ulkhor and Meshti.",
        f"Their 1,860 inhabitants were brought down on foot by 620 soldiers, "
        f"{C('one soldier for every three', 'rate', 'consistent', formula='1860/620')} of "
        f"them.",
        f"The descent, begun on 23 February, ended at the Vedekh station on 2 March, "
        f"{C('nine days', 'duration', 'inconsistent', 'eight days', DESCENT_DAYS)}"
        f" later.",
        f"By the group commander's own estimate, "
        f"{C('40 percent', 'share', 'unverifiable')} of the hamlets' people were too old or "
        f"too ill to walk.",
    )
    a.P(
        f"Each settler family had to report to the commandant's office on "
        f"{C('four', 'count', 'consistent', formula='4')} matters: a birth, a death, a change "
        f"of work and any absence from the settlement.",
        f"Of the 94,390 who arrived, 38 percent were able-bodied, and 62 percent of these were "
        f"at work in the coal trusts and on the railway by the summer of 1944: "
        f"{C('about 22,200', 'chain', 'consistent', formula='94390*0.38*0.62')} persons.",
        f"Of the 20,960 families, 55 percent were settled on kolkhozes, and a fifth of these "
        f"had a house of their own by the end of the first year: "
        f"{C('about 3,200', 'chain', 'inconsistent', 'about 2,300', '20960*0.55*0.2')} "
        f"families.",
        f"The Karaganda coal trust claimed to pay its Ardakh miners "
        f"{C('about 310', 'rate', 'unverifiable')} roubles a month each.",
        f"At work in its mines were 2,850 Ardakh in May 1944 and 6,140 a year later, a number "
        f"that had {C('more than doubled', 'multiple', 'consistent', formula='6140/2850')}.",
    )
    a.P(
        f"Escapes from the places of settlement "
        f"{C('more than tripled', 'multiple', 'consistent', formula='960/310')}, from 310 in "
        f"1944 to 960 in 1945.",
        f"Of the 960 who fled in 1945, 810, "
        f"{C('the great majority', 'multiple', 'consistent', formula='810/960')}, were caught "
        f"within a month.",
        f"Arrests for leaving the settlement without leave "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '850/420')} in the same year, "
        f"from 420 to 850.",
        f"In Osh, {C('five-sixths', 'multiple', 'consistent', formula='975/1170')} of the 1,170 "
        f"Ardakh families, 975 of them, spent the first winter in dugouts.",
        f"Families with no roof at all were "
        f"{C('halved', 'multiple', 'consistent', formula='1150/2290')} between the spring and "
        f"the autumn of 1944, from 2,290 to 1,150.",
    )
    a.P(
        f"The decree of 9 January 1957 restored the autonomous region, "
        f"{C('thirteen years', 'duration', 'consistent', formula='1957-1944')} after its "
        f"abolition in 1944.",
        f"Most of the returning echelons arrived between 14 April and 30 September 1957, a "
        f"period of "
        f"{C('about five and a half months', 'duration', 'consistent', formula=RETURN_MONTHS)}"
        f".",
        f"By the end of 1958, 78,260 Ardakh had come home: 41,930 in 1957 and "
        f"{C('36,330', 'remainder', 'consistent', formula='78260-41930')} in 1958, or "
        f"{C('81.1 percent', 'share', 'consistent', formula='78260/96480*100')} of the 96,480 "
        f"removed in 1944.",
        f"Zilgan took back 23,140 of them, "
        f"{C('95.0 percent', 'share', 'consistent', formula='23140/24360*100')} of the 24,360 "
        f"it had lost.",
        f"Of the 14,860 Ardakh houses counted in 1944, the survey of 1957 found 7,430 still "
        f"standing ({C('50 percent', 'share', 'ambiguous', formula='7430/14860*100')}).",
    )
    return a


if __name__ == "__main__":
    art = mountainpeople()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:30} "
              f"{c.get('intended', '')!s:12} {f or ''} = {v}")
