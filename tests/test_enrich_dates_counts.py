"""Dates resolved against publication, never past it; counts with the approximate flag."""
from pipelines.enrich.counts import find_counts
from pipelines.enrich.dates import find_dates


def dates(text, published):
    return [h.date for h in find_dates(text, published)]


def test_yearless_date_takes_the_publication_year():
    assert dates("3月1日晚上8点40分，志愿者上报值班情况。", "2023-03-03") == ["2023-03-01"]


def test_date_after_publication_moves_to_the_year_before():
    assert dates("12月28日，志愿者走访慰问老人。", "2023-01-10T09:00:00+08:00") == ["2022-12-28"]


def test_explicit_date_after_publication_is_dropped():
    assert dates("2024年5月1日，社区开展活动。", "2023-03-03") == [None]


def test_planned_date_is_dropped():
    assert dates("社区计划于1月22日举办邻里节。", "2023-12-23") == [None]


def test_no_publication_no_yearless_date():
    assert dates("7月22日一早，志愿者送来爱心粥。", None) == [None]


def test_yesterday_counts_from_publication():
    assert dates("昨日(20日)上午，志愿者走进社区。", "2023-05-21") == ["2023-05-20"]


def test_monthly_day_is_not_a_date():
    assert dates("每月15日是社区的便民服务日。", "2023-05-21") == []


def test_counts_with_approximate_flags():
    got = find_counts("每年开展各类活动近40场、服务人群超过3000余人次，志愿者由200多人增至1500余人，共有26名党员。",
                      all_kinds=True)
    assert [(c["value"], c["approx"], c["unit"]) for c in got] == [
        (40, True, "场"), (3000, True, "人次"), (200, True, "人"), (1500, True, "人"), (26, False, "名")]
    assert got[0]["what"] == "各类活动"
    assert {c["kind"] for c in got} == {"background"}  # 每年…: standing figures, no activity's


def test_what_is_counted():
    got = find_counts("在银和社区3000多名注册志愿者中")
    assert got == [{"value": 3000, "approx": True, "unit": "名", "what": "注册志愿者", "kind": "participants"}]
    whats = lambda s: [c["what"] for c in find_counts(s, all_kinds=True)]  # noqa: E731
    # the noun phrase after the number, up to the first word that is none
    assert whats("吉首大学的12名大学生来到花垣县。") == ["大学生"]
    assert whats("5名退休教师志愿者参加。") == ["退休教师志愿者"]
    assert whats("走访36户独居和空巢老人。") == ["独居和空巢老人"]
    # else the people nearest before it, a title, the noun phrase the clause ends with, the service
    assert whats("当晚，参加活动的村民有150余人。") == ["村民"]
    assert whats("发放《冬季防火安全提示》200余份。") == ["冬季防火安全提示"]
    assert whats("检修播种机、灭茬机等农机具11台，两天共发放健康包430份。") == ["农机具", "健康包"]
    assert whats("劝导不文明行为230余次，为他们理发15人次。") == ["文明行为", "理发"]
    # read on words, not characters: 中小学生 holds 中, 为民 opens with 为
    assert whats("组织辖区40名中小学生走进纪念馆。") == ["中小学生"]
    assert whats("18名党员志愿者为民办实事。") == ["党员志愿者"]
    # a short clause before 的 modifies the counted noun; after a noun, 的 ends it; with a
    # preposition the clause is the sentence's predicate
    assert whats("帮助7户缺少劳力的果农抢收。") == ["果农"]
    assert whats("为260余名即将放寒假的学生上安全课。") == ["学生"]
    assert whats("在25名志愿者的帮助下完成。") == ["志愿者"]
    assert whats("分装成300余份发放给有需要的居民。")[0] != "居民"
    # quotes are no break: a quoted name is one word, two quoted names two items
    assert whats("发放“暖心包”150份。") == ["暖心包"]
    assert whats("表彰8名“好婆婆”“好儿媳”。") == ["好婆婆、好儿媳"]
    # the next item of a list, another number, a verb of going and an idiom or an action after
    # the noun (its predicate) end it; a set phrase is a noun by its last word
    assert whats("发放宣传单400份、环保袋150个。") == ["宣传单", "环保袋"]
    assert whats("吸引120余名群众驻足观看。") == ["群众"]
    assert whats("为30余位老人免费测量血压。") == ["老人"]
    assert whats("慰问16位孤寡老人。") == ["孤寡老人"]
    assert whats("医院志愿服务队一行15人赴乡镇义诊。") == ["医院志愿服务队"]


