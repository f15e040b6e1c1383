"""What a Polish reader sees for an English msgid: tests look for the words the page shows
(the site answers in Polish unless the address says English), not for the catalogue's keys."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation


def pl(msgid):
    with translation.override("pl"):
        return translation.gettext(msgid)


def english(url):
    """The English address of the page at `url` (a Polish address, as `reverse` and
    `page.url` give them): the same page under /en/ (cms/urls.py). Addresses with no language
    of their own (the admin) come back unchanged."""
    with translation.override(settings.LANGUAGE_CODE):
        return translate_url(url, "en")
