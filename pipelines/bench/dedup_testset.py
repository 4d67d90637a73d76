"""The dedup test set, built from our own stories (tests/fixtures/dedup_stories.toml).

Each story gives an original and, for most stories, reprints on other
outlets (another lead, trimmed, with leftover boilerplate) and spam mirrors
made the seeds' way (synth.mirror_article).  Every article carries its truth:
`story` (which story it tells) and `role` (original, reprint, mirror).
The articles come in a shuffled order, so some mirrors arrive before their
original.  scale_articles() varies the stories into as many articles as asked.
"""
from __future__ import annotations

import random
import re
import tomllib
from pathlib import Path

from . import synth

STORIES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "dedup_stories.toml"


def load_stories(path: Path = STORIES) -> dict:
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: the dedup test set is built from it "
                                "(run from a checkout of the repository)")
    with open(path, "rb") as f:
        return tomllib.load(f)


def _original(story: dict, number: int, hosts: dict[str, str]) -> dict:
    host = hosts[story["outlet"]]
    return {
        "id": f"s{number:02d}-original", "story": number, "role": "original",
        "url": f"http://{host}/content/{2024000 + number}.html", "site": host,
        "outlet": story["outlet"], "source": story["outlet"], "title": story["title"],
        "published": story["published"], "body": story["body"].strip(),
        "script_converted": 0, "pinyin_annotated": 0, "byte_damage": 0, "seo_spam": 0, "mirror": 0,
    }


def _copies(original: dict, number: int, reprint_outlets: list, rng: random.Random) -> list[dict]:
    """Reprints and mirrors of one original; the kinds rotate with the story number."""
    out = []
    outlets = rng.sample(reprint_outlets, len(reprint_outlets))

    def add(kind: str, article: dict, role: str) -> None:
        out.append({**article, "id": f"s{number:02d}-{kind}", "role": role})

    plain = synth.reprinted(original, outlets[0], rng, days=1)
    add("reprint", plain, "reprint")
    cut = synth.trimmed(synth.reprinted(original, outlets[1], rng, days=2), rng)
    add("trimmed", cut, "reprint")
    lead = synth.with_new_lead(synth.reprinted(original, outlets[2], rng, days=1), rng)
    add("newlead", lead, "reprint")
    add("boiler", synth.with_boilerplate(synth.reprinted(original, outlets[0], rng, days=3), rng),
        "reprint")
    add("mirror", synth.mirror_article(original, seed=number * 10 + 1), "mirror")
    add("mirror2", synth.mirror_article(cut if number % 2 else lead, seed=number * 10 + 2), "mirror")
    return out


def labelled_articles(seed: int = 7) -> list[dict]:
    """At least 200 articles with truth, in a shuffled arrival order."""
    data = load_stories()
    hosts = data["outlets"]
    reprint_outlets = list(data["reprint_outlets"].items())
    rng = random.Random(seed)
    articles = []
    for number, story in enumerate(data["story"], start=1):
        original = _original(story, number, hosts)
        articles.append(original)
        if number % 6 == 0:
            continue  # a story nobody copied
        articles.extend(_copies(original, number, reprint_outlets, rng))
    rng.shuffle(articles)
    return articles


_DIGITS = re.compile(r"\d+")
_CLAUSE_END = re.compile(r"(?<=[，。！？；：])")


def _clauses(data: dict) -> list[str]:
    return [c for story in data["story"] for c in _CLAUSE_END.split(story["body"].replace("\n", ""))
            if len(c) > 3]


def _new_story(pool: list[str], places: list[str], rng: random.Random) -> str:
    """A story of 12 to 30 clauses drawn from all stories, places and numbers changed."""
    town, other = rng.sample(places, 2)
    picked = [_DIGITS.sub(lambda m: str(rng.randint(1, 400)), c).replace(town, other)
              for c in rng.sample(pool, rng.randint(12, 30))]
    for i in range(len(picked) - 1):  # every few clauses ends a sentence
        if picked[i][-1] in "，；：" and rng.random() < 0.3:
            picked[i] = picked[i][:-1] + "。"
    size = -(-len(picked) // 3)
    return "\n".join("".join(picked[i:i + size]) for i in range(0, len(picked), size))


def scale_articles(count: int, seed: int = 11) -> list[dict]:
    """count articles: new stories mixed from our clauses, a third of them copied."""
    data = load_stories()
    pool = _clauses(data)
    places = sorted({story["township"] for story in data["story"]})
    outlets = list(data["outlets"].items()) + list(data["reprint_outlets"].items())
    rng = random.Random(seed)
    articles: list[dict] = []
    while len(articles) < count:
        number = len(articles)
        body = _new_story(pool, places, rng)
        name, host = rng.choice(outlets)
        original = {
            "id": f"x{number:06d}", "url": f"http://{host}/c/{number}.html", "site": host,
            "outlet": name, "source": name, "title": body[:20],
            "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "body": body,
            "script_converted": 0, "pinyin_annotated": 0, "byte_damage": 0, "seo_spam": 0, "mirror": 0,
        }
        articles.append(original)
        if rng.random() < 0.5 and len(articles) < count:
            copy = (synth.mirror_article(original, seed=number) if rng.random() < 0.5
                    else synth.reprinted(original, rng.choice(outlets), rng))
            articles.append({**copy, "id": f"x{number:06d}-copy"})
    return articles[:count]

ARTICLE_SCHEMA = {
    "id": str, "url": str, "canonical_url": str, "site": str, "outlet": str, "source": str,
    "title": str, "published": str, "body": str, "script_converted": int, "pinyin_annotated": int,
    "byte_damage": int, "seo_spam": int, "mirror": int, "content_hash": str,
}


def create_articles_table(db) -> None:
    """The articles table as the store makes it (for tests and benchmarks)."""
    db["articles"].create(ARTICLE_SCHEMA, pk="id", if_not_exists=True)


def store(db, articles: list[dict]) -> list[str]:
    """Insert articles (truth keys dropped) and return their ids in order."""
    from pipelines.dedup.canonical import canonical_url

    rows = [{k: v for k, v in a.items() if k in ARTICLE_SCHEMA} for a in articles]
    for row in rows:
        row["canonical_url"] = canonical_url(row["url"]) if row.get("url") else None
    db["articles"].insert_all(rows, pk="id", replace=True, batch_size=2000)
    return [r["id"] for r in rows]
