#!/usr/bin/env python3
"""heldout13: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h13_01_georgia_upper_lars_wire.txt", 2: "h13_02_finland_vaalimaa_pressrelease.md",
     3: "h13_03_mongolia_kazakhstan_telegram.txt", 4: "h13_04_russia_emigration_thinktank.md",
     5: "h13_05_million_fled_factcheck.html", 6: "h13_06_ukraine_refugees_liveblog.html",
     7: "h13_07_lebanon_syria_qa.md", 8: "h13_08_sudan_egypt_southsudan_table.md",
     9: "h13_09_tigray_hamdayet_feature.txt", 10: "h13_10_hongkong_bno_sutton.html"}
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


M = "2022-09-21"; INV = "2022-02-24"

# ---- 01 Georgia wire (published Thursday 2022-09-29; "on Tuesday" = 09-27, "on Wednesday" = 09-28)
P = "2022-09-29"; GIM = "Georgia's interior ministry"; UL = "Upper Lars"
q = "Georgia says 53,000 Russians entered since call-up; Upper Lars queue 20 km long"
C(1, "53,000", q, "arrivals", 53000, "exact", "RU", "GE", M, P, "Georgia")
C(1, "20 km", q, "queue", 20, "exact", "RU", "GE", None, P, None, unit="km", place=UL)
C(1, "More than 53,000", "TBILISI, Sept 29 (Caucasus Wire Service) - More than 53,000 Russian citizens have crossed into Georgia since President Vladimir Putin announced a partial mobilization on Sept. 21, Georgia's interior ministry said on Thursday, most of them by road through the Upper Lars checkpoint on the Georgian Military Highway.",
  "arrivals", 53000, "at_least", "RU", "GE", M, P, GIM)
q = "The ministry said about 10,000 Russians a day had entered the country since the decree, compared with 4,000-4,500 a day in the weeks before it."
C(1, "about 10,000", q, "arrivals", 10000, "approx", "RU", "GE", M, P, GIM, per="day")
C(1, "4,000-4,500", q, "arrivals", (4000, 4500), "range", "RU", "GE", None, "2022-09-20", GIM, per="day")
C(1, "11,200", "On Tuesday alone, 11,200 Russians entered Georgia, the highest one-day figure since the ministry began publishing daily data in March.",
  "arrivals", 11200, "exact", "RU", "GE", "2022-09-27", "2022-09-27", GIM)
q = "On Wednesday the line of cars on the Russian side of Upper Lars stretched for about 20 kilometres, and drivers said they had waited 30 to 40 hours to reach the border post, officials in the Russian region of North Ossetia said."
C(1, "about 20 kilometres", q, "queue", 20, "approx", "RU", "GE", None, "2022-09-28", "officials in the Russian region of North Ossetia", unit="km", place=UL)
C(1, "30 to 40 hours", q, "queue", (30, 40), "range", "RU", "GE", None, "2022-09-28", "drivers", unit="hours", place=UL)
C(1, "up to 3,500", "Local media counted up to 3,500 vehicles in the queue.",
  "queue", 3500, "at_most", "RU", "GE", None, "2022-09-28", "Local media", unit="vehicles", place=UL)
C(1, "About 9,500", "About 9,500 of the new arrivals have already left Georgia again, the ministry added, without saying where they went.",
  "departures", 9500, "approx", "GE", None, M, P, GIM)
C(1, "300,000", "The Kremlin has said the call-up will draft 300,000 reservists with combat experience, but men far beyond that group have reported receiving summonses.",
  "mobilized", 300000, "exact", "RU", None, M, M, "The Kremlin", pop="reservists")
C(1, "tens of thousands", "It had already received tens of thousands of Russians in the months after the invasion of Ukraine on Feb. 24, and the national statistics office says 43,000 of them were still living in the country at the end of August.",
  "arrivals", (10000, 99999), "order", "RU", "GE", INV, "2022-09-20", None)
C(1, "43,000", "It had already received tens of thousands of Russians in the months after the invasion of Ukraine on Feb. 24, and the national statistics office says 43,000 of them were still living in the country at the end of August.",
  "residents", 43000, "exact", "RU", "GE", INV, "2022-08", "the national statistics office")

# ---- 02 Finland press release (Monday 2022-09-26; weekend = Sat 09-24, Sun 09-25). The district's own figures: source null.
P = "2022-09-26"; VA = "Vaalimaa"
q = "On Saturday 24 September, 8 572 Russians arrived, and on Sunday 8 278."
C(2, "16 850", "Over the weekend, 16 850 Russian citizens entered Finland across the south-eastern land border.",
  "arrivals", 16850, "exact", "RU", "FI", "2022-09-24", "2022-09-25", None)
C(2, "8 572", q, "arrivals", 8572, "exact", "RU", "FI", "2022-09-24", "2022-09-24", None)
C(2, "8 278", q, "arrivals", 8278, "exact", "RU", "FI", "2022-09-25", "2022-09-25", None)
C(2, "5 960", "A week earlier, on 17-18 September, the corresponding weekend figure was 5 960.",
  "arrivals", 5960, "exact", "RU", "FI", "2022-09-17", "2022-09-18", None)
C(2, "more than 43 000", "Since the announcement of partial mobilisation in Russia on Wednesday 21 September, more than 43 000 Russian citizens have entered Finland by land.",
  "arrivals", 43000, "at_least", "RU", "FI", M, P, None)
C(2, "7 000-8 600", "Daily arrivals have been running at 7 000-8 600, roughly double the normal level for September.",
  "arrivals", (7000, 8600), "range", "RU", "FI", M, P, None, per="day")
C(2, "9 150", "During the same weekend, 9 150 Russian citizens left Finland for Russia.",
  "returns", 9150, "exact", "RU", "FI", "2022-09-24", "2022-09-25", None)
q = "**Vaalimaa**: the queue of passenger cars reached about 2 kilometres on Sunday evening, and waiting times were up to six hours."
C(2, "about 2 kilometres", q, "queue", 2, "approx", "RU", "FI", None, "2022-09-25", None, unit="km", place=VA)
C(2, "up to six hours", q, "queue", 6, "at_most", "RU", "FI", None, "2022-09-25", None, unit="hours", place=VA)
C(2, "some 4 100", "**Nuijamaa**: some 4 100 people entered on Saturday.",
  "arrivals", 4100, "approx", "RU", "FI", "2022-09-24", "2022-09-24", None, place="Nuijamaa")
C(2, "around 3 kilometres", "\"The queue at Vaalimaa peaked at around 3 kilometres on Saturday afternoon.",
  "queue", 3, "approx", "RU", "FI", None, "2022-09-24", "Lieutenant Colonel Harri Koskivaara", unit="km", place=VA)
C(2, "14", "According to the Finnish Immigration Service, 14 Russian citizens have applied for asylum at the south-eastern border crossings since 21 September.",
  "asylum", 14, "exact", "RU", "FI", M, P, "the Finnish Immigration Service")

# ---- 03 Telegram digest (compiled Monday 2022-10-03; each post dated: "past 24 hours" before 1 Oct 09:14 = 09-30..10-01;
#      "on Saturday" = 10-01, "On Sunday" = 10-02). Dates follow the post, not the digest.
AB = "Altanbulag"; KIM = "Kazakhstan's Interior Ministry"; GZ = "Colonel B. Ganzorig"
C(3, "2 830", "The head of the Altanbulag checkpoint, Colonel B. Ganzorig, told local TV that 2 830 Russians crossed in the past 24 hours, most of them men from Buryatia.",
  "arrivals", 2830, "exact", "RU", "MN", "2022-09-30", "2022-10-01", GZ, place=AB)
C(3, "about 11 000", "According to him, since 21 September about 11 000 Russians have entered Mongolia through Altanbulag.",
  "arrivals", 11000, "approx", "RU", "MN", M, "2022-10-01", GZ, place=AB)
C(3, "98 000", "Kazakhstan's Interior Ministry says 98 000 Russians have entered the country since 21 September.",
  "arrivals", 98000, "exact", "RU", "KZ", M, "2022-10-01", KIM)
C(3, "64 200", "64 200 of them have already left Kazakhstan, the ministry adds, without saying where they went.",
  "departures", 64200, "exact", "KZ", None, M, "2022-10-01", KIM)
C(3, "Around 8 500", "Around 8 500 Russians have registered at a temporary address with the migration police.",
  "residents", 8500, "approx", "RU", "KZ", M, "2022-10-01", KIM)
C(3, "tens of kilometres", "According to our subscribers, the queue on the Russian side stretches for tens of kilometres.",
  "queue", (10, 99), "order", "RU", "KZ", None, "2022-10-02", "our subscribers", unit="km", place="Syrym")
C(3, "up to 20 hours", "The regional akimat says the wait is up to 20 hours.",
  "queue", 20, "at_most", "RU", "KZ", None, "2022-10-02", "The regional akimat", unit="hours", place="Syrym")
C(3, "3 300", "North Ossetia's authorities report the queue has fallen to 3 300 vehicles.",
  "queue", 3300, "exact", "RU", "GE", None, "2022-10-02", "North Ossetia's authorities", unit="vehicles", place="Upper Lars")
C(3, "10–12 hours", "\"The wait is now 10–12 hours,\" a traffic police officer told our reader.",
  "queue", (10, 12), "range", "RU", "GE", None, "2022-10-02", "a traffic police officer", unit="hours", place="Upper Lars")
C(3, "about 400 thousand", "Vyezd Media, citing a source in the presidential administration, writes that about 400 thousand people have left Russia since 21 September.",
  "departures", 400000, "approx", "RU", None, M, "2022-10-02", "Vyezd Media, citing a source in the presidential administration")
C(3, "300 thousand", "Remember: the call-up is officially 300 thousand, so the number of those who left and those who were called up are now comparable.",
  "mobilized", 300000, "exact", "RU", None, M, M, None)
C(3, "3 150", "On Sunday, 3 150 Russians entered Mongolia through Altanbulag, the checkpoint head said, a new daily record.",
  "arrivals", 3150, "exact", "RU", "MN", "2022-10-02", "2022-10-02", "the checkpoint head", place=AB)
C(3, "more than 1 500", "Kyrgyzstan's border service: more than 1 500 Russians a day have arrived by air in Bishkek since the decree.",
  "arrivals", 1500, "at_least", "RU", "KG", M, "2022-10-03", "Kyrgyzstan's border service", per="day", place="Bishkek")

# ---- 04 think-tank brief (published 2023-03-15). Footnotes and reference titles: not annotated.
P = "2023-03-15"; GE_Q = "Georgia counted 112,000 Russian entries over the same month, of whom about 62,000 were still in Georgia at the end of October."
C(4, "between 500,000 and 650,000", "Our central estimate is that between 500,000 and 650,000 people left Russia in 2022 and had not returned by the end of the year.",
  "departures", (500000, 650000), "range", "RU", None, "2022", "2022", None)
C(4, "about 420,000", "FSB border statistics show a net outflow of about 420,000 Russian citizens in the third quarter of 2022.",
  "departures", 420000, "approx", "RU", None, "2022-07", "2022-09", "FSB border statistics")
C(4, "an estimated 150,000", "The first wave peaked early: an estimated 150,000 people left in March 2022 alone.",
  "departures", 150000, "approx", "RU", None, "2022-03", "2022-03", None)
C(4, "300,000", "The defence ministry said the call-up of 300,000 reservists had been completed by 28 October.",
  "mobilized", 300000, "exact", "RU", None, M, "2022-10-28", "The defence ministry", pop="reservists")
C(4, "410,000", "Kazakhstan's interior ministry recorded 410,000 entries of Russian citizens in the month after the decree.",
  "arrivals", 410000, "exact", "RU", "KZ", M, "2022-10-21", "Kazakhstan's interior ministry")
C(4, "112,000", GE_Q, "arrivals", 112000, "exact", "RU", "GE", M, "2022-10-21", "Georgia")
C(4, "about 62,000", GE_Q, "residents", 62000, "approx", "RU", "GE", M, "2022-10", "Georgia")
C(4, "110,000", "Armenia's migration service registered 110,000 Russians living in the country by December 2022.",
  "residents", 110000, "exact", "RU", "AM", None, "2022-12", "Armenia's migration service")
C(4, "30,200", "Serbia issued 30,200 temporary residence permits to Russian citizens in 2022; more than 1,000 Russian-owned companies were registered there.",
  "residents", 30200, "exact", "RU", "RS", "2022", "2022", "Serbia")
q = "| Turkey | Russians holding residence permits, end of year | 63,000 | 141,500 |"
C(4, "63,000", q, "residents", 63000, "exact", "RU", "TR", None, "2021-12", None)
C(4, "141,500", q, "residents", 141500, "exact", "RU", "TR", None, "2022-12", None)
q = "| Israel | Russian citizens making aliyah | 8,100 | 45,300 |"
C(4, "8,100", q, "arrivals", 8100, "exact", "RU", "IL", "2021", "2021", None)
C(4, "45,300", q, "arrivals", 45300, "exact", "RU", "IL", "2022", "2022", None)
C(4, "up to 250,000", "The UAE publishes no data; the relocation consultancy Gulf Move Partners estimates that up to 250,000 Russians have moved to the Emirates since February 2022.",
  "arrivals", 250000, "at_most", "RU", "AE", "2022-02", P, "Gulf Move Partners")
q = "A survey of 1,214 tech employers by the Runet Talent Index found that 92,000 IT specialists had left Russia between 24 February and December 2022, and that around 40,000 of them had come back by the end of the year."
C(4, "92,000", q, "departures", 92000, "exact", "RU", None, INV, "2022-12", "the Runet Talent Index", pop="it_workers")
C(4, "around 40,000", q, "returns", 40000, "approx", "RU", None, INV, "2022-12", "the Runet Talent Index", pop="it_workers")

# ---- 05 fact check (published 2022-10-20). Headline / viral "1 million", "one million", retracted "1,000": not annotated.
P = "2022-10-20"; W = "2022-10-10"
C(5, "at least 384,000", "Adding up the figures published by the border agencies of neighbouring countries, we counted at least 384,000 entries by Russian citizens into neighbouring countries between 21 September and 10 October.",
  "departures", 384000, "at_least", "RU", None, M, W, "the border agencies of neighbouring countries")
q = "Kazakhstan's interior ministry reported about 177,000 entries over that period, Georgia's almost seventy thousand and Mongolia's border service just under 10,000."
C(5, "about 177,000", q, "arrivals", 177000, "approx", "RU", "KZ", M, W, "Kazakhstan's interior ministry")
C(5, "almost seventy thousand", q, "arrivals", 70000, "nearly", "RU", "GE", M, W, "Georgia's interior ministry")
C(5, "just under 10,000", q, "arrivals", 10000, "nearly", "RU", "MN", M, W, "Mongolia's border service")
C(5, "just under 10,000", "It is just under 10,000.", "arrivals", 10000, "nearly", "RU", "MN", M, W, "Mongolia's border service")
C(5, "27,000", "Turkey's airports authority counted 27,000 arrivals of Russian citizens at Istanbul in the week after the decree, though many of them were tourists.",
  "arrivals", 27000, "exact", "RU", "TR", M, "2022-09-28", "Turkey's airports authority", place="Istanbul")
C(5, "21,300", "Finland's border guard said 21,300 Russians went back across the border to Russia in the same period.",
  "returns", 21300, "exact", "RU", "FI", M, W, "Finland's border guard")
C(5, "300,000", "The mobilization was announced on 21 September for 300,000 reservists.",
  "mobilized", 300000, "exact", "RU", None, M, M, None, pop="reservists")
C(5, "no more than 50,000", "Deputy Interior Minister Igor Valentsov said on 6 October that \"no more than 50,000\" men of conscription age had left since the decree, a figure that matches none of the neighbouring countries' data.",
  "departures", 50000, "at_most", "RU", None, M, "2022-10-06", "Deputy Interior Minister Igor Valentsov", pop="men")
C(5, "between half a million and 700,000", "Independent demographers we interviewed put the number who left after the decree at between half a million and 700,000, counting air travel to countries that publish no data.",
  "departures", (500000, 700000), "range", "RU", None, M, P, "Independent demographers")

# ---- 06 live blog (Tuesday 2022-04-05, day 41; "yesterday" = 04-04; "this morning" = 04-05). Truncated after the 10:15 entry.
P = "2022-04-05"; q = "Ukraine war, day 41: Czechia tops 283,000 visas; Berlin still receiving thousands daily"
C(6, "tops 283,000", q, "residents", 283000, "at_least", "UA", "CZ", INV, P, None)
C(6, "thousands", q, "arrivals", (1000, 9999), "order", "UA", "DE", None, P, None, per="day", place="Berlin")
C(6, "more than 4.1m", "The UN refugee agency says more than 4.1m people have fled Ukraine since the invasion began on 24 February.",
  "departures", 4100000, "at_least", "UA", None, INV, P, "The UN refugee agency")
C(6, "283.412", "Czechia has now granted 283.412 special long-term visas to Ukrainians, the interior ministry in Prague said.",
  "residents", 283412, "exact", "UA", "CZ", INV, P, "the interior ministry in Prague")
C(6, "some 316,000", "Germany's federal police have registered some 316,000 refugees from Ukraine since the war began, the interior ministry in Berlin said, adding that the true figure is likely higher because Ukrainians can enter without a visa and are not checked at internal borders.",
  "arrivals", 316000, "approx", "UA", "DE", INV, P, "the interior ministry in Berlin")
C(6, "2,500 to 3,000", "At Berlin's central station, volunteers say 2,500 to 3,000 people a day are still arriving by train from Poland.",
  "arrivals", (2500, 3000), "range", "UA", "DE", None, P, "volunteers", per="day", place="Berlin")
C(6, "over 401,000", "Moldova: over 401,000 people have crossed from Ukraine since 24 February, the interior ministry in Chisinau said.",
  "arrivals", 401000, "at_least", "UA", "MD", INV, P, "the interior ministry in Chisinau")
C(6, "Just under 100,000", "Just under 100,000 of them have stayed in Moldova, the ministry added; the rest travelled on to Romania and further west.",
  "residents", 100000, "nearly", "UA", "MD", INV, P, "the interior ministry in Chisinau")
q = "At the Palanca crossing the queue of cars on the Ukrainian side was about 4 km this morning, and drivers told our reporter they had waited up to 18 hours."
C(6, "about 4 km", q, "queue", 4, "approx", "UA", "MD", None, P, None, unit="km", place="Palanca")
C(6, "up to 18 hours", q, "queue", 18, "at_most", "UA", "MD", None, P, "drivers", unit="hours", place="Palanca")
C(6, "58,000", "Berlin's senate says 58,000 refugees from Ukraine have now registered as residents of the city, a condition for receiving benefits.",
  "residents", 58000, "exact", "UA", "DE", INV, P, "Berlin's senate", place="Berlin")
C(6, "about 480,000", "Ukraine's border service says about 480,000 Ukrainians have returned home from abroad since 24 February, many of them men coming back to join the army.",
  "returns", 480000, "approx", "UA", None, INV, P, "Ukraine's border service")
C(6, "19,700", "Poland's border guard says 19,700 people crossed from Ukraine into Poland yesterday, and that the queue at Dorohusk was down to",
  "arrivals", 19700, "exact", "UA", "PL", "2022-04-04", "2022-04-04", "Poland's border guard")

# ---- 07 Q&A (Tuesday 2024-10-15; "on Monday" = 10-14, "on Saturday" = 10-12, "on Friday" = 10-11).
#      Totals of all nationalities (356,000; 9,000 a day; headline "hundreds of thousands"): not annotated.
P = "2024-10-15"; S = "2024-09-23"; GS = "Lebanon's General Security directorate"
q = "About 245,000 of them are Syrians going home, and 111,000 are Lebanese citizens who have sought shelter in Syria, the directorate said on Monday."
C(7, "About 245,000", q, "returns", 245000, "approx", "SY", "LB", S, "2024-10-14", GS)
C(7, "111,000", q, "arrivals", 111000, "exact", "LB", "SY", S, "2024-10-14", GS)
C(7, "some 12,400", "On the busiest day, 25 September, some 12,400 Syrians crossed back into Syria at Masnaa, according to the directorate.",
  "returns", 12400, "approx", "SY", "LB", "2024-09-25", "2024-09-25", GS, place="Masnaa")
C(7, "six to eight hours", "Syrian officials at Jdeidet Yabous, the Syrian post opposite Masnaa, said the wait there was six to eight hours on Saturday.",
  "queue", (6, 8), "range", "LB", "SY", None, "2024-10-12", "Syrian officials at Jdeidet Yabous", unit="hours", place="Jdeidet Yabous")
C(7, "3 km", "Further north, the line of cars at the Jousieh crossing was 3 km long on Friday, a Lebanese security source said.",
  "queue", 3, "exact", "LB", "SY", None, "2024-10-11", "a Lebanese security source", unit="km", place="Jousieh")
C(7, "about 5,500", "In the first week of October, about 5,500 Syrians a day were crossing back from Lebanon, UN monitors said, against an average of 9,000 a day for all nationalities in late September.",
  "returns", 5500, "approx", "SY", "LB", "2024-10-01", "2024-10-07", "UN monitors", per="day")
C(7, "an estimated 1.5 million", "Lebanon's government says an estimated 1.5 million Syrians live in the country.",
  "residents", 1500000, "approx", "SY", "LB", None, P, "Lebanon's government")
C(7, "About 780,000", "About 780,000 of them are registered with the UN refugee agency.",
  "residents", 780000, "approx", "SY", "LB", None, P, "Lebanon's government")
C(7, "2,700", "Before the strikes, returns were rare: only 2,700 Syrians went back from Lebanon in the first half of 2024 under a government-organised scheme.",
  "returns", 2700, "exact", "SY", "LB", "2024-01", "2024-06", None)
C(7, "over 5,000", "Iraq says over 5,000 Lebanese have arrived through the Al-Qaim crossing since late September.",
  "arrivals", 5000, "at_least", "LB", "IQ", "2024-09", P, "Iraq", place="Al-Qaim")

# ---- 08 data note (published 2023-06-20, data as of 2023-06-17). Table and unattributed figures: the network's own counts.
F = "2023-04-15"; E = "2023-06-17"; W7 = "2023-06-11"
q = "| Argeen | Egypt | 108 240 | 1 150 |"
C(8, "108 240", q, "arrivals", 108240, "exact", "SD", "EG", F, E, None, place="Argeen")
C(8, "1 150", q, "arrivals", 1150, "exact", "SD", "EG", W7, E, None, per="day", place="Argeen")
q = "| Qustul | Egypt | 96 875 | 980 |"
C(8, "96 875", q, "arrivals", 96875, "exact", "SD", "EG", F, E, None, place="Qustul")
C(8, "980", q, "arrivals", 980, "exact", "SD", "EG", W7, E, None, per="day", place="Qustul")
q = "| Joda-Renk | South Sudan | 14 310 | 260 |"
C(8, "14 310", q, "arrivals", 14310, "exact", "SD", "SS", F, E, None, place="Joda-Renk")
C(8, "260", q, "arrivals", 260, "exact", "SD", "SS", W7, E, None, per="day", place="Joda-Renk")
q = "| **Total** | | **219 425** | **2 390** |"
C(8, "219 425", q, "departures", 219425, "exact", "SD", None, F, E, None)
C(8, "2 390", q, "departures", 2390, "exact", "SD", None, W7, E, None, per="day")
C(8, "63 400", "In addition, 63 400 South Sudanese nationals have returned home from Sudan through Joda-Renk since 15 April.",
  "returns", 63400, "exact", "SS", "SD", F, E, None)
C(8, "over 150 thousand", "Egypt's foreign ministry put the number of Sudanese who had entered Egypt at over 150 thousand on 10 June.",
  "arrivals", 150000, "at_least", "SD", "EG", F, "2023-06-10", "Egypt's foreign ministry")
C(8, "an estimated 4 million", "Egypt already hosted an estimated 4 million Sudanese before the war, according to the same ministry, though most were never registered as refugees.",
  "residents", 4000000, "approx", "SD", "EG", None, "2023-04-14", "Egypt's foreign ministry")
C(8, "two to three days", "At Argeen, buses waited two to three days on the Sudanese side in the week to 17 June, drivers told our monitors.",
  "queue", (48, 72), "range", "SD", "EG", None, E, "drivers", unit="hours", place="Argeen")
C(8, "about 1 800", "At Qustul, about 1 800 people were waiting on the Sudanese side on 17 June, most of them women, children and older men.",
  "queue", 1800, "approx", "SD", "EG", None, E, None, place="Qustul")

# ---- 09 local feature (Thursday 2020-11-26; "on Tuesday" = 11-24, "By Monday" = 11-23; war from 2020-11-04)
P = "2020-11-26"; T = "2020-11-04"; COR = "Sudan's Commission for Refugees (COR)"; OB = "Osman Bakheet, Hamdayet's administrator"
C(9, "41,500", "Hamdayet after three weeks: 41,500 and counting",
  "arrivals", 41500, "exact", "ET", "SD", T, P, None)
C(9, "More than 41,500", "More than 41,500 Ethiopians have crossed into Sudan since the fighting began, according to Sudan's Commission for Refugees (COR).",
  "arrivals", 41500, "at_least", "ET", "SD", T, P, COR)
C(9, "26,700", "By Monday, COR had registered 26,700 of the new arrivals as refugees.",
  "asylum", 26700, "exact", "ET", "SD", T, "2020-11-23", COR)
q = "At Hamdayet, about 2,000 people arrived on Tuesday alone, and the Lugdi crossing further south has seen nearly 12,000 arrivals since the start of the month, the commission said."
C(9, "about 2,000", q, "arrivals", 2000, "approx", "ET", "SD", "2020-11-24", "2020-11-24", COR, place="Hamdayet")
C(9, "nearly 12,000", q, "arrivals", 12000, "nearly", "ET", "SD", "2020-11-01", P, COR, place="Lugdi")
C(9, "4,000 to 5,000", "\"In the week of 9 November we were receiving 4,000 to 5,000 a day,\" said Osman Bakheet, Hamdayet's administrator, standing beside the reception tent.",
  "arrivals", (4000, 5000), "range", "ET", "SD", "2020-11-09", "2020-11-15", OB, per="day", place="Hamdayet")
C(9, "fewer than 700", "\"Now it is fewer than 700 a day.",
  "arrivals", 700, "at_most", "ET", "SD", None, P, OB, per="day", place="Hamdayet")
C(9, "about 300", "Among the newcomers are about 300 members of the Tigrayan regional police who crossed with their weapons and handed them to the Sudanese army, according to a Sudanese officer who asked not to be named.",
  "arrivals", 300, "approx", "ET", "SD", T, P, "a Sudanese officer", pop="other")
C(9, "About 9,800", "About 9,800 refugees have so far been moved by bus to Um Rakuba camp, 70 kilometres inland, which was reopened this month after standing empty for decades.",
  "residents", 9800, "approx", "ET", "SD", T, P, None, place="Um Rakuba")
C(9, "about 50,000", "Old men in Hamdayet remember the camp from 1985, when it held about 50,000 Ethiopians fleeing famine.",
  "residents", 50000, "approx", "ET", "SD", "1985", "1985", "Old men in Hamdayet", place="Um Rakuba")

# ---- 10 local feature (Thursday 2023-08-24; "published on Thursday" = 08-24; BN(O) route opened 2021-01-31)
P = "2023-08-24"; B = "2021-01-31"; HO = "Home Office"
C(10, "tops 7,000", "Two years on, Sutton's Hong Kong community tops 7,000",
  "residents", 7000, "at_least", "HK", "GB", None, P, None, place="Sutton")
C(10, "about 7,000", "The council estimates that about 7,000 Hong Kongers now live in the borough, most of them on the British National (Overseas) visa route that opened on 31 January 2021 after Beijing imposed a national security law on the city.",
  "residents", 7000, "approx", "HK", "GB", None, P, "The council", place="Sutton")
q = "Home Office figures published on Thursday show 191,300 applications for the BN(O) route since it opened, and 172,500 visas granted."
C(10, "191,300", q, "residents", 191300, "exact", "HK", "GB", B, P, HO)
C(10, "172,500", q, "residents", 172500, "exact", "HK", "GB", B, P, HO)
C(10, "An estimated 144,500", "An estimated 144,500 BN(O) holders and their dependants have arrived in the UK, the department said.",
  "arrivals", 144500, "approx", "HK", "GB", B, P, HO)
C(10, "34,300", "Demand was highest at the start: 34,300 people applied in the first quarter of 2021 alone.",
  "residents", 34300, "exact", "HK", "GB", "2021-01", "2021-03", HO)
C(10, "about 1,000", "Applications have since slowed to about 1,000 a week.",
  "residents", 1000, "approx", "HK", "GB", None, P, HO, per="week")
C(10, "95,400", "In Hong Kong, the government reported a net outflow of 95,400 residents in the twelve months to June 2022, though it does not say where they went.",
  "departures", 95400, "exact", "HK", None, "2021-07", "2022-06", "Hong Kong's government")
C(10, "over 21,000", "Canada's own scheme for Hong Kongers has approved over 21,000 applicants.",
  "residents", 21000, "at_least", "HK", "CA", None, P, None)

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} claims written")
