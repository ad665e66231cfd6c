"""Writes the blind held-out gold article ``aegean1914`` for the figures checker (issue #14): the
expulsion in the spring and summer of 1914 of the Ottoman Greeks from the Aegean coast of
western Anatolia (the kazas of Ayvalik, Dikili, Menemen, Foca and Urla, round Smyrna), after the
Balkan wars and the arrival of Muslim refugees from Macedonia, as the Greek relief committees'
registers on Lesbos, Chios and Samos and in Thessaly, the harbour master's log at Mytilene, the
settlement office's returns, the lists of the mixed commission of 1914 and the high commission's
reports on the returns after 1918 would record it.

The prose is ours and every number is invented (some village names too). Each derived claim's
arithmetic is done here, apart from borderlands.figures, which the author neither read nor ran.
All claims are ``heldout22``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a place in a listed order for a rank; for
a count, the number of items listed; for a duration, the span in the unit printed, worked from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_aegean1914.py   (rewrites aegean1914.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Villages emptied by kaza, in the order of the mixed commission's register B.
VILLAGES = "[34, 27, 22, 19, 15]"
MENEMEN_PLACE = f"sorted({VILLAGES}, reverse=True).index(22)+1"


def aegean1914() -> Article:
    a = Article(
        "aegean1914",
        "Emptying the coast: the expulsion of the Ottoman Greeks from the Aegean littoral of "
        "Anatolia in 1914, in the relief registers and the papers of the mixed commission",
        "heldout22",
    )
    C = a.C
    a.P(
        "In the dispatches of the Greek consulate general at Smyrna, the campaign that cleared "
        "the Orthodox villages between the gulf of Edremit and the mouth of the Gediz opens with "
        "the raid on Kirazlik in the Menemen district on 14 March 1914.",
        "The panic at Phocaea, which emptied the old town in two nights, came on 12 June, "
        f"{C('ninety days', DUR, OK, formula='(31-14)+30+31+12')} later, when columns of "
        "muhacirs from Salonica and Drama had already been camped outside it for a week.",
        f"The consul singled out {C('five', COUNT, OK, formula='5')} kazas as the worst hit: "
        "Menemen, Dikili, Ayvalik, Foca and Urla.",
    )
    a.P(
        "By the last day of July the Greek relief committees had entered 31,450 refugees in "
        "their books on Lesbos, 22,870 on Chios (a return dated 26 July, file 88), 11,940 on "
        "Samos and 18,360 in Thessaly and at the Piraeus.",
        "Taken together, the four registers hold "
        f"{C('84,620', SUM, OK, formula='31450+22870+11940+18360')} names.",
        "Lesbos, facing Ayvalik and Dikili across a narrow strait, bore the heaviest load with "
        f"{C('37.2 per cent', SHARE, OK, formula='31450/84620*100')} of them, Chios "
        f"{C('27.0%', SHARE, OK, formula='22870/84620*100')}, and Samos, which took in the "
        f"people of the Kusadasi shore, "
        f"{C('11.4 percent', SHARE, SLIP, '14.1 percent', '11940/84620*100')}.",
        f"The Thessalian camps, far from the coast, held "
        f"{C('more than a fifth', MULT, OK, formula='18360/84620')}.",
    )
    a.P(
        "The harbour master at Mytilene kept his log of arrivals from the Anatolian shore from "
        f"20 May to 30 June, {C('forty-one days', DUR, OK, formula='(31-20)+30')} in all, and "
        "entered 1,146 landings of caiques, sponge boats and fishing smacks.",
        f"These put 27,390 people ashore, {C('about 24', RATE, OK, formula='27390/1146')} to a "
        "landing.",
        "The rest of the island's 31,450, "
        f"{C('4,060', REM, OK, formula='31450-27390')} persons, came over in the two steamers "
        "the committee chartered from a Piraeus company.",
        "The steamers made 14 round trips between them, "
        f"{C('about 390', RATE, SLIP, 'about 290', '4060/14')} "
        "passengers a trip, and the captains complained that the decks could take no more.",
    )
    a.P(
        "The lists drawn up for the mixed commission (register B, folios 12 to 31) name 146 "
        "Greek villages in the five kazas.",
        f"By the middle of August 117 of them stood empty and only "
        f"{C('29', REM, OK, formula='146-117')} kept some of their Greek families, most of them "
        "on the Urla peninsula.",
        "Dikili lost 34 villages, the hill country behind Ayvalik 27, Menemen 22, Foca 19 and "
        f"Urla 15, which makes up the register's total of "
        f"{C('117', SUM, OK, formula='34+27+22+19+15')}.",
        f"Put another way, {C('four villages in five', MULT, OK, formula='117/146')} had been "
        f"abandoned, and Menemen, with 22, came "
        f"{C('third', COMP, OK, formula=MENEMEN_PLACE)} among the kazas.",
    )
    a.P(
        "The Athens committee's register, compiled from the statements of heads of family as "
        "they landed, traces 52,400 of the refugees to the five kazas.",
        "Ayvalik, with its oil town and the monastery villages behind it, sent 19,650 of them, "
        f"Dikili 11,280, Foca 8,940, Menemen 7,310 and Urla the remaining "
        f"{C('5,220', REM, OK, formula='52400-19650-11280-8940-7310')}.",
        f"The other {C('32,220', REM, OK, formula='84620-52400')} on the committees' books came "
        "from the interior of the vilayet and from the coast further south, round Sokia and "
        "Kusadasi.",
    )
    a.P(
        "Ayvalik alone thus accounted for "
        f"{C('37.5 percent', SHARE, OK, formula='19650/52400*100')} "
        f"of the refugees from the five kazas, and Dikili for "
        f"{C('21.5 per cent', SHARE, OK, formula='11280/52400*100')}.",
        f"Foca's share, at {C('17.1 %', SHARE, OK, formula='8940/52400*100')}, was "
        f"{C('larger', COMP, OK, formula='8940>7310')} than that of Menemen, although Menemen "
        "had lost more villages.",
        f"In the number of people driven out Dikili stood "
        f"{C('second only to', COMP, OK, formula='19650>11280>8940>7310')} Ayvalik.",
    )
    a.P(
        "Into the emptied houses the settlement office of the vilayet put 1,960 muhacir families "
        "from Macedonia in the Ayvalik and Dikili kazas, 1,420 in Foca and Menemen and 1,490 in "
        f"Urla and the villages round Smyrna, {C('4,870', SUM, OK, formula='1960+1420+1490')} "
        "families by the end of September.",
        "Its first return gave 21,680 persons and a second, made once the infants had been "
        f"added, 22,090, and the office reckoned on {C('4.5', RATE, AMB, formula='21680/4870')} "
        "persons to a family.",
        f"At Foca the 1,240 Greek houses received 2,960 settlers, "
        f"{C('about 2.4', RATE, OK, formula='2960/1240')} to a house; in Dikili the crowding "
        f"was {C('higher', COMP, OK, formula='3780/1310>2960/1240')}, with 3,780 settlers in "
        "1,310 houses.",
        "The office's accounts show that the families placed on the coast in 1914 were "
        f"{C('more than twice', MULT, OK, formula='4870/2110')} those placed there in 1913, "
        "4,870 against 2,110.",
    )
    a.P(
        "The central committee in Athens had raised 1,850,000 drachmas by December, 1,120,000 "
        "of it from the Greek state and the rest, "
        f"{C('730,000', REM, OK, formula='1850000-1120000')}"
        " drachmas, from subscriptions in Alexandria, New York and the Greek towns.",
        f"It spent 1,312,000 drachmas on bread and flour, "
        f"{C('70.9 percent', SHARE, OK, formula='1312000/1850000*100')} of what it had raised.",
        f"The Lesbos clerk put the bread issued at {C('2.2', RATE, UNV)} kilograms per family a "
        "day, though he kept no count of the families.",
        "The Chios committee spent 296,000 drachmas on the 22,870 people in its charge, "
        f"{C('about 13', RATE, OK, formula='296000/22870')} drachmas a head.",
    )
    a.P(
        "Sickness followed the crowding.",
        "By the end of September 1,930 of the 31,450 registered on Lesbos had died, "
        f"{C('61 per 1,000', RATE, OK, formula='1930/31450*1000')}, which left 29,520 in the "
        "camps and villages of the island.",
        "Among them the Mytilene committee listed 2,380 orphans "
        f"({C('about 8 per cent', SHARE, AMB, formula='2380/31450*100')}), for whom it opened "
        "two houses in the town.",
        "Of the 84,620 on all the registers, 62 percent were at first housed under canvas, and "
        f"30 percent of these were still in tents in December, "
        f"{C('about 17,540', CHAIN, SLIP, 'about 15,740', '84620*0.62*0.30')} persons.",
    )
    a.P(
        "The 18,360 sent on to Thessaly went inland from Volos in 612 goods wagons, "
        f"{C('30', RATE, OK, formula='18360/612')} to a wagon.",
        f"They were placed in {C('four', COUNT, OK, formula='4')} camps: Larissa, Trikala, "
        "Karditsa and Almyros.",
        f"Of the 18,360, 55 percent were women and children, and 40 percent of those were under "
        f"six, {C('about 4,040', CHAIN, OK, formula='18360*0.55*0.40')} small children in all.",
    )
    a.P(
        "On Chios the committee ran 12 dispensaries and 60 bakeries and soup kitchens through "
        "the summer.",
        f"Its doctors believed that {C('20 per cent', SHARE, UNV)} of those in the town camps "
        "had malaria by August.",
        "The island's hospitals had 1,860 beds and those of Lesbos 1,290, "
        f"{C('3,510', SUM, SLIP, '3,150', '1860+1290')} beds in all for the two committees.",
    )
    a.P(
        "The olive-oil trade of Ayvalik, almost wholly in Greek hands, collapsed with the flight.",
        "The customs house cleared 18,500 barrels in 1913 and 5,200 in 1914, a fall of "
        f"{C('28.1 per cent', SHARE, SLIP, '71.9 per cent', '(18500-5200)/18500*100')}.",
        f"The presses working in the town were {C('halved', MULT, OK, formula='30/64')}, from "
        f"64 to 30, while the trading licences held by Muslim merchants "
        f"{C('tripled', MULT, SLIP, 'doubled', '86/41')}, from 41 to 86.",
        f"Merchants in Smyrna reckoned that {C('nearly 60 percent', SHARE, UNV)} of the groves "
        "went unharvested that autumn.",
    )
    a.P(
        "The mixed commission of Ottoman and Greek delegates sat at Smyrna from 3 July 1914 and "
        f"closed its lists on 28 July, after {C('twenty-five days', DUR, OK, formula='28-3')} of "
        "work.",
        f"Its lists took in {C('three', COUNT, OK, formula='3')} kinds of property: houses, "
        "fields and shops.",
        "Claims were lodged for 6,412 properties, and 2,890 had been examined "
        f"({C('45.1 percent', SHARE, OK, formula='2890/6412*100')}) when the delegates "
        f"dispersed on the outbreak of the war; the remaining "
        f"{C('3,252', REM, SLIP, '3,522', '6412-2890')} were never heard.",
        f"The nine delegates had examined {C('about 320', RATE, OK, formula='2890/9')} claims "
        "apiece.",
        f"Claims from Menemen, 480 of them, were "
        f"{C('more numerous', COMP, SLIP, 'less numerous', '480<720')} than the 720 from "
        "Dikili.",
    )
    a.P(
        "After the armistice of Mudros on 30 October 1918 the Greek high commission at Smyrna "
        "organised the return of the refugees of 1914.",
        f"In 1919 it brought back 21,300 and in the first half of 1920 another 17,440, "
        f"{C('38,740', SUM, OK, formula='21300+17440')} in all, "
        f"{C('45.8 per cent', SHARE, OK, formula='38740/84620*100')} of those the committees "
        "had registered.",
        "Ayvalik got back 14,210 of its 19,650 "
        f"({C('72.3%', SHARE, OK, formula='14210/19650*100')}).",
        f"The returning families passed through {C('four', COUNT, SLIP, 'three', '3')} depots: "
        "Mytilene, Chios town and Vathy.",
        f"The people of Foca, who had fled on 12 June 1914 and were landed again in the spring "
        f"of 1919, had been {C('six years', DUR, SLIP, 'five years', '1919-1914')} in exile.",
    )
    a.P(
        "Of the 38,740 who came back, 60 percent went to their own villages, and a quarter of "
        f"these found muhacir families in their houses, "
        f"{C('about 5,810', CHAIN, OK, formula='38740*0.60*0.25')} persons.",
        "The high commission rebuilt 140 houses at Dikili and repaired 420 at Ayvalik; "
        f"{C('about a third', MULT, UNV)} of the returning families, its engineer wrote, had no "
        "roof over them in the first winter.",
        f"A report of 1921 said that {C('one in ten', MULT, UNV)} of the olive presses still "
        "stood idle.",
        "The return lasted until the defeat of the Greek army in September 1922, "
        f"{C('nearly four years', DUR, OK, formula='(1922-1918)+(9-10)/12')} after the "
        "armistice.",
    )
    return a


if __name__ == "__main__":
    art = aegean1914()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
