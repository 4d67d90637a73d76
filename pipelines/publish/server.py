"""`python -m pipelines.publish.server [--no-accounts] serve ...`: Datasette's own command line,
without the sign-in plugin when the site has no accounts (so no "Log in" link leads nowhere)."""
from __future__ import annotations

import sys

ACCOUNT_PLUGINS = ("auth_passwords",)
NO_ACCOUNTS = "--no-accounts"


def main(argv: list[str]) -> None:
    from datasette.plugins import pm

    if NO_ACCOUNTS in argv:
        argv.remove(NO_ACCOUNTS)
        for name in ACCOUNT_PLUGINS:
            if pm.get_plugin(name) is not None:
                pm.unregister(name=name)
    from datasette.cli import cli

    cli(argv, prog_name="datasette")


if __name__ == "__main__":
    main(sys.argv[1:])
