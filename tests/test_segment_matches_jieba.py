import jieba
import pytest

from pipelines.dedup.fingerprint import normalise_text
from pipelines.dedup.segment import segmenter
from pipelines.bench.dedup_testset import labelled_articles

MIXED = [
    "北苑街道开展统战志愿服务活动激发基层统战工作新活力",
    "培训班每周二周四开课已有80多名老人参加APP下载5G网络",
    "来源：岳塘新闻网 发布时间：2024-05-16 09:30:00",
    "志愿者們帶着電推剪㐀abc 12.5% 和、热毛巾\r\n第二段",
]


@pytest.fixture(scope="module")
def tokenizer():
    t = jieba.Tokenizer()
    t.initialize()
    return t


@pytest.mark.parametrize("text", MIXED)
def test_tokens_are_jiebas_own(tokenizer, text):
    assert segmenter().cut(text) == tokenizer.lcut(text, HMM=False)


def test_tokens_of_the_labelled_set_are_jiebas_own(tokenizer):
    for article in labelled_articles()[:60]:
        text = normalise_text(article["body"])
        assert segmenter().cut(text) == tokenizer.lcut(text, HMM=False), article["id"]
