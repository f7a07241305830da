"""Names in pinyin for English bylines: surnames from the table, given names through pypinyin."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.language import english_byline, english_name
from digest.language.names import COMPOUND_SURNAMES, SURNAME_READINGS

ROOT = Path(__file__).resolve().parents[2]

# (name, expected) — every heteronym and compound surname named in the brief, plus
# ordinary names and the bylines of the sample pages.
NAMES = [
    ("吴梦婷", "Wu Mengting"),
    ("万峰鸣", "Wan Fengming"),
    ("何新雨", "He Xinyu"),
    ("徐晶玮", "Xu Jingwei"),
    ("郑政平", "Zheng Zhengping"),
    ("左妍", "Zuo Yan"),
    ("潘高峰", "Pan Gaofeng"),
    ("吴雨", "Wu Yu"),
    ("马丹", "Ma Dan"),
    ("吴翔", "Wu Xiang"),
    ("林晓明", "Lin Xiaoming"),
    # heteronym single surnames
    ("单雄", "Shan Xiong"),
    ("曾群", "Zeng Qun"),
    ("解放", "Xie Fang"),
    ("仇明", "Qiu Ming"),
    ("朴树", "Piao Shu"),
    ("查良镛", "Zha Liangyong"),
    ("区志军", "Ou Zhijun"),
    ("盖伟", "Ge Wei"),
    ("乐嘉", "Yue Jia"),
    ("覃红", "Qin Hong"),
    ("缪文", "Miao Wen"),
    ("尉林", "Yu Lin"),
    ("华俊", "Hua Jun"),
    ("种师道", "Chong Shidao"),
    ("秘书明", "Bi Shuming"),
    ("任静", "Ren Jing"),
    ("纪伟", "Ji Wei"),
    ("翟志刚", "Zhai Zhigang"),
    ("燕妮", "Yan Ni"),
    ("便民", "Pian Min"),
    ("句龙", "Gou Long"),
    ("召军", "Shao Jun"),
    ("柏林", "Bai Lin"),
    ("蕃红", "Pi Hong"),
    ("重阳", "Chong Yang"),
    # compound surnames
    ("欧阳文", "Ouyang Wen"),
    ("司马光", "Sima Guang"),
    ("上官婉儿", "Shangguan Wan'er"),
    ("诸葛亮", "Zhuge Liang"),
    ("东方明", "Dongfang Ming"),
    ("皇甫松", "Huangfu Song"),
    ("令狐冲", "Linghu Chong"),
    ("慕容复", "Murong Fu"),
    ("尉迟恭", "Yuchi Gong"),
    ("公孙胜", "Gongsun Sheng"),
    ("夏侯杰", "Xiahou Jie"),
    ("宇文泰", "Yuwen Tai"),
    ("司徒雷", "Situ Lei"),
    ("端木林", "Duanmu Lin"),
    ("澹台明", "Tantai Ming"),
    ("公冶平", "Gongye Ping"),
    ("宗政文", "Zongzheng Wen"),
    ("濮阳晨", "Puyang Chen"),
    ("淳于琼", "Chunyu Qiong"),
    ("单于宏", "Chanyu Hong"),
    ("太叔仪", "Taishu Yi"),
    ("申屠刚", "Shentu Gang"),
    ("轩辕明", "Xuanyuan Ming"),
    ("呼延庆", "Huyan Qing"),
    ("南宫敏", "Nangong Min"),
    ("钟离春", "Zhongli Chun"),
    ("闻人杰", "Wenren Jie"),
    ("长孙无忌", "Zhangsun Wuji"),
    ("万俟卨", "Moqi Xie"),
    # ü, apostrophes, spacing
    ("吕方", "Lü Fang"),
    ("李女", "Li Nü"),
    ("王西安", "Wang Xi'an"),
    ("李海鸥", "Li Hai'ou"),
    ("张 黎", "Zhang Li"),
    ("欧阳 文静", "Ouyang Wenjing"),
    (" 郭元辉 ", "Guo Yuanhui"),
    ("张　黎", "Zhang Li"),
    # Traditional characters (zh_Hant editions)
    ("歐陽文", "Ouyang Wen"),
    ("單雄", "Shan Xiong"),
    ("長孫無忌", "Zhangsun Wuji"),
    ("呂方", "Lü Fang"),
    ("曾國藩", "Zeng Guofan"),
]


@pytest.mark.parametrize(("name", "expected"), NAMES)
def test_english_name(name: str, expected: str) -> None:
    assert english_name(name) == expected


def test_table_covers_every_surname_in_the_brief() -> None:
    heteronyms = "单曾解仇朴查区盖乐覃缪尉华种秘任纪翟燕万便句召柏蕃重"
    compounds = (
        "欧阳 司马 上官 诸葛 东方 皇甫 令狐 慕容 尉迟 公孙 夏侯 宇文 司徒 端木 澹台 公冶 宗政 濮阳 "
        "淳于 单于 太叔 申屠 轩辕 呼延 南宫 钟离 闻人 长孙 万俟"
    ).split()
    tested = [name.strip() for name, _ in NAMES]
    assert len(NAMES) >= 40
    for surname in heteronyms:
        assert surname in SURNAME_READINGS
        assert any(n.startswith(surname) and n[:2] not in COMPOUND_SURNAMES for n in tested), surname
    for surname in compounds:
        assert surname in COMPOUND_SURNAMES
        assert any(n.startswith(surname) for n in tested), surname


def test_surname_reading_is_not_the_common_word() -> None:
    # pypinyin alone reads these as words; the byline must not.
    assert english_name("单雄") != "Dan Xiong"
    assert english_name("曾群") != "Ceng Qun"
    assert english_name("朴树") != "Pu Shu"


@pytest.mark.parametrize(
    ("name", "lu", "expected"),
    [
        ("吕方", "Lü", "Lü Fang"),
        ("吕方", "Lyu", "Lyu Fang"),
        ("闾丘明", "Lyu", "Lyuqiu Ming"),
        ("李女", "Lyu", "Li Nyu"),
        ("张绿", "Lü", "Zhang Lü"),
        ("张绿", "Lyu", "Zhang Lyu"),
    ],
)
def test_u_umlaut_never_v(name: str, lu: str, expected: str) -> None:
    result = english_name(name, lu=lu)
    assert result == expected
    assert "v" not in result.lower()


def test_middle_dot_names_keep_their_parts() -> None:
    result = english_name("买买提·吐尔逊")
    assert result == "Maimaiti Tuerxun"
    assert english_name("买买提 · 吐尔逊") == result


@pytest.mark.parametrize("text", ["John Smith", "  Anna ", "Wu Mengting", "😀", "张three", "123", "记者:"])
def test_non_han_returned_stripped(text: str) -> None:
    assert english_name(text) == text.strip()


def test_single_character_is_a_surname() -> None:
    assert english_name("曾") == "Zeng"


def test_bad_input_never_raises() -> None:
    assert english_name("") == ""
    assert english_name(None) == ""  # type: ignore[arg-type]
    assert english_name("吴" * 100_000).startswith("Wu ")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12))
def test_english_name_never_raises(text: str) -> None:
    assert isinstance(english_name(text), str)
    assert isinstance(english_name(text, lu="Lyu"), str)


@pytest.mark.parametrize(
    ("names", "role", "expected"),
    [
        (["吴梦婷"], "reporter", "By Wu Mengting"),
        (["吴梦婷", "万峰鸣"], "reporter", "By Wu Mengting and Wan Fengming"),
        (["吴梦婷", "万峰鸣", "何新雨"], "reporter", "By Wu Mengting, Wan Fengming and He Xinyu"),
        (["徐晶玮"], "photo", "Photo: Xu Jingwei"),
        (["张 黎", "郭元辉"], "photo", "Photo: Zhang Li and Guo Yuanhui"),
        ([], "reporter", ""),
        (["", "  "], "reporter", ""),
    ],
)
def test_english_byline(names: list[str], role: str, expected: str) -> None:
    assert english_byline(names, role) == expected


def test_byline_passes_lu_through() -> None:
    assert english_byline(["吕方"], lu="Lyu") == "By Lyu Fang"


def test_import_is_light() -> None:
    """Importing the language desk must not load pypinyin or jieba (they cost seconds)."""
    code = (
        "import sys, digest.language, digest.language.names, digest.language.figures\n"
        "heavy = [m for m in ('pypinyin', 'jieba', 'PySide6') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_reading_names_does_not_import_pypinyin() -> None:
    """Bylines read pypinyin's single-character table directly (the package costs 0.2-0.5 s)."""
    code = (
        "import sys\n"
        "from digest.language.names import english_byline\n"
        "print(english_byline(['吴梦婷', '单雄', '欧阳文静', '李海鸥']))\n"
        "print(','.join(m for m in ('pypinyin', 'jieba') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    byline, heavy = out.stdout.splitlines()
    assert byline == "By Wu Mengting, Shan Xiong, Ouyang Wenjing and Li Hai'ou"
    assert heavy == ""


@pytest.mark.parametrize(
    "text", ["吴梦婷", "吕", "女", "曾国藩", "长孙无忌", "买买提吐尔逊", "李海鸥", "𠀀字", "ㄅ"]
)
def test_table_readings_match_pypinyin_without_phrases(text: str) -> None:
    # Given names are read character by character: pypinyin's first reading of each character.
    from pypinyin import Style, lazy_pinyin

    from digest.language.names import _read

    expected = [lazy_pinyin(ch, style=Style.NORMAL, errors="ignore", v_to_u=True) for ch in text]
    assert _read(text) == [s.lower() for part in expected for s in part if s.strip()]


def test_first_readings_cache_is_used_and_survives_damage(tmp_path, monkeypatch) -> None:
    from digest.language import names

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(names, "_cache_file", lambda table: tmp_path / "pinyin" / "first.txt")
    names._readings.cache_clear()
    try:
        assert names._read("吴梦婷") == ["wu", "meng", "ting"]
        cache = tmp_path / "pinyin" / "first.txt"
        assert cache.exists()
        names._readings.cache_clear()
        monkeypatch.setattr(names.json, "loads", lambda text: pytest.fail("parsed the JSON again"))
        assert names._read("吕女") == ["lü", "nü"]  # from the cache
        monkeypatch.undo()
        monkeypatch.setattr(names, "_cache_file", lambda table: tmp_path / "pinyin" / "first.txt")
        cache.write_text("garbage", encoding="utf-8")
        names._readings.cache_clear()
        assert names._read("曾国藩") == ["ceng", "guo", "fan"]  # damaged: parsed and rewritten
        assert cache.read_text(encoding="utf-8").startswith("JBPY1")
    finally:
        names._readings.cache_clear()
