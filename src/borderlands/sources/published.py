"""Published works, short forms, "Ibid." and "(n. X above)" in a note's text.

The note is first cut into chunks: at semicolons, at archival references (already found),
and at sentence ends, except where a "sentence" is a piece of a title (Russian, Ukrainian,
German or Polish titles often contain full stops: "Statti i promovy. Tom II."). A chunk
ending in prose ("...was also deported in 1941–42.") is kept apart from the next.

In each chunk, a full citation is anchored on its publication facts: "(Place, Year)",
"(Ph.D. diss., University, Year)", a journal's "(Date): pages" or ", in press". Everything
from the chunk's start (after lead-ins such as "see also" or "summed up in") to the anchor is
read as authors, title and container. Short forms ("Ladas, pp. 20–23"), "Ibid." and
"Author (n. X above)" are recognised by shape; they are resolved across notes elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.sources.model import Citation

_PAGES = r"\d+(?:ob)?(?:\s?[–-]\s?\d+)?(?:,\s*\d+(?:\s?[–-]\s?\d+)?(?![\d/]))*"
_PAGES_TAIL = re.compile(
    rf"(?:[:,]\s*(?:vol\.\s*\d+,\s*)?(?:(?:pp?\.|chaps?\.)\s*)?(?P<pages>{_PAGES})"
    r"(?!\s*(?:percent|vols?\b)))?"
)
_BOOK_PAREN = re.compile(r"\((?P<info>[^()]{0,160}?),\s*(?P<year>\d{4}|in press|forthcoming)\)")
_JOURNAL_PAREN = re.compile(
    r"\((?P<date>(?:[A-Z][a-z]+(?:\s?[–-]\s?[A-Z][a-z]+)?\s+)?\d{4})\)(?=\s*[:,]\s*(?:pp?\.\s*)?\d)"
)
_DAY_PAREN = re.compile(r"\((?P<day>\d{1,2}\.\d{2}\.\d{2})\)(?=\s*:)")
_ISSUE_ITEM = re.compile(r"\s*:\s*(?P<issue>\d+)\s?/\s?(?P<item>\d+)")
_IN_PRESS = re.compile(r",\s*(?P<year>in press|forthcoming)\b")
_IBID = re.compile(rf"\b[Ii]bid\.(?:,\s*(?:(?:pp?\.)\s*)?(?P<pages>{_PAGES}))?")
_CROSS = re.compile(rf"\(\s*n\.\s*(?P<n>\d+)\s+above\s*\)(?:,\s*(?:pp?\.\s*)?(?P<pages>{_PAGES}))?")
_NAME_WORD = r"(?:[A-Z][\w’'\-]*\.?|de|von|van|der|du|al-)"
_PERSON = rf"{_NAME_WORD}(?:\s?{_NAME_WORD}){{0,4}}"
_AUTHORS_RE = re.compile(rf"^{_PERSON}(?:(?:,\s*|,?\s+and\s*){_PERSON})*$")
_SHORT = re.compile(
    rf"^(?P<who>[A-Z][^,;()“”]{{0,60}}?)(?:,\s*(?P<title>“[^”]{{1,120}}”|[A-Z][^,;()]{{0,60}}?))?"
    rf"(?:,\s*(?:vol\.\s*\d+,\s*)?(?:pp?\.\s*)?|\s+pp?\.\s*)(?P<pages>{_PAGES})\.?\s*$"
)
_STRONG_LEADIN = re.compile(
    r"(?:^|(?<=[\s(,.;]))(?:[Ss]ee(?:\s+also)?,?|[Cc]f\.|cited\s+in|summed\s+up\s+in|"
    r"mentioned\s+in|article\s+by|documented\s+very\s+well\s+in|reproduced\s+in|"
    r"provided\s+in|listed\s*in|taken\s+from|works\s+are)(?:\s+|(?=[A-Z“]))"
)
_WEAK_LEADIN = re.compile(r"(?:^|(?<=[\s(]))(?:are|from|in|by)(?:\s+|(?=[A-Z“]))")
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "was",
        "were",
        "is",
        "a",
        "to",
        "that",
        "this",
        "for",
        "on",
        "with",
        "by",
        "as",
        "have",
        "had",
        "been",
        "not",
        "which",
        "it",
        "an",
        "be",
        "also",
        "only",
        "are",
        "there",
        "these",
        "those",
        "but",
        "from",
    ]
)
_ABBREVIATIONS = frozenset(
    [
        "ed",
        "eds",
        "vol",
        "vols",
        "no",
        "nos",
        "p",
        "pp",
        "mass",
        "calif",
        "conn",
        "ind",
        "n.y",
        "d.c",
        "n.j",
        "st",
        "diss",
        "ph.d",
        "chap",
        "chaps",
        "trans",
        "jr",
        "dr",
        "mr",
        "ia",
        "iu",
        "iu.",
        "g",
        "gg",
        "rr",
        "r",
        "st.",
        "tom",
        "ph",
    ]
)
_SENTENCE_END = re.compile(r"(?<=[.?!])[”\"]?\s*(?=[A-Z“\"‘])")
_QUOTE_SPAN = re.compile(r"“[^”]*”")
_WORD_SPLIT = re.compile(r"[\s(,–—-]")
_INITIAL = re.compile(r"(?:^|[a-z])[A-Z]$")
_DOTTED = re.compile(r"[a-z]\.[a-z]")
_LOST_SPACE_STOP = re.compile(r"(?<=[a-z]{3}\.)(?=[A-Z][a-z])")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_LEAD_SEPARATOR = re.compile(r"[\s,;.)]+|\(|(?:and|also)(?:\s+|(?=[A-Z“]))")
_AND_NEXT = re.compile(r"[\s,.;]*(?:and|as well as)\b")
_SEPARATORS = re.compile(r"[\s,;.)]*")
_CITATION_START = re.compile(r"[\s,.;]*(?:[A-Z“]|\()")
_QUOTED = re.compile(r"[“\"](?P<title>.+?)[,.]?[”\"]")


_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        start=1,
    )
}


def journal_date(text: str) -> tuple[str, int | None]:
    """'March 1979' -> ('1979-03', 1979); 'Summer 1994' -> ('1994', 1994); ranges of months
    ('January–July 1997') become an ISO interval."""
    m = re.fullmatch(
        r"(?:(?P<m1>[A-Z][a-z]+)(?:\s?[–-]\s?(?P<m2>[A-Z][a-z]+))?\s+)?(?P<y>\d{4})", text.strip()
    )
    if not m:
        return text, None
    year = int(m.group("y"))
    first, last = _MONTHS.get(m.group("m1") or ""), _MONTHS.get(m.group("m2") or "")
    if first and last:
        return f"{year}-{first:02d}/{year}-{last:02d}", year
    if first:
        return f"{year}-{first:02d}", year
    return str(year), year


@dataclass(slots=True)
class _Chunk:
    start: int
    end: int


def _is_prose(text: str) -> bool:
    """A sentence of the author's own prose, not a fragment of a foreign title."""
    outside_quotes = _QUOTE_SPAN.sub(" ", text).strip()
    # the sentence's first word counts in lower case ("The census ..."), later capitals do not
    outside_quotes = outside_quotes[:1].lower() + outside_quotes[1:]
    words = re.findall(r"[a-z]+", outside_quotes)
    if any(
        len(w) > 4 and (w.endswith("ely") or (w.endswith("ly") and w[-3] not in "aeiouy"))
        for w in words
    ):
        return True  # an English adverb ("obliquely") marks the author's own sentence
    return sum(1 for w in words if w in _FUNCTION_WORDS) >= 2


