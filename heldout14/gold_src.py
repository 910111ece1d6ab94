#!/usr/bin/env python3
"""heldout14: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h14_01_georgia_upper_lars_wire.txt", 2: "h14_02_finland_narva_tv_transcript.md",
     3: "h14_03_russian_exodus_opinion.html", 4: "h14_04_relocation_newsletter.txt",
     5: "h14_05_karabakh_ngo_sitrep.md", 6: "h14_06_peru_venezuelans_stats.txt",
     7: "h14_07_ukrainians_poland_slovakia_longread.html", 8: "h14_08_afghan_evacuation_indian_daily.txt",
     9: "h14_09_rohingya_interview.md", 10: "h14_10_cubans_nicaraguans_blog.html"}
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


def row(d, label):
    """A table row of a plain-text document, as written (leading indentation stripped)."""
    with open(os.path.join(HERE, "docs", D[d]), encoding="utf-8") as f:
        for line in f:
            if line.strip().startswith(label + " "):
                return line.strip()
    raise KeyError(label)


# ---- 01 Georgia wire (published Tuesday 2022-09-27; decree 2022-09-21 (Wednesday); "on Monday" = 09-26,
#      "between Wednesday and Monday evening" = 09-21..09-26, "a week earlier" than Monday = 09-19)
M = "2022-09-21"; P = "2022-09-27"; MON = "2022-09-26"; GIM = "Georgia's interior ministry"; UL = "Upper Lars"
q = "Georgia logs 10,000 Russian arrivals a day at Upper Lars as queue stretches over 15 km"
C(1, "10,000", q, "arrivals", 10000, "exact", "RU", "GE", None, P, "Georgia", per="day", place=UL)
C(1, "over 15 km", q, "queue", 15, "at_least", "RU", "GE", None, P, None, unit="km", place=UL)
q = "TBILISI, Sept 27 (Caucasus Newswire) - Around 10,000 Russians a day are now entering Georgia through the Upper Lars crossing, Georgia's interior ministry said on Tuesday, six days after President Vladimir Putin ordered the call-up of 300,000 reservists."
C(1, "Around 10,000", q, "arrivals", 10000, "approx", "RU", "GE", None, P, GIM, per="day", place=UL)
C(1, "300,000", q, "mobilized", 300000, "exact", "RU", None, M, M, None, pop="reservists")
q = "In total, 53,132 Russian citizens entered Georgia between Wednesday and Monday evening, while 21,470 left the country over the same period, the ministry said in a statement."
C(1, "53,132", q, "arrivals", 53132, "exact", "RU", "GE", M, MON, GIM)
C(1, "21,470", q, "departures", 21470, "exact", "GE", None, M, MON, GIM)
C(1, "between 4,000 and 5,000", "Before the decree, between 4,000 and 5,000 Russians a day crossed into Georgia at Upper Lars, most of them tourists and truck drivers, according to the ministry.",
  "arrivals", (4000, 5000), "range", "RU", "GE", None, "2022-09-20", GIM, per="day", place=UL)
q = "On Tuesday morning the line of cars on the Russian side of the border stretched for more than 15 kilometres, and drivers told Caucasus Newswire they had waited 20 to 30 hours."
C(1, "more than 15 kilometres", q, "queue", 15, "at_least", "RU", "GE", None, P, None, unit="km", place=UL)
C(1, "20 to 30 hours", q, "queue", (20, 30), "range", "RU", "GE", None, P, "drivers", unit="hours", place=UL)
C(1, "some 5,500", "Authorities in North Ossetia said on Monday that some 5,500 vehicles were waiting to reach the border post, and that a mobile enlistment office would be opened at the checkpoint.",
  "queue", 5500, "approx", "RU", "GE", None, MON, "Authorities in North Ossetia", unit="vehicles", place=UL)
C(1, "261,000", "The independent outlet Nevod Media, citing a source in the presidential administration, reported on Monday that 261,000 men had left Russia since the decree.",
  "departures", 261000, "exact", "RU", None, M, MON, "Nevod Media, citing a source in the presidential administration", pop="men")
C(1, "98,000", "Kazakhstan's interior ministry said 98,000 Russians had arrived in the country since the decree.",
  "arrivals", 98000, "exact", "RU", "KZ", M, P, "Kazakhstan's interior ministry")
C(1, "more than 3,000", "Mongolia's border agency reported more than 3,000 entries by Russian citizens in four days.",
  "arrivals", 3000, "at_least", "RU", "MN", M, P, "Mongolia's border agency")
q = "Finland's border guard said 8,572 Russians entered Finland by land on Monday, compared with 4,171 on the same day a week earlier."
C(1, "8,572", q, "arrivals", 8572, "exact", "RU", "FI", MON, MON, "Finland's border guard")
C(1, "4,171", q, "arrivals", 4171, "exact", "RU", "FI", "2022-09-19", "2022-09-19", "Finland's border guard")

# ---- 02 TV transcript (broadcast Friday 2022-09-30; "On Thursday"/"Yesterday" = 09-29; "last weekend" = 09-24..09-25;
#      "the week after the mobilization was announced / the decree" = 09-21..09-27)
P = "2022-09-30"; W1 = "2022-09-27"; FBG = "the Finnish Border Guard"
C(2, "43,000", "Finland shuts its eastern door after 43,000 Russians cross in a week",
  "arrivals", 43000, "exact", "RU", "FI", M, W1, None)
C(2, "43,000", "Liisa, the Finnish Border Guard told us that 43,000 Russians entered Finland across the south-eastern land border in the week after the mobilization was announced.",
  "arrivals", 43000, "exact", "RU", "FI", M, W1, FBG)
C(2, "almost 7,000", "On Thursday, the last day before the ban, almost 7,000 came through here and at Nuijamaa, and this afternoon it was down to a few hundred.",
  "arrivals", 7000, "nearly", "RU", "FI", "2022-09-29", "2022-09-29", FBG)
C(2, "about 3 kilometres", "Yesterday the line of cars on the Russian side was about 3 kilometres long; tonight it is gone.",
  "queue", 3, "approx", "RU", "FI", None, "2022-09-29", None, unit="km", place="Vaalimaa")
C(2, "around 6,000", "The airport operator says around 6,000 Russians flew out of Helsinki-Vantaa last weekend alone.",
  "departures", 6000, "approx", "FI", None, "2022-09-24", "2022-09-25", "The airport operator", place="Helsinki-Vantaa")
C(2, "17", "And 17 Russians have applied for asylum at the border since the mobilization, the Border Guard says.",
  "asylum", 17, "exact", "RU", "FI", M, P, "the Border Guard")
C(2, "about 1,500", "In 2019 about 1,500 Russians a day crossed into Finland here at Vaalimaa.",
  "arrivals", 1500, "approx", "RU", "FI", "2019", "2019", None, per="day", place="Vaalimaa")
C(2, "3 350", "Still, the Police and Border Guard Board says 3 350 Russian citizens crossed into Estonia here in the week after the decree, most with residence permits or family ties.",
  "arrivals", 3350, "exact", "RU", "EE", M, W1, "the Police and Border Guard Board", place="Narva")
C(2, "up to six hours", "On the Ivangorod side, pedestrians waited up to six hours last weekend.",
  "queue", 6, "at_most", "RU", "EE", None, "2022-09-25", None, unit="hours", place="Narva")
C(2, "between 200,000 and 300,000", "Putting together the border figures from Kazakhstan, Georgia, Finland and Mongolia, my estimate is between 200,000 and 300,000 in the first week.",
  "departures", (200000, 300000), "range", "RU", None, M, W1, "Pekka Laine")

# ---- 03 opinion column (published 2023-03-15; invasion 2022-02-24; "last September" = 2022-09; "in the past year" = 2022-03-15..2023-03-15)
P = "2023-03-15"; INV = "2022-02-24"
C(3, "hundreds of thousands", 'The most honest one is "hundreds of thousands", and I suspect it will stay that way for years.',
  "departures", (100000, 999999), "order", "RU", None, INV, P, None)
C(3, "about 400,000", "The lowest estimate I have seen, from the Kremlin-friendly Institute for Social Forecasting, is about 400,000 people since the invasion.",
  "departures", 400000, "approx", "RU", None, INV, P, "the Institute for Social Forecasting")
C(3, "as many as 1.2m", "The highest, from the exile think tank Exodus Analytics, is that as many as 1.2m Russians have left since February 2022.",
  "departures", 1200000, "at_most", "RU", None, "2022-02", P, "Exodus Analytics")
C(3, "300,000", "The call-up of 300,000 reservists last September is what turned a trickle into a flood, and it is also what makes the numbers so hard to read.",
  "mobilized", 300000, "exact", "RU", None, M, M, None, pop="reservists")
C(3, "112,000", "Georgia counted 112,000 Russians still living there at the end of December.",
  "residents", 112000, "exact", "RU", "GE", None, "2022-12", "Georgia")
C(3, "roughly 140,000", "Turkey's migration directorate says roughly 140,000 Russians held residence permits at the end of 2022.",
  "residents", 140000, "approx", "RU", "TR", None, "2022-12", "Turkey's migration directorate")
C(3, "more than 30,000", "Tiny Montenegro, with a population of about 620,000, says more than 30,000 Russians have registered temporary residence since the war began.",
  "residents", 30000, "at_least", "RU", "ME", INV, P, "Montenegro")
C(3, "100,000", "Kazakhstan, by its own account, is still home to perhaps 100,000 of the Russians who arrived after the decree.",
  "residents", 100000, "exact", "RU", "KZ", M, P, "Kazakhstan")
C(3, "about 43,000", "Israel received about 43,000 immigrants from Russia in 2022.",
  "arrivals", 43000, "approx", "RU", "IL", "2022", "2022", None)
C(3, "an estimated 5,800", "According to the national migration directorate, an estimated 5,800 pregnant Russian women arrived in Buenos Aires in the past year to give birth, drawn by a passport that allows visa-free travel to more than 170 countries.",
  "arrivals", 5800, "approx", "RU", "AR", "2022-03-15", P, "the national migration directorate", place="Buenos Aires",
  pop="pregnant_women")
C(3, "over 300,000", "Presidential aide Oleg Varnikov claims that over 300,000 people have returned to Russia since October.",
  "returns", 300000, "at_least", "RU", None, "2022-10", P, "Presidential aide Oleg Varnikov")

# ---- 04 newsletter (published Friday 2023-02-03; "on Monday" = 01-30; "last year" = 2022; "in January" = 2023-01;
#      "four months after the mobilization decree" = 2022-09-21..2023-01-21)
P = "2023-02-03"; KIM = "the interior ministry"
C(4, "431,000", "Kazakhstan recorded 431,000 entries by Russian citizens in the four months after the mobilization decree, the interior ministry said on Monday.",
  "arrivals", 431000, "exact", "RU", "KZ", M, "2023-01-21", KIM)
C(4, "about 96,000", "Only about 96,000 of them are still in the country.",
  "residents", 96000, "approx", "RU", "KZ", M, "2023-01-30", KIM)
C(4, "18.250", "The State Migration Service says 18.250 Russians registered their stay in Bishkek in 2022.",
  "residents", 18250, "exact", "RU", "KG", "2022", "2022", "The State Migration Service", place="Bishkek")
C(4, "as many as 4,000", "In the first week of October, as many as 4,000 Russians a day landed at Manas airport.",
  "arrivals", 4000, "at_most", "RU", "KG", "2022-10-01", "2022-10-07", None, per="day", place="Manas airport")
q = "Norwegian police counted 1 102 Russian citizens crossing into Norway at Storskog in January, up from 725 in January 2022."
C(4, "1 102", q, "arrivals", 1102, "exact", "RU", "NO", "2023-01", "2023-01", "Norwegian police", place="Storskog")
C(4, "725", q, "arrivals", 725, "exact", "RU", "NO", "2022-01", "2022-01", "Norwegian police", place="Storskog")
C(4, "Some 10,500", "Some 10,500 Russians entered Argentina last year, according to the national migration directorate.",
  "arrivals", 10500, "approx", "RU", "AR", "2022", "2022", "the national migration directorate")
C(4, "About 4,000", "About 4,000 of them were women in late pregnancy, the directorate said.",
  "arrivals", 4000, "approx", "RU", "AR", "2022", "2022", "the directorate", pop="pregnant_women")
C(4, "about 1,000", "Montenegro's interior ministry says about 1,000 Russians a month are still applying for temporary residence.",
  "residents", 1000, "approx", "RU", "ME", None, P, "Montenegro's interior ministry", per="month")
C(4, "tens of thousands", "The Relocation Monitor, a volunteer project that tracks flights and border data, estimates that tens of thousands of Russians returned home from Georgia in the first two weeks of January.",
  "returns", (10000, 99999), "order", "RU", "GE", "2023-01-01", "2023-01-14", "The Relocation Monitor")
C(4, "42 thousand", "The number of Russians holding residence permits in Antalya province fell to 42 thousand in January, the provincial migration office said.",
  "residents", 42000, "exact", "RU", "TR", None, "2023-01", "the provincial migration office", place="Antalya")

# ---- 05 NGO sitrep (issued Monday 2023-10-02, covering 24 Sept - 1 Oct 2023; exodus began 2023-09-24).
#      Cumulative sitrep figures are dated to the end of the covered period (2023-10-01).
E = "2023-10-01"; X = "2023-09-24"
C(5, "More than 100,000", "**More than 100,000** people have arrived in Armenia from Nagorno-Karabakh since the exodus began on 24 September.",
  "arrivals", 100000, "at_least", "AZ", "AM", X, E, None)
C(5, "100,514", "Following the military offensive of 19-20 September, the Government of Armenia reports that **100,514** people had crossed into Armenia through the Hakari bridge checkpoint near Kornidzor as of 18:00 on 1 October.",
  "arrivals", 100514, "exact", "AZ", "AM", X, E, "the Government of Armenia", place="Kornidzor")
C(5, "65,036", "The previous report (Sitrep No. 3) gave 65,036 arrivals as of 28 September.",
  "arrivals", 65036, "exact", "AZ", "AM", X, "2023-09-28", None)
C(5, "more than 28,000", "Daily arrivals peaked at more than 28,000 on 27 September.",
  "arrivals", 28000, "at_least", "AZ", "AM", "2023-09-27", "2023-09-27", None)
C(5, "Fewer than 300", "Fewer than 300 people crossed on 1 October, and local contacts say only a few hundred people remain in Stepanakert.",
  "arrivals", 300, "at_most", "AZ", "AM", E, E, None)
q = "On 26 and 27 September, vehicles queued on the Lachin road for as long as 36 hours, in a line of some 15 km."
C(5, "as long as 36 hours", q, "queue", 36, "at_most", "AZ", "AM", None, "2023-09-27", None, unit="hours")
C(5, "some 15 km", q, "queue", 15, "approx", "AZ", "AM", None, "2023-09-27", None, unit="km")
C(5, "around 62,000", "The Ministry of Labour and Social Affairs says around 62,000 of the new arrivals have registered for the government's temporary housing support.",
  "residents", 62000, "approx", "AZ", "AM", X, E, "The Ministry of Labour and Social Affairs")
q = "Among the arrivals, about 30,500 are children and about 2,100 are pregnant women, according to the Ministry of Health."
C(5, "about 30,500", q, "arrivals", 30500, "approx", "AZ", "AM", X, E, "the Ministry of Health", pop="other")
C(5, "about 2,100", q, "arrivals", 2100, "approx", "AZ", "AM", X, E, "the Ministry of Health", pop="pregnant_women")
C(5, "around 2,000", "Border data indicate that around 2,000 of the new arrivals have already left Armenia again.",
  "departures", 2000, "approx", "AM", None, X, E, "Border data")
C(5, "about 4,200", "In Goris, about 4,200 people were staying in temporary shelters on 1 October, in buildings with a combined capacity of 3,000.",
  "residents", 4200, "approx", "AZ", "AM", None, E, None, place="Goris")

# ---- 06 Peru statistics release (published 2024-02-20; reference month January 2024). The release's own figures: source null.
P = "2024-02-20"; J = "2024-01-31"
C(6, "862.303", "As of 31 January 2024, 862.303 Venezuelan nationals held a valid Temporary Permanence Permit (CPP) or a foreigner's residence card in Peru.",
  "residents", 862303, "exact", "VE", "PE", None, J, None)
C(6, "around 1.5 million", "The Office estimates the total Venezuelan population in Peru, including persons without documents, at around 1.5 million.",
  "residents", 1500000, "approx", "VE", "PE", None, P, None)
for label, txt, v, place in [("Lima/Callao", "611.021", 611021, "Lima/Callao"), ("La Libertad", "71.685", 71685, "La Libertad"),
                             ("Arequipa", "44.791", 44791, "Arequipa"), ("Tumbes", "13.684", 13684, "Tumbes"),
                             ("Other regions", "121.122", 121122, None), ("TOTAL", "862.303", 862303, None)]:
    C(6, txt, row(6, label), "residents", v, "exact", "VE", "PE", None, J, None, place=place)
q = "In January 2024, 14.926 Venezuelan nationals entered Peru through the Binational Border Service Centre (CEBAF) in Tumbes, and 17.340 Venezuelan nationals left Peru through the same post."
C(6, "14.926", q, "arrivals", 14926, "exact", "VE", "PE", "2024-01", "2024-01", None, place="Tumbes")
C(6, "17.340", q, "departures", 17340, "exact", "PE", None, "2024-01", "2024-01", None, place="Tumbes")
C(6, "about 480", "Entries at Tumbes averaged about 480 a day during the month.",
  "arrivals", 480, "approx", "VE", "PE", "2024-01", "2024-01", None, per="day", place="Tumbes")
C(6, "21.450", "In January 2023, entries of Venezuelan nationals at Tumbes numbered 21.450.",
  "arrivals", 21450, "exact", "VE", "PE", "2023-01", "2023-01", None, place="Tumbes")
C(6, "268.772", "In 2023 as a whole, 268.772 Venezuelan nationals entered Peru through all border posts and airports.",
  "arrivals", 268772, "exact", "VE", "PE", "2023", "2023", None)
C(6, "1.063", "Venezuelan nationals filed 1.063 applications for refugee status in January 2024.",
  "asylum", 1063, "exact", "VE", "PE", "2024-01", "2024-01", None)
C(6, "532.000", "The number of pending refugee applications from Venezuelan nationals stands at 532.000 as of 31 January.",
  "asylum", 532000, "exact", "VE", "PE", None, J, None)

# ---- 07 long read (published 2024-02-24; invasion 2022-02-24; "first ten days" = 02-24..03-05; "this month" = 2024-02)
P = "2024-02-24"; INV = "2022-02-24"
C(7, "nearly a million", "Two years on, nearly a million Ukrainians still call Poland home",
  "residents", 1000000, "nearly", "UA", "PL", None, P, None)
C(7, "1.21 million", "In the first ten days of the war, 1.21 million people crossed from Ukraine into Poland, according to the Polish Border Guard.",
  "arrivals", 1210000, "exact", "UA", "PL", INV, "2022-03-05", "the Polish Border Guard")
C(7, "60 hours", "On 27 February 2022 the wait for cars at the Dorohusk crossing reached 60 hours, and volunteers walked the line handing out soup.",
  "queue", 60, "exact", "UA", "PL", None, "2022-02-27", None, unit="hours", place="Dorohusk")
C(7, "some 480,000", "By early April 2022, some 480,000 people had already crossed back into Ukraine from Poland, often mothers who had left children with grandparents or men who had driven their families to the border and turned round.",
  "returns", 480000, "approx", "UA", "PL", INV, "2022-04", None)
C(7, "roughly 950,000", "Today, the Office for Foreigners says, roughly 950,000 Ukrainians hold temporary protection in Poland.",
  "residents", 950000, "approx", "UA", "PL", None, P, "the Office for Foreigners")
q = "The number of active PESEL UKR identity numbers has fallen from 1 190 000 in August 2022 to 956 000 this month, as people moved on to Germany or went home."
C(7, "1 190 000", q, "residents", 1190000, "exact", "UA", "PL", None, "2022-08", None)
C(7, "956 000", q, "residents", 956000, "exact", "UA", "PL", None, "2024-02", None)
q = "The interior ministry has registered 133,000 people for temporary protection since March 2022, and about 113,000 of them still hold valid status."
C(7, "133,000", q, "residents", 133000, "exact", "UA", "SK", "2022-03", P, "The interior ministry")
C(7, "about 113,000", q, "residents", 113000, "approx", "UA", "SK", None, P, "The interior ministry")
C(7, "9 600", "At Vysne Nemecke, the main crossing from Ukraine, 9 600 people came through on 1 March 2022 alone.",
  "arrivals", 9600, "exact", "UA", "SK", "2022-03-01", "2022-03-01", None, place="Vysne Nemecke")
C(7, "more than 1.4 million", "In the two years since the invasion, more than 1.4 million people have gone back to Ukraine from Poland for good, the Border Guard estimates, although it admits its count of",
  "returns", 1400000, "at_least", "UA", "PL", INV, P, "the Border Guard")

# ---- 08 Indian daily (published Saturday 2021-08-28; dateline Friday 08-27; "on Tuesday" = 08-24;
#      "Over the past week" = 08-20..08-27; airlift "since August 14")
P = "2021-08-28"; F = "2021-08-27"; A = "2021-08-14"; MEA = "an External Affairs Ministry official"
q = "1.1 lakh flown out of Kabul; 46 Afghan Sikhs, Hindus land in Delhi"
C(8, "1.1 lakh", q, "departures", 110000, "exact", "AF", None, A, F, None)
C(8, "46", q, "arrivals", 46, "exact", "AF", "IN", "2021-08-24", "2021-08-24", None, place="Delhi", pop="other")
C(8, "Over 1.1 lakh", "Over 1.1 lakh people have been evacuated from Kabul airport since August 14, the White House said on Friday, even as the airlift entered its last days after Thursday's bombing outside the Abbey Gate, which killed dozens.",
  "departures", 110000, "at_least", "AF", None, A, F, "the White House")
q = "India has so far flown 612 people out of Afghanistan, among them 228 Afghan nationals, most of them Sikhs and Hindus, an External Affairs Ministry official told this newspaper."
C(8, "612", q, "arrivals", 612, "exact", "AF", "IN", A, F, MEA)
C(8, "228", q, "arrivals", 228, "exact", "AF", "IN", A, F, MEA)
C(8, "46", "A group of 46 Afghan Sikhs and Hindus landed at Delhi on Tuesday carrying three copies of the Guru Granth Sahib, and were received by Union ministers at the airport.",
  "arrivals", 46, "exact", "AF", "IN", "2021-08-24", "2021-08-24", None, place="Delhi", pop="other")
C(8, "About 40,000", "About 40,000 of those evacuated by Western countries have passed through Qatar, according to officials in Doha.",
  "arrivals", 40000, "approx", "AF", "QA", A, F, "officials in Doha")
C(8, "some 8,000 to 10,000", "At Chaman on the Pakistan border, some 8,000 to 10,000 people a day are crossing into Pakistan, Balochistan officials said, most of them traders and patients holding medical visas.",
  "arrivals", (8000, 10000), "range", "AF", "PK", None, F, "Balochistan officials", per="day", place="Chaman")
C(8, "as many as 4,000", "Over the past week, as many as 4,000 Afghans a day crossed into Iran at the Dogharoun crossing, according to an official of the Iranian Red Crescent, who added that Iran had set up camps with space for 15,000 near the border.",
  "arrivals", 4000, "at_most", "AF", "IR", "2021-08-20", F, "an official of the Iranian Red Crescent", per="day", place="Dogharoun")
q = "Pakistan already hosts about 14 lakh registered Afghan refugees and another 7.75 lakh Afghans holding Afghan Citizen Cards, according to Islamabad."
C(8, "about 14 lakh", q, "residents", 1400000, "approx", "AF", "PK", None, F, "Islamabad")
C(8, "7.75 lakh", q, "residents", 775000, "exact", "AF", "PK", None, F, "Islamabad")

# ---- 09 interview (published Monday 2017-11-20; interview "on Sunday" = 11-19; violence from 2017-08-25;
#      "first two weeks" = 08-25..09-07; "Last week" = 11-13..11-19). Her own statements: source "Nasrin Haque".
P = "2017-11-20"; S = "2017-11-19"; V = "2017-08-25"; NH = "Nasrin Haque"
C(9, "more than 600,000", "Since 25 August, more than 600,000 Rohingya have fled Myanmar's Rakhine state for Bangladesh.",
  "arrivals", 600000, "at_least", "MM", "BD", V, P, None)
C(9, "611,500", "The Cox's Bazar Coordination Cell counts 611,500 new arrivals since 25 August.",
  "arrivals", 611500, "exact", "MM", "BD", V, S, "The Cox's Bazar Coordination Cell")
q = "Before this, there were already about 300 000 Rohingya in the district from earlier influxes, so we are talking about close to a million people in a very small area."
C(9, "about 300 000", q, "residents", 300000, "approx", "MM", "BD", None, "2017-08-24", NH, place="Cox's Bazar")
C(9, "close to a million", q, "residents", 1000000, "nearly", "MM", "BD", None, S, NH, place="Cox's Bazar")
C(9, "up to 20,000", "In the first two weeks, up to 20,000 people a day were coming across at Shah Porir Dwip and Anjuman Para.",
  "arrivals", 20000, "at_most", "MM", "BD", V, "2017-09-07", NH, per="day")
C(9, "11,000", "On 16 October alone, 11,000 came across at Anjuman Para after they had waited in the paddy fields on the other side for days.",
  "arrivals", 11000, "exact", "MM", "BD", "2017-10-16", "2017-10-16", NH, place="Anjuman Para")
C(9, "10 to 12 hours", "People told us they waited 10 to 12 hours at the river for a boat, sometimes longer, and the boatmen charged 10,000 kyat per person.",
  "queue", (10, 12), "range", "MM", "BD", None, P, "people", unit="hours")
C(9, "about 300 to 400", "Last week it was about 300 to 400 a day.",
  "arrivals", (300, 400), "range", "MM", "BD", "2017-11-13", S, NH, per="day")
C(9, "over 400,000", "Kutupalong and the makeshift settlements around it now shelter over 400,000 people.",
  "residents", 400000, "at_least", "MM", "BD", None, S, NH, place="Kutupalong")
C(9, "a quarter of a million", "The Balukhali extension did not exist in August; today it holds a quarter of a million.",
  "residents", 250000, "exact", "MM", "BD", "2017-08", S, NH, place="Balukhali")
C(9, "some seventy thousand", "Between October 2016 and January 2017, some seventy thousand came over after the army operations that followed the attacks on border posts.",
  "arrivals", 70000, "approx", "MM", "BD", "2016-10", "2017-01", NH)

# ---- 10 blog (published Thursday 2023-01-12; US fiscal year 2022 = 2021-10-01..2022-09-30)
P = "2023-01-12"; FY0 = "2021-10"; FY1 = "2022-09"; COMAR = "Mexico's refugee commission"
C(10, "Nearly 230,000", "Nearly 230,000 Cubans in a year: what the new parole rules change",
  "arrivals", 230000, "nearly", "CU", "US", FY0, FY1, None)
q = "In fiscal year 2022, US border agents encountered nearly 230,000 Cubans and roughly 158 thousand Nicaraguans at the southwest border."
C(10, "nearly 230,000", q, "arrivals", 230000, "nearly", "CU", "US", FY0, FY1, None)
C(10, "roughly 158 thousand", q, "arrivals", 158000, "approx", "NI", "US", FY0, FY1, None)
q = "In December alone, 42,600 Cubans and 35,100 Nicaraguans were encountered."
C(10, "42,600", q, "arrivals", 42600, "exact", "CU", "US", "2022-12", "2022-12", None)
C(10, "35,100", q, "arrivals", 35100, "exact", "NI", "US", "2022-12", "2022-12", None)
C(10, "more than 20,000", "From September to November, more than 20,000 Nicaraguans each month were crossing into the United States.",
  "arrivals", 20000, "at_least", "NI", "US", "2022-09", "2022-11", None, per="month")
C(10, "an estimated 150,000", "Since Nicaragua dropped visa requirements for Cubans in November 2021, an estimated 150,000 Cubans have flown to Managua, most of them on charter flights carrying about 180 passengers each.",
  "arrivals", 150000, "approx", "CU", "NI", "2021-11", P, None, place="Managua")
q = "According to Mexico's refugee commission, Cubans filed 18,093 asylum claims in Mexico in 2022, and Nicaraguans filed some 3,900."
C(10, "18,093", q, "asylum", 18093, "exact", "CU", "MX", "2022", "2022", COMAR)
C(10, "some 3,900", q, "asylum", 3900, "approx", "NI", "MX", "2022", "2022", COMAR)
C(10, "1,840", "Mexico also returned 1,840 Cubans to Havana by air in 2022, according to Cuba's foreign ministry.",
  "returns", 1840, "exact", "CU", "MX", "2022", "2022", "Cuba's foreign ministry")

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(OUT)} claims written")