def test_ages_percentages_measures_and_ordinals_are_not_counts():
    assert find_counts("老人今年78岁，30%为注册志愿者，开出80多平方米的学习室，获得第3名。") == []


def test_ten_thousands():
    assert find_counts("累计为居民开展核酸检测70余万次", all_kinds=True)[0]["value"] == 700000


def test_round_numbers_in_words():
    got = [(c["value"], c["approx"]) for c in find_counts("近百名老人参与，服务居民上千人次，十二万名群众受益")]
    assert got == [(100, True), (1000, True), (120000, False)]


def kinds(text):
    return [(c["value"], c["kind"]) for c in find_counts(text, all_kinds=True)]


def test_background_totals_are_told_from_the_activity():
    assert kinds("今年以来，街道累计开展志愿服务300余场。") == [(300, "background")]
    assert kinds("全区已建成新时代文明实践站300余个，注册志愿者达12万人。") == [(300, "background"), (120000, "background")]
    assert kinds("当天，20名志愿者为80余户居民送去米面油120袋。") == [
        (20, "participants"), (80, "beneficiaries"), (120, "materials")]


def test_durations_and_plans_are_no_activity_counts():
    assert kinds("活动持续了2个多小时。") == [(2, "duration")]
    assert kinds("每名志愿者每月参加服务不少于4次，计划招募300名志愿者。") == [(4, "plan"), (300, "plan")]
    assert find_counts("活动持续了2个多小时，计划招募300名志愿者。") == []
    # what is still to come (还将走进…): a plan, whatever its unit (writers L and B)
    assert kinds("消防宣传月期间，三江镇还将陆续走进辖区12个村开展入户宣传。") == [(12, "plan")]


def test_figures_someone_is_quoted_as_saying_are_no_counts_of_the_activity():
    said = "“以前村里办喜宴，动不动就摆40桌，现在一般控制在15桌以内。”村民代表陈伯说。"
    assert kinds(said) == [(40, "quoted"), (15, "quoted")] and find_counts(said) == []
    assert kinds("当天共有260户村民签订承诺书。") == [(260, "beneficiaries")]
    # the doers' own account of what they did tells the activity's count
    assert kinds("“昨天一天，我们就送了90多箱蔬菜和肉蛋。”志愿者小周说。") == [(90, "materials")]


def test_those_there_are_are_background_unless_they_took_part():
    assert kinds("社区有1400多户居民。") == [(1400, "background")]
    assert kinds("2月11日清晨，又有300余名志愿者加入清雪队伍。") == [(300, "participants")]
    assert [k for _, k in kinds("当晚，参加活动的村民有150余人。")] != ["background"]
    assert kinds("全村已有300余人参加过培训。") == [(300, "background")]  # (ever took part: a standing figure)


def test_measures_count_as_what_an_activity_covered_or_raised_and_otherwise_not():
    assert kinds("共清理积雪面积12万平方米，清运冰雪800余立方米。") == [(120000, "amount"), (800, "amount")]
    assert kinds("线上销售猕猴桃2.1万斤，销售额28万余元。") == [(21000, "materials"), (280000, "amount")]
    assert kinds("志愿者来到距离县城70多公里的重渡村。") == [(70, "measure")]
    assert kinds("长者食堂提供10元一餐的午餐，一间不足30平方米的小屋。") == [(10, "measure"), (30, "measure")]
    assert kinds("全县茶园面积60万亩。") == [(600000, "measure")]


def test_one_character_numerals_and_more_units():
    assert kinds("六名医护志愿者到场，送来三车物资和十盆绿植。") == [(6, "participants"), (3, "materials"), (10, "materials")]
    assert [c["what"] for c in find_counts("六名医护志愿者到场")] == ["医护志愿者"]


def test_deadlines_and_planned_days_are_not_moved_back_a_year():
    [hit] = find_dates("请于9月30日前报名。", "2024-09-02")
    assert (hit.date, hit.intent, hit.day) == (None, "deadline", "2024-09-30")
    [hit] = find_dates("活动将于10月12日在文化广场举行。", "2024-09-20")
    assert (hit.date, hit.intent, hit.day) == (None, "planned", "2024-10-12")
    [hit] = find_dates("评选结果将于12月20日公布。", "2024-12-01")
    assert hit.date is None and hit.intent in ("planned", "result")


