"""Writes the blind held-out gold article ``chinese1937`` for the figures checker (issue #14): the
removal of the Chinese population of the Soviet Far East in 1937 and 1938, as the krai NKVD's
operation summaries, registers and telegrams would record it: the July 1937 count of Chinese
subjects and Soviet Chinese, the arrests under the 'Harbin' line and under the Chinese line by
district (Vladivostok, Khabarovsk, Primorye), the sentences, the expulsions to Xinjiang and
Manchukuo, the removal of the families in echelons to Kazakhstan and the Khabarovsk interior,
the first winter in both places, the property left behind, the review of 1939 and the census
of 1939.

The prose is ours and every number is invented (so are the files, sheets and some settlement
names). Each derived claim's arithmetic is done here, apart from borderlands.figures, which the
author neither read nor ran. All claims are ``heldout15``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_chinese1937.py   (rewrites chinese1937.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Arrests under the Chinese line by district: Vladivostok, Khabarovsk, Primorye.
DISTRICTS = "[2316, 1487, 904]"
KHABAROVSK_PLACE = f"sorted({DISTRICTS}, reverse=True).index(1487)+1"
# The Chinese of the Khabarovsk krai in the 1939 census: Khabarovsk city, Komsomolsk, Birobidzhan.
TOWNS = "[1620, 690, 410]"
KHABAROVSK_CITY_PLACE = f"sorted({TOWNS}, reverse=True).index(1620)+1"


def chinese1937() -> Article:
    a = Article(
        "chinese1937",
        "Emptying the Millionka: the arrest, expulsion and removal of the Chinese of the Soviet "
        "Far East, 1937-1938, in the reports of the krai NKVD",
        "heldout15",
    )
    C = a.C
    a.P(
        "When the Far Eastern krai administration of the NKVD took stock of its Chinese in July "
        "1937, its resettlement department counted 14,180 subjects of the Chinese Republic and "
        "10,420 Chinese who had taken Soviet citizenship, "
        f"{C('24,600', SUM, OK, formula='14180+10420')} persons in all.",
        f"Nearly all of them lived in {C('three', COUNT, OK, formula='3')} districts: "
        f"Vladivostok, Khabarovsk and Primorye.",
        f"The subjects, {C('57.6 percent', SHARE, OK, formula='14180/24600*100')} of the "
        f"whole, were for the most part single men who came for the season as market "
        f"gardeners, porters and petty traders, whereas the Soviet Chinese had more often "
        f"married locally and put down roots.",
        "The papers used here, the operational summaries of the krai administration, its "
        "registers of arrests and the telegrams it exchanged with Moscow, run from September "
        "1937 to the end of 1939.",
    )
    a.P(
        "The first blow fell under the so-called Harbin line, opened by the order of 20 "
        "September 1937 against former employees of the Chinese Eastern Railway who had come "
        "back from Manchuria.",
        "By 1 December the krai administration had reported 3,742 arrests under it to Moscow, "
        f"the harvest of {C('over ten weeks', DUR, OK, formula='((30-20)+31+30+1)/7')} of "
        f"work, and 918 of those arrested "
        f"({C('24.5 per cent', SHARE, OK, formula='918/3742*100')}) were Chinese by "
        f"nationality; the rest were mostly Russian railwaymen and their wives.",
        f"Of the 918, 641 still held Chinese passports and the remaining "
        f"{C('277', REM, OK, formula='918-641')} were Soviet citizens.",
    )
    a.P(
        "The Chinese line proper was opened by a directive of 22 December 1937, and its first "
        "night in Vladivostok, 28 December, emptied the lodging houses of the Millionka "
        "quarter.",
        "The operational register (fond R-1, inventory 3, file 311, sheets 14-27) gives 2,316 "
        "arrests for the Vladivostok district up to 1 March 1938, 1,487 for the Khabarovsk "
        "district, where the sweep began only on 9 January, and 904 for Primorye, "
        f"{C('4,707', SUM, OK, formula='2316+1487+904')} in all.",
        f"Vladivostok alone thus supplied {C('almost half', MULT, OK, formula='2316/4707')} of "
        f"the arrests and Primorye {C('19.2%', SHARE, OK, formula='904/4707*100')}, while "
        f"Khabarovsk, {C('second', COMP, OK, formula=KHABAROVSK_PLACE)} of the three, "
        f"accounted for "
        f"{C('13.6 per cent', SHARE, SLIP, '31.6 per cent', '1487/4707*100')}.",
    )
    a.P(
        "The register also keeps apart the two groups of the July count.",
        f"Of the 4,707 taken under the Chinese line, 3,265 were Chinese subjects and the other "
        f"{C('1,442', REM, OK, formula='4707-3265')} Soviet Chinese.",
        f"The operation therefore took {C('320', RATE, SLIP, '230', '3265/14180*1000')} of "
        f"every 1,000 subjects living in the krai, against "
        f"{C('138', RATE, OK, formula='1442/10420*1000')} of every 1,000 Soviet Chinese.",
        f"A man with a Chinese passport was "
        f"{C('far more likely', COMP, OK, formula='3265/14180>1442/10420')} to be taken than "
        f"a neighbour who had changed his citizenship.",
    )
    a.P(
        "By 1 November 1938 all 4,707 cases had been decided by "
        f"{C('two', COUNT, OK, formula='2')} bodies: the krai troika and the NKVD commission "
        f"in Moscow.",
        f"The sentences were death in 1,962 cases "
        f"({C('41.7 percent', SHARE, OK, formula='1962/4707*100')}), eight or ten years of "
        f"camp in 2,157, and expulsion from the Soviet Union in the remaining "
        f"{C('588', REM, OK, formula='4707-1962-2157')}.",
        f"Death sentences were "
        f"{C('more frequent', COMP, OK, formula='1490/3265>472/1442')} among the subjects, "
        f"1,490 of 3,265, than among the Soviet Chinese, 472 of 1,442.",
        f"Of the 2,157 sent to the camps, 72 percent went to camps in the Far East, and a "
        f"fifth of these to the railway works of the Bamlag: "
        f"{C('about 1,550', CHAIN, SLIP, 'about 310', '2157*0.72*0.2')} men.",
    )
    a.P(
        "Expulsion served for subjects against whom no case could be assembled, as well as for "
        "the 588 sentenced to it.",
        f"In the spring and summer of 1938 the krai sent 1,236 Chinese subjects to Xinjiang, by "
        f"rail to Alma-Ata and on by lorry to the Khorgos crossing, and 714 to Manchukuo over "
        f"the Grodekovo frontier post, {C('1,590', SUM, SLIP, '1,950', '1236+714')} persons.",
        f"Xinjiang thus received "
        f"{C('nearly two-thirds', MULT, OK, formula='1236/(1236+714)')} of them, handed over "
        f"at Khorgos in 9 parties of {C('about 140', RATE, OK, formula='1236/9')}.",
        f"The Xinjiang convoys left Khabarovsk between 10 March and 25 June 1938, a span of "
        f"{C('fifteen weeks', DUR, OK, formula='((31-10)+30+31+25)/7')}.",
    )
    a.P(
        "The families followed on a telegram from Moscow of 10 June 1938, which ordered the "
        "Chinese still at liberty, together with the wives and children of the arrested, out "
        "of the border districts.",
        f"The district lists named 1,642 families with 4,850 persons, "
        f"{C('just under three', RATE, OK, formula='4850/1642')} to a family, and 587 of the "
        f"families, {C('over a third', MULT, OK, formula='587/1642')}, were headed by a "
        f"Russian, Ukrainian or Korean wife whose husband was already in prison.",
        f"Kazakhstan was to take 1,118 of the families; the other "
        f"{C('524', REM, OK, formula='1642-1118')} were to go to the interior of the Khabarovsk "
        f"krai, to the timber concessions of the Kerbi and Bureya districts.",
        f"They travelled in 7 echelons of 168 wagons, "
        f"{C('nearly seven hundred', RATE, OK, formula='4850/7')} persons to an echelon and "
        f"{C('about 29', RATE, OK, formula='4850/168')} to a wagon.",
        f"The first echelon left Khabarovsk on 14 August and the last reached Kzyl-Orda on 2 "
        f"October, {C('seven weeks', DUR, OK, formula='((31-14)+30+2)/7')} of loading and "
        f"travel.",
    )
    a.P(
        f"Of the 4,850 put aboard, 38 died on the road, and the receiving commandants entered "
        f"the other {C('4,812', REM, OK, formula='4850-38')} in their books.",
        f"Children under sixteen numbered 1,164 "
        f"({C('24 percent', SHARE, AMB, formula='1164/4850*100')}), and the women, 2,458, were "
        f"{C('twice as many', COMP, OK, formula='2458/1228')} as the men, 1,228.",
        f"Of the 4,812, 68 percent went on to South Kazakhstan, and 40 percent of these were "
        f"set to work on the rice sovkhozes of the Kzyl-Orda oblast: "
        f"{C('about 1,310', CHAIN, OK, formula='4812*0.68*0.40')} persons.",
        f"In their first month in the settlements 48 of the newcomers died, "
        f"{C('10 per 1,000', RATE, AMB, formula='48/4812*1000')}.",
    )
    a.P(
        "The two destinations fared very differently over the first winter.",
        f"In Kazakhstan the 1,118 families counted 3,274 persons when they were registered in "
        f"October, and 210 of them died between November and the spring of 1939, "
        f"{C('64 per 1,000', RATE, OK, formula='210/3274*1000')}.",
        f"Deaths there {C('halved', MULT, OK, formula='68/142')} between the first three "
        f"months and the next three, from 142 to 68.",
        f"The other 1,538 settlers went to the Khabarovsk interior, where the timber trust had "
        f"barracks ready, and lost 41 in the same months "
        f"({C('27 per 1,000', RATE, OK, formula='41/1538*1000')}).",
        f"The toll in Kazakhstan was thus "
        f"{C('more than twice', MULT, OK, formula='(210/3274)/(41/1538)')} that of the "
        f"interior.",
        f"Of the 3,274 in Kazakhstan, 52 percent were women, and 30 percent of the women were "
        f"widows of men shot under the Chinese line, "
        f"{C('about 510', CHAIN, OK, formula='3274*0.52*0.30')} in all.",
    )
    a.P(
        "In Vladivostok the city commission sealed 412 Chinese shops and eating houses and 103 "
        "market stalls in the first week of January 1938.",
        f"The city trade department later complained that "
        f"{C('25 per cent', SHARE, UNV)} of the vegetables on the city markets had come from "
        f"Chinese gardens that now lay idle.",
        f"Around Khabarovsk the Chinese market gardens went down from 860 in 1937 to 290 in "
        f"1939, a drop of "
        f"{C('33.7 percent', SHARE, SLIP, '66.3 percent', '(860-290)/860*100')}.",
        f"The city's own gardening trust, for its part, "
        f"{C('tripled', MULT, SLIP, 'doubled', '4060/1980')} its deliveries in 1938, from "
        f"1,980 to 4,060 tonnes.",
    )
    a.P(
        "The review that followed the end of the mass operations reached the Far East in the "
        "spring of 1939.",
        f"A commission of the krai administration sat from 4 April to 30 September 1939, "
        f"{C('nearly five months', DUR, SLIP, 'nearly six months', '(9-4)+(30-4)/30')}, and "
        f"re-examined 1,380 cases of Chinese held in the camps.",
        f"It freed 131 subjects and 83 Soviet Chinese, "
        f"{C('214', SUM, OK, formula='131+83')} men, and confirmed the sentences of the "
        f"remaining {C('1,116', REM, SLIP, '1,166', '1380-214')}.",
        f"Its rate of release, {C('15.5%', SHARE, OK, formula='214/1380*100')}, was "
        f"{C('higher', COMP, SLIP, 'lower', '214/1380<326/1470')} than among the Koreans whose "
        f"cases the same commission heard, 326 freed of 1,470.",
        f"Relatives sent 1,140 petitions in 1940 and 870 in 1941, "
        f"{C('some two thousand', SUM, OK, formula='1140+870')} in the two years.",
    )
    a.P(
        "The commission's final report to Moscow, twelve typed pages, named "
        f"{C('four', COUNT, SLIP, 'five', '5')} grounds for release: withdrawn confessions, "
        f"no proof of contact with Japanese intelligence, a Soviet passport misread as a "
        f"Chinese one, minority at the time of arrest, a second file on the same person.",
        f"The freed men were offered {C('two', COUNT, OK, formula='2')} destinations: the Kerbi "
        f"timber camps and Xinjiang.",
        f"The inner prison of the Khabarovsk branch, built for 180 inmates, had held the "
        f"Chinese in 27 cells, and the krai procurator believed that "
        f"{C('15 percent', SHARE, UNV)} of the confessions in their files had been written "
        f"down in Russian without an interpreter.",
    )
    a.P(
        f"The census of January 1939 found 3,920 Chinese in the two krais into which the Far "
        f"Eastern krai had been divided in October 1938, "
        f"{C('about a sixth', MULT, OK, formula='3920/24600')} of the number counted in July "
        f"1937.",
        f"Of these, 2,870 lived in the Khabarovsk krai, and the rest were scattered over 14 "
        f"villages of Primorye, {C('75', CHAIN, OK, formula='(3920-2870)/14')} to a village.",
        f"Khabarovsk city, with 1,620, held the "
        f"{C('largest', COMP, OK, formula=KHABAROVSK_CITY_PLACE)} group in its krai, ahead "
        f"of Komsomolsk with 690 and Birobidzhan with 410.",
        f"The families in Kazakhstan were struck off the register of special settlers only in "
        f"1947, {C('nine years', DUR, OK, formula='1947-1938')} after their arrival.",
    )
    a.P(
        "How the operation was carried out in the streets the reports hardly say.",
        f"An officer of the Vladivostok branch wrote in 1940 that "
        f"{C('about a third', MULT, UNV)} of the men had been picked up on street patrols, by "
        f"their faces alone.",
        f"The Chinese consul in Khabarovsk protested in March 1939 that "
        f"{C('43 percent', SHARE, UNV)} of the subjects arrested had held valid residence "
        f"permits; the krai administration left his note unanswered.",
    )
    return a


if __name__ == "__main__":
    art = chinese1937()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
