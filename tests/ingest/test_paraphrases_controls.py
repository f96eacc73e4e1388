"""Export-control decisions in the ordinary phrasings of wire copy, local papers and trade
press: holds, freezes, lifted bans, called-off deals, refusals, embargoes and sanctions.

Conventions (tests/fixtures/labelled/expected.yaml): the deciding side's country -> the
affected one; a buyer cancelling an order or deal still gives [supplier, buyer, cancellation]
plus the order itself as a transfer; a denial points at the would-be final recipient;
sanctions on firms count against the country the text places them in.
"""

from __future__ import annotations

import pytest

from dashboard.ingest.gazetteer import Gazetteer
from tests.ingest.paraphrase import flows
from tests.ingest.test_extract import gaz, run, triples  # noqa: F401 (gaz: the fixture)

SUSPENSION = [
    # a measure taken "after the coup in X" is on X
    ("The United States suspended arms sales after the coup in Thailand.", "usa,tha,suspension"),
    ("After the coup in Niger, France halted all deliveries.", "fra,ner,suspension"),
    ("The EU imposed an arms embargo after Myanmar's military coup.", "eu,mmr,embargo"),
    # an actor named without its country, in a country the sentence sets the scene in
    ("In Germany, the government halted arms exports to Israel.", "deu,isr,suspension"),
    (
        "In the Netherlands, an appeals court ordered the government to stop exports of F-35 "
        "parts to Israel.",
        "nld,isr,suspension",
    ),
    (
        "Campaigners point to the Netherlands, where a court ordered the government to halt "
        "exports of F-35 parts to Israel.",
        "nld,isr,suspension",
    ),
    (
        "In Belgium, the Walloon government suspended licences for Saudi Arabia.",
        "bel,sau,suspension",
    ),
    # a general resumption, with one destination's halt in another clause
    (
        "Serbia will resume arms exports after a two-month freeze, President Vucic said on "
        "Monday, but shipments to Israel will remain suspended for the time being.",
        "srb,isr,suspension",
    ),
    (
        "Berlin halted approvals for exports of weapons to Israel last year, but said it had no "
        "plans to follow Slovenia.",
        "deu,isr,suspension",
    ),
    # "he": the leader the article has just introduced acts for his country
    (
        "Colombia's president Gustavo Petro spoke on Tuesday. In May he suspended purchases of "
        "weapons from Israel.",
        "isr,col,suspension",
    ),
    ("In 2016 the United States put the sale of F-16s to Bahrain on hold.", "usa,bhr,suspension"),
    ("Washington placed the sale of F-16 jets to Bahrain on hold in 2016.", "usa,bhr,suspension"),
    ("Washington put arms sales to Bahrain on hold.", "usa,bhr,suspension"),
    ("Germany has put on hold all arms exports to Turkey.", "deu,tur,suspension"),
    ("Deliveries of Leopard tanks to Qatar were put on hold by Germany.", "deu,qat,suspension"),
    ("Germany shelved arms exports to Saudi Arabia in 2018.", "deu,sau,suspension"),
    ("Berlin froze arms exports to Saudi Arabia.", "deu,sau,suspension"),
    ("Arms sales to Bahrain were frozen by Washington in 2016.", "usa,bhr,suspension"),
    (
        "Germany imposed a freeze on arms exports to Saudi Arabia in November 2018.",
        "deu,sau,suspension",
    ),
    ("The Netherlands has suspended deliveries of F-35 parts to Israel.", "nld,isr,suspension"),
    ("Britain paused some arms export licences for Israel in 2024.", "gbr,isr,suspension"),
    ("Canada halted arms exports to Turkey in October 2019.", "can,tur,suspension"),
    ("Ottawa has stopped issuing export permits for drone optics to Ankara.", "can,tur,suspension"),
    (
        "The United States withheld a shipment of 2,000-pound bombs from Israel.",
        "usa,isr,suspension",
    ),
    ("Spain suspended the sale of ammunition to Israel.", "esp,isr,suspension"),
    (
        "Italy suspended the export of missiles and aircraft bombs to Saudi Arabia and the UAE.",
        "ita,sau,suspension; ita,are,suspension",
    ),
    ("Finland has temporarily halted new arms export licences to Turkey.", "fin,tur,suspension"),
    ("The US paused deliveries of some weapons to Ukraine.", "usa,ukr,suspension"),
    ("Washington suspended military aid to Pakistan in 2018.", "usa,pak,suspension"),
    ("Japan suspended the transfer of patrol boats to Myanmar.", "jpn,mmr,suspension"),
    ("Washington has held up the delivery of F-16 jets to Turkey.", "usa,tur,suspension"),
    ("Norway has frozen new export licences for Turkey.", "nor,tur,suspension"),
    ("Berlin slapped a freeze on arms exports to Riyadh.", "deu,sau,suspension"),
    (
        "The Trump administration paused a $400 million arms package for Taiwan in 2025.",
        "usa,twn,suspension",
    ),
    ("Ottawa froze new arms export permits for Israel in January 2024.", "can,isr,suspension"),
    ("Sales of German submarines to Turkey were frozen in 2019.", "deu,tur,suspension"),
    ("Washington withheld $130 million in military aid from Egypt in 2021.", "usa,egy,suspension"),
    (
        "France put the delivery of two Mistral warships to Russia on hold in 2014.",
        "fra,rus,suspension",
    ),
    (
        "A shipment of 2,000-pound bombs to Israel was paused by Washington in May.",
        "usa,isr,suspension",
    ),
    # ... but not when another country acts there
    (
        "In Brussels, Poland's defence minister said Warsaw had halted arms exports to Belarus.",
        "pol,blr,suspension",
    ),
]

