"""One reading of HTML for mail, match and the importers."""

from onward.core.text import html_to_text
from onward.io.importers import huntr
from onward.mail import parse
from onward.match import documents


def test_blocks_are_lines_inline_elements_stay_in_their_sentence():
    html = """<html><head><title>Mail</title><style>p {color: red}</style></head><body>
      <h2>Requirements</h2><ul><li>5+ years <b>Python</b>
      and <a href="#">SQL</a></li><li>Docker</li></ul>
      <p>Thank you,<br>The team</p><table><tr><td>Salary</td><td>50k</td></tr></table>
      <script>var x = 1</script></body></html>"""
    assert html_to_text(html).splitlines() == [
        "Requirements", "5+ years Python and SQL", "Docker", "Thank you,", "The team", "Salary", "50k",
    ]


def test_entities_spaces_and_empty_documents():
    assert html_to_text("<div>Hello&nbsp;<i>world</i> &amp; all</div>") == "Hello world & all"
    assert html_to_text("") == ""
    assert html_to_text("<p>  </p><div></div>") == ""


def test_nesting_too_deep_for_a_parser_reads_the_same_words():
    html = "<div>" * 2000 + "<p>Deep <b>text</b></p>" + "</div>" * 2000
    assert html_to_text(html) == "Deep text"


def test_mail_match_and_huntr_read_html_alike():
    html = "<p>We need <b>Python</b>.</p><ul><li>Remote</li></ul>"
    assert parse.html_to_text is documents.html_to_text is huntr.html_to_text is html_to_text
    assert documents.posting_text(html) == "We need Python.\nRemote"
