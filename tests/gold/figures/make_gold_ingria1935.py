"""Writes the blind held-out gold article ``ingria1935`` for the figures checker (issue #14): the
clearing in 1935 and 1936 of the Finnish (Ingrian) population from the border zone of the
Leningrad oblast along the Finnish frontier and on the Karelian isthmus, as the operation's
telegrams and district returns and the commandants' registers in the places of exile would
record it: households and persons by district, trains and wagons, arrivals and first-year deaths
in Kazakhstan, Tajikistan, western Siberia and the Urals, the second wave of 1936 to the
interior, the national village councils abolished, the property left behind, the release of 1954
and 1956 and the census of 1959.

The prose is ours and every number is invented (some district and settlement names too). Each
derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout14``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_ingria1935.py   (rewrites ingria1935.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Persons removed in 1935 by district, as the returns appended to the April telegram give them.
DISTRICTS = "[4318, 3127, 2905, 2136, 1582, 838]"
KUYVOZI_PLACE = f"sorted({DISTRICTS}, reverse=True).index(2905)+1"
# The 1936 wave sent to the interior: Vologda, the Cherepovets districts, the Novgorod districts.
INTERIOR = "[5917, 3204, 2359]"
CHEREPOVETS_PLACE = f"sorted({INTERIOR}, reverse=True).index(3204)+1"


def ingria1935() -> Article:
    a = Article(
        "ingria1935",
        "Clearing the frontier: the removal of the Ingrian Finns from the Leningrad border zone, "
        "1935-1936, in the operation reports and the registers of exile",
        "heldout14",
    )
    C = a.C
    a.P(
        "The bureau of the Leningrad regional party committee resolved on 15 February 1935 to "
        "remove the families it judged unreliable from the strip of land along the Finnish "
        "frontier, and the first of them were put aboard trains on 27 March.",
        "The oblast administration of the NKVD had "
        f"{C('forty days', DUR, OK, formula='(28-15)+27')}"
        f" between the resolution and the loading, and it spent them drawing up household lists "
        f"village by village.",
        f"As drawn in February, the zone took in {C('six', COUNT, OK, formula='6')} districts: "
        f"Toksovo, Pargolovo, Kuyvozi, Lempaala, Kingisepp and Krasnoe Selo.",
    )
    a.P(
        "The operational plan, approved in the middle of March, named 3,900 households for "
        "removal.",
        f"A telegram sent to Moscow on 11 April reported 3,617 households loaded, with 14,906 "
        f"persons among them; the other {C('283', REM, OK, formula='3900-3617')} had slipped off "
        f"the lists or been struck out as mixed Russian and Finnish families.",
        "The administration counted its plan as "
        f"{C('92.7 per cent', SHARE, OK, formula='3617/3900*100')}"
        f" carried out.",
        f"By its own figures, the household it removed held on average "
        f"{C('4.1', RATE, OK, formula='14906/3617')} persons.",
    )
    a.P(
        f"The district returns attached to the telegram (file 17, sheets 42 to 49) give 4,318 "
        f"persons for Toksovo, 3,127 for Pargolovo, 2,905 for Kuyvozi, 2,136 for Lempaala, "
        f"1,582 for Kingisepp and 838 for Krasnoe Selo, and the clerk's total of "
        f"{C('14,906', SUM, OK, formula='4318+3127+2905+2136+1582+838')} at the foot of sheet "
        f"49 agrees with the telegram.",
        f"Toksovo alone supplied {C('29.0%', SHARE, OK, formula='4318/14906*100')} of the "
        f"deportees, and roughly {C('one in five', MULT, OK, formula='3127/14906')} came from "
        f"Pargolovo.",
        f"Kuyvozi, at {C('19.5 %', SHARE, OK, formula='2905/14906*100')}, stood "
        f"{C('third', COMP, OK, formula=KUYVOZI_PLACE)}, while little Krasnoe Selo, where the "
        f"zone cut through only four villages, contributed "
        f"{C('6.5 percent', SHARE, SLIP, '5.6 percent', '838/14906*100')}.",
    )
    a.P(
        f"The deportees were entrained at {C('three', COUNT, OK, formula='3')} stations, "
        f"Toksovo, Pargolovo and Kingisepp goods yard, into 18 trains made up of 612 wagons.",
        f"On average a train carried {C('about 830', RATE, OK, formula='14906/18')} people "
        f"and a wagon {C('about 24', RATE, OK, formula='14906/612')}, counting infants in arms.",
        f"The escort, 1,240 officers and men of the internal troops, gave one guard to every "
        f"{C('21', RATE, SLIP, '12', '14906/1240')} deportees.",
    )
    a.P(
        f"The journey to Tajikistan took up to five weeks, and on the road 61 persons died, "
        f"{C('4.1 per 1,000', RATE, OK, formula='61/14906*1000')} of those loaded, which left "
        f"{C('14,845', REM, OK, formula='14906-61')} for the receiving commandants to enter in "
        f"their books.",
        f"Kazakhstan received 6,214 of them "
        f"({C('41.9 percent', SHARE, OK, formula='6214/14845*100')}), Tajikistan 3,958, the "
        f"West Siberian krai 2,871 and the Sverdlovsk oblast 1,802 "
        f"({C('12 per cent', SHARE, AMB, formula='1802/14845*100')}).",
        f"With {C('26.7 per cent', SHARE, OK, formula='3958/14845*100')} of the arrivals, "
        f"Tajikistan was {C('second only to', COMP, OK, formula='1802<2871<3958<6214')} "
        f"Kazakhstan as a destination.",
    )
    a.P(
        "The commandants' returns for the first year, closed on 1 April 1936, record 412 deaths "
        "among the settlers in Tajikistan, 387 in Kazakhstan, 198 in western Siberia and 96 in "
        "the Sverdlovsk oblast.",
        f"That made {C('1,039', SUM, SLIP, '1,093', '412+387+198+96')} dead within a year of "
        f"arrival.",
        f"The toll came to {C('104 per 1,000', RATE, OK, formula='412/3958*1000')} in "
        f"Tajikistan and to {C('26 per 1,000', RATE, SLIP, '62 per 1,000', '387/6214*1000')} "
        f"in Kazakhstan.",
        "The Tajik rate was the "
        f"{C('highest', COMP, OK, formula='412/3958>max(387/6214, 198/2871, 96/1802)')}"
        f" of the four and {C('almost twice', MULT, OK, formula='(412/3958)/(96/1802)')} that "
        f"of the Urals, where the settlers were put to work in timber camps with barracks "
        f"already standing.",
    )
    a.P(
        f"Of the 14,906 removed in 1935, 38 percent were children under fourteen, and 11 percent "
        f"of those children did not live through the first year, "
        f"{C('about 620', CHAIN, OK, formula='14906*0.38*0.11')} in all.",
        f"Of the 6,214 sent to Kazakhstan, 62 per cent were placed on the grain sovkhozes of the "
        f"south and 30 per cent of these were moved on again within the year to the Karaganda "
        f"mines: {C('about 1,860', CHAIN, SLIP, 'about 1,160', '6214*0.62*0.30')} people.",
        f"Seven in ten of the 3,617 households had belonged to collective farms, and 15 percent "
        f"of the collective-farm households had a son in the Red Army at the time, "
        f"{C('about 380', CHAIN, OK, formula='3617*0.70*0.15')} households.",
    )
    a.P(
        "The Tajik contingent was sent to the cotton districts around Leninabad.",
        f"In the autumn of 1935 the commandant there had 48 barracks for 240 families, "
        f"{C('five', RATE, OK, formula='240/48')} families to a barracks, and he wrote that the "
        f"rest of his people lived in tents and dugouts along the canal.",
        f"He reckoned that {C('20 per cent', SHARE, UNV)} of the men were too ill to go out to "
        f"the fields.",
        f"The luggage allowance, he complained, had not survived the transfer at Tashkent: "
        f"{C('about 30 percent', SHARE, UNV)} of the bundles never arrived.",
    )
    a.P(
        "The second wave followed a decision of 4 April 1936 to extend the cleared zone to the "
        "whole Karelian isthmus.",
        "Loading ran from 22 May to 9 June 1936, "
        f"{C('eighteen days', DUR, OK, formula='(31-22)+9')}"
        f", and took away 4,386 households with 18,742 persons.",
        f"These families were {C('larger', COMP, OK, formula='18742/4386>14906/3617')} than "
        f"those of the year before, at {C('4.3', RATE, OK, formula='18742/4386')} persons "
        f"apiece.",
        f"Together with the 14,906 of 1935, the two waves took "
        f"{C('33,648', SUM, OK, formula='14906+18742')} persons out of the border districts.",
    )
    a.P(
        "The destinations of the second wave differed from those of the first.",
        f"Of the 18,742, 11,480 went to the Vologda districts of the Northern krai and to the "
        f"interior of the Leningrad oblast, and the other "
        f"{C('7,262', REM, OK, formula='18742-11480')} to {C('two', COUNT, OK, formula='2')} "
        f"Asian republics, Tajikistan and Kazakhstan.",
        "The Asian group travelled in 290 wagons, "
        f"{C('about 25', CHAIN, OK, formula='(18742-11480)/290')}"
        f" to a wagon, {C('more crowded', COMP, OK, formula='7262/290>14906/612')} than the "
        f"trains of 1935.",
        f"Of the interior group, Vologda took 5,917 "
        f"({C('51.5 per cent', SHARE, OK, formula='5917/11480*100')}), the Cherepovets "
        f"districts 3,204 and the Novgorod districts 2,359; Cherepovets, the "
        f"{C('largest', COMP, SLIP, 'second-largest', CHEREPOVETS_PLACE)} of the three "
        f"receiving areas, put its newcomers to work in the forest.",
    )
    a.P(
        "Before 1935 the districts of the zone had 64 Finnish national village councils.",
        f"The first wave emptied 23 of them entirely and the second another 29, so that "
        f"{C('52', SUM, OK, formula='23+29')} councils had been abolished by the end of 1936, "
        f"{C('over four-fifths', MULT, OK, formula='52/64')} of the whole, and only "
        f"{C('12', REM, OK, formula='64-23-29')} survived, all of them outside the isthmus.",
        f"Over the same two years the Finnish-language schools of the isthmus went down from 96 "
        f"to 48 ({C('50 per cent', SHARE, AMB, formula='48/96*100')}).",
    )
    a.P(
        "What the families left behind was valued by district commissions in the summer of 1935.",
        f"In Kuyvozi the commission listed 1,260 houses and 315 barns, of which 874 houses were "
        f"assigned to settlers brought in from the Kalinin oblast and the remaining "
        f"{C('368', REM, SLIP, '386', '1260-874')} to the collective farms and the frontier "
        f"guard.",
        f"The district secretary reported in December that {C('about a quarter', MULT, UNV)} of "
        f"the incoming settlers had already gone home.",
        f"The horses of the Finnish households of Kuyvozi, 2,400 in the count of 1934, were down "
        f"to 1,560 after the operation, a fall of "
        f"{C('65.0 percent', SHARE, SLIP, '35.0 percent', '(2400-1560)/2400*100')}.",
    )
    a.P(
        f"In the Tajik settlements deaths {C('halved', MULT, OK, formula='203/412')} in the "
        f"second year, from 412 to 203, and births "
        f"{C('more than doubled', MULT, OK, formula='231/96')}, from 96 in 1935 to 231 in 1937.",
        f"The number of settlers in paid work "
        f"{C('tripled', MULT, SLIP, 'doubled', '2310/1140')} over the same period, from 1,140 to "
        f"2,310.",
        f"Among the adults there were {C('twice as many', COMP, OK, formula='1364/682')} women "
        f"as men, 1,364 against 682, since many husbands had been arrested before the removal.",
        f"The commandant's monthly return had {C('five', COUNT, SLIP, 'four', '4')} headings: "
        f"deaths, births, escapes and arrests.",
        f"A visiting doctor put infant deaths at {C('about 250', RATE, UNV)} per 1,000 born.",
    )
    a.P(
        f"For those taken in March 1935, the regime of the special settlements was lifted by a "
        f"decree of July 1954, after "
        f"{C('more than nineteen years', DUR, OK, formula='(1954-1935)+(7-3)/12')}.",
        f"The families of the 1936 wave were released only in 1956, "
        f"{C('eighteen years', DUR, SLIP, 'twenty years', '1956-1936')} after their removal, "
        f"and even then they were not allowed back into the border districts.",
        f"In 1956, 1957 and 1958 respectively 1,840, 1,270 and 920 persons moved to Karelia and "
        f"Estonia, {C('some four thousand', SUM, OK, formula='1840+1270+920')} over the three "
        f"years.",
    )
    a.P(
        "The census of 1959 found the Ingrian Finns scattered.",
        f"It counted 13,640 in Karelia, 11,215 in Estonia and 6,480 in the parts of the "
        "Leningrad oblast outside the closed zone, "
        f"{C('31,335', SUM, OK, formula='13640+11215+6480')}"
        f" in the three together.",
        f"Karelia held {C('43.5 percent', SHARE, OK, formula='13640/31335*100')} of them; "
        f"no figure was published for the districts the trains had left from.",
    )
    return a


if __name__ == "__main__":
    art = ingria1935()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
