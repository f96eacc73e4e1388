"""Ordinary news phrasings of weapons used in a conflict and of diverted goods.

use: the supplier of the weapon -> the party that used it (a country using its own weapons
is no flow). diversion: the re-exporting country -> the third party that got the goods.
Each phrasing comes in a few frames (names, capitals, demonyms, tenses, passive, dates,
quantities); the negative cases use the same words without stating such a flow.
"""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.ingest.gazetteer import Gazetteer
from tests.ingest.paraphrase import Flow as Triple
from tests.ingest.test_extract import gaz, run, triples  # noqa: F401 (gaz: the fixture)

IRN_RUS = {("irn", "rus", "use")}
PRK_RUS = {("prk", "rus", "use")}
USA_UKR = {("usa", "ukr", "use")}
GBR_UKR = {("gbr", "ukr", "use")}
DEU_UKR = {("deu", "ukr", "use")}
TUR_AZE = {("tur", "aze", "use")}

USE: list[tuple[str, set[Triple]]] = [
    # "using" shares its clause's subject, not the attacked object; "accused X of using": X
    ("Russia attacked Kyiv using Iranian drones.", {("irn", "rus", "use")}),
    (
        "The Thai army accused Cambodia of using Chinese-made rocket launchers.",
        {("chn", "khm", "use")},
    ),
    # each maker of a list of goods, a system named right after its maker's demonym
    (
        "Myanmar's military used Russian-supplied Su-30 fighters and Chinese-made FTC-2000G "
        "jets in air strikes on villages.",
        {("rus", "mmr", "use"), ("chn", "mmr", "use")},
    ),
    # a peaceful purpose named with a combat one is still use
    (
        "Ukrainian units have used Australian Bushmasters to evacuate wounded soldiers and "
        "during the incursion into Russia's Kursk region.",
        {("aus", "ukr", "use")},
    ),
    # each listed supplier of the weapons used, but only of those the use is about
    (
        "Azerbaijan buys most of its weapons from Israel and Turkey, which supplied the drones "
        "used in its offensives.",
        {("isr", "aze", "transfer"), ("tur", "aze", "transfer"), ("isr", "aze", "use")} | TUR_AZE,
    ),
    (
        "Kenya received Cobra helicopters from Jordan in 2017, and in 2019 it bought 118 Hizir "
        "vehicles from Turkey, many of which have been used against al-Shabaab.",
        {("jor", "ken", "transfer"), ("tur", "ken", "transfer"), ("tur", "ken", "use")},
    ),
    # "its": the country named before, not the region the war was over
    (
        "Baku has spent heavily on arms of its own: in the 2020 war over Nagorno-Karabakh its "
        "forces used drones bought from Turkey and loitering munitions bought from Israel.",
        {
            ("tur", "aze", "use"),
            ("tur", "aze", "transfer"),
            ("isr", "aze", "use"),
            ("isr", "aze", "transfer"),
        },
    ),
    # used / using / uses
    ("Azerbaijan used Turkish Bayraktar TB2 drones in Nagorno-Karabakh.", TUR_AZE),
    ("Israel has used US-made 2,000-pound bombs in Gaza.", {("usa", "isr", "use")}),
    ("Saudi Arabia used British-made Paveway bombs in Yemen.", {("gbr", "sau", "use")}),
    ("Russia is using North Korean KN-23 missiles against Ukraine.", PRK_RUS),
    ("Russia uses Iranian drones to attack Ukraine's power grid.", IRN_RUS),
    ("Russia has used Iranian Shahed drones since September 2022.", IRN_RUS),
    ("Mali's army used Turkish drones against jihadists in the north.", {("tur", "mli", "use")}),
    (
        "India used French-made Rafale jets in strikes on Pakistan in May 2025.",
        {("fra", "ind", "use")},
    ),
    ("Indian forces used Israeli Heron drones along the Chinese border.", {("isr", "ind", "use")}),
    (
        "Ethiopian forces used Turkish and Iranian drones in Tigray.",
        {
            ("tur", "eth", "use"),
            ("irn", "eth", "use"),
        },
    ),
    (
        "The Sudanese army has used Iranian-made Mohajer drones to retake Omdurman.",
        {("irn", "sdn", "use")},
    ),
    ("Morocco has used Israeli-made drones against Polisario fighters.", {("isr", "mar", "use")}),
    # passive with "by"
    ("North Korean missiles were used by Russia to strike Kharkiv.", PRK_RUS),
    ("American HIMARS launchers have been used by Ukraine to strike Russian depots.", USA_UKR),
    ("German Leopard tanks were used by Ukrainian forces in the counteroffensive.", DEU_UKR),
    (
        "Israeli-made Harop drones were employed by Azerbaijan in the 2020 war.",
        {("isr", "aze", "use")},
    ),
    ("Turkish drones were deployed by Azerbaijan against Armenian tanks.", TUR_AZE),
    ("Iranian-made Shahed drones were launched by Russia against Kyiv.", IRN_RUS),
    # deployed / employed
    ("Azerbaijani forces deployed Turkish-made drones against Armenian positions.", TUR_AZE),
    (
        "Ethiopia deployed Iranian Mohajer-6 drones against Tigrayan forces.",
        {("irn", "eth", "use")},
    ),
    ("Russia has deployed Iranian drones in its war against Ukraine.", IRN_RUS),
    (
        "Azerbaijan's army employed Israeli Harop loitering munitions against Armenian radars.",
        {("isr", "aze", "use")},
    ),
    # attacked / struck / hit / bombarded / pounded / shelled / targeted ... with
    ("Russian forces have attacked Ukrainian cities with Iranian Shahed drones.", IRN_RUS),
    ("In October 2022 Russia attacked Kyiv with 28 Iranian Shahed drones.", IRN_RUS),
    ("Ukraine attacked Russian airfields with US-made ATACMS missiles.", USA_UKR),
    (
        "Ukraine attacked Russian territory with American long-range missiles in November 2024.",
        USA_UKR,
    ),
    ("Russia has been striking Ukrainian cities with Iranian Shahed drones.", IRN_RUS),
    ("Russia struck Kharkiv with North Korean ballistic missiles.", PRK_RUS),
    ("Kyiv struck Russian air bases in Crimea with ATACMS.", USA_UKR),
    ("Ukraine has struck targets in Russia with British Storm Shadow missiles.", GBR_UKR),
    ("Moscow hit Kyiv with Iranian Shahed drones overnight.", IRN_RUS),
    ("Russian forces have been hitting Ukrainian cities with North Korean missiles.", PRK_RUS),
    (
        "Russia bombarded Ukrainian energy infrastructure with Iranian drones in October 2022.",
        IRN_RUS,
    ),
    ("Russia bombarded Kharkiv with North Korean-made KN-23 missiles in January.", PRK_RUS),
    ("Moscow pounded Odesa with Iranian-designed Shahed drones.", IRN_RUS),
    ("Russian troops shelled Ukrainian positions with North Korean artillery shells.", PRK_RUS),
    ("Russia targeted Ukraine's power grid with Iranian-made drones.", IRN_RUS),
    (
        "Myanmar's military has bombed villages with Russian-made Yak-130 jets.",
        {("rus", "mmr", "use")},
    ),
    ("Ukraine destroyed a Russian tank with a US-made Javelin missile.", USA_UKR),
    ("Ukrainian troops have destroyed Russian armour with American Javelins.", USA_UKR),
    ("The Myanmar junta carried out air strikes with Chinese-made jets.", {("chn", "mmr", "use")}),
    # fired / launched ... at
    ("Ukraine fired US-made HIMARS rockets at a Russian ammunition depot.", USA_UKR),
    ("Ukrainian forces struck a Russian command post in Kursk with US-supplied HIMARS.", USA_UKR),
    ("Kyiv has fired British Storm Shadow missiles at targets in Crimea.", GBR_UKR),
    ("Ukraine fired 12 British Storm Shadow missiles at Crimea on Tuesday.", GBR_UKR),
    ("Russia launched Iranian-made Shahed drones at Kyiv.", IRN_RUS),
    ("Russia launched 40 Iranian-designed drones at Ukraine overnight.", IRN_RUS),
    ("Ukraine launched British Storm Shadow cruise missiles at Russian targets.", GBR_UKR),
    ("Pakistan fired Chinese-supplied PL-15 missiles at Indian jets.", {("chn", "pak", "use")}),
    # shot down / intercepted with
    ("Ukraine shot down a Russian drone with a German IRIS-T system.", DEU_UKR),
    ("Ukrainian air defences shot down the missiles with German-supplied IRIS-T systems.", DEU_UKR),
    ("Ukraine's US-supplied Patriot systems shot down a Russian Kinzhal missile.", USA_UKR),
    ("Ukraine intercepted Russian missiles with US-made Patriot systems.", USA_UKR),
    (
        "Chinese-made J-10C jets of the Pakistan Air Force shot down Indian aircraft in May 2025.",
        {("chn", "pak", "use")},
    ),
    # weapons as the subject of a strike, "of Turkish origin"
    (
        "Sudanese army drones of Turkish origin hit RSF positions in Khartoum.",
        {("tur", "sdn", "use")},
    ),
    # fought with
    ("Ethiopia's troops fought with Russian-supplied rifles.", {("rus", "eth", "use")}),
    ("Ukrainian brigades fought with German Leopard tanks near Robotyne.", DEU_UKR),
    ("Russian troops fought with Iranian-supplied ammunition.", IRN_RUS),
    # wreckage
    ("Wreckage of Iranian Shahed drones used by Russia was found in Kyiv.", IRN_RUS),
    ("The wreckage of a North Korean missile fired by Russia was found in Kharkiv.", PRK_RUS),
    ("Israel dropped US-made bombs on Gaza.", {("usa", "isr", "use")}),
    ("Ethiopian drones of Turkish make struck Tigrayan fighters.", {("tur", "eth", "use")}),
    ("Ukraine downed a Kinzhal missile with a US Patriot system in May 2023.", USA_UKR),
    ("Ukrainian gunners shot down Russian cruise missiles using German IRIS-T launchers.", DEU_UKR),
    # relied on
    ("Azerbaijan relied heavily on Turkish TB2 drones during the 44-day war.", TUR_AZE),
    ("Russia relied on Iranian Shahed drones in its winter campaign against Ukraine.", IRN_RUS),
    # use together with the supply the sentence states
    (
        "Azerbaijan used Bayraktar TB2 drones bought from Turkey to strike Armenian positions.",
        {
            ("tur", "aze", "use"),
            ("tur", "aze", "transfer"),
        },
    ),
    (
        "Ukraine used Leopard 2 tanks supplied by Germany in the Zaporizhzhia counteroffensive.",
        {
            ("deu", "ukr", "use"),
            ("deu", "ukr", "transfer"),
        },
    ),
]

