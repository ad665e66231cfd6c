"""Writes the blind held-out gold article ``priboi1949`` for the figures checker (issue #14): the
deportation of March 1949 from Estonia, Latvia and Lithuania (operation 'Priboi', 25-28 March
1949), as the operation's summary telegram, the republican and county summaries, the escort
reports and the registers of the special commandants in Siberia would record it: families and
persons by republic and county, kulak families against the families of 'bandits and
nationalists', echelons and wagons, the six receiving regions (Irkutsk, Omsk, Krasnoyarsk,
Tomsk, Novosibirsk, Amur), the families not found at home, escapes, deaths in settlement to 1953
and the releases of 1954-1960.

The prose is ours and every number is invented (some village names too). Each derived claim's
arithmetic is done here, apart from borderlands.figures, which the author neither read nor ran.
All claims are ``heldout17``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_priboi1949.py   (rewrites priboi1949.txt/.yaml)
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

# Persons received by region, as the commandants' arrival returns give them: Irkutsk, Omsk,
# Krasnoyarsk, Tomsk, Novosibirsk, Amur.
REGIONS = "[25804, 22135, 13768, 12416, 11307, 9245]"
TOMSK_PLACE = f"sorted({REGIONS}, reverse=True).index(12416)+1"
# Years in Siberia from the first loading, 25 March 1949, to the printed dates of release.
YEARS_TO_1958 = "(date(1958,4,5)-date(1949,3,25)).days/365.25"
YEARS_TO_1960 = "(date(1960,8,12)-date(1949,3,25)).days/365.25"


def priboi1949() -> Article:
    a = Article(
        "priboi1949",
        "The surf and the register: operation 'Priboi' in Estonia, Latvia and Lithuania, "
        "March 1949, in the reports of the security ministry and the books of the commandants",
        "heldout17",
    )
    C = a.C
    a.P(
        "The Council of Ministers in Moscow approved the removal of kulak families and of the "
        "families of 'bandits and nationalists' from the three Baltic republics on 29 January "
        "1949, and the security ministry fixed the first loading for the small hours of "
        "25 March.",
        "The operational staffs had "
        f"{C('almost eight weeks', DUR, OK, formula='((31-29)+28+25)/7')} to prepare, and "
        "they spent them checking the district lists against the books of the village soviets.",
        f"The order named {C('three', COUNT, OK, formula='3')} categories of persons to be "
        "taken: kulaks with their families, the relatives of armed insurgents and the families "
        "of repressed nationalists.",
    )
    a.P(
        "In the first week of March the plan sent down to the republican ministries named "
        "30,800 families.",
        "The summary telegram dated 2 April, "
        f"{C('eight days', DUR, OK, formula='(31-25)+2')} after the first trains had been "
        f"loaded, reported 30,097 families and 94,768 persons removed; the other "
        f"{C('703', REM, OK, formula='30800-30097')} families on the lists had not been taken.",
        f"By that reckoning the ministry had carried out "
        f"{C('97.7 per cent', SHARE, OK, formula='30097/30800*100')} of its plan, and a family "
        f"as loaded numbered on average {C('3.1', RATE, OK, formula='94768/30097')} persons.",
    )
    a.P(
        "The republican summaries filed with the telegram (fond 10, list 3, file 212, sheets "
        "15 to 31) give 7,488 families and 20,702 persons for Estonia, 13,624 families and "
        "42,149 persons for Latvia, and 8,985 families and 31,917 persons for Lithuania.",
        f"Their persons add up to {C('94,768', SUM, OK, formula='20702+42149+31917')}, the "
        f"telegram's figure, and their families to "
        f"{C('30,097', SUM, OK, formula='7488+13624+8985')}.",
        f"Latvia alone gave {C('44.5 per cent', SHARE, OK, formula='42149/94768*100')} of the "
        f"deportees, Lithuania {C('33.7 percent', SHARE, OK, formula='31917/94768*100')} and "
        f"Estonia {C('12.8%', SHARE, SLIP, '21.8%', '20702/94768*100')}.",
        f"Lithuanian families were "
        f"{C('larger', COMP, OK, formula='31917/8985>20702/7488')} than Estonian ones, with "
        f"{C('3.6', RATE, OK, formula='31917/8985')} persons apiece against "
        f"{C('2.8', RATE, OK, formula='20702/7488')}.",
    )
    a.P(
        "The summaries keep the two categories apart.",
        f"Kulak families numbered 2,964 in Estonia, 6,418 in Latvia and 3,127 in Lithuania, "
        f"{C('12,509', SUM, OK, formula='2964+6418+3127')} in all, or "
        f"{C('41.6 percent', SHARE, OK, formula='12509/30097*100')} of the families loaded.",
        f"The remaining {C('17,588', REM, OK, formula='30097-12509')} were entered as families "
        f"of members of the armed underground, dead, imprisoned or still in the forest.",
        f"In Lithuania, where the fighting in the woods had not yet died down, 5,858 of the "
        f"8,985 families, {C('nearly two-thirds', MULT, OK, formula='5858/8985')}, belonged to "
        f"this second group, while Latvia sent "
        f"{C('twice as many', COMP, OK, formula='6418/3127')} kulak families as Lithuania.",
    )
    a.P(
        "In Estonia the operation fell hardest on the south.",
        f"Tartu county gave 3,412 persons "
        f"({C('16.5 per cent', SHARE, OK, formula='3412/20702*100')}), Võru 2,204, Viljandi "
        f"1,985 and Valga 1,276, so that the four southern counties together sent "
        f"{C('8,877', SUM, OK, formula='3412+2204+1985+1276')}, "
        f"{C('42.9 percent', SHARE, OK, formula='8877/20702*100')} of the republic's "
        f"deportees.",
        f"Harju county, the capital's hinterland, lost 1,530 persons, "
        f"{C('fewer', COMP, OK, formula='1530<3412')} than Tartu alone.",
        f"{C('Four', COUNT, SLIP, 'Three', '3')} villages of Võru county were left without a "
        f"single household: Kõrgepalu, Hinniala and Vastsemõisa.",
    )
    a.P(
        "The three ministries dispatched 72 echelons made up of 3,148 wagons, of which 212 "
        "carried luggage and the rest people.",
        f"An echelon thus carried {C('about 1,320', RATE, OK, formula='94768/72')} persons and "
        f"{C('34', RATE, SLIP, '44', '3148/72')} wagons on average.",
        f"Leaving the luggage wagons aside, "
        f"{C('about 32', CHAIN, OK, formula='94768/(3148-212)')} persons rode in each wagon, "
        f"which the escort commanders called tight but tolerable for a journey in March.",
        f"The escort, 8,430 soldiers of the internal troops, gave one soldier to every "
        f"{C('11', RATE, OK, formula='94768/8430')} deportees.",
    )
    a.P(
        f"Of the 94,768 persons loaded, 93 died on the road "
        f"({C('about 1 per 1,000', RATE, OK, formula='93/94768*1000')}) and "
        f"{C('94,675', REM, OK, formula='94768-93')} reached the unloading stations.",
        f"They were shared among {C('six', COUNT, OK, formula='6')} regions of Siberia and the "
        f"Far East: Irkutsk, Omsk, Krasnoyarsk, Tomsk, Novosibirsk and Amur.",
        f"Irkutsk received 25,804 ({C('27.3 per cent', SHARE, OK, formula='25804/94675*100')}), "
        f"Omsk 22,135, Krasnoyarsk 13,768, Tomsk 12,416, Novosibirsk 11,307 and the Amur oblast "
        f"9,245 ({C('9.8%', SHARE, AMB, formula='9245/94675*100')}).",
        f"Omsk came {C('second only to', COMP, OK, formula='13768<22135<25804')} Irkutsk, "
        f"while Tomsk, the {C('third-largest', COMP, SLIP, 'fourth-largest', TOMSK_PLACE)} of "
        f"the receiving regions, put most of its newcomers on the rafting of timber.",
    )
    a.P(
        "Of the 703 families named in the plan but not loaded, 418 were away from home on the "
        "night of the operation and 141 were struck out as listed in error, while the "
        f"remaining {C('144', REM, OK, formula='703-418-141')} had members too ill to be moved.",
        "In April the Lithuanian ministry sent 1,350 operational workers with 270 lorries to "
        "search the farmsteads for the absent.",
        f"It reported in May that {C('20 per cent', SHARE, UNV)} of them had gone over to the "
        f"forest bands.",
        f"Escapes from the trains themselves were few: 37 in all, 29 of them on Lithuanian "
        f"lines ({C('78 percent', SHARE, OK, formula='29/37*100')}).",
    )
    a.P(
        "The registers of the receiving commandants describe the people they took in.",
        f"Of the 94,675 who arrived, 27 percent were children under sixteen and 53 percent of "
        f"these children were girls, {C('about 13,550', CHAIN, OK, formula='94675*0.27*0.53')} "
        f"in all.",
        f"Of the 17,588 families of the second category, 36 percent had a father in a camp and "
        f"70 percent of those had no grown man left with them, "
        f"{C('about 4,430', CHAIN, OK, formula='17588*0.36*0.70')} families.",
        f"Of the 12,509 kulak families, 64 percent had farmed more than 30 hectares and 15 "
        f"percent of these had kept a hired labourer all year, "
        f"{C('about 1,020', CHAIN, SLIP, 'about 1,200', '12509*0.64*0.15')} households.",
        f"The commandants counted {C('about 9 percent', SHARE, UNV)} of the arrivals as too old "
        f"or too ill for any work.",
    )
    a.P(
        "Death took most in the first year.",
        f"The commandants' annual returns record 2,412 deaths in 1949, 1,986 in 1950, 1,320 in "
        f"1951, 1,047 in 1952 and 812 in 1953, "
        f"{C('7,757', SUM, SLIP, '7,577', '2412+1986+1320+1047+812')} in five years.",
        f"The deaths of 1949 alone came to "
        f"{C('25.5 per 1,000', RATE, AMB, formula='2412/94675*1000')} deportees.",
        f"From the first year to the fifth the annual toll fell by "
        f"{C('33.7 per cent', SHARE, SLIP, '66.3 per cent', '(2412-812)/2412*100')}, and "
        f"deaths in 1949 were {C('almost three times', MULT, OK, formula='2412/812')} those of "
        f"1953.",
    )
    a.P(
        "The commandant of the Tulun district of the Irkutsk oblast had 36 barracks for 108 "
        f"families in the summer of 1949, {C('three', RATE, OK, formula='108/36')} families to "
        f"a barracks.",
        f"He wrote that {C('a third', MULT, UNV)} of the men had already been sent on to the "
        f"logging camps of the Angara.",
        f"In the Amur oblast, where the settlers cleared forest for the railway, 388 of the "
        f"9,245 died in 1949, {C('24 per 1,000', RATE, SLIP, '42 per 1,000', '388/9245*1000')}.",
        f"That was far {C('higher', COMP, OK, formula='388/9245>431/22135')} than in the Omsk "
        f"oblast, where 431 of the 22,135 died that year, and the Amur settlers were paid "
        f"{C('about 310 roubles', RATE, UNV)} a month for their work.",
    )
    a.P(
        "The releases began with the children.",
        f"A decree of 1954 took 6,420 children under sixteen off the register of the special "
        f"settlements, {C('6.8 per cent', SHARE, OK, formula='6420/94675*100')} of those who "
        f"had arrived in 1949.",
        f"The great releases came in 1956, 1957 and 1958, when 18,350, 21,960 and 15,240 "
        f"persons were freed, "
        f"{C('some fifty-five thousand', SUM, OK, formula='18350+21960+15240')} in three years.",
        f"Those released on 5 April 1958 had spent "
        f"{C('nine years', DUR, OK, formula=YEARS_TO_1958)} "
        f"in Siberia, and the last of them, freed on 12 August 1960, "
        f"{C('ten years', DUR, SLIP, 'eleven years', YEARS_TO_1960)}.",
    )
    a.P(
        "Release did not mean return.",
        f"Of the 21,960 freed in 1957, 13,480 had gone home by the end of 1960 and the other "
        f"{C('8,840', REM, SLIP, '8,480', '21960-13480')} stayed in Siberia or moved elsewhere "
        f"in Russia.",
        f"The returnees to Lithuania {C('doubled', MULT, SLIP, 'tripled', '5570/1840')}, from "
        f"1,840 in 1956 to 5,570 in 1958, against the wishes of the republic's ministry.",
        f"They were barred from {C('four', COUNT, OK, formula='4')} cities: Tallinn, Riga, "
        f"Vilnius and Kaunas.",
        f"Local officials estimated that {C('about 6 percent', SHARE, UNV)} of those who came "
        f"back were deported again or sent away within a year.",
    )
    return a


if __name__ == "__main__":
    art = priboi1949()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date, "sorted": sorted}) if f else None  # checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