RESUMPTION = [
    # an objection or veto dropped is a hold lifted, not a deal cancelled or refused
    ("Berlin drops objection to Eurofighter sale to Saudi Arabia", "deu,sau,resumption"),
    ("Germany dropped its veto on Eurofighter sales to Saudi Arabia.", "deu,sau,resumption"),
    ("The United States lifted its arms embargo on Vietnam in 2016.", "usa,vnm,resumption"),
    ("Washington scrapped its ban on arms sales to Vietnam in 2016.", "usa,vnm,resumption"),
    ("The United States ended its ban on lethal arms sales to Vietnam.", "usa,vnm,resumption"),
    ("Washington partially lifted its arms embargo on Cyprus in 2020.", "usa,cyp,resumption"),
    ("The EU lifted its arms embargo on Uzbekistan in 2009.", "eu,uzb,resumption"),
    ("Germany resumed arms exports to Saudi Arabia.", "deu,sau,resumption"),
    # an approval is a transfer too (dev/062: permits "issued again" after a hold)
    (
        "Berlin approved new arms exports to Riyadh, ending a freeze.",
        "deu,sau,resumption; deu,sau,transfer",
    ),
    ("Germany restarted arms sales to Saudi Arabia.", "deu,sau,resumption"),
    ("Germany unblocked arms sales to Saudi Arabia.", "deu,sau,resumption"),
    (
        "Germany gave the green light for arms exports to Saudi Arabia again.",
        "deu,sau,resumption; deu,sau,transfer",
    ),
    (
        "South Africa issued export permits for Saudi Arabia again in 2020.",
        "zaf,sau,resumption; zaf,sau,transfer",
    ),
    ("Sweden lifted its restrictions on arms exports to Turkey in 2022.", "swe,tur,resumption"),
    ("The United States has restored military aid to Pakistan.", "usa,pak,resumption"),
    ("The US unfroze $300 million in military aid to Egypt.", "usa,egy,resumption"),
    ("Britain reinstated arms export licences for Saudi Arabia in 2020.", "gbr,sau,resumption"),
    ("Washington released a hold on F-16 sales to Bahrain in 2017.", "usa,bhr,resumption"),
    ("Canada eased its restrictions on arms exports to Turkey.", "can,tur,resumption"),
    ("Washington lifted the freeze on arms sales to Bahrain.", "usa,bhr,resumption"),
    ("Arms exports to Saudi Arabia were resumed by Germany in 2019.", "deu,sau,resumption"),
    (
        "The Biden administration lifted its ban on offensive weapons sales to Saudi Arabia "
        "in 2024.",
        "usa,sau,resumption",
    ),
    (
        "Washington removed the hold on the F-16 sale to Turkey in January 2024.",
        "usa,tur,resumption",
    ),
    ("Finland resumed granting arms export licences to Turkey in 2022.", "fin,tur,resumption"),
    ("Washington unpaused military aid to Ukraine in March.", "usa,ukr,resumption"),
]

