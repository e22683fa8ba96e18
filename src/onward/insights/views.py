"""The Insights page and its small actions. Thin: forms validate, services do the work.

An HTMX request for a routine or mood action gets just that section back.
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from urllib.parse import urlencode

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from onward.insights import charts, occupation_search, outlook, routine
from onward.insights.dashboard import stats
from onward.insights.forms import GoalForm, MoodForm, RulesForm
from onward.insights.funnel import WINDOW_LABELS, mark_stale_as_ghosted, week_start
from onward.insights.projection import DRAWS, PRIORS
from onward.playbook.plans import support_after_check_in


def _routine_context(user, goal_form=None, mood_form=None, rules_form=None, facts=None) -> dict:
    this_week = week_start(timezone.localdate())
    rules = routine.rules_for(user)
    overview = routine.overview(user, rules=rules)
    moods = routine.moods(user)
    return {
        "goals": overview.this_week,
        "week_start": this_week,
        "resting": overview.resting,
        "streak": overview.streak,
        "burnout": routine.burnout_signals(user, rules=rules, facts=facts),
        "goal_form": goal_form or GoalForm(),
        "mood_form": mood_form or MoodForm(),
        "rules_form": rules_form or RulesForm(instance=rules),
        "check_ins": moods.recent,
        "mood_chart": charts.mood_chart(moods.trend),
        "window": "",
        "wins": routine.wins(user),
    }


def dashboard(request):
    return _page(request)


def _window(request) -> str:
    window = request.GET.get("window", "all")
    return window if window in WINDOW_LABELS else "all"


def _charts(s) -> dict[str, charts.Chart]:
    return {
        "funnel": charts.funnel_chart(s.funnel, f"Your funnel · {s.window_label.lower()}"),
        "source": charts.breakdown_chart(s.by_source, "Rates by source", "chart-source"),
        "title": charts.breakdown_chart(s.by_title[:8], "Rates by role", "chart-title"),
        "weekly": charts.weekly_chart(s.weekly),
        "sankey": charts.sankey_chart(s.flows.links, s.flows.reached),
        "apps_needed": charts.projection_chart(s.projection.applications_if_needed or s.projection.applications,
                                               "More applications"),
    }


def chart_svg(request, name: str):
    """One chart as a stand-alone SVG file, for the "Download SVG" link under it."""
    if name == "chart-mood":
        chart = charts.mood_chart(routine.mood_trend(request.user))
    else:
        chart = next((c for c in _charts(stats(request.user, _window(request))).values() if c.name == name), None)
    if chart is None:
        raise Http404("No such chart.")
    response = HttpResponse(chart.file(), content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="onward-{name.removeprefix("chart-")}.svg"'
    return response


@contextmanager
def _cycles_collected_after():
    """The page builds tens of thousands of small objects at once, which makes Python's cycle collector sweep
    the whole heap again and again (a third of the page's time at 50,000 applications). Nothing here makes
    cycles worth chasing meanwhile: the collector runs again as soon as the page is built."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _page(request, status: int = 200, **forms):
    with _cycles_collected_after():
        return _build_page(request, status, **forms)


def _build_page(request, status: int, **forms):
    window = _window(request)
    s = stats(request.user, window)
    context = {
        "s": s,
        "windows": WINDOW_LABELS,
        "priors": PRIORS.values(),
        "draws": DRAWS,
        "charts": _charts(s),
        "outlook": outlook.outlook_for(request.user, titles=s.every.titles),
        "outlook_source": outlook.SOURCE,
        "titles_source": outlook.TITLES_SOURCE,
        "searched": _searched(request),
        **_routine_context(request.user, facts=s.every, **forms),
        "window": window,
    }
    return render(request, "insights/dashboard.html", context, status=status)


def _searched(request) -> dict | None:
    """The occupation search of one outlook row, when the page was asked for it without scripts."""
    if "role" not in request.GET or "q" not in request.GET:
        return None
    q = request.GET["q"].strip()[:100]
    return {"role": request.GET["role"], "q": q, "hits": occupation_search.search(q)}


def _routine_reply(request, status: str = "", support=(), **forms):
    """The routine section for HTMX; without HTMX, the page again (with the rejected form) or a redirect."""
    if request.htmx:
        return render(request, "insights/partials/routine.html",
                      {**_routine_context(request.user, **forms), "status": status, "support": support})
    if forms:
        return _page(request, status=400, **forms)
    if status:
        messages.info(request, status)
    return redirect(reverse("insights:dashboard") + "#routine")


@require_POST
def goal_add(request):
    form = GoalForm(request.POST)
    if not form.is_valid():
        return _routine_reply(request, goal_form=form)
    goal = routine.add_goal(request.user, **form.cleaned_data)
    return _routine_reply(request, f"Added a weekly goal: {goal.name}, {goal.target} a week.")


def _goal_or_404(user, pk):
    try:
        return routine.get_goal(user, pk)
    except routine.RoutineError:
        raise Http404("No such goal.") from None


@require_POST
def goal_log(request, pk):
    goal = _goal_or_404(request.user, pk)
    amount = -1 if request.POST.get("undo") else 1
    try:
        routine.log_progress(goal, amount)
    except routine.RoutineError as exc:
        return _routine_reply(request, str(exc))
    return _routine_reply(request, "Taken back one." if amount < 0 else f"Counted one for {goal.name}.")


@require_POST
def goal_archive(request, pk):
    goal = routine.archive_goal(_goal_or_404(request.user, pk))
    return _routine_reply(request, f"Archived {goal.name}. Past weeks keep it.")


@require_POST
def rest(request):
    if request.POST.get("cancel"):
        routine.cancel_rest(request.user)
        return _routine_reply(request, "This week counts as a normal week again.")
    routine.declare_rest(request.user, note=request.POST.get("note", "")[:300])
    return _routine_reply(request, "This week is a rest week. Your streak is kept.")


@require_POST
def rules(request):
    form = RulesForm(request.POST, instance=routine.rules_for(request.user))
    if not form.is_valid():
        return _routine_reply(request, "Those rules were not saved; see the notes below.", rules_form=form)
    form.save()
    return _routine_reply(request, "Saved your rules.")


@require_POST
def mood(request):
    form = MoodForm(request.POST)
    if form.is_valid():
        routine.check_in(request.user, form.cleaned_data["mood"], form.cleaned_data["note"])
        support = support_after_check_in(request.user, form.cleaned_data["mood"])
        if support and not request.htmx:
            steps = " and ".join(f"“{task.title}”" for task in support)
            return _routine_reply(request, f"Thank you for checking in. {steps} are on your Today list.")
        return _routine_reply(request, "Thank you for checking in.", support=support)
    return _routine_reply(request, "Choose a number from 1 to 5.", mood_form=form)


@require_POST
def mark_ghosted(request):
    moved = mark_stale_as_ghosted(request.user)
    n = len(moved)
    messages.info(
        request,
        f"Marked {n} application{'s' if n != 1 else ''} as no answer. You can reopen any of them."
        if n else "Nothing to mark: every application has had an answer or is still within the waiting time.",
    )
    return redirect(reverse("insights:dashboard") + "#ghosting")


def search_occupations(request):
    """The occupations matching what was typed, for one outlook row: the answers alone for HTMX, else the page
    with them in place (the search field works as a plain form)."""
    q = request.GET.get("q", "").strip()[:100]
    if not request.htmx:
        query = urlencode({"role": request.GET.get("role", ""), "q": q})
        return redirect(f"{reverse('insights:dashboard')}?{query}#outlook")
    return render(request, "insights/partials/occupation_results.html",
                  {"q": q, "hits": occupation_search.search(q)})


@require_POST
def choose_occupation(request):
    if "code" not in request.POST:
        messages.info(request, "Nothing was changed: choose an occupation from the list, then Save.")
        return redirect(reverse("insights:dashboard") + "#outlook")
    try:
        outlook.choose_occupation(request.user, request.POST.get("role", ""), request.POST.get("code", ""))
    except outlook.OutlookError as exc:
        messages.info(request, str(exc))
    else:
        messages.info(request, "Saved. The outlook now uses the occupation you chose."
                      if request.POST.get("code") else "Back to the occupation Onward found for this role.")
    return redirect(reverse("insights:dashboard") + "#outlook")
