"""The web layer's pages, by the namespace whose URL names they keep (onward/urls.py mounts them there)."""

from django.urls import path

from onward.web import pages, today

core_pages = [
    path("settings/", pages.preferences, name="settings"),
    path("shared/<int:pk>/", pages.shared_summary, name="shared"),
]
tracker_pages = [
    path("", today.today, name="today"),
]