CANCELLATION = [
    (
        "India called off a deal for Russian Ka-226 helicopters.",
        "rus,ind,cancellation; rus,ind,transfer",
    ),
    (
        "India axed its order for Russian Ka-226 helicopters.",
        "rus,ind,cancellation; rus,ind,transfer",
    ),
    (
        "India pulled out of a deal to buy Ka-226 helicopters from Russia.",
        "rus,ind,cancellation; rus,ind,transfer",
    ),
    (
        "India backed out of a deal to buy helicopters from Russia.",
        "rus,ind,cancellation; rus,ind,transfer",
    ),
    (
        "India cancelled an order for Ka-226 helicopters from Russia.",
        "rus,ind,cancellation; rus,ind,transfer",
    ),
    (
        "Indonesia has cancelled its order for Su-35 fighters from Russia.",
        "rus,idn,cancellation; rus,idn,transfer",
    ),
    (
        "Australia scrapped its contract for French submarines in 2021.",
        "fra,aus,cancellation; fra,aus,transfer",
    ),
    (
        "Canberra tore up its submarine deal with Paris in 2021.",
        "fra,aus,cancellation; fra,aus,transfer",
    ),
    (
        "Canberra pulled the plug on the French submarine deal.",
        "fra,aus,cancellation; fra,aus,transfer",
    ),
    (
        "Poland withdrew from a deal to buy Caracal helicopters from France in 2016.",
        "fra,pol,cancellation; fra,pol,transfer",
    ),
    (
        "Poland walked away from its contract for Caracal helicopters with France.",
        "fra,pol,cancellation; fra,pol,transfer",
    ),
    (
        "The contract for Ka-226 helicopters from Russia was cancelled by India.",
        "rus,ind,cancellation; rus,ind,transfer",
    ),
    (
        "The Philippines has terminated a contract for 16 helicopters from Canada.",
        "can,phl,cancellation; can,phl,transfer",
    ),
    ("Canada revoked export permits for drone optics to Turkey.", "can,tur,cancellation"),
    ("Germany cancelled the sale of Leopard tanks to Saudi Arabia.", "deu,sau,cancellation"),
    ("Italy revoked licences for the export of bombs to Saudi Arabia.", "ita,sau,cancellation"),
    (
        "Australia cancelled the A$90 billion submarine contract with France's Naval Group "
        "in 2021.",
        "fra,aus,cancellation; fra,aus,transfer",
    ),
    (
        "India scrapped a deal to buy US helicopters last year.",
        "usa,ind,cancellation; usa,ind,transfer",
    ),
    (
        "Colombia cancelled a contract for Israeli rifles in 2024.",
        "isr,col,cancellation; isr,col,transfer",
    ),
    (
        "Spain has called off the purchase of Israeli anti-tank missiles.",
        "isr,esp,cancellation; isr,esp,transfer",
    ),
    (
        "Switzerland withdrew from its order for F-35 jets from the United States.",
        "usa,che,cancellation; usa,che,transfer",
    ),
]

