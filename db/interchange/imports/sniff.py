"""What a file really is (by its bytes, not its name), and refusal of hostile or broken files before parsing."""

from __future__ import annotations

import zipfile
from pathlib import Path

from db.interchange.imports import ImportFileError

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
        raise ImportFileError(f"Le fichier « {path.name} » est introuvable.")
    if path.is_dir():
        raise ImportFileError(f"« {path.name} » est un dossier, pas un fichier.")
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(f"Le fichier « {path.name} » est vide (0 octet).")
    with open(path, "rb") as fh:
        head = fh.read(4096)
    suffix = path.suffix.lower()
    if head.startswith(CFB_MAGIC):
        return _cfb(path, suffix)
    if head.startswith(ZIP_MAGIC) or head.startswith(b"PK"):
        return _zip(path)
    if suffix in (".xlsx", ".xlsm", ".xltx", ".xltm", ".ods", ".xls"):
        if suffix == ".xls" and head.lstrip().lower().startswith((b"<html", b"<?xml", b"<table")):
            raise ImportFileError(f"« {path.name} » n'est pas un vrai classeur Excel (c'est une page HTML "
                                  "renommée .xls) ; ouvrez-le dans votre tableur et enregistrez-le en .xlsx.")
        raise ImportFileError(f"« {path.name} » n'est pas un classeur Excel ou OpenDocument lisible "
                              "(son contenu est du texte ou un autre format, malgré son extension).")
    if suffix == ".json" or head.lstrip()[:1] in (b"{", b"["):
        return "json"
    if b"\x00" in head[:1024] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(f"« {path.name} » n'est ni un classeur ni un fichier texte (CSV) reconnu.")
    return "csv"


def _cfb(path: Path, suffix: str) -> str:
    """A Compound File: a legacy .xls, or an encrypted OOXML workbook (password)."""
    with open(path, "rb") as fh:
        data = fh.read(min(path.stat().st_size, 4_000_000))
    encrypted = "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data
    if encrypted:
        raise ImportFileError(f"Le fichier « {path.name} » est protégé par mot de passe (chiffré) : "
                              "ouvrez-le dans votre tableur, retirez le mot de passe, enregistrez-le, puis réessayez.")
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    raise ImportFileError(f"« {path.name} » est un document Office ancien qui n'est pas un classeur "
                          "(ou il est endommagé).")


def _zip(path: Path) -> str:
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ImportFileError(f"Le fichier « {path.name} » est endommagé ou incomplet (archive tronquée) : "
                              "il ne peut pas être lu. Demandez une nouvelle copie du fichier.") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ImportFileError(f"« {path.name} » contient un nombre anormal de parties ({len(infos)}) : refusé.")
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > MAX_MEMBER or (info.file_size > RATIO_FLOOR and ratio > MAX_RATIO):
                raise ImportFileError(
                    f"« {path.name} » est refusé par sécurité : une partie se décompresse en "
                    f"{info.file_size // 1_000_000} Mo (taux {ratio:.0f}:1), ce qui ressemble à une « bombe zip ».")
        if total > MAX_UNCOMPRESSED:
            raise ImportFileError(f"« {path.name} » est refusé par sécurité : il se décompresserait en "
                                  f"{total // 1_000_000} Mo.")
        names = {i.filename for i in infos}
        if any(n.lower().startswith("xl/workbook") for n in names):
            return "xlsx"
        if "content.xml" in names and "mimetype" in names:
            mime = archive.read("mimetype")[:100]
            if b"spreadsheet" in mime:
                return "ods"
            raise ImportFileError(f"« {path.name} » est un document OpenDocument qui n'est pas un classeur.")
        if "EncryptedPackage" in names:
            raise ImportFileError(f"Le fichier « {path.name} » est protégé par mot de passe.")
        if any(n.startswith("word/") for n in names):
            raise ImportFileError(f"« {path.name} » est un document Word, pas un classeur.")
        raise ImportFileError(f"« {path.name} » est une archive zip qui ne contient pas de classeur.")
