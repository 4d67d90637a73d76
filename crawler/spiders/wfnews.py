"""潍坊新闻网 (Founder CMS): /content/YYYY-MM/DD/content_N.htm, later pages content_N_2.htm; GB2312 pages."""
from crawler.newsspider import BaseNewsSpider


class WfnewsSpider(BaseNewsSpider):
    name = "wfnews"
    outlets = ("wfnews",)
