from django.urls import path

from onward.playbook import views

app_name = "playbook"
urlpatterns = [
    path("", views.index, name="index"),
    path("reject/<int:app_id>/", views.reject, name="reject"),
    path("rejection/<int:pk>/", views.rejection, name="rejection"),
    path("rejection/<int:pk>/undo/", views.rejection_undo, name="rejection_undo"),
    path("plan/<int:pk>/<str:action>/", views.plan_task, name="plan_task"),
    path("draft/<int:app_id>/<str:kind>/", views.draft, name="draft"),
    path("draft/<int:app_id>/<str:kind>.eml", views.draft_eml, name="draft_eml"),
    path("debrief/<int:interview_id>/", views.debrief, name="debrief"),
    path("wins/", views.wins, name="wins"),
    path("wins/<int:pk>/delete/", views.win_delete, name="win_delete"),
    path("edit/", views.edit, name="edit"),
]
