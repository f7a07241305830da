"""Export speed against typst, on digests whose texts never repeat.

    .venv/bin/python bench/bench_export.py [--sizes 10,40,160,640] [--runs 3] [--layout side-by-side]

Every entry's headlines and summaries are different (about 200 Han characters and 60-80 English
words each, recombined from the fixture pages' sentences and the sample edition's English with
their numbers changed), so no paragraph cache can serve one entry's text to another. The same
entries are set by typst (the `bench` extra: `pip install -e '.[bench]'`) with the bundled fonts
only (their real family names, read from the files; system fonts ignored), in a two-column
zh | en grid like the side-by-side layout.

Both run as whole fresh processes, in turn (A B A B ...), and the figure is each child's CPU
(user + system, from os.wait4), so a busy machine slows both alike. Printed: CPU medians, the
ratio jianbao / typst per size, and the cost per entry (whole process / entries, and the marginal
cost between consecutive sizes, which leaves out start-up).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from digest import store  # noqa: E402
from digest.model import Article, Entry, Issue, Project, Section  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "pages"
SAMPLE = ROOT / "resources" / "samples" / "wujin-sample.jianbao"
FONTS = ROOT / "resources" / "fonts"

# English sentences beside the sample edition's: same register, reworded so the pool is larger.
_EXTRA_EN = [
    "The district says the new rules will cut the time needed to register a company to two working days.",
    "Officials expect the park to host 120 firms and 8,000 jobs once its second phase is complete.",
    "Residents of the old town were consulted in three rounds before the plan was approved in March.",
    "The bureau will publish a quarterly report on air quality, noise and water in every township.",
    "Exporters in the zone shipped goods worth CNY 4.2 billion in the first ten months of the year.",
    "A new bus line links the high-speed rail station with the science park every fifteen minutes.",
    "Teachers from twelve schools joined a training week on science, art and physical education.",
    "The hospital opened a night clinic for children, staffed by paediatricians from the city centre.",
    "Farmers in the southern villages switched 300 hectares of rice paddies to organic production.",
    "Volunteers planted 5,600 trees along the canal, which is being restored as a public walkway.",
    "The library now lends e-readers, and its reading rooms stay open until ten in the evening.",
    "Inspectors checked 214 restaurants for food safety and ordered nine of them to close for repairs.",
    "Start-ups in the incubator raised a combined CNY 380 million from investors this year.",
    "The museum's new wing shows bronze and jade pieces found during the building of the metro line.",
    "Firefighters ran drills in forty high-rise buildings to test alarms, exits and sprinklers.",
    "Delegates proposed tax relief for small suppliers and faster approval of factory extensions.",
]
_NAMES_EN = ["Wujin", "Changzhou", "Hutang", "Niutang", "Lijia", "Xixiashu", "Zouqu", "Luoyang"]
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _sentences_zh() -> list[str]:
    out: list[str] = []
    for truth in sorted(PAGES.glob("*.truth.json")):
        data = json.loads(truth.read_text(encoding="utf-8"))
        for item in data["articles"]:
            for para in item.get("paragraphs") or []:
                out.extend(s for s in re.findall(r"[^。！？]+[。！？]?", para) if len(s) >= 8)
    return out


def _headlines_zh() -> list[str]:
    out: list[str] = []
    for truth in sorted(PAGES.glob("*.truth.json")):
        data = json.loads(truth.read_text(encoding="utf-8"))
        out.extend(item["headline"] for item in data["articles"] if item.get("headline"))
    return out


def _sentences_en() -> list[str]:
    project = json.loads(SAMPLE.read_text(encoding="utf-8"))["project"]
    out = list(_EXTRA_EN)
    for issue in project["issues"]:
        for section in issue["sections"]:
            for entry in section["entries"]:
                text = entry["summary_en"].replace("\n", " ")
                out.extend(s.strip() for s in re.split(r"(?<=[.;])\s+(?=[A-Z“])", text) if s.strip())
    return out


def _renumber(text: str, rng: random.Random, zh: bool) -> str:
    """Every number of `text` replaced by another of the same shape (so no sentence repeats)."""

    def swap(m: re.Match[str]) -> str:
        digits = m.group(0)
        return "".join(
            str(rng.randint(1 if i == 0 else 0, 9)) if c.isdigit() else c for i, c in enumerate(digits)
        )

    out = _NUMBER.sub(swap, text)
    if not zh:
        for name in _NAMES_EN:
            if name in out and rng.random() < 0.5:
                out = out.replace(name, rng.choice(_NAMES_EN))
    return out


def _pick(pool: list[str], rng: random.Random, fits, zh: bool) -> str:
    """Sentences drawn in a random order until `fits(text)` says the summary is long enough."""
    order = rng.sample(range(len(pool)), len(pool))
    parts: list[str] = []
    for k in order:
        parts.append(_renumber(pool[k], rng, zh))
        text = ("" if zh else " ").join(parts)
        if fits(text):
            break
    return text


def make_digest(entries: int, seed: int = 11) -> Project:
    """An issue of `entries` entries whose every text is different (checked)."""
    rng = random.Random(seed * 1000 + entries)
    zh_pool, en_pool, heads = _sentences_zh(), _sentences_en(), _headlines_zh()
    project = Project()
    sections: list[Section] = []
    titles = [("要闻", "Top stories"), ("经济", "Economy"), ("城市", "City"), ("民生", "Daily life")]
    seen: set[str] = set()
    for n in range(entries):
        if n % 8 == 0:
            zh, en = titles[(n // 8) % len(titles)]
            sections.append(Section(zh, en))
        for _attempt in range(100):  # draw again until no paragraph repeats an earlier one
            summary_zh = _pick(zh_pool, rng, lambda t: len(t) >= 190, zh=True)
            if len(summary_zh) > 120:  # two paragraphs, as summaries often are
                cut = summary_zh.find("。", len(summary_zh) // 2)
                if 0 < cut < len(summary_zh) - 10:
                    summary_zh = summary_zh[: cut + 1] + "\n" + summary_zh[cut + 1 :]
            target = rng.randint(60, 80)
            summary_en = _pick(en_pool, rng, lambda t, k=target: len(t.split()) >= k, zh=False)
            words = summary_en.split()
            if len(words) > 80:
                summary_en = " ".join(words[:80]).rstrip(",;") + "."
            texts = (summary_en, *summary_zh.split("\n"))
            if not seen.intersection(texts) and len(set(texts)) == len(texts):
                break
        else:
            raise AssertionError("bench texts repeat")
        seen.update(texts)
        headline_zh = _renumber(rng.choice(heads), rng, True)[:22] + f"（{n + 1}）"
        headline_en = (
            " ".join(rng.sample(summary_en.split()[:12], 6)).capitalize().strip(".,;") + f" ({n + 1})"
        )
        article = Article(source="bench.txt", headline=headline_zh, paragraphs=[summary_zh])
        article.ensure_id()
        project.add_articles([article])
        sections[-1].entries.append(
            Entry(article_id=article.id, headline_zh=headline_zh, headline_en=headline_en,
                  summary_zh=summary_zh, summary_en=summary_en)
        )  # fmt: skip
    import datetime as dt

    project.issues.append(
        Issue(title_zh="武进简报", title_en="Wujin Digest", number=12, date=dt.date(2026, 11, 28),
              sections=sections, publisher="Jianbao bench")
    )  # fmt: skip
    return project


def font_families() -> dict[str, str]:
    """Bundled file name -> the family name typst knows it by (name ID 1, read with fontTools)."""
    from fontTools.ttLib import TTFont

    out = {}
    for path in sorted(FONTS.glob("*.ttf")):
        with TTFont(path, lazy=True) as font:
            out[path.name] = font["name"].getDebugName(1)
    return out


def _typst_text(text: str) -> str:
    """Markup-safe text: every character typst's markup could read as syntax is escaped."""
    return "".join("\\" + ch if ch in "\\#*_`$<>@[]~\"/=-+'" else ch for ch in text)


