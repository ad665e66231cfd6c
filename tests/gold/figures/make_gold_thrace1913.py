"""Writes the blind held-out gold article ``thrace1913`` for the figures checker (issue #14): the
refugees of the Balkan wars in Bulgaria, 1912-1914, as the registers of a refugee directorate in
Sofia and the returns of the district prefects would record them: the Bulgarians who fled
Eastern Thrace, Macedonia and the Southern Dobrudja, by land of origin and by district of
settlement; relief paid in leva per family and per head; land allotted in decares; deaths from
cholera in the reception camps and from typhus in the villages; the Muslims who left the
Rhodope and western Thracian districts that Bulgaria gained in 1913; and the exchange protocol
of 1913 with the mixed commission's valuations of 1914.

The prose is ours and every number is invented (the directorate's fond, the camps' figures and
some details of the commission too); only the frame (the wars, the treaties of Bucharest and
Constantinople, the places) is historical. Each derived claim's arithmetic is done here, apart
from borderlands.figures, which the author neither read nor ran. All claims are ``heldout18``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show (for a slip, the opposite of the printed word),
or a place in a listed order for a rank; for a count, the number of items listed; for a
duration, the span in the unit printed, worked from the printed dates. An ambiguous claim's
formula is one of its two readings; the test names the other. Unverifiable claims have no
formula.

Run: python3 tests/gold/figures/make_gold_thrace1913.py   (rewrites thrace1913.txt/.yaml)
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Refugees placed by district, as the prefects' returns give them.
SETTLED = "[28640, 19215, 14380, 11905, 9870]"
STARA_ZAGORA_PLACE = f"sorted({SETTLED}, reverse=True).index(14380)+1"
# Yambol's cholera deaths per inmate against the other three camps': the lowest, not highest.
YAMBOL_LOWEST = "206/4130<min(512/7420, 248/3900, 176/2850)"
# The mixed commission's first sitting after the Constantinople treaty, in months.
COMMISSION_MONTHS = "(date(1914,2,14)-date(1913,9,29)).days/30.44"


def thrace1913() -> Article:
    a = Article(
        "thrace1913",
        "Two wars and three roads: the refugees of 1912-1914 in Bulgaria in the registers of the "
        "Refugee Directorate and the returns of the district prefects",
        "heldout18",
    )
    C = a.C
    a.P(
        "The two Balkan wars pushed more people across the frontiers of the peninsula than any "
        "campaign since 1878, and Bulgaria, which lost at Bucharest most of what its armies had "
        "taken at Lule Burgas, had to take in more of them than any of its neighbours.",
        "The Council of Ministers set up a Directorate for Refugees by decree on 14 September "
        "1913, and the new body met for the first time on 2 October, "
        f"{C('eighteen days', DUR, OK, formula='(date(1913,10,2)-date(1913,9,14)).days')} "
        "later.",
        f"Its work was divided among {C('four', COUNT, OK, formula='4')} sections: "
        "registration, relief, land and health.",
        "The registers it kept, now in fond 1732 of the state archive in Sofia, and the returns "
        "the district prefects sent to it are the sources of this article.",
    )
    a.P(
        "On 31 December 1913 the central register held 104,860 refugees in 23,740 families, "
        f"{C('about 4.4', RATE, OK, formula='104860/23740')} persons to a family.",
        "Each family was entered under the country it had left.",
        "Eastern Thrace, the strip of villages from Malko Tarnovo down to the Adrianople plain "
        "that the Porte took back in the autumn, accounted for 51,320 persons "
        f"({C('48.9 per cent', SHARE, OK, formula='51320/104860*100')}); Macedonia, now "
        f"shared between Serbia and Greece, for 38,470 "
        f"({C('36.7%', SHARE, OK, formula='38470/104860*100')}); and the Southern Dobrudja, "
        f"ceded to Romania, for 15,070 "
        f"({C('41.4 percent', SHARE, SLIP, '14.4 percent', '15070/104860*100')}).",
        "The Macedonians, whom the Sofia press treated as the refugees par excellence, were "
        f"thus {C('well over a third', MULT, OK, formula='38470/104860')} of the register "
        "but not its largest group.",
    )
    a.P(
        "The register did not fill at an even pace.",
        "The prefects' returns of 1 March 1913 (inventory 2, file 4) counted 21,406 persons who "
        "had fled the Thracian front over the winter; those of 15 July 1913, after the Greek and "
        "Serbian armies had swept through Macedonia, another 47,930; and the entries made in "
        "the autumn, while Romanian troops held the Dobrudja, a further 35,524.",
        f"Together these come to {C('104,860', SUM, OK, formula='21406+47930+35524')}, the "
        "register's year-end total to the person.",
        f"The summer wave was {C('more than twice', MULT, OK, formula='47930/21406')} the "
        "size of the winter one.",
    )
    a.P(
        "Where the refugees were put is told by the prefects.",
        "Burgas district took 28,640 of them, "
        f"{C('27.3 percent', SHARE, OK, formula='28640/104860*100')} of the register, "
        f"Haskovo 19,215 ({C('18.3 %', SHARE, OK, formula='19215/104860*100')}), Stara Zagora "
        "14,380, Petrich 11,905 and the newly formed district of Gyumyurdzhina 9,870.",
        "Of the 104,860, that leaves "
        f"{C('20,850', REM, OK, formula='104860-28640-19215-14380-11905-9870')} who were "
        "dispersed over the older districts north of the Balkan range.",
        f"Haskovo was {C('second only to', COMP, OK, formula='28640>19215>14380')} Burgas, "
        f"and Stara Zagora stood {C('third', COMP, OK, formula=STARA_ZAGORA_PLACE)}, though "
        "its prefect complained of the burden more loudly than any of his colleagues.",
    )
    a.P(
        "Relief was paid in cash by the prefects out of credits the directorate opened for them.",
        "By 31 March 1914 they had paid out 1,186,400 leva to 21,520 families numbering 95,480 "
        f"persons, {C('about 55 leva', RATE, OK, formula='1186400/21520')} a family and "
        f"{C('12.4 leva a head', RATE, OK, formula='1186400/95480')}.",
        "Of the 23,740 families on the register, "
        f"{C('1,220', REM, SLIP, '2,220', '23740-21520')} had still received nothing, most of "
        "them late arrivals from the Dobrudja.",
        "The prefect of Burgas paid 342,900 leva to 6,350 families, or "
        f"{C('45 leva', RATE, SLIP, '54 leva', '342900/6350')} a family, while in Haskovo "
        f"4,140 families shared 198,720 leva and so got "
        f"{C('less', COMP, OK, formula='198720/4140<342900/6350')} each.",
        f"The families on relief had {C('tripled', MULT, SLIP, 'more than doubled', '21520/8460')}"
        " since October, when the prefects listed 8,460.",
        f"Widows headed 4,310 of them, {C('one in five', MULT, OK, formula='4310/21520')}.",
    )
    a.P(
        "Land was the harder question.",
        "In the spring of 1914 the land section reckoned that it could dispose of 212,400 "
        "decares of state land, 98,300 decares of village pasture and 175,300 decares left "
        "behind by Muslim owners who had emigrated, "
        f"{C('486,000', SUM, OK, formula='212400+98300+175300')} decares in all.",
        "By the end of that year it had allotted 301,800 decares "
        f"({C('62.1 percent', SHARE, OK, formula='301800/486000*100')}) to 9,615 families, "
        f"{C('31.4 decares', RATE, OK, formula='301800/9615')} a family.",
        f"The remaining {C('184,200', REM, OK, formula='486000-301800')} decares were mostly "
        "scrub and hill pasture; divided among all the registered families still without land, "
        "they would have given each "
        f"{C('about 13 decares', CHAIN, OK, formula='(486000-301800)/(23740-9615)')}, less than "
        "half a holding.",
        "Of the 9,615 families given land, 38 percent were settled in Burgas district, and a "
        "quarter of these on the estates of departed Muslim beys, "
        f"{C('about 910', CHAIN, OK, formula='9615*0.38*0.25')} families.",
    )
    a.P(
        "Those who came with nothing were first held in "
        f"{C('four', COUNT, OK, formula='4')} camps: Burgas, Yambol, Haskovo and Kavakli.",
        "In the middle of August 1913 the Burgas camp held 7,420 people, Yambol 4,130, Haskovo "
        f"3,900 and Kavakli 2,850, {C('18,300', SUM, OK, formula='7420+4130+3900+2850')} in "
        "the four.",
        "Cholera arrived with the summer wave: the first case in the Burgas camp was reported "
        "on 19 July and the last on 6 September, "
        f"{C('seven weeks', DUR, OK, formula='(date(1913,9,6)-date(1913,7,19)).days/7')} "
        "later.",
        "The camp doctors entered 512 deaths at Burgas, 206 at Yambol, 248 at Haskovo and 176 "
        f"at Kavakli, {C('1,412', SUM, SLIP, '1,142', '512+206+248+176')} in all.",
        f"Burgas lost {C('69 per 1,000', RATE, OK, formula='512/7420*1000')} of its inmates, "
        f"and the toll was {C('highest', COMP, SLIP, 'lowest', YAMBOL_LOWEST)}"
        " at Yambol, which had the only piped water of the four.",
    )
    a.P(
        "Children suffered worst.",
        "Of the 18,300 in the camps in August, 41 percent were children under twelve, and 9 "
        "percent of those children died of cholera, "
        f"{C('about 680', CHAIN, OK, formula='18300*0.41*0.09')} in the four camps.",
        "By March 1914 the camps, emptied by death, settlement and flight, held 9,240 people, "
        f"so that their population had {C('halved', MULT, OK, formula='9240/18300')} since "
        "the summer.",
        f"Burgas, with {C('nearly twice', MULT, OK, formula='7420/4130')} as many inmates as "
        "Yambol in August, remained the largest to the end.",
        f"An inspector of the directorate thought {C('about 15 per cent', SHARE, UNV)} of the "
        "children still in the camps in March were orphans.",
    )
    a.P(
        "Typhus followed in the winter, in the villages rather than the camps.",
        "Between December 1913 and February 1914 it killed 786 of the 28,640 refugees settled "
        f"in Burgas district, {C('43 per 1,000', RATE, SLIP, '27 per 1,000', '786/28640*1000')}"
        ".",
        "In Haskovo district, where the prefect had put a doctor in every third village, it "
        "killed 214 of 19,215, and the toll was "
        f"{C('lower', COMP, OK, formula='214/19215<786/28640')}.",
        "The health section sent out mobile disinfection teams, each with 6 nurses and 30 "
        "disinfectors, and burned the bedding of every house where a case was found.",
        f"Its head believed that {C('about 20 percent', SHARE, UNV)} of the sick were never "
        "reported to anyone.",
    )
    a.P(
        "The road also ran the other way.",
        "From the districts that Bulgaria gained in the Rhodopes and western Thrace, the "
        "prefects reported Muslims gone between the autumn of 1913 and the summer of 1914: "
        "14,260 from Gyumyurdzhina, 9,840 from Kardzhali, 6,175 from Ortakoy and 4,725 from "
        f"Dari-Dere, {C('35,000', SUM, OK, formula='14260+9840+6175+4725')} in the prefects' "
        "books.",
        f"They left in 7,290 households of {C('4.8', RATE, OK, formula='35000/7290')} persons, "
        f"{C('larger', COMP, OK, formula='35000/7290>104860/23740')} than the Bulgarian "
        "refugee family.",
        f"Gyumyurdzhina alone sent {C('two in five', MULT, OK, formula='14260/35000')} of them.",
        "The Ottoman border posts counted 34,560 who crossed; of the emigrants, 8,420 went down "
        f"the Makri road to the coast ({C('24 percent', SHARE, AMB, formula='8420/35000*100')}"
        ").",
    )
    a.P(
        "Of the 35,000, 58 percent took ship at Dedeagach, and 40 percent of these were carried "
        "on to Anatolia instead of being settled in Eastern Thrace, "
        f"{C('about 12,180', CHAIN, SLIP, 'about 8,120', '35000*0.58*0.40')} persons.",
        f"The rest went overland through {C('three', COUNT, OK, formula='3')} passes: Makaza, "
        "Kushla and Dere Kapu.",
        "Measured against its Muslim population, Ortakoy lost "
        f"{C('fewer', COMP, SLIP, 'more', '6175/41200>4725/38900')} than Dari-Dere: 6,175 of "
        "41,200 against 4,725 of 38,900.",
    )
    a.P(
        "In the Southern Dobrudja the loss was counted in institutions as well as in people.",
        "The Bulgarian schools of the ceded districts went from 212 in 1912 to 58 in 1914, a "
        f"fall of {C('27.4 percent', SHARE, SLIP, '72.6 percent', '(212-58)/212*100')}.",
        "Of the 42 Bulgarian priests of Balchik and Kavarna, 14 were still in their parishes at "
        "the end of 1914.",
        "The church communities of the two towns' hinterland, 46 before the war, numbered 23 "
        f"afterwards ({C('50 per cent', SHARE, AMB, formula='23/46*100')}).",
        f"The Romanian prefect at Silistra claimed that {C('about a third', MULT, UNV)} of the "
        "Bulgarian peasants had chosen to stay.",
    )
    a.P(
        "The exchange of populations was first written into a protocol annexed to the treaty "
        "Bulgaria and the Porte signed at Constantinople on 29 September 1913, which let the "
        "Bulgarians and Muslims of a fifteen-kilometre strip on each side of the new frontier "
        "move across it and be paid for what they left.",
        "A mixed commission was to value the property; it sat for the first time only on 14 "
        "February 1914, "
        f"{C('four and a half months', DUR, OK, formula=COMMISSION_MONTHS)}"
        " after the treaty.",
        f"It was given {C('five', COUNT, SLIP, 'four', '4')} classes of property to value: "
        "houses, fields, vineyards and mills.",
        "By July it had valued the holdings of 9,612 Bulgarian families from Thrace and 8,140 "
        "Muslim families from Bulgaria.",
    )
    a.P(
        "The agreement the commissioners signed in June 1914 put the Bulgarian property at "
        "14,418,000 leva and the Muslim property at 10,582,000 leva.",
        f"That came to {C('1,500 leva', RATE, OK, formula='14418000/9612')} for a Bulgarian "
        "family, and it left the Porte owing a balance of "
        f"{C('3,836,000', REM, OK, formula='14418000-10582000')} leva.",
        "Of the 51,320 Thracians on the register, 64 percent came from villages inside the "
        "fifteen-kilometre strip, and 70 percent of these held deeds the commission could "
        f"accept, {C('about 23,000', CHAIN, OK, formula='51320*0.64*0.70')} persons.",
        f"Refugee deputies in the Sobranie said the money reached them at "
        f"{C('nearly 900 leva', RATE, UNV)} a family, when it reached them at all.",
        "The directorate outlived the commission: it was merged into the ministry of agriculture "
        f"in 1920, {C('five years', DUR, SLIP, 'seven years', '1920-1913')} after its creation.",
    )
    a.P(
        "What the registers do not show is how many refugees stayed where they were put.",
        "A count made for the ministry in 1921 found 6,875 of the 9,615 families given land "
        f"still on their plots ({C('71.5 percent', SHARE, OK, formula='6875/9615*100')}), and "
        f"the other {C('2,740', REM, OK, formula='9615-6875')} gone.",
        f"The report thought {C('about half', MULT, UNV)} of those who had gone were living in "
        "Sofia.",
    )
    return a


if __name__ == "__main__":
    art = thrace1913()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        names = {"date": date, "min": min, "sorted": sorted}
        v = eval(str(f), names) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
