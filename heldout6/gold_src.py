#!/usr/bin/env python3
"""heldout6 gold source: compact hand-written claims. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
G = []


def C(doc, text, quote, measure, low, high, qual, origin, dest, frm, to, source,
      unit="people", per=None, place=None, pop="general"):
    G.append({"doc": doc, "text": text, "quote": quote, "measure": measure, "unit": unit, "per": per,
              "low": low, "high": high, "qualifier": qual, "origin": origin, "destination": dest,
              "place": place, "population": pop, "from": frm, "to": to, "source": source})


# ---------------- f01: Kazakhstan wire, published 2022-10-04 (Tuesday)
D = "f01_kazakhstan_wire.txt"
M = "2022-09-21"
C(D, "over 121,000", "Kazakhstan counts over 121,000 Russian arrivals since call-up",
  "arrivals", 121000, None, "at_least", "RU", "KZ", M, "2022-10-04", None)
C(D, "More than 121,000", "ALMATY, Oct 4 (SWS) - More than 121,000 Russian citizens have entered Kazakhstan since President Vladimir Putin announced a partial mobilisation on Sept. 21, Kazakhstan's migration committee said on Tuesday.",
  "arrivals", 121000, None, "at_least", "RU", "KZ", M, "2022-10-04", "Kazakhstan's migration committee")
C(D, "some 64 200", "Over the same period, some 64 200 Russians left Kazakhstan again for third countries such as Turkey, Georgia and the United Arab Emirates, committee deputy head Arman Zhaksylykov told reporters in the capital.",
  "departures", 64200, 64200, "approx", "KZ", None, M, "2022-10-04", "committee deputy head Arman Zhaksylykov")
Q = "On Saturday alone, 9,820 Russians crossed into Kazakhstan, the committee said, compared with an average of about 3,000 a day in the first half of September."
C(D, "9,820", Q, "arrivals", 9820, 9820, "exact", "RU", "KZ", "2022-10-01", "2022-10-01", "Kazakhstan's migration committee")
C(D, "about 3,000", Q, "arrivals", 3000, 3000, "approx", "RU", "KZ", "2022-09-01", "2022-09-15", "Kazakhstan's migration committee", per="day")
C(D, "300,000", "Moscow has said its call-up will cover 300,000 reservists with combat experience, although lawyers and rights groups say summonses have reached men with no military background at all.",
  "mobilized", 300000, 300000, "exact", "RU", None, M, M, "Moscow", pop="reservists")
Q = "At the Syrym crossing in West Kazakhstan region, the line of cars on the Russian side stretched for roughly 4 km on Monday morning, and drivers said they had waited up to 20 hours to reach the Kazakh checkpoint."
C(D, "roughly 4 km", Q, "queue", 4, 4, "approx", "RU", "KZ", None, "2022-10-03", None, unit="km", place="Syrym")
C(D, "up to 20 hours", Q, "queue", None, 20, "at_most", "RU", "KZ", None, "2022-10-03", "drivers", unit="hours", place="Syrym")
Q = "Border guards counted 1,150 vehicles waiting at Syrym and another 600 at the Karaozek checkpoint in Atyrau region on Monday evening, according to the regional administration."
C(D, "1,150", Q, "queue", 1150, 1150, "exact", "RU", "KZ", None, "2022-10-03", "the regional administration", unit="vehicles", place="Syrym")
C(D, "600", Q, "queue", 600, 600, "exact", "RU", "KZ", None, "2022-10-03", "the regional administration", unit="vehicles", place="Karaozek")
C(D, "51 400", "Russians have also been issued 51 400 individual identification numbers (IINs) since Sept. 21, the State Revenue Committee said in a statement.",
  "residents", 51400, 51400, "exact", "RU", "KZ", M, "2022-10-04", "the State Revenue Committee")
C(D, "About 7,000", "About 7,000 Kazakh citizens who had been living and working in Russia also came home over the past two weeks, the migration committee said, some of them after receiving call-up papers at their Russian workplaces.",
  "returns", 7000, 7000, "approx", "KZ", "RU", "2022-09-20", "2022-10-04", "Kazakhstan's migration committee")

# ---------------- f02: Poland live blog, published 2022-02-28 (Monday); war began Thursday 2022-02-24
D = "f02_poland_liveblog.html"
W = "2022-02-24"
P = "2022-02-28"
C(D, "about 6 miles", "At Záhony, cars were backed up for about 6 miles on the Ukrainian side of the bridge this afternoon, Hungarian police said.",
  "queue", 9.7, 9.7, "approx", "UA", "HU", None, P, "Hungarian police", unit="km", place="Záhony")
C(D, "more than 500,000", "The UN refugee agency says more than 500,000 people have now fled Ukraine into neighbouring countries.",
  "departures", 500000, None, "at_least", "UA", None, W, P, "The UN refugee agency")
C(D, "45k", "Romania: 45k Ukrainians have arrived since Thursday, the government in Bucharest said.",
  "arrivals", 45000, 45000, "exact", "UA", "RO", W, P, "the government in Bucharest")
C(D, "54,000", "Hungary: Police say 54,000 people have entered from Ukraine since the war began, most of them at Záhony and Beregsurány.",
  "arrivals", 54000, 54000, "exact", "UA", "HU", W, P, "Hungarian police")
C(D, "73", "Just 73 have applied for asylum, police said.",
  "asylum", 73, 73, "exact", "UA", "HU", W, P, "Hungarian police")
C(D, "38 912", "Slovakia: The interior ministry in Bratislava says 38 912 people entered Slovakia from Ukraine between Thursday and midnight on Sunday.",
  "arrivals", 38912, 38912, "exact", "UA", "SK", W, "2022-02-27", "The interior ministry in Bratislava")
Q = "Of them, some 11,000 came through the Vyšné Nemecké crossing, where hundreds of people were still waiting on foot in the cold this morning."
C(D, "some 11,000", Q, "arrivals", 11000, 11000, "approx", "UA", "SK", W, "2022-02-27", "The interior ministry in Bratislava", place="Vyšné Nemecké")
C(D, "hundreds", Q, "queue", 100, 999, "order", "UA", "SK", None, P, None, place="Vyšné Nemecké")
Q = "At Medyka, the queue on the Ukrainian side is around 15 kilometres long and people on foot are waiting for up to 30 hours, a volunteer at the crossing told our reporter."
C(D, "around 15 kilometres", Q, "queue", 15, 15, "approx", "UA", "PL", None, P, "a volunteer at the crossing", unit="km", place="Medyka")
C(D, "up to 30 hours", Q, "queue", None, 30, "at_most", "UA", "PL", None, P, "a volunteer at the crossing", unit="hours", place="Medyka")
C(D, "281,000", "Poland's border guard says 281,000 people have crossed from Ukraine into Poland since Thursday, when Russia launched its invasion.",
  "arrivals", 281000, 281000, "exact", "UA", "PL", W, P, "Poland's border guard")
C(D, "about 100,000", "On Sunday alone, about 100,000 people crossed, it said on Twitter.",
  "arrivals", 100000, 100000, "approx", "UA", "PL", "2022-02-27", "2022-02-27", "Poland's border guard")

# ---------------- f03: Karabakh explainer, published 2023-10-03 (Tuesday); offensive 2023-09-19
D = "f03_karabakh_explainer.md"
O = "2023-09-19"
P = "2023-10-03"
C(D, "more than 100,000", "Karabakh exodus explained: where did more than 100,000 people go?",
  "departures", 100000, None, "at_least", "AZ", None, O, P, None)
C(D, "100,617", "As of Monday evening, 100,617 people had crossed into Armenia from Nagorno-Karabakh since Azerbaijan's one-day offensive of 19-20 September, according to the Armenian government's press office.",
  "arrivals", 100617, 100617, "exact", "AZ", "AM", O, "2023-10-02", "the Armenian government's press office")
Q = "Only 1,200 people crossed on Sunday, compared with 28,000 on Thursday, the busiest single day."
C(D, "1,200", Q, "arrivals", 1200, 1200, "exact", "AZ", "AM", "2023-10-01", "2023-10-01", None)
C(D, "28,000", Q, "arrivals", 28000, 28000, "exact", "AZ", "AM", "2023-09-28", "2023-09-28", None)
Q = "At the peak, on 26 September, the column was roughly 3,500 vehicles long and stretched for more than 30 km, Armenian officials said."
C(D, "roughly 3,500", Q, "queue", 3500, 3500, "approx", "AZ", "AM", None, "2023-09-26", "Armenian officials", unit="vehicles")
C(D, "more than 30 km", Q, "queue", 30, None, "at_least", "AZ", "AM", None, "2023-09-26", "Armenian officials", unit="km")
C(D, "Some 21,000", "Some 21,000 have registered as residents in Yerevan, the capital's city hall said, and the rest are spread across the country, many in Syunik and Ararat provinces.",
  "residents", 21000, 21000, "approx", "AZ", "AM", O, P, "the capital's city hall", place="Yerevan")
C(D, "12 500", "Even so, Armenia's migration and citizenship service said it has granted temporary refugee status to 12 500 people from Karabakh who had no Armenian citizenship.",
  "asylum", 12500, 12500, "exact", "AZ", "AM", O, P, "Armenia's migration and citizenship service")
C(D, "19", "Azerbaijani officials said on Sunday that 19 people had come back through the Lachin checkpoint, a figure Armenian officials did not dispute.",
  "returns", 19, 19, "exact", "AZ", "AM", O, "2023-10-01", "Azerbaijani officials", place="Lachin")

# ---------------- f04: Sudan NGO press release, published 2024-04-15; war began 2023-04-15
D = "f04_sudan_chad_ngo.txt"
S = "2023-04-15"
P = "2024-04-15"
C(D, "More than two million", "More than two million people have fled Sudan to neighbouring countries since 15 April 2023, according to the UN refugee agency.",
  "departures", 2000000, None, "at_least", "SD", None, S, P, "the UN refugee agency")
C(D, "More than 560,000", "More than 560,000 Sudanese refugees have crossed into Chad over the same period, most of them through the border town of Adré, the agency said.",
  "arrivals", 560000, None, "at_least", "SD", "TD", S, P, "the UN refugee agency")
C(D, "roughly 500,000", "Egyptian officials say roughly 500,000 Sudanese have reached Egypt since the war began.",
  "arrivals", 500000, 500000, "approx", "SD", "EG", S, P, "Egyptian officials")
Q = "In the past two weeks alone, 9,400 new arrivals were registered in Adré - an average of about 670 a day."
C(D, "9,400", Q, "arrivals", 9400, 9400, "exact", "SD", "TD", "2024-04-01", P, None, place="Adré")
C(D, "about 670", Q, "arrivals", 670, 670, "approx", "SD", "TD", "2024-04-01", P, None, per="day", place="Adré")
C(D, "142 000", "Of the Sudanese who reached Egypt, 142 000 have registered with the UN agency in Cairo.",
  "residents", 142000, 142000, "exact", "SD", "EG", S, P, None, place="Cairo")
C(D, "26,500", "In Egypt, 26,500 Sudanese lodged asylum claims in the first three months of 2024, the agency said.",
  "asylum", 26500, 26500, "exact", "SD", "EG", "2024-01", "2024-03", "the UN refugee agency")
C(D, "An estimated 37,000", "An estimated 37,000 South Sudanese refugees who had lived in Sudan for years have returned home to South Sudan.",
  "returns", 37000, 37000, "approx", "SS", "SD", S, P, None)
Q = "Chad now hosts close to 1.1m Sudanese refugees, including about 400,000 who fled earlier conflicts in Darfur and have lived in eastern Chad for two decades."
C(D, "close to 1.1m", Q, "residents", None, 1100000, "nearly", "SD", "TD", None, P, None)
C(D, "about 400,000", Q, "residents", 400000, 400000, "approx", "SD", "TD", None, P, None)
C(D, "between 3,000 and 4,000", "\"We saw between 3,000 and 4,000 people a day arrive in Adré in the worst days of June last year, many of them with gunshot wounds,\" said Halima Ousmane, SRA's country director for Chad.",
  "arrivals", 3000, 4000, "range", "SD", "TD", "2023-06", "2023-06", "Halima Ousmane, SRA's country director for Chad", per="day", place="Adré")

# ---------------- f05: Venezuela data piece, published 2024-06-20
D = "f05_venezuela_data.md"
P = "2024-06-20"
C(D, "7.7 million", "7.7 million and counting: where Venezuela's emigrants live now",
  "departures", 7700000, 7700000, "exact", "VE", None, "2015", P, None)
Q = "An estimated 7.7 million Venezuelans have left their country since 2015, and about 6.5 million of them live in Latin America and the Caribbean, according to the Andean Migration Observatory (OAM), which compiles government figures from 17 countries."
C(D, "An estimated 7.7 million", Q, "departures", 7700000, 7700000, "approx", "VE", None, "2015", P, "the Andean Migration Observatory (OAM)")
C(D, "about 6.5 million", Q, "residents", 6500000, 6500000, "approx", "VE", "LATIN_AMERICA", "2015", P, "the Andean Migration Observatory (OAM)")
TS = "OAM, national migration authorities"
for row, dest, res, asy, ret in [
        ("| Colombia | 2,860,000 | 28,400 | 3.100 |", "CO", ("2,860,000", 2860000), ("28,400", 28400), ("3.100", 3100)),
        ("| Peru | 1 540 000 | 532,000 | 1.950 |", "PE", ("1 540 000", 1540000), ("532,000", 532000), ("1.950", 1950)),
        ("| Brazil | 568,000 | 129,000 | n/a |", "BR", ("568,000", 568000), ("129,000", 129000), None),
        ("| Chile | 444,400 | 6,200 | 4.420 |", "CL", ("444,400", 444400), ("6,200", 6200), ("4.420", 4420))]:
    C(D, res[0], row, "residents", res[1], res[1], "exact", "VE", dest, None, "2024-05", "OAM")
    C(D, asy[0], row, "asylum", asy[1], asy[1], "exact", "VE", dest, "2015", P, TS)
    if ret:
        C(D, ret[0], row, "returns", ret[1], ret[1], "exact", "VE", dest, "2023", "2023", TS)
C(D, "More than 1.9 million", "More than 1.9 million Venezuelans have received the ten-year Temporary Protection Permit (PPT) since it was introduced in 2021, Colombia's migration authority said in May.",
  "residents", 1900000, None, "at_least", "VE", "CO", "2021", "2024-05", "Colombia's migration authority")
C(D, "up to 400", "In February 2023, up to 400 people a day were crossing irregularly into Chile at Colchane, on the Bolivian border, the regional government said at the time.",
  "arrivals", None, 400, "at_most", "VE", "CL", "2023-02", "2023-02", "the regional government", per="day", place="Colchane")
C(D, "4.420", "Chile also ran repatriation flights: the 4.420 returns in the table include people on those flights.",
  "returns", 4420, 4420, "exact", "VE", "CL", "2023", "2023", None)
C(D, "Some 328,000", "Some 328,000 Venezuelans crossed the Darién jungle into Panama last year, Panama's National Migration Service said, more than any other nationality.",
  "arrivals", 328000, 328000, "approx", "VE", "PA", "2023", "2023", "Panama's National Migration Service", place="Darién")

# ---------------- f06: Torkham fact check, published 2023-11-09 (Thursday); plan announced 2023-10-03
D = "f06_torkham_factcheck.html"
A = "2023-10-03"
P = "2023-11-09"
C(D, "245,000", "Pakistan's interior ministry said on Monday that 245,000 Afghans had returned to Afghanistan since the government announced the expulsion plan on 3 October.",
  "returns", 245000, 245000, "exact", "AF", "PK", A, "2023-11-06", "Pakistan's interior ministry")
C(D, "about 2 lakh", "Of those, about 2 lakh went through Torkham, the main crossing in Khyber Pakhtunkhwa, the ministry said.",
  "returns", 200000, 200000, "approx", "AF", "PK", A, "2023-11-06", "Pakistan's interior ministry", place="Torkham")
C(D, "11 230", "\"Of those who left, 11 230 were deported; the rest went voluntarily,\" a ministry spokesman told VerifyDesk.",
  "returns", 11230, 11230, "exact", "AF", "PK", A, P, "a ministry spokesman")
C(D, "fewer than 2,000", "In the first week of October, fewer than 2,000 a day were crossing at Torkham.",
  "returns", None, 2000, "at_most", "AF", "PK", "2023-10-01", "2023-10-07", None, per="day", place="Torkham")
C(D, "more than 24,000", "At the peak, on 1 and 2 November, Taliban officials at Torkham registered more than 24,000 returnees a day, according to the Afghan refugee ministry.",
  "returns", 24000, None, "at_least", "AF", "PK", "2023-11-01", "2023-11-02", "the Afghan refugee ministry", per="day", place="Torkham")
C(D, "up to three days", "Families waited for up to three days in their lorries at the crossing before being processed, drivers told our reporter.",
  "queue", None, 72, "at_most", "PK", "AF", None, P, "drivers", unit="hours", place="Torkham")
Q = "It may be a garbled version of other figures: Pakistan's government estimates that 1.7 million Afghans live in the country without valid documents, and about 1.3 million more hold Proof of Registration cards, which were not covered by the order."
C(D, "1.7 million", Q, "residents", 1700000, 1700000, "exact", "AF", "PK", None, P, "Pakistan's government")
C(D, "about 1.3 million", Q, "residents", 1300000, 1300000, "approx", "AF", "PK", None, P, "Pakistan's government")
C(D, "about 65,000", "In the same period Iran sent back about 65,000 Afghans, the Afghan refugee ministry said.",
  "returns", 65000, 65000, "approx", "AF", "IR", A, "2023-11-06", "the Afghan refugee ministry")

# ---------------- f07: Upper Lars radio transcript, published 2022-09-28 (Wednesday)
D = "f07_upper_lars_radio.txt"
P = "2022-09-28"
Q = "Georgia's interior ministry says about 10,000 people a day are now entering from Russia, up from 5,000-6,000 a day before the Kremlin's call for 300,000 reservists."
C(D, "about 10,000", Q, "arrivals", 10000, 10000, "approx", "RU", "GE", M, P, "Georgia's interior ministry", per="day")
C(D, "5,000-6,000", Q, "arrivals", 5000, 6000, "range", "RU", "GE", None, "2022-09-20", "Georgia's interior ministry", per="day")
C(D, "300,000", Q, "mobilized", 300000, 300000, "exact", "RU", None, M, M, None, pop="reservists")
C(D, "about 20 kilometres", "When I was at Upper Lars on Monday night, the line on the Russian side was about 20 kilometres.",
  "queue", 20, 20, "approx", "RU", "GE", None, "2022-09-26", "Giorgi Abashidze", unit="km", place="Upper Lars")
C(D, "48 hours", "People told me they had been waiting 48 hours.",
  "queue", 48, 48, "exact", "RU", "GE", None, "2022-09-26", "Giorgi Abashidze", unit="hours", place="Upper Lars")
C(D, "some 5 500", "They said on Monday that some 5 500 vehicles were waiting to cross.",
  "queue", 5500, 5500, "approx", "RU", "GE", None, "2022-09-26", "The North Ossetian authorities", unit="vehicles", place="Upper Lars")
C(D, "close to 53,000", "The FSB border service told Russian news agencies that close to 53,000 Russians had left for Georgia in the first week after the announcement.",
  "arrivals", None, 53000, "nearly", "RU", "GE", M, "2022-09-27", "The FSB border service")
C(D, "tens of thousands", "My rough estimate is that tens of thousands of IT workers have come to Tbilisi since February.",
  "arrivals", 10000, 99999, "order", "RU", "GE", "2022-02", P, "Nino Chkheidze", place="Tbilisi", pop="it_workers")
C(D, "about 43,000", "Statistics office figures for the first half of the year show about 43,000 Russians stayed in Georgia rather than transiting.",
  "residents", 43000, 43000, "approx", "RU", "GE", "2022-01", "2022-06", "Georgia's statistics office")

# ---------------- f08: Lebanon -> Syria truncated scrape, published 2024-10-01 (Tuesday); escalation 2024-09-23
D = "f08_lebanon_syria_scrape.html"
E = "2024-09-23"
P = "2024-10-01"
C(D, "Over 100,000", "Over 100,000 flee Lebanon into Syria as strikes intensify",
  "arrivals", 100000, None, "at_least", "LB", "SY", E, P, None)
C(D, "tens of thousands", "Syrians who once fled their own war are now going back to it, alongside tens of thousands of Lebanese",
  "arrivals", 10000, 99999, "order", "LB", "SY", E, P, None)
C(D, "Some 118,000", "Some 118,000 people have crossed from Lebanon into Syria in the past eight days, according to Lebanon's disaster risk management committee, as Israeli air strikes spread from the south to the Bekaa valley and the southern suburbs of Beirut.",
  "arrivals", 118000, 118000, "approx", "LB", "SY", E, P, "Lebanon's disaster risk management committee")
Q = "Of them, about 83,000 were Syrian nationals and 35,000 Lebanese, the committee said in its daily report on Monday."
C(D, "about 83,000", Q, "returns", 83000, 83000, "approx", "SY", "LB", E, "2024-09-30", "Lebanon's disaster risk management committee")
C(D, "35,000", Q, "arrivals", 35000, 35000, "exact", "LB", "SY", E, "2024-09-30", "Lebanon's disaster risk management committee")
C(D, "an estimated 1.5 million", "Lebanon hosts an estimated 1.5 million Syrians, most of whom arrived after 2011, and many had said for years that they could never go back.",
  "residents", 1500000, 1500000, "approx", "SY", "LB", None, P, None)
C(D, "10 to 12 hours", "At Masnaa, the main crossing on the Beirut-Damascus road, families waited 10 to 12 hours on Sunday to reach the Syrian checkpoint at Jdeidet Yabous, and many walked the last stretch carrying mattresses and bags.",
  "queue", 10, 12, "range", "LB", "SY", None, "2024-09-29", None, unit="hours", place="Masnaa")

# ---------------- f09: Los Chiles local news (truncated), published 2023-03-06 (Monday)
D = "f09_los_chiles_local.md"
P = "2023-03-06"
C(D, "26", "\"Three days ago a boat came with 26 people, children too, right here behind my cattle shed,\" said Eliseo Arce, a 61-year-old rancher whose land runs down to the river a few kilometres from the border.",
  "arrivals", 26, 26, "exact", "NI", "CR", "2023-03-03", "2023-03-03", "Eliseo Arce", place="Los Chiles")
C(D, "Between 150 and 200", "Between 150 and 200 Nicaraguans cross into Costa Rica every day through the farms and rivers around Los Chiles, according to the town's border police chief, Commissioner Rodolfo Vargas.",
  "arrivals", 150, 200, "range", "NI", "CR", None, P, "Commissioner Rodolfo Vargas", per="day", place="Los Chiles")
C(D, "1,140", "In the week to Sunday his officers recorded 1,140 irregular entries in the Los Chiles district alone, he said.",
  "arrivals", 1140, 1140, "exact", "NI", "CR", "2023-02-27", "2023-03-05", "Commissioner Rodolfo Vargas", place="Los Chiles")
C(D, "9 300", "In January and February, 9 300 Nicaraguans applied for refugee status in Costa Rica, the migration directorate said last week.",
  "asylum", 9300, 9300, "exact", "NI", "CR", "2023-01", "2023-02", "the migration directorate")
C(D, "more than 200,000", "Since the crackdown on protests in April 2018, more than 200,000 Nicaraguans have filed asylum claims in Costa Rica, equal to about 3% of Nicaragua's population of 6.6 million.",
  "asylum", 200000, None, "at_least", "NI", "CR", "2018-04", P, None)
C(D, "some 12,000", "Only some 12,000 have been granted refugee status so far, and applicants wait up to 11 months just for a first interview.",
  "asylum", 12000, 12000, "approx", "NI", "CR", "2018-04", P, None)
C(D, "222", "Last month Managua expelled 222 political prisoners to the United States and stripped them of their nationality, and a week later it took citizenship away from 94 more critics living abroad.",
  "arrivals", 222, 222, "exact", "NI", "US", "2023-02", "2023-02", None, pop="other")

# ---------------- f10: weekly digest, published Friday 2023-12-08
D = "f10_weekly_digest.md"
P = "2023-12-08"
Q = "Two boats carrying about 315 Rohingya landed in Aceh province on Sunday, bringing to more than 1,500 the number who have arrived in Indonesia since mid-November, according to the UN refugee agency."
C(D, "about 315", Q, "arrivals", 315, 315, "approx", "BD", "ID", "2023-12-03", "2023-12-03", "the UN refugee agency", place="Aceh")
C(D, "more than 1,500", Q, "arrivals", 1500, None, "at_least", "BD", "ID", "2023-11", P, "the UN refugee agency")
C(D, "about a million", "The boats set out from the camps in Cox's Bazar, Bangladesh, where about a million Rohingya live.",
  "residents", 1000000, 1000000, "approx", "MM", "BD", None, P, None, place="Cox's Bazar")
C(D, "More than 3,500", "More than 3,500 Rohingya have taken to the sea this year, the highest number since 2015, and at least 350 have died or gone missing, the agency says.",
  "departures", 3500, None, "at_least", "BD", None, "2023-01-01", P, "the UN refugee agency")
C(D, "about 107,000", "In Malaysia, the other main destination, about 107,000 Rohingya are registered with the agency.",
  "residents", 107000, 107000, "approx", "MM", "MY", None, P, "the UN refugee agency")
Q = "The Dominican Republic's migration directorate said it deported 31 522 Haitians in October, bringing the total for the year to nearly 220,000."
C(D, "31 522", Q, "returns", 31522, 31522, "exact", "HT", "DO", "2023-10", "2023-10", "The Dominican Republic's migration directorate")
C(D, "nearly 220,000", Q, "returns", None, 220000, "nearly", "HT", "DO", "2023-01-01", "2023-10", "The Dominican Republic's migration directorate")
C(D, "about 1,000", "This week, about 1,000 people a day were handed over at the Dajabón crossing, according to the Haitian rights group Frontera Viva, which monitors the border.",
  "returns", 1000, 1000, "approx", "HT", "DO", "2023-12-04", P, "the Haitian rights group Frontera Viva", per="day", place="Dajabón")
C(D, "1,380", "Last Tuesday alone, the group counted 1,380.",
  "returns", 1380, 1380, "exact", "HT", "DO", "2023-12-05", "2023-12-05", "the Haitian rights group Frontera Viva", place="Dajabón")
C(D, "An estimated 425,000", "An estimated 425,000 Cubans have left the island since Nicaragua dropped its visa requirement for them in November 2021, according to Havana-based demographer Marta Leyva.",
  "departures", 425000, 425000, "approx", "CU", None, "2021-11", P, "Havana-based demographer Marta Leyva")
C(D, "some 4,000", "Charter flights from Havana to Managua carried some 4,000 passengers a week in April, she said.",
  "arrivals", 4000, 4000, "approx", "CU", "NI", "2023-04", "2023-04", "Havana-based demographer Marta Leyva", per="week", place="Managua")
C(D, "4 310", "Italy's interior ministry said 4 310 Eritreans arrived in Italy by sea this year up to 30 November.",
  "arrivals", 4310, 4310, "exact", "ER", "IT", "2023-01-01", "2023-11-30", "Italy's interior ministry")
C(D, "9,870", "Eritreans also lodged 9,870 asylum applications in EU countries in the first nine months of the year, according to the EU asylum agency.",
  "asylum", 9870, 9870, "exact", "ER", "EU", "2023-01", "2023-09", "the EU asylum agency")

# ---------------- f11: op-ed, published 2023-09-21 (one year after the call-up)
D = "f11_mobilisation_oped.txt"
P = "2023-09-21"
C(D, "300,000", "The defence ministry said it needed 300,000 men.",
  "mobilized", 300000, 300000, "exact", "RU", None, M, M, "The defence ministry", pop="men")
C(D, "up to 700,000", "Estimates of how many Russians fled in the weeks after 21 September range from a few hundred thousand to \"up to 700,000\", a figure the business daily Delovoy Vestnik floated in October and never explained.",
  "departures", None, 700000, "at_most", "RU", None, M, "2022-10", "the business daily Delovoy Vestnik")
C(D, "roughly half a million", "My own best guess, and it is only a guess, is that roughly half a million left in the first three months.",
  "departures", 500000, 500000, "approx", "RU", None, M, "2022-12-21", None)
C(D, "as many as 1 million", "Counting those who left after the invasion in February 2022, the total may be as many as 1 million.",
  "departures", None, 1000000, "at_most", "RU", None, "2022-02", P, None)
C(D, "about 43,000", "Finland's border guard counted about 43,000 Russian entries over the south-eastern land border in the week after the announcement, before Helsinki barred most tourist-visa holders on 30 September.",
  "arrivals", 43000, 43000, "approx", "RU", "FI", M, "2022-09-28", "Finland's border guard")
C(D, "more than 21,000", "Mongolia, which few would have predicted, took in more than 21,000 in the first fortnight, most of them Buryats from across the border, according to its immigration agency.",
  "arrivals", 21000, None, "at_least", "RU", "MN", M, "2022-10-05", "Mongolia's immigration agency")
Q = "Of the 112,000 Russians who came into Georgia after the call-up, about 62,000 had left again by the end of the year, the interior ministry says."
C(D, "112,000", Q, "arrivals", 112000, 112000, "exact", "RU", "GE", M, "2022-12", "Georgia's interior ministry")
C(D, "about 62,000", Q, "departures", 62000, 62000, "approx", "GE", None, M, "2022-12", "Georgia's interior ministry")
C(D, "tens of thousands", "In June, Duma deputy Pavel Sitnikov said that tens of thousands of IT specialists had returned to Russia since the mobilisation, and called for tax breaks to bring back the rest.",
  "returns", 10000, 99999, "order", "RU", None, M, "2023-06", "Duma deputy Pavel Sitnikov", pop="it_workers")

# ---------------- f12: Moldova anniversary, published 2023-02-24
D = "f12_moldova_anniversary.html"
P = "2023-02-24"
C(D, "105,000", "A year on, 105,000 Ukrainians still call Moldova home",
  "residents", 105000, 105000, "exact", "UA", "MD", W, P, None)
C(D, "A little over 750,000", "A little over 750,000 people have crossed from Ukraine into Moldova since the Russian invasion began a year ago, according to Moldova's border police.",
  "arrivals", 750000, None, "at_least", "UA", "MD", W, P, "Moldova's border police")
Q = "Most moved on: about 640,000 have since left Moldova again, and about 105,000 Ukrainians remain in the country today, the police said."
C(D, "about 640,000", Q, "departures", 640000, 640000, "approx", "MD", None, W, P, "Moldova's border police")
C(D, "about 105,000", Q, "residents", 105000, 105000, "approx", "UA", "MD", W, P, "Moldova's border police")
C(D, "14,000", "\"In the first week of March 2022 we were processing 14,000 people a day at Palanca alone,\" recalled border officer Ion Rusu, who worked double shifts for a month.",
  "arrivals", 14000, 14000, "exact", "UA", "MD", "2022-03-01", "2022-03-07", "border officer Ion Rusu", per="day", place="Palanca")
Q = "On the morning of 25 February 2022, he said, the queue of cars on the Ukrainian side was 20 km long and people waited a day and a half to cross."
C(D, "20 km", Q, "queue", 20, 20, "exact", "UA", "MD", None, "2022-02-25", "border officer Ion Rusu", unit="km", place="Palanca")
C(D, "a day and a half", Q, "queue", 36, 36, "exact", "UA", "MD", None, "2022-02-25", "border officer Ion Rusu", unit="hours", place="Palanca")
C(D, "Some four thousand", "Some four thousand Ukrainians went to Transnistria, the Russian-backed breakaway region, where many have relatives, according to the UN refugee agency.",
  "arrivals", 4000, 4000, "approx", "UA", "MD", W, P, "the UN refugee agency", place="Transnistria")
C(D, "1,147", "Only 1,147 Ukrainians applied for asylum in Moldova in 2022, the government's migration bureau said; the others stayed on the basis of a state of emergency that lets them live and work without extra paperwork.",
  "asylum", 1147, 1147, "exact", "UA", "MD", "2022", "2022", "the government's migration bureau")
C(D, "around 80,000", "The UN refugee agency estimates that around 80,000 Ukrainians who sheltered in Moldova have gone home for good.",
  "returns", 80000, 80000, "approx", "UA", "MD", W, P, "The UN refugee agency")
C(D, "about 1,300", "These days about 1,300 Ukrainians enter Moldova daily, border police said, and slightly more leave.",
  "arrivals", 1300, 1300, "approx", "UA", "MD", None, P, "Moldova's border police", per="day")

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in G:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(G), "claims written")
