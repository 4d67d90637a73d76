"""Teams, brands, organisations and stations; slogans are not teams."""
from pipelines.enrich.teams import distinct_teams, find_teams
from pipelines.enrich.text import article_text


def teams(text, spans=()):
    return {t["name"]: t["kind"] for t in distinct_teams(find_teams(article_text(None, [], [text]), list(spans)))}


def test_quoted_team_and_brand():
    got = teams("社区深耕“六色花”志愿服务品牌，“映山红”志愿服务队开展义务巡逻。")
    assert got == {"六色花": "brand", "映山红": "team"}


def test_quoted_run_shares_the_team_word():
    got = teams("组建起“三红三心”“银和白”“青鸟”等各具特色的志愿服务小分队。")
    assert set(got) == {"三红三心", "银和白", "青鸟"}


def test_slogans_and_events_are_not_teams():
    got = teams("共同开展“清洁小区，美化家园”文明创建志愿服务活动，开展“志愿服务队助力开学季”活动，"
                "开设“七彩假日”四点半课堂。")
    assert got == {}


def test_organisation_named_in_full():
    got = teams("新昌社区蒲公英志愿者服务中心、恒盛社区红马甲志愿服务协会等一批社会组织活跃在社区。")
    assert got == {"新昌社区蒲公英志愿者服务中心": "organisation", "恒盛社区红马甲志愿服务协会": "organisation"}


def test_station_needs_the_place_before_it():
    text = "孝廉社区新时代文明实践站开展活动，各社区以新时代文明实践站为平台。"
    assert teams(text, [(0, 4)]) == {"孝廉社区新时代文明实践站": "station"}


def test_words_between_name_and_team_word():
    assert teams("“金秤砣”调解工作室上门化解纠纷，“法润”法律服务队设立咨询台。") == {
        "金秤砣": "organisation", "法润": "team"}
    assert teams("一条“红线”串起多支小分队。") == {}


def fulls(text):
    return {t["full"] for t in distinct_teams(find_teams(article_text(None, [], [text]), []))}


def test_unquoted_team_names_by_their_grammar():
    assert fulls("小红帽志愿队的队员们在路口值守。") == {"小红帽志愿队"}
    assert fulls("某县中医院志愿服务队来到村里义诊。") == {"某县中医院志愿服务队"}
    assert fulls("城东社区党员先锋队开展夜间巡逻。") == {"城东社区党员先锋队"}


def test_enumerated_teams_each_keep_their_name():
    got = fulls("南湖志愿服务队、天鹅志愿服务队和城东社区党员先锋队一起行动。")
    assert got == {"南湖志愿服务队", "天鹅志愿服务队", "城东社区党员先锋队"}


def test_team_word_inside_the_quotes_and_rescue_teams_and_federations():
    assert fulls("“草根宣讲团”走进田间地头。") == {"草根宣讲团"}
    assert fulls("蓝天救援队赶到现场。") == {"蓝天救援队"}
    assert fulls("县义工联组织开展活动。") == {"县义工联"}


def test_a_kind_of_team_or_its_members_is_no_team():
    assert fulls("这支志愿服务队成立于2019年，辖区巾帼志愿服务队也来帮忙，志愿服务队员们很忙。") == set()


def test_quoted_name_gets_the_full_name_of_its_team():
    got = distinct_teams(find_teams(article_text(None, [], ["“映山红”志愿服务队开展义务巡逻。"]), []))
    assert [(t["name"], t["full"]) for t in got] == [("映山红", "映山红志愿服务队")]


def test_a_team_named_again_without_its_place_is_one_team():
    assert fulls("厦门翔安蓝天救援队开展演练。翔安蓝天救援队是一支专业队伍。") == {"厦门翔安蓝天救援队"}


def test_an_association_before_a_team_word_is_part_of_the_team_name():
    assert fulls("街道联合岳麓区律师协会志愿服务队开展普法。") == {"岳麓区律师协会志愿服务队"}


def test_a_headlines_short_form_then_the_full_name_is_one_team_with_the_full_name():
    at = article_text("“石榴籽”调解志愿队 化解纠纷在家门口", [],
                      ["8月28日，某某乡新时代文明实践所“石榴籽”调解志愿服务队来到村里调解纠纷。"])
    fulls = {t["full"] for t in distinct_teams(find_teams(at, [])) if t["kind"] == "team"}
    assert fulls == {"石榴籽调解志愿服务队"}


def test_a_headline_abbreviates_a_team_the_text_names_in_full():
    at = article_text("清溪：反诈志愿队义卖土特产", [],
                      ["10月9日，东关镇反诈宣传志愿队在集市上义卖农户的土特产。"])
    assert {t["full"] for t in distinct_teams(find_teams(at, []))} == {"东关镇反诈宣传志愿队"}
    at = article_text("白沙区义工联举办骨干培训", [], ["3月2日，白沙区义工联合会举办骨干培训。"])
    assert {t["full"] for t in distinct_teams(find_teams(at, []))} == {"白沙区义工联合会"}


def test_volunteers_named_by_what_they_do_are_a_team_word():
    got = fulls("退休教师组成的“红领巾”志愿辅导队共6人。东坝村志愿讲解队带领游客参观。")
    assert got == {"红领巾志愿辅导队", "东坝村志愿讲解队"}
    assert fulls("志愿辅导队员们分组辅导作业。") == set()


def test_a_kind_of_team_listed_beside_a_named_team_is_a_team():
    got = fulls("组织“海风”志愿服务队、应急救援志愿服务队等200余人转移群众。")
    assert got == {"海风志愿服务队", "应急救援志愿服务队"}
    got = fulls("县公安局“绿盾”志愿服务队和县青年志愿者协会的50余名志愿者参加。")
    assert got == {"县公安局绿盾志愿服务队", "县青年志愿者协会"}


