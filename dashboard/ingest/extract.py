"""Article text → claims (supplier → recipient, kind, date, evidence), offline and rule-based.

Why rules and not a statistical model: analysts work air-gapped and need the same output for
the same input, with every claim tied to the sentence that supports it. The pipeline is:
spaCy's blank English sentencizer for sentences, the gazetteer's one-pass regex for places,
``dates.extract_dates`` for date phrases, and one compiled regex of relation triggers. Each
trigger's clause ("window") is searched for its parties by the word in front of them
(``to``/``from``/``by``/``with``...), by voice, and by what the kind implies:

- transfer (sold, supplied, delivered, exported...): subject/``by`` → ``to``; for buying verbs
  (bought, ordered, received...) subject → recipient and ``from`` → supplier; when the supplier
  is not named, the origin of the items (a weapon system, a company, "Russian jets").
- diversion: re-exporter → third party; when only the items' origin is named ("Canadian drones
  were diverted to Azerbaijan") the re-exporter is another party of the sentence.
- use: modelled as a flow from the *supplier of the user* to the user (TUR → AZE for
  Turkish drones with Canadian optics flown by Azerbaijan). When the items' origin is named
  (Canadian technology) and the article also states that origin → P and P → user, the use is
  put on P → user, the last hop of the chain.
- suspension, resumption, cancellation, denial, embargo, sanction: the deciding country →
  the country affected. Back-references ("Those suspensions", "limitation had been eased")
  take the parties of the article's previous export-control claim.

Reporting countries are not parties ("Seoul says Pyongyang shipped shells to Moscow").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import spacy
from spacy.language import Language

from dashboard.ingest.dates import DateMention, extract_dates
from dashboard.ingest.gazetteer import Gazetteer, Mention
from dashboard.model import Claim, DateRange, Excerpt, Place, Source

LICENCE_KINDS = frozenset({"suspension", "resumption", "cancellation", "denial", "embargo"})


@dataclass(frozen=True)
class ExtractionResult:
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...]


@functools.cache
def _nlp() -> Language:
    """Blank English pipeline with a rule-based sentencizer: no model download."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


# (regex, kind, direction). direction: "fwd" supplier acts; "rev" recipient acts; "use".
_TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # export-control decisions first: "suspended export permits" is a suspension, not a sale
    (
        r"re-?imposed|suspend(?:ed|s|ing)?|suspensions?|froze|freez(?:es|ing|e)|frozen|"
        r"halt(?:ed|s|ing)?|paus(?:ed|es|ing)|put\s+on\s+hold|withh[eo]ld(?:s|ing)?|"
        r"stopp?(?:ed|s|ing)?|moratorium",
        "suspension",
        "fwd",
    ),
    (
        r"resum(?:ed|es|ing|e|ption)|lift(?:ed|s|ing)?|eas(?:ed|es|ing)|restor(?:ed|es|ing|e)|"
        r"unfr[oe]ze|reinstat(?:ed|es|ing|e)|reversed",
        "resumption",
        "fwd",
    ),
    (
        r"cancel(?:l?ed|s|ling|ing|lation)?|scrap(?:ped|s|ping)?|revok(?:ed|es|ing|e)|"
        r"revocation|terminat(?:ed|es|ing|e)|annull?(?:ed|s|ing)?|tore\s+up|ripped\s+up",
        "cancellation",
        "fwd",
    ),
    (
        r"refus(?:ed|es|ing|e|al)|den(?:ied|ies|y|ying|ial)|block(?:ed|s|ing)?|"
        r"reject(?:ed|s|ing|ion)?|veto(?:ed|es|ing)?|barr(?:ed|ing)|turned\s+down",
        "denial",
        "fwd",
    ),
    (r"(?:arms\s+)?embargo(?:es|ed)?|arms\s+ban", "embargo", "fwd"),
    (
        r"sanction(?:ed|s|ing)?|blacklist(?:ed|s|ing)?|removed|expelled|kicked\s+out|"
        r"excluded|CAATSA",
        "sanction",
        "fwd",
    ),
    (
        r"divert(?:ed|s|ing)?|diversion|re-?export(?:ed|s|ing)?|re-?transferr?(?:ed|s|ing)?|"
        r"shared\s+with|passed\s+on|passed|hand(?:ed|s)\s+(?:on|over)|funnell?ed|smuggled|"
        r"re-?routed|re-?sold|ended\s+up",
        "diversion",
        "fwd",
    ),
    (
        r"used|using|use\s+of|deployed|flown|fired|employed|wreckage|shot\s+down|downed|"
        r"turned\s+up",
        "use",
        "use",
    ),
    (
        r"b(?:ought|uys?|uying)|purchas(?:ed|es|ing|e)|order(?:ed|s|ing)?|acquir(?:ed|es|ing|e)|"
        r"acquisition|receiv(?:ed|es|ing|e)|import(?:ed|s|ing)?|obtain(?:ed|s|ing)?|"
        r"procur(?:ed|es|ing|e|ement)|took\s+delivery|take\s+delivery|taking\s+delivery",
        "transfer",
        "rev",
    ),
    (
        r"s(?:old|ells?|elling|ales?)|suppl(?:ied|ies|y|ying|ier)|deliver(?:ed|s|ing|ies|y)?|"
        r"export(?:ed|s|ing)?|ship(?:ped|s|ping|ments?)|transferr?(?:ed|s|ing)?|"
        r"provid(?:ed|es|ing|e)|sen[dt]s?|sending|gave|gives?|giving|donat(?:ed|es|ing|e|ion)|"
        r"pledg(?:ed|es|e)|approv(?:ed|es|al|e)|clear(?:ed|s)|deal|contract|agreement|"
        r"arm(?:ed|s|ing)|military\s+aid",
        "transfer",
        "fwd",
    ),
)

