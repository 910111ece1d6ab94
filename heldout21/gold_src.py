#!/usr/bin/env python3
"""heldout21: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h21_01_mongolia_borshoo_wire.txt", 2: "h21_02_uralsk_regional_outlet.md", 3: "h21_03_relocants_business_paper.html",
     4: "h21_04_parliament_written_answers.txt", 5: "h21_05_thinktank_relocants_brief.md", 6: "h21_06_palanca_local_tv.html",
     7: "h21_07_sudan_dashboard_narrative.txt", 8: "h21_08_venezuela_community_digest.html",
     9: "h21_09_university_newsletter.md", 10: "h21_10_torkham_dajabon_interview.txt"}
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


# ---- 01 Mongolia wire (published Thursday 2022-09-29; "the day before yesterday" = Tue 09-27; "Wednesday morning" = 09-28)
M = "2022-09-21"; P = "2022-09-29"; AG = "Mongolia's General Authority for Border Protection"
GZ = "agency spokesman Colonel B. Ganzorig"
C(1, "Close to 9,000", "ULAANBAATAR, Sept 29 (Northline Wire) - Close to 9,000 Russians have entered Mongolia through the Altanbulag crossing since President Vladimir Putin announced a partial mobilization on Sept. 21, Mongolia's General Authority for Border Protection said on Thursday.",
  "arrivals", 9000, "nearly", "RU", "MN", M, P, AG, place="Altanbulag")
q = "At Borshoo, the small post used by travellers from the Tuva republic, officers registered 2,317 entries the day before yesterday alone, against roughly 400 a day before the decree, agency spokesman Colonel B. Ganzorig told reporters."
C(1, "2,317", q, "arrivals", 2317, "exact", "RU", "MN", "2022-09-27", "2022-09-27", GZ, place="Borshoo")
C(1, "roughly 400", q, "arrivals", 400, "approx", "RU", "MN", None, "2022-09-20", GZ, per="day", place="Borshoo")
q = "Of the people who have crossed at Borshoo since the announcement, 4'860 were men and 612 were women and children, according to a breakdown the agency shared with Northline."
C(1, "4'860", q, "arrivals", 4860, "exact", "RU", "MN", M, P, AG, place="Borshoo", pop="men")
C(1, "612", q, "arrivals", 612, "exact", "RU", "MN", M, P, AG, place="Borshoo", pop="other")
q = "On Wednesday morning the line of cars on the Russian side of Altanbulag stretched for about 4 km, drivers said, and some had waited 18 to 20 hours."
C(1, "about 4 km", q, "queue", 4, "approx", "RU", "MN", None, "2022-09-28", "drivers", unit="km", place="Altanbulag")
C(1, "18 to 20 hours", q, "queue", (18, 20), "range", "RU", "MN", None, "2022-09-28", "drivers", unit="hours", place="Altanbulag")
q = "Across all of Mongolia's land crossings, in excess of 12,000 Russians have arrived since the decree, the agency said, while about 3,100 Russian citizens went back home through the same posts in that period, many of them lorry drivers and traders."
C(1, "in excess of 12,000", q, "arrivals", 12000, "at_least", "RU", "MN", M, P, AG)
C(1, "about 3,100", q, "returns", 3100, "approx", "RU", "MN", M, P, AG)
C(1, "300,000", "Moscow has said it needs 300,000 reservists for the campaign in Ukraine.",
  "mobilized", 300000, "exact", "RU", None, M, M, "Moscow", pop="reservists")

# ---- 02 Uralsk regional outlet (published Thursday 2022-10-06; "on Wednesday" = 10-05, "on Tuesday" = 10-04,
#      "At the start of the week" = Monday 10-03; "a fortnight ago" = the 21 Sept decree)
P = "2022-10-06"; SB = "deputy akim Serik Bekov"
C(2, "Dozens of thousands", "\"Dozens of thousands passed through our city\": Uralsk counts the cost of the September rush",
  "arrivals", (10000, 99999), "order", "RU", "KZ", M, "2022-10-05", SB, place="Uralsk")
C(2, "Dozens of thousands", "\"Dozens of thousands of people passed through Uralsk in two weeks, and the city coped,\" deputy akim Serik Bekov told the *Courier* on Wednesday.",
  "arrivals", (10000, 99999), "order", "RU", "KZ", M, "2022-10-05", SB, place="Uralsk")
C(2, "98 560", "Since the mobilization was announced a fortnight ago, 98 560 Russian citizens have entered the West Kazakhstan region through Syrym, Taskala and Uralsk airport, the regional police department said on Wednesday.",
  "arrivals", 98560, "exact", "RU", "KZ", M, "2022-10-05", "the regional police department", place="West Kazakhstan")
C(2, "approximately 1 500", "Before the decree, approximately 1 500 Russians a day came through Syrym, most of them shoppers and people visiting family.",
  "arrivals", 1500, "approx", "RU", "KZ", None, "2022-09-20", None, per="day", place="Syrym")
q = "That afternoon the queue on the Russian side of Syrym numbered 1 250 cars and stretched for some 12 km, according to the akimat."
C(2, "1 250", q, "queue", 1250, "exact", "RU", "KZ", None, "2022-09-25", "the akimat", unit="vehicles", place="Syrym")
C(2, "some 12 km", q, "queue", 12, "approx", "RU", "KZ", None, "2022-09-25", "the akimat", unit="km", place="Syrym")
C(2, "7 812", "At the start of the week, 7 812 Russians had registered their stay with the migration police in Uralsk, a city of about 330 000 people.",
  "residents", 7812, "exact", "RU", "KZ", M, "2022-10-03", None, place="Uralsk")
C(2, "31 450", "In Kostanay region, the border service reported 31 450 arrivals from Russia between 21 September and 4 October, most of them through the Kairak post.",
  "arrivals", 31450, "exact", "RU", "KZ", M, "2022-10-04", "the border service", place="Kostanay region")
q = "Nationwide, more than 215 000 Russians have arrived since 21 September and 89 000 have left Kazakhstan again, the interior ministry said on Tuesday."
C(2, "more than 215 000", q, "arrivals", 215000, "at_least", "RU", "KZ", M, "2022-10-04", "the interior ministry")
C(2, "89 000", q, "departures", 89000, "exact", "KZ", None, M, "2022-10-04", "the interior ministry")

# ---- 03 business paper (published Tuesday 2023-03-14; "last autumn" = autumn 2022 -> 2022-09..2022-11; "last month" = 2023-02)
P = "2023-03-14"
C(3, "112,000", "Relocants who stayed: 112,000 Russians in Georgia and counting",
  "residents", 112000, "exact", "RU", "GE", "2022", P, None)
C(3, "112,000", "According to Georgia's interior ministry, 112,000 Russian citizens who entered the country in 2022 had not left it by the end of the year.",
  "residents", 112000, "exact", "RU", "GE", "2022", "2022-12", "Georgia's interior ministry")
C(3, "close to 20,000", "Many are software developers: the Tbilisi IT Association estimates that close to 20,000 IT specialists moved to Georgia after the invasion.",
  "arrivals", 20000, "nearly", "RU", "GE", "2022-02-24", P, "the Tbilisi IT Association", pop="it_workers")
q = "In the week after the mobilization decree alone, Georgian border police counted 78,000 Russian arrivals, and the queue at Upper Lars grew to 30 km."
C(3, "78,000", q, "arrivals", 78000, "exact", "RU", "GE", M, "2022-09-28", "Georgian border police")
C(3, "30 km", q, "queue", 30, "exact", "RU", "GE", None, "2022-09-28", None, unit="km", place="Upper Lars")
q = "In Serbia, where Russians need no visa, the number of Russians holding temporary residence permits rose from 5,000 before the war to 30,000 last autumn, Serbia's interior ministry says."
C(3, "5,000", q, "residents", 5000, "exact", "RU", "RS", None, "2022-02-23", "Serbia's interior ministry")
C(3, "30,000", q, "residents", 30000, "exact", "RU", "RS", "2022-09", "2022-11", "Serbia's interior ministry")
C(3, "An estimated 200,000", "An estimated 200,000 Russians have entered Serbia since the invasion, though many flew on to other countries.",
  "arrivals", 200000, "approx", "RU", "RS", "2022-02-24", P, None)
C(3, "700", "One Moscow fintech relocated 700 employees to Belgrade in the spring of 2022 and now leases two floors in New Belgrade.",
  "arrivals", 700, "exact", "RU", "RS", "2022-03", "2022-05", None, place="Belgrade")
C(3, "about 6,400", "In Phuket, about 6,400 Russians hold one-year long-stay visas, the provincial immigration office said last month; the island also received 1.1 million Russian tourists in 2022.",
  "residents", 6400, "approx", "RU", "TH", None, "2023-02", "the provincial immigration office", place="Phuket")

# ---- 04 parliamentary written answers (published Monday 2023-02-20)
P = "2023-02-20"; DA = "Daniel Ashworth, Minister of State for Refugees"; HF = "2022-03-18"; AS = "2023-02-14"
q = "Since the scheme opened on 18 March 2022, and as of 14 February 2023, 162,950 visas had been issued under the Homes for Ukraine scheme and 118,240 visa holders had arrived in the UK."
C(4, "162,950", q, "residents", 162950, "exact", "UA", "GB", HF, AS, DA)
C(4, "118,240", q, "arrivals", 118240, "exact", "UA", "GB", HF, AS, DA)
q = "Under the Ukraine Family Scheme a further 52,100 visas had been issued, and 45,780 of those holders had arrived."
C(4, "52,100", q, "residents", 52100, "exact", "UA", "GB", None, AS, DA)
C(4, "45,780", q, "arrivals", 45780, "exact", "UA", "GB", None, AS, DA)
C(4, "2,860", "A further 2,860 visas have been granted under the Ukraine Extension Scheme to Ukrainians who were already in the UK.",
  "residents", 2860, "exact", "UA", "GB", None, P, DA)
C(4, "approximately 4,100", "The Department does not hold data on how many visa holders have since left the UK; however, approximately 4,100 Homes for Ukraine guests have been recorded by councils as having returned to Ukraine.",
  "returns", 4100, "approx", "UA", "GB", HF, P, "councils")
q = "According to UNHCR, some 1.56 million Ukrainians had registered for temporary protection or similar schemes in Poland and approximately 1.05 million had been recorded in Germany by the end of January 2023."
C(4, "some 1.56 million", q, "residents", 1560000, "approx", "UA", "PL", None, "2023-01", "UNHCR")
C(4, "approximately 1.05 million", q, "residents", 1050000, "approx", "UA", "DE", None, "2023-01", "UNHCR")
q = "In the year ending December 2022, 1,102 asylum applications were lodged by Russian nationals (main applicants only), compared with 387 in 2021."
C(4, "1,102", q, "asylum", 1102, "exact", "RU", "GB", "2022", "2022", DA)
C(4, "387", q, "asylum", 387, "exact", "RU", "GB", "2021", "2021", DA)

# ---- 05 think-tank brief (published Wednesday 2023-11-08; truncated mid-word at the end)
P = "2023-11-08"; FB = "Finland's Border Guard"
C(5, "roughly half a million", "We estimate that roughly half a million Russians left the country in the twelve months after the invasion and had not returned by February 2023.",
  "departures", 500000, "approx", "RU", None, "2022-02-24", "2023-02", None)
C(5, "About 250k", "About 250k of them have since come back to Russia, most of them in the first half of 2023.",
  "returns", 250000, "approx", "RU", None, "2023-02", P, None)
C(5, "At most 70,000", "At most 70,000 of the Russians who came to Georgia in 2022 are still there, by our count.",
  "residents", 70000, "at_most", "RU", "GE", "2022", P, None)
C(5, "43,000", "Finland's Border Guard counted 43,000 Russian entries at its south-eastern crossings in the two weeks after the decree, before Helsinki closed the 1,340-kilometre border to tourist-visa holders on 30 September.",
  "arrivals", 43000, "exact", "RU", "FI", M, "2022-10-05", FB)
C(5, "At least 7,900", "At least 7,900 of those entrants were men travelling alone, the Border Guard said.",
  "arrivals", 7900, "at_least", "RU", "FI", M, "2022-10-05", "the Border Guard", pop="men")
q = "Some 1,800 Russians applied for asylum in Finland in 2022, up from 400 in 2021, according to the Finnish Immigration Service."
C(5, "Some 1,800", q, "asylum", 1800, "approx", "RU", "FI", "2022", "2022", "the Finnish Immigration Service")
C(5, "400", q, "asylum", 400, "exact", "RU", "FI", "2021", "2021", "the Finnish Immigration Service")
C(5, "close to 7,000", "According to the national migration directorate, close to 7,000 pregnant Russian women entered Argentina between January 2022 and the end of September 2023.",
  "arrivals", 7000, "nearly", "RU", "AR", "2022-01", "2023-09", "the national migration directorate", pop="pregnant_women")
C(5, "2.300", "A directorate memo seen by the authors puts the number of Russian parents granted residence through an Argentine-born child at \"2.300\", in Spanish notation.",
  "residents", 2300, "exact", "RU", "AR", None, P, "a directorate memo")
C(5, "in excess of 3,000", "In Bali, the provincial immigration office says in excess of 3,000 Russians currently hold long-stay KITAS permits, on top of 58,000 Russian tourist arrivals in the first half of the year.",
  "residents", 3000, "at_least", "RU", "ID", None, P, "the provincial immigration office", place="Bali")

# ---- 06 local TV (published Friday 2022-03-11; "said on Thursday" = 03-10, "On Tuesday" = 03-08, "by Wednesday" = 03-09)
P = "2022-03-11"; W = "2022-02-24"; GI = "the General Inspectorate of Border Police"
q = "Moldova now hosts more than 104,000 Ukrainians; Palanca queue at 6 km"
C(6, "more than 104,000", q, "residents", 104000, "at_least", "UA", "MD", None, P, None)
C(6, "6 km", q, "queue", 6, "exact", "UA", "MD", None, P, None, unit="km", place="Palanca")
q = "More than 104,000 Ukrainians are currently staying in Moldova, the General Inspectorate of Border Police said on Thursday, out of 266,950 Ukrainian citizens who have entered the country since 24 February."
C(6, "More than 104,000", q, "residents", 104000, "at_least", "UA", "MD", None, "2022-03-10", GI)
C(6, "266,950", q, "arrivals", 266950, "exact", "UA", "MD", W, "2022-03-10", GI)
C(6, "84,600", "The rest have travelled on to Romania and further into the European Union: Romanian border police said 84,600 people had crossed from Moldova into Romania since 24 February.",
  "arrivals", 84600, "exact", "MD", "RO", W, P, "Romanian border police")
C(6, "11,900", "On Tuesday alone, 11,900 Ukrainians entered Moldova, the inspectorate said, most of them women, children and men over 60.",
  "arrivals", 11900, "exact", "UA", "MD", "2022-03-08", "2022-03-08", "the inspectorate")
C(6, "roughly 6 km", "At Palanca, our crew saw a queue of cars that stretched roughly 6 km back towards Odesa this morning.",
  "queue", 6, "approx", "UA", "MD", None, P, None, unit="km", place="Palanca")
C(6, "10 to 12 hours", "Drivers told us they had waited 10 to 12 hours.",
  "queue", (10, 12), "range", "UA", "MD", None, P, "Drivers", unit="hours", place="Palanca")
C(6, "up to 3,000", "Volunteers at the tent camp say up to 3,000 people a night now arrive by bus after the Ukrainian curfew lifts at dawn.",
  "arrivals", 3000, "at_most", "UA", "MD", None, P, "Volunteers at the tent camp", per="day", place="Palanca")
C(6, "2,870", "Since the start of the war, 2,870 Ukrainians have applied for asylum in Moldova, the Bureau for Migration and Asylum said on Friday, and the government is preparing a simpler temporary status for the rest.",
  "asylum", 2870, "exact", "UA", "MD", W, P, "the Bureau for Migration and Asylum")
q = "In neighbouring Poland, border guards say 1,46 million people have come from Ukraine since the invasion began, while the German federal police registered 109,183 arrivals from Ukraine by Wednesday."
C(6, "1,46 million", q, "arrivals", 1460000, "exact", "UA", "PL", W, P, "Poland's border guards")
C(6, "109,183", q, "arrivals", 109183, "exact", "UA", "DE", W, "2022-03-09", "the German federal police")

# ---- 07 humanitarian dashboard narrative (published 2023-08-17, data as of 2023-08-13; "last month" = 2023-07;
#      "the first half of the month" = 2023-08-01..08-15). The cell's own figures: source null.
S = "2023-04-15"; E = "2023-08-13"
C(7, "an estimated 1.01 million", "Since the outbreak of fighting in Khartoum on 15 April, an estimated 1.01 million people have crossed from Sudan into neighbouring countries.",
  "departures", 1010000, "approx", "SD", None, S, E, None)
C(7, "381,000", "Chad has received 381,000 new arrivals from Sudan since April, most of them women and children from West Darfur.",
  "arrivals", 381000, "exact", "SD", "TD", "2023-04", E, None)
C(7, "8,000–10,000", "Arrivals at Adré ran at 8,000–10,000 a week in the first half of the month, after renewed attacks in El Geneina.",
  "arrivals", (8000, 10000), "range", "SD", "TD", "2023-08-01", "2023-08-15", None, per="week", place="Adré")
C(7, "255,600", "Egypt has received 255,600 people from Sudan, nearly all of them Sudanese nationals, through the Argeen and Qustul crossings.",
  "arrivals", 255600, "exact", "SD", "EG", S, E, None)
C(7, "Some 2,400", "Some 2,400 Sudanese refugees went back from Egypt to Sudan last month, mostly to Northern State.",
  "returns", 2400, "approx", "SD", "EG", "2023-07", "2023-07", None)
q = "At least 6,300 Sudanese have reached Kufra since May, the local crisis committee says, and arrivals there have been running at some 1,500 weekly."
C(7, "At least 6,300", q, "arrivals", 6300, "at_least", "SD", "LY", "2023-05", E, "the local crisis committee", place="Kufra")
C(7, "some 1,500", q, "arrivals", 1500, "approx", "SD", "LY", None, E, "the local crisis committee", per="week", place="Kufra")
C(7, "201,000", "South Sudan has received 201,000 arrivals through Renk and Joda; around 85% are South Sudanese returnees.",
  "arrivals", 201000, "exact", "SD", "SS", S, E, None)
C(7, "31,500", "Ethiopia has recorded 31,500 arrivals through Metema.",
  "arrivals", 31500, "exact", "SD", "ET", S, E, None, place="Metema")
C(7, "17,900", "In the Central African Republic, 17,900 people have crossed into Vakaga prefecture, where access is limited by road conditions.",
  "arrivals", 17900, "exact", "SD", "CF", S, E, None, place="Vakaga")

# ---- 08 community digest (published Monday 2023-10-02; "last month" = 2023-09; "since the start of the year" = 2023-01-01)
P = "2023-10-02"
q = "u/chamo_en_lima shared the migration office's update: roughly 1.49 million Venezuelans now live in Peru, and close to a quarter of a million have received the temporary permit (CPP) so far."
C(8, "roughly 1.49 million", q, "residents", 1490000, "approx", "VE", "PE", None, P, "the migration office")
C(8, "close to a quarter of a million", q, "residents", 250000, "nearly", "VE", "PE", None, P, "the migration office")
C(8, "Hundreds", "Hundreds of people still cross into Peru at Tumbes every day, she says, many without passports; Peru's immigration turned back 94 Venezuelans there on Thursday.",
  "arrivals", (100, 999), "order", "VE", "PE", None, P, "u/chamo_en_lima", per="day", place="Tumbes")
C(8, "12'500", "Chile's PDI says 12'500 Venezuelans entered irregularly through Colchane since the start of the year.",
  "arrivals", 12500, "exact", "VE", "CL", "2023-01-01", P, "Chile's PDI", place="Colchane")
C(8, "Some 444,000", "Some 444,000 Venezuelans now hold residence in Chile, per the latest census estimate.",
  "residents", 444000, "approx", "VE", "CL", None, P, "the latest census estimate")
C(8, "154", "A military flight took 154 Venezuelans back to Caracas from Santiago last month.",
  "returns", 154, "exact", "VE", "CL", "2023-09", "2023-09", None, place="Santiago")
q = "CBP data show encounters with Venezuelans at the southwest border rose from 21,934 in July to 54,833 in August."
C(8, "21,934", q, "arrivals", 21934, "exact", "VE", "US", "2023-07", "2023-07", "CBP")
C(8, "54,833", q, "arrivals", 54833, "exact", "VE", "US", "2023-08", "2023-08", "CBP")
C(8, "from 15,000 to 20,000", "A Caracas NGO, Observatorio Puente, estimates that from 15,000 to 20,000 Venezuelans a month are still leaving the country, mostly by bus to Colombia.",
  "departures", (15000, 20000), "range", "VE", None, None, P, "Observatorio Puente", per="month")

# ---- 09 university newsletter (published Wednesday 2025-03-05). The Centre's own team: source null.
P = "2025-03-05"; K1 = "2023-09-24"; K2 = "2023-09-30"; AG9 = "Dr Anahit Grigoryan"; MCS = "the Migration and Citizenship Service"
C(9, "100,000", "100,000 in one week: Karabakh, eighteen months on",
  "arrivals", 100000, "exact", "AZ", "AM", K1, K2, None)
C(9, "100,490", "Between 24 and 30 September 2023, she told a full lecture theatre, 100,490 people crossed the Hakari bridge into Armenia, out of an enclave population of about 120,000.",
  "arrivals", 100490, "exact", "AZ", "AM", K1, K2, AG9, place="Hakari bridge")
C(9, "approximately 28,000", "The Kornidzor reception centre registered approximately 28,000 on a single day, 27 September.",
  "arrivals", 28000, "approx", "AZ", "AM", "2023-09-27", "2023-09-27", AG9, place="Kornidzor")
C(9, "up to 40 hours", "Drivers she interviewed reported waiting up to 40 hours on the single mountain road to the bridge.",
  "queue", 40, "at_most", "AZ", "AM", None, "2023-09", "Drivers she interviewed", unit="hours", place="Hakari bridge")
C(9, "some 98,000", "Armenia has since granted temporary protection to some 98,000 of the arrivals, Dr Grigoryan said, citing the Migration and Citizenship Service.",
  "residents", 98000, "approx", "AZ", "AM", K1, P, MCS)
C(9, "14,500", "According to the same service, 14,500 have left Armenia again, for Russia, France and elsewhere.",
  "departures", 14500, "exact", "AM", None, K1, P, MCS)
q = "UNHCR figures cited by the team show that some 297,000 Syrians had returned from neighbouring countries by 20 February, including roughly 81,000 from Turkey."
C(9, "some 297,000", q, "returns", 297000, "approx", "SY", None, "2024-12-08", "2025-02-20", "UNHCR")
C(9, "roughly 81,000", q, "returns", 81000, "approx", "SY", "TR", "2024-12-08", "2025-02-20", "UNHCR")
q = "In Germany, where an estimated 974,000 Syrians live, fewer than 2,000 have left for Syria since December under the federal return programme, the team found."
C(9, "an estimated 974,000", q, "residents", 974000, "approx", "SY", "DE", None, P, None)
C(9, "fewer than 2,000", q, "returns", 2000, "at_most", "SY", "DE", "2024-12", P, None)

# ---- 10 radio interview (published Friday 2023-11-24; "last autumn" = 2022-09..2022-11;
#      "Since the start of the year" = 2023-01-01). Nazari's own statements: source "Farid Nazari".
P = "2023-11-24"; FN = "Farid Nazari"; DGM = "The Dominican migration directorate"
C(10, "close to 25,000", "On 2 November alone, close to 25,000 people crossed to Afghanistan at Torkham.",
  "returns", 25000, "nearly", "AF", "PK", "2023-11-02", "2023-11-02", FN, place="Torkham")
C(10, "over 1 lakh", "By our count, over 1 lakh people went through Torkham in the first ten days of November.",
  "returns", 100000, "at_least", "AF", "PK", "2023-11-01", "2023-11-10", "Open Road Aid", place="Torkham")
q = "On the Pakistani side the queue of lorries and buses was about 9 km long on 3 November, and families told us they had waited 30 to 36 hours."
C(10, "about 9 km", q, "queue", 9, "approx", "PK", "AF", None, "2023-11-03", FN, unit="km", place="Torkham")
C(10, "30 to 36 hours", q, "queue", (30, 36), "range", "PK", "AF", None, "2023-11-03", "families", unit="hours", place="Torkham")
C(10, "around 21,000", "Pakistan's interior ministry says around 21,000 were formally deported; the rest left \"voluntarily\", which means they left before the police came.",
  "returns", 21000, "approx", "AF", "PK", "2023-11-01", P, "Pakistan's interior ministry")
C(10, "250 to 300", "Before the announcement on 3 October, it was 250 to 300 a day.",
  "returns", (250, 300), "range", "AF", "PK", None, "2023-10-02", FN, per="day", place="Torkham")
C(10, "roughly 1.7 million", "The government says roughly 1.7 million undocumented Afghans are living in Pakistan, so this is far from over.",
  "residents", 1700000, "approx", "AF", "PK", None, P, "the Pakistani government")
C(10, "more than 171,000", "The Dominican migration directorate says it sent back more than 171,000 Haitians in 2022.",
  "returns", 171000, "at_least", "HT", "DO", "2022", "2022", DGM)
C(10, "1,500 to 2,000", "At Dajabón last autumn we saw buses bringing back 1,500 to 2,000 people a day.",
  "returns", (1500, 2000), "range", "HT", "DO", "2022-09", "2022-11", FN, per="day", place="Dajabón")
C(10, "in excess of 200,000", "Since the start of the year, the directorate's figure is already in excess of 200,000.",
  "returns", 200000, "at_least", "HT", "DO", "2023-01-01", P, DGM)

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} claims written")
