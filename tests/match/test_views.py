import io

import pytest
from django.urls import reverse
from pypdf import PdfWriter

from onward.match import services
from onward.match.models import ResumeVersion
from onward.tracker import services as tracker
from onward.tracker.stages import Stage

RESUME = "Summary\nData engineer\nExperience\nAcme, Jan 2019 - Present\nSkills\nPython, SQL\nsam@example.org\n"
POSTING = "Data Engineer\nRequirements\n- Python and SQL\n- Kubernetes and Airflow\n"
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def version(alice):
    return services.add_resume_version(alice, name="Data, short", text=RESUME)


@pytest.fixture
def bob_version(bob):
    return services.add_resume_version(bob, name="Bob's", text=RESUME)


def test_upload_a_resume_version_from_a_file(alice_client, alice):
    upload = io.BytesIO(RESUME.encode())
    upload.name = "cv.txt"
    response = alice_client.post(reverse("match:resumes"), {"name": "Backend", "file": upload})
    assert response.status_code == 302
    version = ResumeVersion.objects.get(owner=alice)
    assert (version.name, version.original_filename) == ("Backend", "cv.txt")
    assert "Python" in version.text


def test_bad_upload_shows_the_reason_and_stores_nothing(alice_client, alice):
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    buffer = io.BytesIO()
    writer.write(buffer)
    buffer.seek(0)
    buffer.name = "scan.pdf"
    response = alice_client.post(reverse("match:resumes"), {"name": "Scan", "file": buffer})
    assert response.status_code == 200
    assert "scanned image" in response.content.decode()
    assert not ResumeVersion.objects.filter(owner=alice).exists()


def test_duplicate_name_is_a_clear_message(alice_client, version):
    response = alice_client.post(reverse("match:resumes"), {"name": "Data, short", "text": "Python"})
    assert "already have a resume version" in response.content.decode()


def test_resume_list_shows_only_my_versions(alice_client, version, bob_version):
    page = alice_client.get(reverse("match:resumes")).content.decode()
    assert "Data, short" in page and "Bob&#x27;s" not in page


def test_standalone_page_with_pasted_text(alice_client):
    response = alice_client.post(reverse("match:home"), {"resume_text": RESUME, "posting": POSTING})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Match rate:" in page and "Kubernetes" in page


def test_the_page_lists_open_items_apart_and_checked_against_the_resume(alice_client):
    posting = POSTING + "- Experience with pyrometers and kiln logs\n"
    resume = RESUME + "Kept kiln logs for the studio.\n"
    page = alice_client.post(reverse("match:home"), {"resume_text": resume, "posting": posting}).content.decode()
    section = page.split("Also asked for in the posting", 1)[1].split("</ul>", 1)[0]
    assert "not part of the match rate" in section
    assert "pyrometers <span class=\"muted\">(required; not in your resume)" in section
    assert "kiln logs <span class=\"muted\">(required; in your resume)" in section


def test_standalone_page_htmx_returns_only_the_report(alice_client, version):
    response = alice_client.post(reverse("match:home"), {"resume_version": version.pk, "posting": POSTING}, **HTMX)
    page = response.content.decode()
    assert "Match rate:" in page and "<html" not in page


def test_standalone_page_rejects_an_empty_posting(alice_client):
    response = alice_client.post(reverse("match:home"), {"resume_text": RESUME, "posting": "  "})
    assert "Paste the job description" in response.content.decode()


def test_bob_cannot_use_or_delete_alices_versions(client, bob, version):
    client.force_login(bob)
    response = client.post(reverse("match:home"), {"resume_version": version.pk, "posting": POSTING})
    assert "Match rate:" not in response.content.decode()
    assert client.get(reverse("match:home") + f"?resume={version.pk}").status_code == 404
    assert client.get(reverse("match:wishlist") + f"?resume={version.pk}").status_code == 404
    assert client.post(reverse("match:resume_delete", args=[version.pk])).status_code == 404
    assert ResumeVersion.objects.filter(pk=version.pk).exists()


