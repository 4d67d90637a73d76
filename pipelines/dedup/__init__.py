"""Reprints and spam mirrors: canonical URLs, fingerprints, story clusters, roles.

Entry point: update_clusters(db, article_ids) (see pipelines/dedup/update.py).
"""
from .canonical import canonical_url
from .update import Summary, update_clusters

__all__ = ["Summary", "canonical_url", "update_clusters"]
