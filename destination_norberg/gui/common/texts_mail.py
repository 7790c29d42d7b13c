"""E-mail to the network (issue 20): the composer's reasons, the server's answers, the
templates' errors, the opt-out day.

The sentences of core.said messages, keyed as where they are said (gui/common/messages.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def templates() -> dict[str, str]:
    return {
        "contacts.what.opt_out_day": translate(
            "MailMessages",
            "opt-out day"),
        "mail.bad_host": translate(
            "MailMessages",
            "Give the mail server's name (host)."),
        "mail.bad_lang": translate(
            "MailMessages",
            "The language must be sv or en, not “{lang}”."),
        "mail.bad_port": translate(
            "MailMessages",
            "The port must be a number from 1 to 65535, not {port}."),
        "mail.bad_security": translate(
            "MailMessages",
            "The security must be starttls, tls or none, not “{value}”."),
        "mail.cannot_reach": translate(
            "MailMessages",
            "Cannot reach the mail server {where}: {reason}. Check the server's name and port, "
            "and the network."),
        "mail.dropped": translate(
            "MailMessages",
            "The connection to the mail server was lost while sending."),
        "mail.dropped_because": translate(
            "MailMessages",
            "The connection to the mail server was lost while sending: {reason}."),
        "mail.empty_template": translate(
            "MailMessages",
            "The message is empty: write a subject on the first line and the text below it."),
        "mail.login_needs_tls": translate(
            "MailMessages",
            "The password is not sent over a connection that is not secure: choose STARTTLS "
            "or TLS for the login to {where}, or leave the user empty."),
        "mail.login_refused": translate(
            "MailMessages",
            "The mail server refused the login of {user}: check the user name and the password."),
        "mail.maybe_sent": translate(
            "MailMessages",
            "may have been sent; the program cannot tell"),
        "mail.no_body": translate(
            "MailMessages",
            "The message has no text below the subject."),
        "mail.no_keyring": translate(
            "MailMessages",
            "This computer has no password store (keyring) the program can use, so the password "
            "cannot be remembered; give it each time you send."),
        "mail.no_login": translate(
            "MailMessages",
            "The mail server {where} offers no login on this connection; choose STARTTLS or TLS, "
            "or leave the user empty."),
        "mail.no_mailing": translate(
            "MailMessages",
            "There is no mailing with id {id}."),
        "mail.no_person": translate(
            "MailMessages",
            "There is no person with id {id}."),
        "mail.no_sender": translate(
            "MailMessages",
            "Give the sender's e-mail address."),
        "mail.no_subject": translate(
            "MailMessages",
            "The message has no subject: write it on the first line."),
        "mail.nobody": translate(
            "MailMessages",
            "Nobody is left to send the message to; nothing was saved."),
        "mail.nobody_package": translate(
            "MailMessages",
            "None of the package's partners has a contact person who can get it by e-mail; "
            "nothing was saved."),
        "mail.not_ascii": translate(
            "MailMessages",
            "The login to the mail server {where} could not be sent: the server cannot take "
            "a character of it. Check the user name and the password."),
        "mail.not_recorded": translate(
            "MailMessages",
            "was sent, but the program could not record it: {reason}"),
        "mail.package_already_sent": translate(
            "MailMessages",
            "Every partner chosen already got version {revision} of the package; nothing "
            "was saved."),
        "mail.package_changed": translate(
            "MailMessages",
            "The package was changed after this mailing was prepared (it would now be version "
            "{now}, not {then}); prepare a new mailing of it. Nothing was sent."),
        "mail.package_gone": translate(
            "MailMessages",
            "The package of this mailing was deleted; nothing was sent."),
        "mail.person_gone": translate(
            "MailMessages",
            "The person is no longer in the network."),
        "mail.reason.bad_email": translate(
            "MailMessages",
            "The e-mail address is not valid"),
        "mail.reason.contract_only": translate(
            "MailMessages",
            "Contract as the legal basis: gets only the packages they are part of"),
        "mail.reason.no_consent_date": translate(
            "MailMessages",
            "Consent is the legal basis, but no consent day is recorded"),
        "mail.reason.no_email": translate(
            "MailMessages",
            "No e-mail address"),
        "mail.reason.opted_out": translate(
            "MailMessages",
            "Has asked for no more e-mail"),
        "mail.reason.private_person": translate(
            "MailMessages",
            "Legitimate interest covers business contacts only (no organisation)"),
        "mail.reason.same_address": translate(
            "MailMessages",
            "Same address as another recipient (sent once)"),
        "mail.refused": translate(
            "MailMessages",
            "The server refused the address {address}: {reason}"),
        "mail.sender_refused": translate(
            "MailMessages",
            "The server refused the sender address: {reason}"),
        "mail.sending_elsewhere": translate(
            "MailMessages",
            "another sending is sending it right now"),
        "mail.server_said": translate(
            "MailMessages",
            "The server did not take the message: {reason}"),
        "mail.starttls_failed": translate(
            "MailMessages",
            "The mail server {where} did not accept a secure connection (STARTTLS): {reason}."),
        "mail.template_not_text": translate(
            "MailMessages",
            "The template {path} is not text (a text file with the subject on the first "
            "line is needed)."),
        "mail.template_unreadable": translate(
            "MailMessages",
            "The template {path} cannot be read: {reason}."),
        "mail.tls_failed": translate(
            "MailMessages",
            "A secure (TLS) connection to the mail server {where} could not be made: {reason}."),
        "mail.unknown_field": translate(
            "MailMessages",
            "The template has an unknown field {{{field}}}; the known fields are {known}."),
    }
