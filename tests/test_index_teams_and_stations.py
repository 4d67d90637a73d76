"""The article list names volunteer teams apart from practice stations: when a station organises a
team, the team did the activity; a station acting alone is listed among the stations, so the teams
facet and the dashboard's most active teams hold teams only."""
import json

from pipelines import store
from pipelines.importer import process

HEAD = "来源：潍坊新闻网  发布时间：2024-03-0{day} 10:00\n"
WITH_TEAM = ("东关街道开展敬老义诊志愿服务\n" + HEAD.format(day=5)
             + "3月5日上午，奎文区东关街道新时代文明实践所组织“小红帽”志愿服务队的二十余名志愿者来到幸福社区，"
               "为辖区六十多位老人测量血压、讲解健康知识。\n志愿者们还上门看望了三位独居老人，帮助他们打扫卫生，受到居民好评。\n")
STATION_ALONE = ("北苑街道开展垃圾分类宣传\n" + HEAD.format(day=6)
                 + "3月6日上午，奎文区北苑街道新时代文明实践所在辖区广场开展垃圾分类宣传活动，"
                   "发放宣传资料三百余份，现场解答居民咨询五十余人次。\n活动让绿色生活理念深入人心。\n")


def index_row(db, title: str) -> tuple[list, list]:
    row = db.execute("select teams, stations from article_index where title = ?", [title]).fetchone()
    return json.loads(row[0]), json.loads(row[1])


def test_teams_and_stations_are_listed_apart(tmp_path):
    db = store.open_db(tmp_path / "kb.db")
    process(db, WITH_TEAM.encode(), input="a.txt")
    process(db, STATION_ALONE.encode(), input="b.txt")
    kinds = dict(db.execute("select name, kind from teams").fetchall())
    teams, stations = index_row(db, "东关街道开展敬老义诊志愿服务")
    assert teams == ["小红帽"] and stations == []  # the station organised, the team did it
    teams, stations = index_row(db, "北苑街道开展垃圾分类宣传")
    assert teams == [] and stations and all(kinds[s] == "station" for s in stations)
