"""四川文明网 (TRS WCM): articles /COLUMN/YYYYMM/tYYYYMMDD_N.htm in any column, city channels /zbsc/XX/ listed
as index.htm, index_1.htm ...; GBK pages."""
from crawler.newsspider import BaseNewsSpider


class ScwmwSpider(BaseNewsSpider):
    name = "scwmw"
    outlets = ("scwmw",)
