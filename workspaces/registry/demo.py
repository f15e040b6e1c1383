"""Demo content for the networks: pages, towns, people, memberships and observers.

The demo accounts share `DEMO_PASSWORD`, printed in the README; `seed_demo` refuses to run
outside development and the tests (`home.environment`).

Every function is idempotent (get-or-create by a natural key), so `seed_demo` can run again
on a database that already holds the demo without duplicating anything.
"""

import datetime
import functools

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from wagtail.models import PageLogEntry

from home.demo import ensure_child
from workspaces.access.groups import editor_groups

from . import services
from .demo_data import (
    LEADERS_NETWORK_NUMBER,
    NETWORKS,
    TOWNS,
    demo_names,
    leak_check_sentence,
    network_goals,
)
from .models import (
    Membership,
    MembershipRole,
    Municipality,
    NetworkIndexPage,
    NetworkPage,
    ObserverSubscription,
    Person,
    Position,
    ProgrammeStatus,
    WorkspacePage,
)

DEMO_PASSWORD = "demo12345"
PROGRAMME_START = datetime.date(2022, 4, 1)
OBSERVERS_START = datetime.date(2022, 6, 15)
# What setting a network up records in the audit log (not later edits, which keep their dates).
SETUP_ACTIONS = (
    "wagtail.create",
    "wagtail.view_restriction.create",
    "wagtail.view_restriction.edit",
    "wagtail.view_restriction.delete",
)


def seed_network_pages(network_index):
    """The eight networks, each with its workspace and outcome index."""
    networks = {}
    for number, name_pl, name_en, slug, theme_pl, theme_en in NETWORKS:
        goals_pl, goals_en = network_goals(number)
        network = ensure_child(
            network_index,
            NetworkPage,
            slug,
            number=number,
            title=name_pl,
            title_en=name_en,
            theme=theme_pl,
            theme_en=theme_en,
            goals=goals_pl,
            goals_en=goals_en,
            is_leaders_network=number == LEADERS_NETWORK_NUMBER,
        )
        networks[number] = network
        _seed_sections(network, number)
    return networks


def _date_from_programme_start(*pages):
    """The networks' pages (index, landings, workspaces) were set up when the programme
    started, not on the seeding day: their creation and access records say so."""
    opened = datetime.datetime.combine(PROGRAMME_START, datetime.time(9), tzinfo=datetime.UTC)
    PageLogEntry.objects.filter(page__in=pages, action__in=SETUP_ACTIONS).update(timestamp=opened)


def _seed_sections(network, number):
    workspace_sentence, _code = leak_check_sentence("workspace", number)
    ensure_child(
        network,
        WorkspacePage,
        "przestrzen-robocza",
        title="Przestrzeń robocza",
        title_en="Workspace",
        intro="<p>Miejsce pracy uczestników sieci: skład, spotkania, dokumenty.</p>"
        + workspace_sentence,
        intro_en="<p>Where the network's participants work together.</p>" + workspace_sentence,
    )
    services.sync_network_access(network)


def seed_towns():
    towns = {}
    for name, voivodeship, population, status in TOWNS:
        town, _created = Municipality.objects.get_or_create(
            name=name,
            voivodeship=voivodeship,
            defaults={"population": population, "programme_status": status},
        )
        towns[name] = town
    return towns


@functools.cache
def _demo_password_hash():
    """Hashing is deliberately slow; the demo accounts share one password, so hash it once."""
    return make_password(DEMO_PASSWORD)


def demo_person(username, first_name, last_name, municipality, position):
    User = get_user_model()
    user, _created = User.objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name,
            "last_name": last_name,
            "email": f"{username}@example.org",
            "password": _demo_password_hash(),
        },
    )
    person, _created = Person.objects.get_or_create(
        user=user, defaults={"municipality": municipality, "position": position}
    )
    return person


def demo_membership(person, network, role=MembershipRole.MEMBER, started_on=PROGRAMME_START):
    existing = Membership.objects.filter(person=person, network=network, role=role).first()
    return existing or services.add_membership(person, network, role, started_on=started_on)


def _subscription(network, person=None, municipality=None):
    existing = ObserverSubscription.objects.filter(
        network=network, person=person, municipality=municipality
    ).first()
    return existing or services.subscribe_observer(
        network, person=person, municipality=municipality, started_on=OBSERVERS_START
    )


