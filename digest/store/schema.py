"""The project database's schema: tables, full-text indexes, and the migrations between versions.

`PRAGMA user_version` holds the schema version; `PRAGMA application_id` marks the file as a
Jianbao project so a foreign SQLite file is told apart. A database of a newer version is refused
(we cannot know what we would drop); an older one is migrated step by step by MIGRATIONS.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

APPLICATION_ID = 0x4A42414F  # "JBAO"
SCHEMA_VERSION = 3

# Articles keep lists (reporters, paragraphs, subheadings, credits) as JSON text: they are read
# and written whole, and LIKE over the JSON still finds a Chinese substring of the body.
# An article's `original` is NULL when it equals its page's lines [line_start, line_end): the
# text is then stored once, in the page.
SCHEMA_V1 = """
CREATE TABLE pages (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    paper TEXT NOT NULL DEFAULT '',
    page_label TEXT NOT NULL DEFAULT '',
    page_date TEXT NOT NULL DEFAULT '',
    profile TEXT NOT NULL DEFAULT '',
    imported TEXT NOT NULL DEFAULT ''
);
CREATE TABLE corrections (
    page_id TEXT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    line INTEGER NOT NULL,
    value TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (page_id, position)
);
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,  -- library order; also the full-text index's rowid
    id TEXT NOT NULL UNIQUE,
    content_key TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    page_order INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL DEFAULT 'article',
    headline TEXT,
    kicker TEXT,
    subtitle TEXT,
    byline TEXT,
    reporters TEXT NOT NULL DEFAULT '[]',
    paragraphs TEXT NOT NULL DEFAULT '[]',
    subheadings TEXT NOT NULL DEFAULT '[]',
    credits TEXT NOT NULL DEFAULT '[]',
    original TEXT,
    imported TEXT NOT NULL DEFAULT '',
    paper TEXT NOT NULL DEFAULT '',
    page_label TEXT NOT NULL DEFAULT '',
    page_date TEXT NOT NULL DEFAULT '',
    page_id TEXT REFERENCES pages(id),
    line_start INTEGER NOT NULL DEFAULT 0,
    line_end INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_content_key ON articles(content_key);
CREATE INDEX articles_source ON articles(source);
CREATE INDEX articles_kind ON articles(kind);
CREATE INDEX articles_page ON articles(page_id);
CREATE TABLE issues (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    title_zh TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT '',
    number INTEGER NOT NULL DEFAULT 1,
    date TEXT NOT NULL,
    locales TEXT NOT NULL DEFAULT '[]',
    layout TEXT NOT NULL DEFAULT 'side-by-side',
    paper TEXT NOT NULL DEFAULT 'A4',
    bleed_mm REAL NOT NULL DEFAULT 0,
    marks INTEGER NOT NULL DEFAULT 0,
    zh_min INTEGER NOT NULL DEFAULT 100,
    zh_max INTEGER NOT NULL DEFAULT 200,
    en_min INTEGER NOT NULL DEFAULT 60,
    en_max INTEGER NOT NULL DEFAULT 120,
    publisher TEXT NOT NULL DEFAULT '',
    print_job TEXT NOT NULL DEFAULT '{}'  -- the job sheet's fields (model.PrintJob) as JSON
);
CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title_zh TEXT NOT NULL DEFAULT '',
    title_en TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sections_issue ON sections(issue_id);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    article_id TEXT NOT NULL,  -- not a foreign key: an issue may name an article no longer there
    headline_zh TEXT NOT NULL DEFAULT '',
    headline_en TEXT NOT NULL DEFAULT '',
    summary_zh TEXT NOT NULL DEFAULT '',
    summary_en TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entries_section ON entries(section_id);
CREATE INDEX entries_article ON entries(article_id);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Full-text indexes over the rows above (external content: the text is not stored twice).
CREATE VIRTUAL TABLE articles_fts USING fts5(
    kicker, headline, subtitle, byline, paragraphs,
    content='articles', content_rowid='seq', tokenize='trigram'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, kicker, headline, subtitle, byline, paragraphs)
    VALUES (new.seq, new.kicker, new.headline, new.subtitle, new.byline, new.paragraphs);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, kicker, headline, subtitle, byline, paragraphs)
    VALUES ('delete', old.seq, old.kicker, old.headline, old.subtitle, old.byline, old.paragraphs);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, kicker, headline, subtitle, byline, paragraphs)
    VALUES ('delete', old.seq, old.kicker, old.headline, old.subtitle, old.byline, old.paragraphs);
    INSERT INTO articles_fts(rowid, kicker, headline, subtitle, byline, paragraphs)
    VALUES (new.seq, new.kicker, new.headline, new.subtitle, new.byline, new.paragraphs);
