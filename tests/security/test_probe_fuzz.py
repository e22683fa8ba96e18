import pytest
from django.test import Client

from tests.mail.conftest import fake_classifier  # noqa: F401
from tests.security.test_isolation import PUBLIC, _routes, _url, history  # noqa: F401

FIELDS = ["application", "application_id", "app", "pk", "id", "contact", "company", "task", "resume", "version",
          "goal", "batch", "interview", "message", "rejection", "stage", "to_stage", "label", "action", "title",
          "company_name", "name", "body", "text", "target", "amount", "mood", "kind", "order", "scheduled_at",
          "due_date", "date", "received_on", "happened_on", "start", "end", "format", "q", "page", "days", "window",
          "resume_version", "posting", "resume_text", "reason", "rejection_type", "feeling", "week", "code", "role",
          "coach", "username", "password", "email", "host", "port", "security", "folders", "encoding", "row",
          "picked", "next", "confirm", "again", "notes", "note", "website", "url", "posting_url", "source",
          "salary_min", "salary_max", "excitement", "tags", "deadline", "date_applied", "date_saved", "sort",
          "location", "remote_mode", "interviewers", "referral_contact", "m1-label", "m1-application", "ids",
          "hide_rejections_on_board", "active_pipeline_target", "ghosting_threshold_days", "reminder_hour",
          "follow_up_after_days", "interview_notice_hours", "ghosting_offer_max_days", "reminder_email", "contact_id",
          "preparation", "went_well", "label_name", "min_confidence", "occupation", "step", "count", "limit", "offset"]
VALUES = ["\x00x", "9" * 40, "-1", "2024-02-30", "0", "x" * 3000, "1e999", "[]", "../../etc/passwd", " ", "nan",
          "2024-01-01T25:99", "99999999999999999999"]


@pytest.mark.django_db
def test_fuzz(history, settings):  # noqa: F811
    settings.LOGIN_FAILURE_LIMIT = 10_000
    client = Client(raise_request_exception=False)
    client.force_login(history["user"])
    bad = []
    for name, pattern in _routes():
        if name in PUBLIC or name in ("core:logout",):
            continue
        url = _url(name, pattern, history)
        for value in VALUES:
            data = {f: value for f in FIELDS}
            for method, extra in (("post", {}), ("get", {}), ("post", {"HTTP_HX_REQUEST": "true"})):
                r = getattr(client, method)(url, data, **extra)
                if r.status_code >= 500:
                    bad.append((name, method, repr(value)[:20], r.status_code))
                    break
        client.force_login(history["user"])
    print("\n".join(map(str, bad)))
    assert not bad
