"""Faults a hostile or careless source gives the parsers: binary input, huge
pages and paragraphs, deep nesting, truncated and mixed encodings, empty
files.  Each gives a recorded reason or flag, and keeps the text it can."""
import io
import json
import random
import sqlite3
import subprocess
import sys
import zipfile
import zlib

import pytest

from parsers import lines, parse_page
from parsers.html import parse_html
from parsers.textdump import parse_text

TITLE = "东湖社区开展垃圾分类志愿服务"
PARAS = ["东湖社区新时代文明实践站组织志愿者走进小区，向居民讲解垃圾分类知识，发放宣传手册三百余份。",
         "志愿者们还手把手教居民辨认厨余垃圾和可回收物，不少老人表示学会了分类方法。",
         "社区负责人介绍，今后将每月开展一次垃圾分类主题活动，让绿色生活理念深入人心。"]


def page(paras=PARAS, title=TITLE, charset="utf-8", close=True) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    end = "</div></body></html>" if close else "</div>"
    return (f"<html><head><meta charset='{charset}'><title>{title}</title></head><body>"
            f"<h1>{title}</h1><div class='content'>{body}{end}")


def dump(paras=PARAS, title=TITLE) -> str:
    return "\n".join([title, "来源：东湖社区", *paras])


def random_bytes(n=200_000, seed=11) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n))


def zip_file() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.html", page() * 20)
    return buf.getvalue()


def sqlite_file(tmp_path) -> bytes:
    path = tmp_path / "copy.db"
    db = sqlite3.connect(path)
    db.execute("create table pages (url text, canonical_url text, body text)")
    db.executemany("insert into pages values (?, ?, ?)",
                   [(f"http://www.example.cn/a{i}.html", "http://www.example.cn/a1.html", page()) for i in range(300)])
    db.commit()
    db.close()
    return path.read_bytes()


def png_file() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + zlib.compress(random_bytes(60_000, seed=3), 0)


def both(data: bytes):
    """The record from each entry point: text dump, HTML, and parse_page for each kind."""
    return [parse_text(data, input="x.txt"), parse_html(data, input="x.html"),
            parse_page(data, input="x.txt"), parse_page(data, input="x.html")]


@pytest.mark.parametrize("make,looks", [(random_bytes, None), (zip_file, "zip archive"), (png_file, "PNG image")])
def test_binary_input_is_an_error_that_says_binary(make, looks):
    for art in both(make()):
        assert art.error and art.error.startswith("binary data, not text")
        assert not art.blocks
        if looks:
            assert looks in art.error


def test_a_copy_of_the_database_is_binary_though_it_holds_urls_and_text(tmp_path):
    for art in both(sqlite_file(tmp_path)):
        assert art.error.startswith("binary data, not text") and "SQLite" in art.error
        assert art.canonical_url is None and not art.blocks


def test_random_high_bytes_are_not_read_as_text():
    """No control bytes at all, yet they read as no characters: binary by its decoding failures."""
    rng = random.Random(5)
    data = bytes(rng.randrange(0x80, 0x100) for _ in range(50_000))
    for art in both(data):
        assert art.error and "binary data" in art.error and "read as no character" in art.error


def test_text_with_a_stray_control_byte_is_still_text():
    art = parse_html(page().replace(PARAS[1], PARAS[1] + "\x0b\x1f").encode())
    assert art.error is None and PARAS[0] in art.body


def test_empty_file_is_an_error_from_both_entry_points():
    for art in (parse_html(b""), parse_page(b"", input="x.txt"), parse_page(b"  \n", input="x.html")):
        assert art.error and "empty page" in art.error


def test_wenming_parse_records_binary_input(tmp_path):
    path = tmp_path / "noise.html"
    path.write_bytes(random_bytes(20_000))
    done = subprocess.run([sys.executable, "-m", "pipelines.cli", "parse", str(path)], capture_output=True, text=True)
    assert done.returncode == 1  # no input parsed: the exit code says so, the record says why
    record = json.loads(done.stdout.splitlines()[0])
    assert record["error"].startswith("binary data, not text")


def test_a_page_over_the_size_cap_is_an_error_with_its_reason(monkeypatch):
    import parsers.decode

    monkeypatch.setattr(parsers.decode, "PAGE_MAX", 10_000)
    data = page(PARAS * 40).encode()
    for art in (parse_html(data), parse_text(dump(PARAS * 40).encode())):
        assert art.error.startswith("page too large")


