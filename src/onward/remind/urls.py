from django.urls import path

from onward.remind import views

app_name = "remind"
urlpatterns = [
    path("applications/<int:pk>/follow-up/", views.follow_up, name="follow_up"),
]
