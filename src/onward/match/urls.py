from django.urls import path

from onward.match import views

app_name = "match"
urlpatterns = [
    path("", views.home, name="home"),
    path("resumes/", views.resumes, name="resumes"),
    path("resumes/<int:pk>/delete/", views.resume_delete, name="resume_delete"),
    path("application/<int:pk>/", views.application, name="application"),
    path("wishlist/", views.wishlist, name="wishlist"),
]
