"""Writes the held-out gold article ``refugees1915`` for the figures checker (issue #14): the
1915 expulsions from the frontier zone during the army's retreat, as seen in the accounts of
the refugee committee of an imagined inland province (Verkhnekamsk). The prose is ours and
every number is invented; each derived claim's arithmetic is written out here as its formula,
independently of borderlands.figures. Written blind (without reading the checker or its
tests): all of its claims are ``heldout8``.

Formulas: a number (share, sum, rate, ...), a ratio for words of multiple or fraction, a
boolean for a comparison, the length of the list for a count, the span in the claim's unit for
a duration. Unverifiable claims have none (their inputs are not printed).

Run from the worktree root: python3 tests/gold/figures/make_gold_refugees1915.py
(rewrites refugees1915.txt and refugees1915.yaml beside this file and prints every formula's
value).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_gold import Article, g, pct


def refugees1915() -> Article:
    a = Article(
        "refugees1915",
        "Expelled behind the lines: the refugee committee of Verkhnekamsk province and the "
        "frontier expulsions of 1915",
        "heldout8",
    )
    C = a.C
    others = "84260-31470-18920-11380-9850-7650"
    a.P(
        "In the summer of 1915, as the army fell back from the Vistula and the Niemen, its "
        "command ordered the civilian population of a broad strip behind the front to leave "
        "for the interior.",
        "The committee for the relief of refugees in Verkhnekamsk province, an inland province "
        "some two thousand kilometres from the front, opened its register on 2 September 1915, "
        "and by 1 January 1916 it had entered 84,260 persons.",
        f"Poles made up 31,470 of them "
        f"({C(pct(31470, 84260) + ' percent', 'share', 'consistent', formula='31470/84260*100')}"
        f"), Lithuanians 11,380 "
        f"({C('31.5 percent', 'share', 'inconsistent', pct(11380, 84260), '11380/84260*100')}"
        f"), Belarusians 9,850 and Latvians 7,650.",
        f"The Jews, with 18,920, came "
        f"{C('second only to', 'comparison', 'consistent', formula='31470>18920>11380>9850>7650')}"
        f" the Poles.",
        f"The remaining {C(g(4990), 'remainder', 'consistent', formula=others)} were "
        f"Russians, Tatars, Czechs and persons whose nationality the clerks left blank.",
    )
    a.P(
        "The register was above all a register of women and children.",
        f"Of the 84,260, men of working age numbered 17,930, women over sixteen 29,840 and "
        f"children under sixteen 36,490 "
        f"({C(pct(36490, 84260) + ' percent', 'share', 'consistent', formula='36490/84260*100')}"
        f").",
        f"Women and children together, "
        f"{C(g(29840 + 36490), 'sum', 'consistent', formula='29840+36490')} persons, made up "
        f"{C('nearly four-fifths', 'multiple', 'consistent', formula='(29840+36490)/84260')} "
        f"of the register.",
        "Nine hundred of the children had come without any adult relative and were placed in "
        "two orphanages in the provincial town.",
    )
    a.P(
        f"Between 14 August and 30 November 1915, "
        f"{C('fifteen and a half weeks', 'duration', 'consistent', formula='(17+30+31+30)/7')}"
        f", the Verkhnekamsk junction received 212 refugee trains.",
        f"They brought 71,440 people, an average of "
        f"{C('337', 'rate', 'consistent', formula='71440/212')} to a train.",
        f"The railway guard detailed 848 soldiers to escort them, one soldier for every "
        f"{C('84', 'rate', 'consistent', formula='71440/848')} passengers.",
        f"A further 23 trains were unloaded at the small junctions of Lipnyagi and Sosnovets, "
        f"bringing the total to {C('235', 'sum', 'consistent', formula='212+23')}.",
        f"The other {C(g(12820), 'remainder', 'consistent', formula='84260-71440')} refugees "
        f"on the register had reached the province on those trains, by cart, on foot or by "
        f"river barge.",
    )
    third = "sorted([26310, 17480, 14920, 13760, 11790], reverse=True).index(14920) + 1"
    a.P(
        f"From the junction the committee sent the refugees on to the "
        f"{C('five', 'count', 'consistent', formula='5')} districts of the province: "
        f"Verkhnekamsk, Ostrogorsk, Lipnyagi, Sosnovets and Belozersk.",
        f"On 1 January 1916 these held 26,310, 17,480, 14,920, 13,760 and 11,790 refugees, "
        f"{C('72,470', 'sum', 'inconsistent', g(84260), '26310+17480+14920+13760+11790')} in "
        f"all.",
        f"Lipnyagi, where the committee had its largest warehouse, held the "
        f"{C('second', 'comparison', 'inconsistent', 'third', third)} largest "
        f"number.",
        f"Belozersk, the most remote and the only district without a railway, took the "
        f"{C('smallest', 'comparison', 'consistent', formula='11790<13760<14920<17480<26310')}"
        f" contingent.",
    )
    rest = "1387600-842300-261900-148700-82400"
    a.P(
        f"The committee's money came from "
        f"{C('three', 'count', 'consistent', formula='3')} sources: the central refugee "
        f"committee in Petrograd, the provincial zemstvo and collections in the churches and "
        f"synagogues.",
        f"From September to December 1915 it spent 1,387,600 rubles, "
        f"{C('about 16.5 rubles', 'rate', 'consistent', formula='1387600/84260')} for each "
        f"refugee on its register.",
        f"Food took 842,300 rubles "
        f"({C(pct(842300, 1387600) + ' percent', 'share', 'consistent', formula='842300/1387600*100')}"  # noqa: E501
        f"), clothing and footwear 261,900 "
        f"({C('31.1 percent', 'share', 'inconsistent', pct(261900, 1387600), '261900/1387600*100')}"
        f"), lodging 148,700 and medical care 82,400.",
        f"The remaining {C(g(52300), 'remainder', 'consistent', formula=rest)} rubles paid for "
        f"onward carriage and for the committee's own offices.",
    )
    a.P(
        "The districts did not spend alike.",
        f"Ostrogorsk spent 312,400 rubles on its 17,480 refugees, "
        f"{C('17.9 rubles', 'rate', 'consistent', formula='312400/17480')} a head, while "
        f"Sosnovets spent 198,600 on its 13,760, "
        f"{C('14.4', 'rate', 'consistent', formula='198600/13760')}.",
        f"The difference of {C(g(113800), 'remainder', 'consistent', formula='312400-198600')}"
        f" rubles was not only a matter of numbers: a refugee in Ostrogorsk was allowed "
        f"{C('about a quarter', 'multiple', 'consistent', formula='(312400/17480)/(198600/13760)')}"
        f" more than one in Sosnovets.",
        "The Ostrogorsk board was led by a merchant who had himself fled from Grodno.",
    )
    a.P(
        f"The committee kept {C('four', 'count', 'consistent', formula='4')} reception "
        f"points: the goods station at Verkhnekamsk, the river pier, a former distillery at "
        f"Lipnyagi and the old barracks at Sosnovets.",
        "From September to December 1915 they admitted 9,460 sick refugees, 3,870 of them with "
        "typhus and 2,640 with dysentery, and 1,283 of the sick died.",
        f"Death took {C(pct(1283, 9460) + ' percent', 'share', 'consistent', formula='1283/9460*100')}"  # noqa: E501
        f" of those admitted, or "
        f"{C('15.2 per 1,000', 'rate', 'consistent', formula='1283/84260*1000')} of the whole "
        f"register, but "
        f"{C('the great majority', 'multiple', 'consistent', formula='(9460-1283)/9460')} of "
        f"the sick recovered.",
        f"Typhus killed 702, "
        f"{C('nearly three times as many', 'comparison', 'consistent', formula='702/239')} "
        f"as dysentery with its 239; a typhus patient was thus "
        f"{C('more likely', 'comparison', 'consistent', formula='702/3870>239/2640')} to die "
        f"than one with dysentery.",
        f"In the villages, where nobody counted, a zemstvo doctor put the deaths among "
        f"refugees at {C('30 per 1,000', 'rate', 'unverifiable')} in the same months.",
    )
    a.P(
        "The four points had 620 beds between them, and at the December peak they held 1,860 "
        "patients.",
        f"Eleven doctors and 46 nurses served them, one doctor for every "
        f"{C('69', 'rate', 'inconsistent', '169', '1860/11')} patients at the peak.",
        f"The committee hired 38 orderlies from among the refugees themselves, bringing the "
        f"medical staff to {C('95', 'sum', 'consistent', formula='11+46+38')}.",
        f"The provincial medical inspector believed that "
        f"{C('about a third', 'multiple', 'unverifiable')} of the patients admitted that winter "
        f"had been brought in from the villages rather than off the trains.",
    )
    a.P(
        "Work was the committee's second concern, for the zemstvo wished to see the refugees "
        "earn their keep.",
        f"By March 1916 its labour bureau had placed 9,640 of the 17,930 men of working age, "
        f"{C('over half', 'multiple', 'consistent', formula='9640/17930')}, and 4,180 of the "
        f"29,840 women "
        f"({C(pct(4180, 29840) + ' per cent', 'share', 'consistent', formula='4180/29840*100')}"
        f"), {C(g(13820), 'sum', 'consistent', formula='9640+4180')} placements in all.",
        f"Men thus found work "
        f"{C('far more readily', 'comparison', 'consistent', formula='9640/17930>4180/29840')}"
        f" than women, who were mostly kept at home by young children.",
    )
    a.P(
        f"The placements "
        f"{C('more than doubled', 'multiple', 'consistent', formula='30150/13820')} between "
        f"March and September 1916, from 13,820 to 30,150.",
        f"The factories evacuated from Riga and Warsaw took 6,240 of the September "
        f"placements, {C('about a fifth', 'multiple', 'consistent', formula='6240/30150')}.",
        f"Farm placements {C('tripled', 'multiple', 'inconsistent', 'doubled', '7020/3410')}, "
        f"from 3,410 to 7,020, as the estates lost their labourers to the army.",
        f"The bureau itself reckoned that "
        f"{C('45.8 percent', 'share', 'unverifiable')} of the September placements paid less "
        f"than the local day rate.",
    )
    a.P(
        f"The register also counted families: the 84,260 refugees belonged to 19,380 "
        f"families, {C('about 4.3', 'rate', 'consistent', formula='84260/19380')} persons to "
        f"a family.",
        f"Of these families, 38 percent had lost sight of at least one member on the road, and "
        f"a fifth of them found the missing through the committee's inquiry bureau by 1917: "
        f"{C('about 1,470', 'chain', 'consistent', formula='19380*0.38*0.2')} families.",
        f"Of the 31,470 Poles, 62 percent lived in Verkhnekamsk district, and 45 percent of "
        f"these were quartered in requisitioned private rooms, "
        f"{C('about 8,780', 'chain', 'consistent', formula='31470*0.62*0.45')} people.",
        f"Of the 18,920 Jews, 70 percent came from Kovno province, and 30 percent of those "
        f"were artisans: {C('about 3,790', 'chain', 'inconsistent', 'about 3,970', '18920*0.7*0.3')}"  # noqa: E501
        f" persons.",
    )
    a.P(
        "The treaty of March 1918 opened the way home.",
        "On 1 January 1918 the register still held 76,840 refugees, 29,860 of them Poles.",
        f"By December 1919 only 11,340 Poles remained, a fall of "
        f"{C('38.0 percent', 'share', 'inconsistent', pct(29860 - 11340, 29860), '(29860-11340)/29860*100')}"  # noqa: E501
        f".",
        f"The Latvians went down from 6,480 in January 1918 to 3,240 at the end of 1919, a "
        f"change of {C('50.0%', 'share', 'ambiguous', formula='3240/6480*100')}.",
        f"In Belozersk the refugees "
        f"{C('halved', 'multiple', 'consistent', formula='4910/9870')} over the same two "
        f"years, from 9,870 to 4,910.",
    )
    a.P(
        f"The first repatriation train left Verkhnekamsk on 17 June 1918 and the last on 9 "
        f"December 1921, "
        f"{C('nearly three and a half years', 'duration', 'consistent', formula='1271/365.25')}"
        f" later.",
        "By the end of 1920, 47,380 refugees had gone.",
        f"The spring transports of 1921 raised the total to "
        f"{C(g(58930), 'sum', 'consistent', formula='47380+7240+4310')} by adding 7,240 from "
        f"Ostrogorsk and 4,310 from Lipnyagi.",
        f"Of the 76,840 on the register in January 1918, 58,930 had thus left "
        f"({C(pct(58930, 76840) + ' percent', 'share', 'consistent', formula='58930/76840*100')}"
        f"); the other {C('19,710', 'remainder', 'inconsistent', g(17910), '76840-58930')} "
        f"stayed in the province, many of them for good.",
    )
    a.P(
        "Verkhnekamsk district sent home 18,440 refugees, Ostrogorsk 13,070, Lipnyagi 11,920, "
        "Sosnovets 9,130 and Belozersk 6,370.",
        f"Belozersk, the remotest of the districts, sent the "
        f"{C('fewest', 'comparison', 'consistent', formula='6370<9130<11920<13070<18440')} "
        f"home.",
        f"In Sosnovets the Belarusians fell from 4,260 to 2,130 "
        f"({C('50 percent', 'share', 'ambiguous', formula='2130/4260*100')}) in 1920 alone.",
    )
    a.P(
        f"Of those who left, 46 per cent went to Poland, 27 per cent to Lithuania and 11 per "
        f"cent to Latvia; the rest, "
        f"{C('16 per cent', 'sum', 'consistent', formula='100-46-27-11')}, went to the "
        f"Belorussian and Ukrainian lands under Soviet rule.",
        f"The committee's agents thus had to deal with "
        f"{C('four', 'count', 'inconsistent', 'three', '3')} new states: Poland, Lithuania and "
        f"Latvia.",
        f"The Lithuanian column of 1920 left Verkhnekamsk on 3 May and reached the border "
        f"station on 24 June, a {C('fifty-two-day', 'duration', 'consistent', formula='28+24')}"
        f" journey.",
        f"A family expelled from near Brest in July 1915 and brought back in October 1921 had "
        f"spent {C('seven years', 'duration', 'inconsistent', 'six years', '(1921*12+10-1915*12-7)/12')}"  # noqa: E501
        f" away from home.",
        f"The committee's last secretary guessed that "
        f"{C('about 20 percent', 'share', 'unverifiable')} of the expelled had never been "
        f"entered in any register at all.",
    )
    return a


if __name__ == "__main__":
    art = refugees1915()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:32} "
              f"{c.get('intended', '')!s:14} {f or ''} = {v}")
