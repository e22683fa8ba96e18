from django.urls import path

from onward.tracker.views import applications, board, companies, contacts

app_name = "tracker"
urlpatterns = [
    path("board/", board.board, name="board"),
    path("board/move/", board.board_move, name="board_move"),
    path("applications/", board.table, name="table"),
    path("applications/new/", applications.application_new, name="application_new"),
    path("applications/<int:pk>/", applications.application, name="application"),
    path("applications/<int:pk>/move/", applications.application_move, name="application_move"),
    path("applications/<int:pk>/reopen/", applications.application_reopen, name="application_reopen"),
    path("applications/<int:pk>/interviews/", applications.interview_add, name="interview_add"),
    path("applications/<int:pk>/tasks/", applications.task_add, name="task_add"),
    path("applications/<int:pk>/notes/", applications.note_add, name="note_add"),
    path("tasks/<int:pk>/<slug:action>/", applications.task_action, name="task_action"),
    path("contacts/", contacts.contacts, name="contacts"),
    path("contacts/new/", contacts.contact_new, name="contact_new"),
    path("contacts/<int:pk>/", contacts.contact, name="contact"),
    path("contacts/<int:pk>/notes/", contacts.contact_note_add, name="contact_note_add"),
    path("contacts/<int:pk>/tasks/", contacts.contact_task_add, name="contact_task_add"),
    path("companies/", companies.companies, name="companies"),
    path("companies/<int:pk>/", companies.company, name="company"),
    path("companies/<int:pk>/notes/", companies.company_note_add, name="company_note_add"),
]
