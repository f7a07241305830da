"""Newspaper names in English for the English edition's source line: 武进日报 → Wujin Daily.

A paper with an established English name (the name it uses itself: 人民日报 → People's Daily,
环球时报 → Global Times) is given that name; any other is read as a place (pinyin, one word)
followed by the English for its kind (日报 Daily, 晚报 Evening News, …); a name of no known kind
is given whole in pinyin.
"""

from __future__ import annotations

from digest.language.names import place_name

__all__ = ["KNOWN_PAPERS", "PAPER_KINDS", "english_paper_name"]

# The English names papers print on their own mastheads or websites.
KNOWN_PAPERS: dict[str, str] = {
    "人民日报": "People's Daily",
    "人民日报海外版": "People's Daily Overseas Edition",
    "光明日报": "Guangming Daily",
    "经济日报": "Economic Daily",
    "中国日报": "China Daily",
    "环球时报": "Global Times",
    "参考消息": "Reference News",
    "中国青年报": "China Youth Daily",
    "科技日报": "Science and Technology Daily",
    "法治日报": "Legal Daily",
    "法制日报": "Legal Daily",
    "工人日报": "Workers' Daily",
    "农民日报": "Farmers' Daily",
    "解放军报": "PLA Daily",
    "解放日报": "Jiefang Daily",
    "文汇报": "Wenhui Daily",
    "新民晚报": "Xinmin Evening News",
    "扬子晚报": "Yangtse Evening Post",
    "羊城晚报": "Yangcheng Evening News",
    "南方周末": "Southern Weekly",
    "南方都市报": "Southern Metropolis Daily",
    "新京报": "The Beijing News",
    "上海证券报": "Shanghai Securities News",
    "第一财经日报": "China Business News",
    "21世纪经济报道": "21st Century Business Herald",
}

# Kinds of paper, longest first (so 青年报 wins over 报), and their English.
PAPER_KINDS: tuple[tuple[str, str], ...] = (
    ("青年报", "Youth Daily"),
    ("都市报", "Metropolis Daily"),
    ("日报", "Daily"),
    ("晚报", "Evening News"),
    ("晨报", "Morning Post"),
    ("时报", "Times"),
    ("商报", "Business Daily"),
    ("周报", "Weekly"),
    ("周刊", "Weekly"),
    ("快报", "Express"),
)


def english_paper_name(name: str) -> str:
    """The English name of the paper called `name` (with or without 《》).

    >>> english_paper_name("《武进日报》"), english_paper_name("新民晚报"), english_paper_name("常州晚报")
    ('Wujin Daily', 'Xinmin Evening News', 'Changzhou Evening News')
    >>> english_paper_name("Wujin Daily"), english_paper_name("参考消息")
    ('Wujin Daily', 'Reference News')
    """
    text = name.strip().strip("《》").strip()
    known = KNOWN_PAPERS.get(text)
    if known is not None:
        return known
    for suffix, kind in PAPER_KINDS:
        if text.endswith(suffix) and len(text) > len(suffix):
            place = place_name(text[: -len(suffix)])
            return f"{place} {kind}" if place else text
    return place_name(text) or text
