"""Writes the blind held-out gold article ``sakhalin1946`` for the figures checker (issue #14):
the repatriation of the Japanese population of southern Sakhalin and the Kuril islands to Japan
in 1946-1949 under the Soviet-American agreement of December 1946, and the Koreans who were kept
behind, as the district registers, the operation summaries of the civil administration, the
returns of the transit camp at Kholmsk and the telegrams of the trusts would record it: persons
by district and town, the camp, the ships and sailings to Hakodate, the workers held back by the
fishery and coal trusts, the Soviet settlers who came in, and the Koreans left without
citizenship.

The prose is ours and every number is invented (the village, district and ship names partly
too). Each derived claim's arithmetic is done here, apart from borderlands.figures, which the
author neither read nor ran. All claims are ``heldout20``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_sakhalin1946.py   (rewrites sakhalin1946.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# The Japanese of the south by district in the register of 1 March 1947.
DISTRICTS = "[97300, 68450, 52100, 39870, 28680]"
TOYOHARA_PLACE = f"sorted({DISTRICTS}, reverse=True).index(97300)+1"
MAOKA_PLACE = f"sorted({DISTRICTS}, reverse=True).index(68450)+1"
# Spans in months (of 30.44 days) between printed dates: the 1948 season, the whole operation.
SEASON_1948 = "(date(1948,11,28)-date(1948,5,10)).days/30.44"
OPERATION = "(date(1949,7,22)-date(1947,1,3)).days/30.44"


def sakhalin1946() -> Article:
    a = Article(
        "sakhalin1946",
        "Across La Perouse Strait: the repatriation of the Japanese from southern Sakhalin and "
        "the Kurils, 1946-1949, and the Koreans who stayed",
        "heldout20",
    )
    C = a.C
    a.P(
        "On 19 December 1946 the Soviet and American representatives in Tokyo signed the "
        "agreement under which the Japanese in territory held by the Soviet Union were to be "
        "sent home, and the first transport under it cast off from Kholmsk on 3 January 1947, "
        f"{C('fifteen days', DUR, OK, formula='(date(1947,1,3)-date(1946,12,19)).days')} later.",
        "At the December count the civil administration of southern Sakhalin had 286,400 "
        "Japanese on its books and its Kuril department another 17,350, so that "
        f"{C('303,750', SUM, OK, formula='286400+17350')} persons were to be moved across the "
        f"water.",
        f"The work was put in the hands of {C('five', COUNT, OK, formula='5')} district "
        f"commissions: Toyohara, Maoka, Odomari, Esutoru and Shikuka.",
    )
    a.P(
        "The register the commissions closed on 1 March 1947 (fond 171, opis 3, delo 12, sheets "
        "4 to 19) gives the Japanese of the south district by district: 97,300 in Toyohara, "
        "68,450 in Maoka, 52,100 in Odomari, 39,870 in Esutoru and 28,680 in Shikuka.",
        f"Its total of {C('286,400', SUM, OK, formula='97300+68450+52100+39870+28680')} at the "
        f"foot of sheet 19 agrees with the December report.",
        f"Toyohara, the {C('largest', COMP, OK, formula=TOYOHARA_PLACE)} district, held "
        f"{C('34.0 per cent', SHARE, OK, formula='97300/286400*100')} of them and Maoka, "
        f"{C('second', COMP, OK, formula=MAOKA_PLACE)} in size, "
        f"{C('23.9%', SHARE, OK, formula='68450/286400*100')}.",
        f"Odomari accounted for {C('18.2 percent', SHARE, OK, formula='52100/286400*100')}, "
        f"Esutoru for {C('19.3 per cent', SHARE, SLIP, '13.9 per cent', '39870/286400*100')} "
        f"and Shikuka, the least populous, for just "
        f"{C('10.0 per cent', SHARE, OK, formula='28680/286400*100')}.",
    )
    a.P(
        "The towns emptied first.",
        f"Of the Toyohara district's Japanese, 61,240 lived in the city itself, "
        f"{C('nearly two-thirds', MULT, OK, formula='61240/97300')}, and the city commission "
        f"put their departures at the head of its schedule.",
        "Maoka, renamed Kholmsk in the summer of 1946, had 23,600 Japanese inhabitants in "
        "January 1947 and 6,490 in January 1948, a decline of "
        f"{C('27.5 per cent', SHARE, SLIP, '72.5 per cent', '(23600-6490)/23600*100')}.",
        f"Over the same months the Soviet population of the town "
        f"{C('doubled', MULT, SLIP, 'tripled', '34900/11600')}, from 11,600 to 34,900, as port "
        f"workers and their families arrived from Vladivostok and Nakhodka.",
    )
    a.P(
        "Every party bound for Japan passed through the transit camp on the hill above Kholmsk "
        f"harbour, built for 4,500 persons in {C('four', COUNT, OK, formula='4')} sections: the "
        f"cannery barracks, the girls' school, the temple compound and a town of tents.",
        f"In May 1947 it held 7,380 people, "
        f"{C('64 per cent', SHARE, OK, formula='(7380-4500)/4500*100')} more than it had been "
        f"built for.",
        f"Those without a bed were put into 48 army tents, "
        f"{C('60', CHAIN, OK, formula='(7380-4500)/48')} to a tent.",
        "Between April and September 1947, 58,600 persons went through the camp and its doctors "
        f"recorded 214 deaths, {C('3.7 per 1,000', RATE, OK, formula='214/58600*1000')}.",
        "The camp had 36 field kitchens and 144 water barrels, and the commandant wrote that "
        f"{C('one in four', MULT, UNV)} arrivals came down from the northern districts without "
        f"winter clothes.",
    )
    a.P(
        f"The Japanese government put {C('six', COUNT, OK, formula='6')} ships on the Kholmsk "
        f"run in 1947: the Unzen Maru, the Eiroku Maru, the Shinko Maru, the Hakuryu Maru, the "
        f"Takasago Maru and the Koan Maru.",
        f"The largest, the Koan Maru, loaded up to 2,600 passengers, "
        f"{C('over four times', MULT, OK, formula='2600/620')} the 620 the Hakuryu Maru was "
        f"licensed to carry.",
        f"In the season the ships made 88 sailings to Hakodate and carried 124,300 persons, "
        f"{C('about 1,410', RATE, OK, formula='124300/88')} a sailing.",
        "The crossing took a day and a half, and the reception centre at Hakodate sent "
        f"{C('about 9 per cent', SHARE, UNV)} of those it received straight to hospital.",
    )
    a.P(
        "The 1948 season ran from 10 May to 28 November, "
        f"{C('almost seven months', DUR, OK, formula=SEASON_1948)}"
        f", and carried 102,860 persons; the last sailings, in June and July 1949, took 61,430 "
        f"more.",
        f"With the 124,300 of 1947, the ships carried "
        f"{C('288,590', SUM, OK, formula='124300+102860+61430')} people in three seasons.",
        f"Set against the 303,750 of the December count, that leaves "
        f"{C('15,160', REM, OK, formula='303750-288590')} who did not sail: retained workers "
        f"and their families, prisoners, and the dead.",
        "In 1948 the camp logged 104,150 passages, against the 102,860 put aboard, and its "
        f"doctors recorded 167 deaths, "
        f"{C('1.6 per 1,000', RATE, AMB, formula='167/102860*1000')}.",
        f"By either measure the camp's death rate was far "
        f"{C('lower', COMP, OK, formula='167/102860<214/58600')} than in 1947.",
    )
    a.P(
        "The Kuril Japanese, 17,350 at the December count, were gathered at Shana on Etorofu "
        "and on Shikotan and brought to Kholmsk in coastal steamers before they could cross.",
        f"By the end of 1947, 14,920 of them had gone, "
        f"{C('86.0 per cent', SHARE, OK, formula='14920/17350*100')}, and the remaining "
        f"{C('2,340', REM, SLIP, '2,430', '17350-14920')} followed in the spring of 1948.",
        "Of the 17,350, 42 percent had lived on Etorofu, and 35 percent of the Etorofu people "
        f"belonged to fishermen's families: "
        f"{C('about 2,550', CHAIN, OK, formula='17350*0.42*0.35')} persons.",
        "The fishing season set the timetable, for the Kuril commission held the fishermen back "
        "until the September catch was in.",
    )
    a.P(
        "The trusts were slower to let their people go.",
        "Under a decision of the Council of Ministers of 1947, Sakhalinrybprom kept 8,740 "
        "Japanese workers, the coal trust Sakhalinugol 6,320 and the paper mills and the "
        f"railway 2,150, {C('17,210', SUM, OK, formula='8740+6320+2150')} in all, on contracts "
        f"that ran from 1 April 1947 to 31 March 1949, "
        f"{C('two years', DUR, OK, formula='(date(1949,3,31)-date(1947,4,1)).days/365.25')}.",
        f"The fishery trust's 8,740 made up "
        f"{C('50.8 per cent', SHARE, OK, formula='8740/17210*100')} of them, and with their "
        f"families the retained workers numbered 41,280 persons, "
        f"{C('about 2.4', RATE, OK, formula='41280/17210')} for each worker kept.",
        f"In 1947 the 6,320 miners cut 1,138,000 tons of coal, "
        f"{C('108', RATE, SLIP, '180', '1138000/6320')} tons a man, and the trust's plan for "
        f"1948 counted on them again.",
        "Release was uneven: by the end of 1948 the fishery trust had let 5,120 of its 8,740 go "
        "and the coal trust 4,410 of its 6,320, so that the fishermen went home "
        f"{C('faster', COMP, SLIP, 'slower', '5120/8740<4410/6320')} than the miners.",
    )
    a.P(
        "Of the 41,280 persons in the retained workers' families, 55 per cent were children, and "
        "30 per cent of the children were of school age, "
        f"{C('about 6,810', CHAIN, OK, formula='41280*0.55*0.30')} pupils for whom the Japanese "
        f"schools were kept open until 1949.",
        "Of the 124,300 carried in 1947, 46 per cent were women, and 18 per cent of those women "
        f"travelled with children under three, "
        f"{C('about 1,030', CHAIN, SLIP, 'about 10,290', '124300*0.46*0.18')} mothers by the "
        f"Hakodate count.",
        "The men of working age, by contrast, were the last to be released.",
    )
    a.P(
        "Into the emptied villages came settlers from the mainland.",
        "The resettlement administration brought 18,400 families in 1947 and 13,950 in 1948, "
        f"{C('23,350', SUM, SLIP, '32,350', '18400+13950')} families in the two years, most of "
        f"them from the Kursk, Voronezh and Penza oblasts and from the Mordvinian and Chuvash "
        f"republics.",
        f"The families of 1947 numbered 71,760 persons, "
        f"{C('3.9', RATE, OK, formula='71760/18400')} to a family.",
        f"In the Maoka district the newcomers {C('tripled', MULT, OK, formula='12530/4120')}, "
        f"from 4,120 persons at the end of 1947 to 12,530 a year later.",
        "For them the administration bought 2,400 cows in the Altai and shipped 480 horses from "
        f"Khabarovsk, yet its own inspectors reckoned that {C('20 percent', SHARE, UNV)} of the "
        f"families of 1947 had given up and gone back within the year.",
    )
    a.P(
        "The agreement did not mention the Koreans, and none of them were put on the ships.",
        "The register of 1946 counted 23,480 Koreans in southern Sakhalin, of whom 16,940 had "
        f"come as labour conscripts after 1939 and the remaining "
        f"{C('6,540', REM, OK, formula='23480-16940')} were settlers of longer standing.",
        f"The conscripts were thus {C('72.1 per cent', SHARE, OK, formula='16940/23480*100')} "
        f"of the whole, and there were {C('twice as many', COMP, OK, formula='11320/5620')} men "
        f"among them as women and children, 11,320 against 5,620.",
        f"The register sorted them into {C('three', COUNT, SLIP, 'four', '4')} categories: "
        f"conscripted labourers, old settlers, spouses of Japanese and orphans.",
        "Births and arrivals from the Kurils raised the count to 24,110 by 1949.",
        f"The 3,270 Koreans of Yuzhno-Sakhalinsk were "
        f"{C('14 per cent', SHARE, AMB, formula='3270/23480*100')} of them.",
    )
    a.P(
        "Of the 24,110 Koreans of the 1949 count, 19,870 had no citizenship at all, 3,650 had "
        "taken the passports of the Democratic People's Republic, and the rest, "
        f"{C('590', REM, OK, formula='24110-19870-3650')}, Soviet ones.",
        f"The stateless were thus {C('over four-fifths', MULT, OK, formula='19870/24110')} of "
        f"the Korean population, and the holders of northern passports "
        f"{C('more than six times', MULT, OK, formula='3650/590')} as numerous as those with "
        f"Soviet papers.",
        "A petition sent to Moscow in 1950 claimed that "
        f"{C('about 70 per cent', SHARE, UNV)} of the stateless wished to go to the south of "
        f"the peninsula, where most of them had been born.",
        "The conscripts of 1939 were allowed their first visits to the south only in 1990, "
        f"{C('fifty-four years', DUR, SLIP, 'fifty-one years', '1990-1939')} later.",
    )
    a.P(
        "The last ship left Kholmsk on 22 July 1949, and the civil administration then counted "
        "2,640 Japanese still in the south: women married to Koreans, men serving sentences in "
        "the camps of the MVD and a few specialists the trusts would not release.",
        f"They were {C('about 1 per cent', SHARE, OK, formula='2640/286400*100')} of the "
        f"286,400 on the register of 1947, and the Koreans of the same count outnumbered them "
        f"{C('more than nine times', MULT, OK, formula='24110/2640')}.",
        "From the first sailing on 3 January 1947 to the last, "
        f"{C('over thirty months', DUR, OK, formula=OPERATION)}"
        f" had passed.",
        f"A report of the following spring reckoned that {C('about two-thirds', MULT, UNV)} of "
        f"those who remained were women.",
    )
    return a


if __name__ == "__main__":
    from datetime import date

    art = sakhalin1946()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date, "sorted": sorted}) if f else None  # checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
