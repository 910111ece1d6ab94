#!/usr/bin/env python3
"""heldout17: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h17_01_upper_lars_wire.txt", 2: "h17_02_uralsk_feature.md", 3: "h17_03_antalya_permits_release.md",
     4: "h17_04_finland_mongolia_liveblog.html", 5: "h17_05_ukraine_poland_sitrep.md",
     6: "h17_06_peru_venezuelans_factcheck.html", 7: "h17_07_karabakh_radio_transcript.txt",
     8: "h17_08_sudan_refugees_explainer.md", 9: "h17_09_rohingya_oped.txt", 10: "h17_10_syria_returns_digest.html"}
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


M = "2022-09-21"  # mobilization decree

# ---- 01 Upper Lars wire (published Wednesday 2022-09-28; "Tuesday" = 09-27; "before the mobilization" ends 09-20)
P = "2022-09-28"; UL = "Upper Lars"; GIM = "Georgia's interior ministry"
C(1, "20 km", "Queue at Upper Lars stretches 20 km as Russians flee call-up for Georgia",
  "queue", 20, "exact", "RU", "GE", None, P, None, unit="km", place=UL)
q = "TBILISI, Sept 28 (Caucasus Desk Wire) - The line of cars waiting to leave Russia for Georgia at the Upper Lars crossing stretched for about 20 km on Wednesday morning, and some drivers said they had been waiting 40 to 50 hours, one week after President Vladimir Putin ordered a partial mobilization."
C(1, "about 20 km", q, "queue", 20, "approx", "RU", "GE", None, P, None, unit="km", place=UL)
C(1, "40 to 50 hours", q, "queue", (40, 50), "range", "RU", "GE", None, P, "some drivers", unit="hours", place=UL)
q = "Georgia's interior ministry said 10,500 people had entered Georgia from Russia through Upper Lars on Tuesday alone, up from around 5,000 a day before the mobilization was announced."
C(1, "10,500", q, "arrivals", 10500, "exact", "RU", "GE", "2022-09-27", "2022-09-27", GIM, place=UL)
C(1, "around 5,000", q, "arrivals", 5000, "approx", "RU", "GE", None, "2022-09-20", GIM, per="day", place=UL)
C(1, "more than 53,000", "In total, more than 53,000 Russian citizens have crossed into Georgia since September 21, the ministry said.",
  "arrivals", 53000, "at_least", "RU", "GE", M, P, "the ministry")
C(1, "some 5,500", "Officials in North Ossetia, the Russian region on the other side of the pass, said on Tuesday that some 5,500 vehicles were waiting in the queue.",
  "queue", 5500, "approx", "RU", "GE", None, "2022-09-27", "Officials in North Ossetia", unit="vehicles", place=UL)
C(1, "300,000", "The Kremlin has said it will call up 300,000 reservists.",
  "mobilized", 300000, "exact", "RU", None, M, M, "The Kremlin", pop="reservists")
C(1, "as many as 170,000", "The independent outlet Sever Media, citing a source in the Federal Security Service, estimated that as many as 170,000 men had left Russia since the announcement, a figure that could not be independently verified.",
  "departures", 170000, "at_most", "RU", None, M, P, "Sever Media, citing a source in the Federal Security Service", pop="men")
C(1, "98,000", "Neighbouring Kazakhstan said 98,000 Russians had entered the country over the same period.",
  "arrivals", 98000, "exact", "RU", "KZ", M, P, "Kazakhstan")

# ---- 02 Uralsk feature (published Thursday 2022-10-06; "on Monday" = 10-03; "last Saturday" = 10-01;
#      "past two weeks" = 09-22..10-06; "autumn last year" = 2021-09..2021-11)
P = "2022-10-06"; WK = "West Kazakhstan region"
C(2, "about 12 000", "Since the mobilization was announced, about 12 000 Russians have registered their stay in West Kazakhstan region, the regional migration police told the *Courier*.",
  "residents", 12000, "approx", "RU", "KZ", M, P, "the regional migration police", place=WK)
C(2, "2 450", "Of those, 2 450 were women and children, the police said.",
  "residents", 2450, "exact", "RU", "KZ", M, P, "the police", place=WK, pop="other")
q = "At the Syrym crossing, an hour's drive north-west of the city, officers counted 7 900 arrivals on Monday, compared with fewer than 1 000 a day in autumn last year."
C(2, "7 900", q, "arrivals", 7900, "exact", "RU", "KZ", "2022-10-03", "2022-10-03", "officers", place="Syrym")
C(2, "fewer than 1 000", q, "arrivals", 1000, "at_most", "RU", "KZ", "2021-09", "2021-11", "officers", per="day", place="Syrym")
C(2, "Tens of thousands", "\"Tens of thousands of Russians have passed through Uralsk in the past two weeks,\" said deputy akim Yerlan Nurpeisov.",
  "arrivals", (10000, 99999), "order", "RU", "KZ", "2022-09-22", P, "deputy akim Yerlan Nurpeisov", place="Uralsk")
C(2, "about 15 kilometres", "\"The line was about 15 kilometres when I got there,\" he says.",
  "queue", 15, "approx", "RU", "KZ", None, "2022-10-01", "Dmitry", unit="km", place="Syrym")
C(2, "almost 31 thousand", "In Almaty, where many continue by air, the city administration says almost 31 thousand Russians have applied for individual identification numbers since 21 September.",
  "residents", 31000, "nearly", "RU", "KZ", M, P, "the city administration", place="Almaty")
q = "Nationwide, the Interior Ministry says 176 000 Russians have entered Kazakhstan since the decree and about 104 000 have already left the country again."
C(2, "176 000", q, "arrivals", 176000, "exact", "RU", "KZ", M, P, "the Interior Ministry")
C(2, "about 104 000", q, "departures", 104000, "approx", "KZ", None, M, P, "the Interior Ministry")

# ---- 03 Antalya press release (published 2023-03-02; table stock as of 2023-02-28). The Directorate's own figures:
#      source null throughout. Totals of all nationalities and "Other nationalities" are not claims.
P = "2023-03-02"; F = "2023-02-28"; A = "Antalya"
C(3, "62 thousand", "Antalya: Russian residence permit holders reach 62 thousand",
  "residents", 62000, "exact", "RU", "TR", None, P, None, place=A)
C(3, "9.212", "In 2021, before the conflict, 9.212 Russian citizens received a first residence permit in the province.",
  "residents", 9212, "exact", "RU", "TR", "2021", "2021", None, place=A)
C(3, "7.540", "Applications from Russian citizens peaked in October 2022, when 7.540 applications were filed in a single month.",
  "residents", 7540, "exact", "RU", "TR", "2022-10", "2022-10", None, place=A)
for row, o, vals in [("| Russian Federation | 62.318 | 44.906 | 6.127 |", "RU", ("62.318", "44.906", "6.127")),
                     ("| Ukraine | 21.077 | 15.384 | 1.092 |", "UA", ("21.077", "15.384", "1.092")),
                     ("| Belarus | 3.941 | 2.206 | 418 |", "BY", ("3.941", "2.206", "418"))]:
    for t, (frm, to) in zip(vals, [(None, F), ("2022", "2022"), ("2023-01", "2023-02")]):
        C(3, t, row, "residents", int(t.replace(".", "")), "exact", o, "TR", frm, to, None, place=A)
C(3, "4.480", "Of the Ukrainian nationals in the table, 4.480 hold humanitarian residence permits granted since 24 February 2022.",
  "residents", 4480, "exact", "UA", "TR", "2022-02-24", F, None, place=A)

# ---- 04 live blog (published Saturday 2022-09-24, truncated; "Friday" = 09-23, "same day last week" = 09-16,
#      "between Wednesday and Friday" = 09-21..09-23)
P = "2022-09-24"; FBG = "The Finnish Border Guard"
q = "The Finnish Border Guard says 8,572 Russians entered Finland across the south-eastern land border on Friday, up from 4,824 on the same day last week."
C(4, "8,572", q, "arrivals", 8572, "exact", "RU", "FI", "2022-09-23", "2022-09-23", FBG)
C(4, "4,824", q, "arrivals", 4824, "exact", "RU", "FI", "2022-09-16", "2022-09-16", FBG)
q = "At Nuijamaa, the queue on the Russian side was roughly 3 kilometres at 9am, a border guard spokesman told us, and drivers were waiting six hours to reach the Finnish booths."
C(4, "roughly 3 kilometres", q, "queue", 3, "approx", "RU", "FI", None, P, "a border guard spokesman", unit="km", place="Nuijamaa")
C(4, "six hours", q, "queue", 6, "exact", "RU", "FI", None, P, "a border guard spokesman", unit="hours", place="Nuijamaa")
C(4, "2,962", "In Mongolia, the General Authority for Border Protection says 2,962 Russian citizens entered through the Altanbulag checkpoint between Wednesday and Friday evening.",
  "arrivals", 2962, "exact", "RU", "MN", M, "2022-09-23", "the General Authority for Border Protection", place="Altanbulag")
C(4, "up to 2 km", "Video shared on Telegram shows the queue to the Altanbulag crossing on the Kyakhta side running up to 2 km.",
  "queue", 2, "at_most", "RU", "MN", None, P, None, unit="km", place="Altanbulag")
C(4, "about 10,000", "Russia's general staff says about 10,000 people volunteered at enlistment offices on Wednesday and Thursday before receiving summonses.",
  "mobilized", 10000, "approx", "RU", None, M, "2022-09-22", "Russia's general staff")
C(4, "some 2,400", "Saturday so far: the Finnish Border Guard says some 2,400 Russians had crossed by 11am, more than at the same time on Friday.",
  "arrivals", 2400, "approx", "RU", "FI", P, P, "the Finnish Border Guard")
C(4, "more than 261,000", "Ostrov Media, citing a source in the presidential administration, reports that border authorities counted more than 261,000 men leaving Russia between Wednesday and Friday",
  "departures", 261000, "at_least", "RU", None, M, "2022-09-23", "Ostrov Media, citing a source in the presidential administration", pop="men")

# ---- 05 sitrep (issued Wednesday 2022-04-06, period 03-30..04-05; "Monday" = 04-04, "Tuesday" = 04-05)
P = "2022-04-06"; W = "2022-02-24"; T = "2022-04-05"; PBG = "the Polish Border Guard"
C(5, "2.49 million", "**2.49 million** people have crossed from Ukraine into Poland since 24 February, according to the Polish Border Guard (as of 5 April).",
  "arrivals", 2490000, "exact", "UA", "PL", W, T, PBG)
q = "Daily entries into Poland averaged roughly 19 thousand a day over the reporting week, against a peak of 142,960 on 6 March."
C(5, "roughly 19 thousand", q, "arrivals", 19000, "approx", "UA", "PL", "2022-03-30", T, None, per="day")
C(5, "142,960", q, "arrivals", 142960, "exact", "UA", "PL", "2022-03-06", "2022-03-06", None)
C(5, "About 520,000", "About 520,000 people have crossed back into Ukraine from Poland since 24 February, the Polish Border Guard said.",
  "returns", 520000, "approx", "UA", "PL", W, P, PBG)
q = "At Dorohusk, the line of cars on the Ukrainian side was about 3 km long on Monday, with waits of 4-6 hours."
C(5, "about 3 km", q, "queue", 3, "approx", "UA", "PL", None, "2022-04-04", None, unit="km", place="Dorohusk")
C(5, "4-6 hours", q, "queue", (4, 6), "range", "UA", "PL", None, "2022-04-04", None, unit="hours", place="Dorohusk")
C(5, "316,453", "Germany's interior ministry has registered 316,453 arrivals from Ukraine as of Tuesday; the real number is likely higher because there are no checks at the border with Poland.",
  "arrivals", 316453, "exact", "UA", "DE", W, T, "Germany's interior ministry")
C(5, "up to 10,000", "In Berlin, the central station received up to 10,000 people a day in mid-March, according to the Berlin Senate.",
  "arrivals", 10000, "at_most", "UA", "DE", "2022-03", "2022-03", "the Berlin Senate", per="day", place="Berlin")
C(5, "fewer than 3,000", "Now fewer than 3,000 arrive there daily, the Senate says, and most move on to other cities within 24 hours.",
  "arrivals", 3000, "at_most", "UA", "DE", None, P, "the Senate", per="day", place="Berlin")
C(5, "388,719", "Hungarian police have recorded 388,719 entries from Ukraine since 24 February, directly and via Romania; most people continued to other countries.",
  "arrivals", 388719, "exact", "UA", "HU", W, P, "Hungarian police")
C(5, "11,302", "Only 11,302 people have applied for temporary protection in Hungary.",
  "residents", 11302, "exact", "UA", "HU", W, P, None)

# ---- 06 fact check (published Tuesday 2023-06-20). The checked "3 million" is debunked: not a claim.
P = "2023-06-20"; MIG = "Migraciones"
C(6, "some 1.54 million", "According to Peru's migration authority, Migraciones, some 1.54 million Venezuelans were living in Peru at the end of 2022.",
  "residents", 1540000, "approx", "VE", "PE", None, "2022-12", "Peru's migration authority, Migraciones")
C(6, "1.54 million", "In other words, the post attributes to a single year about twice the 1.54 million Venezuelans that Peru has accumulated since 2017.",
  "residents", 1540000, "exact", "VE", "PE", "2017", "2022-12", MIG)
q = "Migraciones recorded 118,600 entries of Venezuelan citizens through official border posts in 2022, while 71,300 Venezuelans left Peru in the same year, most of them heading north."
C(6, "118,600", q, "arrivals", 118600, "exact", "VE", "PE", "2022", "2022", MIG)
C(6, "71,300", q, "departures", 71300, "exact", "PE", None, "2022", "2022", MIG)
C(6, "about 560,000", "Of those living in Peru, about 560,000 held a Temporary Permanence Permit (CPP) in December, Migraciones said.",
  "residents", 560000, "approx", "VE", "PE", None, "2022-12", MIG)
C(6, "between 200 and 400", "The UN-led platform R4V estimates that between 200 and 400 people a day crossed irregularly into Peru near Tumbes in late 2022.",
  "arrivals", (200, 400), "range", "VE", "PE", "2022-10", "2022-12", "R4V", per="day", place="Tumbes")
C(6, "12,950", "Venezuelans also filed 12,950 asylum claims in Peru in 2022, according to the country's refugee commission.",
  "asylum", 12950, "exact", "VE", "PE", "2022", "2022", "the country's refugee commission")
C(6, "nearly 2.5m", "Colombia hosts nearly 2.5m Venezuelans, according to Migracion Colombia.",
  "residents", 2500000, "nearly", "VE", "CO", None, P, "Migracion Colombia")
C(6, "Over 7.3 million", "Over 7.3 million Venezuelans have left their country since 2015, according to R4V.",
  "departures", 7300000, "at_least", "VE", None, "2015", P, "R4V")
C(6, "1,870", "Some do go home: the Venezuelan consulate in Lima said flights it organised in April and May took 1,870 Venezuelans back to Caracas.",
  "returns", 1870, "exact", "VE", "PE", "2023-04", "2023-05", "the Venezuelan consulate in Lima")

# ---- 07 radio transcript (Thursday 2023-09-28; road opened Sunday 09-24; "yesterday"/"last night" = 09-27)
P = "2023-09-28"; S = "2023-09-24"
C(7, "68,386", "The government in Yerevan says 68,386 people have crossed into Armenia from Karabakh since the road opened on Sunday, as of five o'clock this morning.",
  "arrivals", 68386, "exact", "AZ", "AM", S, P, "The government in Yerevan")
q = "The line goes back up the mountain road for about 40 kilometres, I'm told, and people say they have been in it for more than 30 hours."
C(7, "about 40 kilometres", q, "queue", 40, "approx", "AZ", "AM", None, P, None, unit="km", place="Hakari bridge")
C(7, "more than 30 hours", q, "queue", 30, "at_least", "AZ", "AM", None, P, "people", unit="hours", place="Hakari bridge")
C(7, "28,120", "According to the border post here, 28,120 people crossed yesterday alone.",
  "arrivals", 28120, "exact", "AZ", "AM", "2023-09-27", "2023-09-27", "the border post", place="Kornidzor")
C(7, "some 6,000", "In Goris, a town of about 20,000, some 6,000 people are sleeping in schools, the theatre and private homes, according to the mayor's office.",
  "residents", 6000, "approx", "AZ", "AM", S, P, "the mayor's office", place="Goris")
C(7, "around 90,000", "In 2020, after the 44-day war, around 90,000 fled to Armenia, and most of them eventually went back.",
  "arrivals", 90000, "approx", "AZ", "AM", "2020", "2020", "Lilit Harutyunyan")
C(7, "41,000", "The deputy prime minister, Arsen Vardanyan, said last night that 41,000 of the new arrivals have been registered for temporary housing.",
  "residents", 41000, "exact", "AZ", "AM", S, "2023-09-27", "The deputy prime minister, Arsen Vardanyan")
C(7, "About 1,500", "About 1,500 have already left Armenia again, mostly by air, according to figures from Zvartnots airport.",
  "departures", 1500, "approx", "AM", None, S, P, "figures from Zvartnots airport")
C(7, "nearly seventy thousand", "To sum up: that's nearly seventy thousand people in four days, out of a population of roughly 115,000.",
  "arrivals", 70000, "nearly", "AZ", "AM", S, P, None)

# ---- 08 explainer (published Tuesday 2023-08-15; war began 2023-04-15)
P = "2023-08-15"; W = "2023-04-15"; EO = "Egyptian officials"
C(8, "More than 1 million", "More than 1 million people have crossed into neighbouring countries since fighting began, according to the UN refugee agency, UNHCR.",
  "departures", 1000000, "at_least", "SD", None, W, P, "the UN refugee agency, UNHCR")
q = "Egypt has received about 255,000 Sudanese since April, Egyptian officials say, along with some 6,000 Egyptian nationals who came home from Sudan."
C(8, "about 255,000", q, "arrivals", 255000, "approx", "SD", "EG", "2023-04", P, EO)
C(8, "some 6,000", q, "returns", 6000, "approx", "EG", "SD", "2023-04", P, EO)
q = "Chad has taken in at least 380,000 people, the overwhelming majority Masalit from West Darfur, including an estimated 50,000 Chadians who had lived in Sudan for years and have now returned."
C(8, "at least 380,000", q, "arrivals", 380000, "at_least", "SD", "TD", W, P, None)
C(8, "an estimated 50,000", q, "returns", 50000, "approx", "TD", "SD", W, P, None)
C(8, "roughly 210,000", "South Sudan has recorded roughly 210,000 arrivals, about 80 percent of them South Sudanese who had been refugees in Sudan.",
  "arrivals", 210000, "approx", "SD", "SS", W, P, None)
C(8, "up to 15,000", "In the worst week of June, aid agencies counted up to 15,000 arrivals a day at the Chadian border.",
  "arrivals", 15000, "at_most", "SD", "TD", "2023-06", "2023-06", "aid agencies", per="day")
C(8, "around 1,200", "Today the daily figure is around 1,200.",
  "arrivals", 1200, "approx", "SD", "TD", None, P, "aid agencies", per="day")
q = "In early June the line of buses at the Argeen crossing ran to about 5 km, and passengers reported waits as long as 72 hours."
C(8, "about 5 km", q, "queue", 5, "approx", "SD", "EG", None, "2023-06", None, unit="km", place="Argeen")
C(8, "as long as 72 hours", q, "queue", 72, "at_most", "SD", "EG", None, "2023-06", "passengers", unit="hours", place="Argeen")
C(8, "some 9,000", "UNHCR has recorded some 9,000 Sudanese returning from Chad to West Darfur, often to check on property, and many come back again.",
  "returns", 9000, "approx", "SD", "TD", W, P, "UNHCR")
C(8, "an estimated 4 million", "Egypt was already home to an estimated 4 million Sudanese before the war, according to Egyptian officials, a figure that is hard to check.",
  "residents", 4000000, "approx", "SD", "EG", None, "2023-04-14", EO)

# ---- 09 op-ed (published Friday 2023-08-25; "last November" = 2022-11; "past decade" from 2013)
P = "2023-08-25"
C(9, "nearly 10 lakh", "Six years on, nearly 10 lakh Rohingya are still waiting",
  "residents", 1000000, "nearly", "MM", "BD", None, P, None)
C(9, "some 7 lakh", "Six years ago this week, some 7 lakh Rohingya crossed the Naf river into Bangladesh between late August and December 2017.",
  "arrivals", 700000, "approx", "MM", "BD", "2017-08", "2017-12", None)
C(9, "as many as 20,000", "At the peak, in early September, as many as 20,000 people a day were coming ashore at Shah Porir Dwip.",
  "arrivals", 20000, "at_most", "MM", "BD", "2017-09", "2017-09", None, per="day", place="Shah Porir Dwip")
q = "Today the camps in Cox's Bazar hold perhaps 9.6 lakh people, and around 30,000 more have been moved to the silt island of Bhasan Char."
C(9, "9.6 lakh", q, "residents", 960000, "exact", "MM", "BD", None, P, None, place="Cox's Bazar")
C(9, "around 30,000", q, "residents", 30000, "approx", "MM", "BD", None, P, None, place="Bhasan Char")
C(9, "between 15,000 and 20,000", "Aid workers I spoke to believe between 15,000 and 20,000 Rohingya have come across since the fighting in Rakhine flared again last November.",
  "arrivals", (15000, 20000), "range", "MM", "BD", "2022-11", P, "Aid workers")
C(9, "fewer than 5,000", "The government's own count is far lower, fewer than 5,000, and I suspect the truth lies somewhere in between.",
  "arrivals", 5000, "at_most", "MM", "BD", "2022-11", P, "The government")
C(9, "between 3 lakh and 5 lakh", "Before that August, Bangladesh already hosted somewhere between 3 lakh and 5 lakh Rohingya from earlier exoduses.",
  "residents", (300000, 500000), "range", "MM", "BD", None, "2017-08", None)
C(9, "no fewer than a million", "Add it all up and I would guess that no fewer than a million Rohingya now live outside Myanmar.",
  "departures", 1000000, "at_least", "MM", None, None, P, None)
C(9, "tens of thousands", "Over the past decade, tens of thousands have paid smugglers to leave the camps by sea, and at least 348 died or went missing on the Andaman Sea last year alone.",
  "departures", (10000, 99999), "order", "BD", None, "2013", P, None)

# ---- 10 digest (published Friday 2025-01-10; "Wednesday" = 01-08, "Thursday" = 01-09, "this week" = 01-06..01-10;
#      Assad's fall 2024-12-08)
P = "2025-01-10"
C(10, "over 35,000", "Turkey: over 35,000 go home in a month",
  "returns", 35000, "at_least", "SY", "TR", "2024-12-09", P, None)
C(10, "35,114", "Turkey's interior minister said on Wednesday that 35,114 Syrians had returned home voluntarily through the Yayladagi, Oncupinar and Karkamis gates since 9 December, the day after the fall of Bashar al-Assad.",
  "returns", 35114, "exact", "SY", "TR", "2024-12-09", "2025-01-08", "Turkey's interior minister")
C(10, "about 1,700", "This week, returns have run at about 1,700 a day, officials at Oncupinar said.",
  "returns", 1700, "approx", "SY", "TR", "2025-01-06", P, "officials at Oncupinar", per="day", place="Oncupinar")
C(10, "just under 2.92 million", "Turkey still hosts just under 2.92 million Syrians under temporary protection.",
  "residents", 2920000, "nearly", "SY", "TR", None, P, None)
C(10, "Roughly 18.5k", "Roughly 18.5k Syrians have returned from Jordan through the Jaber crossing since the fall of the government, Jordan's interior ministry said on Thursday.",
  "returns", 18500, "approx", "SY", "JO", "2024-12-08", "2025-01-09", "Jordan's interior ministry", place="Jaber")
C(10, "some 620 thousand", "Jordan still has some 620 thousand Syrian refugees registered with the UN.",
  "residents", 620000, "approx", "SY", "JO", None, P, None)
C(10, "about 125,000", "UNHCR estimates that about 125,000 Syrian refugees have returned from neighbouring countries since 8 December.",
  "returns", 125000, "approx", "SY", None, "2024-12-08", P, "UNHCR")
C(10, "over 500,000", "Between late September and late November 2024, over 500,000 people fled from Lebanon into Syria to escape Israeli strikes, about two-thirds of them Syrians, the Lebanese government said.",
  "arrivals", 500000, "at_least", "LB", "SY", "2024-09", "2024-11", "the Lebanese government")
C(10, "47,270", "Germany's migration office (BAMF) has frozen decisions on 47,270 pending asylum applications from Syrians.",
  "asylum", 47270, "exact", "SY", "DE", None, P, "Germany's migration office (BAMF)")
C(10, "974,136", "At the end of 2023, 974,136 Syrians were living in Germany.",
  "residents", 974136, "exact", "SY", "DE", None, "2023-12", None)

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} claims written")
