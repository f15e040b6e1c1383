"""Members' discussion posts: paragraphs, lists and links come out as our own tags, and nothing
a member types ever becomes markup or a dangerous link."""

from html.parser import HTMLParser

from django.utils.safestring import SafeString

import pytest

from workspaces.collaboration.formatting import plain_length, render

OUR_TAGS = {"p", "br", "ul", "ol", "li", "a"}
REL = "nofollow noopener noreferrer"


class Parsed(HTMLParser):
    """The rendered HTML as a browser would read it: elements in order, their attributes and
    the text between them (entities decoded)."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.text = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)

    def tags(self, name=None):
        return [tag for tag, _attrs in self.elements if name is None or tag == name]

    def links(self):
        return [dict(attrs) for tag, attrs in self.elements if tag == "a"]

    def attributes_of_links(self):
        return [[name for name, _value in attrs] for tag, attrs in self.elements if tag == "a"]

    @property
    def plain(self):
        return "".join(self.text)


class Blocks(HTMLParser):
    """Top-level blocks with the text of each and, for lists, the text of each item."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.blocks = []
        self.depth = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        if self.depth == 0:
            self.blocks.append({"tag": tag, "items": [], "text": ""})
        elif tag == "li":
            self.blocks[-1]["items"].append("")
        if tag != "br":
            self.depth += 1

    def handle_endtag(self, tag):
        self.depth -= 1

    def handle_data(self, data):
        if self.blocks and self.depth:
            self.blocks[-1]["text"] += data
            if self.blocks[-1]["items"]:
                self.blocks[-1]["items"][-1] += data


def blocks(text):
    return [
        (block["tag"], block["items"] or block["text"]) for block in Blocks(render(text)).blocks
    ]


# Paragraphs and line breaks


def test_blank_lines_separate_paragraphs():
    assert blocks("Pierwszy akapit.\n\nDrugi akapit.") == [
        ("p", "Pierwszy akapit."),
        ("p", "Drugi akapit."),
    ]


def test_several_blank_lines_and_lines_of_spaces_are_one_separation():
    assert blocks("Jeden.\n\n\n   \n\t\nDwa.") == [("p", "Jeden."), ("p", "Dwa.")]


def test_a_single_newline_inside_a_paragraph_is_a_line_break():
    parsed = Parsed(render("Wiersz pierwszy\nWiersz drugi"))
    assert parsed.tags() == ["p", "br"]
    assert parsed.plain == "Wiersz pierwszyWiersz drugi"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_newlines_count_as_newlines(newline):
    text = f"Jeden{newline}dwa{newline}{newline}Trzy"
    assert render(text) == render("Jeden\ndwa\n\nTrzy")
    assert "\r" not in render(text)


def test_trailing_spaces_are_dropped():
    assert render("Tekst   \ndalej \t") == render("Tekst\ndalej")


# Lists


@pytest.mark.parametrize("marker", ["- ", "* ", "  - ", "   * "])
def test_a_block_of_dashes_or_asterisks_is_a_bulleted_list(marker):
    assert blocks(f"{marker}chleb\n{marker}masło\n{marker}ser") == [
        ("ul", ["chleb", "masło", "ser"])
    ]


def test_dash_and_asterisk_markers_may_mix_in_one_list():
    assert blocks("- jeden\n* dwa") == [("ul", ["jeden", "dwa"])]


def test_a_block_of_numbered_lines_is_a_numbered_list():
    assert blocks("1. Zgłoszenie\n2. Ocena\n10. Decyzja") == [
        ("ol", ["Zgłoszenie", "Ocena", "Decyzja"])
    ]


def test_a_block_with_one_unmarked_line_stays_a_paragraph():
    parsed = Parsed(render("- pierwszy\nzwykły wiersz\n- trzeci"))
    assert parsed.tags() == ["p", "br", "br"]
    assert parsed.plain.startswith("- pierwszy")


def test_a_marker_without_its_space_is_not_a_list():
    assert blocks("-5 stopni\n1.5 metra") == [("p", "-5 stopni1.5 metra")]


def test_mixed_blocks_keep_their_order_and_kinds():
    text = "Wstęp\nz przełamaniem.\n\n- punkt a\n- punkt b\n\n1. krok\n2. krok\n\nZakończenie."
    assert blocks(text) == [
        ("p", "Wstępz przełamaniem."),
        ("ul", ["punkt a", "punkt b"]),
        ("ol", ["krok", "krok"]),
        ("p", "Zakończenie."),
    ]


def test_asterisks_are_not_emphasis():
    parsed = Parsed(render("To *nie* jest **pogrubione** ani _pochylone_."))
    assert parsed.tags() == ["p"]
    assert parsed.plain == "To *nie* jest **pogrubione** ani _pochylone_."


# Nothing a member types becomes markup


def test_a_script_tag_comes_out_as_text():
    html = render("<script>alert(1)</script>")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert Parsed(html).plain == "<script>alert(1)</script>"


def test_an_image_with_an_event_handler_comes_out_as_text():
    html = render("<img src=x onerror=alert(1)>")
    parsed = Parsed(html)
    assert parsed.tags() == ["p"]
    assert "<img" not in html
    assert parsed.plain == "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">x</a>',
        "- <b>lista</b>\n- <iframe src=//x>",
        "1. <svg onload=alert(1)>",
        "[<b>etykieta</b>](https://gmina.pl)",
        '[x](https://a.pl/" onclick="alert(1))',
        "https://a.pl/<script>alert(1)</script>",
        "&lt;script&gt; już zakodowane",
    ],
)
def test_only_our_own_tags_appear(text):
    parsed = Parsed(render(text))
    assert set(parsed.tags()) <= OUR_TAGS
    assert all(names == ["href", "rel"] for names in parsed.attributes_of_links())


