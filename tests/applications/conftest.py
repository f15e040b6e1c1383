from django.core.cache import cache

import pytest


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """The rate limit counts in the cache, which outlives a test's rolled-back transaction."""
    cache.clear()
    yield
    cache.clear()
