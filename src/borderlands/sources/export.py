"""Exports: JSON (the DESIGN.md shape), CSV finding aid, CSL-JSON and BibTeX.

CSL-JSON (:mod:`.csl`) and BibTeX (:mod:`.bibtex`) hold each work the article cites once
(:mod:`.bibliography`), with the notes that cite it.
"""

from __future__ import annotations

import csv
import io
import json

from borderlands.sources.bibliography import archival_location, respace
from borderlands.sources.bibtex import to_bibtex
from borderlands.sources.csl import to_csl, to_csl_json
from borderlands.sources.model import CitedArticle
from borderlands.sources.summary import FindingAidRow, archive_summary, finding_aid

__all__ = [
    "CSV_COLUMNS",
    "archival_location",
    "finding_aid_csv",
    "respace",
    "to_bibtex",
    "to_csl",
    "to_csl_json",
    "to_csv",
    "to_json",
]

CSV_COLUMNS = (
    "archive",
    "fond",
    "opis",
    "delo",
    "reel",
    "years",
    "dates",
    "pages",
    "notes",
    "article_pages",
    "flags",
)


def to_json(cited: CitedArticle) -> str:
    payload = cited.to_dict()
    payload["archives"] = [s.to_dict() for s in archive_summary(cited)]
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def finding_aid_csv(rows: list[FindingAidRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(
            [
                row.archive,
                row.fond,
                row.opis,
                row.delo,
                row.reel or "",
                "; ".join(str(y) for y in row.years),
                "; ".join(row.dates),
                "; ".join(row.pages),
                "; ".join(str(n) for n in row.notes),
                "; ".join(str(p) for p in row.article_pages),
                "; ".join(row.flags),
            ]
        )
    return out.getvalue()


def to_csv(cited: CitedArticle) -> str:
    return finding_aid_csv(finding_aid(cited))
