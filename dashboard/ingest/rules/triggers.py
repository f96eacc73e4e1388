"""The trigger table and its fast search, sentence units, clause windows: where claims start."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # typeshed types the regex parser under its old public names (the same modules)
    import sre_constants as _sre
    import sre_parse as _sre_parse
else:
    import re._constants as _sre
    import re._parser as _sre_parse

from dashboard.ingest.asciimode import AsciiFast
from dashboard.ingest.rules.sentencizer import sentence_spans
from dashboard.ingest.rules.vocabulary import _ITEM_WORDS, STRIKE_VERBS, WITH_AFTER

# what a verb of use is for: "against Russian posts", "to attack Ukraine's power grid"
_IN_COMBAT = (
    r"[^.;]{0,80}?\b(?:against|in\s+combat|to\s+(?:strike|attack|bomb|hit|shell)|"
    r"in\s+(?:the\s+)?(?:war|fighting|strikes?|attacks?|offensive))\b"
)
# (regex, kind, direction). direction: "fwd" supplier acts; "rev" recipient acts; "use".
_TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # export-control decisions first: "suspended export permits" is a suspension, not a sale
    (
        r"re-?imposed|suspend(?:ed|s|ing)?|suspensions?|froze|freez(?:es|ing|e)|frozen|"
        r"halt(?:ed|s|ing)?|paus(?:ed|es|ing)|put\s+on\s+hold|withh[eo]ld(?:s|ing)?|"
        # "put the sale of F-16s to Bahrain on hold": the object between verb and "on hold"
        r"(?:put|puts|putting|placed|places|placing)(?=(?:\s+[\w$€£.,’'-]+){1,8}?\s+on\s+hold\b)|"
        # "shelved arms exports to Saudi Arabia" (not "shelved plans for a new budget")
        r"shelv(?:ed|es|ing|e)(?!\s+(?:(?:the|its|their|a|an|all)\s+)?(?:[\w-]+\s+)?"
        r"(?:plans?|proposals?|ideas?|bills?|reforms?|projects?)\b)|"
        # "has held up the delivery of F-16 jets to Turkey"
        r"(?:held|holds?|holding)\s+up(?=\s+(?:[\w$€£.,’'-]+\s+){0,4}?(?:deliver|sales?\b|"
        r"exports?\b|shipments?\b|transfers?\b|licen[cs]|permits?\b|arms\b|weapons?\b|"
        r"(?:military|security)\s+aid\b))|"
        r"stopp?(?:ed|s|ing)?|moratorium|"
        # "Poland was no longer transferring weapons to Ukraine"
        r"no\s+longer(?=\s+(?:\w+ly\s+)?(?:transferring|supplying|sending|selling|exporting|"
        r"delivering|providing|shipping|arming|licensing)\b)|"
        # "restrictions on new licences for Saudi Arabia", "the restrictions Finland placed on
        # new licences" (on arms exports, they are an embargo: below)
        r"restrictions(?=\s+(?:(?:[A-Z][\w-]*\s+){1,2}(?:placed|imposed|introduced)\s+)?on\s+"
        r"(?:(?:new|export|arms\s+export)\s+)?(?:licen[cs]es|permits|exports?)\b)|"
        # "Spain has not authorised any arms exports to Israel since October 2023", "Helsinki
        # has granted no new licences ... since": a standing halt
        # (the trigger starts at the verb, since "has", "have", "had" would make every sentence
        # a candidate; ``_refine`` checks the auxiliary and the negation before it)
        r"(?:authori[sz]ed|approved|granted|issued)(?=(?:\s+no)?[^.;,]{0,80}?\bsince\b)|"
        # "announced that it would grant no new export permits for Turkey", "it would not
        # grant any new licences to Saudi Arabia": a halt announced (``_refine`` wants
        # "will"/"would" before it, and "not" before "any")
        # ("would not approve new export permits": ``_refine`` wants the negation)
        r"(?:authori[sz]e|approve|grant|issue)(?=\s+(?:(?:no|any)\s+)?(?:new|further)\b)",
        "suspension",
        "fwd",
    ),
    (
        r"resum(?:ed|es|ing|e|ption)|lift(?:ed|s|ing)?|eas(?:ed|es|ing)|restor(?:ed|es|ing|e)|"
        r"unfr(?:oze|ozen|eez(?:e|es|ing))|reinstat(?:ed|es|ing|e)|reversed|"
        # "restarted arms sales to Saudi Arabia", "unblocked the sale"
        r"re-?start(?:ed|s|ing)?|unblock(?:ed|s|ing)?|unpaus(?:ed|es|ing|e)|"
        # "released a hold on F-16 sales", "released the frozen aid"
        r"releas(?:ed|es|ing|e)(?=\s+(?:(?:the|a|its|their)\s+)?(?:[\w-]+\s+)?(?:hold|"
        r"freeze|block)\b)|"
        # "issued export permits for Saudi Arabia again", "gave the green light for arms
        # exports to Saudi Arabia again": approvals given again after a hold (a transfer too)
        r"(?:approv(?:ed|es|e|ing)|issu(?:ed|es|ing)|grant(?:ed|s|ing))(?=\s+(?:[\w’'-]+\s+){0,6}?"
        r"(?:exports?|sales?|licen[cs]es?|permits?|deliveries|shipments)\b[^.;,]{0,60}?\bagain\b)|"
        r"(?:gave|gives|giving|given)(?=\s+(?:the\s+|its\s+)?(?:green\s+light|go-ahead)\s+"
        r"(?:[\w’'-]+\s+){0,6}?(?:exports?|sales?|licen[cs]es?|permits?|deliveries|shipments)\b"
        r"[^.;,]{0,60}?\bagain\b)|"
        # "will no longer stand in the way of further Eurofighter sales to Saudi Arabia": a
        # veto or block given up
        r"no\s+longer\s+(?:stand(?:s|ing)?\s+in\s+the\s+way\s+of|block(?:s|ing)?|veto(?:es|ing)?|"
        r"object(?:s|ing)?\s+to|oppos(?:e|es|ing))(?=\s+(?:[\w’'-]+\s+){0,5}?(?:sales?|exports?|"
        r"deliveries|transfers?|licen[cs]es?)\b)|"
        # "ended its ban on arms sales", "scrapped its ban on arms sales to Vietnam": the end
        # of a measure (before the cancellation reading of "scrapped")
        r"(?:end(?:s|ed|ing)?|scrap(?:s|ped|ping)?|abolish(?:es|ed|ing)?|repeal(?:s|ed|ing)?|"
        r"rescind(?:s|ed|ing)?|remov(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|overturn(?:s|ed|ing)?|"
        r"terminat(?:e|es|ed|ing)|drop(?:s|ped|ping)?)(?=\s+(?:the\s+|its\s+|their\s+|a\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:freeze|ban|suspension|moratorium|embargo|restrictions|hold)\b)",
        "resumption",
        "fwd",
    ),
    (
        r"cancel(?:l?ed|s|ling|ing|lation)?|scrap(?:ped|s|ping)?|revok(?:ed|es|ing|e)|"
        r"revocation|terminat(?:ed|es|ing|e)|annull?(?:ed|s|ing)?|tore\s+up|ripped\s+up|"
        r"abandon(?:ed|s|ing)?|ditch(?:ed|es|ing)?|walked\s+away\s+from|"
        r"dropp(?:ed|ing)|drops|"
        # "called off a deal for Russian helicopters", "axed its order", "pulled out of a deal
        # to buy", "pulled the plug on the submarine deal" (``_refine``: a deal for arms)
        r"call(?:ed|s|ing)\s+off|ax(?:ed|es|ing|e)|(?:pull|back)(?:ed|s|ing)\s+out\s+of|"
        r"withdr(?:ew|awn|aws|awing|aw)\s+from|pull(?:ed|s|ing)\s+the\s+plug\s+on|"
        r"reneg(?:ed|es|ing|e)\s+on",
        "cancellation",
        "fwd",
    ),
    (
        # "Fico has refused to join the Czech-led initiative": staying out is no refusal
        r"refus(?:ed|es|ing|e|al)(?!\s+to\s+(?:join|take\s+part|participate)\b)|"
        # (not a refutation: "denies any sale to Kyiv", "denied that it sold", "denied selling")
        r"den(?:ied|ies|y|ying|ial)(?!\s+(?:that|any|all|ever|it|they|(?:the\s+)?(?:reports?|"
        r"allegations?|accusations?|claims?|charges?)\b|[a-z]+ing\b))|block(?:ed|s|ing)?|"
        # (not a refutation: "rejected a media report that ...")
        r"reject(?:ed|s|ing|ion)?(?!\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:claims?|reports?|"
        r"allegations?|accusations?|accounts?|charges?)\b)|veto(?:ed|es|ing)?|barr(?:ed|ing)|turn(?:ed|s|ing)?\s+down|"
        # ("declined in 2022 to license MTU engines")
        r"declin(?:ed|es|ing)(?=(?:\s+in\s+\d{4})?\s+to\s+(?:issue|grant|approve|license|licence|"
        r"authori[sz]e|"
        r"sell|export|supply|renew|clear)|"
        # "declined Ukraine's request for Taurus missiles"
        r"\s+(?:[\w’'-]+\s+){0,3}?(?:requests?|applications?|bids?)\b)|"
        # "would not allow Denmark to re-export Piranha vehicles to Ukraine", "said no to Spain's
        # request": a refusal in other words (the negation is part of the trigger)
        # (it starts at "not", or at "wouldn" of "wouldn't": how words are split; a trigger
        # starting at "has" or "said" would make almost every sentence a candidate, so
        # ``_refine`` checks the auxiliary before "not" and the "said" before "no")
        r"not\s+(?:allow|permit|let)(?=\s+"
        r"(?:[\w’'-]+\s+){0,6}?(?:to\s+(?:re-?export|export|sell|send|supply|deliver|"
        r"transfer|ship|pass)\w*|(?:re-?exports?|exports?|sales?|shipments?|transfers?|"
        r"deliveries)\b)\b)|"
        # "Berlin would not send its Taurus cruise missiles to Ukraine": a refusal announced
        # (not "did not send": a negated fact)
        r"not\s+(?:send|supply|deliver|sell|export|provide|give|transfer)\b|"
        r"(?:wouldn|won)(?=[’']t\s)[’']t\s+(?:send|supply|deliver|sell|export|provide|give|"
        r"transfer)\b|"
        r"(?:wouldn|won|didn|doesn|don|couldn|hasn|haven)(?=[’']t\s)[’']t\s+(?:allow|permit|let)"
        r"(?=\s+(?:[\w’'-]+\s+){0,6}?(?:to\s+(?:re-?export|export|sell|send|supply|deliver|"
        r"transfer|ship|pass)\w*|(?:re-?exports?|exports?|sales?|shipments?|transfers?|"
        r"deliveries)\b)\b)|"
        r"no\s+to(?=\s+(?:[\w’'-]+\s+){0,4}?(?:requests?|"
        r"re-?exports?|exports?|sales?|deliver(?:y|ies)|transfers?|shipments?)\b)|"
        # "seized missile parts bound for Yemen": a shipment stopped on its way
        # ("impounded two drones ... destined for eastern Libya", "intercepted a trawler
        # carrying rifles ... bound for armed groups in Myanmar"; "stopped": ``_refine``)
        r"(?:seiz(?:ed|es|ing|ure)|impound(?:ed|s|ing)?|intercept(?:ed|s|ing)|"
        r"confiscat(?:ed|es|ing|e))(?=[^.;]{0,160}?\b(?:bound|destined|headed|heading)\s+"
        r"(?:for|to)\b)",
        "denial",
        "fwd",
    ),
    (
        r"arms\s+embargo(?:es|ed)?|embargo(?:es|ed)?|arms\s+ban|"
        # "kept restrictions on arms exports to Argentina": a partial embargo
        r"(?:bann(?:ed|ing)|bans?|prohibit(?:ed|s|ing)?|outlaw(?:ed|s|ing)?|restrictions|curbs)"
        r"(?=\s+(?:all\s+|the\s+|"
        r"any\s+|further\s+)?(?:[\w-]+\s+){0,2}(?:arms|weapons?|military|defen[cs]e)\s+"
        r"(?:sales?|exports?|transfers?|deliveries|supplies|trade|equipment))",
        "embargo",
        "fwd",
    ),
    (
        # "removed from the F-35 programme" (not "expelled French forces")
        r"sanction(?:ed|s|ing)?|blacklist(?:ed|s|ing)?|"
        r"removed(?=\s+(?:[\w’'-]+\s+){0,6}?from\b)|"
        r"expelled(?=\s+(?:[\w’'-]+\s+){0,6}?from\b)|"
        r"kicked\s+out(?=\s+(?:[\w’'-]+\s+){0,6}?(?:from|of)\b)|"
        r"unreliable\s+entity[\"”]?\s+list|entity[\"”]?\s+list|listed|"
        # "the EU followed, listing three senior officers"; "already lists several firms"
        r"list(?:s|ing)(?=\s+(?:[\w-]+\s+){0,6}?(?:companies|firms|entities|individuals|"
        r"officers|officials|persons|people|banks)\b)|"
        r"target(?:ed|s|ing)(?=\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|entities|individuals|"
        r"banks|suppliers|manufacturers|producers|networks|brokers|traders)\b)|"
        r"restrictive\s+measures|asset\s+freezes?|"
        r"designat(?:ed|es|ing|ions?)(?=\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:companies|firms|"
        r"entities|individuals|officials|banks|suppliers|manufacturers|networks|brokers|"
        r"traders|company|firm|entity)\b)|"
        r"excluded|CAATSA|"
        # "penalised Turkey for buying the S-400", "punished Ankara over the purchase"
        r"(?:penali[sz]|punish)(?:ed|es|ing|e)?(?=\s+(?:[\w’'-]+\s+){1,4}?(?:for\s+"
        r"(?:\w+ing|its|their|the)\b|over\s+|with\s+(?:new\s+|fresh\s+|further\s+)?"
        r"(?:sanctions|penalties|measures)\b))|"
        r"penalties(?=\s+(?:on|against)\s)|"
        # "The new entries include 14 firms in China", "the listings also included ...": what
        # a listing the article reported put on the list
        r"(?:entries|listings|designations)\s+(?:also\s+)?include[sd]?(?=\s)|"
        # "The other companies added on Tuesday include four trading firms in Hong Kong"
        r"(?:companies|firms|entities|individuals|persons)\s+(?:added|listed|designated|"
        r"sanctioned|named|targeted)\s+(?:[\w-]+\s+){0,3}?(?:also\s+)?include[sd]?(?=\s)|"
        # "The package also hit suppliers in China" (``_refine``: after a measure's noun)
        r"hits?(?=\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|entities|individuals|banks|"
        r"suppliers|manufacturers|producers|networks|brokers|traders)\b)|"
        # an export ban on goods other than arms is a sanction: "widens its export ban for
        # Russia", "added items to the list of goods that may not be exported to Belarus",
        # "banned exports of 335 more items to Russia"
        r"export\s+bans?(?=\s+(?:list\s+)?(?:for|on|against|to)\s+(?:the\s+)?[A-Z])|"
        r"(?:may|must|can)\s+not\s+be\s+(?:re-?)?exported(?=\s+to\s)|"
        r"cannot\s+be\s+(?:re-?)?exported(?=\s+to\s)|"
        r"(?:bann(?:ed|ing)|bans?|prohibit(?:ed|s|ing)?)\s+(?:the\s+)?exports?(?=\s+of\s+"
        r"(?:[\w-]+\s+){0,4}?(?:items|goods|products|dual-use)\b[^.;]{0,60}?\sto\s)|"
        # "the package also adds 22 Russian entities": a listing (dates, counts in between)
        r"add(?:s|ed|ing)(?=\s+(?:[\w-]+\s+){0,3}?(?:entities|individuals|companies|firms)\b"
        r"(?![^.;]{0,60}\bto\s+(?:the\s+|its\s+)?[\w\s-]{0,30}?\b(?:fleet|arsenal|inventory|"
        r"stocks?|production)\b))",
        "sanction",
        "fwd",
    ),
    (
        r"divert(?:ed|s|ing)?|diversion|re-?export(?:ed|s|ing)?|re-?transferr?(?:ed|s|ing)?|"
        r"shared\s+with|pass(?:ed|ing)\s+on|hand(?:ed|s|ing)\s+on|funnell?ed|smuggled|"
        r"sent\s+on\s+to|pass(?:ed|es|ing)\s+(?:[\w-]+\s+){1,6}?on\s+to\b|"
        # "had passed Indian rounds to Kyiv" (not "passed a law to")
        r"pass(?:ed|es|ing)(?=\s+(?!(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:law|bill|"
        r"resolution|motion|test|budget|vote|message|information|intelligence|data|note|"
        r"list|names?|threshold|milestone|point)\b)(?:[\w’'-]+\s+){1,5}?to\s+(?:the\s+)?[A-Z])|"
        r"re-?routed|re-?sold|ended\s+up|smuggling|"
        # goods that took a route to a third party: "US chips reached Russia through the
        # UAE", "were routed to Russia via Kazakhstan", "transshipped through Turkey",
        # "found their way to Russia via Hong Kong", "ended up in the hands of Azerbaijani
        # forces" (``_refine``: goods are the subject)
        r"reach(?:ed|es|ing)?(?=\s+(?:the\s+)?(?-i:[A-Z])[^.;,]{0,60}?\s(?:via|through|by\s+way\s+of)\s)|"
        r"rout(?:ed|ing)(?=[^.;]{0,60}?\s(?:via|through)\s)|"
        r"trans-?ship(?:ped|ping|ments?|s)?|funnell?(?:ing|s)|"
        r"flow(?:ed|ing)(?=\s+(?:in)?to\s[^.;]{0,60}?\s(?:via|through)\s)|"
        # "handed the Bulgarian rifles on to South Sudan's army"
        r"hand(?:ed|s|ing)\s+(?:[\w’'-]+\s+){1,6}?on\s+to\b|"
        # (from "way": "made" and "found" as trigger words would change what ``_may_trigger``
        # tells of "rockets made by the Krusik factory"; ``_refine`` checks the verb)
        r"way(?=\s+(?:in)?to\s)|"
        r"(?:end|ends|ending|wound)\s+up(?=\s+(?:in|with)\s)",
        "diversion",
        "fwd",
    ),
    (
        r"end-use\s+(?:assurances?|certificates?|undertakings?|commitments?|guarantees?|"
        r"declarations?|agreements?|conditions|terms|rules)",
        "use",
        "enduse",
    ),
    (
        r"used|using|use\s+of|deployed|fired|firing(?!\s+(?:range|squad|line|of)\b)|employed|"
        # "units that use American-supplied launchers against Russian posts" (in combat)
        # and "Russia uses Iranian drones to attack Ukraine's power grid" (not the infinitive:
        # "permission to use British missiles against targets in Russia")
        r"uses?(?=\s+(?:the\s+|their\s+|its\s+)?[A-Z]\w*-(?:made|supplied|built|designed|"
        r"manufactured|provided|donated|delivered)\b" + _IN_COMBAT + ")|"
        r"uses(?=\s+(?:the\s+|their\s+|its\s+)?(?-i:[A-Z])\w*\b" + _IN_COMBAT + ")|"
        r"wreckage|shot\s+down|downed|"
        # "strikes on schools have been carried out with Yak-130 jets bought from Russia"
        # and "were carried out by one of the army's Turkish-built Akinci drones"
        r"carried\s+out(?=\s+(?:[\w-]+\s+){0,2}?(?:with|using)\b|\s+by\s+(?:[\w’'-]+\s+){0,5}?"
        r"(?-i:[A-Z])[\w-]*-(?:made|built|supplied|designed|manufactured)\s)|"
        # ("launched Shahed drones supplied by Iran at Ukrainian cities")
        # ("launched Iranian-made drones and an anti-ship missile at a bulk carrier")
        r"launch(?:ed|es|ing)?(?=\s+(?:[\w-]+\s+){0,4}?(?:drones|missiles|rockets)\s+"
        r"(?:and\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?)\s+)?"
        r"(?:(?:supplied|provided|made|built|bought|sent|delivered)\s+(?:by|from)\s+"
        r"[^.;,]{1,40}?\s+)?(?:at|against|on|into)\b)|"
        # the noun after "combat", "their", "its" (``_refine``): "the S-400 that New Delhi
        # bought from Russia saw its first combat use", "sold Azerbaijan launchers in 2018
        # ... evidence of their use near residential areas" (not "their use against
        # civilians has not been documented"); the trigger starts at "use", since "their"
        # and "its" would make almost every sentence a candidate
        r"use(?=\s+(?:in|near|against|during|on|over)\s|[.,;])"
        r"(?![^.;]{0,60}?\b(?:has|have|had|was|were|is|are)\s+(?:not|never|yet\s+to)\b)|"
        # "Shahed drones were launched by Russia against Kyiv"
        r"launched(?=\s+by\s+[^.;,]{0,60}?\b(?:at|against|on|into)\s)|"
        # "attacked Ukrainian cities with Iranian Shahed drones", "fought with Russian-supplied
        # rifles": the weapon the "with" names (``_fill_missing`` takes the maker from it)
        rf"(?:{STRIKE_VERBS}){WITH_AFTER}|"
        # "have flown sorties", "have flown against insurgents in Mindanao"
        # "have flown Mohajer-6 drones supplied by Iran in strikes on rebel positions"
        r"(?:flown|flew|flies|fly)(?=\s+(?:[\w-]+\s+){0,7}?(?:strikes|sorties|combat\s+missions|"
        r"against)\b)|"
        r"intercept(?:ed|ing)|"
        r"turned\s+up|"
        # "has relied on them in its campaign against resistance groups"
        # "relied on Iranian Shahed drones in its winter campaign against Ukraine"
        r"rel(?:ied|ies|y|ying)\s+(?:heavily\s+|mainly\s+|largely\s+)?on"
        r"(?=\s+(?:them|it|(?:the|these|(?-i:[A-Z])[\w-]*)"
        r"(?:\s+[\w-]+){0,3}?)\s+"
        r"(?:in|for|during)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:campaigns?|wars?|"
        r"offensives?|strikes|attacks|fighting|operations)\b)|"
        # "TB2 drones struck two camps": weapons as the subject of a strike
        r"(?:struck|bombed|pounded|shelled|hit)(?=\s+(?:[\w-]+\s+){0,4}?(?:positions?|camps?|"
        r"targets?|bases?|villages?|towns?|cities|convoys?|depots?|posts?|infrastructure|"
        r"rebels?|fighters|militants|troops)\b)",
        "use",
        "use",
    ),
    (
        r"b(?:ought|uys?|uying)|purchas(?:ed|es|ing|e)|order(?:ed|s|ing)?|acquir(?:ed|es|ing|e)|"
        # "inducted its first Chinese-made Z-10ME helicopters", "commissioned two ex-British
        # frigates": goods taken into service (whose maker supplied them)
        r"induct(?:ed|s|ing)|commission(?:ed|s|ing)(?!\s+(?:a|an|the)\s+(?:study|report|review|"
        r"survey|analysis|inquiry|audit|poll)\b)|"
        # (not "Saab received an order from Lithuania": the order's own trigger reads it)
        r"acquisition|receiv(?:ed|es|ing|e)(?!\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
        r"(?:[\w$€£.,-]+\s+){0,3}?(?:orders?|contracts?)\b)|"
        r"import(?:ed|s|ing)?|obtain(?:ed|s|ing)?|"
        r"procur(?:ed|es|ing|e|ement)|(?:took|takes?|taking|taken)\s+(?:delivery|possession)|"
        # "Earlier customers include Turkey, India and Egypt", "operators of the K9 include"
        r"(?:customers|operators|users|buyers|clients|recipients)\s+(?:(?:of|for)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?)?(?:include[sd]?|comprise|have\s+included)"
        r"(?=\s+(?:the\s+)?[A-Z])|"
        r"(?:buyers?|customers?|importers?|recipients?)\s+(?:of|for)(?=\s+(?:the\s+)?[A-Z])|"
        # a ranking in a report on one country's exports: "Ukraine was the biggest buyer",
        # "the largest customers were India and Indonesia" (the exporter: ``_fill_missing``)
        r"(?:(?:second|third|fourth|fifth|next)-)?(?:biggest|largest|top)\s+"
        r"(?:(?:two|three|four|five|single|export|foreign|overseas|arms)\s+)?(?:buyers?|"
        r"customers?|recipients?|clients?|markets?|destinations?)\b(?!\s+(?:of|for)\b)|"
        # ("Vietnam signed in 2023 for a dozen L-39NG trainers": past a year)
        r"sign(?:ed|s|ing)\s+(?:up\s+)?(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?for|"
        # "Nigeria has also looked to Beijing for drones" (``parties``: the "to" supplies)
        rf"(?:turn|look)(?:ed|s|ing)?(?=\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+for\s+"
        rf"(?:[\w-]+\s+){{0,3}}?(?:{_ITEM_WORDS})\b)|"
        # "Ukraine got Patriot systems from the United States", "India has contracted 26
        # Rafale jets from France", "leased a submarine from Russia", "Gripen jets leased from
        # Sweden": only with the supplier's "from" (not "got involved", "leased to")
        r"(?:g(?:ot|ets|etting|otten)|contracted|leas(?:ed|es|ing|e)|borrow(?:ed|s|ing)?|"
        r"secur(?:ed|es|ing))(?=\s+(?:[\w$€£.,’'-]+\s+){0,8}?from\s+(?!\d))|"
        # "Egypt has contracted with France for 30 Rafale jets", "contracted Dassault for"
        r"contracted(?=\s+(?:with\s|(?:the\s+)?[A-Z]))|"
        # "the air force flies American F-16s and Swedish-built Gripens": what it operates
        # came from the makers named
        r"(?:operat(?:es|ed)|flies|fields|fielded)(?=\s+(?:(?:the|its|their|some|\d+)\s+)?"
        r"(?-i:[A-Z][a-z]+\s+[A-Z][\w-]*\d|[A-Z][a-z]+-(?:made|built|designed|supplied)\s)|"
        # "operates patrol boats built in France": goods whose maker the participle names
        r"\s+(?:[\w-]+\s+){1,3}?(?:built|made|manufactured)\s+(?:in|by)\s+(?:the\s+)?(?-i:[A-Z]))",
        "transfer",
        "rev",
    ),
    (
        # "Other donors include Poland, Canada and Norway": suppliers of the recipient just
        # named (``customers.supplier_roles``)
        r"(?:donors|suppliers|exporters|sellers|providers)\s+(?:(?:of|to)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,3}?)?(?:include[sd]?|comprise|have\s+included)"
        r"(?=\s+(?:the\s+)?[A-Z])|"
        r"s(?:old|ells?|elling|ales?)|suppl(?:ied|ies|y|ying|iers?)|deliver(?:ed|s|ing|ies|y)?|"
        r"export(?:ed|s|ing)?|ship(?:ped|s|ping|ments?)?|transferr?(?:ed|s|ing)?|"
        # "Finland has been a steady donor to Ukraine", "the largest donor of arms to Kyiv"
        r"donors?(?=\s+(?:of\s+[^.;,]{1,40}?\s+)?to\s+(?:the\s+)?(?-i:[A-Z]))|"
        r"provid(?:ed|es|ing|e)|sen[dt]s?|sending|gave|gives?|giving|given|donat(?:ed|es|ing|e|ion)|"
        r"pledg(?:ed|es|e)|approv(?:ed|es|al|e)|clear(?:ed|s)|deal|contracts?|agreements?|"
        r"letter\s+of\s+offer\s+and\s+acceptance|"
        r"hand(?:ed|s|ing)?\s+over|carr(?:ying|ied)|"
        r"hand(?:ed|s|ing)(?=\s+(?:[\w’'-]+\s+){1,8}?to\s)|equipped(?=\s+by\b)|"
        # the passive of the double object: "Ukraine was handed 14 Leopard tanks by Germany"
        r"handed(?=\s+(?:[\w’'-]+\s+){1,8}?by\s+(?:the\s+)?[A-Z])|"
        # "gifted a Dornier 228 to Sri Lanka", "loaned two Reapers to Poland", "leased MQ-9s
        # to Poland" ("leased a submarine from Russia": the "from" supplies, as "bought
        # from"); what is lent or loaned is checked by ``_refine`` (not money or support)
        r"gift(?:ed|s|ing)|loan(?:ed|ing)|lent|lend(?:s|ing)?|leas(?:ed|es|ing|e)|"
        r"furnish(?:ed|es|ing)|"
        # "France dispatched (rushed, airlifted, flew) Caesar howitzers to Ukraine",
        # "Germany committed IRIS-T systems to Ukraine": only with goods and "to" a named
        # recipient (not "rushed to condemn", "committed to spending", "flew from Kyiv to")
        r"(?:dispatch(?:ed|es|ing)?|rush(?:ed|es|ing)|airlift(?:ed|s|ing)?|flew|flown|"
        r"commit(?:ted|s|ting))(?=\s+(?:(?!(?:to|from|back|home|out|in|itself|themselves)\b)"
        r"[\w$€£.,’'-]+\s+){1,8}?to\s+(?:the\s+)?[A-Z])|"
        # the passive: "Caesar howitzers were rushed to Ukraine" (``_refine``: only after
        # "was", "were", "been": not "France rushed to Kyiv")
        r"(?:dispatched|rushed|airlifted|flown)(?=\s+to\s+(?:the\s+)?[A-Z])|"
        # the nouns: "India's gift of a Dornier to Sri Lanka", "Spain's loan of Patriots to"
        r"(?:gift|loan)(?=\s+of\s+[^.;]{1,60}?\bto\s+(?:the\s+)?[A-Z])|"
        # the double object: "Britain handed Ukraine 14 Challenger tanks", "lent Poland two
        # Reaper drones", "gifted Cambodia 290 trucks"
        r"hand(?:ed|s|ing)(?=\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+(?:\d|a\b|an\b|"
        r"two\b|three\b|four\b|five\b|six\b|several\b|more\b|dozens\b|its\b|their\b|the\b))|"
        # "equipped Tunisian forces with patrol boats", "was equipped with Patriot batteries
        # by the United States" (not "jets equipped with radars": no giver)
        r"equip(?:ped|s|ping)(?=\s+(?!with\b)(?:[\w’'-]+\s+){1,4}?with\s)|"
        r"equipped(?=\s+with\s[^.;]{0,80}?\bby\s+(?:the\s+)?[A-Z])|"
        r"present(?:ed|s|ing)(?=\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+with\s)|"
        # "US-supplied Patriot systems arrived in Ukraine": goods arriving (``_refine`` checks
        # the subject is goods; ``_arrival_roles``: the place is the recipient)
        # ("the last jets arrive from Italy": the supplier; the recipient from context)
        r"arriv(?:ed|es|ing|e)(?=\s+(?:(?:safely|already)\s+)?(?:in|at|from)\s)|"
        # "carriers assembled in the UAE reportedly reached Juba": the same, the place as object
        # (a route or a source named after it is a diversion's, below)
        r"reached(?=\s+(?:the\s+)?(?-i:[A-Z]))(?![^.;,]{0,80}?\s(?:via|through|from|by\s+way\s+of)\s)|"
        r"build(?:s|ing)(?=\s+(?:[\w’'-]+\s+){1,6}?for\s+(?:the\s+)?[A-Z])|"
        # the base form after "to" only: "signed a contract to build five corvettes for Saudi
        # Arabia" (a present "they build ... for" is too often a general statement)
        r"build(?<=\bto build)(?=\s+(?:[\w’'-]+\s+){1,6}?for\s+(?:the\s+)?[A-Z])|"
        # "built in 2019 for the Navy", "built in Poland for the Philippine Air Force" (not
        # "frigates originally built for the Italian navy": their first owner, not this sale)
        r"built(?<!originally built)(?<!initially built)"
        r"(?=\s+(?:(?:in\s+(?:\d{4}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)|under\s+licence)\s+)?"
        r"for\s+(?:the\s+)?[A-Z])|"
        # "Iran armed the Houthis", not "jets armed with cruise missiles" (no giver)
        r"arm(?:ed|s|ing)(?!\s+with\b)|armed(?=\s+with\s[^.;]{0,80}?\bby\s+(?:the\s+)?[A-Z])|"
        r"military\s+aid|"
        # "the largest licence granted last year covered pistols for the police of Brazil",
        # "it granted new licences for Turkey": a licensed export (its maker: ``_fill_missing``)
        r"licen[cs]es?(?=\s+(?:granted|issued)\b)|"
        # "issued 14 standard individual export licences (SIELs) for military goods to"
        r"(?:grant(?:ed|s|ing)|issu(?:ed|es|ing))(?=\s+(?:[\w-]+\s+){0,5}?licen[cs]es?\s+"
        r"(?:\([^()]{1,20}\)\s+)?(?:for|to)\b)",
        "transfer",
        "fwd",
    ),
)
_SUBORDINATORS = AsciiFast(
    re.compile(
        # Every match starts at ";", "," or whitespace: opening with that class lets re skip
        # other characters in C rather than try each alternative at every position; lookbehinds
        # then tell which character it was. The whitespace is matched from its first character
        # only (after a comma or a non-space): tried inside a long run of spaces, "\s+" would
        # rescan the rest of the run each time.
        r"[;,\s](?:(?<=;)|(?<=\s)[–—-]\s|(?:(?<=,)\s+|(?<=\s)(?<![\s,]\s)\s*)\b(?:after|following|"
        # ("pending review", not the adjective of "all pending export licences")
        r"pending(?!\s+(?:export|arms|licen[cs]es?|permits?|applications?|requests?|orders?|"
        r"contracts?|deals?|sales?|deliveries)\b)|while|when|whereas|but|"
        r"because|"
        r"(?<!has\s)(?<!have\s)(?<!had\s)(?<!ever\s)since"
        # "since the 1990s", "since the early 2000s": a decade, not a clause
        r"(?!\s+the\s+(?:early\s+|late\s+|mid-?)?(?:\d{4}|\d0)s\b)|"
        r"although|though|(?<=,\s)who|(?<!such\s)(?<!well\s)(?<!as\smuch\s)(?<!as\smany\s)as(?!\s+(?:well|part|"
        r"many|much|a|an|the|of|soon|long|far)\b)|which|amid|before|once(?!\s+(?:again|more)\b)|until|over|unless|if|"
        r"so\s+that|whether)\b|(?<=,)\s+(?:saying|adding|citing|arguing|claiming|noting|insisting|"
        r"warning|explaining|calling)\b)",
        re.IGNORECASE,
    )
)


@functools.cache
def _trigger_re() -> AsciiFast:
    parts = [f"(?P<t{i}>{rx})" for i, (rx, _, _) in enumerate(_TRIGGERS)]
    return AsciiFast(re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE))


def _top_level_alternatives(rx: str) -> list[str]:
    """Split a regex at its top-level "|" (not inside groups or classes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(rx):
        ch = rx[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(rx[start:i])
            start = i + 1
        i += 1
    out.append(rx[start:])
    return out


def _expand(pattern: str) -> list[str]:
    """Every string a small finite regex matches ("suspend(?:ed|s)?" → 3 words)."""

    def walk(items: list[tuple[Any, Any]]) -> list[str]:  # sre's parse tree is untyped
        outs = [""]
        for op, av in items:
            if op is _sre.LITERAL:
                outs = [o + chr(av) for o in outs]
            elif op is _sre.IN:
                chars: list[str] = []
                for iop, iav in av:
                    if iop is _sre.LITERAL:
                        chars.append(chr(iav))
                    elif iop is _sre.RANGE:
                        chars += [chr(c) for c in range(iav[0], iav[1] + 1)]
                    else:
                        raise ValueError(f"cannot expand {pattern!r}")
                outs = [o + ch for o in outs for ch in chars]
            elif op is _sre.SUBPATTERN:
                sub = walk(av[3])
                outs = [o + x for o in outs for x in sub]
            elif op is _sre.BRANCH:
                sub = [x for branch in av[1] for x in walk(branch)]
                outs = [o + x for o in outs for x in sub]
            elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
                continue  # a lookbehind ("build(?<=to build)") consumes nothing
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
                low, high, body = av
                if high > 1:
                    raise ValueError(f"cannot expand {pattern!r}")
                sub = walk(body)
                outs = [o + x for o in outs for x in ([""] if low == 0 else []) + sub]
            else:
                raise ValueError(f"cannot expand {pattern!r}")
        return outs

    return walk(_sre_parse.parse(pattern).data)


@functools.cache
def _alternatives() -> tuple[tuple[int, str, frozenset[str]], ...]:
    """Each trigger's top-level alternatives: (trigger index, regex, the lower-cased words
    it can start with: its text up to the first whitespace or lookahead, expanded)."""
    return tuple(
        (
            i,
            alt,
            frozenset(w.lower() for w in _expand(re.split(r"\\s|\(\?[=!]", alt, maxsplit=1)[0])),
        )
        for i, (rx, _, _) in enumerate(_TRIGGERS)
        for alt in _top_level_alternatives(rx)
    )


@functools.cache
def _first_words() -> frozenset[str]:
    """Every word a trigger can start with: a set lookup per word before the full pattern."""
    return frozenset().union(*(words for _, _, words in _alternatives()))


@functools.cache  # bounded: one entry per word of ``_first_words``
def _trigger_re_at(word: str) -> AsciiFast:
    """``_trigger_re`` without the alternatives that cannot match where the whole word
    ``word`` (lower-cased) starts: the same match (span, group) at a fifth of the cost.

    An alternative can match there only if one of the words it starts with is a prefix of
    ``word`` ("sell" in "sell-off") or ``word`` a prefix of it; the others are dropped,
    keeping each kept one in its trigger's group and in its order.
    """
    kept: dict[int, list[str]] = {}
    for i, alt, words in _alternatives():
        if any(w.startswith(word) or word.startswith(w) for w in words):
            kept.setdefault(i, []).append(alt)
    parts = [f"(?P<t{i}>{'|'.join(alts)})" for i, alts in kept.items()]
    return AsciiFast(re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE))


_WORD = AsciiFast(re.compile(r"[A-Za-z][\w-]*"))


def _may_trigger(text: str) -> bool:
    """Cheap test: does any word of text start a trigger?"""
    return not _first_words().isdisjoint(_WORD.findall(text.lower()))


def _find_triggers(
    sentence: str, known: Sequence[tuple[int, str]] | None = None
) -> list[re.Match[str]]:
    """Trigger matches in order, as ``_trigger_re().finditer`` would find them, but only
    trying the big pattern at words that can start a trigger (most words cannot).

    ``known``, when given, holds every such word of the sentence as (where it starts, the
    word lower-cased), in order: ``_units`` finds them once per block (see there).
    """
    first = _first_words()
    starts: Iterable[tuple[int, str]]  # (where a trigger word starts, the word lower-cased)
    if known is None:
        if not _may_trigger(sentence):
            return []
        starts = (
            (w.start(), word)
            for w in _WORD.finditer(sentence)
            if (word := w.group(0).lower()) in first
        )
    else:
        starts = known
    out: list[re.Match[str]] = []
    end = 0
    for start, word in starts:
        if start < end:
            continue
        m = _trigger_re_at(word).for_text(sentence).match(sentence, start)
        if m:
            out.append(m)
            end = m.end()
    return out


_WORD_TAIL = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")


def _word_starts(lower: str, word: str) -> Iterator[int]:
    """Where ``word`` is a whole ``_WORD`` match in ``lower`` (lower-cased ASCII text).

    A ``_WORD`` match runs over ``[\\w-]`` from a letter; it starts at a letter when the run
    of such characters before it holds no letter ("3-sold", "-sold": yes; "re-sold": no).
    """
    i = lower.find(word)
    while i != -1:
        j = i + len(word)
        if j == len(lower) or lower[j] not in _WORD_TAIL:
            k = i - 1
            while k >= 0 and lower[k] in _WORD_TAIL and not lower[k].isalpha():
                k -= 1
            if k < 0 or lower[k] not in _WORD_TAIL:
                yield i
        i = lower.find(word, i + 1)


_LINE_BREAK = re.compile(r"\n(?![ \t]*[a-z])")


def _units(text: str, skip_quiet: bool = True) -> list[tuple[int, int, list[re.Match[str]]]]:
    """Sentences with their trigger matches, in text order.

    A line break ends a sentence unless the next line starts in lower case (a hard-wrapped
    line): titles, datelines and paragraphs have no full stop. Within a line block spaCy's
    sentencizer rule (``sentence_spans``) splits at sentence punctuation. A block with no
    trigger word cannot yield a claim, so (with ``skip_quiet``) it is passed on whole without
    running spaCy on it.
    """
    blocks: list[tuple[int, int, bool]] = []  # (start, end, run spaCy on it)
    # block start -> where its trigger words start (in text) and the words, for an ASCII
    # block (skip_quiet): the few words are looked up with str.find in the lower-cased block
    # once, instead of walking every word of every sentence
    found: dict[int, list[tuple[int, str]]] = {}
    start = 0
    for brk in [*_LINE_BREAK.finditer(text), None]:
        end = brk.start() if brk is not None else len(text)
        block = text[start:end]
        if block.strip():
            run = not skip_quiet
            if skip_quiet:
                lower = block.lower()
                words = _first_words().intersection(_WORD.findall(lower))
                run = bool(words)
                if run and block.isascii():
                    # two words cannot start at one place: the sort compares places only
                    found[start] = sorted(
                        (start + i, word) for word in words for i in _word_starts(lower, word)
                    )
            blocks.append((start, end, run))
        if brk is not None:
            start = brk.end()
    # one spaCy call over the busy blocks (joined), instead of one call per block
    busy = [(a, b) for a, b, run in blocks if run]
    joined = "\n\n".join(text[a:b] for a, b in busy)
    sentence_ends: list[tuple[int, int]] = []
    if busy:
        sentence_ends = sentence_spans(joined)
    units: list[tuple[int, int, list[re.Match[str]]]] = []
    offset = 0  # where the current busy block starts in ``joined``
    k = 0
    for a0, b0, run in blocks:
        block = text[a0:b0]
        known = found.get(a0)
        if not run:
            a = a0 + len(block) - len(block.lstrip())
            units.append((a, b0 - (len(block) - len(block.rstrip())), []))
            continue
        while k < len(sentence_ends) and sentence_ends[k][0] < offset + len(block):
            s_a, s_b = sentence_ends[k]
            runs_on = s_b > offset + len(block)  # into the next block: clip it, keep it
            k += 0 if runs_on else 1
            s_a, s_b = max(s_a, offset) - offset, min(s_b, offset + len(block)) - offset
            seg = block[s_a:s_b]
            a = a0 + s_a + len(seg) - len(seg.lstrip())
            b = a0 + s_b - (len(seg) - len(seg.rstrip()))
            for pa, pb in _pieces(text, a, b):
                cut = (pa > a0 and _word_char(text[pa - 1])) or (pb < b0 and _word_char(text[pb]))
                if known is None or cut:
                    units.append((pa, pb, _find_triggers(text[pa:pb])))
                    continue
                # a sentence that cuts no word holds the block's trigger words between its
                # ends, as whole words of its own (the characters around it are no word's)
                lo, hi = bisect.bisect_left(known, (pa,)), bisect.bisect_left(known, (pb,))
                inside = [(i - pa, word) for i, word in known[lo:hi]]
                units.append((pa, pb, _find_triggers(text[pa:pb], inside) if inside else []))
            if runs_on:
                break
        offset += len(block) + 2
    return units


# No labelled article has a sentence of more than ~460 characters; a "sentence" of tens of
# thousands (a table flattened to text, a list with no full stop, hostile input) would cost
# the per-trigger rules time quadratic in its length, so it is read in pieces of this size.
MAX_SENTENCE_CHARS = 2_000


def _pieces(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentence text[a:b] cut at whitespace into pieces of at most
    ``MAX_SENTENCE_CHARS`` (hard cuts only where a piece has no whitespace), none empty."""
    while b - a > MAX_SENTENCE_CHARS:
        cut = max(
            text.rfind(" ", a + 1, a + MAX_SENTENCE_CHARS),
            text.rfind("\n", a + 1, a + MAX_SENTENCE_CHARS),
        )
        end = cut if cut > a else a + MAX_SENTENCE_CHARS
        piece_end = len(text[a:end].rstrip()) + a
        if piece_end > a:
            yield a, piece_end
        a = end + len(text[end:b]) - len(text[end:b].lstrip())
    if b > a:
        yield a, b


def _word_char(ch: str) -> bool:
    """Can ch continue a ``_WORD`` (ASCII text)?"""
    return ch.isalnum() or ch in "_-"


_COMMA = re.compile(r",\s")
_PARTICLE = {
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "take", "took",
    "taken", "taking", "pass", "passed", "passing", "pulled", "won", "signed", "left",
}  # fmt: skip
_NOT_SUBORDINATE_AS = {
    "known", "export", "such", "well", "described", "seen", "used", "referred", "designated",
    "serve", "served", "serves", "act", "acted", "acting", "same", "much", "many", "soon",
}  # fmt: skip


# the names a preposition lists: "requests from Germany, Denmark and Spain" (its commas
# do not end the clause the list is in)
_NAME_LIST = re.compile(
    r"\b(?:from|to|with|by|including|as|on|against|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,\s+)+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*,?\s+)?"
    r"(?:and|or)\s+(?:the\s+)?[A-Z]"
)


def _list_free_comma(sentence: str, start: int, end: int, lists: list[tuple[int, int]]) -> int:
    """Where the first comma in sentence[start:end] that is not inside a list of names is,
    or 0 when there is none (no clause starts with a comma)."""
    for comma in _COMMA.finditer(sentence, start, end):
        if not any(a < comma.start() < b for a, b in lists):
            return comma.start()
    return 0


def _windows(sentence: str, date_starts: Sequence[int] = ()) -> list[tuple[int, int, str]]:
    """Clause windows (start, end, word that opened it) relative to the sentence.

    A subordinate clause ("after Turkey got involved...") ends at its next comma, so a date
    or party after that comma belongs to the main clause again.
    """
    cuts = []
    for m in _SUBORDINATORS.finditer(sentence):
        word = m.group(0).strip().strip(",;–—-").strip().lower()
        if any(m.start() <= d <= m.end() + 1 for d in date_starts):
            continue  # "since October last year", "after 2019": a date, not a clause
        if word in ("as", "over"):
            preceding = re.findall(r"[\w-]+", sentence[max(0, m.start() - 20) : m.start()])
            if preceding and preceding[-1].lower() in (
                _NOT_SUBORDINATE_AS if word == "as" else _PARTICLE
            ):
                continue
        cuts.append((m.start(), m.end(), word))
    out: list[tuple[int, int, str]] = []
    prev, word = 0, ""
    lists = [m.span() for m in _NAME_LIST.finditer(sentence)] if cuts else []
    for a, b, w in [*cuts, (len(sentence), len(sentence), "")]:
        while word not in ("", ",", ";") and (comma := _list_free_comma(sentence, prev, a, lists)):
            out.append((prev, comma, word))
            prev, word = comma + 1, ","
        if a > prev:
            out.append((prev, a, word))
        prev, word = b, w
    return out or [(0, len(sentence), "")]
