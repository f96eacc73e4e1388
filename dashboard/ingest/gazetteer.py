"""Places and actors named in text: countries, regions, blocs, companies, weapon systems.

Countries come from pycountry (codes, names, official names) and countryinfo (alternate
spellings, demonyms, capitals, centroid coordinates); ``places_curated`` adds what news text
uses that neither has (short names, metonyms, regions, blocs, companies, systems). All
surfaces are compiled into one regular expression so ``find`` costs one pass over the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

import pycountry
from countryinfo import all_countries

from dashboard.ingest import places_curated as cur
from dashboard.model import Place

Via = Literal["name", "alias", "demonym", "capital", "region", "bloc", "company", "system"]

# Lower numbers win when two sources offer the same surface (a name beats a capital).
_VIA_RANK: dict[str, int] = {
    "name": 0,
    "alias": 1,
    "region": 2,
    "bloc": 3,
    "demonym": 4,
    "company": 5,
    "system": 6,
    "capital": 7,
}


# an upper-case place opening a line, then a comma, a dash or "(Reuters)"
_DATELINE = re.compile(r"^\s*([A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]+){0,3})(?:,|[ \t]+[-–—(])", re.M)


@dataclass(frozen=True)
class Mention:
    """A place/actor named in text; ``place`` is the country (or region/bloc) it stands for."""

    start: int
    end: int
    surface: str
    place: Place
    via: str


@dataclass(frozen=True)
class Gazetteer:
    """Immutable lookup tables plus the compiled pattern over every known surface."""

    surfaces: Mapping[str, tuple[Place, str]]
    places_by_name: Mapping[str, Place]  # lower-cased names, codes and keys
    ambiguities: Mapping[str, tuple[Place, ...]]
    pattern: re.Pattern[str]
    # upper-cased names and capitals of countries: "PORT OF SPAIN, Aug 12 -" (a dateline)
    upper_places: Mapping[str, Place]

    def find(self, text: str) -> list[Mention]:
        """All mentions in text order; longest surface wins, possessive/plural 's' excluded."""
        out: list[Mention] = []
        surfaces = self.surfaces
        for m in self.pattern.finditer(text):
            surface = m.group("m")
            hit = surfaces.get(surface)
            if hit is None:  # a NON_PLACES phrase: consumed, not reported
                continue
            place, via = hit
            out.append(Mention(m.start("m"), m.end("m"), surface, place, via))
        return out

    def lookup(self, name: str) -> Place | None:
        """Exact (case-insensitive) names, ISO2/ISO3 codes and place keys; None when unknown."""
        key = name.strip()
        if key.lower() in self.ambiguities:
            return None
        hit = self.surfaces.get(key)
        if hit is not None and hit[1] not in ("company", "system"):
            return hit[0]
        return self.places_by_name.get(key.lower())

    def ambiguous(self, name: str) -> tuple[Place, ...]:
        """Every reading of a name with several (e.g. "Georgia"); () when it has one or none."""
        return self.ambiguities.get(name.strip().lower(), ())

    def dateline(self, text: str) -> Place | None:
        """The country of an article's dateline ("PORT OF SPAIN, Aug 12 -", "OSLO -"): where
        the story is filed from, in the first lines; None without one or when unknown."""
        m = _DATELINE.search(text, 0, 1500)
        return self.upper_places.get(" ".join(m.group(1).split())) if m else None

    def country(self, iso3: str) -> Place | None:
        """The country place for an ISO3 code."""
        return self.places_by_name.get(iso3.lower())


def _country_places() -> tuple[dict[str, Place], dict[str, Mapping[str, Any]]]:
    """ISO3 → Place (countryinfo's short name and centroid), plus the raw countryinfo record."""
    # The record is JSON read defensively (.get with defaults, a capital as a string or a
    # list): typed as such, not as countryinfo's CountryInfoDict, which promises every key.
    info: dict[str, Mapping[str, Any]] = {}
    for c in all_countries():
        rec: Mapping[str, Any] = c.info()
        iso = (rec.get("ISO") or {}).get("alpha3")
        if iso and rec.get("latlng") and iso not in info:
            info[iso] = rec
    places: dict[str, Place] = {}
    for pc in pycountry.countries:
        iso3 = pc.alpha_3
        country = info.get(iso3)
        if country is not None:
            lat, lon = country["latlng"][:2]
            name = str(country["name"])
        else:
            continue  # no coordinates: cannot be drawn, so not offered
        places[iso3] = Place(name=name, iso3=iso3, kind="country", lat=float(lat), lon=float(lon))
    for name, iso3, lat, lon in cur.EXTRA_COUNTRIES:
        places[iso3] = Place(name=name, iso3=iso3, kind="country", lat=lat, lon=lon)
    return places, info


def _trie_pattern(words: set[str], after_first: str = "") -> str:
    """One regex alternation factored as a character trie: the engine then tries one branch
    per character instead of every surface at every position (a large speed-up).
    ``after_first`` goes right after each word's first character."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict], after: str = "") -> str:
        optional = "" in node
        branches = [re.escape(ch) + after + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            return f"(?:{body})?"
        return body

    return build(trie, after_first)


def _usable(surface: str) -> bool:
    """Skip codes, catalogue-style names ("Korea, Republic of") and non-Latin scripts."""
    if len(surface) < 4 or "," in surface or "(" in surface or surface != surface.strip():
        return False
    if not surface[0].isupper() or not all(
        ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in surface
    ):
        return False
    return not (surface.isupper() and len(surface) <= 3)


def load_gazetteer() -> Gazetteer:
    """Build the gazetteer (one-off, ~0.1 s); callers cache the result, not this module."""
    places, info = _country_places()
    surfaces: dict[str, tuple[Place, str]] = {}
    by_name: dict[str, Place] = {}
    ambiguous_surfaces = {s for s, _ in cur.AMBIGUOUS}

    def add(surface: str, place: Place, via: str, curated: bool = False) -> None:
        """Keep the strongest reading; at equal strength the curated table wins ("French"
        is France, not countryinfo's French Southern Territories)."""
        if surface in ambiguous_surfaces:
            return
        old = surfaces.get(surface)
        if (
            old is None
            or _VIA_RANK[via] < _VIA_RANK[old[1]]
            or (curated and _VIA_RANK[via] == _VIA_RANK[old[1]])
        ):
            surfaces[surface] = (place, via)

    for iso3, place in places.items():
        by_name[iso3.lower()] = place
        pc = pycountry.countries.get(alpha_3=iso3)
        if pc is not None:
            by_name[pc.alpha_2.lower()] = place
            for attr in ("name", "common_name", "official_name"):
                value = getattr(pc, attr, None)
                if value:
                    by_name[value.lower()] = place
                    if _usable(value):
                        add(value, place, "name")
        add(place.name, place, "name")
        by_name[place.name.lower()] = place
        rec = info.get(iso3, {})
        for alt in rec.get("altSpellings") or ():
            by_name.setdefault(str(alt).lower(), place)
            if _usable(str(alt)) and alt not in cur.ALIAS_STOPLIST:
                add(str(alt), place, "alias")
        demonym = rec.get("demonym")
        if demonym and _usable(str(demonym)):
            add(str(demonym), place, "demonym")
        capitals = rec.get("capital") or ()
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            if _usable(str(capital)) and capital not in cur.CAPITAL_STOPLIST:
                add(str(capital), place, "capital")

    for surface, iso3 in cur.COUNTRY_ALIASES:
        if iso3 in places:
            add(surface, places[iso3], "alias", curated=True)
            by_name.setdefault(surface.lower(), places[iso3])
    curated_tables: tuple[tuple[tuple[tuple[str, str], ...], str], ...] = (
        (cur.DEMONYMS, "demonym"),
        (cur.CAPITALS, "capital"),
        # an institution or leader acts for its country as a seat of government does
        (cur.STATE_ACTORS, "capital"),
        (cur.PART_OF_COUNTRY, "name"),  # Hong Kong reads as China, as a name would
        (cur.ARMED_GROUPS, "alias"),
    )
    for table, via in curated_tables:
        for surface, iso3 in table:
            if iso3 in places:
                add(surface, places[iso3], via, curated=True)
    for name, region_iso3, kind, lat, lon, region_surfaces in cur.REGIONS:
        region = Place(name=name, iso3=region_iso3, kind=kind, lat=lat, lon=lon)
        by_name[name.lower()] = region
        by_name[region.key] = region
        for s in region_surfaces:
            add(s, region, "region")
    for name, lat, lon, bloc_surfaces in cur.BLOCS:
        bloc = Place(name=name, iso3=None, kind="bloc", lat=lat, lon=lon)
        by_name[name.lower()] = bloc
        for s in bloc_surfaces:
            add(s, bloc, "bloc")
            by_name.setdefault(s.lower(), bloc)
    for surface, iso3 in cur.COMPANIES:
        if iso3 in places:
            add(surface, places[iso3], "company")
    for surface, iso3 in cur.SYSTEMS:
        if iso3 in places:
            add(surface, places[iso3], "system")

    ambiguities: dict[str, tuple[Place, ...]] = {}
    for surface, readings in cur.AMBIGUOUS:
        ps = tuple(Place(name=n, iso3=i, kind=k, lat=la, lon=lo) for n, i, k, la, lo in readings)
        ambiguities[surface.lower()] = ps
        # Matched in text so extraction can warn; the first reading is only a proposal.
        surfaces[surface] = (ps[0], "name")
        by_name.pop(surface.lower(), None)

    pattern = re.compile(
        # not after a word character, checked once the surface's first character matched
        # ("(?<!\w.)"): the pattern then opens with the class of first characters, and re
        # skips in C to where a surface can start instead of trying the trie at every position
        r"(?P<m>"
        + _trie_pattern({*surfaces, *cur.NON_PLACES}, after_first=r"(?<!\w.)")
        # plural/possessive, or a model variant after a number: "F-35A", "Su-30MKV"
        + r")(?:['’]s|s|(?<=\d)[A-Z]{1,4}\d?)?(?!\w)"
    )
    upper_places = {
        surface.upper(): place
        for surface, (place, via) in surfaces.items()
        if via in ("name", "capital") and place.kind == "country"
    }
    return Gazetteer(
        upper_places=MappingProxyType(upper_places),
        surfaces=MappingProxyType(surfaces),
        places_by_name=MappingProxyType(by_name),
        ambiguities=MappingProxyType(ambiguities),
        pattern=pattern,
    )
