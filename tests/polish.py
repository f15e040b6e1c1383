"""What a Polish reader sees for an English msgid: tests look for the words the page shows
(the site answers in Polish unless the reader chose English), not for the catalogue's keys."""

from django.utils import translation


def pl(msgid):
    with translation.override("pl"):
        return translation.gettext(msgid)


def english(client):
    """`client` as a reader who chose English with the language switch (its cookie): the
    browser's own language is not asked (home/middleware.py)."""
    from django.conf import settings

    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client
