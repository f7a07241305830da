"""Chinese personal names in pinyin for English bylines (GB/T 28039-2011).

Surname first, capitalised; the given name's syllables joined and capitalised once
(吴梦婷 → Wu Mengting). pypinyin reads a surname as a common word (单 dān, 曾 céng),
so surnames come from a table here and only the given name is read, character by character,
from pypinyin's single-character table (loaded on first use, without importing pypinyin).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from digest import paths
from digest.text import HAN_CLASS

# Compound (two-character) surnames. Checked before single ones.
COMPOUND_SURNAMES: dict[str, str] = {
    "欧阳": "ouyang", "司马": "sima", "上官": "shangguan", "诸葛": "zhuge", "东方": "dongfang",
    "皇甫": "huangfu", "令狐": "linghu", "慕容": "murong", "尉迟": "yuchi", "公孙": "gongsun",
    "夏侯": "xiahou", "宇文": "yuwen", "司徒": "situ", "端木": "duanmu", "澹台": "tantai",
    "公冶": "gongye", "宗政": "zongzheng", "濮阳": "puyang", "淳于": "chunyu", "单于": "chanyu",
    "太叔": "taishu", "申屠": "shentu", "轩辕": "xuanyuan", "呼延": "huyan", "南宫": "nangong",
    "钟离": "zhongli", "闻人": "wenren", "长孙": "zhangsun", "万俟": "moqi", "司空": "sikong",
    "西门": "ximen", "百里": "baili", "东郭": "dongguo", "公羊": "gongyang", "独孤": "dugu",
    "拓跋": "tuoba", "赫连": "helian", "第五": "diwu", "谷梁": "guliang", "左丘": "zuoqiu",
    "梁丘": "liangqiu", "段干": "duangan", "东门": "dongmen", "羊舌": "yangshe", "微生": "weisheng",
    "乐正": "yuezheng", "巫马": "wuma", "公西": "gongxi", "漆雕": "qidiao", "壤驷": "rangsi",
    "公良": "gongliang", "颛孙": "zhuansun", "仲孙": "zhongsun", "鲜于": "xianyu", "闾丘": "lüqiu",
    "亓官": "qiguan", "司寇": "sikou", "即墨": "jimo", "宰父": "zaifu", "夹谷": "jiagu",
    "南门": "nanmen", "东里": "dongli", "叱干": "chigan", "子车": "ziju",
}  # fmt: skip

# Single surnames whose surname reading differs from pypinyin's everyday reading,
# plus a few pypinyin gets right today, pinned so an upgrade cannot change a byline.
SURNAME_READINGS: dict[str, str] = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "区": "ou",
    "盖": "ge", "乐": "yue", "覃": "qin", "缪": "miao", "尉": "yu", "华": "hua", "种": "chong",
    "秘": "bi", "任": "ren", "纪": "ji", "翟": "zhai", "燕": "yan", "万": "wan", "便": "pian",
    "句": "gou", "召": "shao", "柏": "bai", "蕃": "pi", "重": "chong", "长": "chang", "黑": "he",
    "员": "yun", "隗": "wei", "折": "she", "祭": "zhai", "阚": "kan", "薄": "bo", "卜": "bu",
    "都": "du", "藏": "zang", "莘": "shen", "适": "kuo", "能": "nai", "牟": "mou", "行": "hang",
    "繁": "po", "炅": "gui", "乜": "nie", "吕": "lü", "闾": "lü", "沈": "shen", "石": "shi",
    "贾": "jia", "褚": "chu", "冼": "xian", "曲": "qu", "宿": "su", "澄": "cheng", "阿": "a",
    "洗": "xian", "参": "shen", "家": "jia", "朝": "chao", "粘": "nian", "哈": "ha", "那": "na",
}  # fmt: skip

# Traditional forms of the characters in the tables, so 歐陽文 and 單雄 read like 欧阳文 and 单雄.
_TRADITIONAL = str.maketrans(
    "歐陽馬諸東遲孫臺單軒轅宮鍾離聞長萬樸區蓋樂繆華種紀呂閭祕顓鮮駟門車葉",
    "欧阳马诸东迟孙台单轩辕宫钟离闻长万朴区盖乐缪华种纪吕闾秘颛鲜驷门车叶",
)

_HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
# Middle dots used between the parts of ethnic-minority and transliterated names.
_DOTS = "·•‧・･⋅∙"
_NAME_SHAPE = re.compile(f"^[{HAN_CLASS}{_DOTS}\\s]+$")
_SPLIT_DOTS = re.compile(f"\\s*[{_DOTS}]\\s*")
_VOWEL_START = ("a", "o", "e")


def _ue(syllable: str, lu: str) -> str:
    """Write ü as chosen: "Lü" style keeps ü, "Lyu" style writes yu (never v)."""
    syllable = syllable.replace("v", "ü")
    if lu.lower().startswith("lyu"):
        syllable = syllable.replace("ü", "yu")
    return syllable


def _join_syllables(syllables: list[str]) -> str:
    """Join pinyin syllables, with an apostrophe before a/o/e after another syllable (Xi'an)."""
    out = ""
    for syllable in syllables:
        if out and syllable[:1] in _VOWEL_START:
            out += "'"
        out += syllable
    return out


# Tone marks pypinyin's tables put on vowels (and on m, n, ê); the diaeresis of ü is kept.
_TONELESS = str.maketrans(
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ",
    "aaaaeeeeiiiioooouuuuüüüünnnm",
)
_TONE_MARKS = re.compile("[\u0300-\u0307\u0309-\u036f]")  # combining marks but U+0308 (¨)


_DENSE = (0x3400, 0x9FFF)  # Ext A and the unified ideographs: one line per code point in the cache
_CACHE_MAGIC = "JBPY1"


def _table_path() -> Path | None:
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).with_name("pinyin_dict.json")
    return path if path.is_file() else None


