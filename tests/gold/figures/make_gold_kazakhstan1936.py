"""Writes the blind held-out gold article ``kazakhstan1936`` for the figures checker (issue #14):
the removal in 1936 of Polish and German households from the border districts of the Kiev and
Vinnitsa oblasts to northern Kazakhstan under the government decision of that spring on 15,000
households, as the operation summaries, district registers and telegrams would record it: the
plan and the lists by district, the trains of May to September, the NKVD labour settlements put
up on the steppe, the houses and wells built, the grain and livestock credits, the deaths and
births of the first two years and the later counts of 1939 and 1946.

The prose is ours and every number is invented (as are several district and settlement names).
Each derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout21``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_kazakhstan1936.py   (rewrites kazakhstan1936.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Households on the district lists of May 1936, in the order the register gives them.
DISTRICTS = "[3412, 2876, 2318, 1957, 1645, 1204]"
BARANOVKA_PLACE = f"sorted({DISTRICTS}, reverse=True).index(2318)+1"
# Households received by the five settlement groups.
GROUPS = "[4120, 3380, 2905, 2040, 1460]"
KRASNOARMEISK_PLACE = f"sorted({GROUPS}, reverse=True).index(4120)+1"


def kazakhstan1936() -> Article:
    a = Article(
        "kazakhstan1936",
        "From the Zbruch to the steppe: the removal of Polish and German households from the "
        "Ukrainian border districts to northern Kazakhstan in 1936",
        "heldout21",
    )
    C = a.C
    a.P(
        "The decision of the Council of People's Commissars signed on 28 April 1936 ordered "
        "15,000 Polish and German households out of the frontier strip and into the NKVD's "
        "labour settlements in Kazakhstan.",
        f"It applied to {C('two', COUNT, OK, formula='2')} oblasts: Kiev and Vinnitsa.",
        "Of the 15,000, the decision reserved 10,500 places for Polish families; the "
        f"remaining {C('4,500', REM, OK, formula='15000-10500')} were meant for the Germans.",
        "The first echelon left Shepetovka on 25 May, "
        f"{C('four weeks', DUR, OK, formula='((30-28)+25)/7')} after the signature.",
    )
    a.P(
        "The district registers finished in the middle of May (file 9, sheets 14 to 37) list "
        "3,412 households in Novograd-Volynsky, 2,876 in Emilchino and 2,318 in Baranovka, "
        "then, after a gap of two sheets, 1,957 in Polonnoe, 1,645 in Slavuta and 1,204 in "
        "Shepetovka.",
        f"Those {C('13,412', SUM, OK, formula='3412+2876+2318+1957+1645+1204')} households "
        f"amounted to {C('89.4 percent', SHARE, OK, formula='13412/15000*100')} of the plan, "
        f"and the oblast chiefs owed Moscow another "
        f"{C('1,858', REM, SLIP, '1,588', '15000-13412')}.",
        f"Novograd-Volynsky on its own supplied {C('25.4%', SHARE, OK, formula='3412/13412*100')}"
        f" of the names, and Baranovka came "
        f"{C('third', COMP, OK, formula=BARANOVKA_PLACE)}.",
    )
    a.P(
        "Supplementary lists drawn up in July closed the gap in part.",
        "When the last train pulled out on 20 September, 54 echelons had carried away 13,905 "
        "households with 59,820 persons.",
        f"The loading season thus lasted {C('nearly four months', DUR, OK, formula='118/30.4')},"
        f" with {C('about 1,100', RATE, OK, formula='59820/54')} people to a train and "
        f"{C('4.3', RATE, OK, formula='59820/13905')} to a household.",
        "The railway supplied 2,970 goods wagons, so that a wagon held "
        f"{C('about 20', RATE, OK, formula='59820/2970')} persons with their bundles.",
    )
    a.P(
        "The escort reports break the deportees down by nationality.",
        f"Poles numbered 41,800 ({C('69.9 per cent', SHARE, OK, formula='41800/59820*100')}) "
        f"and Germans 18,020, {C('59,820', SUM, OK, formula='41800+18020')} in all.",
        f"On the road 408 persons died or were taken off the trains sick, and the receiving "
        f"commandants signed for {C('59,412', REM, OK, formula='59820-408')}.",
        f"The Germans, some {C('30 per cent', SHARE, AMB, formula='18020/59820*100')} of the "
        f"contingent, were kept in separate settlements at the commandants' request.",
        f"Children under sixteen, 24,310 of them, made up about "
        f"{C('two in five', MULT, OK, formula='24310/59820')} of all those removed.",
    )
    a.P(
        f"On the steppe the labour settlement department had organised "
        f"{C('five', COUNT, OK, formula='5')} settlement groups: Krasnoarmeisk, Taincha, "
        f"Akmolinsk, Karkaralinsk and Kokchetav.",
        "They took 4,120, 3,380, 2,905, 2,040 and 1,460 households respectively.",
        f"Krasnoarmeisk, with {C('29.6 percent', SHARE, OK, formula='4120/13905*100')} of the "
        f"families, was the {C('largest', COMP, OK, formula=KRASNOARMEISK_PLACE)} group and "
        f"held {C('twice as many', COMP, OK, formula='4120/2040')} households as "
        f"Karkaralinsk.",
        f"Taincha was {C('second only to', COMP, OK, formula='4120>3380>2905>2040>1460')} "
        f"Krasnoarmeisk.",
    )
    a.P(
        "The building plan for 1936 called for 11,000 houses of adobe and timber on the "
        "twenty-two settlement sites.",
        f"By December 7,480 stood finished, {C('68 percent', SHARE, OK, formula='7480/11000*100')}"
        f" of the plan, which meant {C('nearly two', RATE, OK, formula='13905/7480')} families "
        f"to a house.",
        "The families left without a house dug themselves into 1,285 earth shelters, "
        f"{C('five', CHAIN, OK, formula='(13905-7480)/1285')} households to a shelter.",
        f"Of 312 wells projected, 187 were dug before the frost and the other "
        f"{C('125', REM, OK, formula='312-187')} were postponed to the spring, leaving "
        f"{C('8.5', RATE, OK, formula='187/22')} wells to a settlement.",
    )
    a.P(
        "At Taincha the commandant counted 1,400 families under canvas in October, sheltering "
        "in 350 army tents.",
        f"He estimated that {C('25 per cent', SHARE, UNV)} of the adults were down with "
        f"dysentery that month.",
        f"The same report puts the loss of the animals brought from Ukraine at "
        f"{C('about 40 percent', SHARE, UNV)}, without saying how many had been brought.",
    )
    a.P(
        "The Selkhozbank opened credits for the newcomers in the autumn.",
        "It advanced 6,420 tons of seed grain and 3,440 tons of food grain, "
        f"{C('9,860', SUM, OK, formula='6420+3440')} tons together, or "
        f"{C('about 700', RATE, OK, formula='9860/13905*1000')} kilograms per household.",
        "The money loans came to 4,170,000 rubles, "
        f"{C('300', RATE, OK, formula='4170000/13905')} rubles for each family, and paid for "
        f"6,240 cows, one for every {C('two', RATE, OK, formula='13905/6240')} families.",
        "The 1,830 horses bought in the Kokchetav markets were spread over the twenty-two "
        f"settlements at {C('38', RATE, SLIP, '83', '1830/22')} a settlement.",
    )
    a.P(
        "The machine stations lent the settlers 45 tractors and 360 horse ploughs for the spring "
        "sowing of 1937.",
        f"An agronomist from Akmolinsk complained that {C('one in eight', MULT, UNV)} of the "
        f"settlers had never worked a plough.",
        f"According to the district land office, {C('nearly half', MULT, UNV)} of the sown "
        f"wheat was lost to drought that summer.",
    )
    a.P(
        "From June to December 1936 the settlement registers recorded 1,742 deaths and 1,106 "
        "births.",
        f"Deaths ran {C('higher', COMP, OK, formula='1742>1106')} than births, at "
        f"{C('29.3 per 1,000', RATE, OK, formula='1742/59412*1000')} of those received, and "
        f"children accounted for 1,013 of the dead "
        f"({C('58.2 percent', SHARE, OK, formula='1013/1742*100')}).",
        "In 1937 the registers give 2,318 deaths and 2,590 births.",
        f"Deaths stayed {C('higher', COMP, SLIP, 'lower', '2318<2590')} than births that year, "
        f"at {C('39 per 1,000', RATE, AMB, formula='2318/59820*1000')}, and the two years "
        f"together cost {C('4,060', SUM, OK, formula='1742+2318')} lives.",
        f"Births {C('more than doubled', MULT, OK, formula='2590/1106')} from one year to the "
        f"next.",
    )
    a.P(
        "The second year brought the first harvests.",
        f"The sown area {C('tripled', MULT, OK, formula='25900/8400')}, from 8,400 hectares in "
        f"1936 to 25,900 in 1937, although the cows bought on credit were "
        f"{C('halved', MULT, OK, formula='3050/6240')} by fodder shortage and murrain, from "
        f"6,240 to 3,050.",
        f"The settlers grew {C('four', COUNT, OK, formula='4')} crops: wheat, oats, millet and "
        f"potatoes.",
        f"Horses {C('tripled', MULT, SLIP, 'doubled', '3790/1830')}, from 1,830 to 3,790, as "
        f"the groups bred from their own mares.",
    )
    a.P(
        "The commandants' annual returns kept track of flight.",
        "They list 214 escapes in 1936, 387 in 1937 (the peak, when whole families left for "
        "the railway at Petropavlovsk) and 156 in 1938, "
        f"{C('577', SUM, SLIP, '757', '214+387+156')} over the three years.",
        f"The returns were filed under {C('three', COUNT, SLIP, 'four', '4')} headings: "
        f"escaped, caught, returned and dead on the run.",
    )
    a.P(
        "Of the 13,905 households, 62 percent were settled in the Karaganda oblast, and 35 "
        "percent of these sent a man to the mines of the coal trust, "
        f"{C('about 3,000', CHAIN, OK, formula='13905*0.62*0.35')} households.",
        "Of the 18,020 Germans, 55 percent were adults, and 12 percent of these were over "
        f"sixty: {C('about 1,200', CHAIN, OK, formula='18020*0.55*0.12')} old people.",
        "Of the 7,480 houses, 40 percent were of adobe, and 15 percent of those had collapsed "
        f"by the spring thaw: {C('about 750', CHAIN, SLIP, 'about 450', '7480*0.40*0.15')} "
        f"houses.",
    )
    a.P(
        "The later counts show how far the contingent wasted.",
        f"The count of 1 January 1939 found 52,340 of the 59,820 deported "
        f"({C('87.5 per cent', SHARE, OK, formula='52340/59820*100')}), and the count of 1946 "
        f"put them at 47,905, a fall of "
        f"{C('80.1 per cent', SHARE, SLIP, '19.9 per cent', '(59820-47905)/59820*100')} in ten "
        f"years.",
        "Those who went through the transit point at Kiev-Tovarnaya had waited there from 3 "
        f"June to 19 July 1936, {C('64 days', DUR, SLIP, '46 days', '(30-3)+19')} in sheds.",
        "The special-settlement regime was lifted for them only in 1955, "
        f"{C('nineteen years', DUR, OK, formula='1955-1936')} after the trains left.",
    )
    return a


if __name__ == "__main__":
    art = kazakhstan1936()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
