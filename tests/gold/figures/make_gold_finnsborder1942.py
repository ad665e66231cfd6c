"""Writes the blind held-out gold article ``finnsborder1942`` for the figures checker (issue
#14): the removal in March and April 1942 of the Finns and Germans of the Leningrad suburbs
still held by the Soviet side, across Lake Ladoga by the ice road, to the Irkutsk oblast, the
Krasnoyarsk krai and the Yakut ASSR, as the evacuation lists, the convoy reports, the
receiving commandants' registers and the special-settlement counts of 1946 and 1953 would
record it: households and persons by district, the ice-road convoys and the echelons beyond,
deaths on the journey, the fishing artels of the Lena delta, the release of 1955.

The prose is ours and every number is invented (the districts' figures, the artels and some
fishing points too). Each derived claim's arithmetic is done here, apart from
borderlands.figures, which the author neither read nor ran. All claims are ``heldout16``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the
printed inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a
boolean that is true for the relation the figures really show; for a count, the number of
items listed; for a duration, the span in the unit printed, worked from the printed dates. An
ambiguous claim's formula is one of its two readings; the test names the other. Unverifiable
claims have no formula.

Run: python3 tests/gold/figures/make_gold_finnsborder1942.py   (rewrites finnsborder1942.txt
and .yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Persons on the evacuation lists by district: Vsevolozhsk, Toksovo, Pargolovo, Koltushi, Ruchyi.
DISTRICTS = "5412+4873+3606+2519+1530"
# Losses in each receiving region between arrival (1942) and the count of 1 January 1946.
YAKUT_LOSS = "(3323-2236)/3323"
OTHER_LOSSES = "max((7214-5903)/7214, (5318-4277)/5318)"


def finnsborder1942() -> Article:
    a = Article(
        "finnsborder1942",
        "Across the ice and down the Lena: the removal of the Finns and Germans from the "
        "Leningrad suburbs in the spring of 1942",
        "heldout16",
    )
    C = a.C
    a.P(
        "On 9 March 1942 the Military Council of the Leningrad Front ordered the compulsory "
        "evacuation of the Finnish and German population from the suburban districts still in "
        "Soviet hands, and the first columns of sledges set out for the lake on 20 March.",
        f"The district NKVD sections thus had {C('eleven days', DUR, OK, formula='20-9')} to "
        f"compile their lists.",
        f"The order named {C('five', COUNT, OK, formula='5')} districts: Vsevolozhsk, Toksovo, "
        f"Pargolovo, Koltushi and Ruchyi.",
    )
    a.P(
        "When the lists were closed they held 4,820 households and 17,940 persons, of whom "
        "14,365 were entered as Finns and 3,575 as Germans.",
        f"A listed household counted {C('3.7', RATE, OK, formula='17940/4820')} persons on "
        f"average, a small figure that reflects the winter's deaths and the men already at the "
        f"front.",
        f"The Finns made up {C('80.1 per cent', SHARE, OK, formula='14365/17940*100')} of the "
        f"names and outnumbered the Germans by "
        f"{C('four to one', MULT, OK, formula='14365/3575')}.",
        f"Of the 4,820 households, 38 percent were headed by women whose husbands were in the "
        f"army or the labour columns, and a quarter of these had no member fit for work at all, "
        f"{C('about 460', CHAIN, OK, formula='4820*0.38*0.25')} households.",
    )
    a.P(
        f"The district summaries (fond 2, file 214, sheets 11 to 16) give 5,412 persons for "
        f"Vsevolozhsk, 4,873 for Toksovo, 3,606 for Pargolovo, 2,519 for Koltushi and 1,530 "
        f"for Ruchyi, and the total of {C('17,940', SUM, OK, formula=DISTRICTS)} matches the "
        f"lists.",
        f"Vsevolozhsk alone accounted for {C('30.2 %', SHARE, OK, formula='5412/17940*100')}, "
        f"with Toksovo {C('second only to', COMP, OK, formula='5412>4873>3606>2519>1530')} it.",
        f"Pargolovo's share came to "
        f"{C('21.0 per cent', SHARE, SLIP, '20.1 per cent', '3606/17940*100')}, that of "
        f"Ruchyi, where only the lakeside villages of Lepsari and Kirjasalo were affected, to "
        f"{C('8.5 per cent', SHARE, OK, formula='1530/17940*100')}.",
    )
    a.P(
        "Not everyone on the lists left.",
        f"The convoy reports account for 16,287 persons taken across the lake, "
        f"{C('90.8 per cent', SHARE, OK, formula='16287/17940*100')} of the 17,940 listed, and "
        f"the remaining {C('1,653', REM, OK, formula='17940-16287')} stayed behind.",
        f"Of those left, 704 were too weak to be moved "
        f"({C('42.6 per cent', SHARE, OK, formula='704/1653*100')}); the rest had been called "
        f"up, had died in the last days, or could not be found.",
        f"Infants under three, 850 of them, made up "
        f"{C('5 per cent', SHARE, AMB, formula='850/16287*100')} of the contingent, and the "
        f"evacuation point at Borisova Griva kept a separate milk ration for them.",
    )
    a.P(
        f"The crossing ran from 20 March to 11 April, "
        f"{C('22 days', DUR, OK, formula='(31-20)+11')}, until the ice on the southern track "
        f"grew too soft for loaded lorries.",
        f"The transport section sent 47 convoys over the ice, with 1,086 lorry runs among them: "
        f"{C('about 15', RATE, OK, formula='16287/1086')} persons to a lorry and "
        f"{C('about 350', RATE, OK, formula='16287/47')} to a convoy.",
        f"A convoy thus consisted on average of "
        f"{C('32', RATE, SLIP, '23', '1086/47')} lorries, though the night convoys of early "
        f"April were much shorter.",
    )
    a.P(
        "The journey took its toll at every stage.",
        f"Of the 16,287 who set out, 38 died on the ice, 141 at the transit point at Kobona and "
        f"253 in the trains beyond Volkhov, {C('342', SUM, SLIP, '432', '38+141+253')} in all, "
        f"which left {C('15,855', REM, OK, formula='16287-38-141-253')} to be handed over at "
        f"the destinations.",
        f"The deaths in the trains alone came to "
        f"{C('15.5 per 1,000', RATE, OK, formula='253/16287*1000')} of those who crossed, "
        f"{C('more than six times', MULT, OK, formula='253/38')} the toll of the ice itself.",
        f"The trains proved {C('deadlier', COMP, OK, formula='253>141')} than the transit "
        f"point, where the doctors had expected the worst.",
        f"The medical officer at Kobona wrote that "
        f"{C('43 per cent', SHARE, UNV)} of the arrivals showed the second stage of dystrophy.",
    )
    a.P(
        f"The survivors were divided among {C('three', COUNT, OK, formula='3')} regions: the "
        f"Irkutsk oblast, the Krasnoyarsk krai and the Yakut ASSR.",
        f"Irkutsk received 7,214 of the 15,855 "
        f"({C('45.5 per cent', SHARE, OK, formula='7214/15855*100')}), Krasnoyarsk 5,318, "
        f"{C('about a third', MULT, OK, formula='5318/15855')}, and Yakutia 3,323, "
        f"{C('about 21 percent', SHARE, OK, formula='3323/15855*100')}.",
        f"They travelled east in 28 echelons of "
        f"{C('about 570', RATE, OK, formula='15855/28')} persons each, the first leaving on "
        f"2 April and the last on 28 April, {C('almost four weeks', DUR, OK, formula='(28-2)/7')} "
        f"apart.",
    )
    a.P(
        "The Yakut contingent waited at Ust-Kut for the Lena to open and went downriver by "
        "barge in June.",
        f"Of the 3,323, some 2,618 were taken on to the delta and the other "
        f"{C('705', REM, OK, formula='3323-2618')} were kept at Yakutsk and in the central "
        f"districts.",
        f"In the delta they were spread over {C('four', COUNT, OK, formula='4')} fishing points: "
        f"Bykovsky, Tit-Ary, Sogo and Muostakh.",
        f"The trust formed them into 18 artels of "
        f"{C('roughly 145', RATE, OK, formula='2618/18')} people.",
        f"Of the 2,618 in the delta, 45 percent were women, and 30 percent of these worked in "
        f"the salting sheds, {C('about 530', CHAIN, SLIP, 'about 350', '2618*0.45*0.3')} women "
        f"in all.",
    )
    a.P(
        "The first season was a failure by the trust's own measure.",
        f"Against a plan of 1,900 tonnes the artels landed 1,254 tonnes "
        f"({C('66 per cent', SHARE, OK, formula='1254/1900*100')}), working from 36 boats with "
        f"180 nets between them.",
        f"An inspector claimed that {C('20 percent', SHARE, UNV)} of the fishermen had never "
        f"handled a net before.",
        f"The winter that followed killed 512 of the delta settlers, "
        f"{C('almost a fifth', MULT, OK, formula='512/2618')}, most of them in earth huts "
        f"without stoves.",
    )
    a.P(
        f"In the Irkutsk oblast the 7,214 settlers formed 2,034 families, "
        f"{C('3.5', RATE, OK, formula='7214/2034')} persons apiece.",
        f"The Taishet timber camps took 3,106 of them "
        f"({C('43.1 per cent', SHARE, OK, formula='3106/7214*100')}), the Cheremkhovo mines "
        f"2,487 and the Bodaibo gold fields 1,621, "
        f"{C('under a quarter', MULT, OK, formula='1621/7214')}.",
        f"Cheremkhovo thus received {C('more', COMP, SLIP, 'fewer', '2487<3106')} settlers "
        f"than Taishet.",
        f"By the autumn 1,388 of the families had been given a room in barracks or in local "
        f"houses, and the remaining {C('746', REM, SLIP, '646', '2034-1388')} wintered in "
        f"dugouts.",
    )
    a.P(
        f"The 5,318 assigned to Krasnoyarsk, in 1,622 families, went down the Yenisei in nine "
        f"barges, {C('about 590', RATE, OK, formula='5318/9')} to a barge.",
        f"Children under sixteen numbered 2,140 "
        f"({C('40.2 %', SHARE, OK, formula='2140/5318*100')}).",
        f"Of the 5,318, 64 percent were put ashore at the fisheries of the lower Yenisei, and "
        f"35 percent of these were sent on to the Taimyr, "
        f"{C('about 1,190', CHAIN, OK, formula='5318*0.64*0.35')} persons.",
        f"The families here were {C('smaller', COMP, OK, formula='5318/1622<7214/2034')} than "
        f"those sent to Irkutsk.",
    )
    a.P(
        "The count of 1 January 1946 found 5,903 of the contingent in the Irkutsk oblast, 4,277 "
        "in the Krasnoyarsk krai and 2,236 in Yakutia.",
        f"Of the 15,855 who had arrived, "
        f"{C('12,416', SUM, OK, formula='5903+4277+2236')} were still on the registers, a fall "
        f"of {C('78.3 percent', SHARE, SLIP, '21.7 percent', '(15855-12416)/15855*100')}.",
        f"Yakutia had lost {C('32.7 percent', SHARE, OK, formula='(3323-2236)/3323*100')} of "
        f"its 3,323 settlers, the "
        f"{C('highest', COMP, OK, formula=f'{YAKUT_LOSS}>{OTHER_LOSSES}')} loss of the three "
        f"regions.",
    )
    a.P(
        f"After the war the contingent began to recover: births in the settlements "
        f"{C('doubled', MULT, OK, formula='431/214')}, from 214 in 1946 to 431 in 1950, and "
        f"the children at school {C('tripled', MULT, SLIP, 'more than doubled', '1470/640')}, "
        f"from 640 to 1,470.",
        f"The boats of the Bykovsky artels went down from 84 to 42 "
        f"({C('50 per cent', SHARE, AMB, formula='42/84*100')}) as the men were moved to the "
        f"canneries.",
        f"By mid-1953 the settlers were spread over 96 settlements under 24 commandant's "
        f"offices, and {C('a quarter', MULT, UNV)} of the adults were said to work in fishing.",
        f"The register of 1 July 1953 was drawn up "
        f"{C('eleven years', DUR, OK, formula='1953-1942')} after the removal of 1942.",
    )
    a.P(
        f"That register counted 6,188 in the Irkutsk oblast, 4,512 in the Krasnoyarsk krai and "
        f"2,392 in Yakutia, {C('13,092', SUM, OK, formula='6188+4512+2392')} altogether.",
        f"Against the 12,416 of 1946 that was a rise of "
        f"{C('5.4 percent', SHARE, OK, formula='(13092-12416)/12416*100')}, owed to births and "
        f"to families reunited from the labour army.",
        f"The register's form had {C('six', COUNT, SLIP, 'five', '5')} headings: name, year of "
        f"birth, nationality, place of origin and occupation.",
        f"The restrictions were lifted only by the decree of 13 December 1955, "
        f"{C('fourteen years', DUR, SLIP, 'thirteen years', '1955-1942')} after the crossing.",
        f"By one local estimate {C('57 per cent', SHARE, UNV)} of the released stayed where "
        f"they were.",
    )
    return a


if __name__ == "__main__":
    art = finnsborder1942()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
