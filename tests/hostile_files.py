"""Small generators of hostile files: each is a few KB or MB on disk and costs far more to parse naively.

Tests build them at run time, so no hostile file is stored in the repository.
"""

from __future__ import annotations

import io
import zipfile
import zlib


def pdf(content: bytes, *, pages: int = 1) -> bytes:
    """A minimal valid PDF whose every page draws `content` (compressed) with Helvetica."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
        + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>"] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def pdf_text_operators(count: int) -> bytes:
    """About 20 KB: a page with `count` text-showing operators."""
    return pdf(b"BT /F1 1 Tf 10 10 Td " + b"(a) Tj " * count + b"ET")


def resume_pdf() -> bytes:
    return pdf(b"BT /F1 12 Tf 72 700 Td (Jane Doe - Python developer, Django, PostgreSQL) Tj ET")


def _docx(document_xml_parts) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                   'officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                   '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            for part in document_xml_parts:
                fh.write(part)
    return buf.getvalue()


def docx(text: str) -> bytes:
    return _docx([b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                  b'2006/main"><w:body><w:p><w:r><w:t>' + text.encode() + b"</w:t></w:r></w:p></w:body></w:document>"])


def docx_bomb(unpacked_mb: int = 45, *, understate: bool = False) -> bytes:
    """A DOCX of ~1-2 MB whose document.xml unpacks to `unpacked_mb` MB of empty paragraphs: python-docx builds
    an object per paragraph. With `understate`, the zip directory declares a size of 1 KB for it."""
    head = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
            b'main"><w:body>')
    block = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 30_000
    parts = [head, *[block] * (unpacked_mb * 1024 * 1024 // len(block)), b"</w:body></w:document>"]
    data = _docx(parts)
    return _understate(data, "word/document.xml") if understate else data


def _understate(data: bytes, name: str) -> bytes:
    """Rewrite the central directory so `name` claims to unpack to 1 KB (zip64 extra field included)."""
    import struct

    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at >= 0:
        name_len, extra_len = struct.unpack_from("<HH", out, at + 28)
        if out[at + 46 : at + 46 + name_len] == name.encode():
            if struct.unpack_from("<I", out, at + 24)[0] == 0xFFFFFFFF:
                extra = at + 46 + name_len
                end = extra + extra_len
                while extra < end:
                    tag, size = struct.unpack_from("<HH", out, extra)
                    if tag == 1:
                        struct.pack_into("<Q", out, extra + 4, 1024)
                    extra += 4 + size
            else:
                struct.pack_into("<I", out, at + 24, 1024)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


def xlsx_padded(padding_mb: int = 1024) -> bytes:
    """A valid one-row workbook whose sheet carries `padding_mb` MB of whitespace: about 1 MB per GB packed."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Company", "Title"])
    book.active.append(["Acme", "Engineer"])
    plain = io.BytesIO()
    book.save(plain)
    source = zipfile.ZipFile(io.BytesIO(plain.getvalue()))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info in source.infolist():
            body = source.read(info)
            if info.filename != "xl/worksheets/sheet1.xml":
                z.writestr(info.filename, body)
                continue
            cut = body.index(b"<sheetData>")
            with z.open(info.filename, "w", force_zip64=True) as fh:
                fh.write(body[:cut])
                block = b" " * (1024 * 1024)
                for _ in range(padding_mb):
                    fh.write(block)
                fh.write(body[cut:])
    return buf.getvalue()


def xlsx_rows(rows: int) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Company", "Title"])
    for i in range(rows):
        sheet.append([f"Company {i}", "Engineer"])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()
