"""Claim extraction on short real-style sentences: direction, kind, evidence, dates, hedging."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.ingest.extract import ExtractionResult, extract_claims
from dashboard.ingest.gazetteer import Gazetteer, load_gazetteer
from dashboard.model import Source, content_id

PUB = date(2023, 6, 14)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def run(gaz: Gazetteer, text: str, published: date | None = PUB) -> ExtractionResult:
    source = Source(id=content_id(text), title="t", text=text, published=published)
    result = extract_claims(source, gaz)
    for claim in result.claims:
        claim.excerpt.check(source)
    return result


def triples(result: ExtractionResult) -> set[tuple[str, str, str]]:
    return {(c.origin.key, c.destination.key, c.kind) for c in result.claims}


@pytest.mark.parametrize(
    "text",
    [
        "South Korea sold 48 K9 howitzers to Poland.",
        "Poland bought 48 K9 howitzers from South Korea.",
        "Poland ordered 48 K9 howitzers from Hanwha.",
        "Forty-eight K9 howitzers were delivered to Poland by South Korea.",
        "Warsaw received the first K9 howitzers from Seoul on Monday.",
    ],
)
def test_transfer_direction_in_active_passive_and_buying_sentences(
    gaz: Gazetteer, text: str
) -> None:
    assert triples(run(gaz, text)) == {("kor", "pol", "transfer")}


def test_reporting_country_is_not_a_party(gaz: Gazetteer) -> None:
    result = run(gaz, "Seoul says Pyongyang shipped artillery shells to Moscow.")
    assert triples(result) == {("prk", "rus", "transfer")}
    assert result.claims[0].attribution == "Seoul"


def test_supplier_from_the_weapon_system(gaz: Gazetteer) -> None:
    assert triples(run(gaz, "Turkey bought S-400 air defence systems.")) == {
        ("rus", "tur", "transfer")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("South Korea ordered three C-390s in 2023.", ("bra", "kor", "transfer")),
        ("Hungary took delivery of two C-390 aircraft in 2024.", ("bra", "hun", "transfer")),
        ("Nigeria has ordered 12 AW109 helicopters.", ("ita", "nga", "transfer")),
    ],
)
def test_supplier_from_a_less_famous_system(
    gaz: Gazetteer, text: str, expected: tuple[str, str, str]
) -> None:
    assert triples(run(gaz, text)) == {expected}


def test_possessive_deal(gaz: Gazetteer) -> None:
    text = (
        "After the US sanctions over its S-400 deal with Russia, "
        "Turkey faces an arms embargo from Canada."
    )
    assert triples(run(gaz, text)) == {
        ("usa", "tur", "sanction"),
        ("rus", "tur", "transfer"),
        ("can", "tur", "embargo"),
    }


def test_bloc_imposes_embargo(gaz: Gazetteer) -> None:
    [claim] = run(gaz, "The EU imposed an arms embargo on Belarus in 2011.").claims
    assert (claim.origin.key, claim.destination.key, claim.kind) == ("eu", "blr", "embargo")
    assert claim.origin.kind == "bloc"
    assert (claim.date.start, claim.date.precision) == (date(2011, 1, 1), "year")


def test_coordinated_parties(gaz: Gazetteer) -> None:
    text = "London and Washington have imposed sanctions on Tehran."
    assert triples(run(gaz, text)) == {("gbr", "irn", "sanction"), ("usa", "irn", "sanction")}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Germany suspended arms export licences for Saudi Arabia.", "suspension"),
        ("Berlin resumed arms deliveries to Riyadh.", "resumption"),
        (
            "Canada on Monday scrapped export permits for drone technology to Turkey.",
            "cancellation",
        ),
        ("Spain refused to allow the sale of ammunition to Israel.", None),
    ],
)
def test_export_control_kinds(gaz: Gazetteer, text: str, kind: str | None) -> None:
    found = triples(run(gaz, text))
    if kind is None:
        assert found == {("esp", "isr", "denial")}
    else:
        assert {k for _, _, k in found} == {kind}


def test_denial_points_at_the_final_recipient(gaz: Gazetteer) -> None:
    text = "Italy refused to let Germany re-export the rifles to Ukraine."
    assert triples(run(gaz, text)) == {("ita", "ukr", "denial")}


def test_back_reference_takes_previous_parties(gaz: Gazetteer) -> None:
    text = (
        "Germany suspended arms exports to Saudi Arabia in October 2018.\n\n"
        "Those suspensions were lifted last month."
    )
    result = run(gaz, text)
    kinds = {(c.origin.key, c.destination.key, c.kind, c.date.start) for c in result.claims}
    assert kinds == {
        ("deu", "sau", "suspension", date(2018, 10, 1)),
        ("deu", "sau", "resumption", date(2023, 5, 1)),
    }


def test_diversion_by_the_re_exporter(gaz: Gazetteer) -> None:
    text = "The Canadian equipment had been shared with Libya’s interim government by Turkey."
    assert triples(run(gaz, text)) == {("tur", "lby", "diversion")}


@pytest.mark.parametrize(
    ("text", "kind", "hedged"),
    [
        ("Kinshasa is reported to have ordered TB2 drones from Turkey.", "transfer", True),
        ("Botswana is also reported to have bought missiles from China.", "transfer", True),
        ("The rifles appear to have been sold to Libya by Egypt.", "transfer", True),
        ("Egypt probably sold the rifles to Libya.", "transfer", True),
        # doubt about a later clause, not about the sale
        (
            "Bishkek took delivery of TB2 drones from Turkey last year, and Kyrgyz forces "
            "reportedly used them on the border.",
            "transfer",
            False,
        ),
        # the reason for a measure, not doubt about it
        (
            "The United States sanctioned companies in China for allegedly supplying engines to "
            "Russia.",
            "sanction",
            False,
        ),
        (
            "Japan imposed sanctions on Russia, freezing the assets of 41 firms accused of "
            "helping Moscow.",
            "sanction",
            False,
        ),
        ("The United States reportedly sanctioned two firms in Iran.", "sanction", True),
    ],
)
def test_hedging_is_about_the_claims_own_clause(
    gaz: Gazetteer, text: str, kind: str, hedged: bool
) -> None:
    claims = [c for c in run(gaz, text).claims if c.kind == kind]
    assert claims and all(c.hedged is hedged for c in claims)


def test_use_goes_from_supplier_to_user(gaz: Gazetteer) -> None:
    text = "The Ukrainian military used TB2s bought from Turkey to strike Russian columns."
    assert triples(run(gaz, text)) == {("tur", "ukr", "transfer"), ("tur", "ukr", "use")}


def test_hedged_and_value(gaz: Gazetteer) -> None:
    [claim] = run(gaz, "Iran reportedly supplied drones worth $200 million to Russia.").claims
    assert claim.hedged
    assert claim.value == "$200 million"
    assert "drones" in claim.items


def test_negated_and_hypothetical_statements_give_no_claim(gaz: Gazetteer) -> None:
    assert run(gaz, "Washington has not sanctioned New Delhi over the deal.").claims == ()
    assert run(gaz, "Lammy said the decision was not an arms embargo on Israel.").claims == ()


def test_excerpt_is_the_stripped_sentence_with_exact_offsets(gaz: Gazetteer) -> None:
    text = "Headline about tanks\n\n  Germany sold Leopard tanks to Norway in 2022.  \n\nOther."
    [claim] = run(gaz, text).claims
    assert claim.excerpt.text == "Germany sold Leopard tanks to Norway in 2022."
    assert text[claim.excerpt.start : claim.excerpt.end] == claim.excerpt.text


def test_undated_article_keeps_relative_dates_unresolved(gaz: Gazetteer) -> None:
    [claim] = run(gaz, "France delivered Caesar howitzers to Armenia last year.", None).claims
    assert claim.date.start is None
    assert claim.date.phrase == "last year" and claim.date.resolved is False


def test_future_date_is_not_stored_as_a_fact(gaz: Gazetteer) -> None:
    result = run(gaz, "Norway delivered NASAMS launchers to Ukraine in March 2024.")
    [claim] = result.claims
    assert claim.date.start is None and claim.date.resolved is False
    assert any("after the publication date" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "year", "precision"),
    [
        # a later clause that dates the event
        (
            "Slovenia stopped issuing export licences to Israel when the war began in "
            "October 2022.",
            2022,
            "month",
        ),
        (
            "New Zealand imposed sanctions on Russia shortly after the invasion of Ukraine in "
            "February 2022.",
            2022,
            "month",
        ),
        (
            "Saudi Arabia bought Wing Loong drones from China, the first of which were "
            "delivered in 2017.",
            2017,
            "year",
        ),
        # a year naming the deal
        ("India operates 36 Rafales bought from France under a 2016 deal.", 2016, "year"),
        # a year given by reference to the one named before
        (
            "Mali's junta took power in 2021. Russia delivered Mi-8 helicopters to Mali that year.",
            2021,
            "year",
        ),
        (
            "Kazakhstan signed a production deal in 2023. Kazakhstan bought three Anka drones "
            "from Turkey the year before.",
            2022,
            "year",
        ),
    ],
)
def test_event_dates_stated_around_the_trigger(
    gaz: Gazetteer, text: str, year: int, precision: str
) -> None:
    claims = [c for c in run(gaz, text).claims if c.kind != "use"]
    assert claims
    for claim in claims:
        assert claim.date.start is not None and claim.date.start.year == year
        assert claim.date.precision == precision


@pytest.mark.parametrize(
    "text",
    [
        # "after" as a rank, and a date in another clause
        "Germany, Israel's second supplier after the United States, has continued to approve "
        "exports to Israel, although the volume fell in 2022.",
        # a date in a clause that follows a semicolon is that clause's
        "Canada sold armoured vehicles to Saudi Arabia; it halted new permits following the "
        "killing of a journalist in 2018.",
        # "that year" with no year named before it
        "Russia delivered Mi-8 helicopters to Mali that year.",
    ],
)
def test_dates_of_other_clauses_are_not_taken(gaz: Gazetteer, text: str) -> None:
    claims = [c for c in run(gaz, text).claims if c.kind == "transfer"]
    assert claims and all(c.date.start is None for c in claims)


def test_a_date_nested_in_a_later_clause_dates_only_its_own_event(gaz: Gazetteer) -> None:
    text = (
        "After the US sanctions over its S-400 deal with Russia, Turkey faces an arms embargo "
        "from Canada following an investigation that revealed Canadian drones were diverted to "
        "Azerbaijan during the Nagorno-Karabakh conflict last year."
    )
    claims = run(gaz, text).claims
    measures = [c for c in claims if c.kind in ("sanction", "embargo", "transfer")]
    assert {c.kind for c in measures} >= {"sanction", "embargo"}
    assert all(c.date.start is None for c in measures)


def test_flow_to_itself_is_dropped_with_a_warning(gaz: Gazetteer) -> None:
    result = run(gaz, "France sold Rafale jets to Paris.")
    assert result.claims == ()
    assert any("to itself" in w for w in result.warnings)


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (  # a party filled in from context (the buyer) turned out to be the other one
            "Lithuania has signed a contract for 44 Leopard 2A8 tanks, giving its army a tank "
            "battalion, the Ministry of National Defence said on Tuesday.",
            ("deu", "ltu", "transfer"),
        ),
        (  # the sentence states Germany -> Spain; the rules' extra Spain -> Spain is no news
            "Madrid bought 20 Eurofighters from Germany in 2022, and two corvettes are being "
            "built for the Spanish navy in Cadiz.",
            ("deu", "esp", "transfer"),
        ),
    ],
)
def test_a_stray_self_pairing_is_no_warning(
    gaz: Gazetteer, text: str, flow: tuple[str, str, str]
) -> None:
    """Only a flow the text states to its own country is worth telling the analyst about."""
    result = run(gaz, text)
    assert {(c.origin.key, c.destination.key, c.kind) for c in result.claims} == {flow}
    assert not any("to itself" in w for w in result.warnings)


def test_ambiguous_place_is_flagged(gaz: Gazetteer) -> None:
    result = run(gaz, "Georgia ordered Javelin missiles from the United States.")
    [claim] = result.claims
    assert claim.warnings and "ambiguous" in claim.warnings[0]
    assert any("Georgia" in w for w in result.warnings)


def test_deterministic(gaz: Gazetteer) -> None:
    text = (
        "Seoul says Pyongyang shipped artillery shells to Moscow. Poland bought K2 tanks "
        "from South Korea, and Germany suspended arms exports to Saudi Arabia."
    )
    assert run(gaz, text) == run(gaz, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # sanctions on firms count against the country they are in, not their customer
            "The United States sanctioned three firms in China for supplying Russia with "
            "drone engines.",
            {("usa", "chn", "sanction"), ("chn", "rus", "transfer")},
        ),
        ("Germany wants to sell Eurofighter jets to Saudi Arabia.", set()),  # prospective
        (  # the blocked party is not a recipient
            "Switzerland blocked Denmark from sending Piranha armoured vehicles to Ukraine.",
            {("che", "ukr", "denial")},
        ),
        (
            "Brazil refused a request from Germany to sell tank ammunition to Ukraine.",
            {("bra", "ukr", "denial")},
        ),
        (  # the buyer cancels; the flow still runs seller -> buyer
            "Egypt cancelled an order for Su-35 fighters from Russia.",
            {("rus", "egy", "cancellation"), ("rus", "egy", "transfer")},  # the order too
        ),
        (
            "A Dutch court ordered a halt to exports of F-35 parts to Israel.",
            {("nld", "isr", "suspension")},
        ),
        (  # "it" is the ship, not Spain
            "Spain refused to let a cargo ship dock in Cartagena because it was carrying arms "
            "to Israel.",
            {("esp", "isr", "denial")},
        ),
        (  # the platform the rounds are for does not tell who made the rounds
            "The Brazilian army holds stocks of the rounds, which it bought for its own "
            "Leopard 1 fleet.",
            set(),
        ),
        (  # a lone noun ("the sale") does not borrow the previous sentence's recipient
            "Germany sold Patriot launchers to Ukraine. Polish officers were said to favour "
            "the sale.",
            {("deu", "ukr", "transfer")},
        ),
        (  # a purpose, not a report of use
            "Germany sold shells to Poland. Brazil refuses to pass on munitions to be used in "
            "the war in Ukraine.",
            {("deu", "pol", "transfer")},
        ),
        (
            "Norway delivered NASAMS to Ukraine, saying Kyiv needed air defence.",
            {("nor", "ukr", "transfer")},
        ),
    ],
)
def test_who_is_a_party_in_harder_sentences(
    gaz: Gazetteer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(run(gaz, text)) == expected


def test_lifting_a_freeze_it_imposed_also_reports_the_freeze_with_its_date(
    gaz: Gazetteer,
) -> None:
    result = run(
        gaz,
        "Norway has lifted the freeze on arms exports to Turkey that it imposed in October 2019.",
    )
    by_kind = {c.kind: c for c in result.claims}
    assert set(by_kind) == {"resumption", "suspension"}
    assert {(c.origin.key, c.destination.key) for c in result.claims} == {("nor", "tur")}
    assert by_kind["suspension"].date.start == date(2019, 10, 1)
    assert by_kind["resumption"].date.start is None  # the lifting is not dated by the clause
    assert triples(run(gaz, "Norway has lifted the freeze on arms exports to Turkey.")) == {
        ("nor", "tur", "resumption")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a passive cancellation of an order: the buyer near it, the seller from the item
            "Indonesia's air force chief confirmed in December that the Su-35 order had been "
            "abandoned.",
            {("rus", "idn", "cancellation"), ("rus", "idn", "transfer")},
        ),
        (
            "Jakarta has dropped the Su-35 order.",
            {("rus", "idn", "cancellation"), ("rus", "idn", "transfer")},
        ),
        (  # firms are parties; the item word "shells" belongs to the verb's object
            "Italian and Czech companies purchased shells from Indian producers.",
            {("ind", "ita", "transfer"), ("ind", "cze", "transfer")},
        ),
        (  # a passive sanction: the firm's country is the target, the last sanctioner acts
            "The United States sanctioned a dozen firms in China. A trading company in "
            "Kyrgyzstan was also sanctioned.",
            {("usa", "chn", "sanction"), ("usa", "kgz", "sanction")},
        ),
        ("Turkmenistan showed drones at a parade for its armed forces.", set()),
        (  # "for Kazakhstan" belongs to another clause
            "Russia still provides most of the region's air-defence systems, and the CSTO "
            "remains the main framework for Kazakhstan.",
            set(),
        ),
        (
            "In May 2006 the United States banned all commercial arms sales to Venezuela.",
            {("usa", "ven", "embargo")},
        ),
        (  # "the contract was cancelled": the deal reported just before
            "Madrid agreed to sell Caracas twelve aircraft in 2005. The Spanish government "
            "tried to find other parts, failed, and the aircraft part of the contract was "
            "cancelled later that year.",
            {("esp", "ven", "transfer"), ("esp", "ven", "cancellation")},
        ),
        (  # "the government" is the country the article follows
            "Australia will give Ukraine 49 Abrams tanks. Weeks earlier the government turned "
            "down a Ukrainian request for Taipan helicopters.",
            {("aus", "ukr", "transfer"), ("aus", "ukr", "denial")},
        ),
        (  # a buyer cancels a programme "with" the seller
            "Australia will give Ukraine 49 Abrams tanks. In 2021 the Morrison government "
            "cancelled the submarine programme with France's Naval Group.",
            {("aus", "ukr", "transfer"), ("fra", "aus", "cancellation")},
        ),
        (
            "The Hellenic Air Force, which has already received 24 Rafale fighters from "
            "France, is upgrading its F-16s.",
            {("fra", "grc", "transfer")},
        ),
        (  # "it" is Turkey (a subject), not the United States (object of "by")
            "Turkey was removed from the F-35 programme by the United States in 2019, after it "
            "bought S-400 missiles from Russia.",
            {("usa", "tur", "sanction"), ("rus", "tur", "transfer")},
        ),
        ("Egypt signed for 24 Rafale jets.", {("fra", "egy", "transfer")}),
        (  # a model variant ("F-35A") still names its maker
            "Greece signed a letter of offer and acceptance with the United States for 20 "
            "F-35A fighters.",
            {("usa", "grc", "transfer")},
        ),
        ("Russia suspended banana imports from Ecuador.", set()),
        (  # a far "from" does not replace the subject
            "Tehran has supplied Ababil-2 drones to the Tajik army, a project that drew "
            "protests from Baku.",
            {("irn", "tjk", "transfer")},
        ),
        (  # "that Cairo bought": a relative clause's subject is the buyer
            "The radars were meant for frigates that Cairo bought from Italy in 2020.",
            {("ita", "egy", "transfer")},
        ),
        (  # ", and Tokyo approved": a new clause's subject
            "The cabinet loosened the rules, and Tokyo approved the shipment of Patriot "
            "missiles back to the United States.",
            {("jpn", "usa", "transfer")},
        ),
        (  # the one who asked would have received
            "Tokyo has turned down repeated requests from Kyiv for lethal equipment.",
            {("jpn", "ukr", "denial")},
        ),
        (  # "Belgian-made" names where the rifles came from
            "Rights groups said Belgian-made rifles had been used by Saudi units.",
            {("bel", "sau", "use")},
        ),
        (  # no deal was dropped
            "Japan sold missiles to the United States. Critics say Japan has quietly "
            "abandoned its post-war principles.",
            {("jpn", "usa", "transfer")},
        ),
        (  # "its Myanmar sanctions list" targets Myanmar; the listed firm's country too
            "The European Union added six entities to its Myanmar sanctions list, including a "
            "Singapore-registered trading company.",
            {("eu", "mmr", "sanction"), ("eu", "sgp", "sanction")},
        ),
        (  # listing firms and freezing their assets is a sanction on their country
            "China said it had added five American defence companies to its unreliable entity "
            "list and frozen their assets in China.",
            {("chn", "usa", "sanction")},
        ),
        (
            "The United States added three Chinese firms to its Entity List.",
            {("usa", "chn", "sanction")},
        ),
        (  # "targeted companies", "were listed": designations by the bloc named before
            "The EU sanctioned Russia. For the first time the bloc targeted companies in "
            "mainland China. Firms based in India and Kazakhstan were also listed.",
            {
                ("eu", "rus", "sanction"),
                ("eu", "chn", "sanction"),
                ("eu", "ind", "sanction"),
                ("eu", "kaz", "sanction"),
            },
        ),
        (  # "and has since handed over": the same actor, the same recipient (the ban lifted
            # is the lifting's object, no embargo of its own)
            "Washington lifted its ban on arms sales to Vietnam in May 2016, during a visit to "
            "Hanoi, and has since handed over two Coast Guard cutters.",
            {("usa", "vnm", "resumption"), ("usa", "vnm", "transfer")},
        ),
        (  # a gerund's own subject
            "Berlin will cover part of the cost in return for Zagreb handing over 30 M-84 tanks "
            "to Kyiv.",
            {("hrv", "ukr", "transfer")},
        ),
        (  # two clauses, not a list; the same supplier's earlier recipient
            "Croatia will buy 50 Leopard tanks from Germany, and Zagreb will send its old tanks "
            "to Ukraine. The German government approved the export of the Leopards last month.",
            {("deu", "hrv", "transfer"), ("hrv", "ukr", "transfer")},
        ),
        (  # a passive purchase with no buyer named: the article's subject
            "Yerevan looks west for its weapons\n\nIndia has filled much of the gap. Pinaka "
            "rocket launchers were ordered from Indian companies in 2022.",
            {("ind", "arm", "transfer")},
        ),
        (
            "Croatia rearms\n\nFourteen Mi-8 helicopters were handed over to Ukraine last year.",
            {("hrv", "ukr", "transfer")},
        ),
        (
            "Croatia rearms\n\nThe first of 12 used Rafale fighters bought from France in 2021 "
            "arrived last year.",
            {("fra", "hrv", "transfer")},
        ),
        (  # "deployed along the borders with China" is no recipient
            "India's air defence\n\nThree squadrons have been delivered so far and deployed "
            "along the borders with China.",
            set(),
        ),
        (  # the imposer named in a relative clause; later deliveries are not the EU's
            "They come on top of an arms embargo that the EU has maintained on Myanmar since the "
            "1990s. Researchers tracked deliveries to Myanmar's ports.",
            {("eu", "mmr", "embargo")},
        ),
        (  # the reporter's own weapons: "its" is the user, the maker supplied them
            "New Delhi said its Russian-made S-400 systems had intercepted Pakistani drones.",
            {("rus", "ind", "use")},
        ),
        (  # bought from China; the weapon of a shoot-down is what it was done "with"
            "Pakistan says its J-10C fighters, bought from China in 2022, shot down several "
            "Indian aircraft with Chinese PL-15 missiles.",
            {("chn", "pak", "transfer"), ("chn", "pak", "use")},
        ),
        ("India's strikes were carried out by Rafale jets.", set()),
        (  # the buyer's country receives; an application's object is no sale
            "South Africa refused a sale of armoured vehicles to a buyer in Libya. Bulgaria "
            "refused two applications for rifle exports to Uganda.",
            {("zaf", "lby", "denial"), ("bgr", "uga", "denial")},
        ),
        (  # a condition of sale, not a use; "EU rules" is not the EU receiving anything
            "Bulgaria sold rifles to Uganda for the exclusive use of the Ugandan army. "
            "Officials said the sale complied with EU rules.",
            {("bgr", "uga", "transfer")},
        ),
        (  # a coalition led by a country is not that country
            "Reports said South African munitions had been used by the Saudi-led coalition.",
            set(),
        ),
        (  # a licensing body named without its country; an unnamed embargo borrows nothing
            "Pretoria withheld export permits for the United Arab Emirates. The NCACC refused a "
            "sale of patrol vehicles to a buyer in Libya because of the UN arms embargo.",
            {("zaf", "are", "suspension"), ("zaf", "lby", "denial")},
        ),
        (  # the subject of "weeks after ..." does not act in the main clause; "paused the
            # sale" is that sale's suspension; "conditions on the use" is no use
            "In November 2020, weeks after Abu Dhabi normalised relations with Israel, the "
            "Trump administration approved the sale of 50 F-35A fighters to the Emirates. In "
            "January 2021 the new administration paused the sale, and later set conditions on "
            "the use of the aircraft.",
            {("usa", "are", "transfer"), ("usa", "are", "suspension")},
        ),
        (  # "passed ... on to": a re-export by the firms' countries
            "The Czech and Bulgarian firms allegedly passed at least part of the shells on to "
            "Ukraine.",
            {("cze", "ukr", "diversion"), ("bgr", "ukr", "diversion")},
        ),
        (  # an exemption is not goods; the delivery still counts
            "In 2018 Moscow obtained an exemption from the UN Security Council and delivered "
            "rifles to the Central African Republic.",
            {("rus", "caf", "transfer")},
        ),
        (  # "ending a freeze imposed ...": the freeze is reported too
            "Sweden has resumed granting licences for military equipment to Turkey, ending a "
            "freeze imposed three years ago.",
            {("swe", "tur", "resumption"), ("swe", "tur", "suspension")},
        ),
        (  # the subject is not inside the "whose" clause
            "Finland, whose own NATO application is waiting in the Turkish parliament, halted "
            "licences to Turkey in 2019.",
            {("fin", "tur", "suspension")},
        ),
        (  # someone's word for it, not an embargo
            "Ankara says the lifting of what it called an embargo was one of its conditions.",
            set(),
        ),
        (  # "the government" is the country the article keeps naming, not the last seller
            "Nigeria's air force is busy. Abuja bought A-29 aircraft from the United States, "
            "and Nigerian pilots trained in Texas. Last year the government also ordered M-346 "
            "jets from Italy's Leonardo.",
            {("usa", "nga", "transfer"), ("ita", "nga", "transfer")},
        ),
        (  # a possibility, not an event
            "Switzerland suspended arms exports to the UAE. Officials said the suspension could "
            "be lifted if the Emirates agreed to inspections.",
            {("che", "are", "suspension")},
        ),
        (  # every member of a "from" list supplies; dealers in a country stand for it, and
            # what reached them and was "passed on" is diverted by that country
            "Pistols exported from Croatia, Slovenia and Turkey to licensed dealers in Paraguay "
            "were passed on to criminal groups in Brazil.",
            {
                ("hrv", "pry", "transfer"),
                ("svn", "pry", "transfer"),
                ("tur", "pry", "transfer"),
                ("pry", "bra", "diversion"),
            },
        ),
        (  # a transit point is not a recipient
            "The howitzers were shipped from Korea to a port in Greece.",
            set(),
        ),
        (  # "lifted them": the embargoes the same sentence imposed, on the same pairs
            "Canberra and Wellington imposed arms embargoes on Fiji in 2006 and lifted them "
            "in 2014.",
            {
                ("aus", "fji", "embargo"),
                ("nzl", "fji", "embargo"),
                ("aus", "fji", "resumption"),
                ("nzl", "fji", "resumption"),
            },
        ),
        (  # "the Andean country": the country the article keeps naming
            "Bolivia wants drones. Bolivian officers trained abroad. La Paz signed a memorandum "
            "with Tehran, and Iran has since delivered Mohajer drones to the Andean country.",
            {("irn", "bol", "transfer")},
        ),
        (  # "the kingdom": the monarchy named just before, not the article's main country
            "Algeria bought Su-30 jets from Russia. Algiers also ordered corvettes, and Algerian "
            "officials watch Morocco closely. Washington approved the sale of HIMARS launchers "
            "to the kingdom.",
            {("rus", "dza", "transfer"), ("usa", "mar", "transfer")},
        ),
        (  # sales an embargo bans are not sales; a weapon that "will be used" is not used yet
            "The EU embargo on Belarus bans the sale, supply or export of arms to Belarus. "
            "Officials insist the drones will be used only against smugglers.",
            {("eu", "blr", "embargo")},
        ),
        (  # an embargo's target is "on" it, not the country a later phrase pushes it towards
            "How Washington's embargo pushed Cambodia deeper into Beijing's arms",
            {("usa", "khm", "embargo")},
        ),
        (  # "from the sultanate" belongs to "passed on", not to "exported to Oman"
            "Austrian rifles exported to Oman had appeared in Yemen, but the minister found no "
            "evidence that any weapons had been passed on from the sultanate.",
            {("aut", "omn", "transfer")},
        ),
        (  # foreign-made weapons that "have been used": by the country the article is about
            "Nigeria's air force has grown. Nigerian pilots fly new jets, and Abuja wants more. "
            "The Chinese-made drones have reportedly been used in several strikes on villages.",
            {("chn", "nga", "use")},
        ),
        (  # ... but not by their target, nor by their maker
            "Ukraine's cities were hit again. Ukrainian officials said Kyiv needs air defence. "
            "Russian-made missiles were used against Ukraine on Monday.",
            set(),
        ),
        (  # the buyer of "Black Hawks ordered from the United States": the article's subject
            "Canberra retires its Taipans. They are being replaced by 40 UH-60M Black Hawks "
            "ordered from the United States.",
            {("usa", "aus", "transfer")},
        ),
        (  # "the Royal ... Police Force" of a country stands for it
            "Rifles donated by Australia were handed over to the Royal Solomon Islands Police "
            "Force in November.",
            {("aus", "slb", "transfer")},
        ),
        (  # a negation across commas; the measure's object is no sale either
            "Washington has not, however, suspended any of its own arms sales to the Emirates.",
            set(),
        ),
        (  # refusing warships access to ports is not an arms denial
            "Cyprus decided to deny Russian warships access to its ports.",
            set(),
        ),
        (  # suppliers competing for orders have sold nothing yet; "export decisions" are
            # publications, not exports
            "Egypt buys many arms, and European suppliers compete fiercely for its orders. "
            "The Dutch government publishes its arms export decisions twice a year.",
            set(),
        ),
        (  # in the passive "they" is what was handed over, by its holder in the sentence
            "The S-300 missiles that Nicosia bought from Russia never reached the island after "
            "Turkey threatened to strike them; they were instead handed over to Greece.",
            {("rus", "cyp", "transfer"), ("cyp", "grc", "transfer")},
        ),
        (  # where goods were made is no party: Uganda passed them on, not Bulgaria
            "Bulgaria sold rifles to Uganda in 2014. Rifles manufactured in Bulgaria ended up "
            "with South Sudan's army.",
            {("bgr", "uga", "transfer")},
        ),
        (  # the passive names its senders, just not as a country: not the maker either
            "Artillery shells manufactured in India have been sent to Ukraine by European "
            "customers who bought them.",
            set(),
        ),
        (  # negotiating to buy is not buying; a bloc's mission is not the bloc
            "Malaysia has been negotiating for a year to buy F/A-18 Hornets from Kuwait. Egypt "
            "will send troops to the African Union mission in Somalia.",
            set(),
        ),
        (  # "used F-16 fighters" are second-hand, not used in war; "Danish F-16s" come from
            # Denmark whoever made them
            "Argentina signs for Danish F-16s. Argentina bought 24 used F-16 fighters from "
            "Denmark on Tuesday.",
            {("dnk", "arg", "transfer")},
        ),
        (  # the weapons a buyer used came from its seller; the aircraft shot down are targets
            "Georgia, which bought Buk-M1 systems from Ukraine in 2007, used them to shoot down "
            "several Russian aircraft in August 2008.",
            {("ukr", "geo", "transfer"), ("ukr", "geo", "use")},
        ),
        (  # an embargo named "despite" still states who keeps it on whom; "the island"
            # is the country the article is about
            "South Sudan's army fights on. Juba buys rifles in South Sudan. Rifles reached "
            "the army despite the arms embargo that the European Union has maintained on the "
            "country since 2011.",
            {("eu", "ssd", "embargo")},
        ),
        (
            "Cyprus welcomed the news, and Nicosia thanked Washington. Cyprus has waited. "
            "Washington lifted its restrictions on sales to Cyprus, ending in practice an arms "
            "embargo that the United States imposed on the island in 1987.",
            # the lifting also reports the restrictions imposed in 1987
            {("usa", "cyp", "embargo"), ("usa", "cyp", "resumption"), ("usa", "cyp", "suspension")},
        ),
        (  # in a story about one country, a supplier's shipment with no named recipient
            # went to that country ...
            "Somalia's army is rearming. Somali officers welcomed the kit in Mogadishu. Cairo "
            "sent a second consignment of weapons by sea in September.",
            {("egy", "som", "transfer")},
        ),
        (  # ... but offers, proposals, possible transfers and what would have been handed
            # over are not shipments
            "Ecuador's army is changing. Quito wants new kit, and Ecuador has waited. Ecuador "
            "would have handed over helicopters to the United States. An Australian proposal "
            "to donate a surveillance aircraft is still being discussed. Tokyo has talked "
            "about a possible transfer of destroyers.",
            set(),
        ),
        (  # a passive licensing decision in a report on one country's licensing: that
            # country decided, about the destination named in the subject
            "Austria's ministry answered. Austrian officials listed refusals, and Vienna "
            "published them. Exports of firearms to the Philippine National Police remain "
            "suspended.",
            {("aut", "phl", "suspension")},
        ),
        (  # "declined to issue the export licences" is a refusal
            "Since 2019 the US State Department has declined to issue the export licences "
            "needed for engines destined for the Pakistani helicopters.",
            {("usa", "pak", "denial")},
        ),
        (  # the state that grants a firm a licence to export is the exporter
            "Finland's government decided. Finnish firms export, and Helsinki approved. The "
            "Government also granted Nammo Lapua Oy a licence to export ammunition to Sweden.",
            {("fin", "swe", "transfer")},
        ),
        (  # "the company" is the firm just named, placed by "Bangkok-based"
            "The US Treasury imposed sanctions on a Bangkok-based trading company. According to "
            "the Treasury, the company bought components from Russian suppliers and "
            "re-exported them to the Myanmar air force.",
            {("usa", "tha", "sanction"), ("rus", "tha", "transfer"), ("tha", "mmr", "diversion")},
        ),
        (  # buyers cancelling: the seller is the one "from" the order, the demonym in it,
            # or the maker of the goods it was "for"; not a later "from" of another verb
            "Spain's government has cancelled a 287 million euro contract for Spike LR2 "
            "missiles from Israel. Uruguay terminates Spanish patrol ship contract. Denmark has "
            "cancelled its order for Israeli-made ATMOS howitzers and will instead buy more "
            "Caesar guns from France.",
            {
                ("isr", "esp", "cancellation"),
                ("isr", "esp", "transfer"),
                ("esp", "ury", "cancellation"),
                ("esp", "ury", "transfer"),
                ("isr", "dnk", "cancellation"),
                ("isr", "dnk", "transfer"),
                ("fra", "dnk", "transfer"),
            },
        ),
        (  # "the cancellation had nothing to do with ...": a decision already reported
            "Danish officials insisted the cancellation had nothing to do with Israel.",
            set(),
        ),
        (  # Brussels speaks for the EU on embargoes
            "Brussels imposed an arms embargo on Guinea in 2009 and lifted it in 2014.",
            {("eu", "gin", "embargo"), ("eu", "gin", "resumption")},
        ),
        (  # added "to Lithuania's national sanctions list": Lithuania lists, the firm's
            # country is the target
            "On 10 April the Government added the Belarusian company Minsk Wheeled Tractor "
            "Plant to Lithuania's national sanctions list.",
            {("ltu", "blr", "sanction")},
        ),
        (  # "sanctioned three Uzbek trading companies": the firms' country is the target,
            # not a "to" of the relative clause
            "In May the US Treasury sanctioned three Uzbek trading companies that it said had "
            "re-exported American electronics to Russian arms manufacturers.",
            {("usa", "uzb", "sanction"), ("uzb", "rus", "diversion")},
        ),
        (  # weighing a purchase is not a purchase; smuggled gold is not arms
            "Latvia is weighing the purchase of K9 howitzers from South Korea. A Dubai firm "
            "laundered the proceeds of smuggled Zimbabwean gold.",
            set(),
        ),
        (  # "the Moroccan drones have been used": Morocco used what Turkey supplied
            "Turkey sold Bayraktar TB2 drones to Morocco in 2021. The Moroccan drones have "
            "reportedly been used in strikes in Western Sahara.",
            {("tur", "mar", "transfer"), ("tur", "mar", "use")},
        ),
        (  # "handed ... to", "equipped by", "sold ... by a plant in X", "a contract for
            # TB2s" (from their maker)
            "In 2022 Estonia handed all of its towed FH70 howitzers to Ukraine. Colombia's "
            "forces, largely equipped by the United States, struggle. Su-25 jets were sold to "
            "Chad by a state aircraft plant in Ukraine. Kuwait signed a contract for TB2s in "
            "January 2023.",
            {
                ("est", "ukr", "transfer"),
                ("usa", "col", "transfer"),
                ("ukr", "tcd", "transfer"),
                ("tur", "kwt", "transfer"),
            },
        ),
        (  # designations of firms are sanctions; security assistance is a trade object;
            # "approved the possible sale" is an approval, not a mere possibility
            "The UK has also designated two companies in Iran. The United States suspended "
            "most of its security assistance to Guinea in September 2021. The State Department "
            "has approved the possible sale of Patriot missiles to Saudi Arabia.",
            {("gbr", "irn", "sanction"), ("usa", "gin", "suspension"), ("usa", "sau", "transfer")},
        ),
        (  # "contracts ... for" a maker's system, a year in between
            "Qatar signed contracts in 2018 for Bayraktar TB2 drones.",
            {("tur", "qat", "transfer")},
        ),
        (  # people, generic "any arms sales", what states "should" do and suppliers that
            # "struggle to deliver" are no transfers; an "export customer for" a system bought it
            "Cyprus said it would send officers to train aboard the new ship. Beijing said it "
            "opposed any arms sales to Manila. Exporting states should refuse licences for "
            "Mexico. The Philippines became the first export customer for the BrahMos. Moscow's "
            "suppliers struggle to deliver spare parts to Vietnam.",
            {("ind", "phl", "transfer")},
        ),
        (  # "Vietnam's navy relies on ... submarines bought from Russia": Vietnam bought them
            "Manila bought batteries from India in 2022. Vietnam's navy relies on Russian "
            "equipment, including six Kilo-class submarines bought from Russia.",
            {("ind", "phl", "transfer"), ("rus", "vnm", "transfer")},
        ),
        (  # policing is not use in a conflict; "no ... will be transferred" is negated;
            # Western aid has no one supplier; opposing sanctions imposes none; talks on
            # buying are prospective
            "Four boats were bought from Israel in 2015 and are used mainly against smugglers. "
            "No F-16 aircraft of the Romanian Air Force will be transferred to Ukraine. Hungary "
            "has kept its distance from Western military aid to Ukraine. China said it firmly "
            'opposed "illegal unilateral sanctions" on Iran. Yerevan has opened talks with '
            "Paris on buying French radars.",
            set(),
        ),
        (  # a deal abandoned after an order in the same sentence: the order's seller; firms
            # "added" to an Iran sanctions list are the targets, not Iran
            "Egypt's air force wanted new jets. About two dozen Su-35 fighters were ordered "
            "from Russia in 2018, but Egypt is "
            "reported to have abandoned the deal in 2022. The European Union added two Chinese "
            "companies to its Iran sanctions list last December.",
            {("rus", "egy", "transfer"), ("rus", "egy", "cancellation"), ("eu", "chn", "sanction")},
        ),
        (  # relative clauses and passives that name the buyer before the verb
            "Colombian pilots will train in Brazil, whose air force bought 36 Gripens from "
            "Sweden in 2014. The largest recipient was the United States, to which Norwegian "
            "companies sold missiles. Twenty F-35 fighters were approved for Greece by the US "
            "State Department. Turkey is building four corvettes for Pakistan.",
            {
                ("swe", "bra", "transfer"),
                ("nor", "usa", "transfer"),
                ("usa", "grc", "transfer"),
                ("tur", "pak", "transfer"),
            },
        ),
        (  # "it had halted new permits": the same decider's counterpart in the sentence
            "Canada lifted its freeze on new export permits for Saudi Arabia in April; it had "
            "halted new permits in 2018.",
            {("can", "sau", "resumption"), ("can", "sau", "suspension")},
        ),
        (  # the relative clause's subject is its antecedent, not the main subject; a law's
            # name is no sanction
            "The United States sanctioned two companies in China that it said had supplied "
            "drone engines to Iran. The designations are made under the Russia (Sanctions) "
            "(EU Exit) Regulations 2019.",
            {("usa", "chn", "sanction"), ("chn", "irn", "transfer")},
        ),
        (  # "The country" opening a sentence is the country just discussed, not the
            # article's main one; "built for Egypt by Germany's TKMS" and "built for it"
            "Uzbekistan buys drones. Uzbek officers train in China, and Tashkent pays. "
            "Turkmenistan is more secretive. The country took delivery of M-346 jet trainers "
            "from Italy in 2021 and operates patrol ships built for it by the Turkish yard "
            "Dearsan. The MEKO frigates were built for Egypt by Germany's TKMS.",
            {("ita", "tkm", "transfer"), ("tur", "tkm", "transfer"), ("deu", "egy", "transfer")},
        ),
        (  # the sentence's own earlier sale names the recipient of what was "handed over";
            # planes that "have flown strikes" and drones "launched at" cities are used
            "Tanzania bought patrol boats from China. In 2019 the State Department approved "
            "the sale of twelve AT-802L aircraft to Kenya, and the first two were handed over "
            "last year. The American-built planes have since flown strikes against al-Shabaab. "
            "Pakistan had launched hundreds of drones at Indian cities, some of them Turkish-made "
            "Songar models.",
            {
                ("chn", "tza", "transfer"),
                ("usa", "ken", "transfer"),
                ("usa", "ken", "use"),
                ("tur", "pak", "use"),
            },
        ),
        (  # "its" is not the agent of a passive; "the war with Iran" names no recipient;
            # reacting to sales is not selling; sending police is not arming
            "The Z-9 helicopters were sold to Ghana by China in 2015, and its C-295 aircraft were "
            "bought from Spain in 2012. Beijing has reacted to arms sales to Taiwan for decades. "
            "Peru has sent more police to its northern border. France was a main supplier of "
            "the Iraqi air force, when it delivered Mirage F1 jets during the war with Iran.",
            {("chn", "gha", "transfer"), ("esp", "gha", "transfer")},
        ),
        (  # "to send Greece's missiles to Ukraine": "send" governs Greece's, it is no "to";
            # "to Haftar's Libyan National Army"; "passed Indian rounds to Kyiv" (not a law)
            "Athens refused to send Greece's S-300 missiles to Ukraine. The Emirates had "
            "passed the system on to Haftar's Libyan National Army. The Czech Republic had "
            "passed Indian rounds to Kyiv. Parliament passed a law to Poland's liking.",
            {
                ("grc", "ukr", "denial"),
                ("are", "lby", "diversion"),
                ("cze", "ukr", "diversion"),
            },
        ),
        (  # recommendations, generic recipients and a bloc named by "outside" make no flow,
            # but buyers in a named country are specific
            "Exporting states should verify end use, refuse licences for units in Mexico and "
            "publish them. Seoul cited its policy on arms exports to countries at war. The "
            "Czech-led initiative to buy ammunition outside the European Union delivered 1.5 "
            "million rounds to Ukraine. Serbian factories exported ammunition to buyers in the "
            "Czech Republic.",
            {("srb", "cze", "transfer")},
        ),
        (  # "takes delivery" of a German-built frigate
            "Egypt takes delivery of last German-built MEKO frigate",
            {("deu", "egy", "transfer")},
        ),
        (  # "Berlin had blocked it": the deal the sentence before reported
            "Turkey has signed a contract to buy 20 Eurofighter jets from the United Kingdom. "
            "Berlin had blocked it for more than a year before giving its consent in July.",
            {("gbr", "tur", "transfer"), ("deu", "tur", "denial")},
        ),
        (  # "have each received two": from the supplier the article just named
            "Australia handed over a patrol boat to Tonga on Wednesday. Fiji and Solomon "
            "Islands have each received two.",
            {("aus", "ton", "transfer"), ("aus", "fji", "transfer"), ("aus", "slb", "transfer")},
        ),
        (  # a cancelled order was an order: the transfer and its cancellation; a cancelled
            # licence is not a sale
            "Pakistan has cancelled its order for 30 T129 helicopters from Turkey. Canada "
            "cancelled export permits for drone optics to Turkey.",
            {
                ("tur", "pak", "cancellation"),
                ("tur", "pak", "transfer"),
                ("can", "tur", "cancellation"),
            },
        ),
        (  # use: crews "firing" foreign-made rockets; units that "use American-supplied"
            # launchers; "what is not in dispute" affirms; "used the vehicles" they received
            "Photographs show Ukrainian artillery crews firing Serbian-made rockets near "
            "Bakhmut. The pause hit Lithuanian units that use American-supplied HIMARS "
            "launchers against Russian posts. The army uses Israeli-made radios. What is not "
            "in dispute is that Pakistan used Chinese-made jets in combat. Australia sent "
            "Bushmaster vehicles to Ukraine in 2022. Ukrainian units "
            "have since used the vehicles to evacuate wounded soldiers. The firing range in "
            "Chile was closed.",
            {
                ("srb", "ukr", "use"),
                ("usa", "ltu", "use"),
                ("chn", "pak", "use"),
                ("aus", "ukr", "transfer"),
                ("aus", "ukr", "use"),
            },
        ),
        (  # buyers by their contract partner, the owner of what they signed for, "buyer
            # of", and an active verb joined to a passive with its agent
            "Greece has signed a government-to-government agreement with Israel for 36 PULS "
            "rocket launchers. Two years after Finland signed for Israel's David's Sling "
            "system, the programme is on schedule. Qatar became the first export buyer of "
            "the Bayraktar TB2 in 2018. Its air force flies Rafale fighters sold to Oman by "
            "France and has taken delivery of Typhoon jets from Britain.",
            {
                ("isr", "grc", "transfer"),
                ("isr", "fin", "transfer"),
                ("tur", "qat", "transfer"),
                ("fra", "omn", "transfer"),
                ("gbr", "omn", "transfer"),
            },
        ),
        (  # a seizure of goods bound for a country stops them; a sanctions package "adds"
            # entities, but a navy "adds" ships to its fleet
            "In January, US forces boarded a dhow and seized Iranian-made missile components "
            "bound for Yemen. Japan imposed sanctions on firms in China. The package also adds "
            "22 Russian entities. Police seized cash in Peru.",
            {("usa", "yem", "denial"), ("jpn", "chn", "sanction"), ("jpn", "rus", "sanction")},
        ),
        (  # a verb joined by ", and" shares the first verb's subject, not the last country
            # named in between
            "Berlin suspended new export licences for Qatar in June 2017, when Saudi Arabia, "
            "the United Arab Emirates, Bahrain and Egypt cut ties with the emirate, and "
            "resumed approvals only in 2021.",
            {("deu", "qat", "suspension"), ("deu", "qat", "resumption")},
        ),
        (  # asking for a measure is not imposing it; "spoken of buying" is prospective;
            # a sentence-initial "Its" is the country the sentence before was about
            "Vienna pressed for an EU-wide arms embargo on Ankara. Thai officials have spoken "
            "of buying more Gripens. The jets were supplied to Thailand by the United States. "
            "Its newer Gripen fighters, bought from Sweden, were kept in reserve.",
            {("usa", "tha", "transfer"), ("swe", "tha", "transfer")},
        ),
        (  # a negated object ("to neither", "received no") and vessels called "ships" are
            # no transfers; "no fewer than" still counts
            "Serbia says it exports weapons to neither Ukraine nor Russia. Georgian officials "
            "said they had received no formal request from Turkey. Chinese coast guard ships "
            "continue to confront Philippine vessels. France delivered no fewer than 12 Rafales "
            "to Greece.",
            {("fra", "grc", "transfer")},
        ),
        (  # "sent its F-16s to strike" uses them against a target, who receives nothing
            "Thailand sent F-16 fighter jets to strike Cambodian artillery. Russia sent troops "
            "to attack Ukrainian positions.",
            {("usa", "tha", "use")},
        ),
        (  # a passive cancellation of an order named with its seller: the agent buys; with
            # no agent the seller is not the buyer
            "A 2021 contract for 16 Mi-17 helicopters from Russia was cancelled by Manila in "
            "2022. A 2023 contract for 12 second-hand Mirage 2000-5 fighters from Qatar was "
            "cancelled in January 2024.",
            {("rus", "phl", "cancellation"), ("rus", "phl", "transfer")},
        ),
        (  # "sold it X": the pronoun receives, the party named before the seller; in "sold
            # it to Poland" the pronoun is the goods
            "Hanoi has diversified at the margins: Israel sold it SPYDER air-defence batteries. "
            "Germany sold it to Poland.",
            {("isr", "vnm", "transfer"), ("deu", "pol", "transfer")},
        ),
        (  # "US-origin" goods name their maker, not a party; goods bought "from
            # distributors" were not sold by their maker; "have listed ... companies" designates;
            # a sanctions regime is the law, and a co-actor is no target
            "Hong Kong shell companies bought US-origin microelectronics from distributors in "
            "Asia and re-exported them to Russian makers of cruise missiles. The European Union "
            "and the United Kingdom have already listed several of the same Hong Kong companies "
            "under their own Russia sanctions regimes, and officials said further alignment was "
            "under discussion for the next EU package.",
            {
                ("chn", "rus", "diversion"),
                ("eu", "chn", "sanction"),
                ("gbr", "chn", "sanction"),
            },
        ),
        (  # a transfer in breach of sanctions is an illicit one (a diversion), and the
            # sanctions it breaches are no new measure; a firm "placed on a US Treasury
            # sanctions list" is sanctioned by the list's owner
            "Two Latvian businessmen were sentenced for sending drone components to Russia in "
            "breach of European Union sanctions. Singapore police arrested a trader. The company "
            "itself had already been placed on a US Treasury sanctions list in 2021.",
            {("lva", "rus", "diversion"), ("usa", "sgp", "sanction")},
        ),
        (  # lifting sanctions eases them (and states that they existed); a pledge to pay
            # salaries is no arms transfer
            "Britain had already lifted its sanctions on the Syrian central bank in April. "
            "Qatar has pledged to pay Syrian public salaries.",
            {("gbr", "syr", "resumption"), ("gbr", "syr", "sanction")},
        ),
        (  # "It" two sentences on (the one between names no country); "used jets supplied
            # by Russia": use and supply; a call on others to stop arms flows is advice; a
            # defence cooperation programme "with" a country is not an order from it
            "The listings include two Myanmar companies that import fuel. The regime continues "
            "to carry out air strikes. It has used fighter jets and helicopters supplied by "
            "Russia and China to conduct these attacks. We call on all countries to stop the "
            "flow of arms to Myanmar. Australia also suspended its defence cooperation "
            "program with the Myanmar military.",
            {
                ("rus", "mmr", "use"),
                ("chn", "mmr", "use"),
                ("rus", "mmr", "transfer"),
                ("chn", "mmr", "transfer"),
                ("aus", "mmr", "suspension"),
            },
        ),
        (  # "refused a licence for a Brazilian company to export ... to Israel": the
            # licensee's state refuses, towards the export's destination
            "Last year the foreign ministry refused a licence for a Brazilian company to export "
            "rocket propellant to Israel. Germany refused a licence for a Czech firm to sell "
            "rifles to Peru.",
            {("bra", "isr", "denial"), ("deu", "per", "denial")},
        ),
        (  # "the kingdom" as an object is not the kingdom that is the clause's subject; a
            # co-actor is never the target
            "Canada froze new export permits for Saudi Arabia in 2018. Denmark and Finland went "
            "further, halting new export licences to the kingdom in November 2018. Thailand has "
            "diversified its suppliers since 2014, after which Washington froze part of its "
            "military aid to the kingdom.",
            {
                ("can", "sau", "suspension"),
                ("dnk", "sau", "suspension"),
                ("fin", "sau", "suspension"),
                ("usa", "tha", "suspension"),
            },
        ),
        (  # the kingdom a demonym's ministry acts towards is not that demonym's country
            "Saudi Arabia leads the coalition. The same September, the Spanish defence ministry "
            "suspended the delivery of 400 laser-guided bombs to the kingdom.",
            {("esp", "sau", "suspension")},
        ),
        (  # a contract "to build" ships for a navy: the builder's transfer; contenders are not
            "In 2018 Madrid's state shipbuilder Navantia signed a contract to build five "
            "corvettes for Saudi Arabia. Seoul and Berlin are the two contenders to build "
            "submarines for Canada.",
            {("esp", "sau", "transfer")},
        ),
        (  # Brussels is the EU in an article about the EU, even with its measure far off
            "The European Union adopted its 13th package. In February, Brussels added firms "
            "registered in Kazakhstan to its list of entities supporting Russia's "
            "military-industrial complex as part of its sanctions package.",
            {("eu", "kaz", "sanction")},
        ),
        (  # frigates "originally built for" a navy: their first owner, not this sale's buyer
            "In 2020 Rome sold Egypt two FREMM frigates originally built for the Italian navy.",
            {("ita", "egy", "transfer")},
        ),
        (  # a leader's government is the government of the country the article follows
            "ROME - Italy is reviewing its arms exports. In July 2019 Giuseppe Conte's "
            "government suspended exports of aircraft bombs to Saudi Arabia.",
            {("ita", "sau", "suspension")},
        ),
        (  # "of that year" is a date before the subject; "to sink" a Russian tug is a target;
            # the first clause's "would" and goods are not the second clause's use
            "In May 2022 Copenhagen announced it would supply a Harpoon coastal-defence "
            "launcher and missiles, and in June of that year Ukrainian forces used "
            "Danish-supplied Harpoons to sink the Russian navy tug Vasily Bekh.",
            {("dnk", "ukr", "use")},
        ),
        (  # "contracted Pakistan for": the seller; "gave PAC its largest export order": its buyer
            "When Azerbaijan's defence ministry confirmed in February that it had contracted "
            "Pakistan for JF-17C Block III fighters, it gave the Pakistan Aeronautical Complex "
            "its largest export order.",
            {("pak", "aze", "transfer")},
        ),
        (  # "signed in 2023 for": past the year
            "Vietnam signed in 2023 for a dozen L-39NG jet trainers from the Czech manufacturer "
            "Aero Vodochody.",
            {("cze", "vnm", "transfer")},
        ),
        (  # "walked away from the A$90 billion contract": an amount among the modifiers
            "Australia walked away from the A$90 billion contract it had signed with France's "
            "Naval Group for twelve Attack-class submarines.",
            {("fra", "aus", "cancellation"), ("fra", "aus", "transfer")},
        ),
        (  # "scrapped a 2021 agreement to buy ... from Russia": the deal's seller, far after it
            "Manila scrapped a 2021 agreement to buy 16 Mi-17 heavy-lift helicopters from Russia.",
            {("rus", "phl", "cancellation")},
        ),
        (  # "dropped plans to buy": no deal was made
            "The army last year dropped plans to buy self-propelled howitzers from Israel's "
            "Elbit Systems.",
            set(),
        ),
        (  # "recovered from RSF positions": where they were found, not who sold them
            "Mortar bombs manufactured in Serbia and recovered from Rapid Support Forces "
            "positions around El Fasher were originally sold to the United Arab Emirates.",
            {("srb", "are", "transfer")},
        ),
        (  # "carried out by one of the army's Turkish-built drones": the article's country
            "BAMAKO - Mali's army is expanding its drone fleet. Two security sources said the "
            "strikes were carried out by one of the army's Turkish-built Bayraktar Akinci drones.",
            {("tur", "mli", "use")},
        ),
        (  # goods that "reached" a capital: its country received them
            "In 2021 armoured personnel carriers assembled in the United Arab Emirates "
            "reportedly reached Juba, where they were paraded in front of the president.",
            {("are", "ssd", "transfer")},
        ),
        (  # ... but goods that reached it "by way of" a third country came by a route the
            # sentence does not say was a breach: no transfer from their maker
            "Markings suggest the mortar bombs made in Bulgaria reached Sudan by way of the "
            "United Arab Emirates.",
            set(),
        ),
        (  # "In Niamey, the junta ... took delivery": the country the scene is set in
            "In Niamey, the junta that seized power in July 2023 took delivery of Chinese-built "
            "armoured personnel carriers earlier this year.",
            {("chn", "ner", "transfer")},
        ),
        (  # "Chad, which signed a contract in 2022 for Chinese vehicles": the antecedent signed
            "Chad, which signed a contract in 2022 for Chinese wheeled armoured vehicles, "
            "cancelled the order in 2023 after a dispute over financing terms.",
            {("chn", "tcd", "transfer"), ("chn", "tcd", "cancellation")},
        ),
        (  # "the contract under which France's Naval Group was to build": its seller, not the
            # maker of the boats the article named before
            "The Collins class was designed by Sweden's Kockums, which signed the contract with "
            "Canberra in 1987. In September 2021 Canberra tore up the A$90 billion contract "
            "under which France's Naval Group was to build 12 Attack-class submarines.",
            {("swe", "aus", "transfer"), ("fra", "aus", "cancellation")},
        ),
        (  # "used them to reinforce its own squadrons": no use in war
            "In 2014 Amman sold 13 of its older F-16s to Pakistan, which used them to reinforce "
            "its own squadrons.",
            {("jor", "pak", "transfer")},
        ),
        (  # talks suspended, and the purchase they were about, are no supply
            "The United Arab Emirates has suspended discussions with the United States on the "
            "purchase of F-35 stealth fighters, an Emirati official said on Tuesday.",
            set(),
        ),
        (  # "(RSF)" restates the name before it; "RSF" alone is Sudan's paramilitary
            "Mortar bombs recovered from positions held by the Rapid Support Forces (RSF) "
            "around El Fasher were made in Serbia and originally sold to the armed forces of the "
            "United Arab Emirates. The UAE has armed the RSF.",
            {("srb", "are", "transfer"), ("are", "sdn", "transfer")},
        ),
        (  # "that U.S. and UN investigators say were supplied by Iran": reporters, not buyers
            "Yemen's Houthi movement has carried out hundreds of attacks on shipping in the Red "
            "Sea, using drones and anti-ship missiles that U.S. and UN investigators say were "
            "supplied by Iran.",
            {("irn", "yem", "use"), ("irn", "yem", "transfer")},
        ),
        (  # "from Belgium in 2008 and from the Netherlands in 2009": both sellers
            "Jordan bought surplus fighters from Belgium in 2008 and from the Netherlands in "
            "2009, taking the fleet to more than 60 aircraft.",
            {("bel", "jor", "transfer"), ("nld", "jor", "transfer")},
        ),
        (  # "would not approve new export permits": a halt announced, without "any"
            "Ottawa said in March 2024 that it would not approve new export permits for "
            "military goods to Israel while it reviews existing ones.",
            {("can", "isr", "suspension")},
        ),
        (  # denied reports, stalled purchases, decisions on hold, reviews, deals one is close
            # to, and claims that could not be verified are no supply
            "Officials in Jakarta denied local reports that Indonesia had signed a contract for "
            "Chinese J-10 fighters. Hanoi's purchase of additional Russian Su-30 fighters "
            "remains stalled over payment. A decision on supplying Gripen fighters to Ukraine "
            "remains on hold. The Walloon government is reviewing licences for exports to "
            "Israel. Baghdad says it is close to a deal for South Korean air-defence systems. "
            "Claims that Chinese-made armoured vehicles had reached N'Djamena could not be "
            "verified.",
            set(),
        ),
        (  # "a halt to all US military aid deliveries": the halted goods' sender, not a target
            "On 3 March the White House ordered a halt to all US military aid deliveries to "
            "Ukraine. The pause lasted a week: Washington lifted the suspension and deliveries "
            "resumed.",
            {("usa", "ukr", "suspension"), ("usa", "ukr", "resumption")},
        ),
        (  # drones "and an anti-ship missile" launched at a ship
            "Houthi forces in Yemen launched Iranian-made drones and an anti-ship missile at a "
            "bulk carrier in the southern Red Sea on Sunday.",
            {("irn", "yem", "use")},
        ),
        (  # "handed over the first six of Argentina's F-16 fighters": their new owner
            "The Danish air force formally handed over the first six of Argentina's F-16AM/BM "
            "fighters at Skrydstrup air base on Tuesday.",
            {("dnk", "arg", "transfer")},
        ),
        (  # the fleet the new aircraft "will replace" is not what is delivered
            "The Netherlands and Austria ordered Embraer C-390 transports from Brazil. The "
            "aircraft will replace ageing C-130 Hercules fleets, with first deliveries to the "
            "Netherlands in 2027.",
            {("bra", "nld", "transfer"), ("bra", "aut", "transfer")},
        ),
        (  # "once again" opens no clause; the Federal Council is the government followed
            "BERN - Switzerland has strict export laws. The Federal Council has once again "
            "turned down a Danish request to pass on Swiss-made ammunition to Ukraine.",
            {("che", "ukr", "denial")},
        ),
        (  # "its parliament": the body of the country named before it
            "Bucharest confirmed that its parliament had approved the donation of one Patriot "
            "system to Ukraine.",
            {("rou", "ukr", "transfer")},
        ),
        (  # "will no longer stand in the way of further Eurofighter sales": a veto given up
            "Germany will no longer stand in the way of further Eurofighter Typhoon sales to "
            "Saudi Arabia, a government spokesman said in Berlin on Wednesday.",
            {("deu", "sau", "resumption")},
        ),
        (  # "had used the drones": the drones named before the clause, not the optics on them
            "In October 2020 Canada suspended export permits for the Wescam optical sensors "
            "fitted to Turkey's Bayraktar TB2 drones, after evidence emerged that Azerbaijan had "
            "used the drones in the war over Nagorno-Karabakh.",
            {("can", "tur", "suspension"), ("tur", "aze", "use")},
        ),
        (  # "followed suit for" a second country: the same decider's same decision
            "Italy lifted its restrictions on the Emirates in April, and followed suit for Saudi "
            "Arabia at the end of May.",
            {("ita", "are", "resumption"), ("ita", "sau", "resumption")},
        ),
        (  # "its next sanctions package": not yet adopted
            "The United States sanctioned North Korean firms in May. The European Union is "
            "discussing similar listings as part of its next sanctions package.",
            {("usa", "prk", "sanction")},
        ),
        (  # "no EU member state has imposed a formal arms embargo": negated
            "Belgium refused the licences. No EU member state has imposed a formal arms embargo "
            "on Rwanda.",
            set(),
        ),
        (  # a group supplied and using the arms stands for its country; "commercial
            # shipping" is ships at sea, not a shipment
            "Iran has supplied the Houthis with these systems, and the Houthis have used them "
            "against shipping. Japan handed over patrol boats to Djibouti, whose waters see "
            "commercial shipping attacked by the Houthis.",
            {("irn", "yem", "transfer"), ("irn", "yem", "use"), ("jpn", "dji", "transfer")},
        ),
        (  # a verb's object and recipient repeated without the verb; "X was Y's main
            # arms supplier"
            "Japan provided coastal radar systems to the Philippines, patrol boats to "
            "Bangladesh and Fiji, and coastal surveillance equipment to Malaysia. For decades "
            "Russia was Syria's main arms supplier.",
            {
                ("jpn", "phl", "transfer"),
                ("jpn", "bgd", "transfer"),
                ("jpn", "fji", "transfer"),
                ("jpn", "mys", "transfer"),
                ("rus", "syr", "transfer"),
            },
        ),
        (  # "an agreement for Ukraine to buy missiles": the signer sells, the buying is the
            # deal's content; the next supplier's recipient follows
            "Britain signed a 1.6 billion pound agreement on March 2 for Ukraine to buy more "
            "than 5,000 air-defence missiles made in Belfast, and Germany handed over another "
            "IRIS-T air-defence system the same week.",
            {("gbr", "ukr", "transfer"), ("deu", "ukr", "transfer")},
        ),
        (  # deployments, documents sent and suppliers "willing to sell" are no transfers;
            # "Others, including Germany," names the subject
            "The UK sent the patrol ship HMS Trent on a visit to Guyana. A proposal to buy them "
            "from Poland has been sent to the defence ministry of Nepal. Cambodia, with few "
            "suppliers willing to sell to it, leans on China. Canada stopped approving permits. "
            "Others, including Germany, have continued to approve exports to Israel.",
            {("deu", "isr", "transfer")},
        ),
        (  # an indirect question states nothing: "has not said which aircraft fired"
            "Nigeria bought jets from Italy. The air force admitted an error but has not said "
            "which aircraft fired.",
            {("ita", "nga", "transfer")},
        ),
        (  # active listings: "followed, listing three senior officers", "already lists
            # several Chinese companies" (a list of wines is no sanction)
            "The US sanctioned Rwanda's minister. In March the European Union followed, listing "
            "three senior officers of the Rwanda Defence Force. The European Union, which "
            "already lists several Chinese companies under its Russia sanctions, is discussing "
            "more. The menu lists French wines.",
            {("usa", "rwa", "sanction"), ("eu", "rwa", "sanction"), ("eu", "chn", "sanction")},
        ),
        (  # an acronym defined with its country stands for it later; not an acronym
            # defined after another country's clause
            "South Africa's National Conventional Arms Control Committee (NCACC) approved the "
            "export to Oman. In 2019 the NCACC suspended approvals for exports to Saudi Arabia "
            "for several months. Bern refused Romania's request to pass on carriers to Ukraine, "
            "the State Secretariat for Economic Affairs (SECO) said. SECO approved the export "
            "of Piranha vehicles to the Danish army.",
            {
                ("zaf", "omn", "transfer"),
                ("zaf", "sau", "suspension"),
                ("che", "ukr", "denial"),
                ("che", "dnk", "transfer"),  # Swiss-made Piranhas, approved by SECO
            },
        ),
        (  # weapons as the subject of a strike are used by whoever just received them;
            # a country striking a city names no foreign weapon
            "Mali bought Bayraktar TB2 drones from Turkey in 2022, and the drones struck rebel "
            "positions before the army retook Kidal. Russia struck Ukrainian cities overnight.",
            {("tur", "mli", "transfer"), ("tur", "mli", "use")},
        ),
        (  # "has relied on them in its campaign": the bought jets are used; relying on a
            # partner for security is no use
            "Myanmar's air force bought the jets from Russia over the past decade and has relied "
            "on them in its campaign against resistance groups. Armenia relied on Russia for "
            "its security.",
            {("rus", "mmr", "transfer"), ("rus", "mmr", "use")},
        ),
        (  # "both countries": every recipient of the measure just reported
            "In 2019 Pretoria suspended approvals for exports to Saudi Arabia and the United "
            "Arab Emirates. Exports to both countries resumed in 2020.",
            {
                ("zaf", "sau", "suspension"),
                ("zaf", "are", "suspension"),
                ("zaf", "sau", "resumption"),
                ("zaf", "are", "resumption"),
            },
        ),
        (  # "has not authorised any exports ... since", "has granted no new licences ...
            # since": a standing halt; deliveries that "have been put on hold" are no delivery;
            # "had not authorised any re-export, and has since refused" is not one
            "Spain has not authorised any arms exports to Israel since October 2023. Helsinki "
            "has granted no new licences for military equipment to Israel since October 2023, "
            "and deliveries under existing licences have been put on hold. Serbian officials "
            "said they had not authorised any re-export, and Belgrade has since refused two "
            "applications by Serbian firms to export ammunition to Guinea.",
            {
                ("esp", "isr", "suspension"),
                ("fin", "isr", "suspension"),
                ("srb", "gin", "denial"),
            },
        ),
        (  # "would grant no new export permits": the halt announced; "has in practice
            # granted no new licences ... since" a standing one; "would grant no new licences
            # if asked" is not. "had issued no permits for exports to Russia ... since" the
            # rules do not read as a halt; the pair model does, in a text this short (in an
            # article, dev/326, it does not), and its claim says so in a warning
            "Helsinki announced on Wednesday that it would grant no new export permits for "
            "Turkey. Madrid says Spain has in practice granted no new export licences for "
            "military material to Israel since October 2023. Pretoria confirmed that it had "
            "issued no permits for exports to Russia since 2022. Oslo said it would grant no "
            "new licences to Riyadh if asked.",
            {
                ("fin", "tur", "suspension"),
                ("esp", "isr", "suspension"),
                ("zaf", "rus", "suspension"),
            },
        ),
        (  # "would not grant any new licences": the same announced halt, negated with "any"
            # (not when it is a condition: "if asked")
            "London said it would not grant any new licences to Saudi Arabia for items that "
            "might be used in Yemen. Berlin would not approve any new exports to Israel if "
            "asked.",
            {("gbr", "sau", "suspension")},
        ),
        (  # "sent jets against targets" is a use; "flies American F-16s and Swedish-built
            # Gripens" names two suppliers; "much of it supplied by Beijing" goes to the
            # subject of its own clause
            "Thailand's air force sent F-16 fighter jets against Cambodian military targets. "
            "Thailand's air force flies American F-16s and Swedish-built Gripens, while "
            "Cambodia has no combat aircraft and relies on ground-based artillery and rockets, "
            "much of it supplied by Beijing.",
            {
                ("usa", "tha", "use"),
                ("usa", "tha", "transfer"),
                ("swe", "tha", "transfer"),
                ("chn", "khm", "transfer"),
            },
        ),
        (  # "for sanctioned Russian arms makers" is an adjective; processing payments and
            # shipments is facilitation, not a shipment
            "The US Treasury sanctioned a Kyrgyz bank and two logistics companies last year for "
            "processing payments and shipments for sanctioned Russian arms makers.",
            {("usa", "kgz", "sanction")},
        ),
        (  # "members of the US Congress" act for the United States; "sanctions on members
            # of the Russian parliament" target Russia
            "In 2021, members of the US Congress put on hold a proposed sale of AH-1Z attack "
            "helicopters to Nigeria. In 2022 Canada imposed sanctions on members of the "
            "Russian parliament.",
            {("usa", "nga", "suspension"), ("can", "rus", "sanction")},
        ),
        (  # coordinated suppliers in a story about one recipient: each sent to it
            "Niger's army grows\n\nNiger's defence budget has doubled. Niger had built up its "
            "forces rapidly in recent years. "
            "Turkey delivered six drones in 2022, and the United States supplied transport "
            "aircraft and armoured vehicles.",
            {("tur", "ner", "transfer"), ("usa", "ner", "transfer")},
        ),
        (  # the subject of a use verb (the user) is the subject of the verb joined to it
            "Russia has been firing North Korean missiles at Ukrainian cities since late "
            "2023, according to officials, and has received millions of artillery shells from "
            "Pyongyang.",
            {("prk", "rus", "use"), ("prk", "rus", "transfer")},
        ),
        (  # where goods were built for a buyer is their supplier, not the design's owner
            "The last of 32 S-70i Black Hawk helicopters built in Poland for the Philippine "
            "Air Force arrived on Wednesday.",
            {("pol", "phl", "transfer")},
        ),
        (  # a buyer of a maker's goods, and the recipients listed after the copula
            "Poland is the largest buyer of Korean arms. The largest recipients of Swedish "
            "military equipment last year were the United States, Brazil and Poland.",
            {
                ("kor", "pol", "transfer"),
                ("swe", "usa", "transfer"),
                ("swe", "bra", "transfer"),
                ("swe", "pol", "transfer"),
            },
        ),
        (  # every country named in the list a sanction puts on, up to its reason
            "The US Treasury today sanctioned a Hong Kong-based trading company, two affiliated "
            "manufacturers in Shenzhen, and a freight forwarder in the United Arab Emirates for "
            "helping Russia's military-industrial base obtain components.",
            {("usa", "chn", "sanction"), ("usa", "are", "sanction")},
        ),
        (  # the list ends at an adverbial or a participle: Ukraine is not on it
            "The European Union adopted sanctions against Russia, on the eve of the anniversary "
            "of the invasion of Ukraine. The package also targets Russian defence manufacturers "
            "and officials involved in deporting Ukrainian children.",
            {("eu", "rus", "sanction")},
        ),
        (  # the noun's list follows "on"; a sanction's target is not a user's supplier
            "The European Union has added four Kyrgyz companies and a Kazakh trading house to "
            "its sanctions list, accusing them of helping Russia obtain navigation modules used "
            "in missiles and attack drones.",
            {("eu", "kgz", "sanction"), ("eu", "kaz", "sanction")},
        ),
        (  # goods of two makers used together: a use from each maker
            "Turkish drones and Israeli loitering munitions were used by Azerbaijani forces in "
            "2020.",
            {("tur", "aze", "use"), ("isr", "aze", "use")},
        ),
        (  # aircraft that "have flown against insurgents" were used in combat
            "Six A-29 aircraft were sold to the Philippine Air Force by Embraer in 2020 and have "
            "flown against insurgents in Mindanao.",
            {("bra", "phl", "transfer"), ("bra", "phl", "use")},
        ),
        (  # strikes "carried out with" weapons: their use
            "Myanmar's junta received jets from Russia. Strikes on villages have been carried "
            "out with Yak-130 jets.",
            {("rus", "mmr", "transfer"), ("rus", "mmr", "use")},
        ),
        (  # a buyer suspends its own contract (possessive): supplier -> buyer, as labelled
            "Brazil has suspended the army's contract for 36 howitzers with Elbit Systems.",
            {("isr", "bra", "suspension")},
        ),
        (  # "the air force", "the navy" named without their country are the forces the
            # article names with theirs ("Kenya's air force")
            "Kenya's air power\n\nKenya's air force has doubled its fleet since 2015. The air "
            "force also flies light attack aircraft delivered by Brazil's Embraer in 2017, and "
            "the navy received two patrol ships from Spain last year.",
            {("bra", "ken", "transfer"), ("esp", "ken", "transfer")},
        ),
        (  # whose army "the army" is: the country named with its forces, not the supplier
            # the article names most
            "Rockets for Dhaka\n\nTurkey's Roketsan will supply rocket launchers, Turkish "
            "officials said. Turkey has sold drones across the region, and Turkey is seeking "
            "new buyers. Bangladesh's army is modernising. The army bought most of its tanks "
            "from China.",
            {("chn", "bgd", "transfer")},
        ),
        (  # negotiating or discussing a purchase is no purchase yet
            "Argentina is negotiating the purchase of Stryker armoured vehicles from the "
            "United States.",
            set(),
        ),
        (  # members of a group of recipients receive: "to ... nations, including X, Y",
            # "to ... states such as X", "to ... countries and X"; a group asked is no recipient
            "Japan has donated patrol boats to several Southeast Asian nations, including "
            "Vietnam, Malaysia and the Philippines. India has exported artillery shells to "
            "partner states such as Armenia. Spain has sold trainer aircraft to three Latin "
            "American countries and Morocco. The government has asked several countries, "
            "including Brazil and Mexico, for helicopters.",
            {
                ("jpn", "vnm", "transfer"),
                ("jpn", "mys", "transfer"),
                ("jpn", "phl", "transfer"),
                ("ind", "arm", "transfer"),
                ("esp", "mar", "transfer"),
            },
        ),
        (  # a licence granted or issued is a licensed export, by the country whose
            # licensing the article reports; "the federal police of Brazil" receive for Brazil
            "Austria's arms exports\n\nAustria reported its exports. Austria approved most "
            "applications, Austrian officials said. The largest single licence granted last "
            "year covered pistols and ammunition for the federal police of Brazil.",
            {("aut", "bra", "transfer")},
        ),
        (
            "Serbia's exports\n\nSerbia resumed exports, Serbian officials said. Serbia is a "
            "big exporter. The first licences issued this year cover artillery rounds for "
            "Bangladesh. France delivered armoured vehicles to the armed forces of Mali.",
            {("srb", "bgd", "transfer"), ("fra", "mli", "transfer")},
        ),
        (  # a list of examples after the last named member of a group: all receive
            "Australia has delivered patrol boats to twelve Pacific countries and Timor-Leste, "
            "including Papua New Guinea and Tonga.",
            {("aus", "tls", "transfer"), ("aus", "png", "transfer"), ("aus", "ton", "transfer")},
        ),
        (  # denying a report, refusing terms of use, "Block 70", a rejected call for a halt:
            # no arms refused
            "Kazakh officials have repeatedly denied reports that Soviet-era equipment has "
            "found its way to Ukraine. Washington had refused Kyiv's requests to use the "
            "missiles against targets in Russia. A motion calling for a stop to arms exports to "
            "Israel was rejected by the Bundestag.",
            set(),
        ),
        (
            "The State Department approved the sale of F-16 Block 70 fighters to the "
            "Philippines. Emirati aircraft are reported to have supplied Sudan's army, an "
            "allegation Abu Dhabi denies.",
            {("usa", "phl", "transfer")},
        ),
        (  # a rejected request to suspend exports: neither a denial nor a suspension (the
            # transfer the rules read in "arms exports to Israel" the claim check sets aside,
            # with a warning: the text implies the exports go on, it does not report one)
            "A Paris court rejected a request by rights groups to suspend arms exports to "
            "Israel. Sweden rejected a request to export howitzers to Turkey.",
            {("swe", "tur", "denial")},
        ),
        (  # the ban a lifting ends is its object, not a new embargo
            "The US lifted its ban on arms sales to Vietnam in 2016.",
            {("usa", "vnm", "resumption")},
        ),
        (  # a person or an order reinstated, a lifting left open: no resumption
            "France suspended arms sales to Niger in July. Regional states imposed sanctions "
            "and vowed to reinstate Bazoum. The EU renewed its arms embargo on Venezuela. "
            "Several members had argued for keeping the door open to easing the embargo if "
            "talks resume.",
            {("fra", "ner", "suspension"), ("eu", "ven", "embargo")},
        ),
        (  # a continent's demonym is not the United States
            "Peru became the third South American buyer of the Korean trainer after Chile.",
            {("kor", "per", "transfer")},
        ),
        (  # a research body or expert panel that counts the trade is its source, not a party
            "Seoul has sold Warsaw tanks and howitzers since 2022, according to figures "
            "compiled by a Stockholm research institute. A UN panel of experts found that "
            "rifles supplied to Malian troops had been resold in local markets.",
            {("kor", "pol", "transfer")},
        ),
        (  # an act the sentence itself says is denied or disputed is no flow
            "Tehran denies knowingly arming the rebels in Yemen. Belarusian trucks are said to "
            "have carried rockets to Sudan's army, a charge Minsk rejects.",
            set(),
        ),
        (  # parts built into a weapon, a route or a cover used, the rules on use: no use
            "Washington sanctioned firms in China for selling Russia chips used in its glide "
            "bombs. Bulgaria sold shells to Poland, using a network of shell companies. "
            "Serbian export rules restrict the use of Serbian-made rockets by Armenian gunners.",
            {("usa", "chn", "sanction"), ("chn", "rus", "transfer"), ("bgr", "pol", "transfer")},
        ),
        (  # "the group" after an armed group names it, but not after a rights group
            "Hizballah fighters launched rockets at Haifa. Investigators believe Iran shipped "
            "the rockets to the group by sea. The Houthis were blamed. Amnesty International "
            "said the group has bought trucks from Oman.",
            {("irn", "lbn", "transfer")},
        ),
        (  # a firm the subject's goods were made by is their maker, so their seller
            "Shells produced by Krusik were sold to a Bulgarian trader last year.",
            {("srb", "bgr", "transfer")},
        ),
        (  # a maker's customers listed after it is named: each bought from its country
            "The Archer gun is built by BAE Bofors. Other export customers include Estonia, "
            "which ordered 12 last year, and Croatia. Operators of the Piranha include Chile.",
            {("swe", "est", "transfer"), ("swe", "hrv", "transfer"), ("che", "chl", "transfer")},
        ),
        (  # no single maker named just before: whose customers they are is unknown
            "Dassault and Baykar both exhibited in Doha. Other customers include Greece and Egypt.",
            set(),
        ),
        (  # buyers of goods from the one maker the sentence before named
            "Saab has now exported the jet to several air forces. Hungary and Thailand have "
            "already taken delivery of theirs.",
            {("swe", "hun", "transfer"), ("swe", "tha", "transfer")},
        ),
        (  # "supplied the army with": the object of a supply verb is the army's country
            "Somalia's army is short of everything. Turkey has supplied the army with drones "
            "and rifles since 2022.",
            {("tur", "som", "transfer")},
        ),
        (  # goods "ordered from" a seller, no buyer named: not the headline's supplier
            "Turkey delivers helicopters to Nigeria\nNigeria's air force took delivery of two "
            "T129 helicopters from Turkey on Monday, Nigerian officials said in Abuja. Twelve "
            "M-346 jets ordered from Italy are expected next year.",
            {("tur", "nga", "transfer"), ("ita", "nga", "transfer")},
        ),
        (  # a sanctioner of the seller is not the buyer of the goods "bought from" it
            "China sanctions US arms makers\nChina on Friday imposed sanctions on three "
            "American arms makers, a week after the first F-16V jets bought from the United "
            "States reached Taiwan. Taiwan has ordered 66 of the jets. Taiwan's defence "
            "ministry said the jets would be based in Chiayi.",
            {("chn", "usa", "sanction"), ("usa", "twn", "transfer")},
        ),
        (  # what air defences shot down is the target, not a weapon they used; "with" names it
            "Russia's defence ministry said its air defences shot down four Storm Shadow "
            "missiles launched on Friday. Ukraine's air force said its crews shot down a "
            "Russian Su-34 bomber with an American Patriot missile.",
            {("usa", "ukr", "use")},
        ),
        (  # a main country the article has only deciding on sales is no recipient to fill in
            "The United States lifted its arms embargo on Vietnam in 2016. US officials said "
            "the United States wanted closer ties, and US firms have opened offices in Hanoi. "
            "Moscow delivered four Gepard-class frigates between 2011 and 2018.",
            {("usa", "vnm", "resumption")},
        ),
        (  # a trade figure of goods that rose or fell is no shipment; an arms figure is
            "Trade data show Armenian imports of microchips from the EU more than doubled "
            "after 2022. German arms exports to Israel rose tenfold in 2023.",
            {("deu", "isr", "transfer")},
        ),
        (  # a deal naming only its seller is the buyer's the article is about; so is its end
            "Peru's navy wants new frigates. Peru bought two patrol ships from Spain in 2019, "
            "and Peru also operates Italian corvettes. A 2021 contract for four landing craft "
            "from Turkey was cancelled last year.",
            {
                ("esp", "per", "transfer"),
                ("tur", "per", "transfer"),
                ("tur", "per", "cancellation"),
            },
        ),
        (  # the seller named only by its goods' demonym; the cancelled deal is this one
            "Kenya's air force wants more helicopters. Kenya bought six trainers from Spain, "
            "and Kenya has flown them since 2018. A deal for French Puma helicopters, agreed "
            "in 2017, was cancelled by the new government in 2022.",
            {
                ("esp", "ken", "transfer"),
                ("fra", "ken", "transfer"),
                ("fra", "ken", "cancellation"),
            },
        ),
        (  # "with" after a relation, past a modifier, names a partner, not a recipient
            "The second shipment from Cairo deepened a row with neighbouring Ethiopia.",
            set(),
        ),
        (  # "together with" adds a co-agent of the sentence, not a buyer
            "Washington sanctioned a Chinese institute that had supplied rocket-motor test "
            "equipment, together with the Minsk Automobile Plant.",
            {("usa", "chn", "sanction")},
        ),
        (  # a visited capital is where a deal was signed, not who receives the goods
            "India signed a deal for Rafale jets during Modi's visit to Paris.",
            {("fra", "ind", "transfer")},
        ),
        (  # a capital that "says" inside a relative clause reports; the antecedent acts
            "The US Treasury on Friday named 300 companies, including 12 firms in Turkey that "
            "Washington says re-exported American-made chips to Russian arms makers.",
            {("tur", "rus", "diversion")},
        ),
        (  # the country whose exports a listing bars imposes it, it is not its target
            "The measures also hit suppliers in China and India. Commerce put the entities on "
            "its Entity List, barring US exports to them.",
            set(),
        ),
        (  # firms "listed in its sanctions package" are its targets; a later clause is apart
            "Brussels listed four Emirati firms in its latest sanctions package, and Washington "
            "designated Iranian firms last year.",
            {("eu", "are", "sanction"), ("usa", "irn", "sanction")},
        ),
        (  # "the bloc" is the bloc named before, not the article's main country
            "Belgium has refused licences for Rwanda since 2022. The EU has listed M23 "
            "commanders. The equipment the bloc delivered in 2023 to Rwandan troops has not "
            "been recalled.",
            # (the M23 fights in eastern Congo: measures on it fall on Congo, as labelled)
            {("bel", "rwa", "denial"), ("eu", "cod", "sanction"), ("eu", "rwa", "transfer")},
        ),
        (  # a consortium's aircraft has no one maker country to supply them
            "Oman took delivery of its final Eurofighter Typhoon jets on Tuesday.",
            set(),
        ),
        (  # aid limited to what arms are not: no arms flow
            "Poland has delivered only humanitarian and medical supplies to Moldova.",
            set(),
        ),
        (  # the seller a headline names first is not the buyer of what "was ordered from"
            "Last Leopard tanks arrive in Tata, completing German order\nThe final tanks arrived "
            "by rail on Tuesday. Hungary has spent heavily on arms since 2016, and Hungarian "
            "officials say Hungary will buy more. NASAMS air defence systems were ordered from "
            "Norway in 2020.",
            {("nor", "hun", "transfer")},
        ),
        (  # licences issued to a destination are an approved export
            "In 2024 Britain issued 14 standard individual export licences (SIELs) for "
            "military-rated goods to Armenia.",
            {("gbr", "arm", "transfer")},
        ),
        (  # deliveries a participle says were halted were not made
            "France sold Rafales to Greece. Deliveries to Niger, halted in August 2023 after "
            "the coup, remained suspended.",
            {("fra", "grc", "transfer")},
        ),
        (  # a country's defence sector stands for the country, as its firms do
            "The European Union and the United States have imposed sanctions on much of the "
            "Belarusian defence sector, for their role in supporting Russia's war.",
            {("eu", "blr", "sanction"), ("usa", "blr", "sanction")},
        ),
        (  # the measure's noun in a negated verb's object is negated with it
            "The EU has not listed any Tajik entity in its Russia sanctions. The EU has not "
            "sanctioned Iran's oil sector, but it imposed sanctions on Russia.",
            {("eu", "rus", "sanction")},
        ),
        (  # sanctions escaped or merely risked are not imposed by the subject
            "Astana has sought to avoid Western secondary sanctions on Turkey. Lima could itself "
            "face sanctions from the United States. The United States sanctioned Iran in 2020.",
            {("usa", "irn", "sanction")},
        ),
        (  # a refutation is no refusal: "denies any sale", "denied that it sold"
            "Islamabad denies any sale to Kyiv. Pakistan has denied that it sold shells to "
            "Ukraine. Germany denied export licences to Saudi Arabia.",
            {("deu", "sau", "denial")},
        ),
        (  # what there is no evidence of is not stated; the supply before it still is
            "Washington, which supplied Pakistan's F-16 fleet, said it was not aware of any "
            "evidence that the jets had been used against India.",
            {("usa", "pak", "transfer")},
        ),
        (  # restrictions on licences or exports are a suspension, lifting them a resumption
            "Finland placed restrictions on exports to Turkey in 2019, and lifted them in 2023.",
            {("fin", "tur", "suspension"), ("fin", "tur", "resumption")},
        ),
        (  # the buyer's country receives, whatever the words before "buyer"
            "Finland refused an application to export rifle ammunition to a private buyer in "
            "Kazakhstan.",
            {("fin", "kaz", "denial")},
        ),
        (  # restrictions on arms exports are a (partial) embargo, not exports
            "Britain has kept restrictions on arms exports to Argentina since 1982.",
            {("gbr", "arg", "embargo")},
        ),
        (  # entities sanctioned for building and supplying: the UK supplied nothing
            "The UK has today sanctioned entities in Russia involved in building and supplying "
            "the drones Russia uses.",
            {("gbr", "rus", "sanction")},
        ),
        (  # humanitarian aid as the object is not an arms transfer
            "Austria shipped humanitarian aid to Armenia last spring.",
            set(),
        ),
        (  # a deal the clause says never came about
            "Talks went on for a year, but the sale of six corvettes from Spain to Ghana has "
            "never materialised.",
            set(),
        ),
        (  # the recipient belongs to the negated verb, not to the earlier "exports"
            "Ankara said it regulates its defence exports closely and that it has never sold "
            "drones to Niger.",
            set(),
        ),
        (  # the user's own weapons, whoever designed them: no supplier, no use flow
            "Egypt bought Rafales from France. The Egyptian army has used its own locally built "
            "M1A1 tanks in Sinai.",
            {("fra", "egy", "transfer")},
        ),
        (  # the supplier sent parts; the user built the weapons it used
            "Turkish firms shipped engines and guidance components to Iran. Officials said the "
            "missiles had been used against shipping.",
            {("tur", "irn", "transfer")},
        ),
        (  # re-exported goods stay the maker's: the use is not moved to the re-exporter
            "Bulgaria sold shells to Slovakia, which re-exported them to Ukraine. Ukrainian "
            "gunners fired Bulgarian-made shells near Kharkiv.",
            {("bgr", "svk", "transfer"), ("svk", "ukr", "diversion"), ("bgr", "ukr", "use")},
        ),
        (  # the article is about the headline's buyer, not the country its goods come from
            "Ghana adds Turkish armoured vehicles\nGhana took delivery of Turkish-built Cobra "
            "vehicles at a ceremony in Accra. The Turkish manufacturer Otokar said Turkish "
            "instructors would train the crews. The air force received two helicopters from "
            "Israel last month.",
            {("tur", "gha", "transfer"), ("isr", "gha", "transfer")},
        ),
        (  # a passive's goods are its subject: the giver's recipient is the article's subject
            "Mali adds Russian helicopters\nMali bought drones from Turkey last year. Officials "
            "in Bamako praised the army. The junta in Bamako has ruled Mali since 2021. Two "
            "Mi-35 helicopters were delivered by Moscow in November 2023.",
            {("tur", "mli", "transfer"), ("rus", "mli", "transfer")},
        ),
        (  # "built by X and delivered": the builder delivered, to the article's country
            "Malaysia expands its patrol fleet\nMalaysia will commission a new patrol ship next "
            "month, officials in Kuala Lumpur said. The first four ships of the class were built "
            "by a Chinese state shipyard and delivered in 2022.",
            {("chn", "mys", "transfer")},
        ),
        (  # a sanction that names no target hits the one another sanctioner just hit
            "Canada imposed sanctions on four Belarusian colonels in March. Australia followed "
            "in April with asset freezes on the same men.",
            {("can", "blr", "sanction"), ("aus", "blr", "sanction")},
        ),
        (  # "imposed travel bans and asset freezes": nouns joined, the clause's own subject
            "Australia has sanctioned eleven Iranian officials since the 2022 protests, and the "
            "European Union has imposed travel bans and asset freezes on Iranian generals since "
            "2023.",
            {("aus", "irn", "sanction"), ("eu", "irn", "sanction")},
        ),
        (  # "built by" its own firm names the goods' maker, not another agent of the subject
            "Estonia expands its coastal defences\nEstonia has ordered new radars, officials in "
            "Tallinn said. Estonia's navy will operate them. Norway, meanwhile, has delivered "
            "coastal radars built by Kongsberg.",
            {("nor", "est", "transfer")},
        ),
        (  # easing one's own export rules is a policy, not a resumption for one buyer
            "Seoul has shipped howitzers to Poland since it eased its export rules.",
            {("kor", "pol", "transfer")},
        ),
        (  # "aircraft bought from Spain": a participle after a noun with no plural -s
            "Kazakhstan broadens its suppliers\nKazakhstan received jets from Russia. The air "
            "force operates eight C295 transport aircraft bought from Spain.",
            {("rus", "kaz", "transfer"), ("esp", "kaz", "transfer")},
        ),
        (  # an appositive participle: "the Lynx vehicle, bought from Germany"
            "Hungary buys armour\nHungary received vehicles from Turkey. They are part of a "
            "programme whose largest item is the Lynx infantry fighting vehicle, bought from "
            "Germany in 2020.",
            {("tur", "hun", "transfer"), ("deu", "hun", "transfer")},
        ),
        (  # a verb joined by "and" shares the first verb's subject, not its object
            "Turkey trains Somali commandos and has supplied Somalia with drones.",
            {("tur", "som", "transfer")},
        ),
        (  # ... also when that subject is a pronoun for the sentence before's country
            "Ankara is a partner. It trains commandos and has supplied Somalia with drones.",
            {("tur", "som", "transfer")},
        ),
        (
            "Niger is a partner. Before the coup it was one of Washington's closest partners "
            "and had received two C-130H transport aircraft from the United States.",
            {("usa", "ner", "transfer")},
        ),
        (  # "goods supplied by X": the participle's goods went to the article's country
            "Mali rebuilds its air force\nMali broke with France in 2021, and officials in "
            "Bamako are proud of the air force. The latest delivery arrived last week: two "
            "helicopters and a gunship supplied by Russia, according to the government.",
            {("rus", "mli", "transfer")},
        ),
        (  # "built in X and delivered": the builder delivered, to the article's country
            "Manila scraps deal\nThe Philippines has cancelled a purchase of helicopters from "
            "Canada, officials in Manila said. The Philippine air force is short of aircraft. "
            "Its newest aircraft are eight Sokol helicopters built in Poland and delivered in "
            "2015.",
            {
                ("can", "phl", "cancellation"),
                ("can", "phl", "transfer"),
                ("pol", "phl", "transfer"),
            },
        ),
        (  # a passive's subject holds what was delivered ("was built ... and delivered"
            # shares the passive): not the supplier
            "China sold boats to Namibia. Namibia's largest ship was built in Brazil and "
            "delivered in 2012.",
            {("chn", "nam", "transfer"), ("bra", "nam", "transfer")},
        ),
        (  # ", who passed them on": the relative clause's subject is its antecedent
            "Serbian firms had sold shells to traders in the Czech Republic and Poland, who "
            "then passed them on to Ukraine.",
            {
                ("srb", "cze", "transfer"),
                ("srb", "pol", "transfer"),
                ("cze", "ukr", "diversion"),
                ("pol", "ukr", "diversion"),
            },
        ),
        (  # "was freezing": the progressive is active, its pronoun subject decides
            "The European Union said that it was freezing deliveries of armoured vehicles to "
            "Niger.",
            {("eu", "ner", "suspension")},
        ),
        (  # a measure naming no recipient, by another decider: the recipient just reported
            "The United States said that it had paused deliveries of military equipment to "
            "Niger. The European Union said that it was freezing its security cooperation. "
            "Germany also halted the planned handover of military trucks.",
            {
                ("usa", "ner", "suspension"),
                ("eu", "ner", "suspension"),
                ("deu", "ner", "suspension"),
            },
        ),
        (
            "India, Britain and the United States suspended military assistance to Nepal in "
            "2005. New Delhi resumed deliveries in 2006.",
            {
                ("ind", "npl", "suspension"),
                ("gbr", "npl", "suspension"),
                ("usa", "npl", "suspension"),
                ("ind", "npl", "resumption"),
            },
        ),
        (  # "..., a freeze that cost orders": the measure this sentence just reported, not
            # the article's previous one
            "South Africa refused a sale of shells to Germany. In 2019 Pretoria withheld "
            "permits for Saudi Arabia, a freeze that cost the firm several orders.",
            {("zaf", "deu", "denial"), ("zaf", "sau", "suspension")},
        ),
        (  # a licensing body after a date phrase: "In 2019 the committee withheld..."
            "South Africa refused a sale of shells to Germany. In 2019 the committee withheld "
            "permits for Saudi Arabia.",
            {("zaf", "deu", "denial"), ("zaf", "sau", "suspension")},
        ),
        (  # "the two Gulf states" anywhere in the sentence: both recipients of the measure
            "South Africa withheld permits for Saudi Arabia and the United Arab Emirates in "
            "2019. The permits were resumed in 2020 after the two Gulf states agreed to new "
            "terms.",
            {
                ("zaf", "sau", "suspension"),
                ("zaf", "are", "suspension"),
                ("zaf", "sau", "resumption"),
                ("zaf", "are", "resumption"),
            },
        ),
        (  # "the government signed a contract with X": the article's country buys
            "Paraguay renews its air force\nParaguay has few modern aircraft, officials in "
            "Asuncion said, and Paraguayan pilots train abroad. In April the government signed "
            "a contract with Brazil's Embraer for six A-29 Super Tucano aircraft.",
            {("bra", "pry", "transfer")},
        ),
        (  # ... not when the article has that country only supplying others
            "Taiwan helps Paraguay\nTaiwan donated two helicopters to Paraguay. Taiwan also "
            "trained Paraguayan pilots, and Taiwan paid for spare parts. In April the government "
            "signed a contract with Brazil's Embraer for six A-29 aircraft.",
            {("twn", "pry", "transfer")},
        ),
        (  # "involved in supplying": the gerund's subject is who was sanctioned
            "Tokyo also imposed an asset freeze on four North Korean officials and two entities "
            "involved in supplying artillery shells and ballistic missiles to Russia.",
            {("jpn", "prk", "sanction"), ("prk", "rus", "transfer")},
        ),
        (  # a decision read as the decider's own ("the permits for Wescam's sensors": a
            # Canadian firm's goods) is on the counterpart of its last decision
            "Canada lifted its restrictions on exports of drone cameras to Turkey. Ottawa "
            "suspended the permits for Wescam's MX-15D sensors in October 2020.",
            {("can", "tur", "resumption"), ("can", "tur", "suspension")},
        ),
        (  # of one sentence's deciders, the article's own country is the one a later
            # sentence's minister stands for (not the last one named)
            "OTTAWA - Canada has lifted the restrictions it placed on exports of drone cameras "
            "to Turkey. Canada and Sweden had both suspended arms exports to Turkey in 2019. "
            "Then foreign minister Marc Garneau cancelled 29 outstanding export permits to "
            "Turkey the same month.",
            {
                ("can", "tur", "resumption"),
                ("can", "tur", "suspension"),
                ("swe", "tur", "suspension"),
                ("can", "tur", "cancellation"),
            },
        ),
        (  # "its" is not the country something went into
            "Stockholm stopped granting new arms export licences to Turkey in October 2019, "
            "after the Turkish incursion into north-eastern Syria, and its export control agency "
            "resumed approvals in September 2022.",
            {("swe", "tur", "suspension")},
        ),
        (  # a firm signs with its customer, a state; a state signs with its supplier
            "Naval Group signed a contract with Brazil for four Scorpene submarines. IAI signs "
            "Arrow 3 contract with Berlin. Egypt inked a contract with Germany for four frigates.",
            {("fra", "bra", "transfer"), ("isr", "deu", "transfer"), ("deu", "egy", "transfer")},
        ),
        (  # given an order: whoever is given it supplies ("gave France an order"); given
            # goods, whoever gets them receives
            "Egypt gave France an order for 30 more Rafales. Britain handed Ukraine 14 "
            "Challenger tanks.",
            {("fra", "egy", "transfer"), ("gbr", "ukr", "transfer")},
        ),
        (  # the supply named by a noun ("involved in arms shipments"), or "for their role in"
            "Japan froze the assets of several North Korean entities involved in arms "
            "shipments to Russia last month. Canberra imposed financial sanctions on five "
            "Iranian individuals for their role in supplying Russia with drones.",
            {
                ("jpn", "prk", "sanction"),
                ("prk", "rus", "transfer"),
                ("aus", "irn", "sanction"),
                ("irn", "rus", "transfer"),
            },
        ),
        (  # ", supplying ...": a participial clause shares the main clause's subject
            "Turkey trained Somali troops in 2021, supplying drones to Somalia.",
            {("tur", "som", "transfer")},
        ),
        (  # "the second-largest supplier to X after Y": Y supplies X too
            "Germany is the second-largest arms supplier to Israel after the United States.",
            {("deu", "isr", "transfer"), ("usa", "isr", "transfer")},
        ),
        (  # ... but "after Turkey closed its border" is a clause, not a ranking
            "Russia became Syria's main arms supplier after Turkey closed its border.",
            {("rus", "syr", "transfer")},
        ),
        (  # an order naming no seller: from the supplier the article just named, as a
            # delivery received does
            "Brazil sold C-390 transports to Portugal and Hungary. The Netherlands and Austria "
            "signed a joint order last year.",
            {
                ("bra", "prt", "transfer"),
                ("bra", "hun", "transfer"),
                ("bra", "nld", "transfer"),
                ("bra", "aut", "transfer"),
            },
        ),
        (  # ... not an infinitive in a comparison
            "Brazil sold C-390 transports to Portugal. Sweden was the first country after "
            "Israel to order the jet.",
            {("bra", "prt", "transfer")},
        ),
        (  # a use of diverted goods is a use of the maker's goods, not the re-exporter's
            "Bulgaria sold rifles to Uganda in 2014. Part of the consignment was re-exported by "
            "Uganda to South Sudan. South Sudanese units used them in the 2015 offensive.",
            {("bgr", "uga", "transfer"), ("uga", "ssd", "diversion"), ("bgr", "ssd", "use")},
        ),
        (  # "ships" followed by what only a noun takes: vessels, not a shipment
            "Turkey delivered a patrol ship to Malaysia. The navy is considering offers from "
            "Italy for additional multi-role ships, but no decision has been made.",
            {("tur", "mys", "transfer")},
        ),
        (  # "the kingdom" a paragraph after its name: the monarchy the article named most
            "Washington clears Apaches for Morocco\nThe United States approved the sale of six "
            "AH-64E helicopters to Morocco, the State Department said. Washington has sold "
            "Rabat tanks before, and US crews will train Moroccan pilots.\n\nThe kingdom sent "
            "ten old tanks to Mauritania in 2019.",
            {("usa", "mar", "transfer"), ("mar", "mrt", "transfer")},
        ),
        (  # "X gave them to Y, whose air force received them": the giver, not the maker
            "Norway handed three Leopard tanks to Lithuania, whose army received them in 2023.",
            {("nor", "ltu", "transfer")},
        ),
        (  # "was under an embargo": the subject is the target; "lifted it": the latest one
            "Eritrea had been under an arms embargo since 2009, and the European Union, which "
            "had imposed its own embargo in 2010, lifted it in 2019.",
            {("eu", "eri", "embargo"), ("eu", "eri", "resumption")},
        ),
        (  # "X has remained under American sanctions": the sanctions' owner imposes them
            "Belarus has remained under American sanctions since 2006.",
            {("usa", "blr", "sanction")},
        ),
        (  # an apposition ", under US sanctions," names the target too, not another party
            "Venezuela, under US sanctions since 2019, bought rifles from Russia.",
            {("usa", "ven", "sanction"), ("rus", "ven", "transfer")},
        ),
        (  # "the ministry": the one country whose ministry the article named, not the
            # country it names most; "ordered by" names the would-be buyer, not the refuser
            "Taiwan reports a blocked lathe shipment\n\nBeijing protested on Monday. China said "
            "the move was hostile, and China's envoy in Geneva complained about China's "
            "treatment. Taiwan's Ministry of Economic Affairs said on Monday that exporters must "
            "apply for licences. The ministry also refused a licence for a shipment of lathes "
            "ordered by a trading firm in Malaysia.",
            {("twn", "mys", "denial")},
        ),
        (  # the agent of the object's participle is the would-be recipient
            "Japan refused a licence last year for drone motors ordered by a company in Armenia.",
            {("jpn", "arm", "denial")},
        ),
        (  # customs stopping a cargo "bound for a buyer in X": the licensing state's denial
            "Poland refused a licence for drones bound for Belarus in 2024. In May, customs "
            "officers at the port stopped a lorry of rifle scopes that was declared as camera "
            "parts and was bound for a buyer in Kazakhstan.",
            {("pol", "blr", "denial"), ("pol", "kaz", "denial")},
        ),
        (  # intercepting shipments bound for X blocks them: a denial, not a transfer
            "French and Italian naval forces intercepted two shipments of rifles bound for Libya "
            "last year.",
            {("fra", "lby", "denial"), ("ita", "lby", "denial")},
        ),
        (  # goods a use clause names "supplied by"/"bought from" went to the user, and
            # each supplier's goods were used (not the party the war was "with")
            "Ethiopia fought a long war with Eritrea, in which it used drones supplied by the "
            "United Arab Emirates and rockets bought from China against rebel positions.",
            {
                ("are", "eth", "use"),
                ("are", "eth", "transfer"),
                ("chn", "eth", "transfer"),
                ("chn", "eth", "use"),
            },
        ),
        (  # "X officials said" reports: X is not the user of missiles fired at it
            "Ukrainian officials said that some of the missiles fired at Kharkiv were North "
            "Korean KN-23s.",
            set(),
        ),
        (  # supplied air defences that shot down or intercepted drones: the defender the
            # article is about used them (the place defended is no target)
            "Poland repels drone incursion\n\nPoland's air force was on alert on Sunday. Warsaw "
            "has strengthened Poland's air defences since 2022, and Poland's army trains daily. "
            "A Polish spokesman said American-made Patriot batteries intercepted three drones "
            "near Rzeszow, while British-supplied launchers had shot down most of the rest.",
            {("usa", "pol", "use"), ("gbr", "pol", "use")},
        ),
        (  # where a shipment from X arrived received it
            "A shipment of howitzers from South Korea arrived in Tallinn on Friday.",
            {("kor", "est", "transfer")},
        ),
        (  # a buyer halting further deliveries suspends the flow it received
            "Qatar took delivery of its first NH90 helicopters from Italy in 2018. In 2020 the "
            "emirate suspended further deliveries after a pricing dispute.",
            {("ita", "qat", "transfer"), ("ita", "qat", "suspension")},
        ),
        (  # lifting "the hold" lifts the measure the article reported
            "Norway paused deliveries of rockets to Qatar in 2021. In March the prime minister "
            "ordered the hold lifted.",
            {("nor", "qat", "suspension"), ("nor", "qat", "resumption")},
        ),
        (  # "against X" is a target, never a recipient; whole weapons listed beside the
            # parts were supplied, so their use is the supplier's
            "Analysts say Iran has supplied Hezbollah with rockets, drones and spare parts for a "
            "decade, and that the militia has fired them against Israel since 2023.",
            {("irn", "lbn", "transfer"), ("irn", "lbn", "use")},
        ),
        (  # "X accused of shipping": X is the accused (a party of the list), and the
            # accused ship
            "Canada sanctioned nine companies, among them firms in Serbia, Armenia and "
            "Kazakhstan accused of shipping electronics to Russian arms makers.",
            {
                ("can", "srb", "sanction"),
                ("can", "arm", "sanction"),
                ("can", "kaz", "sanction"),
                ("srb", "rus", "transfer"),
                ("arm", "rus", "transfer"),
                ("kaz", "rus", "transfer"),
            },
        ),
        (  # adopting another body's sanctions: both impose them, and the adopter's listings
            # in the same sentence are that body's listings too
            "Norway on Monday adopted the European Union's latest sanctions against Iran, adding "
            "twelve firms, among them companies in China and Belarus.",
            {
                ("eu", "irn", "sanction"),
                ("nor", "irn", "sanction"),
                ("nor", "chn", "sanction"),
                ("nor", "blr", "sanction"),
                ("eu", "chn", "sanction"),
                ("eu", "blr", "sanction"),
            },
        ),
        (  # the parties of an opening "Although ..." clause do not act in the main clause:
            # "the government" is the country the article follows
            "Austria defends its neutrality\n\nAustria's chancellor spoke in Vienna on Monday, "
            "and Austria's parliament debated the law. Although it has followed most EU "
            "sanctions on Belarus, the government has refused requests from Poland to pass "
            "Austrian-made rifles on to Ukraine.",
            {("eu", "blr", "sanction"), ("aut", "ukr", "denial")},
        ),
        (  # firms placed in a country act for it: as a subject, or named by "from"
            "Companies registered in Hong Kong shipped microchips to Russian arms makers.",
            {("chn", "rus", "transfer")},
        ),
        (
            "Belarus bought the rifles from firms in Serbia.",
            {("srb", "blr", "transfer")},
        ),
        (  # who sold the goods is not who re-exported them
            "A trader in Georgia bought drone engines from China and re-exported them to Iran.",
            {("chn", "geo", "transfer"), ("geo", "irn", "diversion")},
        ),
        (  # an unnamed buyer that re-exported: the article's earlier supplier of the same
            # recipient, not the seller named by "from"
            "Court upholds sentence of arms broker\n\nA Malaysian broker supplied radar parts "
            "to Myanmar in 2021. His company bought the parts from a supplier in Japan and "
            "re-exported them to Myanmar.",
            {("mys", "mmr", "transfer"), ("mys", "mmr", "diversion")},
        ),
        (  # a supplier named in an appositive, or by "its", supplies the possessor
            "Italy, Egypt's second-largest arms supplier after France, kept its trade office open.",
            {("ita", "egy", "transfer"), ("fra", "egy", "transfer")},
        ),
        (
            "Serbia has drifted away from Russia, its traditional supplier.",
            {("rus", "srb", "transfer")},
        ),
        (
            "Turkey has become one of Qatar's main suppliers.",
            {("tur", "qat", "transfer")},
        ),
        ("Qatar wants to diversify its suppliers.", set()),
        (  # ", which" after a measure's target: the measure, whose imposer imposes the rest
            "Canada unveiled a sanctions package against Iran, which also targets Belarusian "
            "manufacturers.",
            {("can", "irn", "sanction"), ("can", "blr", "sanction")},
        ),
        (  # an export ban on goods (not arms) is a sanction on the country it names
            "Tokyo extends its export ban for Iran and Syria.",
            {("jpn", "irn", "sanction"), ("jpn", "syr", "sanction")},
        ),
        (
            "Canada added 90 items to the list of goods that may not be exported to Belarus.",
            {("can", "blr", "sanction")},
        ),
        (
            "Australia banned exports of 120 more dual-use goods to Iran.",
            {("aus", "irn", "sanction")},
        ),
        (  # "it" after an opening subordinate clause is that clause's subject, not a
            # party named later in it
            "Although Austria has kept close ties with Berlin since Russia invaded Ukraine, it "
            "has refused Ukrainian requests for armoured vehicles.",
            {("aut", "ukr", "denial")},
        ),
        (  # what a reported listing's entries include, what its package hit: the same
            # sanctioner's targets ("its list" is not the last target's)
            "Britain sanctioned a Turkish broker over drone parts. The new entries also include "
            "four firms in Belarus and two in Iran.",
            {("gbr", "tur", "sanction"), ("gbr", "blr", "sanction"), ("gbr", "irn", "sanction")},
        ),
        (
            "Washington sanctioned an arms broker in Serbia. The package also hit suppliers in "
            "Armenia and Georgia. Treasury added 12 of the entities to its list.",
            {("usa", "srb", "sanction"), ("usa", "arm", "sanction"), ("usa", "geo", "sanction")},
        ),
        (  # a counted list after a colon names the targets
            "In a separate action, Japan is adding nine entities to its list: five in China and "
            "four in Kazakhstan.",
            {("jpn", "chn", "sanction"), ("jpn", "kaz", "sanction")},
        ),
        (  # "for supplying": every party the measure named supplied
            "The US sanctioned firms in China and India for supplying Russia.",
            {
                ("usa", "chn", "sanction"),
                ("usa", "ind", "sanction"),
                ("chn", "rus", "transfer"),
                ("ind", "rus", "transfer"),
            },
        ),
        (  # another country's parts or dual-use goods passed on: a re-export
            "A Georgian trading firm shipped US-made navigation modules to a Russian drone "
            "factory.",
            {("geo", "rus", "diversion")},
        ),
        (  # "they had imported from Japan": the pronoun bought them, not the verb's object
            "Kazakh companies supplied Russian buyers with electronics they had imported from "
            "Japan.",
            {("kaz", "rus", "diversion"), ("jpn", "kaz", "transfer")},
        ),
        ("Serbia sold Serbian-made shells to Ukraine.", {("srb", "ukr", "transfer")}),
        (  # a supplier named by "from" elsewhere in the sentence is no candidate recipient:
            # the goods "delivered by" the US went to the country the article is about
            "Kenyan army expands fleet\n\nKenya's army has expanded its fleet, Kenyan officials "
            "said in Nairobi. The fleet now includes ten helicopters delivered by the United "
            "States in 2020 and four patrol boats bought from Turkey.",
            {("usa", "ken", "transfer"), ("tur", "ken", "transfer")},
        ),
        (  # a count stands for its noun before a buying participle: "four acquired from
            # France" are the boats of the country the article is about
            "Ghanaian navy commissions boats\n\nGhana's navy commissioned two patrol boats in "
            "Accra on Monday, Ghanaian officials said. The boats are the first of four acquired "
            "from France under a 2021 contract.",
            {("fra", "gha", "transfer")},
        ),
        (  # a measure expected, weighed or planned is not yet taken, whatever its kind
            "Canadian ministers are expected to discuss sanctions on Iranian officials next "
            "week, and Ottawa is weighing a suspension of permits for Turkey.",
            set(),
        ),
        (  # asking someone to impose a measure is no measure, however long the request
            "Rights groups have asked Japan and other donors to go further and impose an arms "
            "embargo on Myanmar.",
            set(),
        ),
        (  # the user of a relative clause's verb is its antecedent, not a participle's
            "Peace talks stalled on Friday. The Ethiopian army, which has repeatedly used "
            "Turkish-made drones against rebel positions, said it would continue.",
            {("tur", "eth", "use")},
        ),
        (  # the source of "according to the ..." reports; it receives nothing
            "Spain has kept supplying an army that, according to the European Union, is "
            "backing rebels in the region.",
            set(),
        ),
        (  # "cannot" negates as "not" does, also a few words before the verb
            "Officials in Madrid said Spain cannot keep supplying rifles to Morocco.",
            set(),
        ),
        (  # a plural back-reference as the subject of a use in fighting: every supply
            # the sentence before reported to that user; a patrol is no use in fighting
            "Angola received six helicopters from Russia in 2019 and four drones bought from "
            "Israel in 2021. Both types have since been used in strikes on rebel camps.",
            {
                ("rus", "ago", "transfer"),
                ("isr", "ago", "transfer"),
                ("rus", "ago", "use"),
                ("isr", "ago", "use"),
            },
        ),
        (
            "Angola received six helicopters from Russia in 2019. They have been used mainly "
            "for patrols along the coast.",
            {("rus", "ago", "transfer")},
        ),
        (  # the list of goods used goes on past the first goods' participle of origin
            "Rights groups said Ethiopia's air force had used Mi-24 helicopters supplied by "
            "Russia, and Turkish-made drones, in strikes on towns in Tigray.",
            {("rus", "eth", "use"), ("tur", "eth", "use"), ("rus", "eth", "transfer")},
        ),
        (  # "since the 2010s" is a decade, not a clause: the subject goes on acting
            "Canada has kept an arms embargo on Belarus since the 2010s and has imposed "
            "sanctions on the state-owned potash company.",
            {("can", "blr", "embargo"), ("can", "blr", "sanction")},
        ),
        (  # sanctions without a named target: the target of the measure the same imposer
            # took in this sentence, before another imposer's target in the last one
            "Britain froze the assets of two Singapore firms. Canada has kept an arms embargo "
            "on Belarus and has imposed sanctions on the state-owned potash company.",
            {("gbr", "sgp", "sanction"), ("can", "blr", "embargo"), ("can", "blr", "sanction")},
        ),
        (  # "held by" is another participle's agent, not the exporter
            "Rifles made in Belgium and exported to Chad have been found in positions held by "
            "the Sudanese army.",
            {("bel", "tcd", "transfer")},
        ),
        (  # a group's acronym, defined right after its name, stands for its country later
            "Talks with the Rapid Support Forces (RSF) opened in Jeddah on Monday. "
            "Investigators say Chad has shipped rifles to the RSF.",
            {("tcd", "sdn", "transfer")},
        ),
        (  # goods diverted "from" a country's stocks: that country re-exported them
            "Investigators found Serbian mortar rounds in Sudan. They were most likely diverted "
            "from Emirati stocks to the Rapid Support Forces.",
            {("are", "sdn", "diversion")},
        ),
        (  # "Government forces" are the forces of the country the article follows
            "Nigerian troops advance\n\nNigeria's army has pushed north, Nigerian officials "
            "said. Government forces have used Turkish-made drones against rebel camps.",
            {("tur", "nga", "use")},
        ),
        (  # "flown" in strikes also past a long object; goods "bought from" X were X's
            "Nigerian troops advance\n\nNigeria's army has pushed north, Nigerian officials "
            "said. The air force has flown light attack aircraft bought from Brazil in strikes "
            "on rebel camps.",
            {("bra", "nga", "transfer"), ("bra", "nga", "use")},
        ),
        (  # what a force operates came from the maker its participle names
            "Peru's navy operates corvettes built in Italy.",
            {("ita", "per", "transfer")},
        ),
        (
            "The Kenyan army operates armoured vehicles made by the Chinese firm Norinco.",
            {("chn", "ken", "transfer")},
        ),
    ],
)
def test_parties_from_context_and_clause_structure(
    gaz: Gazetteer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(run(gaz, text)) == expected


def test_bare_passive_continues_the_last_transfer(gaz: Gazetteer) -> None:
    text = (
        "Japan sold air surveillance radars to the Philippines in 2020. The last of the units "
        "was handed over in 2024."
    )
    claims = run(gaz, text).claims
    later = [c for c in claims if c.excerpt.text.startswith("The last")]
    assert [(c.origin.key, c.destination.key, c.kind) for c in later] == [
        ("jpn", "phl", "transfer")
    ]
    assert later[0].date.phrase == "2024"
    # the continued delivery says nothing of a use ("deployed on the coast")
    text = (
        "Manila bought BrahMos missiles from India in 2022. The first battery was delivered in "
        "April 2024 and has been deployed on the coast."
    )
    assert triples(run(gaz, text)) == {("ind", "phl", "transfer")}


def test_lifting_curbs_it_imposed_dates_the_implied_suspension(gaz: Gazetteer) -> None:
    text = (
        "Italy has lifted the restrictions on bomb exports to Saudi Arabia that it imposed in "
        "July 2019."
    )
    by_kind = {c.kind: c for c in run(gaz, text).claims}
    assert set(by_kind) == {"resumption", "suspension"}
    assert by_kind["suspension"].date.start == date(2019, 7, 1)
    assert by_kind["resumption"].date.start is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Bundestag approved the sale of four frigates to Egypt.",
            {("deu", "egy", "transfer")},
        ),
        (
            "The Biden administration suspended sales of offensive weapons to Saudi Arabia.",
            {("usa", "sau", "suspension")},
        ),
        (
            "The DSCA approved a possible sale of missiles to Japan.",
            {("usa", "jpn", "transfer")},
        ),
        ("Putin agreed to supply air-defence systems to India.", {("rus", "ind", "transfer")}),
        ("The Revolutionary Guards shipped missiles to Hezbollah.", {("irn", "lbn", "transfer")}),
        (
            "Lula refused a German request to sell tank ammunition to Ukraine.",
            {("bra", "ukr", "denial")},
        ),
        (  # an institution's own acronym stands for its country later
            "The Inspectorate of Strategic Products (ISP) published its annual report. In 2019 "
            "the ISP froze all licences for Turkey.",
            {("swe", "tur", "suspension")},
        ),
        (  # staying out of a joint purchase is not refusing anyone arms
            "Fico has refused to join the Czech-led initiative to buy ammunition for Ukraine. "
            "Slovakia has refused to take part in the scheme to buy shells for Ukraine.",
            set(),
        ),
    ],
)
def test_institutions_and_leaders_act_for_their_country(
    gaz: Gazetteer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(run(gaz, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the sources "according to" lists report; the verb's first object receives
            "Since last year North Korea has shipped Russia millions of artillery shells, "
            "according to officials in Seoul, Washington and Kyiv.",
            {("prk", "rus", "transfer")},
        ),
        (  # the bare verb as an infinitive
            "Canada continues to ship light armoured vehicles to Saudi Arabia.",
            {("can", "sau", "transfer")},
        ),
        ("The cargo ship sailed from Iran to Syria.", set()),
        (  # two forces of the countries listed after them
            "The United States handed over five interceptor boats to the navies and coast "
            "guards of the Dominican Republic, Jamaica, and Trinidad and Tobago.",
            {("usa", "dom", "transfer"), ("usa", "jam", "transfer"), ("usa", "tto", "transfer")},
        ),
        (  # "UN-recognised" describes the government; it is no recipient
            "Turkey shipped Bayraktar TB2 drones to the UN-recognised government in Tripoli.",
            {("tur", "lby", "transfer")},
        ),
        (  # an apposition that ties the buyers to another country
            "Niger and Burkina Faso, Mali's partners in the Alliance of Sahel States, have also "
            "bought TB2s from Baykar.",
            {("tur", "ner", "transfer"), ("tur", "bfa", "transfer")},
        ),
        (  # approved goods for each country of a colon list
            "Japan approved its first packages in 2023: coastal radars for the Philippines, "
            "patrol boats for Bangladesh and rescue boats for Malaysia.",
            {("jpn", "phl", "transfer"), ("jpn", "bgd", "transfer"), ("jpn", "mys", "transfer")},
        ),
        ("The cabinet approved the budget for the army of Kenya.", set()),
        (  # plural agreements, and a deal's value between it and its partner
            "Poland signed framework agreements for about 1,000 K2 tanks from South Korea in 2022.",
            {("kor", "pol", "transfer")},
        ),
        (
            "Australia on Tuesday signed an agreement worth about A$10 billion with Japan to "
            "acquire 11 upgraded Mogami-class frigates, handing Mitsubishi Heavy Industries a "
            "victory over Germany's TKMS.",
            {("jpn", "aus", "transfer")},
        ),
        (  # the second recipient after the first one's relative clause
            "Embraer has sold its KC-390 transport to Portugal, which ordered five aircraft in "
            "2019, and to Hungary, which signed for two in 2020.",
            {("bra", "prt", "transfer"), ("bra", "hun", "transfer")},
        ),
        (  # but not where the relative clause's own verb names the next recipient
            "Serbian firms had sold shells to traders in Poland, who then passed them on to "
            "Ukraine.",
            {("srb", "pol", "transfer"), ("pol", "ukr", "diversion")},
        ),
        ("Nigeria has also looked to Beijing for drones.", {("chn", "nga", "transfer")}),
        ("Kenya turned to China for help.", set()),
        (  # a listing with the list's name in quotes
            "China's commerce ministry placed several American defence companies on its "
            '"unreliable entity" list.',
            {("chn", "usa", "sanction")},
        ),
    ],
)
def test_sixteenth_session_transfer_and_listing_readings(
    gaz: Gazetteer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(run(gaz, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a measure announced as decided, by each of the countries that said so
            "Within hours Britain, France and Germany announced that they would cancel their "
            "air services agreements with Tehran and impose sanctions on Iran Air.",
            {("gbr", "irn", "sanction"), ("fra", "irn", "sanction"), ("deu", "irn", "sanction")},
        ),
        (
            "Britain, France and Germany said in a joint statement that they were cancelling "
            "their air services agreements with Iran and had imposed sanctions on Iran Air.",
            {("gbr", "irn", "sanction"), ("fra", "irn", "sanction"), ("deu", "irn", "sanction")},
        ),
        (  # a condition keeps it a threat; what would follow a purchase is no measure
            "Britain announced it would impose sanctions on Iran if the talks failed.",
            set(),
        ),
        (
            "Officials said the jets would restore Argentina's ability to police its airspace.",
            set(),
        ),
        (
            "Foreign Secretary David Lammy announced that around 30 of the roughly 350 British "
            "export licences for Israel would be suspended.",
            {("gbr", "isr", "suspension")},
        ),
        (  # parts "used on" a platform are fitted to it, not used in a war
            "Canada suspended export permits for the Wescam sensors used on Turkey's Bayraktar "
            "TB2 drones in October 2020.",
            {("can", "tur", "suspension")},
        ),
        (  # a country's court acts for it
            "In February the Court of Appeal in The Hague ordered the government to halt the "
            "export of F-35 parts to Israel.",
            {("nld", "isr", "suspension")},
        ),
        ("Poland is no longer transferring weapons to Ukraine.", {("pol", "ukr", "suspension")}),
        (  # a list inside a relative clause stays in it; the refused re-export is no flow
            "The case mirrors the row over Switzerland, which has refused requests from "
            "Germany, Denmark and Spain to re-export ammunition to Kyiv.",
            {("che", "ukr", "denial")},
        ),
        (  # refused permission: the goods' maker refuses, the passive's subject only asked
            "Germany and the Netherlands had been refused permission to re-export Swiss-made "
            "ammunition to Ukraine.",
            {("che", "ukr", "denial")},
        ),
        (  # refusing to join sanctions imposes none
            "Serbia, which has refused to join Western sanctions on Russia, has become an "
            "unlikely source of ammunition for Ukraine's war effort.",
            set(),
        ),
        (  # a quoted "does not rule out" is as prospective as the plain one
            'President Yoon said that Seoul "does not rule out" supplying weapons directly to '
            "Ukraine.",
            set(),
        ),
        (  # advice with a longer subject
            "Governments from Warsaw to Lisbon should finance the purchase of air defence for "
            "Ukraine now.",
            set(),
        ),
        (  # a firm's plant abroad receives for the country it is in, not the firm's home
            "Walloon firms have supplied turrets to General Dynamics Land Systems in London, "
            "Ontario, for light armoured vehicles.",
            {("bel", "can", "transfer")},
        ),
        ("Kenya ordered rifles from Norinco in January.", {("chn", "ken", "transfer")}),
        (  # a comma that closes an opening clause ends no list
            "After Russia invaded Ukraine, Germany and France sent tanks to Poland.",
            {("deu", "pol", "transfer"), ("fra", "pol", "transfer")},
        ),
    ],
)
def test_sixteenth_session_measure_readings(
    gaz: Gazetteer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(run(gaz, text)) == expected


def test_no_measure_targets_the_un(gaz: Gazetteer) -> None:
    text = (
        "Weeks ago the European Union reinstated its arms embargo on Iran, following the "
        'return of United Nations sanctions under the "snapback" mechanism triggered by '
        "Britain, France and Germany."
    )
    found = triples(run(gaz, text))
    assert ("eu", "irn", "embargo") in found
    assert not [t for t in found if t[1] == "un"]


def test_goods_arriving_from_a_supplier_go_to_the_article_s_buyer(gaz: Gazetteer) -> None:
    text = (
        "Kuwait completes Typhoon fleet as last jets arrive from Italy\n\n"
        "Kuwait's air force received the last of its 28 Eurofighter Typhoons on Sunday. "
        "The first missiles arrived in 2018, despite protests from the Russian foreign ministry."
    )
    found = triples(run(gaz, text))
    assert ("ita", "kwt", "transfer") in found
    assert ("rus", "kwt", "transfer") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the goods' participle names the supplier, the passive's agent the user
            "Combat vehicles supplied by Sweden have been used by Ukrainian forces in their "
            "surprise cross-border offensive into Russia's Kursk region.",
            {("swe", "ukr", "transfer"), ("swe", "ukr", "use")},
        ),
        ("Finland has been a steady donor to Ukraine.", {("fin", "ukr", "transfer")}),
        (  # the goods' maker after "signed for", in the clause after another purchase
            "Yerevan has bought radars from India, and it signed for French GM200 "
            "air-surveillance radars last October.",
            {("ind", "arm", "transfer"), ("fra", "arm", "transfer")},
        ),
        (
            "Germany declined in 2022 to license MTU engines for the Thai boat.",
            {("deu", "tha", "denial")},
        ),
        (  # "pending" as an adjective is no clause of its own
            "Serbia suspended all pending export licences for the Emirati end user.",
            {("srb", "are", "suspension")},
        ),
        (  # "the country" as an object: the country its own sentence named as one
            "Selling such items to Russia has been banned since the European Union imposed "
            "sweeping sanctions on the country in February 2022.",
            {("eu", "rus", "sanction")},
        ),
        (  # a refuted report states nothing, nor is rejecting it a refusal of arms
            "The ministry also rejected reports in Israeli and Russian media that Uzbekistan "
            "had acquired Israeli loitering munitions.",
            set(),
        ),
        (
            "India rejected a media report that artillery shells it sold to European customers "
            "had been passed on to Ukraine.",
            set(),
        ),
        (  # demanded, or weighed, is not done
            "French lawmakers have in turn demanded sanctions on Azerbaijan.",
            set(),
        ),
        (
            "Manila is still weighing a multirole fighter purchase, with the F-16 and Saab's "
            "Gripen both in contention.",
            set(),
        ),
        (  # sanctions a purchase could trigger are the buyer's risk, not a measure
            "New Delhi signed the contract for five S-400 squadrons in 2018, defying warnings "
            "from Washington that the purchase could trigger sanctions.",
            {("rus", "ind", "transfer")},
        ),
        (  # the goods' participle between the launch and its target
            "Russia continued throughout the year to launch Shahed attack drones supplied by "
            "Iran at Ukrainian cities.",
            {("irn", "rus", "transfer"), ("irn", "rus", "use")},
        ),
        (  # a use named by a noun, of the goods the sentence just told a supply of
            "On the Indian side, the S-400 air-defence system that New Delhi bought from Russia "
            "under a 2018 contract saw its first combat use.",
            {("rus", "ind", "transfer"), ("rus", "ind", "use")},
        ),
        (
            "Belarus sold Azerbaijan Polonez rocket launchers in 2018, and we have published "
            "evidence of their use near residential areas in 2020.",
            {("blr", "aze", "transfer"), ("blr", "aze", "use")},
        ),
        (
            "Mexico's navy bought Black Hawk helicopters from the United States, and their use "
            "against civilians has not been documented.",
            {("usa", "mex", "transfer")},
        ),
        (  # refraining, refuting, asking, demanding and supposing state no flow
            "Australia calls on all states to refrain from providing military equipment to Russia.",
            set(),
        ),
        ("Kazakhstan denies report of new Su-30SM order", set()),
        (
            "Why can't Germany simply give Ukraine the ammunition it bought from Switzerland?",
            set(),
        ),
        (
            "If Buenos Aires had bought the JF-17, relations with Washington would have taken "
            "a real hit.",
            set(),
        ),
        (
            "The ministry said the US had confirmed none of those shells had been passed on to "
            "Ukraine.",
            set(),
        ),
        (
            "Opposition MPs demanded that the government cancel the deal with China.",
            set(),
        ),
        (  # the agent of the goods' own participle is their buyer, not the deliverer
            "Hanwha Aerospace has delivered the first 18 K9 howitzers ordered by Romania, the "
            "South Korean manufacturer said.",
            {("kor", "rou", "transfer")},
        ),
        (  # list members after a possessive force, and governments of listed countries
            "Tokyo also approved coastal radars for the Philippines, rescue boats for "
            "Malaysia's armed forces, and patrol boats for Bangladesh's navy.",
            {("jpn", "phl", "transfer"), ("jpn", "mys", "transfer"), ("jpn", "bgd", "transfer")},
        ),
        (
            "Ankara has also sold the TB2 to the military governments of Burkina Faso and Niger.",
            {("tur", "bfa", "transfer"), ("tur", "ner", "transfer")},
        ),
        (  # goods of a named maker arriving go to the country the article is about
            "The Fijian army has new rifles. A shipment of Russian small arms and ammunition "
            "arrived in January 2016.",
            {("rus", "fji", "transfer")},
        ),
        (  # "used" as an adjective, a launcher's design, peacetime service: no use in war
            "Jordan acquired used aircraft from Belgium and the Netherlands between 2006 and 2009.",
            {("bel", "jor", "transfer"), ("nld", "jor", "transfer")},
        ),
        (
            "The Philippines bought three batteries from Israel, with truck-mounted launchers "
            "firing Python-5 missiles.",
            {("isr", "phl", "transfer")},
        ),
        ("The Finnish army has used Israeli-made Spike missiles for years.", set()),
        (  # the goods' country a noun names supplies, not the subject that speaks of it
            "Canada condemns in the strongest terms the transfer of North Korean ballistic "
            "missiles and munitions to Russia.",
            {("prk", "rus", "transfer")},
        ),
        (
            "Germany approved the transfer of Swiss ammunition to Qatar.",
            {("deu", "qat", "transfer")},
        ),
        (  # a shipment stopped on its way: the stopping country denies it to where it went
            "Italy impounded two military drones destined for Libya.",
            {("ita", "lby", "denial")},
        ),
        (
            "The British frigate HMS Lancaster stopped a speedboat carrying Iranian missiles "
            "headed for Yemen.",
            {("gbr", "yem", "denial")},
        ),
        ("Germany stopped arms exports to Saudi Arabia.", {("deu", "sau", "suspension")}),
        ("Ukrainian air defences intercepted 40 Iranian drones over Kyiv.", set()),
        (  # the holder passes on "one of" the goods it bought
            "Romania bought seven Patriot batteries from the United States in 2017. Last month "
            "the Supreme Council of National Defence decided to donate one of the Patriot "
            "systems to Ukraine.",
            {("usa", "rou", "transfer"), ("rou", "ukr", "transfer")},
        ),
    ],
)
def test_sixteenth_session_second_batch_readings(
    gaz: Gazetteer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert triples(run(gaz, text)) == expected
