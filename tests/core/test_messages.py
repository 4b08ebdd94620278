"""Every message exists in English and Spanish with the same placeholders."""

from __future__ import annotations

import string

from clinic_app.core import errors
from clinic_app.core.messages import catalog, describe_error


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_catalogs_have_the_same_keys_and_placeholders() -> None:
    english, spanish = catalog("en"), catalog("es")
    assert english.keys() == spanish.keys()
    for key, text in english.items():
        assert _placeholders(text) == _placeholders(spanish[key]), key
        assert spanish[key] != text, f"{key} is not translated"


def test_every_error_class_has_a_message() -> None:
    classes = [
        value
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, errors.ClinicError)
    ]
    english = catalog("en")
    for error_class in classes:
        assert error_class.message_key in english, error_class.__name__


def test_describe_error_fills_parameters() -> None:
    error = errors.DatabaseInUse(path="/data/clinic.db")
    assert "/data/clinic.db" in describe_error(error, "es")
    assert describe_error(error, "es").startswith("La base de datos")
