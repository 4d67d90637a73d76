from parsers.textmeta import iso_datetime, parse_names, read_meta_line, split_dateline, split_trailing_byline


def test_source_and_time_on_one_line():
    meta = read_meta_line("来源:某某新闻网 发布时间:2023-04-24 09:48:59")
    assert (meta.source, meta.published) == ("某某新闻网", "2023-04-24T09:48:59+08:00")


def test_dates_in_chinese_and_forum_forms():
    assert iso_datetime("2022年8月7日") == "2022-08-07"
    assert read_meta_line("发表于 2022-8-17 21:46:29 | 显示全部楼层").published == "2022-08-17T21:46:29+08:00"


def test_authors_apart_from_editors():
    meta = read_meta_line("记者 王一鸣 通讯员 龚 里 责任编辑：李华")
    assert meta.authors == ["王一鸣", "龚里"] and meta.editors == ["李华"]


def test_byline_with_affiliation_and_role_suffix():
    assert read_meta_line("某某日报社全媒体记者: 孙晓/文").authors == ["孙晓"]


def test_a_sentence_is_not_a_meta_line():
    assert not read_meta_line("社区党委在拓展现有服务的基础上，探索新项目、新模式，提升服务能力。记者在现场看到，居民们排起了长队。")


def test_names_skip_roles_and_join_spaced_names():
    assert parse_names("张 三、李四/图") == ["张三", "李四"]


def test_dateline_with_month_day_and_bracketed_author():
    found, rest = split_dateline("某区新闻网3月5日讯(通讯员:周一帆)为进一步做好志愿服务工作，社区组织开展活动。")
    assert found["dateline"] == "某区新闻网3月5日讯" and found["authors"] == ["周一帆"]
    assert found["month_day"] == "3月5日" and rest.startswith("为进一步")


def test_dateline_with_place_and_bare_name():
    found, _ = split_dateline("某省文明网某市讯(何思远)近日，街道组织志愿者清理小广告，共清理三百余处。")
    assert found["org"] == "某省文明网" and found["authors"] == ["何思远"]


def test_trailing_byline_leaves_the_sentence():
    names, rest = split_trailing_byline("努力打造志愿服务新生态。(某报驻某市记者 林一 陈二)")
    assert names == ["林一", "陈二"] and rest == "努力打造志愿服务新生态。"


def test_real_bracket_at_paragraph_end_stays():
    text = "活动分为三个部分(二)"
    assert split_trailing_byline(text) == ([], text)


def test_a_government_tables_fields_saved_one_cell_per_line_are_read_as_fields():
    from parsers.textmeta import pair_fields
    from tests.textpages import text_page

    assert pair_fields(["成文日期：", "2024-05-10", "文号：", "有效性：", "有效"]) == \
        ["成文日期：2024-05-10", "文号：", "有效性：有效"]
    rec = text_page("某县人民政府", "索引号：", "000000000/2024-00001", "发布机构：", "某县文明办", "成文日期：", "2024-05-10",
                    "发布日期：", "2024-05-13", "某县开展“文明实践 情暖夏日”志愿服务活动",
                    "发布时间：2024-05-13 16:20  信息来源：某县文明办",
                    "　　5月10日，某县“文明实践 情暖夏日”志愿服务活动启动，志愿者为环卫工人送去防暑用品。")
    assert (rec.published[:10], rec.document_date) == ("2024-05-13", "2024-05-10")


def test_a_source_or_a_credit_alone_on_its_line_takes_the_value_under_it_when_it_is_one():
    from parsers.textmeta import pair_fields

    assert pair_fields(["信息来源：", "某某区融媒体中心", "作者：", "张晓燕"]) == ["信息来源：某某区融媒体中心", "作者：张晓燕"]
    # the heading of what follows is no editor's name, the text's first sentence no source
    assert pair_fields(["责任编辑：", "推荐阅读"]) == ["责任编辑：", "推荐阅读"]
    assert pair_fields(["来源：", "7月下旬，志愿者们来到村里。"]) == ["来源：", "7月下旬，志愿者们来到村里。"]


def test_a_date_in_numerals_no_date_can_have_leaves_the_page_readable():
    from parsers.chinese import arabic_dates
    from tests.textpages import text_page

    assert arabic_dates("二〇二四年十十月十十日") == "二〇二四年十十月十十日"
    assert arabic_dates("二〇二四年十月三十一日") == "2024年10月31日"
    rec = text_page("某县开展志愿服务活动", "二〇二四年十十月十十日",
                    "　　志愿者们走进社区，为居民理发、磨刀，服务群众一百余人次，受到好评。")
    assert rec.error is None and "为居民理发" in rec.body
