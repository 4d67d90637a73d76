"""The genre comes first: notices, meeting summaries, recruitment calls, award
lists and policies give no activity records; reports do."""
import pytest

from parsers.record import Article, Block
from pipelines.enrich import enrich, within_cap
from pipelines.enrich.genre import classify

NOT_ACTIVITIES = {
    "notice": ("关于开展2024年“我们的节日·端午”主题活动的通知",
               ["各镇（街道）新时代文明实践所：", "为弘扬传统文化，经研究，决定于6月8日至6月10日在全区开展“我们的节日·端午”"
                "主题活动。现将有关事项通知如下：", "一、活动时间：6月8日上午9时。二、活动地点：区文化广场。",
                "请各单位于6月5日前报送参加人员名单，联系人：王某，联系电话：0531-8888888。", "特此通知。"]),
    "recruitment": ("招募令！城南街道“银龄”志愿服务队等你来",
                    ["为丰富辖区老年人精神文化生活，城南街道现面向社会招募志愿者30名。",
                     "招募条件：热心公益，身体健康，每月能参加志愿服务不少于4次。",
                     "报名方式：即日起至9月30日，扫描下方二维码报名，或到街道新时代文明实践所现场报名。咨询电话：12345678。",
                     "欢迎广大居民踊跃报名！"]),
    "meeting_summary": ("全县新时代文明实践工作推进会召开",
                ["3月12日，全县新时代文明实践工作推进会召开。县委常委、宣传部部长李某出席会议并讲话。",
                 "会议听取了各乡镇2023年度工作汇报。会议指出，今年以来，全县已建成新时代文明实践站312个，"
                 "注册志愿者达12万人，累计开展志愿服务活动1.5万场次。",
                 "会议强调，要进一步健全志愿服务体系，聚焦群众需求，持续开展关爱老人、环境整治等志愿服务。",
                 "各乡镇分管负责同志参加会议。"]),
    "list_award": ("2023年度全市优秀志愿服务项目和先进个人名单公示",
             ["经基层推荐、评审委员会评选，拟表彰以下优秀志愿服务项目和先进个人，现予以公示。",
              "优秀志愿服务项目（10个）：“夕阳红”助老服务、“护苗”课后辅导、“净美家园”环境整治、“法润万家”普法宣传、"
              "“平安守护”夜间巡逻、“书香社区”阅读推广、“邻里和”矛盾调解、“健康同行”义诊服务。",
              "先进个人（8名）：张某某、李某某、王某某、赵某某、刘某某、陈某某、杨某某、黄某某。",
              "公示期为2023年12月20日至12月26日。如有异议，请在公示期内向市文明办反映。"]),
    "policy": ("某市志愿服务积分管理办法",
               ["第一条 为规范志愿服务积分管理，激励志愿者参与志愿服务，根据有关规定，制定本办法。",
                "第二条 本办法适用于在本市注册的志愿者。",
                "第三条 志愿者参加关爱老人、环境整治、义诊等志愿服务，每服务1小时积1分。各单位要严格审核服务时长，不得虚报。",
                "第四条 本办法自印发之日起施行。"]),
}


def article(title, paragraphs, published="2024-06-20"):
    return Article(title=title, published=published, blocks=[Block("paragraph", p) for p in paragraphs])


@pytest.mark.parametrize("kind", NOT_ACTIVITIES)
def test_texts_that_report_no_activity_give_no_records(kind):
    title, paragraphs = NOT_ACTIVITIES[kind]
    a = article(title, paragraphs)
    enrich(a, {"province": "山东省", "city": "济南市"})
    assert a.genre == {"recruitment": "notice"}.get(kind, kind)
    assert a.activities == []


def test_a_report_is_a_report_and_has_its_activity():
    a = article("城南街道：志愿者为独居老人送去端午粽", [
        "6月10日上午，城南街道“银龄”志愿服务队走进幸福社区，为20余名独居老人送去粽子和慰问品。",
        "志愿者们还为老人量血压、测血糖，提醒老人注意防暑。"])
    enrich(a, {"province": "山东省", "city": "济南市"})
    assert a.genre == "activity_report"
    assert a.activities and a.activities[0]["date"] == "2024-06-10"


def test_a_report_that_mentions_a_plan_stays_a_report():
    title = "社区开展垃圾分类宣传"
    paragraphs = ["5月8日，社区志愿者在小区门口开展垃圾分类宣传，发放宣传册200余份。",
                  "下一步，社区将继续开展垃圾分类督导，欢迎居民参与。"]
    assert classify(title, paragraphs) == "activity_report"


