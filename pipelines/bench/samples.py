"""Write the bundled dedup samples: one story as original, reprint and spam mirror.

    python -m pipelines.bench.samples [DIR]     (default data/samples)

The story is our own text.  The original is on the outlet that wrote it,
the reprint on another outlet with a 来源 line naming the first, and the
mirror on a junk host, made by synth.make_mirror (Traditional with pinyin,
GBK byte damage) under an injected gambling title.  Each page names its
address in <link rel="canonical">, so the parser knows the site.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from .synth import make_mirror, to_traditional_with_pinyin

TITLE = "霞光社区“红马甲”志愿者为老旧小区加装扶手"
PUBLISHED = "2024-05-16 09:30:00"
SOURCE = "岳塘新闻网"
BODY = """岳塘新闻网5月16日讯（通讯员 周敏）近日，岳塘区建设路街道霞光社区的“红马甲”志愿服务队走进建成已有三十多年的机械厂宿舍，为楼道加装不锈钢扶手。
这片宿舍楼没有电梯，住着六十多位七十岁以上的老人。社区在入户走访时了解到，不少老人上下楼要扶着墙慢慢挪，雨天楼梯湿滑更让人担心。志愿服务队随即与辖区一家五金企业对接，企业捐赠材料，队里的退休电工和钳工负责安装。
三天时间里，志愿者们在六个单元的楼道里装好了扶手，还顺手更换了十二盏损坏的声控灯。住在五楼的谢奶奶握着新扶手说：“以前下楼心里发慌，现在有个扶的地方，踏实多了。”
霞光社区负责人表示，社区将继续收集老旧小区居民的“微心愿”，把志愿服务做到群众最需要的地方。"""

PAGES = {
    "dedup-original.html": {
        "url": "http://www.ytxww.com/2024/0516/xgsq-fushou.html", "outlet": "岳塘新闻网",
        "published": PUBLISHED, "editor": "刘颖"},
    "dedup-reprint.html": {
        "url": "http://www.scwmw.cn/wmcj/202405/t20240517_80311.html", "outlet": "四川文明网",
        "published": "2024-05-17 15:02:00", "editor": "王川"},
}
MIRROR_URL = "http://www.hy5566.com/news/20240519/8841.html"
MIRROR_TITLE = "鸿运5566官方入口_鸿运5566娱乐平台_鸿运5566最新网址"

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>{head_title}</title>
<link rel="canonical" href="{url}">
{meta}</head><body>
<div class="breadcrumb">当前位置：首页 &gt; 文明创建</div>
<h1>{title}</h1>
<div class="info">{source_line}</div>
<div class="TRS_Editor">
{paragraphs}
</div>
<div class="editor">{editor_line}</div>
<div class="tools">【打印】【关闭】</div>
</body></html>
"""


def _paragraphs(body: str) -> str:
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n"))


def page(name: str) -> str:
    """The HTML of one sample page."""
    if name == "dedup-mirror.html":
        source_line = to_traditional_with_pinyin(f"来源：{SOURCE} 发布时间：2024-05-19 02:11:45")
        return PAGE.format(
            title=MIRROR_TITLE, head_title=MIRROR_TITLE, url=MIRROR_URL, meta="",
            source_line=html.escape(source_line),
            paragraphs=_paragraphs(make_mirror(BODY, seed=2024)),
            editor_line=html.escape(to_traditional_with_pinyin("责任编辑：刘颖")))
    p = PAGES[name]
    meta = (f'<meta name="ArticleTitle" content="{TITLE}">\n'
            f'<meta name="PubDate" content="{p["published"]}">\n'
            f'<meta name="ContentSource" content="{SOURCE}">\n')
    return PAGE.format(title=TITLE, head_title=f"{TITLE}_{p['outlet']}", url=p["url"], meta=meta,
                       source_line=f"来源：{SOURCE} 发布时间：{p['published']}",
                       paragraphs=_paragraphs(BODY), editor_line=f"责任编辑：{p['editor']}")


def write(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in [*PAGES, "dedup-mirror.html"]:
        path = directory / name
        path.write_text(page(name), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("data/samples")
    for path in write(target):
        print(path)
