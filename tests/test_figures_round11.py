"""Issue #14, round eleven: families behind the false flags and misses of three articles
written by others. Every sentence is our own and its numbers are invented; each verdict,
input and intended figure was worked out by hand."""

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
    # a total whose subject counts fewer parts than the sentence before lists:
    # 2,900 + 1,700 = 4,600 (the other two parts, 3,300 and 800, are not counted in)
    ("The deportees went to four oblasts: Omsk 3,300, Tomsk 2,900, Novosibirsk 1,700 and "
     "Altai 800. The two Siberian border oblasts together received 4,600.", "4,600", "sum",
     "consistent", None, ("2,900", "1,700")),
    # 5,100 + 2,250 = 7,350
    ("Five camps took the prisoners: Ivdel 5,100, Usol 4,400, Kargopol 2,250, Vyatka 1,900 "
     "and Unzha 600. Both northern camps between them held 7,350.", "7,350", "sum",
     "consistent", None, ("5,100", "2,250")),
    # 410 + 380 + 150 = 940
    ("The villages sent carts: Ozerki 410, Lipovka 380, Belaya 150, Kamenka 95 and Dubki "
     "60. The three river villages combined sent 940.", "940", "sum", "consistent", None,
     ("410", "380", "150")),
    # 600 + 300 = 900 and 500 + 400 = 900: two pairs fit, so the words are ambiguous
    ("The herds were split among four farms: 600, 500, 400 and 300 head. The two upland "
     "farms together kept 900 head.", "900", "sum", "ambiguous", None, ()),
    # a duration counted from an event the text narrated, not dated by its noun:
    # the convoys left in 1931 (the year in force where they were told); 1951 - 1931 = 20
    ("In the autumn of 1931 the first convoys left Kharkiv for the Urals. By 1934 the "
     "settlement had a school and a clinic. The exiles were freed from the register in "
     "1951, twenty years after the convoys had left.", "twenty years", "duration",
     "consistent", None, ()),
    # the removal told with its year in the same sentence: 1957 - 1944 = 13
    ("The removal of the villagers in the winter of 1944 emptied the valley. A commission "
     "of 1949 counted the houses left standing. The ban on return was lifted in 1957, "
     "thirteen years after the removal.", "thirteen years", "duration", "consistent", None,
     ()),
    # the same, misprinted: 1957 - 1944 = 13, not fifteen
    ("The removal of the villagers in the winter of 1944 emptied the valley. A commission "
     "of 1949 counted the houses left standing. The ban on return was lifted in 1957, "
     "fifteen years after the removal.", "fifteen years", "duration", "inconsistent",
     "thirteen", ()),
    # a fraction of a whole its noun names, printed both before the claim and in a later
    # sentence of another year: the nearer one is meant; 1,600 / 2,400 = 66.7 percent
    ("In 1940 the sovkhoz planned 3,000 hectares and ploughed 2,400. Wheat covered 1,600 "
     "hectares, two-thirds of the ploughed land, barley 500 and oats 300. The farms of the "
     "district had ploughed 9,000 hectares in 1939.", "two-thirds", "fraction",
     "consistent", None, ("1,600", "2,400")),
    # 1,300 / 5,200 = 25.0 percent
    ("The artel landed 5,200 tons of fish in 1946. Herring made 1,300 tons, a quarter of the "
     "catch, and cod the rest. The catch of the whole coast had been 20,800 tons in 1938.",
     "a quarter", "fraction", "consistent", None, ("1,300", "5,200")),
    # 1,700 / 5,200 = 32.7 percent and 1,700 / 20,800 = 8.2 percent: no quarter at all
    ("The artel landed 5,200 tons of fish in 1946. Herring made 1,700 tons, a quarter of the "
     "catch, and cod the rest. The catch of the whole coast had been 20,800 tons in 1938.",
     "a quarter", "fraction", "inconsistent", None, ()),
    # two comparisons of listed rates in one sentence, each read on its own entries:
    # Tara 90 / 1,500 = 0.060 > Ishim 70 / 2,000 = 0.035; Omsk 40 / 1,000 = 0.040 <
    # Tyumen 150 / 2,500 = 0.060
    ("Tara lost 90 of its 1,500, Ishim 70 of 2,000, Omsk 40 of 1,000 and Tyumen 150 of "
     "2,500. An exile at Tara was more likely to die than one at Ishim, and the death rate "
     "at Omsk was lower than at Tyumen.", "lower", "comparison", "consistent", None,
     ("40", "1,000", "150", "2,500")),
    ("Tara lost 90 of its 1,500, Ishim 70 of 2,000, Omsk 40 of 1,000 and Tyumen 150 of "
     "2,500. An exile at Tara was more likely to die than one at Ishim, and the death rate "
     "at Omsk was lower than at Tyumen.", "more likely", "comparison", "consistent", None,
     ("90", "1,500", "70", "2,000")),
    # the second comparison reversed: Tyumen's 0.060 is not lower than Omsk's 0.040
    ("Tara lost 90 of its 1,500, Ishim 70 of 2,000, Omsk 40 of 1,000 and Tyumen 150 of "
     "2,500. Deaths were more frequent at Tara than at Ishim; the rate at Tyumen was lower "
     "than at Omsk.", "lower", "comparison", "inconsistent", None, ()),
    # 300 / 4,000 = 0.075 against 200 / 5,000 = 0.040, while 150 / 1,000 = 0.150
    ("Aktyubinsk buried 300 of its 4,000, Karaganda 200 of 5,000 and Dzhezkazgan 150 "
     "of 1,000. Death was less likely at Karaganda than at Aktyubinsk, while the rate at "
     "Dzhezkazgan was higher than at Aktyubinsk.", "higher", "comparison", "consistent",
     None, ("150", "1,000", "300", "4,000")),
    # a rank in a clause of its own after a share: 13,400 ranks third of 18,200 > 15,100 >
    # 13,400 > 9,700 (the 60,000 set "against" the list is no member of it)
    ("The camps received 18,200 prisoners at Vorkuta, 9,700 at Inta, 15,100 at Pechora and "
     "13,400 at Ukhta, 56,400 in all, against the 60,000 the plan had set. Vorkuta's share "
     "came to 32.3 percent, and Ukhta, with 13,400, was second only to Vorkuta.",
     "second only to", "comparison", "inconsistent", "third", ("13,400",)),
    ("The camps received 18,200 prisoners at Vorkuta, 9,700 at Inta, 15,100 at Pechora and "
     "13,400 at Ukhta, 56,400 in all, against the 60,000 the plan had set. Vorkuta took "
     "32.3 percent of them, and Pechora, with 15,100, came second.", "second", "comparison",
     "consistent", None, ("15,100",)),
    # a superlative of a member named after its count by a preposition: 7,300 is the most
    ("The returns counted 4,100 families sent to Karaganda, 7,300 to Akmolinsk and 2,900 to "
     "Pavlodar. Akmolinsk received 51.8 percent of them, the largest group.", "largest",
     "comparison", "consistent", None, ("7,300",)),
    ("The returns counted 4,100 families sent to Karaganda, 7,300 to Akmolinsk and 2,900 to "
     "Pavlodar. Pavlodar, the smallest destination, kept its quota.", "smallest",
     "comparison", "consistent", None, ("2,900",)),
    # a share of a part whose two candidate wholes stand side by side in one earlier
    # sentence: 620 / 8,950 = 6.9 and 620 / 8,700 = 7.1 both print as 7 percent
    ("Of the 8,950 on the rolls, 8,700 reached the railhead. The convoy had 40 wagons. "
     "Invalids numbered 620, 7 percent.", "7 percent", "share", "ambiguous", None, ()),
    # 1,150 / 30,400 = 3.8 and 1,150 / 29,800 = 3.9: both 4 percent
    ("The trains took 30,400 people east, and 29,800 of them arrived. The journey lasted "
     "three weeks. Those over seventy were 1,150, or 4 percent of the deportees.",
     "4 percent", "share", "ambiguous", None, ()),
    # 41,900 / 52,300 = 80.1 and 41,900 / 51,600 = 81.2: both about 80 percent
    ("The register closed with 51,600 names, and 52,300 were released in all. The ban was "
     "lifted in 1957. By 1959, 41,900 had come home, about 80 percent of the exiles.",
     "about 80 percent", "share", "ambiguous", None, ()),
    # one of the two wholes gives the share, the other does not (620 / 9,500 = 6.5): the
    # nearer reading alone, 620 / 8,700 = 7.1
    ("Of the 9,500 on the rolls, 8,700 reached the railhead. The convoy had 40 wagons. "
     "Invalids numbered 620, 7.1 percent.", "7.1 percent", "share", "consistent", None,
     ("620", "8,700")),
    # a fraction in words is too coarse for rival wholes: 1,500 / 1,800 and 1,500 / 1,850
    # are both near five-sixths, but it is read as a fraction of the whole of its sentence
    ("The 40 trains were made up of 1,800 wagons, about 45 persons to a wagon. Of these "
     "wagons 1,500, five-sixths, were fitted with stoves.", "five-sixths", "fraction",
     "consistent", None, ("1,500", "1,800")),
    # a superlative of a list whose members are named by the nouns after their counts
    ("The kolkhozes handed in 4,300 goats, 2,150 cows, 870 horses and 310 camels, 7,630 "
     "head in all. The camels, the smallest of the herds, went to the state farm.",
     "smallest", "comparison", "consistent", None, ("310",)),
    ("The kolkhozes handed in 4,300 goats, 2,150 cows, 870 horses and 310 camels, 7,630 "
     "head in all. The goats, the largest group, were driven to the railhead.", "largest",
     "comparison", "consistent", None, ("4,300",)),
    # 870 is the third of the four, not the smallest
    ("The kolkhozes handed in 4,300 goats, 2,150 cows, 870 horses and 310 camels, 7,630 "
     "head in all. The horses, the smallest of the herds, went to the army.", "smallest",
     "comparison", "inconsistent", None, ("870",)),
    # a chain in one sentence whose last step names an age in words, no count of it:
    # 4,200 * 60% * 25% = 630
    ("Of the 4,200 who reached Fergana, 60 percent were sent to the cotton farms, and 25 "
     "percent of these were under fourteen: about 630 children.", "about 630", "chain",
     "consistent", None, ("4,200", "60", "25")),
    # 3,000 * 40% * 30% = 360
    ("Of the 3,000 settled in Tomsk, 40 percent worked in the forest, and 30 percent of "
     "them were over sixty: some 360 old men.", "some 360", "chain", "consistent", None,
     ("3,000", "40", "30")),
    # 3,000 * 40% * 30% = 360, not 560
    ("Of the 3,000 settled in Tomsk, 40 percent worked in the forest, and 30 percent of "
     "them were over sixty: some 560 old men.", "some 560", "chain", "inconsistent", None,
     ("3,000", "40", "30")),
    # "a fall of" a share that is what remained: 3,100 / 5,000 = 62 percent remained, the
    # fall was 38 percent
    ("The count found 3,100 cows where 5,000 had been handed over, a fall of 62.0 percent.",
     "62.0 percent", "share", "inconsistent", "38.0", ("3,100", "5,000")),
    ("Of the 2,400 horses received in March only 900 were found in June, a fall of 37.5 "
     "percent.", "37.5 percent", "share", "inconsistent", "62.5", ("900", "2,400")),
    # the fall itself: (5,000 - 3,100) / 5,000 = 38 percent
    ("The count found 3,100 cows where 5,000 had been handed over, a fall of 38 percent.",
     "38 percent", "share", "consistent", None, ("3,100", "5,000")),
    # the season is no decline: 1,200 / 4,800 = 25 percent
    ("In the fall of 1937 the raion listed 4,800 households, and 1,200 of them, 25 percent, "
     "were Korean.", "25 percent", "share", "consistent", None, ("1,200", "4,800")),
    # an amount "for each of the" heads: 96,000 / 4,000 = 24
    ("The trust issued 96,000 tons of coal, some 24 tons for each of the 4,000 households.",
     "some 24", "rate", "consistent", None, ("96,000", "4,000")),
    # 1,109,800 / 21,940 = 50.6, about 51
    ("The commission took 1,109,800 head in all. That came to about 51 head for each of the "
     "21,940 families deported.", "about 51", "rate", "consistent", None,
     ("1,109,800", "21,940")),
    # 61,200 / 1,800 = 34, not 43
    ("The kolkhozes delivered 61,200 centners, 43 centners for each of the 1,800 "
     "households.", "43", "rate", "inconsistent", "34", ("61,200", "1,800")),
    # a span in months summing up the two dates of the sentence before: May 1931 to
    # February 1932 is 9 months
    ("The first convoy left in May 1931 and the last in February 1932. The removal thus "
     "took nine months.", "nine months", "duration", "consistent", None, ()),
    ("The first convoy left in May 1931 and the last in February 1932. The removal thus "
     "took eleven months.", "eleven months", "duration", "inconsistent", "nine", ()),
    # April 1942 to October 1943 is 18 months
    ("Recruitment began in April 1942 and the last column was formed in October 1943. In all "
     "the call-up ran for an eighteen-month stretch.", "eighteen-month", "duration",
     "consistent", None, ()),
    # a chain whose first count already carries its share of a larger whole: 12,400 is
    # 31.0 percent of 40,000; 15 percent of 12,400 = 1,860
    ("The lists held 40,000 names. Men of working age numbered 12,400, or 31.0 percent. "
     "Of these men 15 percent were sent to the mines: about 1,860 were taken in the first "
     "week.", "about 1,860", "chain", "consistent", None, ("12,400", "15")),
    # 8,500 (42.5 percent of 20,000); a fifth of 8,500 = 1,700
    ("The camp counted 20,000 inmates. Women numbered 8,500 (42.5 percent). Of these women "
     "20 percent had children with them, some 1,700 mothers.", "some 1,700", "chain",
     "consistent", None, ("8,500", "20")),
    # 8,500 * 20 percent = 1,700, not 1,300
    ("The camp counted 20,000 inmates. Women numbered 8,500 (42.5 percent). Of these women "
     "20 percent had children with them, some 1,300 mothers.", "some 1,300", "chain",
     "inconsistent", None, ("8,500", "20")),
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
    # a comparison names the figures it compared in its explanation ("40 / 1,000 against ...")
    shown = set(re.findall(r"[\d,.]+\d", c.explanation)) if c.fit is None else set()
    missing = [i for i in inputs if i not in named | shown]
    if missing and verdict in ("consistent", "inconsistent"):
        out.append(f"inputs lack {missing}")
    return out


@pytest.mark.parametrize("case", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_round11_sentences(case: Case) -> None:
    assert problems(case) == []