DENIAL = [
    # a van of sights stopped on its way: a denial, not a transfer
    (
        "Polish customs officers stopped a van carrying 48 thermal sights bound for Belarus.",
        "pol,blr,denial",
    ),
    # the refused verb's indirect object receives
    ("Washington refused to sell Saudi Arabia armed drones.", "usa,sau,denial"),
    # the sale an application asked for is refused, not made
    (
        "South Korea's export agency turned down an application by a small optics maker to sell "
        "thermal sights to a buyer in Myanmar.",
        "kor,mmr,denial",
    ),
    # a sale the object of a refusal relative: refused, not made
    (
        "Brazilian defence exports hit a record\nBRASILIA - Brazil's defence exports rose in "
        "2025. Officials cited a sale of rifle ammunition to a customer in Azerbaijan that the "
        "foreign ministry refused last year.",
        "bra,aze,denial",
    ),
    # the export is the refused licence's object, even with a date between them
    (
        "Prague refused a licence in 2019 for the export of ammunition to a Libyan buyer.",
        "cze,lby,denial",
    ),
    ("Germany refused to approve the export of Eurofighters to Turkey.", "deu,tur,denial"),
    ("Germany vetoed the sale of Eurofighters to Turkey.", "deu,tur,denial"),
    ("Berlin blocked the sale of Eurofighter jets to Ankara.", "deu,tur,denial"),
    ("Germany rejected an export licence for tanks bound for Turkey.", "deu,tur,denial"),
    ("Germany turned down Turkey's request for Eurofighters.", "deu,tur,denial"),
    ("Germany declined to issue export licences for Turkey.", "deu,tur,denial"),
    ("Germany declined Ukraine's request for Taurus missiles.", "deu,ukr,denial"),
    ("Ukraine's request for Taurus missiles was turned down by Berlin.", "deu,ukr,denial"),
    ("Berlin rejected Kyiv's request for Taurus cruise missiles.", "deu,ukr,denial"),
    ("Washington refused to sell F-35 jets to Turkey.", "usa,tur,denial"),
    ("The United States denied Turkey's request to buy F-35 jets.", "usa,tur,denial"),
    (
        "Switzerland refused to let Germany re-export Gepard ammunition to Ukraine.",
        "che,ukr,denial",
    ),
    (
        "Switzerland would not allow Denmark to re-export Piranha vehicles to Ukraine.",
        "che,ukr,denial",
    ),
    (
        "Switzerland barred Denmark from re-exporting Piranha vehicles to Ukraine.",
        "che,ukr,denial",
    ),
    (
        "Bern rejected Germany's request to re-export Gepard ammunition to Ukraine.",
        "che,ukr,denial",
    ),
    (
        "Switzerland did not allow Spain to send anti-aircraft guns to Ukraine.",
        "che,ukr,denial",
    ),
    ("Washington blocked Israel from selling Phalcon radars to China.", "usa,chn,denial"),
    ("Germany blocked Saudi Arabia's purchase of Leopard tanks.", "deu,sau,denial"),
    ("Britain denied export licences for ejection seats bound for Argentina.", "gbr,arg,denial"),
    ("Bern blocked Germany from passing Swiss-made ammunition to Ukraine.", "che,ukr,denial"),
    ("Switzerland has repeatedly refused requests to re-export arms to Ukraine.", "che,ukr,denial"),
    ("India rejected a Chinese bid to supply drones to its army.", "ind,chn,denial"),
    ("London vetoed the export of British-made ejection seats to Argentina.", "gbr,arg,denial"),
    ("Berlin would not send its Taurus cruise missiles to Ukraine.", "deu,ukr,denial"),
    (
        "The United States won't supply ATACMS missiles to Ukraine, officials said.",
        "usa,ukr,denial",
    ),
]

EMBARGO = [
    # a measure imposed again is the measure, not a halt of trade nor trade resumed
    ("The European Union on Monday reimposed an arms embargo on Iran.", "eu,irn,embargo"),
    (
        "Britain said it had reinstated its own sanctions on Tehran, including an arms embargo "
        "and asset freezes on Iranian entities.",
        "gbr,irn,sanction; gbr,irn,embargo",
    ),
    ("The EU imposed an arms embargo on Myanmar.", "eu,mmr,embargo"),
    ("The EU has maintained an arms embargo on Myanmar since 1990.", "eu,mmr,embargo"),
    ("Myanmar has been under an EU arms embargo since 1990.", "eu,mmr,embargo"),
    ("Washington imposed an arms embargo on Cambodia in December 2021.", "usa,khm,embargo"),
    ("China has been subject to an EU arms embargo since 1989.", "eu,chn,embargo"),
    ("The European Union has had an arms embargo on China since 1989.", "eu,chn,embargo"),
    ("Washington slapped an arms embargo on South Sudan in 2018.", "usa,ssd,embargo"),
    ("Britain embargoed arms shipments to Argentina in 1982.", "gbr,arg,embargo"),
    ("An arms embargo was imposed on Iran by the United States.", "usa,irn,embargo"),
    ("The United States banned arms sales to Cambodia in 2021.", "usa,khm,embargo"),
    ("The EU placed an embargo on weapons sales to Belarus in 2011.", "eu,blr,embargo"),
    ("The EU has had an arms embargo against Russia since 2014.", "eu,rus,embargo"),
    ("Spain imposed a full arms embargo on Israel in 2025.", "esp,isr,embargo"),
]

