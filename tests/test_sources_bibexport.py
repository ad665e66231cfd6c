"""Bibliography exports as clients read them: one item per work, the cited place kept apart,
archival items, title languages, BibTeX that classic BibTeX and biber accept, and every item
rendered by citeproc-py in APA and Chicago without its reference twice or a foreign title
title-cased. Fixture notes are invented in our own words; the real article is read at run
time."""

from __future__ import annotations

import re
import unicodedata
import warnings
from pathlib import Path

import pytest
import yaml
from citeproc import Citation as CslCitation
from citeproc import CitationItem, CitationStylesBibliography, formatter
from citeproc.source.json import CiteProcJSON
from pybtex.database import parse_string
from typer.testing import CliRunner

from borderlands.cli import app
from borderlands.sources import LooseNote, cite_article, cite_notes, to_bibtex, to_csl
from borderlands.sources.bibtex import escape, invalid_fields, missing_fields
from borderlands.sources.language import title_language
from borderlands.sources.model import CitedArticle
from borderlands.sources.render import _load_style

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
STYLES = ("apa", "chicago-notes-bibliography")

NOTES = [
    "Anna Kowal, “Border Villages of the Soviet West,” Eastern Review 12, no. 2 (1988): 40–61; "
    "GARF 1235/141/561 (1930): 12–14.",
    "GARF 1235/141/561 (1931): 20; Ivan Sidorov, Steppe Frontiers (Omsk, 1961), pp. 4–5.",
    "Sidorov, Steppe Frontiers, p. 9; the villages there were moved twice.",
    "Ibid., p. 11.",
    "The Borderland Committee, The Resettled Villages (Riga, 1936), p. 3; Anna Kowal, “Border "
    "Villages of the Soviet West,” Eastern Review 12, no. 2 (1988): 44.",
    "Jan Nowak, Przesiedlenia na pograniczu wschodnim (Warsaw, 1994), p. 7; Petr Ivanov, "
    "Pereselenie v prigranichnoi polose (Moscow, 1990), p. 3.",
    "Olga Berg, The {Lost Brace of Kharkov (London, 1970), p. 2; Marta Lis, "
    + unicodedata.normalize("NFD", "Les réfugiés et la frontière")
    + " (Paris, 1980), p. 5.",
    "Piotr Wrona, “Limity pamieci,” Karta 11 (1993): 8; BFORC reel 7 (1937), vol. 21000, p. 9.",
]


@pytest.fixture(scope="module")
def cited() -> CitedArticle:
    """The notes as the article reader gives them: number, article page, text."""
    notes = [LooseNote(n=i + 1, page=900 + i, text=text) for i, text in enumerate(NOTES)]
    return cite_notes(notes)


@pytest.fixture(scope="module")
def items(cited: CitedArticle) -> dict[str, dict[str, object]]:
    return {str(item["id"]): item for item in to_csl(cited)}


@pytest.fixture(scope="module")
def real(article_path: Path) -> CitedArticle:
    from borderlands.article import read_article

    return cite_article(read_article(article_path))


def _by_author(items: dict[str, dict[str, object]], family: str) -> dict[str, object]:
    (item,) = [
        i
        for i in items.values()
        if any(a.get("family") == family for a in i.get("author", []))  # type: ignore[union-attr]
    ]
    return item


def _plain(text: object) -> str:
    return re.sub(r"<[^>]+>", "", str(text))


# -- one item per work, the cited place kept apart ----------------------------------------


def test_one_item_per_work(items: dict[str, dict[str, object]]) -> None:
    # Kowal twice in full, the GARF file twice, Sidorov in full, by short form and by ibid
    assert len(items) == 10


def test_a_journal_article_keeps_its_extent_and_each_note_its_page(
    items: dict[str, dict[str, object]],
) -> None:
    kowal = _by_author(items, "Kowal")
    assert kowal["page"] == "40–61"
    assert kowal["custom"] == {
        "cited_in": [
            {"note": 1, "article_page": 900},
            {"note": 5, "article_page": 904, "locator": "44", "label": "page"},
        ]
    }


