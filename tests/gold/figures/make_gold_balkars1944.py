"""Writes the blind held-out gold article ``balkars1944`` for the figures checker (issue #14): the
deportation of the Balkars from the Kabardino-Balkar ASSR on 8 and 9 March 1944 to Kazakhstan
and Kirghizia, as the operation summaries, the district registers, the transport telegrams and
the special-settlement returns would record it: persons and families by district (Chegem,
Khulam-Bezengi, Elbrus, Cherek), the troops and trucks, the echelons and wagons, the deaths on
the road and in the first years of settlement, the renaming of the republic in April 1944, the
property left behind and the return after the decree of 9 January 1957.

The prose is ours and every number is invented (some village names too). Each derived claim's
arithmetic is done here, apart from borderlands.figures, which the author neither read nor ran.
All claims are ``heldout24``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "almost twice as many", or a place
in a listed order for a rank; for a count, the number of items listed; for a duration, the span
in the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its
two readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_balkars1944.py   (rewrites balkars1944.txt/.yaml)
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

# Persons removed by place, as the district registers give them: Chegem, Cherek,
# Khulam-Bezengi, Elbrus, Nalchik and the lowland villages.
SOURCES = "[11412, 9127, 7846, 6203, 2519]"
ELBRUS_PLACE = f"sorted({SOURCES}, reverse=True).index(6203)+1"
# Spans between printed dates, in days or (for the exile) in years.
ORDER_TO_LOADING = "(date(1944, 3, 8)-date(1944, 2, 24)).days"
EXILE_YEARS = "(date(1957, 1, 9)-date(1944, 3, 8)).days/365.25"


def balkars1944() -> Article:
    a = Article(
        "balkars1944",
        "Four gorges emptied: the deportation of the Balkars in March 1944 and their return, "
        "read from the operation summaries and the registers of the special settlements",
        "heldout24",
    )
    C = a.C
    a.P(
        "The order to remove the Balkars from the Kabardino-Balkar ASSR was signed in Moscow on "
        "24 February 1944, and the first trucks entered the gorges before dawn on 8 March.",
        f"That left the commissariat {C('thirteen days', DUR, OK, formula=ORDER_TO_LOADING)} "
        "to bring its troops and vehicles up into the foothills, a leap-year February "
        "included.",
        f"The summary drafted on 11 March describes the field of the operation as "
        f"{C('four', COUNT, OK, formula='4')} mountain districts: Chegem, Khulam-Bezengi, "
        f"Elbrus and Cherek.",
    )
    a.P(
        "For the task the NKVD concentrated 17,300 officers and men of its troops and 4,750 "
        "trucks, most of them lend-lease Studebakers taken from the Transcaucasian front.",
        f"By the morning of 9 March the summary reported 37,107 persons in 8,960 families on "
        f"the trucks, {C('about 4.1', RATE, OK, formula='37107/8960')} to a family.",
        f"Each truck thus took {C('nearly eight', RATE, OK, formula='37107/4750')} people down "
        f"the valley roads, and each soldier answered for "
        f"{C('just over two', RATE, OK, formula='37107/17300')} of them.",
    )
    a.P(
        "The district registers (fond 9401, list 2, file 64, sheets 118 to 131) break the "
        "total down.",
        f"Chegem gave 11,412 persons, Khulam-Bezengi 7,846 and Elbrus 6,203; Cherek, whose "
        f"register was closed a day late on 10 March, gave 9,127, and Nalchik with the lowland "
        f"villages another 2,519, so that the clerk's total of "
        f"{C('37,107', SUM, OK, formula='11412+7846+6203+9127+2519')} matches the summary.",
        f"Chegem alone accounted for {C('30.8 per cent', SHARE, OK, formula='11412/37107*100')}"
        f" of the deportees, {C('nearly a third', MULT, OK, formula='11412/37107')}, and "
        f"Cherek for {C('24.6%', SHARE, OK, formula='9127/37107*100')}.",
        f"Khulam-Bezengi, whose upper villages could be reached only on foot, supplied "
        f"{C('12.1 percent', SHARE, SLIP, '21.1 percent', '7846/37107*100')}, and Elbrus, at "
        f"{C('16.7 percent', SHARE, OK, formula='6203/37107*100')}, stood "
        f"{C('fourth', COMP, OK, formula=ELBRUS_PLACE)} among the five places of origin.",
        f"Cherek was {C('second only to', COMP, OK, formula='7846<9127<11412')} Chegem, which "
        f"sent {C('almost twice as many', COMP, OK, formula='11412/6203')} people as Elbrus.",
    )
    a.P(
        "The families were counted separately.",
        f"Of the 8,960, Chegem had 2,714, Khulam-Bezengi 1,890, Elbrus 1,512 and Cherek 2,205; "
        f"the remaining {C('639', REM, OK, formula='8960-2714-1890-1512-2205')} were from "
        f"Nalchik and the lowland villages.",
        f"A Chegem family averaged {C('4.2', RATE, OK, formula='11412/2714')} persons, "
        f"{C('more', COMP, OK, formula='11412/2714>6203/1512')} than an Elbrus family with its "
        f"{C('4.1', RATE, OK, formula='6203/1512')}.",
        f"The Cherek register gives {C('3.1', RATE, SLIP, '4.1', '9127/2205')} persons per "
        f"family, although its villages were no smaller than those of the other gorges.",
    )
    a.P(
        "At Nalchik and Prokhladnaya stations the deportees were put into 14 echelons made up "
        "of 752 wagons.",
        f"That came to {C('about 49', RATE, OK, formula='37107/752')} persons per wagon and "
        f"{C('about 2,650', RATE, OK, formula='37107/14')} per echelon, infants included.",
        f"The first echelon left Nalchik on 9 March and unloaded at Dzhambul on 28 March, "
        f"{C('nineteen days', DUR, OK, formula='(date(1944, 3, 28)-date(1944, 3, 9)).days')} "
        f"on the road.",
        f"The last left Prokhladnaya on 14 March and reached Frunze on 6 April, after "
        f"{C('32 days', DUR, SLIP, '23 days', '(date(1944, 4, 6)-date(1944, 3, 14)).days')} "
        f"in the wagons.",
    )
    a.P(
        "The transport department of the NKVD recorded 562 deaths on the road among the 37,107 "
        "loaded.",
        f"That was {C('15.1 per 1,000', RATE, OK, formula='562/37107*1000')} and left "
        f"{C('36,545', REM, OK, formula='37107-562')} persons to be handed to the receiving "
        f"commandants.",
        f"Kazakhstan took 21,870 of them, "
        f"{C('59.8 percent', SHARE, OK, formula='21870/36545*100')}, and Kirghizia 14,675 "
        f"({C('40 per cent', SHARE, AMB, formula='14675/36545*100')}).",
        f"Kazakhstan thus received "
        f"{C('nearly one and a half times as many', MULT, OK, formula='21870/14675')} Balkars "
        f"as Kirghizia.",
    )
    a.P(
        f"In Kazakhstan the Balkars were spread over {C('three', COUNT, OK, formula='3')} "
        f"oblasts: Dzhambul, Alma-Ata and Taldy-Kurgan.",
        f"Of the 21,870, 45 percent went to the Dzhambul oblast, and 30 percent of these to its "
        f"Talas district: {C('about 2,950', CHAIN, OK, formula='21870*0.45*0.30')} persons.",
        f"Of the 14,675 sent to Kirghizia, 42 percent were children under sixteen, and a fifth "
        f"of those children had lost a parent by 1946, "
        f"{C('about 1,230', CHAIN, OK, formula='14675*0.42*0.2')} in all.",
        f"Of the 37,107 loaded, 52 percent were women, and 60 percent of the women were "
        f"registered as fit for labour: "
        f"{C('about 1,580', CHAIN, SLIP, 'about 11,580', '37107*0.52*0.60')}.",
    )
    a.P(
        "The registers of the special-settlement department give 4,390 deaths among the "
        "Balkars for the rest of 1944, 3,215 for 1945 and 1,870 for 1946.",
        f"That made {C('9,475', SUM, OK, formula='4390+3215+1870')} dead in less than three "
        f"years, {C('25.9 percent', SHARE, OK, formula='9475/36545*100')} of those who had "
        f"arrived.",
        f"The 1944 toll alone was {C('120 per 1,000', RATE, OK, formula='4390/36545*1000')} "
        f"arrivals, and the 1945 toll {C('100', CHAIN, OK, formula='3215/(36545-4390)*1000')} "
        f"per 1,000 of those still alive at the start of that year.",
        f"Between 1944 and 1946 the yearly deaths "
        f"{C('fell by more than half', MULT, OK, formula='1870/4390')}.",
    )
    a.P(
        "Of the 4,390 deaths of 1944, 2,880 fell in Kazakhstan and 1,510 in Kirghizia.",
        f"The first year was {C('heavier', COMP, OK, formula='2880/21870>1510/14675')} in "
        f"Kazakhstan, with 2,880 dead among 21,870 settlers, than in Kirghizia, with 1,510 "
        f"among 14,675.",
        f"The Frunze commandant nevertheless reported to Alma-Ata that mortality among his "
        f"Balkars was {C('higher', COMP, SLIP, 'lower', '1510/14675<2880/21870')} than among "
        f"those across the border.",
        f"Kirghizia's rate for the year came to "
        f"{C('130 per 1,000', RATE, SLIP, '103 per 1,000', '1510/14675*1000')}, by the same "
        f"register.",
    )
    a.P(
        "The commandant of the Talas district kept his settlers in 64 barracks and 320 dugouts, "
        "and he asked in December 1944 for 1,500 cubic metres of timber.",
        f"He estimated that {C('20 percent', SHARE, UNV)} of the adults had no winter footwear.",
        f"A doctor sent from Dzhambul thought {C('about 15 per cent', SHARE, UNV)} of the "
        f"children had typhus by the spring.",
    )
    a.P(
        "A decree of 8 April 1944 renamed the republic the Kabardian ASSR, "
        f"{C('thirty-one days', DUR, OK, formula='(date(1944, 4, 8)-date(1944, 3, 8)).days')} "
        f"after the first trucks had entered the Chegem gorge.",
        f"Of the 3,960 square kilometres of the four Balkar districts, 2,140 went to the "
        f"Georgian SSR with the Elbrus district and the upper Khulam valley, and the other "
        f"{C('1,820', REM, OK, formula='3960-2140')} stayed with the renamed republic.",
        f"Georgian or Kabardian names replaced the Balkar ones in "
        f"{C('six', COUNT, SLIP, 'five', '5')} villages: Upper Chegem, Khulam, Bezengi, "
        f"Kunduz and Verkhnyaya Balkaria.",
    )
    a.P(
        "The district commissions counted 41,600 head of cattle and 87,300 sheep left behind by "
        "the deportees.",
        f"Of the cattle, 23,850 were handed to the lowland kolkhozes and the rest, "
        f"{C('18,750', REM, SLIP, '17,750', '41600-23850')}, were driven to the meat combine "
        f"in Nalchik for the army.",
        f"By the autumn the sheep were down to 29,100: the flocks had been "
        f"{C('halved', MULT, SLIP, 'cut to a third', '29100/87300')} in half a year.",
    )
    a.P(
        "The births registered among the Balkars in Kirghizia rose from 310 in 1945 to 702 in "
        "1948.",
        f"They had thus {C('more than doubled', MULT, OK, formula='702/310')}, while deaths "
        f"there fell from 1,510 in 1944 to 488 in 1948, "
        f"{C('to about a third', MULT, OK, formula='488/1510')} of their first level.",
        f"The Frunze schools enrolled Balkar children in "
        f"{C('two', COUNT, OK, formula='2')} languages: Russian and Kirghiz.",
        f"The commandant put the Balkar children who could not read by 1948 at "
        f"{C('nearly 40 percent', SHARE, UNV)}.",
    )
    a.P(
        "The special-settlement regime was lifted for the Balkars in 1956, and a decree of "
        "9 January 1957 restored the Kabardino-Balkar ASSR, "
        f"{C('almost thirteen years', DUR, OK, formula=EXILE_YEARS)}"
        f" after the operation.",
        f"Some 14,280 Balkars came back in 1957 and 10,915 in 1958, "
        f"{C('25,915', SUM, SLIP, '25,195', '14280+10915')} in the two years, and another "
        f"4,130 followed in 1959, bringing the total to "
        f"{C('29,325', SUM, OK, formula='14280+10915+4130')}.",
        f"The census of 1959 counted 42,400 Balkars in the Soviet Union, so that "
        f"{C('nearly seven in ten', MULT, OK, formula='29325/42400')} had returned.",
    )
    a.P(
        "In the restored republic the returnees found 1,240 of their houses still standing, "
        "310 of them without roofs.",
        f"The Chegem raion committee reckoned that {C('about a quarter', MULT, UNV)} of the "
        f"families still had no house of their own at the end of 1958.",
        f"The Balkar-language schools, 46 before the deportation, numbered 23 in 1958 "
        f"({C('50 percent', SHARE, AMB, formula='23/46*100')}).",
        f"The Balkars who returned to Chegem, 9,480, made up "
        f"{C('32.3 percent', SHARE, OK, formula='9480/29325*100')} of all who came back, "
        f"though they were {C('fewer', COMP, OK, formula='9480<11412')} than the 11,412 taken "
        f"from the gorge in 1944.",
    )
    return a


if __name__ == "__main__":
    art = balkars1944()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date, "sorted": sorted}) if f else None  # checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:36} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
