from pipelines.dedup.roles import assign_roles, is_mirror

BASE = {"script_converted": 0, "pinyin_annotated": 0, "byte_damage": 0, "seo_spam": 0, "mirror": 0}


def article(id_, outlet, source, published, **flags):
    return {**BASE, "id": id_, "site": f"www.{id_}.cn", "outlet": outlet, "source": source,
            "published": published, **flags}


def test_the_outlets_own_article_is_the_original_even_when_a_reprint_is_dated_earlier():
    roles, original = assign_roles([
        article("a", "江城日报", "东川融媒", "2024-03-05 08:00"),
        article("b", "东川融媒", "东川融媒", "2024-03-05T10:20:00+08:00"),
    ])
    assert original == "b"
    assert roles["a"].placement == "reprint"


def test_without_the_outlets_own_article_the_earliest_placement_is_first():
    roles, original = assign_roles([
        article("a", "江城日报", "东川融媒", "2024-03-07"),
        article("b", "省志愿服务网", "东川融媒", "2024-03-06 09:00"),
        article("c", None, "东川融媒", "2024-03-01", pinyin_annotated=1, byte_damage=1),
    ])
    assert original == "b"
    assert roles["c"].placement == "mirror" and roles["c"].mirror_of == "b"


def test_mirror_signs():
    assert is_mirror(article("m", None, "东川融媒", None, seo_spam=1))
    assert is_mirror(article("m", None, "东川融媒", None, script_converted=1))  # two half signs
    assert not is_mirror(article("r", "江城日报", "东川融媒", None, script_converted=1))
    assert not is_mirror(article("u", None, "东川融媒", None))  # an unknown host alone: a reprint
