#!/usr/bin/env python3
"""Source of gold.jsonl (compact form). Run: python3 gold_src.py > gold.jsonl"""
import json
OUT = []
def C(doc, text, quote, measure, low, high, qual, origin, dest, place=None, unit="people", per=None,
      pop="general", frm=None, to=None, source=None):
    OUT.append({"doc": doc, "text": text, "quote": quote, "measure": measure, "unit": unit, "per": per,
                "low": low, "high": high, "qualifier": qual, "origin": origin, "destination": dest,
                "place": place, "population": pop, "from": frm, "to": to, "source": source})

# ---------------- b5_01 (published 2022-09-27, Tuesday; decree Wednesday 2022-09-21)
D = "b5_01_kazakhstan_mobilization_wire.txt"
C(D, "98,000", "Kazakhstan says 98,000 Russians have entered since mobilization decree", "arrivals", 98000, 98000, "exact", "RU", "KZ",
  frm="2022-09-21", to="2022-09-27", source="Kazakhstan")
q = "Some 98,000 Russian citizens have entered Kazakhstan since President Vladimir Putin ordered a partial mobilization last Wednesday, Kazakhstan's interior ministry said on Tuesday, as cars backed up for hours at crossings on the long northern border."
C(D, "Some 98,000", q, "arrivals", 98000, 98000, "approx", "RU", "KZ", frm="2022-09-21", to="2022-09-27", source="Kazakhstan's interior ministry")
C(D, "300,000", "Putin's decree, which Russia's defence minister said would call up 300,000 reservists, set off a rush for the exits that has emptied flights out of Moscow and St Petersburg.",
  "mobilized", 300000, 300000, "exact", "RU", None, pop="reservists", frm="2022-09-21", to="2022-09-21", source="Russia's defence minister")
C(D, "between 5,000 and 6,000", "Before the decree, between 5,000 and 6,000 Russians a day crossed into Kazakhstan by land, the ministry said.",
  "arrivals", 5000, 6000, "range", "RU", "KZ", per="day", to="2022-09-20", source="Kazakhstan's interior ministry")
C(D, "16,400", "On Saturday alone, 16,400 Russians came through Syrym, the busiest post in West Kazakhstan region, regional officials said.",
  "arrivals", 16400, 16400, "exact", "RU", "KZ", place="Syrym", frm="2022-09-24", to="2022-09-24", source="regional officials")
q = "Nurlan Sadykov, deputy head of the region's border department, said on Monday that drivers at Syrym were waiting up to 20 hours and that a line of cars stretched roughly 7 km back into Russian territory."
src = "Nurlan Sadykov, deputy head of the region's border department"
C(D, "up to 20 hours", q, "queue", None, 20, "at_most", "RU", "KZ", place="Syrym", unit="hours", to="2022-09-26", source=src)
C(D, "roughly 7 km", q, "queue", 7, 7, "approx", "RU", "KZ", place="Syrym", unit="km", to="2022-09-26", source=src)
C(D, "About 41,500", "About 41,500 Russians have already left Kazakhstan again since the mobilization began, the ministry said, most of them to Kyrgyzstan, Uzbekistan, Georgia or the United Arab Emirates.",
  "departures", 41500, 41500, "approx", "KZ", None, frm="2022-09-21", to="2022-09-27", source="Kazakhstan's interior ministry")
C(D, "11,200", "Public service centres issued 11,200 individual identification numbers to Russian citizens since the decree, the justice ministry said separately.",
  "residents", 11200, 11200, "exact", "RU", "KZ", frm="2022-09-21", to="2022-09-27", source="Kazakhstan's justice ministry")

# ---------------- b5_02 (published 2022-09-25, Sunday; announcement Wednesday 2022-09-21)
D = "b5_02_mongolia_georgia_liveblog.html"
C(D, "thousands", "Live: thousands of Russians cross into Mongolia after mobilization call", "arrivals", 1000, 9999, "order", "RU", "MN",
  frm="2022-09-21", to="2022-09-25")