@pytest.mark.parametrize("text_max,blocks_max", [(20_000, 10_000), (1_000_000, 100)])
def test_a_huge_page_is_read_up_to_the_cap_and_says_so(monkeypatch, text_max, blocks_max):
    """By characters and by blocks (the caps made small: `wenming bench faults` reads a 10 MB page)."""
    monkeypatch.setattr(lines, "TEXT_MAX", text_max)
    monkeypatch.setattr(lines, "BLOCKS_MAX", blocks_max)
    paras = [f"第{i}期：{PARAS[i % 3]}" for i in range(3_000)]
    for art in (parse_html(page(paras).encode()), parse_text(dump(paras).encode())):
        assert art.error is None and art.flags.oversized
        assert paras[0] in art.body and paras[50] in art.body and paras[-1] not in art.body
        assert any(note.startswith("oversized: the page's text runs past") and "was not read" in note
                   for note in art.damage)
        assert sum(map(len, art.paragraphs)) <= text_max and len(art.paragraphs) <= blocks_max


def test_a_giant_paragraph_is_cut_and_the_next_one_kept():
    giant = "很" * 4_000_000  # 12 MB of UTF-8: past libxml2's limit on one text node
    paras = [PARAS[0], giant, PARAS[1], PARAS[2]]
    for art in (parse_html(page(paras).encode()), parse_text(dump(paras).encode())):
        assert art.error is None and art.flags.oversized
        assert PARAS[1] in art.body and PARAS[2] in art.body
        assert "很" * lines.BLOCK_MAX in art.body and "很" * (lines.BLOCK_MAX + 1) not in art.body
        assert "oversized: a block of 4,000,000 characters was cut to its first 100,000" in art.damage


def test_a_complete_page_has_no_damage():
    for art in (parse_html(page().encode()), parse_text(dump().encode())):
        assert art.damage == [] and not art.flags.truncated and not art.flags.oversized
        assert not art.flags.mixed_encoding and not art.flags.byte_damage


@pytest.mark.parametrize("depth", [254, 255, 300, 2047, 2049, 5000])
def test_deep_nesting_parses(depth):
    body = "<div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    html = f"<html><body>{'<div>' * depth}<h1>{TITLE}</h1>{body}{'</div>' * depth}</body></html>"
    art = parse_html(html.encode())
    assert art.error is None and art.title == TITLE and art.paragraphs == PARAS


def test_deep_nesting_of_tables_parses():
    body = "<div class='content'>" + "".join(f"<p>{p}</p>" for p in PARAS) + "</div>"
    html = f"<html><body>{'<table><tr><td>' * 3000}<h1>{TITLE}</h1>{body}{'</td></tr></table>' * 3000}</body></html>"
    art = parse_html(html.encode())
    assert art.error is None and art.title == TITLE and art.paragraphs == PARAS


def gbk_cut_inside_a_character(data: bytes) -> bytes:
    """data cut just after the first byte of a two-byte character in its last paragraph."""
    at = data.index(PARAS[2].encode("gbk")) + 41  # inside the 21st character
    assert data[at - 1] >= 0x81
    return data[:at]


def test_a_truncated_gbk_page_is_flagged_and_keeps_its_text():
    art = parse_html(gbk_cut_inside_a_character(page(charset="gbk").encode("gbk")))
    assert art.error is None and art.title == TITLE
    assert PARAS[0] in art.body and PARAS[1] in art.body and PARAS[2][:20] in art.body
    assert art.flags.truncated and art.flags.byte_damage
    assert any(note.startswith("truncated: the page ends inside a character") for note in art.damage)


def test_a_truncated_gbk_text_dump_is_flagged_and_keeps_its_text():
    art = parse_text(gbk_cut_inside_a_character(dump().encode("gbk")))
    assert art.error is None and art.title == TITLE and PARAS[1] in art.body and PARAS[2][:20] in art.body
    assert art.flags.truncated and any(note.startswith("truncated") for note in art.damage)


def test_a_page_cut_inside_a_tag_is_flagged():
    data = page().encode()
    art = parse_html(data[:data.rindex(b"</body>") + 4])
    assert art.paragraphs == PARAS and art.flags.truncated
    assert "truncated: the page ends inside a tag" in art.damage


def test_a_page_cut_between_tags_is_flagged():
    art = parse_html(page(close=False).encode())
    assert art.paragraphs == PARAS and art.flags.truncated
    assert "truncated: the page ends before </body> and </html>" in art.damage


