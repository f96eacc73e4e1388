"""Hand-made flows over the real seed texts, so dashboard tests do not depend on extraction.

Excerpts are located in the bundled articles by search, so ``source.text[start:end] ==
excerpt.text`` holds exactly as it does for extracted evidence.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from dashboard.model import DateRange, Event, Excerpt, Flow, Place, Source, content_id

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"

CANADA = Place("Canada", "CAN", "country", 56.13, -106.35)
TURKEY = Place("Turkey", "TUR", "country", 38.96, 35.24)
AZERBAIJAN = Place("Azerbaijan", "AZE", "country", 40.14, 47.58)
LIBYA = Place("Libya", "LBY", "country", 26.34, 17.23)
RUSSIA = Place("Russia", "RUS", "country", 61.52, 105.32)
USA = Place("United States", "USA", "country", 37.09, -95.71)
SAUDI = Place("Saudi Arabia", "SAU", "country", 23.89, 45.08)


def _source(stem: str) -> Source:
    path = next(ARTICLES.glob(f"{stem}*.txt"))
    meta = json.loads(path.with_suffix("").with_suffix(".meta.json").read_text("utf-8"))
    text = path.read_text("utf-8")
    return Source(
        id=content_id(text),
        title=meta["title"],
        text=text,
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        published=date.fromisoformat(meta["published"]) if meta.get("published") else None,
        published_note=meta.get("published_note"),
        path=path.name,
    )


EURASIAN = _source("000")
CBC = _source("001")
SOURCES: tuple[Source, ...] = (EURASIAN, CBC)


def excerpt(source: Source, needle: str) -> Excerpt:
    """The first span of the source matching ``needle``, any whitespace (incl. NBSP) and
    apostrophe style accepted; the excerpt carries the source's exact characters."""
    pattern = r"\s+".join(re.escape(w) for w in needle.split())
    pattern = pattern.replace("’", "['’]")
    match = re.search(pattern, source.text)
    if match is None:
        raise ValueError(f"{needle!r} not in {source.path}")
    return Excerpt(source.id, match.start(), match.end(), match.group(0))


def _range(start: str, end: str, precision: str, phrase: str) -> DateRange:
    return DateRange(date.fromisoformat(start), date.fromisoformat(end), precision, phrase)  # type: ignore[arg-type]


def seed_flows() -> list[Flow]:
    """The six seed flows with the events issue 2 expects, evidence from both articles."""
    can_tur = Flow(
        CANADA,
        TURKEY,
        (
            Event(
                "ct-susp-2019",
                "suspension",
                _range("2019-10-01", "2019-10-31", "month", "October 2019"),
                (
                    excerpt(EURASIAN, "Canada had suspended export licenses in October 2019"),
                    excerpt(CBC, "suspend the issuance of new export permits to Turkey"),
                ),
                items=("export licences",),
            ),
            Event(
                "ct-resume-2020",
                "resumption",
                _range("2020-03-01", "2020-05-31", "season", "spring last year"),
                (excerpt(EURASIAN, "limitation had been eased in spring last year"),),
            ),
            Event(
                "ct-susp-2020",
                "suspension",
                _range("2020-10-01", "2020-10-31", "month", "in October"),
                (
                    excerpt(
                        EURASIAN,
                        "permits for advanced drone optics and defense equipment were then "
                        "suspended in October",
                    ),
                    excerpt(
                        CBC, "the Government of Canada suspended export permits for military goods"
                    ),
                ),
                items=("drone optics",),
            ),
            Event(
                "ct-cancel-2021",
                "cancellation",
                _range("2021-04-12", "2021-04-12", "day", "on April 12"),
                (
                    excerpt(
                        EURASIAN,
                        "This use [of drone technology] was not consistent with Canadian "
                        "foreign policy, nor end-use assurances given by Turkey",
                    ),
                    excerpt(CBC, "today I am announcing the cancellation of permits"),
                ),
                attribution="Canadian Foreign Minister Marc Garneau",
            ),
        ),
    )
    tur_aze = Flow(
        TURKEY,
        AZERBAIJAN,
        (
            Event(
                "ta-transfer-2020",
                "transfer",
                _range("2020-01-01", "2020-12-31", "year", "last year"),
                (
                    excerpt(CBC, "Turkey’s military exports to Azerbaijan jumped sixfold"),
                    excerpt(EURASIAN, "Turkey’s military exports to Azerbaijan had increased"),
                ),
                value="$77 million",
            ),
            Event(
                "ta-divert-2020",
                "diversion",
                _range("2020-09-01", "2020-11-30", "season", "last fall"),
                (excerpt(EURASIAN, "Canadian drones were diverted to Azerbaijan"),),
                items=("Bayraktar TB2", "WESCAM optics"),
            ),
            Event(
                "ta-use-2020",
                "use",
                _range("2020-10-01", "2020-10-31", "month", "in October last year"),
                (excerpt(CBC, "had been used by Azerbaijani forces"),),
            ),
        ),
    )
    tur_lby = Flow(
        TURKEY,
        LIBYA,
        (
            Event(
                "tl-divert",
                "diversion",
                DateRange.unknown(),
                (excerpt(EURASIAN, "shared with Libya’s interim government by Turkey"),),
            ),
        ),
    )
    rus_tur = Flow(
        RUSSIA,
        TURKEY,
        (
            Event(
                "rt-transfer",
                "transfer",
                DateRange.unknown(),
                (excerpt(EURASIAN, "purchasing S-400 air defense systems from Russia"),),
                items=("S-400",),
            ),
        ),
    )
    usa_tur = Flow(
        USA,
        TURKEY,
        (
            Event(
                "ut-sanction",
                "sanction",
                DateRange.unknown(),
                (excerpt(EURASIAN, "After the US sanctions over its S-400 deal with Russia"),),
            ),
        ),
    )
    can_sau = Flow(
        CANADA,
        SAUDI,
        (
            Event(
                "cs-transfer",
                "transfer",
                DateRange.unknown(),
                (excerpt(EURASIAN, "its arms exports to Saudi Arabia were allegedly used"),),
                hedged=True,
            ),
        ),
    )
    return [can_tur, tur_aze, tur_lby, rus_tur, usa_tur, can_sau]


def sources_by_id() -> dict[str, Source]:
    return {s.id: s for s in SOURCES}