def test_festival_days_through_the_lunar_calendar():
    assert dates("端午节当天，志愿者和居民一起包粽子。", "2024-06-12") == ["2024-06-10"]
    assert dates("中秋节当晚，社区举办文艺晚会。", "2023-10-02") == ["2023-09-29"]
    assert dates("重阳节上午，志愿者看望老人。", "2024-10-12") == ["2024-10-11"]
    assert dates("国庆节当天，志愿者在景区疏导交通。", "2024-10-03") == ["2024-10-01"]
    # the day before or after a festival counts from the festival, not from the date before it
    assert dates("重阳节前一天，村里举行好媳妇表彰会。", "2025-10-31") == ["2025-10-28"]
    assert dates("中秋节次日，志愿者走访空巢老人。", "2024-09-20") == ["2024-09-18"]


def test_days_counted_from_publication():
    assert dates("上周五，志愿者走进敬老院。", "2024-06-12") == ["2024-06-07"]  # a Wednesday
    assert dates("本周一上午，社区开展义诊。", "2024-06-12") == ["2024-06-10"]


def test_days_counted_from_the_date_before():
    got = find_dates("6月8日上午开展义诊，次日又组织志愿者清理河道。", "2024-06-12")
    assert [h.date for h in got] == ["2024-06-08", "2024-06-09"]
    assert dates("当天下午，志愿者上门走访。", "2024-06-12") == [None]  # nothing to count from
    from datetime import date
    assert [h.date for h in find_dates("当天下午，志愿者上门走访。", "2024-06-12", date(2024, 6, 8))] == ["2024-06-08"]


def test_a_day_alone_takes_the_month_of_the_date_before():
    from datetime import date
    assert [h.date for h in find_dates("8日上午，志愿者来到村里。", "2024-06-12", date(2024, 6, 3))] == ["2024-06-08"]
    assert dates("8日上午，志愿者来到村里。", "2024-06-12") == ["2024-06-08"]
    assert dates("每月15日是社区的便民服务日。", "2023-05-21") == []


def test_yesterday_alone_and_a_surname_before_a_weekday():
    assert dates("昨天一早，志愿者来到菜地帮忙。", "2024-07-15") == ["2024-07-14"]
    assert dates("志愿者小周一边搬菜一边说。", "2024-07-15") == []
    assert dates("周六上午，志愿者清理河道。", "2024-07-15") == ["2024-07-13"]  # a Monday


def test_running_totals_and_memberships_are_background_but_who_came_is_not():
    assert kinds("近年来，街道已组建志愿服务队伍20支，注册志愿者2000余人。") == [(20, "background"), (2000, "background")]
    assert kinds("宣讲团由退休教师等9名成员组成。") == [(9, "background")]
    assert kinds("当晚共有80多名居民参加培训。") == [(80, "participants")]


def test_a_total_over_the_activitys_own_days_or_events_is_its_count_a_running_total_is_not():
    from pipelines.enrich.counts import find_counts

    kinds = {c["value"]: c["kind"] for c in find_counts("一周来，志愿者累计劝导不文明交通行为230余人次。")}
    assert kinds[230] != "background"
    kinds = {c["value"]: c["kind"] for c in find_counts("3天时间里，共劝导闯红灯等不文明交通行为400余起。")}
    assert kinds[400] != "background"
    kinds = {c["value"]: c["kind"] for c in find_counts("三天直播累计观看12万人次。")}
    assert kinds[120000] != "background"
    kinds = {c["value"]: c["kind"] for c in find_counts("3天时间里，累计劝导闯红灯等不文明交通行为400余起。")}
    assert kinds[400] != "background"
    kinds = {c["value"]: c["kind"] for c in find_counts("两场直播累计销售农产品8000余单。")}
    assert kinds[2] == "events" and kinds[8000] != "background"
    kinds = {c["value"]: c["kind"] for c in find_counts("今年以来，志愿者累计劝导不文明行为3600余人次。")}
    assert kinds.get(3600, "background") == "background"  # a running total is no count of this activity


def test_the_activitys_own_total_makes_no_background_sentence():
    from parsers.record import Article, Block
    from pipelines.enrich import enrich

    a = Article(published="2024-01-08", blocks=[Block("paragraph", p) for p in [
        "1月5日至7日，某某区新时代文明实践中心组织志愿者在中央大街设置暖心驿站，为游客指路、提供热水。",
        "3天来，志愿者累计服务游客2.6万余人次，发放旅游导览地图5000余份。"]])
    enrich(a)
    assert {26000, 5000} <= {c["value"] for act in a.activities for c in act["counts"]}