def test_a_kind_of_team_alone_is_no_team():
    assert fulls("社区党员先锋队、应急救援志愿服务队都参加了演练。") == set()
    assert fulls("“海风”志愿服务队出动后，应急救援志愿服务队也赶到现场。") == {"海风志愿服务队"}


def test_two_teams_of_the_text_stay_two_though_one_name_runs_through_the_other():
    got = fulls("清溪区志愿者协会、清溪区青年志愿者协会的会员参加了活动。")
    assert got == {"清溪区志愿者协会", "清溪区青年志愿者协会"}


def test_a_county_the_dictionary_splits_from_its_level_leads_the_teams_name():
    at = article_text(None, [], ["组织琼中县禁毒志愿者协会、“百花岭”青年志愿服务队等志愿者50余人开展宣传。"])
    fulls = {t["full"] for t in distinct_teams(find_teams(at, []))}
    assert {"琼中县禁毒志愿者协会", "百花岭青年志愿服务队"} <= fulls



def test_a_volunteer_alliance_is_a_volunteer_body():
    got = teams("届时，“浦东公益”志愿服务联盟将组织医疗、法律等领域的志愿者现场摆摊。")
    assert list(got) == ["浦东公益"] and got["浦东公益"] != "brand"


def test_a_word_of_time_starts_no_teams_name():
    assert fulls("与去年相比，今年服务队提前半个月进村，把技术指导送到田间。") == set()


def test_one_quoted_name_before_two_team_words_names_two_bodies():
    got = distinct_teams(find_teams(article_text(None, [], [
        "居民陈先生来到社区“和事佬”调解工作室。当天下午，社区“和事佬”调解志愿服务队的2名志愿者上门调解。"]), []))
    assert {(t["full"], t["kind"]) for t in got} == {("和事佬调解工作室", "organisation"), ("和事佬调解志愿服务队", "team")}


def test_what_a_team_does_right_before_its_word_is_part_of_its_name():
    assert fulls("10日晚，平遥县电影放映志愿服务队在村广场放映了电影。") == {"平遥县电影放映志愿服务队"}
    assert fulls("光山县应急救援志愿服务队队员讲解了防溺水知识。") == {"光山县应急救援志愿服务队"}
    assert fulls("街道组建巡逻志愿服务队，每晚上街巡逻。") == set()  # what a team does names no team alone
    assert fulls("车村镇将联合高校志愿服务团队，建立关爱机制。") == set()  # 团队: teams at large


def test_a_volunteer_post_is_a_station_and_a_corps_is_a_team():
    got = teams("设在步行街的冬运会城市志愿服务站里，“海棠红”志愿服务总队的队员为游客指路；全市共设城市志愿服务站20个。")
    assert got == {"冬运会城市志愿服务站": "station", "海棠红": "team"}


def test_a_headlines_short_form_of_a_volunteer_post_is_that_post():
    at = article_text("文化志愿服务站里年味浓", [], ["2月3日，在江滨公园文化志愿服务站里，志愿者为游客写春联。"])
    assert {t["full"] for t in distinct_teams(find_teams(at, []))} == {"江滨公园文化志愿服务站"}


def test_a_project_named_like_a_team_is_no_team():
    got = teams("受表彰的项目有“银发帮帮团”助老项目（城关镇）、“绿水先锋队”等一批品牌项目；“红马甲”志愿服务队获评优秀团队。")
    assert {name for name, kind in got.items() if kind == "team"} == {"红马甲"}  # (绿水先锋队: a brand)


def test_a_quote_and_a_team_word_with_a_preposition_between_name_no_team():
    from pipelines.enrich.teams import _quoted_teams

    assert _quoted_teams("中心“派单”后由相关志愿服务队“接单”服务。") == []
    assert [t["name"] for _, t in _quoted_teams("“银发”助老志愿服务队走进社区。")] == ["银发"]


def test_a_colleges_summer_practice_team():
    got = distinct_teams(find_teams(article_text(None, [], [
        "7月10日至16日，山西农业大学“乡村振兴”暑期社会实践团的12名大学生来到大寨村。"]), []))
    assert any((t.get("full") or t["name"]).endswith("社会实践团") and "乡村振兴" in (t.get("full") or t["name"]) for t in got)


def test_a_team_still_to_be_formed_is_none_yet():
    got = teams("余村青年志愿服务队开展环境整治。下一步，余村将组建“护溪”巡查小分队，每周开展巡查。")
    assert "余村青年志愿服务队" in got and "护溪" not in got


def test_an_organisation_named_before_a_quoted_team_is_its_parent():
    got = teams("县律师协会“法润金寨”志愿服务队开展法律咨询和普法宣传。")
    assert "律师协会" not in got and "法润金寨" in got


def test_a_teaching_team_and_a_villages_band_are_teams():
    got = teams("8月2日，某某大学“向日葵”支教团走进社区开设暑期课堂。饭后，某某农民乐团为老人们演奏了8个节目。")
    assert got.get("向日葵") == "team" and got.get("某某农民乐团") == "team"


def test_a_team_named_by_the_writers_own_body_is_no_name():
    got = teams("7月20日，我院医疗队走进神山村，为村民义诊。")
    assert "我院医疗队" not in got


def test_bodies_listed_before_one_teams_name_share_its_generic_words():
    got = teams("“健康大篷车”志愿服务队联合区人民医院、区中医院医疗志愿服务队，来到某某镇开展义诊。")
    assert "区人民医院医疗志愿服务队" in got and "中医院医疗志愿服务队" in got
    got = teams("某某区青年志愿者协会、某某大学“塞上青禾”志愿服务队参与。")
    assert not any(name.endswith("协会塞上青禾志愿服务队") for name in got)
