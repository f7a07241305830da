"""Composer speed: characters per second composing the sample pages' paragraphs at 80 mm.

Run: .venv/bin/python bench/bench_compose.py
Prints cold figures (tokenising + line breaking, caches cleared each round), warm line breaking at
new widths (tokens cached, as when the same paragraph is set in another column), and the PDF
drawing rate of TextBlock for comparison.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from digest.layout import compose as compose_mod  # noqa: E402
from digest.layout import fonts  # noqa: E402
from digest.layout.flowables import TextBlock  # noqa: E402
from digest.layout.text_style import TextStyle  # noqa: E402

ROUNDS = 5


def paragraphs() -> list[str]:
    out: list[str] = []
    for page in sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt")):
        out += [line.strip() for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def english_summaries() -> list[str]:
    """English summaries of the bundled sample edition (empty if it cannot be loaded)."""
    try:
        from digest.sample import load_sample

        issue = load_sample().issue
        return [e.summary_en for e in issue.entries() if e.summary_en]
    except Exception:
        return []


def clear_caches() -> None:
    compose_mod.clear_caches()


def main() -> None:
    fonts.register_fonts()
    style = TextStyle(
        size=10.5, leading=17, cjk_font=fonts.CJK_SERIF, latin_font=fonts.LATIN_SERIF, first_indent=21
    )
    texts = paragraphs()
    chars = sum(len(t) for t in texts)
    width = 80 * mm
    compose_mod.compose(texts[0], style, width)  # warm the glyph-width cache once

    best = float("inf")
    lines = 0
    for _ in range(ROUNDS):
        clear_caches()
        start = time.perf_counter()
        lines = sum(len(compose_mod.compose(t, style, width)) for t in texts)
        best = min(best, time.perf_counter() - start)
    print(f"paragraphs: {len(texts)}, characters: {chars}, lines at 80 mm: {lines}")
    print(f"cold compose at 80 mm: {chars / best:,.0f} chars/s ({best * 1000:.1f} ms for the three pages)")

    clear_caches()
    for t in texts:
        compose_mod.compose(t, style, width)
    widths = [(60 + i) * mm for i in range(20)]
    start = time.perf_counter()
    for w in widths:
        for t in texts:
            compose_mod.compose(t, style, w)
    elapsed = time.perf_counter() - start
    print(f"re-break at 20 new widths (tokens cached): {chars * len(widths) / elapsed:,.0f} chars/s")

    english = english_summaries()
    if english:
        en_style = TextStyle(
            size=10, leading=14, cjk_font=fonts.CJK_SERIF, latin_font=fonts.LATIN_SERIF, lang="en"
        )
        en_chars = sum(len(t) for t in english) * 10
        best = float("inf")
        for _ in range(ROUNDS):
            clear_caches()
            start = time.perf_counter()
            for _ in range(10):
                compose_mod.clear_caches()
                for t in english:
                    compose_mod.compose(t, en_style, width)
            best = min(best, time.perf_counter() - start)
        print(
            f"English summaries of the sample edition at 80 mm (paragraph caches cleared, word caches warm): {en_chars / best:,.0f} chars/s"
        )

    clear_caches()
    start = time.perf_counter()
    canvas = Canvas(io.BytesIO(), pagesize=(300, 100000), initialFontName=fonts.LATIN_SERIF)
    y = 99990.0
    for t in texts:
        block = TextBlock(t, style)
        _, h = block.wrap(width, 1e9)
        block.drawOn(canvas, 10, y - h)
        y -= h
    canvas.save()
    elapsed = time.perf_counter() - start
    print(f"compose + draw + save one PDF: {chars / elapsed:,.0f} chars/s ({elapsed * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