def _title_piece(text: str, start: int, end: int) -> bool:
    """A "sentence" that is really the first part of a title broken by a full stop."""
    if _anchors(text, start, end) or _IBID.search(text, start, end):
        return False
    begin = start
    for m in _STRONG_LEADIN.finditer(text, start, end):
        begin = m.end()
    piece = text[begin:end].strip()
    return bool(piece) and not _is_prose(piece) and not _SHORT.match(piece)


def _ends_citation(text: str, start: int, end: int) -> bool:
    """Whether a sentence holds the end of a citation a title piece before it could belong to."""
    piece = text[start:end].strip()
    return bool(_anchors(text, start, end) or _CROSS.search(piece) or _SHORT.match(piece))


def _sentence_cuts(text: str, start: int, end: int) -> list[int]:
    cuts = []
    for m in _SENTENCE_END.finditer(text, start, end):
        before = text[max(start, m.start() - 12) : m.start()]
        original = _WORD_SPLIT.split(before)[-1].rstrip('.”"')
        word = original.lower()
        initial = _INITIAL.search(original)  # "A." or a lost space: "andA."
        if word in _ABBREVIATIONS or initial or _DOTTED.fullmatch(word):
            continue
        cuts.append(m.end())
    # "deportation.Aleksandr": a lost space after a full stop between words
    for m in _LOST_SPACE_STOP.finditer(text[start:end]):
        cuts.append(start + m.start())
    return sorted(set(cuts))


