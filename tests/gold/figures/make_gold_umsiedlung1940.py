"""Writes the blind held-out gold article ``umsiedlung1940`` for the figures checker (issue #14):
the resettlement to the Reich in the autumn of 1940 of the Germans of Bessarabia and Northern
Bukovina under the Soviet-German agreement of 5 September 1940, as the mixed commissions'
registers, the operation summaries and the camp returns would record it: persons registered by
district and colony, the treks by cart to the Danube ports, the sailings upstream and the transit
camps in Yugoslavia and the Ostmark, the property valued and the compensation account, those who
stayed behind, and the settlement of the families in the annexed Warthegau until the flight of
January 1945.

The prose is ours and every number is invented (the colonies of Neu-Eichwald, Lindenfeld,
Hirschau and Sankt Wendel too). Each derived claim's arithmetic is done here, apart from
borderlands.figures, which the author neither read nor ran. All claims are ``heldout19``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a place in a listed order for a rank; for a
count, the number of items listed; for a duration, the span in the unit printed, worked from the
printed dates. An ambiguous claim's formula is one of its two readings; the test names the other.
Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_umsiedlung1940.py   (rewrites umsiedlung1940.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Persons registered in Bessarabia by district: Cetatea Alba, Tighina, Ismail, Chisinau, Balti.
DISTRICTS = "[41276, 22904, 14817, 9635, 4916]"
TIGHINA_PLACE = f"sorted({DISTRICTS}, reverse=True).index(22904)+1"
CHISINAU_PLACE = f"sorted({DISTRICTS}, reverse=True).index(9635)+1"


def umsiedlung1940() -> Article:
    a = Article(
        "umsiedlung1940",
        "Heim ins Reich by cart and steamer: the resettlement of the Bessarabian and Bukovina "
        "Germans in the autumn of 1940 in the registers of the mixed commissions",
        "heldout19",
    )
    C = a.C
    a.P(
        "On 5 September 1940 the governments of the Reich and of the Soviet Union signed in "
        "Moscow an agreement on the departure of the German population of Bessarabia and of the "
        "northern part of Bukovina, two provinces the Red Army had entered at the end of June.",
        f"The mixed commissions opened their registers on 15 September, "
        f"{C('ten days', DUR, OK, formula='15-5')} after the signature, and the German side "
        f"divided its staff into {C('three', COUNT, OK, formula='3')} bodies: a main commission "
        f"at Galati, an area staff at Tarutino and a second area staff at Czernowitz.",
        "Each of them paired a German plenipotentiary with a Soviet one, and neither could enter "
        "a family in the register without the countersignature of the other.",
    )
    a.P(
        f"When the registers closed, the commissions had entered 93,548 persons in Bessarabia "
        f"and 43,681 in Northern Bukovina, {C('137,229', SUM, OK, formula='93548+43681')} in "
        f"all (summary report of 14 November 1940, p. 3).",
        f"Bessarabia thus furnished {C('68.2 per cent', SHARE, OK, formula='93548/137229*100')} "
        f"of the registrants and Northern Bukovina "
        f"{C('a little under a third', MULT, OK, formula='43681/137229')}.",
        f"The Soviet members queried 1,318 of the Bessarabian entries and in the end struck out "
        f"402, which left {C('93,146', REM, OK, formula='93548-402')} persons cleared to depart.",
        f"Of the queries, {C('30.5 percent', SHARE, OK, formula='402/1318*100')} ended in a "
        f"deletion.",
    )
    a.P(
        "Arranged by district, the Bessarabian register (register B, folios 3 to 61) puts "
        "41,276 persons in Cetatea Albă, 22,904 in Tighina, 14,817 in Ismail, 9,635 in Chişinău "
        "and 4,916 in Bălţi.",
        f"Their sum, {C('93,548', SUM, OK, formula='41276+22904+14817+9635+4916')}, agrees with "
        f"the summary report to the last person.",
        f"Cetatea Albă alone accounted for "
        f"{C('44.1 per cent', SHARE, OK, formula='41276/93548*100')} of the Bessarabian total, "
        f"Tighina, {C('second', COMP, OK, formula=TIGHINA_PLACE)} in size, for "
        f"{C('24.5%', SHARE, OK, formula='22904/93548*100')}, and Bălţi, where the German "
        f"villages lay scattered among Romanian and Ukrainian ones, for no more than "
        f"{C('3.5 per cent', SHARE, SLIP, '5.3 per cent', '4916/93548*100')}.",
        f"Chişinău, {C('third', COMP, SLIP, 'fourth', CHISINAU_PLACE)} on the list, was the one "
        f"district in which the town Germans outnumbered the villagers.",
    )
    a.P(
        "Tarutino, the largest colony and the seat of the community's school board, registered "
        "3,912 persons in 861 households, and Arzis 2,745 persons in 598 households.",
        f"That makes {C('4.5', RATE, OK, formula='3912/861')} persons to a household at "
        f"Tarutino and {C('4.6', RATE, OK, formula='2745/598')} at Arzis, where families were "
        f"thus {C('slightly larger', COMP, OK, formula='2745/598>3912/861')}.",
        f"The Tarutino list ran "
        f"{C('almost one and a half times', MULT, OK, formula='3912/2745')} as long as that of "
        f"Arzis.",
        f"The area staff at Tarutino also served {C('four', COUNT, OK, formula='4')} smaller "
        f"colonies: Neu-Eichwald, Lindenfeld, Hirschau and Sankt Wendel.",
    )
    a.P(
        f"The Bukovina registrants were far more urban: of the 43,681, 17,420 lived in Czernowitz "
        f"itself and the remaining {C('26,261', REM, OK, formula='43681-17420')} in the villages "
        f"of the Sereth and Pruth valleys.",
        f"The city thus furnished {C('39.9 percent', SHARE, OK, formula='17420/43681*100')} of "
        f"the Bukovina total.",
        f"Among the Czernowitz registrants the clerks counted 3,120 civil servants, teachers and "
        f"clergy, {C('about 18 per cent', SHARE, OK, formula='3120/17420*100')} of the city's "
        f"Germans, against 410 in all the villages.",
        f"A Bukovina German in the city was "
        f"{C('far more likely', COMP, OK, formula='3120/17420>410/26261')} to belong to the "
        f"educated professions than one in the countryside.",
    )
    a.P(
        f"Of the 93,146 Bessarabians cleared to leave, 71,430 went by cart to the Danube and the "
        f"other {C('21,716', REM, OK, formula='93146-71430')}, most of them from Chişinău and "
        f"Bălţi, by train to Galati.",
        f"The treks left their villages between 22 September and 18 October, "
        f"{C('twenty-six days', DUR, OK, formula='(30-22)+18')} in all, and made for "
        f"{C('three', COUNT, OK, formula='3')} ports: Reni, Kiliya and Galati.",
        f"The 71,430 travellers needed 14,286 carts, {C('five', RATE, OK, formula='71430/14286')}"
        f" persons to a cart, drawn by 25,140 horses, "
        f"{C('1.6', RATE, SLIP, '1.8', '25140/14286')} to a cart.",
        "The longest of the trek routes, from the villages of Bălţi to Reni, ran to some 270 "
        "kilometres.",
    )
    a.P(
        "At the ports the carts and horses were handed over to Soviet receiving officers, and "
        "the settlers went aboard the Danube steamers of the German and Yugoslav companies.",
        f"In the {C('44 days', DUR, SLIP, '40 days', '(30-23)+31+2')} between the first sailing "
        f"from Reni on 23 September and the last from Kiliya on 2 November, 112 sailings carried "
        f"84,960 persons upstream, {C('about 760', RATE, OK, formula='84960/112')} to a sailing.",
        f"Reni alone embarked 46,210, {C('about half', SHARE, AMB, formula='46210/84960')} of "
        f"the Bessarabian emigrants, and Kiliya 27,340; the other "
        f"{C('12,410', REM, SLIP, '11,410', '84960-46210-27340')} went aboard at Galati.",
        f"Reni thus shipped {C('more than', COMP, OK, formula='46210>84960-46210')} the other "
        f"two ports together.",
    )
    a.P(
        "The steamers put in at Prahovo and Semlin, where the settlers waited between three and "
        "ten days in tented camps before they went on by train.",
        f"From there they were sent to {C('five', COUNT, SLIP, 'four', '4')} groups of camps in "
        f"the Ostmark: Lower Austria, Upper Austria, Styria and Carinthia.",
        f"On 1 December 1940 the camp returns counted 31,240 persons in Lower Austria, 18,905 "
        f"in Upper Austria, 12,377 in Styria and 8,126 in Carinthia, "
        f"{C('60,648', SUM, SLIP, '70,648', '31240+18905+12377+8126')} in all.",
        f"Lower Austria held {C('44.2 percent', SHARE, OK, formula='31240/70648*100')} of them.",
        f"Its 31,240 lived in 87 camps, {C('about 360', RATE, OK, formula='31240/87')} to a "
        f"camp, most of them requisitioned monasteries, inns and dance halls.",
    )
    a.P(
        "The appraisers of the mixed commissions valued what the Bessarabian Germans left "
        "behind at 412.6 million Reichsmark.",
        f"Land and buildings made up 301.4 million of this and livestock 58.9 million, which "
        f"leaves {C('52.3 million', REM, OK, formula='412.6-301.4-58.9')} for implements, stores "
        f"and household goods.",
        f"Land and buildings were thus {C('73.0 per cent', SHARE, OK, formula='301.4/412.6*100')}"
        f" of the whole.",
        f"A horse was valued at 180 Reichsmark on average and a cow at 95, so that a horse "
        f"counted for {C('close to double', MULT, OK, formula='180/95')} a cow.",
    )
    a.P(
        f"The Soviet valuers accepted only 176.5 million Reichsmark, "
        f"{C('42.8 percent', SHARE, OK, formula='176.5/412.6*100')} of the German figure, and "
        f"the difference of {C('236.1 million', REM, OK, formula='412.6-176.5')} was left for "
        f"the two governments to settle.",
        f"Under the protocol of 1941 the Soviet side was to pay its part in grain and oil over "
        f"{C('five years', DUR, OK, formula='1946-1941')}, from 1941 to 1946.",
        f"In the settlers' own accounts with the Deutsche Umsiedlungs-Treuhand the credit came "
        f"to 4,280 Reichsmark per family against 6,150 in the Bukovina accounts, "
        f"{C('a good deal lower', COMP, OK, formula='4280<6150')}.",
    )
    a.P(
        "Not everyone left.",
        f"The Soviet lists of 28 November record 2,130 Germans in Bessarabia who never "
        f"registered or withdrew ({C('2.3 per cent', SHARE, AMB, formula='2130/93548*100')}) "
        f"and 1,475 in Northern Bukovina, {C('3,605', SUM, OK, formula='2130+1475')} in all.",
        f"The commission at Tarutino had held 64 sittings on such cases and heard 320 appeals "
        f"from families divided over whether to go; local memory later held that "
        f"{C('20 percent', SHARE, UNV)} of those who stayed were too old or too ill to travel.",
        f"Most of the rest lived in mixed marriages, and {C('perhaps one in four', MULT, UNV)} "
        f"of them were sent to the interior of the Soviet Union after June 1941.",
    )
    a.P(
        "Settlement in the annexed Polish territories began in the spring of 1941, after the "
        "camps in the Ostmark and in Saxony had held the families through the winter.",
        f"Of the 137,229 registered, 62 percent were farming families, and 70 percent of these "
        f"were given farms in the Warthegau, "
        f"{C('about 59,600', CHAIN, OK, formula='137229*0.62*0.70')} persons.",
        f"In the district of Hohensalza 1,846 families received 34,150 hectares, "
        f"{C('18.5', RATE, OK, formula='34150/1846')} hectares a family, "
        f"{C('smaller', COMP, OK, formula='34150/1846<24.6')} holdings than the 24.6 hectares "
        f"they had owned on average in Bessarabia.",
        f"Of the 1,846 families, 40 percent had come from Cetatea Albă and a quarter of these "
        f"from Tarutino alone, {C('about 285', CHAIN, SLIP, 'about 185', '1846*0.40*0.25')} "
        f"families.",
    )
    a.P(
        f"The farms had been taken from Polish owners deported to the General Government: in the "
        f"Kolmar district 612 farms were cleared, 388 went to Bessarabian families and the other "
        f"{C('224', REM, OK, formula='612-388')} were joined to neighbouring holdings.",
        f"The 388 families numbered 1,642 persons, and after 95 of them had moved to the towns "
        f"there were {C('about four', CHAIN, OK, formula='(1642-95)/388')} people left to work "
        f"each farm.",
        f"The settlement staff kept 210 horses and 630 head of cattle in a reserve pool for the "
        f"district, yet its farmers' leader wrote that "
        f"{C('about a third', MULT, UNV)} of the newcomers had no draught animals of their own.",
        f"The staff's Kolmar office {C('tripled', MULT, SLIP, 'doubled', '87/42')} between "
        f"January and June 1941, from 42 to 87 employees.",
    )
    a.P(
        f"Many families waited long for their land: those who reached the Ostmark camps in "
        f"November 1940 and were placed on a farm only in May 1942 spent "
        f"{C('eighteen months', DUR, OK, formula='(1942-1940)*12+(5-11)')} behind camp fences.",
        f"Of the 137,229 registered in 1940, 93 percent had been settled by 1944, and 12 percent "
        f"of those settled were men called up into the Wehrmacht or the Waffen-SS, "
        f"{C('about 15,300', CHAIN, OK, formula='137229*0.93*0.12')} men.",
        f"The order to evacuate the Warthegau came on 20 January 1945, "
        f"{C('more than four years', DUR, OK, formula='(1945-1940)+(1-9)/12')} after the "
        f"registers had opened in September 1940.",
    )
    a.P(
        f"Births among the settlers of Hohensalza "
        f"{C('more than doubled', MULT, OK, formula='468/212')} between 1941 and 1943, from 212 "
        f"to 468.",
        f"Their horses, 3,480 in 1941, were down to 2,610 in 1944, a loss of "
        f"{C('75.0 percent', SHARE, SLIP, '25.0 percent', '(3480-2610)/3480*100')}, as the army "
        f"requisitioned the best of them.",
        f"A Posen newspaper claimed in 1943 that {C('nine in ten', MULT, UNV)} of the newcomers "
        f"were content with their farms, a figure no report in the files bears out.",
    )
    return a


if __name__ == "__main__":
    art = umsiedlung1940()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:28} "
              f"{c.get('intended', '')!s:14} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
