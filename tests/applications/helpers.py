"""What the applications tests share: a valid form, and posting it."""

from django.core import mail

from workspaces.applications.models import Application

GOOD_MOTIVATION = "Chcemy uczyć się od innych miast i pokazać nasz projekt rewitalizacji."


def form_data(*networks, **overrides):
    data = {
        "networks": [network.pk for network in networks],
        "kind": "member",
        "municipality": "",
        "town_name": "Wołów",
        "voivodeship": "dolnoslaskie",
        "first_name": "Zofia",
        "last_name": "Nowak-Kos",
        "email": "z.nowak@wolow.example.org",
        "position": "staff",
        "motivation": GOOD_MOTIVATION,
        "privacy": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def post_application(client, data, capture, address="/zgloszenia/", **extra):
    """Post the form (at `address`: /en/… in English), running what waits for the commit
    (the confirmation e-mail)."""
    with capture(execute=True):
        return client.post(address, data, **extra)


def stored():
    return Application.objects.filter(email__iexact="z.nowak@wolow.example.org")


def mails_to(address):
    return [message for message in mail.outbox if message.to == [address]]
