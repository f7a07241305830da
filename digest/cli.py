"""Command line: `import`, `export`, `preflight`, `search`, `dump` (the editor is started by main.py,
not here).

Errors a user can cause print one line on stderr and exit with status 2; preflight
errors exit with status 1. No traceback for a user's mistake.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from digest import __version__
from digest.errors import JianbaoError
from digest.model import ARTICLE_KINDS, LAYOUTS, PAPERS, Article, Page, Project, edition_locale

PROG = "jianbao"
COMMANDS = ("import", "export", "preflight", "search", "dump")


class Parser(argparse.ArgumentParser):
    """argparse, but a bad option is one line on stderr and status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def _fail(message: str, status: int = 2) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return status


def article_json(article: Article) -> dict[str, Any]:
    """One imported item in the shape of the samples' truth files, plus the language desk."""
    from digest.language import english_name, find_figures

    text = "\n".join(
        part for part in (article.kicker, article.headline, article.subtitle, *article.paragraphs) if part
    )
    return {
        "id": article.id,
        "source": article.source,
        "kind": article.kind,
        "headline": article.headline,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "byline": article.byline,
        "reporters": list(article.reporters),
        "reporters_en": [english_name(name) for name in article.reporters],
        "paragraphs": list(article.paragraphs),
        "subheadings": [
            {"text": s.text, "before_paragraph": s.before_paragraph} for s in article.subheadings
        ],
        "credits": list(article.credits),
        "paper": article.paper,
        "page_label": article.page_label,
        "page_date": article.page_date,
        "figures": [
            {"text": f.text, "value": f.value, "unit": f.unit, "en": f.en} for f in find_figures(text)
        ],
    }


