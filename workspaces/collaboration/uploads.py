"""What a network may keep in its shared documents, decided from a file's content, not its name.

A file is accepted when its name ends in one of the accepted extensions, it is not empty nor
larger than `settings.WAGTAILDOCS_MAX_UPLOAD_SIZE`, and its first bytes say the same type as its
name: a PDF begins with `%PDF-`, a PNG with its signature, a JPEG with FF D8 FF; DOCX, XLSX and
PPTX are ZIP archives holding `[Content_Types].xml` and a `word/`, `xl/` or `ppt/` part; ODT,
ODS and ODP are ZIP archives whose first entry, `mimetype`, names the OpenDocument type; CSV and
TXT are UTF-8 (or Windows-1250) text without NUL or other control bytes. Programs (Windows,
Linux, macOS executables), scripts and documents carrying macros are refused whatever their
name. Standard library only: nothing here runs or renders the file.
"""

import codecs
import os
import re
import zipfile
import zlib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    extensions: tuple


KINDS = {
    kind.key: kind
    for kind in (
        Kind("pdf", "PDF", ("pdf",)),
        Kind("docx", "DOCX", ("docx",)),
        Kind("xlsx", "XLSX", ("xlsx",)),
        Kind("pptx", "PPTX", ("pptx",)),
        Kind("odt", "ODT", ("odt",)),
        Kind("ods", "ODS", ("ods",)),
        Kind("odp", "ODP", ("odp",)),
        Kind("csv", "CSV", ("csv",)),
        Kind("txt", "TXT", ("txt",)),
        Kind("png", "PNG", ("png",)),
        Kind("jpg", "JPG", ("jpg", "jpeg")),
    )
}
KIND_OF_EXTENSION = {
    extension: kind.key for kind in KINDS.values() for extension in kind.extensions
}
TEXT_KINDS = {"csv", "txt"}
ACCEPT = ",".join(f".{extension}" for extension in KIND_OF_EXTENSION)  # for <input accept>

HEAD_BYTES = 4096
CHUNK_BYTES = 64 * 1024
SIGNATURES = {
    b"%PDF-": "pdf",
    b"\x89PNG\r\n\x1a\n": "png",
    b"\xff\xd8\xff": "jpg",
}
ZIP_SIGNATURE = b"PK\x03\x04"
OFFICE_PARTS = {"word/": "docx", "xl/": "xlsx", "ppt/": "pptx"}
OPENDOCUMENT_TYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
    b"application/vnd.oasis.opendocument.presentation": "odp",
}
# Windows (MZ), Linux (ELF), macOS (Mach-O, universal), WebAssembly.
PROGRAM_SIGNATURES = (
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
    b"\x00asm",
)
# What a script or a web page renamed to .txt or .csv begins with (after blanks, lowercased).
SCRIPT_STARTS = ("#!", "<?php", "<script", "<html", "<!doctype html", "<svg")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
PROGRAM, MACROS = "program", "macros"


def _refuse(message, code):
    return ValidationError({"file": [ValidationError(message, code=code)]})


def accepted_types():
    return ", ".join(kind.label for kind in KINDS.values())


def _extension(name):
    return os.path.splitext(name or "")[1][1:].lower()


def _size(file):
    """The file's size, counted only as far as needed when the upload does not say it."""
    size = getattr(file, "size", None)
    if size is not None:
        return size
    limit, size = settings.WAGTAILDOCS_MAX_UPLOAD_SIZE, 0
    file.seek(0)
    while size <= limit and (chunk := file.read(CHUNK_BYTES)):
        size += len(chunk)
    file.seek(0)
    return size


def _read_head(file):
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    return head


def _zip_kind(file):
    """The office type of a ZIP archive, MACROS, or None for any other archive."""
    try:
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
            names = [entry.filename for entry in entries]
            if any(
                name.lower().endswith("vbaproject.bin") or name.startswith(("Basic/", "Scripts/"))
                for name in names
            ):
                return MACROS
            if entries and names[0] == "mimetype" and entries[0].file_size <= 100:
                return OPENDOCUMENT_TYPES.get(archive.read(entries[0]).strip())
            if "[Content_Types].xml" in names:
                for prefix, kind in OFFICE_PARTS.items():
                    if any(name.startswith(prefix) for name in names):
                        return kind
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError, OSError,
            EOFError, RuntimeError, ValueError):  # fmt: skip
        return None
    finally:
        file.seek(0)
    return None


def _chunks(file):
    file.seek(0)
    while chunk := file.read(CHUNK_BYTES):
        yield chunk
    file.seek(0)


def _decodes_as_text(file, encoding):
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        for chunk in _chunks(file):
            if CONTROL_CHARACTERS.search(decoder.decode(chunk)):
                return False
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    finally:
        file.seek(0)
    return True


def _is_text(file, head):
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(tuple(marker.encode() for marker in SCRIPT_STARTS)):
        return False
    return _decodes_as_text(file, "utf-8-sig") or _decodes_as_text(file, "cp1250")


def _is_program(head):
    if head.startswith(PROGRAM_SIGNATURES) or head.startswith(b"#!"):
        return True
    return head.startswith(b"MZ") and b"\x00" in head[:64]  # a Windows executable's header


def sniff(file, head, text=True):
    """What the content is: a key of KINDS ("text" for CSV and TXT alike), PROGRAM, MACROS, or
    None when it is nothing accepted. `text=False` spares reading the whole file to tell text
    when text would not be accepted anyway."""
    if _is_program(head):
        return PROGRAM
    for signature, kind in SIGNATURES.items():
        if head.startswith(signature):
            return kind
    if head.startswith(ZIP_SIGNATURE):
        return _zip_kind(file)
    return "text" if text and _is_text(file, head) else None


def check(file):
    """The kind of an uploaded file (a key of KINDS), or a translated ValidationError on the
    "file" field saying what is wrong. The file is left at its start."""
    if file is None:
        raise _refuse(_("Choose a file to upload."), "required")
    extension = _extension(getattr(file, "name", ""))
    expected = KIND_OF_EXTENSION.get(extension)
    if expected is None:
        raise _refuse(
            _("Files of this type are not accepted. Accepted types: %(types)s.")
            % {"types": accepted_types()},
            "type",
        )
    size, limit = _size(file), settings.WAGTAILDOCS_MAX_UPLOAD_SIZE
    if size == 0:
        raise _refuse(_("The file is empty."), "empty")
    if size > limit:
        raise _refuse(
            _("The file is too large (%(size)s); the limit is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(limit)},
            "size",
        )
    found = sniff(file, _read_head(file), text=expected in TEXT_KINDS)
    if found == PROGRAM:
        raise _refuse(_("Programs and scripts are not accepted, whatever their name."), "program")
    if found == MACROS:
        raise _refuse(_("Documents with macros are not accepted."), "macros")
    if found != expected and not (found == "text" and expected in TEXT_KINDS):
        raise _refuse(
            _("The file's content does not match its name: it is not a %(type)s file.")
            % {"type": KINDS[expected].label},
            "mismatch",
        )
    return expected
