"""Flows whose two parties are not both named in the sentence that states them: short news
snippets (a title, a dateline, two to five sentences) read as one article.

About a third of the flows missed on unseen articles never have both parties in one
sentence: the article's subject country is the implicit buyer ("Sri Lanka's navy commissioned
a new ship. India gifted a Dornier in 2022"), a deal or decision is named again ("The freeze
was lifted in 2023"), the country comes back as "the kingdom", "the island nation", its capital
or its leader, a maker is named a sentence before its customers, and lists run on ("Other
buyers include Qatar and Poland"). The negative snippets name a country earlier that is no
party of the later sentence: a reporting state, a venue, a comparison, a country using its
own weapons, a deal still to come.

Conventions: tests/fixtures/labelled/expected.yaml.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.ingest.gazetteer import Gazetteer
from tests.ingest.paraphrase import flows
from tests.ingest.test_extract import gaz, run, triples  # noqa: F401 (gaz: the fixture)

# the article's subject country receives (or acts) in a later sentence that does not name it
SUBJECT = [
    (
        "Sri Lanka's navy commissioned a new ship on Monday. India gifted a Dornier aircraft "
        "in 2022, and China donated a frigate in 2019.",
        "ind,lka,transfer; chn,lka,transfer",
    ),
    (
        "Sri Lanka boosts maritime patrols\nCOLOMBO, 22 April 2026 - Sri Lanka's navy "
        "commissioned a second offshore patrol vessel on Tuesday. The ship was handed over by "
        "the United States last year.",
        "usa,lka,transfer",
    ),
    (
        "The Philippine Navy is growing fast. South Korea delivered two frigates in 2020 and "
        "2021, and Japan supplied ten patrol vessels.",
        "kor,phl,transfer; jpn,phl,transfer",
    ),
    (
        "Kenya has expanded its air force. The United States donated six helicopters in 2019, "
        "and Jordan gave two more in 2021.",
        "usa,ken,transfer; jor,ken,transfer",
    ),
    (
        "Mali's junta has turned to new partners. Russia has delivered combat helicopters, "
        "and Turkey sold it Bayraktar TB2 drones.",
        "rus,mli,transfer; tur,mli,transfer",
    ),
    (
        "Ghana's armed forces are modernising. Last year the army received 50 armoured "
        "vehicles from China.",
        "chn,gha,transfer",
    ),
    (
        "Nigeria takes delivery of attack helicopters\nABUJA, 3 May 2024 - The Nigerian Air "
        "Force has taken delivery of two more helicopters. They were supplied by Turkey under "
        "a 2022 contract.",
        "tur,nga,transfer",
    ),
    (
        "Bahrain has bought American jets for decades. In 2016 Washington put the sale of new "
        "F-16s on hold over human rights.",
        "usa,bhr,transfer; usa,bhr,suspension",
    ),
    (
        "Myanmar's junta faces growing pressure. The EU renewed its arms embargo in April.",
        "eu,mmr,embargo",
    ),
    (
        "Russia's economy is under strain. The United States imposed new sanctions in February, "
        "and Britain followed in March.",
        "usa,rus,sanction; gbr,rus,sanction",
    ),
    (
        "Uganda's army is short of helicopters. Russia sold it four Mi-24 gunships in 2023.",
        "rus,uga,transfer",
    ),
    (
        "ISLAMABAD, 1 March 2024 - Pakistan's navy has commissioned a new frigate. The ship "
        "was built in China and is the third of four ordered in 2018.",
        "chn,pak,transfer",
    ),
    (
        "Bangladesh is expanding its navy. China sold it two submarines in 2016, and Turkey "
        "delivered a rocket system in 2021.",
        "chn,bgd,transfer; tur,bgd,transfer",
    ),
    (
        "Senegal gets new patrol boats\nDAKAR, 4 June 2024 - Senegal's navy received a "
        "third patrol vessel on Friday. France built and delivered the ship.",
        "fra,sen,transfer",
    ),
    (
        "Belarus is one of Moscow's closest allies. The EU extended its arms embargo in February.",
        "eu,blr,embargo",
    ),
    (
        "Azerbaijan bought C-27J aircraft from Italy. Last year it also signed a contract with "
        "Pakistan for JF-17 fighters.",
        "ita,aze,transfer; pak,aze,transfer",
    ),
]

# a deal, an order or a decision named again in a later sentence
BACK_REFERENCE = [
    (
        "Poland ordered 180 K2 tanks from South Korea in 2022. The first deliveries arrived "
        "in December.",
        "kor,pol,transfer",
    ),
    (
        "Germany halted arms exports to Saudi Arabia in 2018. The freeze was lifted in 2023.",
        "deu,sau,suspension; deu,sau,resumption",
    ),
    (
        "Canada suspended export permits for drone optics to Turkey in October 2020. The "
        "permits were cancelled outright in April 2021.",
        "can,tur,suspension; can,tur,cancellation",
    ),
    (
        "The United States paused a shipment of bombs to Israel in May. The pause was partly "
        "lifted in July.",
        "usa,isr,suspension; usa,isr,resumption",
    ),
    (
        "Australia ordered 12 submarines from France in 2016. Canberra scrapped the contract "
        "in 2021.",
        "fra,aus,transfer; fra,aus,cancellation",
    ),
    (
        "Australia ordered 12 submarines from France in 2016. The deal was cancelled in "
        "September 2021.",
        "fra,aus,transfer; fra,aus,cancellation",
    ),
    (
        "Spain agreed to sell five corvettes to Saudi Arabia in 2018. Madrid briefly froze "
        "the deal weeks later.",
        "esp,sau,transfer; esp,sau,suspension",
    ),
    (
        "Britain imposed an arms embargo on Argentina in 1982. The embargo was eased in 2018.",
        "gbr,arg,embargo; gbr,arg,resumption",
    ),
    (
        "Denmark agreed in 2023 to donate F-16 jets to Ukraine. The first jets arrived in "
        "July 2024.",
        "dnk,ukr,transfer",
    ),
    (
        "Sweden approved the export of Gripen jets to Thailand in 2025. The contract was "
        "signed in August.",
        "swe,tha,transfer",
    ),
    (
        "Ukraine has asked Germany for Taurus cruise missiles. Berlin has so far refused to "
        "send them.",
        "deu,ukr,denial",
    ),
    (
        "Norway froze arms exports to Turkey in 2019. Oslo lifted the restrictions in 2024.",
        "nor,tur,suspension; nor,tur,resumption",
    ),
    (
        "Finland halted new export licences to Turkey in 2019. The ban was lifted in 2024.",
        "fin,tur,suspension; fin,tur,resumption",
    ),
    (
        "Switzerland ordered 36 F-35A jets from the United States in 2022. Deliveries are due "
        "to start in 2027.",
        "usa,che,transfer",
    ),
    (
        "Egypt signed for 30 more Rafale jets from France in 2021. The order was later "
        "suspended over financing, officials said.",
        "fra,egy,transfer; fra,egy,suspension",
    ),
    (
        "Denmark halted new arms export licences to Turkey in 2019. The halt was lifted in 2024.",
        "dnk,tur,suspension; dnk,tur,resumption",
    ),
    (
        "Peru ordered Korean frigates in 2022. The contract was later suspended over cost "
        "overruns.",
        "kor,per,transfer; kor,per,suspension",
    ),
    (
        "Kyiv asked Switzerland for Gepard ammunition. Bern rejected the request.",
        "che,ukr,denial",
    ),
    # "the North" once North Korea is named, not the reporting South
    (
        "North Korea has provided Russia with missiles. South Korea's intelligence service says "
        "the North has also shipped millions of artillery shells to its neighbour. The North "
        "Atlantic alliance condemned it.",
        "prk,rus,transfer",
    ),
]

# the country comes back as "the kingdom", "the island nation", its capital or its leader
REFERRING = [
    # "the Gulf state", like "the kingdom", is the country just named
    (
        "The UAE has since continued to diversify. The Gulf state has also bought drones. In "
        "January 2022 it ordered the KM-SAM system from South Korea.",
        "kor,are,transfer",
    ),
    # "the air force" of the country whose forces the article named, in a relative clause
    # with no "that"
    (
        "Colombia's armed forces bought helicopters from Russia. It is replacing the Kfir jets "
        "the air force bought from Israel in 1989.",
        "rus,col,transfer; isr,col,transfer",
    ),
    (
        "Saudi Arabia is one of the world's largest arms importers. The kingdom bought 48 "
        "Typhoon jets from Britain.",
        "gbr,sau,transfer",
    ),
    (
        "Sri Lanka has few large warships. The island nation received a frigate from China "
        "in 2019.",
        "chn,lka,transfer",
    ),
    (
        "Armenia is looking beyond Russia for weapons. The country bought Caesar howitzers "
        "from France in 2024.",
        "fra,arm,transfer",
    ),
    (
        "Hungary joined NATO in 1999. The government ordered 44 Lynx vehicles from Germany "
        "in 2020.",
        "deu,hun,transfer",
    ),
    (
        "Poland is rearming fast. Warsaw signed for 96 Apache helicopters from the United "
        "States in 2023.",
        "usa,pol,transfer",
    ),
    (
        "Egypt remains a major buyer. Cairo received its first Rafale jets from France in "
        "2015, and the country also ordered MiG-29 fighters from Russia.",
        "fra,egy,transfer; rus,egy,transfer",
    ),
    (
        "Morocco is modernising its forces. The kingdom ordered Apache helicopters from the "
        "United States in 2020.",
        "usa,mar,transfer",
    ),
    (
        "Taiwan faces growing pressure from China. The island has received 66 F-16V fighters "
        "from the United States.",
        "usa,twn,transfer",
    ),
    (
        "Turkish President Recep Tayyip Erdogan visited Doha on Monday. Erdogan said Ankara "
        "had sold 100 armoured vehicles to the emirate.",
        "tur,qat,transfer",
    ),
    (
        "Indonesia's defence minister Prabowo Subianto visited Paris in February 2022. He "
        "signed a contract for 42 Rafale jets.",
        "fra,idn,transfer",
    ),
    (
        "Serbia held a military parade in Belgrade. President Aleksandar Vucic signed a deal "
        "for 12 Rafale jets from France in 2024.",
        "fra,srb,transfer",
    ),
    (
        "Greece has upgraded its air force. Athens took delivery of its first Rafale jets "
        "from France in 2021.",
        "fra,grc,transfer",
    ),
    (
        "Qatar has spent heavily on defence. The emirate ordered 24 Typhoon jets from "
        "Britain in 2017.",
        "gbr,qat,transfer",
    ),
    (
        "Vietnam has long bought Russian arms. The country received six Kilo-class "
        "submarines from Russia between 2014 and 2017.",
        "rus,vnm,transfer",
    ),
    (
        "Oman has long bought British arms. The sultanate ordered 12 Typhoon jets from "
        "Britain in 2012.",
        "gbr,omn,transfer",
    ),
    (
        "Mongolia sits between two giants. The country received helicopters from Russia in 2021.",
        "rus,mng,transfer",
    ),
]

# a maker or system named in one sentence, its buyers in the next
MAKER = [
    (
        "The K9 howitzer is made by Hanwha. Earlier customers include Turkey, India and Egypt.",
        "kor,tur,transfer; kor,ind,transfer; kor,egy,transfer",
    ),
    (
        "The Bayraktar TB2 is built by Baykar. The drone has been sold to Ukraine, Poland and "
        "Morocco.",
        "tur,ukr,transfer; tur,pol,transfer; tur,mar,transfer",
    ),
    (
        "Embraer makes the A-29 Super Tucano. Nigeria bought twelve of the aircraft in 2018.",
        "bra,nga,transfer",
    ),
    (
        "Rheinmetall builds the Skyranger air-defence system. Austria and Denmark have ordered it.",
        "deu,aut,transfer; deu,dnk,transfer",
    ),
    (
        "The Caesar howitzer is made by KNDS France. Belgium, Estonia and Lithuania have "
        "bought the gun.",
        "fra,bel,transfer; fra,est,transfer; fra,ltu,transfer",
    ),
    (
        "Dassault Aviation builds the Rafale. India ordered 26 more of the jets for its navy "
        "in 2025.",
        "fra,ind,transfer",
    ),
    (
        "The Chunmoo rocket launcher is made by Hanwha Aerospace. Poland received its first "
        "launchers in 2023.",
        "kor,pol,transfer",
    ),
    (
        "The Akash missile is built by Bharat Dynamics. Armenia became its first foreign "
        "buyer in 2023.",
        "ind,arm,transfer",
    ),
    (
        "The Gripen is built by Saab. The fighter has been exported to Hungary, the Czech "
        "Republic and Thailand.",
        "swe,hun,transfer; swe,cze,transfer; swe,tha,transfer",
    ),
]

# "both countries", "the two countries", lists that run on into the next sentence
LISTS = [
    (
        "Turkey has sold TB2 drones to Ukraine. Other buyers include Qatar and Poland.",
        "tur,ukr,transfer; tur,qat,transfer; tur,pol,transfer",
    ),
    (
        "Germany has supplied Leopard tanks to Ukraine. Other donors include Poland, Canada "
        "and Norway.",
        "deu,ukr,transfer; pol,ukr,transfer; can,ukr,transfer; nor,ukr,transfer",
    ),
    (
        "Russia has shipped fighter jets to Algeria. Other recipients include Egypt and Vietnam.",
        "rus,dza,transfer; rus,egy,transfer; rus,vnm,transfer",
    ),
    (
        "China sold Wing Loong drones to the UAE. It has also exported them to Egypt and "
        "Saudi Arabia.",
        "chn,are,transfer; chn,egy,transfer; chn,sau,transfer",
    ),
    (
        "India and Russia signed a deal for S-400 missile systems in 2018. The two countries "
        "also agreed to build frigates together.",
        "rus,ind,transfer",
    ),
    (
        "Israel and Morocco restored ties in 2020. The two countries later signed a deal for "
        "Barak MX air-defence systems.",
        "isr,mar,transfer",
    ),
    (
        "South Korea and Poland signed a framework agreement in 2022. Both countries agreed "
        "that Hanwha would deliver 212 K9 howitzers by 2026.",
        "kor,pol,transfer",
    ),
    (
        "France sold Rafale jets to Egypt and Qatar. India and Greece later ordered them too.",
        "fra,egy,transfer; fra,qat,transfer; fra,ind,transfer; fra,grc,transfer",
    ),
    (
        "Iran supplied Shahed drones to Russia in 2022. It also sent ballistic missiles.",
        "irn,rus,transfer",
    ),
    (
        "The United States has given Ukraine Abrams tanks. So have Britain and Germany, with "
        "Challenger and Leopard tanks.",
        "usa,ukr,transfer; gbr,ukr,transfer; deu,ukr,transfer",
    ),
    (
        "Britain has supplied Storm Shadow missiles to Ukraine. Other suppliers to Ukraine "
        "include France and Italy.",
        "gbr,ukr,transfer; fra,ukr,transfer; ita,ukr,transfer",
    ),
    (
        "Israel sold Barak air-defence systems to Azerbaijan. Other recipients include India "
        "and Cyprus.",
        "isr,aze,transfer; isr,ind,transfer; isr,cyp,transfer",
    ),
    (
        "Spain and Saudi Arabia held talks in Riyadh. The two countries later signed a deal "
        "for five Navantia corvettes.",
        "esp,sau,transfer",
    ),
]

# a use stated a sentence after the weapon's supply
USE = [
    (
        "Turkey sold Bayraktar TB2 drones to Ethiopia in 2021. The drones were used in "
        "strikes in Tigray.",
        "tur,eth,transfer; tur,eth,use",
    ),
    (
        "Iran has supplied Shahed drones to Russia. Russian forces have used them against "
        "Ukrainian power plants.",
        "irn,rus,transfer; irn,rus,use",
    ),
    (
        "Azerbaijan bought Harop drones from Israel. Its army used them in Nagorno-Karabakh "
        "in 2020.",
        "isr,aze,transfer; isr,aze,use",
    ),
]

# a country named earlier that is no party of the later sentence
# a report on one country's exports names only the destinations: the exporter is the
# country whose exports the lead is about; refusals are counted, then itemised
REPORT = [
    # a listing's further targets, named in the next sentence ("the companies added include")
    (
        "The US Commerce Department on Tuesday added eleven companies to its Entity List. The "
        "other companies added on Tuesday include four trading firms in Hong Kong and two in "
        "the United Arab Emirates.",
        "usa,chn,sanction; usa,are,sanction",
    ),
    # a headline on one licensing decision makes its country the exporter of the report
    (
        "Flanders refuses licence for Turkish drone maker\nThe Flemish government turned down "
        "an application to export optics to Turkey. It granted 212 licences between January "
        "and March. The largest recipients were the Netherlands, Germany and the United "
        "States.",
        "bel,tur,denial; bel,nld,transfer; bel,deu,transfer; bel,usa,transfer",
    ),
    (
        "Danish arms exports rose again\nCOPENHAGEN - Denmark's arms exports rose by a fifth "
        "last year, the foreign ministry said in its annual report. Exports to Norway and "
        "Poland grew fastest.",
        "dnk,nor,transfer; dnk,pol,transfer",
    ),
    (
        "Danish arms exports rose again\nCOPENHAGEN - Denmark's arms exports rose by a fifth "
        "last year, the foreign ministry said. Poland was the biggest customer, and the "
        "largest customers outside Europe were India and Brazil.",
        "dnk,pol,transfer; dnk,ind,transfer; dnk,bra,transfer",
    ),
    (
        "Austrian arms export report published\nVIENNA - Austria's licensing office refused "
        "nine applications last year. Two concerned exports to Egypt and one to Pakistan.",
        "aut,egy,denial; aut,pak,denial",
    ),
    (
        "Finnish defence exports report\nHELSINKI - Finland's arms exports fell in 2025. The "
        "ministry refused 12 licence applications. Among them was one for sniper rifles for "
        "Thailand.",
        "fin,tha,denial",
    ),
    (
        "Norway keeps Qatar freeze\nOSLO - Norway's arms exports committee met on Monday. No "
        "new licences for arms to Qatar have been granted since the government froze such "
        "exports in 2019.",
        "nor,qat,suspension",
    ),
    (
        "Saudi Arabia again tops Canada's military export list\n\nOTTAWA - Saudi Arabia was "
        "once more the largest buyer of Canadian military goods in 2024. Exports to Israel "
        "fell to $18.9 million.",
        "can,sau,transfer; can,isr,transfer",
    ),
    (
        "India's defence exports reach record\nNEW DELHI - India's defence exports reached an "
        "all-time high last year. The United States, France and Armenia emerged as the top "
        "three destinations.",
        "ind,usa,transfer; ind,fra,transfer; ind,arm,transfer",
    ),
    (
        "Turkish defence exports top $10 billion\nANKARA - Turkey's arms exports rose by 40 "
        "percent in 2025. The United States was the biggest market, at about $1.6 billion.",
        "tur,usa,transfer",
    ),
    # the sentence after a count that itemises nothing; a ranking of importers, not of the
    # exporter's customers; trade figures in a story that is not about one country's exports
    (
        "Finnish defence exports report\nHELSINKI - Finland's arms exports fell in 2025. The "
        "ministry refused 12 licence applications. Two ministers later defended the decision "
        "in parliament, where Sweden was mentioned.",
        "",
    ),
    (
        "Dutch arms exports grow\nTHE HAGUE - Dutch arms exports grew last year. Egypt remains "
        "one of the largest arms importers in the region.",
        "",
    ),
    (
        "Poland buys more tanks\nWARSAW - Poland signed a deal for 180 K2 tanks from South "
        "Korea. Exports to Norway rose.",
        "kor,pol,transfer",
    ),
]

NEGATIVE = [
    (
        "Officials in Tokyo voiced concern on Tuesday. China delivered two frigates to "
        "Pakistan last year, they said.",
        "chn,pak,transfer",
    ),
    (
        "Defence ministers met in Singapore on Saturday. Australia said it had ordered "
        "Tomahawk missiles from the United States.",
        "usa,aus,transfer",
    ),
    (
        "India's defence budget is far larger than Pakistan's. New Delhi bought 36 Rafale "
        "jets from France.",
        "fra,ind,transfer",
    ),
    (
        "Israel struck targets in Lebanon on Monday. The army used its own Hermes drones.",
        "",
    ),
    (
        "Russia has fired thousands of missiles at Ukraine. Its forces also use Iranian drones.",
        "irn,rus,use",
    ),
    (
        "Vietnam is in talks with the United States. Hanoi could buy F-16 jets.",
        "",
    ),
    (
        "Brazil has held talks with Germany. A deal for Leopard tanks may be signed next year.",
        "",
    ),
    (
        "Seoul said on Monday that it had new evidence. North Korea shipped artillery shells "
        "to Russia, officials said.",
        "prk,rus,transfer",
    ),
    (
        "Poland has become a logistics hub. Most Western weapons bound for Ukraine pass "
        "through the country.",
        "",
    ),
    (
        "Qatar bought Rafale jets from France in 2015. Greece, meanwhile, signed a deal with "
        "Israel for training aircraft.",
        "fra,qat,transfer; isr,grc,transfer",
    ),
    (
        "Germany held elections in February. France delivered Caesar howitzers to Ukraine.",
        "fra,ukr,transfer",
    ),
    (
        "India cancelled its order for Israeli Spike missiles in 2017. Pakistan, meanwhile, "
        "kept buying Chinese jets.",
        "isr,ind,cancellation; isr,ind,transfer; chn,pak,transfer",
    ),
    (
        "Japan and Australia are close partners. The two countries held naval drills in 2024.",
        "",
    ),
    (
        "India bought S-400 systems from Russia. The United States threatened sanctions but "
        "has not imposed them.",
        "rus,ind,transfer",
    ),
    (
        "Argentina wants new fighter jets. It is weighing an offer from China.",
        "",
    ),
    (
        "The summit was held in Vilnius. Germany pledged to station a brigade in Lithuania.",
        "",
    ),
    (
        "Egypt hosted the talks. Sudan's army has received drones from Iran, diplomats said.",
        "irn,sdn,transfer",
    ),
    (
        "Sri Lanka's navy commissioned a new ship on Monday. India, meanwhile, launched its "
        "own aircraft carrier.",
        "",
    ),
    (
        "Kenya has expanded its air force. The United States, for its part, bought new "
        "tankers from Boeing.",
        "",
    ),
    (
        "Saudi Arabia is one of the largest arms importers. The kingdom is also in talks to "
        "buy Chinese drones.",
        "",
    ),
    (
        "Germany halted arms exports to Saudi Arabia in 2018. The freeze has not been lifted.",
        "deu,sau,suspension",
    ),
    (
        "Poland ordered 180 K2 tanks from South Korea in 2022. The deal may be extended to "
        "Romania.",
        "kor,pol,transfer",
    ),
    (
        "The K9 howitzer is made by Hanwha. South Korea's own army fields more than 1,000.",
        "",
    ),
    (
        "Turkey has sold TB2 drones to Ukraine. Other makers include Israel and Iran.",
        "tur,ukr,transfer",
    ),
    (
        "Turkey has sold TB2 drones to Ukraine. Other buyers of Chinese drones include Egypt.",
        "tur,ukr,transfer; chn,egy,transfer",
    ),
    (
        "Germany and France held talks in Paris. The two countries agreed to build a new tank "
        "together.",
        "",
    ),
    (
        "Ukraine has asked Germany for Taurus cruise missiles. Berlin is still weighing the "
        "request.",
        "",
    ),
    (
        "Belarus is one of Moscow's closest allies. The EU debated a new arms embargo in February.",
        "",
    ),
    (
        "Egypt signed for 30 more Rafale jets from France in 2021. A further order could be "
        "signed next year.",
        "fra,egy,transfer",
    ),
]

# phrasings the rules do not read yet, and why
UNCOVERED = {
    # "Britain followed": a second imposer taking the first one's measure, by ellipsis
    "subject-9": "an imposer that 'followed' another",
    # the sale is told only by "built in China" and "four ordered in 2018", with no seller verb
    "subject-11": "'built in China ... four ordered' as a purchase",
    # "became its first foreign buyer": a role noun after a copula, its owner a sentence back
    "maker-7": "'became its first foreign buyer'",
    # "So have Britain and Germany": the verb and recipient elided
    "lists-9": "'So have X and Y' ellipsis",
    # "Its forces also use Iranian drones": a present-tense use with a possessive subject
    "negative-4": "'Its forces use Iranian drones'",
    # "Berlin has so far refused to send them": read by the rules, set aside by the claim
    # check retrained on 1,577 articles
    "backref-10": "claim check sets aside 'has so far refused to send them'",
}

CASES = [
    pytest.param(
        text,
        spec,
        id=f"{group}-{i}",
        marks=[pytest.mark.xfail(strict=True, reason=UNCOVERED[f"{group}-{i}"])]
        if f"{group}-{i}" in UNCOVERED
        else [],
    )
    for group, rows in (
        ("subject", SUBJECT),
        ("backref", BACK_REFERENCE),
        ("referring", REFERRING),
        ("maker", MAKER),
        ("lists", LISTS),
        ("use", USE),
        ("report", REPORT),
        ("negative", NEGATIVE),
    )
    for i, (text, spec) in enumerate(rows)
]


@pytest.mark.parametrize(("text", "spec"), CASES)
def test_discourse_paraphrase(gaz: Gazetteer, text: str, spec: str) -> None:  # noqa: F811
    assert triples(run(gaz, text, date(2024, 6, 1))) == flows(spec)


def test_arms_the_noun_is_no_evidence_of_a_transfer(gaz: Gazetteer) -> None:  # noqa: F811
    """ "all its arms exports comply with the law": "arms" is no verb of giving there, so the
    sentence is not quoted as evidence for the shipment the sentence before told."""
    text = (
        "Kazakh shells were shipped on to Ukrainian forces. Astana said that all its arms "
        "exports comply with international law."
    )
    result = run(gaz, text, date(2024, 6, 1))
    assert triples(result) == flows("kaz,ukr,transfer")
    assert [c.excerpt.text for c in result.claims] == [
        "Kazakh shells were shipped on to Ukrainian forces."
    ]
