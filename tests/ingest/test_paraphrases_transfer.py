"""Transfers in the ordinary phrasings of wire copy, local papers and trade press: sales,
orders, contracts, approvals, gifts, loans and leases, deliveries, airlifts, commitments.

Conventions (tests/fixtures/labelled/expected.yaml): supplier -> recipient whoever acts
("X bought from Y" and "Y sold to X" both give [Y, X, transfer]); approvals, orders,
contracts and donations are transfers; reporting, transit, negated or merely prospective
deals give nothing, and neither do the same verbs used of people, money or one's own forces.
"""

from __future__ import annotations

import pytest

from dashboard.ingest.gazetteer import Gazetteer
from tests.ingest.paraphrase import flows
from tests.ingest.test_extract import gaz, run, triples  # noqa: F401 (gaz: the fixture)

SALES_AND_ORDERS = [
    # a participle with its agent, no auxiliary: the agent bought
    ("The Rafale jets bought by India in 2016 are based at Ambala.", "fra,ind,transfer"),
    (
        "Patriot batteries ordered by Switzerland from the United States will be delayed.",
        "usa,che,transfer",
    ),
    ("The Harop drones acquired by Azerbaijan were decisive.", "isr,aze,transfer"),
    # a share of the recipient's arms (SIPRI-style)
    (
        "The United States supplies around two-thirds of Israel's imported weapons, with "
        "Germany in second place.",
        "usa,isr,transfer",
    ),
    ("China supplied 81% of Pakistan's arms imports between 2019 and 2023.", "chn,pak,transfer"),
    ("Germany supplied parts of Turkey's weapons to Azerbaijan.", "deu,aze,transfer"),
    ("South Korea sold 48 K9 howitzers to Poland.", "kor,pol,transfer"),
    ("Washington has sold F-16 fighter jets to Taipei.", "usa,twn,transfer"),
    ("Twelve Rafale jets were sold to Greece by France in 2021.", "fra,grc,transfer"),
    ("France agreed to sell 80 Rafale fighters to the United Arab Emirates.", "fra,are,transfer"),
    ("Poland ordered 250 Abrams tanks from the United States.", "usa,pol,transfer"),
    (
        "Romania is the fifth army to field the K9, after Poland, Estonia and Norway, all of "
        "which bought the howitzer from South Korea.",
        "kor,pol,transfer; kor,est,transfer; kor,nor,transfer",
    ),
    ("Egypt has placed an order for 30 more Rafale jets with France.", "fra,egy,transfer"),
    ("Lithuania placed an order with France for 18 Caesar howitzers.", "fra,ltu,transfer"),
    ("Qatar purchased 36 F-15 jets from the United States.", "usa,qat,transfer"),
    ("Hungary is buying Leopard tanks from Germany.", "deu,hun,transfer"),
    ("Serbia has bought Chinese FK-3 air-defence systems.", "chn,srb,transfer"),
    ("Poland imported K2 tanks from South Korea in 2022.", "kor,pol,transfer"),
    (
        "Hungary ordered 44 Leopard 2A7 tanks from Germany's Krauss-Maffei Wegmann.",
        "deu,hun,transfer",
    ),
]

