"""`{% select_options options selected %}`: the options of a long select (home/long_lists.py)."""

from django import template

from home.long_lists import options_html

register = template.Library()


@register.simple_tag
def select_options(options, selected):
    """Options (objects with `value` and `label`), the one whose value is `selected` chosen."""
    return options_html(((option.value, option.label) for option in options), {str(selected)})
