"""A package as schema.org JSON-LD: the Event with its programme and Offer, and its trails.

Shaped after Visit Sweden's open tourism-data profile ("Swedish Application Profile for
Tourism", version 2.0, lankadedata.se/spec/tourism, CC BY 4.0), which describes places,
events and trails with schema.org: each item has a name, a description, a stable external
reference (`identifier`, here the program's uid) and a position (`geo`). Choices where the
profile leaves room or where it could not be checked offline:

- The event is `Event` (`SportsEvent` for a race) with `location` (a `Place` with a
  `PostalAddress` and `GeoCoordinates`), `startDate`/`endDate` in Norberg time with their
  offset, `eventStatus`, `subEvent` for the programme and `offers`.
- The package is one `Offer`: `price` is the price per person, `priceCurrency` SEK,
  `validFrom`/`validThrough` its validity, `availability` InStock until it has expired
  (then Discontinued); the total is a second `PriceSpecification`, the components are the
  `itemOffered` services with their providers.
- Trails and stråk routes are `TouristAttraction` (a schema.org Place): the profile's own
  trail class is not a schema.org type. The route goes in `geo` as a `GeoShape` line
  ("lat lon lat lon …", at most 200 points: the full line is in the GeoJSON and GPX files,
  linked by `hasMap`); length and grade are `additionalProperty` values. Hiking trails carry
  the profile's activity term as `additionalType`; for skiing and MTB the term could not be
  confirmed, so the activity is given as `keywords` only. A property's `propertyID` is the
  same in every language, its `name` the document's word.
- A text in the other language than the document's (core.package_language: a component's
  description in an English document, an event without an English name) is a value object
  `{"@value": …, "@language": "sv"}`, so a consumer knows its language; texts in the
  document's language are plain strings.
- `@id`s are URNs made from the uids (`urn:destination-norberg:event:<uid>`), stable across
  exports; `"@context": "https://schema.org"` as consumers expect.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from destination_norberg.core.events import EventRecord
from destination_norberg.core.geometry import Geometry
from destination_norberg.core.package_language import Worded, pick, swedish
from destination_norberg.core.packages import basis_text
from destination_norberg.core.timeutil import to_local
from destination_norberg.core.trail_register import sweref99tm_to_wgs84
from destination_norberg.core.vocab import PriceBasis
from destination_norberg.exchange.package_texts import grade_name, kind_name, label

if TYPE_CHECKING:
    from destination_norberg.core.packages import Contact, PackageDetail, RouteRow

SCHEMA = "https://schema.org/"
URN = "urn:destination-norberg"
HIKING_TERM = "http://data.visitsweden.com/terms/Hiking"
MAX_LINE_POINTS = 200
NORBERG = {"@type": "PostalAddress", "addressLocality": "Norberg",
           "addressRegion": "Västmanlands län", "addressCountry": "SE"}
_STATUS = {"inställd": "EventCancelled", "planerad": "EventScheduled",
           "bekräftad": "EventScheduled", "idé": "EventScheduled"}


def _text(worded: Worded, lang: str) -> Any:
    """A plain string in the document's language, else a JSON-LD value object with its
    language."""
    if worded.foreign(lang):
        return {"@value": worded.text, "@language": worded.lang}
    return worded.text


def _iso(at: datetime) -> str:
    return to_local(at).isoformat(timespec="minutes")


def _day_or_time(at: datetime, all_day: bool) -> str:
    return to_local(at).date().isoformat() if all_day else _iso(at)


def _lat_lon(x: float, y: float) -> tuple[float, float]:
    lon, lat = sweref99tm_to_wgs84(x, y)
    return round(lat, 6), round(lon, 6)


def _coordinates(x: float | None, y: float | None) -> dict[str, Any] | None:
    if x is None or y is None:
        return None
    lat, lon = _lat_lon(x, y)
    return {"@type": "GeoCoordinates", "latitude": lat, "longitude": lon}


def _line(geom: Geometry) -> str | None:
    """The GeoShape line of a (multi)line, thinned evenly to MAX_LINE_POINTS."""
    if geom.kind == "LineString":
        points = list(geom.coords)
    elif geom.kind == "MultiLineString":
        points = [p for part in geom.coords for p in part]
    else:
        return None
    if len(points) < 2:
        return None
    if len(points) > MAX_LINE_POINTS:
        step = (len(points) - 1) / (MAX_LINE_POINTS - 1)
        points = [points[round(i * step)] for i in range(MAX_LINE_POINTS)]
    return " ".join(f"{lat} {lon}" for lat, lon in (_lat_lon(x, y) for x, y in points))


def _organisation(c: Contact) -> dict[str, Any]:
    org: dict[str, Any] = {"@type": "Organization", "@id": f"{URN}:organisation:{c.uid}",
                           "name": c.name}
    if c.street or c.city:
        org["address"] = {"@type": "PostalAddress", "streetAddress": c.street,
                          "postalCode": c.postal_code, "addressLocality": c.city,
                          "addressCountry": "SE"}
    if c.website.startswith(("http://", "https://")):
        org["url"] = c.website
    if c.phone:
        org["telephone"] = c.phone
    if c.email:
        org["email"] = c.email
    return org


def _event(e: EventRecord, lang: str) -> dict[str, Any]:
    item: dict[str, Any] = {
        "@type": "SportsEvent" if e.kind == "lopp" else "Event",
        "@id": f"{URN}:event:{e.uid}", "identifier": e.uid,
        "name": _text(pick(e.name_sv, e.name_en, lang), lang),
        "startDate": _day_or_time(e.starts_at, e.all_day), "inLanguage": lang,
        "eventStatus": SCHEMA + _STATUS.get(e.status, "EventScheduled"),
        "eventAttendanceMode": SCHEMA + "OfflineEventAttendanceMode"}
    if e.ends_at is not None:
        item["endDate"] = _day_or_time(e.ends_at, e.all_day)
    text = pick(e.description_sv, e.description_en, lang)
    if text.text:
        item["description"] = _text(text, lang)
    if e.place_name:
        item["location"] = {"@type": "Place", "name": e.place_name, "address": NORBERG}
    if e.organiser_name:
        item["organizer"] = {"@type": "Organization", "name": e.organiser_name}
    return item


def event_item(e: EventRecord, lang: str,
               where: tuple[float, float] | None = None) -> dict[str, Any]:
    """One event as schema.org JSON-LD (the public event feed's items); `where` its place's
    EPSG:3006 point, given as `geo`."""
    item = _event(e, lang)
    geo = _coordinates(*where) if where is not None else None
    if geo and "location" in item:
        item["location"]["geo"] = geo
    return item


def _offer(detail: PackageDetail, lang: str, today: date) -> dict[str, Any]:
    expired = detail.valid_to is not None and detail.valid_to < today
    offer: dict[str, Any] = {
        "@type": "Offer", "@id": f"{URN}:package:{detail.uid}", "identifier": detail.uid,
        "name": _text(pick(detail.title_sv, detail.title_en, lang), lang),
        "price": str(detail.per_person_sek),
        "priceCurrency": "SEK",
        "availability": SCHEMA + ("Discontinued" if expired else "InStock"),
        "priceSpecification": [
            {"@type": "UnitPriceSpecification", "price": str(detail.per_person_sek),
             "priceCurrency": "SEK", "referenceQuantity": {
                 "@type": "QuantitativeValue", "value": 1, "unitText": "person"}},
            {"@type": "PriceSpecification", "name": label("total", lang),
             "price": str(detail.total_sek), "priceCurrency": "SEK",
             "eligibleQuantity": {"@type": "QuantitativeValue",
                                  "value": detail.price_basis_persons, "unitText": "person"}}],
        "itemOffered": [_service(c, lang) for c in detail.components]}
    text = pick(detail.text_sv, detail.text_en, lang)
    if text.text:
        offer["description"] = _text(text, lang)
    if detail.valid_from:
        offer["validFrom"] = detail.valid_from.isoformat()
    if detail.valid_to:
        offer["validThrough"] = detail.valid_to.isoformat()
    capacities = [c.capacity for c in detail.components if c.capacity is not None]
    if capacities:
        offer["inventoryLevel"] = {"@type": "QuantitativeValue", "value": min(capacities)}
    return offer


def _per(c: Any) -> int | None:
    """How many persons one price is for: one per person, the occupancy per unit, None (the
    whole package) per package."""
    if c.price_basis == PriceBasis.PER_PERSON:
        return 1
    return c.occupancy if c.price_basis == PriceBasis.PER_UNIT else None


def _service(c: Any, lang: str) -> dict[str, Any]:
    spec: dict[str, Any] = {"@type": "UnitPriceSpecification", "price": str(c.price_sek),
                            "priceCurrency": "SEK",
                            "unitText": basis_text(c.price_basis, c.kind, c.occupancy, lang)}
    if _per(c) is not None:
        spec["referenceQuantity"] = {"@type": "QuantitativeValue", "value": _per(c),
                                     "unitText": "person"}
    service: dict[str, Any] = {
        "@type": "Service", "identifier": c.uid,
        "name": _text(swedish(c.description), lang) if c.description.strip()
        else kind_name(c.kind, lang),
        "category": kind_name(c.kind, lang),
        "offers": {"@type": "Offer", "price": str(c.price_sek), "priceCurrency": "SEK",
                   "priceSpecification": spec}}
    if c.organisation is not None:
        service["provider"] = _organisation(c.organisation)
    return service


def _trail(route: RouteRow, lang: str, files: Mapping[str, str],
           event_id: str | None) -> dict[str, Any]:
    kind = route.trail_kind if route.kind == "trail" else "strak"
    item: dict[str, Any] = {
        "@type": "TouristAttraction", "@id": f"{URN}:{route.kind}:{route.uid}",
        "identifier": route.uid, "name": route.name, "keywords": kind_name(kind, lang),
        "containedInPlace": {"@type": "Place", "name": "Norberg", "address": NORBERG},
        "additionalProperty": [{"@type": "PropertyValue", "propertyID": "length",
                                "name": label("length", lang),
                                "value": round(route.length_m), "unitCode": "MTR"}]}
    if kind == "hiking":
        item["additionalType"] = HIKING_TERM
    text = pick(route.description_sv, route.description_en, lang)
    if text.text:
        item["description"] = _text(text, lang)
    if route.grade_colour:
        item["additionalProperty"].append({"@type": "PropertyValue", "propertyID": "grade",
                                           "name": label("grade", lang),
                                           "value": grade_name(route.grade_colour, lang)})
    line = _line(route.geometry) if route.geometry is not None else None
    if line:
        item["geo"] = {"@type": "GeoShape", "line": line}
    maps = [files[k] for k in ("geojson", "gpx") if k in files]
    if maps:
        item["hasMap"] = maps
    if event_id:
        item["event"] = {"@id": event_id}
    return item


def package_jsonld(detail: PackageDetail, lang: str, *, today: date,
                   files: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The document: one @graph with the event (or the bare offer) and the routes."""
    files = files or {}
    graph: list[dict[str, Any]] = []
    offer = _offer(detail, lang, today)
    event_id = None
    if detail.event is not None:
        event = _event(detail.event, lang)
        event_id = event["@id"]
        place = detail.event_place
        if place is not None and "location" in event:
            geo = _coordinates(place.x, place.y)
            if geo:
                event["location"]["geo"] = geo
        event["offers"] = offer
        subs = [_event(e, lang) for e in detail.programme if e.id != detail.event.id]
        if subs:
            event["subEvent"] = subs
        graph.append(event)
    else:
        graph.append(offer)
    graph.extend(_trail(r, lang, files, event_id) for r in detail.routes)
    return {"@context": "https://schema.org", "@graph": graph}
