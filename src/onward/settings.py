"""One settings module, driven by the environment.

Local mode (the default) keeps everything in a per-user data directory on SQLite.
DATABASE_URL switches to PostgreSQL; nothing in the code assumes SQLite.
"""

import os
from pathlib import Path

import dj_database_url
import dj_email_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

from onward.paths import data_dir, local_secret_key

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = data_dir()


def _env_bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


DEBUG = _env_bool("ONWARD_DEBUG")
# Server mode serves several people over a network: nothing may fall back to a local default there.
SERVER_MODE = os.environ.get("ONWARD_MODE", "").strip().lower() == "server" or bool(os.environ.get("DATABASE_URL"))
# Behind a reverse proxy that sets X-Forwarded-Proto and X-Forwarded-For itself (never trust them otherwise).
BEHIND_PROXY = SERVER_MODE and _env_bool("ONWARD_BEHIND_PROXY")


def _required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set when Onward runs in server mode.")
    return value


if SERVER_MODE:
    SECRET_KEY = _required("ONWARD_SECRET_KEY")
    ALLOWED_HOSTS = [h.strip() for h in _required("ONWARD_ALLOWED_HOSTS").split(",") if h.strip()]
    # Cookies travel over HTTPS only; ONWARD_ALLOW_HTTP=1 is for trying a server set-up on a private network.
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not _env_bool("ONWARD_ALLOW_HTTP")
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"
    CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("ONWARD_CSRF_TRUSTED_ORIGINS", "").split(",") if o]
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"
    if _env_bool("ONWARD_HTTPS"):
        SECURE_SSL_REDIRECT = True
        SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
        SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    if BEHIND_PROXY:
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
else:
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
    "csp",
    "django_tasks",
    "django_tasks_db",
    "onward.core",
    "onward.tracker",
    "onward.match",
    "onward.mail",
    "onward.playbook",
    "onward.insights",
    "onward.io",
    "onward.api",
    "onward.remind",
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
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
# The import preview posts one tick box per row left ticked, up to the importers' 50,000 rows (MAX_ROWS).
DATA_UPLOAD_MAX_NUMBER_FIELDS = 51_000

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
if os.environ.get("REDIS_URL"):
    # A shared deployment may hand background work to Redis; `onward worker` then runs an RQ worker.
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {"default": {"URL": os.environ["REDIS_URL"]}}
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}

# Work `onward worker` enqueues on a schedule: task path -> seconds between runs. Set 0 to turn one off.
PERIODIC_TASKS = {
    "onward.work.tasks.sync_all_mail": int(os.environ.get("ONWARD_MAIL_SYNC_SECONDS", 15 * 60)),
    "onward.work.tasks.retrain_all_mail_models": int(os.environ.get("ONWARD_RETRAIN_SECONDS", 24 * 60 * 60)),
    "onward.work.tasks.send_due_reminders": int(os.environ.get("ONWARD_REMINDER_SECONDS", 15 * 60)),
}

# Which mail servers a sync may reach (see onward/mail/reach.py and docs/deploy.md). Server mode: public
# addresses on the IMAP ports unless the operator lists hosts, networks or "public" here.
MAIL_ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ONWARD_MAIL_ALLOWED_HOSTS", "").split(",") if h.strip()]
MAIL_PUBLIC_ONLY = SERVER_MODE
_mail_ports = os.environ.get("ONWARD_MAIL_ALLOWED_PORTS", "143,993" if SERVER_MODE else "").strip()
try:
    MAIL_ALLOWED_PORTS = (
        set() if _mail_ports in ("", "*") else {int(p) for p in _mail_ports.split(",") if p.strip()}
    )
except ValueError:
    raise ImproperlyConfigured("ONWARD_MAIL_ALLOWED_PORTS: give port numbers separated by commas, or *.") from None

# Reminder e-mails leave the machine only when ONWARD_EMAIL_URL says how, e.g.
# submission://USER:PASSWORD@smtp.example.org/?_default_from_email=onward@example.org ("console:" prints them).
# Without it the dummy backend stands in and the reminder job sends nothing.
_EMAIL_URL = os.environ.get("ONWARD_EMAIL_URL", "").strip()
if _EMAIL_URL:
    _email = dj_email_url.parse(_EMAIL_URL)
    if "EMAIL_BACKEND" not in _email:
        raise ImproperlyConfigured(f"ONWARD_EMAIL_URL: unknown scheme; use one of {', '.join(dj_email_url.SCHEMES)}.")
    EMAIL_BACKEND = _email["EMAIL_BACKEND"]
    EMAIL_HOST = _email["EMAIL_HOST"] or "localhost"
    EMAIL_PORT = _email["EMAIL_PORT"] or 25
    EMAIL_HOST_USER = _email["EMAIL_HOST_USER"] or ""
    EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"] or ""
    EMAIL_USE_TLS, EMAIL_USE_SSL = _email["EMAIL_USE_TLS"], _email["EMAIL_USE_SSL"]
    EMAIL_FILE_PATH = _email["EMAIL_FILE_PATH"]
    # A mail server that stops answering must not hold the worker for long.
    EMAIL_TIMEOUT = _email["EMAIL_TIMEOUT"] or 30
    if "DEFAULT_FROM_EMAIL" in _email:
        DEFAULT_FROM_EMAIL = SERVER_EMAIL = _email["DEFAULT_FROM_EMAIL"]
else:
    EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
# The address people reach this Onward at, for links in e-mails, e.g. https://onward.example.org
ONWARD_BASE_URL = os.environ.get("ONWARD_BASE_URL", "").strip().rstrip("/")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

# Scripts only from our own files (or a page's nonce), never eval; inline styles stay allowed because htmx
# inserts a small <style> block.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Failed sign-ins allowed per username and per address within the window, before a pause.
LOGIN_FAILURE_LIMIT = int(os.environ.get("ONWARD_LOGIN_FAILURE_LIMIT", "5"))
# Higher per address: several people may share one office or home address.
LOGIN_FAILURE_LIMIT_PER_ADDRESS = int(os.environ.get("ONWARD_LOGIN_FAILURE_LIMIT_PER_ADDRESS", "20"))
LOGIN_FAILURE_WINDOW_MINUTES = int(os.environ.get("ONWARD_LOGIN_FAILURE_WINDOW_MINUTES", "15"))
INVITE_VALID_DAYS = 7

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

# Form widgets render through Jinja2 (Django ships the same widget templates for it): several times faster
# than the Django template engine on form-heavy pages, with identical markup.
FORM_RENDERER = "django.forms.renderers.Jinja2"

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("ONWARD_LOG_LEVEL", "WARNING")},
}
