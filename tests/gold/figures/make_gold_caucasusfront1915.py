"""Writes the held-out gold article ``caucasusfront1915`` for the figures checker (issue #14):
the wartime removals of 1914-16 in an imagined front-line province of the Caucasus (Muslim
villagers moved back from the frontier strip, Armenian and Greek refugees coming in) as an
imagined provincial relief committee entered them in its accounts: refugees by group, district
and month, villages emptied, money and food per head, the sick and dead in the shelters, and
the returns of 1917-18. The prose is ours and every number is invented; each derived claim's
arithmetic is written out here as its formula, independently of borderlands.figures. Written
blind (without reading or running the checker): all of its claims are ``heldout12``.

Run from the worktree root: python3 tests/gold/figures/make_gold_caucasusfront1915.py
(rewrites caucasusfront1915.txt and .yaml beside this file and prints every formula's value).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_gold import Article, g, pct

# What a claim's formula may call when it is evaluated (here and in the tests).
FORMULA_NAMES: dict[str, object] = {"date": date, "sorted": sorted, "min": min, "max": max}


def caucasusfront1915() -> Article:
    a = Article(
        "caucasusfront1915",
        "Behind the Caucasus front: the Kavaran relief committee and the removals of 1914-1918",
        "heldout12",
    )
    C = a.C
    a.P(
        "In the autumn of 1914 the war with the Ottoman Empire made a front-line province of "
        "Kavaran, whose southern edge followed the frontier for some ninety versts of mountain.",
        f"The provincial committee for the relief of the victims of war was set up in the town "
        f"of Kavaran on 18 November 1914 and closed its last ledger on 30 April 1918, "
        f"""{C('nearly three and a half years', 'duration', 'consistent',
               formula='(date(1918, 4, 30) - date(1914, 11, 18)).days / 365.25')}"""
        f" later.",
        f"Its accounts know {C('four', 'count', 'consistent', formula='4')} sorts of people in "
        f"need: Muslim villagers moved back from the frontier strip, Armenian refugees from "
        f"across the border, Greek refugees from the coast, and the families of reservists left "
        f"without a breadwinner.",
    )
    a.P(
        f"The registers hold 58,215 Armenian refugees, 17,365 Muslim villagers, 13,940 Greek "
        f"refugees and 6,960 reservists' families, "
        f"{C(g(58215 + 17365 + 13940 + 6960), 'sum', 'consistent', formula='58215+17365+13940+6960')}"  # noqa: E501
        f" names in all.",
        "By 1 January 1916 deaths, departures and men finding work had brought the rolls down to "
        "88,310.",
        f"The Armenians alone made up "
        f"{C(pct(58215, 96480) + ' percent', 'share', 'consistent', formula='58215/96480*100')}"
        f" of all the names entered, and the reservists' families "
        f"{C('7.9 percent', 'share', 'inconsistent', pct(6960, 96480), '6960/96480*100')}.",
    )
    a.P(
        "The removals began in the last days of December 1914, when the army command ordered "
        "the Muslim population out of a strip some thirty versts deep behind the line.",
        f"The strip held 64 villages; 47 were emptied entirely and 11 in part, leaving "
        f"{C('six', 'remainder', 'consistent', formula='64-47-11')} as they had been.",
        f"The villages emptied entirely were "
        f"{C(pct(47, 64) + ' percent', 'share', 'consistent', formula='47/64*100')} of the "
        f"strip's.",
        f"The 17,365 people moved came from 2,870 households, "
        f"{C('about six', 'rate', 'consistent', formula='17365/2870')} persons to a household, "
        f"and they travelled north in 43 columns.",
        f"The columns were guarded by 430 Cossacks, one for every "
        f"{C('40', 'rate', 'consistent', formula='17365/430')} of the people removed.",
        f"Officers' reports put the deaths on the road and in the first weeks in the camps at "
        f"{C('about 15 percent', 'share', 'unverifiable')} of those removed, a figure the "
        f"committee never checked.",
    )
    a.P(
        f"Of the 17,365, Ogbin district gave up 6,420, Karatepe 4,985 and Sarban 3,710; the "
        f"remaining "
        f"{C(g(17365 - 6420 - 4985 - 3710), 'remainder', 'consistent', formula='17365-6420-4985-3710')}"  # noqa: E501
        f" came from the few frontier villages of Mikhailovsk.",
        f"Ogbin, where the strip ran deepest, thus lost "
        f"{C('more than a third', 'multiple', 'consistent', formula='6420/17365')} of all "
        f"those removed.",
        f"""Karatepe's loss was {C('second only to', 'comparison', 'consistent',
                                   formula='sorted([6420, 4985, 3710, 2250])[-2] == 4985')}"""
        f" Ogbin's.",
    )
    a.P(
        "The Armenian refugees came over the passes in the spring and summer of 1915, driven "
        "out by the killings and the fighting on the Ottoman side.",
        f"The committee registered 6,830 of them in May, 4,115 in June, 21,460 in July and "
        f"19,870 in August, and the 5,940 of September brought the total to "
        f"{C(g(6830 + 4115 + 21460 + 19870 + 5940), 'sum', 'consistent', formula='6830+4115+21460+19870+5940')}"  # noqa: E501
        f".",
        f"July and August alone brought "
        f"{C(pct(21460 + 19870, 58215) + '%', 'share', 'consistent', formula='(21460+19870)/58215*100')}"  # noqa: E501
        f" of them.",
        f"The July arrivals were "
        f"{C('more than five times', 'multiple', 'consistent', formula='21460/4115')} those of "
        f"June.",
    )
    a.P(
        f"The committee sent them on to {C('five', 'count', 'consistent', formula='5')} "
        f"districts: Kavaran, Ogbin, Karatepe, Sarban and Mikhailovsk.",
        "Kavaran, with the town and its barracks, took 19,340, Ogbin 12,650, Karatepe 11,905, "
        "Sarban 8,210 and Mikhailovsk 6,110.",
        f"The town district alone took "
        f"{C(pct(19340, 58215) + ' percent', 'share', 'consistent', formula='19340/58215*100')}"
        f" of the refugees, and Karatepe, with 11,905, came "
        f"""{C('second', 'comparison', 'inconsistent', 'third',
               'sorted([19340, 12650, 11905, 8210, 6110], reverse=True).index(11905)+1')}"""
        f".",
        f"Mikhailovsk, furthest from the passes, received the "
        f"""{C('fewest', 'comparison', 'consistent',
               formula='min([19340, 12650, 11905, 8210, 6110]) == 6110')}.""",
        f"Ogbin, which had sent away 6,420 Muslim villagers, took in "
        f"{C('nearly twice as many', 'comparison', 'consistent', formula='12650/6420')} "
        f"Armenians.",
    )
    a.P(
        "The Greek refugees came later, from the coast, when the fighting moved westward in the "
        "spring of 1916.",
        f"Between 3 March and 21 June 1916 the committee registered 13,940 of them, in 2,315 "
        f"families, over "
        f"""{C('120 days', 'duration', 'inconsistent', '110 days',
               '(date(1916, 6, 21) - date(1916, 3, 3)).days')}"""
        f" of almost daily arrivals.",
        f"That is {C('6.0', 'rate', 'consistent', formula='13940/2315')} persons per family.",
        f"Of the 13,940, 8,105 stayed in Kavaran town "
        f"({C(pct(8105, 13940) + ' percent', 'share', 'consistent', formula='8105/13940*100')}"
        f") and the remaining "
        f"{C(g(13940 - 8105), 'remainder', 'consistent', formula='13940-8105')} were lodged in "
        f"the villages of Sarban and Mikhailovsk.",
        f"By December deaths and departures had brought the Greek register from 13,940 down to "
        f"13,720, and the 2,510 children under ten were "
        f"{C('18 percent', 'share', 'ambiguous', formula='2510/13940*100')} of the Greek "
        f"refugees.",
    )
    a.P(
        f"In the winter of 1915-16 the committee kept 11,460 refugees in 38 shelters, "
        f"{C('about 300', 'rate', 'consistent', formula='11460/38')} to a shelter.",
        f"The number of shelters had "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '38/19')} since the autumn, when "
        f"there had been only 19.",
        f"Between December and March 2,845 of the sheltered fell ill with typhus, dysentery or "
        f"pneumonia, "
        f"{C('28.4 percent', 'share', 'inconsistent', pct(2845, 11460), '2845/11460*100')}, "
        f"and 612 of them died.",
        f"The winter's deaths thus ran to "
        f"{C('53.4 per 1,000', 'rate', 'consistent', formula='612/11460*1000')} of those in "
        f"the shelters.",
    )
    a.P(
        f"The deaths came to 148 in December, 203 in January, 171 in February and 90 in March, "
        f"{C('522', 'sum', 'inconsistent', '612', '148+203+171+90')} in the four months.",
        f"Of the 11,460 in the shelters, 62 percent were women and children, and 4 percent of "
        f"these died over the winter: "
        f"{C('about 280', 'chain', 'consistent', formula='11460*0.62*0.04')} persons.",
        "The committee's hospital at Kavaran admitted 1,236 typhus patients from the shelters "
        "and 418 from the town, and lost 197 of the first and 38 of the second.",
        f"A patient sent from the shelters was thus "
        f"{C('more likely', 'comparison', 'consistent', formula='197/1236 > 38/418')} to die "
        f"than one from the town.",
        f"The hospital's own people were not spared: of its 64 nurses and orderlies, 11 caught "
        f"typhus, {C('about one in six', 'multiple', 'consistent', formula='11/64')}.",
        f"In the winter of 1916-17 the 24 shelters still open held 6,890 people and lost 214, "
        f"a death rate "
        f"{C('lower', 'comparison', 'consistent', formula='214/6890 < 612/11460')} than in the "
        f"first winter.",
    )
    a.P(
        f"The committee's money for 1915 came from "
        f"{C('three', 'count', 'consistent', formula='3')} sources: the treasury, the Armenian "
        f"charitable societies of the Caucasus, and the collections of the churches.",
        f"The treasury granted 1,650,000 rubles; the societies' 512,300 and the churches' "
        f"314,500 raised the total to "
        f"{C(g(1650000 + 512300 + 314500), 'sum', 'consistent', formula='1650000+512300+314500')}"
        f" rubles.",
        f"The treasury's grant was thus "
        f"{C('two-thirds', 'multiple', 'consistent', formula='1650000/2476800')} of the whole.",
        f"The chairman believed that {C('about a fifth', 'multiple', 'unverifiable')} of the "
        f"gifts in kind never reached the refugees, lost to carters and storekeepers.",
    )
    a.P(
        "In 1915 the committee fed on average 41,280 persons a day.",
        f"At 15 kopecks a head a day, the allowance for October, a month of 31 days, came to "
        f"{C('about 192,000 rubles', 'rate', 'consistent', formula='41280*0.15*31')}.",
        f"Over the year it spent all of the 2,476,800 rubles it had received, "
        f"{C('6', 'rate', 'inconsistent', '60', '2476800/41280')} rubles for every person it "
        f"fed.",
        f"Food took 64 per cent of the spending, clothing and fuel 17 per cent, the shelters "
        f"and the hospital 12 per cent, and the rest, "
        f"{C('7 per cent', 'remainder', 'consistent', formula='100-64-17-12')}, went on carts, "
        f"clerks and postage.",
    )
    a.P(
        f"In March 1916 the governor's inspectors went through "
        f"{C('four', 'count', 'inconsistent', 'three', '3')} districts: Ogbin, Karatepe and "
        f"Sarban.",
        f"There they found 1,180, 940 and 655 refugees living without a roof, "
        f"{C(g(1180 + 940 + 655), 'sum', 'consistent', formula='1180+940+655')} in all.",
        f"They thought the Muslim villagers in the interior camps were dying "
        f"{C('faster', 'comparison', 'unverifiable')} than the Armenians in the committee's "
        f"shelters.",
        f"They also judged that {C('nearly 30 percent', 'share', 'unverifiable')} of the Greek "
        f"families had lost a member on the way.",
    )
    a.P(
        "The Armenian rolls shrank once the Russian advance of 1916 opened the way home for "
        "some of the refugees.",
        f"From 58,215 in September 1915 they fell to 21,840 in January 1918, a fall of "
        f"{C('37.5 percent', 'share', 'inconsistent', pct(58215 - 21840, 58215), '(58215-21840)/58215*100')}"  # noqa: E501
        f".",
        f"The Greek rolls "
        f"{C('more than halved', 'multiple', 'consistent', formula='5380/13720')} between "
        f"December 1916 and January 1918, from 13,720 to 5,380.",
        f"The reservists' families drawing an allowance "
        f"{C('doubled', 'multiple', 'consistent', formula='6510/3240')}, from 3,240 in January "
        f"1916 to 6,510 in January 1917, as older classes were called up.",
        f"In January 1918 the committee still carried 21,840 Armenians, 5,380 Greeks, 7,150 "
        f"reservists' families and 2,460 Muslim villagers, "
        f"{C(g(21840 + 5380 + 7150 + 2460), 'sum', 'consistent', formula='21840+5380+7150+2460')}"
        f" in all; the Armenians were "
        f"{C('about four times as many', 'comparison', 'consistent', formula='21840/5380')} as "
        f"the Greeks.",
    )
    a.P(
        f"The return of the Muslim villagers to the frontier strip began on 15 April 1917 and "
        f"ran until 14 November, "
        f"""{C('seven months', 'duration', 'consistent',
               formula='(date(1917, 11, 14) - date(1917, 4, 15)).days / 30.44')}"""
        f" of movement along roads the army still used.",
        f"That year 7,370 went back, and a further 3,905 followed in 1918, bringing the "
        f"returns to {C(g(7370 + 3905), 'sum', 'consistent', formula='7370+3905')}.",
        f"Of the 17,365 removed in the winter of 1914-15, "
        f"{C('6,900', 'remainder', 'inconsistent', g(17365 - 11275), '17365-11275')} never "
        f"came back to the strip: they had died, scattered, or gone over the frontier.",
        f"Of the 47 villages emptied entirely, 29 had people in them again by the end of 1918, "
        f"{C(pct(29, 47) + '%', 'share', 'consistent', formula='29/47*100')}; of the 11 "
        f"emptied in part, all had.",
    )
    a.P(
        "The committee gave each returning family a grant for seed and for mending its house.",
        f"The grants came to 86,400 rubles, "
        f"{C('about 30 rubles', 'rate', 'ambiguous', formula='86400/2870')} a family: the 2,870 "
        f"households removed in 1914-15 came back as 2,915 families, some having divided in the "
        f"camps.",
        f"Of the 11,275 who returned, 55 percent went back to villages that had been emptied "
        f"entirely, and 38 percent of these found their houses burnt: "
        f"{C('about 2,360', 'chain', 'consistent', formula='11275*0.55*0.38')} people.",
        f"Of the 2,915 families, 70 percent received seed grain, and a fifth of these also got "
        f"an ox from the army's stock: "
        f"{C('about 410', 'chain', 'consistent', formula='2915*0.7*0.2')} families.",
        f"For those who had left in January 1915 and came home in the autumn of 1918, the exile "
        f"had lasted "
        f"""{C('nearly four years', 'duration', 'consistent',
               formula='(date(1918, 10, 1) - date(1915, 1, 15)).days / 365.25')}.""",
    )
    return a


if __name__ == "__main__":
    art = caucasusfront1915()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"__builtins__": FORMULA_NAMES}) if f else None  # checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:30} "
              f"{c.get('intended', '')!s:10} {f or ''} = {v}")
