"""SPEC §4 for the library: practices are for members of any network (and editors) until an
editor promotes one; contact details never reach visitors, even on promoted practices."""

from django.urls import reverse
from django.utils.html import escape

import pytest

from practices.demo import private_code
from practices.models import PracticePage
from tests.conftest import ROLE_USERNAMES
from tests.polish import english
from workspaces.access.models import Promotion

ROLES = ["visitor", "member", "coordinator", "observer", "mayor", "editor", "former"]
# Observers hold no seat in any network; "former" left the only network they were in.
#                 visitor member coord observer mayor editor former
MEMBERS_ONLY = "-       A      A     -        A     A      -"
CASES = [
    pytest.param(role, mark == "A", way, id=f"{role}-{way}")
    for role, mark in zip(ROLES, MEMBERS_ONLY.split(), strict=True)
    for way in ["page", "index", "filters", "search", "tag_page", "feed", "sitemap", "contact"]
]


def _members_only(demo):
    promoted = Promotion.objects.values("page_id")
    return PracticePage.objects.live().exclude(pk__in=promoted).order_by("pk").first()


def _promoted(demo):
    return PracticePage.objects.live().filter(pk__in=Promotion.objects.values("page_id")).first()


def _number(practice):
    """The practice's place in the demo library, which its leak-check code carries."""
    return list(PracticePage.objects.live().order_by("pk")).index(practice) + 1


def _own_filter_values(practice):
    return {
        "network": practice.networks.first().pk,
        "tag": practice.tags.first().slug,
        "voivodeship": practice.town.voivodeship,
        "town": practice.town_id,
        "status": practice.town.programme_status,
        "funding": practice.funding_source,
    }


@pytest.mark.parametrize("role,allowed,way", CASES)
def test_practice_access(demo, role, allowed, way):
    client = demo.client_for(ROLE_USERNAMES[role])
    practice, public = _members_only(demo), _promoted(demo)
    code = private_code(_number(practice))
    index_url = practice.get_parent().url

    if way == "page":
        response = client.get(practice.url)
        assert (response.status_code == 200) is allowed
        assert (code in response.content.decode()) is allowed
        assert client.get(public.url).status_code == 200  # promoted: everyone

    elif way == "index":
        # Filtered by the practice's town, so that paging cannot hide it.
        html = client.get(index_url, {"town": practice.town_id}).content.decode()
        assert (f'href="{practice.url}"' in html) is allowed
        html = client.get(index_url, {"town": public.town_id}).content.decode()
        assert f'href="{public.url}"' in html

    elif way == "filters":
        # All six filters at once, set to the practice's own values.
        html = client.get(index_url, _own_filter_values(practice)).content.decode()
        assert (f'href="{practice.url}"' in html) is allowed
        html = client.get(index_url, _own_filter_values(public)).content.decode()
        assert f'href="{public.url}"' in html

    elif way == "search":
        html = client.get(index_url, {"q": code}).content.decode()
        assert (f'href="{practice.url}"' in html) is allowed
        site_search = client.get(reverse("search"), {"q": code}).content.decode()
        assert (f'href="{practice.url}"' in site_search) is allowed

    elif way == "tag_page":
        tag = practice.tags.first()
        html = client.get(f"{index_url}tag/{tag.slug}/").content.decode()
        assert (f'href="{practice.url}"' in html) is allowed

    elif way == "feed":
        rss = client.get(reverse("practices_rss")).content.decode()
        assert practice.url not in rss  # the feed is public: promoted practices only
        assert public.url in rss

    elif way == "sitemap":
        xml = client.get("/sitemap.xml").content.decode()
        assert practice.full_url not in xml
        assert public.full_url in xml

    elif way == "contact":
        html = client.get(public.url).content.decode()
        assert (public.contact_email in html) is allowed


