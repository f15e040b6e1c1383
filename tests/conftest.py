"""Shared fixtures. The demo is loaded once per test session into the test database; each test
runs in a transaction that is rolled back, so tests may change anything they like."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.test import Client

from wagtail.models import CollectionViewRestriction

import pytest

from cms.demo import seed_demo_site
from home import page_cache
from workspaces.access import generations
from workspaces.outcomes.models import OutcomeIndexPage, OutcomePage
from workspaces.registry.models import NetworkPage, WorkspacePage

# The demo accounts by the role they play (README): member and coordinator of network 1
# (DIGITAL), observer of network 3 (CIVIC), mayor in network 8 (leaders), "former" left
# network 6 (GREEN) in 2022.
ROLE_USERNAMES = {
    "visitor": None,
    "member": "member",
    "coordinator": "coordinator",
    "observer": "observer",
    "mayor": "mayor",
    "editor": "editor",
    "admin": "admin",
    "former": "demo-former",
}


# What a fresh install has after `migrate` alone, before the demo is loaded (checked by tests).
AFTER_MIGRATE = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        AFTER_MIGRATE["restricted collections"] = sorted(
            CollectionViewRestriction.objects.values_list("collection__name", flat=True)
        )
        seed_demo_site()


@dataclass
class Demo:
    """Handles on the demo content, looked up by the facts the README states."""

    def user(self, username):
        return get_user_model().objects.get(username=username)

    def network(self, number):
        return NetworkPage.objects.get(number=number)

    def workspace(self, number):
        return WorkspacePage.objects.child_of(self.network(number)).get()

    def outcome_index(self, number):
        return OutcomeIndexPage.objects.child_of(self.network(number)).get()

    def outcomes(self, number):
        """Network `number`'s first outcome: members-only, carrying its leak-check code."""
        return OutcomePage.objects.child_of(self.outcome_index(number)).order_by("path").first()

    def public_outcome(self):
        return OutcomePage.objects.get(slug="konsultacje-spoleczne-w-praktyce")

    def client_for(self, username):
        client = Client()
        if username is not None:
            client.force_login(self.user(username))
        return client


@pytest.fixture
def demo(db):
    return Demo()


@pytest.fixture(autouse=True)
def fresh_page_cache():
    """Each test rolls its writes back, and a rollback purges nothing: a page a test rendered
    from its own data must not be served to the next test (home/page_cache.py)."""
    page_cache.purge()


@pytest.fixture(autouse=True)
def fresh_cache_stamps():
    """Likewise for what member pages keep in the cache (workspaces/access/generations.py): a
    test's writes move the stamps, its rollback does not move them back."""
    generations.reset()
