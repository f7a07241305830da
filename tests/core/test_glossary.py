"""The terminology memory: matching Chinese and English, CSV in and out, preflight's two checks,
the seed from the language desk, and the glossary in the project database (schema 1 -> 2)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from digest import store
from digest.export import preflight
from digest.glossary import (
    Glossary,
    GlossaryError,
    check_entries,
    make_term,
    merge_terms,
    read_csv,
    seed_terms,
    write_csv,
)
from digest.language import vocabulary
from digest.model import Article, Entry, GlossaryTerm, Issue, Project, Section

CPPCC = make_term("区政协", "the district CPPCC committee|the district CPPCC")
TERMS = [
    CPPCC,
    make_term("政协", "CPPCC"),
    make_term("政协委员", "CPPCC member"),
    make_term("营商环境", "business environment"),
    make_term("产业链", "industrial chain"),
]


# -- matching -----------------------------------------------------------------------------------


def test_chinese_matches_longest_first_without_overlaps():
    g = Glossary(TERMS)
    hits = g.find("区政协主席说，政协委员与营商环境")
    assert [(h.start, h.term.zh) for h in hits] == [(0, "区政协"), (7, "政协委员"), (12, "营商环境")]
    # 区政协 and 政协委员 overlap in 区政协委员: the longer one wins, the shorter is not also reported
    assert [h.term.zh for h in g.find("武进区政协委员")] == ["政协委员"]
    assert g.terms_in("政协、政协、区政协") == [TERMS[1], CPPCC]
    assert g.find("") == [] and Glossary([]).find("区政协") == []


def test_english_matching_tolerates_case_articles_plurals_and_hyphens():
    used = Glossary.used
    assert used(CPPCC, "The District CPPCC Committee met.") == ["the district CPPCC committee"]
    assert used(CPPCC, "two district CPPCC committees") == ["the district CPPCC committee"]
    assert used(CPPCC, "the district’s CPPCC") == []  # another phrase, not the rendering
    # the longer rendering hides the shorter one inside it; a separate short use counts too
    assert used(CPPCC, "the district CPPCC committee and the district CPPCC") == [
        "the district CPPCC committee",
        "the district CPPCC",
    ]
    chain = make_term("产业链", "industrial chain")
    assert used(chain, "three industrial-chains") == ["industrial chain"]
    assert used(chain, "industrial chainsaw") == []  # whole words only
    city = make_term("城市", "city")
    assert used(city, "five cities") == ["city"]
    won = make_term("韩元", "won|₩|KRW")
    assert used(won, "they wondered") == [] and used(won, "₩5,000") == ["₩"]


# -- pairs and CSV ------------------------------------------------------------------------------


def test_make_term_checks_and_cleans():
    assert make_term(" 区政协 ", " the  district CPPCC | ", " a  note ") == GlossaryTerm(
        "区政协", "the district CPPCC", "a note"
    )
    for zh, en, words in (
        ("", "x", "empty"),
        ("区政协", " | ", "English"),
        ("CPPCC", "区政协", "swapped"),
        ("区\n政协", "x", "line break"),
    ):
        with pytest.raises(GlossaryError, match=words):
            make_term(zh, en)


def test_csv_round_trip_keeps_every_pair_and_tolerates_a_bom():
    terms = [*TERMS, make_term("港元", "Hong Kong dollars|HK$", 'says "HK$", with a comma')]
    data = write_csv(terms)
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheet programs read the Chinese right
    assert read_csv(data) == terms
    assert read_csv(data[3:]) == terms  # without the BOM too
    plain = "zh,en\n\n区政协,the district CPPCC committee\r\n".encode()
    assert read_csv(plain) == [make_term("区政协", "the district CPPCC committee")]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"\n \n", "empty"),
        ("中文,英文\n区政协,x\n".encode(), "line 1 must be the header"),
        ("zh,en,note\n区政协,x\n政协,a,b,c\n".encode(), "line 3 has 4 columns"),
        ("zh,en\n区政协\n".encode(), "line 2 has no English"),
        ("zh,en\n区政协,\n".encode(), "line 2: the English for «区政协» is empty"),
        ("zh,en\nCPPCC,区政协\n".encode(), "line 2: .*swapped"),
        ("zh,en\n区政协,a\n政协,b\n区政协,c\n".encode(), "line 4: «区政协» is already on line 2"),
        ("zh,en\n区政协,x\n".encode("gb18030"), "not UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a text file"),
        ('zh,en\n区政协,"unclosed\n'.encode(), "malformed|line"),
    ],
)
def test_bad_csv_is_one_clear_error_and_imports_nothing(data, words):
    with pytest.raises(GlossaryError, match=words) as caught:
        read_csv(data, "terms.csv")
    assert "\n" not in str(caught.value)
    assert str(caught.value).startswith("terms.csv")


def test_merge_replaces_same_term_in_place_and_appends_new():
    merged, added, replaced = merge_terms(TERMS[:2], [make_term("政协", "CPPCC committee"), TERMS[3]])
    assert [t.zh for t in merged] == ["区政协", "政协", "营商环境"]
    assert merged[1].en == "CPPCC committee" and (added, replaced) == (1, 1)


# -- preflight ----------------------------------------------------------------------------------


def test_check_finds_a_missing_rendering_and_two_renderings_in_one_issue():
    entries = [
        (
            "区政协“问诊”营商环境\n区政协组织委员调研。",
            "District advisers\nThe district CPPCC committee met.",
            1,
        ),
        ("区政协再调研", "The district CPPCC went on a survey.", 2),
        ("营商环境", "The business climate improved.", 3),
        ("区政协", "", 4),  # no English yet: preflight's own empty-summary error covers it
    ]
    problems = check_entries(TERMS, entries)
    found = {(p.code, p.entry, p.params["term"]) for p in problems}
    assert found == {
        ("glossary-missing", 0, "营商环境"),
        ("glossary-inconsistent", 1, "区政协"),
        ("glossary-missing", 2, "营商环境"),
    }
    two_ways = next(p for p in problems if p.code == "glossary-inconsistent")
    assert two_ways.params == {
        "term": "区政协",
        "rendering": "the district CPPCC",
        "other": "the district CPPCC committee",
        "other_entry": 1,
    }
    assert check_entries([], entries) == []


def test_two_alternatives_without_the_house_rendering_are_still_two_ways():
    dollars = make_term("美元", "US dollars|US$|USD")
    problems = check_entries([dollars], [("投资5000美元", "US$5,000", 1), ("3万美元", "USD 30,000", 2)])
    assert [(p.entry, p.params["rendering"], p.params["other"]) for p in problems] == [(1, "USD", "US$")]


def _project(glossary: list[GlossaryTerm]) -> Project:
    article = Article(headline="区政协", paragraphs=["区政协调研营商环境。"])
    article.ensure_id()
    other = Article(headline="区政协二", paragraphs=["区政协再调研。"])
    other.ensure_id()
    entries = [
        Entry(article.id, "区政协调研营商环境", "Advisers study business", "区政协调研营商环境。" * 10,
              "The district CPPCC committee studied the business climate. " * 8),
        Entry(other.id, "区政协再调研", "Advisers again", "区政协再调研。" * 20,
              "The district CPPCC surveyed firms again. " * 12),
    ]  # fmt: skip
    return Project(articles=[article, other], issues=[Issue(sections=[Section("要闻", "News", entries)])],
                   glossary=glossary)  # fmt: skip


def test_preflight_reports_both_glossary_findings_with_entry_numbers():
    project = _project(TERMS)
    findings = [f for f in preflight(project, project.issue) if f.code.startswith("glossary")]
    lines = sorted(f.describe() for f in findings)
    assert lines == [
        "warning: entry 1 «区政协调研营商环境»: «营商环境» is in the Chinese but its glossary English "
        "«business environment» is not in the English",
        "warning: entry 2 «区政协再调研»: «区政协» is rendered «the district CPPCC» here but "
        "«the district CPPCC committee» in entry 1",
    ]
    assert all(f.severity == "warning" for f in findings)
    assert not [f for f in preflight(_project([]), project.issue) if f.code.startswith("glossary")]


# -- seed -------------------------------------------------------------------------------------------


def test_seed_is_read_from_the_language_desk_tables():
    seed = {t.zh: t for t in seed_terms()}
    assert seed["美元"].en.split(" | ") == [
        vocabulary.CURRENCY_WORDS["USD"],
        vocabulary.CURRENCY_SYMBOLS["USD"],
        "USD",
    ]
    assert seed["企业家"].en == vocabulary.NOUNS["企业家"][0]
    assert "问题" not in seed and "小时" not in seed  # everyday words have no house rendering
    assert all(len(make_term(t.zh, t.en).en) for t in seed.values())  # every pair is a valid one
    seed_terms()[0].en = "changed"
    assert seed_terms()[0].en != "changed"  # callers get copies
    assert [t.zh for t in Project().glossary] == list(seed)  # a new project starts with it


# -- storage ----------------------------------------------------------------------------------------


def test_glossary_round_trips_through_the_database_and_the_dump(tmp_path: Path):
    project = _project(TERMS)
    path = tmp_path / "p.jianbao"
    store.save(project, path)
    assert store.load(path).glossary == TERMS
    with store.open_project(path) as opened:
        opened.repo.write_glossary(TERMS[:2])
        assert opened.read_working_set().glossary == TERMS[:2]
    assert store.loads(store.dump(path)).glossary == TERMS[:2]
    emptied = _project([])
    store.save(emptied, path)
    assert store.load(path).glossary == []  # an emptied glossary stays empty, not re-seeded


def test_a_json_document_without_a_glossary_gets_the_seed_and_a_bad_one_is_refused():
    text = store.dumps(_project(TERMS))
    import json

    document = json.loads(text)
    del document["project"]["glossary"]
    assert store.loads(json.dumps(document)).glossary == seed_terms()
    document["project"]["glossary"] = [{"zh": "区政协", "en": "a"}, {"zh": "区政协", "en": "b"}]
    with pytest.raises(store.ProjectFileError, match=r"glossary.*occurs twice"):
        store.loads(json.dumps(document))
    document["project"]["glossary"] = [{"zh": "区政协"}]
    with pytest.raises(store.ProjectFileError, match="glossary"):
        store.loads(json.dumps(document))


def test_a_version_1_database_is_migrated_to_2_with_the_seed(tmp_path: Path):
    frozen = Path(__file__).resolve().parent.parent / "_files" / "project-schema1.jianbao"
    path = tmp_path / "old.jianbao"
    shutil.copy(frozen, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert not conn.execute("SELECT name FROM sqlite_master WHERE name = 'glossary'").fetchall()
    conn.close()
    before = store.load(path)  # read without migrating: the file is unchanged, the seed shown
    assert before.glossary == seed_terms()
    with store.open_project(path) as opened:
        assert opened.repo.user_version() == store.schema.SCHEMA_VERSION  # 2, and on from there
        assert opened.repo.read_glossary() == seed_terms()
        project = opened.read_project()
    assert project.issues[0].title_zh == "武进简报" and len(project.articles) == 6
    assert project.issues == before.issues and project.articles == before.articles  # nothing else changed
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT zh, position, en, note FROM glossary ORDER BY position").fetchall()
    conn.close()
    assert [r[0] for r in rows] == [t.zh for t in seed_terms()] and rows[0][1] == 0
