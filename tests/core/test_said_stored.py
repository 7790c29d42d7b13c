"""A message kept in a text column and read back (core.said.stored / restored)."""

from __future__ import annotations

from destination_norberg.core.said import Said, clause, restored, said, sentences, stored


def test_a_said_comes_back_with_its_key_params_and_english() -> None:
    inner = said("mail.reason.opted_out", "Has asked for no more e-mail")
    message = sentences([said("mail.refused", "The server refused the address {address}: "
                              "{reason}", address="a@b.example", reason="550 nope"),
                         clause(inner), said("x.count", "{n} left", n=3)])
    back = restored(stored(message))
    assert isinstance(back, Said) and back == message and back.key == "sentences"
    parts = back.params["parts"]
    assert [p.key for p in parts] == ["mail.refused", "clause", "x.count"]
    assert parts[0].params == {"address": "a@b.example", "reason": "550 nope"}
    assert parts[1].params["sentence"].key == "mail.reason.opted_out"
    assert parts[2].params == {"n": 3}


def test_plain_text_and_what_is_not_a_kept_message_stay_as_they_are() -> None:
    assert stored("Refused") == "Refused" and restored("Refused") == "Refused"
    for text in ('{"said": broken', '{"said": 3}', '{"said": {"en": "no key"}}', ""):
        assert restored(text) == text and not isinstance(restored(text), Said)
