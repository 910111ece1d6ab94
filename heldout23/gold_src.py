#!/usr/bin/env python3
"""heldout23: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h23_01_upper_lars_tv_transcript.txt", 2: "h23_02_call_up_factbox.md", 3: "h23_03_vaalimaa_regional_translation.html",
     4: "h23_04_relocated_companies_magazine.md", 5: "h23_05_moldova_situation_update.txt",
     6: "h23_06_venezuelans_student_paper.html", 7: "h23_07_artsakh_diaspora_site.md",
     8: "h23_08_pakistan_ministry_statement.txt", 9: "h23_09_lebanon_syria_explainer.html",
     10: "h23_10_crossing_points_newsletter.txt"}
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


M = "2022-09-21"

# ---- 01 TV transcript (published Wednesday 2022-09-28; "since last Wednesday" = the 21 Sept decree; "On Monday" = 09-26;
#      "this morning" = 09-28; "yesterday" = 09-27; "over the weekend" = 09-24..25, "a week earlier" = 09-17..18)
P = "2022-09-28"; GM = "the Interior Ministry"
C(1, "53,000", "TSIKLAURI: Nino, the Interior Ministry told us this afternoon that 53,000 Russian citizens have entered Georgia since last Wednesday, when the mobilization was announced.",
  "arrivals", 53000, "exact", "RU", "GE", M, P, GM)
C(1, "10,900", "On Monday alone, the ministry says, 10,900 people crossed here at Upper Lars.",
  "arrivals", 10900, "exact", "RU", "GE", "2022-09-26", "2022-09-26", GM, place="Upper Lars")
C(1, "between 5,000 and 6,000", "Before the decree the crossing was handling somewhere between 5,000 and 6,000 people a day.",
  "arrivals", (5000, 6000), "range", "RU", "GE", None, "2022-09-20", None, per="day", place="Upper Lars")
C(1, "roughly 16 kilometres", "North Ossetian officials put it this morning at roughly 16 kilometres.",
  "queue", 16, "approx", "RU", "GE", None, P, "North Ossetian officials", unit="km", place="Upper Lars")
C(1, "more than 48 hours", "Drivers we reached by phone say they have waited more than 48 hours.",
  "queue", 48, "at_least", "RU", "GE", None, P, "drivers", unit="hours", place="Upper Lars")
C(1, "about 3 500", "The regional authorities in Vladikavkaz said yesterday that about 3 500 vehicles were lined up near the village of Verkhny Lars.",
  "queue", 3500, "approx", "RU", "GE", None, "2022-09-27", "The regional authorities in Vladikavkaz", unit="vehicles", place="Verkhny Lars")
C(1, "8,200", "But the ministry said 8,200 Russians who arrived since the decree have already left Georgia again, for Turkey, Armenia or the Gulf.",
  "departures", 8200, "exact", "GE", None, M, P, GM)
C(1, "98,000", "In Kazakhstan, the interior ministry said today that 98,000 Russians have come into the country since 21 September.",
  "arrivals", 98000, "exact", "RU", "KZ", M, P, "Kazakhstan's interior ministry")
q = "Finland's border guard reported that nearly 17,000 Russians crossed its eastern border over the weekend, against about 8,000 on the same weekend a week earlier."
C(1, "nearly 17,000", q, "arrivals", 17000, "nearly", "RU", "FI", "2022-09-24", "2022-09-25", "Finland's border guard")
C(1, "about 8,000", q, "arrivals", 8000, "approx", "RU", "FI", "2022-09-17", "2022-09-18", "Finland's border guard")
C(1, "300,000", "Moscow says it wants 300,000 reservists.",
  "mobilized", 300000, "exact", "RU", None, M, M, "Moscow", pop="reservists")
C(1, "as many as 260,000", "Independent Russian outlets have reported, citing a source in the presidential administration, that as many as 260,000 men have left the country since the decree.",
  "departures", 260000, "at_most", "RU", None, M, P, "a source in the presidential administration", pop="men")

# ---- 02 wire factbox (published Tuesday 2022-10-04; "on Saturday" = 10-01; "on Monday" = 10-03; "the week after the
#      announcement" = 09-21..09-28; "the week to Sunday" = 09-26..10-02, "the week before" = 09-19..09-25)
P = "2022-10-04"; YD = "the interior ministry's spokesman, Yerlan Dosmagambetov"; FBG = "the Finnish Border Guard"
C(2, "Tens of thousands", "Tens of thousands of Russians have left for neighbouring countries since President Vladimir Putin ordered a \"partial\" mobilization on 21 September.",
  "departures", (10000, 99999), "order", "RU", None, M, P, None)
C(2, "Some 200 000", "Some 200 000 Russians have entered Kazakhstan since 21 September, the interior ministry's spokesman, Yerlan Dosmagambetov, said on Tuesday.",
  "arrivals", 200000, "approx", "RU", "KZ", M, P, YD)
C(2, "About 147 000", "About 147 000 of them have already left Kazakhstan again for third countries, he said.",
  "departures", 147000, "approx", "KZ", None, M, P, YD)
C(2, "about 1,200", "The queue at the Kairak crossing in Kostanay region numbered about 1,200 cars on Saturday, regional police said.",
  "queue", 1200, "approx", "RU", "KZ", None, "2022-10-01", "regional police", unit="vehicles", place="Kairak")
C(2, "Around 62,000", "Around 62,000 Russians entered Kyrgyzstan in the week after the announcement, according to the State Border Service.",
  "arrivals", 62000, "approx", "RU", "KG", M, "2022-09-28", "the State Border Service")
q = "Georgia's interior ministry reported 10,000-11,000 arrivals a day from Russia at the end of September, up from about 5,500 daily before the call-up."
C(2, "10,000-11,000", q, "arrivals", (10000, 11000), "range", "RU", "GE", None, "2022-09", "Georgia's interior ministry", per="day")
C(2, "about 5,500", q, "arrivals", 5500, "approx", "RU", "GE", None, "2022-09-20", "Georgia's interior ministry", per="day")
C(2, "More than 7,000", "More than 7,000 Russians have crossed into Mongolia since the decree, most of them through Altanbulag, the General Authority for Border Protection said on Monday.",
  "arrivals", 7000, "at_least", "RU", "MN", M, "2022-10-03", "the General Authority for Border Protection")
q = "Nearly 43,000 Russians entered Finland by land in the week to Sunday, against 22,500 the week before, the Finnish Border Guard said."
C(2, "Nearly 43,000", q, "arrivals", 43000, "nearly", "RU", "FI", "2022-09-26", "2022-10-02", FBG)
C(2, "22,500", q, "arrivals", 22500, "exact", "RU", "FI", "2022-09-19", "2022-09-25", FBG)
C(2, "Roughly 40 thousand", "Roughly 40 thousand Russians have arrived since the call-up, the office of the deputy prime minister said on 29 September.",
  "arrivals", 40000, "approx", "RU", "AM", M, "2022-09-29", "the office of the deputy prime minister")
C(2, "300,000", "Putin said the mobilization would cover 300,000 reservists; men aged 18 to 65 with military experience were told to report.",
  "mobilized", 300000, "exact", "RU", None, M, M, "Putin", pop="reservists")

# ---- 03 Finnish regional paper in translation (published Monday 2022-09-26; "last Thursday" = 09-22; weekend = 09-24..25)
P = "2022-09-26"; FB = "the Finnish Border Guard"; JK = "Lieutenant Colonel Juha Keränen"
C(3, "Over 17 000", "Over 17 000 Russians crossed the south-eastern border at the weekend",
  "arrivals", 17000, "at_least", "RU", "FI", "2022-09-24", "2022-09-25", None)
C(3, "17 214", "Over the weekend 17 214 Russians arrived in Finland across the south-eastern land border, the Finnish Border Guard said on Monday.",
  "arrivals", 17214, "exact", "RU", "FI", "2022-09-24", "2022-09-25", FB)
q = "On Saturday alone 8 572 Russian citizens crossed, and on Sunday 8 642, close to double the figures of a week earlier."
C(3, "8 572", q, "arrivals", 8572, "exact", "RU", "FI", "2022-09-24", "2022-09-24", FB)
C(3, "8 642", q, "arrivals", 8642, "exact", "RU", "FI", "2022-09-25", "2022-09-25", FB)
C(3, "some 30 000", "According to the border guard's estimate, some 30 000 Russians have entered Finland in total since the announcement.",
  "arrivals", 30000, "approx", "RU", "FI", M, P, FB)
C(3, "about 3 000", "Before the decree, about 3 000 Russians a day came in through the south-eastern crossings.",
  "arrivals", 3000, "approx", "RU", "FI", None, "2022-09-20", FB, per="day")
q = "At Vaalimaa the queue of cars on the Russian side reached about 400 metres on Saturday afternoon, and drivers told the Herald the wait was three to four hours."
C(3, "about 400 metres", q, "queue", 0.4, "approx", "RU", "FI", None, "2022-09-24", None, unit="km", place="Vaalimaa")
C(3, "three to four hours", q, "queue", (3, 4), "range", "RU", "FI", None, "2022-09-24", "drivers", unit="hours", place="Vaalimaa")
C(3, "roughly 2 400", "At Nuijamaa, he said, roughly 2 400 Russians crossed on Sunday.",
  "arrivals", 2400, "approx", "RU", "FI", "2022-09-25", "2022-09-25", JK, place="Nuijamaa")
C(3, "About 4 900", "About 4 900 Russians left Finland for Russia through the south-eastern crossings on Sunday, Keränen said, many of them people who live in the border region and shop in Lappeenranta.",
  "returns", 4900, "approx", "RU", "FI", "2022-09-25", "2022-09-25", JK)

# ---- 04 business magazine (published 2023-02-15; "last year" = 2022; "Earlier this year" = 2023-01-01..02-15)
P = "2023-02-15"; AV = "Arkady Veles"
C(4, "640", "\"We moved 640 of our people to Belgrade between March and June,\" he says.",
  "arrivals", 640, "exact", "RU", "RS", "2022-03", "2022-06", AV, place="Belgrade")
C(4, "some 100,000", "Russia's digital development ministry said in December that some 100,000 IT workers left the country in 2022, and that about half of them had come back.",
  "departures", 100000, "approx", "RU", None, "2022", "2022", "Russia's digital development ministry", pop="it_workers")
C(4, "from 500,000 to 1m", "Estimates of the wider exodus range from 500,000 to 1m people, depending on who is counting and when.",
  "departures", (500000, 1000000), "range", "RU", None, "2022-02-24", P, None)
C(4, "roughly 18 thousand", "The Yerevan Tech Employers' Association says roughly 18 thousand IT specialists relocated to Yerevan in 2022, and Russians founded more than 3,400 companies there in the same year.",
  "arrivals", 18000, "approx", "RU", "AM", "2022", "2022", "The Yerevan Tech Employers' Association", place="Yerevan", pop="it_workers")
C(4, "nearly 9,000", "Dilshod Yuldashev, who runs the Tashkent Digital Zone, told *Ledger & Line* that nearly 9,000 Russian IT specialists have moved to Tashkent since the invasion; a further 1,200 companies have registered remotely.",
  "arrivals", 9000, "nearly", "RU", "UZ", "2022-02-24", P, "Dilshod Yuldashev", place="Tashkent", pop="it_workers")
C(4, "40,000-50,000", "Sandline Partners, a Dubai relocation consultancy, estimates that 40,000-50,000 Russians moved to the Emirates in 2022.",
  "arrivals", (40000, 50000), "range", "RU", "AE", "2022", "2022", "Sandline Partners")
C(4, "8,500", "Wealth advisers at Arbury Wealth put the number of Russian millionaires who left the country last year at 8,500, and expect another 3,000 to go in 2023.",
  "departures", 8500, "exact", "RU", None, "2022", "2022", "Arbury Wealth", pop="millionaires")
q = "Serbian police have registered about 33 thousand Russians with temporary residence, and Montenegro's interior ministry issued 7,300 temporary residence permits to Russian citizens in 2022."
C(4, "about 33 thousand", q, "residents", 33000, "approx", "RU", "RS", None, P, "Serbian police")
C(4, "7,300", q, "residents", 7300, "exact", "RU", "ME", "2022", "2022", "Montenegro's interior ministry")
C(4, "1,150", "Earlier this year, the ministry says, another 1,150 were granted.",
  "residents", 1150, "exact", "RU", "ME", "2023-01-01", P, "Montenegro's interior ministry")

# ---- 05 UN inter-agency situation update (issued Friday 2022-04-08; data as of 7 April; "this week" = 04-04..04-08)
BP = "the Moldovan Border Police"; W = "2022-02-24"; A7 = "2022-04-07"
C(5, "411 237", "Since 24 February, 411 237 refugees have crossed from Ukraine into the Republic of Moldova, according to the Moldovan Border Police.",
  "arrivals", 411237, "exact", "UA", "MD", W, A7, BP)
q = "About 97 600 of them remain in the country; some 312 000 have moved on to Romania and other countries."
C(5, "About 97 600", q, "residents", 97600, "approx", "UA", "MD", W, A7, BP)
C(5, "some 312 000", q, "departures", 312000, "approx", "MD", None, W, A7, BP)
q = "Daily arrivals have fallen sharply, from more than 20 000 a day in early March to around 1 500 a day this week."
C(5, "more than 20 000", q, "arrivals", 20000, "at_least", "UA", "MD", "2022-03", "2022-03", None, per="day")
C(5, "around 1 500", q, "arrivals", 1500, "approx", "UA", "MD", "2022-04-04", "2022-04-08", None, per="day")
C(5, "14 800", "At the same time, movements back into Ukraine are rising: since 1 April, 14 800 Ukrainians have crossed back into Ukraine from Moldova, most of them women travelling to Odesa and Vinnytsia regions to check on property or relatives.",
  "returns", 14800, "exact", "UA", "MD", "2022-04-01", A7, None)
C(5, "152 300", "  Palanca             | 152 300",
  "arrivals", 152300, "exact", "UA", "MD", W, A7, BP, place="Palanca")
C(5, "61 480", "  Otaci               | 61 480",
  "arrivals", 61480, "exact", "UA", "MD", W, A7, BP, place="Otaci")
C(5, "197 457", "  Other crossings     | 197 457",
  "arrivals", 197457, "exact", "UA", "MD", W, A7, BP)
C(5, "3 610", "Of these, 3 610 were lodged by Ukrainian citizens.",
  "asylum", 3610, "exact", "UA", "MD", "2022", "2022", "The General Inspectorate for Migration")

# ---- 06 student newspaper (published Thursday 2023-10-12; "Last Friday" = 10-06; "this year" = 2023)
P = "2023-10-12"; SNM = "Panama's National Migration Service"
C(6, "Half a million", "Half a million Venezuelans now call Chile home",
  "residents", 500000, "exact", "VE", "CL", None, P, None)
C(6, "532.715", "According to the latest estimate of the National Migration Service and the statistics institute, 532.715 Venezuelans were living in Chile at the end of 2022, the largest foreign community in the country.",
  "residents", 532715, "exact", "VE", "CL", None, "2022-12", "the National Migration Service and the statistics institute")
C(6, "Tens of thousands", "Tens of thousands of them received temporary residence this year under the regularisation process, officials told the Observador.",
  "residents", (10000, 99999), "order", "VE", "CL", "2023-01-01", P, "officials")
q = "Of these, 228.100 were Venezuelans, and in September alone more than 46.000 Venezuelans came out of the jungle in Panama."
C(6, "228.100", q, "arrivals", 228100, "exact", "VE", "PA", "2023-01", "2023-09", SNM, place="Darién")
C(6, "more than 46.000", q, "arrivals", 46000, "at_least", "VE", "PA", "2023-09", "2023-09", SNM, place="Darién")
C(6, "between 300 and 400", "Carabineros at Colchane estimate that between 300 and 400 Venezuelans enter Chile there each day.",
  "arrivals", (300, 400), "range", "VE", "CL", None, P, "Carabineros at Colchane", per="day", place="Colchane")
C(6, "138", "Last Friday a government flight took 138 Venezuelans who had been expelled back to Caracas; Congress is debating a plan to expel up to 10.000 more.",
  "returns", 138, "exact", "VE", "CL", "2023-10-06", "2023-10-06", None)
q = "Across the region, the inter-agency platform R4V counts 7,7 million Venezuelans who have left their country, and estimates that Peru alone hosts about 1.5 million."
C(6, "7,7 million", q, "departures", 7700000, "exact", "VE", None, None, P, "R4V")
C(6, "about 1.5 million", q, "residents", 1500000, "approx", "VE", "PE", None, P, "R4V")
C(6, "3.100", "In Chile, 3.100 Venezuelans applied for refugee status in 2022, the migration service says, though only a handful were accepted.",
  "asylum", 3100, "exact", "VE", "CL", "2022", "2022", "the migration service")

# ---- 07 diaspora community site (published Tuesday 2023-10-03; "by Monday evening" = 10-02; "on Sunday" = 10-01;
#      "last Wednesday" = 09-27; exodus counted from the opening of the Lachin road, 2023-09-24)
P = "2023-10-03"; K = "2023-09-24"; GB = "The government's daily briefing"
C(7, "100,000", "After the exodus: how our community can help the 100,000 who left Artsakh",
  "departures", 100000, "exact", "AZ", None, K, P, None)
C(7, "100,514", "According to the Armenian government, 100,514 people from Nagorno-Karabakh had entered Armenia by Monday evening, since the Lachin road opened on 24 September.",
  "arrivals", 100514, "exact", "AZ", "AM", K, "2023-10-02", "the Armenian government")
q = "The government's daily briefing on Sunday reported just over 3 000 arrivals in the past 24 hours, a small number compared with the busiest day, 28 September, when more than 26 thousand crossed the Hakari bridge."
C(7, "just over 3 000", q, "arrivals", 3000, "at_least", "AZ", "AM", "2023-10-01", "2023-10-01", GB)
C(7, "more than 26 thousand", q, "arrivals", 26000, "at_least", "AZ", "AM", "2023-09-28", "2023-09-28", GB, place="Hakari bridge")
q = "Relatives who made the journey last Wednesday described a column of cars tens of kilometres long between Stepanakert and Kornidzor, and waits of up to 30 hours on the mountain road."
C(7, "tens of kilometres", q, "queue", (10, 99), "order", "AZ", "AM", None, "2023-09-27", "Relatives", unit="km", place="Kornidzor")
C(7, "up to 30 hours", q, "queue", 30, "at_most", "AZ", "AM", None, "2023-09-27", "Relatives", unit="hours", place="Kornidzor")
C(7, "about sixty thousand", "The Armenian authorities say about sixty thousand have been registered for temporary housing so far.",
  "residents", 60000, "approx", "AZ", "AM", K, P, "The Armenian authorities")
C(7, "About 1,600", "About 1,600 have already travelled on to Russia, where many have relatives, according to the Armenian migration service.",
  "arrivals", 1600, "approx", "AM", "RU", K, P, "the Armenian migration service")
C(7, "Around 500", "Around 500 people from Artsakh have reached France, the Council of Armenian Associations of the Rhône says, a few dozen of them in Lyon.",
  "arrivals", 500, "approx", "AZ", "FR", K, P, "the Council of Armenian Associations of the Rhône")
C(7, "some 90,000", "In 2020, during the 44-day war, some 90,000 people fled to Armenia, and most of them went back after the ceasefire.",
  "arrivals", 90000, "approx", "AZ", "AM", "2020", "2020", None)

# ---- 08 ministry press release (published Thursday 2023-11-16; "as of yesterday evening" = 11-15; plan announced 10-03)
S = "2023-10-03"; Y = "2023-11-15"; P = "2023-11-16"; NHA = "the National Highway Authority"
C(8, "over 2.5 lakh", "The Ministry of Interior informs the public that, since the announcement of the Illegal Foreigners Repatriation Plan on 3 October 2023, over 2.5 lakh illegally staying Afghan nationals have returned to Afghanistan as of yesterday evening.",
  "returns", 250000, "at_least", "AF", "PK", S, Y, None)
C(8, "1,62,430", "As per data of the Khyber district administration, 1,62,430 persons have crossed back to Afghanistan through Torkham during this period.",
  "returns", 162430, "exact", "AF", "PK", S, Y, "the Khyber district administration", place="Torkham")
C(8, "about 64 thousand", "The Balochistan home department reports about 64 thousand returns through Chaman.",
  "returns", 64000, "approx", "AF", "PK", S, Y, "The Balochistan home department", place="Chaman")
C(8, "19,881", "Of the total, 19,881 persons who did not leave by the deadline of 31 October were deported under the Foreigners Act, 1946 after identification and due process.",
  "returns", 19881, "exact", "AF", "PK", "2023-11-01", Y, None)
q = "Since 1 November, daily crossings at Torkham have averaged 8,000 to 10,000 persons, compared with 300-400 a day in September, before the plan was announced."
C(8, "8,000 to 10,000", q, "returns", (8000, 10000), "range", "AF", "PK", "2023-11-01", P, None, per="day", place="Torkham")
C(8, "300-400", q, "returns", (300, 400), "range", "AF", "PK", "2023-09", "2023-09", None, per="day", place="Torkham")
q = "Regarding reports of congestion: on 2 November, vehicles carrying returning families were lined up for up to 7 km on the Peshawar-Torkham highway, and waits exceeded 40 hours, according to the National Highway Authority."
C(8, "up to 7 km", q, "queue", 7, "at_most", "PK", "AF", None, "2023-11-02", NHA, unit="km", place="Torkham")
C(8, "exceeded 40 hours", q, "queue", 40, "at_least", "PK", "AF", None, "2023-11-02", NHA, unit="hours", place="Torkham")
C(8, "approximately 1.3 million", "The Ministry clarifies that holders of Proof of Registration (PoR) cards, numbering approximately 1.3 million, are not covered by the present phase.",
  "residents", 1300000, "approx", "AF", "PK", None, P, None)
C(8, "about 8 lakh", "Holders of the Afghan Citizen Card (ACC), about 8 lakh persons, will be dealt with in a later phase, for which a separate schedule will be announced.",
  "residents", 800000, "approx", "AF", "PK", None, P, None)

# ---- 09 Q&A explainer (published Thursday 2024-10-10; escalation 2024-09-23; "Two weeks ago" = 09-26; "on Monday" = 10-07)
P = "2024-10-10"; E = "2024-09-23"; GS = "Lebanon's General Security directorate"; UN = "The UN refugee agency"
C(9, "400,000", "Explained: why 400,000 people have fled Lebanon for Syria",
  "arrivals", 400000, "exact", "LB", "SY", E, P, None)
C(9, "More than 400,000", "More than 400,000 people have crossed from Lebanon into Syria since Israel intensified its strikes on 23 September, according to Lebanon's General Security directorate.",
  "arrivals", 400000, "at_least", "LB", "SY", E, P, GS)
C(9, "more than 15,000", "Two weeks ago, the directorate counted more than 15,000 crossings into Syria on a single day.",
  "arrivals", 15000, "at_least", "LB", "SY", "2024-09-26", "2024-09-26", GS)
q = "The UN refugee agency estimates that about 280,000 Syrians and 120,000 Lebanese have gone to Syria."
C(9, "about 280,000", q, "returns", 280000, "approx", "SY", "LB", E, P, UN)
C(9, "120,000", q, "arrivals", 120000, "exact", "LB", "SY", E, P, UN)
C(9, "around 1.5 million", "Before the escalation, Lebanon's government put the number of Syrians living in the country at around 1.5 million.",
  "residents", 1500000, "approx", "SY", "LB", None, "2024-09-22", "Lebanon's government")
q = "Further north, at Joussieh, the line of cars stretched about 3 km on Monday and drivers said they waited six to eight hours."
C(9, "about 3 km", q, "queue", 3, "approx", "LB", "SY", None, "2024-10-07", None, unit="km", place="Joussieh")
C(9, "six to eight hours", q, "queue", (6, 8), "range", "LB", "SY", None, "2024-10-07", "drivers", unit="hours", place="Joussieh")
C(9, "some 5,500", "Iraq's migration ministry says some 5,500 Lebanese have arrived in Iraq since 23 September, many by air.",
  "arrivals", 5500, "approx", "LB", "IQ", E, P, "Iraq's migration ministry")
C(9, "about 180,000", "In 2006, during the 34-day war with Israel, about 180,000 Lebanese fled to Syria, historians at the American University of Beirut estimate.",
  "arrivals", 180000, "approx", "LB", "SY", "2006", "2006", "historians at the American University of Beirut")

# ---- 10 weekly newsletter (published Friday 2023-12-08; "last Sunday" = 12-03; "Last month" = 2023-11;
#      "in the past week" = 12-01..12-08; Sudan war since 2023-04-15)
P = "2023-12-08"; SU = "2023-04-15"; UNR = "the UN refugee agency"
C(10, "more than 1,500", "Since mid-November, more than 1,500 Rohingya have landed in Aceh, Indonesia, on boats that left the camps of Cox's Bazar in Bangladesh, the UN refugee agency's Jakarta office says.",
  "arrivals", 1500, "at_least", "BD", "ID", "2023-11", P, "the UN refugee agency's Jakarta office", place="Aceh")
C(10, "139", "The latest boat, carrying 139 people, reached a beach near Sabang last Sunday.",
  "arrivals", 139, "exact", "BD", "ID", "2023-12-03", "2023-12-03", None, place="Sabang")
C(10, "some 540,000", "The UN refugee agency says some 540,000 refugees from Sudan have crossed into eastern Chad since the war broke out on 15 April.",
  "arrivals", 540000, "approx", "SD", "TD", SU, P, UNR)
C(10, "more than 350 thousand", "Egypt's foreign ministry says more than 350 thousand Sudanese have entered Egypt over the same period.",
  "arrivals", 350000, "at_least", "SD", "EG", SU, P, "Egypt's foreign ministry")
C(10, "31,364", "Mizoram's home department says 31,364 people from Myanmar are now sheltering in the state, most of them from Chin State.",
  "residents", 31364, "exact", "MM", "IN", None, P, "Mizoram's home department", place="Mizoram")
C(10, "about 5,000", "Last month, about 5,000 crossed at Zokhawthar in two days after fighting near Rihkhawdar, local officials said.",
  "arrivals", 5000, "approx", "MM", "IN", "2023-11", "2023-11", "local officials", place="Zokhawthar")
C(10, "roughly 400", "Since then, arrivals have eased to roughly 400 per week, according to the Young Mizo Association.",
  "arrivals", 400, "approx", "MM", "IN", "2023-11", P, "the Young Mizo Association", per="week", place="Mizoram")
C(10, "about 364 thousand", "Czechia's interior ministry says about 364 thousand Ukrainians currently hold temporary protection in the country.",
  "residents", 364000, "approx", "UA", "CZ", None, P, "Czechia's interior ministry")
C(10, "1.1m", "In Germany, 1.1m refugees from Ukraine are registered, according to the federal interior ministry.",
  "residents", 1100000, "exact", "UA", "DE", None, P, "the federal interior ministry")
q = "Poland's border guard says that in the past week about 18,000 people a day entered Poland from Ukraine, while about 17,500 Ukrainians a day travelled back home."
C(10, "about 18,000", q, "arrivals", 18000, "approx", "UA", "PL", "2023-12-01", P, "Poland's border guard", per="day")
C(10, "about 17,500", q, "returns", 17500, "approx", "UA", "PL", "2023-12-01", P, "Poland's border guard", per="day")

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} claims written")