# A licensing trigger only counts near a word about arms trade ("halted talks" does not).
_TRADE_OBJECT = re.compile(
    r"\b(?:licen[cs]es?|permits?|exports?|sales?|deliver(?:y|ies)|shipments?|transfers?|"
    r"arms|weapons?|contracts?|deals?|orders?|authori[sz]ations?|approvals?|restrictions?|"
    r"limitations?|supplies|technology|equipment|drones?|military|defen[cs]e|missiles?|"
    r"jets?|tanks?|embargo|F-35|programme|program|components?|parts|optics|munitions?)\b",
    re.IGNORECASE,
)

_ITEM_WORDS = (
    r"drones?|technology|technologies|equipment|weapons?|arms|optics|cameras?|missiles?|"
    r"tanks?|jets?|aircraft|systems?|parts|components?|rifles?|ammunition|shells|vehicles?|"
    r"defen[cs]e|military|munitions?|helicopters?|fighters?|warships?|frigates?|submarines?|"
    r"artillery|howitzers?|guns?|rockets?|radars?|engines?|goods|made|built|manufactured|"
    r"exports?|arms-makers?|firms?|company|companies|manufacturers?|suppliers?"
)
_ACTOR_WORDS = (
    r"government|officials?|minist(?:er|ry)|forces|troops|army|navy|air\s+force|authorities|"
    r"president|prime\s+minister|parliament|lawmakers|regime|military\s+junta|junta|"
    r"administration|state|side|counterpart|interim"
)
_REPORT_VERBS = (
    r"said|says|say|claimed|claims|claim|reported|reports|told|accused|accuses|alleged|"
    r"alleges|warned|warns|stated|states|noted|notes|added|believes|believe|insisted|"
    r"insists|argued|argues|denied\s+that|confirmed|confirms|criticized|criticised|"
    r"contested|expressed|urged|urges|complained"
)

_HEDGE = re.compile(
    r"\b(?:allegedly|reportedly|alleged|allegations?|claimed|claims?\s+that|suspected|"
    r"purportedly|purported|accused|believed\s+to|said\s+to\s+have|may\s+have|might\s+have|"
    r"unconfirmed|unverified|rumou?red|apparently)\b",
    re.IGNORECASE,
)

