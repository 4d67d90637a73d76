"""The benchmark's metric (DESIGN.md, "Measuring extraction")."""
from pipelines.bench import scoring
from pipelines.bench.extraction import strip_cleaneval


def test_identical_text_scores_one():
    assert scoring.prf("志愿者走进社区。", "志愿者走进社区。") == (1.0, 1.0, 1.0)


def test_script_width_space_and_punctuation_do_not_count():
    p, r, f1 = scoring.prf("志願者 走進社區，ＡＢ", "志愿者走进社区AB")
    assert f1 == 1.0


def test_extra_text_lowers_precision_only():
    p, r, _ = scoring.prf("志愿者走进社区登录注册首页", "志愿者走进社区")
    assert r == 1.0 and p < 0.7


def test_empty_answer_scores_zero():
    assert scoring.prf("", "志愿者走进社区") == (0.0, 0.0, 0.0)


def test_dates_match_on_the_day_or_the_label_precision():
    assert scoring.date_matches("2005-05-07T21:23:57+08:00", "2005-5-7 21:23:57")
    assert not scoring.date_matches("2005-05-08", "2005-5-7")
    assert scoring.date_matches("1998-03", "1998-3")
    assert not scoring.date_matches(None, "2005-5-7")
    assert scoring.date_parts("刘涛") is None


def test_authors_match_on_any_shared_name():
    assert scoring.authors_match(["张文攀"], "王建宏 张文攀")
    assert scoring.authors_match(["风笑天"], "赵延东、风笑天")
    assert not scoring.authors_match(["王建"], "王建宏")
    assert not scoring.labelled("UNKNOWN")


def test_cleaneval_wrapper_is_stripped_and_gives_the_url():
    data, url = strip_cleaneval(b'<text id="http://a.cn/1.html" title="t">\n<html><p>x</p></html>\n</text>\n')
    assert data.strip() == b"<html><p>x</p></html>" and url == "http://a.cn/1.html"
