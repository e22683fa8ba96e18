"""One settings module, driven by the environment.

Local mode (the default) keeps everything in a per-user data directory on SQLite.
DATABASE_URL switches to PostgreSQL; nothing in the code assumes SQLite.
"""

import os
from pathlib import Path

import dj_database_url

from onward.paths import data_dir, local_secret_key

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()


def _env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = _env_bool("ONWARD_DEBUG")
SECRET_KEY = os.environ.get("ONWARD_SECRET_KEY") or local_secret_key(DATA_DIR)
ALLOWED_HOSTS = [h for h in os.environ.get("ONWARD_ALLOWED_HOSTS", "").split(",") if h] or [
    "127.0.0.1",
    "localhost",
    "[::1]",
    "testserver",
]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "onward.core",
    "onward.tracker",
    "onward.match",
    "onward.mail",
    "onward.playbook",
    "onward.insights",
    "onward.io",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "onward.core.middleware.FirstRunMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "onward.urls"
WSGI_APPLICATION = "onward.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "onward.sqlite3",
            "OPTIONS": {
                # WAL lets the web app, the CLI and background work read while one writes;
                # IMMEDIATE transactions plus a busy timeout avoid "database is locked".
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

LOGIN_URL = "core:login"
LOGIN_REDIRECT_URL = "tracker:today"
LOGOUT_REDIRECT_URL = "core:login"

LANGUAGE_CODE = "en-us"

def _local_time_zone() -> str:
    # Due dates and "today" must follow the user's own clock, not UTC.
    try:
        import tzlocal

        return tzlocal.get_localzone_name() or "UTC"
    except Exception:  # an unusual system zone setting must not stop the app from starting
        return "UTC"


TIME_ZONE = os.environ.get("ONWARD_TIME_ZONE") or _local_time_zone()
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Only a server deployment collects static files; a local install serves them from the package.
STATIC_ROOT = os.environ.get("ONWARD_STATIC_ROOT") or None
# The shared files (base CSS, htmx, Pico) live in the package, outside any app's static/ directory.
STATICFILES_DIRS = [BASE_DIR / "static"]
# Served from the package through the finders: a local install needs no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("ONWARD_LOG_LEVEL", "WARNING")},
}
