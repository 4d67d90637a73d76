"""`wenming parse` over many HTML files: one JSON line each; a broken or
empty page gives an error record with its reason and the batch goes on."""
import json

from pipelines.cli import main


def test_many_pages_give_json_lines_and_error_records(tmp_path, capsys):
    good = tmp_path / "good.html"
    good.write_bytes("<html><head><meta charset='gbk'><title>敬老院里的志愿者_新闻</title></head><body>"
                     "<h1>敬老院里的志愿者</h1><div class='content'><p>周末，二十名大学生志愿者来到敬老院，"
                     "为老人们打扫房间、表演节目，陪他们聊天。</p></div></body></html>".encode("gbk"))
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    links = tmp_path / "links.html"
    links.write_bytes(b"<html><body><a href='/1'>one</a> <a href='/2'>two</a></body></html>")
    assert main(["parse", str(good), str(empty), str(links), "--url", "http://www.example.cn/a/1.html"]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x.get("error") is None for x in lines] == [True, False, False]
    assert lines[0]["title"] == "敬老院里的志愿者" and "敬老院" in lines[0]["body"]
    assert "empty" in lines[1]["error"] and "no article" in lines[2]["error"]
