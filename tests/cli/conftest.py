import pytest
from click.testing import CliRunner

from onward.cli.main import cli


@pytest.fixture
def run(db):
    """Invoke `onward ARGS...` in-process against the test database; returns the click Result."""
    runner = CliRunner()

    def invoke(*args, input=None):
        return runner.invoke(cli, [str(a) for a in args], input=input)

    return invoke