def _cache_file(table: Path) -> Path:
    stat = table.stat()
    key = f"{_CACHE_MAGIC}|{table.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:20]
    return paths.cache_dir("pinyin") / f"first-readings-{digest}.txt"


def _pack(table: dict[str, str]) -> str:
    """First readings as text: a line per code point of _DENSE (empty when none), then the rest."""
    lo, hi = _DENSE
    dense = [""] * (hi - lo + 1)
    extra = []
    for key, readings in table.items():
        code, first = int(key), readings.split(",", 1)[0].strip()
        if lo <= code <= hi:
            dense[code - lo] = first
        else:
            extra.append(f"{code}\t{first}")
    return "\n".join([_CACHE_MAGIC, *dense, *extra])


def _unpack(text: str) -> Callable[[int], str | None]:
    lo, hi = _DENSE
    lines = text.split("\n", hi - lo + 2)  # the rest (rare characters) is parsed when first asked
    if lines[0] != _CACHE_MAGIC or len(lines) < hi - lo + 2:
        raise ValueError("not a first-readings cache")
    dense = lines[1 : hi - lo + 2]
    rest = lines[hi - lo + 2] if len(lines) > hi - lo + 2 else ""
    extra: dict[str, str] = {}

    def first_reading(code: int) -> str | None:
        if lo <= code <= hi:
            return dense[code - lo] or None
        if rest and not extra:
            for line in rest.split("\n"):
                code_text, reading = line.split("\t", 1)
                extra[code_text] = reading
        return extra.get(str(code)) or None

    return first_reading


def _write_cache(cache: Path, packed: str) -> None:
    """Write the cache entry atomically and drop entries made from other pypinyin versions."""
    cache.parent.mkdir(parents=True, exist_ok=True)
    paths.atomic_write(cache, packed.encode("utf-8"))
    for old in cache.parent.glob("first-readings-*.txt"):
        if old != cache:
            old.unlink(missing_ok=True)


@functools.cache
def _readings() -> Callable[[int], str | None] | None:
    """code point -> its first reading in pypinyin's single-character table, or None.

    Read without importing pypinyin: importing it loads its phrase table and trains a segmenter
    (0.2-0.5 s per process), and a name needs neither (given names are not phrases; surnames come
    from the tables above). Parsing the 800 KB JSON table costs 10 ms, so its first readings are
    kept in the per-user cache as plain text (1 ms to load); a missing, stale or unreadable cache
    only means the JSON is parsed again.
    """
    table_path = _table_path()
    if table_path is None:
        return None
    try:
        return _unpack(_cache_file(table_path).read_text(encoding="utf-8"))
    except Exception:  # no cache yet, stale, damaged or no cache dir: read the table
        pass
    try:
        table = json.loads(table_path.read_text(encoding="utf-8"))
        packed = _pack(table)
        first_reading = _unpack(packed)
    except (OSError, ValueError, AttributeError):
        return None
    try:
        _write_cache(_cache_file(table_path), packed)
    except Exception:  # read-only home, full disk: the table still works for this process
        pass
    return first_reading


def _syllable(reading: str) -> str:
    """'lǚ' -> 'lü', 'zhōng' -> 'zhong' (pypinyin's Style.NORMAL, with ü kept as ü)."""
    plain = reading.translate(_TONELESS)
    if not plain.isascii():
        plain = unicodedata.normalize("NFC", _TONE_MARKS.sub("", unicodedata.normalize("NFD", plain)))
    return plain.lower()