C(D, "3,400", "Mongolia's General Authority for Border Protection says 3,400 Russian citizens have entered through Tsagaannuur since Wednesday, roughly three times the usual number for this time of year.",
  "arrivals", 3400, 3400, "exact", "RU", "MN", place="Tsagaannuur", frm="2022-09-21", to="2022-09-25", source="Mongolia's General Authority for Border Protection")
C(D, "about 2.5 kilometres", "At Ereentsav in the east, a guard told our correspondent the line of cars waiting to enter Mongolia was about 2.5 kilometres long at midday.",
  "queue", 2.5, 2.5, "approx", "RU", "MN", place="Ereentsav", unit="km", to="2022-09-25", source="a guard at Ereentsav")
q = "Georgia's interior ministry says around 10,000 people a day are now entering the country from Russia, up from about 5,500 a day before Wednesday's announcement."
C(D, "around 10,000", q, "arrivals", 10000, 10000, "approx", "RU", "GE", per="day", frm="2022-09-21", to="2022-09-25", source="Georgia's interior ministry")
C(D, "about 5,500", q, "arrivals", 5500, 5500, "approx", "RU", "GE", per="day", to="2022-09-20", source="Georgia's interior ministry")
C(D, "3,500", "On the Russian side of the Verkhny Lars crossing into Georgia, the interior ministry of North Ossetia put the queue at 3,500 vehicles on Sunday morning.",
  "queue", 3500, 3500, "exact", "RU", "GE", place="Verkhny Lars", unit="vehicles", to="2022-09-25", source="the interior ministry of North Ossetia")
C(D, "up to 30 hours", "Drivers there told the Ledger by phone that the wait was now up to 30 hours.",
  "queue", None, 30, "at_most", "RU", "GE", place="Verkhny Lars", unit="hours", to="2022-09-25", source="drivers at Verkhny Lars")
C(D, "200,000", "Report: 200,000 men left in four days", "departures", 200000, 200000, "exact", "RU", None, pop="men",
  frm="2022-09-21", to="2022-09-24", source="Vyezd Monitor, citing a source in the border service")
C(D, "more than 200,000", "The independent outlet Vyezd Monitor, citing a source in the border service, reports that more than 200,000 men have left Russia in the first four days after the announcement.",
  "departures", 200000, None, "at_least", "RU", None, pop="men", frm="2022-09-21", to="2022-09-24", source="Vyezd Monitor, citing a source in the border service")

# ---------------- b5_03 (published 2023-03-14; interview, figures on the interviewee's word unless she cites a body)
D = "b5_03_israel_interview_demographer.md"
G = "Miriam Galperin"
C(D, "roughly 43,000", "By the end of 2022, roughly 43,000 people from Russia had made aliyah, according to the Population and Immigration Authority.",
  "arrivals", 43000, 43000, "approx", "RU", "IL", frm="2022-02-24", to="2022-12", source="the Population and Immigration Authority")
C(D, "7,700", "For comparison, in 2021 the figure was 7,700.", "arrivals", 7700, 7700, "exact", "RU", "IL", frm="2021", to="2021",
  source="the Population and Immigration Authority")
C(D, "about 9,000", "In the six weeks after 21 September, about 9,000 arrived, and I would estimate two thirds of them were men of military age, roughly 20 to 45.",
  "arrivals", 9000, 9000, "approx", "RU", "IL", frm="2022-09-21", to="2022-11-02", source=G)
C(D, "Around 15,000", "Around 15,000 came from Ukraine in 2022.", "arrivals", 15000, 15000, "approx", "UA", "IL", frm="2022", to="2022", source=G)
C(D, "6,000 to 8,000", "In absolute terms that is perhaps 6,000 to 8,000 people who have left Israel since the war started.",
  "departures", 6000, 8000, "range", "IL", None, frm="2022-02-24", to="2023-03-14", source=G)
