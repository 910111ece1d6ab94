#!/usr/bin/env python3
"""heldout12: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h12_01_kazakhstan_mashtakovo_wire.txt", 2: "h12_02_uganda_congo_sitrep.md", 3: "h12_03_afghans_torkham_daily.txt",
     4: "h12_04_venezuela_oped.html", 5: "h12_05_karabakh_interview.md", 6: "h12_06_haiti_dr_factcheck.html",
     7: "h12_07_ukraine_borders_liveblog.html", 8: "h12_08_rohingya_boats_explainer.md",
     9: "h12_09_lithuania_stats_release.txt", 10: "h12_10_weekly_digest.md"}
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


# ---- 01 Kazakhstan wire (published Tuesday 2022-10-11; "last Tuesday" = 10-04, "three days ago" = 10-08,
#      "first week of October" = 10-01..10-07, "past seven days" = 10-05..10-11)
M = "2022-09-21"; P = "2022-10-11"; AT = "Deputy Interior Minister Askar Temirbayev"; MA = "Mashtakovo"
C(1, "5,000-6,000", "Kazakhstan says 5,000-6,000 Russians a day still crossing at Mashtakovo",
  "arrivals", (5000, 6000), "range", "RU", "KZ", None, P, "Kazakhstan", per="day", place=MA)
C(1, "5,000-6,000", "URALSK, Kazakhstan, Oct 11 (Steppe Wire) - Russians fleeing the military call-up are still entering Kazakhstan at a rate of 5,000-6,000 a day through the Mashtakovo crossing in the West Kazakhstan region, border officials said on Tuesday, almost three weeks after President Vladimir Putin ordered a partial mobilization.",
  "arrivals", (5000, 6000), "range", "RU", "KZ", None, P, "border officials", per="day", place=MA)
C(1, "no fewer than 41,000", "In the first week of October, no fewer than 41,000 Russians crossed at Mashtakovo alone, according to the regional branch of the Border Service, which showed its daily logs to reporters at the checkpoint.",
  "arrivals", 41000, "at_least", "RU", "KZ", "2022-10-01", "2022-10-07", "the regional branch of the Border Service", place=MA)
C(1, "more than 224,000", "Across all land crossings and airports, more than 224,000 Russian citizens have entered Kazakhstan since the decree, Deputy Interior Minister Askar Temirbayev told a briefing in Astana.",
  "arrivals", 224000, "at_least", "RU", "KZ", M, P, AT)
C(1, "About 147,000", "About 147,000 of them have since left Kazakhstan again, most of them for Georgia, Turkey and the United Arab Emirates, he said.",
  "departures", 147000, "approx", "KZ", None, M, P, AT)
C(1, "9,312", "Temirbayev said 9,312 Russians had been issued individual identification numbers, which are needed to open a bank account or sign a lease, in the past seven days.",
  "residents", 9312, "exact", "RU", "KZ", "2022-10-05", P, "Temirbayev")
C(1, "roughly 1,500", "Before the decree, roughly 1,500 Russians a day crossed at Mashtakovo, most of them traders and people visiting relatives, the Border Service said.",
  "arrivals", 1500, "approx", "RU", "KZ", None, "2022-09-20", "the Border Service", per="day", place=MA)
q = "Last Tuesday the queue on the Russian side of Mashtakovo stretched for about 7 km and drivers reported waiting up to 30 hours, but three days ago it had shrunk to fewer than 400 vehicles, the regional akimat said."
C(1, "about 7 km", q, "queue", 7, "approx", "RU", "KZ", None, "2022-10-04", "the regional akimat", unit="km", place=MA)
C(1, "up to 30 hours", q, "queue", 30, "at_most", "RU", "KZ", None, "2022-10-04", "drivers", unit="hours", place=MA)
C(1, "fewer than 400", q, "queue", 400, "at_most", "RU", "KZ", None, "2022-10-08", "the regional akimat", unit="vehicles", place=MA)
C(1, "Tens of thousands", "Tens of thousands of Russian men have left their country since the call-up was announced.",
  "departures", (10000, 99999), "order", "RU", None, M, P, None, pop="men")
C(1, "300,000", "Moscow has put the size of the call-up at 300,000 reservists, although one clause of the decree has never been published.",
  "mobilized", 300000, "exact", "RU", None, M, M, "Moscow", pop="reservists")

# ---- 02 Uganda sitrep (issued 2022-07-05, covering 13 June - 3 July 2022; "past week"/"last 7 days" = 06-27..07-03;
#      "over the weekend" = Sat 07-02 - Sun 07-03). Table and unattributed bullets: the NGO's own monitoring -> source null.
W = "2022-06-13"; E = "2022-07-03"; W7 = "2022-06-27"
C(2, "About 36,500", "**About 36,500** Congolese have crossed into Uganda's Kisoro district since fighting reached Bunagana on 13 June, according to district border monitors.",
  "arrivals", 36500, "approx", "CD", "UG", W, E, "district border monitors", place="Kisoro")
q = "Arrivals slowed to **fewer than 300 a day** over the past week, down from a peak of 11,842 on 14 June."
C(2, "fewer than 300", q, "arrivals", 300, "at_most", "CD", "UG", W7, E, None, per="day")
C(2, "11,842", q, "arrivals", 11842, "exact", "CD", "UG", "2022-06-14", "2022-06-14", None)
C(2, "Between 3,000 and 4,000", "Between 3,000 and 4,000 people went back from Uganda to Bunagana and nearby villages over the weekend, as the front line moved north.",
  "returns", (3000, 4000), "range", "CD", "UG", "2022-07-02", "2022-07-03", None)
C(2, "Some 4,100", "Some 4,100 people are staying at the **Nyakabande** transit centre, which was built to hold 1,500.",
  "residents", 4100, "approx", "CD", "UG", None, E, None, place="Nyakabande")
for row, place, tot, totv, wk, wkv in [
        ("| Bunagana | 24 310 | 1 102 |", "Bunagana", "24 310", 24310, "1 102", 1102),
        ("| Busanza | 8 655 | 419 |", "Busanza", "8 655", 8655, "419", 419),
        ("| Ishasha (Kanungu) | 3 517 | 264 |", "Ishasha", "3 517", 3517, "264", 264),
        ("| **Total** | **36 482** | **1 785** |", None, "36 482", 36482, "1 785", 1785)]:
    C(2, tot, row, "arrivals", totv, "exact", "CD", "UG", W, E, None, place=place)
    C(2, wk, row, "arrivals", wkv, "exact", "CD", "UG", W7, E, None, place=place)
C(2, "21,905", "Uganda's Office of the Prime Minister had granted refugee status to 21,905 of the new arrivals by 1 July.",
  "asylum", 21905, "exact", "CD", "UG", W, "2022-07-01", "Uganda's Office of the Prime Minister")
C(2, "1,216", "Rwanda's emergency management ministry reported 1,216 Congolese arrivals at the Kabuhanga crossing in the same period.",
  "arrivals", 1216, "exact", "CD", "RW", W, E, "Rwanda's emergency management ministry", place="Kabuhanga")
C(2, "just under half a million", "Uganda already hosted just under half a million Congolese refugees before this influx, out of nearly 1.5 million refugees of all nationalities.",
  "residents", 500000, "nearly", "CD", "UG", None, "2022-06-12", None)

# ---- 03 Frontier Ledger (published Saturday 2023-11-04; "on Friday" = 11-03, "Thursday" = 11-02; drive announced 2023-10-03)
P = "2023-11-04"; S = "2023-10-03"; F = "2023-11-03"; HD = "the Khyber Pakhtunkhwa home department"
C(3, "Over 2 lakh", "Over 2 lakh Afghans leave via Torkham since deadline announced, says home department",
  "returns", 200000, "at_least", "AF", "PK", S, F, "home department", place="Torkham")
C(3, "More than 2 lakh", "PESHAWAR: More than 2 lakh Afghan nationals have crossed back into Afghanistan through Torkham since the federal government announced on October 3 that undocumented foreigners must leave by November 1, the Khyber Pakhtunkhwa home department said on Friday.",
  "returns", 200000, "at_least", "AF", "PK", S, F, HD, place="Torkham")
q = "According to the department's figures, 24,318 people crossed on Thursday alone, the highest single-day total since the drive began, while around 9,000 crossed daily in the second half of October."
C(3, "24,318", q, "returns", 24318, "exact", "AF", "PK", "2023-11-02", "2023-11-02", HD, place="Torkham")
C(3, "around 9,000", q, "returns", 9000, "approx", "AF", "PK", "2023-10-16", "2023-10-31", HD, per="day", place="Torkham")
C(3, "just under 11,000", "Of the total, just under 11,000 were deported from holding centres in Landi Kotal and Peshawar; the rest left on their own, officials said.",
  "returns", 11000, "nearly", "AF", "PK", S, F, "officials", place="Torkham")
C(3, "61,500", "At the Chaman crossing in Balochistan, the provincial government put the number of Afghans who had gone home over the same period at 61,500.",
  "returns", 61500, "exact", "AF", "PK", S, F, "the provincial government", place="Chaman")
C(3, "nearly 9 kilometres", "The line of trucks loaded with charpoys, livestock and household goods stretched for nearly 9 kilometres on the Pakistani side of Torkham on Friday morning.",
  "queue", 9, "nearly", "PK", "AF", None, F, None, unit="km", place="Torkham")
q = "Officials estimate that some 17 lakh Afghans were living in Pakistan without documents when the drive began, alongside about 13 lakh holders of Proof of Registration (PoR) cards and 8 lakh holders of Afghan Citizen Cards, who are exempt for now."
C(3, "some 17 lakh", q, "residents", 1700000, "approx", "AF", "PK", None, S, "Officials")
C(3, "about 13 lakh", q, "residents", 1300000, "approx", "AF", "PK", None, S, "Officials")
C(3, "8 lakh", q, "residents", 800000, "exact", "AF", "PK", None, S, "Officials")
C(3, "1,24,500", "On the other side of the border, the refugees ministry of the Taliban administration said it had received 1,24,500 returnees from Pakistan at the Torkham zero point since September 15.",
  "returns", 124500, "exact", "AF", "PK", "2023-09-15", P, "the refugees ministry of the Taliban administration", place="Torkham")
C(3, "as many as 3,500", "Iran deported as many as 3,500 Afghans a day through the Islam Qala crossing in October, according to an aid worker in Herat who spoke on condition of anonymity.",
  "returns", 3500, "at_most", "AF", "IR", "2023-10", "2023-10", "an aid worker in Herat", per="day", place="Islam Qala")

# ---- 04 Meridian Review op-ed (published 2024-03-12; "Last April" = 2023-04)
P = "2024-03-12"; CMA = "Colombia's migration authority"
C(4, "Roughly 7.7 million", "Roughly 7.7 million Venezuelans have left their country since 2014, according to the Andean Mobility Observatory, a tally that would make this the largest displacement in the hemisphere's modern history.",
  "departures", 7700000, "approx", "VE", None, "2014", P, "the Andean Mobility Observatory")
C(4, "close to 2.9 million", "Colombia alone hosts close to 2.9 million of them, according to its migration authority, a figure that has barely been revised in two years.",
  "residents", 2900000, "nearly", "VE", "CO", None, P, CMA)
C(4, "around 1.2m", "Bogota has handed out around 1.2m ten-year residence cards under its Temporary Protection Statute, a policy that deserves more praise than it gets.",
  "residents", 1200000, "approx", "VE", "CO", None, P, None)
q = "Peru, with perhaps 1.5 million Venezuelan residents, comes second; Ecuador and Chile each host well over 440,000."
C(4, "1.5 million", q, "residents", 1500000, "exact", "VE", "PE", None, P, None)
C(4, "well over 440,000", q, "residents", 440000, "at_least", "VE", "EC", None, P, None)
C(4, "well over 440,000", q, "residents", 440000, "at_least", "VE", "CL", None, P, None)
q = "At the Simon Bolivar bridge into Cucuta, Colombia's migration authority still counts around 2,000 Venezuelans a day arriving with the intention of staying, down from more than 5,000 a day in 2019."
C(4, "around 2,000", q, "arrivals", 2000, "approx", "VE", "CO", None, P, CMA, per="day", place="Simon Bolivar bridge")
C(4, "more than 5,000", q, "arrivals", 5000, "at_least", "VE", "CO", "2019", "2019", CMA, per="day", place="Simon Bolivar bridge")
C(4, "nearly two miles", "Last April, when Chile tightened its northern border, the line at the Chacalluta crossing into Peru stretched for nearly two miles, made up largely of Venezuelan families trying to leave Chile.",
  "queue", 3.2, "nearly", "CL", "PE", None, "2023-04", None, unit="km", place="Chacalluta")
C(4, "more than 328,000", "Panama recorded more than 328,000 Venezuelans crossing the jungle into its territory in 2023, some 63 per cent of everyone who made the journey, before most pressed on towards the United States.",
  "arrivals", 328000, "at_least", "VE", "PA", "2023", "2023", "Panama", place="Darien")
C(4, "more than 30,000", "Caracas boasts that its Vuelta a la Patria flights have brought home more than 30,000 compatriots, a number nobody outside the government has been able to check and which I would treat with caution.",
  "returns", 30000, "at_least", "VE", None, None, P, "Caracas")
C(4, "some 530,000", "Peru is sitting on some 530,000 pending asylum claims from Venezuelans, the largest backlog of its kind in the world, while Colombia receives a few thousand new claims a year.",
  "asylum", 530000, "approx", "VE", "PE", None, P, None)

# ---- 05 Karabakh interview (published Friday 2023-10-06; "Tuesday" = 10-03; offensive 2023-09-19)
P = "2023-10-06"; KH = "Armen Khachikian"
C(5, "More than 100,400", "More than 100,400 people crossed into Armenia from Nagorno-Karabakh in the ten days after Azerbaijan's offensive of 19 September, according to the Armenian government.",
  "arrivals", 100400, "at_least", "AZ", "AM", "2023-09-19", "2023-09-29", "the Armenian government")
C(5, "six to eight hours", "The first cars came off the Hakari bridge into Kornidzor, and drivers told us they had waited six to eight hours at the Azerbaijani checkpoint before the bridge.",
  "queue", (6, 8), "range", "AZ", "AM", None, "2023-09-24", "drivers", unit="hours", place="Hakari bridge")
C(5, "tens of thousands", "In Goris, a town of about 20,000, tens of thousands arrived within those first two days.",
  "arrivals", (10000, 99999), "order", "AZ", "AM", "2023-09-24", "2023-09-25", None, place="Goris")
C(5, "about 28,000", "And on the 26th alone, about 28,000 people came through Kornidzor.",
  "arrivals", 28000, "approx", "AZ", "AM", "2023-09-26", "2023-09-26", KH, place="Kornidzor")
C(5, "some four thousand", "At one point Goris had some four thousand people sleeping in its schools, the theatre and the sports hall.",
  "residents", 4000, "approx", "AZ", "AM", None, P, KH, place="Goris")
q = "By the Wednesday, the 27th, the wait was as long as 30 hours, and the line of cars ran back at least 15 kilometres towards Lachin."
C(5, "as long as 30 hours", q, "queue", 30, "at_most", "AZ", "AM", None, "2023-09-27", KH, unit="hours", place="Hakari bridge")
C(5, "at least 15 kilometres", q, "queue", 15, "at_least", "AZ", "AM", None, "2023-09-27", KH, unit="km", place="Hakari bridge")
C(5, "About 45,000", "About 45,000 of them are now staying in Yerevan, with relatives or in hotels the state has rented.",
  "residents", 45000, "approx", "AZ", "AM", None, P, KH, place="Yerevan")
C(5, "91,350", "As of Tuesday, 91,350 had registered with the social affairs ministry for the support programme, which pays 50,000 drams a month for each person.",
  "residents", 91350, "exact", "AZ", "AM", None, "2023-10-03", "the social affairs ministry")
C(5, "just under 6,000", "Our partners at Zvartnots airport think just under 6,000 have flown on since the start of October, mostly to Russia and France.",
  "departures", 6000, "nearly", "AM", None, "2023-10-01", P, "partners at Zvartnots airport")

# ---- 06 VeriCaribe fact check (published Tuesday 2024-10-15; "last week" = 10-07..10-13, "over the weekend" = 10-12..10-13)
P = "2024-10-15"; DGM = "The Dominican migration directorate (DGM)"; USG = "US government figures"
C(6, "251.407", "For the whole of 2023 it reported 251.407 repatriations of Haitian nationals to Haiti.",
  "returns", 251407, "exact", "HT", "DO", "2023", "2023", DGM)
C(6, "about a quarter of a million", "That is about a quarter of a million people in twelve months, and the highest annual total on record.",
  "returns", 250000, "approx", "HT", "DO", "2023", "2023", DGM)
C(6, "128,600", "For 2024, the DGM's bulletins for January to September add up to 128,600 Haitians deported, about half of the figure in the viral post.",
  "returns", 128600, "exact", "HT", "DO", "2024-01", "2024-09", "the DGM")
C(6, "11,017", "The directorate said 11,017 Haitians were deported last week.",
  "returns", 11017, "exact", "HT", "DO", "2024-10-07", "2024-10-13", "The directorate")
C(6, "3,920", "Over the weekend, the Haitian NGO Reseau Frontalier Solidarite counted 3,920 deportees arriving in Ouanaminthe from Dajabon.",
  "returns", 3920, "exact", "HT", "DO", "2024-10-12", "2024-10-13", "the Haitian NGO Reseau Frontalier Solidarite", place="Dajabon")
C(6, "497,825", "The most recent national immigrant survey, conducted in 2017 with a sample of 15,400 households, estimated that 497,825 Haitian-born people lived in the country.",
  "residents", 497825, "exact", "HT", "DO", "2017", "2017", "The most recent national immigrant survey")
q = "In the United States, an estimated 309,000 Haitians hold Temporary Protected Status, and more than 200,000 have arrived under a humanitarian parole programme since January 2023, according to US government figures."
C(6, "an estimated 309,000", q, "residents", 309000, "approx", "HT", "US", None, P, USG)
C(6, "more than 200,000", q, "arrivals", 200000, "at_least", "HT", "US", "2023-01", P, USG)
C(6, "44,239", "Mexico's refugee commission received 44,239 asylum claims from Haitians in 2023.",
  "asylum", 44239, "exact", "HT", "MX", "2023", "2023", "Mexico's refugee commission")

# ---- 07 Danube Herald live blog (2022-03-10, Thursday; "Wednesday" = 03-09; truncated at "another 3,2")
P = "2022-03-10"; WAR = "2022-02-24"
C(7, "105,800", "The Czech interior ministry says it has granted special long-term visas to 105,800 refugees from Ukraine since the war began, and that police now register new arrivals at 14 regional centres.",
  "residents", 105800, "exact", "UA", "CZ", WAR, P, "The Czech interior ministry")
q = "Queue at Medyka: Polish border guards say the pedestrian line on the Ukrainian side is about 2 km long this morning, with waits of 10 to 12 hours in freezing rain."
C(7, "about 2 km", q, "queue", 2, "approx", "UA", "PL", None, P, "Polish border guards", unit="km", place="Medyka")
C(7, "10 to 12 hours", q, "queue", (10, 12), "range", "UA", "PL", None, P, "Polish border guards", unit="hours", place="Medyka")
q = "Romania's border police say 181,460 people entered the country from Ukraine between 3 and 9 March, 37,150 of them at Siret."
C(7, "181,460", q, "arrivals", 181460, "exact", "UA", "RO", "2022-03-03", "2022-03-09", "Romania's border police")
C(7, "37,150", q, "arrivals", 37150, "exact", "UA", "RO", "2022-03-03", "2022-03-09", "Romania's border police", place="Siret")
C(7, "nearly 100,000", "Moldova's interior minister says nearly 100,000 refugees from Ukraine remain in the country, most of them in Chisinau; the rest have travelled on to Romania and the EU.",
  "residents", 100000, "nearly", "UA", "MD", None, P, "Moldova's interior minister")
q = "Slovakia's interior ministry says 140,745 people have entered from Ukraine since 24 February, and 31,200 of them have applied for temporary protection in Slovakia."
C(7, "140,745", q, "arrivals", 140745, "exact", "UA", "SK", WAR, P, "Slovakia's interior ministry")
C(7, "31,200", q, "residents", 31200, "exact", "UA", "SK", WAR, P, "Slovakia's interior ministry")
C(7, "1,412,000", "Poland has received 1,412,000 people from Ukraine since the war began, its border guard says.",
  "arrivals", 1412000, "exact", "UA", "PL", WAR, P, "Poland's border guard")
C(7, "about 140,000", "Ukraine's border guard service says about 140,000 Ukrainians, most of them men, have come back from abroad since the invasion began, many of them to join the army.",
  "returns", 140000, "approx", "UA", None, WAR, P, "Ukraine's border guard service")
C(7, "4,870", "Moldova's border police say 4,870 people crossed from Ukraine at Palanca between 6am and 9am today, a pace not seen since the first weekend of the war.",
  "arrivals", 4870, "exact", "UA", "MD", P, P, "Moldova's border police", place="Palanca")
C(7, "roughly 10,000", "Berlin: city officials say roughly 10,000 people from Ukraine are now arriving at the main station every day, many of them planning to travel on.",
  "arrivals", 10000, "approx", "UA", "DE", None, P, "city officials", per="day", place="Berlin")
C(7, "More than 2.2 million", "More than 2.2 million people have now fled Ukraine since 24 February, the UN refugee agency says.",
  "departures", 2200000, "at_least", "UA", None, WAR, P, "the UN refugee agency")
C(7, "9,140", "Hungary's police said 9,140 people entered from Ukraine on Wednesday, the highest daily figure this week, and another 3,2",
  "arrivals", 9140, "exact", "UA", "HU", "2022-03-09", "2022-03-09", "Hungary's police")

# ---- 08 Sea Route Monitor explainer (published Wednesday 2024-01-10; "over the weekend" = 01-06..01-07).
#      Boat journeys start in Bangladesh -> origin BD; stocks of Rohingya outside Myanmar -> origin MM (see NOTES).
P = "2024-01-10"; AS = "the Andaman Sea Monitoring Group"
C(8, "More than 1,500", "More than 1,500 Rohingya landed in Aceh between mid-November and the end of December, in at least nine boats, according to the Andaman Sea Monitoring Group, a coalition of local fishermen's groups and NGOs.",
  "arrivals", 1500, "at_least", "BD", "ID", "2023-11", "2023-12", AS, place="Aceh")
C(8, "about 250", "In November, people were coming ashore at a rate of about 250 per week.",
  "arrivals", 250, "approx", "BD", "ID", "2023-11", "2023-11", AS, per="week", place="Aceh")
C(8, "135", "Over the weekend, another boat with 135 people reached Sabang, an island off the northern tip of Sumatra.",
  "arrivals", 135, "exact", "BD", "ID", "2024-01-06", "2024-01-07", None, place="Sabang")
C(8, "close to a million", "Almost all the boats left from the camps in Cox's Bazar, Bangladesh, where close to a million Rohingya now live.",
  "residents", 1000000, "nearly", "MM", "BD", None, P, None, place="Cox's Bazar")
C(8, "more than 700,000", "Most of them arrived after 25 August 2017, when more than 700,000 fled an army crackdown in Myanmar's Rakhine state into Bangladesh between August and December of that year.",
  "arrivals", 700000, "at_least", "MM", "BD", "2017-08-25", "2017-12", None)
C(8, "About 4,500", "About 4,500 Rohingya set out by sea from Bangladesh in 2023, the highest number since 2015, the Andaman Sea Monitoring Group says.",
  "departures", 4500, "approx", "BD", None, "2023", "2023", AS)
C(8, "Fewer than 100", "Fewer than 100 came ashore in southern Thailand.",
  "arrivals", 100, "at_most", "BD", "TH", "2023", "2023", AS)
C(8, "as many as 107,000", "Malaysia, long the main destination, hosts as many as 107,000 Rohingya registered with the UN refugee agency, and Kuala Lumpur has tightened patrols.",
  "residents", 107000, "at_most", "MM", "MY", None, P, None)
C(8, "half a million", "Saudi Arabia is thought to host half a million Rohingya, many of whom arrived decades ago.",
  "residents", 500000, "exact", "MM", "SA", None, P, None)
C(8, "roughly 1,700", "Aceh now shelters roughly 1,700 Rohingya in temporary sites, including a convention hall in Banda Aceh, according to the provincial social affairs office.",
  "residents", 1700, "approx", "BD", "ID", None, P, "the provincial social affairs office", place="Aceh")

# ---- 09 Lithuanian statistics release (published 2023-08-02; register date 2023-07-01; the Bureau's own data -> source null)
P = "2023-08-02"; R = "2023-07-01"; H1 = ("2023-01", "2023-06")
C(9, "82 318", "As of 1 July 2023, 82 318 citizens of Ukraine held temporary protection or a residence permit in Lithuania.",
  "residents", 82318, "exact", "UA", "LT", None, R, None)
C(9, "86 507", "Since 24 February 2022, a total of 86 507 people who fled the war in Ukraine have registered on arrival in Lithuania.",
  "arrivals", 86507, "exact", "UA", "LT", "2022-02-24", R, None)
q = "In January-June 2023, 8 904 refugees from Ukraine arrived and registered for the first time, an average of 1 480 every month."
C(9, "8 904", q, "arrivals", 8904, "exact", "UA", "LT", *H1, None)
C(9, "1 480", q, "arrivals", 1480, "exact", "UA", "LT", *H1, None, per="month")
C(9, "Some 3 950", "Some 3 950 Ukrainians deregistered their stay in the same half-year after returning to Ukraine, the Bureau estimates on the basis of declarations of departure.",
  "returns", 3950, "approx", "UA", "LT", *H1, None)
C(9, "61 240", "The number of Belarusian citizens holding valid residence permits in Lithuania reached 61 240 on 1 July 2023.",
  "residents", 61240, "exact", "BY", "LT", None, R, None)
C(9, "16 080", "At the start of 2020, before the disputed presidential election of August 2020 and the repression that followed, the figure was 16 080.",
  "residents", 16080, "exact", "BY", "LT", None, "2020-01", None)
C(9, "2 716", "In the first half of 2023, Belarusian citizens submitted 2 716 applications for temporary residence permits.",
  "residents", 2716, "exact", "BY", "LT", *H1, None)
q = "The largest group came from citizens of Belarus (412), followed by Russia (198) and Tajikistan (97)."
C(9, "412", q, "asylum", 412, "exact", "BY", "LT", *H1, None)
C(9, "198", q, "asylum", 198, "exact", "RU", "LT", *H1, None)
C(9, "97", q, "asylum", 97, "exact", "TJ", "LT", *H1, None)

# ---- 10 weekly digest (published Friday 2023-06-23; "on Wednesday" = 06-21, "on Monday" = 06-19, "last week" = 06-12..06-18)
P = "2023-06-23"; NC = "the National Commission for Refugee Reception"; CBP = "US Customs and Border Protection"
C(10, "More than 149,000", "More than 149,000 Sudanese have crossed into eastern Chad since fighting began in mid-April, the National Commission for Refugee Reception said on Wednesday.",
  "arrivals", 149000, "at_least", "SD", "TD", "2023-04", "2023-06-21", NC)
C(10, "About 45k", "About 45k of them arrived at Adre in the past week alone, after militias attacked El Geneina, where at least 1,100 people were killed.",
  "arrivals", 45000, "approx", "SD", "TD", "2023-06-15", "2023-06-21", NC, place="Adre")
C(10, "554,000", "Turkiye's interior minister said on Monday that 554,000 Syrians had returned voluntarily to Syria since 2016.",
  "returns", 554000, "exact", "SY", "TR", "2016", "2023-06-19", "Turkiye's interior minister")
C(10, "roughly 1,800", "Syrian officials at the Bab al-Hawa crossing, opposite Cilvegozu, counted roughly 1,800 returnees from Turkiye last week.",
  "returns", 1800, "approx", "SY", "TR", "2023-06-12", "2023-06-18", "Syrian officials at the Bab al-Hawa crossing", place="Cilvegozu")
C(10, "32,840", "Nicaraguans filed 32,840 asylum applications in Costa Rica in the first five months of 2023, the migration directorate said.",
  "asylum", 32840, "exact", "NI", "CR", "2023-01", "2023-05", "the migration directorate")
C(10, "well over 200,000", "Since the 2018 crackdown, well over 200,000 Nicaraguans have applied for asylum in the country.",
  "asylum", 200000, "at_least", "NI", "CR", "2018", P, None)
q = "Fewer than 3,000 Cubans entered the United States between ports of entry in May, compared with more than 34,000 in December, US Customs and Border Protection figures show."
C(10, "Fewer than 3,000", q, "arrivals", 3000, "at_most", "CU", "US", "2023-05", "2023-05", CBP)
C(10, "more than 34,000", q, "arrivals", 34000, "at_least", "CU", "US", "2022-12", "2022-12", CBP)
C(10, "About 38,000", "About 38,000 Cubans have flown to the US under the parole programme since January; applicants must have a sponsor and pay for their own flight, which costs around US$ 400 from Havana.",
  "arrivals", 38000, "approx", "CU", "US", "2023-01", P, None)
C(10, "100,000", "A report by the Runet Labour Monitor estimates that 100,000 IT specialists left Russia in 2022, most of them after the mobilization decree of 21 September.",
  "departures", 100000, "exact", "RU", None, "2022", "2022", "the Runet Labour Monitor", pop="it_workers")
C(10, "up to 9,000", "Armenia's economy ministry says up to 9,000 Russian IT workers are now registered as residents there.",
  "residents", 9000, "at_most", "RU", "AM", None, P, "Armenia's economy ministry", pop="it_workers")
q = "About 22,000 people crossed from Ukraine into Poland daily in the first three weeks of June, while about 21,000 went back to Ukraine each day, Poland's border guard said."
C(10, "About 22,000", q, "arrivals", 22000, "approx", "UA", "PL", "2023-06-01", "2023-06-21", "Poland's border guard", per="day")
C(10, "about 21,000", q, "returns", 21000, "approx", "UA", "PL", "2023-06-01", "2023-06-21", "Poland's border guard", per="day")
C(10, "1.6 million", "Ukrainians now hold 1.6 million PESEL identity numbers, but officials stress that the daily numbers include commuters and truck drivers.",
  "residents", 1600000, "exact", "UA", "PL", None, P, None)

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} claims written")
