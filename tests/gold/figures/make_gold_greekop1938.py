"""Writes the blind held-out gold article ``greekop1938`` for the figures checker (issue #14): the
NKVD's 'Greek operation' of December 1937 to November 1938 as its operation summaries, district
registers and telegrams would record it: arrests by region (the Stalino oblast and its Mariupol
districts, the Krasnodar krai, the Crimea, Georgia, Abkhazia), Soviet citizens against Greek
subjects, the sentences of the first and second category passed by the 'dvoika', the review of
1939, the expulsion of Greek subjects abroad by sea and the deportation of Greek-subject families
to Kazakhstan in 1938, their release and what the census of 1959 found.

The prose is ours and every number is invented (some district and farm names too). Each derived
claim's arithmetic is done here, apart from borderlands.figures, which the author neither read
nor ran. All claims are ``heldout17``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_greekop1938.py   (rewrites greekop1938.txt/.yaml)
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

# Arrests in the four national districts of the Mariupol group, as their registers give them.
MARIUPOL_DISTRICTS = "[1874, 1516, 1390, 1047]"
SARTANA_PLACE = f"sorted({MARIUPOL_DISTRICTS}, reverse=True).index(1390)+1"


def greekop1938() -> Article:
    a = Article(
        "greekop1938",
        "The 'Greek operation' of the NKVD, December 1937 to November 1938: arrests, sentences "
        "and removals in the operational reports",
        "heldout17",
    )
    C = a.C
    a.P(
        "On 11 December 1937 Yezhov signed the operational order that turned the security "
        "organs against the Greeks of the Soviet Union, and the regional administrations made "
        "their first arrests on the night of 15 December.",
        f"The order named {C('five', COUNT, OK, formula='5')} regions: the Stalino oblast, the "
        f"Krasnodar krai, the Crimean ASSR, Georgia and Abkhazia.",
        "Extended twice, the operation was wound up only on 15 November 1938, "
        f"{C('eleven months', DUR, OK, formula='(1938-1937)*12+(11-12)')} after it had opened, "
        "when the Politburo halted the mass operations everywhere.",
    )
    a.P(
        "The final summary, sent to Moscow on 2 December 1938 (file 7, sheets 114-121), sets "
        "out the arrests region by region.",
        "The Stalino oblast reported 8,946 Greeks arrested, the Krasnodar krai 4,385 and the "
        "Crimea 2,718; in the Transcaucasus, Georgia accounted for 3,264 and Abkhazia, whose "
        "returns reached the centre only on 19 November, for 2,167.",
        f"The summary's grand total of "
        f"{C('21,480', SUM, OK, formula='8946+4385+2718+3264+2167')} agrees with these lines, "
        f"and it leaves the Krasnodar krai "
        f"{C('second only to', COMP, OK, formula='8946>4385>3264>2718>2167')} Stalino.",
    )
    a.P(
        f"Stalino alone thus supplied {C('41.6 per cent', SHARE, OK, formula='8946/21480*100')} "
        f"of all the Greeks arrested in the country, and the Krasnodar krai "
        f"{C('20.4%', SHARE, OK, formula='4385/21480*100')}.",
        f"The Crimean share came to "
        f"{C('17.2 percent', SHARE, SLIP, '12.7 percent', '2718/21480*100')}, that of Georgia to "
        f"{C('15.2 percent', SHARE, OK, formula='3264/21480*100')}, and Abkhazia contributed "
        f"{C('about a tenth', MULT, OK, formula='2167/21480')}.",
        "Within the Stalino oblast the blow fell on the Greek districts around Mariupol, which "
        "gave 6,312 of the oblast's 8,946 arrests.",
        f"That was {C('more than seven in ten', MULT, OK, formula='6312/8946')}; the remaining "
        f"{C('2,634', REM, OK, formula='8946-6312')} were taken in the 22 other districts and "
        f"mining towns of the oblast, {C('about 120', CHAIN, OK, formula='(8946-6312)/22')} to "
        f"each.",
    )
    a.P(
        f"The Mariupol group was made up of {C('three', COUNT, SLIP, 'four', '4')} national "
        f"districts: Mangush, Velikaia Ianisol, Sartana and Staryi Kermenchik.",
        "Their registers (file 11, sheets 3 to 58) give 1,874 arrests for Mangush, 1,516 for "
        "Velikaia Ianisol, 1,390 for Sartana and 1,047 for Staryi Kermenchik, and the city of "
        "Mariupol itself added 485 between January and March 1938.",
        f"The {C('6,312', SUM, OK, formula='1874+1516+1390+1047+485')} of the group's summary "
        f"are thus accounted for to the last man.",
        f"Sartana, {C('second', COMP, SLIP, 'third', SARTANA_PLACE)} among the districts by the "
        f"number taken, lost in a single February night the whole board of its collective farm "
        f"'Red Partisan'.",
    )
    a.P(
        "The order was aimed first at Greek subjects, but the registers show that it struck "
        "Soviet citizens harder.",
        f"Of the 21,480 arrested, 13,950 held Soviet passports and the other "
        f"{C('7,530', REM, OK, formula='21480-13950')} were subjects of the Greek kingdom, "
        f"{C('35.1 per cent', SHARE, OK, formula='7530/21480*100')} of the whole.",
        f"Soviet citizens were thus {C('almost twice', MULT, OK, formula='13950/7530')} as "
        f"numerous among the prisoners as foreigners.",
        f"Abkhazia alone ran the other way: 1,284 of its 2,167 prisoners were Greek subjects, a "
        f"proportion far {C('higher', COMP, OK, formula='1284/2167>7530/21480')} than in the "
        f"country at large.",
    )
    a.P(
        "The cases did not go before the troikas but were sent in albums to Moscow, where the "
        "'dvoika' of the People's Commissar and the Procurator of the USSR signed the sentences.",
        f"By 10 September 1938 the dvoika had decided 20,115 of the 21,480 cases, leaving "
        f"{C('1,635', REM, SLIP, '1,365', '21480-20115')} to the special troikas set up that "
        f"autumn.",
        f"It sent 15,732 people to be shot in the first category, "
        f"{C('78.2 per cent', SHARE, OK, formula='15732/20115*100')} of those it decided, and "
        f"the other {C('4,383', REM, OK, formula='20115-15732')} to eight or ten years in the "
        f"camps.",
        f"The albums listed 1,450 women ({C('7 per cent', SHARE, AMB, formula='1450/20115*100')}"
        f"), most of them wives of men already in custody.",
    )
    a.P(
        "In the Stalino oblast 7,104 of the 8,946 arrested were shot, in the Krasnodar krai "
        "3,021 of 4,385.",
        f"The first category thus took {C('79.4%', SHARE, OK, formula='7104/8946*100')} of the "
        f"Stalino prisoners and {C('68.9%', SHARE, OK, formula='3021/4385*100')} of those in the "
        f"Kuban, a {C('larger', COMP, OK, formula='7104/8946>3021/4385')} proportion in the "
        f"Donbass, where the oblast chief had asked for a higher limit in January.",
        "The census of 1937 had counted 102,400 Greeks in the Stalino oblast, 31,850 in the "
        "Krasnodar krai and 20,640 in the Crimea.",
        f"Arrests therefore came to {C('87 per 1,000', RATE, OK, formula='8946/102400*1000')} "
        f"Greeks in Stalino, {C('138 per 1,000', RATE, OK, formula='4385/31850*1000')} in the "
        f"Krasnodar krai and "
        f"{C('13 per 1,000', RATE, SLIP, '132 per 1,000', '2718/20640*1000')} in the Crimea.",
    )
    a.P(
        "The pace of the arrests can be followed in the telegrams from Stalino.",
        "By 1 February 1938 the oblast administration had taken 3,180 Greeks, and by 1 April "
        "the tally stood at 6,740.",
        f"Arrests had {C('more than doubled', MULT, OK, formula='6740/3180')} in two months, "
        f"for Moscow had raised the oblast's limit on 31 January and extended the operation to "
        f"15 April, {C('74 days', DUR, OK, formula='(date(1938, 4, 15)-date(1938, 1, 31)).days')}"
        f" more.",
        f"The oblast chief assured the centre that {C('over 90 per cent', SHARE, UNV)} of "
        f"those taken had confessed within a week.",
        f"Monthly arrests {C('fell', COMP, OK, formula='610<2140')} from 2,140 in March to 610 "
        f"in June, when the Mariupol districts had little left to give.",
    )
    a.P(
        "After the decree of 17 November 1938 the appeals of relatives and the cases left "
        "undecided were taken up again by the regional administrations.",
        f"In the Stalino oblast 2,840 files were reopened in 1939, and 1,118 of the people "
        f"concerned were released, {C('39.4 per cent', SHARE, OK, formula='1118/2840*100')}.",
        f"Of the 1,365 cases the dvoika had left undecided, 40 percent were dropped, and half of "
        f"those dropped concerned Greek subjects, "
        f"{C('about 270', CHAIN, OK, formula='1365*0.40*0.5')} people.",
        f"Releases in the Mariupol districts {C('tripled', MULT, SLIP, 'doubled', '388/186')} "
        f"from the first half of the year to the second, from 186 to 388.",
        f"The procurator's office guessed that {C('nearly a third', MULT, UNV)} of the men let "
        f"out found their houses taken by newcomers.",
    )
    a.P(
        "Greek subjects who had not been arrested were given a choice in the spring of 1938: "
        "Soviet citizenship or expulsion.",
        f"Those who chose to leave sailed from {C('two', COUNT, OK, formula='2')} ports: Odessa "
        f"and Batumi.",
        f"The port commandants counted 2,715 departures from Odessa and 1,545 from Batumi, "
        f"{C('4,260', SUM, OK, formula='2715+1545')} in all, carried on 9 steamers chartered "
        f"from a Piraeus line, {C('about 470', RATE, OK, formula='4260/9')} passengers to a "
        f"sailing.",
        f"Odessa handled {C('63.7 percent', SHARE, OK, formula='2715/4260*100')} of the "
        f"departures, since most of those leaving came from the Crimea and the Donbass.",
        f"The sailings ran from 12 May to 28 July 1938, "
        f"{C('seventy-seven days', DUR, OK, formula='(31-12)+30+28')}, and the last steamer left "
        f"Batumi with the families of men still under investigation.",
    )
    a.P(
        "Greek subjects who refused both citizenship and departure were deported with their "
        "families to Kazakhstan.",
        f"The June lists name 1,236 families with 5,190 members, "
        f"{C('about 4.2', RATE, OK, formula='5190/1236')} to a family, loaded into 138 wagons at "
        f"Mariupol, Krasnodar and Simferopol.",
        f"The wagons held {C('about 38', RATE, OK, formula='5190/138')} people each, well above "
        f"what the railway's own rules allowed.",
        f"The families went to {C('three', COUNT, OK, formula='3')} oblasts: South Kazakhstan, "
        f"Akmolinsk and Kustanai.",
        f"The receiving commandants acknowledged 612, 389 and 235 families respectively, "
        f"{C('1,326', SUM, SLIP, '1,236', '612+389+235')} by the reckoning of the resettlement "
        f"department, which passed the figure to Moscow unchecked.",
    )
    a.P(
        f"The settlement registers of Kazakhstan record 318 deaths among the 5,190 deportees in "
        f"the first year, {C('61 per 1,000', RATE, OK, formula='318/5190*1000')}.",
        f"Of the 5,190, 46 percent were children, and 6 percent of the children died before the "
        f"spring of 1939, {C('about 140', CHAIN, OK, formula='5190*0.46*0.06')} in all.",
        f"Deaths {C('halved', MULT, OK, formula='152/318')} in the second year, from 318 to 152.",
        f"The South Kazakhstan commandant, who had 96 barracks and 384 dugouts for his people, "
        f"reported in December that {C('about a quarter', MULT, UNV)} of the adults had no work "
        f"at all.",
    )
    a.P(
        f"The families of 1938 were freed from the special settlement regime in 1956, "
        f"{C('nineteen years', DUR, SLIP, 'eighteen years', '1956-1938')} after their arrival.",
        f"Of the 1,236 families, 418 had returned to the Azov coast by 1960, while the other "
        f"{C('818', REM, OK, formula='1236-418')} stayed in Kazakhstan.",
        f"Among the adults who returned there were "
        f"{C('twice as many', COMP, OK, formula='286/141')} women as men, 286 against 141.",
        f"The census of 1959 found 71,700 Greeks in the Stalino oblast against 102,400 in 1937, "
        f"a fall of {C('70.0 percent', SHARE, SLIP, '30.0 percent', '(102400-71700)/102400*100')}"
        f".",
    )
    a.P(
        "The operation also ended the Greek cultural institutions of the Donbass.",
        "The oblast library removed 640 Greek-language titles from its shelves in 1938, and the "
        "Mariupol pedagogical college closed its Greek section, which had 128 students.",
        f"An inspector of the education department wrote that {C('20 percent', SHARE, UNV)} of "
        f"the Greek teachers had left for the towns before the arrests reached them.",
        f"In the Crimea the Greek village soviets went from 22 to 11 between 1937 and 1939 "
        f"({C('50 per cent', SHARE, AMB, formula='11/22*100')}).",
    )
    a.P(
        f"Of the 7,530 Greek subjects arrested, 58 percent were shot, and a third of these had "
        f"lived in Russia since before 1914: "
        f"{C('about 1,640', CHAIN, SLIP, 'about 1,460', '7530*0.58/3')} people.",
        f"The lists compiled by Memorial suggest that {C('one in six', MULT, UNV)} adult Greek "
        f"men of the Mariupol districts was taken.",
        "No register we have seen records how many of them came home.",
    )
    return a


if __name__ == "__main__":
    art = greekop1938()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
