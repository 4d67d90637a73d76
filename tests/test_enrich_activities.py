"""Activities from an article: date, place, team, types with triggers, counts, evidence."""
from parsers.record import Article, Block
from pipelines.enrich import enrich
from pipelines.enrich.activity_types import find_types, the_activity
from pipelines.enrich.text import split_sentences

from .enrichtexts import types_of


def article(paragraphs, published="2022-08-17", source=None):
    return Article(source=source, published=published, blocks=[Block("paragraph", p) for p in paragraphs])


def test_dated_activity_with_place_team_and_counts():
    a = article(["四川文明网雅安讯 8月4日，雨城区青江街道孝廉社区新时代文明实践站组织辖区15名少先队员，"
                 "开展“红领巾传递文明，少先队助力创城”志愿服务。"], source="四川文明网")
    enrich(a)
    [act] = a.activities
    assert act["date"] == "2022-08-04" and act["place"] == "孝廉社区"
    assert act["team"] == "孝廉社区新时代文明实践站"
    assert {"children_youth", "civility"} <= set(act["types"])
    assert act["counts"][0]["value"] == 15 and "8月4日" in act["evidence"]


def test_dateline_date_is_no_activity():
    a = article(["岳塘新闻网9月10日讯 霞光社区深耕志愿服务品牌。"], published="2024-09-10")
    enrich(a, {"province": "湖南省", "city": "湘潭市"})
    assert all(x["date"] is None for x in a.activities)


def test_region_from_the_outlet_registry():
    a = article(["北苑街道丁家社区组织志愿者上门走访孤寡老人。"], source="潍坊新闻网")
    enrich(a)
    assert a.places[0]["county"] == "奎文区"
    assert a.activities[0]["types"] == ["elderly_care"]


def test_types_keep_their_trigger_words():
    found = find_types("志愿者为居民量血压、测血糖，并开展反诈宣传。")
    assert found == {"health": ["量血压", "测血糖"], "anti_fraud": ["反诈"]}


def test_practice_is_not_a_civility_campaign():
    assert "civility" not in find_types("依托新时代文明实践站开展志愿服务。")


def test_empty_article_gets_empty_lists():
    a = Article(title=None, published=None, blocks=[])
    enrich(a)
    assert (a.places, a.teams, a.activities) == ([], [], [])


def test_publication_date_without_leading_zeros():
    a = article(["8月4日，孝廉社区开展义诊活动。"], published="2022-8-17")
    enrich(a, {"province": "四川省", "city": "雅安市"})
    assert a.activities[0]["date"] == "2022-08-04"


def test_people_alone_are_no_activity_but_an_activity_word_is():
    a = article(["社区老人多，孩子也多。", "4月1日上午，社区为老人免费体检。"], published="2023-04-03")
    enrich(a, {"province": "山东省", "city": "烟台市"})
    assert [x["paragraph"] for x in a.activities] == [1]
    assert a.activities[0]["types"] == ["health"]  # a check-up given to old people is a check-up


def test_old_people_beside_a_service_make_elderly_care_when_in_need_or_cared_for():
    cases = {
        "5月6日，志愿者在集市上为老人修剪头发，为居民维修小家电。": ["convenience"],
        "5月6日，志愿者为社区12户独居老人清理院门前的积雪。": ["environment", "elderly_care"],
        "5月6日，志愿者看望辖区老人，为他们免费理发。": ["elderly_care", "convenience"],
        "5月6日，医护志愿者为高龄、失能老人上门接种疫苗。": ["elderly_care", "epidemic_prevention"],
        "5月6日，志愿者走访辖区老人，陪他们拉家常。": ["elderly_care"],
    }
    for text, types in cases.items():
        a = article([text], published="2024-05-08")
        enrich(a, {"province": "山东省", "city": "烟台市"})
        assert sorted(a.activities[0]["types"]) == sorted(types), text


def test_what_a_sentence_says_will_go_on_or_come_is_no_activity():
    a = article(["5月20日，志愿者在幸福社区开展义诊，为60余名居民量血压。",
                 "据悉，春节期间将安排志愿者在各村轮流值守，为群众提供健康咨询。",
                 "镇相关负责人表示，将把反诈宣传纳入社区常态化志愿服务。",
                 "托管班将持续到8月底，还将陆续开设书法课程。",
                 "今年，全镇计划培育生态保护等专业志愿服务队伍30支。"], published="2024-05-22")
    enrich(a, {"province": "浙江省", "city": "台州市"})
    assert [x["paragraph"] for x in a.activities] == [0] and a.activities[0]["types"] == ["health"]