def _read(chars: str) -> list[str]:
    """One syllable per character: its first (most common) reading in pypinyin's table.

    Characters without a reading (not Han) are skipped, as lazy_pinyin(errors="ignore") does.
    """
    table = _readings()
    if table is None:  # an unusual pypinyin install: ask pypinyin itself
        from pypinyin import Style, lazy_pinyin

        return [s.lower() for s in lazy_pinyin(chars, style=Style.NORMAL, errors="ignore") if s.strip()]
    out = []
    for ch in chars:
        reading = table(ord(ch))
        if reading:
            out.append(_syllable(reading))
    return out


def _split_surname(name: str, spaced_first: str | None) -> tuple[str, str]:
    """Return (surname, given). A space after one or two characters marks the surname."""
    if spaced_first and (len(spaced_first) == 1 or spaced_first.translate(_TRADITIONAL) in COMPOUND_SURNAMES):
        return spaced_first, name[len(spaced_first) :]
    if len(name) >= 3 and name[:2].translate(_TRADITIONAL) in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


def _surname_pinyin(surname: str) -> str:
    surname = surname.translate(_TRADITIONAL)
    if surname in COMPOUND_SURNAMES:
        return COMPOUND_SURNAMES[surname]
    if surname in SURNAME_READINGS:
        return SURNAME_READINGS[surname]
    return "".join(_read(surname))


def english_name(name: str, *, lu: str = "Lü") -> str:
    """A Chinese name in pinyin, surname first: 吴梦婷 → Wu Mengting; never raises.

    >>> english_name("吴梦婷")
    'Wu Mengting'
    >>> english_name("单雄"), english_name("欧阳文"), english_name("王西安")
    ('Shan Xiong', 'Ouyang Wen', "Wang Xi'an")
    >>> english_name("吕方"), english_name("吕方", lu="Lyu")
    ('Lü Fang', 'Lyu Fang')
    >>> english_name("  John Smith ")
    'John Smith'
    """
    try:
        return _english_name(name, lu)
    except Exception:  # a helper offers text; it must never break the caller
        return name.strip() if isinstance(name, str) else ""


def _english_name(name: str, lu: str) -> str:
    text = name.strip()
    if not text or not _NAME_SHAPE.match(text) or not _HAN_RUN.search(text):
        return text
    parts = [p for p in _SPLIT_DOTS.split(text) if p]
    if len(parts) > 1:
        # Transliterated names (买买提·吐尔逊): each part on its own, no surname rule and no
        # apostrophes, which belong to Chinese syllable boundaries, not to a transliteration.
        words = ["".join(p.split()) for p in parts]
        return " ".join("".join(_ue(s, lu) for s in _read(w)).capitalize() for w in words)
    tokens = text.split()
    compact = "".join(tokens)
    surname, given = _split_surname(compact, tokens[0] if len(tokens) > 1 else None)
    family = _ue(_surname_pinyin(surname), lu).capitalize()
    if not given:
        return family
    given_pinyin = _join_syllables([_ue(s, lu) for s in _read(given)]).capitalize()
    return f"{family} {given_pinyin}" if given_pinyin else family


def english_byline(names: list[str], role: str = "reporter", *, lu: str = "Lü") -> str:
    """An English byline: "By A", "By A and B", "By A, B and C"; role "photo" gives "Photo: A".

    >>> english_byline(["吴梦婷", "万峰鸣"])
    'By Wu Mengting and Wan Fengming'
    >>> english_byline(["徐晶玮"], role="photo")
    'Photo: Xu Jingwei'
    >>> english_byline([])
    ''
    """
    try:
        people = [english_name(n, lu=lu) for n in names if isinstance(n, str) and n.strip()]
    except TypeError:
        return ""
    if not people:
        return ""
    listed = people[0] if len(people) == 1 else f"{', '.join(people[:-1])} and {people[-1]}"
    return f"Photo: {listed}" if role == "photo" else f"By {listed}"


def place_name(name: str) -> str:
    """A Chinese place (or other proper) name as one pinyin word: 武进 → Wujin, 西安 → Xi'an.

    Characters without a reading are left out; text without Han characters comes back stripped.

    >>> place_name("武进"), place_name("西安"), place_name(" Wujin ")
    ('Wujin', "Xi'an", 'Wujin')
    """
    text = name.strip()
    if not _HAN_RUN.search(text):
        return text
    try:
        return _join_syllables(_read(text)).capitalize()
    except Exception:  # a helper offers text; it must never break the caller
        return text