_VALUE = re.compile(
    r"(?:(?:US|C|A|NZ)?\$|€|£|USD\s?|EUR\s?)\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m)\b)?"
    r"|\b\d[\d,.]*\s?(?:million|billion)\s+(?:dollars|euros|pounds|rubles|yuan)\b",
    re.IGNORECASE,
)
_QUANTITY = re.compile(
    r"\b(?:\w+fold|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+times|doubled|"
    r"tripled|quadrupled|\d[\d,]*\s+(?:units?|tanks?|drones?|jets?|aircraft|missiles?|"
    r"rounds?|shells|howitzers?|launchers?|helicopters?|vehicles?|rifles?|systems?|"
    r"batteries|frigates?|submarines?|fighters?))\b",
    re.IGNORECASE,
)
_ITEM_PHRASE = re.compile(
    r"\b(?:(?:advanced|high-tech|armed|combat|surveillance|attack)\s+)?(?:"
    r"drone\s+(?:optics|technology|equipment|cameras?)|drone\s+optics|"
    r"camera\s+systems?|targeting\s+systems?|target\s+acquisition\s+systems?|"
    r"(?:air[ -]defen[cs]e|missile(?:-defen[cs]e)?)\s+systems?|combat\s+drones?|armed\s+drones?|"
    r"military\s+goods(?:\s+and\s+technolog(?:y|ies))?|fighter\s+jets?|artillery\s+shells|"
    r"(?:artillery|tank|ammunition|ballistic\s+missiles?|cruise\s+missiles?|anti-tank\s+missiles?)"
    r"|drones?|tanks|howitzers|helicopters|frigates?|submarines?|rifles|ammunition)\b",
    re.IGNORECASE,
)

_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these"}
_DEST_PREPS = {"to", "into", "on", "against", "with", "toward", "towards", "for"}
_SUBORDINATORS = re.compile(
    r"(?:;|\s[–—-]\s|,?\s+\b(?:after|following|pending|while|when|whereas|but|because|since|"
    r"although|though|as|which|amid|before|once|until|over|so\s+that)\b)",
    re.IGNORECASE,
)
_EARLIER_CLAUSE = {"after", "following", "because", "since", "over", "once", "although", "though"}


@functools.cache
def _trigger_re() -> re.Pattern[str]:
    parts = [f"(?P<t{i}>{rx})" for i, (rx, _, _) in enumerate(_TRIGGERS)]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


@functools.cache
def _context_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    item_after = re.compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{_ITEM_WORDS})\b", re.I)
    actor_after = re.compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,1}}?(?:{_ACTOR_WORDS})\b", re.I)
    reporter_after = re.compile(
        rf"^(?:['’]s)?(?:\s+[A-Z][\w-]*|\s+(?:foreign|defen[cs]e|state|official|"
        rf"government|media|news)\b[\w\s-]*?){{0,6}}\s+(?:{_REPORT_VERBS})\b"
    )
    return item_after, actor_after, reporter_after


@dataclass
class _Party:
    mention: Mention
    prep: str  # word before the mention (determiners skipped), lower-case, "" at clause start
    role: str  # "party" | "item" | "reporter" | "actor"


@dataclass
class _State:
    """What earlier sentences established, for back-references."""

    last_licence: tuple[Place, Place] | None = None
    last_claims: list[tuple[Claim, int]] = field(default_factory=list)  # (claim, sentence no.)


def extract_claims(source: Source, gazetteer: Gazetteer) -> ExtractionResult:
    """All claims a source states, with one excerpt each, in text order."""
    text = source.text
    mentions = gazetteer.find(text)
    starts = [m.start for m in mentions]
    dates = extract_dates(text, source.published)
    date_starts = [d.start for d in dates]
    warnings: list[str] = []
    state = _State()
    claims: list[Claim] = []

    for sent_no, (s_start, s_end) in enumerate(_sentences(text)):
        lo = bisect.bisect_left(starts, s_start)
        hi = bisect.bisect_left(starts, s_end)
        sent_mentions = mentions[lo:hi]
        d_lo = bisect.bisect_left(date_starts, s_start)
        d_hi = bisect.bisect_left(date_starts, s_end)
        sent_dates = dates[d_lo:d_hi]
        new = _sentence_claims(
            text, s_start, s_end, sent_mentions, sent_dates, source, gazetteer, state, sent_no
        )
        for claim in new:
            if claim.origin.key == claim.destination.key:
                warnings.append(
                    f"dropped a {claim.kind} from {claim.origin.name} to itself: "
                    f"{claim.excerpt.text[:80]!r}"
                )
                continue
            claims.append(claim)
            state.last_claims.append((claim, sent_no))
            if claim.kind in LICENCE_KINDS:
                state.last_licence = (claim.origin, claim.destination)

    claims = _chain_use(claims)
    unique: dict[tuple[str, str, str, int], Claim] = {}
    for c in claims:
        unique.setdefault((c.origin.key, c.destination.key, c.kind, c.excerpt.start), c)
    out = tuple(unique.values())
    for c in out:
        warnings.extend(c.warnings)
    return ExtractionResult(claims=out, warnings=tuple(dict.fromkeys(warnings)))


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans with surrounding whitespace stripped; paragraphs never merge."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for para in re.split(r"(\n\s*\n)", text):
        if para.strip() and not para.startswith("\n"):
            doc = _nlp()(para)
            for sent in doc.sents:
                a, b = sent.start_char, sent.end_char
                seg = para[a:b]
                a += len(seg) - len(seg.lstrip())
                b -= len(seg) - len(seg.rstrip())
                if b > a:
                    spans.append((offset + a, offset + b))
        offset += len(para)
    return spans


