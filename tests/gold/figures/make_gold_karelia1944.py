"""Writes the blind held-out gold article ``karelia1944`` for the figures checker (issue #14): the
second evacuation of the Finnish population of Karelia and the other ceded areas in 1944, after
the Soviet offensive of June and the Moscow armistice of 19 September, set against the first
evacuation of 1940, as the evacuation staff's registers, the parish returns, the railway and
column reports and the resettlement and compensation offices would record it: persons and cattle
moved by parish, trains and horse columns, the Porkkala lease area, the Land Acquisition Act of
1945 and the holdings formed under it, compensation paid in bonds, the evacuees by province of
arrival, and the Ingrian Finns handed over to the USSR under the armistice.

The prose is ours and every number is invented (some parish, village and camp names too). Each
derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout19``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a place in a listed order for a rank; for
a count, the number of items listed; for a duration, the span in the unit printed, worked from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_karelia1944.py   (rewrites karelia1944.txt/.yaml)
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

# Evacuees registered on arrival at the end of 1944 in the six provinces named: Kuopio, Vaasa,
# Häme, Oulu, Mikkeli, Turku and Pori.
PROVINCES = "[61240, 48930, 44170, 38650, 37820, 33460]"
VAASA_SECOND = f"sorted({PROVINCES}, reverse=True).index(48930) == 1"
MIKKELI_PLACE = f"sorted({PROVINCES}, reverse=True).index(37820)+1"
# The spans printed in words, worked from the dates printed beside them.
ORDER_TO_LAST_COLUMN = "(date(1944, 9, 2) - date(1944, 6, 15)).days / 7"
PEACE_1940_TO_DEADLINE = "(date(1940, 3, 26) - date(1940, 3, 13)).days"
FIRST_TO_LAST_INGRIAN_TRAIN = "(date(1945, 1, 17) - date(1944, 10, 24)).days / 7"


def karelia1944() -> Article:
    a = Article(
        "karelia1944",
        "A second departure: the evacuation of the Finnish population of Karelia and the ceded "
        "areas in 1944 in the registers of the evacuation staff and the resettlement offices",
        "heldout19",
    )
    C = a.C
    a.P(
        "The Soviet breakthrough on the Karelian isthmus in June 1944 caught the civil "
        "administration of the reoccupied parishes with no plan of its own, and the Ministry of "
        "the Interior ordered their civilians west on 15 June.",
        "The last horse column of the operation crossed the Kymi river on 2 September, so that "
        f"the evacuation staff had {C('eleven weeks', DUR, OK, formula=ORDER_TO_LAST_COLUMN)} "
        "in which to move a population that the front had already once displaced.",
        "For the lease area of Porkkala the armistice signed in Moscow on 19 September left "
        f"even less: the civilians had to be out by 29 September, "
        f"{C('ten days', DUR, OK, formula='(date(1944, 9, 29) - date(1944, 9, 19)).days')} "
        "later.",
    )
    a.P(
        "The memory of 1940 weighed on everyone involved.",
        "The peace of 13 March 1940 had given the inhabitants of the ceded territory until 26 "
        "March to leave, a mere "
        f"{C('fifteen days', DUR, SLIP, 'thirteen days', PEACE_1940_TO_DEADLINE)}, "
        "and some 407,000 people had gone.",
        "When the Finnish army retook the land in 1941, 262,000 of them went back to their "
        f"farms and villages ({C('64.4 per cent', SHARE, OK, formula='262000/407000*100')}); "
        f"the other {C('145,000', REM, OK, formula='407000-262000')} stayed where they had been "
        "settled in the interior.",
        f"The returnees went to {C('four', COUNT, OK, formula='4')} areas: the isthmus, Ladoga "
        "Karelia, the outer islands, and Salla-Kuusamo.",
    )
    a.P(
        "The registers of the evacuation staff, closed on 30 September 1944, count 286,450 "
        "persons moved out of the ceded and leased areas in the second evacuation.",
        "By district of origin the isthmus parishes account for 118,230 of them (register 4, "
        "folios 12 to 31), Ladoga Karelia for 121,540, Salla and Kuusamo for 14,870 and the "
        "Porkkala lease area for 7,210, and the remaining "
        f"{C('24,600', REM, OK, formula='286450-118230-121540-14870-7210')} came from the outer "
        "islands and the Petsamo district.",
        "Men under arms are not in these figures, since they left with their units.",
    )
    a.P(
        "Ladoga Karelia thus furnished "
        f"{C('42.4 percent', SHARE, OK, formula='121540/286450*100')} of all "
        f"evacuees and the isthmus {C('41.3%', SHARE, OK, formula='118230/286450*100')}, "
        f"so that the two together made up "
        f"{C('over four-fifths', MULT, OK, formula='(121540+118230)/286450')} of the movement.",
        f"The Ladoga contingent was slightly the "
        f"{C('larger', COMP, OK, formula='121540 > 118230')} of the two, which reversed the "
        "order of 1940, when the isthmus had sent the most people.",
        "Porkkala, which was not ceded but leased for fifty years, accounted for "
        f"{C('5.2 per cent', SHARE, SLIP, '2.5 per cent', '7210/286450*100')} of the total.",
    )
    a.P(
        "The parish returns of Ladoga Karelia list people and livestock side by side.",
        "Impilahti sent off 9,840 persons with 6,120 head of cattle, Suistamo 7,315 persons with "
        "5,480 head, Harlu 6,020 with 3,010, and the small parish of Kelkkalahti 4,380 with "
        f"2,950, in all {C('27,555', SUM, OK, formula='9840+7315+6020+4380')} persons and "
        f"{C('17,560', SUM, OK, formula='6120+5480+3010+2950')} head of cattle.",
        f"Impilahti drove {C('about 62', RATE, OK, formula='6120/9840*100')} head for every "
        f"hundred of its people, while Suistamo took "
        f"{C('more', COMP, OK, formula='5480/7315 > 6120/9840')} cattle in proportion to its "
        f"population, and in Harlu the people outnumbered the cattle "
        f"{C('two to one', MULT, OK, formula='6020/3010')}.",
        "Even so, Suistamo had counted 8,060 head in the livestock census before the war, and the "
        f"herd that left was a fall of "
        f"{C('68.0 percent', SHARE, SLIP, '32.0 percent', '(8060-5480)/8060*100')}.",
    )
    a.P(
        "The isthmus and the southern Ladoga shore were emptied mostly by rail.",
        "Between 16 June and 31 July the railway administration ran 214 evacuation trains made "
        f"up of 6,848 wagons, {C('32', RATE, OK, formula='6848/214')} wagons to a train.",
        f"They carried 96,300 persons, {C('about 14', RATE, OK, formula='96300/6848')} in each "
        f"wagon, or an average of {C('45', RATE, SLIP, '450', '96300/214')} passengers per "
        "train, the livestock travelling separately in closed cattle vans.",
        f"The station masters complained that {C('about a tenth', MULT, UNV)} of the wagons "
        "came back from the west damaged or unusable.",
    )
    a.P(
        "The rest of the Ladoga population went by road with the bulk of the herds.",
        "The staff formed 38 columns, each under a column leader appointed by the parish, and "
        "they moved 52,400 persons, 61,800 head of cattle and 9,150 horses to the assembly "
        "areas of Savo.",
        f"A column thus averaged {C('about 1,380', RATE, OK, formula='52400/38')} persons and "
        f"{C('about 1,630', RATE, OK, formula='61800/38')} head of cattle, and there was one "
        f"horse for every {C('six', RATE, OK, formula='52400/9150')} walkers.",
        f"On the roads the cattle were {C('fewer', COMP, SLIP, 'more', '61800 > 52400')} than "
        "the people, and the leaders' reports are full of animals driven into the ditches by "
        "army lorries.",
        f"The column reports record 142 deaths on the way, "
        f"{C('2.7 per 1,000', RATE, OK, formula='142/52400*1000')} of those who walked.",
    )
    a.P(
        "The lease area of Porkkala had to be emptied within the ten days that the armistice "
        "allowed, and the Soviet commission did not permit the harvest to be taken in.",
        f"The area cut across {C('three', COUNT, OK, formula='3')} parishes: Kirkkonummi, Siuntio "
        "and Inkoo.",
        "Of its 7,210 inhabitants Kirkkonummi lost 4,860, Siuntio 1,420 and Inkoo, where only "
        f"the eastern villages lay inside the line, the other "
        f"{C('390', REM, SLIP, '930', '7210-4860-1420')}.",
        "The farmers took 3,740 head of cattle out across the new line of the 6,950 counted in "
        f"the spring, {C('just over half', MULT, OK, formula='3740/6950')}, and the county "
        f"agronomist thought that {C('about 60 per cent', SHARE, UNV)} of the hay had been left "
        "standing in the barns.",
    )
    a.P(
        "The Land Acquisition Act of 5 May 1945 promised land to every evacuee family that had "
        "farmed in the ceded areas, as well as to invalids, war widows and front-line soldiers.",
        f"It created holdings of {C('four', COUNT, OK, formula='4')} types: cultivation farms, "
        "cold farms, residential plots and allotment gardens.",
        "By the end of 1948 the land offices had formed 14,620 cultivation farms, 9,810 cold "
        "farms, where the settler was to clear his own fields, 4,305 residential plots and 2,825 "
        f"gardens, {C('31,560', SUM, OK, formula='14620+9810+4305+2825')} holdings in all, of "
        f"which the cultivation farms made up "
        f"{C('46.3 per cent', SHARE, OK, formula='14620/31560*100')}.",
        "The cold farms alone "
        f"{C('tripled', MULT, SLIP, 'doubled', '9810/4870')} in number between 1946, when the "
        "offices had formed 4,870 of them, and 1948.",
    )
    a.P(
        "The land came from the state, the church, the municipalities and companies, and by "
        "compulsory purchase from private owners.",
        "Of the 1,867,000 hectares taken over, the state gave 712,000 and private owners were "
        "made to surrender 968,000, so that the church, the municipalities and the companies "
        f"supplied the remaining {C('187,000', REM, OK, formula='1867000-712000-968000')}.",
        f"Private land was thus {C('51.8 percent', SHARE, OK, formula='968000/1867000*100')} "
        "of the whole, and it came unevenly: 38 percent of it was taken from owners of more "
        "than 100 hectares, and 60 percent of that from estates larger than 200 hectares, "
        f"{C('about 221,000', CHAIN, OK, formula='968000*0.38*0.60')} hectares.",
        f"The cultivation farms received 231,000 hectares between them, "
        f"{C('15.8', RATE, OK, formula='231000/14620')} hectares on average.",
    )
    a.P(
        "Compensation for property left behind was paid on a sliding scale, in cash for the "
        "smallest losses and in state bonds for the rest.",
        "By 1952 the compensation office had settled 241,300 claims for a total of 34,700 "
        f"million marks, {C('about 144,000', RATE, OK, formula='34700000000/241300')} marks a "
        "claim.",
        f"Only 9,100 million marks were paid in cash; the other "
        f"{C('25,600 million', REM, OK, formula='34700-9100')}, or "
        f"{C('73.8 per cent', SHARE, OK, formula='25600/34700*100')}, were paid in bonds, which "
        f"outweighed the cash {C('nearly three to one', MULT, OK, formula='25600/9100')} and "
        "lost much of their value to inflation before they matured.",
    )
    a.P(
        "The arrival registers, taken province by province at the end of 1944, show the "
        "evacuees spread across the country.",
        "The province of Kuopio had received 61,240, Vaasa 48,930, Häme 44,170, Oulu 38,650, "
        "Mikkeli 37,820 and Turku and Pori 33,460, and the remaining provinces 22,180, "
        f"{C('268,450', SUM, SLIP, '286,450', '61240+48930+44170+38650+37820+33460+22180')} in "
        "the summary table.",
        f"Kuopio alone held {C('21.4 percent', SHARE, OK, formula='61240/286450*100')}, and "
        f"Vaasa came {C('second only to', COMP, OK, formula=VAASA_SECOND)} it, while Mikkeli, "
        f"the {C('fourth', COMP, SLIP, 'fifth', MIKKELI_PLACE)} of the provinces by number of "
        "evacuees, lay nearest to the old border.",
        "Of the 61,240 who came to Kuopio, 45 percent went to the rural communes of the north, "
        "and two-thirds of those were lodged in farmhouses rather than in schools or camps, "
        f"{C('about 13,800', CHAIN, SLIP, 'about 18,400', '61240*0.45*2/3')} persons.",
    )
    a.P(
        "Article 10 of the armistice obliged Finland to hand over the Soviet citizens on its "
        "soil, among them the Ingrian Finns brought from the occupied Leningrad region in 1943 "
        "and 1944.",
        "Of the 63,100 Ingrians who had been moved to Finland, 55,720 were handed over in the "
        f"autumn and winter ({C('88.3 percent', SHARE, OK, formula='55720/63100*100')}).",
        f"Of the other {C('7,380', REM, OK, formula='63100-55720')}, 1,480 had crossed to "
        "Sweden by boat and 1,460 had died in Finland "
        f"({C('20 per cent', SHARE, AMB, formula='1480/7380*100')}), and the rest had not "
        "reported.",
        "Of those handed over, 58 percent were women, and 35 percent of the women were over "
        f"sixty, {C('about 11,300', CHAIN, OK, formula='55720*0.58*0.35')} elderly women in "
        "all.",
    )
    a.P(
        f"The Ingrians were gathered in {C('five', COUNT, SLIP, 'four', '4')} camps: Hanko, "
        "Lahti, Hyvinkää and Kuusankoski.",
        f"They left in 104 trains, {C('about 540', RATE, OK, formula='55720/104')} to a train, "
        "the first on 24 October 1944 and the last on 17 January 1945, "
        f"{C('twelve weeks', DUR, OK, formula=FIRST_TO_LAST_INGRIAN_TRAIN)} "
        "later.",
        "Most of them were not allowed to return to Ingria but were sent on to the Kalinin, "
        "Pskov and Velikie Luki regions.",
    )
    a.P(
        "The reception camp at Kuivasalmi in northern Savo, which took in the people of Salla "
        "and Kuusamo, had 320 beds and a staff of 48 nurses and orderlies.",
        "Its register notes that the herds of the Salla farmers, 8,400 head in the spring, were "
        f"down to 4,200 by November ({C('50 per cent', SHARE, AMB, formula='4200/8400*100')}).",
        f"The camp doctor believed that {C('15 per cent', SHARE, UNV)} of the children who came "
        "in September were undernourished.",
        "In the same weeks the camp received 860 sheep and 215 pigs from the Kuusamo columns, "
        f"and the quartermaster wrote that {C('one in four', MULT, UNV)} of the families had "
        "lost their seed grain on the way.",
    )
    return a


if __name__ == "__main__":
    art = karelia1944()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date, "sorted": sorted}) if f else None
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
