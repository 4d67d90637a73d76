"""Where the article stands in a whole page's text: new pages written for these tests."""
from parsers.assemble import assemble
from parsers.lines import Line
from parsers.textdump import page_lines, parse_text, unwrap

P1 = "近日，某某街道新时代文明实践所组织志愿者走进辖区养老院，为老人们送去米面油等慰问品，并陪老人聊天、表演节目。"
P2 = "活动中，志愿者们还为老人打扫房间、整理床铺，细心询问老人的身体状况和生活需求，老人们脸上洋溢着幸福的笑容。"
P3 = "据了解，该街道已连续五年开展敬老志愿服务，累计服务老人两千余人次，下一步还将建立长效机制，让关爱常在。"
MENU = ["首页", "新闻", "政务", "民生", "文化", "体育", "视频", "专题", "图片", "评论"]
TEASERS = ["某县举办农民丰收节", "庆丰收活动现场热闹非凡，来自各乡镇的农民群众展示丰收成果，共享丰收喜悦。",
           "某区开展消防演练", "演练中，消防员向居民讲解灭火器的使用方法，居民们纷纷上前体验，现场气氛热烈。"]


def parse(*lines):
    return assemble([Line(t) for t in lines])


def test_menus_before_and_link_lists_after_the_article_are_left_out():
    related = ["某镇召开乡村振兴推进会", "某市举办读书节活动", "某区表彰优秀志愿者", "某县启动文明交通行动",
               "某街道开展垃圾分类宣传", "某社区举办邻里节", "某村修缮文化礼堂"]
    a = parse(*MENU, "某街道志愿者走进养老院", "2024-05-06 来源：某某日报", P1, P2, P3, *related)
    assert a.paragraphs == [P1, P2, P3] and a.title == "某街道志愿者走进养老院"
    b = parse("首页 | 新闻 | 政务 | 民生 | 文化 | 体育 | 视频 | 专题", P1, P2, P3, *related, "关于我们 | 联系我们 | 网站地图")
    assert b.paragraphs == [P1, P2, P3]


def test_teasers_of_a_portal_before_the_article_are_left_out():
    a = parse(*MENU, *TEASERS, "当前位置：首页 > 新闻 > 本地", "某街道志愿者走进养老院", "发布时间：2024-05-06", P1, P2, P3)
    assert a.paragraphs == [P1, P2, P3] and a.title == "某街道志愿者走进养老院"
    b = parse(*TEASERS, *TEASERS, "某街道志愿者走进养老院", "来源：某某网 2024-05-06 10:00", P1, P2, P3)
    assert b.paragraphs == [P1, P2, P3]


def test_short_closing_lines_stay_with_the_text():
    a = parse("关于开展敬老志愿服务的通知", "发布时间：2022-01-05", P1, P2, "某某街道办事处", "2022年1月4日", *MENU)
    assert a.texts("signature") == ["某某街道办事处", "2022年1月4日"]  # kept with the text, as its signature
    b = parse("某街道志愿者走进养老院", "来源：某某网", P1, P2, "活动受到老人们的好评。", *MENU)
    assert a.paragraphs[:2] == [P1, P2] and b.paragraphs[-1] == "活动受到老人们的好评。"


def test_a_paragraph_cut_off_where_the_page_ends_is_kept():
    cut = "“新时代文明实践志愿服务是我们整合资源、传递温暖的重要平台，不管是政策宣讲还是科普教育，"
    a = parse("某县志愿服务大集", "来源：某某网", P1, "图片1.jpg", "志愿者为群众义诊", P2, "图片2.jpg", "志愿者表演节目", cut)
    assert a.paragraphs[-1] == cut and a.captions == ["志愿者为群众义诊", "志愿者表演节目"]


def test_hard_wrapped_text_is_joined_back():
    text = P1 + P2 + P3
    wrapped = [text[i:i + 20] for i in range(0, len(text), 20)]
    assert unwrap(["标题", *wrapped, "（完）"]) == ["标题", text, "（完）"]
    two = [P1[i:i + 20] for i in range(0, len(P1), 20)] + [P2[i:i + 20] for i in range(0, len(P2), 20)]
    joined = unwrap(two)
    assert joined[0] == P1 and "".join(joined) == P1 + P2


def test_lines_of_natural_length_are_not_joined():
    lines = [P1, P2, P3, "活动现场气氛热烈，居民们纷纷点赞，表示希望多办这样的活动。"]
    assert unwrap(lines) == lines


def test_one_line_forum_post_in_table_pipes():
    page = ("| " + P1 + " " + P2 + " " + P3 + " |").encode("utf-8")
    assert parse_text(page).paragraphs == [P1, P2, P3]
    assert [l.text for l in page_lines("| 关键词:敬老 |\n" + P1)] == ["关键词:敬老", P1]


def test_a_single_paragraph_ending_in_a_photo_credit_is_the_text():
    long = P1 + P2 + "图为志愿者在为老人理发。(记者 陈小冬 摄)"
    a = parse("打印", "某街道志愿者走进养老院", "志愿者风采", long, "(编辑 李小华)")
    assert a.paragraphs == [P1 + P2 + "图为志愿者在为老人理发。"] and a.authors == ["陈小冬"]
    b = parse("某街道志愿者走进养老院", "图为志愿者在为老人理发。", P1 + P2)
    assert b.captions == ["图为志愿者在为老人理发。"] and b.paragraphs == [P1 + P2]


def test_a_text_of_short_lines_keeps_them_as_paragraphs():
    a = parse("某社区通知", "来源：某某社区", "本周六上午九点，", "社区广场集合，", "开展环境清洁志愿活动")
    assert a.paragraphs == ["本周六上午九点，", "社区广场集合，", "开展环境清洁志愿活动"]
    b = parse("某某新闻网", "新闻中心", "社区动态", "志愿服务", "文明实践")  # a page of links only
    assert b.paragraphs == []


