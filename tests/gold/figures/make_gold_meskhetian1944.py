"""Writes the blind held-out gold article ``meskhetian1944`` for the figures checker (issue #14):
the removal in November 1944 of the Muslim population of five imagined border districts of
southern Georgia (the Tskhra-Mta zone) to Central Asia, as the operation's summaries and the
receiving oblasts' special settlement registers would record it: persons and families by
district and by people, echelons and wagons, arrivals by republic and oblast, the deaths of the
first winters, the men sent on from the army, the release of 1956 and the counts of 1970.

The prose is ours and every number is invented. Each derived claim's arithmetic is done here,
apart from borderlands.figures, which the author neither read nor ran. All claims are
``heldout13``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "N times", or a place in a listed
order for a rank; for a count, the number of items listed; for a duration, the span in the unit
printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_meskhetian1944.py   (rewrites meskhetian1944.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Persons removed by district, as the summary of 19 November gives them.
DISTRICTS = "[23418, 19075, 16842, 14209, 10772]"
# Arrivals in the four Uzbek oblasts.
UZBEK = "[18420, 14935, 12604, 7151]"
ZEDANI_PLACE = f"sorted({DISTRICTS}, reverse=True).index(16842)+1"
FERGANA_PLACE = f"sorted({UZBEK}, reverse=True).index(14935)+1"


def meskhetian1944() -> Article:
    a = Article(
        "meskhetian1944",
        "Emptying the Tskhra-Mta border districts, November 1944: operation reports and the "
        "special settlement registers of Central Asia",
        "heldout13",
    )
    C = a.C
    a.P(
        "The order to clear the border strip of its Muslim villages reached the district "
        "sections of the NKVD on 20 September 1944, and the loading began before dawn on "
        "15 November.",
        f"The preparations had thus taken "
        f"{C('eight weeks', DUR, OK, formula='((30-20)+31+15)/7')}, spent largely on family "
        f"lists and on finding wagons.",
        f"The zone comprised {C('five', COUNT, OK, formula='5')} districts: Arvani, Oshori, "
        f"Zedani, Tolisi and Kumbeti.",
    )
    a.P(
        "The plan drawn up in October named 86,400 persons for removal.",
        f"The summary wired on 19 November reported 84,316 persons in 17,962 families, "
        f"{C('2,084', REM, OK, formula='86400-84316')} short of the plan, the gap being put "
        f"down to men away in the army and to families absent from their villages.",
        f"A family therefore averaged {C('4.7', RATE, OK, formula='84316/17962')} persons.",
        f"The operation's staff counted the plan as fulfilled to "
        f"{C('97.6 percent', SHARE, OK, formula='84316/86400*100')}.",
        f"Of the 17,962 families, 41 percent had a man in the army, and 28 percent of these "
        f"had had no letter from him since the summer: "
        f"{C('about 2,060', CHAIN, OK, formula='17962*0.41*0.28')} families.",
    )
    a.P(
        f"By district the summary gives 23,418 persons for Arvani, 19,075 for Oshori, 16,842 "
        f"for Zedani, 14,209 for Tolisi and 10,772 for Kumbeti, "
        f"{C('84,316', SUM, OK, formula='23418+19075+16842+14209+10772')} altogether.",
        f"Arvani supplied {C('27.8%', SHARE, OK, formula='23418/84316*100')} of "
        f"the deportees and Oshori "
        f"{C('26.2%', SHARE, SLIP, '22.6%', '19075/84316*100')}.",
        f"Zedani came {C('third', COMP, OK, formula=ZEDANI_PLACE)} in the list; "
        f"its villages lay along the upper river.",
    )
    a.P(
        "The district lists also sorted the deportees by people.",
        f"Turks numbered 65,120, Kurds 8,694 and Khemshils 1,385; the remaining "
        f"{C('9,117', REM, OK, formula='84316-65120-8694-1385')} were entered as Karapapakhs, "
        f"Laz or simply as others.",
        f"Turks made up {C('77.2%', SHARE, OK, formula='65120/84316*100')} of the whole and "
        f"the Kurds {C('about a tenth', MULT, OK, formula='8694/84316')}.",
        f"There were {C('7.5 times', COMP, OK, formula='65120/8694')} as many Turks as Kurds "
        f"on the lists.",
        f"The lists had {C('four', COUNT, OK, formula='4')} columns for nationality: Turk, "
        f"Kurd, Khemshil and other.",
    )
    a.P(
        "The deportees were loaded at three stations into 34 echelons made up of 2,112 "
        "wagons.",
        f"That comes to {C('about 2,480', RATE, OK, formula='84316/34')} persons to an "
        f"echelon and {C('about 40', RATE, OK, formula='84316/2112')} to a wagon.",
        f"The escort of 4,350 officers and men gave one guard for every "
        f"{C('19', RATE, OK, formula='84316/4350')} deportees.",
        f"The families' cattle, which the district registers put at 3,480 head before the "
        f"operation, came to 1,740 head after the herds had been handed over against receipts "
        f"at the stations ({C('50 percent', SHARE, AMB, formula='1740/3480*100')}).",
    )
    a.P(
        f"The first echelon left on 18 November and the last was unloaded at Samarkand on "
        f"9 January 1945, {C('52 days', DUR, OK, formula='(30-18)+31+9')} later.",
        f"On the road 457 persons died, "
        f"{C('5.4 per 1,000', RATE, OK, formula='457/84316*1000')} of those entrained, so "
        f"that the receiving commandants had "
        f"{C('83,859', REM, OK, formula='84316-457')} persons to register.",
        f"The escort's reports listed {C('three', COUNT, SLIP, 'four', '4')} causes of death "
        f"on the road: typhus, dysentery, pneumonia and cold.",
    )
    a.P(
        f"Of those registered, the Uzbek SSR received 53,110 "
        f"({C('63.3 percent', SHARE, OK, formula='53110/83859*100')}), the Kazakh SSR 28,470 "
        f"({C('33.9 percent', SHARE, OK, formula='28470/83859*100')}) and the Kirghiz SSR "
        f"2,279 ({C('2.7 percent', SHARE, AMB, formula='2279/83859*100')}).",
        f"Within Uzbekistan the Samarkand oblast took 18,420, Fergana 14,935, Tashkent 12,604 "
        f"and Namangan 7,151, {C('53,110', SUM, OK, formula='18420+14935+12604+7151')} in all.",
        f"Fergana, the "
        f"{C('largest', COMP, SLIP, 'second-largest', FERGANA_PLACE)} of the Uzbek "
        f"contingents, was spread over cotton farms in eleven raions.",
    )
    a.P(
        f"The Kazakh arrivals went to {C('four', COUNT, OK, formula='4')} oblasts: Dzhambul, "
        f"South Kazakhstan, Taldy-Kurgan and Alma-Ata.",
        f"Dzhambul took 11,240 and South Kazakhstan 9,815, and the rest, "
        f"{C('7,415', REM, OK, formula='28470-11240-9815')}, were divided between the two "
        f"oblasts further east.",
        f"Those two oblasts thus received "
        f"{C('74 per cent', SHARE, OK, formula='(11240+9815)/28470*100')} of the republic's "
        f"arrivals.",
    )
    a.P(
        "The Uzbek registers record the deaths of the first winter, up to 1 May 1945: 1,862 "
        "in the Samarkand oblast, 1,207 in Fergana, 944 in Tashkent and 601 in Namangan.",
        f"That made {C('4,013', SUM, SLIP, '4,614', '1862+1207+944+601')} dead in the "
        f"republic.",
        f"In Samarkand the toll came to "
        f"{C('101 per 1,000', RATE, OK, formula='1862/18420*1000')} settlers, in Fergana to "
        f"{C('65.5 per 1,000', RATE, SLIP, '80.8 per 1,000', '1207/14935*1000')}.",
        f"Namangan lost its people at a "
        f"{C('higher', COMP, OK, formula='601/7151>944/12604')} rate than Tashkent, and the "
        f"Samarkand toll was the "
        f"{C('highest', COMP, OK, formula='1862>max(1207, 944, 601)')} of the four.",
    )
    a.P(
        f"In Kazakhstan Dzhambul lost 1,106 and South Kazakhstan 871 over the same winter, "
        f"and 413 deaths in the two eastern oblasts brought the republic's total to "
        f"{C('2,390', SUM, OK, formula='1106+871+413')}.",
        f"A deportee sent to Uzbekistan was thus "
        f"{C('more likely', COMP, OK, formula='4614/53110>2390/28470')} to die in that first "
        f"winter than one sent to Kazakhstan: 4,614 deaths among 53,110 against 2,390 among "
        f"28,470.",
        f"Of the 84,316 deportees, 47 percent were children under sixteen, and 9 percent of "
        f"those children died before the spring, "
        f"{C('about 3,600', CHAIN, OK, formula='84316*0.47*0.09')} in number.",
        f"Of the 28,470 in Kazakhstan, 52 percent were women, and 30 percent of the women were "
        f"sent to the beet farms: {C('about 4,140', CHAIN, SLIP, 'about 4,440', '28470*0.52*0.30')}"
        f" women in all.",
        f"Later inquiries suggested that the Kurds lost "
        f"{C('about 15 percent', SHARE, UNV)} of their number in the first two years.",
    )
    a.P(
        "The Fergana commandant wrote in March 1945 that his 14,935 settlers lived in 3,012 "
        "families, and that he had 640 men fit for field work and 128 horses to plough with.",
        f"Of the 3,012 families, 2,510, "
        f"{C('five-sixths', MULT, OK, formula='2510/3012')}, were living in dugouts or "
        f"barracks, and the remaining {C('52', REM, SLIP, '502', '3012-2510')} in rooms "
        f"rented from local households.",
        f"Of his 1,207 dead, 688, {C('over half', MULT, OK, formula='688/1207')}, were "
        f"children.",
        f"He added that {C('20 percent', SHARE, UNV)} of the barracks had no stove at all.",
    )
    a.P(
        f"In the Samarkand oblast deaths {C('halved', MULT, OK, formula='917/1862')} in the "
        f"second year, from 1,862 to 917, while births "
        f"{C('more than doubled', MULT, OK, formula='793/340')}, from 340 in 1945 to 793 in "
        f"1947.",
        f"Over the same years the settlers in paid work "
        f"{C('tripled', MULT, SLIP, 'doubled', '12380/6210')}, from 6,210 to 12,380.",
        f"The settlements' horses fell from 2,150 in 1945 to 1,763 in 1947, a fall of "
        f"{C('82.0 percent', SHARE, SLIP, '18.0 percent', '(2150-1763)/2150*100')}.",
        f"The oblast doctor put infant deaths in the first year at "
        f"{C('about 300', RATE, UNV)} per 1,000 born.",
        f"The worst of the dying fell within "
        f"a {C('sixteen-month', DUR, OK, formula='(1946-1944)*12+(3-11)')} period, from "
        f"November 1944 to March 1946.",
    )
    a.P(
        f"The men of these peoples who had served in the army were discharged after the war "
        f"not to their villages but to the settlements, "
        f"{C('6,471', SUM, OK, formula='4310+1944+217')} in all: 4,310 to the Uzbek oblasts, "
        f"1,944 to the Kazakh ones and 217 to Kirghizia.",
        f"Of the 6,471, 1,580 had been wounded "
        f"({C('24.4 percent', SHARE, OK, formula='1580/6471*100')}) and 1,302, "
        f"{C('about a fifth', MULT, OK, formula='1302/6471')}, wore decorations.",
        f"In the Uzbek oblasts they raised the count of able-bodied men to "
        f"{C('15,160', SUM, OK, formula='4310+10850')} by adding 4,310 to the 10,850 already "
        f"on the registers.",
        f"For a man discharged in 1946, the regime that followed lasted "
        f"{C('twelve years', DUR, SLIP, 'ten years', '1956-1946')}, until the decree of 1956.",
    )
    a.P(
        "Into the emptied villages of Oshori the republic planned to bring 3,615 households "
        "from the mountain districts of the interior, and by 1946 only 1,205 had come.",
        f"The newcomers found {C('about a third', MULT, UNV)} of the houses without roofs or "
        f"doors.",
    )
    a.P(
        "On 1 January 1956 the registers held 96,205 persons of the peoples removed in 1944.",
        f"The decree of 28 April 1956 took them off the commandants' books but did not allow "
        f"them home; registered in January 1945, they had spent "
        f"{C('more than eleven years', DUR, OK, formula='(1956-1945)+(4-1)/12')} under the "
        f"regime.",
        f"The census of 1970 found 104,350 of them in Uzbekistan, 51,920 in Kazakhstan and "
        f"16,210 in Kirghizia, {C('172,480', SUM, OK, formula='104350+51920+16210')} in the "
        f"three republics.",
        f"{C('Most', MULT, OK, formula='104350/172480')} still lived in Uzbekistan, and "
        f"Kazakhstan, with 51,920, was "
        f"{C('second only to', COMP, OK, formula='16210<51920<104350')} it.",
    )
    return a


if __name__ == "__main__":
    art = meskhetian1944()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
