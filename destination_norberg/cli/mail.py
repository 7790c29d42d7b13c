"""`mail send`, `mail package`, `mail retry`, `mail list` and `mail settings` (issue 20).

The same use cases as the window's composer (app.mail, app.mail_package, app.mail_send): a dry
run lists who would get the message and who is left out and why, in the words the window's
preview uses. The server is the destination's (`mail settings`); `--smtp HOST:PORT` and
`--no-tls` override it for one run (scripts, tests). The password comes from the system's
keyring, else from the environment variable DN_SMTP_PASSWORD. Exit code 3 when a recipient
failed (listed; `mail retry ID` tries them again, never sending anyone a message twice).
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

from destination_norberg.cli.common import Context
from destination_norberg.cli.errors import UserError, user_errors

PASSWORD_ENV = "DN_SMTP_PASSWORD"
EXIT_SOME_FAILED = 3


def _host_port(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not host.strip() or not port.isdigit() or not 1 <= int(port) <= 65535:
        raise argparse.ArgumentTypeError(f"“{text}” is not HOST:PORT")
    return host.strip().strip("[]"), int(port)


def _server_options(parser: Any) -> None:
    parser.add_argument("--smtp", type=_host_port, metavar="HOST:PORT",
                        help="send through this server instead of the stored one")
    parser.add_argument("--no-tls", action="store_true",
                        help="a plain connection (no STARTTLS or TLS) and no login: a local "
                             "test server")
    parser.add_argument("--from", dest="sender", metavar="ADDRESS",
                        help="the sender's address, instead of the stored one")
    parser.add_argument("--json", action="store_true", help="print JSON")


def add_parsers(sub: Any) -> None:
    mail = sub.add_parser("mail", help="e-mail to the network: a message to a group, a package "
                                       "to its partners, the server settings")
    mail_sub = mail.add_subparsers(dest="what", metavar="WHAT", required=True)
    send = mail_sub.add_parser(
        "send", help="send a message (a text file: the subject on the first line) to the "
                     "people of the organisations with a tag; only those the legal basis "
                     "allows")
    send.add_argument("--template", type=Path, required=True, metavar="FILE")
    send.add_argument("--to-tag", action="append", default=[], metavar="TAG",
                      help="organisations with this tag (repeatable: any of them)")
    send.add_argument("--to-category", action="append", default=[], metavar="CATEGORY",
                      help="organisations of this category (repeatable: any of them)")
    send.add_argument("--lang", choices=("sv", "en"), default="sv",
                      help="the message's language (the unsubscribe notice; default sv)")
    send.add_argument("--dry-run", action="store_true",
                      help="list who would get it and who is left out and why; send nothing")
    _server_options(send)
    send.set_defaults(func=run_send)
    package = mail_sub.add_parser(
        "package", help="send a package to its partners' contacts (the brochure PDF and the "
                        "rest of the bundle as a zip), recorded as a dispatch of its version")
    package.add_argument("package", metavar="ID", help="the package's id or title")
    package.add_argument("--dry-run", action="store_true",
                         help="list who would get it, who is left out and why, and the files")
    package.add_argument("--again", action="store_true",
                         help="send it also to partners who already got this version")
    _server_options(package)
    package.set_defaults(func=run_package)
    retry = mail_sub.add_parser("retry", help="send a mailing's messages that failed or were "
                                              "not sent yet (nobody gets one twice)")
    retry.add_argument("mailing", type=int, metavar="MAILING_ID")
    retry.add_argument("--resend-uncertain", action="store_true",
                       help="send again the messages that may have been sent (the program "
                            "cannot tell; check with the recipients first)")
    _server_options(retry)
    retry.set_defaults(func=run_retry)
    listing = mail_sub.add_parser("list", help="the mailings sent, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=run_list)
    settings = mail_sub.add_parser(
        "settings", help="show or set the destination's mail server (without options: show)")
    settings.add_argument("--host", metavar="HOST")
    settings.add_argument("--port", type=int, metavar="PORT")
    settings.add_argument("--security", choices=("starttls", "tls", "none"))
    settings.add_argument("--user", metavar="USER", help="the login ('' for none)")
    settings.add_argument("--sender", metavar="ADDRESS", help="the sender's address")
    settings.add_argument("--sender-name", metavar="NAME", help="the sender's name")
    settings.add_argument("--store-password", action="store_true",
                          help=f"keep the password (from {PASSWORD_ENV}, else asked for) in "
                               "the system's keyring")
    settings.add_argument("--forget-password", action="store_true",
                          help="remove the password from the system's keyring")
    settings.add_argument("--json", action="store_true", help="print JSON")
    settings.set_defaults(func=run_settings)


# --- the server ------------------------------------------------------------------------------

def _settings(url: str, args: argparse.Namespace) -> Any:
    """The stored settings with this run's overrides; UserError when there are none."""
    from destination_norberg.app.mail import SmtpSettings, read_smtp_settings

    with user_errors():
        stored = read_smtp_settings(url)
    if stored is None and args.smtp is None:
        raise UserError("no mail server is set: give --smtp HOST:PORT or set one with "
                        "`mail settings --host HOST --port PORT --sender ADDRESS`")
    settings = stored or SmtpSettings("", 25, "starttls", "", "", "Destination Norberg")
    if args.smtp is not None:
        settings = replace(settings, host=args.smtp[0], port=args.smtp[1])
        if stored is None:
            settings = replace(settings, user="")
    if args.no_tls:  # no login either: the password never travels unencrypted
        settings = replace(settings, security="none", user="")
    if args.sender:
        settings = replace(settings, sender=args.sender)
    if not settings.sender:
        raise UserError("no sender address is set: give --from ADDRESS or set one with "
                        "`mail settings --sender ADDRESS`")
    return settings


