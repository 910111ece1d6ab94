#!/usr/bin/env python3
"""heldout18: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h18_01_yerevan_arrivals_wire.txt", 2: "h18_02_serbia_turkey_explainer.md",
     3: "h18_03_finland_kyrgyzstan_liveblog.html", 4: "h18_04_moldova_statistics_bulletin.txt",
     5: "h18_05_venezuelans_andes_feature.md", 6: "h18_06_karabakh_factcheck.html",
     7: "h18_07_sudan_tv_transcript.txt", 8: "h18_08_afghan_returns_sitrep.md",
     9: "h18_09_borderlines_digest.html", 10: "h18_10_telegram_border_roundup.md"}
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


# ---- 01 Yerevan wire (published Thursday 2022-10-06; "last Saturday" = 10-01, "On Tuesday" = 10-04,
#      "on Wednesday morning" = 10-05, "the first week after the decree" = 09-21..09-27)
M = "2022-09-21"; P = "2022-10-06"; AV = "Avakyan"
C(1, "over 40,000", "Armenia counts over 40,000 Russian arrivals since call-up as Yerevan rents soar",
  "arrivals", 40000, "at_least", "RU", "AM", M, P, "Armenia")
C(1, "More than 40,000", "YEREVAN, Oct 6 (Caucasus Newswire) - More than 40,000 Russian citizens have entered Armenia since President Vladimir Putin announced a partial mobilization on Sept. 21, the head of Armenia's migration service, Nerses Avakyan, told lawmakers on Thursday.",
  "arrivals", 40000, "at_least", "RU", "AM", M, P, "the head of Armenia's migration service, Nerses Avakyan")
C(1, "6 212", "The busiest day was last Saturday, when 6 212 Russians arrived by land and air, Avakyan said, adding that flights from Moscow, Sochi and Mineralnye Vody were landing at Zvartnots airport \"every hour or so\".",
  "arrivals", 6212, "exact", "RU", "AM", "2022-10-01", "2022-10-01", AV)
C(1, "3,870", "On Tuesday alone, 3,870 Russians flew into Zvartnots, the airport operator said.",
  "arrivals", 3870, "exact", "RU", "AM", "2022-10-04", "2022-10-04", "the airport operator", place="Zvartnots")
C(1, "Roughly 11,500", "Roughly 11,500 of those who came after the decree have already left Armenia again, many of them for Georgia, the United Arab Emirates or Turkey, he said.",
  "departures", 11500, "approx", "AM", None, M, P, AV)
C(1, "around 1,000", "Before the mobilization, Armenia was receiving around 1,000 Russians a day, he added, a level that was itself far above anything seen before the war.",
  "arrivals", 1000, "approx", "RU", "AM", None, "2022-09-20", AV, per="day")
C(1, "about 3 km", "At the Bagratashen crossing on the Georgian border, a line of cars with Russian plates stretched about 3 km on Wednesday morning, a Caucasus Newswire reporter saw.",
  "queue", 3, "approx", "RU", "AM", None, "2022-10-05", None, unit="km", place="Bagratashen")
C(1, "as long as 14 hours", "Some drivers said they had waited as long as 14 hours to enter Armenia.",
  "queue", 14, "at_most", "RU", "AM", None, "2022-10-05", "Some drivers", unit="hours", place="Bagratashen")
C(1, "300,000", "The Kremlin has said it needs 300,000 men with combat experience",
  "mobilized", 300000, "exact", "RU", None, M, M, "The Kremlin", pop="men")
C(1, "261,000", "the exiled Russian news site Severny Veter, citing a source in the border service, reported that 261,000 men had left Russia in the first week after the decree alone.",
  "departures", 261000, "exact", "RU", None, M, "2022-09-27", "Severny Veter, citing a source in the border service", pop="men")
C(1, "at least 2,700", "Armenia's economy ministry said at least 2,700 Russian IT specialists had obtained residence permits since February, when the first wave of emigres arrived after the invasion of Ukraine.",
  "residents", 2700, "at_least", "RU", "AM", "2022-02", P, "Armenia's economy ministry", pop="it_workers")

# ---- 02 Serbia/Turkey explainer (published Tuesday 2023-03-14; "last week" = 03-06..03-12; "last year" = 2022;
#      "In the week that followed [21 September]" = 09-22..09-28)
P = "2023-03-14"; INV = "2022-02-24"
C(2, "148,300", "Serbia's interior ministry says 148,300 Russian citizens registered their stay with the police between March 2022 and February 2023.",
  "residents", 148300, "exact", "RU", "RS", "2022-03", "2023-02", "Serbia's interior ministry")
C(2, "about 29,000", "Only about 29,000 of them hold a temporary residence permit, the ministry said last week.",
  "residents", 29000, "approx", "RU", "RS", None, "2023-03-12", "the ministry")
C(2, "some 9,000", "In the first week of October, some 9,000 Russians flew into Belgrade, the airport operator said.",
  "arrivals", 9000, "approx", "RU", "RS", "2022-10-01", "2022-10-07", "the airport operator", place="Belgrade")
C(2, "12", "Just 12 Russians applied for asylum in Serbia last year, according to the Belgrade Centre for Human Rights.",
  "asylum", 12, "exact", "RU", "RS", "2022", "2022", "the Belgrade Centre for Human Rights")
q = "The migration directorate put the number of Russians who received a first permit last year at 95.6k, and Istanbul alone accounts for 41,200 of them."
C(2, "95.6k", q, "residents", 95600, "exact", "RU", "TR", "2022", "2022", "The migration directorate")
C(2, "41,200", q, "residents", 41200, "exact", "RU", "TR", "2022", "2022", "The migration directorate", place="Istanbul")
C(2, "between 50,000 and 60,000", "In the week that followed, Turkish carriers flew between 50,000 and 60,000 Russians to Istanbul and Antalya, the aviation analytics firm SkyCount estimated.",
  "arrivals", (50000, 60000), "range", "RU", "TR", "2022-09-22", "2022-09-28", "the aviation analytics firm SkyCount")
C(2, "500,000-700,000", "The demographer Irina Lomova puts net emigration in 2022 at 500,000-700,000 people.",
  "departures", (500000, 700000), "range", "RU", None, "2022", "2022", "The demographer Irina Lomova")
C(2, "no more than 400,000", "A think-tank close to the Kremlin says no more than 400,000 Russians left for good, while some opposition media use a figure of \"up to 1m\", which Lomova calls implausible.",
  "departures", 400000, "at_most", "RU", None, INV, P, "A think-tank close to the Kremlin")
C(2, "up to 1m", "A think-tank close to the Kremlin says no more than 400,000 Russians left for good, while some opposition media use a figure of \"up to 1m\", which Lomova calls implausible.",
  "departures", 1000000, "at_most", "RU", None, INV, P, "some opposition media")
C(2, "at least 50,000", "The association Russians in Serbia estimates that at least 50,000 of those who came to Serbia since the invasion have since returned to Russia.",
  "returns", 50000, "at_least", "RU", "RS", INV, P, "The association Russians in Serbia")

# ---- 03 Finland/Kyrgyzstan live blog (published Thursday 2022-09-29; "yesterday" = 09-28; "the same day last week"
#      = Wednesday 09-21; "since Sunday" = 09-25; "the past 24 hours" = 09-28..09-29). Truncated at the end.
M = "2022-09-21"; P = "2022-09-29"; FBG = "the Finnish Border Guard"
C(3, "43,300", "Since the mobilization was announced last Wednesday, 43,300 Russians have entered Finland across the eastern land border, according to the Finnish Border Guard.",
  "arrivals", 43300, "exact", "RU", "FI", M, P, FBG)
C(3, "some 27,600", "Over the same period some 27,600 Russians returned to Russia from Finland, many of them residents of St Petersburg with second homes or jobs here.",
  "returns", 27600, "approx", "RU", "FI", M, P, FBG)
C(3, "more than 25,000", "In Kyrgyzstan, the state border service says more than 25,000 Russians have flown into Manas airport in Bishkek since the call-up.",
  "arrivals", 25000, "at_least", "RU", "KG", M, P, "the state border service", place="Bishkek")
C(3, "about 3,000", "The Kyrgyz border service adds that about 3,000 Russians have registered with the migration police in Bishkek and Osh since Sunday.",
  "residents", 3000, "approx", "RU", "KG", "2022-09-25", P, "The Kyrgyz border service")
C(3, "2,140", "Estonia's Police and Border Guard Board says 2,140 Russians crossed at Narva in the past 24 hours.",
  "arrivals", 2140, "exact", "RU", "EE", "2022-09-28", P, "Estonia's Police and Border Guard Board", place="Narva")
q = "At Vaalimaa the queue on the Russian side is roughly 2.5 km this morning, the border guard says, with waits of 5-6 hours."
C(3, "roughly 2.5 km", q, "queue", 2.5, "approx", "RU", "FI", None, P, "the border guard", unit="km", place="Vaalimaa")
C(3, "5-6 hours", q, "queue", (5, 6), "range", "RU", "FI", None, P, "the border guard", unit="hours", place="Vaalimaa")
q = "The Finnish Border Guard says 8,572 Russians entered Finland across the eastern land border yesterday, compared with about 3,100 on the same day last week, before the decree."
C(3, "8,572", q, "arrivals", 8572, "exact", "RU", "FI", "2022-09-28", "2022-09-28", FBG)
C(3, "about 3,100", q, "arrivals", 3100, "approx", "RU", "FI", M, M, FBG)

# ---- 04 Moldova statistics bulletin (released 2022-06-07, covering 24 Feb - 5 June 2022). The Office's own data:
#      source null, except the Romanian Border Police figures.
W = "2022-02-24"; E = "2022-06-05"; RBP = "the Romanian Border Police"
C(4, "487 310", "Between 24 February and 5 June 2022, 487 310 citizens of Ukraine entered the Republic of Moldova.",
  "arrivals", 487310, "exact", "UA", "MD", W, E, None)
C(4, "402 118", "Of these, 402 118 subsequently left Moldova again, most of them through the crossing points on the border with Romania.",
  "departures", 402118, "exact", "MD", None, W, E, None)
C(4, "85 192", "On 5 June, 85 192 Ukrainian citizens were present on the territory of the Republic of Moldova; 47 % of them were children.",
  "residents", 85192, "exact", "UA", "MD", None, E, None)
C(4, "251904", "Palanca                 251904      51.7", "arrivals", 251904, "exact", "UA", "MD", W, E, None, place="Palanca")
C(4, "63227", "Otaci                   63227       13.0", "arrivals", 63227, "exact", "UA", "MD", W, E, None, place="Otaci")
C(4, "41586", "Tudora                  41586       8.5", "arrivals", 41586, "exact", "UA", "MD", W, E, None, place="Tudora")
C(4, "130593", "Other (21 points)       130593      26.8", "arrivals", 130593, "exact", "UA", "MD", W, E, None)
C(4, "487310", "Total                   487310      100.0", "arrivals", 487310, "exact", "UA", "MD", W, E, None)
q = "In the week of 30 May - 5 June, an average of 1 746 Ukrainian citizens a day entered Moldova, while an average of 2 038 a day returned to Ukraine."
C(4, "1 746", q, "arrivals", 1746, "exact", "UA", "MD", "2022-05-30", E, None, per="day")
C(4, "2 038", q, "returns", 2038, "exact", "UA", "MD", "2022-05-30", E, None, per="day")
C(4, "9421", "Since 24 February, 9421 citizens of Ukraine have applied for asylum in the Republic of Moldova.",
  "asylum", 9421, "exact", "UA", "MD", W, E, None)
C(4, "1.03 million", "According to the Romanian Border Police, 1.03 million Ukrainian citizens had entered Romania by 5 June.",
  "arrivals", 1030000, "exact", "UA", "RO", W, E, RBP)
C(4, "About 76 000", "About 76 000 of them were still in Romania at that date.",
  "residents", 76000, "approx", "UA", "RO", None, E, RBP)

# ---- 05 Venezuelans feature (published Monday 2023-02-20; "last August" = 2022-08; "last year" = 2022;
#      "In January" / "last month" = 2023-01)
P = "2023-02-20"
C(5, "2,477,588", "Migracion Colombia counted 2,477,588 Venezuelans living in the country at the end of last August, and its director told this magazine that 1.3m of them have already received the ten-year protection permit known as the PPT.",
  "residents", 2477588, "exact", "VE", "CO", None, "2022-08", "Migracion Colombia")
C(5, "1.3m", "Migracion Colombia counted 2,477,588 Venezuelans living in the country at the end of last August, and its director told this magazine that 1.3m of them have already received the ten-year protection permit known as the PPT.",
  "residents", 1300000, "exact", "VE", "CO", None, P, "the director of Migracion Colombia")
C(5, "More than 7 million", "More than 7 million Venezuelans have left their country since 2015, according to R4V, the regional platform coordinated by UNHCR and IOM.",
  "departures", 7000000, "at_least", "VE", None, "2015", P, "R4V")
q = "Ecuador's interior ministry says some 502,000 Venezuelans now live in Ecuador, but officials at the bridge say tens of thousands more crossed at Rumichaca last year on their way to Peru and Chile."
C(5, "some 502,000", q, "residents", 502000, "approx", "VE", "EC", None, P, "Ecuador's interior ministry")
C(5, "tens of thousands", q, "arrivals", (10000, 99999), "order", "VE", "EC", "2022", "2022", "officials at the bridge", place="Rumichaca")
C(5, "41,500", "Chile's Investigations Police say Venezuelans accounted for 41,500 of the people who entered the country through unauthorised crossings in 2022.",
  "arrivals", 41500, "exact", "VE", "CL", "2022", "2022", "Chile's Investigations Police")
C(5, "about two hundred", "In January the flow slowed, but locals still see about two hundred a day walking down from the Bolivian side.",
  "arrivals", 200, "approx", "VE", "CL", "2023-01", "2023-01", "locals", per="day", place="Colchane")
C(5, "close to two hundred thousand", "Chile's migration service says close to two hundred thousand Venezuelans live in the country without a valid permit.",
  "residents", 200000, "nearly", "VE", "CL", None, P, "Chile's migration service")
C(5, "1,250", "Caracas says its Return to the Homeland flights brought back 1,250 Venezuelans from Chile last month, and that another 5,000 are on its waiting list.",
  "returns", 1250, "exact", "VE", "CL", "2023-01", "2023-01", "Caracas")
C(5, "Forty", "\"Forty of us left my street in 2019,\" she says.",
  "departures", 40, "exact", "VE", None, "2019", "2019", "Yusmary")

# ---- 06 Karabakh fact check (published Wednesday 2023-10-04; "Monday" = 10-02). The viral "500,000" / "half a
#      million" is the debunked claim: not annotated.
P = "2023-10-04"; OP = "2023-09-24"; AMI = "the Armenian interior ministry"
C(6, "100,417", "Armenia's government says 100,417 people had arrived in Armenia from Nagorno-Karabakh by the evening of Saturday, 30 September, after the road through the Lachin corridor opened on 24 September.",
  "arrivals", 100417, "exact", "AZ", "AM", OP, "2023-09-30", "Armenia's government")
C(6, "more than 29,000", "The busiest day was 28 September, when more than 29,000 people crossed into Armenia at Kornidzor, the Armenian interior ministry told VeriCheck.",
  "arrivals", 29000, "at_least", "AZ", "AM", "2023-09-28", "2023-09-28", AMI, place="Kornidzor")
C(6, "fewer than 150", "By Monday, 2 October, the flow had dropped to fewer than 150 people a day, the ministry said.",
  "arrivals", 150, "at_most", "AZ", "AM", None, "2023-10-02", "the ministry", per="day")
C(6, "over 100,000", "UNHCR's own count, \"over 100,000 refugees\", matches the government's figure.",
  "arrivals", 100000, "at_least", "AZ", "AM", OP, P, "UNHCR")
C(6, "up to 40 hours", "Drivers told our reporter they had waited up to 40 hours between Stepanakert and the border on 26 September.",
  "queue", 40, "at_most", "AZ", "AM", None, "2023-09-26", "Drivers", unit="hours")
C(6, "31,000", "Of those who arrived, 31,000 had registered for temporary housing offered by the government by Monday, officials said.",
  "residents", 31000, "exact", "AZ", "AM", OP, "2023-10-02", "officials")
C(6, "around 90,000", "For comparison, around 90,000 people fled to Armenia during the 44-day war in 2020, and most of them went back after the ceasefire.",
  "arrivals", 90000, "approx", "AZ", "AM", "2020", "2020", None)

# ---- 07 Sudan TV transcript (aired Tuesday 2023-05-30; "on Monday"/"Yesterday" = 05-29; "In the last three days"
#      = 05-28..05-30; "since April 15"/"since the war began" = 2023-04-15; "since mid-April" = 2023-04)
P = "2023-05-30"; W = "2023-04-15"; CNAR = "Chad's refugee commission"
C(7, "Roughly 350,000", "Roughly 350,000 have crossed into neighbouring countries, UN agencies said on Monday.",
  "departures", 350000, "approx", "SD", None, W, "2023-05-29", "UN agencies")
C(7, "about 4 km", "Ruth, the buses here are stacked up for about 4 km on the Sudanese side, and families told us they had been waiting as long as three days in the heat.",
  "queue", 4, "approx", "SD", "EG", None, P, None, unit="km", place="Argeen")
C(7, "as long as three days", "Ruth, the buses here are stacked up for about 4 km on the Sudanese side, and families told us they had been waiting as long as three days in the heat.",
  "queue", 72, "at_most", "SD", "EG", None, P, "families", unit="hours", place="Argeen")
C(7, "150k", "Egypt's foreign ministry says 150k Sudanese have entered Egypt since the war began.",
  "arrivals", 150000, "exact", "SD", "EG", W, P, "Egypt's foreign ministry")
C(7, "about 6,000", "Yesterday, about 6,000 people crossed at Argeen and Qustul combined, officials here say.",
  "arrivals", 6000, "approx", "SD", "EG", "2023-05-29", "2023-05-29", "officials here")
C(7, "About 11,000", "About 11,000 of the people who crossed here were Egyptians coming home from Sudan.",
  "returns", 11000, "approx", "EG", "SD", W, P, None, place="Argeen")
C(7, "between 60,000 and 90,000", "Chad's refugee commission says between 60,000 and 90,000 new refugees have come across since mid-April.",
  "arrivals", (60000, 90000), "range", "SD", "TD", "2023-04", P, CNAR)
C(7, "some 2,500", "In the last three days alone, some 2,500 a day have walked in from West Darfur, many of them women and children.",
  "arrivals", 2500, "approx", "SD", "TD", "2023-05-28", P, CNAR, per="day", place="Adre")
C(7, "around 400,000", "Remember that Chad already hosted around 400,000 Sudanese refugees from the Darfur conflict of the 2000s before this war began.",
  "residents", 400000, "approx", "SD", "TD", None, "2023-04", None)
q = "And it is not just Chad and Egypt: more than 15,000 people have crossed into Ethiopia at Metema, roughly 4,000 per week at the moment, and we see movement into South Sudan and the Central African Republic too."
C(7, "more than 15,000", q, "arrivals", 15000, "at_least", "SD", "ET", W, P, "Pieter van Laar", place="Metema")
C(7, "roughly 4,000", q, "arrivals", 4000, "approx", "SD", "ET", None, P, "Pieter van Laar", per="week", place="Metema")

# ---- 08 Afghan returns sitrep (issued Wednesday 2023-11-08, reporting period 1-7 November 2023). Unattributed
#      bullets are the consortium's own monitoring: source null.
P = "2023-11-08"; S = "2023-11-01"; E = "2023-11-07"
C(8, "An estimated 2.7 lakh", "An estimated 2.7 lakh Afghans have returned from Pakistan since Islamabad announced on 3 October that undocumented foreigners must leave by 1 November, according to Pakistani officials.",
  "returns", 270000, "approx", "AF", "PK", "2023-10-03", P, "Pakistani officials")
C(8, "128,411", "128,411 returnees crossed from Pakistan into Nangarhar during the reporting period, our monitors counted.",
  "returns", 128411, "exact", "AF", "PK", S, E, None, place="Torkham")
C(8, "Between 9,000 and 17,000", "Between 9,000 and 17,000 people a day came back through Torkham in the first week of November.",
  "returns", (9000, 17000), "range", "AF", "PK", S, E, None, per="day", place="Torkham")
C(8, "7 540", "7 540 Afghans were deported from Pakistan since the deadline expired on 1 November.",
  "returns", 7540, "exact", "AF", "PK", S, E, None)
C(8, "about 8 km", "On 4 November the queue of trucks and buses on the Pakistani side of Torkham stretched about 8 km.",
  "queue", 8, "approx", "PK", "AF", None, "2023-11-04", None, unit="km", place="Torkham")
C(8, "up to 3 days", "Families reported waiting up to 3 days to be processed, with no shelter and little water.",
  "queue", 72, "at_most", "PK", "AF", None, E, "Families", unit="hours", place="Torkham")
C(8, "2,300", "an average of 2,300 Afghans a day returned from Iran through Islam Qala in October; roughly half of them were deported.",
  "returns", 2300, "exact", "AF", "IR", "2023-10", "2023-10", None, per="day", place="Islam Qala")
C(8, "over 1 million", "Since January, over 1 million Afghans have returned or been deported from Iran, IOM says.",
  "returns", 1000000, "at_least", "AF", "IR", "2023-01", P, "IOM")
C(8, "around 1.3 million", "Pakistan hosts around 1.3 million registered Afghan refugees holding Proof of Registration cards, UNHCR says.",
  "residents", 1300000, "approx", "AF", "PK", None, P, "UNHCR")
C(8, "1.7 million", "The Pakistani government estimates that another 1.7 million Afghans live in the country without papers.",
  "residents", 1700000, "exact", "AF", "PK", None, P, "The Pakistani government")

# ---- 09 Borderlines digest (published Friday 2024-10-04; "Wednesday" = 10-02; "on Monday" = 09-30;
#      "the past twelve months" = 2023-10..2024-09)
P = "2024-10-04"; GS = "Lebanon's General Security"; DGM = "The Dominican migration directorate"; CZ = "the interior ministry"
q = "Lebanon's General Security counted 235,000 Syrians and 82,000 Lebanese crossing into Syria between 23 September and Wednesday, most of them at the Masnaa crossing."
C(9, "235,000", q, "returns", 235000, "exact", "SY", "LB", "2024-09-23", "2024-10-02", GS)
C(9, "82,000", q, "arrivals", 82000, "exact", "LB", "SY", "2024-09-23", "2024-10-02", GS)
C(9, "Thousands", "Thousands more Lebanese crossed on foot through unofficial routes near Hermel, aid groups said.",
  "arrivals", (1000, 9999), "order", "LB", "SY", "2024-09-23", P, "aid groups")
q = "The Dominican migration directorate said it repatriated 27,314 Haitians in September, up from 19,800 in August."
C(9, "27,314", q, "returns", 27314, "exact", "HT", "DO", "2024-09", "2024-09", DGM)
C(9, "19,800", q, "returns", 19800, "exact", "HT", "DO", "2024-08", "2024-08", DGM)
C(9, "Just under 380,000", "Just under 380,000 Ukrainians now hold temporary protection in Czechia, the interior ministry said on Monday.",
  "residents", 380000, "nearly", "UA", "CZ", None, "2024-09-30", CZ)
C(9, "over 650,000", "Since March 2022 it has issued over 650,000 protection visas, many of them to people who have since gone home or moved on.",
  "residents", 650000, "at_least", "UA", "CZ", "2022-03", "2024-09-30", CZ)
C(9, "about 40 000", "The ministry estimates that about 40 000 Ukrainians returned to Ukraine from Czechia in the past twelve months.",
  "returns", 40000, "approx", "UA", "CZ", "2023-10", "2024-09-30", "The ministry")
C(9, "Some 4,100", "Some 4,100 immigrants from Russia arrived in Israel in the first eight months of 2024, according to the Aliyah and Integration Ministry.",
  "arrivals", 4100, "approx", "RU", "IL", "2024-01", "2024-08", "the Aliyah and Integration Ministry")

# ---- 10 Telegram roundup (Monday 2022-09-26; "since Wednesday" / "the decree" = 09-21; "on Sunday" = 09-25;
#      "over the weekend" = 09-24..09-25; "between Wednesday and Saturday" = 09-21..09-24; "Last Wednesday" = 09-21)
M = "2022-09-21"; P = "2022-09-26"; GMI = "Georgia's interior ministry"
q = "Georgia's interior ministry: about 10,000 Russians are now entering the country daily, up from around 5,500 a day before the decree."
C(10, "about 10,000", q, "arrivals", 10000, "approx", "RU", "GE", None, P, GMI, per="day")
C(10, "around 5,500", q, "arrivals", 5500, "approx", "RU", "GE", None, "2022-09-20", GMI, per="day")
C(10, "15 km", "Verkhny Lars this morning: the line of cars on the Russian side is 15 km, drivers on the spot say.",
  "queue", 15, "exact", "RU", "GE", None, P, "drivers on the spot", unit="km", place="Verkhny Lars")
C(10, "at least 20 hours", "Wait at least 20 hours.",
  "queue", 20, "at_least", "RU", "GE", None, P, "drivers on the spot", unit="hours", place="Verkhny Lars")
C(10, "around 400", "The other direction: around 400 Russians came back through Upper Lars on Sunday, mostly women and pensioners, per our reader at the crossing.",
  "returns", 400, "approx", "RU", "GE", "2022-09-25", "2022-09-25", "our reader at the crossing", place="Upper Lars")
C(10, "98 000", "Interior ministry: 98 000 Russians have entered Kazakhstan since Wednesday.",
  "arrivals", 98000, "exact", "RU", "KZ", M, P, "Interior ministry")
C(10, "3-4 km", "At Karaozek in the Atyrau region the queue of cars is 3-4 km.",
  "queue", (3, 4), "range", "RU", "KZ", None, P, None, unit="km", place="Karaozek")
C(10, "300 thousand", "Reminder: the defence ministry says 300 thousand will be called up.",
  "mobilized", 300000, "exact", "RU", None, M, M, "the defence ministry")
C(10, "more than 600", "The Aliyah ministry says more than 600 immigrants from Russia landed at Ben Gurion in the five days since the decree.",
  "arrivals", 600, "at_least", "RU", "IL", M, P, "The Aliyah ministry", place="Ben Gurion")
C(10, "at least 180 thousand", "A source in the presidential administration told the outlet Zapadny Veter that at least 180 thousand men left Russia between Wednesday and Saturday.",
  "departures", 180000, "at_least", "RU", None, M, "2022-09-24", "Zapadny Veter, citing a source in the presidential administration", pop="men")
C(10, "7,100", "7,100 Russians entered Finland over the weekend, according to the Finnish Border Guard.",
  "arrivals", 7100, "exact", "RU", "FI", "2022-09-24", "2022-09-25", "the Finnish Border Guard")
C(10, "17,300", "Evening update from Georgia: 17,300 Russians entered on Sunday alone, the interior ministry says, the highest figure since the decree.",
  "arrivals", 17300, "exact", "RU", "GE", "2022-09-25", "2022-09-25", "the interior ministry")
C(10, "6 000", "Last Wednesday it was 6 000.",
  "arrivals", 6000, "exact", "RU", "GE", M, M, "the interior ministry")

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} claims written")
