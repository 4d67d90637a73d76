"""天府文明论坛 (Discuz! X3.4): forum-FID-PAGE.html lists, thread-TID-PAGE-1.html threads.

Quirk: a thread row on a list page also links the thread's later pages; only
page 1 is an article, later pages are followed from it (article_pages), and
forum.php?mod=viewthread&tid=N links are rewritten to thread-N-1-1.html.
"""
from crawler.newsspider import BaseNewsSpider


class TianfuForumSpider(BaseNewsSpider):
    name = "tianfu_forum"
    outlets = ("tianfu_forum",)