CONTRACTS_AND_DEALS = [
    ("India has contracted 26 Rafale Marine jets from France.", "fra,ind,transfer"),
    ("New Delhi contracted Rafale jets from Paris in 2016.", "fra,ind,transfer"),
    ("Indonesia signed a contract with France for 42 Rafale jets.", "fra,idn,transfer"),
    ("France signed a contract to supply 42 Rafale jets to Indonesia.", "fra,idn,transfer"),
    ("Poland signed a contract with South Korea for 180 K2 tanks.", "kor,pol,transfer"),
    ("Seoul won a contract to supply K2 tanks to Warsaw.", "kor,pol,transfer"),
    ("Greece sealed a deal with France for 18 Rafale jets.", "fra,grc,transfer"),
    ("Poland inked a deal with South Korea for 180 K2 tanks.", "kor,pol,transfer"),
    ("India clinched a deal to buy 26 Rafale jets from France.", "fra,ind,transfer"),
    (
        "Morocco signed a deal to buy 24 Apache helicopters from the United States.",
        "usa,mar,transfer",
    ),
    ("Egypt inked a contract with Germany for four frigates.", "deu,egy,transfer"),
    ("Greece has clinched a deal with Israel for PULS rocket launchers.", "isr,grc,transfer"),
    ("Egypt has contracted with France for 30 more Rafale jets.", "fra,egy,transfer"),
    ("Jakarta has contracted Dassault for 42 Rafale jets.", "fra,idn,transfer"),
    ("Hanwha won an order from Poland for K9 howitzers.", "kor,pol,transfer"),
    # who receives an order sells to who placed it; "received" its goods still buys
    ("Saab receives order for Carl-Gustaf ammunition from Lithuania.", "swe,ltu,transfer"),
    # competitors placed in a country sell as that country
    (
        "Competitors in France and Britain continued to sell to the Emiratis.",
        "fra,are,transfer; gbr,are,transfer",
    ),
    # "orders from X" come from the buyer; an "order backlog" is no order
    ("Saab's order backlog grew, driven by orders from Poland.", "swe,pol,transfer"),
    ("Poland placed an order for 12 jets from Sweden.", "swe,pol,transfer"),
    ("Hanwha has received a $2 billion contract from Poland for K9s.", "kor,pol,transfer"),
    ("Poland received its first K2 tanks from South Korea.", "kor,pol,transfer"),
    # "in addition to" names no recipient
    (
        "Nigeria's air force bought Chinese drones in 2021. In addition to the Chinese drones, it "
        "received twelve A-29 aircraft from the United States.",
        "chn,nga,transfer; usa,nga,transfer",
    ),
    ("Warsaw awarded a contract to South Korea's Hanwha for K9 howitzers.", "kor,pol,transfer"),
    # second-hand jets: the seller is the partner, not the jets' maker
    (
        "Malaysia signed an agreement with Kuwait to acquire 30 used Hornet fighters.",
        "kwt,mys,transfer",
    ),
    ("Poland reached an agreement with South Korea to purchase 180 tanks.", "kor,pol,transfer"),
]

APPROVALS = [
    (
        "The US State Department approved the sale of eight F-16 jets to Bulgaria.",
        "usa,bgr,transfer",
    ),
    ("Berlin approved the export of Leopard 2 tanks to Ukraine.", "deu,ukr,transfer"),
    ("The United States has cleared the sale of Javelin missiles to Ukraine.", "usa,ukr,transfer"),
    ("Spain authorised the export of 400 bombs to Saudi Arabia.", "esp,sau,transfer"),
    (
        "Germany gave the green light for the delivery of Leopard tanks to Poland.",
        "deu,pol,transfer",
    ),
    ("The sale of 40 F-16 jets to Turkey was approved by the United States.", "usa,tur,transfer"),
    ("Washington approved $300 million in military aid to Kyiv.", "usa,ukr,transfer"),
]

GIFTS = [
    (
        "India gifted a Dornier 228 maritime patrol aircraft to Sri Lanka in 2022.",
        "ind,lka,transfer",
    ),
    ("India has gifted two patrol boats to Sri Lanka.", "ind,lka,transfer"),
    ("China gifted Cambodia 290 military trucks.", "chn,khm,transfer"),
    ("Ankara has gifted Baku two Bayraktar drones.", "tur,aze,transfer"),
    ("India's gift of a Dornier aircraft to Sri Lanka arrived in August 2022.", "ind,lka,transfer"),
    ("Egypt received a gift of two Mistral helicopter carriers from France.", "fra,egy,transfer"),
    ("Washington presented Manila with a refurbished C-130 aircraft.", "usa,phl,transfer"),
    ("Two patrol boats were gifted to Sri Lanka by India.", "ind,lka,transfer"),
    ("Japan donated three patrol vessels to the Philippines.", "jpn,phl,transfer"),
    ("Two Cessna aircraft were donated to Kenya by the United States.", "usa,ken,transfer"),
    ("Norway has donated NASAMS air-defence systems to Ukraine.", "nor,ukr,transfer"),
    ("The Netherlands presented Ukraine with the first F-16 jets.", "nld,ukr,transfer"),
    ("Kyiv was given 31 Abrams tanks by Washington.", "usa,ukr,transfer"),
    ("Ukraine was handed 14 Leopard tanks by Germany.", "deu,ukr,transfer"),
]

