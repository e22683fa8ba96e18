from django.urls import path

from onward.io import views

app_name = "onward_io"
urlpatterns = [
    path("import/", views.import_start, name="import"),
    path("import/<int:pk>/", views.batch, name="batch"),
    path("import/<int:pk>/mapping/", views.batch_mapping, name="batch_mapping"),
    path("import/<int:pk>/encoding/", views.batch_encoding, name="batch_encoding"),
    path("import/<int:pk>/apply/", views.batch_apply, name="batch_apply"),
    path("import/<int:pk>/discard/", views.batch_discard, name="batch_discard"),
    path("import/bookmarklet/", views.bookmarklet_page, name="bookmarklet"),
    path("import/save/", views.save_job, name="save"),
    path("calendar/", views.calendar_page, name="calendar"),
    path("calendar/rotate/", views.calendar_rotate, name="calendar_rotate"),
    path("calendar/revoke/", views.calendar_revoke, name="calendar_revoke"),
    path("calendar/onward.ics", views.calendar_download, name="calendar_download"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="feed"),
    path("backup/", views.data_page, name="data"),
    path("backup/export.<str:fmt>", views.export_download, name="export"),
    path("backup/file/", views.backup_download, name="backup_file"),
    path("backup/restore/", views.restore_upload, name="restore"),
]
