"""Writes the blind held-out gold article ``kurds1937`` for the figures checker (issue #14): the
removal in the autumn of 1937 of Kurdish households, with some Armenian and Turkish ones, from the
districts of the Armenian and Azerbaijani SSRs along the Iranian and Turkish frontier, under the
border-zone decisions of that year, to Kazakhstan and Kyrgyzstan, as the operation summaries,
telegrams, property commissions' returns and the commandants' registers in the special
settlements would record it: households and persons by district, the plan and the lists, trains
and wagons, households left behind or brought back on appeal, livestock and land left, the
settlements that received them, the deaths of the first winter and the later counts.

The prose is ours and every number is invented (the settlement names and some districts too).
Each derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout22``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "almost twice as many", or a place
in a listed order for a rank; for a count, the number of items listed; for a duration, the span
in the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its
two readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_kurds1937.py   (rewrites kurds1937.txt/.yaml)
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

# Households loaded by district, as the two operation summaries give them.
ARMENIA = "[518, 377, 296, 164]"
ARTASHAT_PLACE = f"sorted({ARMENIA}, reverse=True).index(377)+1"
AZERBAIJAN = "[702, 611, 345, 203]"
ZANGELAN_PLACE = f"sorted({AZERBAIJAN}, reverse=True).index(345)+1"
# From the signing of the Erevan order to the first loading.
LISTING_DAYS = "(date(1937, 10, 24)-date(1937, 7, 29)).days"


def kurds1937() -> Article:
    a = Article(
        "kurds1937",
        "The frontier strip emptied: the deportation of Kurds from the Armenian and Azerbaijani "
        "border districts to Kazakhstan and Kyrgyzstan in 1937",
        "heldout22",
    )
    C = a.C
    a.P(
        "The decision to clear the strip along the Iranian and Turkish frontier of people the "
        "security organs distrusted came from Moscow in July 1937, and the Transcaucasian "
        "commissariats had their instructions within a week.",
        "In Erevan the operational order was signed on 29 July, but the first households were "
        "not loaded until 24 October.",
        f"The republic's NKVD thus had "
        f"{C('eighty-seven days', DUR, OK, formula=LISTING_DAYS)} to compile its lists.",
        f"The order covered {C('eight', COUNT, OK, formula='8')} districts on the two sides of "
        f"the republican border: Oktemberian, Artashat, Talin, Mazra, Lachin, Kubatly, Zangelan "
        f"and Jebrail.",
    )
    a.P(
        "Moscow's figures were set before anyone had counted.",
        f"The plan gave Armenia 1,325 Kurdish households to remove and Azerbaijan 1,810, "
        f"{C('3,135', SUM, OK, formula='1325+1810')} between them.",
        "By the end of August the district departments had drawn up lists of 1,402 households in "
        "Armenia and 1,946 in Azerbaijan.",
        f"The Armenian lists ran {C('77', REM, OK, formula='1402-1325')} households over the "
        f"plan, and the Azerbaijani ones exceeded theirs by "
        f"{C('7.5 percent', SHARE, OK, formula='(1946-1810)/1810*100')}.",
    )
    a.P(
        "The Armenian operation summary of 9 November (fond 1, opis 3, delo 214, list 17) gives "
        "518 households loaded in Oktemberian, 377 in Artashat, 296 in Talin and 164 in Mazra, "
        f"{C('1,355', SUM, OK, formula='518+377+296+164')} altogether, with 7,046 persons "
        f"among them.",
        f"That is {C('5.2', RATE, OK, formula='7046/1355')} persons to a household.",
        f"Oktemberian on the Araks plain furnished "
        f"{C('38.2 per cent', SHARE, OK, formula='518/1355*100')} of the households and Talin "
        f"{C('21.8%', SHARE, OK, formula='296/1355*100')}, while Artashat came "
        f"{C('second', COMP, OK, formula=ARTASHAT_PLACE)}.",
    )
    a.P(
        "In Azerbaijan the summary of 14 November (same fond, delo 221, lists 31 to 33) records "
        "702 households from Lachin, 611 from Kubatly, 345 from Zangelan and 203 from Jebrail.",
        f"The clerk added these up to {C('1,816', SUM, SLIP, '1,861', '702+611+345+203')}.",
        f"With 10,421 persons, the Azerbaijani households averaged "
        f"{C('about 5.6', RATE, OK, formula='10421/1861')} members and were thus "
        f"{C('larger', COMP, OK, formula='10421/1861>7046/1355')} than the Armenian ones.",
        f"Lachin alone gave {C('37.7 per cent', SHARE, OK, formula='702/1861*100')} of the "
        f"households; Zangelan, the {C('second-largest', COMP, SLIP, 'third', ZANGELAN_PLACE)} "
        f"contributor, lay in the gorges of the Hakari.",
    )
    a.P(
        "Not everyone on the lists was taken.",
        f"Of the 1,402 Armenian households listed, "
        f"{C('47', REM, OK, formula='1402-1355')} stayed behind, most of them families of Red "
        f"Army men or of the bedridden, and in Azerbaijan "
        f"{C('58', REM, SLIP, '85', '1946-1861')} listed households were never loaded.",
        "Appeals to the procurator of the Transcaucasian republics brought 126 removed families "
        "home between December 1937 and March 1938.",
        f"They were {C('about 4 percent', SHARE, OK, formula='126/(1355+1861)*100')} of all the "
        f"households taken from the two republics.",
    )
    a.P(
        f"The two republics together sent {C('17,467', SUM, OK, formula='7046+10421')} persons "
        f"east.",
        f"Children under sixteen numbered 8,940, "
        f"{C('just over half', MULT, OK, formula='8940/17467')} of the deportees.",
        f"By nationality the registers give 15,128 Kurds "
        f"({C('86.6 percent', SHARE, OK, formula='15128/17467*100')}) and 1,512 Armenians, the "
        f"remaining {C('827', REM, OK, formula='17467-15128-1512')} being Turks, mostly from "
        f"the villages of Jebrail.",
    )
    a.P(
        f"Loading took place at {C('three', COUNT, OK, formula='3')} stations: Erevan, Agdam "
        f"and Evlakh.",
        "Eleven trains were made up, with 531 goods wagons between them.",
        f"A train thus carried {C('about 1,590', RATE, OK, formula='17467/11')} people, and a "
        f"wagon {C('33', RATE, OK, formula='17467/531')}.",
        f"The convoy troops, 1,170 strong, had one man to every "
        f"{C('51', RATE, SLIP, '15', '17467/1170')} deportees.",
    )
    a.P(
        "The first train left Erevan on 24 October and arrived at Arys on 11 November, "
        f"{C('eighteen days', DUR, OK, formula='(date(1937, 11, 11)-date(1937, 10, 24)).days')} "
        f"later; the last one reached Frunze on 2 December.",
        f"On the way 94 people died, {C('5.4 per 1,000', RATE, OK, formula='94/17467*1000')}, "
        f"and the receiving commandants entered "
        f"{C('17,373', REM, OK, formula='17467-94')} new settlers in their books.",
    )
    a.P(
        f"Kazakhstan took in 11,208 of the arrivals "
        f"({C('64.5 per cent', SHARE, OK, formula='11208/17373*100')}) and Kyrgyzstan the other "
        f"{C('6,165', REM, OK, formula='17373-11208')} "
        f"({C('35 per cent', SHARE, AMB, formula='6165/17373*100')}).",
        f"Kazakhstan thus received "
        f"{C('almost twice as many', COMP, OK, formula='11208/6165')} as its neighbour.",
        f"The Kyrgyz contingent came in four trains, "
        f"{C('about 1,540', CHAIN, OK, formula='(17373-11208)/4')} persons to a train.",
        f"Of the Kazakh share, 6,930 went to the South Kazakhstan oblast and 4,278 to the "
        f"Alma-Ata oblast, where 62 percent of them were put to the beet and 30 percent of these "
        f"fell ill with malaria the next summer, "
        f"{C('about 1,800', CHAIN, SLIP, 'about 800', '4278*0.62*0.30')} people.",
    )
    a.P(
        f"In the South Kazakhstan oblast the newcomers were placed in "
        f"{C('five', COUNT, SLIP, 'six', '6')} special settlements: Kyzyl-Tu, Karabulak, "
        f"Shaulder, Tas-Aryk, Jana-Kala and Akbulak.",
        "At Shaulder, the largest, the commandant had 48 barracks standing and 192 earth huts "
        "dug by the first frost.",
        f"He reported that {C('25 per cent', SHARE, UNV)} of the men were without boots.",
        f"An inspector who came in March put the families without a cow at "
        f"{C('about 60 percent', SHARE, UNV)}.",
    )
    a.P(
        "The property commissions in Armenia listed what the families left in 1937 under "
        f"{C('three', COUNT, OK, formula='3')} heads: livestock, buildings and grain.",
        f"They counted 41,600 sheep and goats, 3,850 cattle and 1,120 horses, "
        f"{C('46,570', SUM, OK, formula='41600+3850+1120')} head in all, and 2,730 hectares of "
        f"arable beside 9,400 of pasture, so that the arable was "
        f"{C('a little under a quarter', MULT, OK, formula='2730/(2730+9400)')} of the land.",
        f"The pastures of Mazra, 3,600 hectares before the removal, were down to 1,800 in use a "
        f"year later ({C('50 percent', SHARE, AMB, formula='1800/3600*100')}).",
        f"The kolkhoz flocks of Talin went down from 9,800 to 6,370 head, a loss of "
        f"{C('65 per cent', SHARE, SLIP, '35 per cent', '(9800-6370)/9800*100')}.",
    )
    a.P(
        "The commandants' returns, closed on 1 May 1938, record 1,046 deaths in the South "
        "Kazakhstan settlements, 412 in the Alma-Ata oblast and 529 in Kyrgyzstan.",
        f"The first winter thus killed {C('1,987', SUM, OK, formula='1046+412+529')} "
        f"settlers, {C('about one in nine', MULT, OK, formula='1987/17373')} of those who had "
        f"arrived.",
        f"In South Kazakhstan the toll reached "
        f"{C('151 per 1,000', RATE, OK, formula='1046/6930*1000')}, the "
        f"{C('highest', COMP, OK, formula='1046/6930>max(412/4278, 529/6165)')} of the three, "
        f"and {C('over one and a half times', MULT, OK, formula='(1046/6930)/(412/4278)')} "
        f"the rate in the Alma-Ata oblast.",
        f"Kyrgyzstan, at {C('58 per 1,000', RATE, SLIP, '86 per 1,000', '529/6165*1000')}, "
        f"fared {C('better', COMP, OK, formula='529/6165<1046/6930')} than the south.",
        f"Of the 1,987 dead, 62 percent were children, and 40 percent of those children had not "
        f"reached three: {C('about 490', CHAIN, OK, formula='1987*0.62*0.40')} infants.",
    )
    a.P(
        f"Births in the settlements {C('more than doubled', MULT, OK, formula='317/138')}, from "
        f"138 in 1938 to 317 in 1940, and escapes "
        f"{C('halved', MULT, SLIP, 'fell to a third', '71/214')}, from 214 to 71.",
        "In 1940 the school at Karabulak had 64 pupils for 320 places.",
        f"Its teacher judged that {C('one in five', MULT, UNV)} of the children could follow a "
        f"lesson in Russian.",
    )
    a.P(
        "Of the 3,216 households removed, 58 percent had kept sheep, and 35 percent of the sheep "
        f"owners had also kept a horse: {C('about 650', CHAIN, OK, formula='3216*0.58*0.35')} "
        f"households, by the commissions' reckoning, left both behind.",
        "The registers of 1 January 1941 counted 15,874 Kurdish special settlers in the two "
        "republics and those of 1949 counted 19,230.",
        f"The number had risen by "
        f"{C('21.1 percent', SHARE, OK, formula='(19230-15874)/15874*100')} in eight "
        f"years, though Kurdish writers later put the dead of the first two winters at "
        f"{C('about 4,000', SUM, UNV)}.",
    )
    a.P(
        "The restrictions of the special settlement were lifted for the Kurds by a decree of "
        "March 1956.",
        f"For the families loaded in October 1937 that meant "
        f"{C('more than eighteen years', DUR, OK, formula='(1956-1937)+(3-10)/12')} under the "
        f"commandant.",
        f"Those who had come to Kyrgyzstan on the December trains, their registers say, were "
        f"released in 1956, {C('twenty-one years', DUR, SLIP, 'nineteen years', '1956-1937')} "
        f"after 1937.",
        f"The census of 1959 found 6,109 Kurds in Kazakhstan and 4,783 in Kyrgyzstan, "
        f"{C('10,892', SUM, OK, formula='6109+4783')} in the two republics.",
    )
    return a


if __name__ == "__main__":
    art = kurds1937()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date}) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
