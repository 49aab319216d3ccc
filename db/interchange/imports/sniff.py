"""What a file really is (by its bytes, not its name), and refusal of hostile or broken files before parsing."""

from __future__ import annotations

import zipfile
from pathlib import Path

from db.interchange.imports import ImportFileError
from db.interchange.imports.reasons import Reason

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
MAX_UNCOMPRESSED = 1_500_000_000   # bytes, whole archive
MAX_MEMBER = 800_000_000           # bytes, one part
MAX_RATIO = 150                    # uncompressed / compressed, for parts above RATIO_FLOOR
RATIO_FLOOR = 20_000_000
MAX_MEMBERS = 10_000


def sniff(path: str | Path) -> str:
    """The format to read: "xlsx", "ods", "xls", "csv" or "json"; raises ImportFileError otherwise."""
    path = Path(path)
    if not path.exists():
        raise ImportFileError(Reason("file_missing", name=path.name))
    if path.is_dir():
        raise ImportFileError(Reason("is_folder", name=path.name))
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(Reason("file_zero_bytes", name=path.name))
    with open(path, "rb") as fh:
        head = fh.read(4096)
    suffix = path.suffix.lower()
    if head.startswith(CFB_MAGIC):
        return _cfb(path, suffix)
    if head.startswith(ZIP_MAGIC) or head.startswith(b"PK"):
        return _zip(path)
    if suffix in (".xlsx", ".xlsm", ".xltx", ".xltm", ".ods", ".xls"):
        if suffix == ".xls" and head.lstrip().lower().startswith((b"<html", b"<?xml", b"<table")):
            raise ImportFileError(Reason("html_as_xls", name=path.name))
        raise ImportFileError(Reason("text_as_workbook", name=path.name))
    if suffix == ".json" or head.lstrip()[:1] in (b"{", b"["):
        return "json"
    if b"\x00" in head[:1024] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(Reason("not_a_table_file", name=path.name))
    return "csv"


def _cfb(path: Path, suffix: str) -> str:
    """A Compound File: a legacy .xls, or an encrypted OOXML workbook (password)."""
    with open(path, "rb") as fh:
        data = fh.read(min(path.stat().st_size, 4_000_000))
    encrypted = "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data
    if encrypted:
        raise ImportFileError(Reason("encrypted", name=path.name))
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    raise ImportFileError(Reason("old_office_document", name=path.name))


def _zip(path: Path) -> str:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ImportFileError(Reason("truncated_archive", name=path.name)) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportFileError(Reason("too_many_parts", name=path.name, count=len(infos)))
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MAX_MEMBER or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
                raise ImportFileError(Reason("zip_bomb_part", name=path.name, mb=info.file_size // 1_000_000,
                                              ratio=f"{ratio:.0f}"))
        if total > MAX_UNCOMPRESSED:
            raise ImportFileError(Reason("zip_bomb_total", name=path.name, mb=total // 1_000_000))
        names = {i.filename for i in infos}
        if any(n.lower().startswith("xl/workbook") for n in names):
            return "xlsx"
        if "content.xml" in names and "mimetype" in names:
            mime = archive.read("mimetype")[:100]
            if b"spreadsheet" in mime:
                return "ods"
            raise ImportFileError(Reason("odf_not_spreadsheet", name=path.name))
        if "EncryptedPackage" in names:
            raise ImportFileError(Reason("password", name=path.name))
        if any(n.startswith("word/") for n in names):
            raise ImportFileError(Reason("word_document", name=path.name))
        raise ImportFileError(Reason("zip_without_workbook", name=path.name))
