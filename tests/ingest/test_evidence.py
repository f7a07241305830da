"""The clues behind sub-head / headline / run-on decisions, each on small cases."""

from __future__ import annotations

import pytest

from digest.ingest.evidence import (
    ends_open,
    ends_with_link,
    heading_style,
    opens_paragraph,
    opens_story,
    same_shape,
    shared_words,
    starts_with_figure,
)


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("■ 留住工业记忆", "marker:■"),
        ("◆志愿者轮流来上课", "marker:◆"),
        ("一、老旧小区改造惠及千万居民", "numbered"),
        ("（二）完善服务体系", "numbered"),
        ("3. 加快项目建设", "numbered"),
        ("①聚焦重点项目", "numbered"),
        ("「聚焦项目建设」", "bracket:「"),
        ("【聚焦】项目建设提速", ""),
        ("2024年全市经济运行平稳", ""),
        ("多元供给更丰富", ""),
    ],
)
def test_heading_style(text: str, style: str) -> None:
    assert heading_style(text) == style


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("独自在家情绪低落", "大白特护可以上门", True),
        ("◆ 志愿者轮流来上课", "◆ 家长们放心又安心", True),
        ("用好“双碳”风向标 抢占新高地", "聚焦绿色产业 抢抓“时与势”", True),
        ("用好“双碳”风向标 抢占新高地", "聚焦绿色产业抢抓时与势", False),  # spaced vs not
        ("■ 留住工业记忆", "● 链接", False),  # different markers
        ("多元供给更丰富", "中以常州创新园签约5个合作项目", False),  # length
    ],
)
def test_same_shape(a: str, b: str, same: bool) -> None:
    assert same_shape(a, b) is same


def test_shared_words_looks_only_at_the_opening_of_the_paragraph() -> None:
    heading = "企业服务专员走进车间"
    assert shared_words(heading, "区里今年选派了120名企业服务专员，每人联系3至5家企业。")
    far = "为帮助企业解决用工、融资、物流等方面的难题，区里今年又出台了一批新政策，" * 2 + "企业服务专员"
    assert not shared_words(heading, far)
    assert not shared_words("多元供给更丰富", "近年来，各地加快发展社区嵌入式养老服务。")
    assert not shared_words("大白", "大白特护可以上门")  # too short to say anything


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("11月25日，中以常州创新园举行项目集中签约活动。", True),
        ("2024年11月25日，签约活动举行。", True),
        ("近日，人才公寓二期正式交付。", True),
        ("记者从区住建局获悉，今年全区加装电梯152台。", True),
        ("近年来，各地加快发展社区养老服务。", False),
        ("智能手环、紧急呼叫设备走进老年人生活。", False),
    ],
)
def test_opens_story(text: str, lead: bool) -> None:
    assert opens_story(text) is lead


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("下一步，我区将聚焦中小企业。", True),
        ("據了解，本港已進入流感季節。", True),
        ("同时开展培训。", False),
        ("四成以上", False),
    ],
)
def test_opens_paragraph(text: str, opens: bool) -> None:
    assert opens_paragraph(text) is opens


@pytest.mark.parametrize(
    ("text", "open_", "link"),
    [
        ("全区已累计建成省级智能制造", True, False),
        ("审批时间由原来的", True, True),
        ("生产效率提高了", True, True),
        ("相关事项可登录网站查询", True, False),
        ("有效缓解。", False, False),
        ("“畅安舒美”", False, False),
        ("多部门联动，", False, False),
    ],
)
def test_ends_open_and_ends_with_link(text: str, open_: bool, link: bool) -> None:
    assert ends_open(text) is open_
    assert ends_with_link(text) is link


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("8家、省级智能车间126个", True),
        ("20个工作日以内。", True),
        ("2024年，全市共建成", False),
        ("据了解", False),
    ],
)
def test_starts_with_figure(text: str, figure: bool) -> None:
    assert starts_with_figure(text) is figure
