"""The HTML part of every e-mail, made from its plain-text part.

Each kind of e-mail is written once, as plain text (`<template>.txt`), so the two parts can
never say different things. The HTML part shows the same words: every character escaped by the
template, each blank-line-separated paragraph a `<p>`, line breaks kept, addresses as links,
and the recipient's language declared for screen readers. Inline styles only: mail clients
drop style sheets.
"""

import re

from django.template.loader import render_to_string

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraphs(body):
    """The text's paragraphs, each a list of its lines."""
    blocks = (block.strip("\n") for block in PARAGRAPH_BREAK.split(body.strip()))
    return [block.split("\n") for block in blocks if block.strip()]


def from_text(subject, body, language):
    """The HTML document for a plain-text e-mail `body`."""
    return render_to_string(
        "notifications/emails/message.html",
        {"subject": subject, "language": language, "paragraphs": paragraphs(body)},
    )