def test_entities_typed_by_a_member_are_shown_as_typed():
    assert Parsed(render("AT&amp;T &lt;b&gt;")).plain == "AT&amp;T &lt;b&gt;"


# Links


def test_a_bracket_link_to_https_is_linked_with_rel_and_a_correctly_encoded_query():
    html = render("[x](https://gmina.pl/a?b=1&c=2)")
    assert 'href="https://gmina.pl/a?b=1&amp;c=2"' in html
    parsed = Parsed(html)
    assert parsed.links() == [{"href": "https://gmina.pl/a?b=1&c=2", "rel": REL}]
    assert parsed.plain == "x"


def test_a_bracket_link_to_mailto_is_linked():
    assert Parsed(render("[napisz](mailto:sekretariat@gmina.pl)")).links() == [
        {"href": "mailto:sekretariat@gmina.pl", "rel": REL}
    ]


def test_a_bare_mailto_is_not_linked():
    assert Parsed(render("mailto:sekretariat@gmina.pl")).links() == []


def test_a_bracket_link_may_hold_parentheses_in_its_url():
    assert Parsed(render("[Kraków](https://pl.wikipedia.org/wiki/Kraków_(miasto))")).links() == [
        {"href": "https://pl.wikipedia.org/wiki/Kraków_(miasto)", "rel": REL}
    ]


@pytest.mark.parametrize(
    "text",
    [
        "[x](javascript:alert(1))",
        "[x](JavaScript:alert(1))",
        "[x](data:text/html,<script>alert(1)</script>)",
        "[x](vbscript:msgbox(1))",
        "[x](/wzgledny/adres)",
        "[x](//evil.example/)",
        "[x](ftp://gmina.pl/plik)",
        "[x](https://)",
        "javascript:alert(1)",
        "//evil.example/",
    ],
)
def test_other_schemes_and_relative_urls_are_not_linked_and_stay_visible(text):
    parsed = Parsed(render(text))
    assert parsed.links() == []
    assert parsed.plain == text


@pytest.mark.parametrize("scheme", ["https", "http", "HTTPS"])
def test_a_bare_web_address_is_linked_with_itself_as_label(scheme):
    parsed = Parsed(render(f"Strona: {scheme}://gmina.pl/rada?rok=2025&nr=3 – zapraszamy"))
    url = f"{scheme}://gmina.pl/rada?rok=2025&nr=3"
    assert parsed.links() == [{"href": url, "rel": REL}]
    assert parsed.plain == f"Strona: {url} – zapraszamy"


@pytest.mark.parametrize("punctuation", [".", ",", ";", ":", "!", "?", ")", "!)", ".)"])
def test_punctuation_after_a_bare_address_stays_outside_the_link(punctuation):
    parsed = Parsed(render(f"(Zobacz https://gmina.pl/strona{punctuation}"))
    assert parsed.links() == [{"href": "https://gmina.pl/strona", "rel": REL}]
    assert parsed.plain.endswith(f"https://gmina.pl/strona{punctuation}")


def test_a_closing_parenthesis_that_the_address_opened_stays_in_the_link():
    parsed = Parsed(render("Zob. https://pl.wikipedia.org/wiki/Kraków_(miasto)."))
    assert parsed.links() == [{"href": "https://pl.wikipedia.org/wiki/Kraków_(miasto)", "rel": REL}]


def test_several_links_in_one_line():
    parsed = Parsed(render("[Rada](https://a.pl/rada) oraz https://b.pl/sesja, a także tekst."))
    assert [link["href"] for link in parsed.links()] == ["https://a.pl/rada", "https://b.pl/sesja"]


def test_links_work_inside_list_items():
    parsed = Parsed(render("- [Uchwała](https://gmina.pl/u/1)\n- https://gmina.pl/u/2"))
    assert parsed.tags() == ["ul", "li", "a", "li", "a"]


@pytest.mark.parametrize(
    "text", ['https://a.pl/"onmouseover="x', '[x](https://a.pl/"onmouseover="x)']
)
def test_a_quote_in_an_address_cannot_break_out_of_the_attribute(text):
    parsed = Parsed(render(text))
    assert parsed.tags("a") == ["a"]
    assert parsed.attributes_of_links() == [["href", "rel"]]
    assert '"' not in parsed.links()[0]["href"]
    assert "onmouseover" in parsed.plain


# Text


def test_polish_letters_are_preserved():
    text = "Zażółć gęślą jaźń – ĄĘŁŃÓŚŹŻ ąęłńóśźż"
    html = render(text)
    assert text in html
    assert Parsed(html).plain == text


@pytest.mark.parametrize("text", ["", "   ", "\n\n", " \r\n\t \r\n "])
def test_empty_or_blank_text_renders_nothing(text):
    html = render(text)
    assert html == ""
    assert isinstance(html, SafeString)


def test_render_is_marked_safe_for_templates():
    assert isinstance(render("Dzień dobry"), SafeString)


# Length


def test_length_counts_characters_not_bytes_and_crlf_as_one():
    assert plain_length("Łódź\r\nŻory") == len("Łódź\nŻory") == 9


def test_length_ignores_trailing_spaces_and_surrounding_blank_lines():
    assert plain_length("\n\n  Tekst  \nDalej\t\n\n") == len("Tekst\nDalej")


def test_length_of_blank_text_is_zero():
    assert plain_length(" \r\n\t ") == 0