def test_application_page_reports_and_links_the_version(alice_client, alice, version):
    app = tracker.create_application(alice, company_name="Acme", title="Data Engineer", job_description=POSTING)
    url = reverse("match:application", args=[app.pk])
    page = alice_client.get(url).content.decode()
    assert "Match rate:" in page and "Kubernetes" in page
    alice_client.post(url, {"resume": version.pk})
    assert list(version.applications.all()) == [app]
    partial = alice_client.get(url + f"?resume={version.pk}", **HTMX).content.decode()
    assert "Match rate:" in partial and "<html" not in partial


def test_application_without_description_says_so(alice_client, alice, version):
    app = tracker.create_application(alice, company_name="Acme", title="Analyst")
    page = alice_client.get(reverse("match:application", args=[app.pk])).content.decode()
    assert "no job description yet" in page
    # The way on is one click away: the application's own form, where the posting's text goes.
    assert f'href="/applications/{app.pk}/?edit=1#details">Add the posting\'s text to the application</a>' in page


def test_application_pages_are_owner_scoped(client, alice, bob, version, bob_version):
    app = tracker.create_application(alice, company_name="Acme", title="Data Engineer", job_description=POSTING)
    client.force_login(bob)
    assert client.get(reverse("match:application", args=[app.pk])).status_code == 404
    bobs_app = tracker.create_application(bob, company_name="Beta", title="Engineer", job_description=POSTING)
    url = reverse("match:application", args=[bobs_app.pk])
    assert client.get(url + f"?resume={version.pk}").status_code == 404
    assert client.post(url, {"resume": version.pk}).status_code == 404
    assert not version.applications.exists()


def test_wishlist_ranks_by_fit(alice_client, alice, version):
    good = tracker.create_application(
        alice,
        company_name="A",
        title="Data Engineer",
        stage=Stage.WISHLIST,
        job_description="Requirements: Python and SQL.",
    )
    poor = tracker.create_application(
        alice,
        company_name="B",
        title="Data Engineer",
        stage=Stage.WISHLIST,
        job_description="Requirements: Rust, Haskell and Erlang.",
    )
    tracker.create_application(alice, company_name="C", title="Data Engineer", stage=Stage.WISHLIST)
    fits = services.wishlist_fits(alice, version.pk)
    assert [f.application for f in fits][:2] == [good, poor]
    assert fits[2].score is None
    assert alice_client.get(reverse("match:wishlist")).status_code == 200


def test_rejection_gaps_count_missing_required_skills(alice_client, alice, version):
    for i in range(3):
        app = tracker.create_application(
            alice,
            company_name=f"Co{i}",
            title="Data Engineer",
            stage=Stage.REJECTED,
            job_description="Requirements: Python and Kubernetes." if i else "Requirements: Python and Terraform.",
        )
        services.link_application(alice, version.pk, app.pk)
    gaps = {g.skill: (g.missing_in, g.out_of) for g in services.rejection_gaps(alice)}
    assert gaps == {"Kubernetes": (2, 3), "Terraform": (1, 3)}
    page = alice_client.get(reverse("match:home")).content.decode()
    assert "Kubernetes: missing in 2 of your last 3 rejections" in page


def test_standalone_page_with_an_encrypted_pdf_explains_and_keeps_the_form(alice_client):
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    writer.encrypt("secret")
    buffer = io.BytesIO()
    writer.write(buffer)
    buffer.seek(0)
    buffer.name = "cv.pdf"
    response = alice_client.post(reverse("match:home"), {"file": buffer, "posting": POSTING})
    page = response.content.decode()
    assert response.status_code == 200
    assert "protected with a password" in page and "Match rate:" not in page
    assert "Kubernetes and Airflow" in page


def test_a_resume_uploaded_on_the_match_page_is_kept_as_a_named_version(alice_client, alice):
    def upload(text, name="Sam CV.txt"):
        f = io.BytesIO(text.encode())
        f.name = name
        return alice_client.post(reverse("match:home"), {"file": f, "posting": POSTING}, **HTMX).content.decode()

    page = upload(RESUME)
    assert "Match rate:" in page and "kept as the version “Sam CV”" in page
    upload(RESUME)  # the same file again is the same version
    assert list(ResumeVersion.objects.filter(owner=alice).values_list("name", flat=True)) == ["Sam CV"]
    upload(RESUME + "Go\n")
    assert set(ResumeVersion.objects.filter(owner=alice).values_list("name", flat=True)) == {"Sam CV", "Sam CV (2)"}
    # The plan's "Review your resume" step opens the application's match page, which now offers the version.
    app = tracker.create_application(alice, company_name="Acme", title="Data Engineer", job_description=POSTING)
    assert "Sam CV (2)" in alice_client.get(reverse("match:application", args=[app.pk])).content.decode()


