import io
import zipfile

import docx
import pytest
from pypdf import PdfWriter

from onward.match.documents import DocumentError, html_to_text, posting_text, read_document


def _blank_pdf(password: str | None = None) -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if password:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _text_pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 10, text)
    return bytes(pdf.output())


def test_docx_paragraphs_and_tables_are_read():
    document = docx.Document()
    document.add_paragraph("Experience")
    document.add_table(rows=1, cols=2).rows[0].cells[0].text = "Kubernetes"
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_document("cv.docx", buffer.getvalue())
    assert "Experience" in text and "Kubernetes" in text


def test_text_pdf_is_read():
    assert "Python" in read_document("cv.pdf", _text_pdf("Skills: Python and SQL"))


def test_encrypted_pdf_says_it_is_protected():
    with pytest.raises(DocumentError, match="password"):
        read_document("cv.pdf", _blank_pdf(password="secret"))


def test_scanned_pdf_without_text_suggests_a_text_export():
    with pytest.raises(DocumentError, match="no text layer.*text-based PDF"):
        read_document("scan.pdf", _blank_pdf())


def test_corrupt_pdf_is_a_clear_error():
    with pytest.raises(DocumentError, match="could not be read"):
        read_document("cv.pdf", b"%PDF-1.4\nthis is not really a pdf")


def test_corrupt_docx_is_a_clear_error():
    with pytest.raises(DocumentError, match="could not be"):
        read_document("cv.docx", b"PK\x03\x04 broken")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    with pytest.raises(DocumentError, match="could not be read"):
        read_document("cv.docx", buffer.getvalue())


def test_zip_bomb_docx_is_refused_before_unpacking():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (51 * 1024 * 1024))
    assert len(buffer.getvalue()) < 1024 * 1024
    with pytest.raises(DocumentError, match="the limit"):
        read_document("cv.docx", buffer.getvalue())


def test_oversized_upload_and_unknown_type():
    with pytest.raises(DocumentError, match="larger than"):
        read_document("cv.txt", b"a" * (11 * 1024 * 1024))
    with pytest.raises(DocumentError, match="not .exe files"):
        read_document("cv.exe", b"MZ")


def test_empty_text_file():
    with pytest.raises(DocumentError, match="No text"):
        read_document("cv.txt", b"  \n ")


def test_html_posting_keeps_blocks_as_lines_and_drops_scripts():
    text = html_to_text("<h2>Requirements</h2><ul><li>5+ years <b>Python</b></li></ul><script>var x</script>")
    assert text.splitlines() == ["Requirements", "5+ years Python"]
    assert posting_text("plain <text> without tags") == "plain <text> without tags"
    assert posting_text("<p>Go</p>") == "Go"


def test_markdown_and_non_utf8_text():
    assert read_document("cv.md", "# Skills\n- Café".encode("cp1252")).endswith("Café")