def test_a_text_past_the_limit_is_read_to_the_limit_and_says_so():
    kept, note = within_cap(["一" * 60, "二" * 60, "三" * 60], limit=100)
    assert sum(map(len, kept)) == 100 and kept[1] == "二" * 40
    assert "100 of 180" in note
    assert within_cap(["短文"], limit=100) == (["短文"], None)


# Texts that name no day: a profile of years of service, a half-year's work summary.
UNDATED = {
    "other": ("周红梅：八年风雨路 一片志愿心",
              ["在城关镇，提起周红梅，居民们都会竖起大拇指。这位退休教师从2016年加入社区志愿服务队，至今已经八年。",
               "八年来，她每周都要去结对的三户独居老人家里看看，帮着打扫卫生、买菜取药，陪老人们聊天。",
               "在她的带动下，老伴和女儿也注册成为志愿者，一家三口常年活跃在社区。"]),
    "meeting_summary": ("某某区2024年上半年新时代文明实践工作综述",
                        ["今年以来，某某区聚焦群众需求，推动文明实践走深走实。上半年，全区共开展志愿服务活动2100余场次，"
                         "参与志愿者3.2万人次。",
                         "理论宣讲更接地气，组建宣讲队伍28支，累计开展宣讲600余场。医疗志愿者深入乡村开展义诊150余场。"]),
}


@pytest.mark.parametrize("genre", UNDATED)
def test_years_of_service_or_a_half_years_work_told_without_a_day_are_no_report(genre):
    title, paragraphs = UNDATED[genre]
    assert classify(title, paragraphs) == genre
    a = Article(title=title, published="2024-07-05", blocks=[Block("paragraph", p) for p in paragraphs])
    enrich(a)
    assert a.activities == []


def test_a_habit_told_in_a_report_with_a_day_still_reports():
    paragraphs = ["7月3日上午，城关镇新时代文明实践所组织志愿者为辖区独居老人打扫卫生、测量血压。",
                  "据了解，志愿者每周都会上门走访结对老人，帮助老人解决生活难题。"]
    assert classify("志愿服务暖人心", paragraphs) == "activity_report"
    assert classify("志愿服务暖人心", ["城关镇志愿者组织开展敬老活动，为老人理发、打扫卫生。"]) == "activity_report"


def test_a_programme_of_days_to_come_and_a_menu_of_standing_services_are_no_reports():
    programme = ["某某市新时代文明实践中心将于3月4日至3月15日组织“科普大篷车”走进各镇。",
                 "活动安排：3月4日上午，某某镇某某村；3月6日上午，某某镇文化广场，志愿者开展义诊、测血压。",
                 "注意事项：如遇天气原因，活动时间另行调整。"]
    assert classify("“科普大篷车进乡村”志愿服务活动安排", programme, "2024-02-29") == "notice"
    # the same words told of days already past are a report
    assert classify("“科普大篷车”走进乡村", ["3月4日上午，志愿者在某某村开展义诊、测血压。"], "2024-03-05") == "activity_report"
    menu = ["为满足群众需求，某某镇新时代文明实践所制定2024年志愿服务清单，群众可到实践站点单。",
            "【便民服务】1.义务理发：每月一次；2.小家电维修：每月一次，可电话预约上门。",
            "【关爱服务】3.独居老人探访：每周一次；4.重阳敬老活动：每年一次；5.周末书屋：每周六、周日开放。"]
    assert classify("某某镇新时代文明实践所2024年志愿服务清单", menu, "2024-01-10") == "policy"


