from parsers.assemble import assemble
from parsers.chinese import MARK, DamageReport, mark_byte_damage
from parsers.lines import Line


def marked(text):
    report = DamageReport()
    return mark_byte_damage(text, report), report


def test_semicolon_run_is_one_lost_span():
    text, report = marked("整治?;顒?dòng)中,大家")
    assert text == f"整治{MARK}中,大家"
    assert report.found == 1 and report.spans == ["?;顒?dòng)"]


def test_swallowed_bracket_with_trailing_ascii_byte():
    assert marked("他們?yōu)榧议L提供")[0] == f"他們{MARK}提供"
    assert marked("醫(yī)?;A(chǔ)知識")[0] == f"醫(yī){MARK}知識"


def test_real_question_mark_is_not_damage():
    for text in ["怎樣實現對接?昌樂縣給出答案", "為什麼?", "問題是什么？答案"]:
        assert marked(text) == (text, DamageReport())


def test_damaged_page_is_flagged_and_left_clean():
    lines = ["開(kāi)展活動(dòng)的標(biāo)題", "來(lái)源:某某新聞網(wǎng) 發(fā)布時(shí)間:2023-01-02 10:00:00",
             "社區(qū)組織志願(yuàn)者開(kāi)展清潔活動(dòng)?;顒?dòng)中,大家分工協(xié)作,清理了衛(wèi)生死角,居民紛紛點(diǎn)贊。"]
    article = assemble([Line(t) for t in lines])
    assert article.flags.byte_damage and article.flags.mirror
    assert "?;" not in article.body and MARK in article.body
    assert article.title == "开展活动的标题"


def test_lost_character_is_put_back_when_pinyin_and_neighbours_agree():
    text, report = marked("濰坊日?bào)社記者")
    assert text == "濰坊日報社記者" and report.repaired == 1 and report.spans == []


def test_lost_character_stays_marked_when_neighbours_do_not_decide():
    # 庫 and 褲 both read kù; neither makes a word with 寧 or 的
    text, report = marked("寧?kù)的生活")
    assert text == f"寧{MARK}的生活" and report.repaired == 0


def test_runs_of_more_than_one_lost_character_are_only_marked():
    assert marked("濰坊日?qǐng)?bào)社")[0] == f"濰坊日{MARK}社"
