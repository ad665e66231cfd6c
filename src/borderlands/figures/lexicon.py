"""Word lists the quantity reader needs: units, qualifiers, and the words that mark a number
as a citation, a date or a duration rather than a historical quantity."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Unit words as printed -> the unit recorded. Group names (Koreans, Finns) are handled apart.
UNIT_WORDS: dict[str, str] = {
    "percent": "percent", "per cent": "percent", "%": "percent",
    "times": "times",
    "individuals": "persons", "individual": "persons", "persons": "persons", "person": "persons",
    "people": "persons", "members": "persons", "soldiers": "persons", "peasants": "persons",
    "citizens": "persons", "immigrants": "persons", "émigrés": "persons", "deportees": "persons",
    "victims": "persons", "Communists": "persons", "refugees": "persons", "settlers": "persons",
    "correspondents": "persons", "officials": "persons", "workers": "persons",
    "delegates": "persons", "kulaks": "persons", "prisoners": "persons", "exiles": "persons",
    "families": "families", "family": "families",
    "households": "households", "household": "households",
    "kilometers": "km", "kilometer": "km", "km": "km", "kilometres": "km", "kilometre": "km",
    "meters": "meters", "meter": "meters", "metres": "meters",
    "acres": "acres", "acre": "acres", "hectares": "hectares",
    "Marks": "Marks", "rubles": "rubles",
    "raiony": "raiony", "raions": "raiony", "raion": "raiony", "raikomy": "raikomy",
    "regions": "regions", "region": "regions", "townships": "townships", "township": "townships",
    "towns": "towns", "villages": "villages", "settlements": "settlements", "oblasts": "oblasts",
    "republics": "republics", "nationalities": "nationalities", "books": "books",
    "executions": "executions", "arrests": "arrests",
    "deaths": "persons", "births": "persons", "guards": "persons", "riflemen": "persons",
    "officers": "persons", "children": "persons", "women": "persons", "pupils": "persons",
    "invalids": "persons", "arrivals": "persons", "escapees": "persons",
    "colonists": "persons", "applicants": "persons", "inhabitants": "persons",
    "passengers": "persons", "infants": "persons", "adults": "persons", "inmates": "persons",
    "patients": "persons", "returners": "persons", "souls": "persons",
    "reservists": "persons", "clerks": "persons", "nurses": "persons", "students": "persons",
    "actors": "persons", "agronomists": "persons", "amateurs": "persons",
    "carpenters": "persons", "carters": "persons", "civilians": "persons",
    "dependants": "persons", "fellers": "persons", "fugitives": "persons",
    "gendarmes": "persons", "inspectors": "persons", "interpreters": "persons",
    "lodgers": "persons", "operatives": "persons", "orderlies": "persons",
    "procurators": "persons", "returnees": "persons", "sergeants": "persons",
    "signatories": "persons", "surveyors": "persons", "teachers": "persons", "wives": "persons",
    "youths": "persons", "husbands": "persons", "sons": "persons", "daughters": "persons",
    "teenagers": "persons", "volunteers": "persons", "recruits": "persons",
    "conscripts": "persons", "labourers": "persons", "laborers": "persons",
    "names": "persons", "subjects": "persons", "lives": "persons", "sentences": "persons",
    "herdsmen": "persons", "fishermen": "persons", "craftsmen": "persons",
    "tons": "tons", "tonnes": "tons", "ton": "tons", "tonne": "tons", "cattle": "cattle",
    "horses": "horses",
    "wagons": "wagons", "trains": "trains", "barges": "barges", "carts": "carts",
    "barracks": "barracks", "brigades": "brigades", "schools": "schools",
    "divisions": "divisions", "districts": "districts", "grams": "grams",
    "kilograms": "kilograms", "kilogram": "kilograms", "kg": "kilograms",
}  # fmt: skip

#: Words ending in "s" that, right after a number, are verbs or pronouns, not the things it
#: counts: "the 1,200 remains", "40 means".
NOT_COUNTED_NOUNS = _words(
    "agrees remains comes goes means makes seems stands lies rises falls gives shows "
    "includes contains represents equals amounts accounts exceeds appears becomes others "
    "cases times thus tens hundreds thousands millions dozens plus minus less us its this "
    "was has does is afterwards customs returns"
)

#: Words that, right before a number, make it a citation locator, not a quantity.
CITATION_WORDS = _words(
    "p pp n nn no nos vol vols tom reel reels chap chaps punkt protokol fond opis "
    "delo l ll folio folios art section part series sheet sheets list dok doc ed page pages"
)

MONTHS_IN_ORDER = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTHS = frozenset(MONTHS_IN_ORDER)

#: Nouns of time: "six months", "twenty-four hours" are durations, not counted quantities.
TIME_WORDS = _words(
    "year years month months week weeks day days hour hours decade decades century "
    "centuries minute minutes"
)

#: Qualifier (lowercase, as printed) -> direction of the approximation.
QUALIFIERS: dict[str, str] = {
    "about": "about", "approximately": "about", "around": "about", "some": "about",
    "roughly": "about", "circa": "about", "an estimated": "about", "as many as": "about",
    "over": "above", "more than": "above", "at least": "above", "slightly over": "above",
    "just over": "above", "upwards of": "above", "in excess of": "above",
    "almost": "below", "nearly": "below", "up to": "below", "less than": "below",
    "fewer than": "below", "under": "below", "just under": "below", "at most": "below",
    "slightly under": "below", "not quite": "below",
}  # fmt: skip

#: Words before a round number that make it vague, not a figure ("several hundred").
VAGUE_BEFORE = _words("several few many dozens hundreds thousands")

FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "third": 1 / 3, "quarter": 1 / 4, "fourth": 1 / 4, "fifth": 1 / 5,
    "sixth": 1 / 6, "tenth": 1 / 10, "one-half": 1 / 2, "one-third": 1 / 3,
    "one-quarter": 1 / 4, "one-fourth": 1 / 4, "one-fifth": 1 / 5, "one-tenth": 1 / 10,
    "two-thirds": 2 / 3, "three-quarters": 3 / 4, "three-fourths": 3 / 4,
    "eighth": 1 / 8, "one-sixth": 1 / 6, "one-eighth": 1 / 8, "five-sixths": 5 / 6,
    "two-fifths": 2 / 5, "three-fifths": 3 / 5, "four-fifths": 4 / 5,
}  # fmt: skip

#: Event verbs whose stem is not that of the noun a text dates the event by ("eight weeks
#: after it had shut" counts from "the closure of 7 October"): the stems of those nouns.
EVENT_VERB_NOUN_STEMS: dict[str, tuple[str, ...]] = {
    "shut": ("closure",), "closed": ("closure",), "began": ("beginning", "start"),
    "begun": ("beginning", "start"), "opened": ("opening",), "signed": ("signature",),
    "left": ("departure",), "arrived": ("arrival",), "died": ("death",),
}  # fmt: skip

#: Verbs that state a multiple of an earlier figure.
MULTIPLE_WORDS: dict[str, float] = {
    "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "quintupled": 5,
    "halved": 0.5, "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10,
    "doubling": 2, "tripling": 3, "trebling": 3, "quadrupling": 4, "halving": 0.5,
}  # fmt: skip

#: Function words that end the search for a counted noun after a number.
STOP_WORDS = _words(
    "of in to the a an was were is are be been had have has by for from with on at as "
    "into that which who whom than or but not only this these those their its his her "
    "our"
)