END;
CREATE VIRTUAL TABLE entries_fts USING fts5(
    headline_zh, headline_en, summary_zh, summary_en,
    content='entries', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entries_fts(rowid, headline_zh, headline_en, summary_zh, summary_en)
    VALUES (new.id, new.headline_zh, new.headline_en, new.summary_zh, new.summary_en);
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entries_fts(entries_fts, rowid, headline_zh, headline_en, summary_zh, summary_en)
    VALUES ('delete', old.id, old.headline_zh, old.headline_en, old.summary_zh, old.summary_en);
END;
CREATE TRIGGER entries_fts_update AFTER UPDATE ON entries BEGIN
    INSERT INTO entries_fts(entries_fts, rowid, headline_zh, headline_en, summary_zh, summary_en)
    VALUES ('delete', old.id, old.headline_zh, old.headline_en, old.summary_zh, old.summary_en);
    INSERT INTO entries_fts(rowid, headline_zh, headline_en, summary_zh, summary_en)
    VALUES (new.id, new.headline_zh, new.headline_en, new.summary_zh, new.summary_en);
END;
"""

# Version 2: the terminology memory (digest/glossary.py), one row per Chinese term, in the
# editor's order. `en` is the house rendering, then any accepted alternatives after "|".
SCHEMA_V2 = """
CREATE TABLE glossary (
    zh TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    en TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
"""

# Version 3: the number of articles, kept by triggers. The editor looks for another program's
# imports once a second and shows the library's total; count(*) reads a whole index, so that
# look would grow with the library on the UI thread. A one-row table costs the same at any size.
SCHEMA_V3 = """
CREATE TABLE library_size (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    articles INTEGER NOT NULL
);
INSERT INTO library_size (id, articles) VALUES (1, (SELECT count(*) FROM articles));
CREATE TRIGGER library_size_insert AFTER INSERT ON articles BEGIN
    UPDATE library_size SET articles = articles + 1 WHERE id = 1;
END;
CREATE TRIGGER library_size_delete AFTER DELETE ON articles BEGIN
    UPDATE library_size SET articles = articles - 1 WHERE id = 1;
END;
"""

# The tables every version has (a database lacking one is damaged); GLOSSARY_TABLE from version 2.
TABLES: tuple[str, ...] = ("pages", "corrections", "articles", "issues", "sections", "entries", "settings")
GLOSSARY_TABLE = "glossary"
SIZE_TABLE = "library_size"


def create(conn: sqlite3.Connection) -> None:
    """Make the current schema in an empty database (inside the caller's transaction)."""
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for statement in _statements(SCHEMA_V1) + _statements(SCHEMA_V2) + _statements(SCHEMA_V3):
        conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _statements(script: str) -> list[str]:
    """Split a script into statements; CREATE TRIGGER bodies hold ';' and stay whole."""
    out: list[str] = []
    current = ""
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        current += line + "\n"
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    return out


def _add_glossary(conn: sqlite3.Connection) -> None:
    """1 -> 2: the glossary table, holding the language desk's vocabulary (what a new project
    starts with), so an older project gains the same terminology memory."""
    from digest.glossary import seed_terms
    from digest.store.repository import Repository

    for statement in _statements(SCHEMA_V2):
        conn.execute(statement)
    Repository(conn).write_glossary(seed_terms())


def _add_library_size(conn: sqlite3.Connection) -> None:
    """2 -> 3: the article count kept by triggers (counted once here)."""
    for statement in _statements(SCHEMA_V3):
        conn.execute(statement)


# schema version N -> function that turns a version-N database into version N+1 (in a transaction).
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _add_glossary, 2: _add_library_size}


def migrate(conn: sqlite3.Connection, version: int) -> None:
    """Bring a database of schema `version` up to SCHEMA_VERSION (inside the caller's transaction)."""
    while version < SCHEMA_VERSION:
        MIGRATIONS[version](conn)
        version += 1
        conn.execute(f"PRAGMA user_version = {version}")
