"""What a share without counts of its own is said of, read from its subject and its whole.

"The ministry's grant was thus 76.6 percent of the money" has no count of its own; its fit
(48,500 granted, of 63,340 lira of funds) is on the paragraph's figures. The topic test of
borderlands.figures.sharetopic asks whether a fit's sentence names the share's whole
("money"); but a share also names its part, in its subject ("the ministry's grant", "those
shot"), and a sentence that speaks of the part speaks of the same things. Two more readings
of the whole: a participle ("of those listed") is named by its verb's stem ("the lists"), and
a relative pronoun ("of all whom the troikas sentenced") is no noun at all.
"""

from __future__ import annotations

import re

PREFIX = 6  # letters two long stems must share to be one word's forms
#: words of a subject that name nothing the figures count
PLAIN_WORDS = frozenset((
    "these", "those", "there", "their", "which", "where", "while", "thus", "therefore",
    "alone", "together", "percent", "about", "nearly", "almost", "around", "accounted",
    "amounted", "formed", "total", "whole", "share", "proportion", "figure", "number",
))  # fmt: skip
WORD_RE = re.compile(r"[A-Za-z]{4,}")
#: a subject that points back at the sentence before: "They made up ...", "These were ..."
BACK_SUBJECT_RE = re.compile(r"\s*(?:They|These|Those)\s+(?:were|was|made|formed|came|amounted)\b")
RELATIVE = frozenset(("whom", "who", "which", "that", "what"))
#: up to three words of the relative clause after its pronoun: "whom the troikas sentenced"
CLAUSE_WORDS_RE = re.compile(r"\s+(?:the\s+)?([a-z]+)(?:\s+([a-z]+))?(?:\s+([a-z]+))?")


def stem(word: str) -> str:
    """A word's stem for matching: "listed" -> "list", "lists" -> "list", "granted" -> "grant"."""
    w = word.lower()
    for ending in ("ing", "ed", "es", "s"):
        if w.endswith(ending) and len(w) - len(ending) >= 4:
            return w[: -len(ending)]
    return w


def names_part_of(subject: str, part_sentence: str) -> bool:
    """True when a word of the share's subject (the text of its sentence before the figure)
    is named, by its stem, in the sentence that prints the fit's part."""
    stems = {stem(w) for w in WORD_RE.findall(subject) if w.lower() not in PLAIN_WORDS}
    said = {stem(w) for w in WORD_RE.findall(part_sentence)}
    return any(same_stem(a, b) for a in stems for b in said)


def points_back(sentence: str) -> bool:
    """True when the share's sentence opens with a pronoun subject ("They made up ...")."""
    return BACK_SUBJECT_RE.match(sentence) is not None


def whole_named_in(words: list[str], sentence: str) -> bool:
    """True when a word naming the whole (a noun, a participle's verb, the words of a
    relative clause) is named, by its stem, in the sentence that prints the whole."""
    said = [stem(w) for w in WORD_RE.findall(sentence)]
    return any(
        same_stem(stem(word), s) for word in words if word not in PLAIN_WORDS for s in said
    )


def same_stem(a: str, b: str) -> bool:
    """"list" and "list"; "sentenc" and "sentence": equal, or six first letters alike."""
    return a == b or (len(a) >= PREFIX and len(b) >= PREFIX and a[:PREFIX] == b[:PREFIX])


#: "percent of those listed", "per cent of all whom ...": the word a share's whole is named by
WHOLE_WORD_RE = re.compile(
    r"\s*(?:per\s*cent|percent|%)?\s+of\s+(?:the|all|those|its|their)\s+([a-z]{3,})\b"
)


def topic_named(
    sentence: str, figure_at: int, figure_end: int, part_sentence: str,
    whole_sentence: str, before: str,
) -> bool:
    """True when the share's subject names what the fit's part sentence speaks of, when a
    pronoun subject points at the sentence just before, or when the word of its whole (a
    participle, a relative clause) is named in the sentence that prints the fit's whole
    (``figure_at``/``figure_end``: where the share's numeral starts and ends in ``sentence``;
    ``before``: the sentence before it, whose subject a pronoun subject stands for)."""
    subject = sentence[:figure_at]
    if points_back(sentence):
        first_digit = re.search(r"\d", before)
        subject = before[: first_digit.start()] if first_digit else before
    if names_part_of(subject, part_sentence):
        return True
    m = WHOLE_WORD_RE.match(sentence, figure_end)
    if m is None:
        return False
    words = [m.group(1)]
    if m.group(1) in RELATIVE:
        clause = CLAUSE_WORDS_RE.match(sentence, m.end())
        words = [w for w in clause.groups() if w] if clause else []
    return whole_named_in(words, whole_sentence)


#: "They were about 1 per cent of the 286,400": a pronoun subject, then the share
PRONOUN_SHARE_RE = re.compile(
    r"\s*(?:They|These|Those)\s+(?:were|made\s+up|formed|amounted\s+to|came\s+to)\s+"
    r"(?:(?:about|some|nearly|almost|roughly|over|under)\s+)?$"
)


def pronoun_share(sentence: str, figure_at: int) -> bool:
    """True when the share follows at once on a pronoun subject and its verb."""
    return PRONOUN_SHARE_RE.fullmatch(sentence[:figure_at]) is not None


#: "51.8 percent of the whole", "per cent of the total": a whole named by no noun of its own
OF_THE_WHOLE_RE = re.compile(r"\s+of\s+the\s+(?:whole|total)\b")
CLAUSE_CUT_RE = re.compile(r"[,;:\d]")
NEAR = 45  # characters either side of a count where the words that name it stand


def subject_count_index(subject: str, beside: list[tuple[str, str]]) -> int | None:
    """The index of the one count whose words before it (its subject: "private owners ...
    968,000"), else whose words after it ("16,940 had come as labour conscripts"), name a word
    of the share's subject; None when none or several do."""
    for side in (0, 1):
        hits = [i for i, words in enumerate(beside) if names_part_of(subject, words[side])]
        if hits:
            return hits[0] if len(hits) == 1 else None
    return None


def words_beside(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a count, cut at the clause marks and figures."""
    before = CLAUSE_CUT_RE.split(text[max(0, start - NEAR) : start])[-1]
    after = CLAUSE_CUT_RE.split(text[end : end + NEAR])[0]
    return before, after