def test_fewer_bytes_than_the_server_announced_is_truncation():
    data = page().encode()
    art = parse_html(data, headers={"Content-Length": str(len(data) + 5000)})
    assert art.flags.truncated and any("bytes the server announced" in note for note in art.damage)
    assert not parse_html(data, headers={"Content-Length": str(len(data))}).flags.truncated


@pytest.mark.parametrize("head,body", [("gbk", "utf-8"), ("utf-8", "gbk")])
def test_mixed_utf8_and_gbk_are_read_run_by_run(head, body):
    html = page()
    cut = html.index("<div class='content'>")
    data = html[:cut].encode(head) + html[cut:].encode(body)
    art = parse_html(data)
    assert art.title == TITLE and art.paragraphs == PARAS
    assert art.flags.mixed_encoding and not art.flags.byte_damage
    assert any(note.startswith("mixed encodings:") for note in art.damage)


def test_mixed_encodings_with_lost_bytes_set_byte_damage():
    html = page()
    cut = html.index("<div class='content'>")
    data = html[:cut].encode("gbk") + html[cut:].encode("utf-8").replace(b"</p><p>", b"</p>\xff<p>", 1)
    art = parse_html(data)
    assert art.title == TITLE and art.flags.mixed_encoding
    assert art.flags.byte_damage and "1 byte could not be read as utf-8" in art.damage


def test_a_utf8_page_with_one_bad_byte_is_not_mixed():
    data = page().encode().replace("讲解".encode(), b"\x81" + "讲解".encode())
    art = parse_html(data)
    assert art.paragraphs[1:] == PARAS[1:] and "向居民\ufffd讲解" in art.paragraphs[0]
    assert not art.flags.mixed_encoding and art.flags.byte_damage


def test_gbk_that_passes_as_utf8_letters_stays_gbk():
    """GBK pairs with lead bytes C0-DF read as two-byte UTF-8 (菁菁 as Syriac): no Han, so not UTF-8."""
    paras = [PARAS[0] + "<b>菁菁校园(8)</b>", *PARAS[1:]]
    data = page(paras, charset="gbk").encode("gbk")
    assert "菁菁校园(8)".encode("gbk").decode("utf-8")  # the run alone is valid UTF-8
    art = parse_html(data)
    assert art.paragraphs == [PARAS[0] + "菁菁校园(8)", *PARAS[1:]] and not art.flags.mixed_encoding


def test_a_utf8_page_cut_inside_a_character_without_a_declared_charset():
    data = page().replace("<meta charset='utf-8'>", "").encode()
    data = data[:data.index(PARAS[2].encode()) + 61]  # inside the 21st character
    for art in (parse_html(data), parse_text(dump().encode()[:len(dump().encode()) - 31])):
        assert art.title == TITLE and PARAS[1] in art.body and art.flags.truncated
        assert "truncated: the page ends inside a character (its last bytes are missing)" in art.damage


def test_a_block_of_links_past_the_cap_is_cut_and_the_paragraphs_after_it_kept(monkeypatch):
    monkeypatch.setattr(lines, "TEXT_MAX", 30_000)  # the walk leaves a block past the page's cap ...
    monkeypatch.setattr(lines, "BLOCK_MAX", 5_000)  # ... the block is cut, and the walk goes on
    links = "<div class='content'>" + "<a href='/x'>链接</a> " * 20_000 + "</div>"
    html = page().replace("<div class='content'>", links + "<div class='content'>")
    art = parse_html(html.encode())
    assert art.paragraphs == PARAS and art.flags.oversized
    assert any(n.startswith("oversized: a block of") and "or more" in n for n in art.damage)


def test_bench_faults_prints_a_line_per_page(capsys):
    from pipelines.bench import faults

    assert faults.main(["--mb", "0.05", "--paragraphs", "30", "--repeat", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["page", "bytes", "seconds"]
    rows = {line.split("  ")[0].strip(): line for line in out[1:]}
    assert set(rows) == {"0.05 MB page (HTML)", "0.05 MB page (text dump)", "30-paragraph page (HTML)",
                         "30-paragraph page (text dump)", "150-line list page (text dump)"}
    assert all(line.split()[-2] == "30" for name, line in rows.items() if name.startswith("30-"))
    assert rows["150-line list page (text dump)"].split()[-2] == "150"  # every list line read as the text's