def typst_source(project: Project, families: dict[str, str]) -> str:
    cjk = families["JianbaoSerifSC-Regular.ttf"]
    cjk_bold = families["JianbaoSansSC-Bold.ttf"]
    latin = families["JianbaoSerif-Regular.ttf"]
    issue = project.issue
    out = [
        '#set page(paper: "a4", margin: (inside: 18mm, outside: 18mm, top: 20mm, bottom: 22mm), '
        'numbering: "1")',
        f'#set text(font: ("{latin}", "{cjk}"), size: 10.5pt, lang: "zh")',
        "#set par(justify: true, first-line-indent: 2em, leading: 6.5pt)",
        f'#show heading: set text(font: ("{latin}", "{cjk_bold}"))',
        f'#align(center, text(size: 26pt, weight: "bold")[{_typst_text(issue.title_zh)} '
        f"{_typst_text(issue.title_en)}])",
        "#outline()",
    ]
    for section in issue.sections:
        out.append(f"= {_typst_text(section.title_zh)} {_typst_text(section.title_en)}")
        for entry in section.entries:
            zh = "\n\n".join(_typst_text(p) for p in entry.summary_zh.splitlines() if p.strip())
            en = "\n\n".join(_typst_text(p) for p in entry.summary_en.splitlines() if p.strip())
            out.append(
                "#grid(columns: (1fr, 1fr), gutter: 7mm,\n"
                f"  [== {_typst_text(entry.headline_zh)}\n\n{zh}\n\n"
                f"#text(size: 8pt)[来源：{_typst_text(entry.headline_zh[:6])}]],\n"
                f'  [#set text(size: 10pt, lang: "en", hyphenate: true)\n#set par(first-line-indent: 0pt, '
                f"leading: 4pt)\n== {_typst_text(entry.headline_en)}\n\n{en}\n\n"
                f"#text(size: 8pt)[Source: page {len(entry.summary_en) % 9 + 1}]])"
            )
    return "\n".join(out) + "\n"


