"""Issue #14, round ten: families behind the false flags and missed slips on six articles
written by others. Every sentence is our own and its numbers are invented; each verdict,
input and intended figure was worked out by hand."""

from __future__ import annotations

import pytest

from test_figures_round9 import Case, judged, problems

CASES: list[Case] = [
    # a span between two full dates printed later date first: 14 June 1941 to 5 September
    # 1942 is 448 days, 14.7 months, so "nearly fifteen" holds and "nearly fourteen" not
    ("The tribunal met on 5 September 1942, nearly fifteen months after the arrests of "
     "14 June 1941.", "fifteen", "duration", "consistent", None, ()),
    ("Their appeal, heard on 2 March 1939, came almost eleven months after the arrest of "
     "20 April 1938.", "eleven", "duration", "consistent", None, ()),
    # 3 July 1945 to 12 October 1947: 831 days, 2.28 years
    ("Released on 12 October 1947, they had waited over two years since the roundup of "
     "3 July 1945.", "two", "duration", "consistent", None, ()),
    # 10 January 1944 to 25 March 1944: 75 days, 2.5 months; "nearly four" is a slip
    ("The last train left on 25 March 1944, nearly four months after the order of "
     "10 January 1944.", "four", "duration", "inconsistent", None, ()),
    # a share of the whole printed before, its part and the rest named after it:
    # 1,146 / 4,862 = 23.57 (the rest 3,716 is no base)
    ("The commission valued the houses left behind at 4,862 roubles in all. The state paid "
     "1,146 roubles, 23.6 percent of that sum, and the remaining 3,716 roubles were never "
     "paid.", "23.6 percent", "share", "consistent", None, ("1,146",)),
    ("Of the 7,250 hectares sown, 2,030 hectares, or 28 percent of the total, were "
     "harvested, while the other 5,220 hectares were lost to frost.", "28 percent", "share",
     "consistent", None, ("2,030", "7,250")),
    ("The trust owed 960 workers their wages. It paid 384, 40 percent of them, and the "
     "576 others waited until the spring.", "40 percent", "share", "consistent", None,
     ("384",)),
    # a total raised by an addition whose earlier subtotal slipped: the subtotal's parts
    # reach the total (310 + 275 + 190 + 1,235 = 2,010) where the subtotal (755, not 775)
    # does not
    ("The villages lost 310 people in 1930, 275 in 1931 and 190 in 1932, 755 in the three "
     "years. A further 1,235 left in 1933 and brought the total to 2,010.", "2,010", "sum",
     "consistent", None, ("310", "275", "190", "1,235")),
    ("Kazan sent 1,200, Ufa 950 and Perm 640, some 2,970 in the first round. Another 1,410 "
     "came later, raising the number to 4,200.", "4,200", "sum", "consistent", None,
     ("1,200", "950", "640", "1,410")),
    # neither the subtotal nor its parts reach it: 1,200 + 950 + 640 + 1,410 = 4,200
    ("Kazan sent 1,200, Ufa 950 and Perm 640, 2,790 in the first round. Another 1,410 "
     "came later, raising the number to 4,500.", "4,500", "sum", "inconsistent", "4,200",
     ()),
    # a total whose words count its parts is their sum, however far off:
    # 1,310 + 980 + 645 = 2,935
    ("The district lost 1,310 people in 1932, 980 in 1933 and 645 in 1934, 2,315 in the "
     "three years.", "2,315", "sum", "inconsistent", "2,935", ("1,310", "980", "645")),
    ("Typhus killed 230 at Ust-Kut, 415 at Kirensk, 96 at Bodaibo and 174 at Vitim, 1,120 "
     "at the four settlements together.", "1,120", "sum", "inconsistent", "915",
     ("230", "415", "96", "174")),
    ("In March 1,840 carts crossed the river, in April 2,615 and in May 3,020; the three "
     "spring months thus brought 6,120 carts to the far bank.", "6,120", "sum",
     "inconsistent", "7,475", ("1,840", "2,615", "3,020")),
    ("In March 1,840 carts crossed the river, in April 2,615 and in May 3,020; the three "
     "spring months thus brought 7,475 carts to the far bank.", "7,475", "sum", "consistent",
     None, ("1,840", "2,615", "3,020")),
    ("The district lost 1,310 people in 1932, 980 in 1933 and 645 in 1934, 2,935 over those "
     "three years.", "2,935", "sum", "consistent", None, ("1,310", "980", "645")),
    # a slipped rest after its parts, the whole printed in a sentence before:
    # 5,630 - 3,170 = 2,460 (digits swapped in 2,640)
    ("The camp registered 5,630 new arrivals in 1933. Of these, 3,170 were sent on to the "
     "timber sites and the rest, 2,640, stayed at the base.", "2,640", "remainder",
     "inconsistent", "2,460", ("5,630", "3,170")),
    # 96,300 head - 52,800 = 43,500 (a digit dropped in 4,350)
    ("The trust took over 96,300 head of sheep and 12,450 horses. Of the sheep, 52,800 "
     "were slaughtered and the remainder, 4,350, went to the collective farms.", "4,350",
     "remainder", "inconsistent", "43,500", ("96,300", "52,800")),
    # 2,480 - 1,115 - 640 = 725 (digits swapped in 752)
    ("The list held 2,480 names. Of these, 1,115 were taken to the station and 640 were "
     "released as too old, and the others, 752, had fled.", "752", "remainder",
     "inconsistent", "725", ("2,480", "1,115", "640")),
    ("The camp registered 5,630 new arrivals in 1933. Of these, 3,170 were sent on to the "
     "timber sites and the rest, 2,460, stayed at the base.", "2,460", "remainder",
     "consistent", None, ("5,630", "3,170")),
]


