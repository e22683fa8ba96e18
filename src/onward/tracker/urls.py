from django.urls import path

from onward.tracker import views

app_name = "tracker"
urlpatterns = [
    path("", views.today, name="today"),
    path("board/", views.board, name="board"),
    path("board/move/", views.board_move, name="board_move"),
    path("applications/", views.table, name="table"),
    path("applications/new/", views.application_new, name="application_new"),
    path("applications/<int:pk>/", views.application, name="application"),
    path("applications/<int:pk>/move/", views.application_move, name="application_move"),
    path("applications/<int:pk>/reopen/", views.application_reopen, name="application_reopen"),
    path("applications/<int:pk>/interviews/", views.interview_add, name="interview_add"),
    path("applications/<int:pk>/tasks/", views.task_add, name="task_add"),
    path("applications/<int:pk>/notes/", views.note_add, name="note_add"),
    path("tasks/<int:pk>/<slug:action>/", views.task_action, name="task_action"),
    path("contacts/", views.contacts, name="contacts"),
    path("contacts/new/", views.contact_new, name="contact_new"),
    path("contacts/<int:pk>/", views.contact, name="contact"),
    path("contacts/<int:pk>/notes/", views.contact_note_add, name="contact_note_add"),
    path("contacts/<int:pk>/tasks/", views.contact_task_add, name="contact_task_add"),
    path("companies/", views.companies, name="companies"),
    path("companies/<int:pk>/", views.company, name="company"),
    path("companies/<int:pk>/notes/", views.company_note_add, name="company_note_add"),
]
