"""The review queue's and message page's words: {{ message|reason_line }}, {{ message|confidence_words }},
{{ message|highlighted_body }}, {{ message|deciding_sentences }}, {{ message|quick_answers }}."""

from django import template

from onward.mail import explain, resolve

register = template.Library()

register.filter("reason_line", explain.reason_line)
register.filter("confidence_words", explain.confidence_words)
register.filter("highlighted_body", explain.highlighted_body)
register.filter("deciding_sentences", explain.deciding_sentences)
register.filter("quick_answers", resolve.quick_answers)