def run_cpu(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one whole child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err}")
    return usage.ru_utime + usage.ru_stime, wall


_TYPST = (
    "import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]], "
    "ignore_system_fonts=True)"
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10,40,160,640")
    parser.add_argument("--runs", type=int, default=3, help="pairs per size (A B A B ...)")
    parser.add_argument("--layout", default="side-by-side")
    parser.add_argument("--keep", help="folder to keep the PDFs and sources in")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    try:
        import typst  # noqa: F401

        has_typst = True
    except ImportError:
        has_typst = False
        print("typst: not installed (pip install -e '.[bench]'); jianbao figures only")
    families = font_families()
    print("bundled fonts as typst sees them:", ", ".join(sorted(set(families.values()))))
    # As an installed app runs: from bytecode written by the warm-up run (PYTHONDONTWRITEBYTECODE,
    # set in CI, would make every jianbao run compile digest/ from source and typst would not pay).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            project = make_digest(size)
            project_file = folder / f"bench-{size}.jianbao"
            if project_file.exists():
                project_file.unlink()
            store.save(project, project_file)
            ours = folder / f"jianbao-{size}.pdf"
            cmd_a = [sys.executable, str(ROOT / "main.py"), "export", str(project_file), "-o", str(ours),
                     "--layout", args.layout, "--force"]  # fmt: skip
            theirs = folder / f"typst-{size}.pdf"
            source = folder / f"bench-{size}.typ"
            source.write_text(typst_source(project, families), encoding="utf-8")
            cmd_b = [sys.executable, "-c", _TYPST, str(source), str(theirs), str(FONTS)]
            runs = args.runs if size <= 160 else max(1, args.runs - 1)
            a_cpu, b_cpu, ratios = [], [], []
            run_cpu(cmd_a, env)  # warm-up: bytecode, per-user font cache
            if has_typst:
                run_cpu(cmd_b, env)
            for _ in range(runs):
                a, _ = run_cpu(cmd_a, env)
                a_cpu.append(a)
                if has_typst:
                    b, _ = run_cpu(cmd_b, env)
                    b_cpu.append(b)
                    ratios.append(a / b)
            pages = _pages(ours)
            row = {"size": size, "a": statistics.median(a_cpu), "pages": pages}
            if has_typst:
                row |= {
                    "b": statistics.median(b_cpu),
                    "ratio": statistics.median(ratios),
                    "tpages": _pages(theirs),
                }
            rows.append(row)
            line = f"{size:4d} entries: jianbao {row['a']:.3f} s CPU ({pages} pages)"
            if has_typst:
                line += f", typst {row['b']:.3f} s CPU ({row['tpages']} pages), ratio {row['ratio']:.2f}"
            print(line, flush=True)
    print("\nper entry (whole-process CPU / entries; marginal = slope from the previous size):")
    prev = None
    for row in rows:
        line = f"{row['size']:4d}: jianbao {1000 * row['a'] / row['size']:.1f} ms"
        if has_typst:
            line += f", typst {1000 * row['b'] / row['size']:.1f} ms"
        if prev is not None:
            d = row["size"] - prev["size"]
            line += f"; marginal jianbao {1000 * (row['a'] - prev['a']) / d:.1f} ms"
            if has_typst:
                line += f", typst {1000 * (row['b'] - prev['b']) / d:.1f} ms"
        print(line)
        prev = row
    forty = next((r for r in rows if r["size"] == 40), None)
    if forty and has_typst:
        print(
            f"\nratio at 40 entries, whole-process CPU jianbao / typst: {forty['ratio']:.2f} (target <= 1.50)"
        )
    return 0


def _pages(pdf: Path) -> str:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")), "?")


if __name__ == "__main__":
    sys.exit(main())
