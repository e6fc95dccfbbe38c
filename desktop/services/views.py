"""Plain, immutable views of records handed to the UI (never live ORM objects or sessions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.models import Customer, Vehicle
from desktop.rules.phone import mask_phone
from desktop.rules.privacy import mask_id_number
from desktop.rules.vin import decode_vin


@dataclass(frozen=True)
class RepairCenterView:
    id: int
    code: str
    name: str
    store_id: int
    store_code: str
    store_name: str


@dataclass(frozen=True)
class OwnerView:
    id: int
    code: str
    name: str
    customer_type: str
    category: str
    business: str
    status: str
    phone: str | None
    phone_masked: str
    id_type: str | None
    id_number: str | None
    finance_customer_code: str | None
    special: bool
    visible: bool  # this store has a channel on the customer (S1)
    store_codes: tuple[str, ...]
    version: int

    @property
    def linkable_as_owner(self) -> bool:
        """O6: only an enabled, retained customer can be linked as an owner."""
        return self.status == "enabled" and self.category == "retained"


@dataclass(frozen=True)
class VehicleView:
    id: int
    internal_code: str
    origin: str
    model: str
    vin: str
    vin_nonstandard: bool
    manufacturer: str | None
    model_year: int | None
    engine_no: str | None
    color: str | None
    interior: str | None
    plate: str | None
    plate_color: str | None
    owner_id: int | None
    repair_centers: tuple[RepairCenterView, ...]
    commercial_expiry: date | None
    compulsory_expiry: date | None
    visible: bool  # one of this store's repair centers is listed (S1)
    version: int


def mask(phone: str | None) -> str:
    if not phone:
        return ""
    try:
        return mask_phone(phone)
    except ValueError:
        return phone[:3] + "****" + phone[-4:] if len(phone) >= 8 else "****"


def make_owner_view(o: dict[str, Any], store_ids: tuple[int, ...], store_codes: tuple[str, ...],
                    store_id: int, *, group_wide: bool = False) -> OwnerView:
    visible = store_id in store_ids
    full = visible or group_wide  # S1: another store's customer shows masked phone and ID until attached
    return OwnerView(
        id=o["id"], code=o["code"], name=o["name"], customer_type=o["customer_type"], category=o["category"],
        business=o["business"], status=o["status"], phone=o["phone"] if full else mask(o["phone"]),
        phone_masked=mask(o["phone"]), id_type=o["id_type"],
        id_number=o["id_number"] if full else mask_id_number(o["id_number"]), finance_customer_code=o["finance_customer_code"],
        special=bool(o["special"]), visible=visible, store_codes=tuple(sorted(store_codes)),
        version=o["version"],
    )


def make_vehicle_view(v: dict[str, Any], centers: tuple[RepairCenterView, ...], store_id: int) -> VehicleView:
    facts = decode_vin(v["vin"])
    return VehicleView(
        id=v["id"], internal_code=v["internal_code"], origin=v["origin"], model=v["model"], vin=v["vin"],
        vin_nonstandard=bool(v["vin_nonstandard"]), manufacturer=facts.manufacturer, model_year=facts.model_year,
        engine_no=v["engine_no"], color=v["color"], interior=v["interior"], plate=v["plate"],
        plate_color=v["plate_color"], owner_id=v["owner_id"], repair_centers=centers,
        commercial_expiry=v["commercial_expiry"], compulsory_expiry=v["compulsory_expiry"],
        visible=any(r.store_id == store_id for r in centers), version=v["version"],
    )


_OWNER_FIELDS = ("id", "code", "name", "customer_type", "category", "business", "status", "phone", "id_type",
                 "id_number", "finance_customer_code", "special", "version")
_VEHICLE_FIELDS = ("id", "internal_code", "origin", "model", "vin", "vin_nonstandard", "engine_no", "color",
                   "interior", "plate", "plate_color", "owner_id", "commercial_expiry", "compulsory_expiry",
                   "version")


def owner_view(c: Customer, store_id: int, *, group_wide: bool = False) -> OwnerView:
    return make_owner_view(
        {f: getattr(c, f) for f in _OWNER_FIELDS}, tuple(ch.store_id for ch in c.channels),
        tuple(ch.store.code for ch in c.channels), store_id, group_wide=group_wide,
    )


def vehicle_view(v: Vehicle, store_id: int) -> VehicleView:
    centers = tuple(
        sorted(
            (
                RepairCenterView(
                    rc.repair_center.id, rc.repair_center.code, rc.repair_center.name,
                    rc.repair_center.store_id, rc.repair_center.store.code, rc.repair_center.store.name,
                )
                for rc in v.repair_centers
            ),
            key=lambda r: r.code,
        )
    )
    return make_vehicle_view({f: getattr(v, f) for f in _VEHICLE_FIELDS}, centers, store_id)
