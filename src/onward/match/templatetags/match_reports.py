from django import template

from onward.match.models import SavedReport

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
    """(category, its share of the match rate in percent): the rate is the covered percentages averaged with these
    shares, which a bare rule weight does not tell a reader when some categories are absent from the posting."""

    def weight(c):
        return c["weight"] if isinstance(c, dict) else c.weight

    total = sum(weight(c) for c in categories)
    return [(c, round(100 * weight(c) / total) if total else 0) for c in categories]
