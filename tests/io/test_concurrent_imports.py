"""Two `onward import` processes at once, on a fresh data folder and on one in use: both finish cleanly, the
second waits for the first (saying so), and every row is imported once."""

import json
import subprocess
import sys

import pytest

from tests.processes import fresh_env

ROWS = 400


@pytest.fixture
def onward_env(tmp_path):
    return fresh_env(tmp_path / "data")


def _two_imports(path, env):
    procs = [subprocess.Popen([sys.executable, "-m", "onward", "import", str(path)], env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    return [(p.wait(timeout=300), *p.communicate()) for p in procs]


def test_two_imports_at_once(tmp_path, onward_env):
    path = tmp_path / "jobs.csv"
    path.write_text("Company,Title\n" + "".join(f"Company {i},Engineer {i}\n" for i in range(ROWS)))
    for _ in range(2):  # a fresh data folder (first-run set-up races too), then one already set up
        results = _two_imports(path, onward_env)
        for code, _out, err in results:
            assert code == 0, err
            assert "Traceback" not in err
        listed = subprocess.run([sys.executable, "-m", "onward", "list", "--json"], env=onward_env,
                                capture_output=True, text=True, timeout=120)
        companies = [json.loads(line)["company"] for line in listed.stdout.splitlines()]
        assert sorted(companies) == sorted(f"Company {i}" for i in range(ROWS))
