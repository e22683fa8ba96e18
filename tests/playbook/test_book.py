"""The playbook file: validation names the line, and an invalid copy leaves the previous one in force."""

import re

import pytest

from onward.playbook import book, plans
from onward.playbook.models import UserPlaybook

MINIMAL = """\
[settings]
burst_count = 2

[[steps]]
id = "pause"
title = "Breathe"
due_days = 0
when = ["always"]
"""


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path  # conftest points DATA_DIR here


def test_shipped_playbook_is_valid_and_complete():
    playbook = book.defaults()
    ids = [s.id for s in playbook.steps]
    assert {"pause", "thank_you", "debrief", "reconnect_warm", "reconnect_closed", "review_resume",
            "add_applications", "reach_out", "read_wins"} <= set(ids)
    assert set(playbook.drafts) == {"thank_you", "feedback_offer", "keep_in_mind", "reconnect"}
    assert playbook.settings == {"burst_count": 3, "burst_days": 14, "plan_max_age_days": 14,
                                 "low_feeling": 2, "focus_days": 3, "focus_steps": 3}
    assert {s.id: s.due_days for s in playbook.steps}["reconnect_closed"] == 84


def test_missing_settings_fall_back_to_the_shipped_ones():
    playbook = book.parse(MINIMAL)
    assert playbook.settings == {"burst_count": 2, "burst_days": 14, "plan_max_age_days": 14,
                                 "low_feeling": 2, "focus_days": 3, "focus_steps": 3}
    assert playbook.drafts == {}


def test_toml_syntax_error_names_the_line():
    text = MINIMAL.replace('title = "Breathe"', 'title = "Breathe')
    with pytest.raises(book.PlaybookError) as err:
        book.parse(text, source="playbook.toml")
    assert err.value.line == 6
    assert str(err.value).startswith("playbook.toml, line 6: this is not valid TOML")


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ("due_days = 0", "due_days = -2", 7, "step 'pause': due_days must be a whole number of days"),
        ("due_days = 0", 'due_days = "soon"', 7, "due_days must be a whole number"),
        ('when = ["always"]', 'when = ["sunny"]', 8, "unknown condition 'sunny'"),
        ('title = "Breathe"', 'title = "Hello {name}"', 6, "unknown placeholder {name}"),
        ('title = "Breathe"', 'title = "Hello {company"', 6, "write {{ or }} for a literal brace"),
        ('title = "Breathe"', 'title = "Breathe"\nkind = "nap"', 7, "unknown kind 'nap'"),
        ('title = "Breathe"', 'title = "Breathe"\ndraft = "poem"', 7, "no draft called 'poem'"),
        ('title = "Breathe"', 'title = "Breathe"\ncolour = "blue"', 7, "unknown key 'colour'"),
        ('when = ["always"]', "", 4, "step 'pause': a step needs a condition"),
        ("burst_count = 2", "burst_count = 0", 2, "[settings] burst_count must be a whole number, at least 1"),
    ],
)
def test_schema_errors_name_the_step_key_and_line(old, new, line, message):
    with pytest.raises(book.PlaybookError) as err:
        book.parse(MINIMAL.replace(old, new), source="playbook.toml")
    assert message in str(err.value)
    assert err.value.line == line
    assert str(err.value).startswith(f"playbook.toml, line {line}: ")


def test_error_in_a_later_step_points_into_that_step():
    text = MINIMAL + '\n[[steps]]\nid = "second"\ntitle = "Again"\ndue_days = 400\nwhen = ["always"]\n'
    with pytest.raises(book.PlaybookError, match=r"line 13: step 'second': due_days") as err:
        book.parse(text)
    assert err.value.line == 13


def test_duplicate_step_ids_are_refused():
    with pytest.raises(book.PlaybookError, match="line 11: step 'pause': the id is already used by step 1"):
        book.parse(MINIMAL + "\n" + MINIMAL.split("\n\n", 1)[1])


def test_draft_errors_name_the_draft_and_line():
    text = MINIMAL + '\n[drafts.note]\nsubject = "Hi"\nbody = "Dear {contact_nme}"\n'
    with pytest.raises(book.PlaybookError, match=r"line 12: draft 'note': body: unknown placeholder"):
        book.parse(text)


