"""Bylines, wire datelines and photo credits: recognising them and pulling out the names.

Forms handled (as printed on Chinese news pages):
- standalone lines: ``本报记者  左妍``, ``□ 记者 何新雨``, ``记者 X 通讯员 Y 报道``, ``文/X 图/Y``,
  ``(张 黎 郭元辉)``, ``新华社记者 X 摄``, ``徐晶玮 摄``;
- at the start of a paragraph: ``本报讯 (记者 X)``, ``本报北京4月10日电 (记者 X)``,
  ``据新华社北京4月2日电（记者  吴雨）``, ``新华社北京4月2日电``, ``记者 X 报道：``;
- at the end of a paragraph: ``……。(张 黎 郭元辉)``, ``……。本报记者 左妍``, ``……。徐晶玮 摄``.

Only short strings are ever matched against patterns (a bounded head or tail of a
paragraph), so a 1 MB line costs no more than a short one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digest.ingest.hant import both_scripts
from digest.text import compile_han, is_han

# Longest first, so 本报记者 wins over 记者.
_ROLES = sorted(
    both_scripts(
        {
            "本报特约记者",
            "本报见习记者",
            "本报实习记者",
            "本报实习生",
            "本报通讯员",
            "本报记者",
            "本报评论员",
            "新华社记者",
            "新华社发",
            "中新社记者",
            "中新网记者",
            "人民日报记者",
            "特约通讯员",
            "特约记者",
            "见习记者",
            "实习记者",
            "首席记者",
            "特派记者",
            "融媒体记者",
            "全媒体记者",
            "摄影记者",
            "摄影报道",
            "特约评论员",
            "线索提供",
            "线索",
            "供图",
            "统筹",
            "策划",
            "视频",
            "记者",
            "通讯员",
            "实习生",
            "撰稿",
            "撰文",
            "作者",
            "摄影",
            "整理",
            "编译",
            "文字",
            "图片",
            "文",
            "图",
            "摄",
            "报道",
            "报导",
        }
    ),
    key=len,
    reverse=True,
)
# A role word glued to a name ("本报记者张三") counts only for these unmistakable ones.
_GLUABLE_ROLES = tuple(r for r in _ROLES if len(r) >= 4 or r in both_scripts(("记者", "通讯员", "实习生")))
_PHOTO_ROLES = frozenset(both_scripts(("摄", "摄影", "摄影记者")))
_TEXT_ROLES = frozenset(both_scripts(("文", "文字", "撰文", "撰稿")))
_SUFFIXES = tuple(both_scripts(("报道", "报导", "摄影", "摄")))
_REPORT_SUFFIXES = frozenset(both_scripts(("报道", "报导")))
# Authors that are an institution, printed without a name: 本报评论员, 新华社评论员.
_INSTITUTIONS = frozenset(
    both_scripts(
        (
            "本报评论员",
            "本报特约评论员",
            "新华社评论员",
            "新华社特约评论员",
            "人民日报评论员",
            "本刊评论员",
            "本报编辑部",
            "本报调研组",
            "本报记者调查组",
        )
    )
)
_AGENCIES = tuple(both_scripts(("本报", "新华社", "中新社")))
_PHOTO_AGENCIES = tuple(both_scripts(("新华社发", "中新社发", "本报发")))
_MARKERS = "□■◎○●◇◆▲△▶►☆★"
# Common surnames (simplified and traditional): a credit without any role word, like
# "(张 黎 郭元辉)" or "□ 张三", counts only when its names start with one of these.
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
    "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
    "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
    "查麻苑迟邝"
    "陳楊黃趙吳劉孫馬鄭羅謝韓馮鄧蔣葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴湯聶魯歐關蘭寧紀畢單駱藍靳鮑華饒"
    "麥婁竇岑費衛欒鞏苑鄺"
)
_COMPOUND_SURNAMES = (
    "欧阳",
    "歐陽",
    "司马",
    "司馬",
    "诸葛",
    "諸葛",
    "上官",
    "东方",
    "東方",
    "皇甫",
    "令狐",
    "公孙",
    "夏侯",
)


def _surnames_known(names: list[str]) -> bool:
    """Names without a role word: one name needs a common surname; of several, most do
    (湛承兵 王群: a rare surname beside a common one)."""
    known = sum(_has_surname(n) for n in names)
    return known == len(names) if len(names) == 1 else known * 2 >= len(names)


def _has_surname(name: str) -> bool:
    return name[:1] in _SURNAMES or name.startswith(_COMPOUND_SURNAMES) or "·" in name


# The source of a reprinted story, set after its body: 来源：常州日报, （来源：新华社）.
_SOURCE_LINE = re.compile(
    r"^[（(]?(?:信息|文章|稿件|数据)?(?:来源|來源|稿源)[：:]\s*[^。！？!?：:]{2,24}[）)]?$"
)
_OPEN = "（(〔【["
_CLOSE = "）)〕】]"
_SEPARATOR = re.compile(r"(\s+|[、，,；;：:/／|｜])")
_FINAL = "。！？!?…”」』"

MAX_CREDIT_CHARS = 48


@dataclass
class Credit:
    """A recognised byline or credit: the text as printed and the names in it."""

    text: str
    names: list[str] = field(default_factory=list)
    photo: bool = False  # a photo credit (… 摄)
    has_role: bool = False  # names a role (记者, 通讯员, 文/, 摄 …)


def _is_name(token: str) -> bool:
    if "·" in token or "•" in token:
        parts = re.split(r"[·•]", token)
        return (
            2 <= len(parts) and all(parts) and all(is_han(c) for p in parts for c in p) and len(token) <= 12
        )
    return 1 <= len(token) <= 4 and all(is_han(c) for c in token)


_BRACKET_CHARS = frozenset(_OPEN + _CLOSE)
_ANY_ROLE = re.compile("|".join(map(re.escape, _ROLES)))
_ROLES_BY_FIRST: dict[str, list[str]] = {}
for _role in _ROLES:
    _ROLES_BY_FIRST.setdefault(_role[0], []).append(_role)


# A role composed of a paper's name, a rank and a role word: 南方周末记者, 扬子晚报记者,
# 本报首席记者, 本报驻京记者 (the fixed list above cannot hold them all).
_COMPOSED_ROLE = compile_han(
    r"(?:本报|本報|[\p{Han}]{2,4}\+|[\p{Han}]{1,8}?(?:报|報|社|网|網|台|刊|周末|新闻|新聞|客户端|客戶端))?"
    r"(?:全媒体|全媒體|融媒体|融媒體|新媒体|新媒體)?(?:首席|特派|特约|特約|见习|見習|实习|實習|资深|資深|驻[\p{Han}]{1,3}|駐[\p{Han}]{1,3})?"
    r"(?:记者|記者|通讯员|通訊員|实习生|實習生|评论员|評論員)"
)


def _split_role(token: str, glued: bool) -> tuple[list[str], str, list[str]]:
    """Peel role words off the front and 摄/报道 off the back of one token: (roles, name, suffixes)."""
    roles: list[str] = []
    if "·" in token and all(part in _ROLES for part in token.split("·")):
        return token.split("·"), "", []  # 文·图
    composed = _COMPOSED_ROLE.match(token)
    listed = any(token.startswith(role) for role in _ROLES_BY_FIRST.get(token[:1], ()))
    if composed and not listed and (composed.end() == len(token) or glued):
        roles.append(composed.group(0))
        token = token[composed.end() :]
    changed = True
    while changed and token:
        changed = False
        for role in _ROLES_BY_FIRST.get(token[0], ()):
            if token == role:
                return [*roles, role], "", []
            if glued and role in _GLUABLE_ROLES and token.startswith(role) and len(token) > len(role):
                roles.append(role)
                token = token[len(role) :]
                changed = True
                break
    for suffix in _SUFFIXES:
        if token.endswith(suffix) and len(token) > len(suffix) and _is_name(token[: -len(suffix)]):
            return roles, token[: -len(suffix)], [suffix]
    return roles, token, []


# A news organisation credited in brackets: (法新社), (路透社), 【南京日报报道】, (新华网).
_ORGANISATION = compile_han(
    r"[\p{Han}]{1,8}(?:通讯社|通訊社|社|日报|日報|晚报|晚報|电视台|電視台|网|網)(?:报道|報道|报导|報導|电|電|讯|訊)?"
)


def parse_credit(text: str, *, bracketed_names_ok: bool = True, glued: bool = True) -> Credit | None:
    """Read `text` as a credit; None unless it is nothing but roles and names.

    >>> parse_credit("(张 黎 郭元辉)").names
    ['张黎', '郭元辉']
    >>> parse_credit("本报讯（记者 吴梦婷 通讯员 李小龙）") is None
    True
    >>> parse_credit("记者 吴梦婷 通讯员 李小龙").names
    ['吴梦婷', '李小龙']
    >>> c = parse_credit("新华社记者 李贺 摄"); (c.names, c.photo)
    (['李贺'], True)
    >>> parse_credit("文/王小明 图/赵大勇").names
    ['王小明', '赵大勇']
    >>> c = parse_credit("■ 全媒体记者 陈 晨 文/摄"); (c.names, c.photo)
    (['陈晨'], False)
    >>> parse_credit("独自在家情绪低落") is None
    True
    >>> parse_credit("〔記者林志明／台北報導〕").names
    ['林志明']
    """
    raw = text.strip()
    if not raw or len(raw) > MAX_CREDIT_CHARS:
        return None
    body = raw.lstrip(_MARKERS).strip()
    marked = body != raw.strip()
    # 新华社发（张三 摄）: a wire photo credit.
    if body.startswith(_PHOTO_AGENCIES):
        for agency in _PHOTO_AGENCIES:
            if body.startswith(agency) and body[len(agency) :].lstrip()[:1] in tuple(_OPEN):
                body = body[len(agency) :].lstrip()
                break
    bracketed = False
    if body and body[0] in _OPEN and body[-1] in _CLOSE:
        body = body[1:-1].strip()
        bracketed = True
    if bracketed and _ORGANISATION.fullmatch(body):
        return Credit(text=raw, names=[], has_role=True)  # (法新社), 【南京日报报道】: no reporter
    if not body or not _BRACKET_CHARS.isdisjoint(body):
        return None
    if not (bracketed or marked) and _ANY_ROLE.search(body) is None:
        return None  # no role word and no bracket or marker: never a credit (the cheap answer)
    parts = _SEPARATOR.split(body)
    # parts alternate: token, separator, token, ...
    names: list[tuple[str, bool]] = []  # (name, separated from the previous token by white space only)
    roles: list[str] = []
    previous_space = False
    previous_slash = False
    for index, part in enumerate(parts):
        if index % 2 == 1:
            previous_space = part.isspace()
            previous_slash = part in ("/", "／")
            continue
        if not part:
            continue
        leading, rest, suffixes = _split_role(part, glued)
        roles.extend(leading)
        roles.extend(suffixes)
        if rest and previous_slash and names and _REPORT_SUFFIXES.intersection(suffixes):
            rest = ""  # 記者陳美玲／台中報導: the word before 報導 is the place, not a name
        if rest:
            if not _is_name(rest):
                return None
            names.append((rest, previous_space and not leading))
        previous_space = False
    merged = _merge_single_characters(names)
    if not merged and body in _PHOTO_AGENCIES:
        return Credit(text=raw, names=[], photo=True, has_role=True)  # 图为…… 新华社发
    if not merged and not names and bracketed and roles:
        return Credit(text=raw, names=[], has_role=True)  # (本报记者): a role and no name
    if not merged or any(len(n) < 2 for n in merged):
        return None
    if not roles and not (((bracketed and bracketed_names_ok) or marked) and _surnames_known(merged)):
        return None
    # 文/摄 (text and photos by the same reporter) is a byline, not a photo credit.
    photo = any(r in _PHOTO_ROLES for r in roles) and not any(r in _TEXT_ROLES for r in roles)
    return Credit(text=raw, names=merged, photo=photo, has_role=bool(roles))


def _merge_single_characters(names: list[tuple[str, bool]]) -> list[str]:
    """`张 黎 郭元辉` lists 张黎 with a space inside: single characters in a row are one name."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        if len(run) in (2, 3):
            out.append("".join(run))
        else:
            for i in range(0, len(run), 2):
                out.append("".join(run[i : i + 2]))
        run.clear()

    for name, spaced in names:
        if len(name) == 1 and (not run or spaced):
            run.append(name)
            continue
        flush()
        if len(name) == 1:
            run.append(name)
        else:
            out.append(name)
    flush()
    return out