def test_a_book_has_no_page_range_only_cited_pages(items: dict[str, dict[str, object]]) -> None:
    sidorov = _by_author(items, "Sidorov")
    assert "page" not in sidorov
    cited_in = sidorov["custom"]["cited_in"]  # type: ignore[index]
    assert [(x["note"], x["locator"]) for x in cited_in] == [(2, "4–5"), (3, "9"), (4, "11")]


def test_a_single_page_after_a_journal_date_is_the_cited_page(
    items: dict[str, dict[str, object]],
) -> None:
    wrona = _by_author(items, "Wrona")
    assert "page" not in wrona
    assert wrona["custom"]["cited_in"][0]["locator"] == "8"  # type: ignore[index]


def test_an_archival_file_is_one_manuscript_without_the_reference_as_title(
    items: dict[str, dict[str, object]],
) -> None:
    garf = items["GARF-1235-141-561"]
    assert garf["type"] == "manuscript" and "title" not in garf
    assert (garf["archive"], garf["archive_location"]) == ("GARF", "f. 1235, op. 141, d. 561")
    assert garf["archive-place"] == "Moscow"  # from the archive registry
    assert garf["issued"] == {"date-parts": [[1930], [1931]]}
    cited_in = garf["custom"]["cited_in"]  # type: ignore[index]
    assert [(x["note"], x["locator"], x["label"]) for x in cited_in] == [
        (1, "12–14", "folio"),
        (2, "20", "folio"),
    ]
    film = [i for i in items.values() if i.get("medium") == "microfilm"]
    assert [(f["archive"], f["archive_location"]) for f in film] == [
        ("BFORC", "reel 7, vol. 21000")
    ]


def test_ibid_of_an_archival_file_cites_a_folio_of_it() -> None:
    notes = [
        LooseNote(n=1, page=5, text="TsDAHOU 1/20/3184 (1930): 7–9."),
        LooseNote(n=2, page=5, text="Ibid., 31."),
    ]
    (item,) = to_csl(cite_notes(notes))
    assert item["custom"]["cited_in"] == [  # type: ignore[index]
        {"note": 1, "article_page": 5, "locator": "7–9", "label": "folio"},
        {"note": 2, "article_page": 5, "locator": "31", "label": "folio"},
    ]


#: CSL-JSON 1.0.2 (csl-data.json, which allows no other key) keys the exports may write.
CSL_KEYS = {
    "id", "type", "title", "author", "editor", "container-title", "volume", "issue",
    "publisher", "publisher-place", "page", "genre", "status", "language", "issued", "number",
    "archive", "archive_location", "archive-place", "medium", "custom",
}  # fmt: skip


def test_items_use_only_csl_json_keys(items: dict[str, dict[str, object]]) -> None:
    assert set().union(*(item.keys() for item in items.values())) <= CSL_KEYS


def test_two_decrees_of_one_gazette_are_two_works() -> None:
    notes = [
        LooseNote(n=1, page=5, text="Vestnik granitsy (05.09.35): 45/377."),
        LooseNote(n=2, page=6, text="Vestnik granitsy (12.10.35): 51/402."),
    ]
    items = to_csl(cite_notes(notes))
    assert [(i["type"], i["issue"], i["number"]) for i in items] == [
        ("legislation", "45", "377"),
        ("legislation", "51", "402"),
    ]


def test_no_item_carries_a_note_about_the_article(items: dict[str, dict[str, object]]) -> None:
    assert not [i for i in items.values() if "note" in i]


def test_a_corporate_author_is_one_literal_name(items: dict[str, dict[str, object]]) -> None:
    (committee,) = [i for i in items.values() if "Resettled" in str(i.get("title"))]
    assert committee["author"] == [{"literal": "The Borderland Committee"}]


