from django import template

from workspaces.collaboration import formatting

register = template.Library()


@register.filter
def discussion_text(text):
    """A post's plain text with its safe formatting: paragraphs, lists, links."""
    return formatting.render(text)
