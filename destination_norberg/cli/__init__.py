"""The command line: one module per command group, argparse sub-commands."""

from destination_norberg.cli.clean_output import clean_output
from destination_norberg.cli.main import main as _main

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    """The program's entry point: cli.main.main, its output free of control characters
    from the data (cli.clean_output)."""
    with clean_output():
        return _main(argv)
