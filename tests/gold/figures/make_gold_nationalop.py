"""Writes the blind held-out gold article ``nationalop`` for the figures checker (issue #14):
the returns of the 1937-1938 national operations in an invented region. The prose is ours and
the numbers are invented; every derived claim's arithmetic is done here, apart from
borderlands.figures, which its author did not read or run. All claims are ``heldout7``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the
printed inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, the
true relation as a boolean (a slip's printed word states its opposite); for a count, the
number of items listed; for a duration, the span in the unit printed (months or years),
counted by hand from the printed dates.

Run: python3 tests/gold/figures/make_gold_nationalop.py   (rewrites nationalop.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct


def nationalop() -> Article:
    a = Article(
        "nationalop",
        "The national operations of the NKVD in the Zadonetsk region, 1937-1938: arrests, "
        "sentences and reviews",
        "heldout7",
    )
    C = a.C
    autumn = "612+1384+1926+1107"
    second = "4212 > 2637 > max(1108, 896, 574, 419)"
    fourth = "sorted([4212, 2637, 1108, 896, 574, 419], reverse=True)[3] == 896"
    rehab = "812+2406+1012+715"
    a.P(
        f"Between 5 August 1937 and 15 November 1938 the NKVD administration of the Zadonetsk "
        f"region arrested 9,846 people under the orders for the national operations, a "
        f"campaign of "
        f"{C('some fifteen months', 'duration', 'consistent', formula='15 + 10/31')}.",
        "The card index of its first special department sorts them by nationality.",
        f"Poles accounted for 4,212 of the arrests "
        f"({C(pct(4212, 9846) + ' percent', 'share', 'consistent', formula='4212/9846*100')})"
        f" and Latvians for 1,108 "
        f"({C('13.1 per cent', 'share', 'inconsistent', pct(1108, 9846), '1108/9846*100')}),"
        f" and 2,637 Germans, 896 Greeks, 574 returnees from Harbin and 419 people of other "
        f"nationalities accounted for the rest.",
    )
    a.P(
        "The arrests did not come at an even pace.",
        f"The administration made 186 arrests in August 1937, and in the months that "
        f"followed 612 in September, 1,384 in October, 1,926 in November and 1,107 in "
        f"December, {C(g(612 + 1384 + 1926 + 1107), 'sum', 'consistent', formula=autumn)}"
        f" in all.",
        f"November was the "
        f"{C('heaviest', 'comparison', 'consistent', formula='1926 > max(186, 612, 1384, 1107)')}"
        f" month of that year: between September and November the monthly figure "
        f"{C('more than tripled', 'multiple', 'consistent', formula='1926/612')}.",
        f"The December arrests brought the total for 1937 to "
        f"{C(g(186 + 5029), 'sum', 'consistent', formula='186+612+1384+1926+1107')}.",
        f"The difference, "
        f"{C(g(9846 - 5215), 'remainder', 'consistent', formula='9846-5215')} arrests, "
        f"belongs to 1938.",
    )
    a.P(
        "In 1938 the pace slackened.",
        f"The first quarter brought 2,215 arrests, the second 1,380 and the third 742, and the "
        f"weeks of October and November before the operations were stopped added 294, "
        f"{C('4,337', 'sum', 'inconsistent', g(2215 + 1380 + 742 + 294), '2215+1380+742+294')}"
        f" for the year.",
        f"From the first quarter to the second the arrests fell by "
        f"{C('more than a third', 'multiple', 'consistent', formula='(2215-1380)/2215')}, and "
        f"in the third quarter they "
        f"{C('nearly halved', 'multiple', 'consistent', formula='742/1380')} again.",
    )
    a.P(
        "The orders themselves set no figures, yet the region worked within limits agreed "
        "with Moscow, as it had done in the kulak operation.",
        "In August 1937 it was allowed 2,000 sentences of the first category and 1,500 of the "
        "second.",
        "In October the head of the administration asked for a further 1,800 in the first "
        "category and was granted 1,500 of them.",
        f"A request of January 1938, granted in full, raised the first-category limit to "
        f"{C('5,000', 'sum', 'consistent', formula='2000+1500+1500')} by adding another 1,500 "
        f"to the 2,000 of August and the 1,500 of October.",
        f"The first-category limit had thus grown "
        f"{C('two and a half times', 'multiple', 'consistent', formula='5000/2000')}, while "
        f"the limit for the second category was "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '3000/1500')}, from 1,500 to "
        f"3,000.",
    )
    a.P(
        f"By the end of November 1938, "
        f"{C('9,412', 'sum', 'consistent', formula='6583+2829')} of the 9,846 arrested had "
        f"been sentenced: 6,583 to the first category, that is to death by shooting, and 2,829 "
        f"to the second, eight or ten years in the camps.",
        f"The death sentences thus made up "
        f"{C('66.9 percent', 'share', 'inconsistent', pct(6583, 9412), '6583/9412*100')} of "
        f"all sentences and the camp terms "
        f"{C(pct(2829, 9412) + '%', 'share', 'consistent', formula='2829/9412*100')}.",
        f"The firing squads received "
        f"{C('2.3 times as many', 'comparison', 'consistent', formula='6583/2829')} "
        f"prisoners as the camps.",
    )
    a.P(
        "Until September 1938 the region's lists went to Moscow in 'albums' for the "
        "Commission of the People's Commissar of Internal Affairs and the Procurator of the "
        "USSR; from then on a special troika in the region passed sentence itself.",
        f"The special troika had {C('three', 'count', 'consistent', formula='3')} members: "
        f"the head of the NKVD administration, the regional procurator and the first "
        f"secretary of the regional party committee.",
        f"Of the 9,412 sentences the Commission passed 5,318 and the troika the rest, "
        f"{C(g(9412 - 5318), 'remainder', 'consistent', formula='9412-5318')}.",
        f"The troika sat on 26 days between 20 September and 15 November 1938 and disposed of "
        f"{C('about 160', 'rate', 'consistent', formula='4094/26')} cases at a sitting.",
        f"Of its 4,094 sentences, 3,193 were of the first category "
        f"({C(pct(3193, 4094) + ' percent', 'share', 'consistent', formula='3193/4094*100')});"
        f" of the Commission's 5,318, 3,390 "
        f"({C(pct(3390, 5318) + ' per cent', 'share', 'consistent', formula='3390/5318*100')}"
        f").",
        f"A prisoner whose case came before the troika was therefore "
        f"{C('more likely', 'comparison', 'consistent', formula='3193/4094 > 3390/5318')} to "
        f"be shot than one whose name went to Moscow in an album.",
    )
    a.P(
        f"The region ran {C('six', 'count', 'inconsistent', 'seven', '7')} national lines: "
        f"Polish, German, Latvian, Greek, Harbin, Estonian and Romanian.",
        "The Estonian and Romanian lines were small and were wound up in the spring of 1938.",
        f"By number of arrests the Germans came "
        f"{C('second only to', 'comparison', 'consistent', formula=second)}"
        f" the Poles, and the Greeks, with 896, ranked "
        f"{C('fourth', 'comparison', 'consistent', formula=fourth)}"
        f", behind the Poles, the Germans and the Latvians.",
    )
    a.P(
        "The operations fell hardest on the countryside of the west of the region, where "
        "some nine hundred Polish families had already been deported to Kazakhstan in 1936.",
        f"{C('Four', 'count', 'consistent', formula='4')} districts lay along the old "
        f"frontier belt: Ozersk, Kamenka, Sulinsky and Verkhny Bor.",
        f"In the Polish villages of Ozersk district 1,064 of the 9,150 inhabitants were "
        f"arrested, {C('116 per 1,000', 'rate', 'consistent', formula='1064/9150*1000')}.",
        f"The 1,064 came from 820 families, "
        f"{C('1.3', 'rate', 'consistent', formula='1064/820')} arrests to a family.",
        f"In the German colonies of Kamenka district the NKVD took 1,512 of the 14,280 "
        f"inhabitants, "
        f"{C('16 per 1,000', 'rate', 'inconsistent', '106 per 1,000', '1512/14280*1000')}.",
        f"The colonies thus lost a "
        f"{C('larger', 'comparison', 'inconsistent', 'smaller', '1512/14280 < 1064/9150')} "
        f"share of their people than the Polish villages.",
    )
    a.P(
        f"The October transport to the Far East left with 1,152 prisoners in thirty-six "
        f"wagons, {C('32', 'rate', 'consistent', formula='1152/36')} to a wagon, under a "
        f"guard of 288 soldiers, "
        f"{C('one for every four', 'rate', 'consistent', formula='1152/288')} prisoners.",
        f"In the administration itself 214 operatives and interrogators worked on the "
        f"national lines, "
        f"{C('one for every 46', 'rate', 'consistent', formula='9846/214')} of those "
        f"arrested.",
    )
    a.P(
        f"The second-category prisoners left for the camps during 1938, "
        f"{C('2,829', 'sum', 'consistent', formula='1754+703+372')} in all: 1,754 to the "
        f"camps of the Far East, 703 to Karaganda and 372 to the northern camps.",
        f"The Germans arrested were collective farmers (46 percent), workers (28 percent) and "
        f"office workers and teachers "
        f"({C('26 percent', 'sum', 'consistent', formula='100-46-28')}).",
        f"About a third of these collective farmers came from the colonies of Kamenka, so "
        f"that {C('some 400', 'chain', 'consistent', formula='2637*0.46/3')} of the 2,637 "
        f"Germans arrested were Kamenka farmers.",
        f"Of the 4,212 Poles, 71 percent were shot, and 15 percent of those shot had worked "
        f"on the railway: {C('about 450', 'chain', 'consistent', formula='4212*0.71*0.15')} "
        f"persons.",
    )
    a.P(
        "The decree of 17 November 1938 stopped the operations and sent unfinished cases "
        "back for further investigation.",
        f"In 1939 the administration reviewed 1,862 cases and released 718 persons, "
        f"{C(pct(718, 1862) + ' percent', 'share', 'consistent', formula='718/1862*100')} of "
        f"those whose cases it reviewed.",
        f"The remaining "
        f"{C('1,414', 'remainder', 'inconsistent', g(1862 - 718), '1862-718')} had their "
        f"sentences confirmed or were passed to the Special Board.",
        f"Of the 434 prisoners still under investigation in November 1938, 291, "
        f"{C('about two-thirds', 'multiple', 'consistent', formula='291/434')}, were set "
        f"free.",
        f"Of the 1,862 cases reviewed, 40 percent came from the Polish line, and 38 percent "
        f"of these ended in release: "
        f"{C('about 380', 'chain', 'inconsistent', 'about 280', '1862*0.4*0.38')} persons.",
    )
    a.P(
        "For those who came out, the months of investigation had been long.",
        f"A railway clerk from Ozersk, arrested on 3 September 1937, was released on 28 April "
        f"1939, after "
        f"{C('nearly twenty months', 'duration', 'consistent', formula='19 + 25/30')} in the "
        f"cells.",
        f"A teacher at the German school of Kamenka, arrested on 12 January 1938, came home "
        f"on 12 June 1939, after "
        f"{C('twenty-nine months', 'duration', 'inconsistent', 'seventeen months', '17')}.",
        f"Of the 896 Greeks arrested, 281, "
        f"{C('nearly a third', 'multiple', 'consistent', formula='281/896')}, were released "
        f"in 1939.",
        f"A procurator who inspected the prison that year reckoned that "
        f"{C('about 40 percent', 'share', 'unverifiable')} of the confessions had been "
        f"written by the interrogators themselves.",
    )
    a.P(
        "The Ozersk branch of the administration ran the Polish line with 48 operatives and "
        "12 interpreters lent by the militia.",
        f"According to a prisoner's memoir, {C('25 percent', 'share', 'unverifiable')} of "
        f"those held in the branch's cellar that winter were women.",
        "The Latvian Society of the regional centre had 540 members in 1935, and 318 of them "
        "had left it by the time it was closed in 1936.",
        f"Of the Latvians arrested in the regional centre, 147 worked at the Krasny Metallist "
        f"plant and the remaining {C('222', 'remainder', 'unverifiable')} at the railway "
        f"depot and the river port.",
        f"In Ozersk district itself the arrests fell from 1,480 in the autumn of 1937 to 740 "
        f"in the winter ({C('50 percent', 'share', 'ambiguous', formula='740/1480*100')}).",
    )
    a.P(
        "The Polish line opened 4,236 files for its 4,212 prisoners, since 24 of them were "
        "arrested twice.",
        f"Of them, 1,300 came from the villages of the old frontier belt "
        f"({C('31 percent', 'share', 'ambiguous', formula='1300/4212*100')}).",
        f"Over the region as a whole the national operations took "
        f"{C('about 3 per 1,000', 'rate', 'unverifiable')} inhabitants.",
    )
    a.P(
        "Between 1955 and 1962 the regional procuracy and the military tribunal reviewed "
        "5,946 cases from the national operations, 2,940 of them in 1956 and 1,176 in 1957.",
        f"They rehabilitated 812 persons in 1955, 2,406 in 1956, 1,012 in 1957 and 715 "
        f"afterwards, {C(g(812 + 2406 + 1012 + 715), 'sum', 'consistent', formula=rehab)}"
        f" in all, "
        f"{C('the great majority', 'multiple', 'consistent', formula='4945/5946')} of those "
        f"whose cases were reviewed.",
        f"In 1956, the year of the Twentieth Congress, rehabilitations "
        f"{C('nearly tripled', 'multiple', 'consistent', formula='2406/812')}, and that year "
        f"alone gave "
        f"{C(pct(2406, 4945) + ' per cent', 'share', 'consistent', formula='2406/4945*100')}"
        f" of them.",
        f"The 1957 figure was "
        f"{C('second only to', 'comparison', 'consistent', formula='2406 > 1012 > max(812, 715)')}"
        f" that of 1956.",
        f"Between 1956 and 1957 the number of reviews fell by "
        f"{C('40 percent', 'share', 'inconsistent', '60', '(2940-1176)/2940*100')}.",
        f"The other {C(g(5946 - 4945), 'remainder', 'consistent', formula='5946-4945')} cases "
        f"ended in a refusal.",
    )
    a.P(
        f"A working group of nine procurators handled the reviews, "
        f"{C('about 660', 'rate', 'consistent', formula='5946/9')} cases each.",
        f"Families who applied had to supply "
        f"{C('four', 'count', 'consistent', formula='4')} documents: an application, a birth "
        f"certificate, a certificate of residence and a reference from the place of work.",
        f"A man sentenced by the troika in October 1938 to ten years and rehabilitated in 1957 "
        f"had waited {C('nineteen years', 'duration', 'consistent', formula='1957-1938')} for "
        f"it.",
    )
    return a


if __name__ == "__main__":
    art = nationalop()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:22} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
