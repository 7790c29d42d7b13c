"""Contacts: the import's reasons, the checks of an organisation, a person, an interaction.

The sentences of core.said messages, keyed as where they are said (gui/common/messages.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def templates() -> dict[str, str]:
    return {
        "contacts.again": translate("ContactMessages", "{name} is already there."),
        "contacts.again_at": translate("ContactMessages", "{name} at {org} is already there."),
        "contacts.again_at_row": translate(
            "ContactMessages",
            "{name} at {org} is already on row {row}."),
        "contacts.again_row": translate("ContactMessages", "{name} is already on row {row}."),
        "contacts.binary": translate(
            "ContactMessages",
            "The file holds binary data; it is not a CSV text file."),
        "contacts.consent_needs_day": translate(
            "ContactMessages",
            "Consent as the legal basis needs the day the consent was given."),
        "contacts.empty_row": translate(
            "ContactMessages",
            "The row names neither an organisation nor a person."),
        "contacts.encrypted": translate(
            "ContactMessages",
            "The file is an encrypted Excel workbook; save it without a password and import "
            "again."),
        "contacts.field.city": translate("ContactMessages", "town"),
        "contacts.field.email": translate("ContactMessages", "e-mail"),
        "contacts.field.kommun": translate("ContactMessages", "kommun"),
        "contacts.field.name": translate("ContactMessages", "name"),
        "contacts.field.postal_code": translate("ContactMessages", "postal code"),
        "contacts.field.role": translate("ContactMessages", "role"),
        "contacts.field.street": translate("ContactMessages", "street address"),
        "contacts.field.website": translate("ContactMessages", "website"),
        "contacts.file_too_large": translate(
            "ContactMessages",
            "The file is larger than {mb} MB, too large to be a contact list."),
        "contacts.interaction_needs_day": translate(
            "ContactMessages",
            "An interaction needs the day it took place."),
        "contacts.interaction_needs_org": translate(
            "ContactMessages",
            "An interaction belongs to an organisation: choose one."),
        "contacts.long_cell": translate(
            "ContactMessages",
            "Row {row} has a cell longer than {kb} KB; this is not a contact list."),
        "contacts.long_line": translate(
            "ContactMessages",
            "Line {line} of the file is longer than {mb} MB; this is not a contact list."),
        "contacts.no_card_contact": translate(
            "ContactMessages",
            "the card has no name, organisation, e-mail or phone number"),
        "contacts.no_cards": translate(
            "ContactMessages",
            "The file has no contact cards (no BEGIN:VCARD line); it is not a vCard file."),
        "contacts.no_contact": translate(
            "ContactMessages",
            "it has no name, organisation, e-mail or phone number in the mapped columns"),
        "contacts.no_rows": translate(
            "ContactMessages",
            "The file has no rows with anything in them."),
        "contacts.no_such_sheet": translate(
            "ContactMessages",
            "The workbook has no sheet named “{sheet}”; its sheets are: {sheets}."),
        "contacts.no_worksheet": translate(
            "ContactMessages",
            "The workbook has no worksheet that can be read; {save_as}."),
        "contacts.not_a_choice": translate(
            "ContactMessages",
            "“{value}” is not a {what}; use one of: {choices}."),
        "contacts.not_a_day": translate(
            "ContactMessages",
            "The {what} “{value}” is not a date like 2026-11-26."),
        "contacts.not_csv_row": translate(
            "ContactMessages",
            "Row {row} cannot be read as CSV (it may hold binary data)."),
        "contacts.not_email": translate("ContactMessages", "“{value}” is not an e-mail address."),
        "contacts.not_orgnr": translate(
            "ContactMessages",
            "“{value}” is not an organisation number: it needs ten digits, like 556677-8899."),
        "contacts.not_phone": translate(
            "ContactMessages",
            "“{value}” is not a phone number: it needs an area code or +country."),
        "contacts.not_workbook": translate(
            "ContactMessages",
            "The file is not a workbook (.xlsx, .xls or .ods): it is not a zip package, so it "
            "is damaged or of another kind."),
        "contacts.org_needs_name": translate("ContactMessages", "An organisation needs a name."),
        "contacts.orgnr_mistyped": translate(
            "ContactMessages",
            "The organisation number {orgnr} is mistyped: its last digit does not match the "
            "others."),
        "contacts.orgnr_without_name": translate(
            "ContactMessages",
            "The organisation number is given but not the organisation's name."),
        "contacts.password": translate(
            "ContactMessages",
            "The workbook is protected with a password; save it without one and import again."),
        "contacts.person_needs_name": translate("ContactMessages", "A person needs a name."),
        "contacts.save_as": translate(
            "ContactMessages",
            "in Excel choose Save As and the type “Excel Workbook (*.xlsx)”, then import "
            "again"),
        "contacts.sheet_damaged": translate(
            "ContactMessages",
            "The sheet “{sheet}” is damaged and cannot be read."),
        "contacts.sheet_damaged_near": translate(
            "ContactMessages",
            "The sheet “{sheet}” is damaged near row {row} and cannot be read."),
        "contacts.sheet_empty": translate("ContactMessages", "The sheet “{sheet}” is empty."),
        "contacts.sheet_too_many_rows": translate(
            "ContactMessages",
            "The sheet has more than {rows} rows; split it and import the parts."),
        "contacts.too_long": translate(
            "ContactMessages",
            "The {field} is longer than {length} characters."),
        "contacts.too_many_columns": translate(
            "ContactMessages",
            "Row {row} has {columns} columns; a contact list has far fewer, so this is not "
            "one."),
        "contacts.too_many_rows": translate(
            "ContactMessages",
            "The file has more than {rows} rows; split it and import the parts."),
        "contacts.web_page": translate(
            "ContactMessages",
            "The file is a web page or XML saved under an Excel name, not a workbook; open it "
            "in Excel, save it as “Excel Workbook (*.xlsx)” and import again."),
        "contacts.what.category": translate("ContactMessages", "category"),
        "contacts.what.consent_day": translate("ContactMessages", "consent day"),
        "contacts.what.follow_up_day": translate("ContactMessages", "follow-up day"),
        "contacts.what.interaction_day": translate("ContactMessages", "day of the interaction"),
        "contacts.what.kind": translate("ContactMessages", "kind of contact"),
        "contacts.what.legal_basis": translate("ContactMessages", "legal basis"),
        "contacts.what.review_day": translate("ContactMessages", "retention review day"),
        "contacts.workbook_damaged": translate(
            "ContactMessages",
            "The workbook is damaged and cannot be read; open it in Excel, save it again and "
            "import again."),
        "contacts.workbook_empty": translate(
            "ContactMessages",
            "The workbook has no data: every sheet is empty."),
        "contacts.workbook_packing": translate(
            "ContactMessages",
            "The workbook's zip package is packed with {method}, which the program cannot "
            "unpack; {save_as}."),
        "contacts.workbook_unsupported": translate(
            "ContactMessages",
            "The workbook cannot be read: {reason}; {save_as}."),
        "contacts.workbook_zip_damaged": translate(
            "ContactMessages",
            "The workbook is damaged: its zip package cannot be read."),
        "contacts.zip_bomb": translate(
            "ContactMessages",
            "The workbook unpacks to far more data than a contact list holds (a zip bomb?); "
            "it was not opened."),
        "contacts.zip_not_workbook": translate(
            "ContactMessages",
            "The file is a zip archive but not a workbook (.xlsx or .ods)."),
    }
