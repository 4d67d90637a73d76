"""苏州文明网 (TRS WCM), carrying 苏州日报 pieces: /YYYYMM/tYYYYMMDD_N.shtml, lists index_N.shtml."""
from crawler.newsspider import BaseNewsSpider


class SuzhouWmwSpider(BaseNewsSpider):
    name = "suzhou_wmw"
    outlets = ("suzhou_wmw",)
