"""Import, step by step: decode → logical lines → labels (+ profile, + corrections) → articles.

The review desk works from these functions (Qt-free):
- `label_page(text, profile=None, corrections=())`: one LabelledLine per non-blank logical line
  (logical.py: a page line holding two roles is read as two, which share its line number);
  `labeller` chooses who labels: "rules" (labeller.py) or "crf" (the learned model, crf.py),
  DEFAULT_LABELLER unless told (the one that did better on papers it was not tuned on), or
  any Labeller function (the bench passes CRFs trained per fold);
- `build_articles(page, labelled)`: the articles those labels describe (assemble.py);
- `import_text(text, …) -> (Page, articles)`: both, with the page's provenance found;
- `import_file(path, …) -> ImportResult`: read and decode a file too, with decoding warnings.
Importing the same text with the same corrections gives the same articles.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from digest.errors import PageImportError
from digest.ingest.assemble import build_articles
from digest.ingest.corrections import apply_corrections
from digest.ingest.crf import crf_labels
from digest.ingest.decode import normalise_newlines, read_page_text
from digest.ingest.fragments import join_fragment_runs
from digest.ingest.labeller import rule_labels
from digest.ingest.lines import LabelledLine
from digest.ingest.logical import drop_list_numbers, label_logical_lines
from digest.ingest.profile import Profile
from digest.ingest.provenance import find_provenance
from digest.model import Article, Correction, Page

__all__ = [
    "DEFAULT_LABELLER",
    "LABELLERS",
    "ImportResult",
    "Labeller",
    "build_articles",
    "import_file",
    "import_text",
    "label_page",
    "page_id",
]


# A labeller: page text (newlines normalised) -> one LabelledLine per non-blank line.
Labeller = Callable[[str], list[LabelledLine]]
LABELLERS: dict[str, Labeller] = {"rules": rule_labels, "crf": crf_labels}
# Measured by bench/bench_import_accuracy.py, leave one paper out and on the held-out rounds.
DEFAULT_LABELLER = "rules"


@dataclass
class ImportResult:
    page: Page
    labelled: list[LabelledLine]
    articles: list[Article]
    warnings: list[str] = field(default_factory=list)  # decoding repairs, corrections that found no line


def page_id(text: str) -> str:
    """A page's id: the same text always gets the same id (so re-import finds its corrections)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def label_page(
    text: str,
    profile: Profile | None = None,
    corrections: Iterable[Correction] = (),
    labeller: str | Labeller = DEFAULT_LABELLER,
) -> list[LabelledLine]:
    """Label every non-blank line of a page; the profile's roles, then the corrections, on top."""
    return _label(text, profile, corrections, labeller=labeller)[0]


def _label(
    text: str,
    profile: Profile | None,
    corrections: Iterable[Correction],
    source: str = "",
    labeller: str | Labeller = DEFAULT_LABELLER,
) -> tuple[list[LabelledLine], list[Correction]]:
    if not isinstance(text, str):
        raise PageImportError(f"{source or 'page'}: expected text, got {type(text).__name__}.")
    if isinstance(labeller, str):
        if labeller not in LABELLERS:
            raise ValueError(f"unknown labeller {labeller!r} (one of {', '.join(LABELLERS)})")
        labeller = LABELLERS[labeller]
    text = normalise_newlines(text)
    try:
        labelled = join_fragment_runs(drop_list_numbers(label_logical_lines(text, labeller)))
    except RecursionError:
        raise PageImportError(f"{source or 'page'}: the page is too deeply structured to split.") from None
    except Exception as exc:  # a bug must not crash the app; the message says what failed
        raise PageImportError(
            f"{source or 'page'}: the page could not be split into articles ({type(exc).__name__}: {exc})."
        ) from exc
    if profile is not None:
        labelled = profile.apply(labelled)
    return apply_corrections(labelled, corrections)


def import_text(
    text: str,
    *,
    source: str = "",
    paper: str = "",
    profile: Profile | None = None,
    corrections: Iterable[Correction] = (),
    labeller: str | Labeller = DEFAULT_LABELLER,
) -> tuple[Page, list[Article]]:
    """Import a page's decoded text: the Page (provenance, corrections) and its articles."""
    result = _import(
        normalise_newlines(text).lstrip("\ufeff"), source, paper, profile, list(corrections), labeller
    )
    return result.page, result.articles


def _import(
    text: str,
    source: str,
    paper: str,
    profile: Profile | None,
    corrections: list[Correction],
    labeller: str | Labeller = DEFAULT_LABELLER,
) -> ImportResult:
    found = find_provenance(text)
    page = Page(
        id=page_id(text),
        source=source,
        text=text,
        paper=paper or found.paper,
        page_label=found.page_label,
        page_date=found.page_date,
        profile=profile.name if profile is not None else "",
        imported=_dt.datetime.now(_dt.UTC).isoformat(timespec="seconds"),
        corrections=corrections,
    )
    labelled, skipped = _label(text, profile, corrections, source, labeller)
    articles = build_articles(page, labelled)
    for article in articles:
        article.imported = page.imported
        article.ensure_id()
    warnings = [
        f"{source or 'page'}: correction '{c.kind}' on line {c.line + 1} no longer finds its line"
        for c in skipped
    ]
    return ImportResult(page=page, labelled=labelled, articles=articles, warnings=warnings)


def import_file(
    path: str | os.PathLike[str],
    *,
    paper: str = "",
    profile: Profile | None = None,
    corrections: Iterable[Correction] = (),
) -> ImportResult:
    """Read, decode and import a page file; decoding repairs come back as warnings."""
    file = Path(path)
    text, warnings = read_page_text(file)
    result = _import(text, file.name, paper, profile, list(corrections))
    result.warnings[:0] = warnings
    return result
