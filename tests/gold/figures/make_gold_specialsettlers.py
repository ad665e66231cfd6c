"""Writes the blind held-out gold article ``specialsettlers`` (issue #14, round eight, writer
f): an imagined special settlement department's registry in one province, 1949-1956. The
prose is ours and every figure is invented; each derived claim's arithmetic is the formula
beside it, done here in Python and not by borderlands.figures. All claims are ``heldout8``.

Run from the worktree root: python3 tests/gold/figures/make_gold_specialsettlers.py
(rewrites specialsettlers.txt and specialsettlers.yaml here and prints every claim's value).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

REGISTER_1950 = 61840
RELEASED_1956 = 35115
# Formulas of the list counts: the items as the prose names them.
DISTRICTS = "len(['Ishim', 'Abatsk', 'Vikulovo', 'Sorokino'])"
CATEGORIES_1954 = "len(['children under sixteen', 'students', 'the incurably ill'])"
PEOPLES_1956 = "len(['Chechens', 'Ingush', 'Kalmyks'])"
SECTIONS = ("len(['registration', 'search', 'investigation', 'labour placement', 'supply', "
            "'secretariat'])")


def specialsettlers() -> Article:
    a = Article("specialsettlers",
                "The registry of special settlers in the Ishim directorate, 1949-1956",
                "heldout8")
    C = a.C
    a.P(
        "The special settlement department of the Ishim directorate kept one card for every "
        "family on its register and summed the cards each quarter in a return to Moscow.",
        "The return for 1 January 1950 listed 27,350 Germans, 14,620 Chechens, 4,180 Ingush, "
        "6,940 Kalmyks and 8,750 settlers of other nationalities, "
        + C(g(27350 + 14620 + 4180 + 6940 + 8750), 'sum', 'consistent',
            formula='27350+14620+4180+6940+8750')
        + " "
        "persons in all.",
        "The Germans alone made up "
        + C(pct(27350, REGISTER_1950) + ' percent', 'share', 'consistent',
            formula='27350/61840*100')
        + " "
        "of the register, a weight that shaped every later decision about releases.",
    )
    a.P(
        f"The settlers lived in {C('four', 'count', 'consistent', formula=DISTRICTS)} "
        f"districts: Ishim, Abatsk, Vikulovo and Sorokino.",
        "Ishim district held 22,410 of them, Abatsk 16,300, Vikulovo 12,950 and Sorokino "
        "10,180.",
        f"Abatsk thus came "
        f"{C('second only to', 'comparison', 'consistent', formula='22410>16300>12950>10180')} "
        f"Ishim, while Sorokino, the "
        f"{C('smallest', 'comparison', 'consistent', formula='10180<min(22410,16300,12950)')} "
        f"of the four, held "
        + C(pct(10180, REGISTER_1950) + ' percent', 'share', 'consistent',
            formula='10180/61840*100')
        + " "
        "of the province's settlers.",
    )
    a.P(
        "New contingents kept arriving after the war.",
        "The department took in 3,480 settlers in 1949, 1,720 in 1950, 5,260 in 1951 and 860 "
        "in 1952, "
        + C(g(3480 + 1720 + 5260 + 860), 'sum', 'consistent', formula='3480+1720+5260+860')
        + " "
        f"in four years, and a last convoy of 1,140 in 1953 brought the total to "
        f"{C(g(11320 + 1140), 'sum', 'consistent', formula='11320+1140')}.",
        f"Arrivals were {C('halved', 'multiple', 'consistent', formula='1720/3480')} from 1949 "
        f"to 1950 and then "
        f"{C('tripled', 'multiple', 'consistent', formula='5260/1720')} in 1951, when the "
        f"spring convoys from the western borderlands came in.",
        f"The 3,480 people of 1949 came as 812 families, "
        f"{C(f'{3480 / 812:.1f}', 'rate', 'consistent', formula='3480/812')} persons to a "
        f"family.",
        f"The 1951 contingent travelled in 86 wagons, "
        f"{C(f'about {5260 / 86:.0f}', 'rate', 'consistent', formula='5260/86')} to a wagon, "
        f"watched by 438 guards, one guard for every "
        f"{C('twenty', 'rate', 'inconsistent', 'twelve', '5260/438')} deportees.",
    )
    a.P(
        "Flight was the department's constant worry.",
        "Its books show 412 escapes in 1949, 538 in 1950, 296 in 1951, 187 in 1952 and 90 "
        "in 1953.",
        f"The count was "
        f"{C('highest', 'comparison', 'consistent', formula='538>max(412,296,187,90)')} in "
        f"1950: with 61,840 settlers on the register, the 538 escapes of that year came to "
        f"{C(f'{538 / REGISTER_1950 * 1000:.1f}', 'rate', 'consistent', formula='538/61840*1000')} "
        f"per 1,000.",
        f"In 1951, when the register stood at an average of 66,120, the 296 escapes came to "
        f"{C('4.8', 'rate', 'inconsistent', f'{296 / 66120 * 1000:.1f}', '296/66120*1000')} "
        f"per 1,000.",
        f"By 1953 the yearly number had sunk to "
        f"{C('about a sixth', 'multiple', 'consistent', formula='90/538')} of its peak.",
        f"Of the 538 fugitives of 1950 "
        f"{C('most', 'multiple', 'consistent', formula='471/538')} were caught within the "
        f"year, 471 in all, and "
        f"{C(g(538 - 471), 'remainder', 'consistent', formula='538-471')} were still at large "
        f"in January.",
    )
    a.P(
        "Since the decree of November 1948, leaving the place of settlement was tried as a "
        "crime and could bring twenty years of hard labour.",
        f"The department opened a case for every escape in its books, "
        f"{C(g(412 + 538 + 296 + 187 + 90), 'sum', 'consistent', formula='412+538+296+187+90')} "
        f"cases from 1949 to 1953.",
        f"Of these, 1,104 ended in twenty-year sentences and 286 in shorter terms; the "
        f"remaining {C(g(1523 - 1104 - 286), 'remainder', 'consistent', formula='1523-1104-286')} "
        f"were closed when the fugitive turned out to be dead or wrongly listed.",
        f"Twenty-year terms thus made up "
        f"{C(pct(1104, 1523) + ' percent', 'share', 'consistent', formula='1104/1523*100')} "
        f"of all the cases.",
        f"The courts of Ishim district heard 611 of them and those of Abatsk 402, so that a "
        f"settler of Ishim was "
        f"{C('more likely', 'comparison', 'consistent', formula='611/22410>402/16300')} to "
        f"stand trial than one of Abatsk.",
        "Vikulovo heard 297 and Sorokino 213, which put Sorokino's court "
        + C('third', 'comparison', 'inconsistent', 'fourth',
            'sorted([611,402,297,213],reverse=True).index(213)+1')
        + " "
        "among the four.",
    )
    a.P(
        f"Between 1949 and 1953 the registry entered 9,870 births and 7,420 deaths, a natural "
        f"increase of {C(g(9870 - 7420), 'remainder', 'consistent', formula='9870-7420')}.",
        "In 1950 alone 1,680 settlers died, "
        + C(f'{1680 / REGISTER_1950 * 1000:.1f}', 'rate', 'consistent', formula='1680/61840*1000')
        + " "
        "deaths per 1,000 on a register of 61,840.",
        "Of the 9,870 children born, 52 percent were born in Ishim district, and 8 percent of "
        "these died before their first birthday: "
        + C(f'about {round(9870 * 0.52 * 0.08, -1):.0f}', 'chain', 'consistent',
            formula='9870*0.52*0.08')
        + " "
        "infants.",
    )
    a.P(
        "The labour return of 1 July 1951 divided the settlers by the work they did.",
        f"Of 34,960 settlers of working age, 31,275 were employed, and the remaining "
        f"{C('385', 'remainder', 'inconsistent', g(34960 - 31275), '34960-31275')} were "
        f"invalids, nursing mothers or pupils of the trade schools.",
        "The collective farms employed 12,615 of them, the forestry trusts 9,840, "
        "construction 3,980, peat cutting and the mines 2,310 and other branches 2,530.",
        f"The farms took "
        f"{C(pct(12615, 31275) + ' percent', 'share', 'consistent', formula='12615/31275*100')} "
        f"of the workers and the forests "
        f"{C(pct(9840, 31275) + ' percent', 'share', 'consistent', formula='9840/31275*100')}, "
        f"so that the two together employed "
        f"{C('71.8 percent', 'sum', 'consistent', formula='40.3+31.5')}.",
        f"There were "
        f"{C('three times as many', 'comparison', 'consistent', formula='12615/3980')} "
        f"settlers at work on the farms as on the building sites.",
    )
    a.P(
        "The forestry trusts paid by the norm, and their settler brigades were judged by it.",
        f"In 1951 the 9,840 forestry workers brought out 2,961,300 cubic metres of timber, "
        f"{C(f'{2961300 / 9840:.0f}', 'rate', 'consistent', formula='2961300/9840')} cubic "
        f"metres a head, against a plan of 2,650,000 cubic metres "
        "("
        + C(pct(2961300, 2650000) + '%', 'share', 'consistent', formula='2961300/2650000*100')
        + ").",
        f"Yet 2,460 of the forestry workers fell short of their norm, while 1,890 of the "
        f"12,615 collective farmers failed to earn the minimum of workdays: a man in the "
        f"forest was "
        f"{C('more likely', 'comparison', 'consistent', formula='2460/9840>1890/12615')} to "
        f"be listed as a shirker than one on a farm.",
    )
    a.P(
        f"The releases began with the decree of July 1954, which struck "
        f"{C('four', 'count', 'inconsistent', 'three', CATEGORIES_1954)} "
        f"categories off the register: children under sixteen, students studying away from "
        f"their settlement and the incurably ill.",
        f"That year the department released 11,936 children, 1,804 students and 1,132 "
        f"invalids, {C(g(11936 + 1804 + 1132), 'sum', 'consistent', formula='11936+1804+1132')} "
        f"people in all.",
        f"Children were "
        f"{C('the great majority', 'multiple', 'consistent', formula='11936/14872')} of them.",
        f"The decree of December 1955 on the Germans raised the total to "
        f"{C('37,782', 'sum', 'inconsistent', g(14872 + 22910 + 1418), '14872+22910+1418')} "
        f"by adding 22,910 Germans and 1,418 settlers of other categories.",
        f"The Germans freed that year were "
        f"{C('five-sixths', 'multiple', 'consistent', formula='22910/27350')} of the 27,350 "
        f"counted in 1950.",
        "Of these 22,910 Germans, 38 percent lived in Ishim district, and 70 percent of them "
        "had left the province within a year, "
        + C(f'about {round(22910 * 0.38 * 0.70, -1):,.0f}', 'chain', 'consistent',
            formula='22910*0.38*0.70')
        + " "
        "people.",
    )
    a.P(
        "On 1 January 1956 the registry still listed 35,960 settlers.",
        f"The decrees of that year freed "
        f"{C('three', 'count', 'consistent', formula=PEOPLES_1956)} "
        f"peoples (the Chechens, the Ingush and the Kalmyks) together with settlers "
        f"held on other grounds, and released 35,115 persons; the remaining "
        f"{C(g(35960 - RELEASED_1956), 'remainder', 'consistent', formula='35960-35115')} "
        f"stayed under supervision as former members of banned organisations.",
        "Of those released, 20,370 were Chechens and Ingush, 7,480 Kalmyks and 7,265 of "
        "other nationalities: the Chechens and Ingush were "
        + C(pct(20370, RELEASED_1956) + ' percent', 'share', 'consistent',
            formula='20370/35115*100')
        + " "
        "and the Kalmyks "
        + C('12.3 percent', 'share', 'inconsistent', pct(7480, RELEASED_1956), '7480/35115*100')
        + ".",
        "Of the 35,115, 58.0 percent were Chechens and Ingush, and a quarter of these had "
        "left the province by the end of the year: "
        + C(f'about {round(35115 * 0.58 * 0.25, -1):,.0f}', 'chain', 'consistent',
            formula='35115*0.580*0.25')
        + ".",
    )
    a.P(
        "Some settlements emptied almost at once.",
        f"The Kalmyks of Vikulovo district fell in number from 2,640 in January 1956 to 1,320 "
        f"by September "
        f"({C('50 percent', 'share', 'ambiguous', formula='1320/2640*100')}).",
        "The register of Sorokino district had already shrunk from 10,180 in 1950 to 6,720 "
        "in 1954, a decline of "
        + C('66.0 percent', 'share', 'inconsistent', pct(10180 - 6720, 10180),
            '(10180-6720)/10180*100')
        + ".",
        f"In the village of Krasny Yar, 720 of the 1,200 settlers and 540 of the 900 workers "
        f"were women ({C('60 percent', 'share', 'ambiguous', formula='720/1200*100')}).",
    )
    a.P(
        f"The Germans, deported in September 1941 and freed in December 1955, had spent "
        f"{C('fourteen years', 'duration', 'consistent', formula='1955-1941')} on the "
        f"register.",
        f"The Chechens and Ingush, deported in February 1944 and freed in July 1956, had been "
        f"exiles for {C('more than twelve years', 'duration', 'consistent', formula='1956-1944')}.",
        f"The department's recount of its cards ran from 1 March 1950 to 1 November 1951, "
        f"{C('a twenty-month', 'duration', 'consistent', formula='(1951-1950)*12+(11-3)')} "
        f"task.",
        f"A second check, from 1 April 1953 to 1 February 1954, took "
        f"{C('eight months', 'duration', 'inconsistent', 'ten months', '(1954-1953)*12+(2-4)')}.",
    )
    a.P(
        f"The settlers' children went to the village schools in growing numbers: their count "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '8390/4120')} from 4,120 in "
        f"1950 to 8,390 in 1953.",
        f"Teachers' reports put infant mortality among the settlers at "
        f"{C('140', 'rate', 'unverifiable')} per 1,000 in the first winters.",
        f"A survey of 1955 held that {C('27 percent', 'share', 'unverifiable')} of the "
        f"settlers' teenagers had left school to work.",
    )
    a.P(
        "By 1952 the department ran 48 commandant's offices and 400 village posts.",
        f"An inspection that year found "
        f"{C('12 percent', 'share', 'unverifiable')} of the registry cards without a "
        f"photograph of the settler.",
        "Its budget for 1953 came to 1,250,000 roubles, 250,000 of them for the search "
        "section.",
        f"The annual report boasted that a settler's average earnings had grown "
        f"{C('fivefold', 'multiple', 'unverifiable')} since 1949.",
        f"The department itself had "
        f"{C('six', 'count', 'consistent', formula=SECTIONS)} "
        f"sections: registration, search, investigation, labour placement, supply and the "
        f"secretariat.",
    )
    return a


if __name__ == "__main__":
    art = specialsettlers()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:12} {f or ''} = {v}")
