# One violating example per shape: a line "#>" then the shape and its severity names the shape the
# update that follows breaks in the seed graph (which conforms). Prefixes are the predefined ones.
#> Event-kind Violation
DELETE WHERE { GRAPH ?g { event:000_3d015eed464f4e1b-1 kg:eventKind ?k } }
#> Event-kindInScheme Violation
INSERT DATA { GRAPH graph:test { event:000_3d015eed464f4e1b-1 kg:eventKind concept:virtual } }
#> Event-startDate Violation
DELETE WHERE { GRAPH ?g { event:000_3d015eed464f4e1b-1 kg:startDate ?d } }
#> Event-endDate Violation
INSERT DATA { GRAPH graph:test { event:000_3d015eed464f4e1b-1 kg:endDate "27 May" } }
#> Event-dateOrder Violation
DELETE WHERE { GRAPH ?g { event:000_3d015eed464f4e1b-1 kg:endDate ?d } } ; INSERT DATA { GRAPH graph:test { event:000_3d015eed464f4e1b-1 kg:endDate "2021-05-01"^^xsd:date } }
#> Event-hijriDate Violation
DELETE WHERE { GRAPH ?g { event:000_3d015eed464f4e1b-1 kg:hijriDate ?d } } ; INSERT DATA { GRAPH graph:test { event:000_3d015eed464f4e1b-1 kg:hijriDate "14/10/1442" } }
#> Event-hijriAgrees Violation
DELETE WHERE { GRAPH ?g { event:000_3d015eed464f4e1b-1 kg:hijriDate ?d } } ; INSERT DATA { GRAPH graph:test { event:000_3d015eed464f4e1b-1 kg:hijriDate "1442-10-20" } }
#> Event-hijriNoted Warning
DELETE WHERE { GRAPH ?g { event:000_3d015eed464f4e1b-1 kg:hijriDate ?d } } ; INSERT DATA { GRAPH graph:test { event:000_3d015eed464f4e1b-1 kg:hijriDate "1442-10-20" ; kg:dateNote "the text disagrees" } }
#> Event-organizer Violation
INSERT DATA { GRAPH graph:test { event:000_3d015eed464f4e1b-1 kg:organizer person:ramon-gonzalez } }
#> Event-title Violation
INSERT DATA { GRAPH graph:test { event:000_3d015eed464f4e1b-1 kg:title "A workshop"@en } }
#> Event-mention Violation
DELETE WHERE { GRAPH ?g { event:000_3d015eed464f4e1b-1 kg:mention ?s } }
#> ArabicLabel Violation
DELETE { GRAPH ?g { agency:ct-mena skos:prefLabel ?l } } WHERE { GRAPH ?g { agency:ct-mena skos:prefLabel ?l FILTER (LANG(?l) = "ar") } }
#> EnglishLabel Violation
DELETE { GRAPH ?g { agency:ct-mena skos:prefLabel ?l } } WHERE { GRAPH ?g { agency:ct-mena skos:prefLabel ?l FILTER (LANG(?l) = "en") } }
#> Agency-kind Warning
INSERT DATA { GRAPH graph:test { agency:new a kg:Agency ; skos:prefLabel "هيئة"@ar , "Body"@en } }
#> Agency-agencyKind Violation
INSERT DATA { GRAPH graph:test { agency:ct-mena kg:agencyKind concept:council , concept:ministry } }
#> Agency-agencyKindInScheme Violation
INSERT DATA { GRAPH graph:test { agency:new a kg:Agency , kg:Council ; skos:prefLabel "هيئة"@ar , "Body"@en ; kg:agencyKind concept:workshop } }
#> Agency-unitOf Violation
INSERT DATA { GRAPH graph:test { agency:ct-mena kg:unitOf place:tn } }
#> Person-name Violation
INSERT DATA { GRAPH graph:test { person:new a kg:Person ; skos:prefLabel "الدكتور سامي"@ar } }
#> Person-name Violation
INSERT DATA { GRAPH graph:test { person:new a kg:Person ; skos:prefLabel "الشيخ أحمد ولد سالم"@ar } }
#> Person-name Violation
INSERT DATA { GRAPH graph:test { person:new a kg:Person ; skos:prefLabel "فضيلة الشيخ أحمد العلي"@ar } }
#> Person-holds Violation
INSERT DATA { GRAPH graph:test { person:ramon-gonzalez kg:holds agency:ct-mena } }
#> Post-organization Violation
INSERT DATA { GRAPH graph:test { post:new a kg:Post ; kg:role concept:advisor ; kg:postIn place:tn } }
#> Post-role Violation
INSERT DATA { GRAPH graph:test { post:new a kg:Post ; kg:postIn agency:ct-mena } }
#> Post-holder Violation
INSERT DATA { GRAPH graph:test { post:new a kg:Post ; kg:role concept:advisor ; kg:postIn agency:ct-mena . agency:ct-mena kg:holds post:new } }
#> Post-holderKnown Info
INSERT DATA { GRAPH graph:test { post:new a kg:Post ; kg:role concept:advisor ; kg:postIn agency:ct-mena } }
#> PostHolding-holder Violation
INSERT DATA { GRAPH graph:test { holding:000_3d015eed464f4e1b-ramon-gonzalez--ct-mena--advisor kg:holder agency:ct-mena } }
#> PostHolding-post Violation
DELETE WHERE { GRAPH ?g { holding:000_3d015eed464f4e1b-ramon-gonzalez--ct-mena--advisor kg:post ?p } }
#> PostHolding-organization Violation
DELETE WHERE { GRAPH ?g { holding:000_3d015eed464f4e1b-ramon-gonzalez--ct-mena--advisor kg:holdingOrganization ?p } }
#> PostHolding-reportedIn Violation
DELETE WHERE { GRAPH ?g { holding:000_3d015eed464f4e1b-ramon-gonzalez--ct-mena--advisor kg:reportedIn ?p } }
#> PostHolding-mention Violation
DELETE WHERE { GRAPH ?g { holding:000_3d015eed464f4e1b-ramon-gonzalez--ct-mena--advisor kg:mention ?p } }
#> Document-sha256 Violation
DELETE WHERE { GRAPH ?g { document:000_3d015eed464f4e1b kg:sha256 ?h } }
#> Document-language Violation
INSERT DATA { GRAPH graph:test { document:000_3d015eed464f4e1b kg:language "Arabic" } }
#> Document-text Violation
INSERT DATA { GRAPH graph:test { document:000_3d015eed464f4e1b kg:text "another text" } }
#> Document-characterCount Violation
INSERT DATA { GRAPH graph:test { document:000_3d015eed464f4e1b kg:characterCount -1 } }
#> Document-fileName Violation
INSERT DATA { GRAPH graph:test { document:000_3d015eed464f4e1b kg:fileName "a.txt" , "b.txt" } }
#> Document-length Violation
DELETE WHERE { GRAPH ?g { document:000_3d015eed464f4e1b kg:characterCount ?n } } ; INSERT DATA { GRAPH graph:test { document:000_3d015eed464f4e1b kg:characterCount 12 } }
#> Assertion-subject Violation
DELETE WHERE { GRAPH ?g { assertion:000_3d015eed464f4e1b-498ce145b541 rdf:subject ?s } }
#> Assertion-predicate Violation
DELETE WHERE { GRAPH ?g { assertion:000_3d015eed464f4e1b-498ce145b541 rdf:predicate ?s } }
#> Assertion-object Violation
DELETE WHERE { GRAPH ?g { assertion:000_3d015eed464f4e1b-498ce145b541 rdf:object ?s } }
#> Assertion-reportedIn Violation
DELETE WHERE { GRAPH ?g { assertion:000_3d015eed464f4e1b-498ce145b541 kg:reportedIn ?s } }
#> Assertion-evidence Violation
DELETE WHERE { GRAPH ?g { assertion:000_3d015eed464f4e1b-498ce145b541 kg:evidence ?s } }
#> Assertion-generatedBy Warning
DELETE WHERE { GRAPH ?g { assertion:000_3d015eed464f4e1b-498ce145b541 prov:wasGeneratedBy ?s } }
#> Assertion-stated Violation
DELETE WHERE { GRAPH ?g { event:000_3d015eed464f4e1b-1 kg:organizer agency:las-caim-gs } }
#> TextSpan-inDocument Violation
DELETE WHERE { GRAPH ?g { span:000_3d015eed464f4e1b-32-78 kg:inDocument ?d } }
#> TextSpan-start Violation
DELETE WHERE { GRAPH ?g { span:000_3d015eed464f4e1b-32-78 kg:start ?d } }
#> TextSpan-end Violation
INSERT DATA { GRAPH graph:test { span:000_3d015eed464f4e1b-32-78 kg:end "end" } }
#> TextSpan-order Violation
DELETE WHERE { GRAPH ?g { span:000_3d015eed464f4e1b-32-78 kg:end ?d } } ; INSERT DATA { GRAPH graph:test { span:000_3d015eed464f4e1b-32-78 kg:end 10 } }
#> TextSpan-exact Violation
DELETE WHERE { GRAPH ?g { span:000_3d015eed464f4e1b-32-78 kg:exact ?d } }
#> TextSpan-withinDocument Violation
INSERT DATA { GRAPH graph:test { span:new a kg:TextSpan ; kg:inDocument document:000_3d015eed464f4e1b ; kg:start 2520 ; kg:end 9999 ; kg:exact "x" } }
#> TextSpan-quote Violation
DELETE WHERE { GRAPH ?g { span:000_3d015eed464f4e1b-32-78 kg:exact ?d } } ; INSERT DATA { GRAPH graph:test { span:000_3d015eed464f4e1b-32-78 kg:exact "not the text" } }
#> TextSpan-inSentence Warning
INSERT DATA { GRAPH graph:test { span:000_3d015eed464f4e1b-32-78 kg:inSentence sentence:000_3d015eed464f4e1b-5 } }
#> Label-tagged Violation
INSERT DATA { GRAPH graph:test { agency:ct-mena skos:prefLabel "CT MENA" } }
#> Label-clean Violation
INSERT DATA { GRAPH graph:test { person:new a kg:Person ; skos:prefLabel "سامـي  علي"@ar } }
#> Label-onePerLanguage Warning
INSERT DATA { GRAPH graph:test { agency:ct-mena skos:prefLabel "CT-MENA project"@en } }
#> Label-diacritics Warning
INSERT DATA { GRAPH graph:test { person:new a kg:Person ; skos:prefLabel "سامِي"@ar } }
