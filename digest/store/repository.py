"""Every SQL statement of the project store, in one place (a PostgreSQL backend would follow it).

A Repository wraps one sqlite3 connection in autocommit mode; writes go through
`transaction()`, which takes the write lock at the start (BEGIN IMMEDIATE) so that two
writers queue up on the busy timeout instead of failing half-way.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any

from digest.errors import ProjectFileError
from digest.model import (
    Article,
    Correction,
    Entry,
    GlossaryTerm,
    Issue,
    LayoutOptions,
    LengthTargets,
    Page,
    PrintJob,
    Project,
    Section,
    Subheading,
)
from digest.store import validate

ENTRY_FIELDS: tuple[str, ...] = ("headline_zh", "headline_en", "summary_zh", "summary_en", "note")
ARTICLE_COLUMNS = (
    "seq, id, source, page_order, kind, headline, kicker, subtitle, byline, reporters, paragraphs, "
    "subheadings, credits, original, imported, paper, page_label, page_date, page_id, line_start, line_end"
)
_CHUNK = 500  # host parameters per IN (...) list
PROFILE_KEY = "profile:"  # settings key prefix of a per-paper profile
# Settings key prefix of the texts an entry had when it left the issue (JSON of its ENTRY_FIELDS):
# they come back when the article is added again. Kept in the settings table (no schema change).
KEPT_TEXTS_KEY = "entry_texts:"


def _page_row(page: Page) -> tuple[str, ...]:
    return (
        page.id,
        page.source,
        page.text,
        page.paper,
        page.page_label,
        page.page_date,
        page.profile,
        page.imported,
    )


def _json(values: Any) -> str:
    return json.dumps(values, ensure_ascii=False, separators=(",", ":"))


def page_excerpt(page_text: str, start: int, end: int) -> str:
    """An article's source text rebuilt from its page: lines [start, end)."""
    return "\n".join(page_text.split("\n")[start:end])


@dataclass(frozen=True)
class SearchFilters:
    """Library filters besides the text: '' (or None) means any."""

    kind: str = ""
    source: str = ""
    page_id: str = ""
    paper: str = ""
    imported_from: str = ""  # ISO date or timestamp, inclusive
    imported_to: str = ""  # ISO date or timestamp, inclusive (a date covers the whole day)


