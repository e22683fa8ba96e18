"""`onward stats`, `onward goal ...` and `onward mood ...`: the Insights page's figures and routine, in the terminal."""

from __future__ import annotations

import re

import click

from onward.cli.context import DAY, pass_user, rich_console

WINDOWS = ("all", "12w", "4w")
GOAL_KINDS = ("applications", "networking", "follow_ups", "learning", "custom")


def _pct(value) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def _breakdown_table(title: str, groups):
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    for col in ("Group", "Applied", "Any response", "Interview", "Offer", ""):
        table.add_column(col, justify="left" if col in ("Group", "") else "right")
    for g in groups:
        c = g.funnel.counts
        table.add_row(
            g.label, str(c["applied"]),
            f"{c['responded']} ({_pct(g.funnel.overall('responded'))})",
            f"{c['interviewed']} ({_pct(g.funnel.overall('interviewed'))})",
            f"{c['offer']} ({_pct(g.funnel.overall('offer'))})",
            "few (<5)" if g.funnel.small else "",
        )
    return table


@click.group(invoke_without_command=True)
@click.option("--window", type=click.Choice(WINDOWS), default="all", show_default=True,
              help="All time, or the last 12 or 4 weeks.")
@click.option("--by", "breakdowns", type=click.Choice(("source", "title", "company")), multiple=True,
              help="Add a breakdown (repeat for several). Default: source and title.")
@click.pass_context
def stats(ctx: click.Context, window: str, breakdowns: tuple[str, ...]) -> None:
    """Your funnel, breakdowns, response times, no-answer rate and a projection to the next offer."""
    if ctx.invoked_subcommand is not None:
        return
    _print_stats(window, breakdowns or ("source", "title"))


@pass_user
def _print_stats(user, window: str, breakdowns: tuple[str, ...]) -> None:
    from rich.table import Table

    from onward.insights.dashboard import stats as gather_stats
    from onward.insights.projection import PRIORS

    s = gather_stats(user, window)
    console = rich_console()
    table = Table(title=f"Funnel · {s.window_label}", title_justify="left")
    for col in ("Step", "Applications", "From step before", "Of all applied"):
        table.add_column(col, justify="left" if col == "Step" else "right")
    for row in s.funnel.rows():
        table.add_row(row["label"], str(row["count"]), _pct(row["rate"]), _pct(row["overall"]))
    console.print(table)
    if s.funnel.small:
        console.print("Fewer than 5 applications in this window: the shares can swing a lot with each answer.")
    groups = {"source": s.by_source, "title": s.by_title, "company": s.by_company}
    for by in breakdowns:
        console.print(_breakdown_table(f"By {by}", groups[by]))

    rt = Table(title="Response times", title_justify="left")
    rt.add_column("Company")
    rt.add_column("Answered", justify="right")
    rt.add_column("Median days", justify="right")
    for r in s.response_times:
        days = "no answer yet" if r.median_days is None else f"{r.median_days:g}"
        if r.bad_dates:
            days = ("" if r.median_days is None else days + "; ") + f"{r.bad_dates} dated before applying"
        rt.add_row(r.company, f"{r.answered} of {r.applied}", days)
    console.print(rt)

    g = s.ghosting
    if not g.eligible:
        console.print(f"No application was sent more than {g.threshold_days} days ago, so there is no silence to "
                      "count yet.")
    else:
        console.print(
            f"No answer after {g.threshold_days} days: {g.count} of {g.eligible} ({_pct(g.rate)}). "
            + (f"{g.stale_count} still at Applied; `onward stats mark-ghosted` marks them (each can be reopened)."
               if g.stale else "")
        )
    r = s.rejections
    if r.total:
        console.print(f"Rejections: {r.total}; outside your control {r.external}, about the fit for the "
                      f"role {r.about_candidate}, no reason given {r.unknown}.")

    p = s.projection
    console.print()
    console.print("[bold]Looking ahead to the next offer[/bold]")
    for sentence in p.sentences():
        console.print(f"  {sentence}")
    for prior in PRIORS.values():
        console.print(f"  Starting point, {prior.label.lower()}: {prior.benchmark}. {prior.citation}", style="dim")


@stats.command("mark-ghosted")
@click.option("--days", type=click.IntRange(1, 365), help="Days without an answer (default: your setting).")
@pass_user
def mark_ghosted(user, days: int | None) -> None:
    """Mark applications with no answer after the waiting time as ghosted (each records why; reopen any time)."""
    from onward.insights.funnel import mark_stale_as_ghosted

    moved = mark_stale_as_ghosted(user, days=days)
    console = rich_console()
    if not moved:
        console.print("Nothing to mark: every application has had an answer or is within the waiting time.")
    for app in moved:
        console.print(f"#{app.pk} {app} → no answer")


@click.group()
def goal() -> None:
    """Weekly goals: add, list, count progress, archive, rest weeks."""


@goal.command("add")
@click.argument("kind", type=click.Choice(GOAL_KINDS))
@click.argument("target", type=click.IntRange(1, 500))
@click.option("--name", "label", default="", help="Name of a custom goal.")
@pass_user
def goal_add(user, kind: str, target: int, label: str) -> None:
    """Add a weekly goal of TARGET for KIND."""
    from onward.insights.routine import add_goal

    g = add_goal(user, kind, target, label)
    rich_console().print(f"Added goal #{g.pk}: {g.name}, {g.target} a week.")


