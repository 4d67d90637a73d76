"""Places: resolved against the gazetteer with the outlet's region and the article's other places."""
from pipelines.enrich.places import distinct_places, find_places
from pipelines.enrich.text import article_text


def places(paragraphs, region=None, title=None):
    return distinct_places(find_places(article_text(title, [], paragraphs), region))


def by_community(ps):
    return {p["community"]: p for p in ps if p.get("community")}


def test_ambiguous_township_placed_by_outlet_region():
    ps = places(["北苑街道卧龙社区组织志愿者清理楼道。"], {"province": "山东省", "city": "潍坊市"})
    p = by_community(ps)["卧龙社区"]
    assert (p["city"], p["county"], p["township"], p["resolved"]) == ("潍坊市", "奎文区", "北苑街道", True)
    assert p["code"] == "370705006"


def test_same_township_elsewhere_with_another_region():
    ps = places(["北苑街道组织志愿者清理楼道。"], {"province": "浙江省", "city": "金华市"})
    assert [p["county"] for p in ps if p.get("township") == "北苑街道"] == ["义乌市"]


def test_county_short_name_before_township():
    ps = places(["昆山张浦镇银和社区志愿者上报值班情况。"])
    p = by_community(ps)["银和社区"]
    assert (p["city"], p["county"], p["township"]) == ("苏州市", "昆山市", "张浦镇")
    assert p["resolved"] is False  # not in the lists: kept as text, placed by its township


def test_unresolvable_township_is_kept_unresolved():
    ps = places(["建设路街道开展志愿服务。"])  # several cities have one, nothing says which
    p = next(p for p in ps if p["text"] == "建设路街道")
    assert p["resolved"] is False and p["county"] is None and p["township"] == "建设路街道"


def test_common_words_before_community_are_not_communities():
    ps = places(["宝都街道新昌社区着力打造现代服务型社区，推进文明社区建设，打造“和谐社区”。"],
                {"province": "山东省", "city": "潍坊市"})
    assert set(by_community(ps)) == {"新昌社区"}


def test_city_short_name_inside_community_name():
    ps = places(["凤岗街道大庆社区组织志愿者开展义诊。"], {"province": "河北省", "city": "邢台市"})
    assert set(by_community(ps)) == {"大庆社区"}
    assert all(p["city"] == "邢台市" for p in ps)


def test_two_character_county_name_needs_support():
    ps = places(["志愿者在城区范围内开展关爱高考宣传。"], {"province": "山东省", "city": "潍坊市"})
    assert ps == []


def test_village_after_its_township():
    ps = places(["东平县戴庙镇东金山村的党员帮助村民抢收小麦。"], {"province": "山东省"})
    p = by_community(ps)["东金山村"]
    assert (p["city"], p["county"], p["township"], p["resolved"]) == ("泰安市", "东平县", "戴庙镇", True)


def test_municipality_named_once():
    ps = places(["北京市海淀区万寿路街道朱各庄社区召开议事会。"])
    p = by_community(ps)["朱各庄社区"]
    assert (p["province"], p["city"], p["county"], p["resolved"]) == ("北京市", "北京市", "海淀区", True)
    assert all(p["resolved"] for p in ps)


def test_a_word_that_is_also_a_township_is_no_place():
    assert places(["要加快小城镇建设，发展县域经济。"]) == []


def test_unlisted_community_needs_a_county_or_township_in_context():
    assert places(["年轻人越来越多地参与即网上社区的讨论。"]) == []


def test_a_word_that_is_also_a_township_needs_more_than_its_province():
    assert places(["吉林省各地要加快小城镇建设。"]) == [
        {"province": "吉林省", "city": None, "county": None, "township": None, "community": None,
         "code": "220000", "level": "province", "text": "吉林省", "resolved": True,
         "sentence": "吉林省各地要加快小城镇建设。"}]


