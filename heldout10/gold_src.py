#!/usr/bin/env python3
"""heldout10: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h10_01_kazakhstan_wire.txt", 2: "h10_02_russians_oped.txt", 3: "h10_03_chad_sitrep.md",
     4: "h10_04_afghan_returns_pakistan.txt", 5: "h10_05_ukrainians_uk_ireland.html",
     6: "h10_06_pacaraima_interview.md", 7: "h10_07_lebanon_syria_liveblog.html",
     8: "h10_08_karabakh_explainer.md", 9: "h10_09_darien_factcheck.html", 10: "h10_10_weekly_digest.md"}
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


# ---- 01 Kazakhstan wire (published Thursday 2022-09-29; "last Tuesday" = 2022-09-27, "Wednesday" = 2022-09-28)
M = "2022-09-21"; P = "2022-09-29"; AS = "Deputy interior minister Aidar Serikbayev"
C(1, "112,000", "Kazakhstan says 112,000 Russians entered since call-up as lines grow at Syrym",
  "arrivals", 112000, "exact", "RU", "KZ", M, P, "Kazakhstan")
C(1, "About 112,000", "About 112,000 Russian citizens have entered Kazakhstan since President Vladimir Putin announced a partial mobilization on Sept. 21, the country's interior ministry said on Thursday, as lines of cars built up again at crossings in the west of the country.",
  "arrivals", 112000, "approx", "RU", "KZ", M, P, "Kazakhstan's interior ministry")
q = "Deputy interior minister Aidar Serikbayev told reporters in Astana that 14,300 Russians crossed last Tuesday alone, and that the land border was now handling between 9,000 and 11,000 arrivals a day."
C(1, "14,300", q, "arrivals", 14300, "exact", "RU", "KZ", "2022-09-27", "2022-09-27", AS)
C(1, "between 9,000 and 11,000", q, "arrivals", (9000, 11000), "range", "RU", "KZ", None, P, AS, per="day")
C(1, "fewer than 4,000", "In the first three weeks of September, before the decree, the same crossings saw fewer than 4,000 Russians a day, he said.",
  "arrivals", 4000, "at_most", "RU", "KZ", "2022-09-01", "2022-09-20", AS, per="day")
C(1, "some 41,000", "Of those who have arrived since the decree, some 41,000 have already left Kazakhstan again, most of them for Uzbekistan, Kyrgyzstan or on onward flights to Turkey and the United Arab Emirates, Serikbayev added.",
  "departures", 41000, "approx", "KZ", None, M, P, AS)
C(1, "About 6,800", "About 6,800 have applied for individual identification numbers, which foreigners need to work or to open a bank account.",
  "residents", 6800, "approx", "RU", "KZ", M, P, AS)
C(1, "300,000", "Defence Minister Sergei Shoigu said last week that 300,000 reservists would be called up.",
  "mobilized", 300000, "exact", "RU", None, M, M, "Defence Minister Sergei Shoigu", pop="reservists")
q = "At Syrym, the busiest crossing on the road from Samara and Saratov, the line on the Russian side was about 11 km long on Wednesday morning and drivers reported waits of up to 20 hours, according to the West Kazakhstan regional administration."
C(1, "about 11 km", q, "queue", 11, "approx", "RU", "KZ", None, "2022-09-28", "the West Kazakhstan regional administration", unit="km", place="Syrym")
C(1, "up to 20 hours", q, "queue", 20, "at_most", "RU", "KZ", None, "2022-09-28", "drivers", unit="hours", place="Syrym")
C(1, "about 2,600", "A regional official, Gulnara Tasmagambetova, said about 2,600 vehicles were waiting at Syrym at 8 a.m. on Thursday, and that volunteers were handing out water and bread along the queue.",
  "queue", 2600, "approx", "RU", "KZ", None, P, "Gulnara Tasmagambetova", unit="vehicles", place="Syrym")
C(1, "about 10,000", "Georgian officials said on Wednesday that about 10,000 Russians a day were entering through the Upper Lars crossing, roughly double the level before the mobilization.",
  "arrivals", 10000, "approx", "RU", "GE", None, "2022-09-28", "Georgian officials", per="day", place="Upper Lars")

# ---- 02 op-ed, Russians in Israel and Argentina (published Tuesday 2023-02-14; "last month" = 2023-01)
EL = "Exit Ledger"; IM = "Israel's immigration ministry"; AD = "Argentina's migration directorate"
C(2, "between 500,000 and 700,000", "The most-quoted estimate, from the independent research project Exit Ledger, is that between 500,000 and 700,000 people left Russia in 2022 and did not come back.",
  "departures", (500000, 700000), "range", "RU", None, "2022", "2022", EL)
C(2, "300,000", "The Kremlin said the September mobilization would call up 300,000 reservists, and in the fortnight that followed the border services of Kazakhstan, Georgia and Finland were overwhelmed.",
  "mobilized", 300000, "exact", "RU", None, "2022-09-21", "2022-09-21", "The Kremlin", pop="reservists")
C(2, "as many as 150,000", "Exit Ledger also thinks that as many as 150,000 of those who left in 2022 had returned to Russia by the end of the year, which would make the net figure smaller still.",
  "returns", 150000, "at_most", "RU", None, "2022", "2022-12", EL)
q = "The immigration ministry says some 43,600 Russians made aliyah in 2022, against just under 7,700 in 2021."
C(2, "some 43,600", q, "arrivals", 43600, "approx", "RU", "IL", "2022", "2022", IM)
C(2, "just under 7,700", q, "arrivals", 7700, "nearly", "RU", "IL", "2021", "2021", IM)
C(2, "at least 9,000", "Yet the ministry also told a Knesset committee last month that at least 9,000 of the 2022 arrivals had already left Israel again, many for Europe and some back to Russia.",
  "departures", 9000, "at_least", "IL", None, "2022", "2023-01", IM)
q = "Its migration directorate counted roughly 22,000 Russian entries in 2022, including well over 5,000 pregnant women, many of them booked into maternity clinics in Buenos Aires."
C(2, "roughly 22,000", q, "arrivals", 22000, "approx", "RU", "AR", "2022", "2022", AD)
C(2, "well over 5,000", q, "arrivals", 5000, "at_least", "RU", "AR", "2022", "2022", AD, pop="pregnant_women")
C(2, "about 1,700", "Of them, only about 1,700 had applied for residence by January, the directorate said.",
  "residents", 1700, "approx", "RU", "AR", "2022", "2023-01", AD)

# ---- 03 Chad sitrep (issued Friday 2023-07-14; "in the past week" = 2023-07-07..14)
S = "2023-04-15"; P = "2023-07-14"; CN = "Chad's refugee commission (CNARR)"
C(3, "More than 180,000", "More than 180,000 people have crossed from Sudan into eastern Chad since fighting broke out on 15 April, according to Chad's refugee commission (CNARR).",
  "arrivals", 180000, "at_least", "SD", "TD", S, P, CN)
C(3, "about 32,000", "Of these, about 32,000 are Chadian nationals returning home after years in Darfur.",
  "returns", 32000, "approx", "TD", "SD", S, P, CN)
q = "In the past week, arrivals at Adré averaged 1,500-2,000 a day, up from about 600 daily in late June."
C(3, "1,500-2,000", q, "arrivals", (1500, 2000), "range", "SD", "TD", "2023-07-07", P, None, per="day", place="Adré")
C(3, "about 600", q, "arrivals", 600, "approx", "SD", "TD", "2023-06", "2023-06", None, per="day", place="Adré")
for row, arr, reg, pl in [("| Adré (Ouaddaï) | 97,400 | 41,250 |", ("97,400", 97400), ("41,250", 41250), "Adré"),
                          ("| Koufroun (Ouaddaï) | 38 600 | 22 900 |", ("38 600", 38600), ("22 900", 22900), "Koufroun"),
                          ("| Tiné (Wadi Fira) | 21,700 | 9,850 |", ("21,700", 21700), ("9,850", 9850), "Tiné")]:
    C(3, arr[0], row, "arrivals", arr[1], "exact", "SD", "TD", S, P, "CNARR registration teams", place=pl)
    C(3, reg[0], row, "residents", reg[1], "exact", "SD", "TD", S, P, "CNARR registration teams", place=pl)
q = "Egypt has received more than 255,000 people from Sudan since mid-April, including some 5,000 Egyptians, according to Egyptian officials."
C(3, "more than 255,000", q, "arrivals", 255000, "at_least", "SD", "EG", "2023-04", P, "Egyptian officials")
C(3, "some 5,000", q, "returns", 5000, "approx", "EG", "SD", "2023-04", P, "Egyptian officials")

# ---- 04 Afghans leaving Pakistan (published Thursday 2023-11-16; "Wednesday" = 11-15, "Tuesday" = 11-14, "three days ago" = 11-13)
O = "2023-10-01"; P = "2023-11-16"; KP = "the Khyber Pakhtunkhwa home department"; CO = "a customs official"
BG = "the provincial government"; UN = "the UN refugee agency's Islamabad office"; TO = "Taliban officials at Islam Qala"
C(4, "Over 3 lakh", "Over 3 lakh Afghans return home as deportation drive enters third week",
  "returns", 300000, "at_least", "AF", "PK", O, P, None)
C(4, "More than 3 lakh", "PESHAWAR: More than 3 lakh Afghan nationals have crossed back into Afghanistan from Pakistan since the caretaker government ordered undocumented foreigners to leave, officials said on Wednesday.",
  "returns", 300000, "at_least", "AF", "PK", O, "2023-11-15", "officials")
q = "According to figures shared by the Khyber Pakhtunkhwa home department, 2,41,530 Afghans went back through Torkham between October 1 and November 15, of whom 18,200 were deported after being detained in Peshawar, Nowshera and other districts."
C(4, "2,41,530", q, "returns", 241530, "exact", "AF", "PK", O, "2023-11-15", KP, place="Torkham")
C(4, "18,200", q, "returns", 18200, "exact", "AF", "PK", O, "2023-11-15", KP, place="Torkham")
C(4, "roughly 1,500", "In the first week of October, before the November 1 deadline, roughly 1,500 people a day were leaving through Torkham, a customs official said.",
  "returns", 1500, "approx", "AF", "PK", "2023-10-01", "2023-10-07", CO, per="day", place="Torkham")
q = "Daily departures peaked at about 24,000 on November 1 itself and have since settled at 8,000-9,000 a day."
C(4, "about 24,000", q, "returns", 24000, "approx", "AF", "PK", "2023-11-01", "2023-11-01", CO, place="Torkham")
C(4, "8,000-9,000", q, "returns", (8000, 9000), "range", "AF", "PK", "2023-11-02", P, CO, per="day", place="Torkham")
C(4, "some 61 thousand", "At the Chaman border in Balochistan, some 61 thousand Afghans have returned over the same period, the provincial government said.",
  "returns", 61000, "approx", "AF", "PK", O, "2023-11-15", BG, place="Chaman")
C(4, "4,700", "Three days ago, 4,700 people crossed at Chaman, the busiest day there so far.",
  "returns", 4700, "exact", "AF", "PK", "2023-11-13", "2023-11-13", BG, place="Chaman")
C(4, "as long as 30 hours", "Trucks and buses carrying returnees and their belongings queued for as long as 30 hours at Torkham, drivers told this correspondent.",
  "queue", 30, "at_most", "PK", "AF", None, P, "drivers", unit="hours", place="Torkham")
C(4, "about 7 km", "On Tuesday evening the line of vehicles stretched for about 7 km on the Pakistani side.",
  "queue", 7, "approx", "PK", "AF", None, "2023-11-14", None, unit="km", place="Torkham")
q = "Pakistan still hosts about 13 lakh registered Afghan refugees holding Proof of Registration cards and some 8 lakh holders of Afghan Citizen Cards, the UN refugee agency's Islamabad office said."
C(4, "about 13 lakh", q, "residents", 1300000, "approx", "AF", "PK", None, P, UN)
C(4, "some 8 lakh", q, "residents", 800000, "approx", "AF", "PK", None, P, UN)
C(4, "an estimated 17 lakh", "The interior ministry said an estimated 17 lakh undocumented Afghans were living in the country when the drive began on October 1.",
  "residents", 1700000, "approx", "AF", "PK", None, O, "The interior ministry")
q = "Taliban officials at Islam Qala told reporters that Iran was deporting about 4,000 Afghans a day through that crossing, and that more than 1.1 lakh had been sent back from Iran since the start of October."
C(4, "about 4,000", q, "returns", 4000, "approx", "AF", "IR", None, P, TO, per="day", place="Islam Qala")
C(4, "more than 1.1 lakh", q, "returns", 110000, "at_least", "AF", "IR", "2023-10", P, TO)

# ---- 05 Ukrainians in the UK and Ireland (published Tuesday 2024-02-20)
W = "2022-02-24"; P = "2024-02-20"; HO = "The Home Office"
q = "The Home Office had issued roughly a quarter of a million visas under the Ukraine schemes by the end of January, and nearly 191,000 Ukrainians had arrived in Britain since the full-scale invasion."
C(5, "roughly a quarter of a million", q, "residents", 250000, "approx", "UA", "GB", W, "2024-01", HO)
C(5, "nearly 191,000", q, "arrivals", 191000, "nearly", "UA", "GB", W, "2024-01", HO)
q = "About 140,000 of them came through Homes for Ukraine, which pairs refugees with households willing to host them, and Scotland's \"super sponsor\" route brought in more than 26,000."
C(5, "About 140,000", q, "arrivals", 140000, "approx", "UA", "GB", W, "2024-01", HO)
C(5, "more than 26,000", q, "arrivals", 26000, "at_least", "UA", "GB", W, "2024-01", HO, place="Scotland")
C(5, "some 20,000", "Officials at the Ukrainian embassy in London believe some 20,000 have gone home, many to Kyiv and Lviv, which have been spared the worst of the shelling.",
  "returns", 20000, "approx", "UA", "GB", W, P, "Officials at the Ukrainian embassy in London")
C(5, "1,240", "Only 1,240 Ukrainians claimed asylum in Britain last year, most of them people whose visas had lapsed.",
  "asylum", 1240, "exact", "UA", "GB", "2023", "2023", None)
C(5, "more than 5,000", "In a single week at the start of the war, between 3 and 9 March, more than 5,000 Ukrainians arrived at Dublin Airport.",
  "arrivals", 5000, "at_least", "UA", "IE", "2022-03-03", "2022-03-09", None, place="Dublin Airport")
q = "By the spring of 2022 Ireland was registering up to 1,000 people a day; by last autumn it was about 200 per week."
C(5, "up to 1,000", q, "residents", 1000, "at_most", "UA", "IE", "2022-03", "2022-05", None, per="day")
C(5, "about 200", q, "residents", 200, "approx", "UA", "IE", "2023-09", "2023-11", None, per="week")
q = "The Department of Justice's count of temporary-protection registrations stood at 104,180 at the start of February, and the state is housing about 75,000 of them in hotels, modular homes and former convents."
C(5, "104,180", q, "residents", 104180, "exact", "UA", "IE", W, "2024-02", "The Department of Justice")
C(5, "about 75,000", q, "residents", 75000, "approx", "UA", "IE", None, "2024-02", None)
C(5, "some 950,000", "Poland, by contrast, still counts some 950,000 Ukrainians under temporary protection, according to Polish government data.",
  "residents", 950000, "approx", "UA", "PL", W, P, "Polish government data")

# ---- 06 Pacaraima podcast (recorded and published Tuesday 2023-06-20; "Monday" = 06-19, "last Tuesday" = 06-13)
P = "2023-06-20"; HV = "Dr. Heitor Vasconcelos Lage"; FP = "the Federal Police"
q = "On Monday the line at the Federal Police post in Pacaraima was 300 people long and the wait was about five hours."
C(6, "300", q, "queue", 300, "exact", "VE", "BR", None, "2023-06-19", HV, place="Pacaraima")
C(6, "about five hours", q, "queue", 5, "approx", "VE", "BR", None, "2023-06-19", HV, unit="hours", place="Pacaraima")
C(6, "about 600", "Through Pacaraima, about 600 people a day are entering at the moment, most of them women with children.",
  "arrivals", 600, "approx", "VE", "BR", None, P, HV, per="day", place="Pacaraima")
C(6, "between 800 and 1,000", "At the peak in 2019 it was between 800 and 1,000 a day.",
  "arrivals", (800, 1000), "range", "VE", "BR", "2019", "2019", HV, per="day", place="Pacaraima")
C(6, "742", "Last Tuesday 742 Venezuelans crossed at Pacaraima in a single day, according to the Federal Police.",
  "arrivals", 742, "exact", "VE", "BR", "2023-06-13", "2023-06-13", FP, place="Pacaraima")
C(6, "about half a million", "The Federal Police say about half a million Venezuelans live in Brazil.",
  "residents", 500000, "approx", "VE", "BR", None, P, FP)
C(6, "about 900,000", "Since 2017 about 900,000 have crossed in, and more than half moved on to other countries or went home.",
  "arrivals", 900000, "approx", "VE", "BR", "2017", P, HV)
C(6, "tens of thousands", "And perhaps tens of thousands more came through the trochas, the informal paths, and were never counted.",
  "arrivals", (10000, 99999), "order", "VE", "BR", "2017", P, HV)
C(6, "53 thousand", "Brazil has recognized 53 thousand Venezuelans as refugees since 2019, because it applies the Cartagena definition.",
  "asylum", 53000, "exact", "VE", "BR", "2019", P, HV)
C(6, "2,900", "Another 2,900 asylum claims were lodged in the first five months of this year.",
  "asylum", 2900, "exact", "VE", "BR", "2023-01", "2023-05", HV)
C(6, "about 7,000", "Last year about 7,000 returned to Venezuela on the \"Vuelta a la Patria\" buses, according to the Venezuelan consulate in Boa Vista.",
  "returns", 7000, "approx", "VE", "BR", "2022", "2022", "the Venezuelan consulate in Boa Vista")

# ---- 07 Lebanon-Syria live blog (Thursday 2024-09-26; "since Monday" = 09-23, "Wednesday" = 09-25, "the weekend" = 09-21/22)
P = "2024-09-26"; MO = "2024-09-23"
C(7, "1,840", "Since January, 1,840 people have reached Cyprus by sea from Lebanon, the interior ministry in Nicosia said, fewer than in the same period last year.",
  "arrivals", 1840, "exact", "LB", "CY", "2024-01", P, "the interior ministry in Nicosia")
C(7, "about 5,500", "Iraq's migration ministry says about 5,500 Lebanese have arrived in Iraq since Monday, by air and overland through Syria.",
  "arrivals", 5500, "approx", "LB", "IQ", MO, P, "Iraq's migration ministry")
C(7, "some 1.5m", "Lebanon already hosts some 1.5m Syrians, according to government estimates.",
  "residents", 1500000, "approx", "SY", "LB", None, P, "government estimates")
q = "Lebanon's General Security said 15,600 Syrians and 4,200 Lebanese crossed into Syria through official crossings on Wednesday alone."
C(7, "15,600", q, "returns", 15600, "exact", "SY", "LB", "2024-09-25", "2024-09-25", "Lebanon's General Security")
C(7, "4,200", q, "arrivals", 4200, "exact", "LB", "SY", "2024-09-25", "2024-09-25", "Lebanon's General Security")
C(7, "between 3,000 and 4,000", "Mirela Haddad-Sørensen, the UNHCR representative in Damascus, told us the agency had recorded between 3,000 and 4,000 Syrians returning home every day since the weekend.",
  "returns", (3000, 4000), "range", "SY", "LB", "2024-09-21", P, "Mirela Haddad-Sørensen, the UNHCR representative in Damascus", per="day")
q = "Our correspondent at the Masnaa crossing says cars are backed up for about 3 km on the Lebanese side, and families told him they had waited six to eight hours."
C(7, "about 3 km", q, "queue", 3, "approx", "LB", "SY", None, P, None, unit="km", place="Masnaa")
C(7, "six to eight hours", q, "queue", (6, 8), "range", "LB", "SY", None, P, "families", unit="hours", place="Masnaa")
C(7, "more than 30,000", "Syrian authorities say more than 30,000 people have crossed from Lebanon into Syria since Monday, most of them Syrians.",
  "arrivals", 30000, "at_least", "LB", "SY", MO, P, "Syrian authorities")
C(7, "about 8,000", "Of them, about 8,000 are Lebanese, the interior ministry in Damascus said.",
  "arrivals", 8000, "approx", "LB", "SY", MO, P, "the interior ministry in Damascus")

# ---- 08 Karabakh explainer (published Thursday 2023-10-05; "on Tuesday" = 10-03)
O = "2023-09-19"; F = "2023-09-24"; AG = "Armenian government daily briefings"
C(8, "more than 100,000", "By 30 September, more than 100,000 of the enclave's roughly 120,000 ethnic Armenians had crossed into Armenia, according to the Armenian government.",
  "arrivals", 100000, "at_least", "AZ", "AM", O, "2023-09-30", "the Armenian government")
C(8, "1,050", "| Sun 24 Sep | 1,050 | – |", "arrivals", 1050, "exact", "AZ", "AM", F, F, AG, place="Kornidzor")
for row, day, daily, cum in [("| Tue 26 Sep | 19,300 | 27,000 |", "2023-09-26", ("19,300", 19300), ("27,000", 27000)),
                             ("| Thu 28 Sep | 20,750 | 71,250 |", "2023-09-28", ("20,750", 20750), ("71,250", 71250)),
                             ("| Sat 30 Sep | 12,100 | 100,700 |", "2023-09-30", ("12,100", 12100), ("100,700", 100700))]:
    C(8, daily[0], row, "arrivals", daily[1], "exact", "AZ", "AM", day, day, AG, place="Kornidzor")
    C(8, cum[0], row, "arrivals", cum[1], "exact", "AZ", "AM", F, day, AG, place="Kornidzor")
C(8, "more than 20 km", "On 26 September drivers described a queue more than 20 km long on the Lachin road, and a 75 km drive to the border that took up to 30 hours.",
  "queue", 20, "at_least", "AZ", "AM", None, "2023-09-26", "drivers", unit="km")
C(8, "about 87,000", "Armenia's migration service said on Tuesday that about 87,000 of the arrivals had registered for state housing assistance.",
  "residents", 87000, "approx", "AZ", "AM", O, "2023-10-03", "Armenia's migration service")
C(8, "Around 2,000", "Around 2,000 are staying in hotels in Goris, the first town across the border, which has a population of some 20,000.",
  "residents", 2000, "approx", "AZ", "AM", None, "2023-10-03", "Armenia's migration service", place="Goris")
C(8, "about 4,500", "Russia's interior ministry says about 4,500 Karabakh Armenians have arrived in Russia since the offensive, many to join relatives in Krasnodar and Moscow.",
  "arrivals", 4500, "approx", "AZ", "RU", O, "2023-10-05", "Russia's interior ministry")
C(8, "tens of thousands", "During the 2020 war, tens of thousands fled to Armenia, and most went back after the ceasefire of 10 November.",
  "arrivals", (10000, 99999), "order", "AZ", "AM", "2020", "2020-11-10", None)

# ---- 09 Darién fact check, truncated (published Wednesday 2023-10-18)
Y = "2023-01-01"; SNM = "Panama's National Migration Service (SNM)"
q = "Venezuelans were the largest group by far, with about 255,000 crossings, according to the SNM's weekly bulletins."
C(9, "about 255,000", q, "arrivals", 255000, "approx", "VE", "PA", Y, "2023-10-15", SNM, place="Darién")
q = "They were followed by Ecuadorians, with some 45k, and Haitians, with 38,100."
C(9, "some 45k", q, "arrivals", 45000, "approx", "EC", "PA", Y, "2023-10-15", SNM, place="Darién")
C(9, "38,100", q, "arrivals", 38100, "exact", "HT", "PA", Y, "2023-10-15", SNM, place="Darién")
C(9, "as many as 2,600", "In August, the busiest month so far, as many as 2,600 Venezuelans a day were reaching the reception station at Lajas Blancas.",
  "arrivals", 2600, "at_most", "VE", "PA", "2023-08", "2023-08", SNM, per="day", place="Lajas Blancas")
C(9, "150.327", "For comparison, in all of 2022 the service recorded 248,284 crossings, of whom 150.327 were Venezuelans, according to the same bulletins.",
  "arrivals", 150327, "exact", "VE", "PA", "2022", "2022", SNM, place="Darién")
C(9, "some 180,000", "Further north, Costa Rica's migration directorate says some 180,000 Venezuelans have entered the country through Paso Canoas this year on their way to the United States.",
  "arrivals", 180000, "approx", "VE", "CR", Y, "2023-10-18", "Costa Rica's migration directorate", place="Paso Canoas")

# ---- 10 weekly digest (Friday 2023-12-08; "Sunday" = 12-03, "Monday" = 12-04)
P = "2023-12-08"; RC = "the provincial office of the Indonesian Red Cross"; DM = "The Dominican Republic's migration directorate"
TM = "Türkiye's migration presidency"
C(10, "More than 1,500", "More than 1,500 Rohingya have landed in Aceh since mid-November, most of them after setting sail from the camps in Cox's Bazar, Bangladesh, the provincial office of the Indonesian Red Cross says.",
  "arrivals", 1500, "at_least", "BD", "ID", "2023-11", P, RC, place="Aceh")
C(10, "315", "On Sunday alone, 315 people came ashore at Sabang.",
  "arrivals", 315, "exact", "BD", "ID", "2023-12-03", "2023-12-03", RC, place="Sabang")
q = "The Dominican Republic's migration directorate said it deported 24,310 Haitians in November, and more than 250,000 since January."
C(10, "24,310", q, "returns", 24310, "exact", "HT", "DO", "2023-11", "2023-11", DM)
C(10, "more than 250,000", q, "returns", 250000, "at_least", "HT", "DO", "2023-01", P, DM)
C(10, "fewer than 5,000", "Before the crackdown began in 2021, it was deporting fewer than 5,000 Haitians every month, the directorate said.",
  "returns", 5000, "at_most", "HT", "DO", None, "2021", DM, per="month")
q = "Costa Rica received 28 430 asylum applications from Nicaraguans in the first ten months of the year, according to its migration directorate, bringing the total since 2018 to well over 200,000."
C(10, "28 430", q, "asylum", 28430, "exact", "NI", "CR", "2023-01", "2023-10", "Costa Rica's migration directorate")
C(10, "well over 200,000", q, "asylum", 200000, "at_least", "NI", "CR", "2018", "2023-10", "Costa Rica's migration directorate")
C(10, "some four thousand", "Charter flights from Havana to Managua carried some four thousand Cubans a week in October, according to the flight-tracking group Aerolens.",
  "arrivals", 4000, "approx", "CU", "NI", "2023-10", "2023-10", "the flight-tracking group Aerolens", per="week", place="Managua")
q = "Türkiye's migration presidency says 14,600 Syrians went home through the Cilvegözü and Öncüpınar gates in November, against about 9,000 a month earlier."
C(10, "14,600", q, "returns", 14600, "exact", "SY", "TR", "2023-11", "2023-11", TM)
C(10, "about 9,000", q, "returns", 9000, "approx", "SY", "TR", "2023-10", "2023-10", TM)
C(10, "3.2 million", "Officials in Ankara say 3.2 million Syrians remain under temporary protection in Türkiye, and have set a target of one million voluntary returns.",
  "residents", 3200000, "exact", "SY", "TR", None, P, "Officials in Ankara")
C(10, "350,000", "6. Egypt: Sudanese arrivals pass 350,000",
  "arrivals", 350000, "at_least", "SD", "EG", "2023-04-15", P, None)
C(10, "More than 350,000", "More than 350,000 people have crossed from Sudan into Egypt since April 15, the Egyptian foreign ministry said on Monday.",
  "arrivals", 350000, "at_least", "SD", "EG", "2023-04-15", "2023-12-04", "the Egyptian foreign ministry")

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(OUT), "claims written")
