import pytest

from parsers.boilerplate import chrome_rule, is_spam

CHROME = {
    "font-size widget": ["A+ A-", "选择文字大小", "字号：大 中 小"],
    "print/close trailer": ["【打印】 【关闭】", "打印】  【关闭】  【收藏】  【顶部"],
    "share or app prompt": ["下载APP", "分享到：微信 微博"],
    "copyright notice": ["版权作品，未经授权严禁转载。", "Copyright © 2024 某某网 All Rights Reserved"],
    "e-paper link": ["数字报刊"],
    "breadcrumb": ["当前位置：首页 > 新闻 > 本地", "您现在的位置: 首页"],
    "review line": ["初审编辑：王小明"],
    "tag line": ["标签：志愿服务 文明实践"],
    "forum counters": ["查看: 120|回复: 3"],
    "forum thread tools": ["[复制链接]", "使用道具", "举报", "回复 支持 反对"],
    "forum footer": ["Powered by Discuz! X3.4 Licensed", "QQ|Archiver|手机版|小黑屋|某某论坛 ( 京ICP备12345678号-1 )"],
    "forum attachment notice": ["本帖子中包含更多资源"],
    "image file name": ["IMG_20230301_1023.jpg"],
    "site address": ["http://www.example.com", "www.example.gov.cn", "某某商业报道 http://biz.example.com 查看部落"],
    "markup junk": ['<sup id="x1"></sup><del id="x1"></del>'],
}


@pytest.mark.parametrize("rule,line", [(r, l) for r, lines in CHROME.items() for l in lines])
def test_chrome_line_is_named(rule, line):
    assert chrome_rule(line) == rule


@pytest.mark.parametrize("line", [
    "社区志愿者为老人打印健康档案，并关闭了闲置的水电。",   # chrome words inside a sentence
    "“移动办公桌”进小区  实践活动接地气",
    "一条“红线”串起多支小分队",
    "详情请登录 www.example.gov.cn 查询报名信息，或拨打电话咨询。",  # an address inside a sentence
    "志愿服务项目不少，怎样确保送到群众心坎上？",
])
def test_article_lines_are_not_chrome(line):
    assert chrome_rule(line) is None


def test_gambling_title_is_spam_but_a_story_about_fraud_is_not():
    assert is_spam("外勤365下载安装版本_365bet体育平台_365bet新地址")
    assert not is_spam("社区志愿者走进小区开展反诈宣传，提醒居民远离网络赌博陷阱，守好自己的钱袋子，不给骗子可乘之机，共建平安家园。")


@pytest.mark.parametrize("line,rule", [
    ("※ 相关文章", "related links header"),
    ("■相关阅读", "related links header"),
    ("※ 版权声明", "copyright notice"),
    ("▲返回顶部", "print/close trailer"),
])
def test_a_bullet_before_a_line_of_the_site_does_not_hide_it(line, rule):
    assert chrome_rule(line) == rule


def test_a_bullet_before_a_byline_leaves_its_names():
    from parsers.textmeta import read_meta_line
    assert read_meta_line("◎ 记者 林和谦/报道").authors == ["林和谦"]
    assert read_meta_line("□本报记者 刘峻").authors == ["刘峻"]
