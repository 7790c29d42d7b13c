"""What an erasure cannot reach: the copies of a person's data outside the database the
program erases in. One list for the command line (`gdpr erase`) and the window's erase
dialog, so that both always name the same places; each front end words every place in its
own way (the window translated, and without commands to type).
"""

from __future__ import annotations

#: Backups written elsewhere (`backup --out`) or copied out of the program's folder.
BACKUPS_ELSEWHERE = "backups_elsewhere"
#: Copies of contact lists or exports sent by e-mail.
EMAIL_COPIES = "email_copies"
#: The e-mails the program sent them (issue 20): delivered, they live in their mailbox and
#: the mail server's log, not in the database.
MESSAGES_SENT = "messages_sent"
#: Partner packages and other exports already sent.
SENT_FILES = "sent_files"
#: A database server's write-ahead log (and its archives, base backups and replicas).
SERVER_LOG = "server_log"

#: The command line's wording; `{backups}` is the program's own backup folder.
ENGLISH = {
    BACKUPS_ELSEWHERE: "backups outside {backups} (written with `backup --out` or copied "
                       "elsewhere)",
    EMAIL_COPIES: "copies sent by e-mail",
    MESSAGES_SENT: "the e-mails sent to them (in their mailbox and the mail server's log)",
    SENT_FILES: "partner files and exports already sent",
    SERVER_LOG: "the database server's write-ahead log and its own backups",
}


def out_of_reach(backend: str) -> tuple[str, ...]:
    """The places an erasure cannot reach on a database of kind `backend` ("sqlite",
    "postgresql" …): a server keeps its own log and backups of every row it held."""
    places = (BACKUPS_ELSEWHERE, EMAIL_COPIES, MESSAGES_SENT, SENT_FILES)
    return places if backend == "sqlite" else (*places, SERVER_LOG)


def out_of_reach_sentence(backend: str, backups: str) -> str:
    """The command line's one sentence: "Erasure cannot reach: …."."""
    return ("Erasure cannot reach: "
            + ", ".join(ENGLISH[p].format(backups=backups) for p in out_of_reach(backend))
            + ".")
