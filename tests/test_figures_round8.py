"""Issue #14, round eight: families behind the misses of four articles written by others.
Every sentence is our own and its numbers are invented; each verdict, input and intended
figure was worked out by hand."""

from __future__ import annotations

import re

import pytest

from borderlands.figures import Check, check_text
from borderlands.figures.evaluate import same_figure

ORDER = {"inconsistent": 0, "ambiguous": 1, "consistent": 2, "unverifiable": 3}

#: (text, claimed figure or cue word, kind, verdict, intended figure of a slip, inputs the
#: verdict must name as printed)
Case = tuple[str, str, str, str, str | None, tuple[str, ...]]

CASES: list[Case] = [
    # the scale of a rate per 1,000 is no part of a share: 416 / 5,200 = 8.0 percent
    ("Of the 5,200 prisoners taken into the infirmary, 416 died: 8.0 percent of those "
     "taken in, or 3.1 per 1,000 of the camp.", "8.0", "share", "consistent", None,
     ("416", "5,200")),
    # 1,350 / 7,500 = 18.0 percent
    ("The raion sent 7,500 men to the labour army and 1,350 of them died, 18.0 percent, "
     "some 22 per 1,000 of its people.", "18.0", "share", "consistent", None,
     ("1,350", "7,500")),
    ("The raion sent 7,500 men to the labour army and 1,350 of them died, 19.0 percent, "
     "some 22 per 1,000 of its people.", "19.0", "share", "inconsistent", None,
     ("1,350", "7,500")),
    # a percentage that adds the percentages before it: 22.5 + 18.3 = 40.8
    ("Of the 12,000 exiles at work, 2,700 were in the mines, 2,196 in the sawmills and 1,100 "
     "on the roads. The mines took 22.5 percent and the sawmills 18.3 percent, so that the "
     "two together held 40.8 percent.", "40.8", "sum", "consistent", None, ("22.5", "18.3")),
    # 31.0 + 12.5 = 43.5
    ("The kolkhoz had 4,000 members: 1,240 Kazakhs, 500 Germans and 2,260 others. The Kazakhs "
     "made up 31.0 percent and the Germans 12.5 percent, 43.5 percent between them.", "43.5",
     "sum", "consistent", None, ("31.0", "12.5")),
    # 61.2 + 20.4 = 81.6
    ("The 9,800 refugees of the uezd were 6,000 Poles, 2,000 Latvians and 1,800 Jews; the "
     "Poles formed 61.2 percent and the Latvians 20.4 percent, 81.6 percent combined.",
     "81.6", "sum", "consistent", None, ("61.2", "20.4")),
    # fulfilment of a plan, past a nearer figure per head: 1,512,000 / 1,400,000 = 108.0
    ("In 1950 the 4,200 miners cut 1,512,000 tons of coal, 360 tons a head, against a plan of "
     "1,400,000 tons (108.0%).", "108.0", "share", "consistent", None,
     ("1,512,000", "1,400,000")),
    # 9,430 / 8,200 = 115.0
    ("The 820 fishermen of the artel landed 9,430 tons, 11.5 tons a man, against a target of "
     "8,200 tons (115.0 percent).", "115.0", "share", "consistent", None,
     ("9,430", "8,200")),
    # a total raised by an addition against the stock before it: 26,000 / (26,000 - 14,000)
    ("By 1930 the trust had built 12,000 huts. It built a further 14,000 in 1931, bringing "
     "the total to 26,000, and so more than doubled its stock.", "more than doubled",
     "multiple", "consistent", None, ("14,000", "26,000")),
    # 9,000 / (9,000 - 5,000) = 2.25
    ("The camp held 4,000 in March; another 5,000 came in April, raising the number to 9,000 "
     "and more than doubling it.", "more than doubling", "multiple", "consistent", None,
     ("5,000", "9,000")),
    # 3,100 / (3,100 - 2,000) = 2.8: nearly tripled
    ("The school had 1,100 pupils in 1926; an additional 2,000 enrolled over two years, which "
     "took the roll to 3,100 and nearly tripled it.", "nearly tripled", "multiple",
     "consistent", None, ("2,000", "3,100")),
    # 3,100 / (3,100 - 600) = 1.24: no doubling
    ("The school had 2,500 pupils in 1926; a further 600 enrolled over two years, bringing "
     "the roll to 3,100 and so doubling it.", "doubling", "multiple", "inconsistent", None,
     ("600", "3,100")),
    # a chain whose base the sentence names by its noun: 16,000 * 45% * 2/3 = 4,800
    ("In 1925 the bank granted 16,000 loans to settlers, 240 million drachmas in all. Those "
     "repaid came to 130 million drachmas, 54 percent of the sum. Of the loans, 45 percent "
     "went to the villages of the plain, and two-thirds of those bought oxen: about 4,800 "
     "loans.", "4,800", "chain", "consistent", None, ("16,000",)),
    # 12,600 * 1/3 * 1/2 = 2,100
    ("The echelons brought 12,600 deportees to the oblast, in 9,000 tons of freight cars. "
     "Among the deportees, a third were children, and half of these were under five: some "
     "2,100 infants.", "2,100", "chain", "consistent", None, ("12,600",)),
    # 8,000 * 25% * 40% = 800, not 1,800
    ("The commission registered 8,000 claims for lost land, worth 30 million lei. Of the "
     "claims, 25 percent came from the hill villages, and 40 percent of those were refused: "
     "1,800 claims.", "1,800", "chain", "inconsistent", "800", ("8,000",)),
    # a numeral joined to a name by a hyphen is no part of a sum: 3,200 + 2,750 + 1,900 + 1,150
    ("The echelon was split between Lager-7, Kotlas, Pinyug-2 and Urdoma. Lager-7 took 3,200 "
     "persons, Kotlas 2,750 and Pinyug-2 1,900; Urdoma received the last 1,150, bringing the "
     "total to 9,000.", "9,000", "sum", "consistent", None, ("3,200", "1,900")),
    ("Barracks Kolyma-3 held 412 men and Kolyma-4 388 men, 800 in all.", "800", "sum",
     "consistent", None, ("412", "388")),
    # a duration in years and months, counted in months between two dated months
    ("The survey ran from May 1931 to August 1934, three years and three months.",
     "three years and three months", "duration", "consistent", None, ()),
    ("The commission sat from January 1946 to April 1947, a year and three months.",
     "a year and three months", "duration", "consistent", None, ()),
    ("The trek lasted from October 1915 to June 1917, one year and eight months.",
     "one year and eight months", "duration", "consistent", None, ()),
    ("The survey ran from May 1931 to August 1934, three years and five months.",
     "three years and five months", "duration", "inconsistent",
     "three years and three months", ()),
    # a share of a whole printed only as a part and "the remaining" count: 6,300 / 9,000
    ("Of the settlers, 6,300, the great majority, stayed on the land; the remaining 2,700 "
     "moved to the towns, 30.0 percent of them.", "30.0", "share", "consistent", None,
     ("2,700", "6,300")),
    ("Of the settlers, 6,300, the great majority, stayed on the land; the remaining 2,700 "
     "moved to the towns, 3.0 percent of them.", "3.0", "share", "inconsistent", "30.0",
     ("2,700", "6,300")),
    ("Most of the deportees, 4,400, found work on the kolkhozy; the other 1,100 were sent to "
     "the mines, a fifth of the whole.", "a fifth", "fraction", "consistent", None,
     ("1,100", "4,400")),
    ("In the uezd 3,720 refugees were housed in villages, the great majority, and the rest, "
     "480, in the town.", "the great majority", "fraction", "consistent", None,
     ("3,720", "480")),
    # a printed whole beats the sum of a part and "the other" count: 4,480 / 6,400 = 70.0
    ("Of the 6,400 families on the list, 4,480 had thus been resettled (70.0 percent); the "
     "other 1,290 waited in the camps.", "70.0", "share", "consistent", None,
     ("4,480", "6,400")),
    # the year a yearly series peaked: its count against the other years' (a ranking names
    # no formula, so no inputs are asserted; the intended year is)
    ("The camp recorded 412 escapes in 1949, 538 in 1950, 296 in 1951 and 90 in 1952. "
     "Escapes were highest in 1950, when guards were fewest.", "highest", "comparison",
     "consistent", None, ()),
    ("Arrests in the district numbered 1,210 in 1936, 4,870 in 1937 and 2,300 in 1938; they "
     "peaked in 1938.", "peaked", "comparison", "inconsistent", "1937", ()),
    ("Petitions fell from 830 in 1946 to 610 in 1947 and 240 in 1948, the fewest in 1948.",
     "fewest", "comparison", "consistent", None, ()),
    ("The mill ground 3,400 tons of grain in 1931, 2,100 tons in 1932 and 2,900 tons in "
     "1933. Output was lowest in 1933.", "lowest", "comparison", "inconsistent", "1932", ()),
    # a total short of its listed parts' sum by exactly one of them: a part left out
    # 2,410 + 1,980 + 1,230 = 5,620; 3,640 misses 1,980
    ("The three camps held 2,410, 1,980 and 1,230 persons, 3,640 in all.", "3,640", "sum",
     "inconsistent", "5,620", ("2,410", "1,980", "1,230")),
    # 1,120 + 940 + 860 + 610 + 470 = 4,000; 3,530 misses 470
    ("In May the five depots still held 1,120, 940, 860, 610 and 470 horses, 3,530 in all.",
     "3,530", "sum", "inconsistent", "4,000", ("1,120", "470")),
    # raised from the total of the sentence before: 6,200 + 840 + 510 = 7,550
    ("The first echelons brought 6,200 persons to the camp. In May another 840 arrived and in "
     "June a further 510, raising the number held to 6,710.", "6,710", "sum", "inconsistent",
     "7,550", ("6,200", "840", "510")),
    # raised "by adding", the earlier total two sentences back: 3,300 + 1,300 + 450 = 5,050
    ("By 1947 the trust employed 3,300 settlers in all. Most of them felled timber. The "
     "decree of 1948 raised the total to 4,600 by adding 1,300 Balts and 450 Poles.", "4,600",
     "sum", "inconsistent", "5,050", ("3,300", "1,300", "450")),
    ("By 1947 the trust employed 3,300 settlers in all. Most of them felled timber. The "
     "decree of 1948 raised the total to 5,050 by adding 1,300 Balts and 450 Poles.", "5,050",
     "sum", "consistent", None, ("3,300", "1,300", "450")),
    # a rate per 1,000 on its own clause's count and whole, after a paragraph whose earlier
    # rate named another whole: 270 / 5,400 * 1000 = 50, printed with a digit doubled
    ("In 1942, 31,000 deportees reached the camp and 1,550 of them died, 50 per 1,000. At the "
     "second camp, where 12,000 arrived, 960 died, or 80 per thousand. The transit barracks "
     "recorded 270 deaths among 5,400 arrivals, 550 per 1,000.", "550", "rate",
     "inconsistent", "50", ("270", "5,400")),
    ("In 1942, 31,000 deportees reached the camp and 1,550 of them died, 50 per 1,000. At the "
     "second camp, where 12,000 arrived, 960 died, or 80 per thousand. The transit barracks "
     "recorded 270 deaths among 5,400 arrivals, 50 per 1,000.", "50", "rate",
     "consistent", None, ("270", "5,400")),
    # "one <unit> for every N <counted>", the counts named by the two nouns: 1,440 / 12 = 120
    ("At the height of the epidemic the hospital held 1,440 patients. Twelve doctors and 40 "
     "nurses worked there, one doctor for every 120 patients.", "120", "rate", "consistent",
     None, ("1,440", "Twelve")),
    ("At the height of the epidemic the hospital held 1,440 patients. Twelve doctors and 40 "
     "nurses worked there, one doctor for every 20 patients.", "20", "rate", "inconsistent",
     "120", ("1,440", "Twelve")),
    # 2,430 / 27 = 90
    ("The settlement counted 2,430 exiles in the spring. It had 27 wells, one well per 90 "
     "exiles.", "90", "rate", "consistent", None, ("2,430", "27")),
    # a rank beside a count, among the counts printed beside names before it (no formula is
    # named for a ranking; the intended place is)
    ("The 1939 count found 41,200 settlers in Karaganda, 27,900 in Akmolinsk, 19,400 in "
     "Pavlodar and 8,300 in Kustanai, 96,800 in all. Pavlodar, with 19,400, came third among "
     "the oblasts.", "third", "comparison", "consistent", None, ()),
    ("The 1939 count found 41,200 settlers in Karaganda, 27,900 in Akmolinsk, 19,400 in "
     "Pavlodar and 8,300 in Kustanai, 96,800 in all. Akmolinsk, with 27,900, ranked third "
     "among the oblasts.", "third", "comparison", "inconsistent", "second", ()),
    ("The tribunal of Tara heard 530 cases and that of Ishim 410. Tobol heard 290 and Omsk "
     "120, which put Omsk's tribunal fourth of the four.", "fourth", "comparison",
     "consistent", None, ()),
    ("The tribunal of Tara heard 530 cases and that of Ishim 410. Tobol heard 290 and Omsk "
     "120, which put Tobol's tribunal second of the four.", "second", "comparison",
     "inconsistent", "third", ()),
    # a fall between two counts: (8,000 - 6,000) / 8,000 = 25 percent
    ("The camp held 8,000 in May and 6,000 in July, a drop of 25 percent.", "25", "share",
     "consistent", None, ("8,000", "6,000")),
    # what remained printed as the fall: 2,100 / 8,400 = 25.0 remained, the fall is 75.0
    ("The Poles of the uezd numbered 8,400 in 1916 and only 2,100 in 1918, a decline of 25.0 "
     "percent.", "25.0", "share", "inconsistent", "75.0", ("8,400", "2,100")),
    # the counts after the figure: (5,000 - 3,000) / 5,000 = 40.0
    ("Its herds fell by 40.0 percent, from 5,000 head in 1930 to 3,000 in 1932.", "40.0",
     "share", "consistent", None, ()),
    # in brackets after "from A to B", or after "a change of", the figure may be either
    ("The school roll went from 900 in 1941 to 450 in 1943 (50 percent).", "50", "share",
     "ambiguous", None, ()),
    ("The barracks population fell from 2,400 to 1,560 (65.0 percent).", "65.0", "share",
     "ambiguous", None, ()),
    ("The Estonians went down from 3,300 in 1945 to 1,650 in 1947, a change of 50.0%.",
     "50.0", "share", "ambiguous", None, ()),
    # counts of listed items: long items, an "and" inside the last item, names with numerals,
    # lists in brackets
    ("The board weighed each petition against three records: the parish books of the "
     "village, the tax lists of the volost and the statements taken from the neighbours.", "three",
     "count", "consistent", None, ()),
    ("The money came from three sources: the ministry in Petrograd, the zemstvo of the "
     "province and gifts from the churches and mosques.", "three", "count", "consistent",
     None, ()),
    ("The echelon was sent on to four points: Lager-7, Kotlas, Pinyug-2 and Urdoma.", "four",
     "count", "consistent", None, ()),
    ("The decree struck four groups off the list: invalids of the first class, mothers "
     "of large families and pupils boarding far from home.", "four", "count",
     "inconsistent", "three", ()),
    ("By 1946 the three camps of the district (Sarma, Kezhma and Boguchany) still held "
     "2,900 people.", "three", "count", "consistent", None, ()),
    ("The decree freed three peoples (the Balkars, the Karachais and the Kalmyks) and "
     "their families.", "three", "count", "consistent", None, ()),
    ("The four villages of the valley (Ust-Kut, Zhigalovo and Kirensk) sent no one back.",
     "four", "count", "inconsistent", "three", ()),
    # superlatives and "second only to" said of a name whose count is printed before
    ("Tara took 6,100 exiles, Ishim 4,800 and Tobol 3,300; Omsk, the smallest, took the "
     "last 1,900.", "smallest", "comparison", "consistent", None, ()),
    ("Tara took 6,100 exiles, Ishim 4,800 and Tobol 3,300; Omsk, the smallest, took the "
     "last 3,900.", "smallest", "comparison", "inconsistent", None, ()),
    ("The daily ration was 520 grams at Tara, 480 at Ishim, 450 at Tobol and 400 at Omsk, "
     "the lowest of the four.", "lowest", "comparison", "consistent", None, ()),
    ("Tara sent home 2,200 families, Ishim 1,750, Tobol 1,300 and Omsk 1,460. Omsk, the "
     "poorest of the districts, sent the fewest home.", "fewest", "comparison",
     "inconsistent", None, ()),
    ("The register counted 30,100 Poles, 21,700 Jews, 9,400 Latvians and 6,800 Letts. The "
     "Jews, with 21,700, came second only to the Poles.", "second only to", "comparison",
     "consistent", None, ()),
    ("The register counted 30,100 Poles, 21,700 Jews, 9,400 Latvians and 6,800 Letts. The "
     "Latvians came second only to the Poles.", "second only to", "comparison",
     "inconsistent", None, ()),
    # a majority of the group the sentence before counts, its subject the noun of a part:
    # 7,400 / 9,000 = 82 percent
    ("In 1955 the office released 7,400 children, 900 students and 700 invalids, 9,000 "
     "people in all. Children were the great majority of them.", "the great majority",
     "fraction", "consistent", None, ("7,400", "9,000")),
    # 2,400 / 5,000 = 48 percent
    ("In 1955 the office released 2,400 children, 1,900 students and 700 invalids, 5,000 "
     "people in all. Children were the great majority of them.", "the great majority",
     "fraction", "inconsistent", None, ("2,400", "5,000")),
    ("The camp counted 4,100 women, 2,200 men and 600 children, 6,900 inmates in all. Women "
     "made up most of them.", "most", "fraction", "consistent", None, ("4,100", "6,900")),
    # "Of the N ... most were": 390 / 450
    ("Of the 450 runaways of 1951 most were caught within weeks, 390 in all, and 60 were "
     "never found.", "most", "fraction", "consistent", None, ()),
    ("Of the 450 runaways of 1951 most were caught within weeks, 120 in all, and 330 were "
     "never found.", "most", "fraction", "inconsistent", None, ()),
    # a multiple between two years of a yearly series printed in a sentence before
    ("The camp took in 2,600 exiles in 1946, 1,250 in 1947 and 3,900 in 1948. Arrivals were "
     "halved from 1946 to 1947 and then tripled in 1948.", "halved", "multiple",
     "consistent", None, ("2,600", "1,250")),
    ("The camp took in 2,600 exiles in 1946, 1,250 in 1947 and 3,900 in 1948. Arrivals were "
     "halved from 1946 to 1947 and then tripled in 1948.", "tripled", "multiple",
     "consistent", None, ("1,250", "3,900")),
    ("Arrests numbered 400 in 1936, 1,300 in 1937 and 700 in 1938. They more than tripled in "
     "1937 and doubled in 1938.", "doubled", "multiple", "inconsistent", None,
     ("1,300", "700")),
    # the sentence's own two counts decide, not counts of another thing in those years
    ("The school taught 1,450 pupils in 1924 and 1,900 in 1927. The price of a cow halved "
     "between 1924 and 1927, from 4,800 drachmas to 2,350.", "halved", "multiple",
     "consistent", None, ("4,800", "2,350")),
    # the rest of a whole whose parts are spread over the sentences before it:
    # 20,000 - 8,100 - 4,300 - 2,900 - 3,200 = 1,500
    ("By May the commission had registered 20,000 refugees. Poles made up 8,100 of them, "
     "Latvians 4,300 and Jews 2,900. The Lithuanians, with 3,200, came fourth. The remaining "
     "1,500 were of other nationalities.", "1,500", "remainder", "consistent", None,
     ("20,000", "8,100", "3,200")),
    # 950,000 - 512,000 - 230,000 - 160,000 = 48,000, past a cost a head
    ("In 1916 the committee spent 950,000 rubles, about 12.5 rubles for each refugee. Food "
     "took 512,000 rubles, clothing 230,000 and lodging 160,000. The remaining 48,000 rubles "
     "paid for carriage.", "48,000", "remainder", "consistent", None,
     ("950,000", "512,000", "160,000")),
    # "N <counted> to a <unit>" whose counts stand in the sentences before: 8,400 / 150 = 56
    ("The 36,000 settlers of the oblast formed 8,400 families. The trust housed them in 150 "
     "hamlets: 90 old ones and 60 built new. That came to about 56 families to a hamlet.",
     "56", "rate", "consistent", None, ("8,400", "150")),
    ("The 36,000 settlers of the oblast formed 8,400 families. The trust housed them in 150 "
     "hamlets: 90 old ones and 60 built new. That came to about 65 families to a hamlet.",
     "65", "rate", "inconsistent", "56", ("8,400", "150")),
    # differences said as a shortfall or an increase: 30,000 - 26,400 = 3,600
    ("By 1930 the trust had built 26,400 huts. The plan had promised 30,000 and so fell "
     "short by 3,600.", "3,600", "remainder", "consistent", None, ("30,000", "26,400")),
    # 6,100 - 4,350 = 1,750
    ("In those years the parish books entered 6,100 births and 4,350 deaths, a natural "
     "increase of 1,750.", "1,750", "remainder", "consistent", None, ("6,100", "4,350")),
    ("In those years the parish books entered 6,100 births and 4,350 deaths, a natural "
     "increase of 1,570.", "1,570", "remainder", "inconsistent", "1,750", ("6,100", "4,350")),
    # 12,000 - 10,800 = 1,200
    ("The kolkhoz was to deliver 12,000 poods and delivered 10,800, a deficit of 1,200.",
     "1,200", "remainder", "consistent", None, ("12,000", "10,800")),
    # a percentage in brackets after two counts that two readings give alike: ambiguous
    # 800 / 1,600 = 50 percent: the fall and what remained
    ("The mission's cattle, 1,600 when the exiles came, were down to 800 a year later (50 "
     "percent).", "50", "share", "ambiguous", None, ()),
    # 1,000 / 1,618 = 61.8 percent and (1,618 - 1,000) / 1,000 = 61.8 percent
    ("The village schools counted 1,000 pupils in 1925 and 1,618 in 1928 (61.8 percent).",
     "61.8", "share", "ambiguous", None, ()),
    # 100 of 250 remained: "down to" is a decline, and the figure what remained
    ("The mission's horses, 250 when the exiles came, were down to 100 a year later (40 "
     "percent).", "40", "share", "ambiguous", None, ()),
    # "more likely at A than at B" against the rates printed for A and B before it
    ("In 1944 the camp at Karabas took in 12,000 deportees. Of them 480 died, 40 per 1,000. "
     "At Dolinka, where 8,000 arrived, 560 died, or 70 per thousand. A deportee was thus "
     "more likely to die at Dolinka than at Karabas.", "more likely", "comparison",
     "consistent", None, ()),
    ("In 1944 the camp at Karabas took in 12,000 deportees. Of them 480 died, 40 per 1,000. "
     "At Dolinka, where 8,000 arrived, 560 died, or 70 per thousand. A deportee was thus "
     "more likely to die at Karabas than at Dolinka.", "more likely", "comparison",
     "inconsistent", "the reverse", ()),
    ("In Tomsk 6.5 percent of the exiles fell ill; in Narym 9.0 percent did. An exile was "
     "less likely to fall ill in Tomsk than in Narym.", "less likely", "comparison",
     "consistent", None, ()),
]