C(D, "at least 1,500", "I know of at least 1,500 who have returned to Russia from Israel, mostly older people, or people whose jobs or parents pulled them back.",
  "returns", 1500, None, "at_least", "RU", "IL", frm="2022-02-24", to="2023-03-14", source=G)
C(D, "10,000 to 12,000", "My estimate is that 10,000 to 12,000 Russians are living in Israel this way at the moment.",
  "residents", 10000, 12000, "range", "RU", "IL", frm="2022-02-24", to="2023-03-14", source=G)

# ---------------- b5_04 (published 2023-06-20, Tuesday; war began 2023-04-15; press release = own word -> source null)
D = "b5_04_sudan_press_release.txt"
C(D, "More than half a million", "More than half a million people have fled Sudan as border points strain, relief coalition warns",
  "departures", 500000, None, "at_least", "SD", None, frm="2023-04-15", to="2023-06-20")
C(D, "More than half a million", "More than half a million people have fled Sudan since fighting broke out in Khartoum on 15 April, and the pace of departures has not slowed, the Sahel and Nile Relief Coalition said today, on World Refugee Day.",
  "departures", 500000, None, "at_least", "SD", None, frm="2023-04-15", to="2023-06-20")
CH = "Chad's refugee commission"
C(D, "an estimated 149,000", "Chad has received an estimated 149,000 refugees from Sudan, the great majority of them women and children from West Darfur, according to Chad's refugee commission.",
  "arrivals", 149000, 149000, "approx", "SD", "TD", frm="2023-04-15", to="2023-06-20", source=CH)
C(D, "12,600", "In the past week alone, 12,600 people arrived in the border town of Adré, where the coalition runs two water points and a clinic.",
  "arrivals", 12600, 12600, "exact", "SD", "TD", place="Adré", frm="2023-06-13", to="2023-06-20")
C(D, "2,000", "Arrivals into Chad have averaged 2,000 a day over the past month, the commission said.",
  "arrivals", 2000, 2000, "exact", "SD", "TD", per="day", frm="2023-05-20", to="2023-06-20", source=CH)
C(D, "about 30,000", "Among the arrivals are about 30,000 Chadians who had lived in Sudan for years and are now returning home with almost nothing.",
  "returns", 30000, 30000, "approx", "TD", "SD", frm="2023-04-15", to="2023-06-20", source=CH)
C(D, "Some 117,000", "Some 117,000 people have crossed into South Sudan through the town of Renk, the coalition's field team reported.",
  "arrivals", 117000, 117000, "approx", "SD", "SS", place="Renk", frm="2023-04-15", to="2023-06-20")
q = "Egyptian authorities report that over 220,000 people have entered Egypt from Sudan through the Argeen and Qustul crossings, including 5,000 third-country nationals who had been working or studying in Sudan."
C(D, "over 220,000", q, "arrivals", 220000, None, "at_least", "SD", "EG", frm="2023-04-15", to="2023-06-20", source="Egyptian authorities")
C(D, "5,000", q, "arrivals", 5000, 5000, "exact", "SD", "EG", pop="other", frm="2023-04-15", to="2023-06-20", source="Egyptian authorities")
q = "On Sunday, coaches at Qustul queued for up to 2 km, and passengers told coalition staff they had waited 48 hours to be processed."
C(D, "up to 2 km", q, "queue", None, 2, "at_most", "SD", "EG", place="Qustul", unit="km", to="2023-06-18")
C(D, "48 hours", q, "queue", 48, 48, "exact", "SD", "EG", place="Qustul", unit="hours", to="2023-06-18", source="passengers")

# ---------------- b5_05 (published 2023-02-23; war began 2022-02-24; table rows are claims, quote = row)
D = "b5_05_ukrainians_data_table.md"
PB = "Poland's border guard"
q = "Poland's border guard has recorded 9.6 million entries from Ukraine since the war began, and 7.7 million crossings back into Ukraine."
C(D, "9.6 million", q, "arrivals", 9600000, 9600000, "exact", "UA", "PL", frm="2022-02-24", to="2023-02-23", source=PB)
C(D, "7.7 million", q, "returns", 7700000, 7700000, "exact", "UA", "PL", frm="2022-02-24", to="2023-02-23", source=PB)
C(D, "up to 140,000", "At the peak, in the first weeks of March 2022, the border guard was counting up to 140,000 entries a day.",
  "arrivals", None, 140000, "at_most", "UA", "PL", per="day", frm="2022-03", to="2022-03", source=PB)
