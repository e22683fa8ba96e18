"""The `onward` commands the README shows, read the way a person reads them.

A README line is a synopsis: `[...]` is optional, `a|b` inside a word is a choice of value, ` | ` between
words is a choice of subcommand of the same group, and UPPER_CASE words are placeholders. `variants()` turns
a line into the concrete command lines it stands for; the docs test parses every one of them and the
subprocess harness runs them.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path

import click
from click.testing import CliRunner

README = Path(__file__).resolve().parents[1] / "README.md"

PLACEHOLDER = re.compile(r"^[A-Z][A-Z_]*(=[A-Z][A-Z_]*)?(\.[a-z]+)?(\.\.\.)?$")


@dataclass(frozen=True)
class Line:
    number: int
    text: str


def code_lines(readme: Path = README) -> list[Line]:
    """Lines starting with `onward` inside the README's ```sh blocks."""
    lines, in_block = [], False
    for number, text in enumerate(readme.read_text().splitlines(), 1):
        if text.startswith("```"):
            in_block = text.strip() in ("```sh", "```bash", "```console")
            continue
        if in_block and text.strip().startswith("onward"):
            lines.append(Line(number, text.strip()))
    return lines


def inline_commands(readme: Path = README) -> list[str]:
    """`onward ...` spans written in running text."""
    return re.findall(r"`(onward(?: [^`]*)?)`", readme.read_text())


def _tokens(text: str) -> list[str]:
    # Brackets become words of their own so `[--user NAME]` can be taken out whole.
    spaced = re.sub(r"\[", " [ ", re.sub(r"\]", " ] ", text))
    return shlex.split(spaced, comments=True)


def _group_prefix(cli: click.Group, words: list[str]) -> list[str]:
    """The words naming the deepest group in `words`: what ` | list` continues from."""
    command, prefix = cli, []
    for i, word in enumerate(words):
        if isinstance(command, click.Group) and word in command.commands:
            if isinstance(command.commands[word], click.Group):
                prefix = words[: i + 1]
            command = command.commands[word]
    return prefix


def _drop_optional(words: list[str]) -> list[str]:
    out, depth = [], 0
    for word in words:
        if word == "[":
            depth += 1
        elif word == "]":
            depth -= 1
        elif depth == 0:
            out.append(word)
    return out


def _keep_optional(words: list[str]) -> list[str]:
    out = []
    for word in words:
        if word in ("[", "]"):
            continue
        if word.endswith("...") and PLACEHOLDER.match(word):
            out.append(word[:-3])  # `[TITLE...]`: one more of them
        else:
            out.append(word)
    return out


def _choice(words: list[str], k: int) -> list[str]:
    """Value alternatives (`json|csv`) resolved to the k-th one (or the last, for shorter lists)."""
    out = []
    for word in words:
        options = word.split("|") if "|" in word and not word.startswith("-") else [word]
        out.append(options[min(k, len(options) - 1)])
    return out


def variants(cli: click.Group, line: Line, every_choice: bool = True) -> list[list[str]]:
    """The concrete argument lists (without `onward`) a README line stands for.

    Each subcommand alternative gives the line without its optional parts and the line with all of them;
    with `every_choice`, once more for each value alternative.
    """
    words = _tokens(line.text)
    assert words[0] == "onward", line
    words = words[1:]
    segments, current = [], []
    for word in words:
        if word == "|":
            segments.append(current)
            current = []
        else:
            current.append(word)
    segments.append(current)
    prefix = _group_prefix(cli, segments[0])
    commands = [segments[0]] + [prefix + segment for segment in segments[1:]]
    out: list[list[str]] = []
    for command in commands:
        choices = max((len(w.split("|")) for w in command if "|" in w), default=1)
        candidates = [_choice(_drop_optional(command), 0)]
        candidates += [_choice(_keep_optional(command), k) for k in range(choices if every_choice else 1)]
        for candidate in candidates:
            candidate = [w[:-3] if w.endswith("...") and PLACEHOLDER.match(w) else w for w in candidate]
            if candidate not in out:
                out.append(candidate)
    return out


def command_path(cli: click.Group, args: list[str]) -> tuple[str, ...]:
    """Parse `args` the way `onward` would, without running anything; returns the command's path.

    Raises click.UsageError (or BadParameter) when the line does not parse.
    """
    path: list[str] = []
    command: click.Command = cli
    # Options that prompt (`onward user add` asks for the password) get an answer, as a person would type one.
    with CliRunner().isolation(input="a-long-password\na-long-password\n"), \
            cli.make_context("onward", list(args)) as ctx:
        while isinstance(command, click.Group):
            rest = [*ctx._protected_args, *ctx.args] if hasattr(ctx, "_protected_args") else list(ctx.args)
            if not rest:
                break
            name, sub, rest = command.resolve_command(ctx, rest)
            assert sub is not None and name is not None
            path.append(name)
            ctx = sub.make_context(name, rest, parent=ctx)
            command = sub
    if isinstance(command, click.Group) and not command.invoke_without_command:
        raise click.UsageError(f"`onward {' '.join(path)}` needs a subcommand.")
    return tuple(path)


def all_commands(cli: click.Group) -> dict[tuple[str, ...], click.Command]:
    """Every command users can run, by path; groups count when they run on their own."""
    found: dict[tuple[str, ...], click.Command] = {}

    def walk(command: click.Command, path: tuple[str, ...]) -> None:
        if command.hidden:
            return
        if not isinstance(command, click.Group) or command.invoke_without_command:
            found[path] = command
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, (*path, name))

    walk(cli, ())
    found.pop((), None)
    return found