DIVERSION: list[tuple[str, set[Triple]]] = [
    # re-exported / re-sold / resold
    ("Belarus re-exported Western components to Russia.", {("blr", "rus", "diversion")}),
    ("Firms in the UAE re-exported US chips to Russia.", {("are", "rus", "diversion")}),
    ("Kazakhstan re-exported European drones to Russia in 2023.", {("kaz", "rus", "diversion")}),
    (
        "Rifles that Bulgaria sold to Uganda were later passed on to South Sudan.",
        {("bgr", "uga", "transfer"), ("uga", "ssd", "diversion")},
    ),
    ("Uganda re-sold Bulgarian rifles to South Sudan.", {("uga", "ssd", "diversion")}),
    ("Uganda resold the rifles to South Sudan in 2014.", {("uga", "ssd", "diversion")}),
    ("Czech traders re-sold Serbian rockets to Ukraine.", {("cze", "ukr", "diversion")}),
    ("The rifles were re-exported by Uganda to South Sudan.", {("uga", "ssd", "diversion")}),
    # passed on / handed on
    ("Turkey passed Canadian optics on to Azerbaijan.", {("tur", "aze", "diversion")}),
    (
        "Ugandan authorities passed the Bulgarian rifles on to South Sudan.",
        {("uga", "ssd", "diversion")},
    ),
    ("The UAE passed on American armoured vehicles to Libya.", {("are", "lby", "diversion")}),
    # diverted
    ("Turkey diverted Canadian-made optics to Azerbaijan.", {("tur", "aze", "diversion")}),
    ("Canadian optics were diverted from Turkey to Azerbaijan.", {("tur", "aze", "diversion")}),
    # reached / routed / transshipped / funnelled / found their way ... through / via
    ("US chips reached Russia through the UAE.", {("are", "rus", "diversion")}),
    ("American microelectronics reached Russia via Kazakhstan.", {("kaz", "rus", "diversion")}),
    pytest.param(
        "EU-made machine tools are reaching Russia through Armenia.",
        {("arm", "rus", "diversion")},
        marks=pytest.mark.xfail(strict=True, reason="claim check sets aside this short reading"),
    ),
    ("US chips were routed to Russia via the UAE.", {("are", "rus", "diversion")}),
    (
        "Western components were routed to Russia via Kazakhstan and Kyrgyzstan.",
        {
            ("kaz", "rus", "diversion"),
            ("kgz", "rus", "diversion"),
        },
    ),
    ("Dual-use goods were transshipped through Turkey to Russia.", {("tur", "rus", "diversion")}),
    (
        "Western electronics were trans-shipped via Armenia to Russia in 2023.",
        {("arm", "rus", "diversion")},
    ),
    (
        "Western components are being funnelled to Russia through Kyrgyzstan.",
        {("kgz", "rus", "diversion")},
    ),
    ("US chips found their way to Russia via Hong Kong.", {("chn", "rus", "diversion")}),
    (
        "European drone parts made their way to Russia through Kazakhstan.",
        {("kaz", "rus", "diversion")},
    ),
    (
        "Western machine tools are flowing to Russia through Kazakhstan.",
        {("kaz", "rus", "diversion")},
    ),
    ("Belarus has been funnelling Western components to Russia.", {("blr", "rus", "diversion")}),
    ("Uganda handed the Bulgarian rifles on to South Sudan's army.", {("uga", "ssd", "diversion")}),
    # smuggled
    ("Iran smuggled missile parts to the Houthis in Yemen.", {("irn", "yem", "diversion")}),
    pytest.param(
        "Drone parts were smuggled from Armenia into Russia.",
        {("arm", "rus", "diversion")},
        marks=pytest.mark.xfail(strict=True, reason="claim check sets aside this short reading"),
    ),
    # ended up (in the hands of), with the sale the goods came by
    (
        "Canadian optics sold to Turkey ended up in the hands of Azerbaijani forces.",
        {
            ("can", "tur", "transfer"),
            ("tur", "aze", "diversion"),
        },
    ),
    (
        "Bulgarian rifles sold to Uganda ended up in South Sudan.",
        {
            ("bgr", "uga", "transfer"),
            ("uga", "ssd", "diversion"),
        },
    ),
    (
        "French-made missiles sold to the UAE ended up in Libya.",
        {
            ("fra", "are", "transfer"),
            ("are", "lby", "diversion"),
        },
    ),
    # "where they ended up" is the recipient's own country: no re-transfer back
    (
        "Uzbek firms re-exported the parts to Russia, where they ended up at drone factories.",
        {("uzb", "rus", "diversion")},
    ),
    # re-transferred without the maker's consent: the rules read it, but the claim check,
    # retrained with 1,505 dev articles, rates it 0.09 (below 0.10), one of the short readings
    # that cross the threshold from one retraining to the next; the ingest report names it as
    # set aside
    pytest.param(
        "The UAE transferred US-made weapons to Sudan without Washington's approval.",
        {("are", "sdn", "diversion")},
        marks=pytest.mark.xfail(strict=True, reason="claim check sets aside this short reading"),
    ),
]

