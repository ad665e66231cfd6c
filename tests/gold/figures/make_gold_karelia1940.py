"""Writes the blind held-out gold article ``karelia1940`` for the figures checker (issue #14): the
evacuation of the population of the parts of Finnish Karelia ceded to the USSR by the Moscow
peace of 12 March 1940, as the evacuation staff's operation summaries, district registers and
telegram books would record it: evacuees by district, the trains, carts and cattle moved, the
reception provinces and municipalities with their quotas, the compensation law of 1940 and the
sums paid by the end of 1945, the return to the reoccupied areas in 1941-1942, the second
evacuation of the summer of 1944 and the land acquisition act of 1945.

The prose is ours and every number is invented (some parish names too). Each derived claim's
arithmetic is done here, apart from borderlands.figures, which the author neither read nor ran.
All claims are ``heldout23``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a place in a listed order for a rank; for
a count, the number of items listed; for a duration, the span in the unit printed, worked from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_karelia1940.py   (rewrites karelia1940.txt/.yaml)
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

# Evacuees of 1940 by district, as the district registers give them: Viipuri, Käkisalmi,
# Sortavala, Salmi.
DISTRICTS = "[148320, 103940, 96215, 58755]"
SORTAVALA_PLACE = f"sorted({DISTRICTS}, reverse=True).index(96215)+1"
# From the first return permits (9 October 1941) to the count of 30 June 1942, in months.
RETURN_MONTHS = "(date(1942, 6, 30)-date(1941, 10, 9)).days/30.44"


def karelia1940() -> Article:
    a = Article(
        "karelia1940",
        "Twice uprooted: the evacuation of the ceded Karelian parishes after the Moscow peace "
        "of 1940, the return of 1941-1942 and the second flight of 1944, in the reports of the "
        "evacuation staff",
        "heldout23",
    )
    C = a.C
    a.P(
        "The Moscow peace of 12 March 1940 took from Finland the south-eastern part of the "
        "province of Viipuri, the shores of Lake Ladoga and a belt of land further north, and "
        "it left the people of the ceded parishes no choice of staying under Soviet rule.",
        f"The transfer began at noon on 13 March and the last sectors of the new line were "
        f"handed over on 26 March, only {C('thirteen days', DUR, OK, formula='26-13')} later, "
        f"so that the evacuation staff worked to a timetable fixed in Moscow.",
        f"The staff, directed from Mikkeli by the Ministry of the Interior, split the ceded "
        f"ground into {C('four', COUNT, OK, formula='4')} evacuation districts: Viipuri, "
        f"Käkisalmi, Sortavala and Salmi.",
    )
    a.P(
        "The population register closed in the autumn of 1939 gave the ceded parishes 411,600 "
        "inhabitants, and the staff's final summary of 30 April 1940 counted 407,230 of them as "
        "evacuated.",
        f"The {C('4,370', REM, OK, formula='411600-407230')} it could not account for had died "
        f"in the bombing, been taken prisoner or, in a few hundred cases, chosen to stay.",
        f"The operation thus reached {C('98.9 per cent', SHARE, OK, formula='407230/411600*100')}"
        f" of the registered population.",
        f"Most of the work had been done during the war itself: only 61,840 people were still "
        f"in their home parishes when the peace was signed, "
        f"{C('15.2 percent', SHARE, OK, formula='61840/407230*100')} of the evacuees, while the "
        f"other {C('345,390', REM, OK, formula='407230-61840')} had been moved in December 1939 "
        f"or in the retreats of February.",
    )
    a.P(
        "The evacuation register of each district (series Ea, volumes 4 to 9) lists 148,320 "
        "persons for Viipuri, 103,940 for Käkisalmi, 96,215 for Sortavala and 58,755 for Salmi, "
        "the last of them closed only on 2 May 1940.",
        f"The clerk who added them up for the summary arrived at "
        f"{C('470,230', SUM, SLIP, '407,230', '148320+103940+96215+58755')}, a figure the "
        f"ministry then repeated in its report to parliament.",
        f"Viipuri district alone sent {C('36.4%', SHARE, OK, formula='148320/407230*100')} of "
        f"all evacuees and Käkisalmi {C('about a quarter', MULT, OK, formula='103940/407230')}, "
        f"while Sortavala came {C('third', COMP, OK, formula=SORTAVALA_PLACE)} and Salmi, the "
        f"most remote of the four, supplied {C('one in seven', MULT, OK, formula='58755/407230')}"
        f".",
    )
    a.P(
        f"The railway carried 243,600 of the evacuees in 1,412 trains, "
        f"{C('about 170', RATE, OK, formula='243600/1412')} persons to a train, packed into "
        f"19,870 wagons at {C('12.3', RATE, OK, formula='243600/19870')} a wagon.",
        f"The rest went by road, in 41,200 horse-drawn carts loaded with bedding, tools and "
        f"children, {C('nearly four', CHAIN, OK, formula='(407230-243600)/41200')} persons to "
        f"a cart.",
        f"Livestock went by rail as well: 118,400 head of cattle travelled in 9,870 cattle "
        f"wagons, {C('21', RATE, SLIP, '12', '118400/9870')} to a wagon, and the veterinary "
        f"officers at Kouvola complained that the animals reached them unwatered.",
    )
    a.P(
        f"A government decision of 15 March 1940 spread the evacuees over "
        f"{C('five', COUNT, SLIP, 'six', '6')} provinces: Vaasa, Oulu, Kuopio, Mikkeli, Häme "
        f"and Turku.",
        "Each province was given a quota, and each of its municipalities was told how many "
        "families it had to lodge.",
        f"Vaasa, set 92,000, took in 88,350 and so stayed "
        f"{C('3,650', REM, OK, formula='92000-88350')} below its quota, whereas Oulu, set "
        f"48,000, received 51,840 and overshot its figure by "
        f"{C('8.0 percent', SHARE, OK, formula='(51840-48000)/48000*100')}.",
        f"On 512,000 inhabitants the Vaasa province housed "
        f"{C('173 per 1,000', RATE, OK, formula='88350/512000*1000')}, and it bore the load "
        f"{C('more heavily', COMP, OK, formula='88350/512000>61400/436000')} than Häme, which "
        f"lodged 61,400 evacuees among 436,000 people.",
    )
    a.P(
        f"The same decision named the reception municipalities: 74 in the Vaasa province, 51 in "
        f"Oulu, 48 in Kuopio, 39 in Mikkeli, 62 in Häme and 44 in Turku, "
        f"{C('318', SUM, OK, formula='74+51+48+39+62+44')} in all, listed on pages 3 to 11 of "
        f"its annex.",
        "The quotas ran from a handful of families in the fishing villages of the Turku "
        "archipelago to whole trainloads in the market towns of Ostrobothnia.",
    )
    a.P(
        f"The committee of Kuusenmäki, a parish of the Vaasa province chosen here because its "
        f"files survive whole, found room for 780 evacuees in 156 farmhouses, "
        f"{C('five', RATE, OK, formula='780/156')} to a house on average.",
        "In its school, whose rooms were meant for 336 pupils, it also placed 42 evacuee "
        "children for the spring term.",
        f"The chairman noted in his report of June 1940 that {C('20 percent', SHARE, UNV)} of "
        f"the evacuee families had come without any bedding, and that "
        f"{C('one in eight', MULT, UNV)} of the men among them was still held in the army.",
    )
    a.P(
        "The compensation law passed on 27 June 1940 made the state liable for the property the "
        "evacuees had lost, on a scale that paid small losses in full and large ones in part.",
        f"By the closing date 152,300 claims had been lodged; the boards approved 141,870 and "
        f"rejected or struck off the other {C('10,430', REM, OK, formula='152300-141870')}.",
        f"Payments came to 610 million marks in 1940, 1,480 million in 1941, 1,150 million in "
        f"1942, 940 million in 1943, 530 million in 1944 and 600 million in 1945, "
        f"{C('5,310 million', SUM, OK, formula='610+1480+1150+940+530+600')} marks by the end "
        f"of the war years.",
        f"That was {C('64.4 per cent', SHARE, OK, formula='5310/8240*100')} of the 8,240 "
        f"million at which the boards had assessed the losses, or "
        f"{C('about 37,400', RATE, OK, formula='5310*1000000/141870')} marks for each approved "
        f"claim.",
    )
    a.P(
        f"Payments {C('more than doubled', MULT, OK, formula='1480/610')} from the first year "
        f"to the second, but by 1944 they had sunk to "
        f"{C('a little over a third', MULT, OK, formula='530/1480')} of the 1941 sum, as the "
        f"war budget crowded them out.",
        f"Of the 141,870 approved claims, 58 percent came from farm households, and 35 percent "
        f"of these were settled wholly in state bonds, "
        f"{C('about 28,800', CHAIN, OK, formula='141870*0.58*0.35')} claims.",
        f"The farm claims, 82,280 in number, drew 3,410 million marks and the town and village "
        f"claims, 59,590, drew 1,900 million, so that the average farm claim was "
        f"{C('larger', COMP, OK, formula='3410/82280>1900/59590')}.",
        f"Claims for the highest class of loss numbered 19,640, "
        f"{C('14.8 per cent', SHARE, SLIP, '13.8 per cent', '19640/141870*100')} of those "
        f"approved.",
    )
    a.P(
        "Finnish troops stood on the old frontier again by the end of August 1941, and the "
        "first return permits were issued on 9 October 1941.",
        f"By the count of 30 June 1942, "
        f"{C('nearly nine months', DUR, OK, formula=RETURN_MONTHS)}"
        f" later, 278,400 people had gone home "
        f"({C('68 per cent', SHARE, AMB, formula='278400/407230*100')}).",
        f"Of the 46,200 dwelling houses the 1939 survey had found in the ceded area, 18,300 had "
        f"been burnt or pulled down ({C('39.6 percent', SHARE, OK, formula='18300/46200*100')})"
        f", which left {C('29,700', REM, SLIP, '27,900', '46200-18300')} standing, many of them "
        f"without stoves or windows.",
    )
    a.P(
        "The return was uneven.",
        f"Viipuri district had 104,600 of its 148,320 back by the summer of 1942, while only "
        f"29,800 of Salmi's 58,755 had come, a share "
        f"{C('lower', COMP, OK, formula='29800/58755<104600/148320')} than Viipuri's, since "
        f"the Salmi villages had been fought over twice.",
        f"In Sortavala 61,200 of 96,215 returned and in Käkisalmi 72,900 of 103,940, so that "
        f"Sortavala's rate of return was the "
        f"{C('higher', COMP, SLIP, 'lower', '61200/96215<72900/103940')} of the two.",
    )
    a.P(
        f"The Soviet offensive on the isthmus opened on 9 June 1944, and the order to clear the "
        f"isthmus parishes went out on 10 June; the last evacuation train left Viipuri on 19 "
        f"June, {C('nine days', DUR, OK, formula='19-10')} later, the day before the town fell.",
        f"North of Lake Ladoga the clearing ran from 21 June to 12 July, "
        f"{C('three weeks', DUR, OK, formula='((30-21)+12)/7')}.",
        f"In all the staff moved 271,950 people in the summer of 1944, "
        f"{C('two-thirds', MULT, OK, formula='271950/407230')} as many as in 1940.",
        f"Of them 248,700 went by rail in 1,020 trains, "
        f"{C('about 240', RATE, OK, formula='248700/1020')} to a train, trains "
        f"{C('more heavily loaded', COMP, OK, formula='248700/1020>243600/1412')} than those "
        f"of 1940, and the other {C('23,250', REM, OK, formula='271950-248700')} went by road "
        f"or across the lake.",
    )
    a.P(
        "The herds suffered worse in the second flight than in the first.",
        f"The evacuees brought out 84,300 head of cattle against 118,400 in 1940, a fall of "
        f"{C('71.2 per cent', SHARE, SLIP, '28.8 per cent', '(118400-84300)/118400*100')}, and "
        f"many cows had to be slaughtered at the loading stations for want of wagons.",
        f"By the end of August Kuopio had taken 41,300 of the 271,950 "
        f"({C('15 percent', SHARE, AMB, formula='41300/271950*100')}), Mikkeli 52,600, Häme "
        f"67,900, Vaasa 58,420 and Oulu with Lapland 49,260.",
        f"The five areas together thus held "
        f"{C('269,480', SUM, OK, formula='41300+52600+67900+58420+49260')}, and the "
        f"{C('2,470', REM, OK, formula='271950-269480')} missing from their books were still "
        f"waiting in the transit camps.",
    )
    a.P(
        "The reports say less about the people than about the trains.",
        f"Of the 407,230 evacuees of 1940, 27 percent were children under fifteen, and 12 "
        f"percent of these had been separated from their parents for a time, "
        f"{C('about 31,190', CHAIN, SLIP, 'about 13,190', '407230*0.27*0.12')} children by the "
        f"staff's reckoning.",
        f"The welfare inspectors later put the families that had lost all their movable "
        f"property at {C('about 70 percent', SHARE, UNV)}, and the district doctors set deaths "
        f"on the roads of 1944 at {C('3 per 1,000', RATE, UNV)}, without saying how they "
        f"counted.",
    )
    a.P(
        f"The land acquisition act of 5 May 1945 settled the farming evacuees for good, drawing "
        f"land from {C('three', COUNT, OK, formula='3')} sources: state forests, church lands "
        f"and private estates.",
        f"Of the 271,950 evacuees of 1944, 46 percent belonged to farm households, and 60 "
        f"percent of these applied for land under the act, "
        f"{C('about 75,000', CHAIN, OK, formula='271950*0.46*0.60')} persons.",
        f"The number of new farms entered in the land register "
        f"{C('tripled', MULT, SLIP, 'doubled', '8470/4120')} between 1946 and 1947, from 4,120 "
        f"to 8,470.",
        f"The last payments under the compensation law of 1940 were made in 1949, "
        f"{C('eleven years', DUR, SLIP, 'ten years', '1949-1939')} after the first evacuation "
        f"in the autumn of 1939.",
    )
    a.P(
        f"Between the peace of 1940 and the armistice of 19 September 1944 lay only "
        f"{C('four years', DUR, OK, formula='1944-1940')}, and for most Karelian families they "
        f"held two flights and one homecoming.",
        f"The staff's papers for the whole period fill {C('three', COUNT, OK, formula='3')} "
        f"series: the operation summaries, the district registers and the telegram books.",
    )
    return a


if __name__ == "__main__":
    art = karelia1940()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