def test_names_are_read_on_word_boundaries():
    ps = places(["泸州市合江县联合江北镇开展志愿服务。"])
    assert not any(p.get("text") == "合江" for p in ps)
    assert "江北镇" in {p.get("text") for p in ps}


def test_a_former_name_is_no_place_and_a_renamed_township_keeps_the_reports_name_with_the_new_code():
    ps = places(["松滋市新江口街道（原新江口镇）组织志愿者巡查消防隐患。"])
    assert [p["township"] for p in ps if p.get("township")] == ["新江口街道"]
    assert [p["township"] for p in places(["贵阳市修文县龙场街道原为龙场镇。"]) if p.get("township")] == ["龙场街道"]
    town = places(["长治市潞州区老顶山镇组织志愿者植树。"])[-1]
    new = places(["长治市潞州区老顶山街道组织志愿者植树。"])[-1]
    assert town["township"] == "老顶山镇" and town["code"] == new["code"] and new["township"] == "老顶山街道"


def test_a_town_the_list_knows_only_as_a_subdistrict_is_found():
    [town] = [p for p in places(["1月6日，正定县诸福屯镇新时代文明实践所组织志愿者上门送药。"]) if p.get("township")]
    assert town["township"] == "诸福屯镇" and town["county"] == "正定县" and town["resolved"]


def test_villages_an_activity_is_taken_to_in_a_list_and_names_the_dictionary_knows():
    from parsers.record import Article, Block
    from pipelines.enrich import enrich

    a = Article(published="2024-06-14", blocks=[Block("paragraph", p) for p in [
        "6月11日，沂南县依汶镇新时代文明实践所组织志愿服务队，深入大庄村、南岭村等麦收一线，开展助农服务。",
        "次日，调解志愿队来到托格拉克村，调解一起邻里纠纷。"]])
    enrich(a)
    assert {"大庄村", "南岭村", "托格拉克村"} <= {p["community"] for p in a.places if p.get("community")}


def test_a_dateline_names_the_county():
    ps = places(["婺源讯 深秋时节，志愿者帮助菊农采摘皇菊。"])
    assert [(p["county"], p["resolved"]) for p in ps] == [("婺源县", True)]


def test_a_village_an_activity_is_taken_to_and_a_township_named_as_the_report_names_it():
    from parsers.record import Article, Block
    from pipelines.enrich import enrich

    a = Article(published="2023-12-01", blocks=[Block("paragraph", p) for p in [
        "11月30日，阜平县龙泉关镇新时代文明实践所宣讲团走进青石沟村新时代文明实践站，开展宣讲活动。",
        "当天下午，志愿者在茶香村开展义诊。"]])
    enrich(a)
    communities = {p["community"] for p in a.places if p.get("community")}
    assert {"青石沟村", "茶香村"} <= communities
    b = Article(published="2023-12-01", blocks=[Block("paragraph", "走进美丽乡村，感受文明新风。")])
    enrich(b)
    assert not any(p.get("community") for p in b.places)


def test_a_township_the_list_calls_a_town_keeps_the_reports_name_and_the_lists_code():
    from parsers.record import Article, Block
    from pipelines.enrich import enrich

    a = Article(published="2024-02-20", blocks=[Block("paragraph", "2月13日，曲周县槐桥乡新时代文明实践所组织志愿者开展移风易俗宣传。")])
    enrich(a)
    [town] = [p for p in a.places if p.get("level") == "township"]
    assert (town["township"], town["code"]) == ("槐桥乡", "130435106")  # the list's 槐桥镇, by its code


def test_the_texts_own_chain_places_a_community_over_a_namesake_elsewhere_in_the_city():
    # 江畔社区 is listed in another district of Harbin; the text names its own district and 街道
    ps = places(["哈尔滨市道里区新阳路街道组织“冰城守护者”志愿服务队、江畔社区网格员等30余人开展冰面巡查。"])
    p = by_community(ps)["江畔社区"]
    assert (p["county"], p["township"], p["resolved"]) == ("道里区", "新阳路街道", False)
    assert not any(q.get("county") == "道外区" for q in ps)
    # with only the city named, the city's one such community is still read from the list
    p = by_community(places(["哈尔滨市江畔社区组织志愿者开展冰面巡查。"]))["江畔社区"]
    assert p["resolved"] and p["county"] == "道外区"


