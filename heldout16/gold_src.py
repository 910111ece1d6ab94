#!/usr/bin/env python3
"""heldout16: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h16_01_kazakhstan_zhanazhol_wire.txt", 2: "h16_02_finland_vaalimaa_liveblog.html",
     3: "h16_03_russia_it_exodus_oped.md", 4: "h16_04_russia_returns_factcheck.html",
     5: "h16_05_ukrainians_czechia_moldova_stats.txt", 6: "h16_06_darien_panama_sitrep.md",
     7: "h16_07_sudan_renk_metema_interview.txt", 8: "h16_08_syria_lebanon_returns_explainer.md",
     9: "h16_09_afghans_torkham_chaman_daily.txt", 10: "h16_10_nicaragua_newsletter_digest.html"}
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


# ---- 01 Kazakhstan wire (published Thursday 2022-10-06; "on Tuesday" = 10-04, "on Wednesday" = 10-05,
#      "this week" = Mon 10-03 .. 10-06, "since the decree" = 2022-09-21)
M = "2022-09-21"; P = "2022-10-06"; ZZ = "Zhana Zhol"; COM = "the interior ministry's migration committee"
C(1, "98,000", "Kazakhstan says 98,000 Russians entered since mobilization call",
  "arrivals", 98000, "exact", "RU", "KZ", M, P, "Kazakhstan")
C(1, "About 98,000", "ORAL, Kazakhstan, Oct 6 (Steppe Line News) - About 98,000 Russian citizens have entered Kazakhstan since the decree on partial mobilization was signed on Sept. 21, the interior ministry's migration committee said on Thursday, as queues at the Zhana Zhol crossing eased for the first time in a week.",
  "arrivals", 98000, "approx", "RU", "KZ", M, P, COM)
q = "On Tuesday alone, 7,412 Russians crossed at Zhana Zhol, committee spokeswoman Aigerim Sadykova told reporters at the checkpoint, down from a peak of more than 11,000 on Sept. 25."
C(1, "7,412", q, "arrivals", 7412, "exact", "RU", "KZ", "2022-10-04", "2022-10-04", "committee spokeswoman Aigerim Sadykova", place=ZZ)
C(1, "more than 11,000", q, "arrivals", 11000, "at_least", "RU", "KZ", "2022-09-25", "2022-09-25", "committee spokeswoman Aigerim Sadykova", place=ZZ)
q = "Drivers who reached Oral on Wednesday said they had waited between 20 and 26 hours in a line of cars that stretched about 9 km back into Russia's Saratov region."
C(1, "between 20 and 26 hours", q, "queue", (20, 26), "range", "RU", "KZ", None, "2022-10-05", "Drivers", unit="hours", place=ZZ)
C(1, "about 9 km", q, "queue", 9, "approx", "RU", "KZ", None, "2022-10-05", "Drivers", unit="km", place=ZZ)
C(1, "6 to 8 hours", "By Thursday morning the wait had fallen to 6 to 8 hours, according to the checkpoint's chief, Lieutenant Colonel Nurlan Abenov.",
  "queue", (6, 8), "range", "RU", "KZ", None, P, "Lieutenant Colonel Nurlan Abenov", unit="hours", place=ZZ)
C(1, "2,000-2,500", "At the Kairak crossing further east, 2,000-2,500 people a day were entering on foot and by car this week, the committee said.",
  "arrivals", (2000, 2500), "range", "RU", "KZ", "2022-10-03", P, "the committee", per="day", place="Kairak")
C(1, "fewer than 1,000", "Before the decree, fewer than 1,000 Russians a day used Zhana Zhol, most of them traders and people visiting relatives.",
  "arrivals", 1000, "at_most", "RU", "KZ", None, "2022-09-20", "the committee", per="day", place=ZZ)
C(1, "some 41,500", "Sadykova said some 41,500 of the new arrivals had already left Kazakhstan again, mainly for Georgia, Turkey and the United Arab Emirates.",
  "departures", 41500, "approx", "KZ", None, M, P, "Sadykova")
C(1, "12,600", "A further 12,600 Russians have received individual identification numbers, which are needed to open a bank account or sign a lease, since the decree.",
  "residents", 12600, "exact", "RU", "KZ", M, P, "Sadykova")
C(1, "300,000", "Moscow has said the call-up will bring 300,000 reservists into the armed forces, but many arrivals said they did not trust that figure.",
  "mobilized", 300000, "exact", "RU", None, M, M, "Moscow", pop="reservists")

# ---- 02 Finland live blog (published Wednesday 2022-09-28; "Tuesday"/"Yesterday" = 09-27, "a week earlier" = 09-20,
#      "Five days ago, on Friday" = 09-23, "over the weekend"/"Saturday and Sunday" = 09-24..25, "last Wednesday" = 09-21)
P = "2022-09-28"; FBG = "Finnish Border Guard"; VA = "Vaalimaa"
q = "Finnish Border Guard figures show 8,572 Russians entered Finland across the eastern land border on Tuesday, compared with 3,100 on the same day a week earlier."
C(2, "8,572", q, "arrivals", 8572, "exact", "RU", "FI", "2022-09-27", "2022-09-27", FBG)
C(2, "3,100", q, "arrivals", 3100, "exact", "RU", "FI", "2022-09-20", "2022-09-20", FBG)
C(2, "4,824", "On the same day, 4,824 Russians travelled back from Finland to Russia, the Border Guard said.",
  "returns", 4824, "exact", "RU", "FI", "2022-09-27", "2022-09-27", "the Border Guard")
q = "At Vaalimaa the queue of cars on the Russian side was about 3 km long this afternoon, with waits of up to six hours, border guard spokesman Captain Jussi Laakkonen said."
C(2, "about 3 km", q, "queue", 3, "approx", "RU", "FI", None, P, "Captain Jussi Laakkonen", unit="km", place=VA)
C(2, "up to six hours", q, "queue", 6, "at_most", "RU", "FI", None, P, "Captain Jussi Laakkonen", unit="hours", place=VA)
C(2, "6,470", "Five days ago, on Friday, 6,470 Russians entered Finland at the eastern crossings, a figure the Border Guard at the time called \"exceptional\".",
  "arrivals", 6470, "exact", "RU", "FI", "2022-09-23", "2022-09-23", None)
C(2, "more than 43,000", "Since the mobilization was announced last Wednesday, more than 43,000 Russians have crossed into Finland, the Border Guard said in its daily update.",
  "arrivals", 43000, "at_least", "RU", "FI", "2022-09-21", P, "the Border Guard")
C(2, "About 1,200", "About 1,200 Russian citizens had crossed into Finland at Vaalimaa by 2pm today, the crossing's duty officer told our reporter.",
  "arrivals", 1200, "approx", "RU", "FI", P, P, "the crossing's duty officer", place=VA)
C(2, "around 3,300", "In Estonia, the Police and Border Guard Board said around 3,300 Russians entered at Narva over the weekend, most of them holders of Estonian residence permits or EU citizens' relatives.",
  "arrivals", 3300, "approx", "RU", "EE", "2022-09-24", "2022-09-25", "the Police and Border Guard Board", place="Narva")
C(2, "roughly 17,000", "Finland's Border Guard said roughly 17,000 Russians crossed into Finland on Saturday and Sunday combined.",
  "arrivals", 17000, "approx", "RU", "FI", "2022-09-24", "2022-09-25", "Finland's Border Guard")
C(2, "almost 5,000", "Yesterday was the busiest day at the eastern crossings since the pandemic began, with Vaalimaa alone counting almost 5,000 entries, and at Nuijamaa the line of cars reached the edge of the",
  "arrivals", 5000, "nearly", "RU", "FI", "2022-09-27", "2022-09-27", None, place=VA)

# ---- 03 IT exodus op-ed (published 2023-03-14; "Last month" = 2023-02; "over the winter" = 2022-12..2023-02)
P = "2023-03-14"; INV = "2022-02-24"
C(3, "roughly 120,000", "In December the Ministry of Digital Development said that roughly 120,000 IT specialists had left Russia in 2022 and that about 80 percent of them still worked for Russian employers.",
  "departures", 120000, "approx", "RU", None, "2022", "2022", "the Ministry of Digital Development", pop="it_workers")
C(3, "between 150,000 and 170,000", "The Runet Software Guild, an industry lobby, puts the number of IT workers who left in 2022 at between 150,000 and 170,000.",
  "departures", (150000, 170000), "range", "RU", None, "2022", "2022", "The Runet Software Guild", pop="it_workers")
C(3, "a quarter of a million", "My own estimate, built from public profile data and payroll leaks, is that perhaps a quarter of a million tech workers have left since the invasion, counting designers, testers and the freelancers nobody registers.",
  "departures", 250000, "exact", "RU", None, INV, P, None, pop="it_workers")
C(3, "around 62,000", "Armenia's migration service says it has granted residence permits to around 62,000 Russians since the invasion, a figure that includes many of the programmers who crowded Yerevan's cafes last spring.",
  "residents", 62000, "approx", "RU", "AM", INV, P, "Armenia's migration service")
C(3, "17 thousand", "In Uzbekistan, IT Park Uzbekistan reports that 17 thousand Russian IT workers have registered their stay through its relocation scheme since March 2022.",
  "residents", 17000, "exact", "RU", "UZ", "2022-03", P, "IT Park Uzbekistan", pop="it_workers")
C(3, "fewer than 10,000", "Kazakhstan's digital ministry says fewer than 10,000 Russian IT workers hold its special work permits.",
  "residents", 10000, "at_most", "RU", "KZ", None, P, "Kazakhstan's digital ministry", pop="it_workers")
C(3, "some 8.5 thousand", "Last month Serbia's interior ministry said some 8.5 thousand Russian IT professionals held work permits there.",
  "residents", 8500, "approx", "RU", "RS", None, "2023-02", "Serbia's interior ministry", pop="it_workers")
C(3, "over 112,000", "Georgia's interior ministry reported that over 112,000 Russians entered Georgia in the week after the mobilization decree, but that counts everyone, not just coders, and many left again within days.",
  "arrivals", 112000, "at_least", "RU", "GE", "2022-09-21", "2022-09-28", "Georgia's interior ministry")
C(3, "as many as 800,000", "Some demographers suggest that as many as 800,000 Russians left for good in 2022.",
  "departures", 800000, "at_most", "RU", None, "2022", "2022", "Some demographers")
C(3, "Tens of thousands", "Tens of thousands of them returned to Russia over the winter, according to recruiters I have spoken to, tempted by a deferral from the draft and by salaries that in Moscow now average 250,000 rubles a month for a senior developer.",
  "returns", (10000, 99999), "order", "RU", None, "2022-12", "2023-02", "recruiters", pop="it_workers")

# ---- 04 returns fact check (published Wednesday 2023-10-18). Headline/claim "700,000" debunked: not annotated.
OD = "Outbound Data"
C(4, "at least 650,000", "Researchers at the independent project Outbound Data, who matched FSB border service exits against entries, estimate that at least 650,000 Russians left and did not come back between February and December 2022.",
  "departures", 650000, "at_least", "RU", None, "2022-02", "2022-12", OD)
C(4, "an estimated 260,000", "The same researchers say an estimated 260,000 men left Russia in the two weeks after the mobilization decree of 21 September 2022.",
  "departures", 260000, "approx", "RU", None, "2022-09-21", "2022-10-05", OD, pop="men")
C(4, "between 100,000 and 150,000", "For returns, their estimate is that between 100,000 and 150,000 people returned to Russia in the first nine months of 2023.",
  "returns", (100000, 150000), "range", "RU", None, "2023-01", "2023-09", OD)
C(4, "some 18 000", "Kazakhstan's interior ministry said last week that some 18 000 Russians who had arrived after the mobilization had gone back to Russia in 2023.",
  "returns", 18000, "approx", "RU", "KZ", "2023", "2023", "Kazakhstan's interior ministry")
q = "Armenia's migration service said the number of Russians holding residence permits fell from around 40,000 in December 2022 to 31,500 in June 2023."
C(4, "around 40,000", q, "residents", 40000, "approx", "RU", "AM", None, "2022-12", "Armenia's migration service")
C(4, "31,500", q, "residents", 31500, "exact", "RU", "AM", None, "2023-06", "Armenia's migration service")
C(4, "45,600", "Georgia's statistics office reported that 45,600 Russians left Georgia in the first quarter of 2023, without saying where they went.",
  "departures", 45600, "exact", "GE", None, "2023-01", "2023-03", "Georgia's statistics office")
C(4, "almost 40,000", "Analysts at the Vostok Monitor think tank estimate that almost 40,000 Russians went back from the EU to Russia in the first half of the year.",
  "returns", 40000, "nearly", "RU", "EU", "2023-01", "2023-06", "the Vostok Monitor think tank")
C(4, "fewer than 500", "Arrivals in Kazakhstan from Russia also slowed sharply: by December 2022 fewer than 500 Russians a day were entering through the main crossings, Kazakh border officials said.",
  "arrivals", 500, "at_most", "RU", "KZ", None, "2022-12", "Kazakh border officials", per="day")

# ---- 05 statistics bulletin (released 2023-07-12, reference date 2023-06-30). Section 1.1 carries the Ministry of the
#      Interior as source; unattributed bulletin figures have source null.
R = "2023-06-30"; MOI = "the Czech Ministry of the Interior"; BP = "Moldova's Border Police"
C(5, "347 820", "According to the Czech Ministry of the Interior, 347 820 persons from Ukraine held valid temporary protection in Czechia on 30 June 2023.",
  "residents", 347820, "exact", "UA", "CZ", None, R, MOI)
C(5, "504.107", "In total, 504.107 temporary protection visas had been issued since March 2022; the difference reflects people who have left the country, moved to another permit or not extended their protection.",
  "residents", 504107, "exact", "UA", "CZ", "2022-03", R, MOI)
q = "In the first half of 2023, 38 950 new temporary protections were granted, roughly 6 500 each month, compared with more than 40 000 in the single week of 14-20 March 2022."
C(5, "38 950", q, "residents", 38950, "exact", "UA", "CZ", "2023-01", "2023-06", None)
C(5, "roughly 6 500", q, "residents", 6500, "approx", "UA", "CZ", "2023-01", "2023-06", None, per="month")
C(5, "more than 40 000", q, "residents", 40000, "at_least", "UA", "CZ", "2022-03-14", "2022-03-20", None)
C(5, "91 400", "The capital region accounted for the largest share: 91 400 holders were registered in Prague.",
  "residents", 91400, "exact", "UA", "CZ", None, R, None, place="Prague")
C(5, "196 000", "At the end of 2021, 196 000 Ukrainian citizens already lived in Czechia with long-term or permanent residence; these are not included in the figures above.",
  "residents", 196000, "exact", "UA", "CZ", None, "2021-12", None)
C(5, "876 310", "Between 24 February 2022 and 30 June 2023, Moldova's Border Police recorded 876 310 Ukrainian citizens entering Moldova.",
  "arrivals", 876310, "exact", "UA", "MD", "2022-02-24", R, BP)
C(5, "about 112 000", "Of these, about 112 000 remained in the country on the reference date, the General Inspectorate for Migration estimates.",
  "residents", 112000, "approx", "UA", "MD", None, R, "the General Inspectorate for Migration")
C(5, "25.6 thousand", "The Palanca crossing in the south-east, on the road to Odesa, registered 25.6 thousand Ukrainian entries in June 2023.",
  "arrivals", 25600, "exact", "UA", "MD", "2023-06", "2023-06", None, place="Palanca")
C(5, "18 740", "In June 2023, 18 740 Ukrainian citizens left Moldova for Ukraine, according to the Border Police.",
  "returns", 18740, "exact", "UA", "MD", "2023-06", "2023-06", "the Border Police")
C(5, "7 930", "By 30 June, 7 930 people from Ukraine had been granted it.",
  "residents", 7930, "exact", "UA", "MD", "2023-03-01", R, None)
C(5, "73", "Ukrainian citizens lodged 73 asylum applications in Moldova in the first half of 2023.",
  "asylum", 73, "exact", "UA", "MD", "2023-01", "2023-06", None)

# ---- 06 Darien sitrep (issued 2023-09-12, covering August 2023). All-nationality totals (81,946; 329,100; "Other")
#      are not annotated: origin must be one country.
SNM = "SNM"
C(6, "Around 1,700", "Around 1,700 Venezuelans a day arrived at the Lajas Blancas migrant reception station in the last week of August, SNM said.",
  "arrivals", 1700, "approx", "VE", "PA", "2023-08-25", "2023-08-31", SNM, per="day", place="Lajas Blancas")
C(6, "about 11,000", "In the first week of September, about 11,000 Venezuelans per week were still emerging from the jungle at Bajo Chiquito, according to SCRP field monitors.",
  "arrivals", 11000, "approx", "VE", "PA", "2023-09-01", "2023-09-07", "SCRP field monitors", per="week", place="Bajo Chiquito")
for row, a, b, o in (("| Venezuela | 51,812 | 219,540 |", "51,812", "219,540", "VE"),
                     ("| Ecuador | 6,904 | 42,310 |", "6,904", "42,310", "EC"),
                     ("| Haiti | 5,120 | 33,870 |", "5,120", "33,870", "HT")):
    C(6, a, row, "arrivals", int(a.replace(",", "")), "exact", o, "PA", "2023-08", "2023-08", SNM, place="Darien")
    C(6, b, row, "arrivals", int(b.replace(",", "")), "exact", o, "PA", "2023-01", "2023-08", SNM, place="Darien")
C(6, "some 48 000", "Costa Rica's migration authority (DGME) registered some 48 000 Venezuelans entering the country at Paso Canoas in August.",
  "arrivals", 48000, "approx", "VE", "CR", "2023-08", "2023-08", "Costa Rica's migration authority (DGME)", place="Paso Canoas")
C(6, "1 450", "Venezuelan nationals lodged 1 450 asylum applications in Costa Rica in August, DGME said, most of them at the San José office.",
  "asylum", 1450, "exact", "VE", "CR", "2023-08", "2023-08", "DGME")
C(6, "312", "IOM assisted 312 Venezuelans to return from Panama to Venezuela on humanitarian flights in August.",
  "returns", 312, "exact", "VE", "PA", "2023-08", "2023-08", "IOM")

# ---- 07 TV interview (broadcast Thursday 2023-06-08; fighting began 2023-04-15; "On Monday" = 06-05;
#      "Last week" = 05-29..06-04). Mixed flows out of Sudan take origin SD (the country people leave).
P = "2023-06-08"; W = "2023-04-15"; GA = "Grace Akol"
C(7, "more than 100,000", "Seven weeks after fighting broke out in Khartoum on the 15th of April, UN figures show more than 100,000 people have crossed from Sudan into South Sudan.",
  "arrivals", 100000, "at_least", "SD", "SS", W, P, "UN")
C(7, "between 1,500 and 2,000", "At Joda we are seeing between 1,500 and 2,000 people a day coming across.",
  "arrivals", (1500, 2000), "range", "SD", "SS", None, P, GA, per="day", place="Joda")
C(7, "Around 80,000", "Around 80,000 of those who have come since April are South Sudanese who had been living in Sudan, some of them for thirty years, and are now coming home with nothing.",
  "returns", 80000, "approx", "SS", "SD", "2023-04", P, GA)
C(7, "more than 12,000", "It was built for 3,000 people and it now has more than 12,000.",
  "residents", 12000, "at_least", "SD", "SS", None, P, GA, place="Renk")
C(7, "about 2 km", "On Monday the queue of trucks and buses waiting to enter at Joda was about 2 km long.",
  "queue", 2, "approx", "SD", "SS", None, "2023-06-05", GA, unit="km", place="Joda")
C(7, "More than 26,000", "More than 26,000 have entered Ethiopia through Metema since the fighting started, mostly Sudanese but also third-country nationals.",
  "arrivals", 26000, "at_least", "SD", "ET", W, P, GA, place="Metema")
q = "Last week alone some 6,200 crossed there, and about 3,000 of those who have crossed at Metema were Ethiopians going back home."
C(7, "some 6,200", q, "arrivals", 6200, "approx", "SD", "ET", "2023-05-29", "2023-06-04", GA, place="Metema")
C(7, "about 3,000", q, "returns", 3000, "approx", "ET", "SD", W, P, GA, place="Metema")
C(7, "10 to 12 hours", "People are waiting 10 to 12 hours to be processed in the heat.",
  "queue", (10, 12), "range", "SD", "ET", None, P, GA, unit="hours", place="Metema")
C(7, "roughly sixty thousand", "Chad has taken in roughly sixty thousand people, mostly women and children from Darfur.",
  "arrivals", 60000, "approx", "SD", "TD", W, P, GA)
C(7, "over 150,000", "Egypt says over 150,000 Sudanese have entered Egypt since April.",
  "arrivals", 150000, "at_least", "SD", "EG", "2023-04", P, "Egypt")

# ---- 08 Syria-Lebanon explainer (published 2025-02-20; "Last month" = 2025-01; "last autumn" = 2024)
P = "2025-02-20"; F = "2024-12-08"
C(8, "an estimated 95,000", "Since 8 December 2024, an estimated 95,000 Syrians have returned from Lebanon, according to UNHCR.",
  "returns", 95000, "approx", "SY", "LB", F, P, "UNHCR")
C(8, "about 24,000", "Last month alone, about 24,000 Syrians returned from Lebanon, Lebanon's General Security directorate said.",
  "returns", 24000, "approx", "SY", "LB", "2025-01", "2025-01", "Lebanon's General Security directorate")
q = "During the Israeli bombardment of Lebanon last autumn, more than 425,000 Syrians crossed back into Syria between 23 September and 27 November 2024, along with about 170,000 Lebanese who fled to Syria, according to Syrian and UN figures."
C(8, "more than 425,000", q, "returns", 425000, "at_least", "SY", "LB", "2024-09-23", "2024-11-27", "Syrian and UN figures")
C(8, "about 170,000", q, "arrivals", 170000, "approx", "LB", "SY", "2024-09-23", "2024-11-27", "Syrian and UN figures")
C(8, "up to 8,000", "At the height of the bombing in early October, up to 8,000 Syrians a day went home through Masnaa, the main crossing on the Beirut-Damascus road.",
  "returns", 8000, "at_most", "SY", "LB", "2024-10", "2024-10", None, per="day", place="Masnaa")
C(8, "around 10,000", "Lebanese officials said around 10,000 Syrians, many linked to the former government, entered Lebanon through Masnaa on 8 and 9 December.",
  "arrivals", 10000, "approx", "SY", "LB", "2024-12-08", "2024-12-09", "Lebanese officials", place="Masnaa")
C(8, "about 1.5m", "The Lebanese government puts the number at about 1.5m.",
  "residents", 1500000, "approx", "SY", "LB", None, P, "The Lebanese government")
C(8, "just under 760,000", "UNHCR had just under 760,000 registered refugees on its books at the end of 2024; registration was frozen in 2015, so newer arrivals are missing from that count.",
  "residents", 760000, "nearly", "SY", "LB", None, "2024-12", "UNHCR")
C(8, "1,200", "Lebanon deported 1,200 Syrians in the first half of 2024, rights groups say, often after raids on informal settlements.",
  "returns", 1200, "exact", "SY", "LB", "2024-01", "2024-06", "rights groups")
C(8, "more than 81,000", "The Turkish interior ministry said more than 81,000 Syrians returned from Türkiye between 8 December and 6 February.",
  "returns", 81000, "at_least", "SY", "TR", F, "2025-02-06", "The Turkish interior ministry")

# ---- 09 Pakistani daily (published Tuesday 2024-04-16; "on Monday" = 04-15, "On Sunday" = 04-14,
#      "Last week" = 04-08..04-14, "Last month" = 2024-03, drive began 2023-11-01)
P = "2024-04-16"; N = "2023-11-01"; MON = "2024-04-15"; HD = "officials of the Home Department"
C(9, "Over 5.5 lakh", "Over 5.5 lakh Afghans repatriated since November: officials",
  "returns", 550000, "at_least", "AF", "PK", N, P, "officials")
C(9, "More than 5.5 lakh", "PESHAWAR: More than 5.5 lakh undocumented Afghan nationals have returned to Afghanistan through Torkham and Chaman since the government's repatriation drive began on November 1 last year, officials of the Home Department said on Monday.",
  "returns", 550000, "at_least", "AF", "PK", N, MON, HD)
q = "According to the figures shared with this paper, 3,91,240 Afghans crossed through Torkham in Khyber district, while around 1.4 lakh went back via Chaman in Balochistan."
C(9, "3,91,240", q, "returns", 391240, "exact", "AF", "PK", N, MON, HD, place="Torkham")
C(9, "around 1.4 lakh", q, "returns", 140000, "approx", "AF", "PK", N, MON, HD, place="Chaman")
C(9, "24,600", "Of the total, 24,600 were deported after arrest and the rest left \"voluntarily\", officials said.",
  "returns", 24600, "exact", "AF", "PK", N, MON, "officials")
C(9, "1,112", "On Sunday alone, 1,112 Afghans crossed at Torkham, including 38 families who had lived in Peshawar's Board Bazaar for more than two decades.",
  "returns", 1112, "exact", "AF", "PK", "2024-04-14", "2024-04-14", None, place="Torkham")
q = "Last week the daily average stood at about 900, far below the rush of the first week of November, when as many as 24,000 Afghans a day crossed Torkham."
C(9, "about 900", q, "returns", 900, "approx", "AF", "PK", "2024-04-08", "2024-04-14", None, per="day", place="Torkham")
C(9, "as many as 24,000", q, "returns", 24000, "at_most", "AF", "PK", N, "2023-11-07", None, per="day", place="Torkham")
C(9, "36,820", "Last month, 36,820 Afghans returned via Torkham, the Khyber district administration said.",
  "returns", 36820, "exact", "AF", "PK", "2024-03", "2024-03", "the Khyber district administration", place="Torkham")
C(9, "up to 14 hours", "At Chaman, returning families waited for up to 14 hours on Monday as Afghan officials processed papers at the Spin Boldak side, a Levies official said.",
  "queue", 14, "at_most", "PK", "AF", None, MON, "a Levies official", unit="hours", place="Chaman")
q = "Officials estimate that about 14 lakh undocumented Afghans were living in Pakistan when the drive began, besides nearly 13.3 lakh holders of Proof of Registration (PoR) cards, whose stay has been extended till June 30."
C(9, "about 14 lakh", q, "residents", 1400000, "approx", "AF", "PK", None, N, "Officials")
C(9, "nearly 13.3 lakh", q, "residents", 1330000, "nearly", "AF", "PK", None, N, "Officials")

# ---- 10 newsletter digest (published Wednesday 2023-11-08; "this year" = 2023-01-01 ..)
P = "2023-11-08"; RU_ = "Costa Rica's Refugee Unit"
C(10, "close to 190,000", "Costa Rica's Refugee Unit says Nicaraguans have filed close to 190,000 asylum claims since the protests of April 2018.",
  "asylum", 190000, "nearly", "NI", "CR", "2018-04", P, RU_)
q = "In October alone, about 3,100 Nicaraguans applied, compared with 2,780 in September."
C(10, "about 3,100", q, "asylum", 3100, "approx", "NI", "CR", "2023-10", "2023-10", RU_)
C(10, "2,780", q, "asylum", 2780, "exact", "NI", "CR", "2023-09", "2023-09", RU_)
C(10, "about 60", "Church volunteers in Los Chiles say about 60 Nicaraguans a day still cross the northern border there, most of them on foot through farmland rather than at the official post.",
  "arrivals", 60, "approx", "NI", "CR", None, P, "Church volunteers in Los Chiles", per="day", place="Los Chiles")
C(10, "Tens of thousands", "Tens of thousands of Nicaraguans fled to Costa Rica in 2018, when the government crushed the protests.",
  "arrivals", (10000, 99999), "order", "NI", "CR", "2018", "2018", None)
C(10, "roughly 380,000", "Costa Rica's 2022 household survey counted roughly 380,000 Nicaraguan-born residents, in a country of 5.2 million.",
  "residents", 380000, "approx", "NI", "CR", None, "2022", "Costa Rica's 2022 household survey")
C(10, "9,874", "US Customs and Border Protection encountered 9,874 Nicaraguans at the southwest border in September.",
  "arrivals", 9874, "exact", "NI", "US", "2023-09", "2023-09", "US Customs and Border Protection")
C(10, "4,870", "Honduras' National Migration Institute recorded 4,870 irregular entries of Nicaraguans in October.",
  "arrivals", 4870, "exact", "NI", "HN", "2023-10", "2023-10", "Honduras' National Migration Institute")
C(10, "About 1,400", "About 1,400 Nicaraguans returned from Costa Rica this year under a voluntary return programme run by the Jesuit migrant service, which pays for the bus and a small grant.",
  "returns", 1400, "approx", "NI", "CR", "2023-01-01", P, None)

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} claims written")