def _windows(sentence: str) -> list[tuple[int, int, str]]:
    """Clause windows (start, end, word that opened it) relative to the sentence."""
    cuts = [
        (m.start(), m.end(), m.group(0).strip(" ,;–—-").lower())
        for m in _SUBORDINATORS.finditer(sentence)
    ]
    out: list[tuple[int, int, str]] = []
    prev, word = 0, ""
    for a, b, w in cuts:
        if a > prev:
            out.append((prev, a, word))
        prev, word = b, w
    out.append((prev, len(sentence), word))
    return out


def _prep_before(text: str, start: int, floor: int) -> str:
    """The word in front of a mention, skipping determiners and one adjective-like word."""
    chunk = text[max(floor, start - 60) : start]
    words = re.findall(r"[\w’'-]+|[,;:“”\"()]", chunk)
    skipped = 0
    while words and (
        words[-1].lower() in _DETERMINERS
        or (skipped < 1 and words[-1].islower() and words[-1].lower() not in _PREP_WORDS)
    ):
        if words[-1].lower() not in _DETERMINERS:
            skipped += 1
        words.pop()
    return words[-1].lower() if words else ""


_PREP_WORDS = {
    "to", "into", "on", "against", "with", "toward", "towards", "for", "from", "by", "of",
    "in", "over", "and", "at", "during", "via", "between",
}  # fmt: skip


def _classify(text: str, m: Mention, floor: int, ceil: int) -> _Party:
    item_after, actor_after, reporter_after = _context_res()
    after = text[m.end : min(ceil, m.end + 80)]
    prep = _prep_before(text, m.start, floor)
    before = text[max(floor, m.start - 14) : m.start].lower()
    if m.via == "system":
        role = "item"
    elif reporter_after.match(after) or "according to" in before:
        role = "reporter"
    elif m.via == "demonym" and item_after.match(after) and not actor_after.match(after):
        role = "item"
    else:
        role = "party"
    return _Party(m, prep, role)


