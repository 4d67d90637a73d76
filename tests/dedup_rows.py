"""Article rows for dedup tests: one story, its reprint and a mirror of it."""
from __future__ import annotations

import sqlite_utils

from pipelines.dedup import index as story_index
from pipelines.bench.synth import make_mirror
from pipelines.bench.dedup_testset import create_articles_table

STORY = (
    "3月4日上午，青山街道新时代文明实践所组织“银发守护”志愿服务队走进松林社区，"
    "为辖区12位独居老人上门理发、修剪指甲。\n"
    "志愿者们带着电推剪、围布和热毛巾，一边理发一边和老人拉家常，了解老人近期的身体状况和生活需求，"
    "并把需要维修的水龙头、灯泡一一登记。\n"
    "80岁的周奶奶腿脚不便，已经两个月没有出门理发。看着镜子里清爽的自己，她笑着说："
    "“孩子们不在身边，你们比亲人还贴心。”松林社区计划每月固定开展一次上门服务。"
)
OTHER_STORY = (
    "7月20日清晨，青山街道百余名志愿者沿青溪河两岸开展河道清漂活动，打捞水面漂浮垃圾，"
    "清理岸边杂草和废弃渔网。\n志愿者们分成六个小组，有的划着小船打捞塑料瓶，有的拿着钉耙清理淤泥。"
    "经过三个小时的努力，共清理垃圾近两吨，河道面貌焕然一新。"
)
NO_FLAGS = {"script_converted": 0, "pinyin_annotated": 0, "byte_damage": 0, "seo_spam": 0, "mirror": 0}


def fresh_db() -> sqlite_utils.Database:
    db = sqlite_utils.Database(memory=True)
    create_articles_table(db)
    story_index.forget(db)
    return db


def original(id_="orig", body=STORY) -> dict:
    return {"id": id_, "url": f"http://www.dcrm.example.cn/{id_}.html", "site": "www.dcrm.example.cn",
            "outlet": "东川融媒", "source": "东川融媒", "title": "青山街道志愿者上门为独居老人理发",
            "published": "2024-03-05T10:20:00+08:00", "body": body, **NO_FLAGS}


def reprint(id_="reprint") -> dict:
    return {**original(id_), "url": f"http://www.jcrb.example.cn/{id_}.html",
            "site": "www.jcrb.example.cn", "outlet": "江城日报", "published": "2024-03-06"}


def mirror(id_="mirror", published="2024-03-01") -> dict:
    return {**original(id_), "url": f"http://www.hg888.com/{id_}.html", "site": "www.hg888.com",
            "outlet": None, "published": published, "title": "鸿运888官方入口_鸿运888娱乐平台",
            "body": make_mirror(STORY, seed=3), "script_converted": 1, "pinyin_annotated": 1,
            "byte_damage": 1, "seo_spam": 1, "mirror": 1}


def insert(db, *rows: dict) -> list[str]:
    db["articles"].insert_all(rows, pk="id", replace=True)
    return [r["id"] for r in rows]


def placement(db) -> dict[str, tuple]:
    return {r["id"]: (r["cluster_id"], r["placement"], r["mirror_of"])
            for r in db.query("select id, cluster_id, placement, mirror_of from articles")}