C(D, "20,000 to 25,000", "In the first half of February this year it recorded 20,000 to 25,000 entries a day, roughly the level of a busy summer before the war.",
  "arrivals", 20000, 25000, "range", "UA", "PL", per="day", frm="2023-02-01", to="2023-02-15", source=PB)
C(D, "780,000", "Moldova, one of Europe's poorest countries with a population of 2.6 million, has seen 780,000 people cross from Ukraine.",
  "arrivals", 780000, 780000, "exact", "UA", "MD", frm="2022-02-24", to="2023-02-23")
C(D, "about 104,000", "Most moved on to Romania and beyond, and only about 104,000 remain.",
  "residents", 104000, 104000, "approx", "UA", "MD", frm="2022-02-24", to="2023-02-23")
C(D, "1.2m", "Poland still hosts the largest group: 1.2m people hold the special PESEL number that gives them access to schools, clinics and work.",
  "residents", 1200000, 1200000, "exact", "UA", "PL", frm="2022-02-24", to="2023-02-23")
C(D, "nearly half a million", "Czechia, with no border with Ukraine at all, comes second: nearly half a million Ukrainians hold temporary protection there, about 4.5% of the country's 10.5 million residents, by far the highest share in the EU.",
  "residents", None, 500000, "nearly", "UA", "CZ", frm="2022-02-24", to="2023-02-23")
C(D, "four million", "Across the European Union, four million Ukrainians are registered for temporary protection, according to the European Commission.",
  "residents", 4000000, 4000000, "exact", "UA", "EU", frm="2022-02-24", to="2023-02-23", source="the European Commission")
T = "national border guards and interior ministries"
MDs = "General Inspectorate of Border Police"
q = "| Poland | 9.6m | 1.2m |"
C(D, "9.6m", q, "arrivals", 9600000, 9600000, "exact", "UA", "PL", frm="2022-02-24", to="2023-02", source=T)
C(D, "1.2m", q, "residents", 1200000, 1200000, "exact", "UA", "PL", frm="2022-02-24", to="2023-02", source=T)
C(D, "487,000", "| Czechia | n/a (no land border) | 487,000 |", "residents", 487000, 487000, "exact", "UA", "CZ", frm="2022-02-24", to="2023-02", source=T)
q = "| Moldova | 780,000 | 104,000 |"
C(D, "780,000", q, "arrivals", 780000, 780000, "exact", "UA", "MD", frm="2022-02-24", to="2023-02", source=MDs)
C(D, "104,000", q, "residents", 104000, 104000, "exact", "UA", "MD", frm="2022-02-24", to="2023-02", source=MDs)
q = "| Slovakia | 1.1m | 108,000 |"
C(D, "1.1m", q, "arrivals", 1100000, 1100000, "exact", "UA", "SK", frm="2022-02-24", to="2023-02", source=T)
C(D, "108,000", q, "residents", 108000, 108000, "exact", "UA", "SK", frm="2022-02-24", to="2023-02", source=T)

# ---------------- b5_06 (published 2024-04-10, Wednesday)
D = "b5_06_pacaraima_local_news.html"
FP = "Brazil's Federal Police"
C(D, "600", "Pacaraima sees 600 Venezuelans a day as crossings climb again", "arrivals", 600, 600, "exact", "VE", "BR", place="Pacaraima",
  per="day", to="2024-04-10")
