"""Writes the held-out gold article ``exchange`` for the figures checker (issue #14): the
accounts of an imagined mixed commission for the 1923-1926 exchange of populations, as seen
from its Macedonian office. The prose is ours and every number is invented; each derived
claim's arithmetic is written out here as its formula, independently of borderlands.figures.
Written blind (without reading the checker or its tests): all of its claims are ``heldout7``.

Run from the worktree root: python3 tests/gold/figures/make_gold_exchange.py
(rewrites exchange.txt and exchange.yaml beside this file and prints every formula's value).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_gold import Article, g, pct


def exchange() -> Article:
    a = Article(
        "exchange",
        "Refugees, land and debt: the exchange of populations in the accounts of a mixed "
        "commission, 1923-1926",
        "heldout7",
    )
    C = a.C
    mac = "318700/612400*100"
    rest = "612400-318700-104300-41900"
    a.P(
        "Between October 1923 and December 1926 the registry of the commission's office at "
        "Salonica entered 612,400 refugees from Anatolia and eastern Thrace.",
        f"Macedonia took 318,700 of them "
        f"({C(pct(318700, 612400) + ' percent', 'share', 'consistent', formula=mac)}"
        f"), Western Thrace 104,300 "
        f"({C(pct(104300, 612400) + '%', 'share', 'consistent', formula='104300/612400*100')}) "
        f"and Crete 41,900 "
        f"({C('8.6 per cent', 'share', 'inconsistent', pct(41900, 612400), '41900/612400*100')}"
        f").",
        f"The remaining "
        f"{C(g(612400 - 318700 - 104300 - 41900), 'remainder', 'consistent', formula=rest)}"
        f" were sent on to the islands and to Old Greece.",
        f"By the close of 1926, 598,150 of those registered had been issued a refugee card, "
        f"leaving {C('1,425', 'remainder', 'inconsistent', g(612400 - 598150), '612400-598150')}"
        f" still without papers.",
    )
    a.P(
        "The reception camps bore the first weight of the exchange.",
        f"In 1924, 48,600 refugees passed through the camp at Kalamaria, landed from 83 "
        f"steamers, {C('about 590', 'rate', 'consistent', formula='48600/83')} to a ship.",
        f"Of them 2,187 died in the camp, "
        f"{C('45 per 1,000', 'rate', 'consistent', formula='2187/48600*1000')}.",
        f"At Harmankoy, where 21,300 were received, the dead numbered 1,320, or "
        f"{C('62 per thousand', 'rate', 'consistent', formula='1320/21300*1000')}.",
        f"A refugee was thus "
        f"{C('more likely', 'comparison', 'consistent', formula='1320/21300 > 2187/48600')} to "
        f"die at Harmankoy than at Kalamaria.",
        f"The quarantine station at Karaburun recorded 388 deaths among 9,700 arrivals, "
        f"{C('440 per 1,000', 'rate', 'inconsistent', '40 per 1,000', '388/9700*1000')}.",
    )
    a.P(
        f"The Kalamaria deaths ran at 612 in the first quarter of 1924, 738 in the second, 521 "
        f"in the third and 316 in the fourth: "
        f"{C(g(612 + 738 + 521 + 316), 'sum', 'consistent', formula='612+738+521+316')} for "
        f"the year.",
        f"Children under ten made up 1,104 of the dead, or "
        f"{C(pct(1104, 2187) + ' percent', 'share', 'consistent', formula='1104/2187*100')}.",
        f"The camp doctors put 1,312 deaths down to typhus and dysentery; the rest, "
        f"{C(g(2187 - 1312), 'remainder', 'consistent', formula='2187-1312')}, they ascribed "
        f"to exhaustion, measles and the cold.",
        f"Between the second quarter and the fourth the deaths "
        f"{C('more than halved', 'multiple', 'consistent', formula='316/738')}.",
        f"Children also died at a "
        f"{C('higher', 'comparison', 'consistent', formula='1104/15300 > 1083/33300')} rate "
        f"than their elders, 1,104 of 15,300 against 1,083 of 33,300.",
    )
    fall = "(14200-3550)/14200*100"
    a.P(
        "The Salonica camps emptied only slowly.",
        f"Kalamaria held 14,200 people in January 1924 and 3,550 in December, a fall of "
        f"{C('25.0 percent', 'share', 'inconsistent', pct(14200 - 3550, 14200), fall)}"
        f".",
        f"At Mikra the count went from 6,400 in June to 3,200 in October "
        f"({C('50 percent', 'share', 'ambiguous', formula='3200/6400*100')}).",
        f"On 1 March 1925 the {C('four', 'count', 'consistent', formula='4')} camps of the "
        f"Salonica area (Kalamaria, Harmankoy, Karaburun and Mikra) still held 4,210, 3,860, "
        f"2,940 and 1,770 refugees, "
        f"{C('11,010', 'sum', 'inconsistent', g(4210 + 3860 + 2940 + 1770), '4210+3860+2940+1770')}"
        f" in all.",
    )
    a.P(
        f"The 318,700 refugees assigned to Macedonia formed 74,100 families, "
        f"{C('about 4.3', 'rate', 'consistent', formula='318700/74100')} persons to a family.",
        f"The office placed them in "
        f"{C(g(592 + 457 + 332), 'sum', 'consistent', formula='592+457+332')} villages in "
        f"all: 592 left by the departing Muslims, 457 older Christian villages with room to "
        f"spare, and 332 built new.",
        f"That made {C('about 54', 'rate', 'consistent', formula='74100/1381')} refugee "
        f"families to a village.",
        f"The new villages, "
        f"{C('nearly a quarter', 'multiple', 'consistent', formula='332/1381')} of the whole, "
        f"were laid out on a grid by the office's engineers.",
    )
    kilkis = "sorted([50, 38, 45, 31], reverse=True).index(45) + 1"
    a.P(
        f"In the plain of Serres the office allotted 412,000 stremmata to 8,240 families, "
        f"{C('50 stremmata', 'rate', 'consistent', formula='412000/8240')} a family.",
        "In the Drama district a family received 38 stremmata, in Kilkis 45 and in the hill "
        "villages of Kozani 31.",
        f"The Kilkis allotment was thus "
        f"{C('second only to', 'comparison', 'consistent', formula=kilkis)}"
        f" that of Serres, and a Drama family held "
        f"{C('less', 'comparison', 'consistent', formula='38 < 45')} land than one in Kilkis.",
        f"Of the 8,240 Serres families, 6,870, "
        f"{C('five-sixths', 'multiple', 'consistent', formula='6870/8240')}, had farmed in "
        f"Anatolia; the others had been artisans and carters.",
    )
    a.P(
        "By the end of 1924 the contractors had finished 11,460 houses in Macedonia.",
        f"They built a further 14,820 in 1925, bringing the total to "
        f"{C(g(11460 + 14820), 'sum', 'consistent', formula='11460+14820')}, and so "
        f"{C('more than doubled', 'multiple', 'consistent', formula='26280/11460')} the stock "
        f"of the first year.",
        f"In 1926 they raised the total to "
        f"{C(g(26280 + 6310 + 3640), 'sum', 'consistent', formula='26280+6310+3640')} by "
        f"adding 6,310 houses in the plains and 3,640 in the hills.",
        f"Of the 36,230 houses, 24,100, "
        f"{C('two-thirds', 'multiple', 'consistent', formula='24100/36230')}, were of stone; "
        f"the rest were of mud brick.",
        f"The programme had promised 42,000 houses by the end of 1926 and so fell short by "
        f"{C(g(42000 - 36230), 'remainder', 'consistent', formula='42000-36230')}.",
    )
    a.P(
        "The commission's valuers put the property left in Macedonia by the departing Muslims "
        "at 1,860 million drachmas.",
        f"Farmland made up 58 percent of that figure, houses 27 percent, shops and mills 9 "
        f"percent, and livestock and movables "
        f"{C('6 percent', 'sum', 'consistent', formula='100-58-27-9')}.",
        f"Of the farmland, 40 percent lay in the plains of Serres and Drama, "
        f"{C('some 430 million', 'chain', 'consistent', formula='1860*0.58*0.40')} drachmas.",
        f"The refugees' own claims for what they had left in Anatolia came to 9,420 million "
        f"drachmas, {C('more than five times', 'comparison', 'consistent', formula='9420/1860')}"
        f" as much.",
    )
    a.P(
        f"Between 1924 and 1926 the Settlement Board granted 16,240 loans to refugee farmers, "
        f"243.6 million drachmas in all, or "
        f"{C('15,000 drachmas', 'rate', 'consistent', formula='243600000/16240')} a loan on "
        f"average.",
        f"By 1932, 9,870 of these had been repaid in full "
        f"({C(pct(9870, 16240) + ' percent', 'share', 'consistent', formula='9870/16240*100')}"
        f") and 2,410 in part; the remaining "
        f"{C(g(16240 - 9870 - 2410), 'remainder', 'consistent', formula='16240-9870-2410')} "
        f"had not been repaid at all.",
        f"The repayments received came to 141.3 million drachmas, "
        f"{C('58 per cent', 'share', 'consistent', formula='141.3/243.6*100')} of the sum lent.",
        f"Of the loans, 45 percent had gone to Macedonian villages, and two-thirds of those "
        f"paid for draught animals: "
        f"{C('about 4,870', 'chain', 'consistent', formula='16240*0.45*2/3')} loans.",
    )
    a.P(
        "The Board's Drama office, with sixteen clerks and twenty-four agronomists, dealt "
        "with the defaulters of eastern Macedonia.",
        f"Its reports held that {C('two-thirds', 'multiple', 'unverifiable')} of the "
        f"defaulting households were headed by widows.",
        f"The Serres office, which had 12 surveyors and 48 clerks, estimated that a family had "
        f"brought {C('about 4', 'rate', 'unverifiable')} head of cattle out of Anatolia.",
    )
    total = "578800+306200+195300+107600+33900"
    mshare = "578800/1221800*100"
    towns, town_f = pct(126500, 578800), "126500/578800*100"
    regions = "[578800, 306200, 195300, 107600, 33900]"
    thrace = f"sorted({regions}, reverse=True).index(107600) + 1"
    crete = "33900 < min(578800, 306200, 195300, 107600)"
    a.P(
        f"The census of 1928 found 578,800 refugees in Macedonia, 306,200 in Old Greece and "
        f"the islands, 195,300 in Attica, 107,600 in Western Thrace and 33,900 in Crete, "
        f"{C(g(578800 + 306200 + 195300 + 107600 + 33900), 'sum', 'consistent', formula=total)}"
        f" in all.",
        "The count took in those who had fled in 1922, before the convention was signed, and "
        "so runs well above the commission's register.",
        f"Macedonia alone held "
        f"{C(pct(578800, 1221800) + ' percent', 'share', 'consistent', formula=mshare)}"
        f" of them.",
        f"Of its refugees, 452,300, "
        f"{C('the great majority', 'multiple', 'consistent', formula='452300/578800')}, lived "
        f"on the land; the remaining "
        f"{C(g(578800 - 452300), 'remainder', 'consistent', formula='578800-452300')} lived in "
        f"the towns, "
        f"{C(pct(126500, 1221800) + ' percent', 'share', 'inconsistent', towns, town_f)}"
        f" of the refugees of Macedonia.",
        f"Western Thrace, with 107,600, came "
        f"{C('third', 'comparison', 'inconsistent', 'fourth', thrace)}"
        f" among the regions, and Crete had the "
        f"{C('smallest', 'comparison', 'consistent', formula=crete)}"
        f" refugee population.",
    )
    a.P(
        f"The refugee schools of the Drama district taught 1,450 pupils in 1924; by 1926 they "
        f"taught 2,930, and the enrolment had "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '2930/1450')}.",
        f"In Kavala the refugee schools counted 1,533 pupils in 1924 and 2,480 in 1927 "
        f"({C(pct(1533, 2480) + ' percent', 'share', 'ambiguous', formula='1533/2480*100')}).",
        f"The price of a yoke of oxen at the Serres fair "
        f"{C('halved', 'multiple', 'consistent', formula='2350/4800')} between 1924 and 1927, "
        f"from 4,800 drachmas to 2,350.",
    )
    a.P(
        f"The commission worked through {C('four', 'count', 'consistent', formula='4')} "
        f"sub-commissions, at Salonica, Kavala, Mytilene and Constantinople.",
        f"Its valuers checked every claim against "
        f"{C('three', 'count', 'consistent', formula='3')} sources: the Ottoman land register, "
        f"the tax rolls and the lists kept by the community elders.",
        f"Refugees were entered under {C('five', 'count', 'inconsistent', 'four', '4')} heads "
        f"of occupation: farmers, artisans, merchants and labourers.",
    )
    convoys = "(1925-1923)*12+(2-10)+(2-14)/30"  # 14 Oct 1923 to 2 Feb 1925, in months
    valuation = "(1926-1924)*12+(11-3)"  # March 1924 to November 1926, in months
    a.P(
        f"The first convoy sent under the convention reached Salonica on 14 October 1923 and "
        f"the last on 2 February 1925, "
        f"{C('some sixteen months', 'duration', 'consistent', formula=convoys)}"
        f" later.",
        f"The valuation of Muslim property in Macedonia lasted from March 1924 to November "
        f"1926, "
        f"{C('two years and eight months', 'duration', 'consistent', formula=valuation)}"
        f".",
        f"The quarantine at Karaburun ran from 3 May to 21 June 1924, "
        f"{C('59 days', 'duration', 'inconsistent', '49 days', '31-3+21')}.",
        f"Many of the families who had fled Anatolia in 1922 received title to their land "
        f"only in 1935, after "
        f"{C('thirteen years', 'duration', 'consistent', formula='1935-1922')} of waiting.",
    )
    a.P(
        f"Of the 74,100 families settled in Macedonia, 62 percent were given land in the "
        f"plains, and 35 percent of these received tobacco land: "
        f"{C('about 16,100', 'chain', 'consistent', formula='74100*0.62*0.35')} families.",
        f"An inspector who toured the Kozani villages in 1927 judged that "
        f"{C('perhaps 30 percent', 'share', 'unverifiable')} of the allotted fields still lay "
        f"fallow.",
        f"The same inspector visited 40 villages in Drama and 160 in Serres, and reckoned "
        f"that {C('25 percent', 'share', 'unverifiable')} of the new houses let in the rain "
        f"in winter.",
    )
    return a


if __name__ == "__main__":
    art = exchange()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:28} "
              f"{c.get('intended', '')!s:14} {f or ''} = {v}")