# -- at the start of a paragraph ---------------------------------------------------------

_HEAD_CHARS = 90
_WIRE = compile_han(
    r"(?:据|據)?(?:本报|本報|新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網"
    r"|[\p{Han}]{1,6}?(?:社|网|網|台|报|報))"
    r"[\p{Han}·]{0,12}?[\d〇一二三四五六七八九十]{1,3}月[\d〇一二三四五六七八九十]{1,3}日(?:专电|專電|特电|特電|电|電|讯|訊|消息)"
)
_LOCAL_NEWS = compile_han(
    "[【〔\\[]?(?:"
    + "|".join(
        both_scripts(
            (
                "本报讯",
                "本报消息",
                "本报综合消息",
                "本报电",
                "本刊讯",
                "本台消息",
                "据新华社电",
                "新华社电",
                "据中新社电",
                "央视网消息",
                "新华网消息",
                "人民网消息",
                "中新网消息",
                "光明网消息",
            )
        )
    )
    + "|[\\p{Han}]{1,6}?(?:日报|日報|晚报|晚報|报|報)(?:讯|訊)"
    # 湖北日报消息: a paper's name and 消息 (as 本报消息)
    + "|[\\p{Han}]{1,6}?(?:日报|日報|晚报|晚報)消息"
    # 海都讯, 金陵讯: a paper's short name and 讯, before a space or a bracket (not 简讯, 快讯)
    + "|(?![简快短资喜视通音电簡資視])[\\p{Han}]{2}(?:讯|訊)(?=[\\s（(])"
    + ")[】〕\\]]?"
)
# A wire dateline in brackets: 【时事社上海9月27日电】, 〔路透社华盛顿12月11日电〕.
_BRACKETED_WIRE = re.compile("[【〔\\[]" + _WIRE.pattern + "[】〕\\]]")
_REPORT = re.compile(
    r"(?:[□■◎○●]\s*)?(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[^。，,；;：:！？!?（）()]{1,32}?(?:报道|報道|报导|報導)"
)


