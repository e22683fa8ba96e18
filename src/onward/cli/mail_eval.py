"""`onward mail classify` and `onward mail eval`: the classifier's evaluation contract. No database needed."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from onward.cli.context import CliError, Context, pass_context

_JSONL_HELP = "FILE is JSON Lines (one object per line) or - for standard input."
_MAIL_HELP = ("FILE may also be an mbox or a saved e-mail (.eml): each message is then a line, its Message-ID the "
              "id.")


@click.command("classify")
@click.argument("file", type=click.File("rb"))
@click.option("--explain", is_flag=True, help="Also print each field's confidence and the evidence behind it.")
@pass_context
def classify_command(obj: Context, file, explain: bool) -> None:
    """Label each message in FILE: rejection, interview, offer, application_ack, assessment,
    recruiter_outreach or other.

    Each input line is an object with "body" and optionally "id", "sender" and "subject". Each output
    line, in the same order, is {"id", "label", "confidence", "rejection_subtype", "keep_on_file",
    "reapply_invited", "feedback_offered", "feedback_declined"}, the last five null unless the label is
    rejection. A line that cannot be read gives {"id", "error"} instead, a note on standard error naming
    the line, and the rest of the file is still classified (exit status 0; 2 if no line could be read, or a
    file holds none).
    """
    from onward.mail.classify.evaluate import classify_stream, read_lines
    from onward.mail.classify.model import default_model
    from onward.mail.message_lines import holds_mail, message_lines

    default_model(obj.data_dir)
    # Standard input is read as JSON Lines; a file on disk may hold mail instead.
    name = getattr(file, "name", None)
    path = Path(name) if isinstance(name, str) and Path(name).is_file() else None
    source = message_lines(path) if path is not None and holds_mail(path) else read_lines(file)
    lines = failed = 0
    for line, out in classify_stream(source, explain=explain):
        lines += 1
        if line.error:
            failed += 1
            click.echo(line.error, err=True)
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    # An empty pipe is an empty answer, but a file with nothing in it is most likely the wrong file.
    if not lines and path is not None:
        raise CliError(f"{path.name} holds no message, so nothing was classified.")
    # One bad line among good ones is reported per line; a file with no readable line at all is a failure.
    if lines and failed == lines:
        name = "standard input" if file.name == "<stdin>" else Path(file.name).name
        what = f"The only line of {name} could not" if lines == 1 else f"None of the {lines} lines of {name} could"
        raise CliError(f"{what} be read, so nothing was classified.")


classify_command.help += "\n\n" + _JSONL_HELP + " " + _MAIL_HELP


@click.command("eval")
@click.argument("file", type=click.File("rb"))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@pass_context
def eval_command(obj: Context, file, as_json: bool) -> None:
    """Score the classifier on FILE, whose lines also carry the gold "label" (and, for rejections,
    "rejection_subtype" and the four flags). Prints precision, recall and F1 per label, macro-F1 over
    the labels present, the confusion matrix, and subtype and flag accuracy on gold rejections.
    """
    from onward.mail.classify.evaluate import classify_stream, evaluate, format_report, read_lines
    from onward.mail.classify.model import default_model

    default_model(obj.data_dir)
    report = evaluate(classify_stream(read_lines(file)))
    if not report.n:
        raise CliError(format_report(report) + ' Each line needs a "label" (and a "body").')
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else format_report(report))


eval_command.help += "\n\n" + _JSONL_HELP


def register(mail_group: click.Group) -> None:
    mail_group.add_command(classify_command)
    mail_group.add_command(eval_command)
