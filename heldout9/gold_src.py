#!/usr/bin/env python3
"""heldout9: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h9_01_mongolia_wire.txt", 2: "h9_02_hongkong_podcast.md", 3: "h9_03_karabakh_liveblog.html",
     4: "h9_04_rohingya_india.txt", 5: "h9_05_drc_uganda_sitrep.md", 6: "h9_06_belarus_factcheck.html",
     7: "h9_07_ukraine_data_table.md", 8: "h9_08_venezuela_feature.txt", 9: "h9_09_afghan_explainer.html",
     10: "h9_10_weekly_digest.md"}
QB = {"exact": lambda v: (v, v), "approx": lambda v: (v, v), "at_least": lambda v: (v, None),
      "at_most": lambda v: (None, v), "nearly": lambda v: (None, v)}


def C(d, text, quote, measure, v, qual, origin, dest, frm, to, source, unit="people", per=None, place=None,
      pop="general"):
    if isinstance(v, tuple):
        lo, hi = v
    else:
        lo, hi = QB[qual](v)
    OUT.append({"doc": D[d], "text": text, "quote": quote, "measure": measure, "unit": unit, "per": per,
                "low": lo, "high": hi, "qualifier": qual, "origin": origin, "destination": dest, "place": place,
                "population": pop, "from": frm, "to": to, "source": source})


# ---- 01 Mongolia wire (published Monday 2022-10-03; "last Tuesday" = 2022-09-27)
M = "2022-09-21"; P = "2022-10-03"; DJ = "Colonel Batbayar Dorjsuren"; GA = "Mongolia's General Authority for Border Protection"
C(1, "21,400", "Mongolia counts 21,400 Russian arrivals since mobilization decree",
  "arrivals", 21400, "exact", "RU", "MN", M, P, "Mongolia")
C(1, "More than 21,400", "More than 21,400 Russian citizens have entered Mongolia since President Vladimir Putin announced a partial mobilization on Sept. 21, Mongolia's General Authority for Border Protection said on Monday.",
  "arrivals", 21400, "at_least", "RU", "MN", M, P, GA)
q = "The authority's deputy head, Colonel Batbayar Dorjsuren, told a news conference in Ulaanbaatar that 3,850 Russians crossed on Saturday alone, the busiest day so far, and that arrivals had since eased to about 2,000 a day."
C(1, "3,850", q, "arrivals", 3850, "exact", "RU", "MN", "2022-10-01", "2022-10-01", DJ)
C(1, "about 2,000", q, "arrivals", 2000, "approx", "RU", "MN", "2022-10-02", P, DJ, per="day")
C(1, "fewer than 600", "In the first two weeks of September, before the decree, the land crossings handled fewer than 600 Russians a day, most of them traders and Buryat families visiting relatives, he said.",
  "arrivals", 600, "at_most", "RU", "MN", "2022-09-01", "2022-09-14", DJ, per="day")
q = "Of the 21,400, roughly 14,000 were men, Dorjsuren said."
C(1, "21,400", q, "arrivals", 21400, "exact", "RU", "MN", M, P, DJ)
C(1, "roughly 14,000", q, "arrivals", 14000, "approx", "RU", "MN", M, P, DJ, pop="men")
q = "About 1,100 had already moved on to Kazakhstan or flown from Ulaanbaatar to third countries, and some 2,700 had gone back to Russia since the decree, he added."
C(1, "About 1,100", q, "departures", 1100, "approx", "MN", None, M, P, DJ)
C(1, "some 2,700", q, "returns", 2700, "approx", "RU", "MN", M, P, DJ)
C(1, "300,000", "Russia's defense ministry has said the mobilization will call up 300,000 reservists.",
  "mobilized", 300000, "exact", "RU", None, M, M, "Russia's defense ministry", pop="reservists")
C(1, "between 10 and 14 hours", "At Tsagaannuur, in the far west, drivers said they had waited between 10 and 14 hours on Sunday to clear Russian and Mongolian controls.",
  "queue", (10, 14), "range", "RU", "MN", None, "2022-10-02", "drivers", unit="hours", place="Tsagaannuur")
q = "A district official in Bayan-Ulgii province put the line on the Russian side at about 250 vehicles on Sunday evening, down from more than 900 last Tuesday."
C(1, "about 250", q, "queue", 250, "approx", "RU", "MN", None, "2022-10-02", "A district official in Bayan-Ulgii province", unit="vehicles", place="Tsagaannuur")
C(1, "more than 900", q, "queue", 900, "at_least", "RU", "MN", None, "2022-09-27", "A district official in Bayan-Ulgii province", unit="vehicles", place="Tsagaannuur")
q = "At Ereentsav, in eastern Dornod province, the wait was six to eight hours on Friday and the queue stretched 3 km, a border guard spokeswoman said."
C(1, "six to eight hours", q, "queue", (6, 8), "range", "RU", "MN", None, "2022-09-30", "a border guard spokeswoman", unit="hours", place="Ereentsav")
C(1, "3 km", q, "queue", 3, "exact", "RU", "MN", None, "2022-09-30", "a border guard spokeswoman", unit="km", place="Ereentsav")
C(1, "412", "The authority said 412 had so far applied to extend their stay, and that it was drafting rules for those who want to work.",
  "residents", 412, "exact", "RU", "MN", M, P, GA)
C(1, "some 98,000", "Neighboring Kazakhstan has reported some 98,000 Russian arrivals in the first week after the decree.",
  "arrivals", 98000, "approx", "RU", "KZ", M, "2022-09-27", "Kazakhstan")

# ---- 02 Hong Kong BN(O) podcast (published Tuesday 2024-03-12)
P = "2024-03-12"; WC = "Dr Winnie Cheung"
C(2, "203,900", "The Home Office figures published last month show 203,900 applications to the route from its launch on 31 January 2021 to the end of December 2023.",
  "residents", 203900, "exact", "HK", "GB", "2021-01-31", "2023-12", "The Home Office")
C(2, "Just over 196,000", "Just over 196,000 of those were granted.",
  "residents", 196000, "at_least", "HK", "GB", "2021-01-31", "2023-12", "The Home Office")
C(2, "roughly 148,000", "Border Force counted roughly 148,000 BN(O) visa holders and dependants arriving in the UK by the end of last year.",
  "arrivals", 148000, "approx", "HK", "GB", "2021-01-31", "2023-12", "Border Force")
C(2, "well over 5,000", "In February and March 2021 applications were running at well over 5,000 per week.",
  "residents", 5000, "at_least", "HK", "GB", "2021-02", "2021-03", WC, per="week")
C(2, "about 1,200", "By last summer that was down to about 1,200 a week.",
  "residents", 1200, "approx", "HK", "GB", "2023-06", "2023-08", WC, per="week")
C(2, "tens of thousands", "They claimed in January that tens of thousands of emigrants had returned, but they have never published a breakdown.",
  "returns", (10000, 99999), "order", "HK", None, None, "2024-01", "Hong Kong officials")
C(2, "4,500-5,000", "Our own estimate, from airline and school-enrolment data, is 4,500-5,000 returns from Britain since 2021.",
  "returns", (4500, 5000), "range", "HK", "GB", "2021", P, "the Harbourside Migration Observatory")
C(2, "95,000", "The census office recorded a net outflow of 95,000 residents in the year to mid-2022, the sharpest in its records.",
  "departures", 95000, "exact", "HK", None, "2021-07", "2022-06", "Hong Kong's census office")
C(2, "nearly 9,000", "Canada's special pathway has given permanent residence to nearly 9,000 Hong Kongers, and Australia has a smaller scheme.",
  "residents", 9000, "nearly", "HK", "CA", None, P, WC)
C(2, "some 4,500", "The council told our community group in October that some 4,500 Hong Kongers had registered with GP surgeries in the borough.",
  "residents", 4500, "approx", "HK", "GB", None, "2023-10", "Sutton council", place="Sutton")

# ---- 03 Karabakh live blog (published Wednesday 2023-09-27; first arrivals Sunday 2023-09-24)
S = "2023-09-24"; P = "2023-09-27"; NH = "Government spokeswoman Nazeli Harutyunyan"
C(3, "More than 47,000", "Live: More than 47,000 flee Karabakh into Armenia as cars jam mountain road",
  "arrivals", 47000, "at_least", "AZ", "AM", S, P, None)
C(3, "more than 47,000", "Armenia says more than 47,000 people from Nagorno-Karabakh have arrived since the first cars crossed on Sunday",
  "arrivals", 47000, "at_least", "AZ", "AM", S, P, "Armenia")
C(3, "at least 20 kilometres", "Column of vehicles on the Lachin road is at least 20 kilometres long",
  "queue", 20, "at_least", "AZ", "AM", None, P, None, unit="km")
C(3, "53,460", "The government has just updated its count: 53,460 people have now crossed into Armenia from Nagorno-Karabakh as of 2 p.m., a spokeswoman said.",
  "arrivals", 53460, "exact", "AZ", "AM", S, P, "a government spokeswoman")
C(3, "some four thousand", "In Goris, the first town across the border, Mayor Hovik Sargsyan told us some four thousand of the new arrivals are staying in hotels, schools and the town's sports hall.",
  "residents", 4000, "approx", "AZ", "AM", S, P, "Mayor Hovik Sargsyan", place="Goris")
C(3, "more than 30 hours", "Drivers reaching Kornidzor tell our reporter they spent more than 30 hours on a road that normally takes two.",
  "queue", 30, "at_least", "AZ", "AM", None, P, "Drivers reaching Kornidzor", unit="hours", place="Kornidzor")
C(3, "at least 20 kilometres", "Our reporter at Kornidzor says the column of cars on the Lachin road is at least 20 kilometres long, barely moving.",
  "queue", 20, "at_least", "AZ", "AM", None, P, None, unit="km", place="Kornidzor")
C(3, "31,200", "Government spokeswoman Nazeli Harutyunyan says 31,200 of the arrivals have registered for temporary housing so far.",
  "residents", 31200, "exact", "AZ", "AM", S, P, NH)
q = "Harutyunyan says 19,690 people crossed in the 24 hours to 7 a.m., the busiest day yet, after 13,350 on Monday alone."
C(3, "19,690", q, "arrivals", 19690, "exact", "AZ", "AM", "2023-09-26", P, NH)
C(3, "13,350", q, "arrivals", 13350, "exact", "AZ", "AM", "2023-09-25", "2023-09-25", NH)
q = "Armenia's government says 47,810 people from Nagorno-Karabakh had entered Armenia as of 7 a.m., up from 28,120 on Tuesday morning."
C(3, "47,810", q, "arrivals", 47810, "exact", "AZ", "AM", S, P, "Armenia's government")
C(3, "28,120", q, "arrivals", 28120, "exact", "AZ", "AM", S, "2023-09-26", "Armenia's government")

# ---- 04 Rohingya, Indian-English report (published Thursday 2017-09-14; "on Wednesday" = 2017-09-13)
A = "2017-08-25"; P = "2017-09-14"; JRC = "the Cox's Bazar Joint Response Cell"
C(4, "Over 3.7 lakh", "Over 3.7 lakh Rohingya enter Bangladesh in three weeks; Teknaf camps overflow",
  "arrivals", 370000, "at_least", "MM", "BD", A, P, None)
C(4, "3,79,800", "The exodus of Rohingya Muslims from Myanmar's Rakhine state into Bangladesh has crossed all previous records, with 3,79,800 people having entered the country since August 25, as per figures released on Wednesday by the Cox's Bazar Joint Response Cell, a coordination body of aid agencies working in the district.",
  "arrivals", 379800, "exact", "MM", "BD", A, "2017-09-13", JRC)
C(4, "Nearly 18,000", "Nearly 18,000 people crossed over on Tuesday alone, mostly by country boats across the Naf river and on foot through the paddy fields near Palong Khali, officials of the Border Guard Bangladesh (BGB) said.",
  "arrivals", 18000, "nearly", "MM", "BD", "2017-09-12", "2017-09-12", "officials of the Border Guard Bangladesh (BGB)")
C(4, "about 12,000", "In the first week after August 25, about 12,000 a day were arriving, the Cell had said earlier.",
  "arrivals", 12000, "approx", "MM", "BD", A, "2017-08-31", JRC, per="day")
C(4, "nearly 10,000", "BGB officials said nearly 10,000 more were waiting on the Myanmar side of the Naf on Wednesday evening.",
  "queue", 10000, "nearly", "MM", "BD", None, "2017-09-13", "BGB officials")
q = "Bangladesh was already hosting about 4 lakh Rohingya from earlier waves of violence before August 25, taking the total in Cox's Bazar district to over 7.5 lakh, officials said."
C(4, "about 4 lakh", q, "residents", 400000, "approx", "MM", "BD", None, "2017-08-24", "officials")
C(4, "over 7.5 lakh", q, "residents", 750000, "at_least", "MM", "BD", None, P, "officials", place="Cox's Bazar")
C(4, "over 2 lakh", "Of the new arrivals, over 2 lakh are now staying in spontaneous settlements that have come up on forest land around Kutupalong and Balukhali, where the government has allotted 2,000 acres for a new camp.",
  "residents", 200000, "at_least", "MM", "BD", A, P, None)
q = "According to the Child Relief Alliance, about 2.2 lakh of the new arrivals are children, and health workers have counted more than 16,000 pregnant women among them."
C(4, "about 2.2 lakh", q, "arrivals", 220000, "approx", "MM", "BD", A, P, "the Child Relief Alliance", pop="other")
C(4, "more than 16,000", q, "arrivals", 16000, "at_least", "MM", "BD", A, P, "health workers", pop="pregnant_women")
q = "In India, which is home to an estimated 38,000 Rohingya, about 14,000 of whom are registered with the UN refugee agency, the Centre has told the Supreme Court it intends to deport those without valid papers."
C(4, "an estimated 38,000", q, "residents", 38000, "approx", "MM", "IN", None, P, None)
C(4, "about 14,000", q, "residents", 14000, "approx", "MM", "IN", None, P, None)

# ---- 05 DRC -> Uganda situation report (issued 2022-06-21; "Figures as of 19 June 2022 unless stated")
B = "2022-06-13"; E = "2022-06-19"
C(5, "24 610", "24 610 new arrivals from the DRC were recorded at entry points in Kisoro District between 13 and 19 June, after fighting around Bunagana town, North Kivu.",
  "arrivals", 24610, "exact", "CD", "UG", B, E, None, place="Kisoro")
C(5, "up to 6 000", "At the peak on 14-15 June, up to 6 000 people were crossing daily at Bunagana alone.",
  "arrivals", 6000, "at_most", "CD", "UG", "2022-06-14", "2022-06-15", None, per="day", place="Bunagana")
C(5, "About 9 000", "About 9 000 new arrivals are hosted at Nyakabande Transit Centre, which was built for 1 500.",
  "residents", 9000, "approx", "CD", "UG", B, E, None, place="Nyakabande")
C(5, "3 210", "3 210 refugees were relocated by road from Nyakabande to Nakivale settlement during the week.",
  "residents", 3210, "exact", "CD", "UG", B, E, None, place="Nakivale")
C(5, "About 2 400", "About 2 400 people were observed returning to the DRC through Bunagana on 18-19 June as fighting eased.",
  "returns", 2400, "approx", "CD", "UG", "2022-06-18", "2022-06-19", None, place="Bunagana")
C(5, "about 480 000", "Uganda already hosts more than 1.5 million refugees, of whom about 480 000 are Congolese (as of 31 May 2022).",
  "residents", 480000, "approx", "CD", "UG", None, "2022-05-31", None)
C(5, "41 300", "Since January 2022, Uganda has received 41 300 new arrivals from the DRC, including this influx.",
  "arrivals", 41300, "exact", "CD", "UG", "2022-01", E, None)
C(5, "roughly 1 km", "On 14 June the line of people waiting for screening and registration at the Bunagana border post was roughly 1 km long, partners reported.",
  "queue", 1, "approx", "CD", "UG", None, "2022-06-14", "partners", unit="km", place="Bunagana")
C(5, "less than two hours", "Waiting times fell to less than two hours by 17 June.",
  "queue", 2, "at_most", "CD", "UG", None, "2022-06-17", "partners", unit="hours", place="Bunagana")
for row, a, b, pl in (("| Bunagana | 15 880 | 412 |", "15 880", "412", "Bunagana"),
                      ("| Busanza | 5 140 | 198 |", "5 140", "198", "Busanza"),
                      ("| Other crossings, Kisoro | 3 590 | 95 |", "3 590", "95", "Kisoro"),
                      ("| Total | 24 610 | 705 |", "24 610", "705", "Kisoro")):
    C(5, a, row, "arrivals", int(a.replace(" ", "")), "exact", "CD", "UG", B, E, None, place=pl)
    C(5, b, row, "arrivals", int(b), "exact", "CD", "UG", E, E, None, place=pl)

# ---- 06 Belarus fact check (published Tuesday 2021-08-10; election 2020-08-09)
EL = "2020-08-09"; P = "2021-08-10"; MD = "Lithuania's Migration Department"; OF = "the Office for Foreigners"; AK = "Alena Kaliada"
C(6, "4,870", "Lithuania's Migration Department told Veritas Desk it issued 4,870 national visas to Belarusian citizens on humanitarian grounds between August 2020 and July 2021.",
  "residents", 4870, "exact", "BY", "LT", "2020-08", "2021-07", MD)
q = "Belarusians filed 312 asylum applications in Lithuania over the same period, the department said, and roughly 17,500 Belarusians held valid Lithuanian residence permits at the end of June."
C(6, "312", q, "asylum", 312, "exact", "BY", "LT", "2020-08", "2021-07", MD)
C(6, "roughly 17,500", q, "residents", 17500, "approx", "BY", "LT", None, "2021-06", MD)
C(6, "About 2,300", "About 2,300 IT specialists from Belarus relocated to Lithuania with their employers, according to the Baltic Tech Relocation Office.",
  "arrivals", 2300, "approx", "BY", "LT", EL, P, "the Baltic Tech Relocation Office", pop="it_workers")
C(6, "more than 9,200", "In Poland, the Office for Foreigners said more than 9,200 Belarusians had received humanitarian visas by 31 July.",
  "residents", 9200, "at_least", "BY", "PL", EL, "2021-07-31", OF)
q = "Belarusians lodged 1,045 asylum claims in Poland in 2020, up from 51 in 2019, the office said."
C(6, "1,045", q, "asylum", 1045, "exact", "BY", "PL", "2020", "2020", OF)
C(6, "51", q, "asylum", 51, "exact", "BY", "PL", "2019", "2019", OF)
C(6, "between 15,000 and 30,000", "Alena Kaliada, a demographer at the Vilnius Institute for Eastern Studies, estimates that between 15,000 and 30,000 Belarusians have left since August 2020, counting those who moved to Ukraine, Georgia and Russia.",
  "departures", (15000, 30000), "range", "BY", None, "2020-08", P, AK)
C(6, "about 3,000", "By her count about 3,000 of them returned to Belarus before the land border was closed to most citizens in December 2020.",
  "returns", 3000, "approx", "BY", None, "2020-08", "2020-12", AK)
C(6, "tens of thousands", "Official data points to tens of thousands of Belarusians leaving since the election, not a million.",
  "departures", (10000, 99999), "order", "BY", None, EL, P, None)

# ---- 07 Ukraine data piece with table (published Friday 2023-02-24; war began 2022-02-24)
W = "2022-02-24"; P = "2023-02-24"; EDM = "the European Displacement Monitor"; TS = "national interior ministries and border police"
MBP = "the Moldovan border police"
C(7, "more than 8.1m", "A year after Russia's full-scale invasion began on 24 February 2022, more than 8.1m people have fled Ukraine for other countries, according to the European Displacement Monitor, a research consortium that pools government data.",
  "departures", 8100000, "at_least", "UA", None, W, P, EDM)
C(7, "Roughly 4.9m", "Roughly 4.9m of them have registered for temporary protection in the European Union, which switched on its never-used protection directive in March 2022.",
  "residents", 4900000, "approx", "UA", "EU", W, P, EDM)
C(7, "1.055.323", "| Germany | 1.055.323 | 31 Jan 2023 | n/a |", "residents", 1055323, "exact", "UA", "DE", W, "2023-01-31", TS)
C(7, "487 610", "| Czechia | 487 610 | 19 Feb 2023 | n/a |", "residents", 487610, "exact", "UA", "CZ", W, "2023-02-19", TS)
q = "| Moldova | 104,100 | 19 Feb 2023 | 793k |"
C(7, "104,100", q, "residents", 104100, "exact", "UA", "MD", W, "2023-02-19", TS)
C(7, "793k", q, "arrivals", 793000, "exact", "UA", "MD", W, "2023-02-19", TS)
q = "| Slovakia | 111,950 | 12 Feb 2023 | 1.1m |"
C(7, "111,950", q, "residents", 111950, "exact", "UA", "SK", W, "2023-02-12", TS)
C(7, "1.1m", q, "arrivals", 1100000, "exact", "UA", "SK", W, "2023-02-12", TS)
C(7, "1,810", "Separately, 1,810 Ukrainians lodged asylum applications in Germany in 2022, the federal migration office said.",
  "asylum", 1810, "exact", "UA", "DE", "2022", "2022", "the federal migration office")
C(7, "about 96,000", "The interior ministry says about 96,000 of the people it registered have since left Czechia again, either home or onward to other countries, and their visas have lapsed.",
  "departures", 96000, "approx", "CZ", None, W, P, "the Czech interior ministry")
C(7, "up to 16,000", "At the height of the exodus in early March 2022, up to 16,000 people a day crossed into Moldova at Palanca, the border police said.",
  "arrivals", 16000, "at_most", "UA", "MD", "2022-03", "2022-03", MBP, per="day", place="Palanca")
C(7, "about 45k", "In January this year about 45k Ukrainians crossed back into Ukraine from Moldova, they said.",
  "returns", 45000, "approx", "UA", "MD", "2023-01", "2023-01", MBP)

# ---- 08 Venezuelans, British magazine feature (published Wednesday 2023-04-19; Monday = 2023-04-17)
P = "2023-04-19"
C(8, "between 600 and 800", "On Monday, between 600 and 800 people, nearly all of them Venezuelan, were camped along the road waiting to cross into Peru, according to the Arica regional government.",
  "queue", (600, 800), "range", "CL", "PE", None, "2023-04-17", "the Arica regional government", place="Chacalluta")
C(8, "some three hundred", "Until Peru declared a state of emergency on its southern border last month, some three hundred people a day were crossing from Chile into Peru towards Tacna, Chilean police said.",
  "arrivals", 300, "approx", "CL", "PE", None, "2023-03", "Chilean police", per="day", place="Tacna")
C(8, "Well over six million", "Well over six million Venezuelans have left their country since 2015, by the count of the Caracas-based Human Mobility Observatory, an independent research group.",
  "departures", 6000000, "at_least", "VE", None, "2015", P, "the Caracas-based Human Mobility Observatory")
q = "Colombia is home to close to 2.4 million of them, Peru to about 1.5 million and Chile to some 440,000, according to the three countries' migration authorities."
MA = "the three countries' migration authorities"
C(8, "close to 2.4 million", q, "residents", 2400000, "nearly", "VE", "CO", "2015", P, MA)
C(8, "about 1.5 million", q, "residents", 1500000, "approx", "VE", "PE", "2015", P, MA)
C(8, "some 440,000", q, "residents", 440000, "approx", "VE", "CL", "2015", P, MA)
C(8, "more than 1.6 million", "Colombia alone has issued more than 1.6 million temporary protection permits to Venezuelans since 2021.",
  "residents", 1600000, "at_least", "VE", "CO", "2021", P, None)
C(8, "53,875", "Chilean police recorded 53,875 irregular entries by Venezuelans in 2022, the great majority through Colchane and the surrounding altiplano.",
  "arrivals", 53875, "exact", "VE", "CL", "2022", "2022", "Chilean police")
C(8, "well over 30,000", "Caracas says its repatriation flights and buses have brought back well over 30,000 Venezuelans since 2018, a figure its critics call inflated.",
  "returns", 30000, "at_least", "VE", None, "2018", P, "Caracas")
C(8, "212", "Peru, for its part, deported 212 Venezuelans in the first quarter of this year, most of them for lacking papers.",
  "returns", 212, "exact", "VE", "PE", "2023-01", "2023-03", None)
C(8, "150,327", "Panama counted 150,327 Venezuelans crossing the Darién jungle last year, and the numbers for 2023 look set to be higher.",
  "arrivals", 150327, "exact", "VE", "PA", "2022", "2022", "Panama", place="Darién")
C(8, "six hours", "A Chilean officer says the wait for those with papers is six hours; for those without, it has no end.",
  "queue", 6, "exact", "CL", "PE", None, P, "A Chilean officer", unit="hours", place="Chacalluta")

# ---- 09 Afghans Q&A explainer, truncated scrape (published Thursday 2021-09-09; Tuesday = 2021-09-07;
#      "last week" = 2021-08-30..2021-09-05)
K = "2021-08-15"; P = "2021-09-09"; PIM = "Pakistan's interior ministry"
C(9, "about 17,000", "Pakistan's interior ministry says about 17,000 Afghans have entered through the Torkham and Chaman crossings since 15 August, most with valid visas or medical papers.",
  "arrivals", 17000, "approx", "AF", "PK", K, P, PIM)
C(9, "up to 5,000", "Iranian border officials at Dogharoun say up to 5,000 Afghans a day were crossing in the last days of August.",
  "arrivals", 5000, "at_most", "AF", "IR", "2021-08", "2021-08", "Iranian border officials at Dogharoun", per="day", place="Dogharoun")
q = "At Chaman, thousands of people waited at the Friendship Gate on Tuesday, and the line of trucks stretched some 7 km, traders said."
C(9, "thousands", q, "queue", (1000, 9999), "order", "AF", "PK", None, "2021-09-07", "traders", place="Chaman")
C(9, "some 7 km", q, "queue", 7, "approx", "AF", "PK", None, "2021-09-07", "traders", unit="km", place="Chaman")
C(9, "4,120", "Pakistani officials say 4,120 Afghans went back through Torkham last week, many of them families stranded by the closure of the crossing in August.",
  "returns", 4120, "exact", "AF", "PK", "2021-08-30", "2021-09-05", "Pakistani officials", place="Torkham")
C(9, "more than 1,200", "Iran sent back more than 1,200 undocumented Afghans in the first week of September, an Iranian provincial official said.",
  "returns", 1200, "at_least", "AF", "IR", "2021-09-01", "2021-09-07", "an Iranian provincial official", pop="other")
q = "Roughly 1.3 million registered Afghan refugees live in Pakistan, plus an estimated 900,000 without papers, according to the ministry."
C(9, "Roughly 1.3 million", q, "residents", 1300000, "approx", "AF", "PK", None, P, PIM)
C(9, "an estimated 900,000", q, "residents", 900000, "approx", "AF", "PK", None, P, PIM, pop="other")

# ---- 10 weekly digest (published Friday 2022-10-14; Wednesday = 2022-10-12; "three days ago" = 2022-10-11)
M = "2022-09-21"; P = "2022-10-14"; IPM = "Istanbul's provincial migration office"; NO = "North Ossetian officials"
PMS = "Panama's migration service"; MBP = "Moldova's border police"
C(10, "some 9,600", "Belgrade police say some 9,600 Russian citizens registered a temporary stay in Serbia between 21 September and 11 October, more than in the previous six months combined.",
  "residents", 9600, "approx", "RU", "RS", M, "2022-10-11", "Belgrade police")
C(10, "between 8,000 and 10,000", "The Serbian interior ministry estimates that between 8,000 and 10,000 Russians entered the country in the first two weeks after the mobilization decree, most of them on the twice-daily flights from Moscow.",
  "arrivals", (8000, 10000), "range", "RU", "RS", M, "2022-10-04", "The Serbian interior ministry")
q = "Istanbul's provincial migration office says 2,150 Russians applied for short-term residence permits in the first week of October, against about 700 in a typical week before the war."
C(10, "2,150", q, "residents", 2150, "exact", "RU", "TR", "2022-10-01", "2022-10-07", IPM, place="Istanbul")
C(10, "about 700", q, "residents", 700, "approx", "RU", "TR", None, "2022-02-23", IPM, per="week", place="Istanbul")
C(10, "tens of thousands", "Turkish tour operators say tens of thousands of Russians have flown to Antalya and Istanbul since the decree.",
  "arrivals", (10000, 99999), "order", "RU", "TR", M, P, "Turkish tour operators")
q = "On the Georgian border, the line on the Russian side of Upper Lars, which stretched for tens of kilometres in late September, was down to fewer than 100 vehicles on Wednesday, North Ossetian officials said."
C(10, "tens of kilometres", q, "queue", (10, 99), "order", "RU", "GE", None, "2022-09", NO, unit="km", place="Upper Lars")
C(10, "fewer than 100", q, "queue", 100, "at_most", "RU", "GE", None, "2022-10-12", NO, unit="vehicles", place="Upper Lars")
C(10, "nearly 40,000", "Panama's migration service counted nearly 40,000 Venezuelans coming out of the Darién jungle in September alone, more than in the whole of 2021.",
  "arrivals", 40000, "nearly", "VE", "PA", "2022-09", "2022-09", PMS, place="Darién")
C(10, "3,412", "Three days ago, 3,412 Venezuelans reached the reception station at Bajo Chiquito in a single day, the highest figure the service has recorded.",
  "arrivals", 3412, "exact", "VE", "PA", "2022-10-11", "2022-10-11", PMS, place="Bajo Chiquito")
C(10, "just under 17,000", "Mexico's refugee commission says just under 17,000 Haitians applied for asylum in the first nine months of 2022, second only to Hondurans.",
  "asylum", 17000, "nearly", "HT", "MX", "2022-01", "2022-09", "Mexico's refugee commission")
q = "Moldova's border police say well over half a million Ukrainians have entered the country since 24 February, but only about 90,000 remain, most of them women and children."
C(10, "well over half a million", q, "arrivals", 500000, "at_least", "UA", "MD", "2022-02-24", P, MBP)
C(10, "about 90,000", q, "residents", 90000, "approx", "UA", "MD", "2022-02-24", P, MBP)

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(OUT), "claims written")
