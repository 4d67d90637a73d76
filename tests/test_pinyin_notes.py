from parsers.chinese import strip_pinyin


def test_note_after_converted_character_is_dropped():
    assert strip_pinyin("社區(qū)開(kāi)展活動(dòng)") == ("社區開展活動", 3)


def test_real_brackets_stay():
    for text in ["第(二)部分", "岳塘新聞網訊(通訊員:陳志蓉)", "悠游國慶(一)"]:
        assert strip_pinyin(text)[0] == text


def test_pinyin_after_a_simplified_character_stays():
    # 中 is the same in both scripts: a note after it was written by the author
    assert strip_pinyin("中(zhōng)")[1] == 0


def test_english_word_in_brackets_stays():
    assert strip_pinyin("應用(app)下載")[0] == "應用(app)下載"


def test_full_width_brackets_and_neutral_tone():
    assert strip_pinyin("他們（men）來了")[0] == "他們來了"


def test_on_an_annotated_page_notes_after_shared_characters_go_too():
    assert strip_pinyin("志(zhì)愿(yuàn)者", annotated=True) == ("志愿者", 2)
    assert strip_pinyin("中(zhōng)心", annotated=True)[0] == "中心"
    assert strip_pinyin("中(zhōng)心")[0] == "中(zhōng)心"      # a clean page: the author's note
    assert strip_pinyin("苹果(apple)", annotated=True)[0] == "苹果(apple)"


def test_a_words_note_of_several_syllables_is_dropped_and_counted():
    text, removed = strip_pinyin("岭南村：文明(wén míng)实践(shí jiàn)站里，志愿者(zhì yuàn zhě)辅导孩子。")
    assert text == "岭南村：文明实践站里，志愿者辅导孩子。" and removed == 3


def test_a_bracket_of_words_that_do_not_read_the_characters_stays():
    for line in ["他说(wo men)一起走", "活动名称(ni hao ma)", "文明(míng wén)实践"]:
        assert strip_pinyin(line) == (line, 0)
