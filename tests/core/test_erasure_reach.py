"""What an erasure cannot reach: one list for the command line and the window (issue 13)."""

from __future__ import annotations

from destination_norberg.core.erasure_reach import (
    BACKUPS_ELSEWHERE,
    EMAIL_COPIES,
    ENGLISH,
    MESSAGES_SENT,
    SENT_FILES,
    SERVER_LOG,
    out_of_reach,
    out_of_reach_sentence,
)


def test_a_server_keeps_its_own_log_and_backups() -> None:
    assert out_of_reach("sqlite") == (BACKUPS_ELSEWHERE, EMAIL_COPIES, MESSAGES_SENT,
                                      SENT_FILES)
    assert out_of_reach("postgresql") == (BACKUPS_ELSEWHERE, EMAIL_COPIES, MESSAGES_SENT,
                                          SENT_FILES, SERVER_LOG)
    assert set(ENGLISH) == set(out_of_reach("postgresql"))


def test_the_command_lines_sentence() -> None:
    assert out_of_reach_sentence("sqlite", "/b") == (
        "Erasure cannot reach: backups outside /b (written with `backup --out` or copied "
        "elsewhere), copies sent by e-mail, the e-mails sent to them (in their mailbox and "
        "the mail server's log), partner files and exports already sent.")
    assert out_of_reach_sentence("postgresql", "/b").endswith(
        "exports already sent, the database server's write-ahead log and its own backups.")