def test_a_name_particle_stays_with_the_family_name() -> None:
    notes = [
        LooseNote(
            n=1, page=5, text="Hendrik van der Berg, Frontier Farms (Leiden, 1950), p. 4."
        )
    ]
    cited = cite_notes(notes)
    (item,) = to_csl(cited)
    assert item["author"] == [
        {"family": "Berg", "given": "Hendrik", "non-dropping-particle": "van der"}
    ]
    (entry,) = parse_string(to_bibtex(cited), "bibtex").entries.values()
    (person,) = entry.persons["author"]
    assert (person.prelast_names, person.last_names) == (["van", "der"], ["Berg"])


def test_items_say_the_language_of_their_title(items: dict[str, dict[str, object]]) -> None:
    assert _by_author(items, "Kowal")["language"] == "en"
    assert _by_author(items, "Nowak")["language"] == "pl"
    assert _by_author(items, "Ivanov")["language"] == "ru"
    assert _by_author(items, "Lis")["language"] == "fr"
    unknown = _by_author(items, "Wrona")  # "Limity pamieci": nothing tells the language
    assert "language" not in unknown
    assert unknown["title"] == '<span class="nocase">Limity pamieci</span>'


def test_text_is_nfc(items: dict[str, dict[str, object]]) -> None:
    lis = _by_author(items, "Lis")
    assert lis["title"] == unicodedata.normalize("NFC", "Les réfugiés et la frontière")


# -- title language: the rule on titles it was not tuned on --------------------------------


def _language_score(titles: dict[str, list[str]]) -> tuple[int, int, list[str]]:
    right, unknown, wrong = 0, 0, []
    for lang, group in titles.items():
        expected = None if lang == "unknown" else lang
        for title in group:
            got = title_language(title)
            if got == expected:
                right += 1
            elif got is None:
                unknown += 1
            else:
                wrong.append(f"{title!r}: {got} for {expected}")
    return right, unknown, wrong


def test_title_language_on_held_out_titles() -> None:
    gold = yaml.safe_load((FIXTURES / "title_languages.yaml").read_text(encoding="utf-8"))
    right, _, wrong = _language_score(gold["heldout"])
    # measured once, on titles written after the rule was fixed: 21 of 24, 2 unknown, 1 wrong
    assert right >= 21 and len(wrong) <= 1, wrong
    right, _, wrong = _language_score(gold["first"])
    assert right >= 38 and not wrong, wrong  # tuned on since their first (held-out) run


@pytest.mark.parametrize(
    ("title", "language"),
    [
        ("Переселение и граница", "ru"),
        ("Переселення і кордон", "uk"),
        ("Перасяленне і мяжа ў вёсцы", "be"),
        ("Історія", "uk"),
        ("Гісторыя", "be"),
        ("Очеркъ исторіи Россіи", "ru"),  # before 1918: і, with the final ъ
        ("Harbin", None),
        ("", None),
    ],
)
def test_title_language_from_the_script(title: str, language: str | None) -> None:
    assert title_language(title) == language


# -- BibTeX ------------------------------------------------------------------------------


def _fields(entry: object) -> list[str]:
    return [*entry.fields, *entry.persons]  # type: ignore[attr-defined]


def _check_bibtex(text: str, expected_entries: int) -> None:
    assert unicodedata.is_normalized("NFC", text)
    data = parse_string(text, "bibtex")
    assert len(data.entries) == expected_entries
    for key, entry in data.entries.items():
        assert not invalid_fields(entry.type, _fields(entry)), (key, entry.type, _fields(entry))
        assert "note" not in entry.fields


def test_bibtex_entries_are_valid_for_their_biblatex_type(cited: CitedArticle) -> None:
    _check_bibtex(to_bibtex(cited), 10)


def test_bibtex_entries_name_their_citing_notes_in_a_comment(cited: CitedArticle) -> None:
    text = to_bibtex(cited)
    assert "% cited in n. 2 (pp. 4–5), n. 3 (p. 9), n. 4 (p. 11)\n@book{sidorov1961steppe," in text
    assert "% cited in n. 1 (ll. 12–14), n. 2 (l. 20)\n@misc{GARF-1235-141-561," in text