@pytest.mark.parametrize("genre,title,paragraphs,published", [
    ("list_award", "某某市2023年度“最美志愿者”事迹简介",
     ["经基层推荐、评审委员会评议，某某市2023年度“最美志愿者”评选结果日前揭晓。",
      "王某某（女，56岁，某某社区居民）：2012年起担任社区志愿者，11年来结对帮扶困境儿童27名，每逢周末为孩子们辅导功课。",
      "李某某（男，63岁，退休教师）：退休后在镇新时代文明实践所开设诗词课堂，每周两个晚上授课。",
      "赵某某（男，41岁，救援队队长）：参与山地搜救、溺水打捞、台风抢险等任务300余次，带领队员开展防溺水宣传。"],
     "2024-01-18"),
    ("policy", "某某县2025年新时代文明实践工作要点",
     ["2025年，全县新时代文明实践工作要围绕提质量、创品牌推进。",
      "一、强化理论宣讲。组建百姓宣讲团，全年开展基层宣讲不少于1500场，3月5日组织全县集中服务日，开展义诊、理发等服务。"],
     "2024-12-29"),
    ("notice", "温馨提示｜春节期间某某社区新时代文明实践站开放时间调整",
     ["亲爱的居民朋友们：", "春节期间开放时间调整如下：2月13日至2月17日每天9:00—11:30开放。",
      "常态化志愿服务项目：每周二下午理发（60岁以上老人免费）；每周四上午测量血压、血糖。"], "2024-02-05"),
    ("meeting_summary", "某某县新时代文明实践工作简报（第18期）",
     ["【全县“双节”期间文明实践工作情况】9月29日至10月6日，全县共开展志愿服务活动312场，参与志愿者4860人次。",
      "【存在问题】部分乡镇活动信息录入不及时。", "【下步安排】10月下旬，围绕重阳节开展“敬老月”系列志愿服务。"],
     "2023-10-09"),
    ("meeting_summary", "市文明实践督导组到某某区开展专项督导",
     ["9月12日，某某市新时代文明实践督导组到某某区，对实践所、站建设运行情况进行督导检查。",
      "督导组采取听取汇报、查阅台账、实地察看等方式，先后到城关街道新时代文明实践所、东风社区新时代文明实践站检查。",
      "督导组指出，部分实践站活动内容单一，要求在10月底前完成整改。"], "2024-09-14"),
    ("meeting_summary", "某某区举办2024年志愿服务骨干培训班",
     ["5月22日至23日，某某区在区新时代文明实践中心举办2024年志愿服务骨干培训班，120名志愿服务骨干参加培训。",
      "培训班采取专题授课、案例分享、实操演练相结合的方式，红十字会的培训师现场演示了心肺复苏和创伤包扎。",
      "培训结束时，112名学员考核合格并获得结业证书。"], "2024-05-24"),
    ("other", "一封手写感谢信：“你们比亲人还亲”",
     ["敬爱的社区领导、志愿服务队的孩子们：", "这两年多来，你们每个星期三都来看我，帮我量血压、拖地板、晒被子。",
      "我没有什么能感谢你们的，只能写这封信。祝你们工作顺利，身体健康。"], "2023-11-20"),
])
def test_citations_plans_for_a_year_to_come_notices_briefings_and_letters(genre, title, paragraphs, published):
    assert classify(title, paragraphs, published) == genre
    a = Article(title=title, published=published, blocks=[Block("paragraph", p) for p in paragraphs])
    enrich(a)
    assert a.activities == []


def test_a_news_piece_that_announces_events_to_come_is_a_notice():
    programme = ["记者从某某区新时代文明实践中心获悉，5月份，中心将联合各镇街推出20余场志愿服务活动。",
                 "5月1日上午，某某街道将在步行街举办亲子义卖集市。",
                 "5月10日，某某镇将以母亲节为主题，在文明实践所开设手作课堂。",
                 "5月18日，某某街道将联合图书馆开展阅读分享会，面向儿童招募小读者30名。"]
    assert classify("某某区“五月文明实践月”活动精彩纷呈", programme, "2025-04-28") == "notice"
    # a report that ends with its next event stays a report
    report = ["4月26日上午，某某街道志愿者在步行街开展义卖活动，为困难家庭筹款。",
              "当天，志愿者还为居民义务理发、维修小家电。",
              "5月10日，街道将在文明实践所开设手作课堂。"]
    assert classify("某某街道举办爱心义卖", report, "2025-04-28") == "activity_report"


def test_a_december_day_in_a_january_article_is_last_years_not_one_to_come():
    paragraphs = ["12月28日，某某社区志愿服务队来到小区楼道，清理堆放多年的杂物。",
                  "社区计划于2月20日举办邻里节，届时将有更多志愿者参与。"]
    assert classify("某某街道：志愿服务暖人心", paragraphs, "2022-01-21") == "activity_report"


def test_a_ceremony_held_is_a_meetings_and_a_months_tally_signed_and_dated_is_no_report():
    signing = ["11月7日，某某县新时代文明实践中心与县医院“健康义诊”志愿服务共建协议签约仪式在县新时代文明实践中心举行。",
               "根据协议，自2024年1月起，医疗志愿服务队每月至少1次深入偏远乡镇开展健康义诊。",
               "近年来，某某县已与县直单位签订志愿服务共建协议23份。"]
    assert classify("某某县新时代文明实践中心与县医院签订共建协议", signing, "2023-11-08") != "activity_report"
    tally = ["11月，全县19个乡镇新时代文明实践所共开展志愿服务活动1286场，参与志愿者2.14万人次。",
             "从活动类型看，理论宣讲类活动218场；健康义诊、便民服务类活动247场。",
             "从存在问题看，部分实践站活动内容较为单一。",
             "（某某县新时代文明实践中心 2024年11月30日）"]
    assert classify("11月某某县开展新时代文明实践志愿服务活动1286场", tally, "2024-11-30") != "activity_report"
    # a launch ceremony followed by the services it opened stays a report
    launch = ["3月5日上午，某某街道“学雷锋志愿服务月”启动仪式在文化广场举行。",
              "仪式结束后，志愿者们为居民义诊、理发、维修小家电，服务群众300余人次。"]
    assert classify("某某街道学雷锋志愿服务月启动", launch, "2024-03-06") == "activity_report"


