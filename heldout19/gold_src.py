#!/usr/bin/env python3
"""heldout19: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h19_01_zhanazhol_wire.txt", 2: "h19_02_verkhny_lars_radio.txt", 3: "h19_03_slovakia_stats_release.md",
     4: "h19_04_mobilization_liveblog.html", 5: "h19_05_russian_exodus_blog.md", 6: "h19_06_darien_factcheck.html",
     7: "h19_07_karabakh_interview.txt", 8: "h19_08_renk_field_update.md", 9: "h19_09_press_review.html",
     10: "h19_10_ukraine_poland_explainer.txt"}
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


M = "2022-09-21"; WAR = "2022-02-24"

# ---- 01 TPA wire, Zhana Zhol (published Wednesday 2022-09-28; "yesterday" = 09-27; "since Monday" = 09-26;
#      "the seven days after" the 21 Sept announcement = 09-21..09-27; "last Wednesday" = 09-21; "on Tuesday" = 09-27)
P = "2022-09-28"; ZZ = "Zhana Zhol"; IM = "the country's interior ministry"
C(1, "98,000", "Kazakhstan counts 98,000 Russian arrivals in a week as border queue grows to over 10 km",
  "arrivals", 98000, "exact", "RU", "KZ", M, "2022-09-27", "Kazakhstan")
C(1, "over 10 km", "Kazakhstan counts 98,000 Russian arrivals in a week as border queue grows to over 10 km",
  "queue", 10, "at_least", "RU", "KZ", None, P, None, unit="km", place=ZZ)
q = "ZHANA ZHOL, Kazakhstan, Sept 28 (TPA) - Kazakhstan recorded 98,000 entries by Russian citizens in the seven days after Moscow announced a partial mobilization, the country's interior ministry said on Wednesday, as cars queued for more than 10 kilometres on the approach to this checkpoint on the border with Russia's Orenburg region."
C(1, "98,000", q, "arrivals", 98000, "exact", "RU", "KZ", M, "2022-09-27", IM)
C(1, "more than 10 kilometres", q, "queue", 10, "at_least", "RU", "KZ", None, P, None, unit="km", place=ZZ)
q = "Officers at Zhana Zhol said 7 412 people crossed here on foot and by car yesterday, against roughly 900 on an ordinary day before the decree."
C(1, "7 412", q, "arrivals", 7412, "exact", "RU", "KZ", "2022-09-27", "2022-09-27", "Officers at Zhana Zhol", place=ZZ)
C(1, "roughly 900", q, "arrivals", 900, "approx", "RU", "KZ", None, "2022-09-20", "Officers at Zhana Zhol", per="day", place=ZZ)
q = "Drivers arriving in the evening said they had waited 26 to 30 hours on the Russian side, and a border official put the number of vehicles still in line at about 2,300."
C(1, "26 to 30 hours", q, "queue", (26, 30), "range", "RU", "KZ", None, P, "Drivers", unit="hours", place=ZZ)
C(1, "about 2,300", q, "queue", 2300, "approx", "RU", "KZ", None, P, "a border official", unit="vehicles", place=ZZ)
C(1, "64,000", "The interior ministry said 64,000 Russians had left Kazakhstan again over the same seven days, many of them flying on to Turkey, the United Arab Emirates and Armenia.",
  "departures", 64000, "exact", "KZ", None, M, "2022-09-27", "The interior ministry")
C(1, "more than 5,000", "Migration police have issued individual identification numbers to more than 5,000 Russians since Monday, it added.",
  "residents", 5000, "at_least", "RU", "KZ", "2022-09-26", P, "The interior ministry")
C(1, "300,000", "Russia said last Wednesday that it would call up 300,000 reservists.",
  "mobilized", 300000, "exact", "RU", None, M, M, "Russia", pop="reservists")
C(1, "261,000", "An exiled Russian news site, citing a source in the Kremlin administration, reported that 261,000 men had left Russia since the decree.",
  "departures", 261000, "exact", "RU", None, M, P, "An exiled Russian news site, citing a source in the Kremlin administration", pop="men")
q = "Georgia's interior ministry said on Tuesday that about 10,000 people a day were entering from Russia, up from 5-7,000 a day before the announcement."
C(1, "about 10,000", q, "arrivals", 10000, "approx", "RU", "GE", None, "2022-09-27", "Georgia's interior ministry", per="day")
C(1, "5-7,000", q, "arrivals", (5000, 7000), "range", "RU", "GE", None, "2022-09-20", "Georgia's interior ministry", per="day")

# ---- 02 Radio Mtkvari transcript (broadcast Monday 2022-10-03; "last Monday"/"a week ago" = 09-26; "on Saturday" = 10-01;
#      "the first week after the mobilization" = 09-21..09-27, "since then" = 09-28..10-03). The reporter (the station's own)
#      -> source null; the studio guest's own counts -> her name.
P = "2022-10-03"; VL = "Verkhny Lars"; TG = "Tamar Gelashvili"
q = "Nino, the line on the Russian side this morning was about 12 kilometres, according to the North Ossetian traffic police."
C(2, "about 12 kilometres", q, "queue", 12, "approx", "RU", "GE", None, P, "the North Ossetian traffic police", unit="km", place=VL)
q = "That sounds a lot, but last Monday people here were describing a jam of nearly 20 kilometres, with as many as 5,500 cars in it."
C(2, "nearly 20 kilometres", q, "queue", 20, "nearly", "RU", "GE", None, "2022-09-26", "people here", unit="km", place=VL)
C(2, "as many as 5,500", q, "queue", 5500, "at_most", "RU", "GE", None, "2022-09-26", "people here", unit="vehicles", place=VL)
C(2, "between 18 and 20 hours", "The drivers I spoke to at dawn had waited between 18 and 20 hours.",
  "queue", (18, 20), "range", "RU", "GE", None, P, "drivers", unit="hours", place=VL)
C(2, "as long as 40 hours", "A week ago some waited as long as 40 hours.",
  "queue", 40, "at_most", "RU", "GE", None, "2022-09-26", None, unit="hours", place=VL)
q = "The interior ministry says 53,000 Russians entered Georgia in the first week after the mobilization, and roughly 30k more since then."
C(2, "53,000", q, "arrivals", 53000, "exact", "RU", "GE", M, "2022-09-27", "The interior ministry")
C(2, "roughly 30k", q, "arrivals", 30000, "approx", "RU", "GE", "2022-09-28", P, "The interior ministry")
C(2, "fewer than 3,000", "Before the decree, border police say, fewer than 3,000 people a day arrived from Russia at Verkhny Lars.",
  "arrivals", 3000, "at_most", "RU", "GE", None, "2022-09-20", "border police", per="day", place=VL)
C(2, "6,300", "We count the people who come through on foot and on bicycles: on Saturday alone 6,300 crossed into Georgia at Verkhny Lars that way.",
  "arrivals", 6300, "exact", "RU", "GE", "2022-10-01", "2022-10-01", TG, place=VL)
C(2, "about 41,000", "The ministry also says about 41,000 of those who came have already left Georgia again.",
  "departures", 41000, "approx", "GE", None, M, P, "The ministry")

# ---- 03 Slovak statistics bulletin (released 2024-07-10, reference date 2024-06-30). The unit's own figures -> source null.
R = "2024-06-30"; H1 = ("2024-01", "2024-06")
C(3, "114 300", "Temporary refuge in Slovakia: 114 300 holders at mid-year",
  "residents", 114300, "exact", "UA", "SK", None, R, None)
C(3, "114 300", "As of 30 June 2024, 114 300 people from Ukraine held temporary refuge in Slovakia, 2 460 fewer than at the end of the previous month.",
  "residents", 114300, "exact", "UA", "SK", None, R, None)
q = "In the first half of 2024, border police recorded 742 600 entries of Ukrainian citizens from Ukraine and 731 900 exits of Ukrainian citizens towards Ukraine."
C(3, "742 600", q, "arrivals", 742600, "exact", "UA", "SK", *H1, "border police")
C(3, "731 900", q, "returns", 731900, "exact", "UA", "SK", *H1, "border police")
C(3, "4.27 million", "Since 24 February 2022, border police have recorded 4.27 million entries of Ukrainian citizens from Ukraine in total.",
  "arrivals", 4270000, "exact", "UA", "SK", WAR, R, "border police")
C(3, "1 930", "Entries from Ukraine at the Vyšné Nemecké crossing averaged 1 930 a day in June.",
  "arrivals", 1930, "exact", "UA", "SK", "2024-06", "2024-06", None, per="day", place="Vyšné Nemecké")
C(3, "37", "Only 37 Ukrainian citizens applied for asylum in January-June 2024.",
  "asylum", 37, "exact", "UA", "SK", *H1, None)
for row, a, b, place in [("| Bratislava region | 38 120 | 3 410 |", "38 120", "3 410", "Bratislava region"),
                         ("| Košice region | 16 905 | 1 280 |", "16 905", "1 280", "Košice region"),
                         ("| Prešov region | 14 770 | 1 115 |", "14 770", "1 115", "Prešov region"),
                         ("| Other regions | 44 505 | 3 395 |", "44 505", "3 395", None),
                         ("| **Slovakia** | **114 300** | **9 200** |", "114 300", "9 200", None)]:
    C(3, a, row, "residents", int(a.replace(" ", "")), "exact", "UA", "SK", None, R, None, place=place)
    C(3, b, row, "residents", int(b.replace(" ", "")), "exact", "UA", "SK", *H1, None, place=place)
C(3, "101 350", "In the whole of 2022, Slovakia granted temporary refuge to 101 350 people from Ukraine.",
  "residents", 101350, "exact", "UA", "SK", "2022", "2022", None)
C(3, "121 880", "The number of holders peaked at 121 880 at the end of March 2023.",
  "residents", 121880, "exact", "UA", "SK", None, "2023-03", None)

# ---- 04 Baltic Ledger live blog (Monday 2022-09-26, truncated; "over the weekend" = 09-24..09-25; "between Wednesday and
#      Sunday" = 09-21..09-25; "between Wednesday and Saturday" = 09-21..09-24; "on Sunday" = 09-25)
P = "2022-09-26"
C(4, "1,870", "Latvia's state border guard says 1,870 Russian citizens entered the country over the weekend, most of them holders of residence permits or travelling on humanitarian grounds.",
  "arrivals", 1870, "exact", "RU", "LV", "2022-09-24", "2022-09-25", "Latvia's state border guard")
C(4, "about 250", "At the Narva pedestrian crossing into Estonia, a queue of about 250 people had formed by late afternoon, our correspondent says.",
  "queue", 250, "approx", "RU", "EE", None, P, None, place="Narva")
C(4, "17,500", "Uzbekistan's border committee said 17,500 Russians arrived in the country between Wednesday and Sunday.",
  "arrivals", 17500, "exact", "RU", "UZ", M, "2022-09-25", "Uzbekistan's border committee")
C(4, "up to 2,000", "In Tajikistan, officials estimate that up to 2,000 Russians a day are flying in to Dushanbe.",
  "arrivals", 2000, "at_most", "RU", "TJ", None, P, "officials", per="day", place="Dushanbe")
C(4, "some 7,000", "Montenegro, where Russians can stay visa-free for 30 days, says some 7,000 have come in through Podgorica and Tivat airports since the announcement.",
  "arrivals", 7000, "approx", "RU", "ME", M, P, "Montenegro")
C(4, "An estimated 10,000", "An estimated 10,000 Russians flew to the United Arab Emirates in the five days after Putin's address, a travel-industry association in Dubai told us.",
  "arrivals", 10000, "approx", "RU", "AE", M, "2022-09-25", "a travel-industry association in Dubai")
C(4, "over 4,000", "Kyrgyzstan says over 4,000 Russians have entered through Manas airport since Wednesday.",
  "arrivals", 4000, "at_least", "RU", "KG", M, P, "Kyrgyzstan", place="Manas airport")
C(4, "at least 180,000", "The exiled outlet Polar Star, citing an FSB document, reports that at least 180,000 men left Russia between Wednesday and Saturday.",
  "departures", 180000, "at_least", "RU", None, M, "2022-09-24", "Polar Star, citing an FSB document", pop="men")
C(4, "8,700", "Kazakhstan's migration service says 8,700 Russians registered a temporary stay on Sunday",
  "residents", 8700, "exact", "RU", "KZ", "2022-09-25", "2022-09-25", "Kazakhstan's migration service")

# ---- 05 Demography Notes blog (2023-09-18). The author's own estimates -> source null.
P = "2023-09-18"
q = "Our central estimate for those who left between late February and the end of 2022 is about 650,000, with a plausible range of 500-800,000."
C(5, "about 650,000", q, "departures", 650000, "approx", "RU", None, "2022-02", "2022-12", None)
C(5, "500-800,000", q, "departures", (500000, 800000), "range", "RU", None, "2022-02", "2022-12", None)
C(5, "500,000 to 1 million", "Estimates by others run from 500,000 to 1 million; the higher end, in our view, counts tourists and business trips.",
  "departures", (500000, 1000000), "range", "RU", None, "2022-02", "2022-12", "others")
C(5, "300,000", "Putin's order of 21 September 2022, which officials said would bring in 300,000 reservists, changed the profile of leavers.",
  "mobilized", 300000, "exact", "RU", None, M, M, "officials", pop="reservists")
C(5, "between 250,000 and 400,000", "We think between 250,000 and 400,000 men left in the first two weeks after the decree, though border data cannot separate them from ordinary travellers.",
  "departures", (250000, 400000), "range", "RU", None, M, "2022-10-04", None, pop="men")
q = "Kazakhstan and Georgia were the main exits; in Serbia, temporary residence permits issued to Russians rose from 2,300 in 2021 to 30,000 in 2022."
C(5, "2,300", q, "residents", 2300, "exact", "RU", "RS", "2021", "2021", None)
C(5, "30,000", q, "residents", 30000, "exact", "RU", "RS", "2022", "2022", None)
q = "An IT industry association put departures of IT specialists in 2022 at up to 120,000 and said in June that some 40,000 of them had since come back to Russia."
C(5, "up to 120,000", q, "departures", 120000, "at_most", "RU", None, "2022", "2022", "An IT industry association", pop="it_workers")
C(5, "some 40,000", q, "returns", 40000, "approx", "RU", None, "2022", "2023-06", "An IT industry association", pop="it_workers")
C(5, "at least 60,000", "Georgian border data imply that at least 60,000 Russians who entered Georgia in autumn 2022 had gone back to Russia by March 2023.",
  "returns", 60000, "at_least", "RU", "GE", "2022-09", "2023-03", "Georgian border data")
C(5, "more than 120,000", "Russian officials said in December 2022 that more than 120,000 had returned from Kazakhstan and Georgia combined, a figure we cannot check.",
  "returns", 120000, "at_least", "RU", None, None, "2022-12", "Russian officials")
C(5, "40,000", "The Russian community there was perhaps 40,000 before the war and is thought to be several times that now, but no official series is published.",
  "residents", 40000, "exact", "RU", "AE", None, "2022-02-23", None)

# ---- 06 VerificaIstmo fact check (2024-01-16). SNM = Panama's National Migration Service.
P = "2024-01-16"; SNM = "Panama's National Migration Service"
C(6, "150.327", "Venezuela, 2022 (full year): 150.327", "arrivals", 150327, "exact", "VE", "PA", "2022", "2022", SNM, place="Darién")
C(6, "328.650", "Venezuela, 2023 (full year): 328.650", "arrivals", 328650, "exact", "VE", "PA", "2023", "2023", SNM, place="Darién")
C(6, "11.406", "Venezuela, 1-14 January 2024: 11.406", "arrivals", 11406, "exact", "VE", "PA", "2024-01-01", "2024-01-14", SNM, place="Darién")
C(6, "roughly 330,000", "In other words, roughly 330,000 Venezuelans crossed into Panama through the Darién in 2023, more than double the previous year's figure.",
  "arrivals", 330000, "approx", "VE", "PA", "2023", "2023", SNM, place="Darién")
C(6, "close to 2,000", "In September, Panamanian officials said close to 2,000 Venezuelans a day were arriving at the stations in Lajas Blancas and San Vicente.",
  "arrivals", 2000, "nearly", "VE", "PA", "2023-09", "2023-09", "Panamanian officials", per="day")
q = "The regional platform R4V puts the number of Venezuelans living abroad at 7.72 million, and Panama's own refugee office received 1,930 asylum applications from Venezuelans in 2023."
C(6, "7.72 million", q, "departures", 7720000, "exact", "VE", None, None, P, "The regional platform R4V")
C(6, "1,930", q, "asylum", 1930, "exact", "VE", "PA", "2023", "2023", None)

# ---- 07 Armenian Weekly Review interview (published 2023-10-04; interview on Tuesday evening 10-03, "this morning" = 10-03;
#      "the 27th" = 2023-09-27; "the night of the 26th" = 09-26). Interviewee's own figures -> her name.
P = "2023-10-03"; AS = "Anahit Sargsyan"; HB = "Hakari bridge"
C(7, "just over 100,600", "The government count this morning was just over 100,600 people who crossed into Armenia since 24 September.",
  "arrivals", 100600, "at_least", "AZ", "AM", "2023-09-24", P, "the government")
C(7, "30,000", "Something like 30,000 of them are children.",
  "arrivals", 30000, "exact", "AZ", "AM", "2023-09-24", P, AS, pop="other")
C(7, "19,000", "Something like 19,000 came across the bridge that day alone.",
  "arrivals", 19000, "exact", "AZ", "AM", "2023-09-27", "2023-09-27", AS, place=HB)
q = "The column of cars on the other side of the Azerbaijani checkpoint was about 9 km, and the police told us more than 1,500 vehicles were waiting at one point."
C(7, "about 9 km", q, "queue", 9, "approx", "AZ", "AM", None, "2023-09-27", AS, unit="km", place=HB)
C(7, "more than 1,500", q, "queue", 1500, "at_least", "AZ", "AM", None, "2023-09-27", "the police", unit="vehicles", place=HB)
C(7, "10,000 to 12,000", "On the night of the 26th we had from 10,000 to 12,000 people in Goris, a town of 20,000.",
  "residents", (10000, 12000), "range", "AZ", "AM", "2023-09-26", "2023-09-26", AS, place="Goris")
C(7, "23,400", "In Syunik province, 23,400 have registered a temporary address so far.",
  "residents", 23400, "exact", "AZ", "AM", "2023-09-24", P, AS, place="Syunik")
C(7, "roughly 3,500", "The migration service told us roughly 3,500 have already left Armenia again, mostly for Russia.",
  "departures", 3500, "approx", "AM", None, "2023-09-24", P, "The migration service")
q = "After the 2020 war about 90,000 came to Armenia, and some 60,000 went back home to Karabakh under the ceasefire the following year."
C(7, "about 90,000", q, "arrivals", 90000, "approx", "AZ", "AM", "2020", "2020", AS)
C(7, "some 60,000", q, "returns", 60000, "approx", "AZ", "AM", "2021", "2021", AS)

# ---- 08 Nile Crossroads Aid field update (issued Wednesday 2023-06-14, covering 5-11 June; "yesterday" = 06-13;
#      "on Sunday" = 06-11; "by Friday" = 06-09; "the previous month" = 2023-05). Cumulative sitrep figures dated to 06-11.
E = "2023-06-11"; W = ("2023-06-05", "2023-06-11"); JBM = "joint border monitoring"; ERS = "the Ethiopian refugee service"
q = "**117,300** people have crossed from Sudan into South Sudan at Joda/Wunthou since 15 April, according to joint border monitoring: 96,200 South Sudanese returning home and 21,100 Sudanese refugees."
C(8, "117,300", q, "arrivals", 117300, "exact", "SD", "SS", "2023-04-15", E, JBM, place="Joda")
C(8, "96,200", q, "returns", 96200, "exact", "SS", "SD", "2023-04-15", E, JBM)
C(8, "21,100", q, "arrivals", 21100, "exact", "SD", "SS", "2023-04-15", E, JBM, place="Joda")
q = "Arrivals at Joda averaged **1,800 a day** in the reporting week, down from more than 3,000 a day in mid-May."
C(8, "1,800", q, "arrivals", 1800, "exact", "SD", "SS", *W, None, per="day", place="Joda")
C(8, "more than 3,000", q, "arrivals", 3000, "at_least", "SD", "SS", "2023-05", "2023-05", None, per="day", place="Joda")
C(8, "12,640", "In the reporting week, 12,640 people crossed at Joda; about two-thirds were women and children.",
  "arrivals", 12640, "exact", "SD", "SS", *W, None, place="Joda")
C(8, "1,250", "Yesterday, 1,250 people crossed at Joda, the lowest figure since the border monitors started counting.",
  "arrivals", 1250, "exact", "SD", "SS", "2023-06-13", "2023-06-13", None, place="Joda")
C(8, "close to 500,000", "UN agencies say close to 500,000 people have fled Sudan to neighbouring countries since the fighting began.",
  "departures", 500000, "nearly", "SD", None, "2023-04-15", "2023-06-14", "UN agencies")
C(8, "over 14,000", "Built for 3,000, the transit centre in Renk now hosts over 14,000 people, most of them returnees waiting for onward transport.",
  "residents", 14000, "at_least", "SD", "SS", None, "2023-06-14", None, place="Renk")
C(8, "6-8 hours", "Buses arriving at Joda from Sudan waited 6-8 hours on Sunday to clear the customs post, drivers told our team.",
  "queue", (6, 8), "range", "SD", "SS", None, "2023-06-11", "drivers", unit="hours", place="Joda")
C(8, "roughly 9k", "At Metema, people of more than 60 nationalities have crossed since late April; the Sudanese among them number roughly 9k, says the Ethiopian refugee service.",
  "arrivals", 9000, "approx", "SD", "ET", "2023-04", "2023-06-14", ERS, place="Metema")
C(8, "2,140", "Of those, 2,140 had lodged asylum applications with the Ethiopian authorities by Friday.",
  "asylum", 2140, "exact", "SD", "ET", "2023-04", "2023-06-09", ERS)
C(8, "roughly 400", "The previous month, our team counted roughly 400 Sudanese a day arriving at the Metema bridge.",
  "arrivals", 400, "approx", "SD", "ET", "2023-05", "2023-05", None, per="day", place="Metema")

# ---- 09 Displacement Monitor press review (Tuesday 2023-12-12; "on Sunday" = 12-10; "on Friday" = 12-08;
#      "two weeks ago" = 11-28; "this year" = from 2023-01-01). Source = the outlet the digest cites (or its own source).
P = "2023-12-12"; SP = "Serambi Pagi"
C(9, "1,684", "Serambi Pagi (Banda Aceh) reports that 1,684 Rohingya have come ashore in Aceh in nine boats since 14 November, all of them having set out from the camps in Cox's Bazar, Bangladesh.",
  "arrivals", 1684, "exact", "BD", "ID", "2023-11-14", P, SP, place="Aceh")
C(9, "some 140", "On Sunday some 140 landed near Sabang, the paper says.",
  "arrivals", 140, "approx", "BD", "ID", "2023-12-10", "2023-12-10", SP, place="Sabang")
q = "The Dhaka Ledger notes that some 10 lakh Rohingya live in the camps in Bangladesh and quotes UNHCR as saying that more than 3,500 Rohingya attempted the sea crossing from Bangladesh this year, of whom 569 died or went missing."
C(9, "some 10 lakh", q, "residents", 1000000, "approx", "MM", "BD", None, P, "The Dhaka Ledger")
C(9, "more than 3,500", q, "departures", 3500, "at_least", "BD", None, "2023-01-01", P, "UNHCR")
q = "El Observador Tico writes that Costa Rica has received over 200,000 asylum claims from Nicaraguans since the 2018 crackdown, with fewer than 9,000 resolved."
C(9, "over 200,000", q, "asylum", 200000, "at_least", "NI", "CR", "2018", P, "El Observador Tico")
C(9, "fewer than 9,000", q, "asylum", 9000, "at_most", "NI", "CR", "2018", P, "El Observador Tico")
C(9, "roughly 73,000", "Kampala Evening Star reports that roughly 73,000 Congolese have crossed into Uganda since January, citing the refugee desk of the Office of the Prime Minister.",
  "arrivals", 73000, "approx", "CD", "UG", "2023-01", P, "the refugee desk of the Office of the Prime Minister")
C(9, "1,420", "Dozens still arrive daily at the Nyakabande transit centre, and two weeks ago 1,420 crossed in a single day after fighting near Bunagana.",
  "arrivals", 1420, "exact", "CD", "UG", "2023-11-28", "2023-11-28", "Kampala Evening Star")
C(9, "4,870", "Radio Kigezi says the transit centre, built for 1,500, held 4,870 people on Friday.",
  "residents", 4870, "exact", "CD", "UG", None, "2023-12-08", "Radio Kigezi", place="Nyakabande")

# ---- 10 Continental Observer explainer (Wednesday 2022-04-20; "yesterday" = 04-19; "on Friday" = 04-15;
#      "two weeks ago" = 04-06; "this week" = 04-18..04-20). The border-guard paragraph carries its source.
P = "2022-04-20"; PBG = "Poland's border guard"
C(10, "just over 5 million", "The UN refugee agency says just over 5 million people have fled Ukraine since 24 February.",
  "departures", 5000000, "at_least", "UA", None, WAR, P, "The UN refugee agency")
C(10, "2.84 million", "Poland's border guard has logged 2.84 million entries from Ukraine since the invasion began.",
  "arrivals", 2840000, "exact", "UA", "PL", WAR, P, PBG)
C(10, "142,300", "The busiest day was 6 March, when 142,300 people crossed.",
  "arrivals", 142300, "exact", "UA", "PL", "2022-03-06", "2022-03-06", PBG)
q = "Two weeks ago daily arrivals were still running at more than 30,000; this week the figure is roughly 20,000 a day."
C(10, "more than 30,000", q, "arrivals", 30000, "at_least", "UA", "PL", "2022-04-06", "2022-04-06", PBG, per="day")
C(10, "roughly 20,000", q, "arrivals", 20000, "approx", "UA", "PL", "2022-04-18", P, PBG, per="day")
C(10, "around 2.1m", "Officials believe around 2.1m of those who came are still in Poland; the rest have moved on or gone home.",
  "residents", 2100000, "approx", "UA", "PL", WAR, P, "Officials")
C(10, "Some 850,000", "Some 850,000 have been issued PESEL identity numbers, which give access to schools, health care and a one-off payment of 300 zloty.",
  "residents", 850000, "approx", "UA", "PL", WAR, P, None)
C(10, "about half a million", "Warsaw, a city of 1.8 million, is hosting about half a million, the mayor's office said on Friday.",
  "residents", 500000, "approx", "UA", "PL", WAR, "2022-04-15", "the mayor's office", place="Warsaw")
C(10, "more than 335,000", "Germany has registered more than 335,000 refugees from Ukraine, the federal interior ministry said yesterday.",
  "residents", 335000, "at_least", "UA", "DE", WAR, "2022-04-19", "the federal interior ministry")
C(10, "up to 10,000", "Berlin's main station received up to 10,000 a day in mid-March; the hall set up there has 1,000 cots.",
  "arrivals", 10000, "at_most", "UA", "DE", "2022-03", "2022-03", None, per="day", place="Berlin")
C(10, "about 1.1 million", "Ukraine's border service says about 1.1 million Ukrainians have come back since the start of the war, many of them to western regions.",
  "returns", 1100000, "approx", "UA", None, WAR, P, "Ukraine's border service")
C(10, "22,600", "Yesterday 22,600 people crossed from Poland into Ukraine, slightly more than went the other way.",
  "returns", 22600, "exact", "UA", "PL", "2022-04-19", "2022-04-19", None)

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} claims written to gold.jsonl")
