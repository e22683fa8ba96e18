from django.urls import path

from onward.remind import views

app_name = "remind"
urlpatterns = [
    path("applications/<int:pk>/follow-up/", views.follow_up, name="follow_up"),
    path("address/send-link/", views.send_confirmation, name="send_confirmation"),
    path("address/confirm/<str:token>/", views.confirm_address, name="confirm"),
]