NEGATIVE: list[tuple[str, set[Triple]]] = [
    # used for patrols, surveillance or transport: no use in a conflict
    ("Malaysia's navy has used US-made drones to patrol the waters off Sabah.", set()),
    ("Ethiopia used Turkish drones for reconnaissance over the border.", set()),
    # "using" components to build, "the use of" funds: no weapons used
    (
        "The howitzers were assembled in Egypt using major components shipped from Korea.",
        set(),
    ),
    ("In 2016 Congress blocked the use of US funds to subsidise F-16s for Pakistan.", set()),
    (
        "Bolivia received Super Puma helicopters from France in 2016, several of which have "
        "been used in firefighting operations.",
        {("fra", "bol", "transfer")},
    ),
    # what such goods are for is no use that happened
    (
        "Georgian customs officers stopped a lorry carrying engines of a type widely used in "
        "Russian attack drones.",
        set(),
    ),
    ("Russia used the summit to criticise Ukraine.", set()),
    # flown or sailed, but not in a conflict
    (
        "Zambia bought two C-27Js from Italy in 2019, which have been used to move troops and "
        "relief supplies during floods.",
        {("ita", "zmb", "transfer")},
    ),
    (
        "The first twelve FA-50s were delivered by South Korea to Poland in 2023 and are used "
        "mainly for training.",
        {("kor", "pol", "transfer")},
    ),
    # technology in civilian networks, not weapons in a conflict
    (
        "The Emiratis objected to US conditions linked to the use of Chinese technology in "
        "the UAE.",
        set(),
    ),
    ("Hungary fought with Brussels over sanctions.", set()),
    ("Russia attacked Ukrainian cities with its own Kh-101 missiles.", set()),
    ("Russia struck Kyiv with Kalibr cruise missiles.", set()),
    ("Ukraine hit Russian refineries with domestically made drones.", set()),
    ("Ukraine attacked the Russian cruiser Moskva with Neptune missiles.", set()),
    ("Ukraine could use American ATACMS to strike deep inside Russia.", set()),
    (
        "Kyiv wants permission to use British Storm Shadow missiles against targets in Russia.",
        set(),
    ),
    ("Washington urged Kyiv not to use American weapons on Russian soil.", set()),
    ("Germany deployed a brigade to Lithuania.", set()),
    ("The United States deployed Patriot batteries to Poland.", set()),
    ("Ukraine shot down 30 Russian drones overnight.", set()),
    ("Ukraine shot down an Iranian-made Shahed drone over Kyiv.", set()),
    ("Ukrainian grain reached Africa via Turkey.", set()),
    ("Russia hit Ukraine with a new round of trade restrictions.", set()),
    ("France struck a deal with Germany on the new tank.", set()),
    ("The delegation reached Moscow via Istanbul.", set()),
    # a route for arms alone is transit, not a diversion
    ("Western weapons reached Ukraine through Poland.", set()),
    ("US howitzers were routed to Ukraine through Slovakia.", set()),
    ("US chips could reach Russia through the UAE, officials warned.", set()),
    ("Turkey passed the NATO accession bill for Sweden.", set()),
    ("Russian tourists ended up in Turkey after flights were cancelled.", set()),
    ("The Ukrainian team fought with Spain for the title.", set()),
    # the city struck is not the user; nor is an adjective a strike
    ("Kyiv was hit with Iranian drones overnight.", set()),
    ("Ukrainian cities were attacked with Iranian Shahed drones.", set()),
    (
        "Greece sent infantry fighting vehicles to Ukraine under a swap arranged with Germany.",
        {("grc", "ukr", "transfer")},
    ),
    ("Officials denied reports that Western chips reached Russia through Kazakhstan.", set()),
]


@pytest.mark.parametrize(("sentence", "expected"), USE + DIVERSION + NEGATIVE)
def test_everyday_use_and_diversion_phrasings(
    gaz: Gazetteer,  # noqa: F811 (the fixture)
    sentence: str,
    expected: set[Triple],
) -> None:
    assert triples(run(gaz, sentence, date(2024, 6, 1))) == expected
