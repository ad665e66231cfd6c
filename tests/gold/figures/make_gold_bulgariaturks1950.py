"""Writes the blind held-out gold article ``bulgariaturks1950`` for the figures checker (issue
#14): the expulsion of Turks and Muslim Roma from Bulgaria to Turkey in 1950 and 1951 after the
Bulgarian note of August 1950 that asked Turkey to receive 250,000 people within three months,
as the passport registers, the railway directorate's operation summaries, the station
commandants' telegrams and the Bulgarian and Turkish returns would record it: applications by
district, exit passports and refusals, trains and wagons at Svilengrad and Edirne, the Turkish
closures of the border in October 1950 and November 1951, houses sold or left and livestock
lost, the settlement of the immigrants in Turkish provinces, the cooperative farms left behind,
and the reunification of divided families after 1968.

The prose is ours and every number is invented (some place names too). Each derived claim's
arithmetic is done here, apart from borderlands.figures, which the author neither read nor ran.
All claims are ``heldout19``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a place in a listed order for a rank; for
a count, the number of items listed; for a duration, the span in the unit printed, worked from
the printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_bulgariaturks1950.py   (rewrites
bulgariaturks1950.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Applications by district in the passport register closed on 30 September 1950.
DISTRICTS = "[48260, 31475, 27930, 19840, 12605, 14890]"
RAZGRAD_PLACE = f"sorted({DISTRICTS}, reverse=True).index(27930)+1"
# Immigrants by Turkish province in the Turkish return of 1952.
PROVINCES = "[28915, 21460, 19605, 17240, 14830, 12370]"
EDIRNE_PLACE = f"sorted({PROVINCES}, reverse=True).index(21460)+1"


def bulgariaturks1950() -> Article:
    a = Article(
        "bulgariaturks1950",
        "Two hundred and fifty thousand in three months: the expulsion of the Turks of Bulgaria, "
        "1950-1951, in the registers of Sofia and Ankara",
        "heldout19",
    )
    C = a.C
    a.P(
        "In a note handed to the Turkish legation in Sofia on 10 August 1950 the Bulgarian "
        "government declared that 250,000 persons of Turkish origin wished to emigrate and "
        "asked Turkey to receive them within three months.",
        f"The note named {C('two', COUNT, OK, formula='2')} crossing points for the "
        f"transports: Svilengrad and Ivaylovgrad.",
        "Ankara, which had let the first trains through in September, stopped all entries at "
        f"Edirne on 7 October 1950, {C('fifty-eight days', DUR, OK, formula='(31-10)+30+7')} "
        f"after the note was delivered.",
    )
    a.P(
        "The register of applications kept by the passport department of the Interior "
        "Ministry, closed on 30 September 1950, lists the applicants district by district.",
        f"Kardzhali led with 48,260 applications, ahead of Shumen with 31,475 (file 214, sheet "
        f"9), Razgrad with 27,930, Haskovo with 19,840, Ruse with 12,605 and all the remaining "
        f"districts together with 14,890, a total of "
        f"{C('155,000', SUM, OK, formula='48260+31475+27930+19840+12605+14890')}.",
        f"Kardzhali alone accounted for {C('31.1 per cent', SHARE, OK, formula='48260/155000*100')}"
        f" of the register and Shumen for roughly "
        f"{C('one in five', MULT, OK, formula='31475/155000')}, while Razgrad came "
        f"{C('third', COMP, OK, formula=RAZGRAD_PLACE)}.",
        f"The Haskovo applicants made up "
        f"{C('21.8 per cent', SHARE, SLIP, '12.8 per cent', '19840/155000*100')}, a share the "
        f"ministry explained by the late opening of the lists in the villages near Ivaylovgrad.",
        f"In Kardzhali itself the applications "
        f"{C('more than doubled', MULT, OK, formula='48260/21480')} in a month, from 21,480 at "
        f"the end of August to 48,260 at the end of September.",
    )
    a.P(
        "An application was not yet a departure.",
        f"By 30 November 1950 the passport offices had issued 86,400 exit passports, "
        f"{C('55.7 per cent', SHARE, OK, formula='86400/155000*100')} of the 155,000 "
        f"applications, and had turned down 11,350, or "
        f"{C('73 per 1,000', RATE, OK, formula='11350/155000*1000')}.",
        f"That left {C('75,250', REM, SLIP, '57,250', '155000-86400-11350')} applications "
        f"undecided at the end of the year, most of them from families whose sons were serving "
        f"in the army.",
    )
    a.P(
        "The operation summaries of the railway directorate describe the first movement in "
        "some detail.",
        f"In September 1950 a total of 42 trains ran from Svilengrad to Edirne with 17,640 "
        f"persons in 1,176 wagons, {C('420', RATE, OK, formula='17640/42')} persons to a train "
        f"and {C('15', RATE, OK, formula='17640/1176')} to a wagon.",
        f"By the same summary each train was made up of "
        f"{C('82', RATE, SLIP, '28', '1176/42')} wagons, too long for the sidings at Edirne to "
        f"take in one piece.",
        f"Families waiting for a train were held in transit camps at "
        f"{C('four', COUNT, OK, formula='4')} stations: Svilengrad, Harmanli, Lyubimets and "
        f"Dimitrovgrad.",
    )
    a.P(
        "After the closure of 7 October the trains went no further than Svilengrad.",
        "On 20 October the station commandant telegraphed that 96 loaded wagons stood on the "
        "sidings and 480 families were camped in the fields beside the line.",
        f"In his opinion {C('20 per cent', SHARE, UNV)} of those families had already sold "
        f"their houses and had nowhere to go back to.",
        f"A Red Crescent doctor who crossed from Edirne put the deaths in the camp at "
        f"{C('about 9 per 1,000', RATE, UNV)} a month.",
        f"The Turkish side reopened the crossing on 2 December 1950, "
        f"{C('eight weeks', DUR, OK, formula='((31-7)+30+2)/7')} after it had shut it.",
    )
    a.P(
        "Once the crossing reopened, departures rose month by month.",
        f"The Edirne register records 9,420 arrivals in December 1950, 14,385 in January 1951 "
        f"(register 3, sheet 41), 19,140 in February and 15,210 in March, "
        f"{C('about 58,000', SUM, OK, formula='9420+14385+19140+15210')} in four months.",
        f"The February figure had {C('doubled', MULT, OK, formula='19140/9420')} that of "
        f"December.",
        f"Of the four months' arrivals, 64 per cent came by train, and 45 per cent of those who "
        f"came by train travelled in goods wagons, "
        f"{C('about 16,750', CHAIN, OK, formula='58155*0.64*0.45')} persons.",
        f"The camp at Harmanli, opened on 18 December 1950 and emptied on 14 January 1951, had "
        f"stood for {C('thirty-seven days', DUR, SLIP, 'twenty-seven days', '(31-18)+14')}.",
    )
    a.P(
        "The Turkish return of 1952 counted 152,620 immigrants from Bulgaria for 1950 and 1951, "
        "while the final return of the Bulgarian Interior Ministry gave 154,390 emigrants.",
        f"The Turkish figure was thus {C('lower', COMP, OK, formula='152620<154390')}, by "
        f"{C('1,770', REM, OK, formula='154390-152620')}, a gap the Bulgarian clerks put down "
        f"to infants born on the road and to persons turned back at the frontier.",
        f"Set against the 250,000 of the note, the Bulgarian total came to "
        f"{C('61.8 percent', SHARE, OK, formula='154390/250000*100')}.",
        f"Kardzhali sent 47,310 people, {C('31 per cent', SHARE, AMB, formula='47310/154390*100')}"
        f" of the emigrants.",
        f"The emigration ended when Turkey closed the border again on 8 November 1951, "
        f"{C('nearly fifteen months', DUR, OK, formula='(1951-1950)*12+(11-8)-2/30')} after "
        f"the note.",
    )
    a.P(
        "The Bulgarian return also counts the emigrants by family.",
        f"The 154,390 persons belonged to 33,560 families, "
        f"{C('4.6', RATE, OK, formula='154390/33560')} to a family; in Kardzhali the 47,310 "
        f"emigrants came from 9,460 families, {C('5.0', RATE, OK, formula='47310/9460')} to a "
        f"family, so that the Kardzhali households were "
        f"{C('larger', COMP, OK, formula='47310/9460>154390/33560')} than the average.",
        f"Among the emigrants were 5,870 Muslim Roma, "
        f"{C('38 per 1,000', RATE, OK, formula='5870/154390*1000')} of the total, and the other "
        f"{C('148,520', REM, OK, formula='154390-5870')} were Turks and Pomaks.",
        f"The Turkish frontier commission sent back 1,260 of the Roma "
        f"({C('21.5%', SHARE, OK, formula='1260/5870*100')}) but only 2,110 of the 148,520 "
        f"others, so that a Roma family was far "
        f"{C('more likely', COMP, OK, formula='1260/5870>2110/148520')} to be turned away at "
        f"Edirne.",
    )
    a.P(
        f"District commissions valued {C('three', COUNT, OK, formula='3')} kinds of property "
        f"left by the emigrants: houses, livestock and implements.",
        f"The 33,560 families had owned 24,180 houses, of which 15,730 were bought by the state "
        f"or by neighbours before the departure "
        f"({C('65.1 per cent', SHARE, OK, formula='15730/24180*100')}) and the remaining "
        f"{C('8,450', REM, OK, formula='24180-15730')} were taken over by the cooperative "
        f"farms.",
        f"For the 15,730 houses the buyers paid 47,190,000 leva in all, "
        f"{C('about 3,000 leva', RATE, OK, formula='47190000/15730')} a house.",
        f"In the Razgrad district the emigrants' cattle fell from 41,600 head in June 1950 to "
        f"12,480 in March 1951, a drop of "
        f"{C('70 percent', SHARE, OK, formula='(41600-12480)/41600*100')}, and their sheep "
        f"from 96,500 to 28,950, a fall of "
        f"{C('30.0 per cent', SHARE, SLIP, '70.0 per cent', '(96500-28950)/96500*100')}.",
    )
    a.P(
        "In Turkey the immigrants were spread over many provinces under the settlement law of "
        "1934.",
        f"Bursa took 28,915 of them "
        f"({C('18.9 percent', SHARE, OK, formula='28915/152620*100')} of those counted in the "
        f"Turkish return), Edirne 21,460, Istanbul 19,605, Izmir 17,240, Kirklareli 14,830 and "
        f"Tekirdag 12,370, which left "
        f"{C('38,200', REM, OK, formula='152620-28915-21460-19605-17240-14830-12370')} for the "
        f"other provinces.",
        f"Edirne was {C('second only to', COMP, OK, formula=EDIRNE_PLACE)} Bursa, and Bursa "
        f"received {C('more than twice', MULT, OK, formula='28915/12370')} as many as Tekirdag.",
        f"The three Thracian provinces of Edirne, Kirklareli and Tekirdag together received "
        f"{C('fewer', COMP, SLIP, 'more', '21460+14830+12370>28915+17240')} immigrants than "
        f"Bursa and Izmir.",
    )
    a.P(
        f"By 1953 the settlement office had built 12,480 houses for the immigrants, 3,120 of "
        f"them of brick, in 147 new villages, {C('85', RATE, OK, formula='12480/147')} to a "
        f"village.",
        f"It distributed 1,092,000 donum of land among 27,300 families, "
        f"{C('40 donum', RATE, OK, formula='1092000/27300')} a family.",
        f"Of the 152,620 in the Turkish return, 58 per cent were settled in villages and 35 per "
        f"cent of these in the new villages built by the state, "
        f"{C('about 88,520', CHAIN, SLIP, 'about 30,980', '152620*0.58*0.35')} persons.",
        f"Provincial governors reported in 1955 that {C('about a quarter', MULT, UNV)} of the "
        f"immigrants had left their villages for the towns.",
    )
    a.P(
        "In the north-east the emigration emptied the cooperative farms that the party had "
        "built up in 1949 and 1950.",
        f"Of the 612 cooperative farms of the Shumen, Razgrad and Ruse districts, 388 "
        f"({C('63.4 per cent', SHARE, OK, formula='388/612*100')}) lost members to the "
        f"emigration.",
        f"Of their 17,350 Turkish members, 72 per cent left, and 15 per cent of those who left "
        f"had been tractor drivers or brigade leaders, "
        f"{C('about 1,870', CHAIN, OK, formula='17350*0.72*0.15')} men.",
        f"The 97,160 decares these farms had pooled from the emigrants' fields came to "
        f"{C('about 20 decares', CHAIN, OK, formula='97160/(17350*(1-0.72))')} for each member "
        f"who remained.",
        f"The district committee in Razgrad expected {C('about 35 per cent', SHARE, UNV)} of "
        f"the sowing plan for 1951 to go unfulfilled.",
    )
    a.P(
        f"The 11,350 refusals of 1950 were given on {C('five', COUNT, SLIP, 'four', '4')} "
        f"grounds: liability to military service, skilled work in the mines, teaching in "
        f"Turkish schools and membership of a cooperative board.",
        f"The ministry's summary gives 4,870 refusals on the first ground, 3,240 on the second, "
        f"1,115 on the third and 2,125 on the fourth, "
        f"{C('9,225', SUM, SLIP, '11,350', '4870+3240+1115+2125')} in all.",
        f"Men of military age were thus "
        f"{C('42.9 per cent', SHARE, OK, formula='4870/11350*100')} of those refused.",
        f"Refusals {C('tripled', MULT, SLIP, 'doubled', '3850/1870')} between December 1950 "
        f"and March 1951, from 1,870 to 3,850 a month, as the Turkish quota tightened.",
    )
    a.P(
        "The families divided by the closure of 8 November 1951 waited a long time.",
        f"Only the reunification agreement signed in March 1968 let them follow, "
        f"{C('seventeen years', DUR, OK, formula='1968-1951')} after the frontier had shut.",
        f"Under it 38,420 persons left in 1969, 29,315 in 1970 and 21,840 in 1971, "
        f"{C('89,575', SUM, OK, formula='38420+29315+21840')} in the first three years.",
        f"Those who stayed found their communities thinned: in the Kardzhali district the "
        f"mosques with an imam fell from 84 in 1950 to 42 in 1952 "
        f"({C('50 per cent', SHARE, AMB, formula='42/84*100')}).",
    )
    return a


if __name__ == "__main__":
    art = bulgariaturks1950()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
