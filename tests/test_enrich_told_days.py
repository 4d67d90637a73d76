"""How a report tells its days: an aside looking back (而在前一天晚上…) before
the account goes on (次日…), a festival named as a verb's object (迎端午，…,
送元宵，), 即将 before the people it describes, a habit's time (每周三下午)
that names no day; and words inside longer ones (养老钱) or slogans (文明新风)
that name no activity type.  Every case is written here; none is taken from
an evaluation text."""
import datetime as dt

from pipelines.enrich.dates import find_dates
from pipelines.enrich.genre import _read

from .enrichtexts import enriched


def activities(paragraphs, published="2024-06-14", title="某某县：端午时节志愿服务接连开展"):
    return enriched(paragraphs, published, title).activities


def test_an_aside_looking_back_leaves_the_account_where_it_was():
    acts = activities([
        "端午节当天上午，某某镇巾帼志愿服务队的20余名志愿者走进敬老院，陪老人们包粽子、拉家常。",
        "而在前一天晚上，镇文化广场上，县文化馆志愿服务队的端午民俗文艺晚会精彩上演，吸引群众800余人观看。",
        "次日上午，县人民医院志愿服务队来到某某社区开展义诊，共义诊150余人次。",
    ])
    days = {act["date"]: act["types"] for act in acts if act["date"]}
    # 2024's 端午节 fell on June 10: the evening before is the 9th, the day after it the 11th
    assert "2024-06-09" in days and "culture" in days["2024-06-09"]
    assert "health" in days["2024-06-11"]
    # a day looking forward moves the account on as before
    hits = find_dates("次日上午，志愿者继续开展服务。", "2024-06-14", anchor=dt.date(2024, 6, 8))
    assert hits[0].date == "2024-06-09"


def test_a_festival_welcomed_or_a_food_given_is_no_day():
    assert [h.date for h in find_dates("粽叶飘香迎端午，文明新风润某某。", "2024-06-14")] == []
    assert [h.date for h in find_dates("志愿者为老人们包汤圆、送元宵，陪他们唱戏。", "2025-02-14")] == []
    assert [h.date for h in find_dates("端午节，志愿者走进敬老院。", "2024-06-14")] == ["2024-06-10"]
    assert [h.date for h in find_dates("迎端午当天，志愿者走进敬老院。", "2024-06-14")] == ["2024-06-10"]


def test_about_to_before_the_people_it_describes_leaves_the_date_held():
    hits = find_dates("2月8日，志愿者走进某某村，与即将办喜事的6户村民面对面拉家常。", "2025-02-14")
    assert [h.date for h in hits] == ["2025-02-08"]
    planned = find_dates("2月20日，志愿服务队即将走进某某村开展宣传。", "2025-02-14")
    assert [h.intent for h in planned] == ["planned"]


def test_a_habits_time_names_no_day_of_an_activity():
    profile = _read("“王阿姨”的十五年", ["每天傍晚，王阿姨都会沿着老街巡一圈，看看路灯亮不亮。",
                                         "每周三下午，她准时坐进社区议事厅，听邻居们说心事。"], "2025-05-16")
    assert not profile.dated
    report = _read("某某社区开展义诊", ["5月14日下午，社区医生在议事厅为居民义诊。"], "2025-05-16")
    assert report.dated
    # 周末 is a habit's time or a name's word (利用周末, 周末课堂), no day; 周六 names one
    weekend = _read("“周末课堂”莫成摆设", ["有的地方给“周末课堂”挂了好几块牌子，实际上只在周末偶尔开门。"], "2025-05-16")
    assert not weekend.dated
    assert _read("某某社区开展义诊", ["本周六上午，社区医生在议事厅为居民义诊。"], "2025-05-16").dated


def test_pension_money_and_a_slogan_name_no_type():
    acts = activities(["3月11日晚，某某镇文艺志愿服务队在文化广场上演反诈小品，讲一个老汉险些被骗走养老钱的故事。"],
                      published="2025-03-14", title="反诈小品搬上舞台")
    assert {t for act in acts for t in act["types"]} == {"anti_fraud", "culture"}
    acts = activities(["粽叶飘香，文明新风润某某。端午节前后，全县各类志愿服务队接连开展了一系列志愿服务活动。",
                       "6月8日，某某街道志愿者沿河捡拾垃圾30余袋。"])
    assert {t for act in acts for t in act["types"]} == {"environment"}


def test_a_festivals_season_names_no_day_and_a_standing_services_history_is_background():
    assert [h.date for h in find_dates("今年春节期间，全县共有126个村寨举办村晚。", "2024-02-20")] == []
    assert [h.date for h in find_dates("春节当天，志愿者走进敬老院。", "2024-02-20")] == ["2024-02-10"]
    acts = activities(["12月21日，某某社区志愿者包饺子1500余个，送到32户独居老人家中。",
                       "社区“爱心冰箱”自2022年设立以来，由志愿者每天补货、清洁，已累计发放爱心食品12000余份。"],
                      published="2024-12-24", title="某某社区：冬至饺子暖人心")
    assert {t for act in acts for t in act["types"]} == {"elderly_care"}


def test_a_walk_along_a_river_beside_its_clean_up_is_the_clean_ups():
    acts = activities(["6月8日上午，某某街道“河小青”志愿服务队沿辖区河道开展巡河护河志愿服务，巡查排口12个，打捞漂浮垃圾20余袋。"],
                      published="2024-06-11", title="某某街道：河小青巡河护河")
    assert {t for act in acts for t in act["types"]} == {"environment"}
    acts = activities(["6月8日，志愿者沿河巡查防溺水警示牌，补设警示牌4块，并清理岸边垃圾10余袋。"],
                      published="2024-06-11", title="某某镇：巡河护河守平安")
    assert {t for act in acts for t in act["types"]} == {"environment", "patrol_safety"}