q = "Brazil's Federal Police registered 11,870 Venezuelans entering through Pacaraima in March, up from 8,900 in February, according to figures released on Tuesday."
C(D, "11,870", q, "arrivals", 11870, 11870, "exact", "VE", "BR", place="Pacaraima", frm="2024-03", to="2024-03", source=FP)
C(D, "8,900", q, "arrivals", 8900, 8900, "exact", "VE", "BR", place="Pacaraima", frm="2024-02", to="2024-02", source=FP)
C(D, "4,100", "Of those who came in March, 4,100 applied for asylum at the border post.", "asylum", 4100, 4100, "exact", "VE", "BR",
  place="Pacaraima", frm="2024-03", to="2024-03", source=FP)
C(D, "600", "\"We are back to 600 a day, sometimes more on a Monday,\" said Lieutenant Colonel Ricardo Amaral, who commands the army's part of the reception operation in the town.",
  "arrivals", 600, 600, "exact", "VE", "BR", place="Pacaraima", per="day", to="2024-04-10", source="Lieutenant Colonel Ricardo Amaral")
C(D, "about 400", "On Monday morning, about 400 people were waiting in line outside the reception and triage post at the border, some of them since before dawn.",
  "queue", 400, 400, "approx", "VE", "BR", place="Pacaraima", to="2024-04-08")
C(D, "six to eight hours", "Families told the Courier they had been waiting six to eight hours to be registered.",
  "queue", 6, 8, "range", "VE", "BR", place="Pacaraima", unit="hours", to="2024-04-08", source="families at the reception post")
q = "Since the reception operation began in 2018, more than 1.1 million Venezuelans have entered Brazil through Roraima and about 568,000 have stayed in the country, the army said."
C(D, "more than 1.1 million", q, "arrivals", 1100000, None, "at_least", "VE", "BR", place="Roraima", frm="2018", to="2024-04-10", source="the army")
C(D, "about 568,000", q, "residents", 568000, 568000, "approx", "VE", "BR", frm="2018", to="2024-04-10", source="the army")
C(D, "some 35,000", "Venezuela's government says some 35,000 Venezuelans have returned from Brazil since 2018 under its own repatriation plan, though aid workers in Pacaraima say they see few people going the other way.",
  "returns", 35000, 35000, "approx", "VE", "BR", frm="2018", to="2024-04-10", source="Venezuela's government")

# ---------------- b5_07 (published 2023-11-20, Monday; "on Friday" = 2023-11-17; drive announced 2023-10-03)
D = "b5_07_afghan_returns_factcheck.txt"
C(D, "Hundreds of thousands", "Hundreds of thousands have indeed left, but not a million.", "returns", 100000, 999999, "order", "AF", "PK",
  frm="2023-10-03", to="2023-11-20")
PI = "Pakistan's interior ministry"
C(D, "254,110", "Pakistan's interior ministry said on Friday that 254,110 Afghans had returned to Afghanistan since the government announced on October 3 that undocumented foreigners must leave the country by November 1.",
  "returns", 254110, 254110, "exact", "AF", "PK", frm="2023-10-03", to="2023-11-17", source=PI)
C(D, "about 2 lakh", "Of those, about 2 lakh went back after the November 1 deadline passed, the ministry said, most of them through the Torkham crossing in Khyber district and the rest through Chaman in Balochistan.",
  "returns", 200000, 200000, "approx", "AF", "PK", frm="2023-11-01", to="2023-11-17", source=PI)
C(D, "3.1 lakh", "The Taliban administration's refugee ministry in Kabul gives a somewhat higher number: it says 3.1 lakh returnees have arrived from Pakistan since early October.",
  "returns", 310000, 310000, "exact", "AF", "PK", frm="2023-10", to="2023-11-20", source="The Taliban administration's refugee ministry in Kabul")
q = "The government estimates that Pakistan hosts more than 4 million Afghans, 1.7 million of them without valid documents."
C(D, "more than 4 million", q, "residents", 4000000, None, "at_least", "AF", "PK", to="2023-11-20", source="Pakistan's government")
C(D, "1.7 million", q, "residents", 1700000, 1700000, "exact", "AF", "PK", pop="other", to="2023-11-20", source="Pakistan's government")
C(D, "3,000 to 4,000", "The aid group Hamdard Relief, which runs a transit point at the Islam Qala crossing, said it had counted 3,000 to 4,000 returnees a day from Iran through Islam Qala since the start of November.",
  "returns", 3000, 4000, "range", "AF", "IR", place="Islam Qala", per="day", frm="2023-11-01", to="2023-11-20", source="Hamdard Relief")