@dataclass
class InlineByline:
    byline: str
    rest: str
    names: list[str]


def _bracket_after(text: str, start: int) -> int:
    """End (exclusive) of a credit bracket that opens at `start` after optional spaces, else `start`."""
    i = start
    while i < len(text) and text[i] in " \t\u3000":
        i += 1
    if i >= len(text) or text[i] not in _OPEN:
        return start
    close = -1
    for j in range(i + 1, min(len(text), i + MAX_CREDIT_CHARS)):
        if text[j] in _CLOSE:
            close = j
            break
        if text[j] in _OPEN:
            break
    if close < 0:
        return start
    inside = text[i : close + 1]
    if parse_credit(inside) is None:
        return start
    return close + 1


def leading_byline(paragraph: str) -> InlineByline | None:
    """A byline or wire dateline glued to the start of a paragraph, and the text after it.

    >>> b = leading_byline("本报讯 (记者 吴梦婷) “这样的形式……”")
    >>> b.byline, b.rest, b.names
    ('本报讯 (记者 吴梦婷)', '“这样的形式……”', ['吴梦婷'])
    >>> leading_byline("据新华社北京4月2日电（记者  吴雨）记者2日从中国人民银行获悉").names
    ['吴雨']
    >>> leading_byline("新华社北京4月2日电 国家统计局今天发布").byline
    '新华社北京4月2日电'
    >>> leading_byline("他在4月2日电话中说") is None
    True
    >>> b = leading_byline("【时事社上海9月27日电】世界知名的企业"); (b.byline, b.rest, b.names)
    ('【时事社上海9月27日电】', '世界知名的企业', [])
    """
    head = paragraph[:_HEAD_CHARS]
    end = 0
    match = _LOCAL_NEWS.match(head) or _WIRE.match(head) or _BRACKETED_WIRE.match(head)
    if match:
        end = match.end()
        after = head[end : end + 1]
        agency = match.group(0)
        closed = agency[-1] in _CLOSE  # 【时事社上海9月27日电】正文: the bracket ends the dateline
        if after and not (closed or after.isspace() or after in _OPEN or after in "：:"):
            if not agency.lstrip("据據【〔[").startswith(_AGENCIES):
                return None
        bracket_end = _bracket_after(head, end)
        if bracket_end == end:
            report = _REPORT.match(head, end)
            if report and parse_credit(report.group(0)) is not None:
                bracket_end = report.end()  # 【本報訊】記者黃瑞芬報道：
        end = bracket_end if bracket_end != end else _bare_credit_after(head, end)
    elif head[:1] in _OPEN and _bracket_after(head, 0) > 0:
        # 〔記者林志明／台北報導〕行政院今天…: a bracket credit naming a role opens the paragraph.
        end = _bracket_after(head, 0)
        credit = parse_credit(head[:end])
        if credit is None or not credit.has_role or credit.photo or not head[end:].strip():
            return None
    else:
        match = _REPORT.match(head)
        if not match or parse_credit(match.group(0)) is None:
            return None
        end = match.end()
    # A colon after the credit (记者 X 报道：) belongs to the byline, so no character is lost.
    while end < len(paragraph) and paragraph[end] in " \t\u3000：:":
        end += 1
    byline = paragraph[:end].strip()
    rest = paragraph[end:]
    names: list[str] = []
    credit = _credit_inside(byline)
    if credit:
        names = credit.names
    return InlineByline(byline=byline, rest=rest, names=names)


