"""Writes the held-out gold article ``muhacir`` for the figures checker (issue #14): the refugees
of the Balkan wars of 1912-13 as an imagined settlement commission of the vilayet of Aydın
entered them in its ledgers (provinces of origin, arrivals by sea and rail, shelters and sick,
land, houses, grain and money, and the exchanges of 1913-14). The prose is ours and every
number is invented; each derived claim's arithmetic is written out here as its formula,
independently of borderlands.figures. Written blind (without reading or running the checker):
all of its claims are ``heldout9``.

Run from the worktree root: python3 tests/gold/figures/make_gold_muhacir.py
(rewrites muhacir.txt and muhacir.yaml beside this file and prints every formula's value).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_gold import Article, g, pct


def muhacir() -> Article:
    a = Article(
        "muhacir",
        "Muhacir in the ledgers of the Aydın settlement commission, 1912-1914",
        "heldout9",
    )
    C = a.C
    a.P(
        "The settlement commission of the vilayet of Aydın opened its first ledger at Izmir on "
        "1 November 1912, when the armies of the Balkan states were already deep in Macedonia "
        "and Thrace.",
        f"Its clerks kept the ledgers until 31 December 1913, "
        f"{C('fourteen months', 'duration', 'consistent', formula='(1913-1912)*12+(12-11)+1')}"
        f" in which they entered 64,380 refugees.",
        f"They had come from the vilayets of Salonica (23,915), Monastir (14,260), Kosovo "
        f"(9,870) and Edirne (8,340); the remaining "
        f"{C(g(64380 - 23915 - 14260 - 9870 - 8340), 'remainder', 'consistent', formula='64380-23915-14260-9870-8340')}"  # noqa: E501
        f" came from Yanya and İşkodra.",
        f"Refugees from Salonica alone were "
        f"{C(pct(23915, 64380) + ' percent', 'share', 'consistent', formula='23915/64380*100')}"
        f" of the whole.",
        f"Monastir, with 14,260, came "
        f"{C('second', 'comparison', 'consistent', formula='sorted([23915, 14260, 9870, 8340, 7995], reverse=True).index(14260)+1')}"  # noqa: E501
        f" only to Salonica, and its people made up "
        f"{C(pct(14260, 64380) + ' per cent', 'share', 'consistent', formula='14260/64380*100')}"
        f" of the ledger.",
    )
    a.P(
        f"In its summary of 1914 the commission named Kosovo, with 9,870 people, as the "
        f"{C('second', 'comparison', 'inconsistent', 'third', 'sorted([23915, 14260, 9870, 8340], reverse=True).index(9870)+1')}"  # noqa: E501
        f" source of its refugees after Salonica.",
        f"The same summary gives Edirne's 8,340 as "
        f"{C('31.0 percent', 'share', 'inconsistent', pct(8340, 64380), '8340/64380*100')} of "
        f"the 64,380 entered.",
        f"Salonica, with 23,915, had sent "
        f"{C('more than twice as many', 'comparison', 'consistent', formula='23915/9870')} "
        f"people as Kosovo.",
        f"The Kosovo families had driven 4,260 draught animals to the frontier, but only 1,491 "
        f"of them reached Izmir, a loss of "
        f"{C('35 percent', 'share', 'inconsistent', '65', '(4260-1491)/4260*100')}.",
    )
    a.P(
        "Most of them came by sea.",
        f"The harbour offices of the vilayet counted 41,720 refugees landed in "
        f"{C('five', 'count', 'consistent', formula='5')} ports: Izmir, Çeşme, Kuşadası, Foça "
        f"and Dikili.",
        f"The railway brought 10,450 by the end of March 1913 and a further 5,790 in the months "
        f"after Edirne fell, bringing the total by rail to "
        f"{C(g(10450 + 5790), 'sum', 'consistent', formula='10450+5790')}.",
        f"They came in 58 trains, {C('280', 'rate', 'consistent', formula='16240/58')} to a "
        f"train.",
        f"The remaining "
        f"{C(g(64380 - 41720 - 16240), 'remainder', 'consistent', formula='64380-41720-16240')}"
        f" reached the city on foot or by cart from the Marmara shore.",
    )
    a.P(
        "The landings followed the course of the war.",
        f"In November 1912, 2,140 refugees came ashore, in December 6,380, in January 9,460 and "
        f"in February 7,915; the four winter months thus brought "
        f"{C('23,755', 'sum', 'inconsistent', g(2140 + 6380 + 9460 + 7915), '2140+6380+9460+7915')}"
        f" people to the quays.",
        f"Between November and December the landings "
        f"{C('tripled', 'multiple', 'consistent', formula='6380/2140')}.",
        f"When the allies fell out and the second war began in June 1913, they "
        f"{C('more than doubled', 'multiple', 'consistent', formula='4510/1870')} again, from "
        f"1,870 in June to 4,510 in July.",
    )
    a.P(
        f"In the city the commission lodged the newcomers in 38 mosques, 21 medreses and "
        f"schools and 14 hans and warehouses, "
        f"{C('73', 'sum', 'consistent', formula='38+21+14')} buildings in all.",
        f"On 15 February 1913 these shelters held 11,840 persons: 6,270 in the mosques, 3,410 "
        f"in the medreses and schools, and the rest, "
        f"{C(g(11840 - 6270 - 3410), 'remainder', 'consistent', formula='11840-6270-3410')}, "
        f"in the hans and warehouses.",
        f"Women made up 41 percent of them, children 37 percent and men "
        f"{C('22 percent', 'sum', 'consistent', formula='100-41-37')}.",
        f"Since 18 percent of those children had lost both parents, the shelters held "
        f"{C('about 790', 'chain', 'consistent', formula='11840*0.37*0.18')} children with "
        f"neither father nor mother.",
    )
    a.P(
        f"The sick were counted on the same day: 1,926 of the 11,840, or "
        f"{C(pct(1926, 11840) + ' percent', 'share', 'consistent', formula='1926/11840*100')}.",
        f"In December the count had found 968, so that the sick had "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '1926/968')} in two months.",
        f"Illness was {C('more common', 'comparison', 'consistent', formula='1104/6270 > 522/3410')}"  # noqa: E501
        f" in the mosques, where 1,104 of the 6,270 lodgers were sick, than in the medreses and "
        f"schools, where 522 of 3,410 were.",
    )
    a.P(
        f"With nine municipal physicians and four sent from Istanbul, the 11,840 lodgers had "
        f"one physician for every "
        f"{C('911', 'rate', 'consistent', formula='11840/13')}.",
        "The Red Crescent sent 4 nurses in January and 16 in March.",
        f"Between January and March, 18,960 persons passed through the shelters, and 684 of "
        f"them died there, "
        f"{C('57.8 per 1,000', 'rate', 'inconsistent', '36.1 per 1,000', '684/18960*1000')}.",
        f"An inspector from the ministry judged that "
        f"{C('25 percent', 'share', 'unverifiable')} of the shelter roofs let in the rain.",
        f"In the first month after arrival 212 of the 16,240 who came by rail died, "
        f"{C('13 per 1,000', 'rate', 'consistent', formula='212/16240*1000')}, a rate "
        f"{C('lower', 'comparison', 'consistent', formula='212/16240 < 598/41720')} than among "
        f"the 41,720 landed from the ships, of whom 598 died.",
    )
    a.P(
        "Steamers from Salonica with typhus on board were sent to the lazaretto at Urla.",
        f"The passengers of three such ships were kept there from 3 to 17 January 1913, "
        f"{C('a fortnight', 'duration', 'consistent', formula='17-3')} of waiting on the "
        f"island.",
        f"Some families from Yanya lived in the Kemeraltı han from December 1912 until they "
        f"were given land in March 1914, "
        f"{C('fifteen months', 'duration', 'consistent', formula='(1914-1912)*12+3-12')} under "
        f"one roof with strangers.",
        f"At Çeşme the port physician held back 84 of the 420 passengers of one steamer, and at "
        f"Kuşadası 126 of the 630 of another; his report speaks of "
        f"{C('20 percent', 'share', 'ambiguous', formula='84/420*100')} of arrivals kept in "
        f"quarantine.",
    )
    a.P(
        f"The ledger grouped the 64,380 refugees into 13,140 households, "
        f"{C('about 4.9', 'rate', 'consistent', formula='64380/13140')} persons to a "
        f"household.",
        f"Of these households 10,590, "
        f"{C('the great majority', 'multiple', 'consistent', formula='10590/13140')}, were "
        f"peasant families, and 2,650, "
        f"{C('about a fifth', 'multiple', 'consistent', formula='2650/13140')}, were headed by "
        f"widows.",
        f"By the end of 1913 the commission had sent "
        f"{C(g(3860 + 2915 + 1240), 'sum', 'consistent', formula='3860+2915+1240')} households "
        f"to the villages in all: 3,860 to the sancak of Aydın, 2,915 to Saruhan and 1,240 to "
        f"Menteşe.",
        f"The remaining "
        f"{C(g(13140 - 8015), 'remainder', 'consistent', formula='13140-8015')} households "
        f"were still in the city or had gone on to other provinces.",
    )
    a.P(
        f"Land was given out in {C('three', 'count', 'consistent', formula='3')} sancaks: "
        f"Aydın, Saruhan and Menteşe.",
        f"The 3,860 households of Aydın received 96,500 dönüms, and the 2,915 of Saruhan "
        f"81,620 dönüms, or {C('28', 'rate', 'consistent', formula='81620/2915')} to a "
        f"household.",
        f"Menteşe's 1,240 households shared 27,280 dönüms, so that the Saruhan families had "
        f"the "
        f"{C('largest', 'comparison', 'consistent', formula='81620/2915 > 96500/3860 > 27280/1240')}"  # noqa: E501
        f" allotments of the three.",
        f"The commission built 2,460 houses in 1913 and repaired 1,380 abandoned ones, "
        f"{C(g(2460 + 1380), 'sum', 'consistent', formula='2460+1380')} in all, enough for "
        f"{C(pct(3840, 13140) + '%', 'share', 'consistent', formula='3840/13140*100')} of the "
        f"13,140 households in its ledger.",
        f"In the villages of Saruhan the settlers' oxen fell from 1,360 to 680 over the winter "
        f"of 1913-14 "
        f"({C('50 percent', 'share', 'ambiguous', formula='680/1360*100')}).",
    )
    a.P(
        f"The Ministry of the Interior had been asked for 75,000 lira for 1913 and granted "
        f"48,500; the difference of "
        f"{C('2,650', 'remainder', 'inconsistent', g(75000 - 48500), '75000-48500')} lira was "
        f"never made good.",
        f"Gifts of 11,200 lira from the Red Crescent and 3,640 from the merchants of Izmir "
        f"raised the commission's funds to "
        f"{C(g(48500 + 11200 + 3640), 'sum', 'consistent', formula='48500+11200+3640')} lira.",
        f"The ministry's grant was thus "
        f"{C(pct(48500, 63340) + ' percent', 'share', 'consistent', formula='48500/63340*100')}"
        f" of the money.",
        f"Some 55 percent of the funds went on bread and grain, and a fifth of that on seed for "
        f"the spring sowing: "
        f"{C('about 6,970', 'chain', 'consistent', formula='63340*0.55*0.2')} lira.",
        f"The commission gave out 1,284,000 okka of wheat and barley in the year, "
        f"{C('about 98', 'rate', 'consistent', formula='1284000/13140')} okka for each of the "
        f"13,140 households on its books.",
    )
    a.P(
        f"The commission worked in {C('four', 'count', 'consistent', formula='4')} sections: "
        f"lodging, food, health and land.",
        "Its 24 clerks sat in 3 rooms of the government house, beside some nine hundred carters "
        "and porters hired by the day.",
        f"By the clerks' own reckoning a family spent "
        f"{C('about 8', 'rate', 'unverifiable')} weeks in the shelters before it was sent on "
        f"to a village.",
        f"The Red Crescent ran "
        f"{C('three', 'count', 'inconsistent', 'four', '4')} kitchens: at Basmane, Kemeraltı, "
        f"Karataş and Karşıyaka.",
        f"The 3,150 refugees sent to Akhisar in April 1913 travelled under an escort of 63 "
        f"gendarmes, one for every {C('50', 'rate', 'consistent', formula='3150/63')}.",
    )
    a.P(
        "The peace with Bulgaria was followed by a protocol of 15 November 1913 on the "
        "exchange of the villagers living along the new frontier in Thrace.",
        "Its lists named 9,720 Muslim households on the Bulgarian side and 9,380 Bulgarian "
        "households on the Ottoman side.",
        f"By the summer of 1914, 6,140 Muslim households had crossed, "
        f"{C(pct(6140, 9720) + ' percent', 'share', 'consistent', formula='6140/9720*100')} of "
        f"those listed, and the remaining "
        f"{C(g(9720 - 6140), 'remainder', 'consistent', formula='9720-6140')} stayed where "
        f"they were.",
        f"Of the Bulgarian households 7,970, "
        f"{C('more than four-fifths', 'multiple', 'consistent', formula='7970/9380')}, left, "
        f"so that a Bulgarian family was "
        f"{C('more likely', 'comparison', 'consistent', formula='7970/9380 > 6140/9720')} to go "
        f"than a Muslim one.",
        f"The convoys ran from 15 November 1913 to 28 June 1914, "
        f"{C('nine months', 'duration', 'inconsistent', 'seven months', '(15+31+31+28+31+30+31+28)/30.44')}"  # noqa: E501
        f" of carts on the Thracian roads.",
    )
    a.P(
        f"Of the 6,140 Muslim households that crossed, 45 percent were sent on to the vilayet "
        f"of Aydın, and three-quarters of these were settled in Saruhan: "
        f"{C('about 2,760', 'chain', 'inconsistent', 'about 2,070', '6140*0.45*0.75')} "
        f"households.",
        f"The governor believed that "
        f"{C('some 12 percent', 'share', 'unverifiable')} of the newcomers of 1914 left again "
        f"for Konya and Adana within the year.",
    )
    a.P(
        "In the spring of 1914 a draft agreement with Greece foresaw the exchange of the "
        "Muslims of Macedonia for the Greek Orthodox of the Aydın coast; it was never ratified, "
        "but the ledgers record the departures all the same.",
        f"Between May and July, 18,400 Greek Orthodox left the coastal kazas, and 11,950 of "
        f"them, {C('nearly two-thirds', 'multiple', 'consistent', formula='11950/18400')}, "
        f"crossed to Chios and Mytilene.",
        f"A teacher's letter of that summer says that "
        f"{C('nearly half', 'multiple', 'unverifiable')} of the houses they left were given to "
        f"muhacir families within a month.",
    )
    return a


if __name__ == "__main__":
    art = muhacir()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
