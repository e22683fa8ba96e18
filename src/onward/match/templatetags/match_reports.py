from django import template

from onward.match.models import SavedReport
from onward.match.report import shares

register = template.Library()


@register.inclusion_tag("match/_saved_report.html")
def saved_match_report(application):
    """The match part of an application page: the latest report saved with it, and how many earlier ones."""
    reports = list(SavedReport.objects.filter(owner_id=application.owner_id, application=application)[:2])
    latest = reports[0] if reports else None
    missing = []
    if latest:
        missing = [i for i in latest.data.get("missing", []) if i.get("level") == "required"]
    count = SavedReport.objects.filter(owner_id=application.owner_id, application=application).count() if latest else 0
    return {"application": application, "saved": latest, "missing_required": missing, "earlier": max(0, count - 1)}


@register.filter
def with_shares(categories):
    """(category, its share of the match rate in percent): see onward.match.report.shares."""
    return shares(categories)