def test_a_community_written_right_after_its_township_lies_in_it():
    ps = places(["拉萨市城关区志愿服务队走进蔡公堂乡格桑村开展便民服务，次日又来到八廓街道吉日社区。"])
    assert by_community(ps)["吉日社区"]["township"] == "八廓街道"  # not the list's 吉日 of another 街道
    # 蔡公堂乡, now 蔡公堂街道: the report's name, in the township's own chain and in its village's
    assert {p["township"] for p in ps if p.get("township")} == {"蔡公堂乡", "八廓街道"}
    assert by_community(ps)["格桑村"]["township"] == "蔡公堂乡"


def test_a_shequ_ranked_as_a_township_elsewhere_is_a_community_after_a_township():
    ps = places(["伊金霍洛旗阿勒腾席热镇锦绣社区组织志愿者为高龄老人上门理发。"])
    p = by_community(ps)["锦绣社区"]
    assert (p["county"], p["township"]) == ("伊金霍洛旗", "阿勒腾席热镇")
    assert not any(q.get("township") == "锦绣社区" for q in ps)


def test_a_word_of_time_starts_no_communitys_name():
    ps = places(["奎文区北苑街道负责人介绍，今后社区计划每周三下午开设“银龄数字课堂”。"], {"province": "山东省", "city": "潍坊市"})
    assert not any(p.get("community") for p in ps)


def test_a_shanghai_residents_district_is_a_community():
    ps = places(["5月20日上午，上海市浦东新区陆家嘴街道滨江苑居民区的志愿者为居民修雨伞、磨菜刀。"])
    assert "滨江苑居民区" in by_community(ps)
    assert not by_community(places(["不在林区、公路沿线及居民区焚烧纸钱。"], {"province": "浙江省", "city": "湖州市"}))


def test_a_township_named_short_counts_where_its_county_is_named():
    ps = places(["光山县融媒讯 10月21日，光山县青年志愿者协会组织志愿者来到槐店松林村油茶基地，帮助茶农采摘油茶果。"])
    p = by_community(ps)["松林村"]
    assert (p["county"], p["township"]) == ("光山县", "槐店乡")
    ps = places(["富平县融媒讯 8月8日，志愿者来到庄里太白村新时代文明实践站开展普法宣传。"])
    assert by_community(ps)["太白村"]["township"] == "庄里镇"
    # a community whose name starts with a township's (滨湖|社区) is the community, no township named short
    assert "滨湖社区" in by_community(places(["合肥市包河区滨湖社区组织志愿者开展活动。"]))


def test_an_estate_named_after_a_city_is_a_community_not_that_city():
    ps = places(["上海市长宁区新华路街道的苏州苑居民区组织志愿者开展垃圾分类宣传。"])
    assert set(by_community(ps)) == {"苏州苑居民区"}
    assert not any(p.get("city") == "苏州市" for p in ps)


def test_a_village_with_a_practice_station_is_a_village():
    ps = places(["在湖南省花垣县双龙镇，志愿者帮助果农采摘猕猴桃。", "云岭村新时代文明实践站里，电商志愿者搭起了直播间。"])
    assert "云岭村" in by_community(ps)


def test_a_community_right_after_its_township_may_bear_a_word_of_praise():
    ps = places(["宁夏青铜峡市开展活动。", "21日，小坝镇富康社区新时代文明实践站组织青少年参观黄河文化展陈。"])
    assert "富康社区" in by_community(ps)
    assert by_community(places(["宁夏青铜峡市着力提升社区治理水平。"])) == {}


