#!/usr/bin/env python3
"""heldout22: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h22_01_telegram_digest_borders.txt", 2: "h22_02_podcast_show_notes_relocants.md",
     3: "h22_03_transit_newsletter_finland.html", 4: "h22_04_regional_stats_bulletin_czechia.txt",
     5: "h22_05_ngo_press_release_venezuela.md", 6: "h22_06_karabakh_live_blog.html",
     7: "h22_07_council_minutes_bno.txt", 8: "h22_08_factcheck_sudan_egypt.md",
     9: "h22_09_encyclopedia_rohingya.html", 10: "h22_10_oped_nicaragua_costa_rica.txt"}
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


# ---- 01 Telegram digest (published Tuesday 2022-09-27; "on Monday" = 09-26, "this morning" = 09-27,
#      "late last night" = 09-26, "on Sunday" = 09-25, "the same day a week earlier" = 09-18)
M = "2022-09-21"; P = "2022-09-27"
C(1, "98,000", "Kazakhstan's interior ministry says 98,000 Russians have entered the country since the mobilization decree.",
  "arrivals", 98000, "exact", "RU", "KZ", M, P, "Kazakhstan's interior ministry")
C(1, "17 400", "A ministry spokesman, Arman Zhakupov, added that on Monday alone 17 400 Russian citizens crossed the land border.",
  "arrivals", 17400, "exact", "RU", "KZ", "2022-09-26", "2022-09-26", "A ministry spokesman, Arman Zhakupov")
C(1, "about 8 km", "Subscribers at Syrym (West Kazakhstan) report the queue on the Russian side at about 8 km this morning.",
  "queue", 8, "approx", "RU", "KZ", None, P, "Subscribers at Syrym", unit="km", place="Syrym")
q = "Readers in the line wrote that cars at the back were facing waits of thirty-one hours, and that roughly 2,600 cars were still ahead of the barrier at dawn."
C(1, "thirty-one hours", q, "queue", 31, "exact", "RU", "KZ", None, P, "Readers in the line", unit="hours", place="Syrym")
C(1, "roughly 2,600", q, "queue", 2600, "approx", "RU", "KZ", None, P, "Readers in the line", unit="vehicles", place="Syrym")
C(1, "261 thousand", "According to Delovoy Kurier, citing a source in the FSB border service, 261 thousand Russians left the country in the first four days after the decree.",
  "departures", 261000, "exact", "RU", None, M, "2022-09-24", "Delovoy Kurier, citing a source in the FSB border service")
C(1, "about 10,000", "Georgia: the interior ministry in Tbilisi reported that the number of Russians entering Georgia has climbed to about 10,000 a day.",
  "arrivals", 10000, "approx", "RU", "GE", None, P, "Georgia's interior ministry", per="day")
C(1, "5,000-6,000", "Before the announcement the ministry counted 5,000-6,000 a day, most of them tourists and lorry drivers.",
  "arrivals", (5000, 6000), "range", "RU", "GE", None, "2022-09-20", "Georgia's interior ministry", per="day")
C(1, "more than 3,500", "At Verkhny Lars, volunteers handing out water counted more than 3,500 vehicles waiting late last night.",
  "queue", 3500, "at_least", "RU", "GE", None, "2022-09-26", "volunteers handing out water", unit="vehicles", place="Verkhny Lars")
C(1, "between 20 and 40 hours", "Waits of between 20 and 40 hours are reported on the Russian side of the crossing.",
  "queue", (20, 40), "range", "RU", "GE", None, P, None, unit="hours", place="Verkhny Lars")
q = "Finland's Border Guard counted 8,314 Russian entries on Sunday, compared with 4,100 on the same day a week earlier."
C(1, "8,314", q, "arrivals", 8314, "exact", "RU", "FI", "2022-09-25", "2022-09-25", "Finland's Border Guard")
C(1, "4,100", q, "arrivals", 4100, "exact", "RU", "FI", "2022-09-18", "2022-09-18", "Finland's Border Guard")

# ---- 02 podcast show notes (published Wednesday 2023-02-15)
P = "2023-02-15"; BPL = "Baltic Population Lab"
C(2, "between 600,000 and 700,000", "The Baltic Population Lab estimates that between 600,000 and 700,000 people left Russia in 2022 and had not come back by the end of the year.",
  "departures", (600000, 700000), "range", "RU", None, "2022", "2022", BPL)
C(2, "300,000", "Irina walks through the call-up of 300,000 reservists announced on 21 September and the two weeks that followed.",
  "mobilized", 300000, "exact", "RU", None, "2022-09-21", "2022-09-21", None, pop="reservists")
q = "Citing Serbian police data, Irina says roughly forty thousand Russians registered their stay in Serbia over the year, among them some 9,500 IT specialists, and more than 1,000 Russian-owned firms were founded in Belgrade."
C(2, "roughly forty thousand", q, "residents", 40000, "approx", "RU", "RS", "2022", "2022", "Serbian police data")
C(2, "some 9,500", q, "residents", 9500, "approx", "RU", "RS", "2022", "2022", "Serbian police data", pop="it_workers")
C(2, "some 146 thousand", "Turkey's migration directorate counted some 146 thousand Russians holding residence permits at the end of 2022.",
  "residents", 146000, "approx", "RU", "TR", None, "2022-12", "Turkey's migration directorate")
q = "Nearly 44.5 thousand Russians made aliyah in 2022, according to Israel's Aliyah and Integration Ministry; in 2021, the figure was 7,700."
C(2, "Nearly 44.5 thousand", q, "arrivals", 44500, "nearly", "RU", "IL", "2022", "2022", "Israel's Aliyah and Integration Ministry")
C(2, "7,700", q, "arrivals", 7700, "exact", "RU", "IL", "2021", "2021", "Israel's Aliyah and Integration Ministry")
C(2, "Tens of thousands", "Tens of thousands of Russians have settled in Yerevan since September, Irina says, pushing rents up by 60 to 80 percent.",
  "residents", (10000, 99999), "order", "RU", "AM", "2022-09", P, "Irina Holtz", place="Yerevan")
q = "Of roughly 400,000 Russians who entered Kazakhstan in the autumn, fewer than 100,000 were still there in December, according to Kazakhstan's labour ministry."
C(2, "roughly 400,000", q, "arrivals", 400000, "approx", "RU", "KZ", "2022-09", "2022-11", "Kazakhstan's labour ministry")
C(2, "fewer than 100,000", q, "residents", 100000, "at_most", "RU", "KZ", None, "2022-12", "Kazakhstan's labour ministry")
C(2, "around 150,000", "The lab's own estimate is that around 150,000 people who fled the mobilization had returned to Russia by the end of January.",
  "returns", 150000, "approx", "RU", None, "2022-09-21", "2023-01", BPL)

# ---- 03 transport newsletter (published Monday 2022-10-03; "On Friday" = 09-30, "on Thursday" = 09-29,
#      "last week" = 09-26 .. 10-02)
P = "2022-10-03"; FBG = "Finland's Border Guard"
C(3, "Over 60,000", "Over 60,000 Russians crossed into Finland in the ten days after the call-up",
  "arrivals", 60000, "at_least", "RU", "FI", M, "2022-09-30", None)
q = "Finland's Border Guard recorded 63,900 Russian entries at its south-eastern land crossings between 21 and 30 September, against 17,200 in the ten days before the decree."
C(3, "63,900", q, "arrivals", 63900, "exact", "RU", "FI", M, "2022-09-30", FBG)
C(3, "17,200", q, "arrivals", 17200, "exact", "RU", "FI", "2022-09-11", "2022-09-20", FBG)
q = "Daily entries peaked at 8,572 on Saturday 24 September, and the Border Guard put the daily average for the period at roughly 6,400."
C(3, "8,572", q, "arrivals", 8572, "exact", "RU", "FI", "2022-09-24", "2022-09-24", FBG)
C(3, "roughly 6,400", q, "arrivals", 6400, "approx", "RU", "FI", M, "2022-09-30", FBG, per="day")
C(3, "Some 36,000", "Some 36,000 Russians flew or sailed on from Finland to other Schengen countries in the same ten days, the Border Guard said, mostly via Helsinki-Vantaa and the Tallinn ferries.",
  "arrivals", 36000, "approx", "FI", "SCHENGEN", M, "2022-09-30", FBG)
q = "On Friday, the last day before Finland stopped admitting Russians on tourist visas, lorry drivers reported a car queue of 2.5 km at Vaalimaa and waits of up to 6 hours."
C(3, "2.5 km", q, "queue", 2.5, "exact", "RU", "FI", None, "2022-09-30", "lorry drivers", unit="km", place="Vaalimaa")
C(3, "up to 6 hours", q, "queue", 6, "at_most", "RU", "FI", None, "2022-09-30", "lorry drivers", unit="hours", place="Vaalimaa")
C(3, "some 400", "At Nuijamaa the same afternoon, some 400 cars were lined up, according to the regional traffic centre.",
  "queue", 400, "approx", "RU", "FI", None, "2022-09-30", "the regional traffic centre", unit="vehicles", place="Nuijamaa")
C(3, "2,980", "At Vaalimaa alone, 2,980 Russians entered on Thursday, the Border Guard said.",
  "arrivals", 2980, "exact", "RU", "FI", "2022-09-29", "2022-09-29", FBG, place="Vaalimaa")
C(3, "4,750", "Coach operator Karelia Coach Lines said it carried 4,750 passengers from St Petersburg to Helsinki last week, three times its usual load, and added 12 extra departures.",
  "arrivals", 4750, "exact", "RU", "FI", "2022-09-26", "2022-10-02", "Karelia Coach Lines", place="Helsinki")
C(3, "18,300", "In the air, flights from Moscow to Yerevan carried 18,300 passengers in the week after the decree, data from the seat-tracking firm AeroLedger show, with load factors of 98%.",
  "arrivals", 18300, "exact", "RU", "AM", M, "2022-09-27", "AeroLedger", place="Yerevan")

# ---- 04 regional statistics bulletin (published Thursday 2022-06-30; data as of 26 June)
W = "2022-02-24"; A = "2022-06-26"; MOI = "the Czech Ministry of the Interior"; RO = "the regional office of the Ministry"
C(4, "exceed 42 thousand", "South Moravia: temporary protection holders exceed 42 thousand",
  "residents", 42000, "at_least", "UA", "CZ", W, A, None, place="South Moravia")
C(4, "382 517", "As of 26 June 2022, the Czech Ministry of the Interior had granted 382 517 temporary-protection visas to people fleeing Ukraine since 24 February, the Ministry's weekly data show.",
  "residents", 382517, "exact", "UA", "CZ", W, A, MOI)
C(4, "42 380", "Of these, 42 380 visas were issued to people registered in the South Moravian Region, according to the regional office of the Ministry.",
  "residents", 42380, "exact", "UA", "CZ", W, A, RO, place="South Moravian Region")
C(4, "23 915", "Brno alone accounted for 23 915.",
  "residents", 23915, "exact", "UA", "CZ", W, A, RO, place="Brno")
q = "The Regional Assistance Centre in Brno saw its daily intake fall from about 2 600 applicants a day in mid-March to 410 a day in the first week of June, the Centre's director, Pavla Sedláčková, told the Office."
C(4, "about 2 600", q, "residents", 2600, "approx", "UA", "CZ", "2022-03", "2022-03", "the Centre's director, Pavla Sedláčková", per="day", place="Brno")
C(4, "410", q, "residents", 410, "exact", "UA", "CZ", "2022-06-01", "2022-06-07", "the Centre's director, Pavla Sedláčková", per="day", place="Brno")
C(4, "about 76 000", "According to the Ministry, about 76 000 holders of temporary protection have left Czechia again, either returning to Ukraine or moving on to other countries; the Ministry cannot say how many went where.",
  "departures", 76000, "approx", "CZ", None, W, "2022-06-30", MOI)
BBFP = "the Bureau of Border and Foreign Police"
C(4, "568 000", "In Slovakia, the Bureau of Border and Foreign Police counted 568 000 border crossings from Ukraine by 26 June.",
  "arrivals", 568000, "exact", "UA", "SK", W, A, BBFP)
C(4, "81 000", "The Bureau said 81 000 people have applied for temporary protection there.",
  "residents", 81000, "exact", "UA", "SK", W, A, BBFP)
C(4, "1,17 million", "For comparison, Poland had issued PESEL numbers with Ukrainian refugee status to 1,17 million people by mid-June, according to Poland's digitisation ministry.",
  "residents", 1170000, "exact", "UA", "PL", W, "2022-06", "Poland's digitisation ministry")

# ---- 05 NGO press release (published Tuesday 2023-06-20)
P = "2023-06-20"
C(5, "7.3 million", "World Refugee Day: 7.3 million Venezuelans abroad, and the doors are closing",
  "departures", 7300000, "exact", "VE", None, None, P, None)
C(5, "More than 7.3 million", "More than 7.3 million Venezuelans have left their country, according to the R4V inter-agency platform, and the great majority live in Latin America.",
  "departures", 7300000, "at_least", "VE", None, None, P, "the R4V inter-agency platform")
C(5, "2.875.743", "Colombia hosts 2.875.743 Venezuelans, according to the latest figures from Migración Colombia, published in February.",
  "residents", 2875743, "exact", "VE", "CO", None, "2023-02", "Migración Colombia")
C(5, "some 1.5m", "Peru is home to some 1.5m, Peruvian authorities say.",
  "residents", 1500000, "approx", "VE", "PE", None, P, "Peruvian authorities")
C(5, "about 502.000", "Ecuador counts about 502.000, per its interior ministry.",
  "residents", 502000, "approx", "VE", "EC", None, P, "Ecuador's interior ministry")
C(5, "444.423", "Chile hosts 444.423 Venezuelans, its national statistics institute reported.",
  "residents", 444423, "exact", "VE", "CL", None, P, "Chile's national statistics institute")
C(5, "between 400 and 500", "In Brazil, between 400 and 500 people a day still cross at Pacaraima, our field team reports.",
  "arrivals", (400, 500), "range", "VE", "BR", None, P, None, per="day", place="Pacaraima")
C(5, "over 530.000", "Peru's refugee commission has a backlog of over 530.000 asylum claims filed by Venezuelans, some of them waiting since 2018.",
  "asylum", 530000, "at_least", "VE", "PE", None, P, "Peru's refugee commission")
C(5, "hundreds of thousands", "Last year, hundreds of thousands of Venezuelans crossed the Darién Gap into Panama on the way north; at least 36 migrants died there.",
  "arrivals", (100000, 999999), "order", "VE", "PA", "2022", "2022", None, place="Darién Gap")
C(5, "Around 300", "Around 300 Venezuelans per week go home from Colombia across the Simón Bolívar bridge, our monitors in Cúcuta estimate, most of them older people and families who could not find work.",
  "returns", 300, "approx", "VE", "CO", None, P, None, per="week", place="Simón Bolívar bridge")
C(5, "1,72 million", "Extend Colombia's temporary protection statute (ETPV) registration, which closed with 1,72 million permits approved, to late arrivals.",
  "residents", 1720000, "exact", "VE", "CO", None, P, None)

# ---- 06 Karabakh live blog (published Thursday 2023-09-28; road reopened Sunday 09-24;
#      "by Monday evening, three days ago" = 09-25; "Between 6pm yesterday and 6am today" = 09-27 .. 09-28)
P = "2023-09-28"; K = "2023-09-24"; GOV = "The Armenian government"; LA = "government spokeswoman Lilit Avagyan"
C(6, "More than 65,000", "LIVE: More than 65,000 refugees have crossed from Nagorno-Karabakh into Armenia",
  "arrivals", 65000, "at_least", "AZ", "AM", K, P, None)
C(6, "65,036", "The Armenian government says 65,036 people had entered Armenia from Nagorno-Karabakh by 7am, since the Lachin road reopened on Sunday.",
  "arrivals", 65036, "exact", "AZ", "AM", K, P, GOV)
C(6, "6,650", "For scale: by Monday evening, three days ago, the government's count stood at 6,650.",
  "arrivals", 6650, "exact", "AZ", "AM", K, "2023-09-25", GOV)
C(6, "about 12 km", "At Kornidzor, our correspondent saw a line of cars, buses and trucks stretching about 12 km back up the road towards the Hakari bridge.",
  "queue", 12, "approx", "AZ", "AM", None, P, None, unit="km", place="Kornidzor")
C(6, "up to 30 hours", "Drivers told us they had been stuck in the line for up to 30 hours.",
  "queue", 30, "at_most", "AZ", "AM", None, P, "Drivers", unit="hours", place="Kornidzor")
C(6, "19,300", "Between 6pm yesterday and 6am today, 19,300 people crossed into Armenia, according to government spokeswoman Lilit Avagyan.",
  "arrivals", 19300, "exact", "AZ", "AM", "2023-09-27", P, LA)
C(6, "about 8,000", "Goris, a town of 20,000, is sheltering about 8,000 refugees in hotels, schools and private homes, the mayor's office said.",
  "residents", 8000, "approx", "AZ", "AM", K, P, "the mayor's office", place="Goris")
C(6, "17,000", "Of those who have arrived, 17,000 are children, Ms Avagyan said.",
  "arrivals", 17000, "exact", "AZ", "AM", K, P, LA, pop="other")
C(6, "28,700", "The Migration Service said it had registered 28,700 of the new arrivals for emergency housing support so far.",
  "residents", 28700, "exact", "AZ", "AM", K, P, "The Migration Service")
C(6, "Around 1,000", "Around 1,000 people have already moved on from Armenia to Russia, according to the Russian embassy in Yerevan.",
  "arrivals", 1000, "approx", "AM", "RU", K, P, "the Russian embassy in Yerevan")
C(6, "roughly 90,000", "Context: during the six-week war in autumn 2020, roughly 90,000 people fled the region to Armenia; most later went back.",
  "arrivals", 90000, "approx", "AZ", "AM", "2020-09", "2020-11", None)

# ---- 07 council minutes (meeting Tuesday 2023-03-14, published 2023-03-16; "in the week before the meeting" =
#      03-07 .. 03-13)
MT = "2023-03-14"; HO = "the Home Office"; BN = "2021-01-31"
C(7, "158,900", "According to Home Office figures, 158,900 BN(O) visas had been granted since the route opened on 31 January 2021, up to the end of December 2022.",
  "residents", 158900, "exact", "HK", "GB", BN, "2022-12", HO)
C(7, "123,400", "The Home Office estimated that 123,400 visa holders had arrived in the UK over the same period.",
  "arrivals", 123400, "exact", "HK", "GB", BN, "2022-12", HO)
C(7, "Nearly three thousand", "Nearly three thousand further visas were issued nationally in January and February 2023.",
  "residents", 3000, "nearly", "HK", "GB", "2023-01", "2023-02", HO)
q = "The Head of Resettlement reported that council officers estimate between 1,100 and 1,300 Hong Kongers now live in the borough, and that in the week before the meeting the welcome hub had met 15 new BN(O) arrivals to Kingsmere."
C(7, "between 1,100 and 1,300", q, "residents", (1100, 1300), "range", "HK", "GB", BN, MT, "council officers", place="Kingsmere")
C(7, "15", q, "arrivals", 15, "exact", "HK", "GB", "2023-03-07", "2023-03-13", "The Head of Resettlement", place="Kingsmere")
q = "Cllr Ho noted that Hong Kong's own government had reported a net outflow of 113,200 residents in the year to mid-2022, and that community groups believe as many as 18 thousand BN(O) arrivals have settled in the South East region."
C(7, "113,200", q, "departures", 113200, "exact", "HK", None, "2021-07", "2022-06", "Hong Kong's own government")
C(7, "as many as 18 thousand", q, "residents", 18000, "at_most", "HK", "GB", BN, MT, "community groups", place="South East")
q = "Officers reported that the Homes for Ukraine scheme has brought 412 guests to Kingsmere since March 2022, of whom 37 have since returned to Ukraine."
C(7, "412", q, "arrivals", 412, "exact", "UA", "GB", "2022-03", MT, "officers", place="Kingsmere")
C(7, "37", q, "returns", 37, "exact", "UA", "GB", "2022-03", MT, "officers")

# ---- 08 fact check (published Wednesday 2023-07-05; war began 2023-04-15; "Earlier this month" = 07-01 .. 07-04)
S = "2023-04-15"; U = "2023-07-02"
C(8, "251,800", "According to UNHCR, 251,800 people had crossed from Sudan into Egypt by 2 July, since fighting broke out in Khartoum on 15 April.",
  "arrivals", 251800, "exact", "SD", "EG", S, U, "UNHCR")
C(8, "about 9,000", "Of those, about 9,000 were Egyptians returning home, the agency said.",
  "returns", 9000, "approx", "EG", "SD", S, U, "UNHCR")
C(8, "just under 700 thousand", "The International Organization for Migration counted just under 700 thousand people crossing out of Sudan into neighbouring countries by the same date.",
  "departures", 700000, "nearly", "SD", None, S, U, "The International Organization for Migration")
q = "Chad has received about 190,000 people since 15 April, according to the Chadian government, and South Sudan 138 thousand, most of them South Sudanese going home, per the IOM."
C(8, "about 190,000", q, "arrivals", 190000, "approx", "SD", "TD", S, "2023-07-05", "the Chadian government")
C(8, "138 thousand", q, "arrivals", 138000, "exact", "SD", "SS", S, "2023-07-05", "the IOM")
C(8, "up to 2,000", "Earlier this month, aid groups in eastern Chad reported up to 2,000 arrivals a day at the Adré crossing.",
  "arrivals", 2000, "at_most", "SD", "TD", "2023-07-01", "2023-07-04", "aid groups in eastern Chad", per="day", place="Adré")
q = "At the Egyptian border, bus passengers at Qustul described lines of 3 km and waits of two days in late May, before Egypt began requiring visas from all Sudanese on 10 June."
C(8, "3 km", q, "queue", 3, "exact", "SD", "EG", None, "2023-05", "bus passengers at Qustul", unit="km", place="Qustul")
C(8, "two days", q, "queue", 48, "exact", "SD", "EG", None, "2023-05", "bus passengers at Qustul", unit="hours", place="Qustul")
C(8, "about 4 million", "Egypt already hosted about 4 million Sudanese before the war, according to the Egyptian government, many of them long-term residents.",
  "residents", 4000000, "approx", "SD", "EG", None, "2023-04-14", "the Egyptian government")

# ---- 09 encyclopedia section (published unknown: undated figures get `to: null`)
F = "2017-08-25"
C(9, "some 200,000", "In 1978, some 200,000 (2 lakh in South Asian usage) fled military operations in northern Arakan; most were repatriated within two years.",
  "arrivals", 200000, "approx", "MM", "BD", "1978", "1978", None)
C(9, "more than 250,000", "Between 1991 and 1992, more than 250,000 Rohingya fled to Bangladesh.",
  "arrivals", 250000, "at_least", "MM", "BD", "1991", "1992", None)
C(9, "between 200,000 and 500,000", "Before the 2017 influx, between 200,000 and 500,000 Rohingya were living in Bangladesh, most of them unregistered.",
  "residents", (200000, 500000), "range", "MM", "BD", None, "2017-08-24", None)
C(9, "an estimated 671,000", "After attacks on police posts on 25 August 2017 and the military response that followed, an estimated 671,000 Rohingya fled Rakhine State into Bangladesh by the end of 2017, according to the Inter Sector Coordination Group.",
  "arrivals", 671000, "approx", "MM", "BD", F, "2017-12", "the Inter Sector Coordination Group")
C(9, "as many as 20,000", "At the peak in early September 2017, as many as 20,000 people a day crossed into Teknaf upazila.",
  "arrivals", 20000, "at_most", "MM", "BD", "2017-09", "2017-09", None, per="day", place="Teknaf")
C(9, "6.9 lakh", "Bangladeshi officials often gave the total as 6.9 lakh by early 2018.",
  "arrivals", 690000, "exact", "MM", "BD", F, "2018", "Bangladeshi officials")
C(9, "roughly 600,000", "The camps around Kutupalong held roughly 600,000 people by 2019, making them the largest refugee settlement in the world.",
  "residents", 600000, "approx", "MM", "BD", None, "2019", None, place="Kutupalong")
C(9, "nearly one million", "As of 2023, nearly one million Rohingya lived in the camps of Cox's Bazar District, according to UNHCR.",
  "residents", 1000000, "nearly", "MM", "BD", None, "2023", "UNHCR", place="Cox's Bazar District")
C(9, "over 3,500", "Since 2022, over 3,500 Rohingya have attempted the sea crossing from Bangladesh towards Malaysia and Indonesia, UNHCR said; at least 348 died or went missing in 2022.",
  "departures", 3500, "at_least", "BD", None, "2022", None, "UNHCR")

# ---- 10 op-ed (published Tuesday 2023-08-22; "last Tuesday" = 08-15; "last summer" = 2022-06 .. 2022-08)
P = "2023-08-22"; DGME = "Costa Rica's migration directorate"
C(10, "more than a quarter of a million", "Since the crackdown of April 2018, more than a quarter of a million Nicaraguans have sought asylum in Costa Rica, according to the country's migration directorate.",
  "asylum", 250000, "at_least", "NI", "CR", "2018-04", P, DGME)
C(10, "some 118,000", "In 2022 alone, Nicaraguans filed some 118,000 asylum claims there, more than any other nationality.",
  "asylum", 118000, "approx", "NI", "CR", "2022", "2022", DGME)
q = "At the peak last summer, the Peñas Blancas registration desk took around 600 claims a day, and last Tuesday alone, the directorate says, it registered 742 new claims."
C(10, "around 600", q, "asylum", 600, "approx", "NI", "CR", "2022-06", "2022-08", None, per="day", place="Peñas Blancas")
C(10, "742", q, "asylum", 742, "exact", "NI", "CR", "2023-08-15", "2023-08-15", DGME, place="Peñas Blancas")
C(10, "hundreds", "Staff there told me that hundreds still cross at Peñas Blancas every day, most of them on foot, with a bus from Managua arriving every hour.",
  "arrivals", (100, 999), "order", "NI", "CR", None, P, "staff at the Peñas Blancas registration desk", per="day", place="Peñas Blancas")
C(10, "roughly 300,000", "Before the crisis, in 2017, roughly 300,000 Nicaraguans already lived in Costa Rica, many of them coffee pickers and construction workers who came and went with the seasons.",
  "residents", 300000, "approx", "NI", "CR", "2017", "2017", None)
q = "The US Border Patrol encountered roughly 164,000 Nicaraguans in fiscal year 2022, and tens of thousands more have gone to Spain since 2018, joining a diaspora in Madrid that few Costa Ricans have noticed."
C(10, "roughly 164,000", q, "arrivals", 164000, "approx", "NI", "US", "2021-10-01", "2022-09-30", "The US Border Patrol")
C(10, "tens of thousands", q, "arrivals", (10000, 99999), "order", "NI", "ES", "2018", P, None)
C(10, "222", "In February, Managua stripped 222 political prisoners of their citizenship and flew them to Washington.",
  "arrivals", 222, "exact", "NI", "US", "2023-02", "2023-02", None, place="Washington")
C(10, "between 3,000 and 4,000", "Iran, by its interior minister's account, has been sending back between 3,000 and 4,000 Afghans a day this year, and nobody in Tehran calls that an emergency either.",
  "returns", (3000, 4000), "range", "AF", "IR", "2023-01-01", P, "Iran's interior minister", per="day")

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} claims written")
