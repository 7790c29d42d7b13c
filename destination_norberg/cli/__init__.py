"""The command line: one module per command group, argparse sub-commands."""

from destination_norberg.cli.main import main

__all__ = ["main"]