def _bare_credit_after(text: str, start: int) -> int:
    """End of an unbracketed credit after a dateline (`本报讯 记者 张三 近日…`), else `start`.

    The credit must name a role and be followed by white space before the text goes on.
    """
    window = text[start : start + MAX_CREDIT_CHARS + 4]
    tokens = list(re.finditer(r"\S+", window))
    for count in range(min(len(tokens) - 1, 8), 0, -1):
        end = tokens[count - 1].end()
        credit = parse_credit(window[:end])
        if credit is not None and credit.has_role and not credit.photo:
            return start + end
    return start


def _credit_inside(byline: str) -> Credit | None:
    """The names of a dateline's bracket or bare credit, or of a `记者 X 报道` byline."""
    match = _LOCAL_NEWS.match(byline) or _WIRE.match(byline)
    rest = byline[match.end() :].strip() if match else byline
    credit = parse_credit(rest) if rest else None
    if credit is not None:
        return credit
    for i, ch in enumerate(byline):
        if ch in _OPEN:
            return parse_credit(byline[i:])
    return None


# -- at the end of a paragraph ------------------------------------------------------------

_TAIL_CHARS = 60


# A closing credit naming an institution, in brackets: （某某公司党委）, （县委宣传部供稿）.
_INSTITUTION = compile_han(
    r"[（(][\p{Han}·]{2,20}?(?:党委|党组|党支部|委员会|委|办公室|办|局|部|厅|中心|公司|集团|协会|学会|联合会|"
    r"学校|学院|大学|医院|街道|政府|镇|乡|村|社区|所|站|队|院|处|科|会|银行|供稿)[）)]"
)
# A note on where the story came from, set after it: （线索来自本报新闻热线2830110）.
_TIP_NOTE = re.compile(r"[（(][^（）()]{0,30}(?:热线|熱線|线索|線索|爆料|稿源)[^（）()]{0,30}[）)]")
# The end mark of a story, kept as a credit, not as text: （完）.
_END_MARK = re.compile(r"[（(\[［]完[）)\]］]")


