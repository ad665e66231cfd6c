"""A comparison of two named places' rates whose counts stand in two earlier lists keyed by
the same names: "The krai received 5,214 at Verkhnyaya Tolva, 4,502 at Sosnovyi Bor, ..." and
"The deaths were 512 at Verkhnyaya Tolva, 646 at Sosnovyi Bor, ..." then "An exile was more
likely to die at Sosnovyi Bor than at Verkhnyaya Tolva": 646 / 4,502 against 512 / 5,214.

Each side names a place (the last capitalised word before "than", the first after it);
a list is an earlier sentence giving both places a count beside their names
(:func:`borderlands.figures.valueranks.name_of`). Exactly two lists must: in each side the
smaller count is the part, and it must stand in the same list for both sides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from borderlands.figures.kinds import Finding, Sentence, is_count, is_scale, num
from borderlands.figures.passages import Located
from borderlands.figures.valueranks import NOT_NAMES, name_of
from borderlands.figures.verdicts import Verdict

CUE_RE = re.compile(
    r"\b(?:(more|less)\s+likely|at\s+an?\s+(higher|lower)\s+rate|(higher|lower)\s+(?:death\s+)?"
    r"rate)\b[^.;]*?\bthan\b",
    re.I,
)
#: a name of one or more capitalised words ("Sosnovyi Bor"), known by its first
NAME_RE = re.compile(r"\b([A-Z][a-z]{2,})(?:\s+[A-Z][a-z]+)*")
UP = frozenset(("more", "higher"))


def named_rates(
    s: Sentence, lists: Callable[[], Sequence[tuple[str, list[Located]]]]
) -> list[Finding]:
    out: list[Finding] = []
    if "than" not in s.text:
        return out
    for m in CUE_RE.finditer(s.text):
        if any(is_count(f) for f in s.figures):
            return out  # a sentence printing its own counts is read by the other rules
        than = s.text.rfind("than", m.start(), m.end())
        head = [n for n in NAME_RE.findall(s.text[:than]) if n not in NOT_NAMES]
        tail = [n for n in NAME_RE.findall(s.text[than:]) if n not in NOT_NAMES]
        if not head or not tail:
            continue
        a, b = head[-1], tail[0]
        keyed = []
        for _, figures in lists():
            names: dict[str, Located] = {}
            for f in figures:
                if is_count(f) and not is_scale(f) and f.quantity.unit != "percent":
                    name = name_of(f)
                    if name is not None:
                        names.setdefault(name, f)
            if a in names and b in names:
                keyed.append((names[a], names[b]))
        if len(keyed) != 2:
            continue
        (a1, b1), (a2, b2) = keyed
        if (a1.quantity.mid < a2.quantity.mid) != (b1.quantity.mid < b2.quantity.mid):
            continue
        (pa, wa), (pb, wb) = sorted((a1, a2), key=mid), sorted((b1, b2), key=mid)
        ra, rb = pa.quantity.mid / wa.quantity.mid, pb.quantity.mid / wb.quantity.mid
        word = next(g for g in m.groups() if g).lower()
        holds = ra > rb if word in UP else ra < rb
        formula = f"{num(pa.quantity.mid)} / {num(wa.quantity.mid)} against " \
                  f"{num(pb.quantity.mid)} / {num(wb.quantity.mid)}"  # fmt: skip
        out.append(Finding(
            "comparison", s.start + m.start(), s.start + m.start() + cue_length(s.text, m), ra,
            Verdict.consistent if holds else Verdict.inconsistent, formula, ra,
            (pa, wa, pb, wb), f"{a} against {b}: {formula} ({ra:.3f} against {rb:.3f})",
            None if holds else "the reverse",
        ))  # fmt: skip
    return out


def cue_length(text: str, m: re.Match[str]) -> int:
    """The length of the comparison's own words: "more likely", "at a higher rate"."""
    words = re.match(r"(?:at\s+an?\s+)?\S+\s+\S+", text[m.start() :])
    return len(words.group()) if words else len(m.group())


def mid(f: Located) -> float:
    return f.quantity.mid
