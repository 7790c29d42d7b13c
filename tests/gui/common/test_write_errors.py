"""A file that could not be written is told as such, not as a fault of the database."""

from __future__ import annotations

import errno

from destination_norberg.core.diskerrors import write_error
from destination_norberg.gui.common.errors import user_message


def test_a_full_disk_during_an_export_names_the_file(qapp) -> None:
    exc = write_error(OSError(errno.ENOSPC, "No space left on device"), "/ut/kontakter.xlsx")
    assert user_message(exc) == ("The disk is full: kontakter.xlsx was not written (nothing "
                                 "was left behind).")
