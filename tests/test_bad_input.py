"""Bad input gives a record or an error record, never an exception."""
import random

import pytest

from parsers import parse_page
from tests.conftest import SAMPLES

SEED = (SAMPLES / "seeds" / "004_3920877066818c0e.txt").read_bytes()


@pytest.mark.parametrize("data", [
    b"", b"\x00" * 100, b"\xff\xfe\x00", SEED[:7], SEED[: len(SEED) // 2], SEED[1:],
    SEED.decode("utf-8").encode("gb18030"), SEED.decode("utf-8").encode("utf-16"),
])
def test_damaged_text_dumps_do_not_raise(data):
    article = parse_page(data, input="x.txt")
    assert article.error or article.body


def test_random_bytes_do_not_raise():
    rng = random.Random(20231123)
    for _ in range(200):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        article = parse_page(data, input="x.txt")
        assert article.error is None or article.error


def test_gbk_dump_reads_the_same_as_utf8():
    utf8 = parse_page(SEED, input="a.txt")
    gbk = parse_page(SEED.decode("utf-8").encode("gb18030"), input="b.txt")
    assert (gbk.title, gbk.body, gbk.authors) == (utf8.title, utf8.body, utf8.authors)