def institution_credit(text: str) -> bool:
    """A closing credit that names an institution, or the end mark （完）.

    >>> institution_credit("（某某公司党委）"), institution_credit("（完）"), institution_credit("（二）")
    (True, True, False)
    """
    stripped = text.strip()
    return bool(_INSTITUTION.fullmatch(stripped) or _END_MARK.fullmatch(stripped))


def _closing_mark(text: str) -> tuple[str, Credit] | None:
    """A wire dateline, an institution credit or （完） glued after the last sentence."""
    for pattern in (_END_MARK, _INSTITUTION, _TIP_NOTE):
        window = text[-40:]
        match = next(reversed(list(pattern.finditer(window))), None)  # the last one
        if match is not None and match.end() == len(window):
            cut = len(text) - len(window) + match.start()
            before = text[:cut].rstrip()
            if before and before[-1] in _FINAL:
                return before, Credit(text=text[cut:].strip(), names=[], has_role=True)
    for cut in range(max(0, len(text) - 30), len(text)):
        if cut > 0 and text[cut - 1].isspace() and not text[cut].isspace():
            tail = text[cut:].strip()
            before = text[:cut].rstrip()
            if _WIRE.fullmatch(tail) and before and before[-1] in _FINAL:
                return before, Credit(text=tail, names=[], has_role=True)
    return None


