"""Publishing the knowledge base: Chinese search, views, and the Datasette plugin.

segment.py (tokens for index and query), index.py (the articles_fts index),
views.py (views for facets, canned queries, feeds), snippet.py (highlighted
excerpts) are plain Python; plugin.py holds the Datasette hooks and is the
only module here that imports Datasette.
"""
