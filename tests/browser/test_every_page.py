"""Every page a user reaches, on real Chromium at laptop (1366×768) and phone (390×844) width, with a search
that has lived: 200 more applications, company names and titles far longer than usual, names in other scripts
and long unbroken strings (a pasted link, an e-mail address) — and the same pages for someone who has nothing
yet, a coach, an administrator and a visitor who is not signed in.

On each page: nothing makes the page scroll sideways or is cut off, every control is at least 24 px in both
directions (WCAG 2.5.8), every field has a label, the keyboard's focus shows, nothing reads like debug output,
and no page fails.
"""

import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import timezone

from onward.core import jobs, sharing
from onward.core.invites import create_invite
from onward.insights import routine
from onward.mail.models import MailMessage
from onward.match import services as match
from onward.playbook.models import Rejection
from onward.tracker import services
from onward.tracker.demo import build_demo
from onward.tracker.models import Application
from tests.conftest import make_user
from tests.mail.review_helpers import queued

pytestmark = pytest.mark.browser

SIZES = {1366: 768, 390: 844}
NUMBER = re.compile(r"/\d+/")
LONG_COMPANY = "Internationale Gesellschaft für Zusammenarbeit und Entwicklung GmbH & Co. KG, Niederlassung Süd-West"
LONG_TITLE = "Senior Principal Staff Engineering Manager, Platform Reliability and Developer Experience (EMEA)"
UNBROKEN = "https://careers.example.com/jobs/" + "a1b2c3d4" * 30
SCRIPTS = ["Ελληνική Εταιρεία Λογισμικού", "شركة البرمجيات العربية المتحدة", "हिन्दुस्तान सॉफ्टवेयर प्राइवेट लिमिटेड",
           "Łódź Środa Śląska Spółka z o.o.", "Ямал Софт Девелопмент"]

# What a page measures about itself. A target is a control one taps; links inside a sentence are exempt, as
# WCAG exempts them, and so is the skip link, which is out of sight until focused.
MEASURE = r"""() => {
  const shown = e => { const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && getComputedStyle(e).visibility !== 'hidden'
      && !e.closest('[hidden], .visually-hidden'); };
  const name = e => `${e.tagName.toLowerCase()} “${(e.innerText || e.value || e.name || '').trim().slice(0, 30)}”`;
  const size = e => { const r = e.getBoundingClientRect(); return `${Math.round(r.width)}×${Math.round(r.height)}`; };
  const targets = [...document.querySelectorAll(
      'button, [role=button], summary, select, textarea, input:not([type=hidden]), a:not(.skip-link)')]
    .filter(shown).filter(e => !(e.tagName === 'A' && getComputedStyle(e).display === 'inline'));
  const fields = [...document.querySelectorAll(
      'input:not([type=hidden], [type=submit], [type=button]), select, textarea')].filter(shown);
  const text = document.body.innerText;
  return {
    sideways: document.documentElement.scrollWidth - window.innerWidth,
    cut: [...document.querySelectorAll('main *')].filter(e => !e.closest('.board, .table-scroll, .visually-hidden')
        && e.tagName !== 'SELECT' && e.clientWidth > 1
        && ['auto', 'scroll', 'hidden'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
      .map(e => e.tagName.toLowerCase() + '.' + e.className),
    small: targets.filter(e => { const r = e.getBoundingClientRect(); return r.width < 23.5 || r.height < 23.5; })
      .map(e => `${name(e)} ${size(e)}`),
    unlabelled: fields.filter(e => !e.labels?.length && !e.getAttribute('aria-label')
        && !e.getAttribute('aria-labelledby')).map(e => e.outerHTML.slice(0, 100)),
    // Codes (position_closed), scores ("0.62 sure"), Python's None and the classifier's evidence lines.
    debug: text.match(new RegExp(String.raw`\b[a-z]+_[a-z_]+\b|\b\d\.\d\d sure\b|Traceback|\bNone\b(?! (logged|yet))`
      + String.raw`|\bnan\b|\[object |\{'|\bmodel: |\brule [a-z_]+ [+-]`, 'g')) || [],
  };
}"""

# Tab through the first controls of the page: each one the keyboard reaches shows an outline of 2 px or more.
FOCUS = r"""() => { const e = document.activeElement; if (!e || e === document.body) return null;
  const s = getComputedStyle(e);
  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) ? '' : e.outerHTML.slice(0, 100); }"""