def test_a_past_years_work_a_part_called_off_and_a_service_to_resume_are_no_activity():
    a = article(["10月17日，服务队的9名队员在村里的果园架起手机，帮果农们直播卖苹果。",
                 "去年暑假，该服务队曾在村里帮村民直播销售核桃2000余斤。",
                 "按照往年惯例，每到秋冬季节，服务队主要在村里开展理论宣讲。",
                 "原本安排的反诈宣传摊位，因民警临时出警，当天未能开展。",
                 "卫生院负责人介绍，9月起，服务队将恢复每月1次的进村义诊。"], published="2024-10-20")
    enrich(a, {"province": "陕西省", "city": "延安市"})
    assert [x["paragraph"] for x in a.activities] == [0] and a.activities[0]["types"] == ["rural_support"]
    # set against past years, the sentence tells this year's activity (与往年不同，今年…)
    b = article(["10月17日是重阳节。", "与往年不同，今年志愿者为社区60余位老人义诊，量血压、测血糖。"], published="2024-10-20")
    enrich(b, {"province": "陕西省", "city": "延安市"})
    assert "health" in {t for x in b.activities for t in x["types"]}


def test_a_season_so_far_opens_the_campaign_reported_unless_it_tells_a_running_total():
    a = article(["7月以来，菖蒲塘村新时代文明实践站开设暑期公益托管班，为30余名留守儿童辅导暑假作业。",
                 "入冬以来，河南街道已开展各类消防安全宣传活动15场。",
                 "今年以来，社区组织志愿者开展义诊20余场。",
                 "7月18日，志愿者还给孩子们上了一堂防溺水安全教育课。"], published="2024-08-02")
    enrich(a, {"province": "湖南省", "city": "湘西土家族苗族自治州"})
    assert [x["paragraph"] for x in a.activities] == [0, 3] and "education" in a.activities[0]["types"]


def test_an_evacuation_is_safety_work():
    assert set(find_types("台风来临前，志愿者劝导渔民撤离上岸，协助转移群众300余人。")) == {"patrol_safety"}
    assert set(find_types("社区组织居民开展应急疏散演练。")) == {"patrol_safety"}


def test_farm_work_done_for_the_farmers_is_help_to_farmers():
    assert set(find_types("午后，队员们帮助牧民剪羊毛、搬运草料。")) == {"rural_support"}
    assert set(find_types("志愿者帮助缺少劳力的农户插秧、补苗。")) == {"rural_support"}
    assert "rural_support" not in find_types("志愿者帮她整理房间、晾晒被褥。")


def test_types_are_matched_on_words_and_topics_are_no_activities():
    assert "health" not in find_types("消防救援大队开展应急救援演练。")
    assert "health" not in find_types("提醒老人不要轻信保健品推销。")
    assert find_types("围绕关爱老人、义诊、环境整治等开展志愿服务。") == {}
    # a talk's topics after 结合 (…等群众关心的话题): the talk's, not activities of their own
    assert set(find_types("宣讲员结合医保缴费、防范电信网络诈骗、夏季防溺水等群众关心的话题，与村民面对面交流。")) <= {"theory_outreach"}


def test_label_lines_read_as_one_activity():
    a = Article(title="社区开展义诊活动", published="2024-03-08", blocks=[Block("paragraph", p) for p in [
        "时间：3月5日上午", "地点：幸福社区广场", "参与：志愿者20名，服务居民120人次", "内容：义诊、量血压、理发"]])
    enrich(a, {"province": "山东省", "city": "济南市"})
    [act] = a.activities
    assert act["date"] == "2024-03-05" and set(act["types"]) == {"health", "convenience"}
    assert [(c["value"], c["kind"]) for c in act["counts"]] == [(20, "participants"), (120, "beneficiaries")]


def test_background_sentences_give_no_activity():
    a = article(["9月14日，城东街道组织志愿者到海堤开展巡查，劝导群众撤离低洼地带。",
                 "据了解，该志愿服务队成立以来，长期开展垃圾分类宣传、文艺演出等志愿服务。",
                 "多年来，队员们常态化开展助老服务，累计服务群众上万人次。"], published="2024-09-20")
    enrich(a, {"province": "浙江省", "city": "台州市"})
    assert [x["paragraph"] for x in a.activities] == [0]
    assert a.activities[0]["types"] == ["patrol_safety"]
    # what a team usually does, or when it was founded, is no activity of the day (writers I, L and P)
    b = article(["5月20日，城东街道“夕阳红”为老服务队在居民区开展消防安全宣传，发放宣传册200份。",
                 "“夕阳红”为老服务队平时主要为居民区里的独居、高龄老人提供助餐、助浴、陪同就医等服务。",
                 "这支队伍成立于2021年，由退休教师和老党员组成，还常到敬老院为老人们义务理发。",
                 "此外，服务队还经常走访辖区困难老人、开展普法宣传。"], published="2024-05-22")
    enrich(b, {"province": "浙江省", "city": "台州市"})
    assert {t for x in b.activities for t in x["types"]} == {"patrol_safety"}