def test_a_time_running_into_the_suffix_is_no_community():
    ps = places(["上海市静安区曹家渡街道开展重阳活动。", "书记说，上个月居民区刚组织过一次体检，13日晚社区还安排了一场电影。"])
    assert by_community(ps) == {}
    # right after its township a name is a name, though the dictionary reads it as a time (星月)
    assert "星月社区" in by_community(places(["大连市沙河口区星海湾街道星月社区组织志愿者开展文明交通劝导。"]))


def test_a_listed_name_does_not_cut_a_longer_name_in_two():
    # 里村 and 沙坪村 are listed names; the village written here is longer
    ps = places(["7月3日，江西省婺源县江湾镇东坑里村的祠堂里传出读书声。", "东坑里村是当地有名的茶乡。"])
    assert set(by_community(ps)) == {"东坑里村"}
    ps = places(["云南省大理市喜洲镇的党员志愿者和下沙坪村村民一起清理河道。", "第二天，志愿者又走进下沙坪村看望老人。"])
    assert set(by_community(ps)) == {"下沙坪村"}


def test_one_name_is_one_place_in_an_article_unless_its_own_township_is_written():
    ps = places(["四川省三台县西平镇青龙村的志愿者为老人理发。", "刘营镇卫生院的医生也来到青龙村，为村民义诊。"])
    assert [(p["township"], p["community"]) for p in ps if p.get("community")] == [("西平镇", "青龙村")]
    ps = places(["四川省三台县西平镇青龙村的志愿者为老人理发。", "随后，刘营镇青龙村也开展了同样的活动。"])
    assert {(p["township"], p["community"]) for p in ps if p.get("community")} == {("西平镇", "青龙村"), ("刘营镇", "青龙村")}


def test_a_town_the_report_names_a_subdistrict_keeps_the_reports_name_and_the_lists_code():
    # the list still knows 衙前镇; the report calls it what it became
    ps = places(["9月9日，杭州市萧山区衙前街道新时代文明实践所组织志愿者开展消防演练。"])
    p = next(p for p in ps if p.get("township"))
    assert (p["township"], p["code"][:6]) == ("衙前街道", "330109")
    # a former name stays no place, written short or whole
    assert not any(p.get("township") for p in places(["萧山区原衙前镇的老党员说起当年的事。"]))


def test_a_village_opened_by_a_size_or_a_side_where_an_activity_is_taken_to_it():
    ps = places(["4月8日，河南省光山县槐店乡组织志愿者走进大枣林村，帮助群众采摘茶叶。"])
    assert "大枣林村" in by_community(ps)
    ps = places(["湖北省秭归县茅坪镇组织志愿者在小溪口村沿江开展巡河。"])
    assert set(by_community(ps)) == {"小溪口村"}
    assert by_community(places(["湖北省秭归县茅坪镇的志愿者说，大村小村都要走到。"])) == {}


def test_a_township_named_again_keeps_the_reading_of_its_first_mention():
    # 徐汇区's subdistrict is written here as the lists do not have it; a later mention without the
    # district is that one, not the namesake in another province the lists know
    ps = places(["9月20日，上海市徐汇区天平街道新时代文明实践分中心组织志愿者开展文明交通劝导。",
                 "下一步，天平街道将把文明交通劝导纳入常态化志愿服务项目。"])
    assert {p.get("county") for p in ps if p.get("township")} == {"徐汇区"}


def test_some_of_a_districts_communities_name_none():
    ps = places(["岳麓区新时代文明实践中心将在全区部分社区实践站开设暑期“爱心托管班”。"], {"province": "湖南省", "city": "长沙市"})
    assert not by_community(ps)


def test_an_autonomous_county_by_its_short_name_and_level():
    ps = places(["7月6日，互助县威远镇新时代文明实践所组织志愿者在县城主要路口开展文明劝导。"])
    assert any(p.get("county") == "互助土族自治县" and p.get("township") == "威远镇" for p in ps)
    assert not places(["志愿者开展邻里互助活动。"])
