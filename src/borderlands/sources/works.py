"""A full published citation: authors, title, container and publication facts.

The citation is anchored on its publication facts ("(Place, Year)", "(Ph.D. diss.,
University, Year)", a journal's "(Date): pages"); the text from its start to the anchor is
read as authors, title and container (journal, or book for a chapter).
"""

from __future__ import annotations

import re

from borderlands.sources.model import Citation
from borderlands.sources.notation import (
    ISSUE_ITEM,
    PAGES_TAIL,
    QUOTED,
    is_prose,
    journal_date,
    looks_like_authors,
    split_people,
)


def read_pub_info(citation: Citation, info: str, year: str) -> None:
    info = info.strip()
    if year in ("in press", "forthcoming"):
        citation.flags.append(year)
    else:
        citation.year = int(year)
        citation.date = year
    thesis = re.match(r"Ph\.\s?D\.\s*diss\.,?\s*(?P<school>.*)$", info)
    paper = re.match(
        r"paper presented at\s+(?:the\s+)?(?P<venue>.*?)(?:,\s*(?P<when>[A-Z][a-z]+))?$", info
    )
    if thesis:
        citation.work_type = "thesis"
        citation.publisher = thesis.group("school").strip() or None
    elif paper:
        citation.work_type = "paper"
        citation.publisher = paper.group("venue").strip()
    elif info:
        citation.place = info


def read_body(citation: Citation, body: str) -> None:
    """Authors, title, container, volume and issue from the text before the anchor."""
    body = body.strip().rstrip(",").strip()
    quoted = QUOTED.search(body)
    lead = body[: quoted.start()].strip().rstrip(",").strip() if quoted else ""
    comma_before = body[: quoted.start()].rstrip().endswith(",") if quoted else False
    title_goes_on = quoted is not None and body[quoted.end() :].lstrip().startswith(":")
    if (
        quoted
        and not title_goes_on
        and (
            not lead
            or lead.endswith(("eds.", "ed."))
            or (comma_before and looks_like_authors(lead))
        )
    ):
        if lead.endswith(("eds.", "ed.")):
            citation.editors = split_people(re.sub(r",?\s*eds?\.$", "", lead))
        elif lead:
            citation.authors = split_people(lead)
        citation.title = quoted.group("title").strip().rstrip(",").strip()
        rest = body[quoted.end() :].strip().lstrip(",").strip()
        chapter = re.match(
            r"(?:forthcoming\s+)?in\s*(?P<book>.+?)(?:,\s*ed\.\s*(?P<eds>.+))?$", rest
        )
        if chapter:
            citation.work_type = "chapter"
            book = chapter.group("book").strip().rstrip(",")
            eds_only = re.fullmatch(r"(?P<eds>.+?),?\s*eds?\.", book)
            if eds_only:  # "in Suny and Martin, eds." names the book by its editors
                citation.editors = split_people(eds_only.group("eds"))
            else:
                citation.container = book
            if chapter.group("eds"):
                citation.editors = split_people(chapter.group("eds"))
            return
        if rest:
            journal = re.match(
                r"(?P<name>.+?)(?:,?\s*(?:tom|vol\.)?\s*(?P<vol>\d+))?"
                r"(?:,\s*(?:no|nos)\.\s*(?P<issue>[\d–-]+))?$",
                rest,
            )
            citation.work_type = citation.work_type or "article"
            if journal:
                citation.container = journal.group("name").strip().rstrip(",")
                citation.volume = journal.group("vol")
                citation.issue = journal.group("issue")
            else:
                citation.container = rest
        return
    title = body
    eds = re.match(r"(?P<eds>.+?),?\s*eds?\.,\s*(?P<title>.+)$", body)
    if eds and looks_like_authors(eds.group("eds")):
        citation.editors = split_people(eds.group("eds"))
        title = eds.group("title")
    else:
        head, sep, tail = body.partition(",")
        if sep and looks_like_authors(head) and not re.match(r"\s*(?:vol|tom)\b", tail):
            citation.authors = split_people(head)
            title = tail
    m = re.search(
        r",?\s*(?:vol\.\s*(?P<v1>\d+)|(?P<v2>\d+)\s*vols\.|(?<![^\s,])tom\s*(?P<v3>\d+|[IVX]+))\s*$",
        title,
    )
    if m:
        citation.volume = m.group("v1") or m.group("v2") or m.group("v3")
        title = title[: m.start()]
    citation.title = title.strip().rstrip(",").strip()
    if citation.work_type is None:
        citation.work_type = "collection" if citation.editors else "book"


def full_citation(text: str, start: int, anchor: re.Match[str]) -> Citation:
    groups = anchor.groupdict()
    item = ISSUE_ITEM.match(text, anchor.end()) if "day" in groups else None
    tail = None if item else PAGES_TAIL.match(text, anchor.end())
    end = anchor.end()
    if item:
        end = item.end()
    elif tail and tail.group("pages"):
        end = tail.end()
    citation = Citation(kind="published", raw=text[start:end], start=start, end=end)
    if item:
        citation.issue, citation.item = item.group("issue"), item.group("item")
    if tail and tail.group("pages"):
        citation.pages = tail.group("pages")
    if "info" in groups:
        read_pub_info(citation, groups["info"], groups["year"])
    elif "day" in groups:
        from borderlands.sources.dates import parse_date

        parsed = parse_date(groups["day"])
        citation.date, citation.year = parsed.iso, parsed.year
        citation.work_type = "legal" if item else "newspaper"
    elif "date" in groups:
        citation.date_text = groups["date"]
        citation.date, citation.year = journal_date(groups["date"])
    else:
        citation.flags.append(groups["year"])
    body = text[start : anchor.start()]
    if "day" in groups:
        paper = re.match(r"^\s*(?P<name>[^“,]+?),\s*no\.\s*(?P<issue>\d+)\s*$", body)
        if paper:
            citation.container, citation.issue = paper.group("name"), paper.group("issue")
            return citation
    quoted = QUOTED.search(body)
    if quoted:
        lead = body[: quoted.start()].strip().rstrip(",").strip()
        if lead and is_prose(lead) and not looks_like_authors(lead):
            start += quoted.start()  # prose before a quoted title: the citation starts there
            citation.start, citation.raw = start, text[start:end]
            body = text[start : anchor.start()]
    read_body(citation, body)
    if "day" in groups:
        citation.work_type = "legal" if item else "newspaper"
    return citation