def chunks(text: str, taken: list[tuple[int, int]]) -> list[_Chunk]:
    """Cut ``text`` into citation-sized chunks, skipping spans already ``taken``."""
    regions: list[tuple[int, int]] = []
    pos = 0
    for a, b in sorted(taken):
        if a > pos:
            regions.append((pos, a))
        pos = max(pos, b)
    regions.append((pos, len(text)))
    out: list[_Chunk] = []
    for r_start, r_end in regions:
        pieces: list[tuple[int, int]] = []
        s = r_start
        for m in re.finditer(";", text[r_start:r_end]):
            pieces.append((s, r_start + m.start()))
            s = r_start + m.end()
        pieces.append((s, r_end))
        for p_start, p_end in pieces:
            sentences: list[tuple[int, int]] = []
            s = p_start
            for cut in _sentence_cuts(text, p_start, p_end):
                sentences.append((s, cut))
                s = cut
            sentences.append((s, p_end))
            merged: list[tuple[int, int]] = []
            for a, b in reversed(sentences):
                if merged and _title_piece(text, a, b) and _ends_citation(text, *merged[0]):
                    merged[0] = (a, merged[0][1])
                else:
                    merged.insert(0, (a, b))
            out.extend(_Chunk(a, b) for a, b in merged if text[a:b].strip())
    return out


