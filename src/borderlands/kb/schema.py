"""The knowledge base's record types: the contract between data/ and everything that reads it.

Every record cites where it comes from (``sources``): a work (``data/works/``) and a place in
it. A source without ``work`` is in the founding article, ``martin-1998`` (page, and note
where the fact sits in a footnote); a source in any other work names the work and a locator
(page, note, document number or section). Unknown is an explicit ``None``, never a guess.
Dates are ISO strings whose length says their precision: ``"1937"`` (year), ``"1937-08"``
(month), ``"1937-08-21"`` (day). Ids are stable, lower-case, hyphenated and carry a prefix
naming their type (works excepted: ``martin-1998``).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from borderlands.kb.sourcerows import ARTICLE_WORK

FIRST_PAGE = 813
LAST_PAGE = 861
WORK_ID = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, str_strip_whitespace=True)


class SourceRef(Record):
    """A place in a work. Without ``work``: the founding article, by printed page and, where
    the fact is in a note, footnote number (0 is the unnumbered asterisk note). In another
    work: its id and at least one locator: page, note, document number (in a document
    collection) or section (a web page's heading or URL fragment, a chapter)."""

    work: str = Field(default=ARTICLE_WORK, pattern=WORK_ID)
    page: int | None = Field(default=None, ge=1)
    note: int | None = Field(default=None, ge=0, le=400)
    document: str | None = None
    section: str | None = None

    @field_validator("page")
    @classmethod
    def _page_in_work(cls, v: int | None, info: ValidationInfo) -> int | None:
        in_article = info.data.get("work", ARTICLE_WORK) == ARTICLE_WORK
        if v is not None and in_article and not FIRST_PAGE <= v <= LAST_PAGE:
            raise ValueError(
                f"page {v} is outside the article (pp. {FIRST_PAGE}-{LAST_PAGE}); "
                "a page of another work names that work"
            )
        return v

    @model_validator(mode="after")
    def _locator(self) -> SourceRef:
        if self.work == ARTICLE_WORK:
            if self.document is not None or self.section is not None:
                raise ValueError(
                    "work missing: a document or section is a place in another work, "
                    "which the source must name"
                )
            if self.page is None:
                raise ValueError(
                    "page missing: a source in the article gives its page "
                    "(one in another work names that work)"
                )
        elif all(v is None for v in (self.page, self.note, self.document, self.section)):
            raise ValueError(f"{self.work}: no page, note, document or section")
        return self

    @property
    def in_article(self) -> bool:
        return self.work == ARTICLE_WORK

    def locator(self) -> str:
        """The place in the work, as a reader would look it up: "p. 851 n. 234", "doc. 12"."""
        parts = []
        if self.page is not None:
            parts.append(f"p. {self.page}")
        if self.note is not None:
            parts.append(f"n. {self.note}")
        if self.document is not None:
            parts.append(f"doc. {self.document}")
        if self.section is not None:
            parts.append(f"§ {self.section}")
        return " ".join(parts)


Sources = Annotated[list[SourceRef], Field(min_length=1)]


class Precision(StrEnum):
    day = "day"
    month = "month"
    year = "year"


class HistDate(Record):
    """A date known to a day, a month or a year; ``approx`` for 'about', 'early', 'late'."""

    date: str
    approx: bool = False

    @field_validator("date", mode="before")
    @classmethod
    def _coerce(cls, v: object) -> str:
        if isinstance(v, dt.date):
            return v.isoformat()
        if isinstance(v, int):
            return f"{v:04d}"
        if not isinstance(v, str):
            raise ValueError("a date is an ISO string: YYYY, YYYY-MM or YYYY-MM-DD")
        m = _DATE_RE.match(v.strip())
        if not m:
            raise ValueError(f"{v!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = m.groups()
        if month and not 1 <= int(month) <= 12:
            raise ValueError(f"{v!r}: month out of range")
        if day:
            dt.date(int(year), int(month), int(day))  # raises ValueError when impossible
        return v.strip()

    @property
    def precision(self) -> Precision:
        return {4: Precision.year, 7: Precision.month, 10: Precision.day}[len(self.date)]

    @property
    def year(self) -> int:
        return int(self.date[:4])

    def first_day(self) -> dt.date:
        parts = [int(p) for p in self.date.split("-")] + [1, 1]
        return dt.date(parts[0], parts[1], parts[2])

    def last_day(self) -> dt.date:
        y = int(self.date[:4])
        if self.precision is Precision.year:
            return dt.date(y, 12, 31)
        m = int(self.date[5:7])
        if self.precision is Precision.month:
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return self.first_day()


def _date_before(v: object) -> object:
    """Let data files write ``start: 1937-08-21`` or ``start: {date: "1937", approx: true}``."""
    if v is None or isinstance(v, dict | HistDate):
        return v
    return {"date": v}


class Dated(Record):
    @field_validator("start", "end", "date", mode="before", check_fields=False)
    @classmethod
    def _dates(cls, v: object) -> object:
        return _date_before(v)


class Unit(StrEnum):
    persons = "persons"
    families = "families"
    households = "households"
    percent = "percent"
    km = "km"
    meters = "meters"
    hectares = "hectares"
    acres = "acres"
    desiatinas = "desiatinas"
    raiony = "raiony"
    villages = "villages"
    settlements = "settlements"
    townships = "townships"
    collective_farms = "collective farms"
    marks = "Marks"
    rubles = "rubles"
    ratio = "ratio"
    other = "other"


class CountStatus(StrEnum):
    carried_out = "carried_out"
    planned = "planned"
    reported = "reported"  # a figure given by a contemporary source, not verified as done


class Count(Record):
    """A quantity: an exact or approximate value, or a low-high range, with its unit.

    ``quantity`` names the event's estimate this count is one value of (see ``Estimate``):
    counts of the same thing from different works share it.
    """

    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: Unit
    approx: bool = False
    qualifier: str | None = None  # "about", "over", "at least", "almost", ...
    status: CountStatus = CountStatus.carried_out
    what: str | None = None  # what is counted, in our words
    stated: str | None = None  # the numeral as printed in the article, e.g. "152,424"
    quantity: str | None = Field(default=None, pattern=r"^[a-z0-9-]+$")
    # [origin, destination] place ids: the one route of the event this count moved along,
    # where the source splits an event's count between its routes (for the map)
    route: list[str] | None = Field(default=None, min_length=2, max_length=2)
    sources: Sources

    @model_validator(mode="after")
    def _value_or_range(self) -> Count:
        if self.value is None and self.low is None and self.high is None:
            raise ValueError("a count needs a value, or a low and/or high bound")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self


class EstimateStatus(StrEnum):
    planned = "planned"
    carried_out = "carried_out"
    arrived = "arrived"
    died = "died"


class Estimate(Record):
    """One quantity of an event (what, with which status) as every work counts it.

    The values are the event's counts whose ``quantity`` is this estimate's; ``agree`` is
    the curator's reading (the counts agree within their stated rounding, or differ), which
    ``validate`` checks against the counts. Where the difference has a reason (later sweeps
    included, departures against arrivals, families against persons, a region left out),
    ``explanation`` gives it in our words and ``explained_by`` says where it comes from.
    ``sole_source`` says that the public record we could read holds only one count.
    """

    quantity: str = Field(pattern=r"^[a-z0-9-]+$")
    what: str
    status: EstimateStatus
    unit: Unit
    agree: bool
    explanation: str | None = None
    explained_by: list[SourceRef] = Field(default_factory=list)
    sole_source: bool = False


class EventKind(StrEnum):
    deportation = "deportation"
    resettlement = "resettlement"
    expulsion = "expulsion"
    population_exchange = "population exchange"
    massacre = "massacre or genocide"
    operation = "arrest-and-execution operation"
    emigration = "emigration movement"
    flight = "flight"
    uprising = "uprising"
    planned = "planned but not carried out"
    border_regime = "border regime measure"
    policy = "policy"
    popular_violence = "popular ethnic violence"


class Certainty(StrEnum):
    """How firmly the article establishes that an event took place."""

    attested = "attested"
    alleged = "alleged"  # reported by a source, not confirmed by the article's evidence


class Scope(StrEnum):
    partial = "partial"
    total = "total"


class Context(StrEnum):
    war = "war"
    peace = "peace"


class Event(Dated):
    id: str = Field(pattern=r"^ev-[a-z0-9-]+$")
    title: str
    kind: EventKind
    start: HistDate | None = None
    end: HistDate | None = None
    state: str | None = None  # the state that acted, e.g. "USSR", "Ottoman Empire", "Greece"
    soviet: bool
    actors: list[str] = Field(default_factory=list)  # organisation ids (org-...)
    groups: list[str] = Field(default_factory=list)  # group ids (grp-...)
    origin: list[str] = Field(default_factory=list)  # place ids (pl-...)
    destination: list[str] = Field(default_factory=list)  # place ids (pl-...)
    counts: list[Count] = Field(default_factory=list)
    estimates: list[Estimate] = Field(default_factory=list)
    scope: Scope | None = None
    context: Context | None = None
    decrees: list[str] = Field(default_factory=list)  # decree ids (dec-...)
    replacement_settlers: str | None = None
    outcome: str | None = None
    concepts: list[str] = Field(default_factory=list)  # concept ids (con-...)
    persons: list[str] = Field(default_factory=list)  # person ids (per-...)
    part_of: str | None = None  # a larger event's id
    certainty: Certainty = Certainty.attested
    summary: str
    sources: Sources

    @model_validator(mode="after")
    def _order(self) -> Event:
        if self.start and self.end and self.end.last_day() < self.start.first_day():
            raise ValueError(f"end {self.end.date} is before start {self.start.date}")
        for count in self.counts:
            if count.route and (
                count.route[0] not in self.origin or count.route[1] not in self.destination
            ):
                raise ValueError(
                    f"count route {count.route[0]} -> {count.route[1]} is not one of the "
                    "event's origins and destinations"
                )
        return self


class Decree(Dated):
    id: str = Field(pattern=r"^dec-[a-z0-9-]+$")
    date: HistDate
    issuer: str  # organisation id (org-...)
    number: str | None = None  # "00447": a string, leading zeros kept
    title_translit: str | None = None
    title_en: str
    ordered: str  # what it ordered, in our words
    groups: list[str] = Field(default_factory=list)
    places: list[str] = Field(default_factory=list)
    carried_out: bool | None = None
    sources: Sources


class GroupKind(StrEnum):
    nationality = "nationality"
    status = "status group"
    religious = "religious group"
    social = "social category"


class GroupFate(Record):
    year: int = Field(ge=1850, le=1960)
    summary: str
    events: list[str] = Field(default_factory=list)
    sources: Sources


class Group(Record):
    id: str = Field(pattern=r"^grp-[a-z0-9-]+$")
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: GroupKind = GroupKind.nationality
    diaspora: bool | None = None  # a Soviet nationality with a kin state abroad
    kin_state: str | None = None
    enemy_nation: bool | None = None  # targeted as a whole in 1935-1938, per the article
    fate: list[GroupFate] = Field(default_factory=list)
    summary: str | None = None
    sources: Sources


class PlaceType(StrEnum):
    country = "country"
    republic = "republic"
    autonomous_republic = "autonomous republic"
    krai = "krai"
    oblast = "oblast"
    okrug = "okrug"
    raion = "raion"
    city = "city"
    town = "town"
    village = "village"
    border_region = "border region"
    region = "region"
    body_of_water = "body of water"
    railway = "railway"


class Place(Record):
    id: str = Field(pattern=r"^pl-[a-z0-9-]+$")
    name: str
    variants: list[str] = Field(default_factory=list)
    type: PlaceType
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    precision_km: float | None = None  # how far the true place may be from lat/lon
    parent: str | None = None  # place id
    present_name: str | None = None
    present_country: str | None = None
    sources: Sources


class Concept(Record):
    id: str = Field(pattern=r"^con-[a-z0-9-]+$")
    name: str
    definition: str  # our own words
    events: list[str] = Field(default_factory=list)
    related: list[str] = Field(default_factory=list)  # concept ids
    sources: Sources


class Person(Record):
    id: str = Field(pattern=r"^per-[a-z0-9-]+$")
    name: str
    variants: list[str] = Field(default_factory=list)
    role: str
    organisations: list[str] = Field(default_factory=list)
    sources: Sources


class OrgKind(StrEnum):
    state = "state"
    party = "party organ"
    government = "government organ"
    police = "police"
    army = "army"
    movement = "movement"
    other = "other"


class Organisation(Record):
    id: str = Field(pattern=r"^org-[a-z0-9-]+$")
    name: str
    abbreviation: str | None = None
    kind: OrgKind
    parent: str | None = None
    sources: Sources


class Figure(Record):
    """A quantity printed in the article, attached to the records it measures."""

    id: str = Field(pattern=r"^fig-[a-z0-9-]+$")
    stated: str  # the numeral as printed, e.g. "152,424", "22.4 percent", "three hundred"
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: Unit
    counted: str | None = None  # what is counted: "Koreans", "families", "executions"
    approx: bool = False
    qualifier: str | None = None
    measures: str  # in our words, what the figure measures
    about: list[str] = Field(default_factory=list)  # ids of events, groups, places, decrees
    year: int | None = None
    derived: bool = False  # a percentage, ratio or index computed from other figures
    inputs: list[str] = Field(default_factory=list)  # figure ids it is derived from
    sources: Sources

    @model_validator(mode="after")
    def _value_or_range(self) -> Figure:
        if self.value is None and self.low is None and self.high is None:
            raise ValueError("a figure needs a value or a low-high range")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self


Coding = bool | None


class Perpetrators(StrEnum):
    professional = "professional"
    popular = "popular"
    mixed = "mixed"


class Removal(StrEnum):
    abroad = "abroad"
    internal = "internal"
    mixed = "mixed"


class Typology(Record):
    """Martin's five variables and three accompanying practices for one surveyed episode.

    Coded only where the article supports it; ``None`` means the article does not say.
    """

    id: str = Field(pattern=r"^typ-[a-z0-9-]+$")
    episode: str  # event id
    intent_to_murder: Coding = None
    perpetrators: Perpetrators | None = None
    scope: Scope | None = None
    removal: Removal | None = None
    context: Context | None = None
    dilution: Coding = None
    consolidation: Coding = None
    forced_assimilation: Coding = None
    note: str | None = None  # our words: why coded so
    sources: Sources


class RegimeKind(StrEnum):
    border_strip = "border strip"  # not "strip": a member so named hides str.strip
    primary_zone = "primary border zone"
    secondary_zone = "secondary border zone"
    forbidden_zone = "forbidden border zone"
    privilege = "border privilege"


class DepthKm(Record):
    """How deep a strip or zone reached from the border: one value, or a low-high range where
    the depth varied from place to place."""

    low: float | None = Field(default=None, ge=0)
    high: float | None = Field(default=None, ge=0)
    value: float | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _range(self) -> DepthKm:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")
        return self


class RegimeRule(Dated):
    """A dated rule of the border regime: which strip or zone applied, how deep, where."""

    id: str = Field(pattern=r"^reg-[a-z0-9-]+$")
    kind: RegimeKind
    name: str
    start: HistDate
    end: HistDate | None = None
    region: str | None = None  # a place id; None: along the whole border
    depth_km: DepthKm | None = None
    applies_to: Literal["inner", "outer"] | None = None
    rules: str  # what it restricted or granted, in our words
    decree: str | None = None  # decree id
    sources: Sources

    @model_validator(mode="after")
    def _order(self) -> RegimeRule:
        if self.end and self.end.last_day() < self.start.first_day():
            raise ValueError(f"end {self.end.date} is before start {self.start.date}")
        return self


class WorkKind(StrEnum):
    book = "book"
    article = "article"
    chapter = "chapter"
    documents = "document collection"
    archival_file = "archival file"
    report = "report"
    web_page = "web page"


class Work(Record):
    """A work the knowledge base takes facts from, cited by id in every ``sources`` entry.

    ``draws_on`` lists the works whose figures this one reports (an encyclopedia page
    citing a scholar's book): a count from it is not independent of a count from them.
    ``url`` is where the work can be read; for a web page, the address we read it at.
    """

    id: str = Field(pattern=WORK_ID)
    kind: WorkKind
    authors: list[str] = Field(default_factory=list)
    title: str
    year: int | None = Field(default=None, ge=1800, le=2100)
    container: str | None = None  # journal and issue; the book of a chapter; a web site
    publisher: str | None = None
    pages: str | None = None  # the pages an article or chapter spans, "813-861"
    url: str | None = Field(default=None, pattern=r"^https?://\S+$")
    language: str = Field(pattern=r"^[a-z]{2,3}$")
    draws_on: list[str] = Field(default_factory=list)
    note: str | None = None  # our words: what the work is, how we read it


class Exclusion(Record):
    """A printed quantity deliberately not attached to a KB record, and why."""

    page: int = Field(ge=FIRST_PAGE, le=LAST_PAGE)
    note: int | None = None
    stated: str
    reason: str


#: The model class of each record type (the types and their order: kb.recordtypes).
MODEL_OF: dict[str, type[Record]] = {
    "events": Event,
    "decrees": Decree,
    "groups": Group,
    "places": Place,
    "concepts": Concept,
    "persons": Person,
    "organisations": Organisation,
    "figures": Figure,
    "typology": Typology,
    "regime": RegimeRule,
}
