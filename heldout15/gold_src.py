#!/usr/bin/env python3
"""heldout15: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h15_01_russians_serbia_montenegro_longread.md", 2: "h15_02_upper_lars_first_week_radio.txt",
     3: "h15_03_russian_exit_estimate_factcheck.html", 4: "h15_04_moldova_romania_ukrainians_release.md",
     5: "h15_05_pacaraima_venezuelans_wire.txt", 6: "h15_06_adre_chad_liveblog.html",
     7: "h15_07_syrians_turkey_returns_explainer.md", 8: "h15_08_haitians_dr_chile_oped.html",
     9: "h15_09_afghans_iran_islam_qala_daily.txt", 10: "h15_10_displacement_digest.md"}
QB = {"exact": lambda v: (v, v), "approx": lambda v: (v, v), "at_least": lambda v: (v, None),
      "at_most": lambda v: (None, v), "nearly": lambda v: (None, v)}
TH = (1000, 9999); TTH = (10000, 99999); HTH = (100000, 999999)


def C(d, text, quote, measure, v, qual, origin, dest, frm, to, source, unit="people", per=None, place=None,
      pop="general"):
    if isinstance(v, tuple):
        lo, hi = v
    else:
        lo, hi = QB[qual](v)
    OUT.append({"doc": D[d], "text": text, "quote": quote, "measure": measure, "unit": unit, "per": per,
                "low": lo, "high": hi, "qualifier": qual, "origin": origin, "destination": dest, "place": place,
                "population": pop, "from": frm, "to": to, "source": source})


WAR = "2022-02-24"; MOB = "2022-09-21"

# ---- 01 Serbia / Montenegro long read (published 2023-03-14)
P = "2023-03-14"; SIM = "Serbia's interior ministry"
C(1, "Hundreds of thousands", "Hundreds of thousands of Russians have passed through Serbia since the war began.",
  "arrivals", HTH, "order", "RU", "RS", WAR, P, None)
C(1, "Some 220,000", "Some 220,000 Russians have entered Serbia since the invasion began, according to Serbia's interior ministry, though the ministry itself says most of them were passing through.",
  "arrivals", 220000, "approx", "RU", "RS", WAR, P, SIM)
C(1, "just over 30,000", "Far fewer stayed: just over 30,000 Russian citizens held a temporary residence permit at the end of January, the ministry said.",
  "residents", 30000, "at_least", "RU", "RS", None, "2023-01", SIM)
C(1, "about 3,900", "At the end of 2021 the figure had been about 3,900.",
  "residents", 3900, "approx", "RU", "RS", None, "2021-12", SIM)
C(1, "around 9.500", "In the last ten days of September, after the mobilization decree, around 9.500 Russians flew into Belgrade's Nikola Tesla airport, according to the airport's border police unit.",
  "arrivals", 9500, "approx", "RU", "RS", MOB, "2022-09-30", "the airport's border police unit", place="Belgrade")
C(1, "6,100", "Of them, 6,100 were men, the unit said.",
  "arrivals", 6100, "exact", "RU", "RS", MOB, "2022-09-30", "the airport's border police unit", place="Belgrade", pop="men")
q = "The statistics office counted 7 312 Russians with temporary residence in December 2022, up from 2 045 a year earlier."
C(1, "7 312", q, "residents", 7312, "exact", "RU", "ME", None, "2022-12", "The statistics office")
C(1, "2 045", q, "residents", 2045, "exact", "RU", "ME", None, "2021-12", "The statistics office")
C(1, "as many as 4,000", "Budva's municipality says as many as 4,000 Russians moved to the coastal town between September and December.",
  "arrivals", 4000, "at_most", "RU", "ME", "2022-09", "2022-12", "Budva's municipality", place="Budva")
C(1, "roughly 12,000", "Nova Adresa, a Belgrade relocation agency, estimates that roughly 12,000 of the Russians who settled in Belgrade after the invasion have already left Serbia again, most of them for Argentina, Spain or Cyprus.",
  "departures", 12000, "approx", "RS", None, WAR, P, "Nova Adresa")
C(1, "fewer than 2,000", "Others went home: Russia's consular section in Belgrade says fewer than 2,000 had deregistered to return to Russia by the end of 2022.",
  "returns", 2000, "at_most", "RU", "RS", WAR, "2022-12", "Russia's consular section in Belgrade")

# ---- 02 Upper Lars radio transcript (broadcast Wednesday 2022-09-28; "last Wednesday" = 09-21, Monday = 09-26,
#      Sunday = 09-25, "over the weekend" = 09-24..09-25, "yesterday" = 09-27)
P = "2022-09-28"; LK = "Levan Kopaliani"; UL = "Upper Lars"
C(2, "300,000", "One week after the Kremlin announced its call-up of 300,000 reservists, the road to Upper Lars is still full.",
  "mobilized", 300000, "exact", "RU", None, MOB, MOB, "the Kremlin", pop="reservists")
C(2, "more than 53,000", "Georgia's interior ministry says more than 53,000 Russian citizens have crossed into Georgia since last Wednesday's decree.",
  "arrivals", 53000, "at_least", "RU", "GE", MOB, P, "Georgia's interior ministry")
C(2, "about 20 kilometres", "Nino, the queue on the Russian side is about 20 kilometres this morning, according to the drivers who reached the Georgian post overnight.",
  "queue", 20, "approx", "RU", "GE", None, P, "the drivers who reached the Georgian post overnight", unit="km", place=UL)
C(2, "10 to 12 hours", "People tell me they waited 10 to 12 hours yesterday just to get to the Russian checkpoint.",
  "queue", (10, 12), "range", "RU", "GE", None, "2022-09-27", None, unit="hours", place=UL)
C(2, "roughly 900", "There is also a line of roughly 900 pedestrians in the neutral zone, many pushing bicycles they bought in Vladikavkaz",
  "queue", 900, "approx", "RU", "GE", None, P, None, place=UL)
C(2, "some 5,500", "North Ossetia's regional government said on Monday that some 5,500 vehicles were waiting on its side of the border.",
  "queue", 5500, "approx", "RU", "GE", None, "2022-09-26", "North Ossetia's regional government", unit="vehicles", place=UL)
C(2, "between 9,000 and 10,000", "At the moment between 9,000 and 10,000 people a day enter Georgia at Lars.",
  "arrivals", (9000, 10000), "range", "RU", "GE", None, P, LK, per="day", place=UL)
C(2, "around 5 thousand", "Before the decree it was around 5 thousand a day.",
  "arrivals", 5000, "approx", "RU", "GE", None, "2022-09-20", LK, per="day", place=UL)
C(2, "11,200", "On Sunday alone, 11,200 people entered through Lars, the highest figure we have ever recorded there.",
  "arrivals", 11200, "exact", "RU", "GE", "2022-09-25", "2022-09-25", LK, place=UL)
C(2, "Roughly 14,000", "Roughly 14,000 of those who came since the decree have already left Georgia again, most by air.",
  "departures", 14000, "approx", "GE", None, MOB, P, LK)
q = "Elsewhere: Kazakhstan's interior ministry reports 98 thousand Russian arrivals since the decree, and Finland's border guard says nearly 17,000 Russians crossed its land border over the weekend."
C(2, "98 thousand", q, "arrivals", 98000, "exact", "RU", "KZ", MOB, P, "Kazakhstan's interior ministry")
C(2, "nearly 17,000", q, "arrivals", 17000, "nearly", "RU", "FI", "2022-09-24", "2022-09-25", "Finland's border guard")

# ---- 03 fact check (published 2022-12-07). The checked "1.2 million" is debunked: not annotated.
P = "2022-12-07"; RSA = "Russia's state statistics agency"
C(3, "2,71 million", "The agency's quarterly release, built on border service records, lists 2,71 million exits of Russian citizens in July-September 2022.",
  "departures", 2710000, "exact", "RU", None, "2022-07", "2022-09", RSA)
C(3, "2.3 million", "Many of those were tourists and business travellers who came back within days: the same release shows 2.3 million entries of Russian citizens into Russia in that quarter.",
  "returns", 2300000, "exact", "RU", None, "2022-07", "2022-09", RSA)
q = "Finland's border guard counted 43,000 Russians entering over the land border in the week after the decree, compared with 17,000 in the week before it."
C(3, "43,000", q, "arrivals", 43000, "exact", "RU", "FI", MOB, "2022-09-27", "Finland's border guard")
C(3, "17,000", q, "arrivals", 17000, "exact", "RU", "FI", "2022-09-14", "2022-09-20", "Finland's border guard")
q = "Kazakhstan's interior ministry said more than 380,000 Russians had entered the country since 21 September, and that roughly 260,000 had left Kazakhstan again by 25 October."
C(3, "more than 380,000", q, "arrivals", 380000, "at_least", "RU", "KZ", MOB, "2022-10-25", "Kazakhstan's interior ministry")
C(3, "roughly 260,000", q, "departures", 260000, "approx", "KZ", None, MOB, "2022-10-25", "Kazakhstan's interior ministry")
C(3, "86,400", "Kazakh migration officers registered 86,400 Russians for temporary stay over the same period.",
  "residents", 86400, "exact", "RU", "KZ", MOB, "2022-10-25", "Kazakh migration officers")
C(3, "about 72,000", "Georgia's interior ministry recorded about 72,000 Russian entries in the two weeks after the decree.",
  "arrivals", 72000, "approx", "RU", "GE", MOB, "2022-10-04", "Georgia's interior ministry")
C(3, "between 500,000 and 700,000", "Independent demographers at the Exodus Data project put the number who left Russia after the mobilization at between 500,000 and 700,000, and stress that the figure has a wide margin of error.",
  "departures", (500000, 700000), "range", "RU", None, MOB, P, "Exodus Data")

# ---- 04 press release (issued 2022-04-05; figures "as of 3 April"; table week = 2022-03-28..2022-04-03)
A3 = "2022-04-03"; BPM = "the Border Police of the Republic of Moldova"; IGPF = "the General Inspectorate of Border Police"
C(4, "404 310", "Six weeks on: 404 310 refugees from Ukraine have entered Moldova",
  "arrivals", 404310, "exact", "UA", "MD", WAR, A3, None)
C(4, "404 310", "Since 24 February, 404 310 refugees from Ukraine have entered the Republic of Moldova, according to the Border Police of the Republic of Moldova (figures as of 3 April).",
  "arrivals", 404310, "exact", "UA", "MD", WAR, A3, BPM)
C(4, "about 98,000", "Of them, about 98,000 remain in the country; the others have travelled on, mostly to Romania and from there into the European Union.",
  "residents", 98000, "approx", "UA", "MD", WAR, A3, BPM)
C(4, "5,310", "Among the arrivals in Moldova were 5,310 third-country nationals, most of them students at Ukrainian universities.",
  "arrivals", 5310, "exact", "UA", "MD", WAR, A3, BPM, pop="other")
C(4, "652,000", "Romania has received 652,000 Ukrainian citizens since the start of the invasion, the General Inspectorate of Border Police said.",
  "arrivals", 652000, "exact", "UA", "RO", WAR, A3, IGPF)
C(4, "Roughly 83,000", "Roughly 83,000 of them were still in Romania on 3 April.",
  "residents", 83000, "approx", "UA", "RO", WAR, A3, IGPF)
C(4, "6,912", "Only 6,912 Ukrainians had applied for asylum in Moldova by early April, as most prefer the simplified stay regime introduced in March.",
  "asylum", 6912, "exact", "UA", "MD", WAR, "2022-04", None)
for place, cc, tot, avg, row in [
        ("Palanca", "MD", 18420, 2631, "| Palanca | Moldova | 18 420 | 2 631 |"),
        ("Otaci", "MD", 4905, 700, "| Otaci | Moldova | 4 905 | 700 |"),
        ("Siret", "RO", 21770, 3110, "| Siret | Romania | 21 770 | 3 110 |"),
        ("Isaccea", "RO", 6050, 864, "| Isaccea (ferry) | Romania | 6 050 | 864 |")]:
    t1 = f"{tot:,}".replace(",", " "); t2 = f"{avg:,}".replace(",", " ")
    C(4, t1, row, "arrivals", tot, "exact", "UA", cc, "2022-03-28", A3, None, place=place)
    C(4, t2, row, "arrivals", avg, "exact", "UA", cc, "2022-03-28", A3, None, per="day", place=place)
C(4, "around 1,900", "Moldovan border police recorded around 1,900 crossings a day back into Ukraine in the last week of March, most of them women returning to the Odesa region.",
  "returns", 1900, "approx", "UA", "MD", "2022-03-25", "2022-03-31", "Moldovan border police", per="day")

# ---- 05 Pacaraima wire (published Tuesday 2024-08-20; Monday = 08-19; election 2024-07-28)
P = "2024-08-20"; EL = "2024-07-28"; PAC = "Pacaraima"; OP = "the army-run reception operation at the border"
q = "PACARAIMA, Brazil, Aug 20 (Meridian Wire) - An average of 420 Venezuelans a day have crossed into Brazil at Pacaraima since the disputed July 28 presidential election, up from about 330 a day in the first half of the year, according to the army-run reception operation at the border."
C(5, "420", q, "arrivals", 420, "exact", "VE", "BR", EL, P, OP, per="day", place=PAC)
C(5, "about 330", q, "arrivals", 330, "approx", "VE", "BR", "2024-01", "2024-06", OP, per="day", place=PAC)
C(5, "612", "On Monday, 612 people were registered at the federal police post, the highest single-day figure this year, Lieutenant Colonel Rosana Meireles, who commands the reception centre, told Meridian Wire.",
  "arrivals", 612, "exact", "VE", "BR", "2024-08-19", "2024-08-19", "Lieutenant Colonel Rosana Meireles", place=PAC)
q = "At dawn on Tuesday the queue outside the federal police post stretched for about 1 km and held some 900 people, many of them families with small children, and those at the back faced waits of five to seven hours, a Meridian Wire reporter saw."
C(5, "about 1 km", q, "queue", 1, "approx", "VE", "BR", None, P, None, unit="km", place=PAC)
C(5, "some 900", q, "queue", 900, "approx", "VE", "BR", None, P, None, place=PAC)
C(5, "five to seven hours", q, "queue", (5, 7), "range", "VE", "BR", None, P, None, unit="hours", place=PAC)
C(5, "an estimated 568 thousand", "Brazil's justice ministry says the country hosts an estimated 568 thousand Venezuelans, most of whom entered through Roraima.",
  "residents", 568000, "approx", "VE", "BR", None, P, "Brazil's justice ministry")
C(5, "About 7,400", "About 7,400 Venezuelans sleep in the operation's shelters in Boa Vista, the state capital, which have room for 8,000.",
  "residents", 7400, "approx", "VE", "BR", None, P, None, place="Boa Vista")
C(5, "27,250", "Venezuelans lodged 27,250 asylum requests in Brazil in the first half of 2024, the justice ministry said.",
  "asylum", 27250, "exact", "VE", "BR", "2024-01", "2024-06", "Brazil's justice ministry")
C(5, "Fewer than 1,000", "Fewer than 1,000 Venezuelans have gone back through Pacaraima since the election, the border post's records show, compared with several thousand a month last year.",
  "returns", 1000, "at_most", "VE", "BR", EL, P, "the border post's records", place=PAC)
C(5, "nearly seventy thousand", "In Ecuador, which requires Venezuelans to hold a visa, the interior ministry said nearly seventy thousand Venezuelans had registered under the 2023 regularisation process.",
  "residents", 70000, "nearly", "VE", "EC", "2023", P, "Ecuador's interior ministry")

# ---- 06 Adre live blog (Friday 2023-06-16, truncated; Wed/Thu = 06-14/06-15, Tuesday = 06-13,
#      "this week" = 06-12..06-16, "last week" = 06-05..06-11; war began 2023-04-15)
P = "2023-06-16"; SW = "2023-04-15"
C(6, "12,000", "Sudan live: 12,000 cross into Chad in two days as El Geneina empties",
  "arrivals", 12000, "exact", "SD", "TD", "2023-06-14", "2023-06-15", None)
C(6, "More than 12,000", "More than 12,000 people crossed from West Darfur into Chad at Adre on Wednesday and Thursday, the UN refugee agency's office in N'Djamena said, many of them fleeing the killings in El Geneina, 27 km from the border.",
  "arrivals", 12000, "at_least", "SD", "TD", "2023-06-14", "2023-06-15", "the UN refugee agency's office in N'Djamena", place="Adre")
C(6, "1,500 to 2,000", "Aid workers at the crossing estimate 1,500 to 2,000 arrivals daily this week, most of them women and children.",
  "arrivals", (1500, 2000), "range", "SD", "TD", "2023-06-12", P, "Aid workers at the crossing", per="day", place="Adre")
q = "Chad's government says the country has received 149 thousand Sudanese refugees since the war began on 15 April, along with some 40,000 Chadians who had lived in Sudan for years and have now come home."
C(6, "149 thousand", q, "arrivals", 149000, "exact", "SD", "TD", SW, P, "Chad's government")
C(6, "some 40,000", q, "returns", 40000, "approx", "TD", "SD", SW, P, "Chad's government")
C(6, "31,600", "Registration teams in Adre have recorded 31,600 new arrivals since 1 June, a WFP spokesperson added.",
  "arrivals", 31600, "exact", "SD", "TD", "2023-06-01", P, "a WFP spokesperson", place="Adre")
C(6, "13 500", "In the Central African Republic, local authorities report 13 500 Sudanese arrivals in Am Dafok since late April.",
  "arrivals", 13500, "exact", "SD", "CF", "2023-04", P, "local authorities", place="Am Dafok")
C(6, "255,000", "Egypt's foreign ministry said on Tuesday that 255,000 Sudanese had entered Egypt through its southern crossings since the fighting began.",
  "arrivals", 255000, "exact", "SD", "EG", SW, "2023-06-13", "Egypt's foreign ministry")
C(6, "1,480", "South Sudan's refugee commission said 1,480 Sudanese refugees crossed at Joda last week, fewer than it had prepared for.",
  "arrivals", 1480, "exact", "SD", "SS", "2023-06-05", "2023-06-11", "South Sudan's refugee commission", place="Joda")

# ---- 07 Syria returns explainer (published Tuesday 2025-03-11; fall of Damascus 2024-12-08;
#      "in the past week" = 2025-03-04..03-11)
P = "2025-03-11"; F = "2024-12-08"; TIM = "Turkey's interior ministry"
C(7, "133,000", "Turkey's interior ministry said that 133,000 Syrians had returned voluntarily from Turkey between 8 December and early March.",
  "returns", 133000, "exact", "SY", "TR", F, "2025-03", TIM)
C(7, "about 1,800", "The pace was highest at the start: in the first week after the fall of the government, about 1,800 a day went back through the Cilvegözü gate alone, according to Turkish customs officials.",
  "returns", 1800, "approx", "SY", "TR", F, "2024-12-14", "Turkish customs officials", per="day", place="Cilvegözü")
C(7, "Roughly 114,000", "Roughly 114,000 Syrians went back from Turkey in the whole of 2024 up to the fall of Damascus, the ministry says, many of them under pressure from police.",
  "returns", 114000, "approx", "SY", "TR", "2024-01-01", F, TIM)
q = "Just under 2.9 million Syrians held temporary protection in Turkey at the end of February, down from about 3.1m a year earlier."
C(7, "Just under 2.9 million", q, "residents", 2900000, "nearly", "SY", "TR", None, "2025-02", None)
C(7, "about 3.1m", q, "residents", 3100000, "approx", "SY", "TR", None, "2024-02", None)
C(7, "280 000", "UNHCR estimates that 280 000 refugees returned to Syria from neighbouring countries between December and the end of February.",
  "returns", 280000, "exact", "SY", None, "2024-12", "2025-02", "UNHCR")
C(7, "52.800", "Jordan's interior ministry says 52.800 Syrians crossed home through the Jaber crossing in the same period.",
  "returns", 52800, "exact", "SY", "JO", "2024-12", "2025-02", "Jordan's interior ministry", place="Jaber")
C(7, "fewer than 5,000", "From Iraq's Kurdistan region, fewer than 5,000 have gone back, according to the regional government.",
  "returns", 5000, "at_most", "SY", "IQ", F, P, "the regional government", place="Kurdistan region")
C(7, "tens of thousands", "After the killings on the coast, Lebanon's General Security said tens of thousands of Syrians, many of them Alawites, had crossed into northern Lebanon in the past week, most of them through unofficial crossings on the Nahr al-Kabir river.",
  "arrivals", TTH, "order", "SY", "LB", "2025-03-04", P, "Lebanon's General Security")
C(7, "76,765", "Syrians lodged 76,765 first-time asylum applications in Germany in 2024, according to the federal migration office.",
  "asylum", 76765, "exact", "SY", "DE", "2024", "2024", "the federal migration office")

# ---- 08 Haiti op-ed (published 2024-10-29; "last year" = 2023)
P = "2024-10-29"
q = "The Dominican government says it deported more than 276,000 Haitians in 2023, and the migration directorate says roughly 27,000 were sent back across the border in the first three weeks of October alone."
C(8, "more than 276,000", q, "returns", 276000, "at_least", "HT", "DO", "2023", "2023", "The Dominican government")
C(8, "roughly 27,000", q, "returns", 27000, "approx", "HT", "DO", "2024-10-01", "2024-10-21", "the migration directorate")
C(8, "between 500,000 and 800,000", "Somewhere between 500,000 and 800,000, depending on who is counting.",
  "residents", (500000, 800000), "range", "HT", "DO", None, P, None)
C(8, "497,825", "The last national immigrant survey, in 2017, found 497,825 Haitian-born residents, based on interviews in 4,700 households.",
  "residents", 497825, "exact", "HT", "DO", "2017", "2017", "The last national immigrant survey")
C(8, "as many as 300,000", "My own estimate, and it is only that, is that as many as 300,000 have crossed since the gangs took hold of Port-au-Prince in 2021.",
  "arrivals", 300000, "at_most", "HT", "DO", "2021", P, None)
q = "An estimated 182 thousand Haitians lived there at the end of 2021, according to the national statistics institute, but tens of thousands of them have since left Chile for Mexico and the United States."
C(8, "An estimated 182 thousand", q, "residents", 182000, "approx", "HT", "CL", None, "2021-12", "the national statistics institute")
C(8, "tens of thousands", q, "arrivals", TTH, "order", "CL", "NORTH_AMERICA", "2021-12", P, None)
C(8, "Well over 200,000", "Well over 200,000 Haitians have entered the United States under the humanitarian parole programme since January 2023.",
  "arrivals", 200000, "at_least", "HT", "US", "2023-01", P, None)
C(8, "67,000", "Mexico received 67,000 asylum requests from Haitians last year, more than from any other nationality.",
  "asylum", 67000, "exact", "HT", "MX", "2023", "2023", None)

# ---- 09 Quetta daily (Wednesday 2025-07-09; Monday = 07-07; "last week" = 06-30..07-06)
P = "2025-07-09"; IQ = "Islam Qala"
C(9, "5 lakh", "5 lakh Afghans return from Iran in five weeks; Islam Qala overwhelmed",
  "returns", 500000, "exact", "AF", "IR", "2025-06-01", P, None)
C(9, "Over 5 lakh", "QUETTA: Over 5 lakh Afghans have returned from Iran since June 1, the Afghan refugees and repatriation ministry in Kabul has said, as Tehran's deadline for undocumented foreigners to leave the country expired on Sunday.",
  "returns", 500000, "at_least", "AF", "IR", "2025-06-01", P, "the Afghan refugees and repatriation ministry in Kabul")
C(9, "around 31,000", "On Monday alone, around 31,000 Afghans crossed at Islam Qala in Herat province, ministry officials told this correspondent by telephone.",
  "returns", 31000, "approx", "AF", "IR", "2025-07-07", "2025-07-07", "ministry officials", place=IQ)
C(9, "8 thousand to 9 thousand", "At the Milak crossing in Nimroz, the count was 8 thousand to 9 thousand returnees daily last week, a provincial official said.",
  "returns", (8000, 9000), "range", "AF", "IR", "2025-06-30", "2025-07-06", "a provincial official", per="day", place="Milak")
C(9, "1.6 lakh", "The IOM counted 1.6 lakh deportations from Iran in June, the remainder being so-called spontaneous returns by families who preferred to leave before being detained.",
  "returns", 160000, "exact", "AF", "IR", "2025-06", "2025-06", "The IOM")
q = "Trucks and buses carrying returnees queued for 6 km on the Iranian side on Monday, and families said they had waited 20 hours in temperatures of 46 degrees Celsius."
C(9, "6 km", q, "queue", 6, "exact", "IR", "AF", None, "2025-07-07", None, unit="km", place=IQ)
C(9, "20 hours", q, "queue", 20, "exact", "IR", "AF", None, "2025-07-07", "families", unit="hours", place=IQ)
q = "Iran hosts an estimated 35 lakh Afghans, of which nearly 20 lakh are undocumented, according to figures cited by Iranian state television."
C(9, "an estimated 35 lakh", q, "residents", 3500000, "approx", "AF", "IR", None, P, "Iranian state television")
C(9, "nearly 20 lakh", q, "residents", 2000000, "nearly", "AF", "IR", None, P, "Iranian state television")
C(9, "As many as 5,000", "As many as 5,000 Afghans entered Iran illegally each day through Nimroz in 2024, Iranian border officials claimed at the time.",
  "arrivals", 5000, "at_most", "AF", "IR", "2024", "2024", "Iranian border officials", per="day")
q = "Since the Illegal Foreigners Repatriation Plan began in November 2023, over 9,80,000 Afghans have returned from Pakistan, including some 1,35,000 deported, according to the provincial home department."
C(9, "over 9,80,000", q, "returns", 980000, "at_least", "AF", "PK", "2023-11", P, "the provincial home department")
C(9, "some 1,35,000", q, "returns", 135000, "approx", "AF", "PK", "2023-11", P, "the provincial home department")
C(9, "about 600", "Officials at Chaman said about 600 Afghans a day were still crossing home, down from several thousand at the peak.",
  "returns", 600, "approx", "AF", "PK", None, P, "Officials at Chaman", per="day", place="Chaman")

# ---- 10 digest (Tuesday 2023-12-05; Sunday = 12-03; "last month" = 2023-11; offensive 2023-09-19)
P = "2023-12-05"; OFF = "2023-09-19"
q = "Two boats carrying 315 Rohingya landed in Pidie district on Sunday, bringing the number who have reached Aceh by sea from the camps in Cox's Bazar since mid-November to about 1,500, according to the provincial social affairs office."
C(10, "315", q, "arrivals", 315, "exact", "BD", "ID", "2023-12-03", "2023-12-03", "the provincial social affairs office", place="Pidie")
C(10, "about 1,500", q, "arrivals", 1500, "approx", "BD", "ID", "2023-11", P, "the provincial social affairs office", place="Aceh")
C(10, "101,848", "Armenian officials now say 101,848 people from Nagorno-Karabakh have registered with the migration service since the September offensive.",
  "residents", 101848, "exact", "AZ", "AM", OFF, P, "Armenian officials")
q = "In the first week after the offensive, as many as 20,000 a day crossed into Armenia at Kornidzor, and on 26 September the line of cars on the road to Kornidzor stretched for 17 kilometres."
C(10, "as many as 20,000", q, "arrivals", 20000, "at_most", "AZ", "AM", OFF, "2023-09-25", None, per="day", place="Kornidzor")
C(10, "17 kilometres", q, "queue", 17, "exact", "AZ", "AM", None, "2023-09-26", None, unit="km", place="Kornidzor")
C(10, "About 4,300", "About 4,300 of them have since left Armenia again, the migration service said.",
  "departures", 4300, "approx", "AM", None, OFF, P, "the migration service")
C(10, "Around 9,700", "Around 9,700 Burundian refugees went home from the Nduta and Nyarugusu camps last month under the tripartite repatriation programme, UNHCR's office in Kibondo said.",
  "returns", 9700, "approx", "BI", "TZ", "2023-11", "2023-11", "UNHCR's office in Kibondo")
C(10, "some 120,000", "Tanzania still hosts some 120,000 Burundians, most of whom arrived after the 2015 crisis.",
  "residents", 120000, "approx", "BI", "TZ", None, P, None)
C(10, "2,480", "Rwanda's emergency management ministry registered 2,480 Congolese at the Nkamira transit centre in Rubavu last month, as fighting between M23 rebels and the army moved towards Sake.",
  "arrivals", 2480, "exact", "CD", "RW", "2023-11", "2023-11", "Rwanda's emergency management ministry", place="Rubavu")
C(10, "just over 80,000", "Rwanda now hosts just over 80,000 Congolese refugees, many of them in Mahama camp, which was built for 60,000.",
  "residents", 80000, "at_least", "CD", "RW", None, P, None)

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} claims written")
