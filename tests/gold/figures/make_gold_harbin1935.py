"""Writes the blind held-out gold article ``harbin1935`` for the figures checker (issue #14):
the return of the railwaymen's families from Manchuria after the sale of the railway in 1935
and their fate in 1937-38, as an imagined line administration's lists and the returns of one
imagined oblast NKVD (Zaozernaia oblast) would show it. The prose is ours and every number is
invented; each derived claim's arithmetic is done here, apart from borderlands.figures, which
its author did not read or run. All claims are ``heldout13``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the printed word states, a ratio for "N times as many", or the place
in a listed order for a rank (for the ranking slip, the place the figures really give); for a
count, the number of items listed; for a duration, the span in the unit printed, counted from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula: their inputs are not printed.

Run: python3 tests/gold/figures/make_gold_harbin1935.py   (rewrites harbin1935.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"
# Formulas are evaluated with no names at all: plain arithmetic and comparisons only.
FORMULA_NAMES: dict[str, object] = {}
POGRANICHNAIA_RANK = "1 + (3870 > 812) + (905 > 812) + (628 > 812)"
TRACK_LARGEST = "1912 > 1488 and 1912 > 1274 and 1912 > 1541"
NOVEMBER_WORST = "451 > 214 and 451 > 386 and 451 > 297 and 451 > 168 and 451 > 95"


def harbin1935() -> Article:
    a = Article(
        "harbin1935",
        "Home from the railway zone: the Manchurian railwaymen's families in Zaozernaia oblast, "
        "1935-1959",
        "heldout13",
    )
    C = a.C
    a.P(
        "When the Chinese Eastern Railway passed to Manchukuo in March 1935, the Soviet line "
        "administration drew up lists of every employee who wished to go home.",
        f"The lists named 8,460 families with 27,930 persons, or "
        f"{C('about 3.3', RATE, OK, formula='27930/8460')} persons to a family.",
        f"Of the 8,460 families, 6,215 "
        f"({C(pct(6215, 8460) + ' percent', SHARE, OK, formula='6215/8460*100')}) asked to be "
        f"taken to the Soviet Union.",
        f"The other {C(g(8460 - 6215), REM, OK, formula='8460-6215')} stayed in Harbin, took "
        f"Chinese papers or went south to Tianjin and Shanghai.",
        f"By the administration's own guess, roughly {C('35 percent', SHARE, UNV)} of those who "
        f"stayed had been born in Manchuria.",
    )
    a.P(
        f"The returning families were registered at {C('four', COUNT, OK, formula='4')} "
        f"stations: Harbin, Manchzhuria, Pogranichnaia and Hailar.",
        f"Harbin entered 3,870 families, Manchzhuria 905, Pogranichnaia 812 and Hailar 628, "
        f"{C(g(3870 + 905 + 812 + 628), SUM, OK, formula='3870+905+812+628')} in all.",
        f"With its 812 families Pogranichnaia stood "
        f"{C('second', COMP, SLIP, 'third', POGRANICHNAIA_RANK)} among the four, a sign of how "
        f"many of its men had worked the eastern section since before the revolution.",
    )
    a.P(
        "By trade the heads of the 6,215 families were 1,488 locomotive men, 1,912 track and "
        "bridge workers, 1,274 workshop hands and 1,541 station and office employees.",
        f"In the administration's summary these groups make "
        f"{C(pct(1488, 6215), SHARE, OK, formula='1488/6215*100')}, "
        f"{C(pct(1912, 6215), SHARE, OK, formula='1912/6215*100')}, "
        f"{C(pct(1274, 6215), SHARE, OK, formula='1274/6215*100')} and "
        f"{C('28.4 percent', SHARE, SLIP, pct(1541, 6215), '1541/6215*100')} of the whole.",
        f"Track workers were the {C('largest', COMP, OK, formula=TRACK_LARGEST)} group, as they "
        f"had been on the line since the twenties.",
    )
    a.P(
        "From 23 March to 30 September 1935 the returners crossed the frontier at Otpor in 38 "
        "passenger trains.",
        f"The movement thus took {C('just over six months', DUR, OK, formula='(9-3)+(30-23)/30')}"
        f", with the heaviest traffic in May and June.",
        f"The trains carried 20,140 persons, {C('530', RATE, OK, formula='20140/38')} to a train, "
        f"or {C('about 3.2', RATE, OK, formula='20140/6215')} persons for each returning family.",
        f"Children under fourteen numbered 4,030, "
        f"{C('about a fifth', MULT, OK, formula='4030/20140')} of the passengers.",
        f"A transport police escort of 418 men rode with them, one policeman for every "
        f"{C('48', RATE, OK, formula='20140/418')} passengers.",
    )
    a.P(
        "Freight trains followed with the families' goods: 5,210 tons of furniture and "
        "household effects and 2,430 tons of tools, sewing machines and bicycles.",
        f"The {C(g(5210 + 2430), SUM, OK, formula='5210+2430')} tons filled 1,910 wagons, "
        f"{C('four', RATE, OK, formula='7640/1910')} tons to the wagon.",
        f"The returners' savings, paid into the State Bank at the frontier, came to "
        f"41,360,000 rubles, {C('about 6,650 rubles', RATE, OK, formula='41360000/6215')} a "
        f"family.",
        f"A first payment of 9,600,000 rubles on the line's pension debts was raised to a total "
        f"of {C('17,900,000', SUM, OK, formula='9600000+5150000+3150000')} rubles by adding "
        f"5,150,000 in June and 3,150,000 in October.",
        f"Deposits at the bank's Harbin branch had "
        f"{C('more than doubled', MULT, OK, formula='13.1/5.8')} between January and March, "
        f"from 5.8 million to 13.1 million rubles, as the employees sold what they could not "
        f"carry.",
    )
    a.P(
        "The People's Commissariat of Ways of Communication spread the families over its lines.",
        f"Of the 6,215, 2,380 went to the Far Eastern lines, 1,420 to the Siberian, 960 to the "
        f"Urals and the remaining "
        f"{C(g(6215 - 2380 - 1420 - 960), REM, OK, formula='6215-2380-1420-960')} to the "
        f"central and southern lines.",
        f"The Far East and Siberia together thus took "
        f"{C(g(2380 + 1420), SUM, OK, formula='2380+1420')} families.",
        f"Zaozernaia oblast, on the Siberian line, received 1,134 families with 3,690 persons: "
        f"{C(pct(1134, 6215) + ' percent', SHARE, OK, formula='1134/6215*100')} of all the "
        f"returning families and {C('nearly four-fifths', MULT, OK, formula='1134/1420')} of "
        f"the Siberian contingent.",
    )
    a.P(
        "In the oblast the railway housed the newcomers at its depots and in the oblast centre.",
        "It found them 296 flats and 740 rooms in barracks and dormitories.",
        f"By the summer of 1936, {C('40 percent', SHARE, UNV)} of the families were said to be "
        f"in debt to the workers' supply stores.",
        f"Of the 1,134 families, 462 lived in the oblast centre and the rest, "
        f"{C(g(1134 - 462), REM, OK, formula='1134-462')}, at the depots along the line.",
        f"These were spread over {C('five', COUNT, OK, formula='5')} depots: Lomovka, "
        f"Sosnovka, Krutoiar, Gorelovo and Ust-Tal.",
    )
    a.P(
        f"Between the sale of the line in March 1935 and the NKVD order of September 1937 on "
        f"the 'Harbin' people, {C('two and a half years', DUR, OK, formula='(1937-1935)+(9-3)/12')}"
        f" passed.",
        f"In Zaozernaia oblast the NKVD then arrested 214 former railwaymen and their kin in "
        f"September, 386 in October, 451 in November and 297 in December, "
        f"{C(g(214 + 386 + 451 + 297), SUM, OK, formula='214+386+451+297')} in the last four "
        f"months of the year.",
        f"A further 168 arrests in January and 95 in February 1938 brought the total to "
        f"{C('1,516', SUM, SLIP, g(1348 + 168 + 95), '1348+168+95')}.",
        f"Arrests {C('more than doubled', MULT, OK, formula='451/214')} between September and "
        f"November, and November, with 451, was the "
        f"{C('worst', COMP, OK, formula=NOVEMBER_WORST)} month of the operation.",
    )
    a.P(
        "The oblast's returners numbered 2,460 adults in the passport lists of 1936 and 2,470 "
        "in the railway's staff list of 1937.",
        f"The 1,611 arrested were thus {C('65 per cent', SHARE, AMB, formula='1611/2460*100')} "
        f"of the adult returners.",
        f"For every 1,000 returners in the oblast, children included, "
        f"{C('437', RATE, OK, formula='1611/3690*1000')} were arrested.",
        f"Locomotive men were {C('more likely', COMP, OK, formula='312/498 > 287/604')} to be "
        f"taken than track workers: 312 of 498 against 287 of 604.",
    )
    a.P(
        f"Of the 1,611 arrested, 1,047 were sentenced in the first category, to be shot, and 512 "
        f"in the second, to eight or ten years in the camps; the remaining "
        f"{C(g(1611 - 1047 - 512), REM, OK, formula='1611-1047-512')} cases went to the courts "
        f"or were closed.",
        f"The first category thus took "
        f"{C('77.7 percent', SHARE, SLIP, pct(1047, 1611), '1047/1611*100')} of those "
        f"arrested.",
        f"There were {C('about twice as many', COMP, OK, formula='1047/512')} men shot as men "
        f"sent to the camps.",
        f"The charges fell under {C('three', COUNT, OK, formula='3')} heads: espionage for "
        f"Japan, sabotage on the line and anti-Soviet agitation.",
        f"The operation, from the first arrests in September 1937 to the last sentences in "
        f"November 1938, lasted {C('fourteen months', DUR, OK, formula='(1938-1937)*12+(11-9)')}"
        f".",
    )
    a.P(
        "The depots suffered worst of all.",
        f"The first arrests struck {C('five', COUNT, SLIP, 'four', '4')} depots in a single "
        f"night: Lomovka, Sosnovka, Krutoiar and Ust-Tal.",
        f"Lomovka lost 148 men, Sosnovka 121 and Krutoiar 97, so that Sosnovka was "
        f"{C('second only to', COMP, OK, formula='148 > 121 > 97')} Lomovka.",
        f"Krutoiar's 97 arrests among its 412 returners meant "
        f"{C('253', RATE, SLIP, f'{97 / 412 * 1000:.0f}', '97/412*1000')} in every 1,000.",
        f"At Gorelovo 84 returners worked beside 252 local men, and "
        f"{C('about a third', MULT, UNV)} of the returners there were said to have kept their "
        f"Chinese papers.",
    )
    a.P(
        "The arrests reached into nearly every household.",
        f"Of the 1,134 families, 945, {C('five-sixths', MULT, OK, formula='945/1134')}, lost at "
        f"least one member.",
        f"{C('Most', MULT, OK, formula='980/1436')} of the 1,436 children of the arrested, 980 "
        f"of them, were taken in by relatives.",
        f"Of the 1,047 men shot, 60 percent were heads of families, and 45 percent of these left "
        f"children under ten: {C('283', CHAIN, OK, formula='1047*0.60*0.45')} families.",
    )
    a.P(
        f"Of the 41,360,000 rubles of savings, 28 percent belonged to families with a member "
        f"arrested, and 35 percent of that was confiscated with their property, "
        f"{C('about 4,050,000 rubles', CHAIN, OK, formula='41360000*0.28*0.35')}.",
        f"Of the 512 men sent to the camps, 45 percent went to the Kolyma, and 30 percent of "
        f"these had died there by 1943: {C('96', CHAIN, SLIP, '69', '512*0.45*0.30')} men.",
        f"Later estimates by the oblast archive put deaths among the Harbin men in the camps at "
        f"{C('about 120 per 1,000', RATE, UNV)} a year.",
        f"Those kept in special settlement after their terms, from 1938 to 1956, spent "
        f"{C('nineteen years', DUR, SLIP, 'eighteen years', '1956-1938')} in exile.",
    )
    a.P(
        "The review of the Harbin cases began in 1955.",
        f"The oblast court cleared 216 men in 1956, 430 in 1957, 502 in 1958 and 240 in 1959, "
        f"{C(g(216 + 430 + 502 + 240), SUM, OK, formula='216+430+502+240')} in all.",
        f"Rehabilitations {C('tripled', MULT, SLIP, 'doubled', '430/216')} from the first year "
        f"to the second.",
        f"The 1,388 made {C(pct(1388, 1611) + ' percent', SHARE, OK, formula='1388/1611*100')} "
        f"of the 1,611 arrested, leaving "
        f"{C('23', REM, SLIP, g(1611 - 1388), '1611-1388')} whose cases were not reopened.",
        f"Of the 1,388, 1,190 were cleared after their deaths: "
        f"{C('the great majority', MULT, OK, formula='1190/1388')}.",
        f"The rate was {C('lower', COMP, OK, formula='868/1047 < 482/512')} for the men who had "
        f"been shot than for those sent to the camps: 868 of 1,047 against 482 of 512.",
    )
    a.P(
        "Even before the review, little was left of the Harbin colony.",
        f"The railway's books for 1940 still showed 506 of the 1,134 families, a fall of "
        f"{C('44.6 percent', SHARE, SLIP, pct(1134 - 506, 1134), '(1134-506)/1134*100')}.",
        f"In the oblast centre their number had gone from 462 in 1937 to 231 in 1939 "
        f"({C('50.0 percent', SHARE, AMB, formula='231/462*100')}).",
    )
    return a


if __name__ == "__main__":
    art = harbin1935()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"__builtins__": FORMULA_NAMES}) if f else None  # checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:26} "
              f"{c.get('intended', '')!s:14} {f or ''} = {v}")