def test_a_quote_closing_on_a_stop_ends_its_sentence_unless_its_speaker_follows():
    text = "王大爷说：“你们年年都来，比亲人还亲。”据了解，敬老院目前共入住特困老人58名。"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "王大爷说：“你们年年都来，比亲人还亲。”", "据了解，敬老院目前共入住特困老人58名。"]
    said = "“你们年年都来，比亲人还亲。”王大爷笑着说。随后开展义诊。"
    assert [said[a:b] for a, b in split_sentences(said)] == ["“你们年年都来，比亲人还亲。”王大爷笑着说。", "随后开展义诊。"]
    # what the writer learned after the quote is background again, not the day's count
    a = article(["3月5日，志愿者到敬老院为42位老人义诊。" + text], published="2024-03-08")
    enrich(a, {"province": "山西省", "city": "晋中市"})
    assert [c["value"] for x in a.activities for c in x["counts"]] == [42]


def test_hazards_a_check_looks_for_and_pupils_escorted_are_no_types_of_their_own():
    found = find_types("志愿者逐户检查，重点排查电动车飞线充电、楼道堆物等隐患。")
    assert set(found) == {"patrol_safety"}
    text = "志愿者在校门口维护交通秩序，护送学生安全通过斑马线。"
    assert set(the_activity(find_types(text), text)) == {"patrol_safety"}
    text = "志愿者在校门口维护交通秩序，为学生讲解交通安全知识。"
    assert set(the_activity(find_types(text), text)) == {"patrol_safety", "children_youth"}  # served: a type


def test_a_run_of_days_and_the_day_of_the_action():
    from pipelines.enrich.dates import days_of

    a = article(["4月13日至15日，某某县新时代文明实践中心组织志愿者在古城开展文明劝导和交通疏导志愿服务。",
                 "1月5日夜间普降大雪，6日一早，某某镇新时代文明实践所就组织200余名志愿者走上街头扫雪除冰。",
                 "1月20日是腊八节，社区志愿服务队的队员们一大早就熬好了腊八粥，挨家挨户给老人们送去。"],
                published="2024-04-20")
    enrich(a, {"province": "云南省", "city": "西双版纳傣族自治州"})
    first, snow, laba = a.activities
    assert (first["date"], first["date_end"]) == ("2024-04-13", "2024-04-15")
    assert days_of(first["date"], first["date_end"]) == ["2024-04-13", "2024-04-14", "2024-04-15"]
    assert (snow["date"], snow["date_end"]) == ("2024-01-06", None)  # the snow fell on the 5th; the work was on the 6th
    assert laba["date"] == "2024-01-20"  # the day written out, not the festival's computed day


def test_a_long_run_is_a_campaign_not_days_of_an_activity():
    from pipelines.enrich.dates import find_dates

    [start, end] = find_dates("5月1日至6月30日，全县开展文明交通志愿服务。", "2024-07-02")
    assert start.until is None and end.date == "2024-06-30"


def test_everyday_words_of_the_types_and_a_years_word_inside_a_phrase():
    found = find_types("心理咨询师为考生开展心理疏导，志愿者为居家老人送菜上门，并为游客提供免费茶水和充电服务。")
    assert {"health", "convenience"} <= set(found)
    assert "epidemic_prevention" in find_types("志愿者为客商测量体温、查验健康码。")
    assert "culture" in find_types("绣娘们手把手教孩子们学习苗绣针法。")
    assert "civility" in find_types("倡导村民婚丧嫁娶简办，不比排场。")
    assert "health" not in find_types("叮嘱大家遇到头晕、恶心等情况要第一时间离开房间并拨打急救电话。")
    assert "education" in find_types("12名青年志愿者为社区里28名小学生开展课后辅导。")
    assert "education" in find_types("志愿者们按年级把孩子们分成小组，逐一检查家庭作业。")
    a = article(["10月4日，某某镇新时代文明实践所为村里的老人举办重阳活动。",
                 "结合近年来多发的骗局，民警为老人们开设防诈骗小课堂，讲解常见骗术。"], published="2023-10-06")
    enrich(a, {"province": "广西壮族自治区", "city": "桂林市"})
    assert any("anti_fraud" in x["types"] for x in a.activities)  # 近年来 inside a phrase is no background sentence


