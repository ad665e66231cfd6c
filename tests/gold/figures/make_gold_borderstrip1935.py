"""Writes the blind held-out gold article ``borderstrip1935`` for the figures checker (issue
#14): the spring 1935 clearing of a 22-kilometre border strip of an imagined northwestern
oblast, as the oblast NKVD's lists and the resettlement points' returns would show it. The
prose is ours and every number is invented; each derived claim's arithmetic is done here,
apart from borderlands.figures, which its author did not read or run. All claims are
``heldout11``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the
printed inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, the
true relation as a boolean, a ratio for "N times as many", or for a rank the true place; for
a count, the number of items listed; for a duration, the span in the unit printed, counted by
hand from the printed dates (1935 is not a leap year). An ambiguous claim's formula is one of
its two readings; the test names the other. Unverifiable claims carry no formula.

Run: python3 tests/gold/figures/make_gold_borderstrip1935.py   (rewrites borderstrip1935.txt
and borderstrip1935.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct


def borderstrip1935() -> Article:
    a = Article(
        "borderstrip1935",
        "Twenty-two kilometres: the clearing of the northwestern border strip in the spring "
        "of 1935",
        "heldout11",
    )
    C = a.C
    # 1. The order and the districts.
    a.P(
        "In the last week of February 1935 the oblast NKVD was told to empty a strip twenty-two "
        "kilometres deep along the Finnish frontier of the people it called unreliable "
        "elements, and with them of the Finnish and German farmers whose families had worked "
        "that land for generations.",
        f"The directive reached the oblast on 25 February, and the district lists were closed "
        f"on 20 March, {C('twenty-three days', 'duration', 'consistent', formula='(28-25)+20')}"
        f" later.",
        f"The strip cut across {C('five', 'count', 'consistent', formula='5')} districts: "
        f"Kaskela, Vuolle, Lempiälä, Ristikko and Hurmala.",
        "When the lists were closed they held the names of 15,480 persons.",
    )
    # 2. Households by district.
    a.P(
        f"District by district, the lists counted 1,104 households in Kaskela, 842 in Vuolle, "
        f"697 in Lempiälä, 589 in Ristikko and 380 in Hurmala, "
        f"{C(g(1104 + 842 + 697 + 589 + 380), 'sum', 'consistent', formula='1104+842+697+589+380')}"
        f" households in all, or "
        f"{C('about 4.3', 'rate', 'consistent', formula='15480/3612')} persons to a household.",
        f"Kaskela alone furnished "
        f"{C(pct(1104, 3612) + ' percent', 'share', 'consistent', formula='1104/3612*100')} of "
        f"the households, Ristikko "
        f"{C('13.6 percent', 'share', 'inconsistent', pct(589, 3612), '589/3612*100')}.",
        f"Vuolle stood "
        f"{C('second only to', 'comparison', 'consistent', formula='1104>842>697>589>380')} "
        f"Kaskela, and Kaskela put "
        f"{C('nearly three times as many', 'comparison', 'consistent', formula='1104/380')} "
        f"households on the lists as Hurmala.",
        f"In Kaskela 987 of the 1,104 households were Finnish: "
        f"{C('the great majority', 'multiple', 'consistent', formula='987/1104')}.",
    )
    # 3. Categories.
    a.P(
        f"The NKVD sorted the households into "
        f"{C('four', 'count', 'consistent', formula='4')} categories: Finnish farmers, German "
        f"colonists, former kulaks and persons of doubtful loyalty.",
        f"Of the 3,612 households, 2,215 were Finnish farmers "
        f"({C(pct(2215, 3612) + '%', 'share', 'consistent', formula='2215/3612*100')}) and 618 "
        f"German colonists "
        f"({C(pct(618, 3612) + '%', 'share', 'consistent', formula='618/3612*100')}), so that "
        f"the two national groups together made up "
        f"{C('78.4%', 'sum', 'consistent', formula='61.3+17.1')} of the lists.",
        "The other households were those of 431 former kulaks and 348 of doubtful loyalty.",
        f"{C('Perhaps two-fifths', 'multiple', 'unverifiable')} of the German households, the "
        f"district officers guessed, had kin living in Germany.",
    )
    # 4. Persons by category.
    a.P(
        f"Of the 15,480 persons listed, the Finnish households held 10,190, "
        f"{C('4.6', 'rate', 'consistent', formula='10190/2215')} to a family.",
        f"The German colonists numbered 2,780 in their 618 households and the former kulaks "
        f"1,520 in 431, and the remaining "
        f"{C('990', 'remainder', 'consistent', formula='15480-10190-2780-1520')} were the "
        f"persons of doubtful loyalty, many of them single men from the forest "
        f"lodges.",
        f"German families were thus a little "
        f"{C('smaller', 'comparison', 'consistent', formula='2780/618<10190/2215')} than "
        f"Finnish ones.",
    )
    # 5. Struck off the lists.
    a.P(
        f"Before the trains were made up, 1,346 of the 15,480, or "
        f"{C(pct(1346, 15480) + ' percent', 'share', 'consistent', formula='1346/15480*100')}"
        f", were struck off as sick, as too old to travel or as kin of men serving in the Red "
        f"Army.",
        f"The remaining "
        f"{C(g(15480 - 1346), 'remainder', 'consistent', formula='15480-1346')} were brought "
        f"to the loading stations.",
        f"Of the 1,346 struck off, 729 were sent after all in the autumn; the other "
        f"{C('671', 'remainder', 'inconsistent', g(1346 - 729), '1346-729')} stayed behind "
        f"under a ban on leaving their villages.",
    )
    # 6. Loading and the trains; a chance trap (628 of the 1,570 guards are 40 percent).
    a.P(
        f"Loading went on from 28 March to 19 April, "
        f"{C('a twenty-two-day', 'duration', 'consistent', formula='(31-28)+19')} operation, "
        f"at {C('four', 'count', 'consistent', formula='4')} stations: Kaskela, Vuolle, "
        f"Mäkilä and Ristikko.",
        f"The 14,134 deportees filled 22 trains, "
        f"{C('about 640', 'rate', 'consistent', formula='14134/22')} to a train, and 880 "
        f"wagons, {C('16', 'rate', 'consistent', formula='14134/880')} to a wagon.",
        f"The escort of 1,570 men, 628 of them lent by the border guard, gave one guard for "
        f"every {C('nine', 'rate', 'consistent', formula='14134/1570')} deportees.",
        f"The escort commander reported that "
        f"{C('about 40 percent', 'share', 'unverifiable')} of the wagons had no stove.",
    )
    # 7. Land and houses given up.
    a.P(
        f"The households left behind 21,870 hectares of plough land, 6,340 of meadow and 2,905 "
        f"of forest plots, "
        f"{C(g(21870 + 6340 + 2905), 'sum', 'consistent', formula='21870+6340+2905')} "
        f"hectares altogether, of which plough land was "
        f"{C(pct(21870, 31115) + ' percent', 'share', 'consistent', formula='21870/31115*100')}"
        f".",
        f"The 3,612 households had owned 3,318 houses, 2,765 of them of timber, or "
        f"{C('five-sixths', 'multiple', 'consistent', formula='2765/3318')}.",
        f"Of these houses 2,146 went to the collective farms "
        f"({C('59.4 percent', 'share', 'inconsistent', pct(2146, 3318), '2146/3318*100')}), 731 "
        f"to the border guard posts, and the rest, "
        f"{C(g(3318 - 2146 - 731), 'remainder', 'consistent', formula='3318-2146-731')}, were "
        f"pulled down.",
        f"The valuation commissions set the compensation at 4.12 million rubles, "
        f"{C('about 1,140', 'rate', 'consistent', formula='4120000/3612')} rubles a "
        f"household, of which little was ever paid.",
    )
    # 8. Livestock and the strip afterwards.
    a.P(
        f"The cattle of the strip, 6,210 head at the count of January 1934, were "
        f"{C('halved', 'multiple', 'consistent', formula='3050/6210')} by forced sales and "
        f"slaughter, and 3,050 head were left by the end of March.",
        f"Sales of cattle at the district markets "
        f"{C('tripled', 'multiple', 'consistent', formula='1240/412')} between January and "
        f"March 1935, from 412 head to 1,240.",
        f"Once the strip was empty, the border posts in it "
        f"{C('tripled', 'multiple', 'inconsistent', 'doubled', '35/17')} in number, from 17 to "
        f"35, and the plough land of the border collective farms "
        f"{C('more than doubled', 'multiple', 'consistent', formula='21300/9450')}, from 9,450 "
        f"hectares to 21,300.",
    )
    # 9. The journey and the arrivals; the rank's formula is Western Siberia's true place.
    rank = "sorted([5940,3870,2615,1437],reverse=True).index(2615)+1"
    a.P(
        f"The fourth train left Vuolle on 2 April and reached Stalinabad on 21 April, "
        f"{C('twenty-nine days', 'duration', 'inconsistent', 'nineteen days', '21-2')} on "
        f"the road.",
        f"The trains went to "
        f"{C('three', 'count', 'inconsistent', 'four', '4')} regions: Kazakhstan, Tajikistan, "
        f"western Siberia and the Kola peninsula.",
        f"The resettlement points' returns counted "
        f"{C(g(5940 + 3870 + 2615 + 1437), 'sum', 'consistent', formula='5940+3870+2615+1437')}"
        f" arrivals in all: 5,940 to Kazakhstan, 3,870 to Tajikistan, 2,615 to western Siberia "
        f"and 1,437 to the Kola peninsula.",
        f"Against the 14,134 loaded, the difference of "
        f"{C(g(14134 - 13862), 'remainder', 'consistent', formula='14134-13862')} was put down "
        f"to deaths and escapes on the road and to the clerks' errors.",
        f"Kazakhstan took "
        f"{C(pct(5940, 13862) + ' per cent', 'share', 'consistent', formula='5940/13862*100')}"
        f" of the arrivals, the "
        f"{C('largest', 'comparison', 'consistent', formula='5940>max(3870,2615,1437)')} "
        f"group.",
        f"Western Siberia, with "
        f"{C('nearly a fifth', 'multiple', 'consistent', formula='2615/13862')} of them, "
        f"ranked {C('second', 'comparison', 'inconsistent', 'third', rank)} among the "
        f"receiving regions.",
    )
    # 10. Deaths; a chance trap (45 staff over 3 settlements are 15).
    a.P(
        f"By the end of 1935 the settlements had recorded 1,186 deaths among the 13,862 "
        f"arrivals, {C('85.6', 'rate', 'consistent', formula='1186/13862*1000')} per 1,000.",
        f"Tajikistan lost 502 of its 3,870, or "
        f"{C('13', 'rate', 'inconsistent', '130', '502/3870*1000')} per 1,000, Kazakhstan 388 "
        f"of 5,940, western Siberia 211 of 2,615 and the Kola peninsula 85 of 1,437.",
        f"A settler in Tajikistan was thus "
        f"{C('more likely', 'comparison', 'consistent', formula='502/3870>388/5940')} to die "
        f"than one in Kazakhstan, and the death rate on the Kola peninsula was "
        f"{C('lower', 'comparison', 'consistent', formula='85/1437<211/2615')} than in western "
        f"Siberia.",
        f"A further 643 deaths in 1936 raised the total to "
        f"{C(g(1186 + 643), 'sum', 'consistent', formula='1186+643')}.",
        f"The point at Kurgan-Tiube, with a medical staff of 45 for its 3 settlements, housed "
        f"{C('about 15', 'rate', 'unverifiable')} persons to a tent, an inspector wrote.",
    )
    # 11. The count of 1937.
    a.P(
        "The special-settler count of 1937 found 11,904 of the deportees still in place.",
        f"With 156 children born in exile, the settlements held 12,060 people from the strip, "
        f"of whom 2,740 were children under ten, "
        f"{C('23 percent', 'share', 'ambiguous', formula='2740/12060*100')}.",
        f"Escapes were "
        f"{C('more frequent', 'comparison', 'unverifiable')} from the Kola settlements than "
        f"from those in Kazakhstan, the compilers of the count noted.",
    )
    # 12. The count of 1939.
    a.P(
        f"By January 1939 the number still in place had fallen to 9,218, a fall of "
        f"{C('77.4 percent', 'share', 'inconsistent', '22.6', '(11904-9218)/11904*100')} from "
        f"the 11,904 of 1937.",
        f"That was {C('about two-thirds', 'multiple', 'consistent', formula='9218/13862')} of "
        f"the 13,862 who had arrived.",
        f"The 1937 count had listed 1,412 escapes; the 1939 count added a further 686, "
        f"{C(g(1412 + 686), 'sum', 'consistent', formula='1412+686')} in all.",
        f"Releases by the courts or on appeal ran at 214 in 1936, 389 in 1937 and 527 in 1938, "
        f"bringing the total to "
        f"{C('916', 'sum', 'inconsistent', g(214 + 389 + 527), '214+389+527')}.",
    )
    # 13. Outside the strip.
    a.P(
        "Outside the strip the pressure went on more quietly.",
        f"In the villages of the neighbouring districts the Finnish-language schools taught "
        f"1,462 pupils in 1934 and 728 in 1937 "
        f"({C('50 per cent', 'share', 'ambiguous', formula='728/1462*100')}).",
        "Several of these schools were merged into Russian ones before the year was out.",
    )
    # 14. Three chains.
    a.P(
        f"Of the 5,940 who reached Kazakhstan, 64 percent were put to work on the cotton "
        f"farms, and 35 percent of these were under sixteen: "
        f"{C('about 1,330', 'chain', 'consistent', formula='5940*0.64*0.35')} young workers.",
        f"Of the 3,870 in Tajikistan, 55 percent were Finns, and 40 percent of these came "
        f"from Hurmala: {C('about 850', 'chain', 'consistent', formula='3870*0.55*0.40')} "
        f"persons.",
        f"Of the 1,437 sent to the Kola peninsula, 80 percent went down the apatite mines, and "
        f"a quarter of these were women: "
        f"{C('about 290', 'chain', 'consistent', formula='1437*0.80*0.25')}.",
    )
    # 15. The end of exile.
    a.P(
        f"The last of the Kaskela families were taken off the special-settler register in "
        f"1947, {C('twelve years', 'duration', 'consistent', formula='1947-1935')} after the "
        f"clearing.",
        "Few of them went back to the strip, which stayed a closed zone for another decade.",
    )
    return a


if __name__ == "__main__":
    art = borderstrip1935()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:30} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
