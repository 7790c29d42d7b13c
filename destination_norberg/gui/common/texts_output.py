"""Files read and written, publishing the status page, exports to partners.

The sentences of core.said messages, keyed as where they are said (gui/common/messages.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def templates() -> dict[str, str]:
    return {
        "file.about": translate("FileMessages", "{name}: {message}"),
        "file.cannot_open": translate(
            "FileMessages",
            "The file {name} cannot be opened ({reason})."),
        "file.empty": translate("FileMessages", "The file is empty."),
        "file.folder": translate("FileMessages", "{name} is a folder, not a file."),
        "file.missing": translate("FileMessages", "The file {name} does not exist."),
        "file.none": translate("FileMessages", "there is no file {path}"),
        "file.not_written": translate(
            "FileMessages",
            "{why}: {name} was not written (nothing was left behind)"),
        "file.why.full": translate("FileMessages", "the disk is full"),
        "file.why.no_access": translate("FileMessages", "the folder may not be written to"),
        "file.why.no_folder": translate("FileMessages", "the folder does not exist"),
        "file.why.quota": translate("FileMessages", "the disk quota is used up"),
        "file.why.read_only": translate("FileMessages", "the folder is on a read-only disk"),
        "file.why.too_large": translate(
            "FileMessages",
            "the file would be larger than the disk allows"),
        "output.bundle_not_written": translate(
            "FileMessages",
            "The bundle {name} could not be written: {reason}; nothing was left behind."),
        "output.cannot_write_into": translate(
            "FileMessages",
            "Cannot write into {folder}: {reason}."),
        "output.no_brochure": translate("FileMessages", "The brochure {name} was not written."),
        "output.same_name": translate(
            "FileMessages",
            "Two partners' bundles got the same name; nothing was recorded."),
        "publish.is_a_file": translate(
            "FileMessages",
            "{path} is a file, not a folder: the status page goes into a folder"),
        "publish.not_written": translate(
            "FileMessages",
            "the status page could not be written to {path}: {reason}; the page there is "
            "unchanged"),
    }