C(D, "about 17,000", "Border officials at Torkham say about 17,000 crossed into Afghanistan there on November 2, the busiest day so far.",
  "returns", 17000, 17000, "approx", "AF", "PK", place="Torkham", frm="2023-11-02", to="2023-11-02", source="Border officials at Torkham")

# ---------------- b5_08 (published 2024-11-06, Wednesday; drive announced 2024-10-02; deportations = returns HT from DO)
D = "b5_08_haiti_deportations_explainer.md"
DM = "the Dominican migration directorate"
BW = "the Border Watch Network (Rezo Fwontyè)"
q = "The Dominican migration directorate says it has deported 36,800 Haitians since the announcement, close to 1,100 a day."
C(D, "36,800", q, "returns", 36800, 36800, "exact", "HT", "DO", frm="2024-10-02", to="2024-11-06", source=DM)
C(D, "close to 1,100", q, "returns", None, 1100, "nearly", "HT", "DO", per="day", frm="2024-10-02", to="2024-11-06", source=DM)
C(D, "9,400", "Last week alone, 9,400 people were repatriated through the four official crossings at Dajabón, Elías Piña, Jimaní and Pedernales.",
  "returns", 9400, 9400, "exact", "HT", "DO", frm="2024-10-28", to="2024-11-03", source=DM)
C(D, "420", "Among those deported in October were 420 unaccompanied children, according to the Border Watch Network (Rezo Fwontyè), a Haitian group that monitors the crossings.",
  "returns", 420, 420, "exact", "HT", "DO", pop="other", frm="2024-10", to="2024-10", source=BW)
C(D, "about 250,000", "In 2023, the Dominican Republic deported about 250,000 people to Haiti, the Border Watch Network says.",
  "returns", 250000, 250000, "approx", "HT", "DO", frm="2023", to="2023", source=BW)
C(D, "17,000", "The network counted 17,000 in the single month of September this year, before the announcement.",
  "returns", 17000, 17000, "exact", "HT", "DO", frm="2024-09", to="2024-09", source=BW)
C(D, "at least 300", "The network says at least 300 pregnant or recently delivered women were taken from maternity wards and deported in October, a practice the government denies.",
  "returns", 300, None, "at_least", "HT", "DO", pop="pregnant_women", frm="2024-10", to="2024-10", source=BW)
C(D, "an estimated 500,000", "A 2017 survey found an estimated 500,000 Haitian-born people living in the country; community groups believe the real figure is higher now.",
  "residents", 500000, 500000, "approx", "HT", "DO", to="2017", source="A 2017 survey")
C(D, "1,650", "On Thursday, 1,650 people were handed over there in a single day, the network said.",
  "returns", 1650, 1650, "exact", "HT", "DO", place="Dajabón", frm="2024-10-31", to="2024-10-31", source=BW)
C(D, "tens of thousands", "Despite the raids, tens of thousands of Haitians have crossed into the Dominican Republic irregularly this year, fleeing gang violence in Port-au-Prince, the Border Watch Network estimates.",
  "arrivals", 10000, 99999, "order", "HT", "DO", frm="2024", to="2024-11-06", source=BW)

# ---------------- b5_09 (published 2023-06-12; op-ed)
D = "b5_09_nicaragua_costarica_oped.txt"
CRD = "Costa Rica's migration directorate"
C(D, "Nearly 600,000", "Nearly 600,000 people have left Nicaragua since 2018, by the count of the exile research group Observatorio Diáspora.",
  "departures", None, 600000, "nearly", "NI", None, frm="2018", to="2023-06-12", source="the exile research group Observatorio Diáspora")