LOANS_AND_LEASES = [
    ("The United States loaned two Reaper drones to Poland.", "usa,pol,transfer"),
    ("Washington leased MQ-9 drones to Poland.", "usa,pol,transfer"),
    ("The United States lent Poland two Reaper drones.", "usa,pol,transfer"),
    ("India leased a nuclear submarine from Russia in 2012.", "rus,ind,transfer"),
    ("Brazil is leasing two helicopters from Italy.", "ita,bra,transfer"),
    ("Two Heron drones were leased to India by Israel.", "isr,ind,transfer"),
    ("Poland was loaned two Reaper drones by the United States.", "usa,pol,transfer"),
    ("Two Patriot batteries were loaned to Slovakia by Germany.", "deu,svk,transfer"),
    ("Slovakia was lent two Patriot batteries by Germany.", "deu,svk,transfer"),
    ("Spain has lent Turkey a Patriot battery since 2015.", "esp,tur,transfer"),
    ("Spain's loan of Patriot systems to Turkey was extended.", "esp,tur,transfer"),
    ("Hungary leased its Gripens from Sweden in 2001.", "swe,hun,transfer"),
    ("Britain has lent Ukraine four Sea King helicopters.", "gbr,ukr,transfer"),
    ("Warsaw has borrowed two Reaper drones from Washington.", "usa,pol,transfer"),
    ("Hungary flies Gripen jets leased from Sweden.", "swe,hun,transfer"),
]

DELIVERIES = [
    ("Turkey delivered Bayraktar TB2 drones to Ukraine.", "tur,ukr,transfer"),
    (
        "The first batch of K2 tanks was delivered to Poland by South Korea in December 2022.",
        "kor,pol,transfer",
    ),
    ("Russia has shipped S-400 components to Turkey.", "rus,tur,transfer"),
    ("North Korea sent artillery shells to Russia by rail.", "prk,rus,transfer"),
    ("Japan transferred two used destroyers to the Philippines.", "jpn,phl,transfer"),
    ("The howitzers were supplied to Ukraine by Norway.", "nor,ukr,transfer"),
    ("Ukraine was sent Patriot missiles by Germany.", "deu,ukr,transfer"),
    ("Israel's Elbit Systems supplied drones to Azerbaijan.", "isr,aze,transfer"),
]

EQUIPPED_AND_HANDED = [
    (
        "The United States equipped Tunisian forces with four coastal patrol boats in 2019.",
        "usa,tun,transfer",
    ),
    ("The United States has equipped the Tunisian navy with patrol boats.", "usa,tun,transfer"),
    ("Israel equipped Azerbaijan with Harop drones.", "isr,aze,transfer"),
    ("Britain furnished Ukraine with Storm Shadow missiles.", "gbr,ukr,transfer"),
    ("Britain furnished Kyiv with long-range missiles in May 2023.", "gbr,ukr,transfer"),
    ("Britain handed Ukraine 14 Challenger 2 tanks.", "gbr,ukr,transfer"),
    ("Germany handed over the first Leopard tanks to Ukraine.", "deu,ukr,transfer"),
    ("South Korea handed the Philippines a decommissioned corvette in 2019.", "kor,phl,transfer"),
    ("Seoul equipped the Polish army with K2 tanks.", "kor,pol,transfer"),
    ("France has armed Ukraine with Caesar howitzers.", "fra,ukr,transfer"),
    ("Turkey has provided Azerbaijan with Bayraktar drones.", "tur,aze,transfer"),
    ("The United States supplied Israel with bunker-buster bombs.", "usa,isr,transfer"),
    ("Poland was equipped with Patriot batteries by the United States.", "usa,pol,transfer"),
]

DISPATCH_AND_COMMIT = [
    ("France dispatched Caesar howitzers to Ukraine.", "fra,ukr,transfer"),
    ("France rushed Caesar howitzers to Ukraine.", "fra,ukr,transfer"),
    ("France airlifted Caesar howitzers to Ukraine.", "fra,ukr,transfer"),
    ("France flew Caesar howitzers to Ukraine.", "fra,ukr,transfer"),
    ("Canada has airlifted anti-tank weapons to Kyiv.", "can,ukr,transfer"),
    ("Ottawa airlifted M777 howitzers to Ukraine in 2022.", "can,ukr,transfer"),
    ("Berlin dispatched 5,000 helmets to Kyiv.", "deu,ukr,transfer"),
    ("More Leopard tanks were dispatched to Ukraine by Germany.", "deu,ukr,transfer"),
    ("Caesar howitzers were rushed to Ukraine.", "fra,ukr,transfer"),
    ("Germany committed a further 40 Marder vehicles to Kyiv.", "deu,ukr,transfer"),
    ("Germany is committing four more IRIS-T systems to Ukraine.", "deu,ukr,transfer"),
    ("Washington is rushing air-defence interceptors to Israel.", "usa,isr,transfer"),
    ("Britain dispatched 5,000 anti-tank missiles to Ukraine in 2022.", "gbr,ukr,transfer"),
    ("Germany committed IRIS-T air-defence systems to Ukraine in 2022.", "deu,ukr,transfer"),
    ("Australia has committed 49 Abrams tanks to Ukraine.", "aus,ukr,transfer"),
    ("Denmark pledged 19 F-16 jets to Ukraine.", "dnk,ukr,transfer"),
    ("The United States rushed thousands of bombs to Israel in October 2023.", "usa,isr,transfer"),
    ("France rushed to deliver howitzers to Ukraine.", "fra,ukr,transfer"),
]

