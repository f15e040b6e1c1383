"""The privacy notice (issue 11, GDPR): public to everyone, in Polish and English, and one click
away from every page through the site's footer."""

from html.parser import HTMLParser

import pytest

from home.models import ContentPage
from tests.polish import english

NOTICE_URL = "/ochrona-danych/"


class FooterLinks(HTMLParser):
    """The links inside the page's <footer>, as (address, text) pairs, as a reader finds them."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.links = []
        self._in_footer = False
        self._href = None
        self._text = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        if tag == "footer":
            self._in_footer = True
        elif tag == "a" and self._in_footer:
            self._href = dict(attrs).get("href")
            self._text = []

    def handle_endtag(self, tag):
        if tag == "footer":
            self._in_footer = False
        elif tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text).strip()))
            self._href = None

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)


def _in_english(client, path):
    return client.get(english(path))


@pytest.mark.parametrize("reader", [None, "member", "observer", "mayor"])
def test_everyone_reads_the_notice_in_polish(demo, reader):
    response = demo.client_for(reader).get(NOTICE_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="pl">' in html
    assert "<h1>Klauzula informacyjna RODO</h1>" in html
    assert "Administratorem danych jest Związek Miast Polskich z siedzibą w Poznaniu" in html
    assert "art. 6 ust. 1 lit. b RODO" in html
    assert "skargę do Prezesa Urzędu Ochrony Danych Osobowych" in html
    assert 'href="mailto:iod@example.org"' in html


def test_a_visitor_reads_the_notice_in_english(demo):
    response = _in_english(demo.client_for(None), NOTICE_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Privacy notice (GDPR)</h1>" in html
    assert "The controller of your data is the Association of Polish Cities" in html
    assert "President of the Personal Data Protection Office" in html
    assert "Administratorem danych" not in html


@pytest.mark.parametrize("where", ["home", "network"])
def test_the_footer_links_to_the_notice(demo, where):
    path = "/" if where == "home" else demo.network(3).url
    client = demo.client_for(None)
    footer = FooterLinks(client.get(path).content.decode()).links
    notice_links = [text for href, text in footer if href == NOTICE_URL]
    assert len(notice_links) == 1 and notice_links[0]
    assert "Klauzula informacyjna RODO" in client.get(NOTICE_URL).content.decode()


def test_the_footer_marks_the_notice_as_the_current_page_only_there(demo):
    client = demo.client_for(None)
    assert 'href="/ochrona-danych/" aria-current="page"' in client.get(NOTICE_URL).content.decode()
    assert 'href="/ochrona-danych/" aria-current' not in client.get("/").content.decode()


def test_the_footer_link_is_named_in_english_for_english_readers(demo):
    html = _in_english(demo.client_for("member"), demo.network(1).url).content.decode()
    assert (english(NOTICE_URL), "Privacy notice (GDPR)") in FooterLinks(html).links


def test_the_notice_stays_out_of_the_main_navigation(demo):
    html = demo.client_for(None).get("/").content.decode()
    nav = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert NOTICE_URL not in nav
    assert "O programie" in nav  # the programme page is still listed


def test_how_to_join_is_no_longer_a_plain_text_page(demo):
    """How to join is the applications room's page, with its form; home seeds no copy of it."""
    assert not ContentPage.objects.filter(slug="jak-dolaczyc").exists()
