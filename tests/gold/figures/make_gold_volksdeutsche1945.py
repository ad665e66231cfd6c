"""Writes the blind held-out gold article ``volksdeutsche1945`` for the figures checker (issue
#14): the mobilisation in January 1945 of the ethnic Germans of Romania (the Banat,
Transylvania, the Old Kingdom) and of Yugoslavia for "reconstruction work" in the Soviet Union,
as the NKVD's operation summaries, the county returns, the camp registers and the inspectors'
notes would record it: men and women taken by county and by age group, the stations and the
echelons, the journey, the camps and coal trusts of the Donbass and the Urals that received
them, the deaths of 1945 and 1946, the trains of the sick sent to Frankfurt an der Oder and to
Sighet, and the last releases of 1949.

The prose is ours and every number is invented (some camp, trust and village names too). Each
derived claim's arithmetic is done here, apart from borderlands.figures, which the author
neither read nor ran. All claims are ``heldout23``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, a ratio for "twice as many", or a place in a
listed order for a rank; for a count, the number of items listed; for a duration, the span in
the unit printed, worked from the printed dates. An ambiguous claim's formula is one of its two
readings; the test names the other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_volksdeutsche1945.py   (rewrites
volksdeutsche1945.txt/.yaml)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_gold import Article, g, pct

SHARE, SUM, REM, RATE, MULT = "share", "sum", "remainder", "rate", "multiple"
COMP, COUNT, DUR, CHAIN = "comparison", "count", "duration", "chain"
OK, SLIP, UNV, AMB = "consistent", "inconsistent", "unverifiable", "ambiguous"

# Persons taken in the Banat by county, as the county returns of register 3 give them.
BANAT_COUNTIES = "[21904, 5213, 3647, 2522]"
CARAS_PLACE = f"sorted({BANAT_COUNTIES}, reverse=True).index(5213)+1"


def volksdeutsche1945() -> Article:
    a = Article(
        "volksdeutsche1945",
        "Reconstruction work: the mobilisation of the Germans of Romania and Yugoslavia for "
        "labour in the Soviet Union, 1945-1949, in the operation summaries and camp registers",
        "heldout23",
    )
    C = a.C
    a.P(
        "On 16 December 1944 the State Defence Committee ordered that the able-bodied Germans "
        "of the countries of south-eastern Europe held by the Red Army be mobilised and carried "
        "to the Soviet Union for what the order called reconstruction work: men between "
        "seventeen and forty-five, women between eighteen and thirty.",
        "In Romania the arrests began on the night of 10 January 1945, and the Soviet side of "
        "the Allied Control Commission reported them finished on 31 January, "
        f"{C('three weeks', DUR, OK, formula='(31-10)/7')} later.",
        f"The operation summaries treat the country as {C('three', COUNT, OK, formula='3')} "
        f"zones of collection: the Banat, Transylvania and the Old Kingdom.",
    )
    a.P(
        "The NKVD summary telegraphed to Moscow on 4 February put the number taken in Romania "
        "at 68,412.",
        f"Of these the Banat, where the Swabian villages lay thickest, gave 33,286 "
        f"({C(pct(33286, 68412) + ' per cent', SHARE, OK, formula='33286/68412*100')}), "
        f"Transylvania 29,517, and the Old Kingdom, with its scattered Germans of Bucharest and "
        f"the Dobruja, no more than 5,609 "
        f"({C('8.2%', SHARE, OK, formula='5609/68412*100')}).",
        f"The Saxons and Swabians of Transylvania thus made up "
        f"{C('over two-fifths', MULT, OK, formula='29517/68412')} of the whole, a heavier "
        f"load than their weight among the Germans of the kingdom would lead one to expect.",
        f"The clerk's three zone figures add up to "
        f"{C('68,412', SUM, OK, formula='33286+29517+5609')}, so the total at the head of the "
        f"telegram was not rounded up for Moscow's benefit.",
    )
    a.P(
        "Inside the Banat the load fell unevenly on the counties, as the county returns bound "
        "into register 3 (sheets 112 to 140) show.",
        f"Timiș-Torontal handed over 21,904 persons, Caraș 5,213, Severin 3,647, and Arad, whose "
        f"German villages had partly gone west with the retreating front in September 1944, "
        f"2,522; together these make {C('33,286', SUM, OK, formula='21904+5213+3647+2522')}, "
        f"the figure of the February telegram.",
        f"Timiș-Torontal alone supplied "
        f"{C('about two-thirds', MULT, OK, formula='21904/33286')} of the Banat contingent, "
        f"and Caraș came a distant {C('second', COMP, OK, formula=CARAS_PLACE)}.",
        f"In Arad the commission took its 2,522 from 1,161 households, "
        f"{C('about 2.2', RATE, OK, formula='2522/1161')} per household, since in many houses "
        f"the daughters were the only people of mobilisable age still at home.",
    )
    a.P(
        "Of the 68,412, the same summary counts 38,907 men and 29,505 women.",
        f"Women were therefore {C('43.1 percent', SHARE, OK, formula='29505/68412*100')} of "
        f"those taken, and there were {C('1.3', RATE, OK, formula='38907/29505')} men to every "
        f"woman.",
        f"By age, 24,106 were under twenty and 36,988 in their twenties, leaving "
        f"{C('7,318', REM, OK, formula='68412-24106-36988')} men between thirty and "
        f"forty-five.",
        f"The youngest group, {C('more than a third', MULT, OK, formula='24106/68412')} of the "
        f"total, was made up largely of girls of eighteen and nineteen and of boys just out of "
        f"school.",
    )
    a.P(
        "In Yugoslavia the Soviet commandants worked from the lists the partisan authorities had "
        "drawn up in the autumn, when the Germans of the Banat, the Bačka and Srem were already "
        "held in local camps.",
        f"Between 25 December 1944 and 14 January 1945 they took 11,862 persons, 7,148 of them "
        f"women ({C('60.3 per cent', SHARE, OK, formula='7148/11862*100')}).",
        f"That was a {C('higher', COMP, OK, formula='7148/11862>29505/68412')} proportion of "
        f"women than in Romania, for most Yugoslav German men of military age were in the "
        f"German army, dead, or already behind wire.",
        f"With the 68,412 from Romania, {C('80,274', SUM, OK, formula='68412+11862')} ethnic "
        f"Germans had thus been mobilised in the two countries.",
    )
    a.P(
        "The people taken were held for a few days in schools, barns and the yards of "
        "gendarmerie posts, and then marched or carted to the railway.",
        f"In the Banat the loading went on at {C('four', COUNT, SLIP, 'five', '5')} stations: "
        f"Timișoara, Lugoj, Reșița, Arad and Jimbolia.",
        f"The Romanian contingent left in 52 echelons made up of 1,162 wagons from the Banat "
        f"and 687 from Transylvania and the Old Kingdom, "
        f"{C('1,489', SUM, SLIP, '1,849', '1162+687')} wagons in all, each echelon carrying "
        f"{C('about 1,300', RATE, OK, formula='68412/52')} people.",
        f"The escort, 1,870 soldiers of the convoy troops, came to "
        f"{C('63', RATE, SLIP, '36', '1870/52')} men an echelon, a number the escort commanders "
        f"themselves called too low for winter nights in open country.",
    )
    a.P(
        f"The first echelon left Timișoara on 14 January and unloaded at Stalino on 2 "
        f"February, {C('nineteen days', DUR, OK, formula='(31-14)+2')} on the way.",
        f"The last, from Brașov, left on 3 February and reached Nizhny Tagil on 20 February, "
        f"{C('fifteen days', DUR, SLIP, 'seventeen days', '20-3')} later.",
        f"Of the 80,274 loaded in the two countries, 1,168 died on the road or were put off the "
        f"trains as too ill to travel, "
        f"{C('about 15 per 1,000', RATE, OK, formula='1168/80274*1000')}, and the receiving "
        f"camps entered {C('79,106', REM, OK, formula='80274-1168')} in their books.",
    )
    a.P(
        "The reception returns of the directorate for prisoners of war and internees divide "
        "the 79,106 arrivals among three regions.",
        f"The Donbass, that is the Stalino and Voroshilovgrad oblasts, received 52,730, "
        f"{C('two-thirds', MULT, OK, formula='52730/79106')} of the whole; the Urals 20,418 "
        f"({C('28.5 per cent', SHARE, SLIP, '25.8 per cent', '20418/79106*100')}); and the "
        f"camps of the Caucasus and the Moscow coal basin the remaining "
        f"{C('5,958', REM, OK, formula='79106-52730-20418')}.",
        f"The Donbass thus took {C('more than twice', MULT, OK, formula='52730/20418')} as many "
        f"as the Urals.",
        f"In the Urals the internees went to {C('three', COUNT, OK, formula='3')} oblasts: "
        f"Sverdlovsk, Chelyabinsk and Molotov.",
    )
    a.P(
        f"In the Stalino oblast they were assigned to {C('six', COUNT, OK, formula='6')} coal "
        f"trusts: Stalinugol, Makeevugol, Artemugol, Chistiakovantratsit, Ordzhonikidzeugol "
        f"and Krasnoarmeiskugol.",
        f"Camp 1010 at Makeevka held 3,420 of them in 19 barracks, "
        f"{C('180', RATE, OK, formula='3420/19')} to a barracks, with two-tier bunks and one "
        f"stove to a room.",
        f"Their output per shift {C('doubled', MULT, OK, formula='0.83/0.41')} between the "
        f"first quarter of 1945 and the first quarter of 1946, from 0.41 to 0.83 tons of coal, "
        f"though it never came near the norm of 1.2 tons.",
        f"The camp's sick list {C('tripled', MULT, SLIP, 'doubled', '1296/640')} over the "
        f"winter, from 640 names in November to 1,296 in February.",
    )
    a.P(
        "Death came hardest in the first year.",
        f"Between arrival and 31 December 1945 the camps recorded 4,862 deaths among the 79,106 "
        f"internees, {C('61.5 per 1,000', RATE, OK, formula='4862/79106*1000')}.",
        f"In 1946 the toll {C('halved', MULT, OK, formula='2391/4862')}, to 2,391, which brings "
        f"the dead of the two years to {C('7,253', SUM, OK, formula='4862+2391')}.",
        f"Of the dead of 1945 the Donbass camps buried 2,905 and those of the Urals 1,617, and "
        f"the other camps the remaining {C('340', REM, OK, formula='4862-2905-1617')}.",
        f"Set against the numbers each region received, mortality was "
        f"{C('higher', COMP, OK, formula='1617/20418>2905/52730')} in the Urals, where the "
        f"women dug foundations in the open and the winter lasted into May.",
    )
    a.P(
        "The registers of camp 1010 allow a closer look at the women.",
        "Of the 3,420 internees at Makeevka, 1,489 were women, and of the 212 who died there in "
        "1945, 71 were women.",
        f"Women were thus {C('43.5 per cent', SHARE, OK, formula='1489/3420*100')} of the camp "
        f"but only {C('33.5 per cent', SHARE, OK, formula='71/212*100')} of its dead, and a "
        f"woman's chance of dying in the camp was "
        f"{C('higher', COMP, SLIP, 'lower', '71/1489<141/1931')} than a man's, at 71 of 1,489 "
        f"against 141 of 1,931.",
        f"Of the 1,489 women, 40 percent worked underground, and 15 percent of these were sent "
        f"home as sick in the autumn of 1945, "
        f"{C('about 90', CHAIN, OK, formula='1489*0.40*0.15')} women in all.",
    )
    a.P(
        "From the autumn of 1945 the camps began to send home those who could no longer work.",
        f"The trains of the sick took 5,914 internees in 1945 and 8,327 in 1946, "
        f"{C('some fourteen thousand', SUM, OK, formula='5914+8327')} over the two years, and "
        f"most of them went not to Romania or Yugoslavia but to Frankfurt an der Oder in the "
        f"Soviet zone of Germany.",
        f"The register of the Frankfurt transit camp counts 9,208 of the 14,241 "
        f"({C('nearly two-thirds', MULT, OK, formula='9208/14241')}); the remaining "
        f"{C('5,303', REM, SLIP, '5,033', '14241-9208')} were unloaded at Sighet and Subotica.",
        f"Of the 14,241 sent home sick, 62 percent were women, and 9 percent of these died "
        f"before the end of 1946, "
        f"{C('about 1,280', CHAIN, SLIP, 'about 790', '14241*0.62*0.09')} women.",
    )
    a.P(
        "Conditions in the smaller camps are known mostly from the inspectors' notes.",
        f"At Krasnyi Luch, where the 60 women of the brigade shared 12 rooms of a former school, "
        f"the inspector thought {C('20 per cent', SHARE, UNV)} of the camp had no winter boots.",
        f"The camp post handed out 310 letters and 1,240 parcels in 1946, yet the women told him "
        f"that {C('about a quarter', MULT, UNV)} of them had had no word from home at all.",
        f"He put {C('about 15 per cent', SHARE, UNV)} of the rations as lost to theft between "
        f"the depot and the kitchen.",
    )
    a.P(
        "At the beginning of 1949 the camps still held 31,470 Germans from Romania and "
        "Yugoslavia.",
        f"In the course of that year 29,806 were released and "
        f"{C('1,664', REM, OK, formula='31470-29806')} remained, most of them in hospital or "
        f"under investigation.",
        f"The releases came in {C('four', COUNT, OK, formula='4')} batches: June, August, "
        f"October and December.",
        f"The December trains carried 4,536 people in 108 wagons, "
        f"{C('42', RATE, OK, formula='4536/108')} to a wagon, and for those taken in "
        f"January 1945 the captivity had lasted "
        f"{C('nearly five years', DUR, OK, formula='(1949-1945)+(12-1)/12')}.",
        f"Of the 29,806 released in 1949, 58 percent were sent on to Germany rather than home, "
        f"and 40 percent of those had kin already in the western zones, "
        f"{C('about 6,900', CHAIN, OK, formula='29806*0.58*0.40')} people.",
        f"The repatriation officers thought {C('nearly half', MULT, UNV)} of those sent to "
        f"Germany would have gone home had their houses not been given to colonists.",
    )
    a.P(
        "Of the 80,274 mobilised and the 79,106 who reached the camps, the commissions that "
        "the two countries set up after the war reckoned that 9,860 had died in the Soviet "
        f"Union, {C('about 12 percent', SHARE, AMB, formula='9860/79106*100')}.",
        f"The Red Cross lists of 1950 found 6,420 of the survivors in West Germany and 3,180 in "
        f"the Soviet zone, {C('twice as many', COMP, OK, formula='6420/3180')} in the west.",
        "In the Banat village of Sânmartin, whose register survives whole, the German "
        "inhabitants fell from 1,840 before the war to 920 in the census of 1956 "
        f"({C('50 percent', SHARE, AMB, formula='920/1840*100')}).",
    )
    return a


if __name__ == "__main__":
    art = volksdeutsche1945()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f)) if f else None  # our own arithmetic, checked by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:24} "
              f"{c.get('intended', '')!s:16} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
