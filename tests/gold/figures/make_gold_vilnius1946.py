"""Writes the blind held-out gold article ``vilnius1946`` for the figures checker (issue #14): the
evacuation of Poles from the Lithuanian SSR, Vilnius city and the five districts around it, to
Poland in 1945 and 1946 under the Lublin agreement of September 1944, as the evacuation offices'
operation summaries, registers and telegrams would record it: persons registered and persons who
left, by district and by month, the trains, wagons and carts, the withdrawals and refusals of
registration, the property valued and the compensation in Poland, and the Lithuanians who came
the other way from the Suwalki region.

The prose is ours and every number is invented (some place names too). Each derived claim's
arithmetic is done here, apart from borderlands.figures, which the author neither read nor ran.
All claims are ``heldout21``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_vilnius1946.py   (rewrites vilnius1946.txt/.yaml)
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

# Persons who left the five districts by the end of June 1946, as the district summaries give
# them: Vilnius rural, Trakai, Svencionys, Eisiskes, Salcininkai.
DISTRICTS = "[21406, 14982, 9317, 8745, 7424]"
SVENCIONYS_PLACE = f"sorted({DISTRICTS}, reverse=True).index(9317)+1"
# Departures from the city, January to June 1946.
MONTHS_BUT_MAY = "4120, 5870, 8960, 12410, 9615"


def vilnius1946() -> Article:
    a = Article(
        "vilnius1946",
        "Leaving Wilno: the evacuation of Poles from Vilnius and its districts, 1945-1946, in "
        "the registers and reports of the evacuation offices",
        "heldout21",
    )
    C = a.C
    a.P(
        "The agreement between the Polish Committee of National Liberation and the government "
        "of the Lithuanian SSR, signed at Lublin on 22 September 1944, allowed persons of Polish "
        "and Jewish nationality who had held Polish citizenship before the war to leave for "
        "Poland, and Lithuanians living in Poland to move the other way.",
        "Registration in Vilnius did not open until 1 December 1944, "
        f"{C('ten weeks', DUR, OK, formula='(date(1944,12,1)-date(1944,9,22)).days/7')} after "
        "the signature.",
        "Outside the city the Polish plenipotentiary kept offices in "
        f"{C('five', COUNT, OK, formula='5')} districts: Vilnius rural, Trakai, Svencionys, "
        "Eisiskes and Salcininkai.",
    )
    a.P(
        "When the first round of registration closed on 31 March 1945, the city office had "
        "entered 112,640 persons on its lists and the district offices another 86,350.",
        f"The two together, {C('198,990', SUM, OK, formula='112640+86350')} people, were far "
        "more than the Lithuanian side had expected, and the city alone accounted for "
        f"{C('56.6 per cent', SHARE, OK, formula='112640/198990*100')} of them.",
        "The city registrants made up 31,290 families, "
        f"{C('3.6', RATE, OK, formula='112640/31290')} persons per family, smaller households "
        "than in the villages, where the lists often ran to grandparents and unmarried aunts.",
        "The application form asked for "
        f"{C('six', COUNT, SLIP, 'five', '5')} documents: a registration card, a pre-war "
        "identity paper, a parish extract, an inventory of property and a police clearance.",
    )
    a.P(
        "By the end of June 1946 the district summaries (file 4, sheets 112-130) counted 61,874 "
        "persons gone.",
        "Vilnius rural district supplied 21,406 of them, or "
        f"{C('34.6%', SHARE, OK, formula='21406/61874*100')}, and Trakai 14,982 "
        f"({C('24.2 percent', SHARE, OK, formula='14982/61874*100')}), so that Trakai came "
        f"{C('second only to', COMP, OK, formula='7424<8745<9317<14982<21406')} the district "
        "around the capital.",
        f"Svencionys, with 9,317, stood {C('third', COMP, OK, formula=SVENCIONYS_PLACE)}.",
        "Eisiskes, where the registration office burned down in November 1945 and had to "
        "rebuild its lists from the copies sent to Vilnius, sent 8,745 "
        f"({C('41.1 per cent', SHARE, SLIP, '14.1 per cent', '8745/61874*100')}), and "
        "Salcininkai 7,424.",
        f"Eisiskes thus sent {C('more', COMP, SLIP, 'fewer', '8745<9317')} people than "
        "Svencionys, despite its fire.",
    )
    a.P(
        "In the city, departures were slow through 1945 and rose sharply in the new year.",
        "The monthly returns give 4,120 persons for January 1946, 5,870 for February, 8,960 for "
        "March (when the camp at Kolonija opened on 3 March), 12,410 for April, 15,230 for "
        "May and 9,615 for June, "
        f"{C('65,205', SUM, SLIP, '56,205', '4120+5870+8960+12410+15230+9615')} in six months.",
        "Between February and April the monthly numbers "
        f"{C('more than doubled', MULT, OK, formula='12410/5870')}.",
        f"May was {C('the busiest', COMP, OK, formula=f'15230>max({MONTHS_BUT_MAY})')} of the "
        f"six months, with {C('27.1 %', SHARE, OK, formula='15230/56205*100')} of their "
        "departures, "
        f"and the numbers then {C('fell', COMP, OK, formula='9615<15230')} from 15,230 to "
        "9,615 in June as the lists ran out.",
    )
    a.P(
        "The 56,205 persons who left the city in the first half of 1946 travelled in 143 "
        "trains made up of 4,862 goods wagons.",
        f"A train thus carried {C('about 390', RATE, OK, formula='56205/143')} evacuees and a "
        f"wagon {C('about 12', RATE, OK, formula='56205/4862')}, with their furniture, "
        "livestock and sacks of grain.",
        "The trains averaged "
        f"{C('43', RATE, SLIP, '34', '4862/143')} wagons each, which the railway directorate "
        "called the most it could haul over the Grodno line.",
        "In May the directorate ran 38 trains, "
        f"{C('twice as many', COMP, OK, formula='38/19')} as the 19 of February; with the 21 "
        f"of March, those three months saw {C('78', SUM, OK, formula='38+19+21')} trains leave.",
    )
    a.P(
        "From the villages most evacuees came to the railheads by cart.",
        "The district reports list 18,260 carts hired or requisitioned for the 61,874 persons "
        f"who left, {C('about 3.4', RATE, OK, formula='61874/18260')} persons to a cart, and "
        "the wagons that took them west left from "
        f"{C('three', COUNT, OK, formula='3')} loading points: Naujoji Vilnia, Lentvaris and "
        "Kolonija Wilenska.",
        "Trains a week from Lentvaris "
        f"{C('tripled', MULT, SLIP, 'doubled', '18/9')} in the spring, from 9 to 18.",
        "The transit camp at Naujoji Vilnia was open from 12 January to 20 May 1946, "
        f"{C('128 days', DUR, OK, formula='(date(1946,5,20)-date(1946,1,12)).days')}, and "
        "the one at Kolonija from 3 March to 9 August 1946, "
        f"{C('195 days', DUR, SLIP, '159 days', '(date(1946,8,9)-date(1946,3,3)).days')}.",
    )
    a.P(
        "Not everyone who registered went.",
        "Of the 86,350 entered in the districts, those who had not left by the summer of 1946 "
        f"made up {C('28.3 per cent', CHAIN, OK, formula='(86350-61874)/86350*100')}.",
        f"There were {C('24,476', REM, OK, formula='86350-61874')} of them: 15,318 withdrew "
        "their applications in writing, and the other "
        f"{C('9,518', REM, SLIP, '9,158', '24476-15318')} were refused by the Lithuanian "
        "commission as Lithuanians or Belarusians who had registered under Polish names.",
        "Withdrawals came to "
        f"{C('177 per 1,000', RATE, OK, formula='15318/86350*1000')} registrants in the "
        "districts, against 10,814 withdrawals among the 112,640 in the city, a rate "
        f"{C('lower', COMP, OK, formula='10814/112640<15318/86350')} than the villages'.",
    )
    a.P(
        "In the city, 97,318 of the registrants had left by July 1946, leaving "
        f"{C('15,322', REM, OK, formula='112640-97318')} on the lists.",
        "With the 61,874 from the districts, the evacuation offices reported "
        f"{C('159,192', SUM, OK, formula='97318+61874')} departures from the Vilnius region "
        "in all.",
        "The telegram of 2 August 1946 to the Council of People's Commissars in Moscow "
        "described the operation as finished, though the offices went on issuing papers "
        "until the autumn.",
        "Counting from the first train in February 1945, it had taken "
        f"{C('seventeen months', DUR, OK, formula='(1946-1945)*12+(7-2)')} to July 1946.",
    )
    a.P(
        "The evacuees were entitled to take property of up to two tons per family and to have "
        "what they left valued for compensation in Poland.",
        "The district commissions valued the houses of 9,842 farming households at 88.4 million "
        "roubles, their livestock at 31.7 million and their implements and stored grain at "
        f"26.2 million, {C('146.3 million', SUM, OK, formula='88.4+31.7+26.2')} roubles in "
        "all.",
        "That came to "
        f"{C('about 14,900', RATE, OK, formula='146300000/9842')} roubles per household, of "
        f"which houses made up {C('60.4 percent', SHARE, OK, formula='88.4/146.3*100')} and "
        f"livestock {C('27.1 percent', SHARE, SLIP, '21.7 percent', '31.7/146.3*100')}.",
        "Of the 9,842 households, 64 percent had their valuation accepted by the Polish "
        "repatriation office, and 45 percent of those had received land in lieu by 1948, "
        f"{C('about 2,800', CHAIN, OK, formula='9842*0.64*0.45')} households.",
    )
    a.P(
        "The registers allow some estimate of who left.",
        "Of the 112,640 city registrants, 38 percent were under eighteen, and 52 percent of the "
        f"minors were girls, {C('about 22,300', CHAIN, OK, formula='112640*0.38*0.52')} in "
        "number.",
        "Of the 61,874 who left the districts, 70 percent were peasants, and 18 percent of the "
        "peasants were settled in the Olsztyn voivodeship, "
        f"{C('about 8,700', CHAIN, SLIP, 'about 7,800', '61874*0.70*0.18')} people.",
        f"Polish observers believed that {C('43 percent', SHARE, UNV)} of the city's "
        "intelligentsia had gone by the end of 1945.",
    )
    a.P(
        "At the Vilnius goods station the loading commission had 24 officials and 120 porters "
        "for the summer of 1946.",
        f"An inspector of the repatriation office estimated that {C('20 percent', SHARE, UNV)} "
        "of the baggage checked at the station never reached its owners.",
        "He blamed the night shifts and the guards of the railway militia.",
    )
    a.P(
        "The transit camp at Kolonija Wilenska was built for crowds that never came in full.",
        "Its 48 barracks had 192 stoves between them, and the camp doctor wrote that "
        f"{C('about a quarter', MULT, UNV)} of those who waited there for a train fell ill.",
        "In the market at Lukiskes, meanwhile, the price of a horse "
        f"{C('halved', MULT, OK, formula='1750/3600')}, from 3,600 roubles to 1,750, as the "
        "departing farmers sold what they could not load.",
    )
    a.P(
        "The parish books of Rudiskes show what the evacuation meant for a single place.",
        "The parish counted 1,460 Polish households at Easter 1944 and 1,022 at Easter 1947, a "
        f"fall of {C('70.0 per cent', SHARE, SLIP, '30.0 per cent', '(1460-1022)/1460*100')}.",
        f"The households that left went to {C('three', COUNT, OK, formula='3')} voivodeships: "
        "212 to Bialystok, 148 to Olsztyn and 78 to Gdansk.",
        f"Of those {C('438', SUM, OK, formula='212+148+78')} households, 301 travelled by "
        f"train and the remaining {C('137', REM, OK, formula='438-301')} by cart all the way.",
        "The parish priest left with the last train on 14 April 1946, and his successor, a "
        "Lithuanian, arrived on 2 June, "
        f"{C('seven weeks', DUR, OK, formula='(date(1946,6,2)-date(1946,4,14)).days/7')} later.",
    )
    a.P(
        "The Polish schools of the city shrank with their pupils.",
        "Polish teachers in Vilnius fell from 1,180 in 1945 to 590 a year later "
        f"({C('50 per cent', SHARE, AMB, formula='590/1180*100')}).",
        "Pupils in the Polish classes went from 24,600 to 12,300 over the same year, by "
        f"{C('half', MULT, AMB, formula='12300/24600')}.",
    )
    a.P(
        "The counter-movement was small.",
        "In the Suwalki and Sejny districts of Poland, 14,760 Lithuanians registered to move to "
        "the Lithuanian SSR, but only 6,132 arrived, "
        f"{C('41.5 per cent', SHARE, OK, formula='6132/14760*100')}, and the other "
        f"{C('8,628', REM, OK, formula='14760-6132')} stayed where they were.",
        "The arrivals came in 1,688 families, "
        f"{C('3.6', RATE, OK, formula='6132/1688')} persons apiece, and against the 61,874 "
        "Poles who left the districts they were outnumbered "
        f"{C('ten to one', MULT, OK, formula='61874/6132')}.",
        f"Local officials reported that {C('nearly a third', MULT, UNV)} of the newcomers asked "
        "within a year to return to their old farms.",
    )
    return a


if __name__ == "__main__":
    art = vilnius1946()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
