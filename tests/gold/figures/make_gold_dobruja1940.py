"""Writes the blind held-out gold article ``dobruja1940`` for the figures checker (issue #14):
the Bulgarian-Romanian exchange of population in Dobruja after the Treaty of Craiova of
7 September 1940, as the mixed commission's registers, the railway returns and the prefects'
reports would record it: the Romanians (with the Aromanian colonists settled after 1926) leaving
Durostor and Caliacra, the Bulgarians leaving Tulcea and Constanta, carts and trains, the
valuation of land and houses and the compensation account, the Turks and Tatars who stayed,
and the resettlement of the emptied villages.

The prose is ours and every number is invented (some village and district names too). Each
derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout20``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_dobruja1940.py   (rewrites dobruja1940.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Romanian arrivals by month (October, November, December 1940).
MONTHS = "[21430, 28170, 11310]"
NOVEMBER_PLACE = f"sorted({MONTHS}, reverse=True).index(28170)+1"
# Bulgarians registered in the three Tulcea districts: Babadag, Isaccea, Macin.
TULCEA = "[14820, 9370, 14070]"
MACIN_PLACE = f"sorted({TULCEA}, reverse=True).index(14070)+1"


def dobruja1940() -> Article:
    a = Article(
        "dobruja1940",
        "Across the new line: the exchange of Romanians and Bulgarians in Dobruja after the "
        "Treaty of Craiova, 1940-1941, in the records of the mixed commission",
        "heldout20",
    )
    C = a.C
    a.P(
        "Signed on 7 September 1940, the Treaty of Craiova gave the Quadrilateral back to "
        "Bulgaria and committed both governments to trading their Dobrujan minorities.",
        "Romanian soldiers and civil servants had to be out of Durostor and Caliacra by "
        f"21 September, {C('fourteen days', DUR, OK, formula='21-7')} after the signature, "
        "while the movement of civilians was handed to a mixed commission that sat first at "
        "Craiova and then at Constanta.",
        f"Its annex on the exchange named {C('four', COUNT, OK, formula='4')} crossing points "
        "for the columns: Ostrov, Dobromir, Negru Voda and Vama Veche.",
    )
    a.P(
        "When the Romanian section of the commission closed its registers on 30 September "
        "(fond 1940/Dobrogea, dossier 88), they held 14,620 Romanian families numbering "
        "61,480 persons in the two southern counties.",
        f"The average family therefore had {C('4.2', RATE, OK, formula='61480/14620')} members.",
        f"Durostor entered 8,140 of these families and Caliacra the other "
        f"{C('6,480', REM, OK, formula='14620-8140')}.",
        "Colonists planted in the villages of the Quadrilateral after 1926, most of them "
        "Aromanians from Macedonia and Epirus, accounted for 22,870 persons, or "
        f"{C('37.2 per cent', SHARE, OK, formula='22870/61480*100')} of the register.",
    )
    a.P(
        "County by county, the register gives 34,915 persons for Durostor and 26,565 for "
        f"Caliacra, {C('61,480', SUM, OK, formula='34915+26565')} between them, the same total "
        "as the dossier's cover sheet.",
        f"Durostor thus supplied {C('56.8 per cent', SHARE, OK, formula='34915/61480*100')} of "
        f"those due to leave and Caliacra "
        f"{C('34.2 percent', SHARE, SLIP, '43.2 percent', '26565/61480*100')}.",
        "In the end 60,910 crossed into Romania, and the other "
        f"{C('570', REM, OK, formula='61480-60910')} died before the departure, stayed behind "
        "with Bulgarian spouses or were held back by the new authorities.",
        "The Aromanians from the Balchik and Cavarna colonies, 7,380 persons, made up "
        f"{C('12 per cent', SHARE, AMB, formula='7380/61480*100')} of the movement.",
    )
    a.P(
        "North of the new frontier the Bulgarian delegation compiled its own lists for Tulcea "
        "and Constanta.",
        "These named 13,210 Bulgarian families with 65,340 persons, of whom Tulcea alone "
        f"furnished 38,260, {C('just under 59 per cent', SHARE, OK, formula='38260/65340*100')},"
        f" and Constanta the remaining {C('27,080', REM, OK, formula='65340-38260')}.",
        f"With {C('nearly five', RATE, OK, formula='65340/13210')} persons apiece, the "
        f"Bulgarian families of the north were "
        f"{C('larger', COMP, OK, formula='65340/13210>61480/14620')} than the Romanian families "
        "of the south, which the commission explained by the many three-generation households "
        "in the Tulcea villages.",
    )
    a.P(
        "The Romanians left the south partly by road and partly by rail.",
        "Of the 61,480 on the register, 24,190 travelled with their own carts, 9,830 of them, "
        f"or {C('about 2.5', RATE, OK, formula='24190/9830')} persons to a cart, and the "
        f"remaining {C('37,290', REM, OK, formula='61480-24190')} went by train.",
        f"The railway's part, {C('60.7 per cent', SHARE, OK, formula='37290/61480*100')}, was "
        "carried in fifty-two trains from the stations of Silistra, Bazargic and Balchik, "
        f"{C('about 720', RATE, OK, formula='37290/52')} passengers to a train.",
        "The Romanian railway directorate requisitioned 1,460 goods wagons for the operation "
        "and reported afterwards that each had held "
        f"{C('42', RATE, SLIP, 'about 26', '37290/1460')} persons.",
    )
    a.P(
        "The first columns set off on 5 October 1940, and the last train passed Negru Voda on "
        f"14 December, {C('seventy days', DUR, OK, formula='(31-5)+30+14')} later, although "
        "the plan had allowed six weeks.",
        "According to the commission's monthly tally, 21,430 Romanians arrived in October, "
        "28,170 in November and 11,310 in December, "
        f"{C('60,910', SUM, OK, formula='21430+28170+11310')} in all, November being the "
        f"{C('busiest', COMP, OK, formula=NOVEMBER_PLACE)} month.",
        "The Aromanian families came in three groups of 1,140, 960 and 870 families, "
        f"{C('some three thousand', SUM, OK, formula='1140+960+870')} households altogether.",
        "The final protocol was signed on 2 March 1941, "
        f"{C('eleven weeks', DUR, OK, formula='((31-14)+31+28+2)/7')} after the last train.",
    )
    a.P(
        "The Bulgarians of the north crossed mostly at Dobromir and Ostrov, and Ostrov passed "
        f"{C('twice as many', COMP, OK, formula='5380/2690')} carts as Vama Veche, 5,380 "
        "against 2,690.",
        f"In Tulcea county {C('three', COUNT, OK, formula='3')} districts lost their Bulgarian "
        "villagers: Babadag, Isaccea and Macin.",
        "Babadag registered 14,820 persons, Isaccea 9,370 and Macin 14,070; Macin, the "
        f"{C('largest', COMP, SLIP, 'second-largest', MACIN_PLACE)} of the three, also lost "
        "its market town.",
        "The Constanta contingent was sent off in 36 trains, "
        f"{C('about 750', CHAIN, OK, formula='(65340-38260)/36')} persons to each.",
    )
    a.P(
        "The valuation subcommittee of the commission dealt with what the emigrants left behind.",
        "The Romanians of the south abandoned 126,400 hectares and 13,870 houses, the "
        "Bulgarians of the north 94,850 hectares and 11,520 houses.",
        f"That came to {C('8.6', RATE, OK, formula='126400/14620')} hectares for every "
        f"departing Romanian family and {C('7.2', RATE, OK, formula='94850/13210')} for every "
        f"Bulgarian one, leaving the south ahead by "
        f"{C('31,550', REM, OK, formula='126400-94850')} hectares.",
        "Vineyards and orchards around Balchik and Bazargic took up 40,200 hectares of the "
        f"southern land, {C('nearly a third', MULT, OK, formula='40200/126400')}.",
    )
    a.P(
        "The subcommittee priced the land of the south at 1,420 million lei, the houses at 730 "
        "million and the livestock, implements and stored grain at 330 million, so that the "
        f"Romanian property came to {C('2,480 million', SUM, OK, formula='1420+730+330')} lei.",
        "The Bulgarian property in the north was put at 1,915 million lei: the Romanian claim "
        f"was {C('about 1.3 times', MULT, OK, formula='2480/1915')} the Bulgarian one, and Sofia "
        f"owed Bucharest a balance of {C('565 million', REM, OK, formula='2480-1915')} lei.",
        "Of that balance, 40 per cent was to be settled in Bulgarian wheat during 1941, and "
        "60 per cent of the wheat was delivered before the harvest, "
        f"{C('about 136 million', CHAIN, OK, formula='565*0.40*0.60')} lei in value.",
    )
    a.P(
        "The treaty left the Turks and Tatars of the Quadrilateral out of the exchange, and most "
        "of them stayed where they were.",
        "In January 1941 a Bulgarian count found 41,200 Turks and 6,350 Tatars in Durostor and "
        f"Caliacra, {C('47,550', SUM, OK, formula='41200+6350')} together, the Turks being "
        f"{C('more than six times', MULT, OK, formula='41200/6350')} as numerous.",
        f"The Tatars lived mostly in {C('five', COUNT, SLIP, 'four', '4')} communes: Ezibei, "
        "Caraomer, Sarighiol and Tekedjik.",
    )
    a.P(
        "In the spring of 1941 the Bulgarian prefecture listed 135 mosques and 27 "
        "Tatar-language schools in those communes.",
        f"The mufti of Bazargic told the prefect that {C('20 per cent', SHARE, UNV)} of the "
        "young Tatar men had already gone to Turkey, though he named none of them.",
        "A Romanian consul in Varna heard that "
        f"{C('about 8 percent', SHARE, UNV)} of the Tatars wished to follow the Romanians "
        "north.",
    )
    a.P(
        "In the south the Bulgarian state put 9,460 refugee families from the north into the "
        f"13,870 houses the Romanians had left, and the remaining "
        f"{C('4,140', REM, SLIP, '4,410', '13870-9460')} houses went to landless local families "
        "and to the army.",
        "The former colonies took 1,280 of those families in the Kurtbunar district, 1,460 in "
        "the Dobrich district and 970 in the Tutrakan district, "
        f"{C('3,170', SUM, SLIP, '3,710', '1280+1460+970')} in all.",
        "By the autumn the prefecture had repaired 1,236 houses and dug 412 wells in the "
        f"resettled villages, yet an inspector judged that {C('about a third', MULT, UNV)} of "
        "the newcomers meant to go home to the north once the war was over.",
    )
    a.P(
        "The Aromanian colonists who had arrived in 1926 had farmed the Quadrilateral for "
        f"{C('fourteen years', DUR, OK, formula='1940-1926')} when they were uprooted again, and "
        f"those of the last colony, founded in 1932, for barely "
        f"{C('eighteen years', DUR, SLIP, 'eight years', '1940-1932')}.",
        "Their flocks went down from 48,600 sheep at the count of 1938 to 31,200 on arrival in "
        "the north, a loss of "
        f"{C('64.2 percent', SHARE, SLIP, '35.8 percent', '(48600-31200)/48600*100')}.",
        f"Their cattle were {C('halved', MULT, OK, formula='6150/12400')}, from 12,400 head to "
        "6,150.",
        f"Their own association maintained that {C('about a tenth', MULT, UNV)} of the herds had "
        "been sold for little or nothing at the fairs of October.",
    )
    a.P(
        "Most of the Romanians from the south were placed in the Bulgarian villages just "
        "vacated in Tulcea and Constanta.",
        "Of the 60,910 who crossed, 38,640 were settled there "
        f"({C('63.4 percent', SHARE, OK, formula='38640/60910*100')}), and 7,650 of these, "
        f"{C('one in five', MULT, OK, formula='7650/38640')}, were Aromanians.",
        f"They went to {C('three', COUNT, OK, formula='3')} districts of Constanta county: "
        "Mangalia, Medgidia and Harsova.",
        "Of the 38,640 settled in the north, 55 per cent went to Constanta county and a fifth "
        f"of those to the port town itself, {C('about 4,250', CHAIN, OK, formula='38640*0.55/5')}"
        " persons.",
        "The Romanian population of the commune of Cogealac "
        f"{C('more than doubled', MULT, OK, formula='4120/1740')}, from 1,740 to 4,120, while "
        "the pupils of the Bulgarian schools of Tulcea county went down from 3,260 in 1939 to "
        f"1,630 in 1941 ({C('50 percent', SHARE, AMB, formula='1630/3260*100')}).",
    )
    a.P(
        "Taken together, the registers of the two sides moved "
        f"{C('126,820', SUM, OK, formula='61480+65340')} persons.",
        f"Deaths on the road were {C('lower', COMP, OK, formula='98/65340<143/61480')} among "
        "the Bulgarians, 98 of 65,340, than among the Romanians, 143 of 61,480, or "
        f"{C('2.3 per 1,000', RATE, OK, formula='143/61480*1000')}.",
        f"Cart traffic at Ostrov {C('tripled', MULT, SLIP, 'doubled', '860/420')} between the "
        "first and the last week of October, from 420 carts a week to 860.",
        "Of the 13,210 Bulgarian families, 45 per cent were settled in Durostor and 30 % of "
        "these in the former Aromanian colonies, "
        f"{C('about 1,870', CHAIN, SLIP, 'about 1,780', '13210*0.45*0.30')} families.",
    )
    return a


if __name__ == "__main__":
    art = dobruja1940()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
