"""Writes the blind held-out gold article ``koreanraion`` for the figures checker (issue #14):
the autumn 1937 removal of the Koreans of an imagined Far Eastern border raion, Sukhovodsk,
to Central Asia, as the raion troika's lists, the echelon reports and the receiving kolkhozes'
accounts would show it. The prose is ours and every number is invented; each derived claim's
arithmetic is done here, apart from borderlands.figures, which its author did not read or run.
All claims are ``heldout11``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the printed word states, or the place in a listed order for a rank
(for the ranking slip, the place the figures really give); for a count, the number of items
listed; for a duration, the span in the unit printed, counted from the printed dates. An
ambiguous claim's formula is one of its two readings; the test names the other. Unverifiable
claims have no formula: their inputs are not printed.

Run: python3 tests/gold/figures/make_gold_koreanraion.py   (rewrites koreanraion.txt/.yaml)
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
# The longer formulas, kept here so that the prose below stays readable.
ECHELON_DEATHS = "[36, 24, 52, 15, 41, 21, 29]"  # echelons No. 1 to No. 7
HEAVIEST = f"max({ECHELON_DEATHS}) == 52"
RANK_OF_NO1 = f"sorted({ECHELON_DEATHS}, reverse=True).index(36) + 1"
SECOND_ONLY = "sorted([4127, 3395, 2018, 1391], reverse=True)[:2] == [4127, 3395]"
TROIKA_DAYS = "(date(1937, 9, 9) - date(1937, 8, 29)).days"
JOURNEY_DAYS = "(date(1937, 11, 2) - date(1937, 9, 24)).days"


def koreanraion() -> Article:
    a = Article(
        "koreanraion",
        "Lists, echelons and ledgers: the removal of the Koreans of Sukhovodsk raion to "
        "Central Asia, 1937-1938",
        "heldout11",
    )
    C = a.C
    a.P(
        f"The Sukhovodsk raion troika, made up of the head of the district NKVD office, the "
        f"raion party secretary and the procurator, sat from 29 August to 9 September 1937, "
        f"{C('fourteen days', DUR, SLIP, 'eleven days', TROIKA_DAYS)} in which it turned "
        f"the village registers into lists for removal.",
        f"The Korean population of the raion lived in "
        f"{C('five', COUNT, OK, formula='5')} village sovets along the frontier: Kedrovka, "
        f"Sinii Yar, Tigrovaya, Pogranichnoe and Lugovoe.",
    )
    a.P(
        f"When the lists were closed they named 11,486 Koreans in 2,318 households, "
        f"{C('nearly five', RATE, OK, formula='11486/2318')} persons to a household.",
        f"Kedrovka alone accounted for 3,412 of them, or "
        f"{C(pct(3412, 11486) + ' percent', SHARE, OK, formula='3412/11486*100')}.",
        "Sinii Yar had 2,876.",
        f"Tigrovaya, Pogranichnoe and Lugovoe, the smaller sovets, held 2,241, 1,730 and "
        f"1,227 persons, "
        f"{C('3,971', SUM, SLIP, g(2241 + 1730 + 1227), '2241+1730+1227')} between them; "
        f"Lugovoe by itself had barely "
        f"{C(pct(1227, 11486) + ' per cent', SHARE, OK, formula='1227/11486*100')} of the "
        f"raion's Koreans.",
    )
    a.P(
        f"Counted by households the order was the same: Kedrovka 694, Sinii Yar 585, Tigrovaya "
        f"452, Pogranichnoe 341 and Lugovoe 246, "
        f"{C(g(694 + 585 + 452 + 341 + 246), SUM, OK, formula='694+585+452+341+246')} in all.",
        f"Pogranichnoe's 1,730 people lived in its 341 households, "
        f"{C('about 5.1', RATE, OK, formula='1730/341')} to each.",
        f"Kedrovka had {C('twice', MULT, OK, formula='694/341')} as many households as "
        f"Pogranichnoe.",
        f"Lugovoe, with 246, was the "
        f"{C('smallest', COMP, OK, formula='246 < 341 < 452 < 585 < 694')} of the five.",
    )
    a.P(
        f"Of the 11,486 on the lists, 11,102, "
        f"{C('the great majority', MULT, OK, formula='11102/11486')}, boarded the echelons "
        f"at Sukhovodsk station; the remaining "
        f"{C('384', REM, OK, formula='11486-11102')} had been arrested, lay in hospital or "
        f"were at sea with the fishing artel.",
        f"Seven echelons of 412 wagons in all carried them west, which put "
        f"{C('27.9', RATE, SLIP, '26.9', '11102/412')} persons in a wagon.",
        f"People over sixty numbered 790, {C('7 percent', SHARE, AMB, formula='790/11102*100')}"
        f".",
    )
    a.P(
        f"The frontier troops gave 96 men to the escort, and the oblast militia raised it to "
        f"{C('148', SUM, OK, formula='96+37+15')} by adding 37 riflemen and 15 orderlies.",
        f"The militia's {C('52', SUM, OK, formula='37+15')} men made up "
        f"{C(pct(52, 148) + ' percent', SHARE, OK, formula='52/148*100')} of the escort.",
        f"For the 11,102 deportees this meant one guard for every "
        f"{C('75', RATE, OK, formula='11102/148')}.",
        f"Each echelon commander carried {C('four', COUNT, OK, formula='4')} papers: the "
        f"troika's list, the wagon roster, the ration sheet and the escort order.",
        f"Of the 412 wagons, 294 were sent back to Vladivostok as soon as they were unloaded, "
        f"and the other {C('1,118', REM, SLIP, '118', '412-294')} stayed in Central Asia "
        f"for the grain traffic.",
        f"The escort's own report describes {C('10 percent', SHARE, UNV)} of the wagons as "
        f"having no stove.",
    )
    a.P(
        "The households left 1,862 tons of grain in the raion's barns and 3,140 head of cattle "
        "in their yards.",
        f"The procurement office wrote receipts for 1,514 tons, "
        f"{C(pct(1514, 1862) + ' percent', SHARE, OK, formula='1514/1862*100')}; the "
        f"remaining {C('348', REM, OK, formula='1862-1514')} tons were never weighed.",
        f"Of the cattle, the state farms took over 2,206 head and the kolkhozes of the "
        f"neighbouring raions 611, {C('about a fifth', MULT, OK, formula='611/3140')}, while "
        f"the rest, {C('323', REM, OK, formula='3140-2206-611')} head, were slaughtered for "
        f"the road or strayed.",
        f"The receipts came to 1,287,000 rubles, "
        f"{C('85', RATE, OK, formula='1287000/(1514*10)')} rubles a centner.",
        f"A raion inspector guessed the next spring that "
        f"{C('about 12 percent', SHARE, UNV)} of the unweighed grain had rotted where it lay.",
    )
    a.P(
        f"The first echelon pulled out of Sukhovodsk on 24 September and the last reached its "
        f"station on 2 November, {C('thirty-nine days', DUR, OK, formula=JOURNEY_DAYS)} later.",
        f"On the road 131 children, 54 old people and 33 others died, "
        f"{C(g(131 + 54 + 33), SUM, OK, formula='131+54+33')} in all.",
        f"That was {C('19.6 per 1,000', RATE, OK, formula='218/11102*1000')} of the 11,102 "
        f"who had boarded.",
        f"Children were {C('60 per cent', SHARE, OK, formula='131/218*100')} of the dead.",
        f"The 218 deaths were {C('more than four times', MULT, OK, formula='218/47')} the 47 "
        f"births on the way.",
        f"The echelon doctors reckoned that {C('about 25 percent', SHARE, UNV)} of the "
        f"deportees fell ill with dysentery before the Urals.",
    )
    a.P(
        "The echelons did not suffer alike: No. 1 lost 36 people, No. 2 lost 24, No. 3 "
        "lost 52, No. 4 lost 15, No. 5 lost 41, No. 6 lost 21 and No. 7 lost 29.",
        f"No. 3, the last to leave and the first to meet the frost, had the "
        f"{C('heaviest', COMP, OK, formula=HEAVIEST)} toll, and No. 1 came "
        f"{C('second', COMP, SLIP, 'third', RANK_OF_NO1)}.",
        f"A deportee in No. 3 was {C('more likely', COMP, OK, formula='52/1604 > 41/1588')} to "
        f"die than one in No. 5: 52 deaths among 1,604 passengers against 41 among 1,588.",
        f"No. 4, which carried the Lugovoe families, lost "
        f"{C('fewer', COMP, OK, formula='15 < 24')} people than No. 2.",
    )
    a.P(
        f"Of the 11,102 who had boarded, "
        f"{C(g(11102 - 218 + 47), SUM, OK, formula='11102-218+47')} were unloaded in Central "
        f"Asia, once the 218 dead had been taken off and the 47 newborn added.",
        f"Tashkent oblast received 4,127 of them "
        f"({C(pct(4127, 10931) + ' percent', SHARE, OK, formula='4127/10931*100')}), "
        f"Kzyl-Orda 3,395, South Kazakhstan 2,018 "
        f"({C('15.8 percent', SHARE, SLIP, pct(2018, 10931), '2018/10931*100')}) and Khorezm "
        f"1,391.",
        f"The two Kazakh oblasts together took "
        f"{C(g(3395 + 2018), SUM, OK, formula='3395+2018')}.",
        f"Kzyl-Orda was {C('second only to', COMP, OK, formula=SECOND_ONLY)} Tashkent as a "
        f"destination.",
    )
    a.P(
        f"The Kzyl-Orda reception commission sorted its 3,395 arrivals into men of working age "
        f"(29 percent), women of working age (31 percent) and children and the old "
        f"({C('40 percent', SUM, OK, formula='100-29-31')}).",
        f"Of the 3,395, 2,830, {C('five-sixths', MULT, OK, formula='2830/3395')}, spent the "
        f"first winter in dugouts and borrowed yurts.",
        "The others were lodged in kolkhoz offices, schools and a disused mosque.",
    )
    a.P(
        f"In the spring of 1938 the four Korean kolkhozes of the Kzyl-Orda oblast were to sow "
        f"2,600 hectares; they sowed 2,145, and the difference of "
        f"{C('455', REM, OK, formula='2600-2145')} hectares lay fallow.",
        f"Rice took 1,428 hectares, {C('two-thirds', MULT, OK, formula='1428/2145')} of the "
        f"sown land, millet 512 and lucerne 205.",
        f"The kolkhozes thus grew {C('three', COUNT, OK, formula='3')} crops: rice, millet and "
        f"lucerne.",
        f"Across all four oblasts the resettled kolkhozes had sown 6,380 hectares at home in "
        f"1937 and sowed 3,190 in 1938 "
        f"({C('50 percent', SHARE, AMB, formula='3190/6380*100')}).",
    )
    a.P(
        f"The Avangard kolkhoz threshed 2,356 centners of rice from 62 hectares, "
        f"{C('38', RATE, OK, formula='2356/62')} centners a hectare.",
        f"Its yield was {C('higher', COMP, OK, formula='2356/62 > 1891/61')} than that of "
        f"Krasnyi Vostok, which took 1,891 centners from 61 hectares.",
        f"Avangard's herd {C('tripled', MULT, SLIP, 'doubled', '431/212')} in the year, from "
        f"212 head to 431.",
        f"Krasnyi Vostok's flock of sheep fared worse, falling over the winter from 1,480 to "
        f"1,036, a loss of "
        f"{C('70 percent', SHARE, SLIP, '30 percent', '(1480-1036)/1480*100')}.",
    )
    a.P(
        f"The South Kazakhstan commission placed its 2,018 arrivals in "
        f"{C('five', COUNT, SLIP, 'four', '4')} kolkhozes: Kzyl-Tu, Put' Il'icha, Novyi Put' "
        f"and Oktyabr'.",
        f"In Khorezm the first winter killed 197 of the 1,391 newcomers, "
        f"{C('42 per 1,000', RATE, SLIP, '142 per 1,000', '197/1391*1000')}.",
        f"By the summer of 1938 only 702 of the 1,391 were still in the oblast, the others "
        f"having been sent on to Kara-Kalpakia: their number had "
        f"{C('halved', MULT, OK, formula='702/1391')}.",
    )
    a.P(
        f"Of the 10,931 arrivals, 31 percent went to the Kzyl-Orda oblast, and 37 percent of "
        f"these were children under sixteen: "
        f"{C('about 1,250', CHAIN, OK, formula='10931*0.31*0.37')} children.",
        f"Of the 2,318 households, 30 percent had owned a horse in Sukhovodsk, and 55 percent "
        f"of these had been paid for it by the summer of 1938: "
        f"{C('about 380', CHAIN, OK, formula='2318*0.30*0.55')} households.",
        f"Of the 1,862 tons of grain left behind, 81 percent was receipted, and two-fifths of "
        f"that was repaid in kind by the end of 1938, "
        f"{C('about 600', CHAIN, OK, formula='1862*0.81*0.4')} tons.",
    )
    a.P(
        f"The compensation commission of the Kzyl-Orda oblast opened its books in September "
        f"1937 and closed them in January 1939, a "
        f"{C('sixteen-month', DUR, OK, formula='(1939-1937)*12 + (1-9)')} labour.",
        f"By its own account it paid out {C('about 40 percent', SHARE, UNV)} of what the "
        f"receipts had promised.",
        f"The deportees themselves were bound to their new oblasts until 1956, "
        f"{C('nineteen years', DUR, OK, formula='1956-1937')} after the echelons had left "
        f"Sukhovodsk.",
    )
    return a


if __name__ == "__main__":
    art = koreanraion()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:14} {f or ''} = {v}")