def seed_demo_accounts(networks, towns):
    """The six accounts the README lists, each showing one role of SPEC §2."""
    digital, civic, leaders = networks[1], networks[3], networks[LEADERS_NETWORK_NUMBER]
    member = demo_person("member", "Anna", "Nowak", towns["Krosno"], Position.STAFF)
    demo_membership(member, digital)
    coordinator = demo_person("coordinator", "Tomasz", "Zieliński", None, Position.EXPERT)
    demo_membership(coordinator, digital, MembershipRole.COORDINATOR)
    observer = demo_person("observer", "Ewa", "Mazur", towns["Lębork"], Position.STAFF)
    _subscription(civic, person=observer)
    mayor = demo_person("mayor", "Piotr", "Wójcik", towns["Jarocin"], Position.MAYOR)
    demo_membership(mayor, leaders)
    editor = demo_person("editor", "Barbara", "Krawczyk", None, Position.EXPERT)
    editor.user.groups.add(Group.objects.get(name="Editors"))
    User = get_user_model()
    User.objects.get_or_create(
        username="admin",
        defaults={
            "email": "admin@example.org",
            "is_staff": True,
            "is_superuser": True,
            "password": _demo_password_hash(),
        },
    )


def seed_participants(networks, towns):
    """People from most towns in one to three themed networks, mayors in the leaders network,
    a town-wide observer subscription, and one ended membership kept as history."""
    names = demo_names()
    themed = [n for n in sorted(networks) if n != LEADERS_NETWORK_NUMBER]
    participating = [t for t in towns.values() if t.programme_status != ProgrammeStatus.OBSERVER]
    for index, town in enumerate(participating):
        first, last = next(names)
        person = demo_person(f"demo-{index + 1:02d}", first, last, town, Position.STAFF)
        for offset in range(1 + index % 3):
            demo_membership(person, networks[themed[(index + offset * 3) % len(themed)]])
        if index % 4 == 0:
            first, last = next(names)
            position = Position.PRESIDENT if (town.population or 0) > 100_000 else Position.MAYOR
            leader = demo_person(f"demo-leader-{index + 1:02d}", first, last, town, position)
            demo_membership(leader, networks[LEADERS_NETWORK_NUMBER])

    for number, network in networks.items():
        if number == 1:  # coordinated by the `coordinator` demo account
            continue
        first, last = next(names)
        expert = demo_person(f"demo-expert-{number}", first, last, None, Position.EXPERT)
        leaders = number == LEADERS_NETWORK_NUMBER
        demo_membership(
            expert, network, MembershipRole.COORDINATOR if leaders else MembershipRole.EXPERT
        )

    # Whole observer towns follow a network each; Lębork is left out so that the `observer`
    # account observes CIVIC CITIES only, as the README says.
    observer_towns = [
        t
        for t in towns.values()
        if t.programme_status == ProgrammeStatus.OBSERVER and t.name != "Lębork"
    ]
    for index, town in enumerate(observer_towns):
        first, last = next(names)
        demo_person(f"demo-observer-{index + 1:02d}", first, last, town, Position.STAFF)
        _subscription(networks[themed[index % len(themed)]], municipality=town)

    # History: a person who left the green network at the end of 2022.
    first, last = next(names)
    former = demo_person("demo-former", first, last, towns["Rumia"], Position.STAFF)
    membership = demo_membership(former, networks[6])
    if membership.ended_on is None:
        services.end_period(membership, on=datetime.date(2022, 12, 31))


def seed_networks(home):
    """The networks, their workspaces and who takes part, under the home page; returns
    {number: NetworkPage}. (Sessions and outcomes are seeded by their rooms.)"""
    index = ensure_child(
        home,
        NetworkIndexPage,
        "sieci",
        title="Sieci",
        title_en="Networks",
        intro="<p>Osiem sieci wymiany doświadczeń: siedem tematycznych, jedna dla liderów.</p>",
        intro_en="<p>Eight experience exchange networks: seven themed, one for leaders.</p>",
        show_in_menus=True,
    )
    networks = seed_network_pages(index)
    towns = seed_towns()
    seed_demo_accounts(networks, towns)
    seed_participants(networks, towns)
    for network in networks.values():
        services.sync_network_access(network)
        _date_from_programme_start(network, *WorkspacePage.objects.child_of(network))
    _date_from_programme_start(index)
    assert editor_groups().exists(), "Wagtail's Editors group is missing"
    return networks
