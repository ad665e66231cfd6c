"""Writes the blind held-out gold article ``crimeagroups1944`` for the figures checker (issue
#14): the removal from the Crimea at the end of June 1944, a few weeks after the Tatars, of the
Bulgarians, Greeks and Armenians and of the foreign subjects living there, as the operation
summaries, the district and station registers, the telegrams of the receiving commandants and
the special-settlement returns would record it: persons and families by nationality and
district, stations, echelons and wagons, deaths on the road, the five receiving regions (the
Molotov, Sverdlovsk and Kemerovo oblasts, the Bashkir and Mari ASSRs), labour in the trusts of
the Urals, deaths from 1944 to 1946, the front-line soldiers' families allowed to stay, the
foreign subjects, and the lifting of the special-settlement regime in 1956.

The prose is ours and every number is invented (some names of trusts and sections too). Each
derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout18``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_crimeagroups1944.py   (rewrites crimeagroups1944.txt
and .yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Persons removed in the six districts the operation summary lists one by one.
DISTRICTS = "[6214, 5873, 4926, 3408, 2751, 1937]"
FEODOSIIA_PLACE = f"sorted({DISTRICTS}, reverse=True).index(6214)+1"


def crimeagroups1944() -> Article:
    a = Article(
        "crimeagroups1944",
        "After the Tatars: the removal of the Crimean Bulgarians, Greeks and Armenians in June "
        "1944 and their years as special settlers in the Urals, 1944-1956",
        "heldout18",
    )
    C = a.C
    a.P(
        "The decree of the State Defence Committee that extended the clearing of the Crimea to "
        "its Christian minorities was signed on 2 June 1944, and the troops of the NKVD entered "
        "the villages before dawn on 27 June.",
        f"The regional administration thus had {C('twenty-five days', DUR, OK, formula='27-2')} "
        f"to turn the lists compiled for the Tatar operation into new ones.",
        f"The decree named {C('four', COUNT, OK, formula='4')} categories of persons to be "
        f"removed: Bulgarians, Greeks, Armenians and foreign subjects resident on the "
        f"peninsula.",
    )
    a.P(
        "The summary that Kobulov and Serov wired to Moscow on 5 July reported 40,473 persons "
        "removed in 10,412 families.",
        f"A family, on these figures, counted {C('3.9', RATE, OK, formula='40473/10412')} "
        f"members, fewer than among the Tatars because so many men were at the front.",
        f"The Greeks were the most numerous, with 15,040 persons "
        f"({C('37.2 per cent', SHARE, OK, formula='15040/40473*100')}), and the 12,628 "
        f"Bulgarians ({C('31.2%', SHARE, OK, formula='12628/40473*100')}) came "
        f"{C('second only to', COMP, OK, formula='15040>12628>9621')} them; the Armenians "
        f"numbered 9,621.",
        f"The remaining {C('3,184', REM, OK, formula='40473-15040-12628-9621')} were foreign "
        f"subjects, most of them holders of Greek passports.",
    )
    a.P(
        f"The Armenians thus made up {C('23.8 percent', SHARE, OK, formula='9621/40473*100')} "
        f"of those removed, a larger part than their weight in the prewar population of the "
        f"peninsula.",
        "The Armenian families were counted twice, 2,403 on the lists drawn up on 27 June and "
        f"2,391 at the loading, and they averaged {C('4.0', RATE, AMB, formula='9621/2403')} "
        f"persons.",
        f"The foreign subjects, whom the summary lists last, were only "
        f"{C('9.7 per cent', SHARE, SLIP, '7.9 per cent', '3184/40473*100')} of the whole.",
    )
    a.P(
        "The district returns attached to the summary (file 31, sheets 14 to 22) give 6,214 "
        "persons for Feodosiia, 5,873 for the Simferopol rural district, 4,926 for Yalta, "
        "3,408 for Sudak, 2,751 for Kerch and 1,937 for Staryi Krym.",
        f"These six districts thus gave "
        f"{C('25,109', SUM, OK, formula='6214+5873+4926+3408+2751+1937')} persons, or "
        f"{C('62.0 percent', SHARE, OK, formula='25109/40473*100')} of the 40,473, and the "
        f"other {C('15,364', REM, OK, formula='40473-25109')} came from twenty-three districts "
        f"and towns with smaller colonies.",
        f"Feodosiia, the {C('largest', COMP, OK, formula=FEODOSIIA_PLACE)} of the six, had been "
        f"home to Armenian merchants since the Genoese, while Yalta's 4,926 were "
        f"{C('19.6 per cent', SHARE, OK, formula='4926/25109*100')} of the six districts' "
        f"total.",
    )
    a.P(
        f"Loading took place at {C('five', COUNT, OK, formula='5')} stations: Simferopol, "
        f"Feodosiia, Kerch, Dzhankoi and Sarabuz.",
        f"The 40,473 deportees left in 14 echelons of "
        f"{C('about 2,900', RATE, OK, formula='40473/14')} persons each, made up of 1,026 "
        f"wagons, which the railway's report puts at "
        f"{C('about 34', RATE, SLIP, 'about 39', '40473/1026')} persons a wagon.",
        f"The first echelon left Simferopol on 28 June and the last pulled out of Kerch on "
        f"11 July, {C('eleven days', DUR, SLIP, 'thirteen days', '(30-28)+11')} later.",
    )
    a.P(
        "On the road 86 deportees died, most of them old people and infants.",
        f"That was a loss of {C('2.1 per 1,000', RATE, OK, formula='86/40473*1000')} of those "
        f"loaded, and the receiving commandants entered "
        f"{C('40,387', REM, OK, formula='40473-86')} persons in their books.",
        f"The first echelon reached Kizel on 15 July, "
        f"{C('seventeen days', DUR, OK, formula='(30-28)+15')} after it had left "
        f"Simferopol.",
    )
    a.P(
        f"The deportees were divided among {C('five', COUNT, OK, formula='5')} regions: the "
        f"Molotov oblast, the Sverdlovsk oblast, the Kemerovo oblast, the Bashkir ASSR and the "
        f"Mari ASSR.",
        f"Of the 40,473 loaded and the 40,387 who arrived, the Molotov oblast took 10,584 "
        f"({C('26.2 %', SHARE, OK, formula='10584/40387*100')}), the Sverdlovsk oblast 9,217 "
        f"({C('22.8 per cent', SHARE, AMB, formula='9217/40387*100')}), the Kemerovo oblast "
        f"7,906, the Bashkir ASSR 7,148 and the Mari ASSR 5,532 "
        f"({C('13.7 per cent', SHARE, OK, formula='5532/40387*100')}).",
        f"The Bashkir republic thus received "
        f"{C('fewer', COMP, SLIP, 'more', '7148>5532')} settlers than the Mari one, and the "
        f"Molotov oblast {C('twice as many', COMP, OK, formula='10584/5532')} as the Mari "
        f"ASSR.",
    )
    a.P(
        "The Molotov oblast's commission sorted its 10,584 newcomers in August and found 4,736 "
        f"fit for heavy work, {C('nearly half', MULT, OK, formula='4736/10584')} of them.",
        "The Kizelugol coal trust took 1,826 (its order of 12 August 1944), the Kamskles timber "
        f"trust 1,205 and the Chusovoi iron works 887, "
        f"{C('3,031', SUM, SLIP, '3,918', '1826+1205+887')} in all, and the other "
        f"{C('818', REM, OK, formula='4736-1826-1205-887')} went to the collective farms.",
        "The fit workers not sent to Kizel were spread over 74 timber sections, "
        f"{C('about 39', CHAIN, OK, formula='(4736-1826)/74')} to a section.",
        "In the fourth quarter the Kizel settlers cut 41,900 tons of coal, "
        f"{C('about 23', RATE, OK, formula='41900/1826')} tons a worker.",
    )
    a.P(
        "In the Kemerovo oblast the settlers in paid work "
        f"{C('tripled', MULT, SLIP, 'more than doubled', '3560/1420')} between September "
        f"1944 and September 1945, from 1,420 to 3,560.",
        f"Of the 40,473 removed, 28 per cent were men of working age, and 70 per cent of these "
        f"ended up in the mines and forests of the trusts, "
        f"{C('about 7,930', CHAIN, OK, formula='40473*0.28*0.70')} men.",
        "The Bashkir commandant had found room for his settlers in 148 houses and 592 places "
        f"in hostels, and he wrote that {C('about a quarter', MULT, UNV)} of the families had "
        f"sold their last clothes for bread by the spring.",
    )
    a.P(
        "The commandants' returns record 1,512 deaths in the second half of 1944, 2,094 in "
        "1945 and 847 in 1946.",
        f"That was {C('4,453', SUM, OK, formula='1512+2094+847')} dead by the end of 1946, "
        f"{C('11.0 percent', SHARE, OK, formula='4453/40387*100')} of those who had "
        f"arrived.",
        f"The toll of 1945 came to {C('51.8 per 1,000', RATE, OK, formula='2094/40387*1000')}"
        f", and in 1946 deaths {C('more than halved', MULT, OK, formula='847/2094')}, to "
        f"{C('21.0 per 1,000', RATE, OK, formula='847/40387*1000')}.",
        f"Mortality was {C('higher', COMP, OK, formula='612/5532>689/9217')} in the Mari "
        f"forests, with 612 dead among 5,532, than in the Sverdlovsk oblast, with 689 among "
        f"9,217.",
    )
    a.P(
        f"Of the 40,387 who arrived, 41 percent were children under sixteen, and 9 percent of "
        f"these were dead by the end of 1946, "
        f"{C('about 1,490', CHAIN, OK, formula='40387*0.41*0.09')} children.",
        "In the Mari ASSR the settlers lived in 64 forest barracks with 320 bunks between "
        f"them, and the doctor of the Zvenigovo section reported that "
        f"{C('20 per cent', SHARE, UNV)} of the children had scurvy in March 1945.",
        f"He put the death rate of infants at {C('about 310', RATE, UNV)} per 1,000 born.",
    )
    a.P(
        "The decree allowed the families of men serving in the Red Army to remain, and the "
        "district commissions examined 1,146 applications in the last days of June.",
        f"They granted 487 and turned down the other "
        f"{C('569', REM, SLIP, '659', '1146-487')}; the share granted, "
        f"{C('42.5 per cent', SHARE, OK, formula='487/1146*100')}, varied widely from "
        f"district to district.",
        f"The families allowed to stay numbered 1,842 persons, "
        f"{C('3.8', RATE, OK, formula='1842/487')} to a family, and so were "
        f"{C('smaller', COMP, OK, formula='1842/487<40473/10412')} than the families "
        f"deported.",
    )
    a.P(
        "The foreign subjects were dealt with apart.",
        f"Among the 3,184, the register counts 2,057 Greek citizens, "
        f"{C('nearly two-thirds', MULT, OK, formula='2057/3184')} of them, 741 Turkish and "
        f"386 Iranian citizens.",
        f"Of the 3,184, 65 percent held Greek papers, and 40 percent of these were later sent "
        f"on from the settlements to camps: "
        f"{C('about 1,270', CHAIN, SLIP, 'about 830', '3184*0.65*0.40')} persons.",
        f"Before loading they were held in {C('three', COUNT, SLIP, 'two', '2')} places: the "
        f"Simferopol prison and the Feodosiia transit point.",
        f"A later inspection found that {C('about 15 percent', SHARE, UNV)} of them had no "
        f"papers at all.",
    )
    a.P(
        "The regime of the special settlement was lifted for the Crimean Bulgarians, Greeks "
        "and Armenians by a decree of 27 March 1956, "
        f"{C('almost twelve years', DUR, OK, formula='(1956-1944)+(3-6)/12')} after the "
        f"echelons had left in June 1944, but the decree forbade them to return to the "
        f"Crimea.",
        f"The families struck off the Mari registers that spring had lived there "
        f"{C('fourteen years', DUR, SLIP, 'twelve years', '1956-1944')} since their arrival "
        f"in 1944.",
        f"The registers of 1 January 1956 still held 34,892 of these settlers against the "
        f"40,387 who had arrived, a decline of "
        f"{C('86.4 percent', SHARE, SLIP, '13.6 percent', '(40387-34892)/40387*100')}.",
        "Once free to move, 1,120 of them left the Urals for the south in 1956, 2,340 in 1957 "
        f"and 1,870 in 1958, {C('5,330', SUM, OK, formula='1120+2340+1870')} in the three "
        f"years.",
    )
    return a


if __name__ == "__main__":
    art = crimeagroups1944()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
