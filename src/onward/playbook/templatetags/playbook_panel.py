from django import template
from django.db.models import prefetch_related_objects

from onward.playbook import book, drafts, plans
from onward.playbook.models import Rejection

register = template.Library()


@register.inclusion_tag("playbook/_application_panel.html")
def playbook_panel(application):
    """The playbook's part of an application page: its rejection, a debrief per interview, the drafts (as on the
    plan's page: those its steps use, so a feedback offer gets its reply, and those of no step).

    Interviews come from the page's prefetch when it has one; their debriefs are read in one query, not one each.
    """
    interviews = list(application.interviews.all())
    prefetch_related_objects(interviews, "debrief")
    try:
        rejection = application.rejection
    except Rejection.DoesNotExist:
        rejection = None
    in_plan = {item.draft for item in plans.plan(rejection) if item.draft} if rejection else set()
    offered = drafts.available(book.in_force(application.owner).playbook, in_plan)
    return {"application": application, "rejection": rejection, "interviews": interviews, "drafts": offered}