def _dry_settings(url: str, args: argparse.Namespace) -> Any:
    """A dry run shows the sender when one is known, and needs no server."""
    try:
        return _settings(url, args)
    except UserError:
        return None


def _password(settings: Any) -> str | None:
    from destination_norberg.app.mail import KeyringUnavailable, read_password

    if not settings.user:
        return None
    try:
        stored = read_password(settings)
    except KeyringUnavailable:
        stored = None
    password = stored if stored is not None else os.environ.get(PASSWORD_ENV)
    if password is None:
        raise UserError(f"no password for {settings.user} at {settings.host}: keep one with "
                        f"`mail settings --store-password`, or set {PASSWORD_ENV}")
    return password


def _settings_dict(settings: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return asdict(settings)


def run_settings(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.mail import (
        KeyringUnavailable,
        SmtpSettings,
        forget_password,
        read_password,
        read_smtp_settings,
        save_password,
        save_smtp_settings,
    )
    from destination_norberg.cli.common import existing

    url = existing(ctx.url)
    with user_errors():
        stored = read_smtp_settings(url)
    changes = {k: v for k, v in (("host", args.host), ("port", args.port),
                                 ("security", args.security), ("user", args.user),
                                 ("sender", args.sender), ("sender_name", args.sender_name))
               if v is not None}
    settings = stored
    if changes:
        base = stored or SmtpSettings("", 587, "starttls", "", "", "Destination Norberg")
        with user_errors():
            settings = save_smtp_settings(url, replace(base, **changes))
    if settings is None:
        if args.json:
            print(json.dumps({"settings": None}))
        else:
            print("No mail server is set.")
        return 0
    try:
        if args.forget_password:
            forget_password(settings)
        if args.store_password:
            password = os.environ.get(PASSWORD_ENV)
            if password is None:
                import getpass

                password = getpass.getpass(f"Password for {settings.user} at "
                                           f"{settings.host}: ")
            save_password(settings, password)
        has_password: bool | None = (read_password(settings) is not None
                                     if settings.user else None)
    except KeyringUnavailable as exc:
        if args.store_password or args.forget_password:
            raise UserError(str(exc)) from exc
        has_password = None
    if args.json:
        print(json.dumps({"settings": _settings_dict(settings),
                          "password_stored": has_password}, ensure_ascii=False, indent=2))
        return 0
    print(f"Server:   {settings.host}:{settings.port} ({settings.security})")
    print(f"Login:    {settings.user or '(none)'}"
          + ("" if has_password is None else
             "; password in the keyring" if has_password else "; no password stored"))
    print(f"Sender:   {settings.sender_name} <{settings.sender}>")
    return 0


# --- sending ---------------------------------------------------------------------------------

def _person(c: Any, reason: str | None = None) -> dict[str, Any]:
    out = {"person_id": c.person_id, "name": c.name, "email": c.email,
           "organisation": c.organisation, "legal_basis": c.legal_basis}
    if reason is not None:
        out["reason"] = str(reason)
    return out


def _print_preview(preview: Any, what: str) -> None:
    print(f"Would send “{preview.template.subject}” to {len(preview.included)} "
          f"{what}:")
    for c in preview.included:
        print(f"  {c.name} <{c.email}>" + (f", {c.organisation}" if c.organisation else ""))
    if preview.excluded:
        print(f"Left out ({len(preview.excluded)}):")
        for c, reason in preview.excluded:
            where = f", {c.organisation}" if c.organisation else ""
            print(f"  {c.name}{where}: {reason}")


def _report(result: Any, mailing_id: int, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"mailing": mailing_id, "sent": result.sent,
                          "already_sent": result.already_sent, "left": result.left,
                          "stopped": result.stopped,
                          "failed": [{"person_id": f.person_id, "name": f.name,
                                      "address": f.address, "error": str(f.error)}
                                     for f in result.failed],
                          "uncertain": [{"person_id": f.person_id, "name": f.name,
                                         "address": f.address, "reason": str(f.error)}
                                        for f in result.uncertain]},
                         ensure_ascii=False, indent=2))
    else:
        print(f"Mailing {mailing_id}: sent {result.sent}"
              + (f" (and {result.already_sent} before)" if result.already_sent else "")
              + (f", {len(result.failed)} failed" if result.failed else "")
              + (f", {result.left} not sent yet" if result.left else ""))
        for f in result.failed:
            print(f"  failed: {f.name} <{f.address}>: {f.error}")
        for f in result.uncertain:
            print(f"  uncertain: {f.name} <{f.address}>: {f.error}")
        if result.stopped:
            print(f"Stopped: {result.stopped}")
    if result.failed or result.left or result.uncertain:
        if not as_json and (result.failed or result.left):
            print(f"Send the rest with `mail retry {mailing_id}`.")
        if not as_json and result.uncertain:
            print(f"Check with the uncertain ones whether the message arrived; send it to "
                  f"them again with `mail retry {mailing_id} --resend-uncertain`.")
        return EXIT_SOME_FAILED
    return 0


