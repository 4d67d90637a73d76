"""Bylines read around the headline: authors apart from editors, with the
traps of running text."""
import pytest

from parsers.html.byline import authors_in, closing_authors, editors_in, source_in


@pytest.mark.parametrize("text,names", [
    ("（记者 沈晓文 通讯员 陆佳）", ["沈晓文", "陆佳"]),
    ("作者：罗义 字号：大 中 小", ["罗义"]),
    ("本报实习生 刘国栋 周炜", ["刘国栋", "周炜"]),
    ("河南商报记者马俊峰/文受访者供图", ["马俊峰"]),
    ("蔡雪婧/摄 人物画像", ["蔡雪婧"]),
    ("文：眉间尺", ["眉间尺"]),
    ("ggjjzhzz 发表于 2005-9-15 11:46:00", ["ggjjzhzz"]),
    ("晨报记者 欧阳明月", ["欧阳明月"]),
])
def test_authors(text, names):
    assert authors_in(text) == names


@pytest.mark.parametrize("text", ["记者致电上海、武汉等地工商部门", "责任编辑：魏喆", "文明实践站开展活动", "关注"])
def test_not_authors(text):
    assert authors_in(text, zone=True) == []


def test_a_line_of_names_under_the_headline():
    assert authors_in("赵延东、风笑天", zone=True) == ["赵延东", "风笑天"]


def test_closing_byline_in_brackets():
    assert closing_authors("……到头来，一位自甘穷酸的外科医生。（袁源）") == ["袁源"]
    assert closing_authors("（总台记者 张倩）") == ["张倩"]
    assert closing_authors("活动共服务居民一百五十余人次（不含家属）。") == []


def test_editors_are_not_authors():
    assert editors_in("来源：新闻晨报 编辑：王山 相关报道") == ["王山"]
    assert authors_in("来源：新闻晨报 编辑：王山") == []


def test_source():
    assert source_in("来源：[ 国际金融报 ] 页面功能") == "国际金融报"
    assert source_in("发布时间：2023-04-24 来源：潍坊新闻网 作者：刘楠") == "潍坊新闻网"


def test_an_account_name_is_not_an_editor():
    assert editors_in("（责任编辑：系统管理员）") == []
