"""Template tags of the site shell (templates/base.html): the breadcrumb trail."""

from django import template

from home import breadcrumbs

register = template.Library()


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumb_trail(context):
    """The trail above the page being shown; nothing on pages that are not Wagtail pages or sit
    at the top of the tree."""
    page = context.get("page")
    request = context.get("request")
    crumbs = breadcrumbs.trail(page, request) if request is not None else []
    return {"crumbs": crumbs, "page": page}
