"""Scrapy settings of the wenming crawler.

Polite by default: robots.txt obeyed, AutoThrottle on, a delay per domain,
two requests at a time per domain, a user agent that says who crawls and how
to reach them (set WENMING_CONTACT), retries with growing pauses, timeouts.
`LOCAL` holds what a crawl of the local sample site changes (politeness off:
the server is ours).
"""
import os

BOT_NAME = "wenming"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

CONTACT = os.environ.get("WENMING_CONTACT", "https://github.com/wenming-kb/wenming/issues")
USER_AGENT = f"wenming-crawler/0.1 (research archive of civilization-practice news; +{CONTACT})"

# Politeness
ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 2.0
DOWNLOAD_DELAY_JITTER = 0.5           # each delay varies by ±50%
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
# Items of one response processed at once. Our pipelines are synchronous and a page yields a few
# requests or one article; Scrapy's default (100) starts 100 asyncio tasks for every response.
CONCURRENT_ITEMS = 4
TELNETCONSOLE_ENABLED = False

# Failures: retry with backoff, give up after a timeout
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 3
WENMING_RETRY_BACKOFF = 2.0      # seconds before the first retry; doubles each time
WENMING_RETRY_BACKOFF_MAX = 60.0
DOWNLOAD_FAIL_ON_DATALOSS = True

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.LocalSiteMiddleware": 740,
    "crawler.middlewares.RetryBackoffMiddleware": 560,
    "crawler.middlewares.FetchLogMiddleware": 950,
    "crawler.warc.WarcRecorderMiddleware": 960,
    "crawler.warc.WarcReplayMiddleware": 970,
}
ITEM_PIPELINES = {
    "pipelines.crawl.topics.TopicFilterPipeline": 100,
    "pipelines.crawl.store.CrawlStorePipeline": 300,
    "pipelines.crawl.fieldcounts.FieldCountsPipeline": 500,
}
EXTENSIONS = {"crawler.runs.CrawlRunExtension": 500, "pipelines.crawl.progress.CrawlProgress": 510}

# wenming's own settings
WENMING_DB = "data/wenming.db"
WENMING_LOCAL_SITE = ""          # http://127.0.0.1:PORT: fetch every outlet from the sample server
WENMING_WARC = ""                # record the crawl to this .warc.gz or .wacz
WENMING_REPLAY = ""              # answer requests from this .warc.gz/.wacz, never the network
WENMING_RECHECK_EVERY_HOURS = 6.0  # a recent article is re-fetched at most this often
WENMING_MAX_ARTICLE_PAGES = 20
WENMING_STOP_AFTER_KNOWN = 0     # >0 overrides every outlet's stop_after_known
WENMING_WORKER = ""
WENMING_PROGRESS_SECONDS = 5.0   # a progress line on stderr this often (0: none); a summary at the end
WENMING_WARM_UP = True           # load enrichment dictionaries when the crawl opens
WENMING_PARSE_WORKERS = 0        # 0: parse and enrich in the crawl's thread; N: in N processes beside it;
                                 # -1: after the crawl, on every core (pipelines/crawl/parse.py)

LOG_LEVEL = "INFO"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
FEED_EXPORT_ENCODING = "utf-8"

# A crawl of the local sample server: politeness off, quick to give up.
LOCAL = {
    "DOWNLOAD_DELAY": 0,
    "DOWNLOAD_DELAY_JITTER": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "DOWNLOAD_TIMEOUT": 1.5,
    "RETRY_TIMES": 1,
    "WENMING_RETRY_BACKOFF": 0.05,
    "LOG_LEVEL": "WARNING",
}
LOG_FORMATTER = "crawler.logformat.ShortLogFormatter"
REMOTE_CONTROL_ENABLED = False
