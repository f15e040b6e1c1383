"""Template tags of the site shell (templates/base.html): the breadcrumb trail and the page's
address in each language."""

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

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


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The page being read in each language the site speaks: Polish at the plain address,
    English under /en/ (cms/urls.py). For the language switch and the `hreflang` links in the
    head; where an address has no language of its own, the other language's home page."""
    request = context.get("request")
    if request is None:
        return []
    current = translation.get_language()
    here = request.get_full_path()
    versions = []
    for code, _name in settings.LANGUAGES:
        url = here if code == current else translate_url(here, code)
        if url == here and code != current:
            with translation.override(code):
                url = reverse("wagtail_serve", args=("",))
        info = translation.get_language_info(code)
        versions.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": url,
                "absolute_url": request.build_absolute_uri(url),
                "current": code == current,
            }
        )
    return versions
