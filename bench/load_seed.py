"""Seed data for bench/load.sh: 50 people, 5 of them heavy users with 10,000 applications each, plus a request
list for wrk.

Run by bench/load.sh with the server's environment (DATABASE_URL, ONWARD_SECRET_KEY, ...).
The 45 others have 60 applications each, made through the services as a person would. The heavy users are
filled in bulk by bench/scale.py's fill (four years of history, interviews, rejections, tasks, kept mail).
Writes one request a line, "path<TAB>header", mixing the board, an application page and the API list for
every user, so a tenth of the requests are a heavy user's.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

USERS = 50
HEAVY_USERS = 5
HEAVY_APPLICATIONS = 10_000
APPLICATIONS_PER_USER = 60
STAGE_MIX = ["applied"] * 5 + ["screening", "interviewing", "rejected", "ghosted", "wishlist", "offer"]


def main(out_path: str) -> None:
    from onward.cli.context import setup_django

    setup_django()
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from scale import fill

    from onward.api.tokens import create_token
    from onward.tracker import services
    from onward.tracker.models import Application

    rng = random.Random(8)
    lines = []
    # A deployment has an administrator with a password; without one every page would offer the set-up form.
    get_user_model().objects.create_superuser("admin", password="load-test-admin-password")
    for n in range(USERS):
        user = get_user_model().objects.create_user(f"load{n:02d}", password=None)
        if n < HEAVY_USERS:
            fill(HEAVY_APPLICATIONS, random.Random(n), user=user)
            app_ids = list(Application.objects.filter(owner=user).values_list("pk", flat=True))
        else:
            app_ids = []
            for i in range(APPLICATIONS_PER_USER):
                app = services.create_application(
                    user, company_name=f"Company {rng.randrange(40)}", title=f"Role {i}", stage="applied"
                )
                stage = rng.choice(STAGE_MIX)
                if stage != "applied":
                    services.move(app, stage, note="Seeded")
                if i % 4 == 0:
                    services.add_task(user, title=f"Follow up {i}", application=app)
                app_ids.append(app.pk)
        # A signed-in session, as the login view would create it.
        session = import_module(settings.SESSION_ENGINE).SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        cookie = f"Cookie: {settings.SESSION_COOKIE_NAME}={session.session_key}"
        _, key = create_token(user, "load test")
        for app_id in rng.sample(app_ids, 3):
            lines.append(f"/board/\t{cookie}")
            lines.append(f"/applications/{app_id}/\t{cookie}")
            lines.append(f"/api/v1/applications?limit=50\tAuthorization: Bearer {key}")
    rng.shuffle(lines)
    with open(out_path, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    light = (USERS - HEAVY_USERS) * APPLICATIONS_PER_USER
    print(f"Seeded {USERS} users ({HEAVY_USERS} with {HEAVY_APPLICATIONS:,} applications each, the others "
          f"{APPLICATIONS_PER_USER}): {HEAVY_USERS * HEAVY_APPLICATIONS + light:,} applications, "
          f"{len(lines)} distinct requests.")


if __name__ == "__main__":
    main(sys.argv[1])