def test_file_overrides_defaults(data_dir, alice):
    (data_dir / "playbook.toml").write_text(MINIMAL)
    in_force = book.in_force(alice)
    assert in_force.origin == "file"
    assert [s.id for s in in_force.playbook.steps] == ["pause"]
    assert in_force.problems == []


def test_invalid_file_keeps_the_defaults_in_force_and_reports_the_line(data_dir, alice):
    path = data_dir / "playbook.toml"
    path.write_text(MINIMAL.replace("due_days = 0", "due_days = zero"))
    in_force = book.in_force(alice)
    assert in_force.origin == "defaults"
    assert in_force.playbook == book.defaults()
    [problem] = in_force.problems
    assert problem.line == 7
    assert str(problem).startswith(f"{path}, line 7: ")


def test_saved_playbook_comes_first_and_invalid_text_is_not_saved(data_dir, alice, bob):
    (data_dir / "playbook.toml").write_text(MINIMAL)
    saved = MINIMAL.replace("Breathe", "Rest a while")
    plans.save_user_playbook(alice, saved)
    assert book.in_force(alice).playbook.steps[0].title == "Rest a while"
    assert book.in_force(bob).playbook.steps[0].title == "Breathe"  # per user
    with pytest.raises(book.PlaybookError, match="line 7"):
        plans.save_user_playbook(alice, saved.replace("due_days = 0", "due_days = 1.5"))
    assert UserPlaybook.objects.get(owner=alice).text == saved
    plans.reset_user_playbook(alice)
    assert book.in_force(alice).origin == "file"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('settings = 3\n', "line 1: settings must be written as a [settings] table"),
        ('drafts = "none"\n', "line 1: drafts must be written as [drafts.NAME] tables"),
        ('steps = 3\n', "line 1: steps must be written as [[steps]] tables"),
        ('steps = [1]\n', "step 1: each [[steps]] entry must be a table"),
        ('[extras]\nx = 1\n', "line 1: unknown section 'extras'"),
        ('[drafts]\nnote = 3\n', "line 2: draft 'note' must be a table"),
    ],
)
def test_wrongly_shaped_playbooks_get_a_clear_message(text, message):
    with pytest.raises(book.PlaybookError, match=re.escape(message)):
        book.parse(text)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('when = ["always"]', "when = [1]", 'line 8: step \'pause\': when must be a list of names, e.g. ["always"]'),
        ("burst_count = 2", 'burst_count = "two"', "line 2: [settings] burst_count must be a whole number, at least 1"),
        ("burst_count = 2", "burst_count = 2\ncolour = 1", "line 3: [settings] has an unknown key 'colour'"),
        ('title = "Breathe"\n', "", "line 4: step 'pause': the key 'title' is missing"),
        ('title = "Breathe"', 'title = "  "', "line 6: step 'pause': title must be 1 to 250 characters"),
        ('id = "pause"', 'id = "Pause!"', "line 5: step 'Pause!': id must be 1 to 60 lowercase letters"),
        ("", '\n[drafts.note]\nsubject = " "\nbody = "Hi"\n', "line 11: draft 'note': subject must be non-empty text"),
        ("", '\n[drafts.note]\nsubject = "a"\nbody = "b"\nsign = "c"\n',
         "line 13: draft 'note' has an unknown key 'sign' (use subject and body)"),
    ],
)
def test_every_kind_of_mistake_is_said_in_the_playbooks_terms_at_its_line(old, new, message):
    text = MINIMAL + new if not old else MINIMAL.replace(old, new)
    with pytest.raises(book.PlaybookError, match=re.escape(message)):
        book.parse(text)


def test_removing_any_line_of_the_shipped_playbook_fails_cleanly_with_a_line_or_still_parses():
    lines = book.default_text().splitlines()
    failures = 0
    for n in range(len(lines)):
        try:
            book.parse("\n".join(lines[:n] + lines[n + 1:]))
        except book.PlaybookError as exc:
            failures += 1
            assert exc.line is not None, (n + 1, str(exc))
    assert failures > 10  # removing ids, titles, due days or conditions must be caught
