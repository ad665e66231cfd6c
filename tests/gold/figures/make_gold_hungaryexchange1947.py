"""Writes the blind held-out gold article ``hungaryexchange1947`` for the figures checker (issue
#14): the Czechoslovak-Hungarian exchange of population under the Budapest agreement of February
1946 and the removal of Hungarians from southern Slovakia to the Czech lands in the winter of
1946-1947, as the resettlement commission's registers, the Resettlement Office's summary reports
and the district returns would record them: persons and families by district, trains and
wagons, property left behind and its assessment, the Slovaks who came from Hungary, those
exempted from the transfer, the returns after 1948 and the 'reslovakisation' declarations.

The prose is ours and every number is invented (some district, camp and place details too).
Each derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout18``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a place in a listed order for a rank; for
a count, the number of items listed; for a duration, the span in the unit printed, worked from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_hungaryexchange1947.py
(rewrites hungaryexchange1947.txt/.yaml)
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

# Hungarians who left under the exchange, by the five districts the register names.
EXCHANGE_DISTRICTS = "[14216, 11904, 9387, 7652, 6018]"
GALANTA_PLACE = f"sorted({EXCHANGE_DISTRICTS}, reverse=True).index(9387)+1"
# Persons taken to the Czech lands in 1946-1947, by district of origin.
TRANSFER_DISTRICTS = "[12904, 10312, 8740, 5622, 4088]"
SALA_PLACE = f"sorted({TRANSFER_DISTRICTS}, reverse=True).index(5622)+1"


def hungaryexchange1947() -> Article:
    a = Article(
        "hungaryexchange1947",
        "Exchange, transfer and declaration: the Hungarians of southern Slovakia and the Slovaks "
        "of Hungary, 1946-1948, in the resettlement records",
        "heldout18",
    )
    C = a.C
    a.P(
        "The agreement on the exchange of population between Czechoslovakia and Hungary, signed "
        "in Budapest on 27 February 1946, was only the most visible part of a wider programme "
        "aimed at the Hungarian minority of southern Slovakia.",
        f"Prague pursued that programme by {C('three', COUNT, OK, formula='3')} means: "
        f"exchange, deportation to the Czech lands and reslovakisation.",
        f"The last exchange transport was entered in the books in December 1948, "
        f"{C('almost three years', DUR, OK, formula='(1948-1946)+(12-2)/12')} after the "
        f"signature, by which time the mixed commission in Bratislava had filled some 240 "
        f"volumes of registers.",
    )
    a.P(
        "The Czechoslovak resettlement commission working in Hungary registered 95,421 Slovaks "
        "who declared themselves ready to move.",
        f"Of these, 59,774 actually crossed the frontier "
        f"({C('62.6 per cent', SHARE, OK, formula='59774/95421*100')}), while the other "
        f"{C('35,647', REM, OK, formula='95421-59774')} withdrew their applications, many of "
        f"them after local Hungarian officials had made it plain that they would lose their "
        f"jobs.",
        f"The Hungarian register closed at 68,407 persons moved out of Slovakia under the "
        f"agreement, so that those who left "
        f"{C('outnumbered', COMP, OK, formula='68407>59774')} those who came by "
        f"{C('8,633', REM, OK, formula='68407-59774')}.",
    )
    a.P(
        "The register of departures, bound in district order, shows how unevenly the burden "
        "fell.",
        f"It lists 14,216 persons from Komárno, 11,904 from Nové Zámky (volumes 31 to 58), "
        f"9,387 from Galanta, 7,652 from Šamorín and 6,018 from Levice, and a further 19,230 "
        f"from eleven smaller districts, entries that add up to the "
        f"{C('68,407', SUM, OK, formula='14216+11904+9387+7652+6018+19230')} of the total.",
        f"Komárno alone sent {C('20.8 percent', SHARE, OK, formula='14216/68407*100')} of the "
        f"emigrants and Nové Zámky {C('17.4%', SHARE, OK, formula='11904/68407*100')}, while "
        f"Galanta, {C('third', COMP, OK, formula=GALANTA_PLACE)} among the named districts, "
        f"lost whole streets of its market town.",
        f"Šamorín supplied {C('about one in nine', MULT, OK, formula='7652/68407')} of all "
        f"who left, and Levice {C('9.8 percent', SHARE, SLIP, '8.8 percent', '6018/68407*100')}.",
    )
    a.P(
        "The exchange itself was carried out by rail.",
        f"The first train left Galanta on 12 April 1947 and the last crossed the bridge at "
        f"Komárno on 22 June 1948, "
        f"{C('sixteen months', DUR, SLIP, 'fourteen months', '(1948-1947)*12+(6-4)')} later.",
        f"In all 312 trains made up of 9,846 wagons took the emigrants and their goods across, "
        f"{C('about 220', RATE, OK, formula='68407/312')} persons and "
        f"{C('about 32', RATE, OK, formula='9846/312')} wagons to a train.",
        f"Because livestock, implements and furniture went with the families, a wagon carried "
        f"on average only {C('seven', RATE, OK, formula='68407/9846')} people.",
    )
    a.P(
        "What the emigrants left behind was assessed by district commissions in the summer of "
        "1947.",
        "They listed 21,460 houses and 96,850 hectares of land, valued together at 1,842 "
        "million crowns, whereas the Slovaks arriving from Hungary had left property assessed "
        "at 1,215 million.",
        f"The Hungarian side thus left "
        f"{C('half as much again', MULT, OK, formula='1842/1215')} as it received, a balance of "
        f"{C('627 million', REM, OK, formula='1842-1215')} crowns that the two governments "
        f"argued over until 1949.",
        f"Of the 96,850 hectares, 70 percent was arable, and 40 percent of the arable had been "
        f"allotted to settlers from Hungary by the end of 1947, "
        f"{C('about 27,100', CHAIN, OK, formula='96850*0.70*0.40')} hectares.",
        f"Of the 68,407 emigrants, 64 percent came from farming households and 15 percent of "
        f"these had owned more than ten hectares: "
        f"{C('about 5,670', CHAIN, SLIP, 'about 6,570', '68407*0.64*0.15')} persons.",
    )
    a.P(
        "Alongside the exchange, the Slovak authorities invoked the presidential decree on "
        "general labour duty to move Hungarians to the Czech lands, where farms emptied by the "
        "expulsion of the Germans lacked hands.",
        f"The operation ran from 17 November 1946 to 25 February 1947, "
        f"{C('a hundred days', DUR, OK, formula='(date(1947, 2, 25)-date(1946, 11, 17)).days')}"
        f" in an unusually hard winter.",
        f"The summary report of the Resettlement Office counts 9,610 families with 41,666 "
        f"persons taken from {C('five', COUNT, OK, formula='5')} districts: Komárno, Nové "
        f"Zámky, Galanta, Šaľa and Levice.",
        f"A family so removed numbered {C('about 4.3', RATE, OK, formula='41666/9610')} "
        f"persons.",
    )
    a.P(
        "The largest contingent, 12,904 persons, came from the Galanta district, followed by "
        "Komárno with 10,312, Nové Zámky with 8,740, Šaľa with 5,622 and Levice with 4,088.",
        f"Galanta thus gave {C('nearly a third', MULT, OK, formula='12904/41666')} of all the "
        f"deportees and Komárno {C('24.7 percent', SHARE, OK, formula='10312/41666*100')}, "
        f"which made Komárno {C('second only to', COMP, OK, formula='4088<5622<8740<10312<12904')}"
        f" Galanta.",
        f"Šaľa, the {C('third-largest', COMP, SLIP, 'fourth-largest', SALA_PLACE)} contingent "
        f"in the report's own ranking, had been included only after a complaint from the "
        f"Bratislava commissioner that its quota was too low.",
    )
    a.P(
        "The deportees travelled in 58 trains, made up of 2,410 wagons, from the loading "
        "stations to the reception camps in Bohemia.",
        f"That gave {C('about 720', RATE, OK, formula='41666/58')} people to a train and "
        f"{C('about 71', RATE, SLIP, 'about 17', '41666/2410')} to a wagon, most of them "
        f"unheated.",
        f"The medical staff attached to the transports came to 12 doctors and 60 nurses, and "
        f"they reported that {C('20 per cent', SHARE, UNV)} of the families had set out "
        f"without winter clothing.",
        f"On the journey and in the camps 127 persons died, "
        f"{C('3 per 1,000', RATE, OK, formula='127/41666*1000')} of those loaded.",
        f"Of the 41,666 deportees, 46 percent were women, and 22 percent of the women were over "
        f"sixty: {C('about 4,220', CHAIN, OK, formula='41666*0.46*0.22')} elderly women.",
    )
    a.P(
        "Of the 41,666 put on the trains, 41,539 reached the reception camps alive, and the "
        "9,610 families of the loading lists became 9,540 in the camp registers, the clerks "
        "having joined some households together.",
        f"Children under six numbered 7,930 "
        f"({C('19 percent', SHARE, AMB, formula='7930/41666*100')}).",
        f"The Office paid out 4,200,000 crowns in travel and settling allowances, "
        f"{C('about 440 crowns', RATE, AMB, formula='4200000/9610')} per family.",
    )
    a.P(
        f"The families were sent on from {C('three', COUNT, SLIP, 'four', '4')} reception "
        f"camps: Pardubice, Kolín, Nymburk and Jihlava.",
        f"Of the 41,666 on the lists, state farms took 18,420 "
        f"({C('44.2 percent', SHARE, OK, formula='18420/41666*100')}), private farmers "
        f"16,935, and the rest, {C('6,311', REM, OK, formula='41666-18420-16935')}, went to "
        f"industry and the forests.",
        f"Those placed outside agriculture were spread over 94 factories and forest camps, "
        f"{C('about 67', CHAIN, OK, formula='(41666-18420-16935)/94')} to each.",
    )
    a.P(
        f"The district lists drawn up in October 1946 had named 48,930 persons for transfer, "
        f"against the 41,666 actually taken, and "
        f"{C('7,264', REM, OK, formula='48930-41666')} of them were in the end left at home.",
        f"The exemptions fell into {C('three', COUNT, OK, formula='3')} categories: the sick, "
        f"indispensable workers and proven antifascists.",
        f"These numbered 2,118, 3,406 and 1,740 respectively, "
        f"{C('6,264', SUM, SLIP, '7,264', '2118+3406+1740')} in all.",
        f"The exemptions thus spared "
        f"{C('14.8 percent', SHARE, OK, formula='7264/48930*100')} of those listed.",
    )
    a.P(
        "The third instrument was reslovakisation, by which a Hungarian of southern Slovakia "
        "could declare himself a Slovak and so escape both exchange and transfer.",
        f"Between 17 June and 1 August 1946, "
        f"{C('forty-five days', DUR, OK, formula='(date(1946, 8, 1)-date(1946, 6, 17)).days')}"
        f", the commission received 96,720 applications covering 344,250 persons, "
        f"{C('3.6', RATE, OK, formula='344250/96720')} persons to an application.",
        f"It approved 64,830 of them, "
        f"{C('two-thirds', MULT, OK, formula='64830/96720')}.",
        f"The work was done in 36 district offices by 144 clerks, and the central commission "
        f"suspected that {C('about a quarter', MULT, UNV)} of the declarants spoke no Slovak "
        f"at all.",
    )
    a.P(
        f"Of the 344,250 persons covered, 58 percent lived in the five southern districts and 35 "
        f"percent of these were struck off by the revision of 1948, "
        f"{C('about 69,900', CHAIN, OK, formula='344250*0.58*0.35')} people.",
        f"Approvals {C('tripled', MULT, SLIP, 'doubled', '28610/14260')} between the first "
        f"and the second round of decisions, from 14,260 to 28,610.",
        f"The Hungarian schools of the five districts went down from 412 to 168, a fall of "
        f"{C('40.8 percent', SHARE, SLIP, '59.2 percent', '(412-168)/412*100')}.",
        f"Inspectors believed that {C('about 15 percent', SHARE, UNV)} of the pupils had been "
        f"moved to Slovak classes by their parents.",
    )
    a.P(
        "After the change of regime in February 1948 the transports to Bohemia stopped, and "
        "from the autumn the families were allowed to go home.",
        f"Some 7,660 persons returned in 1948 and 16,230 in 1949, so that "
        f"{C('23,890', SUM, OK, formula='7660+16230')} of the 41,666 deportees, or "
        f"{C('57.3 percent', SHARE, OK, formula='23890/41666*100')}, were back in southern "
        f"Slovakia by the end of 1949.",
        f"The returns of 1949 {C('more than doubled', MULT, OK, formula='16230/7660')} those "
        f"of the year before.",
        f"Only 8,215 of those who came back recovered their houses; the other "
        f"{C('16,575', REM, SLIP, '15,675', '23890-8215')} found them occupied by settlers.",
        f"The district notary of Komárno guessed that "
        f"{C('one family in six', MULT, UNV)} never saw its movable property again.",
    )
    a.P(
        f"Taken together, the 68,407 exchanged and the 41,666 deported make "
        f"{C('110,073', SUM, OK, formula='68407+41666')} Hungarians moved from their homes in "
        f"under three years.",
        f"The transfer touched {C('fewer', COMP, OK, formula='41666<68407')} people than the "
        f"exchange, but the families it took were "
        f"{C('larger', COMP, OK, formula='41666/9610>68407/17540')}: 4.3 persons against 3.9 "
        f"among the 17,540 exchanged families.",
        f"The reslovakisation declarations, on the other hand, covered "
        f"{C('eight times', MULT, OK, formula='344250/41666')} as many people as the transfer, "
        f"and it was they, not the trains, that reshaped the statistics of the south.",
    )
    return a


if __name__ == "__main__":
    art = hungaryexchange1947()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
