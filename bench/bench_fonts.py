"""How long the bundled fonts take to load, each step in a fresh Python process.

    .venv/bin/python bench/bench_fonts.py [--repeat 5]

Prints (median of --repeat fresh processes, milliseconds):
  * `import reportlab` and the canvas/platypus modules an export imports;
  * per face: reportlab TTFont() parsing (what every process pays without the cache) and the
    same face loaded from the parsed-face cache (digest/layout/font_cache.py);
  * register_fonts() for all faces, cold (no cache) and warm (cache present);
  * a one-page CJK+Latin PDF drawn and saved (subsetting) with fonts from the cache.
The cache used here lives in a temporary directory, not the user's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

IMPORTS = """
import time
t = time.perf_counter()
import reportlab
t1 = time.perf_counter()
import reportlab.pdfgen.canvas, reportlab.platypus, reportlab.pdfbase.ttfonts
t2 = time.perf_counter()
print(json.dumps({"import reportlab": (t1 - t) * 1e3, "import canvas+platypus+ttfonts": (t2 - t1) * 1e3}))
"""

ONE_FACE = """
import time
import platformdirs
from digest.layout import fonts, font_cache
from reportlab.pdfbase.ttfonts import TTFont
name = {name!r}
path = fonts.font_files()[name]
t = time.perf_counter()
if {cached!r}:
    font = font_cache.load_ttfont(name, path)
else:
    font = TTFont(name, str(path))
t1 = time.perf_counter()
font.stringWidth("Ab中", 10)  # first use: a cached face unpacks its cmap and widths here
t2 = time.perf_counter()
print(json.dumps({{"load": (t1 - t) * 1e3, "load+first use": (t2 - t) * 1e3}}))
"""

REGISTER_ALL = """
import time
import reportlab.pdfbase.ttfonts, reportlab.pdfbase.pdfmetrics, platformdirs  # timed above
t = time.perf_counter()
from digest.layout import fonts
t1 = time.perf_counter()
fonts.register_fonts()
t2 = time.perf_counter()
print(json.dumps({"import digest.layout.fonts": (t1 - t) * 1e3, "register_fonts()": (t2 - t1) * 1e3}))
"""

DRAW_PAGE = """
import time, tempfile, os
t = time.perf_counter()
from digest.layout import fonts
from reportlab.pdfgen import canvas
fonts.register_fonts()
t1 = time.perf_counter()
out = os.path.join(tempfile.mkdtemp(), "p.pdf")
c = canvas.Canvas(out, invariant=1, initialFontName=fonts.LATIN_SERIF)
for i, name in enumerate(fonts.ALL_FONTS):
    c.setFont(name, 11)
    c.drawString(40, 800 - 20 * i, "本报讯（记者 吴梦婷）1481.3亿元，同比增长16.9%。Wu Mengting: CNY 148.13 billion")
c.save()
t2 = time.perf_counter()
print(json.dumps({"imports+register": (t1 - t) * 1e3, "draw+save (6 subsets)": (t2 - t1) * 1e3,
                  "total": (t2 - t) * 1e3}))
"""


def run(code: str, env: dict[str, str]) -> dict[str, float]:
    prog = f"import json, sys\nsys.path.insert(0, {str(ROOT)!r})\n" + code
    out = subprocess.run([sys.executable, "-c", prog], check=True, capture_output=True, text=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def median_of(code: str, env: dict[str, str], repeat: int, before=None) -> dict[str, float]:
    samples: dict[str, list[float]] = {}
    for _ in range(repeat):
        if before:
            before()
        for key, value in run(code, env).items():
            samples.setdefault(key, []).append(value)
    return {key: statistics.median(values) for key, values in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from digest.layout import fonts

    home = Path(tempfile.mkdtemp(prefix="jianbao-bench-fonts-"))
    cache = home / "cache" / "fonts"  # digest.paths.cache_dir("fonts") under JIANBAO_HOME
    env = dict(os.environ, JIANBAO_HOME=str(home))

    def clear_cache() -> None:
        for entry in cache.glob("*"):
            entry.unlink()

    print(f"fresh-process timings, median of {args.repeat}, ms")
    for key, value in median_of(IMPORTS, env, args.repeat).items():
        print(f"  {key:40} {value:8.1f}")

    print(f"\n  {'face':24} {'MB':>5} {'TTFont() parse':>15} {'cache load':>11} {'+ first use':>12}")
    totals = [0.0, 0.0, 0.0]
    for name, path in fonts.font_files().items():
        parsed = median_of(ONE_FACE.format(name=name, cached=False), env, args.repeat)["load+first use"]
        run(ONE_FACE.format(name=name, cached=True), env)  # fill the cache
        cached = median_of(ONE_FACE.format(name=name, cached=True), env, args.repeat)
        row = (parsed, cached["load"], cached["load+first use"])
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"  {name:24} {path.stat().st_size / 1e6:5.2f} {row[0]:15.1f} {row[1]:11.1f} {row[2]:12.1f}")
    print(f"  {'all faces':24} {'':5} {totals[0]:15.1f} {totals[1]:11.1f} {totals[2]:12.1f}")

    cold = median_of(REGISTER_ALL, env, args.repeat, before=clear_cache)
    run(REGISTER_ALL, env)
    warm = median_of(REGISTER_ALL, env, args.repeat)
    print("\n  register_fonts(), all faces       cold (parse + write cache)   warm (from cache)")
    for key in cold:
        print(f"  {key:34} {cold[key]:10.1f} {warm[key]:26.1f}")

    page = median_of(DRAW_PAGE, env, args.repeat)
    print("\n  one page, 6 fonts, warm cache")
    for key, value in page.items():
        print(f"  {key:34} {value:10.1f}")
    clear_cache()
    cache.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