def _lived_in(user) -> dict:
    now = timezone.now()
    apps = []
    for n in range(200):
        company = [LONG_COMPANY, *SCRIPTS, f"Company {n}"][n % 7]
        title = [LONG_TITLE, "Data analyst", UNBROKEN[:90], "Backend engineer"][n % 4]
        apps.append(services.NewApplication(company_name=company, title=title, at=now - dt.timedelta(days=n % 70),
                                            fields={"location": "Zürich " + "x" * 40 if n % 9 == 0 else "Lisbon",
                                                    "posting_url": UNBROKEN if n % 11 == 0 else ""}))
    services.create_applications(user, apps)
    long_app = Application.objects.filter(owner=user, company__name=LONG_COMPANY).first()
    services.add_note(user, "Saved the posting: " + UNBROKEN, application=long_app)
    services.add_task(user, title=f"Follow up with {LONG_COMPANY} {UNBROKEN[:60]}", application=long_app,
                      due_date=now.date())
    person = services.add_contact(user, name="Σωκράτης Παπαδόπουλος-Κωνσταντινίδης", company=SCRIPTS[0],
                                  email="s" * 60 + "@example.com", is_my_person=True)
    services.add_note(user, UNBROKEN, contact=person)

    app = Application.objects.filter(owner=user, stage="applied").order_by("pk").first()
    services.update_application(app, {"job_description": "Data Engineer\nRequirements\n- Python, SQL, Kubernetes"})
    version = match.add_resume_version(user, name=f"CV {LONG_TITLE}", text="Summary\nData engineer\nSkills\nPython\n")
    match.save_report(user, app.pk, version.pk)
    for n in range(3):
        queued(user, n, company=LONG_COMPANY if n == 0 else "Acme", subject=f"Re: {LONG_TITLE}" if n == 1 else None,
               body=f"Dear candidate,\n{UNBROKEN}\nUnfortunately we have decided to move forward with another one.")
    job = jobs.create(user, kind="mail_import", title=f"Importing takeout-{'x' * 60}.mbox", unit="messages",
                      runner="onward.mail.jobs.run_import", total=12_000)
    job.status, job.done = job.Status.RUNNING, 4_200
    job.save()
    routine.log_progress(routine.add_goal(user, "networking", 3), 2)
    routine.check_in(user, 2, "Tired today. " + UNBROKEN[:60])
    rejection = Rejection.objects.filter(application__owner=user).order_by("pk").first()
    return {"app": app, "long": long_app, "person": person, "job": job, "rejection": rejection,
            "message": MailMessage.objects.filter(owner=user).order_by("pk").first()}


@pytest.fixture
def people(transactional_db):
    demo = build_demo()
    made = _lived_in(demo.user)
    coach = make_user("coach", "a coach's password 1")
    share = sharing.grant(demo.user, "coach")
    admin = make_user("admin", "an admin's password 1")
    admin.is_staff = True
    admin.save()
    _, token = create_invite("newcomer")
    return {"user": demo.user, "empty": make_user("newcomer2", "a new password 123"), "coach": coach,
            "admin": admin, "token": token, "share": share, **made}


def pages(p: dict) -> list[tuple[str, str]]:
    app, long_app = p["app"], p["long"]
    rejection = p["rejection"]
    lived = [
        "/", "/board/", "/applications/", "/applications/?page=2", f"/applications/{app.pk}/",
        f"/applications/{long_app.pk}/", f"/applications/{long_app.pk}/?edit=1", "/applications/new/",
        f"/playbook/reject/{app.pk}/", f"/playbook/rejection/{rejection.pk}/",
        f"/playbook/draft/{rejection.application_id}/thank_you/", "/contacts/", f"/contacts/{p['person'].pk}/",
        "/contacts/new/", "/companies/", f"/companies/{long_app.company_id}/", "/mail/", "/mail/review/",
        f"/mail/messages/{p['message'].pk}/", f"/jobs/{p['job'].pk}/", "/playbook/", "/playbook/wins/",
        "/playbook/edit/", "/match/", f"/match/application/{app.pk}/", "/match/resumes/", "/match/wishlist/",
        "/insights/", "/import/", "/import/bookmarklet/", "/calendar/", "/backup/", "/settings/",
        "/settings/password/", "/sharing/", "/api/tokens/", "/no-such-page/",
    ]
    nothing_yet = ["/", "/board/", "/applications/", "/contacts/", "/companies/", "/mail/", "/mail/review/",
                   "/playbook/", "/playbook/wins/", "/match/wishlist/", "/insights/"]
    return ([("user", path) for path in lived] + [("empty", path) for path in nothing_yet]
            + [("coach", "/sharing/"), ("coach", f"/shared/{p['share'].pk}/"), ("admin", "/accounts/invite/"),
               (None, "/login/"), (None, f"/accounts/join/{p['token']}/"), (None, "/accounts/join/not-a-link/")])


@pytest.mark.parametrize("width", SIZES)
def test_every_page_fits_is_labelled_and_reads_calmly(page, people, live_server, width):
    page.set_viewport_size({"width": width, "height": SIZES[width]})
    page.set_default_timeout(60_000)
    cookies = {}
    for who in ("user", "empty", "coach", "admin"):
        client = Client()
        client.force_login(people[who])
        cookies[who] = client.cookies["sessionid"].value
    found: dict[str, dict[str, list]] = {}
    for who, path in pages(people):
        page.context.clear_cookies()
        if who:
            page.context.add_cookies([{"name": "sessionid", "value": cookies[who], "url": live_server.url}])
        answer = page.goto(path)
        page.wait_for_load_state("networkidle")
        seen = page.evaluate(MEASURE)
        unfocused = []
        for _ in range(8):
            page.keyboard.press("Tab")
            if missing := page.evaluate(FOCUS):
                unfocused.append(missing)
        problems = {
            "fails": [answer.status] if answer.status >= 500 or "Traceback" in page.content() else [],
            "scrolls sideways (px)": [seen["sideways"]] if seen["sideways"] > 0 else [],
            "cut off": seen["cut"], "under 24 px": seen["small"], "no label": seen["unlabelled"],
            "reads like debug output": seen["debug"], "focus not shown": unfocused,
        }
        if problems := {k: v for k, v in problems.items() if v}:
            found[f"{who or 'visitor'} {NUMBER.sub('/N/', path)}"] = problems
    assert found == {}, "\n".join(f"{where}: {problems}" for where, problems in found.items())