def _sentence_claims(
    text: str,
    s_start: int,
    s_end: int,
    mentions: Sequence[Mention],
    dates: Sequence[DateMention],
    source: Source,
    gazetteer: Gazetteer,
    state: _State,
    sent_no: int,
) -> list[Claim]:
    sentence = text[s_start:s_end]
    triggers = list(_trigger_re().finditer(sentence))
    if not triggers:
        return []
    excerpt = Excerpt(source.id, s_start, s_end, sentence)
    windows = _windows(sentence)
    parties_all = [_classify(text, m, s_start, s_end) for m in mentions]
    hedged = bool(_HEDGE.search(sentence))
    attribution = _attribution(sentence)
    out: list[Claim] = []
    seen: set[tuple[str, str, str]] = set()
    for t in triggers:
        idx = int(next(k for k, v in t.groupdict().items() if v is not None)[1:])
        _, kind, direction = _TRIGGERS[idx]
        word = t.group(0).lower()
        t_abs = s_start + t.start()
        w_start, w_end, opener = next(
            w for w in windows if w[0] <= t.start() < w[1] or w[1] == len(sentence)
        )
        w_abs = (s_start + w_start, s_start + w_end)
        window_text = sentence[w_start:w_end]
        kind, direction = _refine(kind, direction, word, sentence, t)
        if kind is None:
            continue
        if kind in LICENCE_KINDS | {"sanction"} and not _TRADE_OBJECT.search(window_text):
            continue
        in_window = [p for p in parties_all if w_abs[0] <= p.mention.start < w_abs[1]]
        roles = _assign(kind, direction, in_window, t_abs, t_abs + len(t.group(0)), text, w_abs)
        origin, dest = roles
        warnings: list[str] = []
        origin, dest = _fill_missing(
            kind, origin, dest, in_window, parties_all, t_abs, state, sent_no, out, sentence, text
        )
        if origin is None or dest is None:
            continue
        for p in (origin, dest):
            if p.mention.place.kind == "region" and kind != "use":
                origin = None
        if origin is None:
            continue
        for p in (origin, dest):
            readings = gazetteer.ambiguous(p.mention.surface)
            if readings:
                names = " or ".join(r.name for r in readings)
                warnings.append(
                    f"ambiguous place {p.mention.surface!r} ({names}); read as "
                    f"{p.mention.place.name}, please check: {sentence[:80]!r}"
                )
        key = (origin.mention.place.key, dest.mention.place.key, kind)
        if key in seen:
            continue
        seen.add(key)
        rng, date_warn = _date_for(dates, t_abs, w_abs, opener, windows, s_start)
        if date_warn:
            warnings.append(date_warn)
        items = _items(sentence, mentions, w_abs, s_start)
        out.append(
            Claim(
                origin=origin.mention.place,
                destination=dest.mention.place,
                kind=kind,  # type: ignore[arg-type]
                date=rng,
                excerpt=excerpt,
                items=items,
                quantity=_first(_QUANTITY, window_text) or _first(_QUANTITY, sentence),
                value=_first(_VALUE, window_text) or _first(_VALUE, sentence),
                attribution=attribution,
                hedged=hedged,
                warnings=tuple(warnings),
            )
        )
    return out


def _refine(
    kind: str, direction: str, word: str, sentence: str, t: re.Match[str]
) -> tuple[str | None, str]:
    """Context that changes a trigger's meaning ("lifted the embargo", "export permits")."""
    after = sentence[t.end() : t.end() + 40].lower()
    before = sentence[max(0, t.start() - 30) : t.start()].lower()
    if (
        kind == "transfer"
        and direction == "fwd"
        and word.startswith("export")
        and re.match(r"\s+(?:licen|permit|control|regime|credit)", after)
    ):
        return None, direction
    if (
        kind == "transfer"
        and word in ("deal", "contract", "agreement")
        and not re.search(r"\b(?:with|to|from|for)\b", after[:25] + " " + before[-15:])
    ):
        return None, direction
    if (
        kind == "sanction"
        and word == "removed"
        and not re.search(r"from\s+the\s+F-35|program", after)
    ):
        return None, direction
    if (
        kind == "sanction"
        and word in ("excluded", "expelled", "kicked out")
        and not re.search(r"program|F-35|market|fair|exercise", after)
    ):
        return None, direction
    if kind == "resumption" and word.startswith("lift") and "embargo" in after:
        return "resumption", direction
    if kind == "embargo" and re.search(
        r"\b(?:violat|breach|defian|under\s+the|despite)\w*", before
    ):
        return None, direction
    if kind == "embargo" and re.search(r"\bunder\s+(?:an?\s+|the\s+)?$", before):
        return None, direction
    if (
        kind == "suspension"
        and word.startswith("stop")
        and not re.match(
            r"\s+(?:\w+\s+){0,3}(?:export|sale|deliver|ship|licen|permit|arms|weapon)", after
        )
    ):
        return None, direction
    if (
        kind == "use"
        and word in ("used", "using")
        and re.match(r"\s+to\b", after)
        and not re.search(r"\bwas|were|been|being\b", before[-12:])
    ):
        return None, direction
    if (
        kind == "transfer"
        and word
        in (
            "approved",
            "approves",
            "approval",
            "approve",
            "cleared",
            "clears",
        )
        and not re.match(
            r"\s+(?:\w+\s+){0,4}(?:sale|export|transfer|deliver|purchase|licen|permit|deal)", after
        )
    ):
        return None, direction
    if (
        kind == "transfer"
        and word in ("arms", "armed", "arming")
        and not re.match(r"\s+(?:sales?|exports?|deliver|suppl|transfer)", after)
        and word == "arms"
    ):
        return None, direction
    return kind, direction


