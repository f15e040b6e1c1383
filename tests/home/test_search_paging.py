"""The site search's pages of results: the links to the other pages search the same words."""

import re
from html import unescape

from django.urls import reverse


def _link(html, rel):
    return unescape(re.search(rf'<a rel="{rel}" href="([^"]+)"', html).group(1))


def test_the_other_pages_of_results_are_for_the_same_words(demo):
    client = demo.client_for("member")
    search = reverse("search")
    first = client.get(search, {"q": "  a miasto/  "})
    assert first.context["results"].paginator.num_pages > 1  # the demo has several pages

    second = client.get(search + _link(first.content.decode(), "next"))
    assert second.context["query"] == first.context["query"] == "a miasto/"
    assert second.context["results"].number == 2
    back = client.get(search + _link(second.content.decode(), "prev"))
    assert back.context["query"] == "a miasto/"
    assert back.context["results"].number == 1
