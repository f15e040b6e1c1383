"""The browser tests' database: a live server needs committed data (on PostgreSQL it reads
through its own connection), so the demo is seeded and committed once per module
(`seeded_demo`), not once per test. The live server asks each test for `transactional_db`,
overridden here so that it no longer flushes the database after every test. Like every test
using the live server, these run after all the rolled-back database tests of their worker
(pytest-django's order), so what they leave behind (sessions, an admin profile) is seen only by
the other browser tests."""

import pytest

from cms.demo import seed_demo_site

from .test_accessibility import _require_browser


@pytest.fixture(scope="module")
def seeded_demo(django_db_setup, django_db_blocker):
    _require_browser()
    with django_db_blocker.unblock():
        seed_demo_site()


@pytest.fixture
def transactional_db(seeded_demo, django_db_blocker):
    """For the live server: the database open to the test and the server, without a flush."""
    with django_db_blocker.unblock():
        yield
