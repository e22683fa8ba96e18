from django import template
from django.db.models import prefetch_related_objects

from onward.playbook.models import Rejection

register = template.Library()


@register.inclusion_tag("playbook/_application_panel.html")
def playbook_panel(application):
    """The playbook's part of an application page: its rejection, a debrief per interview, the drafts.

    Interviews come from the page's prefetch when it has one; their debriefs are read in one query, not one each.
    """
    interviews = list(application.interviews.all())
    prefetch_related_objects(interviews, "debrief")
    try:
        rejection = application.rejection
    except Rejection.DoesNotExist:
        rejection = None
    return {"application": application, "rejection": rejection, "interviews": interviews}
