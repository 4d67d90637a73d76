"""Model files of the HTML parser (block weights: see parsers/html/blocks.py)."""