def test_a_talks_list_of_topics_and_a_tally_after_the_action():
    found = find_types("宣讲员讲解了深化农村改革、完善医疗保障、健全养老服务和促进农民增收等内容。")
    assert set(found) == {"theory_outreach"}
    a = article(["“五一”期间，某某镇新时代文明实践所组织志愿者在古城开展文明旅游志愿服务。",
                 "在便民服务点，志愿者为游客提供免费手机充电、雨伞借用和针线缝补等服务，累计服务游客500余人次。",
                 "该志愿服务队常年开展助农采茶、义诊和法律咨询等活动。"], published="2024-05-06")
    enrich(a, {"province": "湖南省", "city": "湘西土家族苗族自治州"})
    types = {t for x in a.activities for t in x["types"]}
    assert "convenience" in types  # the tally follows the action: an activity
    assert not {"health", "legal_aid", "rural_support"} & types  # a habit told before any action: background


def test_local_opera_by_its_form_and_words_that_only_end_alike():
    assert find_types("剧团为老人们演唱了经典晋剧选段").get("culture") == ["晋剧"]
    assert "culture" in find_types("侗戏演出走进村寨")
    for text in ["志愿者陪孩子们做游戏", "邻里矛盾加剧", "这是他的拿手好戏"]:
        assert "culture" not in find_types(text), text


def test_a_disease_named_is_prevention_and_a_pension_is_no_care_for_the_old():
    assert "epidemic_prevention" in find_types("志愿者清除积水点，宣传登革热防控知识")
    assert "epidemic_prevention" in find_types("为重点人群开展新冠病毒感染健康随访")
    for text in ["解答养老保险等问题", "揭露以房养老、养老诈骗等骗局"]:
        assert "elderly_care" not in find_types(text), text


def test_firms_names_fields_of_a_question_and_embroidery_by_its_form():
    assert "health" not in find_types("来自某某康达医疗器械有限公司的党员志愿者承担了磨刀摊位")
    assert "elderly_care" not in find_types("为村民解答土地流转、婚姻家庭、赡养老人等方面的法律问题")
    assert "legal_aid" in find_types("为村民解答土地流转、婚姻家庭、赡养老人等方面的法律问题")
    assert "culture" in find_types("与当地艺人一起开展土族盘绣技艺交流活动")
    assert "culture" not in find_types("共建锦绣家园")
    assert "legal_aid" in find_types("在步行街开展禁毒宣传活动")
    assert "environment" not in find_types("发放环保购物袋300个")


def test_a_study_tour_is_no_tutoring_and_a_lost_child_helped_home_no_childrens_activity():
    assert "education" not in find_types("组织30名中小学生走进革命旧址开展红色研学活动")
    assert "children_youth" not in find_types("志愿者还帮助一名走失的孩子找到了家人")
    assert "children_youth" in find_types("志愿者为留守儿童辅导作业")


def test_quoted_speech_names_no_activity_type():
    # what a resident or volunteer is quoted as saying is their word, not the report's account of what was done
    assert find_types("“我们社区老年人多，不少老人不会用手机亮码，我们就帮他们手工登记。”社区志愿者王红梅说。") == {}
    assert find_types("村民说：“报告里说要全面推进乡村振兴，我们种苹果的心里更有底了。”") == {}
    assert find_types("种植大户孙永海说，“就是村里年轻人都出去了，要是有人帮老人们扫扫院子就好了。”") == {}
    assert "health" in find_types("志愿者为村民测量血压，村民高兴地说“真方便”。")  # a short reply hides nothing


def test_a_plan_after_the_activity_is_no_activity():
    a = article(["10月27日下午，20多名小学生在社区“四点半课堂”里，在志愿者的辅导下写作业。",
                 "社区计划下学期增设书法、围棋等兴趣课程，进一步丰富孩子们的课后生活。"], published="2021-10-29")
    enrich(a)
    assert a.activities and all("culture" not in x["types"] for x in a.activities)
    a = article(["10月27日下午，20多名小学生在社区“四点半课堂”里，在志愿者的辅导下写作业。",
                 "社区负责人表示，下学期将新增书法、编程等特色课程。"], published="2021-10-29")
    enrich(a)
    assert a.activities and all("culture" not in x["types"] for x in a.activities)  # a time still to come