class Repository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write; nested use joins the outer transaction."""
        if self.conn.in_transaction:
            yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def data_version(self) -> int:
        """Changes when another connection commits (PRAGMA data_version): a cheap poll."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    # ------------------------------------------------------------------ identity
    def application_id(self) -> int:
        return int(self.conn.execute("PRAGMA application_id").fetchone()[0])

    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def table_names(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}

    def is_empty(self) -> bool:
        return not self.conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()

    # ------------------------------------------------------------------ whole project
    def write_project(self, project: Project) -> None:
        """Replace everything with `project` (conversion, Save As from memory, tests)."""
        with self.transaction():
            for table in ("entries", "sections", "issues", "articles", "corrections", "pages", "settings"):
                self.conn.execute(f"DELETE FROM {table}")
            self.add_pages(project.pages)
            self._insert_articles(project.articles)
            self.write_issues(project.issues)
            self.write_glossary(project.glossary)

    def read_project(self) -> Project:
        pages = self.read_pages()
        texts = {page.id: page.text for page in pages}
        articles = [article for _, article in self.read_articles(page_texts=texts)]
        issues = self.read_issues()
        return Project(articles=articles, issues=issues, pages=pages, glossary=self.read_glossary())

    # ------------------------------------------------------------------ pages
    def add_pages(self, pages: Iterable[Page]) -> None:
        """Insert pages; a page already there (same id: same text) keeps its row and corrections
        (an import of a page the project has must not undo the editor's review of it)."""
        with self.transaction():
            for page in pages:
                cursor = self.conn.execute(
                    "INSERT INTO pages (id, source, text, paper, page_label, page_date, profile,"
                    " imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                    _page_row(page),
                )
                if cursor.rowcount:
                    self._insert_corrections(page)

    def save_pages(self, pages: Iterable[Page]) -> None:
        """Write pages as they stand: a page already there gets this provenance and exactly these
        corrections (a review step, or its undo). Its row stays, so its articles keep their link."""
        with self.transaction():
            for page in pages:
                self.conn.execute(
                    "INSERT INTO pages (id, source, text, paper, page_label, page_date, profile,"
                    " imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                    " source = excluded.source, paper = excluded.paper, page_label = excluded.page_label,"
                    " page_date = excluded.page_date, profile = excluded.profile",
                    _page_row(page),
                )
                self.conn.execute("DELETE FROM corrections WHERE page_id = ?", (page.id,))
                self._insert_corrections(page)

    def _insert_corrections(self, page: Page) -> None:
        self.conn.executemany(
            "INSERT INTO corrections (page_id, position, kind, line, value, text) VALUES (?, ?, ?, ?, ?, ?)",
            [(page.id, i, c.kind, c.line, c.value, c.text) for i, c in enumerate(page.corrections)],
        )

    def read_pages(self) -> list[Page]:
        return self._pages("", ())

    def read_page(self, page_id: str) -> Page | None:
        found = self._pages(" WHERE id = ?", (page_id,))
        return found[0] if found else None

    def page_summaries(self) -> dict[str, Page]:
        """Every page with its provenance and corrections but not its text (the import and the
        per-paper profiles need only those)."""
        return {page.id: page for page in self._pages("", (), with_text=False)}

    def _pages(self, where: str, params: tuple[Any, ...], with_text: bool = True) -> list[Page]:
        corrections: dict[str, list[Correction]] = {}
        for row in self.conn.execute(
            "SELECT page_id, kind, line, value, text FROM corrections"
            + where.replace("id =", "page_id =")
            + " ORDER BY page_id, position",
            params,
        ):
            corrections.setdefault(_text(row[0], "correction"), []).append(
                Correction(
                    kind=_text(row[1], "correction kind"),
                    line=_int(row[2], "correction line"),
                    value=_text(row[3], "correction value"),
                    text=_text(row[4], "correction text"),
                )
            )
        text = "text" if with_text else "''"
        pages = []
        for row in self.conn.execute(
            f"SELECT id, source, {text}, paper, page_label, page_date, profile, imported FROM pages{where}"
            " ORDER BY rowid",
            params,
        ):
            page_id, source, text_, paper, label, date, profile, imported = (_text(v, "page") for v in row)
            pages.append(
                Page(
                    page_id,
                    source,
                    text_,
                    paper,
                    label,
                    date,
                    profile,
                    imported,
                    corrections.get(page_id, []),
                )
            )
        return pages

    def articles_of_page(self, page_id: str) -> list[Article]:
        """The library's articles made from one page, in page order."""
        texts: dict[str, str] = {}
        return [
            self._article(row, texts)
            for row in self.conn.execute(
                f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE page_id = ? ORDER BY line_start, seq",
                (page_id,),
            )
        ]

    def page_ids(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT id FROM pages")}

    def remove_pages(self, ids: Iterable[str]) -> None:
        """Remove pages and their corrections (their articles must be gone already)."""
        with self.transaction():
            for page_id in ids:
                self.conn.execute("DELETE FROM corrections WHERE page_id = ?", (page_id,))
                self.conn.execute("DELETE FROM pages WHERE id = ?", (page_id,))

    # ------------------------------------------------------------------ profiles
    # Per-paper profiles (what the editor's corrections taught) live in the settings table,
    # one row per paper: key "profile:<paper>", value the profile as JSON.
    def read_profiles(self) -> dict[str, dict[str, Any]]:
        out: dict[str, dict[str, Any]] = {}
        for key, value in self.conn.execute(
            "SELECT key, value FROM settings WHERE key LIKE 'profile:%' ORDER BY key"
        ):
            try:
                data = json.loads(value)
            except (TypeError, ValueError):
                continue  # a damaged profile is relearned from the pages' corrections
            if isinstance(data, dict):
                out[str(key)[len(PROFILE_KEY) :]] = data
        return out

    def write_profile(self, name: str, data: dict[str, Any] | None) -> None:
        """Store a paper's profile; None removes it."""
        with self.transaction():
            if data is None:
                self.conn.execute("DELETE FROM settings WHERE key = ?", (PROFILE_KEY + name,))
            else:
                self.conn.execute(
                    "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                    (PROFILE_KEY + name, json.dumps(data, ensure_ascii=False)),
                )

    # ------------------------------------------------------------------ articles
    def _page_text(self, page_id: str, cache: dict[str, str | None]) -> str | None:
        if page_id not in cache:
            row = self.conn.execute("SELECT text FROM pages WHERE id = ?", (page_id,)).fetchone()
            cache[page_id] = row[0] if row else None
        return cache[page_id]

    def _insert_articles(self, articles: Sequence[Article]) -> None:
        cache: dict[str, str | None] = {}
        rows = []
        for a in articles:
            original: str | None = a.original
            page_id: str | None = a.page_id or None
            if page_id:
                text = self._page_text(page_id, cache)
                if text is None:
                    page_id = None  # its page was not stored with it: keep the article whole
                elif page_excerpt(text, a.line_start, a.line_end) == a.original:
                    original = None  # kept once, in the page
            rows.append(
                (
                    a.id,
                    a.content_key(),
                    a.source,
                    a.page_order,
                    a.kind,
                    a.headline,
                    a.kicker,
                    a.subtitle,
                    a.byline,
                    _json(a.reporters),
                    _json(a.paragraphs),
                    _json([{"text": s.text, "before_paragraph": s.before_paragraph} for s in a.subheadings]),
                    _json(a.credits),
                    original,
                    a.imported,
                    a.paper,
                    a.page_label,
                    a.page_date,
                    page_id,
                    a.line_start,
                    a.line_end,
                )
            )
        self.conn.executemany(
            "INSERT INTO articles (id, content_key, source, page_order, kind, headline, kicker, subtitle,"
            " byline, reporters, paragraphs, subheadings, credits, original, imported, paper, page_label,"
            " page_date, page_id, line_start, line_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )

    def add_articles(self, articles: Sequence[Article]) -> tuple[list[Article], list[Article]]:
        """Add the articles not already in the library (same content); return (added, duplicates).

        Runs in one write transaction, so two importers into one project both land and
        neither adds what the other just added.
        """
        with self.transaction():
            keys = [a.content_key() for a in articles]
            known = self._existing("content_key", set(keys))
            ids = self._existing("id", {a.id or k[:12] for a, k in zip(articles, keys, strict=True)})
            added: list[Article] = []
            duplicates: list[Article] = []
            for article, key in zip(articles, keys, strict=True):
                if key in known:
                    duplicates.append(article)
                    continue
                article.ensure_id()
                while article.id in ids or self._existing("id", {article.id}):
                    article.id = key[: len(article.id) + 1]
                known.add(key)
                ids.add(article.id)
                added.append(article)
            self._insert_articles(added)
        return added, duplicates

    def existing_ids(self, ids: set[str]) -> set[str]:
        """Which of `ids` are articles in the library."""
        return self._existing("id", ids)

    def _existing(self, column: str, values: set[str]) -> set[str]:
        found: set[str] = set()
        items = sorted(values)
        for start in range(0, len(items), _CHUNK):
            chunk = items[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            found.update(
                row[0]
                for row in self.conn.execute(
                    f"SELECT {column} FROM articles WHERE {column} IN ({marks})", chunk
                )
            )
        return found

    def replace_articles(self, remove: Iterable[str], articles: Sequence[Article]) -> None:
        """Remove articles and insert others as they are (ids already unique): a page rebuilt
        after a review-desk correction, in one transaction."""
        with self.transaction():
            self.conn.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in remove])
            self._insert_articles(articles)

    def remove_articles(self, ids: Iterable[str]) -> None:
        with self.transaction():
            self.conn.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in ids])

    def read_articles(
        self, after_seq: int = 0, page_texts: dict[str, str] | None = None
    ) -> list[tuple[int, Article]]:
        """(seq, article) in library order, those added after `after_seq`."""
        texts = page_texts if page_texts is not None else {}
        out = []
        for row in self.conn.execute(
            f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE seq > ? ORDER BY seq", (after_seq,)
        ):
            out.append((int(row[0]), self._article(row, texts)))
        return out

    def articles_by_id(self, ids: Iterable[str]) -> list[Article]:
        out: list[Article] = []
        items = list(dict.fromkeys(ids))
        for start in range(0, len(items), _CHUNK):
            chunk = items[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT {ARTICLE_COLUMNS} FROM articles WHERE id IN ({marks}) ORDER BY seq", chunk
            ):
                out.append(self._article(row, {}))
        return out

    def _article(self, row: Sequence[Any], texts: dict[str, str]) -> Article:
        where = f"article {str(row[1])[:20]!r}"
        try:
            page_id = row[18] or ""
            original = row[13]
            if original is None:
                if page_id not in texts:
                    found = self.conn.execute("SELECT text FROM pages WHERE id = ?", (page_id,)).fetchone()
                    texts[page_id] = _text(found[0], where) if found else ""
                original = page_excerpt(texts[page_id], row[19], row[20])
            return Article(
                id=_text(row[1], where),
                source=_text(row[2], where),
                page_order=_int(row[3], where),
                kind=_text(row[4], where),
                headline=_opt_text(row[5], where),
                kicker=_opt_text(row[6], where),
                subtitle=_opt_text(row[7], where),
                byline=_opt_text(row[8], where),
                reporters=validate.convert(json.loads(row[9]), list[str], where),
                paragraphs=validate.convert(json.loads(row[10]), list[str], where),
                subheadings=validate.convert(json.loads(row[11]), list[Subheading], where),
                credits=validate.convert(json.loads(row[12]), list[str], where),
                original=_text(original, where),
                imported=_text(row[14], where),
                paper=_text(row[15], where),
                page_label=_text(row[16], where),
                page_date=_text(row[17], where),
                page_id=_text(page_id, where),
                line_start=_int(row[19], where),
                line_end=_int(row[20], where),
            )
        except (TypeError, ValueError, RecursionError) as exc:
            raise ProjectFileError(f"{where} is damaged ({exc})") from None

    def max_seq(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0])

    def article_count(self) -> int:
        """The number of articles: one row kept by triggers (schema 3), so asking costs the same
        at any library size; an older database read as it is (not migrated) is counted."""
        try:
            row = self.conn.execute("SELECT articles FROM library_size WHERE id = 1").fetchone()
        except sqlite3.OperationalError:  # no such table: schema 1 or 2, opened read-only
            row = None
        if row is None:
            return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        return int(row[0])

    def article_ids(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT id FROM articles ORDER BY seq")]

    # ------------------------------------------------------------------ issues
    def write_issues(self, issues: Sequence[Issue]) -> None:
        """Replace every issue with `issues` (an undo step: the issues are small)."""
        with self.transaction():
            self.conn.execute("DELETE FROM issues")  # sections and entries go by cascade
            for position, issue in enumerate(issues):
                cursor = self.conn.execute(
                    "INSERT INTO issues (position, title_zh, title_en, number, date, locales, layout, paper,"
                    " bleed_mm, marks, zh_min, zh_max, en_min, en_max, publisher, print_job)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        position,
                        issue.title_zh,
                        issue.title_en,
                        issue.number,
                        issue.date.isoformat(),
                        _json(issue.locales),
                        issue.layout.layout,
                        issue.layout.paper,
                        issue.layout.bleed_mm,
                        int(issue.layout.marks),
                        issue.targets.zh_min,
                        issue.targets.zh_max,
                        issue.targets.en_min,
                        issue.targets.en_max,
                        issue.publisher,
                        _json(asdict(issue.print_job)),
                    ),
                )
                issue_id = cursor.lastrowid
                for s_pos, section in enumerate(issue.sections):
                    section_id = self.conn.execute(
                        "INSERT INTO sections (issue_id, position, title_zh, title_en) VALUES (?, ?, ?, ?)",
                        (issue_id, s_pos, section.title_zh, section.title_en),
                    ).lastrowid
                    self.conn.executemany(
                        "INSERT INTO entries (section_id, position, article_id, headline_zh, headline_en,"
                        " summary_zh, summary_en, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [
                            (
                                section_id,
                                e_pos,
                                e.article_id,
                                e.headline_zh,
                                e.headline_en,
                                e.summary_zh,
                                e.summary_en,
                                e.note,
                            )
                            for e_pos, e in enumerate(section.entries)
                        ],
                    )

    def set_entry_field(self, issue_position: int, article_id: str, field: str, value: str) -> int:
        """Change one text field of one entry (a keystroke); returns the rows changed."""
        if field not in ENTRY_FIELDS:
            raise ValueError(field)
        with self.transaction():
            cursor = self.conn.execute(
                f"UPDATE entries SET {field} = ? WHERE article_id = ? AND section_id IN"
                " (SELECT s.id FROM sections s JOIN issues i ON i.id = s.issue_id WHERE i.position = ?)",
                (value, article_id, issue_position),
            )
        return cursor.rowcount

    def read_issues(self) -> list[Issue]:
        entries: dict[int, list[Entry]] = {}
        for row in self.conn.execute(
            "SELECT section_id, article_id, headline_zh, headline_en, summary_zh, summary_en, note"
            " FROM entries ORDER BY section_id, position"
        ):
            values = [_text(v, "entry") for v in row[1:]]
            entries.setdefault(row[0], []).append(Entry(*values))
        sections: dict[int, list[Section]] = {}
        for row in self.conn.execute(
            "SELECT id, issue_id, title_zh, title_en FROM sections ORDER BY issue_id, position"
        ):
            sections.setdefault(row[1], []).append(
                Section(_text(row[2], "section"), _text(row[3], "section"), entries.get(row[0], []))
            )
        issues = []
        for row in self.conn.execute(
            "SELECT id, title_zh, title_en, number, date, locales, layout, paper, bleed_mm, marks,"
            " zh_min, zh_max, en_min, en_max, publisher, print_job FROM issues ORDER BY position"
        ):
            where = "issue"
            try:
                date = _dt.date.fromisoformat(_text(row[4], where))
                locales = validate.convert(json.loads(row[5]), list[str], where)
                print_job = validate.build(PrintJob, json.loads(row[15]), f"{where}.print_job")
            except (TypeError, ValueError) as exc:
                raise ProjectFileError(f"an issue is damaged ({exc})") from None
            issues.append(
                Issue(
                    title_zh=_text(row[1], where),
                    title_en=_text(row[2], where),
                    number=_int(row[3], where),
                    date=date,
                    locales=locales,
                    sections=sections.get(row[0], []),
                    layout=LayoutOptions(
                        _text(row[6], where), _text(row[7], where), _float(row[8], where), bool(row[9])
                    ),
                    targets=LengthTargets(*(_int(v, where) for v in row[10:14])),
                    publisher=_text(row[14], where),
                    print_job=print_job,
                )
            )
        return issues

    # ------------------------------------------------------------------ glossary
    def has_glossary(self) -> bool:
        """False for a schema-1 database read without migrating it (load, a read-only file)."""
        found = self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'glossary'")
        return found.fetchone() is not None

    def read_glossary(self) -> list[GlossaryTerm]:
        """The terminology memory in the editor's order; a schema-1 database (read without
        migrating) has the vocabulary its migration would give it."""
        if not self.has_glossary():
            from digest.glossary import seed_terms

            return seed_terms()
        return [
            GlossaryTerm(_text(zh, "glossary"), _text(en, "glossary"), _text(note, "glossary"))
            for zh, en, note in self.conn.execute("SELECT zh, en, note FROM glossary ORDER BY position, zh")
        ]

    def write_glossary(self, terms: Sequence[GlossaryTerm]) -> None:
        """Replace the glossary with `terms` (an undo step, an import: a glossary is small)."""
        with self.transaction():
            self.conn.execute("DELETE FROM glossary")
            self.conn.executemany(
                "INSERT OR REPLACE INTO glossary (zh, position, en, note) VALUES (?, ?, ?, ?)",
                [(t.zh, i, t.en, t.note) for i, t in enumerate(terms)],
            )

    # ------------------------------------------------------------------ settings
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return row[0] if row and isinstance(row[0], str) else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value))

    # ------------------------------------------------------------------ texts of removed entries
    def read_kept_texts(self, article_id: str) -> Entry | None:
        """The texts an entry of `article_id` had when it left the issue, or None."""
        value = self.get_setting(KEPT_TEXTS_KEY + article_id)
        if value is None:
            return None
        try:
            data = json.loads(value)
        except ValueError:
            return None  # a damaged row loses only what it held, never the project
        if not isinstance(data, dict):
            return None
        return Entry(
            article_id, *(data.get(f, "") if isinstance(data.get(f), str) else "" for f in ENTRY_FIELDS)
        )

    def write_kept_texts(self, changes: dict[str, Entry | None]) -> None:
        """Keep (an Entry) or forget (None) the texts of removed entries, by article id."""
        with self.transaction():
            for article_id, entry in changes.items():
                key = KEPT_TEXTS_KEY + article_id
                if entry is None:
                    self.conn.execute("DELETE FROM settings WHERE key = ?", (key,))
                else:
                    value = _json({f: getattr(entry, f) for f in ENTRY_FIELDS})
                    self.conn.execute(
                        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value)
                    )

    # ------------------------------------------------------------------ search
    @staticmethod
    def _search_where(query: str, filters: SearchFilters) -> tuple[list[str], list[Any]]:
        """WHERE terms (over `articles a`) for a text query and filters.

        Each space-separated part must occur. Parts of 3+ characters go through the trigram
        indexes (the articles' text and the editor's entries); shorter ones (a two-character
        Chinese word) through LIKE over the same columns.
        """
        where: list[str] = []
        params: list[Any] = []
        for term in query.split():
            if len(term) >= 3:
                phrase = '"' + term.replace('"', '""') + '"'
                where.append(
                    "(a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
                    " OR a.id IN (SELECT e.article_id FROM entries e WHERE e.id IN"
                    " (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)))"
                )
                params += [phrase, phrase]
            else:
                like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                article_cols = ("a.kicker", "a.headline", "a.subtitle", "a.byline", "a.paragraphs")
                entry_cols = ("e.headline_zh", "e.headline_en", "e.summary_zh", "e.summary_en")
                where.append(
                    "("
                    + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in article_cols)
                    + " OR a.id IN (SELECT e.article_id FROM entries e WHERE "
                    + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in entry_cols)
                    + "))"
                )
                params += [like] * (len(article_cols) + len(entry_cols))
        for column, value in (
            ("a.kind", filters.kind),
            ("a.source", filters.source),
            ("a.page_id", filters.page_id),
            ("a.paper", filters.paper),
        ):
            if value:
                where.append(f"{column} = ?")
                params.append(value)
        if filters.imported_from:
            where.append("a.imported >= ?")
            params.append(filters.imported_from)
        if filters.imported_to:
            where.append("a.imported <= ?")
            # a bare date covers its whole day: '2026-11-28' < '2026-11-28T09:00' < '2026-11-28~'
            params.append(filters.imported_to + ("~" if len(filters.imported_to) == 10 else ""))
        return where, params

    def search(self, query: str, filters: SearchFilters = SearchFilters(), limit: int = -1) -> list[str]:
        """Article ids matching `query` and `filters`, in library order."""
        where, params = self._search_where(query, filters)
        sql = "SELECT a.id FROM articles a"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY a.seq LIMIT ?"
        return [row[0] for row in self.conn.execute(sql, [*params, limit])]

    def library_rows(
        self, query: str, filters: SearchFilters, after_seq: int, limit: int, until_seq: int | None = None
    ) -> list[tuple[int, str, str, str, int, str, str, str]]:
        """One window of the library list: (seq, id, kind, source, page_order, headline, byline,
        start of the first paragraph) for matching articles after `after_seq` (and up to
        `until_seq`), in library order. Keyset paging: a window costs the same however far down
        the list it is."""
        where, params = self._search_where(query, filters)
        if until_seq is not None:
            where.insert(0, "a.seq <= ?")
            params.insert(0, until_seq)
        where.insert(0, "a.seq > ?")
        sql = (
            "SELECT a.seq, a.id, a.kind, a.source, a.page_order, coalesce(a.headline, ''),"
            " coalesce(a.byline, ''), coalesce(substr(json_extract(a.paragraphs, '$[0]'), 1, 120), '')"
            " FROM articles a WHERE " + " AND ".join(where) + " ORDER BY a.seq LIMIT ?"
        )
        return [
            (int(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), str(r[5]), str(r[6]), str(r[7]))
            for r in self.conn.execute(sql, [after_seq, *params, limit])
        ]

    @staticmethod
    def scans(query: str) -> bool:
        """The query has a term too short for the trigram index: it reads the articles themselves."""
        return any(len(term) < 3 for term in query.split())

    def library_window(
        self, query: str, filters: SearchFilters, after_seq: int, limit: int, scan: int | None = None
    ) -> tuple[list[tuple[int, str, str, str, int, str, str, str]], int, bool]:
        """Up to `limit` rows of the library list after `after_seq` (as `library_rows`), the seq
        the next window continues after, and whether the library's end was reached.

        A query that `scans` looks through at most `scan` articles (a range of seq) per call, so
        one call costs the same however large the library: it may return fewer rows than
        `limit`, or none, before the end. Index-driven queries are not bounded (their cost
        follows the matches, not the library)."""
        if scan is None or not self.scans(query):
            rows = self.library_rows(query, filters, after_seq, limit)
            return rows, (rows[-1][0] if rows else after_seq), len(rows) < limit
        end = self.max_seq()
        top = max(after_seq, min(after_seq + scan, end))  # never past the end: new articles come there
        rows = self.library_rows(query, filters, after_seq, limit, until_seq=top)
        if len(rows) >= limit:
            return rows, rows[-1][0], False
        return rows, top, top >= end

    def seq_of(self, article_id: str) -> int | None:
        row = self.conn.execute("SELECT seq FROM articles WHERE id = ?", (article_id,)).fetchone()
        return int(row[0]) if row else None

    def count_after(self, seq: int) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles WHERE seq > ?", (seq,)).fetchone()[0])

    def issue_articles(self, issues: Sequence[Issue]) -> list[Article]:
        """The articles the issues' entries use (what the editor keeps in memory)."""
        return self.articles_by_id(e.article_id for issue in issues for e in issue.entries())

    def sources(self, limit: int = 100, scan: int = 5000) -> list[str]:
        """The sources (pages) of the most recently added articles, newest first, each once: at most
        `limit`, found among the last `scan` articles, so the cost does not grow with the library."""
        found: list[str] = []
        for (source,) in self.conn.execute("SELECT source FROM articles ORDER BY seq DESC LIMIT ?", (scan,)):
            if source not in found:
                found.append(source)
                if len(found) >= limit:
                    break
        return found


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ProjectFileError(f"{where} is damaged (text expected, found {type(value).__name__})")
    return value


def _opt_text(value: Any, where: str) -> str | None:
    return None if value is None else _text(value, where)


def _int(value: Any, where: str) -> int:
    if not isinstance(value, int):
        raise ProjectFileError(f"{where} is damaged (a whole number expected, found {type(value).__name__})")
    return value


def _float(value: Any, where: str) -> float:
    if not isinstance(value, (int, float)):
        raise ProjectFileError(f"{where} is damaged (a number expected, found {type(value).__name__})")
    return float(value)