def test_hard_wrapped_lines_set_apart_by_blank_lines():
    text = P1 + P2 + P3
    wrapped = [text[i:i + 20] for i in range(0, len(text), 20)]
    spaced = [x for line in wrapped for x in (line, "")]
    assert [x for x in unwrap(spaced) if x] == [text]
    paragraphs = [P1, "", P2, "", P3]  # ordinary paragraphs with blanks between stay apart
    assert unwrap(paragraphs) == paragraphs


ADS = ["点击心情：某某网心情排行", "某某男科医院 专家答疑", "某市最好的妇科医院哪家好", "解读神秘整形术 某某医院",
       "一夜白头 某某中医院"]
DISCLAIMERS = ["① 本网转载其他媒体稿件是为传播更多的信息，此类稿件不代表本网观点，如涉及版权问题请与本网联系。",
               "② 本网原创新闻信息均有明确标识，本网严正抗议以本网稿源的名义转载发布非本网原创的新闻信息的行为。",
               "③ 在本网论坛上发表言论者，文责自负，本网有权在网站内转载或引用，并保留删除违规言论的权利。",
               "④ 如果您在本页面发现虚假新闻和其他错误，请先选择出错的内容片断，然后同时按下两个键填写举报邮件。"]


def test_ads_between_the_last_paragraph_and_the_sites_closing_line_are_left_out():
    a = parse("某街道志愿者走进养老院", "2024-05-06 来源：某某日报", P1, P2, P3, "分享到：", *ADS, "更多相关内容", *DISCLAIMERS)
    assert a.paragraphs == [P1, P2, P3]


def test_a_list_under_the_text_stays_before_the_sites_closing_line():
    tips = ["★老人独自在家时不要给陌生人开门", "★接到陌生电话要求转账时，先给子女打电话核实", "★不轻信上门推销的保健品，不贪图小便宜"]
    a = parse("某街道志愿者走进养老院", "2024-05-06 来源：某某日报", P1, P2, P3, "防骗小贴士", *tips, "分享到：", *ADS,
              "更多相关内容", *DISCLAIMERS)
    assert a.paragraphs[:3] == [P1, P2, P3] and "★不轻信上门推销的保健品，不贪图小便宜" in a.body
    assert "男科" not in a.body and "本网转载" not in a.body


def test_a_thread_or_comment_list_below_the_text_begins_at_the_posts_repeated_stamp():
    replies = ["顶一个，写得好！", "楼主说得对，我们小区也有这样的志愿者。", "支持志愿服务，希望多办这样的活动。"]
    a = parse("【原创】某街道志愿者走进养老院", "某某", P1, P2, P3,
              "〓 某某论坛 社区话题 发布时间 2024/05/06 22:36:13 by 某某 〓",
              replies[0] + "大家有空都可以去养老院看看老人，陪他们聊聊天，老人们都很盼着有人来。",
              "〓 某某论坛 社区话题 发布时间 2024/05/07 01:08:28 by 路过的 〓",
              replies[1] + "每个周末都有人来打扫楼道、陪老人下棋，邻里关系也越来越好了，真心点赞。",
              "〓 某某论坛 社区话题 发布时间 2024/05/07 21:10:00 by 小李 〓", replies[2])
    assert a.paragraphs == [P1, P2, P3]
    b = parse("某街道志愿者走进养老院", "2024-05-06 来源：某某日报", P1, P2, P3)
    assert b.paragraphs == [P1, P2, P3]  # one date line is the article's, no thread


def test_hard_wrapped_paragraphs_with_indents_and_blank_lines_between_them():
    # a county page whose text was broken at a fixed width (26 characters), each paragraph indented and set
    # apart by a blank line; its header's and footer's lines, set with gaps, keep their own lines
    paragraphs = ["5月5日上午，某县城关镇东关社区的小广场上，三十多名志愿者为居民理发、磨刀、修理小家电，还为老人们测量血压，"
                  "前来咨询的居民络绎不绝。",
                  "“以前修个电饭煲要跑到县城，现在家门口就能修好。”居民王大爷拿着修好的电饭煲说，这样的活动最好每个月都办一次。",
                  "社区党委书记介绍，便民服务日由社区新时代文明实践站牵头，联合辖区的家电维修店、理发店和卫生院一起组织，"
                  "每次都提前在居民群里征集需求。",
                  "据了解，东关社区今年以来已开展便民服务活动十二场，服务居民一千余人次，下一步还将把服务延伸到周边的三个村。"]
    lines = ["某县新闻网", "首页  要闻  镇街  文明实践  图片", "时间：2024-05-06 09:12　来源：某县融媒体中心", " "]
    for text in paragraphs:
        text = "\u3000\u3000" + text
        lines += [text[i:i + 26] for i in range(0, len(text), 26)] + [" "]
    lines += ["【责任编辑：李某】", "【打印本页】　【关闭窗口】"]
    out = [x for x in unwrap(lines) if x.strip()]
    assert all(p in out for p in paragraphs)
    assert "时间：2024-05-06 09:12　来源：某县融媒体中心" in out and "首页  要闻  镇街  文明实践  图片" in out


def test_a_lists_items_of_one_width_are_not_joined():
    lines = ["· 某县志愿者走进敬老院开展重阳节慰问活动并送去米面油", "· 某镇举办新时代文明实践志愿服务项目大赛获奖名单公布",
             "· 某社区党员先锋队清理楼道杂物还居民一个整洁环境", "· 某街道组织青年志愿者为环卫工人送清凉饮品和毛巾",
             "· 某村文艺志愿服务队送戏下乡村民在家门口看大戏了"]
    assert unwrap(lines) == lines