def test_a_saved_report_is_shown_on_the_application_page(alice_client, alice, version):
    from onward.match.models import SavedReport

    app = tracker.create_application(alice, company_name="Acme", title="Data Engineer", job_description=POSTING)
    page = alice_client.get(reverse("tracker:application", args=[app.pk])).content.decode()
    assert "Match this posting with a resume" in page and "Match rate" not in page
    response = alice_client.post(reverse("match:application", args=[app.pk]), {"resume": version.pk, "action": "save"})
    assert response.status_code == 302
    saved = SavedReport.objects.get(owner=alice, application=app)
    assert not version.applications.exists()  # saving is not "I sent it"
    page = alice_client.get(reverse("tracker:application", args=[app.pk])).content.decode()
    assert f"Match rate {saved.score} of 100 with “Data, short”" in page
    assert "Kubernetes" in page and "Airflow" in page  # required and missing from the resume
    hard = next(c for c in saved.data["categories"] if c["category"] == "hard")
    assert f"{hard['score']}%" in page and f"{hard['matched']} of {hard['total']}" in page
    # The version's text changes later; the saved report stays as it was.
    version.text = RESUME + "Kubernetes, Airflow\n"
    version.save()
    assert "Airflow" in alice_client.get(reverse("tracker:application", args=[app.pk])).content.decode()


def test_i_sent_this_version_also_saves_its_report(alice_client, alice, version):
    app = tracker.create_application(alice, company_name="Acme", title="Data Engineer", job_description=POSTING)
    alice_client.post(reverse("match:application", args=[app.pk]), {"resume": version.pk})
    assert list(version.applications.all()) == [app]
    assert app.match_reports.get().resume_name == "Data, short"


def test_saving_a_report_without_a_posting_says_why_and_keeps_nothing(alice_client, alice, version):
    app = tracker.create_application(alice, company_name="Acme", title="Analyst")
    response = alice_client.post(
        reverse("match:application", args=[app.pk]), {"resume": version.pk, "action": "save"}, follow=True
    )
    assert "no job description yet" in response.content.decode()
    assert not app.match_reports.exists()


def _shares_and_rate(page):
    import re

    rows = re.findall(r"<td>(\d+)%</td><td>\d+ of \d+</td><td>(\d+)%</td>", page)
    return [(int(c), int(s)) for c, s in rows]


@pytest.mark.parametrize("posting", [POSTING, "Data Engineer\nRequirements\n- Python and SQL\n- Good communication\n"])
def test_the_rate_is_recounted_from_the_shares_shown_not_from_rule_weights(alice_client, alice, version, posting):
    """Each category shows its share of the rate in percent (the shares of the categories present add up to
    about 100), so the rate is their average of the covered percentages, whichever categories a posting has."""
    import re

    page = alice_client.post(reverse("match:home"), {"resume_version": version.pk, "posting": posting}).content.decode()
    rate = int(re.search(r"Match rate: (\d+) of 100", page).group(1))
    rows = _shares_and_rate(page)
    assert rows and "Share of the rate" in page and ">Weight<" not in page
    assert abs(sum(s for _c, s in rows) - 100) <= len(rows)
    assert abs(sum(c * s for c, s in rows) / sum(s for _c, s in rows) - rate) <= 1
    app = tracker.create_application(alice, company_name="Acme", title="Data Engineer", job_description=posting)
    alice_client.post(reverse("match:application", args=[app.pk]), {"resume": version.pk, "action": "save"})
    saved = alice_client.get(reverse("tracker:application", args=[app.pk])).content.decode()
    assert _shares_and_rate(saved) == rows