def test_keeping_order_at_a_testing_site_is_no_patrol_and_a_repairer_no_repair_service():
    assert "patrol_safety" not in find_types("采样点前，志愿者们扫码登记、维护秩序、引导群众间隔一米排队。")
    assert "patrol_safety" in find_types("放学时段，志愿者们在校门口维护交通秩序，护送学生过马路。")
    assert "convenience" not in find_types("网格员陪双方查看漏水点、联系维修师傅，村民提出了通组道路维修等问题。")
    assert "convenience" in find_types("志愿者们支起工具台，为居民维修电饭煲、电风扇。")


def test_what_a_dispute_was_about_and_what_its_settlement_holds_are_no_services():
    got = find_types("调解员又来到12号楼，调解一起因公共楼道堆物引发的矛盾，最终促成双方达成维修和补偿协议。")
    assert set(got) == {"mediation"}
    assert "environment" in find_types("志愿者们清理公共楼道堆物，疏通消防通道。")
    assert set(find_types("经过耐心调解，双方最终达成一致：由楼上住户负责维修管道，双方共同承担费用。")) == {"mediation"}


def test_a_talk_that_goes_from_one_topic_to_others_gives_only_the_talks_type():
    got = find_types("宣讲中，老党员紧扣群众关心的话题，从深化农村土地制度改革、发展乡村特色产业，讲到完善养老服务体系、"
                     "推动优质医疗和教育资源下沉，把大道理讲成了家常话。")
    assert set(got) == {"theory_outreach"}


def test_the_spirit_of_a_party_meeting_makes_a_talk_theory_outreach_even_as_its_topic():
    got = find_types("社区党员围绕今年全国两会精神，用小切口讲大道理，为居民解读就业、养老、教育等民生领域的新举措。")
    assert "theory_outreach" in got
    assert "theory_outreach" not in find_types("围绕关爱老人、义诊、环境整治等开展志愿服务。")


def test_people_an_activity_is_aimed_at_or_invites_are_served():
    def types(text):
        return the_activity(find_types(text), text)

    # 面向中小学生开展…, 邀请学生上台体验: the activity is for them (writers C, E, G and J)
    assert "children_youth" in types("面向辖区中小学生和家长开展反诈宣传活动。")
    assert "children_youth" in types("现场演示急救技能，并邀请学生上台体验。")
    assert "children_youth" not in types("对行动不便的老人和学生，志愿者现场登记。")


def test_a_things_name_a_season_and_what_someone_explained_are_no_activity():
    # a craft or an experiment named by what it can do
    assert "culture" not in find_types("志愿者带领孩子们用彩纸制作“会唱歌的小鸟”。")
    assert "culture" in find_types("志愿者带领孩子们唱歌跳舞。")
    # a season named by its farm work
    assert "rural_support" not in find_types("秋收时节，两户村民因宅基地边界起了争执。")
    assert "rural_support" in find_types("秋收时节，志愿者帮助农户抢收玉米。")
    # what a speaker explained the place is for
    assert "legal_aid" not in find_types("站长笑着解释：“这里白天是律师值班、居民咨询法律问题的地方，晚上才空出来。”")


def test_a_part_of_the_programme_called_off_is_no_activity():
    types = types_of(["6月2日，某镇新时代文明实践所在村广场举办“文明实践大集”，医生志愿者为村民测血压、义诊。",
                      "原定于傍晚举行的文艺演出，因突降大雨改期举行。"], "2024-06-03")
    assert "health" in types and "culture" not in types


def test_jiang_as_ba_tells_what_was_done_and_brings_the_object_before_its_verb():
    # 还将 before a verb: to come; before a noun or a place: 将 is 把, what was done
    types = types_of(["5月18日，某镇志愿者在古村开展文明旅游宣传。", "志愿者们还将村内巷道里的烟头、纸屑逐一捡拾干净。",
                      "下月，志愿者们还将组织义诊进村。"], "2024-05-19")
    assert "environment" in types and "health" not in types
    assert "environment" in find_types("队员们把河道两岸的垃圾全部清理干净。")


def test_what_was_not_done_what_was_once_done_and_the_original_plan_are_no_activity():
    # 没有…，而是…: the first part was not done
    assert "culture" not in find_types("队员们没有去广场扭秧歌，而是挨个楼道开展消防安全检查。")
    assert "patrol_safety" in find_types("队员们没有去广场扭秧歌，而是挨个楼道开展消防安全检查。")
    assert types_of(["4月8日上午，某某社区志愿者在广场上捡拾烟头、清理小广告。", "社区曾在这里组织过一次消防应急疏散演练。",
                     "按原计划，队员们活动结束后还要排练迎新春节目，因天黑只好改天。"], "2023-04-09") == {"environment"}


