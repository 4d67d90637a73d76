import unicodedata

from pipelines.dedup.fingerprint import normalise_text, strip_pinyin
from pipelines.bench.synth import _read_out_of_step, make_mirror, to_traditional_with_pinyin


def test_pinyin_follows_each_converted_character():
    assert to_traditional_with_pinyin("开展活动") == "開(kāi)展活動(dòng)"


def test_out_of_step_read_matches_the_seed_damage():
    # seed 000: "。活動(dòng)" was read one byte out of step and became "?;顒?dòng)"
    damaged = _read_out_of_step("。活動(dòng)".encode("gbk"), "?")
    assert unicodedata.normalize("NFKC", damaged) == "?;顒?dòng)"


def test_mirror_is_deterministic_and_damaged():
    text = "志愿者们带着扫帚和夹子，集中清理小区垃圾。活动中，大家不怕脏、不怕累。"
    a, b = make_mirror(text, seed=5), make_mirror(text, seed=5)
    assert a == b
    assert "(" in a and ("?" in a or "\ufffd" in a)


def test_normalising_a_mirror_without_damage_gives_the_original():
    text = "青山街道开展“银发守护”志愿服务，为独居老人上门理发。"
    mirror = make_mirror(text, seed=1, damage_runs=0)
    assert mirror != text
    assert normalise_text(mirror) == normalise_text(text)


def test_pinyin_remnants_after_damage_are_dropped():
    assert strip_pinyin("活動(dòng)中?顒dòng)大家") == "活動中?顒大家"