def judged(text: str, figure: str) -> Check | None:
    """The most severe check on ``figure`` (its occurrence in the text's last sentence)."""
    report = check_text(text)
    numeral = rf"(?<![\w.])(?<!\d,){re.escape(figure)}(?!\w|,\d)"
    at = [m.start() for m in re.finditer(numeral, text)]
    start = next(i for i in at if i > text.rfind(". ", 0, at[-1]))
    end = start + len(figure)
    found = [
        c
        for c in report.checks
        if c.claim.raw_start < end and start < max(c.claim.raw_end, c.claim.raw_start + 1)
    ]
    return min(found, key=lambda c: ORDER[c.verdict]) if found else None


def problems(case: Case) -> list[str]:
    """What the checker gets wrong on one case (empty when it is right)."""
    text, figure, kind, verdict, intended, inputs = case
    c = judged(text, figure)
    if c is None:
        return ["no check"]
    out: list[str] = []
    if c.verdict != verdict:
        out.append(f"verdict {c.verdict} ({c.kind}: {c.explanation})")
    if c.kind != kind:
        out.append(f"kind {c.kind}")
    if intended is not None and not same_figure(c.intended, intended):
        out.append(f"intended {c.intended}")
    named = {f.quantity.text for f in c.fit.inputs} if c.fit else set()
    missing = [i for i in inputs if i not in named]
    if missing and verdict in ("consistent", "inconsistent"):
        out.append(f"inputs lack {missing}")
    return out


@pytest.mark.parametrize("case", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_round8_sentences(case: Case) -> None:
    assert problems(case) == []


def test_what_a_total_leaves_behind_is_no_part_left_out() -> None:
    """1,200 + 900 + 400 = 2,500; the 600 left behind would make the total short of the
    "sum" by one part, but it follows the total and is no addition to it."""
    c = judged("They were released in three groups, 1,200 in May, 900 in June and 400 in "
               "July, 2,500 in all, leaving 600 behind.", "2,500")
    assert c is not None and c.kind == "sum" and c.verdict != "inconsistent"
