"""URL converters: `<id:name>` is a database id, matched only when it could be one.

Django's `<int:…>` accepts any number of digits; a twenty-digit id then reaches the database and
ends in a server error (SQLite cannot bind it). With `<id:…>` such a URL is simply not found.
"""

from django.db.backends.base.operations import BaseDatabaseOperations
from django.urls import register_converter

# The largest id a BigAutoField holds, on every database Django supports.
MAX_ID = BaseDatabaseOperations.integer_field_ranges["BigAutoField"][1]


class IdConverter:
    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = int(value)
        if not 1 <= number <= MAX_ID:
            raise ValueError(value)  # no match: a 404
        return number

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")
