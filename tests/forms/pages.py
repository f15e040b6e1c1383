"""Every public form of the site, as the person who fills it in sees it: the page's address,
who opens it, and what a careless submission sends (issue 13, "Forms"). The tests in this
folder walk this list, so a new form joins every check by one line here."""

from dataclasses import dataclass, field

from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from bs4 import BeautifulSoup

from practices.models import PracticeIndexPage
from workspaces.collaboration.models import Post, SharedDocument, Thread


@dataclass
class FormPage:
    name: str
    username: str | None
    url: object  # demo -> address of the page
    bad_input: dict | None = field(default=None)  # posted to the page; None: not posted here


def _reset_confirm(demo):
    """The link of the password-reset e-mail; Django moves the token into the session."""
    user = demo.user("member")
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    return reverse("password_reset_confirm", args=[uid, default_token_generator.make_token(user)])


def _own_post(demo):
    member = demo.user("member")
    post = Post.objects.filter(author=member, is_withdrawn=False, is_hidden=False).first()
    return reverse("edit_post", args=[post.pk])


def _thread(demo):
    thread = Thread.objects.filter(network=demo.network(1), is_closed=False).first()
    return reverse("discussion", args=[thread.pk])


def _document(demo):
    document = SharedDocument.objects.filter(network=demo.network(1)).first()
    return reverse("shared_document", args=[document.pk])


FORM_PAGES = [
    FormPage("login", None, lambda demo: reverse("login"), {"username": "", "password": ""}),
    FormPage("password reset", None, lambda demo: reverse("password_reset"), {"email": "x"}),
    FormPage(
        "new password",
        None,
        _reset_confirm,
        {"new_password1": "a", "new_password2": "b"},
    ),
    FormPage("submit a practice", "member", lambda demo: reverse("submit_practice"), {}),
    FormPage("library, visitor", None, lambda demo: PracticeIndexPage.objects.get().url),
    FormPage("library, member", "member", lambda demo: PracticeIndexPage.objects.get().url),
    FormPage("outcome evaluation", "observer", lambda demo: demo.outcomes(3).url),
    FormPage("application", None, lambda demo: reverse("apply"), {}),
    FormPage("application on a landing page", None, lambda demo: demo.network(1).url),
    FormPage(
        "new discussion",
        "member",
        lambda demo: reverse("discussions", args=[demo.workspace(1).pk]),
        {"title": "", "body": ""},
    ),
    FormPage("reply", "member", _thread),
    FormPage("edit a post", "member", _own_post, {"body": ""}),
    FormPage(
        "share a document",
        "member",
        lambda demo: reverse("documents", args=[demo.workspace(1).pk]),
        {},
    ),
    FormPage("replace a document", "member", _document, {}),
    FormPage("e-mail preferences", "member", lambda demo: reverse("email_preferences")),
]

SHOWN = [(page.name, page) for page in FORM_PAGES]
WITH_ERRORS = [(page.name, page) for page in FORM_PAGES if page.bad_input is not None]


def get_page(demo, page):
    client = demo.client_for(page.username)
    response = client.get(page.url(demo), follow=True)
    assert response.status_code == 200, page.name
    return client, response


def post_bad_input(demo, page):
    """Send the page's bad input as a browser would: with the CSRF token's field, so even an
    empty form arrives as a non-empty POST (the test client does not check the token)."""
    client, shown = get_page(demo, page)
    address = shown.redirect_chain[-1][0] if shown.redirect_chain else page.url(demo)
    response = client.post(address, {"csrfmiddlewaretoken": "x", **page.bad_input})
    assert response.status_code == 200, page.name
    return response


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def main_forms(document):
    """The forms of the page's content (not the header's site search)."""
    return document.select("main form")
