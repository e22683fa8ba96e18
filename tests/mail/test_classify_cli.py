"""`onward mail classify` and `onward mail eval`: the evaluation contract, in-process and as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from click.testing import CliRunner

from onward.cli.main import cli

CONTRACT = ["id", "label", "confidence", "rejection_subtype", "keep_on_file", "reapply_invited",
            "feedback_offered", "feedback_declined"]

LINES = [
    {"id": "a1", "sender": "Ridgeway Careers <jobs@ridgeway.example>", "subject": "Your application",
     "body": "Thank you for applying. We regret to inform you that the position has been filled. We will keep your "
             "CV on file.", "label": "rejection", "rejection_subtype": "position_filled", "keep_on_file": True,
     "reapply_invited": False, "feedback_offered": False, "feedback_declined": False},
    {"id": "a2", "sender": None, "subject": None,
     "body": "We have received your application for Payroll Clerk and will review it shortly.",
     "label": "application_ack"},
    {"id": 3, "body": "Could you share your availability for a video interview on Thursday?", "label": "interview"},
]


def write_jsonl(path, rows, extra_lines=()):
    path.write_text("\n".join([json.dumps(r) for r in rows] + list(extra_lines)) + "\n", encoding="utf-8")
    return path


def test_classify_writes_one_contract_line_per_input_in_order(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", LINES)
    result = CliRunner().invoke(cli, ["mail", "classify", str(src)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a1", "a2", 3]
    assert all(list(o) == CONTRACT for o in out)
    assert out[0]["label"] == "rejection" and out[0]["rejection_subtype"] == "position_filled"
    assert out[0]["keep_on_file"] is True
    assert out[1]["label"] == "application_ack" and out[1]["rejection_subtype"] is None
    assert out[1]["keep_on_file"] is None
    assert out[2]["label"] == "interview"
    assert all(0 < o["confidence"] <= 1 for o in out)


def test_a_bad_line_is_reported_and_the_rest_still_classified(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", LINES[:1], ['{"id": "broken", ', '[1, 2]', '{"id": "nobody"}',
                                                          json.dumps(LINES[2])])
    result = CliRunner().invoke(cli, ["mail", "classify", str(src)])
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["label"] == "rejection" and out[4]["label"] == "interview"
    assert out[1] == {"id": None, "error": out[1]["error"]} and "line 2" in out[1]["error"]
    assert "line 3" in out[2]["error"] and "JSON object" in out[2]["error"]
    assert out[3]["id"] == "nobody" and '"body"' in out[3]["error"]
    assert "line 2" in result.stderr and "line 4" in result.stderr


def test_classify_reads_standard_input_and_explains_on_request():
    result = CliRunner().invoke(cli, ["mail", "classify", "--explain", "-"], input=json.dumps(LINES[0]) + "\n")
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert out["label"] == "rejection"
    assert any("regret to inform" in e for e in out["evidence"])
    assert 0.5 < out["field_confidence"]["keep_on_file"] <= 1


def test_eval_prints_per_label_scores_confusion_and_rejection_fields(tmp_path):
    src = write_jsonl(tmp_path / "gold.jsonl", LINES, ['{"id": "unlabelled", "body": "hello there"}'])
    result = CliRunner().invoke(cli, ["mail", "eval", str(src)])
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert "Scored 3 messages; accuracy 1.000" in text
    assert "precision" in text and "recall" in text and "f1" in text
    assert "macro-F1 over the 3 labels present: 1.000" in text
    assert "Confusion matrix (rows: gold, columns: predicted)" in text
    assert "rejection_subtype    accuracy 1.000 (n=1)" in text
    assert "1 lines not scored" in text and "no gold label" in text


def test_eval_counts_mistakes(tmp_path):
    wrong = dict(LINES[2], label="offer")
    src = write_jsonl(tmp_path / "gold.jsonl", [LINES[0], wrong])
    result = CliRunner().invoke(cli, ["mail", "eval", "--json", str(src)])
    report = json.loads(result.stdout)
    assert report["accuracy"] == 0.5
    assert report["per_label"]["offer"]["recall"] == 0.0
    assert report["confusion"]["offer"]["interview"] == 1
    assert report["macro_f1"] == 0.5  # rejection F1 1.0, offer F1 0.0


def _env(data_dir):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")}
    env["ONWARD_DATA_DIR"] = str(data_dir)
    return env


def test_classify_as_a_real_process_needs_no_database(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", LINES)
    data = tmp_path / "data"
    proc = subprocess.run([sys.executable, "-m", "onward", "mail", "classify", str(src)], env=_env(data),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["label"] for o in out] == ["rejection", "application_ack", "interview"]
    assert not (data / "onward.sqlite3").exists()
    assert {p.name for p in data.iterdir()} <= {"cache"}


def test_classify_works_without_a_usable_data_directory(tmp_path):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the data directory should be")
    src = write_jsonl(tmp_path / "in.jsonl", LINES[1:2])
    proc = subprocess.run([sys.executable, "-m", "onward", "mail", "classify", str(src)],
                          env=_env(blocker / "data"), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["label"] == "application_ack"
