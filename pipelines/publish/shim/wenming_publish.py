# Loads the project's Datasette plugin through --plugins-dir when the
# `wenming` entry point is not installed yet (see pipelines/serve.py).
from pipelines.publish.plugin import *  # noqa: F401,F403
