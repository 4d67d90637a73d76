"""Where the text says more than the lists: a village placed by the township its
sentence names, a county renamed into a district listed once, a verb that
runs into a community's name; and the activity's own figures, types and tense
told from a place's profile, a tally of teams, a plan by its month, the people
an action is for.  Every case is written here; none is taken from an
evaluation text."""
from parsers.record import Article, Block
from pipelines.enrich import enrich
from pipelines.enrich import gazetteer as gz
from pipelines.enrich.counts import find_counts
from pipelines.enrich.places import distinct_places, find_places
from pipelines.enrich.text import article_text

from .enrichtexts import types_of


def places(paragraphs, region=None):
    return distinct_places(find_places(article_text(None, [], paragraphs), region))


def article(paragraphs, published="2024-05-20"):
    return Article(published=published, blocks=[Block("paragraph", p) for p in paragraphs])


def test_a_village_is_placed_by_the_township_its_sentence_names_over_the_lists_namesake():
    ps = places(["5月18日，寿光市文家街道志愿者走进敬老院。",
                 "当天下午，孙家集街道新时代文明实践所组织电工志愿者来到桃园村，为村民检查线路。"])
    [village] = [p for p in ps if p.get("community") == "桃园村"]
    assert village["township"] == "孙家集街道" and village["resolved"] is False  # the lists' 桃园村 is 纪台镇's
    listed = places(["5月18日，寿光市纪台镇新时代文明实践所组织电工志愿者来到桃园村，为村民检查线路。"])
    [village] = [p for p in listed if p.get("community") == "桃园村"]
    assert village["township"] == "纪台镇" and village["resolved"] is True


def test_a_county_made_a_district_is_one_place_with_its_current_code():
    g = gz.load()
    assert [d.code for d in g.named("孟津区")] == ["410308"]
    assert [d.code for d in g.named("会盟镇")] == ["410308101"]
    ps = places(["孟津区会盟镇志愿者走进敬老院，为老人理发。"])
    township = next(p for p in ps if p.get("township") == "会盟镇")
    assert township["resolved"] is True and township["city"] == "洛阳市"


def test_a_verb_that_runs_into_a_communitys_name_is_no_part_of_it():
    ps = places(["郫都区犀浦街道红星社区依托红星社区新时代文明实践站开办“四点半课堂”。"])
    assert "依托红星社区" not in {p.get("community") for p in ps}


def test_a_sentence_that_says_what_the_place_is_gives_background_figures():
    [count] = [c for c in find_counts("某某县是劳务输出大县，全县有留守儿童1.3万余名。", all_kinds=True) if c["value"] == 13000]
    assert count["kind"] == "background"
    [count] = find_counts("某某镇是传统渔业重镇，从业渔民上万人。", all_kinds=True)
    assert count["kind"] == "background"
    assert find_counts("某某镇志愿者为渔民义诊110余人次。")[0]["kind"] == "beneficiaries"


def test_a_tally_of_teams_of_a_kind_names_no_team():
    a = article(["5月18日，“稻香”青年志愿服务队帮助农户抢收小麦。", "据介绍，今年以来，该市已组建助农志愿服务队56支。"])
    enrich(a)
    assert [t.get("full") or t["name"] for t in a.teams] == ["稻香青年志愿服务队"]


def test_about_to_before_a_noun_tells_who_not_when():
    a = article(["5月18日，某某镇新时代文明实践所组织志愿者在中心渔港开展“护航开海”志愿服务活动。",
                 "志愿者逐一登上即将出海的渔船，检查救生筏、灭火器，共检查渔船42艘。"])
    enrich(a)
    assert [c["value"] for act in a.activities for c in act["counts"]] == [42]
    assert types_of(["5月18日，志愿者在社区开展义诊。", "镇司法所计划6月在全镇各村开展《民法典》宣讲。"]) == {"health"}


def test_the_types_of_farm_help_law_classes_and_help_at_home():
    cases = {
        "5月18日，兽医志愿者走进棚圈，为牧民的牛羊检查身体。": {"rural_support"},
        "5月18日，志愿者在直播间里帮助农户销售大米1.2万斤。": {"rural_support"},
        "5月18日，普法志愿者走进某某中学，为学生上了一堂法治课。": {"legal_aid", "children_youth"},
        "5月18日，志愿者为独居老人理发、清扫房屋。": {"elderly_care", "convenience"},
    }
    for text, types in cases.items():
        assert types_of([text]) == types, text


def test_one_reading_word_at_a_childrens_fair_names_no_culture_but_a_reading_event_does():
    assert types_of(["5月31日，某某社区新时代文明实践站开展“快乐六一”亲子活动，30余名孩子和家长参加。",
                    "志愿者带着孩子们做游戏、讲绘本故事，现场笑声不断。"]) == {"children_youth"}
    assert "culture" in types_of(["4月23日，某某社区新时代文明实践站在农家书屋开展亲子阅读活动，30余名孩子和家长参加。",
                                 "志愿者为孩子们挑选图书、共读绘本，现场书香浓浓。"])



