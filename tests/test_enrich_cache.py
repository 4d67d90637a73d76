"""Prebuilt dictionaries: built once into the cache, loaded from it after; an
unwritable cache only costs the build."""
import os

from pipelines.enrich.cache import cached


def test_built_once_then_loaded(tmp_path, monkeypatch):
    monkeypatch.setenv("WENMING_CACHE", str(tmp_path))
    source = tmp_path / "data.txt"
    source.write_text("a")
    calls = []

    def build():
        calls.append(1)
        return ["北苑街道", {"卧龙社区": [1, 2]}, b"\x01"]

    first = cached("test", 1, [source], build)
    again = cached("test", 1, [source], build)
    assert first == again == ["北苑街道", {"卧龙社区": [1, 2]}, b"\x01"] and len(calls) == 1
    source.write_text("changed data")  # a new data file builds a new index, and the old one goes
    cached("test", 1, [source], build)
    assert len(calls) == 2 and len(list(tmp_path.glob("test-*.marshal"))) == 1


def test_unwritable_cache_still_gives_the_index(tmp_path, monkeypatch):
    target = tmp_path / "not-a-dir"
    target.write_text("a file where the cache directory should be")
    monkeypatch.setenv("WENMING_CACHE", str(target / "sub"))
    source = tmp_path / "data.txt"
    source.write_text("a")
    assert cached("test", 1, [source], lambda: [1, 2]) == [1, 2]
    assert not os.path.isdir(target)
