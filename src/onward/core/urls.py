from django.urls import path

from onward.core import views

app_name = "core"
urlpatterns = [
    path("setup/", views.setup, name="setup"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("settings/", views.preferences, name="settings"),
]
