"""Fuzzing `import contacts` end to end: read_contacts on a CSV, vCard or XLSX file, then
import_contacts into a copy of the demo network (60 organisations, 98 people), strict or not.

Property: the file is refused with a ContactsFileError, or the rows are checked and written in
one unit; when the import writes nothing (the file refused, a bad row under --strict, a
database error) the database is exactly as it was; when it writes, it adds exactly the
organisations and people its report counts.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from destination_norberg.exchange.contacts_read import ContactsFileError, read_contacts
from destination_norberg.store.database import DatabaseError
from destination_norberg.store.network_import import ImportReport, import_contacts
from tests.fuzz.conftest import (
    Template,
    assert_unchanged,
    attempt,
    case_file,
    count_rows,
    database_copy,
    digest,
    fuzz_settings,
    mutated,
)
from tests.fuzz.test_fuzz_contacts_csv import SEEDS as CSV_SEEDS
from tests.fuzz.test_fuzz_contacts_csv import csv_tables
from tests.fuzz.test_fuzz_vcard import SEEDS as VCARD_SEEDS
from tests.fuzz.test_fuzz_vcard import vcards
from tests.fuzz.test_fuzz_xlsx import SEEDS as XLSX_SEEDS
from tests.fuzz.test_fuzz_xlsx import changed_workbooks

#: A demo organisation and person, so that imports meet existing rows (matched, skipped).
DEMO_LINES = st.sampled_from((
    "Norbergs turistbyrå (demo),,,",
    "Kärrgruvans Kafé,556677-8899,Anna Berg,anna@karr.example",
    "Kärrgruvans Kafé,5566778899,Per Ek,",
    "Mimer AB,,,info@mimer.example",
))
FILES = st.one_of(
    csv_tables().map(lambda d: (d, "contacts.csv")),
    st.lists(DEMO_LINES, min_size=1, max_size=6).map(
        lambda lines: (("Företag,Org.nr,Namn,E-post\n" + "\n".join(lines)).encode(),
                       "contacts.csv")),
    mutated(CSV_SEEDS, max_ops=2).map(lambda d: (d, "contacts.csv")),
    vcards().map(lambda d: (d, "contacts.vcf")),
    mutated(VCARD_SEEDS, max_ops=2).map(lambda d: (d, "contacts.vcf")),
    changed_workbooks().map(lambda d: (d, "contacts.xlsx")),
    st.sampled_from(XLSX_SEEDS).map(lambda d: (d, "contacts.xlsx")),
)


@fuzz_settings(150)
@given(FILES, st.booleans(), st.booleans())
def test_contacts_import_into_network(fuzz_db: Template, fuzz_dir: Path,
                                      case: tuple[bytes, str], strict: bool,
                                      twice: bool) -> None:
    """read_contacts, then import_contacts, as `import contacts` does; a second import of the
    same file finds everyone there and adds nothing."""
    data, name = case
    with case_file(fuzz_dir, name, data) as path, \
            database_copy(fuzz_db, fuzz_dir) as (engine, db):
        for round_ in range(2 if twice else 1):  # the second time, everything is there
            before = Template(db, fuzz_db.digest if round_ == 0 else digest(db))
            orgs, persons = count_rows(db, "organisation"), count_rows(db, "person")

            def run() -> ImportReport:
                table = read_contacts(path)
                return import_contacts(engine, table.rows, path.name, strict=strict,
                                       today=date(2026, 11, 26))

            outcome = attempt("contacts → network", run, (ContactsFileError, DatabaseError))
            if isinstance(outcome, BaseException) or not outcome.written:
                assert_unchanged(before, db, outcome)
                return
            assert count_rows(db, "organisation") == orgs + outcome.created_orgs
            assert count_rows(db, "person") == persons + outcome.created_persons
            assert len(outcome.created_person_uids) == outcome.created_persons
            if round_ == 1:
                assert outcome.created_orgs == outcome.created_persons == 0, outcome

