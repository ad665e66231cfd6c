"""Writes the blind held-out gold article ``polishoperation`` for the figures checker (issue
#14): an imagined western oblast's removal of Polish families from its frontier strip to
Kazakhstan in 1936, its returns of the "Polish operation" of 1937-38 (arrests by month and by
occupation, the album sentences, the children left behind), the review of 1939 and the counts
published in the 1990s. The prose is ours and every number is invented; each derived claim's
arithmetic is done here, apart from borderlands.figures, which its author did not read or
run. All claims are ``heldout12``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the
printed inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a
tuple whose first member is the subject's figure and the others what it is set against (a
rank word is read against all of them, "more"/"higher" against the second); for a count, the
number of items listed; for a duration, the span in the unit printed, counted by hand from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names
the other.

Run: python3 tests/gold/figures/make_gold_polishoperation.py   (rewrites polishoperation.*)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SPLIT = "heldout12"


def polishoperation() -> Article:
    a = Article(
        "polishoperation",
        "Lists, albums and homes: the Polish operation in the Horyn oblast, 1936-1939, and "
        "its later counts",
        SPLIT,
    )
    C = a.C

    # 1. The spring and autumn removals of 1936.
    a.P(
        "Early in 1936 the executive committee of the Horyn oblast was told to clear its "
        "frontier strip of 5,200 families judged unreliable, most of them Polish.",
        f"The strip took in {C('five', 'count', 'consistent', formula='5')} districts: "
        f"Sluchivka, Dovbysh, Polonka, Tereshky and Verbivka.",
        f"The first wave, which ran from 18 May to 29 June, lasted "
        f"{C('six weeks', 'duration', 'consistent', formula='42/7')} and took 3,140 "
        f"families; the autumn wave took a further 1,860, bringing the total to "
        f"{C('5,000', 'sum', 'consistent', formula='3140+1860')}.",
        f"The plan was thus met to "
        f"{C(pct(5000, 5200) + ' percent', 'share', 'consistent', formula='5000/5200*100')}"
        f", and the remaining {C('200', 'remainder', 'consistent', formula='5200-5000')} "
        f"families stayed because their heads were already in prison or the army.",
    )

    # 2. Persons, trains and escorts.
    a.P(
        f"The 5,000 families numbered 22,650 persons, "
        f"{C('about 4.5', 'rate', 'consistent', formula='22650/5000')} to a family.",
        f"Of them, 9,870 were children under sixteen "
        f"({C(pct(9870, 22650) + '%', 'share', 'consistent', formula='9870/22650*100')}), "
        f"and the remaining "
        f"{C('17,280', 'remainder', 'inconsistent', g(22650 - 9870), '22650-9870')} were "
        f"adults.",
        f"They went east in 38 trains carrying "
        f"{C('about 600', 'rate', 'consistent', formula='22650/38')} people apiece, guarded "
        f"by 1,140 escort troops, one for every "
        f"{C('20', 'rate', 'consistent', formula='22650/1140')} deportees.",
        f"By the passport count 15,480 of the travellers were Poles, "
        f"{C('over two-thirds', 'multiple', 'consistent', formula='15480/22650')} of the "
        f"whole.",
    )

    # 3. Where they were put down in Kazakhstan.
    a.P(
        f"In Kazakhstan the families were spread over "
        f"{C('three', 'count', 'consistent', formula='3')} regions: Karaganda, North "
        f"Kazakhstan and Akmolinsk.",
        "Karaganda received 2,310 families, North Kazakhstan 1,520 and Akmolinsk 1,170.",
        f"Karaganda thus took "
        f"{C(pct(2310, 5000) + ' per cent', 'share', 'consistent', formula='2310/5000*100')} "
        f"of the families and North Kazakhstan "
        f"{C(pct(1520, 5000) + ' per cent', 'share', 'consistent', formula='1520/5000*100')}"
        f", while Akmolinsk had the "
        f"{C('smallest', 'comparison', 'consistent', formula='(1170, 2310, 1520)')} share.",
    )

    # 4. The first two winters in the settlements.
    a.P(
        "The Karaganda settlements had put up 1,460 houses for their 2,310 families by "
        "January 1937, and the land office had sent them 46 tractors and 184 ploughs.",
        f"The inspectors reckoned that "
        f"{C('about a quarter', 'multiple', 'unverifiable')} of the families still had no "
        f"cow of their own.",
        f"In the first winter 1,148 of the 22,650 deportees died, "
        f"{C('50.7 per 1,000', 'rate', 'consistent', formula='1148/22650*1000')}.",
        f"In the second winter deaths "
        f"{C('halved', 'multiple', 'consistent', formula='571/1148')}, to 571.",
    )

    # 5. Arrests by month, 1937-1938 (October against every other monthly or seasonal figure).
    months = "(2418, 1236, 1975, 1107, 612, 508, 410, 842)"
    a.P(
        f"Once the order of August 1937 reached the oblast, its NKVD arrested 1,236 people "
        f"in September, 2,418 in October, 1,975 in November and 1,107 in December, "
        f"{C('6,736', 'sum', 'consistent', formula='1236+2418+1975+1107')} in the last four "
        f"months of the year.",
        f"Arrests {C('nearly doubled', 'multiple', 'consistent', formula='2418/1236')} from "
        f"September to October, which remained the "
        f"{C('heaviest', 'comparison', 'consistent', formula=months)} month "
        f"of the whole operation.",
        f"In 1938 the returns record 612 arrests in January, 508 in February and 410 in "
        f"March, {C('1,530', 'sum', 'consistent', formula='612+508+410')} for the quarter.",
        f"The autumn round-up added another 842, and the final return raised the total to "
        f"{C('8,266', 'sum', 'inconsistent', g(6736 + 1530 + 842), '6736+1530+842')} by "
        f"adding the 1,530 of the spring and the 842 of the autumn to the 6,736 of 1937.",
    )

    # 6. Arrests by occupation and nationality.
    a.P(
        "The final return gives the occupations of all 9,108 arrested: 3,870 collective "
        "farmers, 2,215 workers, 1,290 office employees and 968 railwaymen.",
        f"The rest, {C('765', 'remainder', 'consistent', formula='9108-3870-2215-1290-968')}"
        f", were clergy, craftsmen and people with no fixed work.",
        f"Collective farmers made up "
        f"{C(pct(3870, 9108) + ' percent', 'share', 'consistent', formula='3870/9108*100')} "
        f"of the arrested, and workers, "
        f"{C('second only to', 'comparison', 'consistent', formula='(2215, 3870, 1290, 968, 765)')}"
        f" them, "
        f"{C('32.9 percent', 'share', 'inconsistent', pct(2215, 9108), '2215/9108*100')}.",
        f"By nationality the same return lists Poles at 71.1 percent, Ukrainians at 19.4 "
        f"percent and Germans, Jews and others at "
        f"{C('9.5 percent', 'sum', 'consistent', formula='100-71.1-19.4')}.",
        f"With 1,486,000 inhabitants, the oblast lost "
        f"{C('6.1 per 1,000', 'rate', 'consistent', formula='9108/1486000*1000')} of its "
        f"people to the operation.",
    )

    # 7. The albums.
    times = "about two and a half times as many"
    a.P(
        "Of the 9,108 cases, 8,694 were sent to Moscow in the albums; the rest were heard by "
        "the oblast troika.",
        f"The albums came back with 6,152 death sentences, 2,479 camp terms and 63 cases "
        f"returned for further investigation, "
        f"{C('8,694', 'sum', 'consistent', formula='6152+2479+63')} in all.",
        f"Death sentences were "
        f"{C(pct(6152, 8694) + '%', 'share', 'consistent', formula='6152/8694*100')} of the "
        f"album cases, and "
        f"{C(times, 'comparison', 'consistent', formula='(6152, 2479)')} people "
        f"were sentenced to be shot as to the camps.",
        f"The 86 operatives of the oblast NKVD had handled "
        f"{C('16', 'rate', 'inconsistent', '106', '9108/86')} cases each.",
        f"The albums sorted the accused into "
        f"{C('four', 'count', 'consistent', formula='4')} groups: spies, saboteurs, members "
        f"of the Polish Military Organisation and anti-Soviet elements.",
    )

    # 8. Who was shot.
    a.P(
        f"Railwaymen were "
        f"{C('more likely', 'comparison', 'consistent', formula='(781/968, 2590/3870)')} "
        f"to be shot than collective farmers: 781 of 968 against 2,590 of 3,870.",
        f"Workers were shot at a "
        f"{C('lower', 'comparison', 'inconsistent', 'higher', '(1622/2215, 2590/3870)')} rate "
        f"than collective farmers, 1,622 of 2,215 against 2,590 of 3,870.",
        f"Of the 9,108 arrested, 71.1 percent were Poles, and 67 percent of these were shot: "
        f"{C('about 3,440', 'chain', 'inconsistent', 'about 4,340', '9108*0.711*0.67')} "
        f"people.",
    )

    # 9. The children.
    a.P(
        "The arrests left 3,200 children in the oblast with neither parent at home.",
        f"Of these, 800 were placed in children's homes, and 200 of those in homes outside "
        f"the oblast ({C('25 percent', 'share', 'ambiguous', formula='200/800*100')}).",
        f"The other {C('2,400', 'remainder', 'consistent', formula='3200-800')} were taken "
        f"in by relatives or neighbours.",
        f"Before the operation the homes of the oblast had held 340 children; by the summer "
        f"of 1938 they held 910, so their numbers had "
        f"{C('more than doubled', 'multiple', 'consistent', formula='910/340')}.",
        f"The oblast's 14 homes thus had {C('65', 'rate', 'consistent', formula='910/14')} "
        f"children to a home.",
    )

    # 10. The 1939 review.
    a.P(
        "In 1939 the oblast procuracy reviewed 2,316 cases of people sent to the camps by the "
        "troika or through the albums.",
        f"The cases still awaiting a decision fell from 2,316 in January to 1,158 in June "
        f"({C('50 percent', 'share', 'ambiguous', formula='1158/2316*100')}).",
        f"Of the cases, 1,870 sentences were confirmed, 318 reduced and the remaining "
        f"{C('128', 'remainder', 'consistent', formula='2316-1870-318')} annulled, or "
        f"{C(pct(128, 2316) + ' per cent', 'share', 'consistent', formula='128/2316*100')}"
        f" of those reviewed.",
        f"Releases {C('tripled', 'multiple', 'inconsistent', 'doubled', '86/42')} from the "
        f"first half of the year to the second, from 42 to 86.",
        f"The work, done by 12 procurators with 60 clerks, ran from January 1939 to the end "
        f"of April 1940, a {C('sixteen-month', 'duration', 'consistent', formula='16')} "
        f"period.",
        f"The procurators noted that {C('20 percent', 'share', 'unverifiable')} of the files "
        f"held no signed confession at all.",
    )

    # 11. The commission, and the time inside.
    a.P(
        f"The review commission had {C('four', 'count', 'inconsistent', 'three', '3')} "
        f"members: the oblast procurator, a judge of the oblast court and the head of the "
        f"NKVD investigative section.",
        f"A Dovbysh teacher arrested on 3 November 1937 and freed on 5 October 1939 had "
        f"spent {C('twenty-one months', 'duration', 'inconsistent', 'twenty-three months', '23')}"
        f" in prison.",
        f"The operation as a whole ran from 20 August 1937 to 15 November 1938, "
        f"{C('nearly fifteen months', 'duration', 'consistent', formula='452/30.44')}.",
    )

    # 12. The camps, the survivors and the settlers.
    a.P(
        f"Of the 2,479 sentenced to the camps, 62 percent were still alive in 1946, and 45 "
        f"percent of these came back to the oblast: "
        f"{C('about 690', 'chain', 'consistent', formula='2479*0.62*0.45')} people.",
        f"Of those who came back, "
        f"{C('31 percent', 'share', 'unverifiable')} were refused leave to live in the "
        f"frontier districts.",
        f"Of the 5,000 families removed in 1936, 46.2 percent went to Karaganda, and a third "
        f"of these had moved into the town itself by 1940: "
        f"{C('about 770', 'chain', 'consistent', formula='5000*0.462/3')} families.",
        f"The settlers of 1936 were freed from the commandant's roll only in 1949, after "
        f"{C('thirteen years', 'duration', 'consistent', formula='1949-1936')} in exile.",
        f"The camp administration later put mortality in its Karaganda divisions at "
        f"{C('about 90 per 1,000', 'rate', 'unverifiable')} a year.",
    )

    # 13. The 1990s lists (the shortfall slip prints the share kept, not the fall).
    fall = "(6152-5540)/6152*100"
    a.P(
        f"In 1993 the oblast rehabilitation commission published 8,950 names of people "
        f"arrested in the operation, "
        f"{C('158', 'remainder', 'consistent', formula='9108-8950')} fewer than the NKVD's "
        f"final return of 9,108.",
        f"For 1,840 of the 8,950 names, "
        f"{C('about a fifth', 'multiple', 'consistent', formula='1840/8950')}, it gave no "
        f"occupation, but "
        f"{C('the great majority', 'multiple', 'consistent', formula='7310/8950')}, 7,310, "
        f"were marked as Poles.",
        f"It could document 5,540 executions against the NKVD's 6,152, a shortfall of "
        f"{C(pct(5540, 6152) + ' percent', 'share', 'inconsistent', pct(612, 6152), fall)}.",
    )

    # 14. The memorial book.
    a.P(
        f"The memorial book of 1997 raised the total to "
        f"{C('9,367', 'sum', 'consistent', formula='8950+262+155')} by adding 262 names "
        f"from the railway police files and 155 from the records of the border troops.",
        f"Its count is thus "
        f"{C('higher', 'comparison', 'consistent', formula='(9367, 9108)')} than the NKVD's "
        f"own, for the first time in any published list.",
        "Neither the commission nor the book could say how many of the 3,200 children ever "
        "found their parents again.",
    )
    return a


if __name__ == "__main__":
    art = polishoperation()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:36} "
              f"{c.get('intended', '')!s:20} {f or ''} = {v}")
