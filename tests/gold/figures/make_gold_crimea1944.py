"""Writes the blind held-out gold article ``crimea1944`` for the figures checker (issue #14):
the removal in May 1944 of the Tatars of an imagined peninsula, Ak-Burun, as the operation's
district reports and the receiving Uzbek oblasts' registers would show it, followed through the
deaths of the first eighteen months, the labour call-ups, the lifting of the special regime in
1956 and the returns counted in 1989. The prose is ours and every number is invented; each
derived claim's arithmetic is done here, apart from borderlands.figures, which its author did
not read or run. All claims are ``heldout12``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the printed word states, a ratio for "N times as many", or the place in
a listed order for a rank (for the ranking slip, the place the figures really give); for a
count, the number of items listed; for a duration, the span in the unit printed, counted from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula: their inputs are not printed.

Run: python3 tests/gold/figures/make_gold_crimea1944.py   (rewrites crimea1944.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Arrivals by oblast as the Uzbek registers give them; the rank formula reads places from it.
ARRIVALS = "[28430, 21560, 16240, 12875, 8310, 3905]"
FERGANA_PLACE = f"sorted({ARRIVALS}, reverse=True).index(12875)+1"


def crimea1944() -> Article:
    a = Article(
        "crimea1944",
        "The removal of the Ak-Burun Tatars, May 1944: district reports, echelons and the "
        "Uzbek registers",
        "heldout12",
    )
    C = a.C
    a.P(
        f"For the operation of May 1944 the NKVD staff divided the Ak-Burun peninsula into "
        f"{C('six', COUNT, OK, formula='6')} districts: Tashlyk, Ak-Dere, Kuru-Ozen, Yeni-Sala, "
        f"Sary-Bulak and Kermenchik.",
        f"The summary that the staff wired to Moscow on the evening of 20 May gave the persons "
        f"loaded in each: 21,340 in Tashlyk, 17,865 in Ak-Dere, 15,120 in Kuru-Ozen, 14,290 in "
        f"Yeni-Sala, 12,745 in Sary-Bulak and 9,460 in Kermenchik, "
        f"{C('90,820', SUM, OK, formula='21340+17865+15120+14290+12745+9460')} in all.",
        f"Tashlyk, on the northern plain, gave "
        f"{C('23.5 percent', SHARE, OK, formula='21340/90820*100')} of them, while the two "
        f"mountain districts of Ak-Dere and Kuru-Ozen together gave "
        f"{C('36.3 percent', SHARE, OK, formula='(17865+15120)/90820*100')}.",
        f"Kermenchik, a district of fishing villages on the eastern spit, was the "
        f"{C('smallest', COMP, OK, formula='9460<12745<14290<15120<17865<21340')} of the six.",
    )
    a.P(
        f"The same summary counted 23,870 families, "
        f"{C('about 3.8', RATE, OK, formula='90820/23870')} persons to a family.",
        f"In Tashlyk the 21,340 persons went in 5,210 families, "
        f"{C('4.1', RATE, OK, formula='21340/5210')} to a family, so that the families of the "
        f"plain were {C('larger', COMP, OK, formula='21340/5210>90820/23870')} than the "
        f"average for the peninsula.",
        f"With most men of working age in the army or in the labour battalions, 9,145 of the "
        f"23,870 families had a woman at their head; the remaining "
        f"{C('14,725', REM, OK, formula='23870-9145')} were headed by men, most of them old.",
        "Nine hundred families of railway workers and fishermen from the spit were loaded "
        "apart from the rest and are not in these figures.",
    )
    a.P(
        f"The loading began before dawn on 18 May and was over by the evening of 20 May; the "
        f"people went out in 67 echelons made up of 3,216 wagons, "
        f"{C('48', RATE, OK, formula='3216/67')} wagons to an echelon.",
        f"Each wagon thus carried {C('about 28', RATE, OK, formula='90820/3216')} persons on "
        f"average, though the commandants' notes speak of wagons with forty and more.",
        f"Two late echelons, loaded on 21 May with 1,184 and 962 persons from the railway "
        f"settlements and the spit, raised the total to "
        f"{C('92,966', SUM, OK, formula='90820+1184+962')}.",
        f"The first echelon left Bish-Aul station on 18 May and was unloaded at Tashkent on "
        f"5 June, after {C('eighteen days', DUR, OK, formula='31-18+5')} on the road.",
    )
    a.P(
        f"The operation engaged "
        f"{C('32,000', SUM, OK, formula='23400+5100+3500')} officers and men of the internal "
        f"troops: 23,400 in the district operational groups, 5,100 on the railway and 3,500 in "
        f"reserve at the staff in Bish-Aul, and about 4,000 local party activists and militiamen "
        f"were attached to them.",
        f"The district groups were much the "
        f"{C('largest', COMP, OK, formula='23400>5100>3500')} of the three, and in the villages "
        f"there was one soldier of these groups for every "
        f"{C('four', RATE, OK, formula='90820/23400')} persons removed.",
        "The Ak-Dere group, 1,200 men with 300 lorries, cleared 38 mountain villages in less "
        "than two days.",
        f"According to the district party secretary, writing a month later, "
        f"{C('about 25 percent', SHARE, UNV)} of the emptied houses had been broken into and "
        f"stripped before the property commission arrived.",
    )
    a.P(
        f"The Uzbek NKVD's registers of arrival, closed on 8 July, list 28,430 settlers in "
        f"Tashkent oblast, 21,560 in Samarkand, 16,240 in Andijan, 12,875 in Fergana, 8,310 in "
        f"Namangan and 3,905 in Kashkadarya, "
        f"{C('91,320', SUM, OK, formula='28430+21560+16240+12875+8310+3905')} persons in all.",
        f"Tashkent oblast thus received "
        f"{C('31.1%', SHARE, OK, formula='28430/91320*100')} of the arrivals and Samarkand "
        f"{C('26.3%', SHARE, SLIP, '23.6', '21560/91320*100')}, the four other oblasts "
        f"together the remaining "
        f"{C('45.3%', SHARE, OK, formula='(16240+12875+8310+3905)/91320*100')}.",
        f"Fergana, with the "
        f"{C('third-largest', COMP, SLIP, 'fourth-largest', FERGANA_PLACE)} "
        f"contingent, settled most of those who came from the mountain villages in the Kokand "
        f"and Margilan districts.",
        f"Between the 92,966 loaded on the peninsula and those registered on arrival, the "
        f"difference of {C('1,646', REM, OK, formula='92966-91320')} was made up of the dead "
        f"taken off the trains on the way and of those unloaded by mistake in Kazakhstan.",
    )
    a.P(
        f"The settlement departments kept a separate register of deaths from 1 June 1944 to "
        f"30 November 1945, an "
        f"{C('eighteen-month', DUR, OK, formula='(1945-1944)*12+11-6+1')} period that the "
        f"later petitions called the time of hunger.",
        f"It records 4,980 deaths in Tashkent oblast, 4,310 in Samarkand, 3,490 in Andijan, "
        f"2,260 in Fergana, 1,520 in Namangan and 700 in Kashkadarya, a total of "
        f"{C('17,260', SUM, OK, formula='4980+4310+3490+2260+1520+700')}, or "
        f"{C('18.9%', SHARE, OK, formula='17260/91320*100')} of the settlers registered on "
        f"arrival.",
        f"In Samarkand oblast the loss came to "
        f"{C('200', RATE, OK, formula='4310/21560*1000')} per 1,000 settlers, in Fergana to "
        f"{C('139', RATE, SLIP, '176', '2260/12875*1000')}.",
        f"Andijan, which lost 3,490 of its 16,240, fared worse still: a settler sent there was "
        f"{C('more likely', COMP, OK, formula='3490/16240>4310/21560')} to die in those months "
        f"than one sent to Samarkand.",
    )
    a.P(
        f"Of the 17,260 dead, 46 percent were children under sixteen, and 38 percent of the "
        f"children were under three years old: "
        f"{C('about 3,020', CHAIN, OK, formula='17260*0.46*0.38')} infants and small children.",
        f"The first months were the worst: 9,050 of the deaths, "
        f"{C('over half', MULT, OK, formula='9050/17260')}, fell in the first six months, "
        f"before the first harvest was in.",
        f"In the Samarkand settlements the able-bodied men on the register were "
        f"{C('halved', MULT, OK, formula='2415/4860')}, from 4,860 in July 1944 to 2,415 in "
        f"October 1945, by deaths, arrests and the labour call-ups.",
        f"Only after 1946 do the registers show the community recovering: in Andijan oblast "
        f"the births entered for settlers rose from 1,941 in 1946 to 3,140 in 1950 "
        f"({C('61.8 percent', SHARE, AMB, formula='1941/3140*100')}).",
    )
    a.P(
        f"The mobilisations for labour took settlers to "
        f"{C('three', COUNT, OK, formula='3')} sites: the Farkhad dam on the Syr Darya, the "
        f"Angren coal trust and the Chirchik chemical works.",
        f"Of the 11,850 mobilised in 1944 and 1945, 5,420 went to Farkhad, 3,960 to Angren and "
        f"the rest, {C('2,470', REM, OK, formula='11850-5420-3960')}, to Chirchik, so that "
        f"Angren was {C('second only to', COMP, OK, formula='5420>3960>2470')} Farkhad.",
        f"The call-ups {C('more than doubled', MULT, OK, formula='8210/3640')} from one year "
        f"to the next, from 3,640 in 1944 to 8,210 in 1945.",
        f"In the spring of 1945 Farkhad received four more contingents, of 640, 815, 1,120 and "
        f"905 persons, {C('2,575', SUM, SLIP, '3,480', '640+815+1120+905')} in all.",
    )
    a.P(
        "The Namangan oblast committee had set aside 277 tons of grain and 46 collective farms "
        "for its 8,310 newcomers.",
        f"An inspector from Tashkent who came in August found them living "
        f"{C('about 30', RATE, UNV)} to a house, in stables, sheds and school buildings.",
        f"He thought that {C('about a third', MULT, UNV)} of the huts promised in June had "
        f"never been built.",
    )
    a.P(
        f"The Kuru-Ozen register of 1939 had counted 19,400 Tatars in the district, so that the "
        f"15,120 removed in May were "
        f"{C('about four-fifths', MULT, OK, formula='15120/19400')} of its pre-war Tatar "
        f"population.",
        f"In Ak-Dere {C('the great majority', MULT, OK, formula='15980/17865')} of those "
        f"loaded, 15,980 of 17,865, were women, children and the old.",
        f"On the cotton sovkhozes of Andijan the number of settlers on the payroll "
        f"{C('tripled', MULT, SLIP, 'doubled', '4390/2140')} between the autumn of 1944 and "
        f"the spring of 1946, from 2,140 to 4,390, as the children came of working age.",
    )
    a.P(
        f"Of the 91,320 settlers registered, 56 percent were placed on collective farms, and "
        f"26 percent of these in Andijan oblast, "
        f"{C('about 13,300', CHAIN, OK, formula='91320*0.56*0.26')} persons.",
        f"In Fergana oblast 10,860 of the 12,875 settlers went to collective farms and the "
        f"remaining {C('215', REM, SLIP, '2,015', '12875-10860')} to the silk and cotton mills "
        f"of Kokand and Margilan.",
    )
    a.P(
        "The emptied districts of the peninsula were resettled slowly, with families brought "
        "from the Russian and Ukrainian oblasts.",
        f"In Sary-Bulak the tobacco kolkhozes, worked by 4,350 people before the removal, had "
        f"1,305 at work in the autumn, a fall of "
        f"{C('30 percent', SHARE, SLIP, '70', '(4350-1305)/4350*100')}.",
        f"The Kermenchik herds went down from 12,600 head in April to 6,300 head in September "
        f"({C('50 percent', SHARE, AMB, formula='6300/12600*100')}).",
        f"The land department reckoned that {C('about 40 percent', SHARE, UNV)} of the "
        f"vineyards and orchards of the southern coast went unharvested in 1944.",
    )
    a.P(
        f"The decree of 28 April 1956 took the Tatars off the special settlers' register after "
        f"{C('almost twelve years', DUR, OK, formula='((1956-1944)*12+4-5)/12')} under the "
        f"commandants, counted from May 1944.",
        f"It left {C('three', COUNT, OK, formula='3')} things in force: the ban on return to "
        f"the peninsula, the loss of the houses and goods left behind, and the silence of the "
        f"press about the removal.",
        f"The commandants' offices closed first in the "
        f"{C('four', COUNT, SLIP, 'three', '3')} oblasts with the most settlers, Tashkent, "
        f"Samarkand and Andijan, in June; the others followed in the autumn.",
        f"Between that decree and the declaration of November 1989 that condemned the "
        f"deportation, {C('thirty-six years', DUR, SLIP, 'thirty-three years', '1989-1956')} "
        f"went by.",
    )
    a.P(
        f"The census of January 1989 counted 236,800 Ak-Burun Tatars in the Union: 41,260 back "
        f"on the peninsula, 172,500 in Uzbekistan and the rest, "
        f"{C('23,040', REM, OK, formula='236800-41260-172500')}, mostly in Kazakhstan, "
        f"Tajikistan and the Kuban.",
        f"Those on the peninsula were thus "
        f"{C('17.4 per cent', SHARE, OK, formula='41260/236800*100')} of the people, and "
        f"{C('more than four times as many', COMP, OK, formula='172500/41260')} still lived "
        f"in Uzbekistan.",
        f"Of the 41,260, 58 percent had come back since 1987, and 70 percent of these had no "
        f"residence permit: "
        f"{C('about 17,650', CHAIN, SLIP, 'about 16,750', '41260*0.58*0.70')} persons living "
        f"in the steppe settlements without papers.",
    )
    a.P(
        f"The passport offices of the peninsula counted the returning families: 1,870 came "
        f"back in 1987 and 3,240 in 1988, and a further 4,105 in 1989 brought the total to "
        f"{C('9,215', SUM, OK, formula='1870+3240+4105')}.",
        f"Of these, {C('two-thirds', MULT, OK, formula='6150/9215')}, 6,150 families, settled "
        f"in the steppe districts of the north, where land could still be had.",
    )
    return a


if __name__ == "__main__":
    art = crimea1944()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:30} "
              f"{c.get('intended', '')!s:18} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