def test_what_is_next_wished_for_prepared_or_called_off_and_what_a_place_is_are_no_activity():
    assert types_of(["10月14日，某某派出所民警走进玉米地，帮助农户抢收玉米。", "带队的副所长当即答应，下次进村就开一场反诈讲座。",
                     "有居民说，希望能多组织几场文艺演出。", "去年秋收期间，派出所还曾在这里开展秋季防火安全检查。",
                     "某某村是远近闻名的扎染村，不少村民白天还在作坊里忙着扎染。"], "2023-10-15") == {"rural_support"}


def test_what_someone_plans_or_a_standing_habit_is_no_activity():
    assert types_of(["3月7日下午，某某村妇女在村文化室跟着老师学习书法，写下春联40余副。",
                     "村妇联主席表示，接下来还想请县里的律师来讲讲婚姻家庭方面的法律知识。",
                     "每逢周末，附近的律师事务所还会派人来摆摊答疑。"], "2023-03-08") == {"culture"}


def test_doctors_who_came_name_no_health_service_by_themselves():
    text = ("5月31日，某某县人民医院志愿服务队的15名医护志愿者来到村小学，和村里的46名留守儿童一起过了一个快乐的节日。")
    assert the_activity(find_types(text), text).keys() == {"children_youth"}
    text = "5月31日，15名医护志愿者来到村卫生室，为村民义诊。"
    assert "health" in the_activity(find_types(text), text)


def test_a_purpose_of_values_or_atmosphere_frames_what_was_done_and_gives_no_type():
    assert "civility" not in find_types("为弘扬孝老爱亲传统美德，社区志愿者走访慰问辖区独居老人。")
    assert "civility" not in find_types("为巩固全国文明城市创建成果，志愿者在路口清理小广告。")
    assert "civility" in find_types("志愿者在路口开展文明交通劝导，为创建全国文明城市添彩。")


def test_a_neighbours_festival_is_a_good_neighbour_drive():
    assert "civility" in find_types("9月20日，某某社区举办第四届邻里节，居民们端出拿手菜摆起百家宴。")


def test_a_dance_named_by_its_form_is_culture_and_encouragement_is_not():
    assert "culture" in find_types("广场上，朝鲜族大妈们跳起了欢快的农乐舞，大学生志愿者也跟着学了起来。")
    assert "culture" in find_types("居民们和宣讲员一起跳起了麦西来甫。")
    assert "culture" not in find_types("志愿者的行动鼓舞了村民，大家挥舞着小红旗。")


def test_a_talks_list_of_topics_stays_in_its_clause():
    # the list of what a talk went through ends at its clause; what follows is told on its own
    got = find_types("志愿者还为孩子们讲解了暑期防溺水、防雷电等安全知识，叮嘱孩子们不到河边、塘边玩水。")
    assert "patrol_safety" in got
    # a fraud named after the old is no care for them (“保健品”养老骗局)
    assert "elderly_care" not in find_types("志愿者向赶集群众揭露刷单返利、虚假投资理财、“保健品”养老骗局等诈骗手法。")


def test_people_served_may_be_described_at_some_length_before_they_are_named():
    found = find_types("下午，志愿者走进县中学，为400余名即将放暑假的学生上了一堂禁毒知识课。")
    assert "children_youth" in the_activity(found, "下午，志愿者走进县中学，为400余名即将放暑假的学生上了一堂禁毒知识课。")


def test_what_is_wished_for_or_left_for_next_time_is_no_activity():
    from tests.enrichtexts import enriched

    a = enriched(["1月20日，社区志愿者在小广场为居民磨剪刀、修雨伞。",
                  "孙奶奶说，她跟志愿者约好，下回社区办义诊时再来看看腰腿疼的老毛病。",
                  "孩子们写下新年愿望，有的希望消防员叔叔能来教他们灭火。"])
    assert {t for act in a.activities for t in act["types"]} == {"convenience"}


def test_words_quoted_after_a_speakers_verb_and_colon_are_theirs():
    got = types_of(["8月7日晚，宣讲团的3名宣讲员在村部院坝里给乡亲们上了一堂“微党课”。",
                    "宣讲员从村里的变化讲起：“全会提出要完善养老、医疗保障，这些和咱们每家每户都有关系。”"])
    assert got == {"theory_outreach"}


def test_what_a_sign_shows_is_no_activity():
    got = types_of(["10月3日中午，村里60多户村民端出拿手菜，在文化广场摆起百家宴，志愿者们帮着摆桌、上菜。",
                    "宴席旁的宣传栏上，还贴着“防范电信网络诈骗”的宣传海报。"])
    assert "anti_fraud" not in got
    assert "anti_fraud" in types_of(["10月3日，志愿者在集市上张贴反诈宣传海报，向群众讲解防范电信网络诈骗知识。"])


