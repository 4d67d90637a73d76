"""`wenming bench pagetexts`: its split, its plumbing, and what it says when the pages are absent."""
import json

from pipelines.bench import pagetexts

PAGE = "某社区开展敬老活动\n来源：某某日报 2024-05-06\n近日，某社区志愿者走进养老院，为老人们送去慰问品，并陪老人聊天、表演节目。\n"
CHECKER = '''
def check(gold, rec, stretch):
    return [("title", rec.get("title") == gold["title"], rec.get("title")),
            ("source", rec.get("source") == gold["source"], rec.get("source"))]
'''


def test_halves_are_fixed_by_the_page_id():
    ids = [f"{n:02d}" for n in range(1, 41)]
    halves = [pagetexts.half_of(i) for i in ids]
    assert halves == [pagetexts.half_of(i) for i in ids]
    assert 10 <= halves.count("tuning") <= 30


def test_absent_pages_are_reported_and_exit_zero(tmp_path, capsys):
    assert pagetexts.main(["--eval", str(tmp_path)]) == 0
    assert "no page texts" in capsys.readouterr().out


def test_scores_per_half_and_kind_with_the_shared_checker(tmp_path, capsys):
    pages = tmp_path / "eval" / "pagetexts"
    (pages / "gold").mkdir(parents=True)
    (tmp_path / "tools").mkdir()
    (tmp_path / "tools" / "check_seeds.py").write_text(CHECKER, encoding="utf-8")
    (pages / "01.txt").write_text(PAGE, encoding="utf-8")
    gold = {"input": "01.txt", "title": "某社区开展敬老活动", "source": "另一家报纸"}
    (pages / "gold" / "01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    blind = tmp_path / "blind"
    (blind / "gold").mkdir(parents=True)
    (blind / "w01.txt").write_text(PAGE, encoding="utf-8")
    gold = {"input": "w01.txt", "title": "某社区开展敬老活动", "source": "某某日报"}
    (blind / "gold" / "w01.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert pagetexts.main(["--eval", str(tmp_path / "eval"), "--blind", str(blind)]) == 0
    out = capsys.readouterr().out
    assert "own blind page texts" in out  # the project's own set, scored beside the shared one
    assert pagetexts.score(blind, pagetexts.load_checker(tmp_path / "eval"))["all"]["all"] == [2, 2]
    half = pagetexts.half_of("01")
    assert "title" in out and "source" in out
    table = pagetexts.score(pages, pagetexts.load_checker(tmp_path / "eval"))
    assert table["all"]["all"] == [1, 2] and table[half]["title"] == [1, 1] and table[half]["source"] == [0, 1]
