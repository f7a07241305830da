"""Key sentences: TextRank over an article's sentences (jieba's words, from the bundled word
list), deterministic, taken from the article itself."""

from __future__ import annotations

from digest.key_sentences import key_sentences, split_sentences, words
from digest.sample import load_sample


def test_sentences_keep_their_punctuation_and_closing_quotes():
    assert split_sentences(["他说：“好。”然后走了！最后", "第二段；还有?"]) == [
        "他说：“好。”",
        "然后走了！",
        "最后",
        "第二段；",
        "还有?",
    ]
    assert split_sentences(["", "  "]) == []


def test_key_sentences_are_the_articles_own_and_the_same_every_time():
    project = load_sample()
    article = max(project.articles, key=lambda a: len("".join(a.paragraphs)))
    body = "".join(article.paragraphs)
    first = key_sentences(article.paragraphs)
    assert len(first) == 3
    assert all(k.text in body for k in first)  # sentences of the article, verbatim
    assert [k.index for k in first] == sorted(k.index for k in first)  # in article order
    assert key_sentences(list(article.paragraphs)) == first  # deterministic
    others = [
        k for k in key_sentences(article.paragraphs, count=100) if k.index not in {f.index for f in first}
    ]
    assert others and max(o.score for o in others) <= min(k.score for k in first)  # they outrank the rest


def test_the_sentence_sharing_most_words_with_the_rest_ranks_first():
    paragraphs = [
        "区政协组织委员围绕营商环境开展专题调研。",
        "今天天气晴朗，公园里有很多游客散步。",
        "委员们就营商环境提出建议，区政协将持续跟进营商环境问题。",
        "区政协委员调研营商环境，企业家反映融资难题。",
        "晚上的音乐会吸引了许多市民前来观看。",
    ]
    top = key_sentences(paragraphs, count=2)
    assert len(top) == 2 and {k.index for k in top} <= {0, 2, 3}  # the unrelated 1 and 4 are left out


def test_short_articles_give_what_they_have():
    assert [k.text for k in key_sentences(["只有一句话的短讯内容。"])] == ["只有一句话的短讯内容。"]
    assert key_sentences(["图为"]) == []  # too short to carry content
    assert key_sentences([]) == []


def test_words_are_jiebas_without_loading_jieba():
    import jieba

    sentence = "区政协组织委员围绕营商环境开展专题调研，企业家反映融资难题"
    assert words(sentence) == [w for w in jieba.lcut(sentence, HMM=False) if len(w) >= 2]
    assert "的" not in words("我们的营商环境")  # single characters and function words are left out
    assert "我们" not in words("我们的营商环境")
    assert words("GDP增长16.9%") == ["GDP", "增长", "16.9%"]