RECEIVED = [
    ("Ukraine got Patriot systems from the United States.", "usa,ukr,transfer"),
    ("Ukraine has received Leopard tanks from Germany.", "deu,ukr,transfer"),
    ("Kyiv obtained Patriot batteries from Berlin.", "deu,ukr,transfer"),
    ("Azerbaijan acquired Harop drones from Israel.", "isr,aze,transfer"),
    ("Egypt took delivery of its first Rafale jets from France.", "fra,egy,transfer"),
    ("Ankara took delivery of Russian S-400 missiles in 2019.", "rus,tur,transfer"),
    ("Morocco received American Abrams tanks.", "usa,mar,transfer"),
    ("Ukraine has been getting artillery shells from South Korea.", "kor,ukr,transfer"),
    ("Kyiv has got two more Patriot batteries from Berlin.", "deu,ukr,transfer"),
    ("Kyiv took possession of the first Leopard tanks from Germany.", "deu,ukr,transfer"),
    ("Morocco has secured 24 Apache helicopters from the United States.", "usa,mar,transfer"),
    # a second object and supplier after a date, the verb not repeated
    (
        "Bolivia received six H425 helicopters from China in 2014 and a batch of Airbus AS332 "
        "Super Puma helicopters from France in 2016.",
        "chn,bol,transfer; fra,bol,transfer",
    ),
    # second-hand goods "donated by" their giver: the giver, not the design's maker
    ("Uruguay's army receives 30 used M113 carriers donated by Brazil", "bra,ury,transfer"),
    ("Uruguay received 30 M113 carriers built by BAE.", "usa,ury,transfer"),
]

ARRIVALS = [
    ("US-supplied Patriot systems arrived in Ukraine last week.", "usa,ukr,transfer"),
    ("Patriot systems supplied by the United States arrived in Ukraine.", "usa,ukr,transfer"),
    ("German-made Leopard tanks have arrived in Ukraine.", "deu,ukr,transfer"),
    ("Russian S-400 systems arrived in Turkey in July 2019.", "rus,tur,transfer"),
    ("The first batch of Russian-built Su-35 jets arrived in Iran.", "rus,irn,transfer"),
    ("The first F-35s arrived in Poland from the United States.", "usa,pol,transfer"),
    ("A shipment of Iranian drones arrived in Russia in August.", "irn,rus,transfer"),
]

