"""Writes the blind held-out gold article ``vesna1948`` for the figures checker (issue #14): the
deportation from the Lithuanian SSR on 22 and 23 May 1948 (operation 'Vesna') of the families
of 'bandits', nationalists and kulaks to the Krasnoyarsk territory, the Buryat-Mongol ASSR and
the Irkutsk region, as the operation summaries, the county registers, the telegrams and the
special commandants' books would record it: families and persons on the lists and those taken,
by county (apskritis); the fugitives and those struck off the lists; echelons, wagons and the
escort; the timber trusts of the Krasnoyarsk territory that received the deportees; deaths and
births in the first years; the houses and cattle left behind; the releases of the later 1950s
and the registers of 1959.

The prose is ours and every number is invented (the timber trusts' names too). Each derived
claim's arithmetic is done here, apart from borderlands.figures, which the author neither read
nor ran. All claims are ``heldout22``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a place in a listed order for a rank; for
a count, the number of items listed; for a duration, the span in the unit printed, worked from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_vesna1948.py   (rewrites vesna1948.txt/.yaml)
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

# Persons taken in the four largest counties, in the order of the county register.
COUNTIES = "[3412, 2987, 2655, 1946]"
RASEINIAI_PLACE = f"sorted({COUNTIES}, reverse=True).index(2655)+1"
# Persons received by the four timber trusts of the Krasnoyarsk territory.
TRUSTS = "[6840, 5215, 4930, 2106]"
KANLES_PLACE = f"sorted({TRUSTS}, reverse=True).index(5215)+1"


def vesna1948() -> Article:
    a = Article(
        "vesna1948",
        "Spring sent east: operation 'Vesna' and the deportation of Lithuanian families to "
        "eastern Siberia, 1948-1959, in the operation reports and the commandants' registers",
        "heldout22",
    )
    C = a.C
    a.P(
        "On 21 February 1948 the Council of Ministers of the USSR approved the removal from the "
        "Lithuanian SSR of the families of 'bandits' and nationalists, whether killed, arrested "
        "or still in the forests, and of the kulaks who were said to feed them.",
        "The operation, named 'Vesna', opened at dawn on 22 May, "
        f"{C('thirteen weeks', DUR, OK, formula='(date(1948,5,22)-date(1948,2,21)).days/7')} "
        "after that decision, and the last wagons were sealed on the evening of the next day.",
        f"The families were to go to {C('three', COUNT, OK, formula='3')} destinations: the "
        "Krasnoyarsk territory, the Buryat-Mongol ASSR and the Irkutsk region.",
    )
    a.P(
        "The lists that the republic's MGB handed to the county operational groups in mid-May "
        "named 12,980 families.",
        "Its summary report of 25 May counted 11,345 families taken, with 36,932 persons among "
        f"them: the plan had been met to "
        f"{C('87.4 per cent', SHARE, OK, formula='11345/12980*100')}, and the other "
        f"{C('1,635', REM, OK, formula='12980-11345')} families on the lists never reached the "
        "trains.",
        f"A family taken numbered on average {C('3.3', RATE, OK, formula='36932/11345')} "
        "persons, since many husbands and grown sons were already dead, in the camps or in the "
        "forest.",
    )
    a.P(
        "The report divided the families that had not been found into two groups.",
        "The county groups had found 1,204 families gone from home when the cordons closed, "
        f"{C('nearly three-quarters', MULT, OK, formula='1204/1635')} of those missing; the "
        f"remaining {C('413', REM, SLIP, '431', '1635-1204')} had been struck off on the spot "
        "as wrongly listed, most of them because a son was serving in the Soviet army.",
        "By 1 August the search groups had caught 326 of the fugitive families and sent them "
        "east in a supplementary echelon, "
        f"{C('27.1 percent', SHARE, OK, formula='326/1204*100')} of those who had fled.",
        "For the families still at large the MGB kept 2,634 troops and operatives in the field, "
        f"{C('three', CHAIN, OK, formula='2634/(1204-326)')} to each family.",
        f"The chief of one county group believed that {C('some 15 per cent', SHARE, UNV)} of "
        "the fugitives had been warned by local officials.",
    )
    a.P(
        "The register of those taken by county, kept in file 7 of the operation, runs to twenty "
        "apskritis, but four of them stand out.",
        "Šiauliai comes first with 3,412 persons (sheet 114), Panevėžys next with 2,987, "
        "Raseiniai with 2,655 and, after the corrections entered on 27 May, Alytus with 1,946; "
        f"together these four counties gave "
        f"{C('11,000', SUM, OK, formula='3412+2987+2655+1946')} people.",
        "Šiauliai's share of all those taken in the republic was "
        f"{C('9.2 percent', SHARE, OK, formula='3412/36932*100')} and that of Panevėžys "
        f"{C('8.1%', SHARE, OK, formula='2987/36932*100')}, while Raseiniai, "
        f"{C('third', COMP, OK, formula=RASEINIAI_PLACE)} in the register, was followed by "
        f"Alytus with {C('17.7 per cent', SHARE, SLIP, '5.3 per cent', '1946/36932*100')}.",
        f"The four counties supplied {C('almost three in ten', MULT, OK, formula='11000/36932')}"
        " of the deportees of the republic.",
    )
    a.P(
        "Lorries brought the families to 17 railway stations, where the 36,932 deportees were "
        "loaded into 33 echelons made up of 1,142 wagons, 34 of them for baggage and the "
        "escort's kitchen.",
        f"An echelon thus carried {C('about 1,120', RATE, OK, formula='36932/33')} people, and a "
        f"wagon {C('about 30', RATE, AMB, formula='36932/1142')}, together with the bundles "
        "and the food for the road they had been allowed to take.",
        "The escort, 2,610 soldiers of the internal troops, gave one guard to every "
        f"{C('41', RATE, SLIP, '14', '36932/2610')} deportees.",
        "The first echelon left Radviliškis on 23 May and was unloaded at Kansk on 12 June, "
        f"after {C('twenty days', DUR, OK, formula='(date(1948,6,12)-date(1948,5,23)).days')} "
        "on the rails.",
    )
    a.P(
        "The echelons took between 16 and 24 days to reach the unloading stations, and 87 of "
        "the 36,932 people loaded died on the way, "
        f"{C('2.4 per 1,000', RATE, OK, formula='87/36932*1000')}.",
        "The receiving commands entered 21,466 persons in the Krasnoyarsk territory, 8,192 in "
        "the Buryat-Mongol ASSR and 7,187 in the Irkutsk region, "
        f"{C('36,845', SUM, OK, formula='21466+8192+7187')} in all.",
        f"Krasnoyarsk alone took {C('58.3 percent', SHARE, OK, formula='21466/36845*100')} of "
        "those who arrived.",
        f"The Buryat-Mongol ASSR came {C('second only to', COMP, OK, formula='7187<8192<21466')}"
        " it, and the Irkutsk region received the rest "
        f"({C('19.5 per cent', SHARE, AMB, formula='7187/36845*100')}).",
    )
    a.P(
        "In the Krasnoyarsk territory the deportees were handed over chiefly to "
        f"{C('four', COUNT, OK, formula='4')} timber trusts: Yeniseiles, Kanles, Achinskles and "
        "Manales.",
        "The trusts took 6,840, 5,215, 4,930 and 2,106 people respectively, and the remaining "
        f"{C('2,375', REM, OK, formula='21466-6840-5215-4930-2106')} went to the gold fields of "
        "the north and to collective farms along the Yenisei.",
        f"Kanles, the {C('largest', COMP, SLIP, 'second-largest', KANLES_PLACE)} of the four by "
        "its intake, had the fewest barracks ready when the barges came in.",
        f"Yeniseiles took {C('about 1.3', MULT, OK, formula='6840/5215')} times as many people "
        "as Kanles and sent most of them to the camps along the Angara.",
    )
    a.P(
        "Of the 21,466 deportees put down in the Krasnoyarsk territory, 68 per cent were set to "
        "felling and floating timber, and a quarter of these to the floating of logs alone, "
        f"{C('about 6,350', CHAIN, SLIP, 'about 3,650', '21466*0.68*0.25')} persons.",
        "Yeniseiles housed its 6,840 settlers in 57 barracks, "
        f"{C('120', RATE, OK, formula='6840/57')} people to each, at nine logging stations.",
        "The trust had 48 tractors and 240 horses for hauling, and its director wrote in the "
        f"autumn that {C('20 per cent', SHARE, UNV)} of the settlers' men were too weak for "
        "felling.",
    )
    a.P(
        "The special commandants' books record 612 deaths among the Vesna deportees of the "
        "Krasnoyarsk territory in the seven months of 1948, 1,037 in 1949 and 744 in 1950.",
        f"That makes {C('2,933', SUM, SLIP, '2,393', '612+1037+744')} dead in the first two "
        "and a half years.",
        "Against the number who had arrived, the toll of 1949 came to "
        f"{C('48 per 1,000', RATE, OK, formula='1037/21466*1000')}.",
        "Deaths fell to 744 in 1950, "
        f"{C('28.3 per cent', SHARE, OK, formula='(1037-744)/1037*100')} fewer than in 1949, "
        f"and births, 172 in 1948, {C('doubled', MULT, OK, formula='351/172')} to 351 in 1949 "
        "and rose to 488 in 1950.",
        f"Even so, deaths "
        f"{C('exceeded', COMP, OK, formula='612>172 and 1037>351 and 744>488')} births in "
        "each of the three years.",
    )
    a.P(
        "The 8,192 deportees of the Buryat-Mongol ASSR came in 2,540 families, "
        f"{C('3.2', RATE, OK, formula='8192/2540')} persons to a family, and most of them were "
        "sent to the timber and mining settlements around Ulan-Ude.",
        "By the end of 1949 the commandants there had registered 438 deaths, "
        f"{C('53.5 per 1,000', RATE, OK, formula='438/8192*1000')}, while the Irkutsk region "
        "counted 296 deaths among its 7,187 arrivals; the Buryat toll was thus "
        f"{C('higher', COMP, OK, formula='438/8192>296/7187')}.",
        "Of the Buryat contingent 41 percent were children under sixteen, and 8 percent of "
        "those children died within the two years, "
        f"{C('about 270', CHAIN, OK, formula='8192*0.41*0.08')} in all.",
        "The Irkutsk commandants worked from 14 offices with 56 clerks, and they reckoned that "
        f"{C('about a quarter', MULT, UNV)} of their deportees had left the settlement assigned "
        "to them at least once.",
        f"The card kept on each family had {C('five', COUNT, SLIP, 'four', '4')} headings: "
        "members, work, deaths and births.",
    )
    a.P(
        "The houses and land of the deported families passed to the state.",
        "Of the 9,870 houses the county commissions listed by the end of 1948, 6,115 went to "
        f"collective farms, then still being formed, and the other "
        f"{C('3,755', REM, OK, formula='9870-6115')} to village soviets, schools and the "
        "families of soldiers.",
        "Of the 11,345 families, 62 percent had been entered as kulak households, and 35 "
        "percent of those had held more than twenty hectares before 1940: "
        f"{C('about 2,460', CHAIN, OK, formula='11345*0.62*0.35')} families.",
        "Livestock went the same way: the cattle of the Raseiniai county fell from 52,400 head "
        "in 1947 to 38,900 in 1949, a decline of "
        f"{C('74.2 per cent', SHARE, SLIP, '25.8 per cent', '(52400-38900)/52400*100')}.",
        f"The county committee claimed that {C('about 45 per cent', SHARE, UNV)} of the "
        "peasants who remained had joined collective farms by the end of 1949.",
    )
    a.P(
        "Releases began only after Stalin's death, and slowly.",
        "A family registered at Kansk in June 1948 and struck off the register in March 1957 "
        f"had spent {C('nearly nine years', DUR, OK, formula='(1957-1948)+(3-6)/12')} under "
        "the commandant; most Vesna families waited longer.",
        "The commandants released 1,420 persons in 1956 and 2,870 in 1957, so that the yearly "
        f"number {C('tripled', MULT, SLIP, 'doubled', '2870/1420')}, and with the 1,690 freed in "
        f"1958 the three years came to "
        f"{C('some six thousand', SUM, OK, formula='1420+2870+1690')}.",
        "The children who had been under sixteen when they were taken, freed in 1956, had "
        f"lived {C('ten years', DUR, SLIP, 'eight years', '1956-1948')} under the regime of "
        "the special settlements.",
        f"Of those freed, {C('about 40 percent', SHARE, UNV)} went back to Lithuania at once, "
        "where many found their houses occupied.",
    )
    a.P(
        "On 1 January 1959 the registers still held 8,960 Vesna deportees in the Krasnoyarsk "
        "territory, 3,010 in the Buryat-Mongol ASSR and 2,410 in the Irkutsk region, "
        f"{C('14,380', SUM, OK, formula='8960+3010+2410')} in all.",
        "Since the echelons were unloaded the registers had thus lost "
        f"{C('22,465', REM, OK, formula='36845-14380')} people to death, escape, arrest and "
        "release.",
        f"Those still held were {C('39.0 percent', SHARE, OK, formula='14380/36845*100')} of "
        "the arrivals.",
        f"The Irkutsk region, which had received 7,187, now held "
        f"{C('fewer', COMP, OK, formula='2410<3010')} of them than the Buryat-Mongol ASSR.",
        f"Even the released could not settle in {C('four', COUNT, OK, formula='4')} places: "
        "Vilnius, Kaunas, Klaipėda and the border zone.",
    )
    return a


if __name__ == "__main__":
    art = vesna1948()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
