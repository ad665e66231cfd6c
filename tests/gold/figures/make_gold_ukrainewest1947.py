"""Writes the blind held-out gold article ``ukrainewest1947`` for the figures checker (issue
#14): the removal in October 1947 of the families of insurgents from an imagined western
Ukrainian oblast, Zavadiv, as the oblast MGB's reports and the accounts of four imagined timber
settlements of the Komi ASSR would show it, from the trains of 1947 to the releases of
1955-1958. The prose is ours and every number is invented; each derived claim's arithmetic is
done here, apart from borderlands.figures, which its author did not read or run. All claims
are ``heldout13``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the
printed inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a
boolean that is true for the relation the printed word states, a ratio for "N times as many",
or, for the ranking slip, the rank that the printed figures give; for a count, the number of
items listed; for a duration, the span in the unit printed, counted from the printed dates or
years. An ambiguous claim's formula is one of its two readings; the test names the other.
Unverifiable claims have no formula: their inputs are not printed.

Run: python3 tests/gold/figures/make_gold_ukrainewest1947.py   (rewrites ukrainewest1947.*)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

# The only name a formula may call besides arithmetic.
FORMULA_NAMES: dict[str, object] = {"sorted": sorted}

# The rank of Ust-Lyzha's 69 dead among the four settlements' dead of 1948, largest first.
RANK_69 = "sorted([92,78,69,48],reverse=True).index(69)+1"


def ukrainewest1947() -> Article:
    a = Article(
        "ukrainewest1947",
        "Out of the forest districts: the removal of insurgents' families from Zavadiv oblast "
        "in October 1947 and their years in the northern timber settlements",
        "heldout13",
    )
    C = a.C
    a.P(
        "Before dawn on 21 October 1947 the operational groups of the oblast MGB began to load "
        "the families of men in the nationalist underground onto lorries in every district of "
        "Zavadiv oblast.",
        "The closing report of the oblast administration, sent to Kiev on 3 November, put the "
        "number taken at 3,486 families with 11,902 persons.",
        f"The heaviest contingents came from Buchnyky, with 812 families, Ternavka with 694, "
        f"Sokilets with 571, Verbivka with 466 and Zaliznia with 389, "
        f"{C(g(812 + 694 + 571 + 466 + 389), 'sum', 'consistent', formula='812+694+571+466+389')}"
        f" families between them.",
        f"The other eleven districts together supplied the remaining "
        f"{C(g(3486 - 2932), 'remainder', 'consistent', formula='3486-2932')}.",
        f"Buchnyky alone gave {C(pct(812, 3486) + ' percent', 'share', 'consistent', formula='812/3486*100')}"  # noqa: E501
        f" of all the families, and Ternavka came "
        f"{C('second only to', 'comparison', 'consistent', formula='812>694>571>466>389')} it.",
    )
    a.P(
        "The station lists sorted the deportees by sex and age.",
        "Of the 11,902 there were 2,318 men, 4,765 women and 4,819 children under sixteen.",
        f"Men thus made up only "
        f"{C('15.9 percent', 'share', 'inconsistent', pct(2318, 11902), '2318/11902*100')} of "
        f"those deported, women "
        f"{C(pct(4765, 11902) + ' percent', 'share', 'consistent', formula='4765/11902*100')} "
        f"and children "
        f"{C(pct(4819, 11902) + ' percent', 'share', 'consistent', formula='4819/11902*100')}.",
        f"Women and children together were "
        f"{C('the great majority', 'multiple', 'consistent', formula='(4765+4819)/11902')} of "
        f"every transport.",
        f"Of the 3,486 families, 1,172 had no grown man with them at all, "
        f"{C('about a third', 'multiple', 'consistent', formula='1172/3486')} of the whole.",
    )
    a.P(
        f"The 11,902 deportees were put aboard 14 trains at nine stations, "
        f"{C('about 850', 'rate', 'consistent', formula='11902/14')} persons to a train.",
        f"A family numbered on average "
        f"{C(f'{11902 / 3486:.1f}', 'rate', 'consistent', formula='11902/3486')} persons.",
        f"The escort counted 1,488 officers and soldiers of the internal troops, one for every "
        f"{C('eight', 'rate', 'consistent', formula='11902/1488')} deportees.",
        f"For the journey the oblast paid the railway 476,080 rubles, a mere "
        f"{C('4', 'rate', 'inconsistent', '40', '476080/11902')} rubles a head.",
        f"The trains set out with 600 wagons and 586 reached the north, the others having been "
        f"uncoupled on the way for repair: "
        f"{C('about 20', 'rate', 'ambiguous', formula='11902/600')} persons to a wagon.",
    )
    a.P(
        f"The trains were consigned to the north, 11,902 persons in all: 5,214 to the Molotov "
        f"oblast, 4,106 to the Komi ASSR and the rest, "
        f"{C(g(11902 - 5214 - 4106), 'remainder', 'consistent', formula='11902-5214-4106')}, "
        f"to the Arkhangelsk oblast.",
        f"The receiving commandants signed for 11,847 persons, the difference of "
        f"{C(g(11902 - 11847), 'remainder', 'consistent', formula='11902-11847')} being those "
        f"who died or fled on the road.",
        f"The Molotov oblast received the "
        f"{C('largest', 'comparison', 'consistent', formula='5214>4106>2582')} contingent, "
        f"{C('twice as many', 'comparison', 'consistent', formula='5214/2582')} deportees as "
        f"the Arkhangelsk oblast.",
        f"The last train was on the road from 24 October to 19 November 1947, "
        f"{C('26 days', 'duration', 'consistent', formula='26')}.",
    )
    a.P(
        f"In the Komi ASSR the 4,106 went to "
        f"{C('four', 'count', 'consistent', formula='4')} timber settlements of the Pozha "
        f"trust: Kedrovyi, Sosnovyi Bor, Ust-Lyzha and Verkhniaia Pozha.",
        "Kedrovyi took 1,372 of them, Sosnovyi Bor 1,108, Ust-Lyzha 924 and Verkhniaia Pozha "
        "702.",
        f"Verkhniaia Pozha was thus the "
        f"{C('smallest', 'comparison', 'consistent', formula='702<924<1108<1372')} of the "
        f"four.",
        f"In the spring of 1948 the trust raised the number of its settlers from the oblast to "
        f"{C(g(4106 + 291 + 186), 'sum', 'consistent', formula='4106+291+186')} by adding 291 "
        f"persons sent on from filtration and 186 moved in from other settlements.",
    )
    a.P(
        "The trust's own ledgers show the settlers arriving in parties.",
        f"Sosnovyi Bor received 512 on 3 November, 389 on 6 November and 207 on 11 November, "
        f"{C('901', 'sum', 'inconsistent', g(512 + 389 + 207), '512+389+207')} in all.",
        f"Kedrovyi took in 1,372 settlers in November and counted 1,340 at the New Year; 405 of "
        f"them were children under ten, "
        f"{C('30 percent', 'share', 'ambiguous', formula='405/1372*100')}.",
        f"Its typhus quarantine ran from 7 November 1947 to 16 January 1948, "
        f"{C('80 days', 'duration', 'inconsistent', '70 days', '70')}.",
    )
    a.P(
        f"Of the 4,106 settlers who came in 1947, 1,645 were passed as fit for felling, "
        f"{C(pct(1645, 4106) + ' per cent', 'share', 'consistent', formula='1645/4106*100')}.",
        f"They were formed into 47 brigades of "
        f"{C(f'{1645 / 47:.0f}', 'rate', 'consistent', formula='1645/47')} each.",
        f"In the season of 1947-48 they cut 241,815 cubic metres, "
        f"{C(f'{241815 / 1645:.0f}', 'rate', 'consistent', formula='241815/1645')} cubic "
        f"metres a man.",
        f"Saw logs made up 58 percent of the timber, pit props 27 percent and firewood "
        f"{C('15 percent', 'sum', 'consistent', formula='100-58-27')}.",
        f"The settlers were set to {C('four', 'count', 'consistent', formula='4')} tasks: "
        f"felling, hauling, rafting and sawing.",
    )
    a.P(
        f"The daily norm was 4.2 cubic metres; only 576 of the 1,645 fellers met it, "
        f"{C(pct(576, 1645, 0) + ' per cent', 'share', 'consistent', formula='576/1645*100')}, "
        f"so that {C('most', 'multiple', 'consistent', formula='(1645-576)/1645')} fell "
        f"short.",
        f"The trust's daily output nonetheless "
        f"{C('more than doubled', 'multiple', 'consistent', formula='3960/1830')} between "
        f"December and March, from 1,830 to 3,960 cubic metres.",
        f"At Ust-Lyzha the brigades "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '16900/8400')} their monthly "
        f"cut, from 8,400 to 16,900 cubic metres.",
    )
    a.P(
        f"Of the 4,106 who had come in 1947, 287 died in the course of 1948, "
        f"{C(f'{287 / 4106 * 1000:.1f} per 1,000', 'rate', 'consistent', formula='287/4106*1000')}"
        f".",
        f"Children under sixteen were 163 of the dead, or "
        f"{C(pct(163, 287) + ' percent', 'share', 'consistent', formula='163/287*100')}.",
        f"In the same year 94 settlers ran away; 61 of them, "
        f"{C('nearly two-thirds', 'multiple', 'consistent', formula='61/94')}, were caught, and "
        f"the remaining {C(g(94 - 61), 'remainder', 'consistent', formula='94-61')} were never "
        f"found.",
        f"The settlement doctors put "
        f"{C('about a third', 'multiple', 'unverifiable')} of the deaths down to scurvy and "
        f"pellagra.",
    )
    a.P(
        f"Kedrovyi lost 92 settlers in 1948, Sosnovyi Bor 78, Ust-Lyzha 69 and Verkhniaia "
        f"Pozha 48, {C(g(92 + 78 + 69 + 48), 'sum', 'consistent', formula='92+78+69+48')} in "
        f"all.",
        f"Ust-Lyzha, with 69 dead, came "
        f"{C('second', 'comparison', 'inconsistent', 'third', RANK_69)} after Kedrovyi.",
        f"Yet a settler was "
        f"{C('more likely', 'comparison', 'consistent', formula='69/924>92/1372')} to die at "
        f"Ust-Lyzha than at Kedrovyi: 69 of 924 against 92 of 1,372.",
        f"In 1949 the four settlements buried 141, so that deaths were "
        f"{C('halved', 'multiple', 'consistent', formula='141/287')}.",
        f"Officials in Syktyvkar held that mortality among the oblast's deportees in the "
        f"Arkhangelsk settlements was {C('higher', 'comparison', 'unverifiable')} than in the "
        f"Komi ones, but they sent no figures.",
    )
    a.P(
        "Contact with home was closely watched.",
        "In 1948 the Kedrovyi commandant issued 146 passes to leave the settlement for a day "
        "and received 1,217 letters addressed to the settlers.",
        f"An inspector guessed that {C('about 12 percent', 'share', 'unverifiable')} of the "
        f"letters the settlers sent home never got past the district post office.",
        f"Those deported in 1947 and freed in 1956 had spent "
        f"{C('nine years', 'duration', 'consistent', formula='1956-1947')} in exile.",
    )
    a.P(
        "Of the 4,583 settlers the trust had counted in 1948, 3,862 were still on its register "
        "on 1 January 1955.",
        f"The commissions freed 612 of them in 1955 and a further 1,048 in 1956, bringing the "
        f"number released to {C(g(612 + 1048), 'sum', 'consistent', formula='612+1048')}.",
        f"With 1,377 more in 1957 and 403 in 1958 the releases came to "
        f"{C(g(612 + 1048 + 1377 + 403), 'sum', 'consistent', formula='612+1048+1377+403')} "
        f"in all, and the remaining "
        f"{C('242', 'remainder', 'inconsistent', g(3862 - 3440), '3862-3440')} were still "
        f"registered at the end of 1958.",
        f"The 3,440 released were "
        f"{C('75.1 percent', 'share', 'inconsistent', pct(3440, 3862), '3440/3862*100')} of "
        f"those on the register in 1955.",
        f"The releases stretched from March 1955 to August 1958, "
        f"{C('a forty-one-month', 'duration', 'consistent', formula='(1958-1955)*12+8-3')} "
        f"period.",
    )
    a.P(
        f"Households on the Kedrovyi register fell from 486 in 1955 to 161 in 1958, a fall of "
        f"{C('33.1 percent', 'share', 'inconsistent', pct(486 - 161, 486), '(486-161)/486*100')}"
        f".",
        f"The release commissions sat in "
        f"{C('five', 'count', 'inconsistent', 'four', '4')} places: Kedrovyi, Ust-Lyzha, "
        f"Syktyvkar and Ukhta.",
        f"Each freed settler was handed {C('three', 'count', 'consistent', formula='3')} "
        f"papers: a certificate of release, a travel warrant and a ration card.",
    )
    a.P(
        f"Of the 11,902 deportees, 40.5 percent were children, and 25 percent of these were "
        f"under four: {C('about 1,200', 'chain', 'consistent', formula='11902*0.405*0.25')} "
        f"infants.",
        f"Of the 1,645 fellers, 35 percent met the norm, and 60 percent of these earned the "
        f"bonus ration: {C('about 345', 'chain', 'consistent', formula='1645*0.35*0.6')} men.",
        f"Of the 3,440 released, 70 percent went back to Ukraine, and 45 percent of these to "
        f"Zavadiv oblast itself: "
        f"{C('about 1,080', 'chain', 'consistent', formula='3440*0.7*0.45')} persons.",
    )
    a.P(
        "At home the returning families met a cold welcome.",
        f"The oblast executive committee reported that "
        f"{C('about 38 percent', 'share', 'unverifiable')} of them found strangers living in "
        f"their houses.",
        "Many district soviets refused to register them, and the MGB kept them under watch.",
    )
    return a


if __name__ == "__main__":
    art = ukrainewest1947()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"__builtins__": FORMULA_NAMES}) if f else None  # checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:22} "
              f"{c.get('intended', '')!s:12} {f or ''} = {v}")