def _assign(
    kind: str,
    direction: str,
    parties: list[_Party],
    t_start: int,
    t_end: int,
    text: str,
    window: tuple[int, int],
) -> tuple[_Party | None, _Party | None]:
    """Origin and destination among a window's parties, from prepositions and voice."""
    before = [p for p in parties if p.mention.end <= t_start and p.role in ("party", "actor")]
    after = [p for p in parties if p.mention.start >= t_end and p.role in ("party", "actor")]
    passive = bool(
        re.search(
            r"\b(?:was|were|been|being|is|are|be|had|have|has)\s+(?:\w+\s+)?$",
            text[max(window[0], t_start - 25) : t_start].lower(),
        )
    ) and not re.search(
        r"\b(?:had|have|has)\s+$", text[max(window[0], t_start - 10) : t_start].lower()
    )
    by = next((p for p in after if p.prep == "by"), None)
    frm = next((p for p in after if p.prep == "from"), None) or next(
        (p for p in before if p.prep == "from"), None
    )
    to = next((p for p in after if p.prep in _DEST_PREPS), None)
    subject = next(
        (
            p
            for p in reversed(before)
            if p.prep not in _DEST_PREPS | {"from", "by", "of", "in", "during", "over", "at"}
        ),
        None,
    )
    possessor = next(
        (p for p in reversed(before) if text[p.mention.end : p.mention.end + 2] in ("'s", "’s")),
        None,
    )
    origin: _Party | None
    dest: _Party | None
    if direction == "rev":
        dest = by if (passive and by) else (subject or possessor)
        origin = frm
        if origin is None and to is not None and passive:
            origin, dest = None, to
        return origin, dest
    if direction == "use":
        user = (
            by if by and not re.search(r"shot\s+down|downed", text[t_start:t_end].lower()) else None
        )
        if user is None and subject is not None and not passive:
            user = subject if subject.role in ("party", "actor") else None
        return None, user
    # fwd
    origin = by if by else (frm if frm and kind != "diversion" else subject)
    if origin is None and possessor is not None:
        origin = possessor
    dest = to if to is not origin else None
    if dest is None and origin is not None and origin is not subject and subject is not None:
        dest = subject
    if kind in ("sanction", "embargo") and dest is None:
        nxt = next((p for p in after if p is not origin), None)
        dest = nxt
    return origin, dest


def _fill_missing(
    kind: str,
    origin: _Party | None,
    dest: _Party | None,
    window: list[_Party],
    sentence_parties: list[_Party],
    t_abs: int,
    state: _State,
    sent_no: int,
    same_sentence: list[Claim],
    sentence: str,
    text: str,
) -> tuple[_Party | None, _Party | None]:
    """Supply a missing party from item origins, the sentence, or earlier claims."""
    items = [p for p in window if p.role == "item"]
    if kind == "transfer" and origin is None and dest is not None:
        src = next((p for p in items if p.mention.place.key != dest.mention.place.key), None)
        origin = src
    if kind == "diversion" and dest is not None and origin is None:
        item_keys = {p.mention.place.key for p in items}
        cands = [
            p
            for p in sentence_parties
            if p.role in ("party", "actor")
            and p.mention.start < t_abs
            and p.mention.place.key not in item_keys | {dest.mention.place.key}
            and p.mention.place.kind == "country"
        ]
        origin = cands[-1] if cands else None
    if kind == "use":
        src = next((p for p in items), None)
        if dest is None:
            # the recipient of a transfer in the same sentence ("its exports to X were used")
            prior = [c for c in same_sentence if c.kind == "transfer"]
            if prior:
                dest = _synthetic(prior[-1].destination)
                if src is None:
                    src = _synthetic(prior[-1].origin)
            elif src is not None:
                for c, _n in reversed(state.last_claims):
                    if c.origin.key == src.mention.place.key and c.kind in (
                        "transfer",
                        "diversion",
                    ):
                        dest = _synthetic(c.destination)
                        break
        if src is None and dest is not None:
            prior = [c for c in same_sentence if c.destination.key != dest.mention.place.key]
            if prior:
                src = _synthetic(prior[-1].destination)
        return src, dest
    if kind in LICENCE_KINDS and (origin is None or dest is None) and state.last_licence:
        lo, ld = state.last_licence
        if origin is None and dest is None:
            return _synthetic(lo), _synthetic(ld)
        if origin is None and dest is not None and dest.mention.place.key == ld.key:
            return _synthetic(lo), dest
        if dest is None and origin is not None and origin.mention.place.key == lo.key:
            return origin, _synthetic(ld)
    if kind == "transfer" and origin is None and dest is None and state.last_claims:
        c, n = state.last_claims[-1]
        if n == sent_no - 1 and c.kind == "transfer":
            return _synthetic(c.origin), _synthetic(c.destination)
    return origin, dest