NEGATIVE = [
    ("New Zealand has also sent Ukraine funding for weapons purchases.", ""),
    # giving verbs that move anything: arms only when the object names them
    ("President Macron flew on Sunday to Kyiv for talks with Zelenskiy.", ""),
    ("China gifted 500,000 vaccine doses to Cambodia.", ""),
    ("Japan committed $5 billion to Ukraine.", ""),
    ("France dispatched aid workers to Morocco.", ""),
    ("Egypt leased a floating power plant to Lebanon.", ""),
    ("France flew its foreign minister to Kyiv.", ""),
    ("Britain dispatched its foreign secretary to Kyiv.", ""),
    ("Germany committed to spending 2% of GDP on defence.", ""),
    ("The US committed troops to Poland.", ""),
    ("The IMF approved a $3 billion loan to Pakistan.", ""),
    ("Japan lent $1 billion to Indonesia for a railway.", ""),
    ("India could gift a Dornier aircraft to Sri Lanka.", ""),
    ("The United States did not lease drones to Poland.", ""),
    ("Poland will not lend its MiG-29 jets to Ukraine.", ""),
    ("Seoul says Pyongyang shipped artillery shells to Moscow.", "prk,rus,transfer"),
    ("The United States equipped its own troops with new rifles.", ""),
    ("France rushed to condemn the attack on Israel.", ""),
    ("Japan dispatched warships to the South China Sea.", ""),
    ("Poland is considering buying K2 tanks from South Korea.", ""),
    ("Egypt may lease Rafale jets from France.", ""),
    ("Turkey wants to obtain F-16 jets from the United States.", ""),
    ("Ukraine got no Taurus missiles from Germany.", ""),
    ("Kenya received the Chinese foreign minister in Nairobi.", ""),
    ("The delegation arrived in Kyiv from Warsaw on Monday.", ""),
    ("France airlifted its citizens out of Sudan.", ""),
    ("Germany is expected to commit more tanks to Ukraine.", ""),
    ("Lithuania armed its border guards with drones.", ""),
    ("India got a loan from the World Bank.", ""),
    ("India got a $1 billion credit line from Japan.", ""),
    ("Kyiv secured a fresh loan from Berlin.", ""),
    ("The French president landed in India on Sunday.", ""),
    ("Britain handed the chairmanship to France.", ""),
    ("Russian warships arrived in Cuba for a port call.", ""),
    ("Chinese President Xi Jinping arrived in Serbia.", ""),
    ("US troops arrived in Poland.", ""),
    ("Zelensky flew from Kyiv to Washington.", ""),
    ("Japan dispatched two destroyers to the Philippines for joint drills.", ""),
    ("China lent Sri Lanka $1 billion.", ""),
    ("Fighter jets equipped with Israeli radars were shown in Paris.", ""),
    ("Britain lent its support to the French proposal.", ""),
    ("Spain rushed firefighters to Portugal.", ""),
    ("The US airlifted humanitarian supplies to Turkey after the earthquake.", ""),
    ("Britain handed Ukraine a list of targets.", ""),
    ("Germany equipped its army with new Leopard tanks.", ""),
    ("Kyiv got the go-ahead from Washington to strike Russia.", ""),
    ("Ukraine got a warm welcome from Poland.", ""),
    ("Kenya's president arrived in China for talks.", ""),
    ("Zelensky was rushed to Washington.", ""),
    ("Poland remains committed to Ukraine.", ""),
    ("The president was flown to Germany for treatment.", ""),
    ("Sri Lanka leased Hambantota port to China for 99 years.", ""),
    ("Britain handed the base over to Mauritius.", ""),
    # equipment described, not given; information given is not arms
    (
        "The Indian Air Force used Rafale jets armed with SCALP missiles in strikes on Pakistan.",
        "fra,ind,use",
    ),
    ("Kyrgyzstan said it would examine the information provided by Washington.", ""),
    # people moved are not arms
    ("The dhow's 14 crew members were transferred to the Yemeni coast guard.", ""),
    ("The detainees were handed over to Iraq.", ""),
    # promises and talks are prospects (a pledge is a commitment: above)
    ("Belgium has promised to give Ukraine 30 of its F-16s.", ""),
    (
        "Hanwha is also in talks with Malaysia and Vietnam's neighbour Thailand about further "
        "artillery orders.",
        "",
    ),
    # ruled out is not done
    ("Austria's neutrality rules out sending weapons to Ukraine.", ""),
    # the UN imposes measures; it is no supplier or recipient of arms
    (
        "Libya has been under a UN arms embargo since 2011, but both of its rival camps have "
        "received foreign weapons.",
        "un,lby,embargo",
    ),
    # non-lethal equipment is not arms, unless arms go with it
    ("Japan has sent Ukraine non-lethal equipment such as helmets and vests.", ""),
    ("Japan sent non-lethal aid and artillery shells to Ukraine.", "jpn,ukr,transfer"),
    ("South Korea has sent humanitarian aid and non-lethal supplies to Kyiv.", ""),
    # instruction is not arms; arms in the same sentence still are
    ("The United States has provided training to Tajik officers.", ""),
    (
        "France provided training to Nigerian pilots and delivered four Rafale jets to Nigeria.",
        "fra,nga,transfer",
    ),
]

