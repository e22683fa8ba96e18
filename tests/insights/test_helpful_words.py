"""Insights help rather than hurt: with little data they say so and show the benchmarks; no zero-week
projections, no ranges so wide they only discourage, no "Of 0 applications"."""

import re

from django.urls import reverse

from onward.insights.projection import FEW_APPLICATIONS, Evidence, project


def test_a_new_user_sees_benchmarks_with_sources_not_a_range(alice_client):
    body = alice_client.get(reverse("insights:dashboard")).content.decode()
    words = body.split('id="projection-words"')[1].split("</div>")[0]
    assert "You have no finished applications of your own yet" in words
    assert "weeks" not in words and "–" not in words
    benchmarks = body.split('class="benchmarks muted"')[1].split("</ul>")[0]
    assert "source: Jobvite" in benchmarks
    assert 'id="chart-apps-needed"' not in body


def test_little_data_says_so_plainly():
    words = " ".join(project(Evidence(6, 2, 1, 0, 1, 0), pace_per_week=2).sentences())
    assert words.startswith("You have 6 finished applications and 1 finished interview process of your own so far")
    assert f"once you have about {FEW_APPLICATIONS} finished applications and 5 finished interview processes." in words
    enough_interviews = " ".join(project(Evidence(12, 8, 6, 2, 0, 0), pace_per_week=2).sentences())
    assert f"once you have about {FEW_APPLICATIONS} finished applications." in enough_interviews
    assert not re.search(r"\d+–\d+", words)


def test_an_offer_likely_in_play_never_reads_as_zero_more():
    p = project(Evidence(40, 8, 6, 2, 0, 6), pace_per_week=3)
    assert p.applications["p50"] == 0  # the raw simulation: most outcomes need nothing new
    words = " ".join(p.sentences())
    assert "comes from an application already in play" in words
    assert "If it does not, a likely range is" in words
    assert not re.search(r"\b0 more|about 0 weeks|\b0–", words)


def test_the_eight_in_ten_range_only_when_it_informs():
    wide = project(Evidence(25, 2, 5, 1, 3, 0), pace_per_week=3)
    assert wide.applications_if_needed["p90"] > 3 * wide.applications_if_needed["p50"]
    assert "8 in 10" not in " ".join(wide.sentences())
    sure = project(Evidence(400, 200, 200, 150, 0, 0), pace_per_week=3)
    assert "8 in 10 within" in " ".join(sure.sentences())


def test_no_answer_section_with_nothing_old_enough(alice_client, alice):
    from onward.tracker import services

    services.create_application(alice, company_name="Acme", title="Dev")
    body = alice_client.get(reverse("insights:dashboard")).content.decode()
    assert "Of 0 applications" not in body
    assert "so there is no silence to count yet" in body


def test_an_answer_dated_before_the_application_is_flagged_not_negative(alice, alice_client):
    from onward.insights import funnel
    from onward.tracker.stages import Stage

    from .conftest import TODAY, applied

    applied(alice, "Oddly Dated", "Dev", 5, moves=[(Stage.SCREENING, 8)])  # answered 3 days "before" applying
    applied(alice, "Oddly Dated", "Dev II", 20, moves=[(Stage.SCREENING, 16)])
    row = next(r for r in funnel.response_times(funnel.gather(alice)) if r.company == "Oddly Dated")
    assert (row.answered, row.median_days, row.bad_dates) == (2, 4, 1)
    body = alice_client.get(reverse("insights:dashboard")).content.decode()
    cell = body.split("Oddly Dated</td>")[1].split("</tr>")[0]
    assert "1 answer dated before the application: check the dates" in cell
    assert not re.search(r">\s*-\d", body.split('id="responses"')[1].split("</details>")[0])
    assert TODAY  # the fixture's dates are fixed, so "5 days ago" is the same every run


def test_outlook_numbers_have_thousands_separators(alice_client, alice):
    from onward.tracker import services

    services.create_application(alice, company_name="Acme", title="Software Developer")
    body = alice_client.get(reverse("insights:dashboard")).content.decode()
    outlook = body.split('id="outlook"')[1].split("</table>")[0]
    cells = re.findall(r"<td>([\d,]+)</td>", outlook)
    assert cells, "the outlook lists openings a year"
    assert all(len(c) < 4 or "," in c for c in cells)
    assert any("," in c for c in cells)



def test_only_recently_active_applications_are_offered_to_mark_as_no_answer(alice_client, alice):
    import datetime as dt

    from django.utils import timezone

    from onward.insights import funnel
    from onward.tracker import services
    from onward.tracker.models import Application
    from onward.tracker.stages import Stage

    today = timezone.localdate()
    recent = services.create_application(alice, company_name="Recent", title="Dev",
                                         date_applied=today - dt.timedelta(days=40))
    old = services.create_application(alice, company_name="Long ago", title="Dev",
                                      date_applied=today - dt.timedelta(days=1250))
    Application.objects.filter(pk=old.pk).update(last_activity_at=timezone.now() - dt.timedelta(days=1246))
    result = funnel.ghosting(alice, funnel.gather(alice))
    assert [a.pk for a in result.stale] == [recent.pk]
    assert [a.pk for a in result.long_quiet] == [old.pk]
    body = alice_client.get(reverse("insights:dashboard")).content.decode()
    assert "1 more at Applied, quiet for over 180 days" in body
    alice_client.post(reverse("insights:mark_ghosted"))
    recent.refresh_from_db()
    old.refresh_from_db()
    assert (recent.stage, old.stage) == (Stage.GHOSTED, Stage.APPLIED)


def test_the_offer_window_is_a_setting(alice_client, alice):
    from onward.core.services import profile_for

    data = {"active_pipeline_target": 5, "ghosting_threshold_days": 21, "ghosting_offer_max_days": 14,
            "follow_up_after_days": 7, "interview_notice_hours": 48, "reminder_hour": 8}
    response = alice_client.post(reverse("core:settings"), data)
    assert "Choose more days than the ghosting threshold (21)" in response.content.decode()
    alice_client.post(reverse("core:settings"), data | {"ghosting_offer_max_days": 365})
    assert profile_for(alice).ghosting_offer_max_days == 365