@pytest.mark.parametrize("case", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_round10_sentences(case: Case) -> None:
    assert problems(case) == []


@pytest.mark.parametrize(
    "total",
    ["3,900 in the four years", "3,900 over those five years", "3,900 for the four years"],
)
def test_a_total_counting_more_parts_than_listed_is_no_slip(total: str) -> None:
    """Three years listed (1,310 + 980 + 645 = 2,935) under a total of four or five: a year
    is not printed, so the far-off total is no slip of the three."""
    text = f"The district lost 1,310 people in 1932, 980 in 1933 and 645 in 1934, {total}."
    c = judged(text, "3,900")
    assert c is None or c.verdict != "inconsistent"


@pytest.mark.parametrize(
    "claim",
    ["The three eastern camps took 1,990 of them.", "The three eastern camps held 1,990.",
     "The three eastern camps thus received 1,990 of the exiles."],
)
def test_a_counted_subset_of_a_longer_list_is_no_slip(claim: str) -> None:
    """Five camps listed; "the three eastern camps" are three of them, not named by figure,
    so 1,990 is no slip of the five (640 + 520 + 410 + 300 + 250 = 2,120)."""
    text = ("The five camps received 2,120 exiles in all: 640 at Ukhta, 520 at Pechora, "
            "410 at Inta, 300 at Vorkuta and 250 at Kotlas. " + claim)
    c = judged(text, "1,990")
    assert c is None or c.verdict != "inconsistent"



@pytest.mark.parametrize(
    "rest",
    ["the remaining 1,650 came from the islands", "the rest, 1,650, came from the islands",
     "the other 1,650 came from the islands"],
)
def test_an_exact_rest_after_listed_parts_is_no_slip(rest: str) -> None:
    """8,400 - 3,100 - 2,250 - 1,400 = 1,650: a rest the whole and its listed parts leave
    exactly is never called a slip of any other whole."""
    text = ("The office entered 8,400 refugees in its first year and 12,900 in its second. "
            "The first came from Varna (3,100), Ruse (2,250) and Shumen (1,400); " + rest + ".")
    c = judged(text, "1,650")
    assert c is not None and c.verdict != "inconsistent"
