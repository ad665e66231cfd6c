"""Writes the blind held-out gold article ``latvianop1937`` for the figures checker (issue #14):
the NKVD's "Latvian operation" under the order of 30 November 1937, from the first arrests of
December 1937 to its closing in November 1938, as the closing summary, the regional tables, the
registries of the "album" procedure and of the special troikas, the Leningrad mail registry,
the family registers and the rehabilitation files would record it: arrests by region (Leningrad,
Moscow, the Western oblast, Novosibirsk and Krasnoyarsk), the Latvian club, theatre and press in
Moscow, the former Latvian riflemen, the Latvian villages of the Western oblast and Siberia,
sentences by category from the albums and the troikas, the families exiled, the camps, and the
rehabilitations after 1956.

The prose is ours and every number is invented (so are the village councils and the village
named). Each derived claim's arithmetic is done here, apart from borderlands.figures, which the
author neither read nor ran. All claims are ``heldout15``.

Formulas: for a share, sum, remainder, rate, multiple or chain, the arithmetic that the printed
inputs give (for a slip, the arithmetic behind ``intended``); for a comparison, a boolean that
is true for the relation the figures really show, or a ratio for a multiple in words; for a
count, the number of items listed; for a duration, the span in the unit printed, worked from the
printed dates. An ambiguous claim's formula is one of its two readings; the test names the
other. Unverifiable claims have no formula.

Run: python3 tests/gold/figures/make_gold_latvianop1937.py   (rewrites latvianop1937.txt/.yaml)
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


def latvianop1937() -> Article:
    a = Article(
        "latvianop1937",
        "Albums and troikas: the NKVD's Latvian operation of 1937-1938 in the operational "
        "summaries, the sentencing registers and the files of rehabilitation",
        "heldout15",
    )
    C = a.C
    a.P(
        "On 30 November 1937 the People's Commissar of Internal Affairs signed an operational "
        "order against the Latvians of the Soviet Union, built on the pattern of the Polish "
        "order of the previous August.",
        f"It told the regional administrations to seek out {C('five', COUNT, OK, formula='5')} "
        f"groups: former riflemen of the Latvian divisions, political émigrés, recent defectors "
        f"from Latvia, members of the Latvian clubs, and persons in touch with the Latvian "
        f"legation.",
        "Arrests began in the first days of December; twice prolonged, the operation was closed "
        f"on 15 November 1938, "
        f"{C('almost a year', DUR, OK, formula='(date(1938, 11, 15)-date(1937, 11, 30)).days/365')}"
        f" after the order.",
        "What follows traces it through the operational summaries of the NKVD, the registers of "
        "the bodies that passed sentence and the rehabilitation files kept in Moscow, Riga and "
        "St Petersburg.",
    )
    a.P(
        "The closing summary sent to Moscow on 10 December 1938 gives 21,360 persons arrested "
        "under the order.",
        f"By the time the operation closed 19,840 of them had been sentenced, and the remaining "
        f"{C('1,520', REM, OK, formula='21360-19840')} were still under investigation.",
        "The sentences followed the two categories of the order: 15,910 persons were to be shot "
        "and 3,930 were given eight or ten years in the camps.",
        f"The first category thus took "
        f"{C('80.2 per cent', SHARE, OK, formula='15910/19840*100')} of all those sentenced.",
        f"Women were few among them, 412 in the summary's count "
        f"({C('2 per cent', SHARE, AMB, formula='412/21360*100')}).",
    )
    a.P(
        "The regional table appended to the summary (sheets 14 to 19 of the file) puts the "
        f"Leningrad oblast at the head with 6,480 arrests "
        f"({C('30.3 per cent', SHARE, OK, formula='6480/21360*100')}); Moscow, city and oblast, "
        f"came "
        f"{C('second only to', COMP, OK, formula='6480>4915>max(2730, 1860, 1140)')} Leningrad "
        f"with 4,915 ({C('23 percent', SHARE, OK, formula='4915/21360*100')}).",
        f"The Western oblast followed with 2,730 "
        f"({C('21.8 percent', SHARE, SLIP, '12.8 percent', '2730/21360*100')}), and the two "
        f"Siberian administrations, Novosibirsk with 1,860 arrests and the Krasnoyarsk krai with "
        f"1,140, made {C('3,000', SUM, OK, formula='1860+1140')} between them.",
        f"All other regions, from the Ukraine to the Far East, account for the remaining "
        f"{C('4,235', REM, OK, formula='21360-6480-4915-2730-1860-1140')}.",
    )
    a.P(
        f"In Leningrad the city administration made 5,120 of the oblast's 6,480 arrests; the "
        f"remaining {C('1,360', REM, OK, formula='6480-5120')} fell on the districts, above all "
        f"on the Latvian collective farms near Luga and Gdov.",
        f"The census of January 1937 had found 44,600 Latvians in the city and oblast, so that "
        f"the operation took {C('one in seven', MULT, OK, formula='6480/44600')} of them, "
        f"{C('145 per 1,000', RATE, OK, formula='6480/44600*1000')}.",
        f"Among the city's arrests, 1,150 were workers of the port, the Baltic shipyard and the "
        f"Kirov works, {C('22.5 per cent', SHARE, OK, formula='1150/5120*100')} of the city's "
        f"total.",
    )
    a.P(
        "In Moscow the operation fell first on the institutions of the Latvian community.",
        f"The Latvian club had 1,240 members on its books in the autumn of 1937, and 437 of "
        f"them ({C('35.2 per cent', SHARE, OK, formula='437/1240*100')}) had been arrested by "
        f"March 1938, when the club was closed.",
        f"Its drama circle had 35 amateurs and its Sunday school 175 pupils; one member later "
        f"recalled that {C('20 per cent', SHARE, UNV)} of the members had stopped coming after "
        f"the first arrests of the summer.",
        f"The Skatuve theatre lost 27 of its 64 actors, musicians and stage hands in December "
        f"and January and 11 more in February, {C('38', SUM, OK, formula='27+11')} in all, and "
        f"it was dissolved on 21 March 1938 with {C('26', REM, OK, formula='64-27-11')} of its "
        f"people left.",
        f"The Latvian-language titles printed in Moscow went down from 14 in 1936 to 7 in 1938 "
        f"({C('50 per cent', SHARE, AMB, formula='7/14*100')}).",
    )
    a.P(
        "The former riflemen of the Latvian divisions, heroes of the civil war, were a group "
        "apart.",
        f"The membership list of their veterans' society, seized in 1937, named 2,870 men living "
        f"in Moscow and Leningrad, and 1,945 of them were arrested under the order, "
        f"{C('more than two-thirds', MULT, OK, formula='1945/2870')}.",
        f"Of those arrested, 86 percent were sent to the first category, a proportion "
        f"{C('higher', COMP, OK, formula='86>15910/21360*100')} than the "
        f"{C('74.5 per cent', SHARE, OK, formula='15910/21360*100')} of all arrests across the "
        f"Union.",
        f"Of the condemned, 40 percent had been decorated with the Order of the Red Banner, so "
        f"that {C('about 670', CHAIN, OK, formula='1945*0.86*0.40')} holders of the order were "
        f"shot.",
    )
    a.P(
        "Outside the two capitals the operation reached the Latvian villages founded by "
        "land-hungry colonists in the decades before the revolution.",
        f"In the Western oblast 1,480 of the 2,730 arrested came from "
        f"{C('four', COUNT, OK, formula='4')} village councils: Lejasmuiža, Silmala, Kalnapurvs "
        f"and Bērzkalne.",
        f"With those 2,730 arrests the Smolensk administration made "
        f"{C('more', COMP, SLIP, 'fewer', '2730<1860+1140')} than the Novosibirsk and "
        f"Krasnoyarsk administrations together, and within Siberia the 1,860 of Novosibirsk "
        f"were {C('over one and a half times', MULT, OK, formula='1860/1140')} the 1,140 of the "
        f"Krasnoyarsk krai.",
        f"In the village of Rudzupe in the Tara district, 143 men were taken from 318 "
        f"households, {C('45 per 100 households', RATE, OK, formula='143/318*100')}.",
        f"Across the district's Latvian village councils the men of working age fell from "
        f"1,620 to 1,150, a decline of "
        f"{C('71.0 per cent', SHARE, SLIP, '29.0 per cent', '(1620-1150)/1620*100')}.",
    )
    a.P(
        "Until September sentences were passed by the so-called album procedure.",
        "Each regional administration typed a page for every accused and bound the pages into "
        "albums, which went to Moscow to be signed by the People's Commissar and the Procurator "
        "of the USSR.",
        f"A page carried {C('six', COUNT, SLIP, 'five', '5')} entries: the name, the year of "
        f"birth, the charge, the proposed category and the date of arrest.",
        f"The central registry logged 214 albums with 15,380 names under the Latvian order, "
        f"{C('about 72', RATE, OK, formula='15380/214')} to an album, and 12,160 of the names "
        f"were marked for the first category "
        f"({C('79.1 per cent', SHARE, OK, formula='12160/15380*100')}).",
        f"Adding the 4,460 persons whom the special troikas sentenced in the autumn, the "
        f"registry reaches {C('18,940', SUM, SLIP, '19,840', '15380+4460')} sentences under "
        f"the order.",
    )
    a.P(
        "On 17 September 1938 the album procedure was abandoned and the cases still waiting "
        "passed to special troikas in each region, which sat until the middle of November.",
        f"Of the 4,460 persons they sentenced under the Latvian order, 3,750 went to the first "
        f"category, {C('84.1 per cent', SHARE, OK, formula='3750/4460*100')}, a share "
        f"{C('higher', COMP, OK, formula='3750/4460>12160/15380')} than in the albums, and the "
        f"other {C('710', REM, OK, formula='4460-3750')} received camp terms.",
        f"The Leningrad troika sat from 17 September to 14 November, "
        f"{C('58 days', DUR, OK, formula='(date(1938, 11, 14)-date(1938, 9, 17)).days')}, and "
        f"disposed of 1,612 Latvian cases, {C('about 28', RATE, OK, formula='1612/58')} a day.",
        f"Of the troikas' 4,460 cases, 36 per cent came from the Leningrad oblast and 88 per "
        f"cent of those ended in the first category: "
        f"{C('about 1,140', CHAIN, SLIP, 'about 1,410', '4460*0.36*0.88')} persons.",
        f"The troikas also {C('halved', MULT, OK, formula='22/47')} the wait between arrest and "
        f"sentence, to 22 days on average in Leningrad against 47 under the albums.",
    )
    a.P(
        "How long the albums lay in Moscow can be read from the Leningrad registry of outgoing "
        "mail.",
        f"An album of 186 names sent on 14 January 1938 came back signed on 3 March, "
        f"{C('48 days', DUR, OK, formula='(date(1938, 3, 3)-date(1938, 1, 14)).days')} later; "
        f"one sent on 2 April was returned only on 19 June, after "
        f"{C('68 days', DUR, SLIP, '78 days', '(date(1938, 6, 19)-date(1938, 4, 2)).days')}.",
        f"In the first quarter of 1938 Leningrad sent off 31 albums with 4,650 names, "
        f"{C('150', RATE, OK, formula='4650/31')} to an album, "
        f"{C('more than twice', MULT, OK, formula='(4650/31)/(15380/214)')} the average of the "
        f"central registry.",
    )
    a.P(
        "The order itself said nothing of the families; they were dealt with under the "
        "instructions for the families of traitors to the homeland and, from the spring, by "
        "telegrams from Moscow.",
        f"By 1 October 1938 the administrations had registered 3,240 families of those "
        f"condemned, with 8,870 members, {C('about 2.7', RATE, OK, formula='8870/3240')} a "
        f"family.",
        f"Of these members 1,310 wives were sent to camps by the Special Board, and the "
        f"remaining {C('5,760', REM, SLIP, '7,560', '8870-1310')} were exiled, most of them to "
        f"Kazakhstan and the Novosibirsk oblast.",
        f"Children under sixteen made up 4,910 of the 8,870 "
        f"({C('55.4%', SHARE, OK, formula='4910/8870*100')}).",
        f"The Leningrad echelon of 12 July carried 1,710 exiles in 52 wagons, "
        f"{C('about 23', RATE, SLIP, 'about 33', '1710/52')} to a wagon.",
        f"In the Karaganda commandant's office the registered exiles "
        f"{C('tripled', MULT, SLIP, 'more than doubled', '2480/1120')} between May and October, "
        f"from 1,120 to 2,480.",
    )
    a.P(
        f"The 3,930 sentenced to camp terms were sent to {C('five', COUNT, OK, formula='5')} "
        f"camps: Ukhtpechlag, Sevvostlag, Belbaltlag, Temlag and Karlag.",
        f"The three northern camps took 2,360 of them; the rest travelled to Mordovia and "
        f"Kazakhstan in 49 wagons, {C('about 32', CHAIN, OK, formula='(3930-2360)/49')} to a "
        f"wagon.",
        f"By 1 January 1943 the registers of the northern camps had entered 944 of the Latvian "
        f"prisoners as dead, {C('40 %', SHARE, OK, formula='944/2360*100')}.",
        f"Women were 9 per cent of the camp contingent, and 70 per cent of them served their "
        f"terms in Temlag: {C('about 250', CHAIN, OK, formula='3930*0.09*0.7')} women.",
    )
    a.P(
        "Review began after 1956, slowly and mostly at the request of relatives.",
        f"Between 1956 and 1962 the procuracy reviewed 6,420 cases from the Latvian order and "
        f"rehabilitated 5,870 persons ({C('91.4 per cent', SHARE, OK, formula='5870/6420*100')}"
        f"); in the other {C('550', REM, OK, formula='6420-5870')} the sentences stood, "
        f"usually because the file held a record of service in the Latvian army before 1920.",
        f"Rehabilitations {C('more than doubled', MULT, OK, formula='2910/1240')} from 1,240 in "
        f"1956 to 2,910 in 1957, and with the 1,130 of 1958 the first three years gave "
        f"{C('5,280', SUM, OK, formula='1240+2910+1130')}.",
        f"The family of one rifleman, shot at Butovo in February 1938, received the certificate "
        f"of his rehabilitation in April 1957, "
        f"{C('nineteen years', DUR, OK, formula='(1957-1938)+(4-2)/12')} later.",
    )
    a.P(
        "Much of what followed the sentences escapes the files.",
        "When the Riga memorial society began its work in 1988, it gathered 3,600 "
        "questionnaires from relatives and 1,200 photographs within three years.",
        f"Its volunteers believed that {C('about a third', MULT, UNV)} of the families had never "
        f"learned where their men were buried, and that {C('nearly half', MULT, UNV)} of the "
        f"widows exiled in 1938 never came back to Latvia.",
        f"Relatives' letters suggest that {C('about 40 per cent', SHARE, UNV)} of those shot in "
        f"Leningrad lie at Levashovo, though no list survives to show it.",
    )
    return a


if __name__ == "__main__":
    art = latvianop1937()
    art.write()
    for c in art.claims:
        f = c.get("formula")
        v = eval(str(f), {"date": date, "max": max}) if f else None  # our arithmetic, by eye
        print(f"{c['kind']:10} {c['verdict']:12} {c['figure']!s:26} "
              f"{c.get('intended', '')!s:18} {f or ''} = {v}")
    print(len(art.claims), "claims;", g(len(art.paragraphs)), "paragraphs;",
          pct(sum(c["verdict"] == SLIP for c in art.claims), len(art.claims)), "% slips")