def trailing_credit(paragraph: str) -> tuple[str, Credit] | None:
    """A credit glued to the end of a paragraph, after its last sentence: (text before, credit).

    >>> trailing_credit("……将于下月开放。(张 黎 郭元辉)")[1].names
    ['张黎', '郭元辉']
    >>> trailing_credit("……预计2025年竣工投产。徐晶玮 摄")[1].text
    '徐晶玮 摄'
    >>> trailing_credit("区委组织部(人才办)") is None
    True
    >>> trailing_credit("他们正在拍摄") is None
    True
    >>> trailing_credit("……欣賞燈飾。（記者王大同攝）")[1].names
    ['王大同']
    """
    text = paragraph.rstrip()
    if text[-2:-1] in _CLOSE and text[-1:] in ("?", "\ufffd"):
        text = text[:-1]  # (吕劲)?: a character the copy could not convert, after the credit
    if not text or not (text[-1] in _CLOSE or is_han(text[-1])):
        return None
    closing = _closing_mark(text)
    if closing is not None:
        return closing
    tail_start = max(0, len(text) - _TAIL_CHARS)
    tail = text[tail_start:]
    # A credit starts right after a sentence's end or after white space.
    for i in range(len(tail)):
        boundary = (i == 0 and tail_start == 0) or (
            i > 0 and (tail[i - 1] in _FINAL or tail[i - 1].isspace())
        )
        if not boundary or tail[i].isspace():
            continue
        candidate = tail[i:]
        # Inside brackets a role may be glued to the name: （記者王大同攝）.
        credit = parse_credit(candidate, glued=candidate[0] in _OPEN or candidate.startswith(_GLUABLE_ROLES))
        if credit is None:
            continue
        before = text[: tail_start + i].rstrip()
        if not before and not credit.photo:
            return None  # the whole paragraph is a credit: a byline line, not a trailing credit
        if not credit.has_role and candidate[0] not in _OPEN + _MARKERS:
            continue
        return before, credit
    return None


def photo_credit_line(text: str) -> Credit | None:
    """A line that is only a photo credit: `徐晶玮 摄`, `（新华社记者 李贺 摄）`."""
    credit = parse_credit(text, glued=True)
    if credit and credit.photo:
        return credit
    return None


def byline_line(text: str) -> Credit | None:
    """A line that is only a byline: `本报记者  左妍`, `□ 记者 何新雨`, `(张 黎 郭元辉)`, `本报讯 (记者 X)`.

    >>> byline_line("本报记者  左妍").names
    ['左妍']
    >>> byline_line("□记者 何新雨").names
    ['何新雨']
    >>> byline_line("记者手记") is None
    True
    >>> byline_line("本报评论员").names, byline_line("記者陳美玲／台中報導").names
    ([], ['陳美玲'])
    >>> byline_line("■ 南方周末记者 张三  南方周末实习生 李四").names, byline_line("本报首席记者 王芳").names
    (['张三', '李四'], ['王芳'])
    >>> byline_line("文·图/本报记者 张三").names
    ['张三']
    >>> byline_line("来源：常州日报").text, byline_line("来源于群众的智慧") is None
    ('来源：常州日报', True)
    """
    stripped = text.strip()
    if len(stripped) > MAX_CREDIT_CHARS:
        return None
    if stripped.lstrip(_MARKERS).strip() in _INSTITUTIONS or _SOURCE_LINE.match(stripped):
        return Credit(text=stripped, names=[], has_role=True)
    credit = parse_credit(stripped, glued=_glue_allowed(stripped))
    if credit and not credit.photo:
        return credit
    inline = leading_byline(stripped)
    if inline and not inline.rest:
        return Credit(text=stripped, names=inline.names, has_role=True)
    return None