@goal.command("list")
@pass_user
def goal_list(user) -> None:
    """This week's goals, progress and streak."""
    from rich.table import Table

    from onward.insights.routine import streak, week_progress

    console = rich_console()
    items = week_progress(user)
    if not items:
        console.print("No weekly goals yet. Add one, for example: onward goal add applications 5")
        return
    table = Table(title="This week", title_justify="left")
    for col in ("#", "Goal", "Done", "Target", ""):
        table.add_column(col)
    for item in items:
        table.add_row(str(item.goal.pk), item.goal.name, str(item.done), str(item.goal.target),
                      "met" if item.met else "")
    console.print(table)
    st = streak(user)
    console.print(f"Streak: {st.weeks} week{'s' if st.weeks != 1 else ''}"
                  + (f" ({st.rested} rest)" if st.rested else "")
                  + (f", {st.forgiven} forgiven" if st.forgiven else ""))


class _NegativeAmount(click.Command):
    """Reads "-5" as a number: a negative AMOUNT takes a mistaken count back, and click would read it as an
    unknown option. Such a number goes after "--", unless it is an option's value ("--day -3"); every other word is
    read as before."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if "--" not in args:
            number = re.compile(r"-\d+")
            moved = {i for i, a in enumerate(args) if number.fullmatch(a)
                     and not (i and args[i - 1].startswith("-") and not number.fullmatch(args[i - 1]))}
            if moved:
                args = [a for i, a in enumerate(args) if i not in moved] + ["--"] + [args[i] for i in sorted(moved)]
        return super().parse_args(ctx, args)


@goal.command("log", cls=_NegativeAmount)
@click.argument("goal_id")
@click.argument("amount", type=click.IntRange(-100, 100), default=1)
@click.option("--day", type=DAY, help="Which day it counts for (default: today).")
@click.option("--note", default="", help="A few words about it.")
@pass_user
def goal_log(user, goal_id: str, amount: int, day, note: str) -> None:
    """Count AMOUNT (default 1) towards a networking, learning or custom goal; a negative AMOUNT (e.g. -1) takes a
    count back."""
    from django.utils import timezone

    from onward.insights.funnel import week_start
    from onward.insights.routine import get_goal, log_progress, progress

    g = get_goal(user, goal_id)
    entry = log_progress(g, amount, day=day, note=note)
    week = week_start(entry.day)
    when = "this week" if week == week_start(timezone.localdate()) else f"in the week of {week.day} {week:%B %Y}"
    rich_console().print(f"{g.name}: {progress(g, week)} of {g.target} {when}.")


@goal.command("archive")
@click.argument("goal_id")
@pass_user
def goal_archive(user, goal_id: str) -> None:
    """Stop a goal from this week on; past weeks keep it."""
    from onward.insights.routine import archive_goal, get_goal

    g = archive_goal(get_goal(user, goal_id))
    rich_console().print(f"Archived {g.name}.")


@goal.command("rest")
@click.option("--cancel", is_flag=True, help="Make the week a normal week again.")
@click.option("--day", type=DAY, help="A day in the week (default: this week).")
@click.option("--note", default="", help="Why you are resting, if you like.")
@pass_user
def goal_rest(user, cancel: bool, day, note: str) -> None:
    """Declare a rest week: it keeps your streak."""
    from onward.insights.routine import cancel_rest, declare_rest

    if cancel:
        cancel_rest(user, day)
        rich_console().print("That week counts as a normal week again.")
    else:
        rest = declare_rest(user, day, note)
        rich_console().print(f"The week of {rest.week_start:%d %b} is a rest week. Your streak is kept.")


@click.group()
def mood() -> None:
    """Mood check-ins: log one, or see recent ones and the weekly trend."""


@mood.command("log")
@click.argument("score", type=click.IntRange(1, 5))
@click.argument("note", required=False, default="")
@click.option("--day", type=DAY, help="The day of the check-in (default: today).")
@pass_user
def mood_log(user, score: int, note: str, day) -> None:
    """Check in with SCORE from 1 (low) to 5 (good) and an optional NOTE."""
    from onward.insights.routine import check_in
    from onward.playbook.plans import support_after_check_in

    check_in(user, score, note, day=day)
    console = rich_console()
    console.print("Thank you for checking in.")
    support = support_after_check_in(user, score)
    if support:
        console.print("A low day is easier to carry with someone. On your Today list:")
        for task in support:
            console.print(f"  {task.title}  (task {task.pk})")
        console.print("Your wins journal (`onward win list`, or Playbook → Wins journal) holds what you have done.")


@mood.command("list")
@pass_user
def mood_list(user) -> None:
    """Recent check-ins and the weekly average."""
    from onward.insights.routine import mood_trend, recent_check_ins

    console = rich_console()
    items = recent_check_ins(user)
    if not items:
        console.print("No check-ins yet. `onward mood log 3 \"a note\"` adds one.")
        return
    for c in items:
        console.print(f"{c.day:%a %d %b}  {c.mood}  {c.note}")
    trend = mood_trend(user)
    console.print("Weekly average: " + ", ".join(f"{r['week']}: {r['mood']:g}" for r in trend))


def register(group: click.Group) -> None:
    for command in (stats, goal, mood):
        group.add_command(command)