# two clauses, two suppliers: each clause's agent and subject are its own
CLAUSES = [
    (
        "Last year the United States donated six patrol boats to Ghana's navy, and the army's "
        "special forces use armoured vehicles delivered by Turkey in 2022.",
        "usa,gha,transfer; tur,gha,transfer",
    ),
    (
        "Since Russia's invasion of Ukraine, Warsaw has signed contracts for Abrams tanks from "
        "the United States, and in 2022 it ordered K2 tanks from South Korea.",
        "usa,pol,transfer; kor,pol,transfer",
    ),
    ("Ghana relies on patrol boats, many of them supplied by China.", "chn,gha,transfer"),
    # "and" opening a clause with its own subject, after a list of suppliers
    (
        "Romania flies second-hand F-16s it bought from Portugal and Norway, and Slovakia "
        "received its first new Block 70 jets in 2024.",
        "prt,rou,transfer; nor,rou,transfer; usa,svk,transfer",
    ),
    (
        "Lithuania has ordered NASAMS air defence systems from Norway and Estonia is buying "
        "rocket artillery from South Korea.",
        "nor,ltu,transfer; kor,est,transfer",
    ),
    (
        "Tanks from Croatia and Slovenia were delivered to Ukraine.",
        "hrv,ukr,transfer; svn,ukr,transfer",
    ),
    (
        "Germany, France and Italy sold tanks to Ukraine.",
        "deu,ukr,transfer; fra,ukr,transfer; ita,ukr,transfer",
    ),
    # suppliers named as members of a group after "from"
    (
        "Kyiv has received more than 300 tanks from its Western allies, including Poland and "
        "the Czech Republic.",
        "pol,ukr,transfer; cze,ukr,transfer",
    ),
    ("Ukraine received shells from European suppliers, including Bulgaria.", "bgr,ukr,transfer"),
    # "the government of X" as the subject is X
    (
        "In September the government of Lithuania ordered CV90 vehicles from Sweden, and it "
        "signed for eight HIMARS launchers from the United States.",
        "swe,ltu,transfer; usa,ltu,transfer",
    ),
    ("Russia sold helicopters to the army of Mali.", "rus,mli,transfer"),
    # goods taken into service came from their maker; a study commissioned is no goods
    ("Chile's navy commissioned two ex-British frigates.", "gbr,chl,transfer"),
    ("Pakistan inducted its first Chinese-made Z-10ME attack helicopters.", "chn,pak,transfer"),
    ("The Indian Navy commissioned its indigenous aircraft carrier.", ""),
    ("Japan commissioned a study on Chinese drones.", ""),
    # the possessor inside an appositive is not the subject; an offer is no sale
    (
        "Algeria, Morocco's regional rival, took delivery of Mi-28NE helicopters from Russia.",
        "rus,dza,transfer",
    ),
    (
        "China, Mongolia's other large neighbour, has offered to supply military trucks to "
        "Mongolia.",
        "",
    ),
    # the goods' maker after a participle is not the giver the clause names
    (
        "Australia has given Ukraine Bushmaster protected vehicles built by Thales in Bendigo.",
        "aus,ukr,transfer",
    ),
    # "the Afghan frontier" is a place, not a party
    (
        "Beijing has paid for border posts along the Afghan frontier. China donated patrol "
        "vehicles to the Tajik border troops in 2021.",
        "chn,tjk,transfer",
    ),
    # the buying verb shared by a second object and its supplier
    (
        "Poland ordered tanks from South Korea and howitzers from the United States.",
        "kor,pol,transfer; usa,pol,transfer",
    ),
    # a second clause with its own subject is no gapped list of recipients
    (
        "Germany sold tanks to Poland, and Spain sold tanks to Ukraine.",
        "deu,pol,transfer; esp,ukr,transfer",
    ),
    # the sanctioned firms supply, not the sanctioner
    ("Ukraine sanctioned 40 foreign firms that supply Russia's drone plants.", "ukr,rus,sanction"),
    # a later giver's own recipient: Germany did not send tanks to Ukraine
    ("Germany sold tanks that Poland later sent to Ukraine.", "pol,ukr,transfer"),
    (
        "The United States supplied helicopters to Croatia to replace the Mi-8s Croatia gave to "
        "Ukraine in 2023.",
        "usa,hrv,transfer; hrv,ukr,transfer",
    ),
    # the later clause's passive has its own agent: China delivered, it did not buy
    (
        "Turkmenistan has not relied on Turkey alone. Two C-27J transport aircraft were bought "
        "from Italy in 2019, and HQ-9 air-defence systems were delivered by China in 2016.",
        "ita,tkm,transfer; chn,tkm,transfer",
    ),
]

CASES = (
    SALES_AND_ORDERS
    + CONTRACTS_AND_DEALS
    + APPROVALS
    + GIFTS
    + LOANS_AND_LEASES
    + DELIVERIES
    + EQUIPPED_AND_HANDED
    + DISPATCH_AND_COMMIT
    + RECEIVED
    + ARRIVALS
    + CLAUSES
    + NEGATIVE
)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_transfer_paraphrase(gaz: Gazetteer, text: str, expected: str) -> None:  # noqa: F811
    assert triples(run(gaz, text)) == flows(expected)
