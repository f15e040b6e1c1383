"""Private responses never land in a shared cache (SPEC §4)."""


def test_signed_in_responses_are_private_and_uncached(demo):
    response = demo.client_for("member").get(demo.workspace(1).url)
    cache_control = response["Cache-Control"]
    assert "private" in cache_control
    assert "no-store" in cache_control or "no-cache" in cache_control
    assert "Cookie" in response["Vary"]


def test_public_responses_vary_on_the_session_cookie(demo):
    response = demo.client_for(None).get(demo.network(1).url)
    assert response.status_code == 200
    assert "Cookie" in response["Vary"]
    assert "private" not in response.get("Cache-Control", "")
