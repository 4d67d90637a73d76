"""Decoding never garbles: BOM, HTTP charset, <meta> charset, detection;
GB2312/GBK read as GB18030; bad bytes counted, never raised."""
from parsers.decode import charset_from_headers, decode_html, decode_report

TEXT = "志愿服务活动在镕基社区开展"  # 镕 is outside GB2312 but in GBK/GB18030


def page(body: str, charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}</head><body><p>{body}</p></body></html>"


def test_gb2312_label_reads_characters_outside_gb2312():
    data = page(TEXT, "gb2312").encode("gb18030")
    text, codec = decode_html(data)
    assert TEXT in text and codec == "gb18030"


def test_http_charset_wins_over_a_wrong_meta():
    data = page(TEXT, "iso-8859-1").encode("gbk")
    text, codec = decode_html(data, http_charset="GBK")
    assert TEXT in text and codec == "gb18030"


def test_utf8_page_with_a_stale_gbk_meta():
    text, codec = decode_html(page(TEXT, "gbk").encode("utf-8"))
    assert TEXT in text and codec == "utf-8"


def test_no_declaration_is_detected():
    text, _ = decode_html(page(TEXT * 20, None).encode("gbk"))
    assert TEXT in text


def test_bom_decides():
    text, codec = decode_html(b"\xef\xbb\xbf" + page(TEXT, "gbk").encode("utf-8"))
    assert TEXT in text and codec == "utf-8"


def test_bad_bytes_are_counted_not_raised():
    data = page(TEXT, "utf-8").encode("gbk") + b"\xff\xfe\x81"
    text, codec, bad = decode_report(data)
    assert TEXT in text and codec == "gb18030" and bad >= 1


def test_charset_from_headers_any_case():
    assert charset_from_headers({"content-type": "text/html; charset=GB2312"}) == "GB2312"
    assert charset_from_headers({"Content-Type": [b"text/html;charset=utf-8"]}) == "utf-8"
    assert charset_from_headers({}) is None