def test_the_shipped_report_weights_are_a_fresh_fit_on_the_tuning_halves():
    """genre_weights.json is what `wenming bench genre_fit --write` gives: refit it
    after changing the cues or the blind sets."""
    import json

    from pipelines.bench.genre_fit import fitted_weights
    from pipelines.enrich import genre

    shipped = json.loads(genre.WEIGHTS.read_text(encoding="utf-8"))
    assert tuple(shipped["features"]) == genre.FEATURES
    fresh = fitted_weights()  # (stored to six places: compared within a ten-thousandth, not rounded on both sides)
    assert len(fresh) == len(shipped["weights"]) and all(abs(a - b) < 1e-4 for a, b in zip(fresh, shipped["weights"]))


def test_a_course_for_the_volunteers_themselves_is_cued_as_a_meetings_text():
    from pipelines.enrich.genre import TITLE_WEIGHT, scores

    body = ["6月4日，县红十字会的医师讲解了心肺复苏，学员们分组练习胸外按压。"]
    course = scores("某某县举办志愿者应急救护培训班", body, "2024-06-07")["meeting_summary"]
    service = scores("某某县举办居民应急救护培训班", body, "2024-06-07")["meeting_summary"]
    assert course >= service + TITLE_WEIGHT
    assert scores("先培训后上岗 防诈宣传志愿者走村入户", body, "2024-06-07")["meeting_summary"] < course


def test_a_menu_of_services_with_its_entries_fields_is_cued_as_a_policy():
    from pipelines.enrich.genre import scores

    menu = ["为精准对接群众需求，某某区新时代文明实践中心梳理形成2024年志愿服务项目清单，群众可通过小程序点单。",
            "1.健康服务类：义诊、健康讲座。服务队伍：区中医医院志愿服务队；服务频次：每月1次。",
            "2.便民服务类：义务理发、家电维修。服务队伍：“老街坊”便民服务队；服务时间：每月第一个周六上午。",
            "3.关爱老人类：独居老人探访。服务队伍：“银发”志愿服务队；服务范围：街道辖区。"]
    report = ["3月5日，某某区中医医院志愿服务队在社区开展义诊，服务时间：上午9点至11点，服务群众120余人次。"]
    assert scores("某某区2024年志愿服务项目清单", menu)["policy"] >= scores("某某区2024年志愿服务项目清单", menu[:2])["policy"] + 4
    assert scores("某某区开展义诊", report)["policy"] == 0


def test_a_short_call_to_action_is_a_notice_and_its_hazards_no_activity():
    call = ["暑假来临，某某镇新时代文明实践所向广大家长和青少年发出倡议：不私自下河游泳，不在河边嬉戏；"
            "家长要履行监护责任。让我们共同守护孩子们度过一个平安的暑假。"]
    assert classify("某某镇：珍爱生命 预防溺水", call, "2024-07-05") == "notice"
    a = Article(title="某某镇：珍爱生命 预防溺水", published="2024-07-05", blocks=[Block("paragraph", call[0])])
    enrich(a)
    assert a.activities == []
    brief = ["12月30日，某某社区志愿者为辖区独居老人送去退烧药、抗原试剂80余份。"]
    b = Article(title="退烧药送到独居老人家中", published="2023-01-03", blocks=[Block("paragraph", brief[0])])
    enrich(b)
    assert {t for act in b.activities for t in act["types"]} == {"epidemic_prevention", "elderly_care"}


def test_an_honour_rolls_and_a_commentarys_own_words_are_cues():
    from pipelines.enrich.genre import scores

    s = scores("关于表扬2023年度某某县志愿服务先进典型的通报",
               ["经基层推荐、资格审查、网络公示，决定对10名“最美志愿者”、5个“优秀志愿服务组织”和3个“最佳志愿服务项目”予以通报表扬。"])
    assert s["list_award"] >= 4
    s = scores("志愿服务莫成“类型拼盘”", ["少一些“拼盘式”的热闹，多一些“订单式”的精准，志愿服务才能走进群众心里。",
                                    "新时代文明实践的生命力在于实践。"])
    assert s["other"] >= 3