C(D, "More than 200,000", "More than 200,000 Nicaraguans have applied for asylum in Costa Rica since the crackdown of April 2018, according to Costa Rica's migration directorate.",
  "asylum", 200000, None, "at_least", "NI", "CR", frm="2018-04", to="2023-06-12", source=CRD)
C(D, "some 90,000", "In 2022 alone, some 90,000 new applications were filed.", "asylum", 90000, 90000, "approx", "NI", "CR", frm="2022", to="2022", source=CRD)
C(D, "as many as 2,000", "At the peak, in July 2022, as many as 2,000 Nicaraguans a day were crossing into Costa Rica at Peñas Blancas, the main border post on the Pan-American Highway, the directorate says.",
  "arrivals", None, 2000, "at_most", "NI", "CR", place="Peñas Blancas", per="day", frm="2022-07", to="2022-07", source=CRD)
C(D, "Fewer than 20,000", "Fewer than 20,000 applicants have been recognised as refugees since 2018, and a claim filed today may wait years for a first interview.",
  "asylum", None, 20000, "at_most", "NI", "CR", frm="2018", to="2023-06-12")
C(D, "222", "In February, they put 222 political prisoners on a plane to Washington and then stripped them of their nationality.",
  "arrivals", 222, 222, "exact", "NI", "US", pop="other", frm="2023-02", to="2023-02")
C(D, "about 3,500", "Costa Rican officials say that about 3,500 Nicaraguans returned home voluntarily last year, most of them older people or people who had never been politically active.",
  "returns", 3500, 3500, "approx", "NI", "CR", frm="2022", to="2022", source="Costa Rican officials")

# ---------------- b5_10 (published 2024-09-26, Thursday; escalation Monday 2024-09-23; "on Wednesday" = 2024-09-25; text cut mid-sentence)
D = "b5_10_lebanon_syria_truncated.html"
JY = "the officials at the Jdeidet Yabous crossing"
C(D, "More than 30,000", "More than 30,000 cross into Syria from Lebanon in three days", "arrivals", 30000, None, "at_least", "LB", "SY",
  frm="2024-09-23", to="2024-09-25")
q = "JDEIDET YABOUS, Syria - More than 30,000 people have crossed from Lebanon into Syria since Israel sharply escalated its air strikes on Monday, Syrian border officials said on Wednesday, in a reversal of the flow that brought more than a million Syrians to Lebanon during their own country's war."
C(D, "More than 30,000", q, "arrivals", 30000, None, "at_least", "LB", "SY", frm="2024-09-23", to="2024-09-25", source="Syrian border officials")
C(D, "more than a million", q, "arrivals", 1000000, None, "at_least", "SY", "LB", frm="2011", to="2024-09-26")
q = "Roughly 22,000 of them were Syrians returning home and about 8,000 were Lebanese, the officials at the Jdeidet Yabous crossing said."
C(D, "Roughly 22,000", q, "returns", 22000, 22000, "approx", "SY", "LB", place="Jdeidet Yabous", frm="2024-09-23", to="2024-09-25", source=JY)
C(D, "about 8,000", q, "arrivals", 8000, 8000, "approx", "LB", "SY", place="Jdeidet Yabous", frm="2024-09-23", to="2024-09-25", source=JY)
q = "The queue of cars heading to Jdeidet Yabous was 5 km long on Wednesday afternoon, and some families said they had waited 10 to 12 hours in the heat."
C(D, "5 km", q, "queue", 5, 5, "exact", "LB", "SY", place="Jdeidet Yabous", unit="km", to="2024-09-25")
C(D, "10 to 12 hours", q, "queue", 10, 12, "range", "LB", "SY", place="Jdeidet Yabous", unit="hours", to="2024-09-25", source="some families")
C(D, "around 10,000", "Aid workers at the border said people were now arriving at a rate of around 10,000 a day.",
  "arrivals", 10000, 10000, "approx", "LB", "SY", per="day", frm="2024-09-23", to="2024-09-26", source="Aid workers at the border")