def test_bibtex_archival_entry_says_the_reference_once(cited: CitedArticle) -> None:
    entry = parse_string(to_bibtex(cited), "bibtex").entries["GARF-1235-141-561"]
    assert entry.type == "misc" and "title" not in entry.fields
    assert entry.fields["howpublished"] == "GARF, f. 1235, op. 141, d. 561"
    assert entry.fields["library"] == "GARF" and entry.fields["date"] == "1930/1931"
    assert entry.fields["address"] == "Moscow"


def test_bibtex_protects_capitals_a_style_must_keep(cited: CitedArticle) -> None:
    entries = parse_string(to_bibtex(cited), "bibtex").entries
    kowal = entries["kowal1988border"]
    # "villages" is written in lower case in the notes, so its capital is the headline's
    assert kowal.fields["title"] == "Border Villages of the {Soviet} {West}"
    assert kowal.fields["langid"] == "english"
    nowak = entries["nowak1994przesiedlenia"]
    assert nowak.fields["langid"] == "polish"
    assert [str(p) for p in entries["1936resettled"].persons["author"]] == [
        "{The Borderland Committee}"
    ]


def test_escape_handles_tex_specials() -> None:
    assert escape("50% & {odd}_x") == r"50\% \& \textbraceleft{}odd\textbraceright{}\_x"
    assert escape("1921–1939 — e\u0301") == "1921--1939 --- é"


