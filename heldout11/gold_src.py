#!/usr/bin/env python3
"""heldout11: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h11_01_georgia_lars_wire.txt", 2: "h11_02_sudan_sitrep.md", 3: "h11_03_rohingya_teknaf.txt",
     4: "h11_04_ukraine_longread.html", 5: "h11_05_honduras_interview.md", 6: "h11_06_hungary_factcheck.html",
     7: "h11_07_nordic_liveblog.html", 8: "h11_08_syria_returns_explainer.md", 9: "h11_09_chile_stats_release.txt",
     10: "h11_10_weekly_digest.md"}
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


# ---- 01 Georgia wire (published Friday 2022-09-30; "last Tuesday" = 2022-09-27, "Thursday evening" = 2022-09-29)
M = "2022-09-21"; P = "2022-09-30"; LK = "Deputy interior minister Levan Kipiani"; GI = "Georgia's interior ministry"
C(1, "53,000", "Georgia says 53,000 Russians have crossed at Upper Lars since mobilization order",
  "arrivals", 53000, "exact", "RU", "GE", M, P, "Georgia", place="Upper Lars")
q = "TBILISI, Sept 30 (Caucasus Wire Service) - Some 53,000 Russian citizens have entered Georgia through the Upper Lars crossing since President Vladimir Putin ordered a partial mobilization on Sept. 21, Georgia's interior ministry said on Friday, as the line of traffic on the Russian side of the mountain road stretched for more than 20 km."
C(1, "Some 53,000", q, "arrivals", 53000, "approx", "RU", "GE", M, P, GI, place="Upper Lars")
C(1, "more than 20 km", q, "queue", 20, "at_least", "RU", "GE", None, P, None, unit="km", place="Upper Lars")
q = "Deputy interior minister Levan Kipiani told a briefing in Tbilisi that arrivals had peaked last Tuesday, when 11,200 people crossed, and that between 8,000 and 9,000 were now entering each day."
C(1, "11,200", q, "arrivals", 11200, "exact", "RU", "GE", "2022-09-27", "2022-09-27", LK, place="Upper Lars")
C(1, "between 8,000 and 9,000", q, "arrivals", (8000, 9000), "range", "RU", "GE", None, P, LK, per="day", place="Upper Lars")
C(1, "just under 5,000", "Before the decree, just under 5,000 Russians a day came through Lars in late summer, he said.",
  "arrivals", 5000, "nearly", "RU", "GE", "2022-08", "2022-09-20", LK, per="day", place="Upper Lars")
C(1, "some 9,700", "The ministry added that some 9,700 of the new arrivals had already left Georgia again, mostly on flights out of Tbilisi and Kutaisi.",
  "departures", 9700, "approx", "GE", None, M, P, GI)
C(1, "Tens of thousands", "Tens of thousands of Russians, most of them men of fighting age, have left their country since the announcement, heading for former Soviet neighbours that do not require visas.",
  "departures", (10000, 99999), "order", "RU", None, M, P, None)
C(1, "300,000", "The defence ministry in Moscow has put the call-up at 300,000 reservists, but the decree itself sets no limit, and men aged 18 to 65 have reported receiving summonses.",
  "mobilized", 300000, "exact", "RU", None, M, M, "The defence ministry in Moscow", pop="reservists")
C(1, "six to eight hours", "Drivers reaching the Georgian post at Dariali said they had waited six to eight hours on the last stretch of the Dariali gorge alone.",
  "queue", (6, 8), "range", "RU", "GE", None, P, "Drivers", unit="hours", place="Dariali")
C(1, "about 3,400", "The interior ministry of North Ossetia, on the Russian side, said about 3,400 vehicles were queuing towards the crossing on Thursday evening, and it has set up a mobile enlistment office near the checkpoint.",
  "queue", 3400, "approx", "RU", "GE", None, "2022-09-29", "The interior ministry of North Ossetia", unit="vehicles", place="Upper Lars")
q = "In neighbouring Armenia, the migration service said about 38,000 Russians had arrived by road and air since Sept. 21, more than half of them through Zvartnots airport in Yerevan, and that 2,100 had applied for residence permits."
C(1, "about 38,000", q, "arrivals", 38000, "approx", "RU", "AM", M, P, "the migration service")
C(1, "2,100", q, "residents", 2100, "exact", "RU", "AM", M, P, "the migration service")
C(1, "1,600", "Armenia's high-tech ministry said separately that 1,600 Russian IT specialists had relocated to Yerevan with their employers since the decree.",
  "arrivals", 1600, "exact", "RU", "AM", M, P, "Armenia's high-tech ministry", place="Yerevan", pop="it_workers")

# ---- 02 Sudan sitrep (published 2023-06-16, covering 15 April - 14 June 2023; "past week"/"last 7 days" = 8-14 June)
W = "2023-04-15"; E = "2023-06-14"; W7 = "2023-06-08"
C(2, "More than 110,000", "**More than 110,000** people have crossed from Sudan into South Sudan since fighting broke out in Khartoum on 15 April, according to the joint border monitoring teams.",
  "arrivals", 110000, "at_least", "SD", "SS", W, E, "the joint border monitoring teams")
q = "Arrivals at **Joda** averaged 1,900 a day over the past week, down from a peak of 4,200 on 6 May."
C(2, "1,900", q, "arrivals", 1900, "exact", "SD", "SS", W7, E, None, per="day", place="Joda")
C(2, "4,200", q, "arrivals", 4200, "exact", "SD", "SS", "2023-05-06", "2023-05-06", None, place="Joda")
C(2, "45k", "In Ethiopia, 45k people have entered through **Metema** since 15 April, including Ethiopian returnees and third-country nationals.",
  "arrivals", 45000, "exact", "SD", "ET", W, E, None, place="Metema")
for row, dest, place, tot, totv, wk, wkv in [
        ("| Joda (Renk) | South Sudan | 92 415 | 13 300 |", "SS", "Joda", "92 415", 92415, "13 300", 13300),
        ("| Kiir Adit (Aweil) | South Sudan | 18 040 | 2 110 |", "SS", "Kiir Adit", "18 040", 18040, "2 110", 2110),
        ("| Metema | Ethiopia | 45 210 | 3 850 |", "ET", "Metema", "45 210", 45210, "3 850", 3850),
        ("| Kurmuk | Ethiopia | 6 780 | 640 |", "ET", "Kurmuk", "6 780", 6780, "640", 640)]:
    C(2, tot, row, "arrivals", totv, "exact", "SD", dest, W, E, None, place=place)
    C(2, wk, row, "arrivals", wkv, "exact", "SD", dest, W7, E, None, place=place)
q = "Of the 110,455 people recorded, about 81,000 are South Sudanese returning home and about 27,000 are Sudanese refugees; the rest are third-country nationals, mostly Eritreans."
C(2, "110,455", q, "arrivals", 110455, "exact", "SD", "SS", W, E, None)
C(2, "about 81,000", q, "returns", 81000, "approx", "SS", "SD", W, E, None)
C(2, "about 27,000", q, "arrivals", 27000, "approx", "SD", "SS", W, E, None)
q = "At Metema, new arrivals fell to about 550 a day in the past week, from between 3,000 and 4,000 a day in late April, when buses from Khartoum and Gedaref were still running."
C(2, "about 550", q, "arrivals", 550, "approx", "SD", "ET", W7, E, None, per="day", place="Metema")
C(2, "between 3,000 and 4,000", q, "arrivals", (3000, 4000), "range", "SD", "ET", "2023-04", "2023-04", None, per="day", place="Metema")
C(2, "3,120", "Ethiopia's refugee agency said it had registered 3,120 asylum applications from Sudanese nationals at the Kumer reception site by 12 June.",
  "asylum", 3120, "exact", "SD", "ET", W, "2023-06-12", "Ethiopia's refugee agency", place="Kumer")
C(2, "Nearly 21,000", "Nearly 21,000 of those crossing at Metema are Ethiopians returning from Sudan.",
  "returns", 21000, "nearly", "ET", "SD", W, E, None, place="Metema")

# ---- 03 Bangladeshi daily, Rohingya (published Tuesday 2024-09-03; "last November" = 2023-11; "last year" = 2023)
P = "2024-09-03"; RO = "An official of the Refugee Relief office in Cox's Bazar"
C(3, "nearly 2 lakh", "Fresh Rohingya influx: nearly 2 lakh entered since November, say officials",
  "arrivals", 200000, "nearly", "MM", "BD", "2023-11", P, "officials")
C(3, "nearly 2 lakh", "An official of the Refugee Relief office in Cox's Bazar, speaking on condition of anonymity, said nearly 2 lakh Rohingya had entered Bangladesh since the Arakan Army launched its offensive last November, most of them unregistered.",
  "arrivals", 200000, "nearly", "MM", "BD", "2023-11", P, RO)
C(3, "64,000", "\"We have biometric data for only 64,000 of the new arrivals,\" he said.",
  "residents", 64000, "exact", "MM", "BD", "2023-11", P, RO)
C(3, "as many as 300", "At Shah Porir Dwip, at the southern tip of Teknaf upazila, fishermen said boats were bringing in as many as 300 people a night during the last fortnight.",
  "arrivals", 300, "at_most", "MM", "BD", "2024-08-20", P, "fishermen", per="day", place="Shah Porir Dwip")
C(3, "at least 8,000", "In the past three weeks alone, at least 8,000 Rohingya have crossed the Naf river, according to the union parishad chairman of Sabrang, Abul Kalam Chowdhury.",
  "arrivals", 8000, "at_least", "MM", "BD", "2024-08-13", P, "the union parishad chairman of Sabrang, Abul Kalam Chowdhury")
q = "The new arrivals are squeezing into camps that already host around 12 lakh Rohingya in Ukhiya and Teknaf, including some 7 lakh who came during the 2017 exodus."
C(3, "around 12 lakh", q, "residents", 1200000, "approx", "MM", "BD", None, P, None)
C(3, "some 7 lakh", q, "arrivals", 700000, "approx", "MM", "BD", "2017", "2017", None)
C(3, "9,72,340", "Of the camp population, 9,72,340 people hold the joint registration cards issued with the UN refugee agency.",
  "residents", 972340, "exact", "MM", "BD", None, P, None)
C(3, "About 4,500", "About 4,500 Rohingya left the camps on fishing trawlers across the Bay of Bengal last year, according to the Arakan Rohingya Rights Forum, a community group; in the first eight months of this year the number was 3,100.",
  "departures", 4500, "approx", "BD", None, "2023", "2023", "the Arakan Rohingya Rights Forum")
C(3, "3,100", "About 4,500 Rohingya left the camps on fishing trawlers across the Bay of Bengal last year, according to the Arakan Rohingya Rights Forum, a community group; in the first eight months of this year the number was 3,100.",
  "departures", 3100, "exact", "BD", None, "2024-01", "2024-08", "the Arakan Rohingya Rights Forum")

# ---- 04 British long read, Ukrainians (published Saturday 2024-08-24; "between 3 and 9 March" = 2022, the first weeks of the war)
P = "2024-08-24"; WAR = "2022-02-24"; PBG = "Poland's border guard"
C(4, "6m", "'We thought it would be weeks': Ukraine's 6m refugees, two and a half years on",
  "departures", 6000000, "exact", "UA", None, WAR, P, None)
C(4, "roughly 6 million", "She is one of roughly 6 million Ukrainians recorded as refugees outside their country, according to the UN refugee agency's latest figures, the largest displacement in Europe since the second world war.",
  "departures", 6000000, "approx", "UA", None, WAR, P, "the UN refugee agency")
q = "Poland's border guard counted well over 2 million crossings from Ukraine in the first three weeks of the war; between 3 and 9 March alone, just under 800,000 people came through the eight road crossings, queueing for up to 60 hours at Medyka and Dorohusk."
C(4, "well over 2 million", q, "arrivals", 2000000, "at_least", "UA", "PL", WAR, "2022-03-16", PBG)
C(4, "just under 800,000", q, "arrivals", 800000, "nearly", "UA", "PL", "2022-03-03", "2022-03-09", PBG)
C(4, "up to 60 hours", q, "queue", 60, "at_most", "UA", "PL", None, "2022-03-09", PBG, unit="hours")
C(4, "about 956 000", "Today about 956 000 Ukrainians hold temporary protection in Poland, according to the government's registration office, a figure that has barely moved in a year.",
  "residents", 956000, "approx", "UA", "PL", None, P, "the government's registration office")
q = "It has issued temporary protection visas to more than 560,000 people since March 2022, of whom about 350,000 still hold a valid permit, the highest number per head of population of any EU country."
C(4, "more than 560,000", q, "residents", 560000, "at_least", "UA", "CZ", "2022-03", P, None)
C(4, "about 350,000", q, "residents", 350000, "approx", "UA", "CZ", None, P, None)
q = "Slovakia counted 1.2m entries from Ukraine in the first year of the war, but only about 130,000 people have registered for temporary protection there, and the interior ministry puts the number who passed straight through to other countries at about half a million."
C(4, "1.2m", q, "arrivals", 1200000, "exact", "UA", "SK", WAR, "2023-02-24", "Slovakia")
C(4, "about 130,000", q, "residents", 130000, "approx", "UA", "SK", None, P, "Slovakia")
C(4, "about half a million", q, "departures", 500000, "approx", "SK", None, WAR, P, "the interior ministry")
C(4, "about 298,000", "Further afield, Canada's emergency travel scheme brought about 298,000 Ukrainians to the country by the time it closed to new arrivals in March 2024.",
  "arrivals", 298000, "approx", "UA", "CA", WAR, "2024-03", None)
C(4, "Some 45k", "Some 45k of them landed in Toronto between April and September 2022.",
  "arrivals", 45000, "approx", "UA", "CA", "2022-04", "2022-09", None, place="Toronto")

# ---- 05 interview, Hondurans (published Thursday 2023-05-18; "last Friday" = 2023-05-12; "on Tuesday" = 2023-05-16;
#      "over the weekend" = 2023-05-13/14)
P = "2023-05-18"; OB = "Observatorio Migrante del Valle de Sula"; DM = "Dilcia Maradiaga"
C(5, "at least 120,000", "Our estimate is that at least 120,000 Hondurans left the country between January and April.",
  "departures", 120000, "at_least", "HN", None, "2023-01", "2023-04", OB)
C(5, "some 900", "Guatemala's migration institute told us some 900 Hondurans a day are entering there in May, more than in any month last year.",
  "arrivals", 900, "approx", "HN", "GT", "2023-05", P, "Guatemala's migration institute", per="day", place="Agua Caliente")
C(5, "1,312", "Our own monitors counted 1,312 Hondurans crossing at Corinto last Friday, and that was a quiet day.",
  "arrivals", 1312, "exact", "HN", "GT", "2023-05-12", "2023-05-12", OB, place="Corinto")
C(5, "8,912", "Mexico's refugee commission received 8,912 asylum applications from Hondurans between January and April.",
  "asylum", 8912, "exact", "HN", "MX", "2023-01", "2023-04", "Mexico's refugee commission")
C(5, "about 3,000", "And Mexico keeps deporting: about 3,000 Hondurans every month go back by bus to Corinto.",
  "returns", 3000, "approx", "HN", "MX", None, P, DM, per="month")
C(5, "no fewer than 21,000", "US Customs and Border Protection recorded no fewer than 21,000 encounters with Hondurans at the southwest border in April.",
  "arrivals", 21000, "at_least", "HN", "US", "2023-04", "2023-04", "US Customs and Border Protection")
q = "In Ciudad Juárez, our partners at the Paso del Norte bridge counted a line of about 1,700 people on Tuesday, many of them Hondurans, waiting up to 14 hours to present themselves."
C(5, "about 1,700", q, "queue", 1700, "approx", "MX", "US", None, "2023-05-16", "our partners at the Paso del Norte bridge", place="Paso del Norte")
C(5, "up to 14 hours", q, "queue", 14, "at_most", "MX", "US", None, "2023-05-16", "our partners at the Paso del Norte bridge", unit="hours", place="Paso del Norte")
C(5, "1,150", "Over the weekend, 1,150 Hondurans were flown back from the United States to San Pedro Sula and Tegucigalpa.",
  "returns", 1150, "exact", "HN", "US", "2023-05-13", "2023-05-14", DM)

# ---- 06 fact check, Ukrainians in Hungary (published Tuesday 2023-10-17; "first week of October" = 2023-10-01..07)
P = "2023-10-17"; POL = "Hungary's police"; NDG = "the National Directorate-General for Aliens Policing"
C(6, "Fewer than 40,000", "Fewer than 40,000 Ukrainians hold temporary protection in Hungary.",
  "residents", 40000, "at_most", "UA", "HU", None, P, None)
C(6, "more than 3.4 million", "Hungary's police have recorded more than 3.4 million entries from Ukraine since 24 February 2022, counting the direct crossings such as Záhony and Beregsurány as well as people who came through Romania.",
  "arrivals", 3400000, "at_least", "UA", "HU", "2022-02-24", P, POL)
q = "In the first week of October, police counted 31,540 entries from Ukraine, and in the same week 30,980 people crossed from Hungary into Ukraine."
C(6, "31,540", q, "arrivals", 31540, "exact", "UA", "HU", "2023-10-01", "2023-10-07", POL)
C(6, "30,980", q, "returns", 30980, "exact", "UA", "HU", "2023-10-01", "2023-10-07", POL)
C(6, "about three-quarters of a million", "In the first month of the war, about three-quarters of a million Ukrainians crossed into Hungary, government spokesman Bence Takáts-Oros said at the time; most continued to Austria, Germany and Czechia within days.",
  "arrivals", 750000, "approx", "UA", "HU", "2022-02-24", "2022-03-24", "government spokesman Bence Takáts-Oros")
C(6, "38,715", "According to the National Directorate-General for Aliens Policing, 38,715 people held that status in Hungary at the end of September.",
  "residents", 38715, "exact", "UA", "HU", None, "2023-09-30", NDG)
C(6, "62", "Another 62 Ukrainians applied for asylum in 2023, it said.",
  "asylum", 62, "exact", "UA", "HU", "2023", "2023", NDG)

# ---- 07 live blog, Russians into Finland/Norway/Mongolia (published Saturday 2022-09-24; "Friday" = 2022-09-23)
P = "2022-09-24"; FBG = "Finland's border guard"; NP = "Norwegian police"
q = "Finland's border guard says 8,572 Russians arrived across the south-eastern land border on Friday, up from 4,824 on the same day a week earlier."
C(7, "8,572", q, "arrivals", 8572, "exact", "RU", "FI", "2022-09-23", "2022-09-23", FBG)
C(7, "4,824", q, "arrivals", 4824, "exact", "RU", "FI", "2022-09-16", "2022-09-16", FBG)
C(7, "about 3 miles", "At Vaalimaa, the queue of cars on the Russian side was about 3 miles long at dawn, a border guard spokesman told the Post.",
  "queue", 4.8, "approx", "RU", "FI", None, P, "a border guard spokesman", unit="km", place="Vaalimaa")
C(7, "around two hours", "Nuijamaa was quieter, with a wait of around two hours.",
  "queue", 2, "approx", "RU", "FI", None, P, "a border guard spokesman", unit="hours", place="Nuijamaa")
q = "In the far north, Norwegian police say 241 Russians crossed at Storskog on Friday, compared with around 100 a day before the decree."
C(7, "241", q, "arrivals", 241, "exact", "RU", "NO", "2022-09-23", "2022-09-23", NP, place="Storskog")
C(7, "around 100", q, "arrivals", 100, "approx", "RU", "NO", None, "2022-09-20", NP, per="day", place="Storskog")
C(7, "about 1,150", "From Mongolia: border officials at Borshoo say about 1,150 Russians have entered there since the decree three days ago, most of them Buryat and Tuvan men.",
  "arrivals", 1150, "approx", "RU", "MN", "2022-09-21", P, "border officials at Borshoo", place="Borshoo")
C(7, "300,000", "Russia's defence ministry repeats that the call-up covers 300,000 reservists with combat experience and will not affect students.",
  "mobilized", 300000, "exact", "RU", None, "2022-09-21", "2022-09-21", "Russia's defence ministry", pop="reservists")
C(7, "4,211", "Finland's border guard says 4,211 Russians crossed back from Finland into Russia on Friday, many of them people who live in St Petersburg and shop in Lappeenranta.",
  "returns", 4211, "exact", "RU", "FI", "2022-09-23", "2022-09-23", FBG)

# ---- 08 explainer, Syrian returns (published Tuesday 2025-01-21; "last week" = 2025-01-13..19; Assad fell 2024-12-08)
P = "2025-01-21"; F = "2024-12-08"
C(8, "about a quarter of a million", "The best overall estimate comes from the Levant Returns Monitor, a consortium of aid agencies in Amman, which says about a quarter of a million Syrians have returned from neighbouring countries since 8 December.",
  "returns", 250000, "approx", "SY", None, F, P, "the Levant Returns Monitor")
C(8, "52,310", "Jordan's interior ministry says 52,310 Syrians crossed home through the Jaber crossing between 8 December and 19 January.",
  "returns", 52310, "exact", "SY", "JO", F, "2025-01-19", "Jordan's interior ministry", place="Jaber")
q = "Jaber is now processing about 1,500 returnees a day, officials say, against a trickle before December: in the whole of 2023, only about 4,000 registered refugees went home from Jordan."
C(8, "about 1,500", q, "returns", 1500, "approx", "SY", "JO", None, P, "officials", per="day", place="Jaber")
C(8, "about 4,000", q, "returns", 4000, "approx", "SY", "JO", "2023", "2023", "officials")
q = "Jordan still hosts about 610,000 registered Syrian refugees, and the government says the real number of Syrians in the kingdom is well over 1.3 million."
C(8, "about 610,000", q, "residents", 610000, "approx", "SY", "JO", None, P, None)
C(8, "well over 1.3 million", q, "residents", 1300000, "at_least", "SY", "JO", None, P, "the government")
C(8, "between 80,000 and 90,000", "Lebanon's General Security says between 80,000 and 90,000 Syrians have left Lebanon for Syria through Masnaa and the northern crossings since the regime fell.",
  "returns", (80000, 90000), "range", "SY", "LB", F, P, "Lebanon's General Security")
C(8, "An estimated 1.5 million", "An estimated 1.5 million Syrians remain in Lebanon, the government says.",
  "residents", 1500000, "approx", "SY", "LB", None, P, "the government")
C(8, "up to 10,000", "Lebanese officials say up to 10,000 Syrians, many of them Alawites from the coast, crossed into northern Lebanon last week, fearing reprisals.",
  "arrivals", 10000, "at_most", "SY", "LB", "2025-01-13", "2025-01-19", "Lebanese officials")
C(8, "35,114", "Türkiye's interior minister said 35,114 Syrians had gone back through its border gates in the month after 8 December, most through Cilvegözü.",
  "returns", 35114, "exact", "SY", "TR", F, "2025-01-08", "Türkiye's interior minister")

# ---- 09 Chilean statistics release (published 2024-03-28; the Directorate's own figures have source null)
Y = "2023"; PDI = "The Investigations Police (PDI)"
q = "An estimated 728.586 Venezuelans were resident in Chile at the end of 2023, followed by nationals of Peru (251.005), Colombia (197.310) and Haiti (185.865)."
C(9, "An estimated 728.586", q, "residents", 728586, "approx", "VE", "CL", None, "2023-12-31", None)
C(9, "251.005", q, "residents", 251005, "exact", "PE", "CL", None, "2023-12-31", None)
C(9, "197.310", q, "residents", 197310, "exact", "CO", "CL", None, "2023-12-31", None)
C(9, "185.865", q, "residents", 185865, "exact", "HT", "CL", None, "2023-12-31", None)
q = "In 2023 the Directorate granted 51.330 temporary residence permits to Venezuelan nationals, and 8.914 permanent residence permits."
C(9, "51.330", q, "residents", 51330, "exact", "VE", "CL", Y, Y, None)
C(9, "8.914", q, "residents", 8914, "exact", "VE", "CL", Y, Y, None)
C(9, "14.903", "The Investigations Police (PDI) recorded 14.903 self-reported irregular entries of Venezuelan nationals in 2023, almost all through the Colchane area of the Tarapacá Region.",
  "arrivals", 14903, "exact", "VE", "CL", Y, Y, PDI, place="Colchane")
C(9, "41", "Irregular entries were concentrated in the first half of the year; in the second half they averaged 41 daily.",
  "arrivals", 41, "exact", "VE", "CL", "2023-07", "2023-12", PDI, per="day")
q = "In 2023, 1.142 Venezuelan nationals were expelled by administrative order, and a further 3.876 left Chile under the voluntary return programme run with international partners."
C(9, "1.142", q, "returns", 1142, "exact", "VE", "CL", Y, Y, None)
C(9, "3.876", q, "returns", 3876, "exact", "VE", "CL", Y, Y, None)
C(9, "21.406", "Border control recorded 21.406 exits of Venezuelan nationals through land crossings in the Arica and Parinacota Region in 2023, most of them people moving on to third countries.",
  "departures", 21406, "exact", "CL", None, Y, Y, "Border control")
q = "Chile received 1.871 applications for refugee status from Venezuelan nationals in 2023 and recognised 29."
C(9, "1.871", q, "asylum", 1871, "exact", "VE", "CL", Y, Y, None)
C(9, "29", q, "asylum", 29, "exact", "VE", "CL", Y, Y, None)

# ---- 10 weekly digest (published Monday 2025-02-24, issue week 17-23 Feb 2025; "Saturday" = 02-22, "Sunday" = 02-23)
P = "2025-02-24"; WK0 = "2025-02-17"; WK1 = "2025-02-23"; BIM = "Burundi's interior ministry"
C(10, "thousands", "1. DR Congo: thousands cross into Burundi as Bukavu falls",
  "arrivals", (1000, 9999), "order", "CD", "BI", "2025-02-14", P, None)
C(10, "More than 40,000", "More than 40,000 Congolese have crossed into Burundi since 14 February, most of them through Gatumba and Rugombo, Burundi's interior ministry said on Saturday.",
  "arrivals", 40000, "at_least", "CD", "BI", "2025-02-14", "2025-02-22", BIM)
q = "On Sunday alone, about 9,000 people waded across the Rusizi river at Gatumba, and local officials said 5,000-6,000 a day were still arriving there."
C(10, "about 9,000", q, "arrivals", 9000, "approx", "CD", "BI", WK1, WK1, None, place="Gatumba")
C(10, "5,000-6,000", q, "arrivals", (5000, 6000), "range", "CD", "BI", None, P, "local officials", per="day", place="Gatumba")
C(10, "1,480", "Rwanda's emergency management ministry said it registered 1,480 Congolese at the Rubavu transit centre last week.",
  "arrivals", 1480, "exact", "CD", "RW", WK0, WK1, "Rwanda's emergency management ministry", place="Rubavu")
q = "Iran deported 26,740 Afghans through the Dogharoun crossing last week, according to the Afghan refugee ministry in Kabul, and a further 9,100 returned \"voluntarily\" after receiving exit orders."
C(10, "26,740", q, "returns", 26740, "exact", "AF", "IR", WK0, WK1, "the Afghan refugee ministry in Kabul", place="Dogharoun")
C(10, "9,100", q, "returns", 9100, "exact", "AF", "IR", WK0, WK1, "the Afghan refugee ministry in Kabul")
C(10, "an estimated 6 million", "Iran, which hosts an estimated 6 million Afghans, says it intends to expel 2 million undocumented migrants by March 2026.",
  "residents", 6000000, "approx", "AF", "IR", None, P, None)
q = "Kenya's Department of Refugee Services registered 3,180 new asylum seekers from Somalia at Dadaab in January, up from 1,950 in December."
C(10, "3,180", q, "asylum", 3180, "exact", "SO", "KE", "2025-01", "2025-01", "Kenya's Department of Refugee Services", place="Dadaab")
C(10, "1,950", q, "asylum", 1950, "exact", "SO", "KE", "2024-12", "2024-12", "Kenya's Department of Refugee Services", place="Dadaab")
q = "Some four thousand Eritreans crossed into Ethiopia's Afar region in January, according to the regional refugee office in Semera, which says arrivals have held at about 1,000 per week since November."
C(10, "Some four thousand", q, "arrivals", 4000, "approx", "ER", "ET", "2025-01", "2025-01", "the regional refugee office in Semera", place="Afar")
C(10, "about 1,000", q, "arrivals", 1000, "approx", "ER", "ET", "2024-11", P, "the regional refugee office in Semera", per="week", place="Afar")
C(10, "11,940", "Argentina's National Migration Directorate granted 11,940 residence permits to Venezuelans in January, up 8% on a year earlier.",
  "residents", 11940, "exact", "VE", "AR", "2025-01", "2025-01", "Argentina's National Migration Directorate")
C(10, "About 220,000", "About 220,000 Venezuelans now live in Argentina, according to the directorate.",
  "residents", 220000, "approx", "VE", "AR", None, P, "the directorate")

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(OUT), "claims written")
