"""Column types that keep the catalogue dialect-neutral: UTC timestamps, partial dates, money."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.types import TypeDecorator

from db.partial_date import PartialDate


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes in, aware UTC datetimes out, on every dialect."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=dt.UTC)


class PartialDateType(TypeDecorator):
    """A ``PartialDate`` stored as its ISO prefix ("2019", "2019-05", "2019-05-22")."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, str):
            return PartialDate.from_iso(value).iso()
        if isinstance(value, dt.date):
            return PartialDate.from_date(value).iso()
        return value.iso()

    def process_result_value(self, value, dialect):
        return None if value is None else PartialDate.from_iso(value)


class Money(TypeDecorator):
    """Euros as a ``Decimal``, stored as whole cents so no dialect rounds them."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return int((Decimal(str(value)) * 100).to_integral_value())

    def process_result_value(self, value, dialect):
        return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
