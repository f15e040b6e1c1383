"""The demo grown tenfold (once per module) for the home page's query budget, as for every
other page's (tests/workspaces/test_query_budgets.py)."""

from tests.workspaces.test_query_budgets import scale  # noqa: F401 - the fixture