def _send(url: str, mailing_id: int, settings: Any, password: str | None, as_json: bool,
          pdf_writer: Any = None) -> int:
    from destination_norberg.app.mail_send import send_mailing

    with user_errors():
        result = send_mailing(url, mailing_id, settings, password, pdf_writer=pdf_writer)
    return _report(result, mailing_id, as_json)


def run_send(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.mail import RecipientQuery, create_mailing, preview_mailing
    from destination_norberg.cli.common import existing

    if not args.to_tag and not args.to_category:
        raise UserError("choose the recipients with --to-tag TAG (or --to-category)")
    from destination_norberg.app.mail import read_template_file

    with user_errors():
        text = read_template_file(args.template)
    url = existing(ctx.url)
    query = RecipientQuery(categories=frozenset(args.to_category),
                           tags=frozenset(t.strip().lower() for t in args.to_tag))
    settings = _dry_settings(url, args) if args.dry_run else _settings(url, args)
    with user_errors():
        preview = preview_mailing(url, text, args.lang, query, settings)
    if args.dry_run:
        if args.json:
            print(json.dumps({"subject": preview.template.subject,
                              "included": [_person(c) for c in preview.included],
                              "excluded": [_person(c, r) for c, r in preview.excluded],
                              "sample": None if preview.sample is None else {
                                  "subject": preview.sample.subject,
                                  "body": preview.sample.body}},
                             ensure_ascii=False, indent=2))
        else:
            _print_preview(preview, "people")
        return 0
    password = _password(settings)
    with user_errors():
        mailing_id = create_mailing(url, text, args.lang, query, author=_author())
    return _send(url, mailing_id, settings, password, args.json)


def _author() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment
        return ""


def run_package(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.mail_package import create_package_mailing, preview_package_mail
    from destination_norberg.app.packages import read_named_package
    from destination_norberg.cli.common import existing
    from destination_norberg.cli.packages import brochure_writer

    url = existing(ctx.url)
    with user_errors():
        package_id = read_named_package(url, args.package).id
    settings = _dry_settings(url, args) if args.dry_run else _settings(url, args)
    writer = brochure_writer()
    if args.dry_run:
        with user_errors():
            preview = preview_package_mail(url, package_id, settings, pdf_writer=writer)
        if args.json:
            print(json.dumps({"package": package_id, "revision": preview.revision,
                              "subject": preview.template.subject,
                              "attachments": [{"name": n, "bytes": b}
                                              for n, b in preview.attachments],
                              "included": [_person(c) for c in preview.included],
                              "excluded": [_person(c, r) for c, r in preview.excluded],
                              "already_sent": [{"organisation_id": i, "name": n}
                                               for i, n in preview.already_sent]},
                             ensure_ascii=False, indent=2))
        else:
            _print_preview(preview, "partner contacts")
            for _org, name in preview.already_sent:
                print(f"Already sent version {preview.revision}: {name}"
                      + ("" if args.again else " (left out; --again sends it again)"))
            for name, size in preview.attachments:
                print(f"Attached: {name} ({size} bytes)")
            if writer is None:
                print("note: the brochure PDF is left out (the PDF writer could not be "
                      "loaded)")
        return 0
    password = _password(settings)
    with user_errors():
        mailing_id = create_package_mailing(url, package_id, author=_author(),
                                            smtp=settings, again=args.again)
    return _send(url, mailing_id, settings, password, args.json, pdf_writer=writer)


def run_retry(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.cli.common import existing
    from destination_norberg.cli.packages import brochure_writer

    url = existing(ctx.url)
    settings = _settings(url, args)
    password = _password(settings)
    if args.resend_uncertain:
        from destination_norberg.app.mail import resend_uncertain, uncertain_recipients

        with user_errors():
            uncertain = [r.person_id for r in uncertain_recipients(url, args.mailing)
                         if r.person_id is not None]
            resend_uncertain(url, args.mailing, uncertain)
    return _send(url, args.mailing, settings, password, args.json, brochure_writer())


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    from destination_norberg.app.mail import failed_recipients, list_mailings
    from destination_norberg.cli.common import existing

    with user_errors():
        mailings = list_mailings(existing(ctx.url))
    if args.json:
        print(json.dumps([{"id": m.id, "created_at": m.created_at.isoformat(), "kind": m.kind,
                           "subject": m.subject, "lang": m.lang, "sent": m.sent,
                           "failed": m.failed, "pending": m.pending,
                           "uncertain": m.uncertain,
                           "package_id": m.package_id}
                          for m in mailings], ensure_ascii=False, indent=2))
        return 0
    if not mailings:
        print("No mailings yet.")
    for m in mailings:
        print(f"{m.id:>4}  {m.created_at:%Y-%m-%d %H:%M} UTC  {m.kind:<8} {m.subject}  "
              f"(sent {m.sent}, failed {m.failed}, waiting {m.pending}"
              + (f", may have been sent {m.uncertain})" if m.uncertain else ")"))
        if m.failed:  # who was not reached and why, as the window's history shows it
            with user_errors():
                failed = failed_recipients(ctx.url, m.id)
            for r in failed:
                print(f"        failed: {r.name or '?'} <{r.address}>: {r.error}")
    return 0