def _cmd_import(args: argparse.Namespace) -> int:
    from digest import store
    from digest.ingest import import_file

    # Read every page before touching the project: a bad page leaves it as it was.
    articles: list[Article] = []
    pages: list[Page] = []
    for page in args.pages:
        result = import_file(page, paper=args.paper or "")
        for warning in result.warnings:
            print(f"{PROG}: warning: {warning}", file=sys.stderr)
        articles.extend(result.articles)
        pages.append(result.page)
    if args.output:
        target = Path(args.output)
        # One write transaction: an editor with the project open and other importers keep theirs.
        with store.open_project(target, create=True) as project_store:
            if project_store.read_only:
                raise JianbaoError(f"{target} is read-only")
            with project_store.repo.transaction():  # the pages' text is kept once, the articles point into it
                project_store.repo.add_pages(pages)
                added, duplicates = project_store.repo.add_articles(articles)
            total = project_store.repo.article_count()
        if not args.json:
            print(f"{target}: added {len(added)} item(s), {len(duplicates)} already there; {total} in the library")
    else:
        for article in articles:
            article.ensure_id()
    if args.json:
        json.dump([article_json(a) for a in articles], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif not args.output:
        for article in articles:
            names = "、".join(article.reporters)
            print(f"{article.page_order:>3}  {article.kind:<8} {article.title}  {names}".rstrip())
    return 0


def _load_for_export(args: argparse.Namespace) -> Project:
    from digest import store

    if getattr(args, "sample", False):
        from digest.sample import load_sample

        return load_sample()
    if not args.project:
        raise JianbaoError("name a project file, or give --sample")
    return store.load(args.project)


def _cmd_export(args: argparse.Namespace) -> int:
    from digest.export import ExportOptions, export_pdf

    project = _load_for_export(args)
    options = ExportOptions(
        layout=args.layout,
        paper=args.paper,
        bleed_mm=args.bleed,
        marks=args.marks,
        locales=args.locale,
        force=args.force,
        **_print_options(args),
    )
    # A command-line export is one build in a process that then exits: the cyclic collector
    # would only rescan the fonts' and reportlab's long-lived objects, during the build and
    # again at interpreter exit (measured: ~0.14 s of ~0.8 s CPU on the loaded 2-core machine).
    # Reference counting still frees the build's garbage. What is left is frozen, so the final
    # collection at exit skips it; the collector's previous state is restored for callers in-process.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        report = export_pdf(project, project.issue, args.output, options)
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
    for finding in report.findings:
        print(finding.describe(), file=sys.stderr)
    print(f"{args.output}: {report.pages} page(s)")
    if args.job_sheet:
        from digest.print.jobsheet import write_job_sheet

        write_job_sheet(project.issue, report, args.output, args.job_sheet)
        print(f"{args.job_sheet}: job sheet")
    return 0


def _print_options(args: argparse.Namespace) -> dict[str, Any]:
    """--pdfx/--impose/--sheet/--creep/--slug as ExportOptions fields (digest/print)."""
    return {
        "pdfx": None if args.pdfx == "none" else args.pdfx,
        "impose": args.impose,
        "sheet": args.sheet,
        "creep_mm": args.creep,
        "slug": args.slug,
    }


def _print_arguments(p: argparse.ArgumentParser) -> None:
    from digest.print.impose import IMPOSITIONS, SHEETS
    from digest.print.pdfx import PDFX_STANDARDS

    p.add_argument("--pdfx", choices=[*PDFX_STANDARDS, "none"], default="X-4", help="PDF/X standard")
    p.add_argument("--impose", choices=IMPOSITIONS, default=None, help="booklet imposition")
    p.add_argument("--sheet", choices=list(SHEETS), default=None, help="press sheet for --impose")
    p.add_argument("--creep", type=_creep, default=0.0, metavar="MM", help="saddle-stitch creep per sheet")
    p.add_argument("--slug", action="store_true", help="slug line outside the bleed (turns marks on)")
    p.add_argument("--job-sheet", metavar="JOB.pdf", default=None, help="also write the print job sheet")


def _cmd_preflight(args: argparse.Namespace) -> int:
    from digest.export import ExportOptions, preflight

    project = _load_for_export(args)
    options = ExportOptions(layout=args.layout, paper=args.paper, locales=args.locale)
    findings = preflight(project, project.issue, options)
    errors = sum(f.severity == "error" for f in findings)
    warnings = len(findings) - errors
    for finding in findings:
        print(finding.describe())
    print(f"preflight: {errors} error(s), {warnings} warning(s)")
    return 1 if errors else 0


def _cmd_search(args: argparse.Namespace) -> int:
    from digest import store

    filters = store.SearchFilters(
        kind=args.kind or "",
        source=args.page or "",
        paper=args.paper or "",
        imported_from=args.since or "",
        imported_to=args.until or "",
    )
    with store.open_project(args.project) as project_store:
        ids = project_store.repo.search(args.query, filters, limit=args.limit)
        articles = project_store.repo.articles_by_id(ids)
    by_id = {a.id: a for a in articles}
    ordered = [by_id[i] for i in ids if i in by_id]
    if args.json:
        json.dump([article_json(a) for a in ordered], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for article in ordered:
            print(f"{article.id}  {article.kind:<8} {article.source}  {article.title}")
        print(f"{len(ordered)} item(s)", file=sys.stderr)
    return 0


def _cmd_dump(args: argparse.Namespace) -> int:
    from digest import store

    text = store.dump(args.project)
    if args.output:
        from digest.paths import atomic_write

        try:
            atomic_write(args.output, text.encode("utf-8"))
        except OSError as exc:
            raise JianbaoError(f"{args.output}: cannot write ({exc.strerror})") from None
    else:
        sys.stdout.write(text)
    return 0


def _locales(value: str) -> list[str]:
    try:
        locales = [edition_locale(part) for part in value.split(",") if part.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    if not locales:
        raise argparse.ArgumentTypeError("give at least one locale")
    return locales


def _bleed(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bleed must be a number of millimetres, not {value!r}") from None
    if not 0 <= number <= 20:
        raise argparse.ArgumentTypeError("bleed must be between 0 and 20 mm")
    return number


def _creep(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"creep must be a number of millimetres, not {value!r}") from None
    if not 0 <= number <= 2:
        raise argparse.ArgumentTypeError("creep must be between 0 and 2 mm per sheet")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog=PROG, description="Jianbao 简报 — bilingual news digest studio")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=Parser)

    p_import = commands.add_parser("import", help="import raw newspaper page text")
    p_import.add_argument("pages", nargs="+", metavar="PAGE.txt")
    p_import.add_argument(
        "-o", "--output", metavar="PROJECT.jianbao", help="add the articles to this project"
    )
    p_import.add_argument("--json", action="store_true", help="print the items as JSON")
    p_import.add_argument("--paper", metavar="NAME", help="the paper's name, when the page does not print it")
    p_import.set_defaults(func=_cmd_import)

    def layout_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("project", nargs="?", metavar="PROJECT.jianbao")
        p.add_argument("--sample", action="store_true", help="use the bundled sample edition")
        p.add_argument("--layout", choices=LAYOUTS, default=None)
        p.add_argument("--paper", choices=PAPERS, default=None)
        p.add_argument("--locale", type=_locales, default=None, metavar="zh_CN,en_GB")

    p_export = commands.add_parser("export", help="export the issue as a print-ready PDF")
    layout_options(p_export)
    p_export.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    p_export.add_argument("--bleed", type=_bleed, default=None, metavar="MM")
    p_export.add_argument("--marks", action="store_true", default=None, help="draw crop marks")
    p_export.add_argument("--force", action="store_true", help="export despite preflight errors")
    _print_arguments(p_export)
    p_export.set_defaults(func=_cmd_export)

    p_pre = commands.add_parser("preflight", help="check the issue before export")
    layout_options(p_pre)
    p_pre.set_defaults(func=_cmd_preflight)

    p_search = commands.add_parser("search", help="search the project's library")
    p_search.add_argument("project", metavar="PROJECT.jianbao")
    p_search.add_argument("query", help="words that must all occur (Chinese: any substring)")
    p_search.add_argument("--json", action="store_true", help="print the items as JSON")
    p_search.add_argument("--kind", choices=ARTICLE_KINDS, default=None)
    p_search.add_argument("--page", default=None, metavar="SOURCE", help="only the items of this page")
    p_search.add_argument("--paper", default=None, help="only the items of this newspaper")
    p_search.add_argument("--since", default=None, metavar="YYYY-MM-DD", help="imported on or after")
    p_search.add_argument("--until", default=None, metavar="YYYY-MM-DD", help="imported on or before")
    p_search.add_argument("--limit", type=int, default=-1, help="at most this many")
    p_search.set_defaults(func=_cmd_search)

    p_dump = commands.add_parser("dump", help="write the whole project as JSON")
    p_dump.add_argument("project", metavar="PROJECT.jianbao")
    p_dump.add_argument("-o", "--output", metavar="OUT.json", help="write here instead of standard output")
    p_dump.set_defaults(func=_cmd_dump)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.func  # set by each sub-parser
    try:
        return command(args)
    except JianbaoError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        return 0