def test_the_forms_a_talk_took_are_no_activities_of_their_own():
    got = types_of(["12月5日，派出所民警和志愿者在广场上通过情景剧、有奖问答等形式，向居民讲解常见电信诈骗手法。"])
    assert got == {"anti_fraud"}


def test_a_standing_rooms_name_is_no_activity_done_in_it():
    got = types_of(["10月23日是重阳节。一大早，村里的“法润书屋”里就热闹起来，15名志愿者围坐在老人们身边，陪他们喝茶、聊天。"])
    assert "culture" not in got and "elderly_care" in got
    assert "convenience" not in types_of(["11月4日，在下庄村便民服务中心，医护人员为60岁以上的老人逐一接种流感疫苗。"])
    assert "convenience" not in types_of(["12月6日，志愿者对村便民服务中心、村小学教室等公共场所进行了消毒。"], "2024-12-08")


def test_first_aid_shown_in_a_safety_class_is_the_class():
    got = types_of(["7月21日下午，志愿者把“防溺水安全课”搬进了镇留守儿童之家，通过动画视频、急救演示和有奖问答，"
                    "为35名留守儿童讲解防溺水知识。"], published="2024-07-25")
    assert "health" not in got and "patrol_safety" in got
    assert "health" in types_of(["5月12日，社区卫生服务中心的医生为居民开展急救知识培训，演示心肺复苏。"])


def test_a_lawyer_names_legal_aid_only_when_the_sentence_tells_the_service():
    got = types_of(["6月2日，某某社区举办第二届睦邻节，某某律师事务所的4名律师登台演唱了一段黄梅戏。"], "2024-06-05")
    assert "legal_aid" not in got and "culture" in got
    assert "legal_aid" not in find_types("参加清扫的志愿者里，有社区的法律顾问李律师，也有放暑假的中学生。")
    assert "legal_aid" in find_types("6月9日，3名律师在村委会为村民答疑，接待群众20余人次。")
    assert "legal_aid" in find_types("律师志愿者现场解答土地承包方面的疑问。")


def test_what_was_put_aside_for_the_day_or_said_not_held_is_no_activity():
    got = types_of(["1月20日，某某社区平安巡逻队的队员们放下了巡逻手电，陪着20多个留守孩子在河边的冰场上滑冰车。"],
                   "2024-01-22")
    assert "patrol_safety" not in got and "children_youth" in got
    got = types_of(["7月9日，某某医学院的8名学生走进某某村，为村里的孩子辅导暑假作业，这次却没有开展义诊。"], "2024-07-12")
    assert "health" not in got
    assert "health" in types_of(["7月9日，某某医学院的8名学生在某某村开展义诊，为村民测量血压。"], "2024-07-12")


def test_a_skit_acting_out_a_warning_talks_tricks_is_the_talk():
    got = types_of(["3月2日，某某派出所民警和志愿者走进某某小学，以情景剧形式再现了“刷单返利”“冒充客服”等诈骗手法。"],
                   "2024-03-05")
    assert "culture" not in got and "anti_fraud" in got
    got = types_of(["3月2日晚，某某镇文艺志愿服务队在广场演出反诈小品、快板等6个节目，吸引群众300余人观看。"], "2024-03-05")
    assert {"culture", "anti_fraud"} <= got


def test_the_frauds_a_warning_talk_names_are_its_matter_not_care_for_the_old():
    got = types_of(["9月20日，社区民警结合“以房养老”“养老公寓预售”等案例，向居民讲解常见诈骗手法。"], "2024-09-22")
    assert got == {"anti_fraud"}
    got = types_of(["9月20日，志愿者在集市上揭露以高价保健品、养老项目投资为幌子的骗局，发放宣传单300余份。"], "2024-09-22")
    assert got == {"anti_fraud"}
    assert "elderly_care" in types_of(["9月20日，志愿者走进敬老院，为老人们理发、剪指甲，陪他们聊天。"], "2024-09-22")


def test_a_persons_years_at_a_trade_or_a_pastime_are_who_they_are():
    got = types_of(["5月6日，某某社区便民服务队在小区门口为居民理发、磨剪刀。",
                    "理发的王师傅退休前当了20年消防员，一把推子用得得心应手。",
                    "队长李秀英跳了十几年广场舞，这回也拿起了剪刀。"], "2024-05-08")
    assert got == {"convenience"}


