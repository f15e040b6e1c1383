"""The home page and plain content pages."""

import factory
import wagtail_factories

from home.models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    """A home page; give the tree's root (`Page.get_first_root_node()`) as `parent=`."""

    class Meta:
        model = HomePage

    title = factory.Sequence(lambda n: f"Strona główna {n}")
    title_en = factory.Sequence(lambda n: f"Home {n}")


class ContentPageFactory(wagtail_factories.PageFactory):
    """A content page; give a home page (or another content page) as `parent=`."""

    class Meta:
        model = ContentPage

    title = factory.Sequence(lambda n: f"Strona treści {n}")
    title_en = factory.Sequence(lambda n: f"Content page {n}")
    body = "<p>Treść strony.</p>"