def test_visitor_counts_include_promoted_practices_only(demo):
    client = demo.client_for(None)
    html = client.get(english("/dobre-praktyki/")).content.decode()
    promoted = Promotion.objects.filter(page__in=PracticePage.objects.live()).count()
    assert 0 < promoted < PracticePage.objects.live().count()
    assert f"{promoted} practices</h2>" in html


def test_promotion_and_withdrawal_take_effect_at_once(demo):
    from workspaces.access import promotion

    practice, visitor = _members_only(demo), demo.client_for(None)
    assert visitor.get(practice.url).status_code == 302
    promotion.promote(practice, demo.user("editor"))
    assert visitor.get(practice.url).status_code == 200
    assert practice.url in visitor.get(reverse("practices_rss")).content.decode()
    promotion.withdraw(practice, demo.user("editor"))
    assert visitor.get(practice.url).status_code == 302
    assert practice.url not in visitor.get(reverse("practices_rss")).content.decode()


def test_editor_promotes_from_the_page(demo):
    practice = _members_only(demo)
    response = demo.client_for("editor").post(reverse("promote_page", args=[practice.pk]))
    assert response.status_code == 302
    assert response.url == practice.url  # back to the practice
    public = demo.client_for(None).get(english(practice.url))
    assert public.status_code == 200
    html = public.content.decode()
    assert escape(practice.title_en or practice.title) in html
    assert "Public practice" in html


def test_members_cannot_promote(demo):
    practice = _members_only(demo)
    demo.client_for("member").post(reverse("promote_page", args=[practice.pk]))
    assert demo.client_for(None).get(practice.url).status_code == 302


def test_a_workspace_can_never_be_promoted(demo):
    workspace = demo.workspace(1)
    demo.client_for("editor").post(reverse("promote_page", args=[workspace.pk]))
    assert demo.client_for(None).get(workspace.url).status_code == 302


def test_images_show_only_on_promoted_practices(demo):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Zdjęcie", file=get_test_image_file())
    practice = _members_only(demo)
    practice.images = [("image", {"image": image, "alt_text": "Plac", "decorative": False})]
    practice.save_revision().publish()
    member = demo.client_for("member")
    stored_as = "images/" + image.file.name.split("/")[-1].split(".")[0]  # its renditions' path
    assert stored_as not in member.get(practice.url).content.decode()
    from workspaces.access import promotion

    promotion.promote(practice, demo.user("editor"))
    assert 'alt="Plac"' in member.get(practice.url).content.decode()


def test_joining_a_network_opens_the_library_and_leaving_closes_it(demo):
    from tests.factories.registry import PersonFactory
    from workspaces.registry import services

    practice = _members_only(demo)
    person = PersonFactory()
    client = demo.client_for(person.user.username)
    assert client.get(practice.url).status_code == 404
    membership = services.add_membership(person, demo.network(2))
    assert client.get(practice.url).status_code == 200
    services.end_period(membership)
    assert client.get(practice.url).status_code == 404


def test_documents_of_practices_are_for_library_readers_only(demo):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    from practices.collection import ensure_library_collection

    document = get_document_model()(title="Kosztorys", collection=ensure_library_collection())
    document.file.save("kosztorys.txt", ContentFile(b"TAJNYKOSZTORYS"))
    document.save()
    assert demo.client_for(None).get(document.url).status_code == 302
    assert demo.client_for("observer").get(document.url).status_code == 404
    member = demo.client_for("member").get(document.url)
    assert member.status_code == 200
    assert b"TAJNYKOSZTORYS" in b"".join(member.streaming_content)


@pytest.mark.parametrize("role", ROLES)
def test_only_editors_export_the_library(demo, role):
    practice = _members_only(demo)
    response = demo.client_for(ROLE_USERNAMES[role]).get(reverse("practices_export", args=["csv"]))
    if role == "editor":
        assert response.status_code == 200
        assert practice.title in response.content.decode("utf-8-sig")
    else:
        assert response.status_code in (302, 403)
        assert practice.title not in response.content.decode("utf-8", errors="replace")