SANCTION = [
    # the firms of both demonyms, and "accusing them of supplying": the firms supply
    (
        "Iran announced sanctions on nine British and German defence companies, accusing them "
        "of supplying weapons to Israel.",
        "irn,gbr,sanction; irn,deu,sanction; gbr,isr,transfer; deu,isr,transfer",
    ),
    # "listed" with the people or firms listed
    ("The EU listed four Belarusian firms.", "eu,blr,sanction"),
    (
        "The European Union listed North Korea's defence minister and several munitions "
        "officials in June.",
        "eu,prk,sanction",
    ),
    # a list ends where a new clause begins
    (
        "The European Union listed several Turkish companies in its sanctions package in June, "
        "and the US designated Turkish firms in 2023.",
        "eu,tur,sanction; usa,tur,sanction",
    ),
    (
        "The United Kingdom sanctioned several Belarusian plants in April, and Switzerland "
        "usually adopts EU listings within weeks.",
        "gbr,blr,sanction",
    ),
    ("The EU sanctioned two firms in Belarus, and Iran responded with threats.", "eu,blr,sanction"),
    # the country a war is waged on is no target of the measures against its attacker's suppliers
    (
        "The European Union on Tuesday added 19 Belarusian companies to its sanctions list, "
        "targeting the backbone of Belarus's support for Russia's war against Ukraine.",
        "eu,blr,sanction",
    ),
    # the relative's antecedents, the listed entities, supplied (not the sanctioner "it")
    (
        "New Zealand imposed sanctions on 21 entities in North Korea, Iran and Hong Kong that it "
        "said had helped supply Russia's military.",
        "nzl,prk,sanction; nzl,irn,sanction; nzl,chn,sanction; prk,rus,transfer; "
        "irn,rus,transfer; chn,rus,transfer",
    ),
    # removed from a programme: the maker of the system it names took the measure
    ("Turkey was removed from the F-35 programme in 2019.", "usa,tur,sanction"),
    ("Washington slapped sanctions on Turkey in December 2020.", "usa,tur,sanction"),
    (
        "The United States imposed sanctions on Turkey's defence procurement agency.",
        "usa,tur,sanction",
    ),
    (
        "The United States penalised Turkey for buying the S-400.",
        "usa,tur,sanction; rus,tur,transfer",
    ),
    ("The United States penalized Turkey with sanctions in 2020.", "usa,tur,sanction"),
    ("The US Treasury sanctioned three Turkish firms.", "usa,tur,sanction"),
    ("The EU sanctioned Iranian drone makers.", "eu,irn,sanction"),
    ("The EU has sanctioned several Iranian drone manufacturers.", "eu,irn,sanction"),
    (
        "The European Union imposed restrictive measures on Iran's drone programme.",
        "eu,irn,sanction",
    ),
    ("Brussels targeted Iranian drone manufacturers with new sanctions.", "eu,irn,sanction"),
    ("Canada hit Iranian drone makers with sanctions.", "can,irn,sanction"),
    ("The United States blacklisted five Chinese companies.", "usa,chn,sanction"),
    ("Washington added 12 Chinese firms to its entity list.", "usa,chn,sanction"),
    ("Britain has sanctioned Iranian military officials.", "gbr,irn,sanction"),
    ("The UK imposed sanctions on Russian arms makers.", "gbr,rus,sanction"),
    ("Japan froze the assets of Russian defence firms.", "jpn,rus,sanction"),
    ("Iranian drone makers were sanctioned by Britain.", "gbr,irn,sanction"),
    ("Sanctions were imposed on Iran by the European Union.", "eu,irn,sanction"),
    ("Australia imposed targeted financial sanctions on Iranian individuals.", "aus,irn,sanction"),
    ("The US slapped penalties on North Korean arms dealers.", "usa,prk,sanction"),
    ("Washington put three Pakistani companies on its entity list.", "usa,pak,sanction"),
    ("North Korean arms dealers were hit with US sanctions.", "usa,prk,sanction"),
    ("Washington slapped new sanctions on Iranian drone suppliers.", "usa,irn,sanction"),
    ("Canada placed sanctions on Russian arms manufacturers.", "can,rus,sanction"),
    ("Washington blacklisted a Chinese drone maker.", "usa,chn,sanction"),
]

