"""Writes the blind held-out gold article ``iranop1938`` for the figures checker (issue #14):
the NKVD's "Iranian operation" of 1938 in the frontier districts of the Azerbaijan SSR, as the
operation's closing summary, the troikas' tallies, the border guard's register of the Araxes
crossings, the echelon reports and the settlement commandants' returns would record it:
arrests of Iranian subjects and of Soviet citizens of Iranian origin by district, sentences of
the first and second category, expulsions to Iran, the deportation of families to Kazakhstan,
the camps and the review of 1939.

The prose is ours and every number is invented (the frame is historical; the crossing at
Sheikh-Kend and the Karachala ferry are made up). Each derived claim's arithmetic is done
here, apart from borderlands.figures, which the author neither read nor ran. All claims are
``heldout14``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in
an order for a rank (descending for "third", ascending for "lowest"); for a count, the number
of items listed; for a duration, the span in the unit printed, worked from the printed dates
(1938 is not a leap year). An ambiguous claim's formula is one of its two readings; the test
names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_iranop1938.py   (rewrites iranop1938.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Arrests by district in the closing summary: Lenkoran, Astara, Masally, Jalilabad, Bilasuvar,
# Julfa.
DISTRICTS = "[1947, 1386, 1052, 874, 655, 498]"
MASALLY_PLACE = f"sorted({DISTRICTS}, reverse=True).index(1052)+1"
# Deaths per arrival in the three Kazakh oblasts by 1 January 1939.
OBLAST_RATES = "[338/3904, 187/2871, 87/1317]"
AKTYUBINSK_PLACE_FROM_BOTTOM = f"sorted({OBLAST_RATES}).index(87/1317)+1"


def iranop1938() -> Article:
    a = Article(
        "iranop1938",
        "The Iranian operation of 1938 in the frontier districts of Azerbaijan: arrests, "
        "expulsions across the Araxes and deportations to Kazakhstan in the NKVD's own returns",
        "heldout14",
    )
    C = a.C
    a.P(
        "On 19 January 1938 the Politburo told the NKVD to deal with the Iranian subjects "
        "living in the frontier belt, and the people's commissar of internal affairs of "
        "Azerbaijan put his own order into circulation nine days later.",
        f"The first arrests were made in the night of 1 February and the last troika sat on "
        f"12 April, so that the operation proper took "
        f"{C('ten weeks', DUR, OK, formula='(28+31+11)/7')}.",
        f"It covered {C('six', COUNT, OK, formula='6')} districts along the border: Astara, "
        f"Lenkoran, Masally, Bilasuvar, Jalilabad and, far to the west on the Araxes, Julfa.",
    )
    a.P(
        "The closing summary of the republic's NKVD, dated 20 April 1938, counts 6,412 arrests "
        "in these districts.",
        f"Of those arrested, 3,918 held Iranian passports and the other "
        f"{C('2,494', REM, OK, formula='6412-3918')} were Soviet citizens of Iranian origin, "
        f"most of them naturalised after 1930.",
        f"Iranian subjects thus made up {C('61.1 per cent', SHARE, OK, formula='3918/6412*100')}"
        f" of the arrested.",
        "The same document lists 7,945 Iranian subjects served with orders to leave the "
        "country, and 1,812 families, numbering 8,153 persons, set down for deportation to "
        "Kazakhstan.",
        f"A deported family averaged {C('4.5', RATE, OK, formula='8153/1812')} members.",
    )
    a.P(
        "The district table appended to the summary (sheet 14) reads: Lenkoran 1,947, "
        "Astara 1,386, Masally 1,052, Jalilabad 874, Bilasuvar 655 and Julfa 498.",
        f"Lenkoran alone supplied {C('30.4%', SHARE, OK, formula='1947/6412*100')} of the "
        f"arrests and Astara {C('21.6%', SHARE, OK, formula='1386/6412*100')}, while Masally "
        f"stood {C('third', COMP, OK, formula=MASALLY_PLACE)}.",
        f"The Lenkoran toll was {C('more than twice', MULT, OK, formula='1947/874')} that of "
        f"Jalilabad, though the two districts held roughly the same number of people of "
        f"Iranian descent.",
        f"Julfa, the only district on the Nakhichevan side, accounted for roughly "
        f"{C('one arrest in thirteen', SHARE, OK, formula='6412/498')}.",
    )
    a.P(
        f"The troikas condemned 2,604 persons to the first category, death by shooting, and "
        f"3,433 to the second, eight or ten years in a corrective labour camp, "
        f"{C('6,037', SUM, OK, formula='2604+3433')} sentences by the last sitting.",
        f"The files of the remaining {C('375', REM, OK, formula='6412-6037')} were sent on to "
        f"the Special Board in Moscow, where most of them lay until the summer.",
        f"Those shot amounted to {C('43.1 percent', SHARE, OK, formula='2604/6037*100')} of "
        f"all whom the troikas sentenced.",
        f"Among the Iranian subjects 1,792 of the 3,918 were shot "
        f"({C('54.7 per cent', SHARE, SLIP, '45.7 per cent', '1792/3918*100')}), against 812 "
        f"of the 2,494 Soviet citizens, so that a man with an Iranian passport was "
        f"{C('more likely', COMP, OK, formula='1792/3918>812/2494')} to face the first "
        f"category.",
    )
    a.P(
        "Tallies by sitting survive for four of the troikas.",
        f"In Lenkoran the troika met on 23 evenings between 8 February and 9 April and "
        f"disposed of 1,874 cases, {C('about 81', RATE, OK, formula='1874/23')} at a sitting; "
        f"the Astara troika got through 1,322 cases in 14 sittings, or "
        f"{C('49', RATE, SLIP, '94', '1322/14')} a sitting.",
        f"The Lenkoran sittings were thus spread over "
        f"{C('60 days', DUR, OK, formula='(28-8)+31+9')}.",
        f"In Jalilabad 362 of 851 cases ended in the first category and in Bilasuvar 297 of "
        f"652, which makes the Bilasuvar troika the "
        f"{C('harsher', COMP, OK, formula='297/652>362/851')} of the two.",
    )
    a.P(
        f"Expulsion went through {C('four', COUNT, OK, formula='4')} points on the frontier: "
        f"the Astara bridge, the Julfa railway bridge, the Karachala ferry on the Araxes and "
        f"the ford at Sheikh-Kend.",
        f"The border guard's register records 2,915 persons over the Astara bridge between "
        f"3 and 27 March, 1,430 over the Julfa bridge, 1,064 by the Karachala ferry and 711 at "
        f"the ford, {C('6,120', SUM, OK, formula='2915+1430+1064+711')} by 15 April.",
        f"That was {C('77 percent', SHARE, OK, formula='6120/7945*100')} of the 7,945 ordered "
        f"out; the remaining {C('1,825', REM, OK, formula='7945-6120')} had been granted "
        f"delays, had fallen ill or had slipped away into the hills.",
        f"The Astara bridge alone carried "
        f"{C('nearly half', MULT, OK, formula='2915/6120')} of those who crossed.",
    )
    a.P(
        "The deported families left from the Lenkoran and Astara stations in seven echelons "
        "made up of 268 wagons.",
        f"An echelon carried {C('1,165', RATE, OK, formula='8153/7')} persons on average, and "
        f"a wagon {C('about 30', RATE, OK, formula='8153/268')}.",
        f"The first train pulled out of Lenkoran on 2 March and the last was unloaded at "
        f"Kzyl-Orda on 29 April, {C('eight weeks', DUR, OK, formula='((31-2)+29)/7')} later.",
        f"Sixty-one deportees died in the wagons, "
        f"{C('7.5 per 1,000', RATE, OK, formula='61/8153*1000')} of those entrained.",
        f"Of the 8,153, 46 per cent were children, and a third of these were under five: "
        f"{C('about 1,250', CHAIN, OK, formula='8153*0.46/3')} infants and small children.",
    )
    a.P(
        f"The Kazakh NKVD spread the survivors over {C('three', COUNT, OK, formula='3')} "
        f"oblasts, South Kazakhstan, Kzyl-Orda and Aktyubinsk, and settled them on collective "
        f"farms and in the fisheries of the Aral shore.",
        f"South Kazakhstan took 3,904 persons "
        f"({C('48.2 percent', SHARE, OK, formula='3904/(8153-61)*100')} of the arrivals) and "
        f"Kzyl-Orda 2,871, leaving "
        f"{C('1,317', REM, OK, formula='8153-61-3904-2871')} for Aktyubinsk "
        f"({C('16 percent', SHARE, AMB, formula='1317/(8153-61)*100')}).",
        f"The Aralsk fisheries received 1,046 of the Kzyl-Orda contingent, "
        f"{C('more than a third', MULT, OK, formula='1046/2871')}.",
    )
    a.P(
        f"By 1 January 1939 the settlement commandants had buried 338 deportees in South "
        f"Kazakhstan, 187 in Kzyl-Orda and 87 in Aktyubinsk, "
        f"{C('512', SUM, SLIP, '612', '338+187+87')} since the arrival of the echelons.",
        f"Measured against the arrivals, that was "
        f"{C('86.6 per 1,000', RATE, OK, formula='338/3904*1000')} in South Kazakhstan, "
        f"{C('65.1', RATE, OK, formula='187/2871*1000')} in Kzyl-Orda and "
        f"{C('66.1', RATE, OK, formula='87/1317*1000')} in Aktyubinsk.",
        f"Aktyubinsk, where the families were put to work on the railway, thus had the "
        f"{C('lowest', COMP, SLIP, 'second-lowest', AKTYUBINSK_PLACE_FROM_BOTTOM)} death rate "
        f"of the three.",
    )
    a.P(
        f"After the troikas were abolished in November 1938, the Azerbaijan NKVD set up a "
        f"commission to review the second-category sentences of the Iranian line; it sat from "
        f"14 February to 10 November 1939, "
        f"{C('nearly nine months', DUR, OK, formula='8+27/30')}.",
        f"It reopened 2,180 files, and the remaining "
        f"{C('1,253', REM, OK, formula='3433-2180')} second-category cases were never looked "
        f"at again.",
        f"Of the reopened files 214 ended in release "
        f"({C('9.8 percent', SHARE, OK, formula='214/2180*100')}), and releases "
        f"{C('quadrupled', MULT, OK, formula='171/43')} from one half of the year to the next, "
        f"from 43 to 171.",
    )
    a.P(
        "What became of the property left behind can be traced only in fragments.",
        "In April the Lenkoran district executive committee listed 150 empty houses and "
        "handed 30 of them over to the frontier post.",
        f"A party report of the autumn said that {C('20 percent', SHARE, UNV)} of the rice "
        f"fields once worked by the expelled and deported families had gone unharvested.",
        f"In Astara the collective farms took in 48 families from the mountain villages and "
        f"192 head of confiscated cattle, and the farm chairmen complained that "
        f"{C('about a quarter', MULT, UNV)} of the cattle had died before the winter.",
    )
    a.P(
        f"The second-category prisoners were shipped to {C('five', COUNT, SLIP, 'four', '4')} "
        f"camps: Sevvostlag on the Kolyma, Ukhtpechlag, Karlag and Temlag.",
        f"Of the 3,433, 38 percent went to the Kolyma, and 22 percent of those were dead by the "
        f"spring of 1942, {C('about 760', CHAIN, SLIP, 'about 290', '3433*0.38*0.22')} men.",
        f"Shipments to Karlag {C('doubled', MULT, SLIP, 'tripled', '958/312')} between the "
        f"first transport of 6 May and the second of 19 June, from 312 prisoners to 958.",
        f"The two Karlag transports thus left "
        f"{C('six weeks', DUR, OK, formula='((31-6)+19)/7')} apart.",
    )
    a.P(
        "On the Iranian side the expelled were received by the gendarmerie of Ardabil and "
        "Tabriz, which sent many of the men on to the army.",
        f"Of the 6,120 who had crossed by mid-April, 58 percent were men of working age, and "
        f"two-fifths of these were taken as conscripts within the year: "
        f"{C('about 1,420', CHAIN, OK, formula='6120*0.58*0.4')} men, by the reckoning of the "
        f"Soviet consulate in Tabriz.",
        f"Of the 1,825 still on Soviet soil in mid-April, 1,340 crossed in May and the last "
        f"{C('548', REM, SLIP, '485', '1825-1340')} during the summer.",
        f"The Iranian envoy's note of protest is dated 3 March; the Commissariat of Foreign "
        f"Affairs answered it on 21 April, "
        f"{C('five weeks', DUR, SLIP, 'seven weeks', '((31-3)+21)/7')} later.",
        f"Emigre papers in Tehran claimed that {C('about 35 percent', SHARE, UNV)} of the "
        f"expelled had no relatives left in Iran.",
    )
    a.P(
        f"In the republic as a whole the Iranian line was "
        f"{C('second only to', COMP, OK, formula='1204<6412<9860')} the operation against "
        f"anti-Soviet elements under order 00447, which brought 9,860 arrests in Azerbaijan, "
        f"against 6,412 for the Iranian line and 1,204 for the Dashnak line.",
        f"Set against the population of Iranian origin in the six districts, some 41,300 "
        f"persons at the census of 1937, the arrests came to "
        f"{C('155 per 1,000', RATE, OK, formula='6412/41300*1000')}.",
        f"The Iranian subjects on the register of the Baku consulate fell from 12,400 at the "
        f"start of 1938 to 6,150 a year later, "
        f"{C('about half', MULT, AMB, formula='6150/12400')}.",
        f"The frontier districts produced "
        f"{C('twice as many', COMP, OK, formula='6412/3190')} arrests as the city sections "
        f"of Baku and Ganja, which took 3,190 Iranians between them.",
    )
    a.P(
        f"Taken together, the 2,604 shot, the 6,120 expelled by mid-April and the 8,153 "
        f"deported to Kazakhstan make {C('16,877', SUM, OK, formula='2604+6120+8153')} persons "
        f"removed from the frontier districts in the spring of 1938.",
        f"The registrars counted 24,780 persons of Iranian origin in the six districts in "
        f"January 1939, against 41,300 in 1937, a fall of "
        f"{C('60 percent', SHARE, SLIP, '40 percent', '(41300-24780)/41300*100')}.",
        f"Survivors interviewed in the 1990s thought that no more than "
        f"{C('one in twelve', SHARE, UNV)} of the deported families ever came back to the "
        f"Araxes.",
        f"The families deported in March 1938 were released from the special settlement "
        f"regime only in 1956, {C('eighteen years', DUR, OK, formula='1956-1938')} later.",
    )
    return a


if __name__ == "__main__":
    art = iranop1938()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
