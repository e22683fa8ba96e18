from django.urls import path

from onward.insights import views

app_name = "insights"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("charts/<slug:name>.svg", views.chart_svg, name="chart_svg"),
    path("goals/", views.goal_add, name="goal_add"),
    path("goals/<int:pk>/log/", views.goal_log, name="goal_log"),
    path("goals/<int:pk>/archive/", views.goal_archive, name="goal_archive"),
    path("rest/", views.rest, name="rest"),
    path("rules/", views.rules, name="rules"),
    path("mood/", views.mood, name="mood"),
    path("ghosted/mark/", views.mark_ghosted, name="mark_ghosted"),
    path("outlook/occupation/", views.choose_occupation, name="choose_occupation"),
    path("outlook/occupations/", views.search_occupations, name="occupation_search"),
]
