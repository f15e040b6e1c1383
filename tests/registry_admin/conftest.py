import pytest


@pytest.fixture
def editor(demo):
    return demo.client_for("editor")


@pytest.fixture
def coordinator(demo):
    """The demo's coordinator of network 1 (MIASTO CYFROWE)."""
    return demo.client_for("coordinator")
