"""Issue #14, round nine: families behind the false flags on three articles written by
others and on the six of the earlier rounds. Every sentence is our own and its numbers are
invented; each verdict, input and intended figure was worked out by hand."""

from __future__ import annotations

import re

import pytest

from borderlands.figures import Check, check_text
from borderlands.figures.evaluate import same_figure

ORDER = {"inconsistent": 0, "ambiguous": 1, "consistent": 2, "unverifiable": 3}

#: (text, claimed figure or cue word, kind, verdict, intended figure of a slip, inputs the
#: verdict must name as printed)
Case = tuple[str, str, str, str, str | None, tuple[str, ...]]

KUBAN = "In the Kuban each family was given 60 hectares. "
SETTLERS = (
    "The settlers came from Kiev (12,400), Odessa (8,200), Poltava (4,100) and Kharkov (1,300). "
)

CASES: list[Case] = [
    # "second only to" a rival the list does not print: the member must head the list
    # (51 > 42 > 33), the rival standing above it
    (KUBAN + "In Stavropol a family got 42, in Terek 51 and in Dagestan 33. The Terek "
     "allotment was thus second only to that of Kuban.", "second only to", "comparison",
     "consistent", None, ("51", "42", "33")),
    (KUBAN + "Stavropol families got 42, Terek families 51 and Dagestan families 33. "
     "Terek, then, came second only to the Kuban.", "second only to", "comparison", "consistent",
     None, ("51",)),
    # Stavropol is second of the list, so third of all: a slip
    (KUBAN + "In Stavropol a family got 42, in Terek 51 and in Dagestan 33. The Stavropol "
     "allotment was thus second only to that of Kuban.", "second only to", "comparison",
     "inconsistent", "third", ("42",)),
    # a sum whose count after it is what was left over: 2,100 + 1,850 + 960 = 4,910
    ("They left the camp in three columns, 2,100, 1,850 and 960, 4,910 in all, while 730 "
     "stayed behind.", "4,910", "sum", "consistent", None, ("2,100", "1,850", "960")),
    ("The trains took 3,400 in May, 2,250 in June and 1,180 in July, 6,830 altogether, "
     "leaving 515 in the transit barracks.", "6,830", "sum", "consistent", None,
     ("3,400", "2,250", "1,180")),
    ("They left the camp in three columns, 2,100, 1,850 and 960, 4,190 in all, while 730 "
     "stayed behind.", "4,190", "sum", "inconsistent", "4,910", ("2,100", "1,850", "960")),
    # a total of the parts its words name: 3,420 + 4,030 = 7,450
    ("On the last transport men numbered 2,150, women 3,420 and children 4,030. Women "
     "and children together, 7,450 persons, filled the last two trains.", "7,450", "sum",
     "consistent", None, ("3,420", "4,030")),
    # 1,800 + 1,900 = 3,700
    ("Of the 5,000 workers, miners numbered 1,800, loggers 1,300 and builders 1,900. Miners "
     "and builders together came to 3,700 men.", "3,700", "sum", "consistent", None,
     ("1,800", "1,900")),
    ("On the last transport men numbered 2,150, women 3,420 and children 4,030. Women "
     "and children together, 7,540 persons, filled the last two trains.", "7,540", "sum",
     "inconsistent", "7,450", ("3,420", "4,030")),
    # a share whose sentence prints the rest: the whole is part + rest, the district's
    # 31,000, not the oblast's 84,000 the noun "settlers" names; 27,900 / 31,000 = 90
    # percent, "the great majority" (3,100 / 31,000 = 10.0 percent)
    ("The census counted 84,000 settlers in the oblast and 31,000 in the Karaganda "
     "district. Of its settlers, 27,900, the great majority, worked in the mines; the "
     "remaining 3,100 worked on the farms, 10.0 percent of the settlers of the district.",
     "the great majority", "fraction", "consistent", None, ("27,900", "31,000")),
    # 17,600 / (17,600 + 13,400) = 56.8 percent, over half
    ("The census counted 84,000 settlers in the oblast and 31,000 in the Karaganda "
     "district. Of its settlers, 17,600, over half, worked in the mines; the rest, "
     "13,400, worked on the farms.", "over half", "fraction", "consistent", None,
     ("17,600", "13,400")),
    # 12,400 / 31,000 = 40 percent: no great majority (18,600 / 31,000 = 60.0 percent)
    ("The census counted 84,000 settlers in the oblast and 31,000 in the Karaganda "
     "district. Of its settlers, 12,400, the great majority, worked in the mines; the "
     "remaining 18,600 worked on the farms, 60.0 percent of the settlers of the district.",
     "the great majority", "fraction", "inconsistent", None, ("12,400", "31,000")),
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
def test_round9_sentences(case: Case) -> None:
    assert problems(case) == []


@pytest.mark.parametrize(
    "claim",
    [
        "Odessa, with 8,200, came second only to Kiev, and its people made up 31.5 percent "
        "of the whole.",
        "Odessa, with 8,200, was second only to Kiev; its settlers were 31.5 percent of all.",
        "Odessa came second only to Kiev with 8,200, some 31.5 percent of the settlers.",
    ],
)
def test_a_share_beside_second_only_to_is_no_rival(claim: str) -> None:
    """8,200 ranks second of 12,400 > 8,200 > 4,100 > 1,300; the 31.5 percent printed
    beside it (8,200 / 26,000 = 31.54) is a share, not a figure ranked against it."""
    c = judged(SETTLERS + claim, "second only to")
    assert c is not None and c.verdict == "consistent"


@pytest.mark.parametrize(
    "claim",
    [
        "so that the Pavlodar families had the largest allotments of the three.",
        "so that a Pavlodar household held the biggest plots.",
        "and the Semipalatinsk families had the smallest holdings.",
    ],
)
def test_a_superlative_of_amounts_a_head_is_no_rank_of_counts(claim: str) -> None:
    """Akmola 50,000 / 2,000 = 25, Pavlodar 45,000 / 1,500 = 30, Semipalatinsk 16,000 /
    800 = 20 hectares a family: the words hold, though Pavlodar has not the most families
    and Semipalatinsk not the fewest hectares; never an inconsistency on the bare counts."""
    text = ("Land went to three uezds. The 2,000 families of Akmola received 50,000 "
            "hectares, and the 1,500 of Pavlodar 45,000 hectares. Semipalatinsk's 800 "
            "families shared 16,000 hectares, " + claim)
    report = check_text(text)
    cue = re.search(r"largest|biggest|smallest", claim)
    assert cue is not None
    at = text.index(claim) + cue.start()
    on_cue = [c for c in report.checks if c.claim.raw_start <= at < c.claim.raw_end]
    assert all(c.verdict != "inconsistent" for c in on_cue)


@pytest.mark.parametrize(
    ("verb", "word"),
    [("buried", "three times"), ("lost", "three times"), ("counted", "three times")],
)
def test_a_named_multiple_counts_what_its_verb_says(verb: str, word: str) -> None:
    """Deaths 96 at Grodno against 31 at Lida: 3.10 times; the people who passed through
    (11,300 against 6,200: 1.82 times) are not what "buried" or "lost" count."""
    text = ("The transit points were Brest, Grodno and Lida. Through Brest passed 9,800 "
            "people, through Grodno 11,300 and through Lida 6,200. Deaths numbered 52, 96 "
            f"and 31 respectively. Grodno {verb} {word} as many dead as Lida.")
    report = check_text(text)
    at = text.index(word)
    on_cue = [c for c in report.checks if c.claim.raw_start <= at < c.claim.raw_end]
    assert all(c.verdict != "inconsistent" for c in on_cue)