def test_cite_bibtex_escapes_an_unmatched_brace(tmp_path: Path) -> None:
    """Issue #16: a title with an unmatched "{" made the whole file unreadable."""
    path = tmp_path / "article.txt"
    path.write_text(f"A Study\n\nBody text.1\n\n1 {NOTES[6]}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["cite", str(path), "--format", "bibtex"])
    assert result.exit_code == 0, result.output
    entries = parse_string(result.output, "bibtex").entries
    (berg,) = [e for key, e in entries.items() if key.startswith("berg")]
    assert berg.fields["title"] == r"The \textbraceleft{}{Lost} {Brace} of {Kharkov}"


def test_bibtex_of_the_whole_article(real: CitedArticle) -> None:
    text = to_bibtex(real)
    _check_bibtex(text, len(to_csl(real)))
    data = parse_string(text, "bibtex")
    gaps = [missing_fields(e.type, _fields(e)) for e in data.entries.values()]
    # biblatex wants a title of every @misc; an archival file cited without one has none
    # (93). Measured: 25 others (12 edited or anonymous books without an author, 7 unsigned
    # articles, 3 chapters whose book's editors are not given, 3 works without a year).
    other = [g for g in gaps if g and g != ["title"] and g != ["title", "year"]]
    assert len(other) <= 25, other


# -- rendered by citeproc-py in APA and Chicago ---------------------------------------------

#: The founding article's works not in English, by the first word (three letters or more) of
#: their titles, read by hand; every other work it cites is in English.
NOT_ENGLISH = {
    "Beriia": "ru",
    "Pierwszy": "pl",
    "Les": "fr",
    "Sobranie": "ru",
    "Die": "de",
    "Der": "de",
    "Dokumenty": ("ru", "uk"),
    "Prekrashchenie": "ru",
    "Zbrodnie": "pl",
    "Deportatsii": "uk",
    "Akcja": "pl",
    "Tak": "ru",
    "Belaia": "ru",
    "Natsional": "ru",
    "gody": "ru",
    "sovete": "ru",
    "ezdy": "ru",
    "Deportatsiia": "ru",
    "Kazaki": "ru",
    "Basmatschi": "de",
    "Statti": "uk",
    "Zhyttia": "uk",
    "Mykhailo": "uk",
    "Koreitsy": "ru",
    "Vsesoiuznaia": "ru",
    "Koreiskii": "ru",
    "Volksdeutsche": "de",
    "Collectivisation": "fr",
    "Protiv": "ru",
    "Zemelnaia": "ru",
    "Dzherela": "uk",
    "Stalinshchyna": "uk",
    "Widmo": "pl",
    "Kanun": "ru",
    "predystorii": "ru",
    "Polska": "pl",
    "Polskaia": "ru",
    "Leningradskii": "ru",
    "Massovye": "ru",
    "ChK": "uk",
    "Limity": "pl",
    "Dzve": "be",
    "Operativnyi": "ru",
    "VUTsIKUSSR": "uk",
}


def _first_word(title: str) -> str:
    words = [w for w in re.findall(r"[^\W\d_]+", _plain(title)) if len(w) >= 3]
    return words[0] if words else ""


def _render_all(items: list[dict[str, object]], style: str) -> dict[str, str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py: "custom" is not a variable it prints
        source = CiteProcJSON(items)
    bibliography = CitationStylesBibliography(_load_style(style), source, formatter.plain)
    for item in items:
        bibliography.register(CslCitation([CitationItem(str(item["id"]))]))
    return {
        key: str(entry)
        for key, entry in zip(bibliography.keys, bibliography.bibliography(), strict=True)
    }


def _problems(items: list[dict[str, object]], style: str) -> list[str]:
    """Items whose rendering says their reference twice or title-cases a foreign title."""
    rendered = _render_all(items, style)
    out = []
    for item in items:
        text = rendered[str(item["id"]).lower()]
        for variable in ("title", "archive_location", "container-title"):
            value = _plain(item.get(variable, ""))
            if value and text.lower().count(value.lower()) > 1:
                out.append(f"{style}: {variable} twice in {text!r}")
        if item["type"] == "manuscript" and text.count(str(item["archive"])) > 1:
            out.append(f"{style}: archive twice in {text!r}")
        title = _plain(item.get("title", ""))
        if item.get("language", "en") != "en" or _first_word(title) in NOT_ENGLISH:
            recased = [w for w in title.split() if w.lower() == w and w not in text]
            if recased:
                out.append(f"{style}: {recased} re-cased in {text!r}")
    return out


@pytest.mark.parametrize("style", STYLES)
def test_citeproc_renders_each_fixture_item_once_and_in_its_own_case(
    items: dict[str, dict[str, object]], style: str
) -> None:
    assert _problems(list(items.values()), style) == []


@pytest.mark.parametrize("style", STYLES)
def test_citeproc_renders_every_item_of_the_article_once_and_in_its_own_case(
    real: CitedArticle, style: str
) -> None:
    items = to_csl(real)
    assert len(items) > 150
    assert set().union(*(item.keys() for item in items)) <= CSL_KEYS
    assert _problems(items, style) == []


def test_the_article_titles_languages_are_never_wrong(real: CitedArticle) -> None:
    unknown, wrong = [], []
    for item in to_csl(real):
        if item["type"] == "manuscript":
            continue
        first = _first_word(str(item.get("title", "")))
        expected = NOT_ENGLISH.get(first, "en")
        got = item.get("language")
        if got is None:
            unknown.append(first)
        elif got not in (expected if isinstance(expected, tuple) else (expected,)):
            wrong.append((first, got, expected))
    assert not wrong
    # tuned here: 8 of 115 unknown (an English two-word title, an acronym, a one-word title,
    # an untitled newspaper item, ...)
    assert len(unknown) <= 8, unknown


def test_an_authorless_title_is_printed_once() -> None:
    """citeproc-py now keeps CSL's rule that a substitute is not printed again."""
    item = {"id": "x", "type": "book", "title": "Steppe Frontiers", "language": "en"}
    item["issued"] = {"date-parts": [[1961]]}
    for style in STYLES:
        (text,) = _render_all([item], style).values()
        assert text.count("Steppe Frontiers") == 1, text
