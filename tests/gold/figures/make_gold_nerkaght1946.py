"""Writes the blind held-out gold article ``nerkaght1946`` for the figures checker (issue #14):
the repatriation (nerkaght) of diaspora Armenians to Soviet Armenia in 1946-1949, as the
reception committee's register, the ships' sailing lists, the health and housing returns, the
security reports and the Altai commandants' books would record it: arrivals by year and by
country of departure, the ships and the ports they loaded at, the trains from Batumi, the
houses promised and built, the districts and new villages that took the families, the removal
of repatriate families to the Altai krai in June 1949 and their release after 1953.

The prose is ours and every number is invented (some village and district names too). Each
derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout24``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_nerkaght1946.py   (rewrites nerkaght1946.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Arrivals by named country of departure, as the register's country sections give them.
COUNTRIES = "[20580, 18470, 17930, 13210, 6840, 5160]"
GREECE_PLACE = f"sorted({COUNTRIES}, reverse=True).index(17930)+1"


def nerkaght1946() -> Article:
    a = Article(
        "nerkaght1946",
        "Coming home to a closed country: the repatriation of diaspora Armenians to Soviet "
        "Armenia, 1946-1949, and the Altai removal of 1949 in the committee's register",
        "heldout24",
    )
    C = a.C
    a.P(
        "On 21 November 1945 the Council of People's Commissars allowed Armenians living abroad "
        "to settle in the Armenian SSR, and on 23 June 1946 the steamer Rossiya put the first "
        "of them ashore at Batumi.",
        "Between the decision and the landing the reception committee in Yerevan had "
        f"{C('seven months', DUR, OK, formula='(1946-1945)*12+(6-11)+(23-21)/30')}, much of "
        "which, to judge from its letter books, went on haggling with Moscow over shipping.",
        f"Its register, opened in January 1946, kept {C('six', COUNT, OK, formula='6')} "
        "sections by country of departure: Syria, Lebanon, Iran, Greece, France and Egypt.",
    )
    a.P(
        "The closing report of the committee, dated March 1950 (fund 362, inventory 2, file "
        "48), gives the arrivals year by year: 50,930 in 1946, 35,420 in 1947 and 2,850 in "
        "1948, with a last party of 1,160 landed in the summer of 1949.",
        f"The four seasons thus brought {C('90,360', SUM, OK, formula='50930+35420+2850+1160')}"
        f" people to Armenia, and the first of them alone accounted for "
        f"{C('56.4 percent', SHARE, OK, formula='50930/90360*100')}.",
        "They came in 21,840 families, "
        f"{C('4.1', RATE, OK, formula='90360/21840')} persons to a family on the register's "
        "reckoning.",
        "Arrivals fell from 35,420 in 1947 to 2,850 in 1948, a drop of "
        f"{C('92 per cent', SHARE, OK, formula='(35420-2850)/35420*100')}, once Moscow stopped "
        "chartering ships that autumn.",
    )
    a.P(
        "Iran, whose emigrants mostly crossed by land at Julfa rather than by sea, sent 20,580 "
        f"people ({C('22.8 per cent', SHARE, OK, formula='20580/90360*100')}), Syria 18,470, "
        "Greece 17,930 and Lebanon 13,210.",
        "France sent 6,840, Egypt 5,160, and small communities in Bulgaria, Romania, Iraq and "
        "the United States the remaining "
        f"{C('8,170', REM, OK, formula='90360-20580-18470-17930-13210-6840-5160')}.",
        "Syria and Lebanon, which the committee long treated as one mission, supplied "
        f"{C('31,680', SUM, OK, formula='18470+13210')} between them, "
        f"{C('more than a third', MULT, OK, formula='31680/90360')} of the whole, and Syria "
        f"on its own was {C('second only to', COMP, OK, formula='20580>18470>17930>13210')} "
        "Iran.",
        f"Greece came {C('third', COMP, OK, formula=GREECE_PLACE)} among the named countries, "
        f"and Egypt, with {C('7.5 percent', SHARE, SLIP, '5.7 percent', '5160/90360*100')} of "
        "the arrivals, last.",
    )
    a.P(
        "The sea passages were made by the Soviet steamers Rossiya and Pobeda and by the "
        f"chartered Transilvania, which loaded at {C('four', COUNT, OK, formula='4')} ports: "
        "Beirut, Piraeus, Marseille and Alexandria.",
        "The Rossiya made nine voyages and the Pobeda seven, and the sailing lists of the two "
        "ships show 38,640 passengers between them, "
        f"{C('about 2,400', RATE, OK, formula='38640/(9+7)')} a voyage.",
        "On its first four voyages of 1946 the Rossiya embarked 9,480 people by the lists drawn "
        "up at Beirut, while the port control at Batumi counted 9,410; they belonged to 2,306 "
        f"families, {C('about 4.1', RATE, AMB, formula='9480/2306')} persons to a family.",
        "The Transilvania brought 4,120 people from Marseille in 1947, in 1,036 families, "
        f"{C('about 4.9', RATE, SLIP, 'about 4.0', '4120/1036')} to a family, the smallest "
        "households of any contingent.",
    )
    a.P(
        "From Batumi the repatriates went on to Yerevan by rail, in goods wagons that the "
        "Transcaucasian railway had fitted with plank bunks.",
        "In the first season it made up 96 trains of 2,134 wagons for the 50,930 arrivals, "
        f"{C('about 24', RATE, OK, formula='50930/2134')} people to a wagon.",
        f"At the Yerevan end the committee kept {C('three', COUNT, OK, formula='3')} reception "
        "points: the Kanaker barracks, the old silk mill at Nork and the tent camp at "
        "Shengavit.",
        "The camp doctor at Shengavit, who had 48 tents and 192 camp beds in his charge, "
        f"guessed that {C('25 per cent', SHARE, UNV)} of the arrivals from Greece carried "
        "malaria.",
    )
    a.P(
        "Housing was the committee's weakest point.",
        "A government decree of 1946 promised 12,000 houses for the repatriates by the end of "
        "1948; the building trusts handed over 1,840 in 1947 and 2,550 in 1948, and the rest "
        "were never begun.",
        f"By the deadline {C('4,390', SUM, OK, formula='1840+2550')} houses stood ready, "
        f"{C('36.6 per cent', SHARE, OK, formula='4390/12000*100')} of the promise, and "
        f"{C('7,160', REM, SLIP, '7,610', '12000-1840-2550')} were still owed.",
        "The trusts built "
        f"{C('about 39 percent', SHARE, OK, formula='(2550-1840)/1840*100')} more houses in "
        "1948 than in 1947.",
        f"For the 21,840 families on the books that made one house for every "
        f"{C('five', RATE, OK, formula='21840/4390')} families.",
    )
    a.P(
        "The register also records where each family went on leaving the reception points.",
        "Yerevan and its suburbs took 9,620 families, the Ashtarak, Echmiadzin and Artashat "
        "districts together 6,310, Leninakan 2,470 and the rest of the republic 3,440, which "
        f"accounts for all {C('21,840', SUM, OK, formula='9620+6310+2470+3440')}.",
        f"The capital thus absorbed {C('44 percent', SHARE, OK, formula='9620/21840*100')} of "
        "the families.",
        f"Along the Arax the Artashat district laid out {C('four', COUNT, SLIP, 'three', '3')} "
        "new villages for families from Syria: Nor Kesab, Arevadasht and Nor Aintab.",
        "Nor Kesab took 214 families in 1947 and 431 in 1948, so that its settlers "
        f"{C('doubled', MULT, OK, formula='431/214')} in a year.",
    )
    a.P(
        "The health department's returns for 1947 set the deaths among repatriates against "
        "their numbers in each place of settlement.",
        "In Yerevan 412 of the 39,150 repatriates registered there died that year, "
        f"{C('10.5 per 1,000', RATE, OK, formula='412/39150*1000')}, while in the Artashat "
        "villages 286 of 14,870 died, "
        f"{C('19.2 per 1,000', RATE, OK, formula='286/14870*1000')}.",
        "Mortality in the Arax valley, with its malaria and its unfinished houses, was "
        f"{C('almost twice', MULT, OK, formula='(286/14870)/(412/39150)')} that of the capital.",
        "Leninakan, with 94 deaths among 6,020 repatriates, had a "
        f"{C('lower', COMP, SLIP, 'higher', '94/6020>412/39150')} rate than Yerevan.",
    )
    a.P(
        "Work was found more slowly than a roof.",
        "Of the 27,460 adults of working age among the arrivals of 1946 and 1947, 16,980 were "
        f"employed in January 1948 and {C('10,480', REM, OK, formula='27460-16980')} were not.",
        "Among the employed, 40 percent worked in industry and 25 percent of these in the "
        "Yerevan tyre and chemical works, "
        f"{C('about 1,700', CHAIN, OK, formula='16980*0.40*0.25')} people.",
        f"The number in work had {C('tripled', MULT, SLIP, 'doubled', '16980/8270')} since "
        "January 1947, when it stood at 8,270.",
    )
    a.P(
        "Of the 20,580 arrivals from Iran, 65 percent were sent to the countryside, and 30 "
        "percent of those were moved again within two years, "
        f"{C('about 4,000', CHAIN, OK, formula='20580*0.65*0.30')} people in all.",
        "The consulate in Athens had issued 17,980 entry permits and the register shows 17,930 "
        "arrivals from Greece, of whom 5,390 sailed from Thessaloniki "
        f"({C('30 percent', SHARE, AMB, formula='5390/17930*100')}).",
        "Of the 17,930, 55 percent came by way of Piraeus, and 20 percent of those were widows "
        "or orphans, "
        f"{C('about 2,970', CHAIN, SLIP, 'about 1,970', '17930*0.55*0.2')} persons.",
        "Of the 5,160 from Egypt, 1,380 stayed in Yerevan and the rest were lodged in the 420 "
        "hostel rooms of the Leninakan textile combine, "
        f"{C('about 9', CHAIN, OK, formula='(5160-1380)/420')} to a room.",
    )
    a.P(
        "By 1948 the security organs were reporting discontent among the newcomers.",
        "A report of the Armenian MGB of October 1948 counted 310 applications to leave the "
        "USSR and 930 letters abroad held back by the censors.",
        f"It claimed that {C('about a third', MULT, UNV)} of the repatriates from France wanted "
        "to go back.",
        f"The same report put the families still in dugouts or barracks at "
        f"{C('40 per cent', SHARE, UNV)}.",
    )
    a.P(
        "In the night of 13 to 14 June 1949 the MGB removed families it called Dashnak or "
        "unreliable from Armenia to the Altai krai.",
        "The operation took 3,310 families with 12,480 persons; of these, 1,186 families with "
        "4,530 persons were repatriates of 1946-1948.",
        f"Repatriates thus made up {C('36.3 percent', SHARE, OK, formula='4530/12480*100')} "
        f"of the deportees, and their families were "
        f"{C('larger', COMP, OK, formula='4530/1186>12480/3310')} than the average.",
        "Among them were 1,620 people from Greece, 1,310 from Syria and Lebanon and 790 from "
        f"France, {C('twice as many', COMP, OK, formula='1620/790')} Greeks as French.",
    )
    a.P(
        "The deportees travelled in 21 echelons of 1,040 wagons and were unloaded at Biysk and "
        "Rubtsovsk between 2 and 9 July.",
        f"At {C('12 persons', RATE, OK, formula='12480/1040')} to a wagon the echelons were "
        f"{C('less crowded', COMP, OK, formula='12480/1040<50930/2134')} than the repatriation "
        "trains from Batumi three years before.",
        "For the first echelon, loaded on 14 June and unloaded at Biysk on 2 July, the road "
        f"took {C('eighteen days', DUR, OK, formula='(30-14)+2')}.",
        "On the way 37 deportees died, "
        f"{C('0.3 per 1,000', RATE, SLIP, '3.0 per 1,000', '37/12480*1000')}.",
    )
    a.P(
        f"In the Altai the repatriate families were spread over "
        f"{C('four', COUNT, OK, formula='4')} districts: Biysk, Zonal, Krasnogorsk and "
        "Soloneshnoe.",
        "The commandants' returns of 1 January 1950 list 4,452 repatriates, "
        f"{C('78', REM, OK, formula='4530-4452')} fewer than had been loaded in Armenia.",
        "Biysk district held 1,740 of them, Zonal 1,210, Krasnogorsk 860 and Soloneshnoe 642, "
        f"{C('4,452', SUM, OK, formula='1740+1210+860+642')} by the clerk's addition.",
        f"The first winter killed 163 of them, "
        f"{C('36.6 per 1,000', RATE, OK, formula='163/4452*1000')}.",
    )
    a.P(
        "A decree of 5 July 1954 released the minors and those born in exile, "
        f"{C('five years', DUR, OK, formula='(1954-1949)+(7-6)/12')} after the removal.",
        "The commandants struck 1,240 repatriates off their books in 1954, 1,870 in 1955 and "
        f"930 in 1956, {C('4,400', SUM, SLIP, '4,040', '1240+1870+930')} in the three years, "
        f"and {C('412', REM, OK, formula='4452-1240-1870-930')} were left under supervision.",
        "For those freed in 1956 the exile had lasted "
        f"{C('nine years', DUR, SLIP, 'seven years', '1956-1949')}.",
    )
    a.P(
        "Of the 4,040 released, 2,630 went back to Armenia "
        f"({C('65.1 percent', SHARE, OK, formula='2630/4040*100')}), most of them to Yerevan.",
        "Armenian historians have put those who later left the USSR again at "
        f"{C('some 30,000', SUM, UNV)}, but the committee's register, closed in 1950, says "
        "nothing of them.",
    )
    return a


if __name__ == "__main__":
    art = nerkaght1946()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
