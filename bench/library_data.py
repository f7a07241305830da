"""Synthetic article libraries for the library benchmark: every article distinct.

Articles are made from the sentences of the bundled and held-out sample pages, mixed with a
seeded random generator (a different selection and order per article, numbers varied), so no
body, headline or byline repeats and the full-text index sees realistic Chinese text.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from pathlib import Path

from digest.model import Article

ROOT = Path(__file__).resolve().parent.parent
PAGE_DIRS = (ROOT / "tests" / "ingest" / "data" / "heldout", ROOT / "tests" / "fixtures" / "pages")
PAPERS = ("武进日报", "解放日报", "经济日报", "南方日报", "光明日报")
KINDS = ("article",) * 14 + ("brief",) * 4 + ("caption",) * 2
# Bump when make_articles makes different articles: the bench's cached libraries are keyed by it.
GENERATOR_VERSION = 1


def _pool() -> tuple[list[str], list[str], list[str]]:
    from digest.ingest import import_page

    sentences: list[str] = []
    headlines: list[str] = []
    names: list[str] = []
    for folder in PAGE_DIRS:
        for page in sorted(folder.glob("*.txt")):
            for article in import_page(page):
                if article.headline:
                    headlines.append(article.headline)
                names.extend(article.reporters)
                for paragraph in article.paragraphs:
                    sentences.extend(s for s in re.split(r"(?<=[。！？])", paragraph) if len(s) > 6)
    return sentences, headlines, sorted(set(names)) or ["吴梦婷"]


def make_articles(count: int, seed: int = 48) -> list[Article]:
    """`count` distinct articles, 20 to a page, 8 pages a day."""
    sentences, headlines, names = _pool()
    rng = random.Random(seed)
    start = _dt.datetime(2024, 1, 1, 6, 0)
    articles: list[Article] = []
    for n in range(count):
        day, page, order = n // 160, (n // 20) % 8 + 1, n % 20
        body = rng.sample(sentences, rng.randint(4, 12))
        paragraphs = ["".join(body[i : i + 3]) for i in range(0, len(body), 3)]
        # Numbers vary per article so even two equal sentence draws differ.
        paragraphs[0] = re.sub(r"\d+", lambda _m: str(rng.randint(2, 9999)), paragraphs[0]) + f"（{n}）"
        left, right = rng.choice(headlines), rng.choice(headlines)
        headline = left[: max(2, len(left) // 2)] + right[len(right) // 2 :] + f" {n % 97}"
        reporter = rng.choice(names)
        imported = start + _dt.timedelta(days=day, minutes=order)
        articles.append(
            Article(
                source=f"{PAPERS[day % len(PAPERS)]}-{imported:%Y%m%d}-{page:02d}.txt",
                page_order=order,
                kind=rng.choice(KINDS),
                headline=headline,
                byline=f"本报讯 (记者 {reporter})",
                reporters=[reporter],
                paragraphs=paragraphs,
                original="\n".join([headline, *paragraphs]),
                imported=imported.isoformat(timespec="seconds"),
                paper=PAPERS[day % len(PAPERS)],
                page_label=f"第{page:02d}版",
                page_date=f"{imported:%Y-%m-%d}",
            )
        )
    return articles
