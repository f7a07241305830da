"""Export speed: a 40-entry digest built from the sample pages, fresh process and warm.

    .venv/bin/python bench/bench_export.py [--entries 40] [--runs 5] [--layout side-by-side]

Prints pages, PDF size and times: `main.py export` in a fresh process (what a CLI user waits for),
`build_pdf` warm in one process (what the live preview waits for), and `typst compile` of the same
content in a fresh process when the typst Python binding is installed. Targets: fresh <= 1.5x typst,
warm <= 0.15 s.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from digest import store  # noqa: E402
from digest.export import ExportOptions, build_pdf  # noqa: E402
from digest.model import Project  # noqa: E402


def make_digest(entries: int) -> Project:
    """The export tests' factory: fixture pages' articles, Chinese and English summaries."""
    spec = importlib.util.spec_from_file_location(
        "export_factories", ROOT / "tests" / "export" / "conftest.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module.make_project(entries)


def _typst_escape(text: str) -> str:
    out = []
    for ch in text:
        if ch in '\\#*_`$<>@[]~"/=-+':
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def typst_source(project: Project) -> str:
    issue = project.issue
    lines = [
        '#set page(paper: "a4", margin: (x: 18mm, top: 20mm, bottom: 22mm), numbering: "1")',
        '#set text(font: ("JianbaoSerif", "Noto Serif CJK SC"), size: 10.5pt, lang: "zh")',
        "#set par(justify: true, first-line-indent: 2em, leading: 0.62em)",
        f'#align(center, text(size: 26pt, weight: "bold")[{_typst_escape(issue.title_zh)} {_typst_escape(issue.title_en)}])',
        "#outline()",
    ]
    for section in issue.sections:
        lines.append(f"= {_typst_escape(section.title_zh)} {_typst_escape(section.title_en)}")
        for entry in section.entries:
            zh = "\n\n".join(_typst_escape(p) for p in entry.summary_zh.splitlines() if p.strip())
            en = "\n\n".join(_typst_escape(p) for p in entry.summary_en.splitlines() if p.strip())
            lines.append(
                "#grid(columns: (1fr, 1fr), gutter: 7mm,\n"
                f"  [== {_typst_escape(entry.headline_zh)}\n\n{zh}],\n"
                f'  [#set text(size: 10pt, lang: "en")\n#set par(first-line-indent: 0pt)\n'
                f"== {_typst_escape(entry.headline_en)}\n\n{en}])"
            )
    return "\n".join(lines) + "\n"


# Where a fresh process spends its time (printed so the owners of each stage can see their share).
# Every module export uses is imported in the first stage, so "fonts" is font registration only.
_STAGES = """
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, sys.argv[2])
import digest.cli
from digest import store
from digest.export import ExportOptions, _build, _collector_paused, _content_findings, _resolve
import digest.layout.columns, digest.layout.entries, digest.layout.masthead, digest.layout.pages
import digest.layout.styles
from digest.layout.kit import faces
t1 = time.perf_counter()
project = store.load(sys.argv[1])
faces()
t2 = time.perf_counter()
marks = []
end_build = digest.layout.pages.DigestDocTemplate._endBuild
def timed_end_build(self):
    marks.append(time.perf_counter())
    end_build(self)
digest.layout.pages.DigestDocTemplate._endBuild = timed_end_build
with _collector_paused():  # as build_pdf does
    r = _resolve(project.issue, ExportOptions(layout=sys.argv[3]))
    _content_findings(project, project.issue, r)
    t3 = time.perf_counter()
    _build(project, project.issue, r)
t4 = time.perf_counter()
print(f"imports {t1 - t0:.3f} s, fonts {t2 - t1:.3f} s, preflight (bylines, glyphs) {t3 - t2:.3f} s, "
      f"layout+draw {marks[0] - t3:.3f} s, PDF save (subsets, compression) {t4 - marks[0]:.3f} s")
"""


def _compiled_copy(folder: Path) -> tuple[Path, dict[str, str]]:
    """digest/ and main.py copied and compiled to bytecode, and an environment that uses it.

    With PYTHONDONTWRITEBYTECODE set (as in CI and here), every fresh run compiles digest/ from
    source; an installed app or a developer checkout runs from __pycache__ after its first run.
    """
    copy = folder / "compiled"
    shutil.copytree(ROOT / "digest", copy / "digest", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "main.py", copy / "main.py")
    (copy / "resources").symlink_to(ROOT / "resources")
    compileall.compile_dir(str(copy / "digest"), quiet=1)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return copy, env


def _fresh(cmd: list[str], runs: int, cwd: Path = ROOT, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--layout", default="side-by-side")
    args = parser.parse_args()

    project = make_digest(args.entries)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project_file = folder / "digest.jianbao"
        store.save(project, project_file)
        out = folder / "digest.pdf"
        cmd = [sys.executable, str(ROOT / "main.py"), "export", str(project_file), "-o", str(out),
               "--layout", args.layout, "--force"]  # fmt: skip
        fresh = _fresh(cmd, args.runs)
        size = out.stat().st_size

        options = ExportOptions(layout=args.layout)
        start = time.perf_counter()
        _data, report = build_pdf(project, project.issue, options)
        first = time.perf_counter() - start
        warm_times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            build_pdf(project, project.issue, options)
            warm_times.append(time.perf_counter() - start)
        warm = statistics.median(warm_times)

        print(
            f"digest: {args.entries} entries, layout {args.layout}: {report.pages} pages, {size / 1024:.0f} KiB"
        )
        print(f"jianbao export, fresh process (median of {args.runs}): {fresh:.3f} s")
        compiled = None
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            copy, env = _compiled_copy(folder)
            ccmd = [sys.executable, str(copy / "main.py"), *cmd[2:]]
            compiled = _fresh(ccmd, args.runs, cwd=copy, env=env)
            print("  (PYTHONDONTWRITEBYTECODE is set: every run above compiles digest/ from source)")
            print(
                f"jianbao export, fresh process from compiled bytecode (median of {args.runs}): {compiled:.3f} s"
            )
        stages = subprocess.run(
            [sys.executable, "-c", _STAGES, str(project_file), str(ROOT), args.layout],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        print(f"  fresh process stages: {stages}")
        print(f"jianbao build_pdf, first call in process: {first:.3f} s")
        print(f"jianbao build_pdf, warm (median of {args.runs}): {warm:.3f} s  (target <= 0.150 s)")

        try:
            import typst  # noqa: F401
        except ImportError:
            print("typst: not installed")
            return 0
        source = folder / "digest.typ"
        source.write_text(typst_source(project), encoding="utf-8")
        typst_pdf = folder / "typst.pdf"
        code = "import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]])"
        tcmd = [sys.executable, "-c", code, str(source), str(typst_pdf), str(ROOT / "resources" / "fonts")]
        typst_time = _fresh(tcmd, args.runs)
        pages = subprocess.run(["pdfinfo", str(typst_pdf)], capture_output=True, text=True).stdout
        typst_pages = next((ln.split()[-1] for ln in pages.splitlines() if ln.startswith("Pages:")), "?")
        print(
            f"typst compile, fresh process (median of {args.runs}): {typst_time:.3f} s, {typst_pages} pages, "
            f"{typst_pdf.stat().st_size / 1024:.0f} KiB"
        )
        print(f"ratio fresh jianbao / typst: {fresh / typst_time:.2f}  (target <= 1.50)")
        if compiled is not None:
            print(f"ratio fresh jianbao from bytecode / typst: {compiled / typst_time:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