def test_what_someone_says_was_done_over_the_years_and_a_show_moved_to_later_are_no_activity():
    got = types_of(["9月3日，某某村文艺志愿服务队的20名队员来到村里的青稞地，帮助5户农户抢收青稞20余亩。",
                    "队长说，看到地里这么忙，大家商量着先帮着收，演出改到收割结束后的9月中旬。",
                    "据实践站负责人介绍，近年来村里依托实践站开展盘绣技能培训、安召舞教学等活动。"], "2024-09-05")
    assert got == {"rural_support"}


def test_more_farm_work_done_for_the_farmers():
    got = types_of(["4月24日一早，服务队的队员们来到村里的葡萄种植基地，帮6户村民完成了15亩葡萄园的上架。"], "2024-04-26")
    assert got == {"rural_support"}
    assert "rural_support" not in types_of(["4月15日，志愿者帮助40多名采茶工下载安装国家反诈中心APP。"], "2024-04-26")


def test_rubbish_sorting_in_its_own_words():
    got = types_of(["7月1日傍晚，街道组织30名志愿者到各居民区投放点“桶边值守”，指导居民破袋投放湿垃圾。"], "2024-07-03")
    assert got == {"environment"}


def test_a_service_posts_help_for_visitors_is_convenience():
    got = types_of(["10月3日，志愿服务点为游客提供问路指引、手机充电、应急药品等服务，累计服务游客2000余人次。"], "2024-10-05")
    assert "convenience" in got
    got = types_of(["2月13日至15日，县青年志愿者协会在汽车站为返程旅客提供热水、行李搬运、乘车咨询等服务。"], "2024-02-16")
    assert "convenience" in got


def test_classes_for_children_in_more_words_and_homework_helped_with():
    assert "education" in types_of(["7月10日，某某大学的12名大学生来到村里支教，为孩子们开设了为期一周的公益课堂。"], "2024-07-17")
    assert "education" in types_of(["10月26日上午，志愿者们分成小组为孩子们辅导数学、英语作业。"], "2024-10-28")


def test_civility_in_the_words_of_its_campaigns():
    assert "civility" in types_of(["10月26日，志愿者在小区内开展文明养犬宣传，向遛狗居民发放拾便袋和倡议书。"], "2024-10-28")


def test_a_region_that_is_no_mapping_is_refused_with_what_to_pass():
    import pytest

    art = article(["3月2日，某某村开展义诊。"])
    with pytest.raises(TypeError, match="mapping of levels"):
        enrich(art, "贵州省遵义市播州区")


def test_a_summer_camp_for_children_is_no_class():
    got = types_of(["8月7日至9日，某某县留守儿童关爱夏令营在某某社区举行，志愿者带着孩子们做手工、学唱童谣。"], "2024-08-12")
    assert "education" not in got and "children_youth" in got


def test_household_things_repaired_are_convenience():
    got = types_of(["10月11日下午，便民志愿服务队上门为20户居民检修电饭煲、台灯、水龙头，更换老化插座。"], "2024-10-12")
    assert "convenience" in got


def test_a_trade_in_stage_costumes_is_no_show():
    got = types_of(["12月3日，某某镇在某某村设立临时疫苗接种点，为160余名60岁以上老人接种疫苗。",
                    "某某村是全国知名的“淘宝村”，村里年轻人大多在忙演出服电商生意。"], "2023-12-05")
    assert "culture" not in got


def test_a_quoted_banner_the_speakers_trade_and_a_talks_contents_are_no_activities():
    got = types_of(["2月2日，村里的书法志愿者为村民写春联。文化礼堂门口，一条“移风易俗树新风 文明节俭过大年”的红色横幅格外醒目。"],
                   "2024-02-04")
    assert "civility" not in got and "culture" in got
    got = types_of(["4月4日，森林防火志愿服务队的50余名志愿者在山林间巡查，劝阻野外用火。",
                    "“茶山就是我们的饭碗，一把火烧起来，几代人的心血就没了。”志愿者、茶农周大叔说。"], "2024-04-08")
    assert "rural_support" not in got and "patrol_safety" in got
    got = types_of(["4月3日，宣讲团在纪念馆广场举办专题宣讲，宣讲员结合政府工作报告中关于乡村振兴、养老服务等内容讲政策。"], "2024-04-05")
    assert got == {"theory_outreach"}


def test_keeping_children_off_dangerous_water_is_safety_work():
    got = types_of(["7月10日，队员们沿渠堤走了约6公里，扶正、加固警示牌17块，劝离在渠边玩耍的孩子9人。"], "2024-07-12")
    assert "patrol_safety" in got
