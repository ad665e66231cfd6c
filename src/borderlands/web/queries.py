"""Query-string models: every page's options validated by pydantic before any code sees them.

HTML forms send an empty string for "any"; it is read as no filter.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from borderlands.kb.schema import Context, EventKind, Scope
from borderlands.web.catalog import COLLECTIONS
from borderlands.web.estimate_choice import Choice
from borderlands.web.flows import FlowFilter
from borderlands.web.timeline import FIRST_YEAR, LAST_YEAR, TimelineFilter


class _Query(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _drop_empty(cls, values: object) -> object:
        """An empty field is an absent one, so it takes its default."""
        if isinstance(values, dict):
            return {k: v for k, v in values.items() if v != ""}
        return values


class TimelineQuery(_Query):
    soviet: Literal["yes", "no"] | None = None
    kind: EventKind | None = None
    group: str | None = Field(default=None, max_length=100, pattern=r"^grp-[a-z0-9-]+$")
    context: Context | None = None
    scope: Scope | None = None
    start: int = Field(default=FIRST_YEAR, ge=FIRST_YEAR, le=LAST_YEAR, alias="from")
    end: int = Field(default=LAST_YEAR, ge=FIRST_YEAR, le=LAST_YEAR, alias="to")
    lanes: Literal["kind", "group"] = "kind"

    def to_filter(self) -> TimelineFilter:
        start, end = sorted((self.start, self.end))
        return TimelineFilter(
            soviet=None if self.soviet is None else self.soviet == "yes",
            kind=self.kind,
            group=self.group,
            context=self.context,
            scope=self.scope,
            start_year=start,
            end_year=end,
            lanes=self.lanes,
        )


class MapQuery(_Query):
    year: int | None = Field(default=None, ge=FIRST_YEAR, le=LAST_YEAR)
    group: str | None = Field(default=None, max_length=100, pattern=r"^grp-[a-z0-9-]+$")
    estimate: Choice | None = None

    def to_filter(self) -> FlowFilter:
        return FlowFilter(year=self.year, group=self.group, estimate=self.estimate)


class SearchQuery(_Query):
    q: str | None = Field(default=None, max_length=200)
    type: Literal[(*COLLECTIONS, "article")] | None = None  # type: ignore[valid-type]

    @property
    def text(self) -> str:
        return self.q or ""
