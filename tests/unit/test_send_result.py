"""SendResult.raw: given as a value or made on first read, the same object every time."""

from __future__ import annotations

import attrs

from smskit import SendResult
from smskit._models import Deferred


def _counting(value: object, made: list[object]) -> Deferred:
    def make() -> object:
        made.append(value)
        return value

    return Deferred(make)


def test_a_plain_raw_is_returned_as_given_and_survives_evolve() -> None:
    result = SendResult(provider="p", ids=("1",), recipients=("+491701234567",), raw={"a": 1})
    assert result.raw == {"a": 1}
    assert attrs.evolve(result, ids=("2",)).raw == {"a": 1}
    assert "raw" not in repr(result)


def test_a_deferred_raw_is_made_once_on_first_read() -> None:
    made: list[object] = []
    model = object()
    result = SendResult(provider="p", ids=(), recipients=(), raw=_counting(model, made))
    assert made == []
    assert result.raw is model
    assert result.raw is model
    assert made == [model]


def test_merged_results_read_each_part_only_when_raw_is_read() -> None:
    made: list[object] = []
    parts = [
        SendResult(provider="p", ids=(str(i),), recipients=(), raw=_counting(f"m{i}", made))
        for i in range(3)
    ]
    merged = SendResult.merge("p", parts)
    assert merged.ids == ("0", "1", "2")
    assert made == []
    assert merged.raw == ("m0", "m1", "m2")
    assert merged.raw is merged.raw
    assert [part.raw for part in parts] == ["m0", "m1", "m2"]
    assert made == ["m0", "m1", "m2"]


def test_raw_does_not_decide_equality() -> None:
    one = SendResult(provider="p", ids=("1",), recipients=(), raw=Deferred(lambda: 1))
    two = SendResult(provider="p", ids=("1",), recipients=(), raw=2)
    assert one == two
