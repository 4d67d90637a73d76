"""What `wenming edit` accepts per field, and which addresses the store keeps as links."""
import pytest

from pipelines.edits import BadValue, derived, parse_value
from pipelines.urls import http_url, why_not_http
from pipelines.versions import Version, choose


@pytest.mark.parametrize("text,value", [
    ("2024-03-05", "2024-03-05"), ("2024/3/5", "2024-03-05"), ("2024年3月5日", "2024-03-05"),
    ("2024-03-05 09:30", "2024-03-05T09:30:00+08:00"), ("2024-03-05T09:30:15Z", "2024-03-05T09:30:15+00:00"),
    ("2024年3月5日 9时30分", "2024-03-05T09:30:00+08:00"),
])
def test_dates_are_read_in_the_forms_people_write(text, value):
    assert parse_value("published", text) == value


@pytest.mark.parametrize("text", ["yesterday", "2024-02-30", "2024-13-01", "3月5日", ""])
def test_what_is_not_a_date_is_refused_with_the_forms_it_takes(text):
    with pytest.raises(BadValue, match="2024-03-05"):
        parse_value("published", text)


@pytest.mark.parametrize("text,names", [("刘楠", ["刘楠"]), ("刘楠、王芳", ["刘楠", "王芳"]), ("刘楠，王芳", ["刘楠", "王芳"]),
                                        ('["刘楠"]', ["刘楠"]), ("[]", [])])
def test_names(text, names):
    assert parse_value("authors", text) == names


@pytest.mark.parametrize("text", ['["刘楠"', '{"a": 1}', '[1, 2]', "  "])
def test_bad_name_lists_are_refused(text):
    with pytest.raises(BadValue):
        parse_value("editors", text)


def test_a_new_date_sets_the_month():
    assert derived({"published": "2021-04-06T09:30:00+08:00"}) == {"month": "2021-04", "published_from": "edit"}
    with pytest.raises(BadValue):
        parse_value("title", "   ")


@pytest.mark.parametrize("url", [
    "javascript:alert(document.domain)/*://*/", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "vbscript:x",
    "http://host:abc/", "http://", "//evil.example/x", "java\tscript:alert(1)", " javascript:alert(1)",
    "http://exa mple.cn/", "file:///etc/passwd", "http://x.cn/" + "a" * 3000,
])
def test_only_http_addresses_are_links(url):
    assert http_url(url) is None and why_not_http(url.strip())


@pytest.mark.parametrize("url", ["http://www.wfnews.com.cn/content/1.htm", "HTTPS://Example.cn:8080/a?b=1#c"])
def test_http_addresses_are_kept(url):
    assert http_url(url) == url


def test_the_shown_version_is_the_newest_that_is_not_worse():
    v = [Version("a", 1000, True), Version("b", 18, True), Version("c", 900, False), Version("d", 700, True)]
    shown, notes = choose(v)
    assert shown == "d" and set(notes) == {"b", "c"}
    assert "shorter by more than half" in notes["b"] and "incomplete" in notes["c"]
    assert choose(v, pin="b")[0] == "b"
    assert choose(v[:2])[0] == "a"
