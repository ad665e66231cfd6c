"""Writes the blind held-out gold article ``kalmyk1943`` for the figures checker (issue #14): the
deportation of the Kalmyks from the Kalmyk ASSR at the end of December 1943 (operation 'Ulusy')
to the Altai and Krasnoyarsk krais and the Omsk and Novosibirsk oblasts, as the operation's
summaries, ulus returns, telegrams and the special-settlement registers of 1944-1950 would
record it: persons and families by ulus, echelons and wagons, deaths on the road and in the
first winter, the Kalmyk soldiers withdrawn from the army in 1944, the livestock and property
left behind, and the registers' movement to 1950.

The prose is ours and every number is invented (some names too). Each derived claim's
arithmetic is done here, apart from borderlands.figures, which the author neither read nor ran.
All claims are ``heldout21``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a place in a listed order for a rank; for
a count, the number of items listed; for a duration, the span in the unit printed, worked from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_kalmyk1943.py   (rewrites kalmyk1943.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Arrivals by receiving region: Omsk, Krasnoyarsk, Altai, Novosibirsk.
REGIONS = "[26158, 24906, 21470, 18050]"
OMSK_PLACE = f"sorted({REGIONS}, reverse=True).index(26158)+1"


def kalmyk1943() -> Article:
    a = Article(
        "kalmyk1943",
        "Operation 'Ulusy': the deportation of the Kalmyks in December 1943 and the "
        "special-settlement registers of Siberia, 1944-1950",
        "heldout21",
    )
    C = a.C
    a.P(
        "The decree abolishing the Kalmyk ASSR was signed on 27 December 1943, and the operation "
        "the NKVD had named 'Ulusy' began at dawn on the following day.",
        "The staff in Elista had started its preparations on 14 November, "
        f"{C('forty-four days', DUR, OK, formula='(30-14)+28')} before the first families "
        f"were woken.",
        f"For the purpose the republic was cut into {C('four', COUNT, OK, formula='4')} "
        f"operational sectors: Elista, Yashkul, Ulan-Khol and Ketchenery.",
        "The bulk of the loading was reported done on the evening of 29 December, but parties "
        "from the remote winter pastures were still being brought in on 2 January 1944, "
        f"{C('five days', DUR, OK, formula='(31-28)+2')} after the start.",
    )
    a.P(
        "The summary telegram of 4 January 1944 gave 25,640 families and 91,870 persons "
        "loaded, against a preliminary list of 26,300 families.",
        f"A family thus numbered {C('3.6', RATE, OK, formula='91870/25640')} persons on "
        f"average, a low figure that reflects how many of the men were at the front.",
        f"The {C('660', REM, OK, formula='26300-25640')} families missing from the list had "
        f"mostly turned out to be mixed households or to have left the republic before the "
        f"war.",
        "Against the list, the operation was counted as "
        f"{C('97.5 per cent', SHARE, OK, formula='25640/26300*100')} fulfilled.",
    )
    a.P(
        "The ulus returns bound with the telegram (fond 9479, file 111, sheets 203 to 219) give "
        "14,210 persons for Yashkul, 11,865 for Ketchenery, 10,432 for Iki-Burul, 9,087 for "
        f"Priyutnoe and 8,516 for Maloderbety, together "
        f"{C('54,110', SUM, OK, formula='14210+11865+10432+9087+8516')}; of the 91,870, "
        f"Elista and the other eight uluses supplied the remaining "
        f"{C('37,760', REM, OK, formula='91870-54110')}.",
        f"Yashkul alone furnished {C('15.5 percent', SHARE, OK, formula='14210/91870*100')} "
        f"of the deportees and Ketchenery "
        f"{C('21.9%', SHARE, SLIP, '12.9%', '11865/91870*100')}.",
        f"Iki-Burul and Priyutnoe between them gave "
        f"{C('over a fifth', MULT, OK, formula='(10432+9087)/91870')}.",
        f"Maloderbety, with {C('9.3 per cent', SHARE, OK, formula='8516/91870*100')}, was the "
        f"{C('smallest', COMP, OK, formula='8516<min(14210, 11865, 10432, 9087)')} of the "
        f"five.",
    )
    a.P(
        f"The deportees were put aboard at {C('three', COUNT, SLIP, 'four', '4')} railway "
        f"stations: Elista, Divnoe, Zimovniki and Kizlyar.",
        f"They travelled in 46 echelons of 2,175 wagons, "
        f"{C('about 2,000', RATE, OK, formula='91870/46')} people to an echelon and "
        f"{C('42', RATE, OK, formula='91870/2175')} to a wagon, infants included.",
        "The convoy was 3,480 strong, of whom 2,950 belonged to the internal troops and the "
        f"other {C('530', REM, OK, formula='3480-2950')} to the railway guard.",
        f"Each escort thus answered for {C('about 26', RATE, OK, formula='91870/3480')} "
        f"deportees.",
    )
    a.P(
        "The first echelon to arrive was unloaded at Omsk on 7 January 1944, "
        f"{C('ten days', DUR, OK, formula='(31-28)+7')} after it had left Elista on 28 "
        f"December.",
        f"On the road 1,286 of the 91,870 died, "
        f"{C('14 per 1,000', RATE, OK, formula='1286/91870*1000')}, and the receiving "
        f"commandants entered {C('90,584', REM, OK, formula='91870-1286')} persons in their "
        f"books.",
        f"The echelons had been routed to {C('four', COUNT, OK, formula='4')} regions: the "
        f"Altai krai, the Krasnoyarsk krai, the Omsk oblast and the Novosibirsk oblast.",
    )
    a.P(
        f"The Omsk oblast received 26,158 "
        f"({C('28.9 per cent', SHARE, OK, formula='26158/90584*100')}), the "
        f"{C('largest', COMP, OK, formula=OMSK_PLACE)} contingent, the Krasnoyarsk krai "
        f"24,906, the Altai krai 21,470 and the Novosibirsk oblast 18,050 "
        f"({C('20 per cent', SHARE, AMB, formula='18050/90584*100')}).",
        f"At {C('27.5 %', SHARE, OK, formula='24906/90584*100')}, Krasnoyarsk came "
        f"{C('second only to', COMP, OK, formula='18050<21470<24906<26158')} Omsk.",
        f"The Altai krai took {C('23.7 percent', SHARE, OK, formula='21470/90584*100')} and "
        f"sent most of its share to the grain sovkhozes of the Kulunda steppe.",
    )
    a.P(
        "The commandants' returns for 1944 give 2,806 deaths in the Altai krai, 2,190 in the "
        "Omsk oblast, 2,106 in the Krasnoyarsk krai and 1,318 in the Novosibirsk oblast, "
        f"{C('8,420', SUM, OK, formula='2806+2190+2106+1318')} in the first year.",
        "Against the 90,310 settlers on the register of 1 July 1944, that came to "
        f"{C('93 per 1,000', RATE, AMB, formula='8420/90310*1000')}.",
        f"The Altai toll, {C('131 per 1,000', RATE, OK, formula='2806/21470*1000')}, was "
        f"{C('higher', COMP, OK, formula='2806/21470>8420/90584')} than the average, while "
        f"the Novosibirsk oblast lost "
        f"{C('37 per 1,000', RATE, SLIP, '73 per 1,000', '1318/18050*1000')}.",
        f"Deaths in the Altai were thus "
        f"{C('nearly twice', MULT, OK, formula='(2806/21470)/(1318/18050)')} as frequent as "
        f"in the Novosibirsk settlements.",
    )
    a.P(
        f"Of the 91,870 deported, 46 percent were children under sixteen, and 9 percent of "
        f"these children died before the end of 1944: "
        f"{C('about 3,800', CHAIN, OK, formula='91870*0.46*0.09')} in all.",
        f"Of the 26,158 who reached Omsk, 58 per cent were sent to the fisheries of the lower "
        f"Irtysh, and 35 per cent of them were moved again in the summer to the Tara forests, "
        f"{C('about 6,300', CHAIN, SLIP, 'about 5,300', '26158*0.58*0.35')} people.",
        f"Of the 25,640 families, 64 percent had a woman at their head and 70 percent of those "
        f"had a child under ten, "
        f"{C('about 11,500', CHAIN, OK, formula='25640*0.64*0.70')} families.",
    )
    a.P(
        "In the settlements of the Omsk oblast the commandant's office kept 96 horses and 384 "
        "sledges to haul firewood through the winter of 1944-1945.",
        f"The commandant wrote that {C('25 percent', SHARE, UNV)} of the able-bodied "
        f"settlers had no work in January.",
        "In the Tara district an inspector counted 1,140 settler households and 380 pairs of "
        "felt boots handed out to them.",
        f"He thought that {C('about a third', MULT, UNV)} of the children of school age never "
        f"came to class.",
    )
    a.P(
        "A directive of the spring of 1944 ordered the Kalmyk servicemen withdrawn from the "
        "fighting units.",
        f"By the autumn 4,115 soldiers and sergeants and 212 officers had been taken out, "
        f"{C('4,327', SUM, OK, formula='4115+212')} men, the officers being "
        f"{C('4.9 per cent', SHARE, OK, formula='212/4327*100')} of them.",
        f"Of the rank and file, 905 were let go to their families in Siberia and the rest were "
        f"sent to build a dam in the Molotov oblast, where they slept in 58 barracks, "
        f"{C('about 55', CHAIN, OK, formula='(4115-905)/58')} to a barracks.",
        f"The directive exempted {C('three', COUNT, OK, formula='3')} groups: holders of high "
        f"decorations, medical staff and the wounded still in hospital.",
    )
    a.P(
        "The delivery acts drawn up in January 1944 list 96,400 head of cattle, 418,200 sheep "
        "and goats, 9,360 horses and 1,420 camels left behind by the deported households, "
        f"{C('552,380', SUM, SLIP, '525,380', '96400+418200+9360+1420')} animals in all.",
        f"Of the cattle, 61,700 head were driven to the neighbouring regions and the other "
        f"{C('34,700', REM, OK, formula='96400-61700')} stayed with the new collective farms.",
        f"Of the horses, 7,480 went to the army remount depots and the remaining "
        f"{C('1,980', REM, SLIP, '1,880', '9360-7480')} to the farms.",
        f"Unattended on the winter pastures, the sheep and goats had shrunk to 126,500 by the "
        f"spring, {C('under a third', MULT, OK, formula='126500/418200')} of the number handed "
        f"over and a loss of "
        f"{C('30.2 per cent', SHARE, SLIP, '69.8 per cent', '(418200-126500)/418200*100')}.",
        f"The household goods were never valued; one official guessed that "
        f"{C('about 40 per cent', SHARE, UNV)} had been looted before the commissions arrived.",
    )
    a.P(
        "The special-settlement register counted 81,650 Kalmyks on 1 January 1945, 78,940 on "
        "1 January 1947 and 80,410 on 1 January 1950.",
        f"Between the first two dates it shed {C('2,710', REM, OK, formula='81650-78940')} "
        f"persons, and in 1950 it stood "
        f"{C('lower', COMP, SLIP, 'higher', '80410>78940')} than in 1947.",
        f"Births rose from 1,240 in 1945 to 2,610 in 1949 and "
        f"{C('more than doubled', MULT, OK, formula='2610/1240')}, while deaths were "
        f"{C('halved', MULT, SLIP, 'cut to a third', '1610/4930')}, from 4,930 to 1,610.",
        f"Escapes were few: 118 in 1944, 96 in 1945 and 61 in 1946, "
        f"{C('275', SUM, OK, formula='118+96+61')} in three years.",
        f"A visiting doctor put infant deaths at {C('about 300 per 1,000', RATE, UNV)} born in "
        f"the settlements of the north.",
    )
    a.P(
        "The monthly returns of the commandants survive from March 1944 to March 1950, "
        f"{C('five years', DUR, SLIP, 'six years', '1950-1944')} of them, bound in 72 volumes.",
        "The Kalmyks were struck off the register by a decree of March 1956, "
        f"{C('more than twelve years', DUR, OK, formula='(1956-1943)+(3-12)/12')} after "
        f"the December operation.",
        "The return to the steppe began only when the autonomy was restored in 1957.",
    )
    return a


if __name__ == "__main__":
    art = kalmyk1943()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
