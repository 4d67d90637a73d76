"""Chinese full-text search: how text becomes index tokens and queries (`segment`),
and the FTS table the store keeps in step with the articles (`index`).

The store writes the index; publishing only reads it through `segment.fts_query`.
"""
