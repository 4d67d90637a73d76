"""The crawl, stage by stage: what happens to a page between the spider and the knowledge base.

1. `run`      `wenming crawl`: the spider, its settings, the sample server or the
              live sites, pause/resume and recovery after kill -9;
2. `db`       the crawl's tables (crawl log, runs, versions) and the one
              connection per process that every stage writes through;
3. `topics`   item pipeline: off-topic pages are logged and dropped;
4. `store`    item pipeline: raw bytes kept, the page parsed, enriched and
              stored as a version (or parsed after the crawl, by `parse`),
              through the steps of pipelines.importer.store_fetched;
5. `fieldcounts` item pipeline: empty fields counted per outlet;
6. `parse`    after the crawl: pending pages parsed in a process pool;
7. `progress` extension: a progress line every few seconds, and a summary
              that tells the sample site's deliberate faults from real errors;
8. `stats`    `wenming stats`: what each outlet's crawls fetched, kept and lost,
              and the whole base (imports too, and the failures table).
9. `ingest`   `wenming ingest`: the one writer of a crawl on many machines, storing
              what the workers sent through Redis (crawler/streams.py).

The fetch log itself is written by crawler/middlewares.py as pages arrive.
"""
