from django.urls import path

from onward.core import views

app_name = "core"
urlpatterns = [
    path("setup/", views.setup, name="setup"),
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", views.LogoutView.as_view(), name="logout"),
    path("settings/password/", views.password_change, name="password_change"),
    path("accounts/invite/", views.invite, name="invite"),
    path("accounts/join/<str:token>/", views.join, name="join"),
    path("sharing/", views.sharing_page, name="sharing"),
    path("sharing/<int:pk>/revoke/", views.share_revoke, name="share_revoke"),
    path("jobs/<int:pk>/", views.job_status, name="job"),
]
