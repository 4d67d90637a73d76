"""A local copy of every bundled outlet's site, for offline crawls and tests."""
