from django.urls import path

from onward.mail import views

app_name = "mail"
urlpatterns = [
    path("", views.index, name="index"),
    path("accounts/", views.account_add, name="account_add"),
    path("accounts/<int:pk>/sync/", views.account_sync, name="account_sync"),
    path("accounts/<int:pk>/remove/", views.account_remove, name="account_remove"),
    path("upload/", views.upload, name="upload"),
    path("import/", views.import_upload, name="import_upload"),
    path("retry/", views.retry_failed, name="retry"),
    path("review/", views.review_queue, name="review"),
    path("review/bulk/", views.review_bulk, name="review_bulk"),
    path("messages/<int:pk>/", views.message, name="message"),
    path("messages/<int:pk>/review/", views.message_review, name="message_review"),
    path("messages/<int:pk>/resolve/", views.message_resolve, name="message_resolve"),
    path("messages/<int:pk>/undo/", views.message_undo, name="message_undo"),
]