NEGATIVE = [
    ("The report listed Russian firms as the main suppliers of the parts.", ""),
    # expelling troops is no exclusion from a programme; joining NATO receives nothing
    ("Niger expelled French forces in 2023.", ""),
    # a supply the sentence says a state will not allow, however long the object in between
    (
        "Malaysia will not allow its ports and companies to be used to supply weapons "
        "programmes in Iran.",
        "",
    ),
    # the subject of the clause after ", and" is no target of the embargo before it
    ("The EU has kept an embargo in place since 2017, and Washington has sanctioned CAVIM.", ""),
    (
        "Sweden and Finland lifted their own restrictions in 2022 as part of the memorandum "
        "that cleared the way for their accession to NATO.",
        "",
    ),
    # an urged refusal, however many steps come before it
    (
        "We urge Bulgaria to carry out post-shipment checks and to refuse new licences for Chad.",
        "",
    ),
    ("Serbia has refused to align with EU sanctions on Russia.", ""),
    ("The listings were made under its Russia Sanctions Act, passed in 2022.", ""),
    # the UN is no target of the measures it restores
    (
        "The UN sanctions were restored on Sunday under a procedure triggered by France, "
        "Germany and Britain.",
        "",
    ),
    # "not allow" is a refusal of arms only before an export verb or noun ("the ship" is none)
    ("Spain would not allow the Russian ship to dock in Ceuta.", ""),
    ("Germany shelved plans for a new defence budget.", ""),
    ("Poland put its presidential election on hold.", ""),
    ("India called off talks with Pakistan.", ""),
    ("The talks between India and Russia were called off.", ""),
    ("Germany turned down an invitation to the summit in Turkey.", ""),
    ("Japan lifted its ban on beef imports from the United States.", ""),
    ("Canada eased visa rules for Turkish citizens.", ""),
    ("The EU could impose an arms embargo on Israel.", ""),
    ("Berlin is considering freezing arms exports to Turkey.", ""),
    ("Sweden did not suspend arms exports to Turkey.", ""),
    ("Critics called for sanctions on Iran.", ""),
    ("India pulled out of a regional trade deal with China.", ""),
    ("The United States withdrew from the Iran nuclear deal in 2018.", ""),
    ("Washington scrapped tariffs on Indian steel.", ""),
    ("France refused to extradite the suspect to Algeria.", ""),
    ("Germany would block any sale of Eurofighters to Turkey.", ""),
    ("Britain could slap sanctions on Iranian drone makers.", ""),
    ("The EU is expected to sanction more Iranian firms.", ""),
    ("Britain paused trade talks with Canada.", ""),
    ("Sweden froze development aid to Afghanistan.", ""),
    ("Germany has no plans to lift its freeze on arms exports to Saudi Arabia.", ""),
    ("The Philippines penalised two fishing firms from Vietnam.", ""),
    ("Italy backed out of the Belt and Road initiative with China.", ""),
    ("Kenya put its plans for a new airport on hold.", ""),
    (
        "Ankara says Washington blocked the sale of F-16s to Turkey.",
        "usa,tur,denial",
    ),
    ("Germany held up Poland as a model of defence spending.", ""),
    ("The government shelved its plans for new fighter jets.", ""),
    ("Sweden lifted its travel ban on Chinese tourists.", ""),
    ("Britain turned down an offer of talks from Argentina.", ""),
    ("Canada axed 500 jobs at its embassy in Turkey.", ""),
    ("Washington will not send troops to Ukraine.", ""),
    ("Germany did not send Taurus missiles to Ukraine.", ""),
]

CASES = [
    pytest.param(text, spec, id=f"{group}-{i}")
    for group, rows in (
        ("suspension", SUSPENSION),
        ("resumption", RESUMPTION),
        ("cancellation", CANCELLATION),
        ("denial", DENIAL),
        ("embargo", EMBARGO),
        ("sanction", SANCTION),
        ("negative", NEGATIVE),
    )
    for i, (text, spec) in enumerate(rows)
]


@pytest.mark.parametrize(("text", "spec"), CASES)
def test_export_control_paraphrase(gaz: Gazetteer, text: str, spec: str) -> None:  # noqa: F811
    assert triples(run(gaz, text)) == flows(spec)
