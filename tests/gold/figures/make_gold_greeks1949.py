"""Writes the blind held-out gold article ``greeks1949`` for the figures checker (issue #14): the
deportation of June 1949 of Greeks, Turks and Dashnak Armenians from the Black Sea coast and
Transcaucasia (Georgia, Armenia, Azerbaijan, the Crimea and the Krasnodar krai) to Kazakhstan
and the Tomsk oblast, as the operation summaries, district returns, telegrams and special
settlement registers would record it: families and persons by republic and district, Greek
subjects against Soviet citizens of Greek origin, echelons and wagons, arrivals, deaths and
births in exile, the release of 1956 and the emigration to Greece that followed.

The prose is ours and every number is invented (some village and district details too). Each
derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout16``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a place in a listed order for a rank; for
a count, the number of items listed; for a duration, the span in the unit printed, worked from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_greeks1949.py   (rewrites greeks1949.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Families assigned by the operational plan: Georgia, Armenia, Azerbaijan, Crimea, Krasnodar.
REGIONS = "[5120, 1260, 930, 1870, 2360]"
KRASNODAR_PLACE = f"sorted({REGIONS}, reverse=True).index(2360)+1"


def greeks1949() -> Article:
    a = Article(
        "greeks1949",
        "Night trains from the Black Sea: the deportation of Greeks, Turks and Dashnaks in June "
        "1949 and their exile in Kazakhstan and the Tomsk oblast",
        "heldout16",
    )
    C = a.C
    a.P(
        "On 29 May 1949 the Council of Ministers, working from a draft of the Ministry of State "
        "Security, ordered the permanent removal of several categories of people from the Black "
        "Sea coast and the Transcaucasian republics.",
        f"The operation opened before dawn on 14 June, "
        f"{C('sixteen days', DUR, OK, formula='(31-29)+14')} later, and most of the loading "
        f"was over within three nights.",
        f"The decree listed {C('four', COUNT, OK, formula='4')} categories of persons to be moved: "
        f"Greek subjects, former Greek subjects without papers, Turkish subjects and members of "
        f"the Dashnak party with their families.",
    )
    a.P(
        "The ministry's operational plan, signed on 4 June, set out the task region by region.",
        f"It assigned 5,120 families to Georgia, 1,260 to Armenia (the Erevan return, sheet 31, "
        f"is dated 9 June), 930 to Azerbaijan, 1,870 to the Crimea and 2,360 to the Krasnodar "
        f"krai, {C('11,540', SUM, OK, formula='5120+1260+930+1870+2360')} families in all.",
        f"Georgia alone thus carried {C('44.4 per cent', SHARE, OK, formula='5120/11540*100')} "
        f"of the planned load and the Crimea {C('16.2%', SHARE, OK, formula='1870/11540*100')}, "
        f"while the Krasnodar krai stood {C('second', COMP, OK, formula=KRASNODAR_PLACE)}.",
    )
    a.P(
        "The summary wired to Moscow on 20 June reported 10,812 families loaded.",
        f"That was {C('93.7 percent', SHARE, OK, formula='10812/11540*100')} of the plan; the "
        f"other {C('728', REM, OK, formula='11540-10812')} families had been struck off as "
        f"Soviet citizens listed in error, had been away from home, or could not be found at all.",
        f"The loaded families numbered 37,960 persons, "
        f"{C('about 3.5', RATE, OK, formula='37960/10812')} to a family, fewer than the "
        f"registrars had expected of households on the coast.",
    )
    a.P(
        "By citizenship the deportees fell into four groups of unequal size.",
        f"Holders of Greek passports numbered 15,420 "
        f"({C('40.6%', SHARE, OK, formula='15420/37960*100')}) and Soviet citizens of Greek "
        f"origin 11,905, {C('nearly a third', MULT, OK, formula='11905/37960')} of the whole; "
        f"Turkish subjects came to 4,210, and the Dashnaks with their families to 6,425 "
        f"({C('19.6 per cent', SHARE, SLIP, '16.9 per cent', '6425/37960*100')}).",
        f"The Greek subjects therefore {C('outnumbered', COMP, OK, formula='15420>11905')} the "
        f"Soviet Greeks, although the ministry's instruction had named the latter first.",
        f"The Turkish subjects made up the "
        f"{C('smallest', COMP, OK, formula='4210<6425<11905<15420')} of the four groups.",
    )
    a.P(
        "In Georgia the blow fell hardest on the Greek villages of the uplands and on the coastal "
        "towns of Abkhazia and Adjaria.",
        f"The district returns (file 44, sheets 102 to 117) list 4,615 persons taken from Tsalka, "
        f"3,880 from the city of Batumi, 3,106 from Sukhumi, 1,742 from Tetri-Tskaro and 1,027 "
        f"from Gagra, and the clerk wrote the republic's total at the foot as "
        f"{C('14,730', SUM, SLIP, '14,370', '4615+3880+3106+1742+1027')}.",
        f"Tsalka, where whole villages such as Upper Kharaba and Tsinubani were emptied, gave "
        f"{C('12.2 percent', SHARE, OK, formula='4615/37960*100')} of all the deportees of the "
        f"operation.",
        f"Batumi came {C('second only to', COMP, OK, formula='4615>3880>3106>1742>1027')} "
        f"Tsalka and sent {C('more than twice', MULT, OK, formula='3880/1742')} as many people "
        f"as Tetri-Tskaro.",
    )
    a.P(
        "The deportees travelled in 34 echelons made up of 1,420 goods wagons, loaded at Batumi, "
        "Sukhumi, Tbilisi, Leninakan, Baku, Simferopol and Krasnodar.",
        f"An echelon thus carried {C('about 1,120', RATE, OK, formula='37960/34')} people and a "
        f"wagon {C('about 27', RATE, OK, formula='37960/1420')}.",
        f"The convoy troops on the trains numbered 2,980 officers and men, one for roughly every "
        f"{C('31', RATE, SLIP, '13', '37960/2980')} deportees.",
        f"The first echelon from Batumi left on 15 June and reached the station of Dzhambul on "
        f"3 July, after {C('eighteen days', DUR, OK, formula='(30-15)+3')} on the rails.",
    )
    a.P(
        f"Of the 37,960 put aboard, 112 died on the way, "
        f"{C('3 per 1,000', RATE, OK, formula='112/37960*1000')}, most of them infants and old "
        f"people.",
        f"Kazakhstan received 29,340 of the {C('37,848', REM, OK, formula='37960-112')} who "
        f"arrived and the Tomsk oblast the remaining {C('8,508', REM, OK, formula='37848-29340')}.",
        f"Kazakhstan's portion came to {C('77.5 percent', SHARE, OK, formula='29340/37848*100')} "
        f"of the arrivals, the Tomsk oblast's to "
        f"{C('22 per cent', SHARE, AMB, formula='8508/37848*100')}.",
    )
    a.P(
        f"In Kazakhstan the settlers were distributed over "
        f"{C('four', COUNT, SLIP, 'three', '3')} oblasts: South Kazakhstan, Dzhambul and "
        f"Alma-Ata.",
        f"South Kazakhstan took 11,260, Dzhambul 9,870 and Alma-Ata 8,210, "
        f"{C('29,340', SUM, OK, formula='11260+9870+8210')} in the three together.",
        f"Dzhambul's contingent, {C('about a third', MULT, OK, formula='9870/29340')} of the "
        f"republic's, went almost entirely to the sugar-beet kolkhozes of the Merke and Lugovoi "
        f"districts.",
        f"Alma-Ata, nearer the capital, received {C('more', COMP, SLIP, 'fewer', '8210<9870')} "
        f"settlers than Dzhambul.",
        f"In South Kazakhstan the 11,260 were spread over 46 kolkhozes and sovkhozes, "
        f"{C('about 245', RATE, OK, formula='11260/46')} to a farm.",
    )
    a.P(
        f"The Tomsk contingent went north to the timber settlements of "
        f"{C('four', COUNT, OK, formula='4')} districts: Asino, Teguldet, Zyryanka and Bakchar.",
        f"Its register for the first year, closed on 1 July 1950, records 514 deaths and 186 "
        f"births, a net loss of {C('328', REM, OK, formula='514-186')} souls and a death rate "
        f"of {C('60 per 1,000', RATE, OK, formula='514/8508*1000')}.",
        f"Deaths ran at {C('almost three times', MULT, OK, formula='514/186')} the number of "
        f"births.",
        f"That winter the oblast office sent 16 inspectors round the 64 commandant's offices, and "
        f"their reports held that {C('25 percent', SHARE, UNV)} of the children of school age "
        f"were kept at home for want of clothes.",
    )
    a.P(
        f"In Kazakhstan the commandants entered 1,734 deaths in 1949, 1,102 in 1950 and 689 in "
        f"1951, {C('3,525', SUM, OK, formula='1734+1102+689')} in three years, and by the third "
        f"year the yearly toll had fallen by "
        f"{C('three-fifths', MULT, OK, formula='(1734-689)/1734')}.",
        f"The first year's deaths amounted to "
        f"{C('95 per 1,000', RATE, SLIP, '59 per 1,000', '1734/29340*1000')} of the 29,340 who "
        f"had arrived.",
        f"Measured that way, mortality in Kazakhstan was "
        f"{C('lower', COMP, OK, formula='1734/29340<514/8508')} than in the Tomsk taiga, if only "
        f"slightly.",
        f"Births went the other way, from 412 in 1949 to 918 in 1950 and 1,236 in 1951; they "
        f"{C('doubled', MULT, SLIP, 'tripled', '1236/412')} in two years.",
        f"The register of 1 January 1951 held 29,530 persons, since relatives who had followed "
        f"the trains on their own made up for the dead, and the births of 1951 came to "
        f"{C('42 per 1,000', RATE, AMB, formula='1236/29530*1000')}.",
    )
    a.P(
        f"Of the 37,960 deported, 42 percent were children under sixteen, and 8 percent of these "
        f"children died before the end of 1951: "
        f"{C('about 1,300', CHAIN, OK, formula='37960*0.42*0.08')} in all.",
        f"Of the 10,812 families, 35 percent came from the Abkhazian and Adjarian coast, and 60 "
        f"percent of those had owned their houses, "
        f"{C('about 2,270', CHAIN, OK, formula='10812*0.35*0.6')} households whose property "
        f"passed to the state.",
        f"In the Tomsk oblast 55 percent of the 8,508 worked for the timber trust and 30 percent "
        f"of these were women: {C('about 1,040', CHAIN, SLIP, 'about 1,400', '8508*0.55*0.3')} "
        f"women felling trees.",
    )
    a.P(
        "A commission of the Kazakh ministry toured the Dzhambul settlements in February 1950.",
        f"Its members counted 125 dugouts still in use and 25 wells, most of them dug by the "
        f"settlers themselves, and reported that {C('a fifth', MULT, UNV)} of the settlers had "
        f"no winter boots.",
        f"The chairman added that {C('about 40 percent', SHARE, UNV)} of the Greek subjects had "
        f"petitioned to be sent to Greece instead.",
        f"The kolkhozes, he wrote, paid the newcomers {C('about 2 kilograms', RATE, UNV)} of "
        f"grain per workday, when they paid at all.",
    )
    a.P(
        f"The special settlement regime was lifted for the Soviet citizens among the deportees "
        f"by an order of 27 March 1956, "
        f"{C('almost seven years', DUR, OK, formula='(1956-1949)+(3-6)/12')} after the night of "
        f"14 June 1949.",
        f"On 1 January 1956 the registers of both places of exile held 33,618 persons; by the end "
        f"of that year 31,904 of them, {C('94.9 per cent', SHARE, OK, formula='31904/33618*100')}"
        f", had been struck off, and the remaining {C('1,174', REM, SLIP, '1,714', '33618-31904')}"
        f" were Greek and Turkish subjects kept under the commandants' watch.",
        f"Those foreign subjects were freed only in 1960, "
        f"{C('nine years', DUR, SLIP, 'eleven years', '1960-1949')} after the deportation.",
        f"None was allowed back to the coast, and of the 31,904 freed in 1956 only 2,170 had made "
        f"their way to Georgia or the Crimea by 1959, "
        f"{C('6.8 per cent', SHARE, OK, formula='2170/31904*100')}.",
    )
    a.P(
        f"Emigration to Greece, opened in 1957, took 2,140 people that year, 1,680 in 1958 and "
        f"1,050 in 1959, {C('4,870', SUM, OK, formula='2140+1680+1050')} in all.",
        f"Departures {C('halved', MULT, OK, formula='1050/2140')} between the first year and the "
        f"third, and the emigrants were {C('under a third', MULT, OK, formula='4870/15420')} of "
        f"the Greek subjects counted in 1949.",
        f"Kazakhstan accounted for 3,960 of them and the Tomsk oblast for "
        f"{C('910', REM, OK, formula='4870-3960')}.",
        f"Settlers in Kazakhstan were thus "
        f"{C('more likely', COMP, OK, formula='3960/29340>910/8508')} to leave for Greece than "
        f"those sent to the Tomsk taiga.",
    )
    return a


if __name__ == "__main__":
    art = greeks1949()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
