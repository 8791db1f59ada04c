"""The value parser: examples, and properties over arbitrary input."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportsite.values import Value, format_value, parse_value, text_numbers


@pytest.mark.parametrize(
    ("text", "lang", "number", "approx"),
    [
        ("103", "zh", "103", False),
        ("59.6万", "zh", "596000", False),
        ("378.27万", "zh", "3782700", False),
        ("20余", "zh", "20", True),
        ("2万余", "zh", "20000", True),
        ("1200多", "zh", "1200", True),
        ("95.6", "zh", "95.6", False),
        ("１０３", "zh", "103", False),
        ("37，827", "zh", "37827", False),  # an input method's comma
        ("103", "en", "103", False),
        ("596,000", "en", "596000", False),
        ("20+", "en", "20", True),
        ("1,200+", "en", "1200", True),
        ("3,782,700", "en", "3782700", False),
    ],
)
def test_values_as_readers_write_them(text, lang, number, approx):
    assert parse_value(text, lang) == Value(Decimal(number), approx)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("", "zh"), ("一百", "zh"), ("20+", "zh"), ("59.6万", "en"), ("1,20", "en"), ("12,3456", "en"), ("约20", "zh")],
)
def test_what_is_not_a_value(text, lang):
    assert parse_value(text, lang) is None


@given(st.text(), st.sampled_from(["zh", "en"]))
def test_the_parser_never_raises_on_arbitrary_input(text, lang):
    result = parse_value(text, lang)
    assert result is None or isinstance(result, Value)
    text_numbers(text, lang)


numbers = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)


@given(numbers, st.booleans(), st.sampled_from(["zh", "en"]))
def test_formatted_values_read_back_as_the_same_value(number, approx, lang):
    value = Value(number.normalize(), approx)
    assert parse_value(format_value(value, lang), lang) == value


@given(st.from_regex(r"\A[0-9]{1,7}(\.[0-9]{1,2})?[万亿]?[余多]?\Z"))
def test_accepted_chinese_values_round_trip(text):
    value = parse_value(text, "zh")
    assert value is not None
    for lang in ("zh", "en"):
        assert parse_value(format_value(value, lang), lang) == value


def test_numbers_in_text_are_normalised_like_values():
    assert [value for *_, value in text_numbers("会员59.6万名，观摩20余次，热线12351", "zh")] == [
        Value(Decimal("596000")),
        Value(Decimal("20"), True),
        Value(Decimal("12351")),
    ]
    assert [value for *_, value in text_numbers("596,000 members and 3,782,700 yuan", "en")] == [
        Value(Decimal("596000")),
        Value(Decimal("3782700")),
    ]


@pytest.mark.parametrize(("text", "number"), [("-2.4", "-2.4"), ("−2.4", "-2.4"), ("+18", "18"), ("－２．４", "-2.4")])
def test_a_change_may_carry_its_sign(text, number):
    assert parse_value(text, "zh") == Value(Decimal(number))


def test_a_fall_is_written_with_a_minus_sign_and_full_width_digits_in_normal_form():
    assert format_value(parse_value("-2.4", "zh"), "en") == "−2.4"
    assert format_value(parse_value("１０３", "zh"), "zh") == "103"