def test_an_explainer_of_questions_and_answers_gives_no_records_but_a_talk_of_stories_is_a_report():
    explainer = Article(title="一文读懂｜志愿服务积分怎么攒、怎么兑？", published="2024-05-20", blocks=[
        Block("paragraph", p) for p in (
            "问：积分从哪里来？", "答：志愿者参加某某区新时代文明实践站发布的活动，签到签退后系统自动记录时长，1小时积1分。",
            "问：积分怎么用？", "答：凭积分卡到实践站“爱心超市”兑换洗衣液、大米等生活用品，也可兑换理发、家电维修等服务。",
            "问：效果如何？", "答：去年以来，全区已有3200余名志愿者完成积分兑换，参与志愿服务的热情明显提高。")])
    enrich(explainer)
    assert explainer.genre == "other" and explainer.activities == []
    talk = Article(title="某某镇：“红色故事会”把党史故事讲到田间地头", published="2024-07-03", blocks=[
        Block("paragraph", p) for p in (
            "7月1日上午，某某镇新时代文明实践所里座无虚席，“草根宣讲团”的老党员们结合亲身经历，为60余名村民讲述红色故事。",
            "宣讲结束后，志愿者还为村民发放党史学习读本200余册。")])
    enrich(talk)
    assert talk.genre == "activity_report" and talk.activities


def test_a_volunteers_training_course_is_no_after_school_class_but_holiday_homework_help_is():
    assert "education" not in types_of(["4月12日上午，某某镇新时代文明实践所举办应急救护志愿者培训班，45名志愿者学习心肺复苏。",
                                       "培训结束后，志愿者们来到某某社区，为120余名居民讲解急救要领。"])
    assert "education" in types_of(["8月14日下午，某某社区新时代文明实践站的暑期爱心课堂里，志愿者带着32名孩子完成暑假作业。",
                                   "随后，志愿者还教孩子们剪纸、唱童谣。"])


def test_all_the_countys_volunteers_are_no_team_nor_a_village_school_a_village():
    a = article(["近年来，全县志愿者队伍不断壮大。5月18日，某某县“山里红”助学志愿服务队来到某某镇一所山村小学，为孩子们送去书包。",
                 "志愿者还为30余名学生讲解安全知识。"])
    enrich(a)
    assert [t.get("full") or t["name"] for t in a.teams] == ["某某县山里红助学志愿服务队"]
    assert not [p for p in places([b.text for b in a.blocks]) if (p.get("community") or "").endswith("山村")]


def test_a_river_patrolled_or_a_corridor_cleared_for_fire_safety_is_no_clean_up():
    assert "environment" not in types_of(["7月10日，某某镇青年志愿服务队沿河道开展防溺水巡查，劝离在河边游玩的孩子20余名。",
                                         "志愿者还在河边设置了安全警示牌6块。"])
    assert types_of(["11月9日，某某社区志愿者开展消防安全检查，逐栋清理楼道杂物，排查消防隐患12处。",
                    "志愿者还向居民发放消防安全宣传册200余份。"]) == {"patrol_safety"}
    assert "environment" in types_of(["3月5日，某某社区志愿者开展环境整治，清理楼道杂物、捡拾垃圾，清运垃圾2车。",
                                     "活动吸引了30余名居民参加。"])


def test_a_talk_gone_through_from_one_topic_to_another_is_a_talk_and_a_campaigns_name_no_type():
    assert types_of(["5月16日晚，某某村的“老乡宣讲队”为80余名村民宣讲惠民政策。",
                     "宣讲从医保缴费讲起，又说到养老保险怎么交、防范电信网络诈骗要留心哪些套路、森林防火有哪些规定。"]) \
        == {"theory_outreach"}
    assert types_of(["9月24日，某某镇的“田坎宣讲”小分队在地头为60余名村民宣讲政策，并结合耕地保护、农村养老保险、"
                     "防范电信诈骗等群众关心的政策答疑解惑。", "宣讲结束后，志愿者发放明白纸100余份。"]) == {"theory_outreach"}
    assert types_of(["11月21日，某某镇新时代文明实践所组织25名志愿者开展“敬老护航”行动，协助老人接种新冠疫苗。",
                     "三天共协助142名老人完成疫苗接种。"]) == {"epidemic_prevention"}


def test_a_village_named_after_a_station_and_and_is_a_village():
    ps = places(["调研组先后察看了婺源县江湾镇新时代文明实践所和晓溪坞村新时代文明实践站。"])
    assert "晓溪坞村" in {p.get("community") for p in ps}
    ps = places(["长春市朝阳区桂林街道同志街社区定于9月15日举办游园会。"])
    assert "同志街社区" in {p.get("community") for p in ps}


def test_a_village_named_with_a_generic_first_character_after_its_township_or_before_its_station():
    found = places(["5月12日，志愿者来到安吉县天荒坪镇小溪口村，帮助茶农采茶。"])
    assert "小溪口村" in {p["community"] for p in found}
    found = places(["安吉县递铺街道的大石桥村新时代文明实践站组织志愿者开展义诊。"])
    assert "大石桥村" in {p["community"] for p in found}
    found = places(["安吉县农业农村局联合天荒坪镇各村开展助农服务，小社区也有大服务。"])
    assert not {p["community"] for p in found} - {None}


def test_a_district_the_dictionary_calls_a_person_is_still_a_district_but_a_common_word_no_place():
    assert "于洪区" in {p["county"] for p in places(["5月10日，于洪区志愿者走进社区开展义诊。"])}
    assert "徐汇区" in {p["county"] for p in places(["5月24日，徐汇区的志愿集市在社区小广场开张。"])}
    assert not places(["各地要推进小城镇建设，完善城区公共服务。"])
