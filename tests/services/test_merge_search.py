"""The merge dialog's customer search (search.search_customers_group): the master-data team finds the customers of
the whole group (RULES.md S1: only the master-data team acts group-wide), every other role is refused by the
service (S2: the magnifier search shows only what the store sees). On SQLite AND PostgreSQL, and through the
server with ``--backend remote``."""

from __future__ import annotations

import pytest

from desktop.services import merge, search
from desktop.services.auth import PermissionDenied
from desktop.services.search import GroupCustomerRow
from tests.factories import add_customer, make_group


@pytest.fixture
def actors(db):
    actors = make_group(db)
    add_customer(db, "KH001", "汪国进", "13826401234", stores=("S01",))
    add_customer(db, "KH002", "汪国进", "13826401243", stores=("S02",))  # the same name at another store
    add_customer(db, "KH003", "汪国强", "13900001234", stores=("S02", "S03"))
    add_customer(db, "KH004", "陈志强", "13510086688", stores=("S03",))
    return actors


def codes(rows) -> list[str]:
    return [r.code for r in rows]


def test_s1_the_master_data_team_finds_customers_of_every_store_with_their_stores(db, actors):
    """The merge dialog's search of the master-data team (S01) lists the customers other stores see, each with
    the stores that see it, so that the two 汪国进 are told apart."""
    mdm = actors["mdm1"]
    assert codes(search.search_customers(db, mdm, "汪国进")) == ["KH001"]  # S2: the store's own search stays the store's
    rows = search.search_customers_group(db, mdm, "汪国进")
    assert set(codes(rows)) == {"KH001", "KH002"} and all(isinstance(r, GroupCustomerRow) for r in rows)
    stores = {r.code: r.store_codes for r in rows}
    assert stores == {"KH001": ("S01",), "KH002": ("S02",)}
    assert rows[0].phone_masked != "13826401234"  # masked as in every list
    found = search.search_customers_group(db, mdm, "汪国")
    assert set(codes(found)) == {"KH001", "KH002", "KH003"}
    assert next(r for r in found if r.code == "KH003").store_codes == ("S02", "S03")  # a customer once, both stores


@pytest.mark.parametrize(("text", "expected"), [
    ("13510086688", ["KH004"]),  # the whole phone number
    ("1234", ["KH003", "KH001"]),  # the last digits, newest first
    ("KH0", ["KH001", "KH002", "KH003", "KH004"]),  # a code prefix, in code order
    ("wgj", {"KH001", "KH002"}),  # pinyin initials (in the order the stores' keys give them)
])
def test_s1_the_group_search_finds_every_kind_of_fragment(db, actors, text, expected):
    rows = search.search_customers_group(db, actors["mdm1"], text)
    assert (set(codes(rows)) if isinstance(expected, set) else codes(rows)) == expected


def test_s1_the_group_search_keeps_to_its_limit(db, actors):
    assert len(search.search_customers_group(db, actors["mdm1"], "KH0", 2)) == 2
    assert search.search_customers_group(db, actors["mdm1"], "  ") == []


@pytest.mark.parametrize("login", ["adv1", "adv2", "sales1", "fin1", "cs1"])
def test_s2_every_role_but_the_master_data_team_is_refused_the_group_search(db, actors, login):
    """S2 / S1: the group-wide search is the master-data team's (permission 'customer.merge'); any other role is
    refused by the service, whatever a workstation shows or sends."""
    with pytest.raises(PermissionDenied) as refused:
        search.search_customers_group(db, actors[login], "汪国进")
    assert refused.value.permission == "customer.merge"


def test_s1_a_customer_found_group_wide_can_be_previewed_for_the_merge(db, actors):
    """The hit of another store is what the merge takes: its plan reads it group-wide."""
    mdm = actors["mdm1"]
    other = next(r for r in search.search_customers_group(db, mdm, "汪国进") if r.store_codes == ("S02",))
    plan = merge.plan_merge(db, mdm, other.code, "KH001")
    assert (plan.duplicate.code, plan.survivor.code) == ("KH002", "KH001")
    assert plan.channels_moved == ("S02",)
