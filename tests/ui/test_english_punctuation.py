"""English UI without Chinese punctuation in joined labels: a name with its code (张三（KH001）) and a list of
store codes (S01、S02) were f-strings and showed as they are in English; they go through the catalogue now
(desktop.ui.common.i18n.named / listed). The labels of the guided dialogs of the intake (W7 contacts, M3 attach)
and the vehicle card."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from desktop.ui.common import i18n

from .conftest import main_window

FULL_WIDTH = "（）、；："


@pytest.fixture
def english_window(qtbot: Any, world: Any) -> Iterator[Any]:
    with main_window(qtbot, world, "en") as window:
        yield window


def test_named_and_listed_follow_the_language(qapp: Any) -> None:
    from desktop.app import make_application

    make_application("zh_CN")
    try:
        assert i18n.named("张三", "KH001") == "张三（KH001）"
        assert i18n.listed(["S01", "S02"]) == "S01、S02"
        make_application("en")
        assert i18n.named("张三", "KH001") == "张三 (KH001)"
        assert i18n.listed(["S01", "S02"]) == "S01, S02"
        assert i18n.listed(["a", "b"], i18n.SEMICOLON) == "a; b"
    finally:
        make_application("zh_CN")


def test_the_owner_of_the_contacts_dialog_has_no_full_width_brackets_in_english(qtbot: Any, english_window: Any,
                                                                               world: Any) -> None:
    """W7: 联系人 shows the vehicle's owner with the customer code: “汪国进 (C0001)” in English."""
    dialog = english_window.intake.router.open_contacts_dialog(world.ids["ok"])
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    header = dialog.header.text()
    assert "汪国进 (C0001)" in header
    assert not set(header) & set(FULL_WIDTH), header
    dialog.close()


def test_the_attach_dialog_names_owner_centers_and_stores_in_english(qtbot: Any, english_window: Any,
                                                                     world: Any) -> None:
    """M3: 添加本店维修中心 shows the other store's owner, repair centre and the owner's stores."""
    dialog = english_window.intake.router.open_attach_dialog(world.ids["other_store"])
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10000)
    owner, centers, stores = (dialog.findChild(QLabel, f"attach_{key}").text()
                              for key in ("owner", "centers", "ownerStores"))
    assert owner == "陈志强 (C0002)"
    assert centers.startswith("福田维修中心 (R02 · S02 ")
    assert stores == "S02"
    for text in (owner, centers, stores):
        assert not set(text) & set(FULL_WIDTH), text
    dialog.close()


def test_the_vehicle_cards_repair_centers_in_english(qtbot: Any, english_window: Any, world: Any) -> None:
    from desktop.services import vehicles
    from desktop.ui.intake.record_cards import VehicleCard

    detail = vehicles.get_vehicle(world.db, world.actors["adv1"], world.ids["ok"])
    card = VehicleCard()
    qtbot.addWidget(card)
    card.fill(detail)
    assert card.values["vehicleCenters"].text() == "天河维修中心 (S01)"