def _synthetic(place: Place) -> _Party:
    """A party taken from context rather than named in the sentence."""
    return _Party(Mention(-1, -1, place.name, place, "context"), "", "party")


def _chain_use(claims: list[Claim]) -> list[Claim]:
    """Put a use on the last hop of a supply chain the article states (CAN → TUR → AZE)."""
    supply = {
        (c.origin.key, c.destination.key) for c in claims if c.kind in ("transfer", "diversion")
    }
    links = {(c.origin.key, c.destination.key) for c in claims}
    places = {c.origin.key: c.origin for c in claims} | {
        c.destination.key: c.destination for c in claims
    }
    out: list[Claim] = []
    for c in claims:
        if c.kind == "use" and (c.origin.key, c.destination.key) not in supply:
            hops = sorted(
                p for (p, u) in supply if u == c.destination.key and (c.origin.key, p) in links
            )
            if hops:
                c = replace(c, origin=places[hops[0]])
        out.append(c)
    return out


def _date_for(
    dates: Sequence[DateMention],
    t_abs: int,
    window: tuple[int, int],
    opener: str,
    windows: list[tuple[int, int, str]],
    s_start: int,
) -> tuple[DateRange, str | None]:
    """Nearest date in the trigger's clause, else in the sentence unless the clause is earlier."""
    inside = [d for d in dates if window[0] <= d.start < window[1]]
    pool = inside
    if not pool and opener not in _EARLIER_CLAUSE:
        pool = [d for d in dates if d.start < window[0]]
    if not pool:
        return DateRange.unknown(), None
    best = min(pool, key=lambda d: (abs(d.start - t_abs), d.start))
    if best.warning:
        return DateRange(None, None, "unknown", best.phrase, resolved=False), best.warning
    return best.range, None


def _items(
    sentence: str, mentions: Sequence[Mention], window: tuple[int, int], s_start: int
) -> tuple[str, ...]:
    found: list[str] = [m.surface for m in mentions if m.via == "system"]
    wtext = sentence[window[0] - s_start : window[1] - s_start]
    found += [m.group(0) for m in _ITEM_PHRASE.finditer(wtext)]
    return tuple(dict.fromkeys(found))


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    m = pattern.search(text)
    return m.group(0).strip() if m else None


_ATTR_AFTER = re.compile(
    rf"\b(?:{_REPORT_VERBS}|concluded|announced)\s*,?\s+((?:the\s+)?(?:[A-Z][\w’'.-]*|of|for|and)"
    rf"(?:\s+(?:[A-Z][\w’'.-]*|of|for|and)){{0,7}})"
)
_ATTR_BEFORE = re.compile(
    rf"((?:[A-Z][\w’'.-]*|of|for|and|media|outlet|officials?|ministry|minister|government|"
    rf"foreign|defen[cs]e|spokes(?:man|woman|person)|agency)(?:\s+(?:[A-Z][\w’'.-]*|of|for|and|"
    rf"media|outlet|officials?|ministry|minister|government|foreign|defen[cs]e|"
    rf"spokes(?:man|woman|person)|agency)){{0,7}})\s+(?:{_REPORT_VERBS})\b"
)
_ACCORDING = re.compile(
    r"\baccording\s+to\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*|\s+of){0,6})"
)


def _attribution(sentence: str) -> str | None:
    """Who says so: "Canadian Foreign Minister Marc Garneau", "CBC", "Turkey’s Ministry..."."""
    for rx in (_ACCORDING, _ATTR_BEFORE, _ATTR_AFTER):
        m = rx.search(sentence)
        if m:
            who = m.group(1).strip(" ,.")
            who = re.sub(r"^(?:and|of|for)\s+", "", who)
            if who and who[0].isupper() and who.lower() not in ("it", "they", "he", "she", "we"):
                return who
    return None