def test_a_campaign_weeks_total_told_after_据统计_is_the_campaigns():
    kinds = {c["value"]: c["kind"] for c in find_counts("据统计，志愿服务周内，全县共开展各类志愿服务活动52场次，参与志愿者1100余人次。")}
    assert kinds.get(52) == "events" and kinds.get(1100) not in (None, "background")


def test_days_of_the_lunar_calendar():
    from pipelines.enrich.dates import find_dates

    got = [(h.date, h.until) for h in find_dates("正月初一至初三，某某区组织志愿者在海滩服务游客。", "2025-02-02")]
    assert got == [("2025-01-29", "2025-01-31")]
    assert [h.date for h in find_dates("初二下午，一名男孩在沙滩上与家人走散。", "2025-02-02")] == ["2025-01-30"]
    assert [h.date for h in find_dates("腊月二十三，志愿者为老人写春联。", "2025-01-25")] == ["2025-01-22"]
    assert find_dates("志愿者准备了灯谜“八月十五话团圆”。", "2024-09-15") == []  # a riddle's words, no day
    assert find_dates("初一学生参加了活动。", "2025-02-02") == []  # 初一: a school year


def test_a_growth_told_over_the_years_is_background():
    got = find_counts("从最初安置的600多户移民，到如今的2万多人，这个村的变化离不开帮扶。", all_kinds=True)
    assert {c["kind"] for c in got} == {"background"}
    got = find_counts("这支队伍从最初的7个人发展到如今的52人。", all_kinds=True)
    assert {c["kind"] for c in got} == {"background"}
    assert find_counts("当天，志愿者共为村民理发45人次。")[0]["kind"] != "background"


def test_people_an_action_was_done_to_are_what_was_counted():
    whats = lambda s: [c["what"] for c in find_counts(s, all_kinds=True)]  # noqa: E731
    assert whats("技术员在果园现场讲解修剪要领，培训果农80余人次。") == ["果农"]
    assert whats("志愿者共发放宣传资料900余份。") == ["宣传资料"]  # an action naming a thing stays its kind


def test_a_run_told_by_its_first_day_and_its_length():
    hit = find_dates("8月1日起，某镇新时代文明实践所在三个村连续三天晚上开展文化惠民活动。", "2024-08-05")[0]
    assert (hit.date, hit.until) == ("2024-08-01", "2024-08-03")
    assert find_dates("8月1日，志愿者连续三天走访。", "2024-08-05")[0].until is None  # a start is told by 起


def test_groups_are_counted():
    got = find_counts("活动在社区书屋举行，30组亲子家庭参加。")
    assert [(c["value"], c["unit"]) for c in got] == [(30, "组")]


def test_what_a_place_has_in_the_numbers_own_clause_is_a_standing_figure():
    got = find_counts("某村现有设施温棚320座，蔬菜年产量约1.2万吨，是全区的“菜篮子”基地。", all_kinds=True)
    assert {c["kind"] for c in got} == {"background"}
    got = find_counts("服务队现有队员40余名，此次有25名队员全程参与演出。", all_kinds=True)
    assert [(c["value"], c["kind"]) for c in got][-1] == (25, "participants")


def test_a_runs_length_that_reads_as_no_number_gives_no_run_and_no_error():
    hits = find_dates("8月1日起，连续十十天开展活动。", "2024-08-05")
    assert hits[0].date == "2024-08-01" and hits[0].until is None
    assert find_dates("8月1日起，连续两天开展活动。", "2024-08-05")[0].until == "2024-08-02"


def test_days_listed_one_after_another_are_one_run_a_list_with_gaps_its_days():
    from pipelines.enrich.dates import find_dates

    def runs(s):
        return [(h.date, h.until) for h in find_dates(s, "2024-10-20")]

    assert runs("10月17日、18日，服务队的9名队员在村里帮果农们卖苹果。") == [("2024-10-17", "2024-10-18")]
    assert runs("10月17日、18日和19日，志愿者在村里帮果农卖苹果。") == [("2024-10-17", "2024-10-19")]
    assert runs("10月5日、12日，志愿者在村里开展义诊。") == [("2024-10-05", None), ("2024-10-12", None)]


