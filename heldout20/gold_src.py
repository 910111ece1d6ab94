#!/usr/bin/env python3
"""heldout20: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h20_01_georgia_geostat_wire.txt", 2: "h20_02_armenia_entrepreneurs_release.html",
     3: "h20_03_finland_vaalimaa_liveblog.html", 4: "h20_04_relocators_longread.md", 5: "h20_05_moldova_sitrep.md",
     6: "h20_06_poland_czechia_tv_transcript.txt", 7: "h20_07_colombia_factcheck.html", 8: "h20_08_karabakh_qa.md",
     9: "h20_09_sudan_chad_egypt_column.txt", 10: "h20_10_borderlines_weekly_digest.html"}
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


# ---- 01 Meridian wire, Tbilisi (published Thursday 2022-11-17; "last week" = 11-07..11-13;
#      "the first week after the decree" = 09-21..09-27)
M = "2022-09-21"; P = "2022-11-17"; GS = "the national statistics office"; UL = "Upper Lars"
q = "TBILISI, NOV 17 (Meridian Press Agency) - More than 91,000 Russian citizens entered Georgia in October, the national statistics office said on Wednesday, a month after President Vladimir Putin's call-up of 300,000 reservists sent tens of thousands of men through the Upper Lars crossing in the Caucasus mountains."
C(1, "More than 91,000", q, "arrivals", 91000, "at_least", "RU", "GE", "2022-10", "2022-10", GS)
C(1, "300,000", q, "mobilized", 300000, "exact", "RU", None, M, M, None, pop="reservists")
C(1, "tens of thousands", q, "arrivals", (10000, 99999), "order", "RU", "GE", M, P, None, place=UL, pop="men")
q = "The office's monthly border table showed 68,940 Russian entries in September and 41,300 in August."
C(1, "68,940", q, "arrivals", 68940, "exact", "RU", "GE", "2022-09", "2022-09", GS)
C(1, "41,300", q, "arrivals", 41300, "exact", "RU", "GE", "2022-08", "2022-08", GS)
C(1, "29,870", "In September 2021, before Moscow's invasion of Ukraine, the figure was 29,870.",
  "arrivals", 29870, "exact", "RU", "GE", "2021-09", "2021-09", GS)
C(1, "78,200", "In October 78,200 Russians left Georgia, the office said, without saying where they went; travel agents in Tbilisi said many flew on to Turkey or the United Arab Emirates.",
  "departures", 78200, "exact", "GE", None, "2022-10", "2022-10", GS)
C(1, "around 10,000", "In the first week after the decree, around 10,000 people a day crossed at Upper Lars, the interior ministry said at the time.",
  "arrivals", 10000, "approx", "RU", "GE", M, "2022-09-27", "the interior ministry", per="day", place=UL)
q = "On Sept. 25 the line of cars on the Russian side of the pass stretched for 17 km, and drivers told Meridian they had waited 30-40 hours to reach the barrier."
C(1, "17 km", q, "queue", 17, "exact", "RU", "GE", None, "2022-09-25", None, unit="km", place=UL)
C(1, "30-40 hours", q, "queue", (30, 40), "range", "RU", "GE", None, "2022-09-25", "drivers", unit="hours", place=UL)
q = "The interior ministry said last week that about 112,000 Russian citizens who arrived after Feb. 24 were still in the country, against roughly 40,000 Russians living in Georgia before the war."
C(1, "about 112,000", q, "residents", 112000, "approx", "RU", "GE", "2022-02-24", "2022-11-13", "The interior ministry")
C(1, "roughly 40,000", q, "residents", 40000, "approx", "RU", "GE", None, "2022-02-23", "The interior ministry")
C(1, "Upwards of 16,000", "Upwards of 16,000 of them have applied for residence permits, a ministry spokeswoman said.",
  "residents", 16000, "at_least", "RU", "GE", "2022-02-24", P, "a ministry spokeswoman")

# ---- 02 Public Registry Service bulletin, Armenia (published 2023-02-14; data as of 2023-01-31).
#      The Service states its own register: source null; other agencies it cites are sources.
C(2, "20 710", "In 2022, 20 710 citizens of the Russian Federation registered as individual entrepreneurs in Armenia, compared with 296 in 2021, the Public Registry Service reports from its register.",
  "residents", 20710, "exact", "RU", "AM", "2022", "2022", None)
C(2, "296", "In 2022, 20 710 citizens of the Russian Federation registered as individual entrepreneurs in Armenia, compared with 296 in 2021, the Public Registry Service reports from its register.",
  "residents", 296, "exact", "RU", "AM", "2021", "2021", None)
C(2, "9 517", "Registrations rose sharply after the announcement of partial mobilisation in Russia on 21 September 2022: 9 517 were made in the fourth quarter alone.",
  "residents", 9517, "exact", "RU", "AM", "2022-10", "2022-12", None)
for cell, v, f, t in [("1 214", 1214, "2022-01", "2022-03"), ("5 873", 5873, "2022-04", "2022-06"),
                      ("4 106", 4106, "2022-07", "2022-09"), ("9 517", 9517, "2022-10", "2022-12"),
                      ("20 710", 20710, "2022", "2022")]:
    C(2, cell, cell, "residents", v, "exact", "RU", "AM", f, t, None)
C(2, "14 380", "Of the Russian citizens registered in 2022, 14 380 named information technology as their main activity.",
  "residents", 14380, "exact", "RU", "AM", "2022", "2022", None, pop="it_workers")
C(2, "6 840", "For comparison, the Migration Service reports that it issued 6 840 temporary residence cards to Russian citizens in 2022.",
  "residents", 6840, "exact", "RU", "AM", "2022", "2022", "the Migration Service")
q = "According to the Ministry of High-Tech Industry, 87 companies moved teams from Russia to Armenia last year, bringing about 4 300 IT specialists and some 2 100 family members with them."
C(2, "about 4 300", q, "arrivals", 4300, "approx", "RU", "AM", "2022", "2022", "the Ministry of High-Tech Industry", pop="it_workers")
C(2, "some 2 100", q, "arrivals", 2100, "approx", "RU", "AM", "2022", "2022", "the Ministry of High-Tech Industry", pop="other")

# ---- 03 Nordic Ledger live blog (published Saturday 2022-09-24; "Friday"/"yesterday" = 09-23,
#      "the same day a week earlier" = 09-16, "since the announcement" = since 09-21)
M = "2022-09-21"; P = "2022-09-24"; FBG = "The Finnish Border Guard"
q = "The Finnish Border Guard has just published Friday's numbers: 8,314 Russians arrived over the south-eastern land border on Friday, against 3,129 on the same day a week earlier."
C(3, "8,314", q, "arrivals", 8314, "exact", "RU", "FI", "2022-09-23", "2022-09-23", FBG)
C(3, "3,129", q, "arrivals", 3129, "exact", "RU", "FI", "2022-09-16", "2022-09-16", FBG)
C(3, "4,770", "It also counted 4,770 Russians going back to Russia across the same crossings on Friday.",
  "returns", 4770, "exact", "RU", "FI", "2022-09-23", "2022-09-23", FBG)
C(3, "about 2.5 kilometres", "Our reporter at Vaalimaa says the line of cars waiting to enter Finland is about 2.5 kilometres long this afternoon.",
  "queue", 2.5, "approx", "RU", "FI", None, P, None, unit="km", place="Vaalimaa")
C(3, "no more than four hours", "A border guard officer told her the wait was \"no more than four hours\", though several drivers said they had been there since the morning.",
  "queue", 4, "at_most", "RU", "FI", None, P, "A border guard officer", unit="hours", place="Vaalimaa")
C(3, "roughly 1,100", "Baltic Coach Lines says its buses from St Petersburg brought roughly 1,100 passengers to Helsinki yesterday, three times a normal Friday.",
  "arrivals", 1100, "approx", "RU", "FI", "2022-09-23", "2022-09-23", "Baltic Coach Lines", place="Helsinki")
C(3, "around 600 metres", "At Nuijamaa, further north, the queue is shorter, around 600 metres, according to the regional border guard's Twitter account.",
  "queue", 0.6, "approx", "RU", "FI", None, P, "the regional border guard", unit="km", place="Nuijamaa")
C(3, "just over 33,000", "Kazakhstan's interior ministry says just over 33,000 Russians have entered Kazakhstan since the announcement.",
  "arrivals", 33000, "at_least", "RU", "KZ", M, P, "Kazakhstan's interior ministry")
C(3, "3,500", "Georgia has not released figures, but the queue on the Russian side of Upper Lars was put at 3,500 vehicles by a regional official in North Ossetia this morning.",
  "queue", 3500, "exact", "RU", "GE", None, P, "a regional official in North Ossetia", unit="vehicles", place="Upper Lars")
C(3, "300,000", "A quick recap for readers joining us: the Kremlin said on Wednesday it would call up 300,000 reservists.",
  "mobilized", 300000, "exact", "RU", None, M, M, "the Kremlin", pop="reservists")

# ---- 04 Longitude Review long read (published Thursday 2023-03-09)
P = "2023-03-09"; KZM = "Kazakhstan's interior ministry"; PA = "Israel's Population Authority"; TRD = "The migration directorate"
C(4, "40", "\"We chartered two buses and 40 of us came to Almaty in one night, in early October,\" he says.",
  "arrivals", 40, "exact", "RU", "KZ", "2022-10", "2022-10", "Pavel Ostrov", place="Almaty", pop="it_workers")
C(4, "between 11,000 and 13,000", "The Association of Software Exporters says its members relocated between 11,000 and 13,000 employees abroad in 2022, mostly to Armenia, Georgia, Kazakhstan and Serbia.",
  "departures", (11000, 13000), "range", "RU", None, "2022", "2022", "The Association of Software Exporters", pop="it_workers")
q = "Kazakhstan's interior ministry says well over 400,000 Russians entered the country between 21 September and the end of 2022, and that almost 370,000 of them have since left again."
C(4, "well over 400,000", q, "arrivals", 400000, "at_least", "RU", "KZ", "2022-09-21", "2022-12", KZM)
C(4, "almost 370,000", q, "departures", 370000, "nearly", "KZ", None, "2022-09-21", P, KZM)
C(4, "some 37,400", "Israel's Population Authority counted some 37,400 immigrants from Russia under the Law of Return in 2022, roughly five times the pre-war average.",
  "arrivals", 37400, "approx", "RU", "IL", "2022", "2022", PA)
C(4, "6,150", "In January and February alone, another 6,150 arrived.",
  "arrivals", 6150, "exact", "RU", "IL", "2023-01", "2023-02", PA)
q = "The migration directorate counted 146,200 Russians on residence permits at the end of January, up from 64,000 before the war; most live in Antalya and Istanbul."
C(4, "146,200", q, "residents", 146200, "exact", "RU", "TR", None, "2023-01", TRD)
C(4, "64,000", q, "residents", 64000, "exact", "RU", "TR", None, "2022-02-23", TRD)
C(4, "between 500,000 and a million", "Estimates of how many Russians have left for good since February 2022 run between 500,000 and a million, and Moscow disputes all of them.",
  "departures", (500000, 1000000), "range", "RU", None, "2022-02", P, None)

# ---- 05 Prut Relief Network sitrep #9 (issued Friday 2022-05-06; period 2022-04-29..05-05; "this week" = the
#      period, "Thursday" = 05-05). Cumulative figures dated to the end of the period.
W = "2022-02-24"; E = "2022-05-05"; BP = "Border Police"
C(5, "451,204", "451,204 Ukrainian citizens have entered Moldova since 24 February (Border Police).",
  "arrivals", 451204, "exact", "UA", "MD", W, E, BP)
C(5, "Roughly 93,000", "Roughly 93,000 of them are still in Moldova; the rest have moved on, mostly to Romania.",
  "residents", 93000, "approx", "UA", "MD", W, E, None)
C(5, "6,412", "6,412 people were staying in 97 Refugee Accommodation Centres on 5 May (capacity: 9,850 beds).",
  "residents", 6412, "exact", "UA", "MD", None, E, None)
C(5, "7,960", "7,960 Ukrainians have applied for asylum in Moldova since the start of the war (Bureau for Migration and Asylum).",
  "asylum", 7960, "exact", "UA", "MD", W, E, "Bureau for Migration and Asylum")
q = "Entries from Ukraine averaged between 2,500 and 4,000 a day this week, down from upwards of 20,000 a day in early March."
C(5, "between 2,500 and 4,000", q, "arrivals", (2500, 4000), "range", "UA", "MD", "2022-04-29", E, None, per="day")
C(5, "upwards of 20,000", q, "arrivals", 20000, "at_least", "UA", "MD", "2022-03", "2022-03", None, per="day")
C(5, "3,410", "On 4 May alone, 3,410 Ukrainians crossed back into Ukraine, according to the Border Police.",
  "returns", 3410, "exact", "UA", "MD", "2022-05-04", "2022-05-04", "the Border Police")
q = "At Otaci, the line of cars waiting to enter Moldova was just under 2 km on Thursday morning; drivers reported waits of 3-4 hours."
C(5, "just under 2 km", q, "queue", 2, "nearly", "UA", "MD", None, E, None, unit="km", place="Otaci")
C(5, "3-4 hours", q, "queue", (3, 4), "range", "UA", "MD", None, E, "drivers", unit="hours", place="Otaci")
C(5, "some 9,000", "The de facto authorities in the Transnistrian region report some 9,000 arrivals from Ukraine there since February; we cannot verify this.",
  "arrivals", 9000, "approx", "UA", "MD", "2022-02", E, "The de facto authorities in the Transnistrian region", place="Transnistria")
C(5, "1,370", "The Green Corridor buses took 1,370 refugees from Palanca to Romania this week.",
  "arrivals", 1370, "exact", "MD", "RO", "2022-04-29", E, None)

# ---- 06 Channel 9 Baltica transcript (Thursday 2022-04-28; "Yesterday" = 04-27, "on Tuesday" = 04-26)
W = "2022-02-24"; P = "2022-04-28"; PBG = "the Polish Border Guard"; CZM = "the Czech interior ministry"
C(6, "2.93 million", "Marta, the Polish Border Guard says 2.93 million people have crossed from Ukraine into Poland since the war began.",
  "arrivals", 2930000, "exact", "UA", "PL", W, P, PBG)
C(6, "About 1.1m", "About 1.1m crossings back into Ukraine have been recorded in the same period.",
  "returns", 1100000, "approx", "UA", "PL", W, P, PBG)
q = "Yesterday 19,400 people came into Poland from Ukraine and 22,100 went back, so for the first time in a week more left than arrived."
C(6, "19,400", q, "arrivals", 19400, "exact", "UA", "PL", "2022-04-27", "2022-04-27", None)
C(6, "22,100", q, "returns", 22100, "exact", "UA", "PL", "2022-04-27", "2022-04-27", None)
C(6, "up to 10 hours", "At Hrebenne, cars coming into Poland waited up to 10 hours on Tuesday, the guards told me.",
  "queue", 10, "at_most", "UA", "PL", None, "2022-04-26", "the guards", unit="hours", place="Hrebenne")
C(6, "318,000", "Marta, the Czech interior ministry has now granted temporary protection to 318,000 Ukrainians.",
  "residents", 318000, "exact", "UA", "CZ", W, P, CZM)
C(6, "1,500-2,000", "In March the main station here was receiving 1,500-2,000 people a day; now it is a few hundred.",
  "arrivals", (1500, 2000), "range", "UA", "CZ", "2022-03", "2022-03", None, per="day", place="Prague")
C(6, "about 9,000", "The ministry still registers about 9,000 newcomers each week.",
  "residents", 9000, "approx", "UA", "CZ", None, P, CZM, per="week")
C(6, "about 1.35 million", "We had about 1.35 million Ukrainians living and working in Poland before the war.",
  "residents", 1350000, "approx", "UA", "PL", None, "2022-02-23", "Adam Wrona")
C(6, "some 970,000", "Since then some 970,000 newcomers have received PESEL identity numbers, which is what you need to work, see a doctor, send children to school.",
  "residents", 970000, "approx", "UA", "PL", W, P, "Adam Wrona")

# ---- 07 Verifica Andina fact check (published Tuesday 2023-06-20; "Earlier this year" -> "2023")
P = "2023-06-20"; MC = "Migración Colombia"
C(7, "well under 3 million", "Do 5 million Venezuelans live in Colombia? No, the official count is well under 3 million",
  "residents", 3000000, "at_most", "VE", "CO", None, P, None)
C(7, "2.875.743", "Earlier this year, Migración Colombia put the number of Venezuelans living in Colombia at 2.875.743, in its latest available report.",
  "residents", 2875743, "exact", "VE", "CO", None, "2023", MC)
C(7, "just over 1.6 million", "Of them, just over 1.6 million have received the ten-year Temporary Protection Permit (PPT), the agency said.",
  "residents", 1600000, "at_least", "VE", "CO", None, "2023", MC)
q = "In its 2022 annual report, the agency recorded about 2.1 million entries by Venezuelan citizens, many of them by the same people crossing several times, and some 180,000 Venezuelans leaving Colombia to return to Venezuela."
C(7, "about 2.1 million", q, "arrivals", 2100000, "approx", "VE", "CO", "2022", "2022", MC)
C(7, "some 180,000", q, "returns", 180000, "approx", "VE", "CO", "2022", "2022", MC)
C(7, "some 35,000", "In Cúcuta, the main border city, officials estimate that some 35,000 people cross the Simón Bolívar and Francisco de Paula Santander bridges daily, most of them to shop, work or study, going home the same evening.",
  "arrivals", 35000, "approx", "VE", "CO", None, P, "officials", per="day", place="Cúcuta")
q = "The number is close to what you get by adding the 2.9 million residents to the 2.1 million entries, which counts many people twice."
C(7, "2.9 million", q, "residents", 2900000, "exact", "VE", "CO", None, "2023", None)
C(7, "2.1 million", q, "arrivals", 2100000, "exact", "VE", "CO", "2022", "2022", None)
C(7, "7.3 million", "The R4V platform counts 7.3 million Venezuelan refugees and migrants worldwide, of whom Colombia hosts the largest share.",
  "departures", 7300000, "exact", "VE", None, None, P, "The R4V platform")
C(7, "no more than 5,000", "Colombia's foreign ministry told Verifica Andina it receives no more than 5,000 asylum claims a year from Venezuelans, because most prefer the PPT.",
  "asylum", 5000, "at_most", "VE", "CO", None, P, "Colombia's foreign ministry", per="year")
C(7, "150,327", "Panama's migration service recorded 150,327 Venezuelans crossing the Darién jungle into Panama in 2022, many of whom had lived in Colombia for years.",
  "arrivals", 150327, "exact", "VE", "PA", "2022", "2022", "Panama's migration service", place="Darién")

# ---- 08 Clearline Q&A (published Thursday 2023-10-05; "Wednesday" = 10-04; "10 days ago" = 09-25;
#      road reopened 2023-09-24)
R = "2023-09-24"; P = "2023-10-05"
C(8, "100,480", "Armenia's government says 100,480 people had crossed into Armenia from Nagorno-Karabakh by Wednesday evening, since the Lachin road reopened on 24 September.",
  "arrivals", 100480, "exact", "AZ", "AM", R, "2023-10-04", "Armenia's government")
C(8, "more than 28,000", "On a single day, 10 days ago, more than 28,000 people crossed at the Kornidzor checkpoint, officials said.",
  "arrivals", 28000, "at_least", "AZ", "AM", "2023-09-25", "2023-09-25", "officials", place="Kornidzor")
q = "At the peak, the column of cars from Stepanakert to the Hakari bridge was up to 40 km long, and some families told aid workers they had spent more than 30 hours in it."
C(8, "up to 40 km", q, "queue", 40, "at_most", "AZ", "AM", None, "2023-09-25", None, unit="km", place="Hakari bridge")
C(8, "more than 30 hours", q, "queue", 30, "at_least", "AZ", "AM", None, "2023-09-25", "some families", unit="hours", place="Hakari bridge")
q = "Syunik province, where the road enters Armenia, is still hosting roughly 14,500 of them; the largest group, close to 40,000, is in Yerevan."
C(8, "roughly 14,500", q, "residents", 14500, "approx", "AZ", "AM", R, P, None, place="Syunik")
C(8, "close to 40,000", q, "residents", 40000, "nearly", "AZ", "AM", R, P, None, place="Yerevan")
C(8, "More than 64,000", "More than 64,000 have registered their stay with local authorities, according to the Ministry of Territorial Administration.",
  "residents", 64000, "at_least", "AZ", "AM", R, P, "the Ministry of Territorial Administration")
C(8, "about 3,000", "Airport operators estimate that about 3,000 of the new arrivals have flown on to Russia, where many have family.",
  "arrivals", 3000, "approx", "AM", "RU", R, P, "Airport operators")
C(8, "some 90,000", "During and after the 2020 war, some 90,000 people fled to Armenia.",
  "arrivals", 90000, "approx", "AZ", "AM", "2020", "2020", None)

# ---- 09 Sahel Observer column (published Monday 2024-04-15; war began 2023-04-15; "Last May" = 2023-05;
#      "mid-June" = 2023-06)
W = "2023-04-15"; P = "2024-04-15"; UNHCR = "the UN refugee agency"
C(9, "close to 1.8 million", "In the twelve months since, close to 1.8 million people have fled Sudan into neighbouring countries.",
  "departures", 1800000, "nearly", "SD", None, W, P, "the UN")
C(9, "upwards of 560,000", "One of the poorest countries on earth has taken in upwards of 560,000 Sudanese refugees, most of them Masalit from West Darfur, according to the UN refugee agency.",
  "arrivals", 560000, "at_least", "SD", "TD", W, P, UNHCR)
C(9, "150,000", "Another 150,000 Chadians who had lived in Sudan for decades have come home with nothing.",
  "returns", 150000, "exact", "TD", "SD", W, P, UNHCR)
C(9, "2,000 to 3,000", "In mid-June, when the killings in El Geneina were at their worst, 2,000 to 3,000 people a day walked into Adre.",
  "arrivals", (2000, 3000), "range", "SD", "TD", "2023-06", "2023-06", None, per="day", place="Adre")
C(9, "at least 180,000", "The camps around it now hold at least 180,000 people.",
  "residents", 180000, "at_least", "SD", "TD", None, P, None, place="Adre")
C(9, "around 20,000", "This winter the pace slowed but never stopped: aid agencies registered around 20,000 new arrivals a month in eastern Chad between December and February.",
  "arrivals", 20000, "approx", "SD", "TD", "2023-12", "2024-02", "aid agencies", per="month")
C(9, "more than 500,000", "Cairo says more than 500,000 Sudanese have entered since the war started, through the Argeen and Qastal crossings and, increasingly, through smugglers' routes in the desert.",
  "arrivals", 500000, "at_least", "SD", "EG", W, P, "Cairo")
C(9, "as long as three days", "Last May, buses waited as long as three days at Qastal.",
  "queue", 72, "at_most", "SD", "EG", None, "2023-05", None, unit="hours", place="Qastal")
C(9, "tens of thousands", "Now, priced out of Cairo, tens of thousands of Sudanese have returned to Sudan from Egypt, to towns the army still holds.",
  "returns", (10000, 99999), "order", "SD", "EG", None, P, None)

# ---- 10 Borderlines Weekly #212 (published Friday 2023-11-24; "last week" = 11-13..11-19; "Wednesday" = 11-22;
#      "at the weekend" = 11-18..11-19; "last Thursday" = 11-16; "Over the past month" = 10-24..11-24)
P = "2023-11-24"; TRM = "the Taliban's refugees ministry"; IQ = "Islam Qala"; CZM = "The Czech interior ministry"
q = "Iran deported 11,870 Afghans through the Islam Qala crossing last week, the Taliban's refugees ministry said, and 1,800-2,200 people a day were still arriving there on Wednesday."
C(10, "11,870", q, "returns", 11870, "exact", "AF", "IR", "2023-11-13", "2023-11-19", TRM, place=IQ)
C(10, "1,800-2,200", q, "returns", (1800, 2200), "range", "AF", "IR", "2023-11-22", "2023-11-22", TRM, per="day", place=IQ)
C(10, "more than 60,000", "Over the past month, more than 60,000 Afghans have returned from Iran, most of them deported after police raids in Tehran and Mashhad, the IOM says.",
  "returns", 60000, "at_least", "AF", "IR", "2023-10-24", P, "the IOM")
C(10, "over 3.4 lakh", "From Pakistan, the flow is larger: over 3.4 lakh Afghans have gone back through Torkham and Chaman since Islamabad's announcement on 3 October, Pakistani officials say.",
  "returns", 340000, "at_least", "AF", "PK", "2023-10-03", P, "Pakistani officials")
q = "Six years after three quarters of a million Rohingya fled Myanmar into Bangladesh in 2017, the camps in Cox's Bazar hold some 960,000 people."
C(10, "three quarters of a million", q, "arrivals", 750000, "exact", "MM", "BD", "2017", "2017", None)
C(10, "some 960,000", q, "residents", 960000, "approx", "MM", "BD", None, P, None, place="Cox's Bazar")
q = "Boats keep leaving them: two more carrying 380 people landed in Aceh at the weekend, bringing arrivals in Indonesia since 14 November to 1,084, the UN refugee agency said."
C(10, "380", q, "arrivals", 380, "exact", "BD", "ID", "2023-11-18", "2023-11-19", "the UN refugee agency", place="Aceh")
C(10, "1,084", q, "arrivals", 1084, "exact", "BD", "ID", "2023-11-14", "2023-11-19", "the UN refugee agency")
q = "About 162,000 Eritrean refugees are registered in Ethiopia, the government's refugee agency said last Thursday, roughly 80k of them living in Addis Ababa rather than in camps."
C(10, "About 162,000", q, "residents", 162000, "approx", "ER", "ET", None, "2023-11-16", "the government's refugee agency")
C(10, "roughly 80k", q, "residents", 80000, "approx", "ER", "ET", None, "2023-11-16", "the government's refugee agency", place="Addis Ababa")
q = "The Czech interior ministry says 372,600 Ukrainians now hold temporary protection, down from a peak of 504,000 last year."
C(10, "372,600", q, "residents", 372600, "exact", "UA", "CZ", None, P, CZM)
C(10, "504,000", q, "residents", 504000, "exact", "UA", "CZ", "2022", "2022", CZM)
C(10, "Around 1,000", "Around 1,000 new applications still arrive each week.",
  "residents", 1000, "approx", "UA", "CZ", None, P, CZM, per="week")
C(10, "More than 7,000", "More than 7,000 Sudanese crossed into Chad at Adré in the first 10 days of November, after the killings at Ardamata in West Darfur, MSF said.",
  "arrivals", 7000, "at_least", "SD", "TD", "2023-11-01", "2023-11-10", "MSF", place="Adré")

with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in OUT:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(f"{len(OUT)} claims written to gold.jsonl")
