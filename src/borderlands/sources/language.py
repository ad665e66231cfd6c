"""The language of a cited title, from its script and its spelling.

Citation styles title-case a title unless its item says it is not English (citeproc-js and
citeproc-py both), and biblatex chooses hyphenation and casing by ``langid``; so an export
that leaves the language out turns "Polacy w zwiazku radzieckim" into "Polacy W Zwiazku
Radzieckim". The rule here is small and says "unknown" (``None``) rather than guess:

- Cyrillic script is Russian, unless its alphabet is Ukrainian (і, ї, є, ґ, no ы or э) or
  Belarusian (ў; і with ы or э).
- Latin script is scored by cues: each language's own letters (Polish ą ę ł ś ź ż ń ć,
  German ä ü ß, French é è ê ç), its short function words, and for Slavonic titles in
  Library of Congress transliteration the spellings each language produces (Russian
  "-iia", "-ogo", "-skii"; Ukrainian "h" for г and "y" after k/h/zh/ch/sh, where Russian
  spelling has "i"; Belarusian "dz"; Polish "w", "sz", "cz", "rz", which no transliteration
  of Cyrillic writes). The best-scoring language wins only with a clear lead; a title with no
  cue, or with a tie, has no language.
"""

from __future__ import annotations

import re
import unicodedata


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: BCP 47 tag -> biblatex/babel ``langid``.
LANGID = {
    "en": "english",
    "ru": "russian",
    "uk": "ukrainian",
    "be": "belarusian",
    "pl": "polish",
    "de": "ngerman",
    "fr": "french",
}

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_WORD = re.compile(r"[^\W\d_]+(?:’[^\W\d_]+)*’?")

#: Short words that mark a language (each counts 2).
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _set(
        "the of and for from with during its their between after before under toward "
        "towards against into an on as at by or our in"
    ),
    "de": _set("der die das den dem des und im in zur zum von mit für ein eine einer bis auf über"),
    "fr": _set("le la les des du et une aux au à dans sur pour entre"),
    "pl": _set("w we ze oraz przez dla jako wobec"),
    "eslav": _set("v k ot iz pri protiv posle ob ta vid"),
}

#: Spellings (regexes over one lower-cased word) that a language's writing produces; each
#: counts 1, letters of a language's own alphabet 3.
_LETTERS = {"pl": "ąęłśźżńć", "de": "äüß", "fr": "éèêçœà"}
_SPELLINGS: dict[str, tuple[str, ...]] = {
    "en": (r"th|wh|ght", r"(?:ing|ed|ies|ity|ship|ness|ly)$"),
    "pl": (r"w", r"sz", r"cz(?!h)", r"rz(?!h)", r"cj", r"ó", r"(?:ych|ej|skie|skich|owa)$"),
    "de": (r"sch", r"(?:ung|ungen|keit|lich)$", r"^(?:ge|ver|be)\w{4,}(?:t|en)$"),
    "fr": (r"(?:eaux?|ique|iques|ées?)$",),
    # East Slavonic in Library of Congress transliteration (Russian, Ukrainian, Belarusian).
    "eslav": (
        r"(?:iia|iiu|ii|ogo|ego|ykh|ikh|skii|skaia|skoi|skie|nyi|nye|nykh|aia|yi|oho|ttia)$",
        r"zh|kh|shch",
        r"(?<=[^aeiou\W])’(?:\w|$)",
        r"ts(?=[aeiouy])",
    ),
}
#: Which East Slavonic language a transliterated title is in.
_VARIETY: dict[str, tuple[str, ...]] = {
    # Ukrainian writes г as "h" and и as "y" even after k/h/zh/ch/sh, where Russian has "i".
    "uk": (
        r"(?<![kzcs])h",
        r"(?:k|h|zh|kh|ch|sh)y",
        r"(?:oho|nnia|ttia|llia)$",
        r"^(?:ta|vid|z|pry)$",
    ),
    "ru": (r"(?<![d])g", r"(?:ogo|skii|skaia|aia|nie)$"),
    "be": (r"dz(?!h)", r"ŭ"),
}


def title_language(text: str | None) -> str | None:
    """The BCP 47 language tag of a title ("ru", "pl", "en", ...), or ``None`` when unsure."""
    if not text:
        return None
    text = unicodedata.normalize("NFC", text).replace("'", "’")
    if _CYRILLIC.search(text):
        return _cyrillic_language(text.lower())
    words = [w.lower() for w in _WORD.findall(text)]
    scores = {lang: 0 for lang in _FUNCTION_WORDS}
    for word in words:
        for lang, vocabulary in _FUNCTION_WORDS.items():
            scores[lang] += 2 * (word in vocabulary)
        for lang, letters in _LETTERS.items():
            scores[lang] += 3 * any(ch in letters for ch in word)
        if word in _ENGLISH_WORDS:
            scores["en"] += 1
        if len(word) > 1:
            for lang, patterns in _SPELLINGS.items():
                scores[lang] += sum(1 for p in patterns if re.search(p, word))
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < 2 or top - second < 2:
        return None
    return _variety(words) if best == "eslav" else best


def _cyrillic_language(lower: str) -> str | None:
    """Which alphabet: Russian has ы, э and ъ but no і (except before 1918, with ѣ and a
    final ъ); Belarusian і with ў, ы, э; Ukrainian і, ї, є, ґ and none of ы, э, ъ, ў."""
    if re.search(r"[ѣѳѵъ]", lower):
        return "ru"
    if "ў" in lower or ("і" in lower and re.search(r"[ыэ]", lower)):
        return "be"
    if re.search(r"[іїєґ]", lower):
        return "uk"
    return "ru"


def _variety(words: list[str]) -> str | None:
    """Russian, Ukrainian or Belarusian for a transliterated East Slavonic title."""
    count = {
        lang: sum(1 for w in words for p in patterns if re.search(p, w))
        for lang, patterns in _VARIETY.items()
    }
    if count["be"]:
        return "be"
    if count["uk"] > count["ru"]:
        return "uk"
    if count["ru"] > count["uk"] or count["ru"] == 0:
        return "ru"
    return None


#: Common words of English historians' titles that carry no function-word cue.
_ENGLISH_WORDS = _set(
    "war wars peace state states nation nations national nationalism nationalities "
    "policy politics political history historical people peoples empire imperial "
    "soviet russian revolution revolutionary social society question problem problems "
    "origins origin deportation deportations population populations transfer "
    "transfers minority minorities ethnic cleansing genocide frontier frontiers "
    "border borders borderland borderlands new modern early late great terror purge "
    "purges party communist communism union conflict conflicts study studies approach "
    "approaches reassessment years century identity change growth making road path "
    "fate time lands land village villages peasant peasants rebels resistance culture "
    "movement movements collapse region"
)