def test_cakes_bowls_what_a_place_has_and_a_share_set_aside_now():
    def kinds(s):
        return [(c["value"], c["kind"]) for c in find_counts(s, all_kinds=True)]

    assert kinds("做好的200余个月饼，一部分留在现场分享。") == [(200, "events")]
    assert kinds("共分发腊八粥600余碗。") == [(600, "materials")]
    assert kinds("潭头村目前共有留守儿童40余名。") == [(40, "background")]
    assert kinds("当天，全镇共有160余名志愿者参与疫情防控工作。") == [(160, "participants")]
    assert kinds("志愿者还将一部分送到辖区32位独居、空巢老人家中。") == [(32, "beneficiaries")]
    assert kinds("据统计，当晚志愿者共服务游客3000余人次。") == [(3000, "beneficiaries")]
    assert kinds("服务队坚持了3个月，每月开展一次。") == []


def test_a_weight_told_in_tenths_keeps_them():
    got = [(c["value"], c["unit"]) for c in find_counts("志愿者们分成6个小组，共清理各类垃圾1.5吨。", all_kinds=True)]
    assert (1.5, "吨") in got and (6, "个") in got
    assert [c["value"] for c in find_counts("共服务游客1.2万人次。", all_kinds=True)] == [12000]


def test_a_tally_after_this_activitys_own_actions_is_its_count():
    s = "在村头设立的服务点上，技术人员现场为农户检修收割机、拖拉机，更换易损配件，累计维修农机56台次。"
    assert [(c["value"], c["kind"]) for c in find_counts(s, all_kinds=True)][-1][0] == 56
    assert all(c["kind"] == "background" for c in find_counts("今年以来，服务队累计维修农机560台次。", all_kinds=True))


def test_what_a_place_has_grows_or_who_lives_there_is_standing():
    def kinds(s):
        return [(c["value"], c["kind"]) for c in find_counts(s, all_kinds=True)]

    assert dict(kinds("村里有70岁以上老人130多人。"))[130] == "background"
    assert all(k == "background" for _, k in kinds("某某社区有14个民族、1300余户居民。"))
    assert all(k == "background" for _, k in kinds("村里种植黄花3000多亩。"))
    assert dict(kinds("独龙江乡下辖6个行政村，从县城驱车到乡里约需3个小时。"))[6] == "background"
    assert all(k == "background" for _, k in kinds("社区居住着汉族、回族、哈萨克族等13个民族的居民。"))
    assert kinds("村里有150余名村民参加了当天的活动。") == [(150, "participants")]


def test_solar_terms_weekday_festivals_and_a_holidays_first_day():
    from pipelines.enrich.dates import find_dates

    def days(sentence, published):
        return [h.date for h in find_dates(sentence, published, None)]

    assert days("立秋当天，医护志愿者来到某某镇为留守儿童开展视力筛查。", "2025-08-20") == ["2025-08-07"]
    assert days("冬至这天，社区志愿者和老人们一起包饺子。", "2024-12-23") == ["2024-12-21"]
    assert days("母亲节当天，某某村巾帼志愿者为30位老人洗脚。", "2024-05-13") == ["2024-05-12"]
    assert days("国庆假期首日，某某街道组织志愿者开展文明交通劝导。", "2024-10-03") == ["2024-10-01"]
    assert days("受大雪影响，志愿者连夜上街铲雪。", "2024-12-23") == []  # (大雪 the weather, no solar term read)


def test_a_tally_over_all_a_countys_stations_or_its_population_is_background():
    def kinds(s):
        return [(c["value"], c["kind"]) for c in find_counts(s, all_kinds=True)]

    assert kinds("据统计，春节期间全县各级实践阵地共开展各类志愿服务活动190余场次。") == [(190, "background")]
    assert dict(kinds("全县60周岁以上老年人口达13.2万人。"))[132000] == "background"
    assert dict(kinds("来自全县13个乡镇的36名花儿歌手同台竞技，2000余名群众前来观看。"))[2000] != "background"


def test_those_there_at_the_activity_are_its_count():
    assert [(c["value"], c["kind"]) for c in find_counts("现场有23户村民在承诺书上按下了红手印。", all_kinds=True)] \
        == [(23, "beneficiaries")]


def test_a_festival_said_to_fall_on_the_day_written_out_names_no_other_day():
    from pipelines.enrich.dates import find_dates

    assert [h.date for h in find_dates("2月3日，正值南方小年，某某乡新时代文明实践所开展送福活动。", "2024-02-05", None)] \
        == ["2024-02-03"]
    assert [h.date for h in find_dates("南方小年当天，志愿者为村民写春联。", "2024-02-05", None)] == ["2024-02-03"]
