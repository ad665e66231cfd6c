"""Writes the blind held-out gold article ``hutsul1950`` for the figures checker (issue #14): the
deportations of 1950 and 1951 from the Transcarpathian and Stanislav oblasts of Soviet Ukraine of
the families of the nationalist underground, of Jehovah's Witnesses (operation 'North', April
1951) and of kulak households, to the Tomsk, Irkutsk and Kurgan oblasts, as the operation
summaries, the district returns, the railway telegrams and the commandants' registers would
record them: families and persons by oblast, raion and operation, echelons and wagons, property
and livestock left behind, the road, the first year's deaths in the settlements, and the
releases of 1955 to 1958.

The prose is ours and every number is invented (some raion, station and settlement details too).
Each derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout16``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that is
true for the relation the figures really show, a ratio for "twice as high", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_hutsul1950.py   (rewrites hutsul1950.txt/.yaml)
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

# Persons taken in Transcarpathia by raion: Mizhhirya, Volovets, Rakhiv, Tiachiv, Khust.
RAIONS = "[1128, 864, 1502, 1236, 970]"
RAKHIV_PLACE = f"sorted({RAIONS}, reverse=True).index(1502)+1"
# Years from the loading of 8 April 1951 to the decree of 3 July 1956.
EXILE_1951_1956 = "(date(1956,7,3)-date(1951,4,8)).days/365.25"


def hutsul1950() -> Article:
    a = Article(
        "hutsul1950",
        "From the Carpathians to the taiga: the deportations from Transcarpathia and the Stanislav "
        "oblast, 1950-1951, in the operation summaries and the commandants' registers",
        "heldout16",
    )
    C = a.C
    a.P(
        "In the autumn of 1950 and the spring of 1951 the ministry of state security removed from "
        "the two westernmost oblasts of Soviet Ukraine, Transcarpathia and Stanislav, families of "
        f"{C('three', COUNT, OK, formula='3')} sorts: those of members of the nationalist "
        "underground, those of Jehovah's Witnesses and those of kulaks.",
        "The resolution of the Council of Ministers that set operation 'North' in motion was "
        "signed on 3 March 1951, and the first Witness families were taken from their houses in "
        "the night of 8 April, "
        f"{C('thirty-six days', DUR, OK, formula='(date(1951,4,8)-date(1951,3,3)).days')} later.",
        "The kulak operation had come first: its order was dated 14 September 1950 and the "
        "loading was over by 2 October, "
        f"{C('eighteen days', DUR, OK, formula='(date(1950,10,2)-date(1950,9,14)).days')} after "
        "the order.",
    )
    a.P(
        "The oblast plans, drawn up in March 1951 for the three categories together, named 2,480 "
        f"families in Transcarpathia and 3,350 in Stanislav, "
        f"{C('5,830', SUM, OK, formula='2480+3350')} in all.",
        "The closing report, sent to Kiev on 20 April 1951, gave 5,412 families removed, with "
        "19,846 persons among them.",
        f"The plan had thus been met at {C('92.8 per cent', SHARE, OK, formula='5412/5830*100')}, "
        f"and the {C('418', REM, OK, formula='5830-5412')} families short of it were explained as "
        "absent, dead or wrongly listed.",
        f"The average family taken numbered {C('3.7', RATE, OK, formula='19846/5412')} persons.",
    )
    a.P(
        "Of the 5,412 families, 2,176 were counted as families of the underground and 1,094 as "
        f"Witness families; the remaining {C('2,142', REM, OK, formula='5412-2176-1094')} were "
        "kulak households.",
        f"The underground thus accounted for "
        f"{C('40.2 percent', SHARE, OK, formula='2176/5412*100')} of the families removed, and "
        f"the Witnesses for roughly {C('one in five', MULT, OK, formula='1094/5412')}.",
        "The three groups held 7,208, 3,912 and 8,726 persons respectively, so that a Witness "
        f"family averaged {C('3.6', RATE, OK, formula='3912/1094')} persons and a kulak household "
        f"{C('4.7', RATE, SLIP, '4.1', '8726/2142')}.",
        f"The Witness families were {C('smaller', COMP, OK, formula='3912/1094<8726/2142')} than "
        "the kulak ones because many of their men had already been sentenced in 1949 and 1950.",
    )
    a.P(
        f"Stanislav supplied 3,164 of the 5,412 families "
        f"({C('58.5%', SHARE, OK, formula='3164/5412*100')}), and Transcarpathia the other "
        f"{C('2,248', REM, OK, formula='5412-3164')}.",
        f"In Transcarpathia the Witnesses were put on the trains at "
        f"{C('four', COUNT, OK, formula='4')} stations: Chop, Mukachevo, Berehove and "
        "Vynohradiv.",
        "The Stanislav commissions valued the houses, livestock and implements left behind at "
        f"14,780,000 roubles, {C('about 4,700', RATE, OK, formula='14780000/3164')} roubles for "
        "each family removed.",
    )
    a.P(
        "The returns for Transcarpathia (file 41, sheets 12 to 30) list the persons taken in "
        f"{C('five', COUNT, OK, formula='5')} raions: Mizhhirya 1,128, Volovets 864, Rakhiv "
        "1,502, Tiachiv 1,236 and Khust 970.",
        f"Their sum, {C('5,700', SUM, OK, formula='1128+864+1502+1236+970')}, is the figure the "
        "oblast reported to Kiev.",
        f"Rakhiv, the {C('largest', COMP, OK, formula=RAKHIV_PLACE)} contingent with "
        f"{C('26.4%', SHARE, OK, formula='1502/5700*100')} of the oblast's deportees, lost whole "
        "hamlets in the upper Tisa valley, and Tiachiv came "
        f"{C('second only to', COMP, OK, formula='1236<1502 and 1236>max(1128, 864, 970)')} it.",
        "Of the 1,502 persons from Rakhiv, 604 were children and 598 were women "
        f"({C('40 percent', SHARE, AMB, formula='604/1502*100')}).",
    )
    a.P(
        "All three operations together took 38 echelons made up of 1,431 wagons.",
        f"An echelon carried {C('about 520', RATE, OK, formula='19846/38')} persons and a wagon "
        f"{C('almost 14', RATE, OK, formula='19846/1431')}, while the escort of 2,915 soldiers "
        f"gave one guard for every {C('seven', RATE, OK, formula='19846/2915')} deportees.",
        "The railway administration asked for 45 spare locomotives and was given 27.",
        f"An inspector of the transport department wrote that {C('60 percent', SHARE, UNV)} of "
        "the wagons had no stove.",
    )
    a.P(
        "The echelons bound for Tomsk were on the road from 10 April to 2 May 1951, "
        f"{C('some three weeks', DUR, OK, formula='(date(1951,5,2)-date(1951,4,10)).days/7')}.",
        "Of the 19,846 loaded, 47 died on the way and 12 infants were born, so that "
        f"{C('19,811', REM, OK, formula='19846-47+12')} reached the receiving oblasts; the road "
        f"had taken {C('2.4 per 1,000', RATE, OK, formula='47/19846*1000')} of those put on the "
        "trains.",
        "The convoy lists counted 5,250 men of working age "
        f"({C('26.5 per cent', SHARE, AMB, formula='5250/19846*100')}).",
    )
    a.P(
        f"The echelons were routed to {C('four', COUNT, SLIP, 'three', '3')} oblasts: Tomsk, "
        "Irkutsk and Kurgan.",
        "The commandants entered the 19,811 arrivals in their registers as follows: 8,642 in "
        f"Tomsk ({C('43.6 per cent', SHARE, OK, formula='8642/19811*100')}), 7,395 in Irkutsk "
        f"({C('33.7 per cent', SHARE, SLIP, '37.3 per cent', '7395/19811*100')}) and "
        f"{C('3,774', REM, OK, formula='19811-8642-7395')} in Kurgan, "
        f"{C('under a fifth', MULT, OK, formula='3774/19811')} of the whole.",
    )
    a.P(
        "In the Tomsk oblast the settlers were spread over 46 settlements of the timber trust, "
        f"{C('about 190', RATE, OK, formula='8642/46')} to a settlement.",
        "In the Asino district the trust had 35 tractors and 140 horses for hauling logs to the "
        "river.",
        f"Its director claimed that {C('25 percent', SHARE, UNV)} of the able-bodied settlers "
        "were already at the felling sites by June.",
    )
    a.P(
        "Of the 8,642 settlers in Tomsk, 41 percent were children under sixteen, and 9 percent "
        "of these children were sent to boarding schools in the first winter, "
        f"{C('about 320', CHAIN, OK, formula='8642*0.41*0.09')} in all.",
        "In Irkutsk, 58 percent of the 7,395 arrivals were of working age, and 70 percent of "
        "those went to the Taishet timber camps, "
        f"{C('about 3,300', CHAIN, SLIP, 'about 3,000', '7395*0.58*0.70')} people.",
        "Of the 3,912 Witnesses deported, 55 percent were women, and 38 percent of the women "
        f"were over fifty, {C('about 820', CHAIN, OK, formula='3912*0.55*0.38')} persons.",
        "Of the 1,094 Witness families, 112 were sent to Kurgan; the rest were put up in Irkutsk "
        "in 650 houses bought from collective farmers who had left, "
        f"{C('about 1.5', CHAIN, OK, formula='(1094-112)/650')} families to a house.",
    )
    a.P(
        "Over the first year, to 1 May 1952, the commandants recorded 318 deaths in Tomsk, 226 in "
        f"Irkutsk and 71 in Kurgan, {C('651', SUM, SLIP, '615', '318+226+71')} in all.",
        f"That came to {C('37 per 1,000', RATE, OK, formula='318/8642*1000')} in Tomsk, "
        f"{C('31 per 1,000', RATE, OK, formula='226/7395*1000')} in Irkutsk and "
        f"{C('19 per 1,000', RATE, OK, formula='71/3774*1000')} in Kurgan.",
        "The Tomsk rate was "
        f"{C('twice as high', COMP, OK, formula='(318/8642)/(71/3774)')} as that of Kurgan, "
        "and the Kurgan settlers, placed on collective farms in the steppe, died at a "
        f"{C('higher', COMP, SLIP, 'lower', '71/3774<318/8642')} rate than those in the taiga.",
        "A doctor of the Tomsk health department put the deaths of infants at "
        f"{C('about 90 per 1,000', RATE, UNV)} born.",
    )
    a.P(
        "On the kulak farms of Transcarpathia the inventory of October 1950 found 1,615 cows and "
        "1,240 horses.",
        "By the spring of 1952, when the collective farms took the stock over, the cows had "
        f"{C('halved', MULT, OK, formula='790/1615')}, to 790, and the horses were down to 870, "
        f"a loss of {C('70.2 percent', SHARE, SLIP, '29.8 percent', '(1240-870)/1240*100')}.",
        f"The raion secretary thought {C('about a third', MULT, UNV)} of the empty houses had "
        "been pulled down for firewood.",
    )
    a.P(
        "The first releases came under the decree of 1955, which struck 1,120 persons off the "
        "register, most of them old or invalid.",
        "In 1956 the figure was 4,520, in 1957, after the decree of 3 July 1956 on the Witnesses "
        "and their relatives, 6,315, and in 1958 it was 3,405.",
        f"Over the four years {C('15,360', SUM, OK, formula='1120+4520+6315+3405')} persons were "
        f"freed, {C('over three-quarters', MULT, OK, formula='15360/19811')} of the 19,811 "
        f"entered in 1951, and the releases {C('tripled', MULT, SLIP, 'quadrupled', '4520/1120')} "
        "from the first year to the second.",
        f"By the registers' own count the remaining "
        f"{C('5,451', REM, SLIP, '4,451', '19811-15360')} had died, fled or were still under the "
        "commandant at the end of 1958.",
    )
    a.P(
        "For the Witness families taken on 8 April 1951 and freed by the decree of 3 July 1956, "
        "exile had lasted "
        f"{C('more than five years', DUR, OK, formula=EXILE_1951_1956)}.",
        "Those kept under guard until the summer of 1958 had spent "
        f"{C('eight years', DUR, SLIP, 'seven years', '1958-1951')} in the settlements, "
        "counting from the spring of 1951.",
        f"The procurator of the Stanislav oblast estimated that {C('about 8 per cent', SHARE, UNV)}"
        " of the released families were let back into their own houses.",
    )
    a.P(
        "The Witnesses in Irkutsk were settled along the railway: 1,204 at Zima, 986 at Tulun and "
        f"1,322 at Nizhneudinsk, {C('3,512', SUM, OK, formula='1204+986+1322')} in the three "
        "places.",
        "Their congregations met again within two years, in barracks and in the forest, and the "
        "commandants' reports on them fill a separate file.",
    )
    return a


if __name__ == "__main__":
    art = hutsul1950()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date, "sorted": sorted, "max": max}) if f else None
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
