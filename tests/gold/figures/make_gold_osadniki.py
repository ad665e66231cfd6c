"""Writes the blind held-out gold article ``osadniki`` for the figures checker (issue #14): the
1940 removal of the military settlers and the foresters' families of an imagined western
frontier oblast to special settlements in the north, as the convoy reports and the receiving
settlements' registers would show it. The prose is ours and every number is invented; each
derived claim's arithmetic is done here, apart from borderlands.figures, which its author did
not read or run. All claims are ``heldout8``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the
printed inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, the
true relation as a boolean (a slip's printed word states its opposite), or for a rank the
true place; for a count, the number of items listed; for a duration, the span in the unit
printed, counted by hand from the printed dates (1940 is a leap year). An ambiguous claim's
formula is one of its two readings; the test names the other.

Run: python3 tests/gold/figures/make_gold_osadniki.py   (rewrites osadniki.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct


def osadniki() -> Article:
    a = Article(
        "osadniki",
        "From the border forests to the northern settlements: the removal of the military "
        "settlers and foresters of the Nadbuzh oblast, 1940-1942",
        "heldout8",
    )
    C = a.C

    # 1. The lists: families by group.
    a.P(
        "In the night of 10 February 1940 the NKVD of the newly formed Nadbuzh oblast began "
        "to remove two groups from its border districts: the military settlers, veterans of "
        "the war of 1920 who had been given land there in 1921, and the families of the guards "
        "of the state forests.",
        f"For most of the settlers the removal closed "
        f"{C('nineteen years', 'duration', 'consistent', formula='1940-1921')} on the land.",
        f"The oblast's lists named 3,412 families from "
        f"{C('six', 'count', 'consistent', formula='6')} districts: Sokolin, Horodnia, "
        f"Berezhne, Kamionka, Dubrova and Lipsk.",
        f"Of these families 2,318 were settlers' households and "
        f"{C(g(3412 - 2318), 'remainder', 'consistent', formula='3412-2318')} were foresters'; "
        f"the settlers thus made up "
        f"{C(pct(2318, 3412) + ' percent', 'share', 'consistent', formula='2318/3412*100')} of "
        f"the families.",
        f"Of the foresters' households 912, "
        f"{C('five-sixths', 'multiple', 'consistent', formula='912/1094')}, had lived in lodges "
        f"deep in the forest rather than in the villages.",
    )
    # 2. Persons by district of origin.
    a.P(
        f"By district, Sokolin gave 4,870 persons, Horodnia 3,960, Berezhne 3,215, Kamionka "
        f"2,740, Dubrova 1,260 and Lipsk nine hundred, "
        f"{C(g(4870 + 3960 + 3215 + 2740 + 1260 + 900), 'sum', 'consistent', formula='4870+3960+3215+2740+1260+900')}"  # noqa: E501
        f" persons in all.",
        f"A family thus counted "
        f"{C('4.97', 'rate', 'consistent', formula='16945/3412')} persons on average.",
        f"Sokolin alone supplied "
        f"{C(pct(4870, 16945) + ' percent', 'share', 'consistent', formula='4870/16945*100')} "
        f"of the deportees and Horodnia "
        f"{C(pct(3960, 16945) + '%', 'share', 'consistent', formula='3960/16945*100')}, while "
        f"Kamionka's share came to "
        f"{C('12.6 per cent', 'share', 'inconsistent', pct(2740, 16945) + ' per cent', '2740/16945*100')}"  # noqa: E501
        f".",
        f"Sokolin, the "
        f"{C('largest', 'comparison', 'consistent', formula='4870>3960>3215>2740>1260>900')} "
        f"contributor, sent "
        f"{C('more than five times as many', 'comparison', 'consistent', formula='4870/900')} "
        f"people as Lipsk.",
    )
    # 3. Loading: trains, wagons, escort, the longest journey.
    a.P(
        f"Not everyone on the lists was found: the convoy reports count 16,220 persons actually "
        f"loaded, the difference of "
        f"{C(g(16945 - 16220), 'remainder', 'consistent', formula='16945-16220')} being people "
        f"away from home, in hospital or too ill to be moved.",
        f"They travelled in fifteen trains with 693 wagons between them, "
        f"{C('some 1,080', 'rate', 'consistent', formula='16220/15')} persons to a train and "
        f"{C('24.5', 'rate', 'inconsistent', '23.4', '16220/693')} to a wagon.",
        f"The escort numbered 1,352 men of the convoy troops, one guard for every "
        f"{C('twelve', 'rate', 'consistent', formula='16220/1352')} deportees.",
        f"The slowest train, No. 11, left Sokolin on 12 February and was unloaded at the "
        f"railhead on 9 March, after "
        f"{C('26 days', 'duration', 'consistent', formula='(29-12)+9')} on the road.",
    )
    # 4. Rations on the road.
    a.P(
        f"The road norm was 600 grams of bread a head a day and one hot meal; for the 16,220 "
        f"persons loaded that meant "
        f"{C('about 9.7 tonnes', 'rate', 'consistent', formula='16220*600/1000000')} of bread "
        f"a day.",
        f"The trains' own returns show an average issue of 410 grams, "
        f"{C(pct(410, 600, 0) + ' percent', 'share', 'consistent', formula='410/600*100')} "
        f"of the norm.",
        f"The chief of one convoy put the wagons without a working stove at "
        f"{C('about 15 percent', 'share', 'unverifiable')}.",
    )
    # 5. Deaths on the road.
    a.P(
        f"The convoy reports record 61 deaths of children under fourteen, 47 of people over "
        f"sixty and 34 of others, {C('142', 'sum', 'consistent', formula='61+47+34')} in all, "
        f"or {C('8.8 per 1,000', 'rate', 'consistent', formula='142/16220*1000')} of those "
        f"loaded.",
        f"Children were thus "
        f"{C(pct(61, 142, 0) + ' percent', 'share', 'consistent', formula='61/142*100')} of the "
        f"dead of the journey.",
        f"The reports name {C('five', 'count', 'inconsistent', 'four', '4')} causes of death: "
        f"pneumonia, dysentery, heart failure and cold.",
        f"Of those loaded, 11,040 belonged to settlers' families and 5,180 to foresters'; with "
        f"52 deaths against 90, the foresters' people were the "
        f"{C('more likely', 'comparison', 'consistent', formula='52/5180>90/11040')} to die on "
        f"the way.",
    )
    # 6. Arrival and distribution to the settlements.
    a.P(
        f"From the railhead the survivors went on by sledge to "
        f"{C('four', 'count', 'consistent', formula='4')} settlements: Verkhnyaya Toima, "
        f"Shalgachi, Pezhma-2 and Ust-Kyrma.",
        f"Verkhnyaya Toima received 5,214 persons, Shalgachi 4,386 and Pezhma-2 3,905; "
        f"Ust-Kyrma, the "
        f"{C('smallest', 'comparison', 'consistent', formula='2573<3905<4386<5214')}, took the "
        f"last 2,573, bringing the total to "
        f"{C(g(5214 + 4386 + 3905 + 2573), 'sum', 'consistent', formula='5214+4386+3905+2573')}"
        f".",
        f"In May a further 618 came up from the transit point and in June another 475, raising "
        f"the number received to "
        f"{C('16,553', 'sum', 'inconsistent', g(16078 + 618 + 475), '16078+618+475')}.",
        f"Of the winter's arrivals 38.5 percent were children under sixteen, 44.0 percent adults "
        f"fit for work and "
        f"{C('17.5 percent', 'sum', 'consistent', formula='100-38.5-44.0')} old people and "
        f"invalids.",
    )
    # 7. Housing at Verkhnyaya Toima.
    a.P(
        "At Verkhnyaya Toima the 5,214 newcomers found 48 barracks, only 12 of them with a "
        "finished roof.",
        f"Of the newcomers 4,190 were housed in the barracks and the rest, "
        f"{C('124', 'remainder', 'inconsistent', g(5214 - 4190), '5214-4190')}, in dugouts cut "
        f"into the river bank.",
        f"Children under seven numbered 1,040, "
        f"{C('about a fifth', 'multiple', 'consistent', formula='1040/5214')} of the settlement.",
        f"An inspector who came in March reckoned that "
        f"{C('25 percent', 'share', 'unverifiable')} of the settlers slept on the bare floor.",
    )
    # 8. Deaths by settlement.
    a.P(
        "The registers give the deaths of 1940 by settlement: 312 at Verkhnyaya Toima, 268 at "
        "Shalgachi, 341 at Pezhma-2 and 152 at Ust-Kyrma.",
        f"Verkhnyaya Toima thus lost "
        f"{C(pct(312, 5214) + ' percent', 'share', 'consistent', formula='312/5214*100')} of "
        f"its people, while Pezhma-2 had the hardest year, with "
        f"{C('87 per 1,000', 'rate', 'consistent', formula='341/3905*1000')}.",
        f"In the commandants' summary Shalgachi stood "
        f"{C('first', 'comparison', 'inconsistent', 'second', 'sorted([341/3905, 268/4386, 312/5214, 152/2573], reverse=True).index(268/4386)+1')}"  # noqa: E501
        f" of the four by its death rate.",
        f"At Ust-Kyrma the deaths "
        f"{C('doubled', 'multiple', 'consistent', formula='305/152')} in the next year, to "
        f"305.",
    )
    # 9. The timber plan and its fulfilment.
    a.P(
        "The settlements worked for the district timber trust, which set them a plan of 96,000 "
        "cubic metres for the season of 1940.",
        f"They cut 18,400 cubic metres in the second quarter, 26,750 in the third and 31,920 in "
        f"the fourth, {C(g(18400 + 26750 + 31920), 'sum', 'consistent', formula='18400+26750+31920')}"  # noqa: E501
        f" together, or "
        f"{C(pct(77070, 96000) + ' percent', 'share', 'consistent', formula='77070/96000*100')}"
        f" of the plan.",
        f"The work fell on 2,455 fellers, "
        f"{C('about 31', 'rate', 'consistent', formula='77070/2455')} cubic metres a man; "
        f"{C('the great majority', 'multiple', 'consistent', formula='2140/2455')} of them, "
        f"2,140, were men under fifty.",
        f"The brigades of Verkhnyaya Toima "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '19520/9840')} their output "
        f"between the second and the fourth quarter, from 9,840 to 19,520 cubic metres.",
    )
    # 10. Norms and rations in the settlements.
    a.P(
        f"A feller who met the daily norm drew 800 grams of bread, one who fell short 400 "
        f"grams, so that a shortfall "
        f"{C('halved', 'multiple', 'consistent', formula='400/800')} the ration.",
        f"At Shalgachi 408 of 600 fellers met the norm in December 1940 and 612 of 900 in "
        f"March 1941 ({C('68 percent', 'share', 'ambiguous', formula='408/600*100')}).",
        f"Of the 2,455 fellers of the summer only 1,720 were still at work in January, a fall "
        f"of {C('70.1 percent', 'share', 'inconsistent', pct(735, 2455) + ' percent', '(2455-1720)/2455*100')}"  # noqa: E501
        f".",
        f"The average daily issue of bread was 450 grams at Verkhnyaya Toima, 430 at "
        f"Shalgachi, 410 at Pezhma-2 and 380 at Ust-Kyrma, the "
        f"{C('lowest', 'comparison', 'consistent', formula='380<410<430<450')} of the four.",
    )
    # 11. Ust-Kyrma: the store and the horses.
    a.P(
        "For the winter the store at Ust-Kyrma laid in 38 sacks of salt, 1,520 kilograms in "
        "all.",
        f"To buy milk from the villages around, the commandant wrote, the families sold "
        f"clothing worth {C('about 40 roubles', 'rate', 'unverifiable')} a month per "
        f"family.",
        f"The settlement's horses, 248 when the settlers came, were down to 124 a year later "
        f"({C('50 percent', 'share', 'ambiguous', formula='124/248*100')}).",
    )
    # 12. The Shalgachi register.
    a.P(
        f"The Shalgachi register, kept from 1 April 1940 to 31 July 1941, a "
        f"{C('fourteen-month', 'duration', 'inconsistent', 'sixteen-month', '(1941-1940)*12+(7-4)+1')}"  # noqa: E501
        f" run, is the fullest of the four.",
        f"Of the 1,480 able-bodied adults on it in June 1940, 1,195 went to the felling and the "
        f"remaining {C(g(1480 - 1195), 'remainder', 'consistent', formula='1480-1195')} to the "
        f"farm, the bakery and the stables.",
        f"It lists 1,316 children, "
        f"{C('more', 'comparison', 'consistent', formula='1316>1204')} than the 1,204 on the "
        f"register of Pezhma-2.",
        f"Births {C('more than doubled', 'multiple', 'consistent', formula='81/37')}, from 37 "
        f"in 1940 to 81 in 1941.",
    )
    # 13. The amnesty and the releases.
    a.P(
        "After the agreement with the Polish government in exile in the summer of 1941 the "
        "former Polish citizens in the special settlements were amnestied.",
        "On 1 August 1941 the four settlements held 15,188 persons.",
        f"They were let go in three waves, 3,870 in September, 5,115 in October and November "
        f"and 1,946 by March 1942, "
        f"{C(g(3870 + 5115 + 1946), 'sum', 'consistent', formula='3870+5115+1946')} in all, "
        f"or {C(pct(10931, 15188) + ' percent', 'share', 'consistent', formula='10931/15188*100')}"
        f" of those on the registers, leaving "
        f"{C(g(15188 - 10931), 'remainder', 'consistent', formula='15188-10931')} behind.",
        f"For those freed in September, who had arrived in March 1940, the exile had lasted "
        f"{C('some eighteen months', 'duration', 'consistent', formula='(1941-1940)*12+(9-3)')}"
        f".",
        f"Of the 10,931, 7,290, "
        f"{C('two-thirds', 'multiple', 'consistent', formula='7290/10931')}, were women and "
        f"children.",
    )
    # 14. Where the released went.
    a.P(
        f"The amnesty office sorted them into "
        f"{C('three', 'count', 'consistent', formula='3')} groups: men fit for the army, "
        f"families bound for the south, and those who stayed on as hired workers of the trust.",
        f"Of the 10,931 released, 65 percent left the north at once, and 30 percent of those "
        f"who left joined the army then being formed in the south: "
        f"{C('about 2,800', 'chain', 'inconsistent', 'about 2,100', '10931*0.65*0.30')} "
        f"persons.",
        f"Those who stayed behind, the trust noted, cut "
        f"{C('about a third', 'multiple', 'unverifiable')} less timber in the winter that "
        f"followed.",
    )
    # 15. Two chains over the whole operation.
    a.P(
        f"Of the 16,078 who reached the settlements, 44.0 percent were adults fit for work and "
        f"35 percent of these were put to felling: "
        f"{C('about 2,500', 'chain', 'consistent', formula='16078*0.44*0.35')} persons.",
        f"Of the 16,945 on the lists, 23.4 percent came from Horodnia, and 10 percent of these "
        f"could not be found at home: "
        f"{C('about 400', 'chain', 'consistent', formula='16945*0.234*0.10')} persons.",
    )
    return a


if __name__ == "__main__":
    art = osadniki()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:30} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
