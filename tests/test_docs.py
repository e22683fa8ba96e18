"""The documentation keeps up with the code (in the spirit of datasette's test_docs.py).

- every command is shown in the README, and every command and option explains itself in `--help`;
- every command line the README shows parses;
- every environment setting Onward reads is documented in the README or docs/.
"""

from __future__ import annotations

import ast
from pathlib import Path

import click
import pytest

from onward.cli.main import cli
from tests.readme_commands import PLACEHOLDER, all_commands, code_lines, command_path, inline_commands, variants

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _readme_paths(files: Path) -> set[tuple[str, ...]]:
    paths = set()
    for line in code_lines():
        for args in variants(cli, line):
            paths.add(command_path(cli, _sample(args, files)))
    return paths


def _sample(args: list[str], files: Path | None = None) -> list[str]:
    """Placeholders replaced by values of the right type (files that exist, where a file is asked for)."""
    values = {"KIND": "applications", "TARGET": "5", "GOAL_ID": "1", "AMOUNT": "2", "SCORE": "3",
              "DATE": "2026-08-01", "TOKEN_ID": "1", "MESSAGE_ID": "12", "ANSWER": "rejection"}
    out = []
    for arg in args:
        if PLACEHOLDER.match(arg) and arg not in values:
            if files is not None:
                path = files / arg.lower()
                path.write_text("x")
                out.append(str(path))
            else:
                out.append(arg)
        else:
            out.append(values.get(arg, arg))
    return out


def test_every_readme_command_line_parses(tmp_path):
    lines = code_lines()
    assert len(lines) > 30
    problems = []
    for line in lines:
        for args in variants(cli, line):
            try:
                command_path(cli, _sample(args, tmp_path))
            except (click.UsageError, click.BadParameter) as exc:
                problems.append(f"README line {line.number}: onward {' '.join(args)}: {exc.format_message()}")
    assert not problems, "\n".join(problems)


def test_every_command_is_in_the_readme(tmp_path):
    shown = _readme_paths(tmp_path)
    # Running text may name commands too (`onward user add|invite|list`); count those as shown.
    for span in inline_commands():
        words = span.split()[1:]
        for i in range(len(words), 0, -1):
            head, last = words[: i - 1], words[i - 1]
            shown.update((*head, choice) for choice in last.split("|"))
    missing = sorted(" ".join(path) for path in all_commands(cli) if path not in shown)
    assert not missing, f"Commands not shown in the README: {', '.join('onward ' + m for m in missing)}"


@pytest.mark.parametrize("path", sorted(all_commands(cli)), ids=" ".join)
def test_every_command_and_option_explains_itself_in_help(path):
    command = all_commands(cli)[path]
    assert (command.help or "").strip(), f"`onward {' '.join(path)}` has no help text"
    for param in command.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), f"`onward {' '.join(path)} {param.opts[0]}` has no help text"


def _environment_names(source: Path) -> set[str]:
    """Names read with os.environ.get / os.environ[...] / the settings helpers, as string literals."""
    names = set()
    for node in ast.walk(ast.parse(source.read_text())):
        if isinstance(node, ast.Call):
            func = ast.unparse(node.func)
            if func in ("os.environ.get", "os.getenv", "_env_bool", "_required") and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    names.add(arg.value)
        elif isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ":
            if isinstance(node.slice, ast.Constant):
                names.add(node.slice.value)
    return names


def test_every_environment_setting_is_documented():
    names = _environment_names(ROOT / "src/onward/settings.py") | _environment_names(ROOT / "src/onward/paths.py")
    assert {"ONWARD_DATA_DIR", "DATABASE_URL", "ONWARD_SECRET_KEY"} <= names
    text = "\n".join(doc.read_text() for doc in DOCS)
    missing = sorted(name for name in names if f"`{name}" not in text)
    assert not missing, f"Environment settings not documented in README.md or docs/: {', '.join(missing)}"
