"""Build the bundled sample edition, resources/samples/wujin-sample.jianbao.

It imports the seed page (tests/fixtures/pages/wujin-page.txt, a page of the Wujin
district daily) with the real importer and lays the editor\u2019s texts below on top:
sections, and a Chinese and English headline and summary for each story and the
photo caption. Run it again after changing the importer or these texts:

    .venv/bin/python scripts/make_sample.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest import store  # noqa: E402
from digest.model import Entry, Issue, LayoutOptions, Project, Section  # noqa: E402
from digest.paths import atomic_write  # noqa: E402
from digest.sample import SAMPLE_PAGE, SAMPLE_PATH  # noqa: E402

# The editor\u2019s texts, keyed by the start of the article\u2019s headline (or caption body).
TEXTS: dict[str, dict[str, str]] = {
    "区政协“问诊”营商环境": {
        "headline_zh": "区政协“问诊”营商环境 助企服务再提升",
        "headline_en": "District advisers take the pulse of Wujin\u2019s business climate",
        "summary_zh": (
            "武进区政协日前召开协商座谈会，10余位市、区企业家委员围绕激励创新、优化人才政策、"
            "强链补链等6个方面提出意见建议，区委组织部、区科技局等5个单位现场回应。全区现有政协委员"
            "414名，其中企业家委员190名。区政协探索“1+3+N”协商新模式，已接收企业诉求80余件，"
            "办结率达100%。今年1—9月，全区新能源汽车及零部件产业产值达1481.3亿元，同比增长16.9%。"
        ),
        "summary_en": (
            "Wujin\u2019s district committee of the Chinese People\u2019s Political Consultative Conference held "
            "a consultation meeting at which more than ten entrepreneur members made proposals on "
            "innovation, talent policy and supply chains; five government departments answered on the "
            "spot. Of the committee\u2019s 414 members, 190 are entrepreneurs. Under its new \u201c1+3+N\u201d model "
            "the committee has taken up over 80 requests from companies and resolved all of them. From "
            "January to September the district\u2019s new-energy vehicle and parts industry reached an "
            "output of CNY 148.13 billion, up 16.9% year on year."
        ),
    },
    "全区“公路医生进乡村”": {
        "headline_zh": "“公路医生进乡村”挂牌督办点段通过验收",
        "headline_en": "\u201cRoad doctors\u201d sign off Wujin\u2019s flagged rural roads",
        "summary_zh": (
            "市交通运输局、公安局、应急管理局日前在武进开展“公路医生进乡村”安全专项行动2024年"
            "挂牌督办点段验收，专家团队一致同意通过。今年以来，武进对武进大道、雪马线等5条挂牌路段"
            "进行安全提升，增设警示桩450个，摊铺沥青约3000平方米，施划标线约5500平方米，共完成隐患"
            "路段治理29.44千米，安全宣讲受众达4.6万余人次。"
        ),
        "summary_en": (
            "Inspectors from the city\u2019s transport, public security and emergency management bureaus "
            "have approved the safety work on five flagged road sections in Wujin, part of the "
            "provincial \u201cRoad Doctors in the Countryside\u201d campaign. This year the district "
            "installed 450 warning posts, laid about 3,000 m\u00b2 of asphalt, painted about 5,500 m\u00b2 "
            "of road markings and treated 29.44 km of hazardous road, while its safety talks drew over "
            "46,000 visits. Wujin now plans to keep monitoring and assessing its rural roads for good."
        ),
    },
    "位于武进国家高新区": {
        "headline_zh": "海晨新能源汽车供应链基地加快建设",
        "headline_en": "Haichen supply-chain hub for electric vehicles takes shape",
        "summary_zh": (
            "位于武进国家高新区的常州海晨新能源汽车供应链综合配套基地是江苏省重大项目，总投资额"
            "10亿元，计划建设供应链及产业服务中心等，总建筑面积约19万平方米。目前，项目三期15万平方米"
            "智能仓正在加快基础施工，预计2025年竣工投产，将为区内新能源汽车产业提供供应链综合配套服务。"
        ),
        "summary_en": (
            "The Changzhou Haichen supply-chain base for new-energy vehicles, a major provincial "
            "project in the Wujin National Hi-tech Zone, represents an investment of CNY 1 billion and "
            "a floor area of about 190,000 m\u00b2, with a supply-chain and industrial services centre at "
            "its heart. Foundations are being laid for the 150,000 m\u00b2 "
            "smart warehouse of its third phase, which is due to be completed and start operating in 2025."
        ),
    },
    "武进绿建区": {
        "headline_zh": "武进绿建区打造（近）零碳先行示范园区",
        "headline_en": "Wujin\u2019s green building zone leads the way to near-zero carbon",
        "summary_zh": (
            "作为全国唯一的绿色建筑产业集聚示范区，武进绿建区加快推动（近）零碳产业园建设。"
            "长三角碳管理体系研究院计划5年内服务出口企业1000家；全市首个（近）零能耗建筑"
            "长三角低碳循环研创谷综合节能率达66.1%，每年每平方米可减少二氧化碳排放35千克。"
            "区内已建成的民用建筑全部按绿建二星以上标准设计，三星级绿色建筑占比超30%。"
        ),
        "summary_en": (
            "The Wujin green building zone, China\u2019s only demonstration cluster for the green building "
            "industry, is pressing ahead with near-zero-carbon industrial parks. Its Yangtze River Delta "
            "carbon management institute plans to serve 1,000 exporters within five years. The city\u2019s "
            "first near-zero-energy building, a low-carbon research campus, saves 66.1% of the energy "
            "a conventional building would use and cuts carbon dioxide emissions by 35 kg per square "
            "metre a year. Every civil building in the zone meets the two-star green standard or "
            "better, and more than 30% are rated three-star."
        ),
    },
}

SECTIONS = [
    ("营商环境", "Business climate", ["区政协“问诊”营商环境"]),
    ("城乡建设", "Roads and projects", ["全区“公路医生进乡村”", "位于武进国家高新区"]),
    ("绿色发展", "Green growth", ["武进绿建区"]),
]


def build() -> Project:
    from digest.ingest.pipeline import import_file

    project = Project()
    # The page names no paper; the print source line needs it.
    result = import_file(SAMPLE_PAGE, paper="武进日报")
    stamp = "2026-11-28T09:00:00+08:00"  # fixed, so rebuilding changes the file only when content does
    result.page.imported = stamp
    project.pages.append(result.page)
    for article in result.articles:
        article.imported = stamp
    project.add_articles(result.articles)

    def find(prefix: str) -> str:
        for article in project.articles:
            if (article.headline or "").startswith(prefix) or (
                article.paragraphs and article.paragraphs[0].startswith(prefix)
            ):
                return article.id
        raise SystemExit(f"make_sample: no article starts with {prefix!r}; did the importer change?")

    issue = Issue(
        title_zh="武进简报",
        title_en="Wujin Digest",
        number=1,
        date=dt.date(2026, 11, 28),
        locales=["zh_CN", "en_GB"],
        layout=LayoutOptions(layout="side-by-side", paper="A4"),
        publisher="Jianbao sample edition",
    )
    for title_zh, title_en, prefixes in SECTIONS:
        section = Section(title_zh=title_zh, title_en=title_en)
        for prefix in prefixes:
            section.entries.append(Entry(article_id=find(prefix), **TEXTS[prefix]))
        issue.sections.append(section)
    project.issues.append(issue)
    return project


if __name__ == "__main__":
    # The bundled sample stays a readable JSON interchange file (it opens as an untitled copy).
    atomic_write(SAMPLE_PATH, store.dumps(build()).encode("utf-8"))
    print(f"wrote {SAMPLE_PATH.relative_to(ROOT)}")
