"""What a person teaches in the review queue changes how the next import reads similar mail, in new processes
on a fresh data directory, through the `onward` command (real classifier: slow)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.mail.conftest import make_message

pytestmark = pytest.mark.slow

# A meetup inviting the reader to speak: it names the reader's role, calls them "a great fit" and asks for a call,
# so it reads like recruiter outreach, but no one offers anyone a job; the person says it is not job mail. (A student
# asking about the reader's career is no longer a look-alike: the approach reading knows that writer seeks advice.)
PITCH = ("Speaking at Lisbon Data Meetup", "Hi Ana,\nI'm Sam, one of the organisers of the Lisbon Data Meetup. I came "
         "across your profile, and your role as a data engineer at Fernhill would make you a great fit for a speaker "
         "slot at our March meetup. Would you be open to a quick call this week to talk it through?\nBest,\nSam Patel",
         "Sam <sam@lisbondata.example>")
PITCH_AGAIN = ("A talk at our spring meetup", "Hello Ana,\nMy name is Lee and I help run the Lisbon Data Meetup. I "
               "found your profile, and your work as a data engineer at Fernhill would make you a great fit for a "
               "speaker slot at our spring meetup. Are you open to a short call this week to talk it "
               "through?\nThanks,\nLee",
               "Lee <lee@lisbondata.example>")
OUTREACH = ("Exciting opportunity", "Hi Ana,\nI'm Jo, a recruiter at TalentBridge. I came across your profile and "
            "think you'd be a great fit for a Senior Data Analyst role at a fintech client in Lisbon. Would you be "
            "open to a quick chat this week?\nBest,\nJo", "Jo <jo@talentbridge.example>")
# The same agency's text about the same role, from a colleague of the first recruiter.
OUTREACH_AGAIN = ("Still open: the Lisbon role", "Hi Ana,\nI'm Kim, also a recruiter at TalentBridge. I came across "
                  "your profile and think you'd be a great fit for a Senior Data Analyst role at a fintech client in "
                  "Lisbon. Would you be open to a quick chat this week?\nBest,\nKim", "Kim <kim@talentbridge.example>")


@pytest.fixture
def onward(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL") and not k.startswith("ONWARD_")}

    def run(*args, data="data"):
        env["ONWARD_DATA_DIR"] = str(tmp_path / data)
        result = subprocess.run([sys.executable, "-m", "onward", *map(str, args)], env=env, capture_output=True,
                                text=True, timeout=300)
        assert "Traceback" not in result.stderr, result.stderr
        assert result.returncode == 0, result.stderr
        return result.stdout

    return run


def _folder(tmp_path, name, message, n):
    folder = tmp_path / name
    folder.mkdir()
    subject, body, sender = message
    (folder / "1.eml").write_bytes(make_message(subject, body, sender, message_id=f"<{name}-{n}@x>"))
    return folder


def _waiting(onward) -> dict[str, str]:
    """Subject → id of each message waiting for review, as `onward mail review` lists them."""
    out = {}
    for line in onward("mail", "review").splitlines():
        fields = line.split("\t")
        if len(fields) >= 5:
            out[fields[3]] = fields[0]
    return out


def test_a_correction_in_the_review_queue_changes_how_the_next_import_reads_similar_mail(onward, tmp_path):
    # Untaught, Onward takes the second pitch for recruiter outreach, as it took the first.
    (tmp_path / "pitch.jsonl").write_text(json.dumps({"id": "1", "subject": PITCH_AGAIN[0], "body": PITCH_AGAIN[1],
                                                      "sender": PITCH_AGAIN[2]}) + "\n")
    assert json.loads(onward("mail", "classify", tmp_path / "pitch.jsonl"))["label"] == "recruiter_outreach"

    assert "1 waiting for review" in onward("mail", "import", _folder(tmp_path, "a", PITCH, 1))
    pitch_id = _waiting(onward)[PITCH[0]]
    answered = onward("mail", "review", pitch_id, "other")
    assert "Saved as not job-related." in answered

    # A new process: the invitation from another organiser of the same meetup is now recognised as not job mail.
    assert "1 not job-related" in onward("mail", "import", _folder(tmp_path, "b", PITCH_AGAIN, 2))
    assert PITCH_AGAIN[0] not in _waiting(onward)

    # Real outreach is still outreach, and a confirmed one names itself as the reason for the next.
    assert "1 waiting for review" in onward("mail", "import", _folder(tmp_path, "c", OUTREACH, 3))
    onward("mail", "review", _waiting(onward)[OUTREACH[0]], "not_interested")
    assert "1 waiting for review" in onward("mail", "import", _folder(tmp_path, "d", OUTREACH_AGAIN, 4))
    listed = onward("mail", "review")
    line = next(row for row in listed.splitlines() if OUTREACH_AGAIN[0] in row)
    assert "Looks like a recruiter reaching out. It reads like a message you marked as recruiter outreach on" in line

    # On a new machine, a restore of the export brings the corrections back, and the command that restored them
    # leaves the retrained message model saved (a background thread would have ended with it).
    onward("export", "--format", "json", "--output", tmp_path / "onward.json")
    onward("import", tmp_path / "onward.json", data="new")
    saved = (tmp_path / "new" / "cache" / "mail-learned").glob("owner-*.pickle")
    assert [p for p in saved if not p.name.endswith("-lessons.pickle")]
    assert "1 not job-related" in onward("mail", "import", _folder(tmp_path, "e", PITCH_AGAIN, 5), data="new")