def _glue_allowed(text: str) -> bool:
    body = text.lstrip(_MARKERS + " \t\u3000" + _OPEN)
    # "记者手记" is a heading; "本报记者张三" and "□记者张三" are bylines.
    # 記者陳美玲／台中報導: the Taiwan form glues the role to the name before a slash.
    slashed = ("／" in text or "/" in text) and text.rstrip().endswith(tuple(_REPORT_SUFFIXES))
    return text[:1] in _MARKERS or body.startswith(_AGENCIES) or text[:1] in _OPEN or slashed


# -- page notes: jump lines and author notes ----------------------------------------------

# A story continued on another page: （下转第2版）, （上接第1版）, （转A3版）. The jump line belongs
# to the story (kept with its credits) but is not its text.
_JUMP = (
    r"[（(](?:(?:下转|下轉|上接|紧接|緊接|转|轉|接|续|續)(?:第\s*)?"
    r"|(?:相关|相關|详细|詳細)?(?:报道|報道|评论|評論|新闻|新聞)?(?:详|詳)?见(?:本报)?(?:今日)?(?:第\s*)?)"
    r"[\dA-Za-z一二三四五六七八九十]{1,3}\s*(?:版|页|頁)[）)]"
)
# On a line of its own the jump may stand without brackets: 下转第3版, ▶ 转A2版.
_JUMP_LINE = re.compile(
    _JUMP + r"|[▶►→]?\s*(?:下转|下轉|上接|紧接|緊接|转|轉|接|续|續|详见|詳見|见|見)(?:第\s*)?"
    r"[\dA-Za-z一二三四五六七八九十]{1,3}\s*(?:版|页|頁)\s*[▶►→]?"
)
_JUMP_HEAD = re.compile(_JUMP + r"\s*")
_JUMP_TAIL = re.compile(r"\s*" + _JUMP + r"\s*$")
# The author's note after a commentary: （作者为南京大学经济学院教授）, （作者单位：…）.
_AUTHOR_NOTE = re.compile(r"[（(]\s*作者(?:为|為|系|係|是|单位|單位|简介|簡介)[^（）()]{2,48}[）)]")


def note_line(text: str) -> bool:
    """A line that is a jump line or an author's note, not text of the story.

    >>> note_line("（下转第2版）"), note_line("(上接第1版)"), note_line("（作者为南京大学经济学院教授）")
    (True, True, True)
    >>> note_line("（受访者供图）"), note_line("（下转第2版）全区…")
    (False, False)
    """
    stripped = text.strip()
    return bool(
        _JUMP_LINE.fullmatch(stripped) or _AUTHOR_NOTE.fullmatch(stripped) or institution_credit(stripped)
    )


def continues_from(text: str) -> bool:
    """A jump line saying the story goes on from another page (上接第1版), not to one (下转第2版).

    >>> continues_from("（上接第1版）"), continues_from("（紧接第1版）"), continues_from("（下转第2版）")
    (True, True, False)
    """
    flat = text.strip().lstrip("（(▶►→ ")
    return flat.startswith(("上接", "紧接", "緊接", "接", "续", "續"))


def is_author_note(text: str) -> bool:
    """An author's note or another closing credit: kept as the item's credit."""
    stripped = text.strip()
    return _AUTHOR_NOTE.fullmatch(stripped) is not None or institution_credit(stripped)


def split_jumps(paragraph: str) -> tuple[str, str, str]:
    """A paragraph's jump lines glued to its start or end: (jump before, text, jump after).

    >>> split_jumps("帮助种植户拓宽销路。(下转第2版)")
    ('', '帮助种植户拓宽销路。', '(下转第2版)')
    >>> split_jumps("（上接第1版）从投资看，前三季度……")
    ('（上接第1版）', '从投资看，前三季度……', '')
    """
    head = ""
    match = _JUMP_HEAD.match(paragraph)
    if match and match.end() < len(paragraph):
        head = paragraph[: match.end()].rstrip()
        paragraph = paragraph[match.end() :]
    tail = ""
    window = paragraph[-24:]  # a bounded tail: a long line costs no more than a short one
    match = _JUMP_TAIL.search(window)
    cut = len(paragraph) - len(window) + match.start() if match else 0
    if cut > 0:
        tail = paragraph[cut:].strip()
        paragraph = paragraph[:cut]
    return head, paragraph, tail


