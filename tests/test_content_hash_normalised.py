from pipelines.dedup.fingerprint import fingerprint, normalise_text, text_hash
from pipelines.bench.synth import make_mirror

TEXT = "柳湾镇老年大学开设了一堂特别的“防骗课”，镇司法所工作人员为四十余名老年学员讲解保健品骗局。"


def _hash(text: str) -> str:
    return text_hash(normalise_text(text))


def test_spacing_punctuation_and_width_do_not_change_the_hash():
    respaced = TEXT.replace("，", " , ").replace("“", '"').replace("”", '"') + "\n"
    assert _hash(respaced) == _hash(TEXT)
    assert _hash("ＡＰＰ下载 ５Ｇ") == _hash("app下载5g")


def test_traditional_with_pinyin_hashes_as_the_original():
    mirror = make_mirror(TEXT, seed=9, damage_runs=0)
    assert mirror != TEXT
    assert _hash(mirror) == _hash(TEXT)
    assert fingerprint(mirror).text_hash == fingerprint(TEXT).text_hash


def test_a_changed_word_changes_the_hash():
    assert _hash(TEXT.replace("四十", "五十")) != _hash(TEXT)
