"""Masking of phones, ID numbers and passwords (desktop.rules.privacy): what the logs and error lines show."""

from __future__ import annotations

import logging
import sys

import pytest

from desktop.rules.phone import mask_phone
from desktop.rules.privacy import PrivacyFilter, install_privacy_filter, mask_id_number, mask_text, mask_url

RIC = "11010519491231002X"
USCC = "91350100M000100Y43"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("DETAIL:  Key (phone)=(13812345678) already exists.", "DETAIL:  Key (phone)=(138****5678) already exists."),
        ("电话13812345678，请回电", "电话138****5678，请回电"),
        ("phone='13912345678'", "phone='139****5678'"),
        ("+86 138 1234 5678 / 8613812345678", "138****5678 / 138****5678"),
        ("0755-86001234 075586001234 02087654321 01088886666", "0755****1234 0755****1234 020****4321 010****6666"),
        (f"id_number={RIC}", "id_number=1101**********002X"),
        ("11010519491231002x", "1101**********002x"),
        (f"uscc {USCC}.", "uscc 9135**********0Y43."),
        ("postgresql+psycopg://desk:s3cret@db.local:5432/reception", "postgresql+psycopg://desk:***@db.local:5432/reception"),
        ("could not parse 'postgresql://u:s3cret@[bad'", "could not parse 'postgresql://u:***@[bad'"),
        ("host=db user=u password=s3cret dbname=x", "host=db user=u password=*** dbname=x"),
        ("phone_rev 87654321931", "phone_rev 8765****931"),  # the reversed-phone search key
    ],
)
def test_mask_text_masks_mobiles_landlines_resident_ids_uscc_and_passwords(text, masked):
    assert mask_text(text) == masked


@pytest.mark.parametrize(
    "text",
    [
        "LSVAG2180M2123456",  # VINs: 17 letters and digits, long digit runs inside
        "vin=LFV2A21K0J3123456, WDB1234567890123X",
        "粤B12345 京A·D12345 沪AF01234",  # plates
        "2024-06-01 12:00:00,123 took 1234567 ms",
        "KH00001234 CW00001234 request 4f1c2a9e0b7d4e8f9a6b5c4d3e2f1a0b",
        "12345678901 1381234567 138123456789 1381234567890123456789",  # not a mobile: wrong prefix or length
        "sqlite:////var/lib/desk/desktop.db postgresql://desk@db/reception",
    ],
)
def test_mask_text_leaves_vins_plates_codes_and_other_numbers_alone(text):
    assert mask_text(text) == text


def test_mask_text_is_idempotent_so_masking_twice_changes_nothing():
    text = f"13812345678 {RIC} {USCC} postgresql://u:s3cret@h/db 0755-86001234 password=x"
    once = mask_text(text)
    assert mask_text(once) == once
    assert "13812345678" not in once and RIC not in once and "s3cret" not in once


def test_mask_text_phone_form_is_the_ui_mask():
    for phone in ("13812345678", "075586001234", "02087654321"):
        assert mask_text(phone) == mask_phone(phone)


@pytest.mark.parametrize(
    ("url", "masked"),
    [
        ("postgresql://desk_adv:s3cret@db.dealer.local:5433/reception",
         "postgresql://desk_adv:***@db.dealer.local:5433/reception"),
        ("postgresql://u:s3cret@[bad", "postgresql://u:***@[bad"),
        ("sqlite://u:s3cret@[bad", "sqlite://u:***@[bad"),
        ("postgresql://u:p@ss/w0rd@host/db", "postgresql://u:***@host/db"),  # unencoded @ and / in the password
        ("postgresql://u:@host/db", "postgresql://u:***@host/db"),
        ("postgresql://u@host/db", "postgresql://u@host/db"),
        ("postgresql://host:5432/db", "postgresql://host:5432/db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
        ("", ""),
    ],
)
def test_mask_url_hides_the_password_of_well_formed_and_malformed_urls(url, masked):
    assert mask_url(url) == masked


def test_mask_url_is_what_config_redact_url_does():
    from desktop import config

    assert config.redact_url("postgresql://u:s3cret@[bad") == "postgresql://u:***@[bad"


@pytest.mark.parametrize(
    ("number", "masked"),
    [(RIC, "1101**********002X"), (USCC, "9135**********0Y43"), ("E12345678", "*****5678"),
     ("12345678", "****5678"), ("1234", "****"), ("", ""), (None, "")],
)
def test_mask_id_number_keeps_the_first_4_and_last_4_of_long_ids_and_the_last_4_of_short_ones(number, masked):
    assert mask_id_number(number) == masked


def _record(msg, args, exc_info=None):
    return logging.LogRecord("t", logging.ERROR, __file__, 1, msg, args, exc_info)


def test_privacy_filter_masks_message_and_args_tuple_and_dict():
    r = _record("customer %s phone %s", ("KH00000001", "13812345678"))
    assert PrivacyFilter().filter(r) is True
    assert r.args == ("KH00000001", "138****5678")
    assert r.getMessage() == "customer KH00000001 phone 138****5678"

    r = _record("id %(id)s of %(code)s", ({"id": RIC, "code": "KH1"},))
    PrivacyFilter().filter(r)
    assert r.getMessage() == "id 1101**********002X of KH1"

    r = _record("phone 13812345678 given", None)
    PrivacyFilter().filter(r)
    assert r.getMessage() == "phone 138****5678 given"


def test_privacy_filter_masks_numbers_formatted_with_percent_d_and_objects():
    r = _record("phone %d", (13812345678,))
    PrivacyFilter().filter(r)
    assert r.getMessage() == "phone 138****5678"

    r = _record("failed: %s", (ValueError("Key (phone)=(13812345678)"),))
    PrivacyFilter().filter(r)
    assert r.getMessage() == "failed: Key (phone)=(138****5678)"


def test_privacy_filter_masks_the_formatted_traceback():
    try:
        raise RuntimeError(f"DETAIL: Failing row contains (1, 13812345678, {RIC})")
    except RuntimeError:
        r = _record("unclassified", (), sys.exc_info())
    PrivacyFilter().filter(r)
    text = logging.Formatter("%(message)s").format(r)
    assert "Traceback" in text and "138****5678" in text and "1101**********002X" in text
    assert "13812345678" not in text and RIC not in text


def test_install_privacy_filter_adds_one_filter_per_handler():
    handler = logging.StreamHandler()
    install_privacy_filter([handler])
    install_privacy_filter([handler, None])
    assert sum(isinstance(f, PrivacyFilter) for f in handler.filters) == 1