def author_name_line(text: str) -> Credit | None:
    """A bare author name set on its own line (under a commentary's headline): `王立新`, `赵 敏`.

    Only a common surname and two or three characters in all (four with a compound surname);
    the parser asks only about the last line of a heading stack that body text follows.

    >>> author_name_line("赵 敏").names, author_name_line("王立新").names
    (['赵敏'], ['王立新'])
    >>> author_name_line("新征程") is None, author_name_line("高质量发展") is None
    (True, True)
    """
    tokens = text.split()
    if not tokens or (len(tokens) > 1 and any(len(t) != 1 for t in tokens)):
        return None
    name = "".join(tokens)
    limit = 4 if name.startswith(_COMPOUND_SURNAMES) else 3
    if not (2 <= len(name) <= limit and all(is_han(c) for c in name) and _has_surname(name)):
        return None
    return Credit(text=text.strip(), names=[name], has_role=False)


def dateline_at(text: str, position: int) -> bool:
    """A wire or local dateline opens `text` at `position`: 新华社北京8月1日电, 本报讯, 【路透社…电】.

    >>> dateline_at("标题   新华社北京8月1日电 近日", 5), dateline_at("他在4月2日电话中说", 0)
    (True, False)
    """
    head = text[position : position + _HEAD_CHARS]
    if head[:1] in "【〔[":
        inner = head[1:]
        return _WIRE.match(inner) is not None
    return _LOCAL_NEWS.match(head) is not None or _WIRE.match(head) is not None


# Titles that stand before a name in a credit the labeller has read as one (社长 X 总编 Y).
_TITLES = frozenset(
    both_scripts(("社长", "总编", "总编辑", "主编", "副主编", "编辑", "责编", "作者", "图", "文"))
)


def credit_names(text: str) -> list[str]:
    """The names in a line already read as a credit, in the forms parse_credit leaves out:
    bare names (`毛锦伟 栗思 郑朕`), titles before names (`社长 陈同昌 总编 陈鑫钊`), a paper's
    role word (`N海都记者 陈文浩`), a bracketed credit after a dateline (`…电】题:…(记者里奇·米勒)`).
    [] unless every word is a role, a title or a name.

    >>> credit_names("毛锦伟 栗思 郑朕 唐乙隽"), credit_names("社长 陈同昌 总编 陈鑫钊")
    (['毛锦伟', '栗思', '郑朕', '唐乙隽'], ['陈同昌', '陈鑫钊'])
    >>> credit_names("N海都记者 陈文浩"), credit_names("【路透社华盛顿12月11日电】题:好事做过了头?(记者里奇·米勒)")
    (['陈文浩'], ['里奇·米勒'])
    >>> credit_names("2009-06-17 09:09:45"), credit_names("图:王湧 汪昊 胡蝶飞")
    ([], ['王湧', '汪昊', '胡蝶飞'])
    """
    body = text.strip().lstrip(_MARKERS).strip()
    if not body or len(body) > 2 * MAX_CREDIT_CHARS:
        return []
    if body[0] in _OPEN and body[-1] in _CLOSE and _BRACKET_CHARS.isdisjoint(body[1:-1]):
        body = body[1:-1]
    elif not _BRACKET_CHARS.isdisjoint(body):
        # A dateline or note before a bracketed credit: the last bracket's names.
        for start in range(len(body) - 1, -1, -1):
            if body[start] in _OPEN:
                credit = parse_credit(body[start:], glued=True)
                return credit.names if credit is not None else []
        return []
    names: list[tuple[str, bool]] = []
    for index, part in enumerate(_SEPARATOR.split(body)):
        if index % 2 == 1 or not part:
            continue
        if part in _TITLES or part in _ROLES:
            continue
        roles, rest, _suffixes = _split_role(part, True)
        if not roles:
            role = _ANY_ROLE.search(part)
            if role is not None and role.end() == len(part):
                continue  # N海都记者: a paper's role word with a mark before it
        if not rest:
            continue
        if not _is_name(rest):
            return []
        names.append((rest, not roles))
    merged = _merge_single_characters(names)
    return [] if any(len(name) < 2 for name in merged) else merged