def _anchors(text: str, start: int, end: int) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    for regex in (_BOOK_PAREN, _JOURNAL_PAREN, _DAY_PAREN, _IN_PRESS):
        found.extend(regex.finditer(text, start, end))
    found.sort(key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:
        if out and m.start() < out[-1].end():
            continue
        out.append(m)
    return out


def _outside_quotes(text: str, start: int, pos: int) -> bool:
    segment = text[start:pos]
    return segment.count("“") <= segment.count("”")


def _trim(text: str, start: int, end: int, anchor: int | None = None) -> int:
    """Skip lead-ins ("See also", "For a survey, see", "summed up in") before a citation.

    Strong lead-ins are taken wherever they stand before the anchor (outside quotes); weak
    ones ("in", "by", "from") only before the first comma, where no title has begun yet.
    """
    limit = end if anchor is None else anchor
    best = start
    for m in _STRONG_LEADIN.finditer(text, start, limit):
        if m.end() < limit and _outside_quotes(text, start, m.start()):
            best = max(best, m.end())
    stops = [x for x in (text.find(",", best, limit), text.find("“", best, limit)) if x >= 0]
    first_stop = min(stops) if stops else limit
    for m in _WEAK_LEADIN.finditer(text, best, limit):
        if m.end() <= first_stop and m.end() < limit and _LOWER_WORD.search(text, best, m.start()):
            best = max(best, m.end())
    pos = best
    while pos < limit:
        m = _LEAD_SEPARATOR.match(text, pos, limit)
        if not m:
            break
        pos = m.end()
    return pos


def _split_people(text: str) -> list[str]:
    text = text.strip().rstrip(",")
    parts = re.split(r",\s*and\s*|\s+and\s*|,\s*", text)
    return [p.strip() for p in parts if p.strip()]


def _looks_like_authors(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text) < 90 and bool(_AUTHORS_RE.match(text))


def _read_pub_info(citation: Citation, info: str, year: str) -> None:
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


def _read_body(citation: Citation, body: str) -> None:
    """Authors, title, container, volume and issue from the text before the anchor."""
    body = body.strip().rstrip(",").strip()
    quoted = _QUOTED.search(body)
    lead = body[: quoted.start()].strip().rstrip(",").strip() if quoted else ""
    comma_before = body[: quoted.start()].rstrip().endswith(",") if quoted else False
    title_goes_on = bool(quoted) and body[quoted.end() :].lstrip().startswith(":")
    if (
        quoted
        and not title_goes_on
        and (
            not lead
            or lead.endswith(("eds.", "ed."))
            or (comma_before and _looks_like_authors(lead))
        )
    ):
        if lead.endswith(("eds.", "ed.")):
            citation.editors = _split_people(re.sub(r",?\s*eds?\.$", "", lead))
        elif lead:
            citation.authors = _split_people(lead)
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
                citation.editors = _split_people(eds_only.group("eds"))
            else:
                citation.container = book
            if chapter.group("eds"):
                citation.editors = _split_people(chapter.group("eds"))
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
    if eds and _looks_like_authors(eds.group("eds")):
        citation.editors = _split_people(eds.group("eds"))
        title = eds.group("title")
    else:
        head, sep, tail = body.partition(",")
        if sep and _looks_like_authors(head) and not re.match(r"\s*(?:vol|tom)\b", tail):
            citation.authors = _split_people(head)
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


def _full_citation(text: str, start: int, anchor: re.Match[str]) -> Citation:
    groups = anchor.groupdict()
    item = _ISSUE_ITEM.match(text, anchor.end()) if "day" in groups else None
    tail = None if item else _PAGES_TAIL.match(text, anchor.end())
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
        _read_pub_info(citation, groups["info"], groups["year"])
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
    quoted = _QUOTED.search(body)
    if quoted:
        lead = body[: quoted.start()].strip().rstrip(",").strip()
        if lead and _is_prose(lead) and not _looks_like_authors(lead):
            start += quoted.start()  # prose before a quoted title: the citation starts there
            citation.start, citation.raw = start, text[start:end]
            body = text[start : anchor.start()]
    _read_body(citation, body)
    if "day" in groups:
        citation.work_type = "legal" if item else "newspaper"
    return citation


# a short form whose page numbers the extraction lost at a page break: "Martin, “…,” pp."
_SHORT_CUT_OFF = re.compile(
    r"^(?P<who>[A-Z][^,;()“”]{0,60}?)(?:,\s*(?P<title>“[^”]{1,120}”|[A-Z][^,;()]{0,60}?))?"
    r",?\s*pp?\.(?P<pages>)\s*$"
)

_SHORT_QUOTED = re.compile(
    rf"^[“\"](?P<title>[^”\"]{{1,160}}?),?[”\"],?\s*(?:in\s+(?P<book>[^,;()]{{1,120}}?)"
    rf"(?:,\s*vol\.\s*(?P<vol>\d+))?,\s*)?(?:pp?\.\s*)(?P<pages>{_PAGES})\.?\s*$"
)


def _short_quoted(text: str, start: int, end: int) -> Citation | None:
    """An authorless work by its quoted title: "“Limity terroru,” p. 8", or a piece in a
    collection cited before: "“Kurdy,” in Tak eto bylo, vol. 1, pp. 95–125"."""
    window = text[start:end]
    m = _SHORT_QUOTED.match(window)
    if not m:
        return None
    raw_end = start + len(window.rstrip().rstrip("."))
    citation = Citation(
        kind="published",
        raw=text[start:raw_end],
        start=start,
        end=raw_end,
        short=True,
        pages=m.group("pages"),
        title=m.group("title").strip(),
    )
    if m.group("book"):
        citation.work_type = "chapter"
        citation.container = m.group("book").strip()
        citation.volume = m.group("vol")
    return citation


def _short_form(text: str, start: int, end: int) -> Citation | None:
    window = text[start:end]
    if window.startswith(("“", '"')):
        return _short_quoted(text, start, end)
    m = _SHORT.match(window)
    cut_off = None
    if not m:
        cut_off = _SHORT_CUT_OFF.match(window)
        if cut_off is None:
            return None
        m = cut_off
    who = m.group("who").strip()
    if _is_prose(who) or len(who.split()) > 9:
        return None
    kept = window.rstrip() if cut_off is not None else window.rstrip().rstrip(".")
    raw_end = start + len(kept)
    citation = Citation(
        kind="published",
        raw=text[start:raw_end],
        start=start,
        end=raw_end,
        short=True,
        pages=m.group("pages") or "",
    )
    if cut_off is not None:
        citation.flags.append("pages cut off: the note ends here in the extraction")
    _fill_short_names(citation, who, m.group("title"))
    return citation


def _fill_short_names(citation: Citation, who: str, title: str | None) -> None:
    who = who.strip().rstrip(",")
    quoted = _QUOTED.fullmatch(who)
    if quoted:
        citation.title = quoted.group("title").strip()
        return
    if title:
        citation.title = title.strip().strip("“”").rstrip(",").strip()
    if _looks_like_authors(who) and not re.search(r"\d", who):
        citation.authors = _split_people(who)
    elif title is None:
        citation.title = who


def _cross_reference(text: str, start: int, m: re.Match[str]) -> Citation:
    short = text[start : m.start()].strip()
    end = m.end()
    citation = Citation(
        kind="cross-reference",
        raw=text[start:end],
        start=start,
        end=end,
        short=True,
        target_note=int(m.group("n")),
        pages=m.group("pages") or "",
    )
    vol = re.search(r",?\s*vol\.\s*(\d+)$", short)
    if vol:
        citation.volume = vol.group(1)
        short = short[: vol.start()]
    if _QUOTED.search(short):
        _read_body(citation, short)
        if citation.work_type == "chapter" and citation.title:
            citation.short = False  # a full citation whose book is given by cross-reference
        else:
            citation.work_type = None
    else:
        who, _, title = short.partition(",")
        _fill_short_names(citation, who, title.strip() or None)
    if citation.title:
        citation.title = citation.title.strip("“” ,")
    return citation


def scan_published(text: str, taken: list[tuple[int, int]]) -> list[Citation]:
    """Published works, short forms, ibid and cross-references outside the ``taken`` spans."""
    out: list[Citation] = []
    for chunk in chunks(text, taken):
        out.extend(_scan_chunk(text, chunk.start, chunk.end))
    out.sort(key=lambda c: c.start)
    return out


def _scan_chunk(text: str, start: int, end: int) -> list[Citation]:
    found: list[Citation] = []
    pos = _skip_separators(text, start, end)
    while pos < end:
        ibid = _IBID.search(text, pos, end)
        cross = _CROSS.search(text, pos, end)
        anchors = _anchors(text, pos, end)
        candidates: list[tuple[int, str, re.Match[str]]] = []
        if ibid:
            candidates.append((ibid.start(), "ibid", ibid))
        if cross:
            candidates.append((cross.start(), "cross", cross))
        if anchors:
            candidates.append((anchors[0].start(), "anchor", anchors[0]))
        if not candidates:
            begin = _trim(text, pos, end)
            short = (
                _short_form(text, begin, end)
                or _bare_short(text, begin, end)
                or _parenthesised_short(text, pos, end)
            )
            if short is not None:
                found.append(short)
            break
        _, kind, m = min(candidates, key=lambda c: c[0])
        if kind == "ibid":
            c = Citation(
                kind="ibid",
                raw=m.group(),
                start=m.start(),
                end=m.end(),
                pages=m.group("pages") or "",
            )
        elif kind == "cross":
            c = _cross_reference(text, _trim(text, pos, end, m.start()), m)
        else:
            c = _full_citation(text, _trim(text, pos, end, m.start()), m)
        if c.kind != "published" or c.title or c.authors or c.container or c.editors:
            previous = found[-1] if found else None
            if (
                previous is not None
                and c.kind == "published"
                and not c.authors
                and not c.editors
                and previous.kind == "published"
                and previous.authors
                and re.fullmatch(r"[\s,]*(?:and|as well as)\s*", text[previous.end : c.start])
            ):
                c.authors = list(previous.authors)  # "Gelb, “A,” ..., and “B,” ..."
                c.flags.append("author carried over from the previous work")
            found.append(c)
        nxt = _AND_NEXT.match(text[c.end : end])
        pos = _skip_separators(text, c.end + (nxt.end() if nxt else 0), end)
        if nxt is None and pos < end and not _starts_citation(text, pos, end):
            break
    return found


def _skip_separators(text: str, pos: int, end: int) -> int:
    m = _SEPARATORS.match(text, pos, end)
    return m.end() if m else pos


def _starts_citation(text: str, pos: int, end: int) -> bool:
    rest = text[pos:end]
    return bool(_IBID.match(rest.lstrip(" ,.;")) or _CITATION_START.match(rest))


_BARE_SHORT = re.compile(
    r"^(?P<who>[A-Z][\w’'\-]+(?:\s+and\s+[A-Z][\w’'\-]+)?)"
    r"(?:,\s*(?P<title>“[^”]{1,80}”|[A-Z][^,;()“”]{0,60}))?\.?\s*$"
)


def _bare_short(text: str, start: int, end: int) -> Citation | None:
    """A short form with no pages, standing alone in a list of works between semicolons:
    "…; Conquest, The Nation Killers; …", "…; Slezkine; …"."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    if not (before.endswith(";") or after.startswith(";")):
        return None
    window = text[start:end]
    m = _BARE_SHORT.match(window)
    if not m or _is_prose(window) or len(window.split()) > 8:
        return None
    raw_end = start + len(window.rstrip().rstrip("."))
    citation = Citation(
        kind="published", raw=text[start:raw_end], start=start, end=raw_end, short=True
    )
    _fill_short_names(citation, m.group("who"), m.group("title"))
    return citation


def _parenthesised_short(text: str, start: int, end: int) -> Citation | None:
    """A short form inside parentheses in prose: "(cited in Hayden, p. 732)"."""
    for m in re.finditer(
        r"\((?:cited\s+in\s+)?(?P<body>[A-Z][^()]{0,60}?,\s*pp?\.\s*[^()]+)\)", text[start:end]
    ):
        body_start = start + m.start("body")
        short = _short_form(text, body_start, start + m.end("body"))
        if short is not None:
            return short
    return None
