#!/usr/bin/env python3
"""heldout7: build gold.jsonl from the compact hand-written claim list below. Edit here, then run."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
G = []
def C(doc, text, quote, measure, low, high, qual, origin, dest, place=None, pop="general",
      frm=None, to=None, source=None, unit="people", per=None):
    G.append({"doc": doc, "text": text, "quote": quote, "measure": measure, "unit": unit, "per": per,
              "low": low, "high": high, "qualifier": qual, "origin": origin, "destination": dest,
              "place": place, "population": pop, "from": frm, "to": to, "source": source})

# ---- g01 Burundi -> Tanzania / Rwanda / DRC, wire, published 2015-05-20 (Wed)
d = "g01_burundi_tanzania_wire.txt"; P = "2015-05-20"
C(d, "More than 100,000", "More than 100,000 Burundians have fled since April, UN agency says",
  "departures", 100000, None, "at_least", "BI", None, frm="2015-04", to=P, source="UN agency")
C(d, "More than 100,000", "KIGOMA, Tanzania, May 20 (Lakeside Wire) - More than 100,000 Burundians have fled into neighbouring countries since the political crisis erupted in late April, the regional office of the UN refugee agency said on Wednesday, as overloaded boats kept landing on the Tanzanian shore of Lake Tanganyika.",
  "departures", 100000, None, "at_least", "BI", None, frm="2015-04", to=P, source="the regional office of the UN refugee agency")
C(d, "Some 64,000", "Some 64,000 people have crossed into the Kigoma region since April 26, when protests against the president's bid for a third term began, according to Tanzania's home affairs ministry.",
  "arrivals", 64000, 64000, "approx", "BI", "TZ", place="Kigoma", frm="2015-04-26", to=P, source="Tanzania's home affairs ministry")
C(d, "between 3,000 and 4,000", "Most of them reached the fishing village of Kagunga, a strip of beach reachable only by water, where officials said between 3,000 and 4,000 people were arriving a day at the peak last week.",
  "arrivals", 3000, 4000, "range", "BI", "TZ", place="Kagunga", frm="2015-05-11", to="2015-05-17", source="officials", per="day")
C(d, "4,817", "\"We counted 4,817 arrivals on Sunday alone, and the beach was already full,\" said Halima Mrisho, a district coordinator for the ministry.",
  "arrivals", 4817, 4817, "exact", "BI", "TZ", place="Kagunga", frm="2015-05-17", to="2015-05-17", source="Halima Mrisho")
C(d, "26,300", "Rwanda's ministry for disaster management said 26,300 Burundians had registered at its new Mahama camp and at transit centres near the border, while a further 9,000-10,000 had crossed into South Kivu in the Democratic Republic of Congo, according to local authorities there.",
  "residents", 26300, 26300, "exact", "BI", "RW", place="Mahama", frm="2015-04-26", to=P, source="Rwanda's ministry for disaster management")
C(d, "9,000-10,000", "Rwanda's ministry for disaster management said 26,300 Burundians had registered at its new Mahama camp and at transit centres near the border, while a further 9,000-10,000 had crossed into South Kivu in the Democratic Republic of Congo, according to local authorities there.",
  "arrivals", 9000, 10000, "range", "BI", "CD", place="South Kivu", frm="2015-04-26", to=P, source="local authorities there")
C(d, "1,200", "Burundi's government spokesman, Gervais Nkurunziza, told reporters in Bujumbura that 1,200 people had already returned home from Tanzania in the past ten days and called the refugee figures \"exaggerated by the opposition\".",
  "returns", 1200, 1200, "exact", "BI", "TZ", frm="2015-05-10", to=P, source="Gervais Nkurunziza")
C(d, "hundreds of thousands", "The last large exodus from Burundi came during the civil war that ended in 2005, when hundreds of thousands of people sought safety in western Tanzania.",
  "arrivals", 100000, 999999, "order", "BI", "TZ", frm=None, to="2005")

# ---- g02 Nagorno-Karabakh -> Armenia, live blog, published 2023-09-27 (Wed)
d = "g02_karabakh_liveblog.html"; P = "2023-09-27"; OFF = "2023-09-19"
C(d, "50,000", "Live: Karabakh exodus passes 50,000 as depot blast toll rises",
  "departures", 50000, None, "at_least", "AZ", None, frm=OFF, to=P)
C(d, "50,243", "Armenia's government said 50,243 forcibly displaced people had entered the country from Nagorno-Karabakh as of 5 a.m. today, up from 28,120 at the same hour on Tuesday.",
  "arrivals", 50243, 50243, "exact", "AZ", "AM", frm=OFF, to=P, source="Armenia's government")
C(d, "28,120", "Armenia's government said 50,243 forcibly displaced people had entered the country from Nagorno-Karabakh as of 5 a.m. today, up from 28,120 at the same hour on Tuesday.",
  "arrivals", 28120, 28120, "exact", "AZ", "AM", frm=OFF, to="2023-09-26", source="Armenia's government")
C(d, "about 40 km", "The column of cars on the Lachin road leading down to the Kornidzor checkpoint is now about 40 km long, our correspondent says.",
  "queue", 40, 40, "approx", "AZ", "AM", place="Kornidzor", to=P, unit="km")
C(d, "more than 30 hours", "Some drivers told her they had been waiting more than 30 hours without food.",
  "queue", 30, None, "at_least", "AZ", "AM", place="Kornidzor", to=P, unit="hours", source="Some drivers")
C(d, "some 1,500", "A convoy of buses carrying some 1,500 people, mostly elderly residents and children from the Martuni area, left Stepanakert for Goris this morning, the local administration said.",
  "arrivals", 1500, 1500, "approx", "AZ", "AM", place="Goris", frm=P, to=P, source="the local administration")
C(d, "About 2,700", "About 2,700 people registered overnight at the humanitarian centre set up in the Goris theatre, volunteers there told us.",
  "residents", 2700, 2700, "approx", "AZ", "AM", place="Goris", frm="2023-09-26", to=P, source="volunteers there")
C(d, "more than 50,000", "In the eight days since Azerbaijan's offensive began on 19 September, more than 50,000 people – over 40% of the enclave's estimated population – have crossed into Armenia.",
  "arrivals", 50000, None, "at_least", "AZ", "AM", frm=OFF, to=P)

# ---- g03 Myanmar -> Thailand (Mae Sot), Q&A explainer, published 2024-04-16 (Tue)
d = "g03_maesot_explainer.md"; P = "2024-04-16"
C(d, "thousands", "# Explainer: Why thousands crossed from Myawaddy to Mae Sot, and how many stayed",
  "arrivals", 1000, 9999, "order", "MM", "TH", place="Mae Sot", frm="2024-04-10", to=P)
C(d, "roughly 3,000", "Thailand's Tak province authorities said roughly 3,000 people crossed Friendship Bridge No. 2 into Mae Sot on 11 April alone.",
  "arrivals", 3000, 3000, "approx", "MM", "TH", place="Friendship Bridge No. 2", frm="2024-04-11", to="2024-04-11", source="Thailand's Tak province authorities")
C(d, "Fewer than 700", "Fewer than 700 remained in the temporary shelter at the bridge on Monday, the Tak governor's office said.",
  "residents", None, 700, "at_most", "MM", "TH", frm="2024-04-10", to="2024-04-15", source="the Tak governor's office")
C(d, "between 1,500 and 2,000", "Thai rangers estimate that between 1,500 and 2,000 people a day were wading across the Moei at informal crossings in the first week of April, many of them young men.",
  "arrivals", 1500, 2000, "range", "MM", "TH", frm="2024-04-01", to="2024-04-07", source="Thai rangers", per="day")
C(d, "about 5,000", "In February the junta activated a 2010 law that allows it to draft men aged 18 to 35 and women aged 18 to 27, and it announced on 10 February that it would call up about 5,000 people a month, starting after the Thingyan new-year holiday.",
  "mobilized", 5000, 5000, "approx", "MM", None, frm="2024-02-10", to="2024-02-10", source="the junta", per="month")
C(d, "some 2.3 million", "Thailand's labour ministry counts some 2.3 million Myanmar nationals holding work permits, and the real number of workers is thought to be far higher.",
  "residents", 2300000, 2300000, "approx", "MM", "TH", to=P, source="Thailand's labour ministry")
C(d, "Roughly 90,000", "Roughly 90,000 refugees live in nine camps along the border that have existed since the 1980s, according to the Thai-Burma Relief Network.",
  "residents", 90000, 90000, "approx", "MM", "TH", to=P, source="the Thai-Burma Relief Network")
C(d, "112", "Thai police said they had turned back 340 people at the river since 10 April, and that 112 Myanmar workers without papers were deported through the Mae Sot checkpoint last week.",
  "returns", 112, 112, "exact", "MM", "TH", place="Mae Sot", pop="other", frm="2024-04-08", to="2024-04-14", source="Thai police")

# ---- g04 Russians -> Georgia / Armenia, interview transcript, published 2022-10-04 (Tue)
d = "g04_georgia_interview.txt"; P = "2022-10-04"; MOB = "2022-09-21"
C(d, "53,000", "Georgia's interior ministry said yesterday that 53,000 Russians had entered the country in the week after the mobilization was announced.",
  "arrivals", 53000, 53000, "exact", "RU", "GE", frm=MOB, to="2022-09-28", source="Georgia's interior ministry")
C(d, "300,000", "And remember the order itself: Moscow said 300,000 reservists would be called up, so every man of fighting age started to do the arithmetic.",
  "mobilized", 300000, 300000, "exact", "RU", None, pop="reservists", frm=MOB, to=MOB, source="Moscow")
C(d, "something like 10,000", "On the worst day, the Sunday, something like 10,000 people crossed at Verkhny Lars alone.",
  "arrivals", 10000, 10000, "approx", "RU", "GE", place="Verkhny Lars", frm="2022-09-25", to="2022-09-25", source="Nino Beridze")
C(d, "20 kilometres", "On that Sunday the queue on the Russian side was 20 kilometres, and people told me they had waited up to 48 hours.",
  "queue", 20, 20, "exact", "RU", "GE", place="Verkhny Lars", to="2022-09-25", source="Nino Beridze", unit="km")
C(d, "up to 48 hours", "On that Sunday the queue on the Russian side was 20 kilometres, and people told me they had waited up to 48 hours.",
  "queue", None, 48, "at_most", "RU", "GE", place="Verkhny Lars", to="2022-09-25", source="Nino Beridze", unit="hours")
C(d, "5,500", "North Ossetian officials counted 5,500 vehicles waiting that evening.",
  "queue", 5500, 5500, "exact", "RU", "GE", place="Verkhny Lars", to="2022-09-25", source="North Ossetian officials", unit="vehicles")
C(d, "31,000", "And the interior ministry's data show 31,000 Russians left Georgia over that same week.",
  "departures", 31000, 31000, "exact", "GE", None, frm=MOB, to="2022-09-28", source="Georgia's interior ministry")
C(d, "some 43,000", "Armenian border officials told me some 43,000 Russians had entered since the announcement, by air and by road.",
  "arrivals", 43000, 43000, "approx", "RU", "AM", frm=MOB, to=P, source="Armenian border officials")
C(d, "16,500", "In the whole of September 2021, it was 16,500.",
  "arrivals", 16500, 16500, "exact", "RU", "AM", frm="2021-09", to="2021-09", source="Armenian border officials")

# ---- g05 Sudan -> Chad / South Sudan / Egypt / CAR, NGO press release, published 2023-06-15 (Thu)
d = "g05_sudan_ngo_release.md"; P = "2023-06-15"; WAR = "2023-04-15"; SFA = "SFA field teams and government registration data"
C(d, "150,000", "# PRESS RELEASE: 150,000 Sudanese have reached Chad, Sahel Frontline Aid warns aid pipeline is \"near collapse\"",
  "arrivals", 150000, 150000, "exact", "SD", "TD", frm=WAR, to=P, source="Sahel Frontline Aid")
C(d, "more than 528,000", "Across the region, more than 528,000 people have fled Sudan into neighbouring countries, according to figures compiled by the UN and host governments.",
  "departures", 528000, None, "at_least", "SD", None, frm=WAR, to=P, source="the UN and host governments")
C(d, "6,400", "\"Last Tuesday alone, our teams counted 6,400 people crossing at Adré, almost all of them women and children from West Darfur,\" said Achta Mahamat, SFA's country director in Chad.",
  "arrivals", 6400, 6400, "exact", "SD", "TD", place="Adré", frm="2023-06-13", to="2023-06-13", source="Achta Mahamat")
C(d, "nearly 150 000", "- **Chad:** nearly 150 000 arrivals since mid-April, most of them through Adré in Ouaddaï province.",
  "arrivals", None, 150000, "nearly", "SD", "TD", frm="2023-04", to=P, source=SFA)
C(d, "5,000-6,000", "- **Adré:** 5,000-6,000 people arriving per day over the past week, after the attacks on El Geneina.",
  "arrivals", 5000, 6000, "range", "SD", "TD", place="Adré", frm="2023-06-08", to=P, source=SFA, per="day")
C(d, "118k", "- **South Sudan:** 118k people have crossed at Joda into Renk county since 15 April; of them, about 106,000 are South Sudanese returning home after years in Sudan.",
  "arrivals", 118000, 118000, "exact", "SD", "SS", place="Renk", frm=WAR, to=P, source=SFA)
C(d, "about 106,000", "- **South Sudan:** 118k people have crossed at Joda into Renk county since 15 April; of them, about 106,000 are South Sudanese returning home after years in Sudan.",
  "returns", 106000, 106000, "approx", "SS", "SD", frm=WAR, to=P, source=SFA)
C(d, "more than 170,000", "- **Egypt:** more than 170,000 people have entered through the Argeen crossing, according to the Egyptian foreign ministry, and bus passengers report waiting 3 to 4 days at the crossing.",
  "arrivals", 170000, None, "at_least", "SD", "EG", place="Argeen", frm=WAR, to=P, source="the Egyptian foreign ministry")
C(d, "3 to 4 days", "- **Egypt:** more than 170,000 people have entered through the Argeen crossing, according to the Egyptian foreign ministry, and bus passengers report waiting 3 to 4 days at the crossing.",
  "queue", 72, 96, "range", "SD", "EG", place="Argeen", to=P, source="bus passengers", unit="hours")
C(d, "some 14 thousand", "- **Central African Republic:** some 14 thousand arrivals in Vakaga prefecture.",
  "arrivals", 14000, 14000, "approx", "SD", "CF", place="Vakaga", frm=WAR, to=P, source=SFA)
C(d, "Some 400,000", "Some 400,000 Sudanese who fled earlier conflicts were already living in camps in the east of the country before April.",
  "residents", 400000, 400000, "approx", "SD", "TD", to="2023-04")

# ---- g06 Darién (Colombia -> Panama -> Costa Rica), local news, published 2023-09-08 (Fri)
d = "g06_darien_local.html"; P = "2023-09-08"; SNM = "The National Migration Service (SNM)"
Q = "Venezuelans made up 41,700 of them, Ecuadorians 6,900 and Haitians 4,100, according to the SNM, which also counted about 2,000 Chinese nationals."
C(d, "63,400", "The National Migration Service (SNM) said 63,400 people crossed the Darién jungle from Colombia in August, the highest monthly figure it has ever recorded.",
  "arrivals", 63400, 63400, "exact", "CO", "PA", place="Darién", frm="2023-08", to="2023-08", source=SNM)
C(d, "41,700", Q, "arrivals", 41700, 41700, "exact", "VE", "PA", place="Darién", frm="2023-08", to="2023-08", source=SNM)
C(d, "6,900", Q, "arrivals", 6900, 6900, "exact", "EC", "PA", place="Darién", frm="2023-08", to="2023-08", source=SNM)
C(d, "4,100", Q, "arrivals", 4100, 4100, "exact", "HT", "PA", place="Darién", frm="2023-08", to="2023-08", source=SNM)
C(d, "about 2,000", Q, "arrivals", 2000, 2000, "approx", "CN", "PA", place="Darién", frm="2023-08", to="2023-08", source=SNM)
C(d, "more than 330,000", "Since January, more than 330,000 people have made the crossing, the service said.",
  "arrivals", 330000, None, "at_least", "CO", "PA", place="Darién", frm="2023-01", to=P, source=SNM)
C(d, "2,100", "\"Yesterday, 2,100 Venezuelans came down the river, and that is only the Venezuelans,\" said Rosalino Caisamo, the village leader.",
  "arrivals", 2100, 2100, "exact", "VE", "PA", place="Bajo Chiquito", frm="2023-09-07", to="2023-09-07", source="Rosalino Caisamo")
C(d, "roughly 1,800", "Costa Rica's immigration authority said roughly 1,800 people a day were entering the country through Paso Canoas in the last week of August, almost all of them coming straight from the Panamanian stations.",
  "arrivals", 1800, 1800, "approx", "PA", "CR", place="Paso Canoas", frm="2023-08-25", to="2023-08-31", source="Costa Rica's immigration authority", per="day")
C(d, "1,062", "Panama's government says it has deported 1,062 people to Colombia on 19 charter flights since January, most of them with criminal records.",
  "returns", 1062, 1062, "exact", "CO", "PA", frm="2023-01", to=P, source="Panama's government")

# ---- g07 Venezuelans in South America, data piece with table, published 2023-03-20 (Mon)
d = "g07_venezuela_data.md"; P = "2023-03-20"; NMA = "national migration authorities"
C(d, "More than 7.2 million", "More than 7.2 million Venezuelans have left their country since 2015, according to the Andean Mobility Observatory, which compiles figures from national migration agencies across the region.",
  "departures", 7200000, None, "at_least", "VE", None, frm="2015", to=P, source="the Andean Mobility Observatory")
rows = [("CO", "| Colombia | 2,480,000 | 1,730,000 | 2,100 |", "2,480,000", "1,730,000", "2,100"),
        ("PE", "| Peru | 1,520,000 | 620,000 | 532,000 |", "1,520,000", "620,000", "532,000"),
        ("EC", "| Ecuador | 502,200 | 201,000 | 4,700 |", "502,200", "201,000", "4,700"),
        ("CL", "| Chile | 444,400 | 390,000 | 5,800 |", "444,400", "390,000", "5,800")]
for cc, row, a, b, c in rows:
    n = lambda s: int(s.replace(",", ""))
    C(d, a, row, "residents", n(a), n(a), "exact", "VE", cc, to="2022-12", source=NMA)
    C(d, b, row, "residents", n(b), n(b), "exact", "VE", cc, to="2022-12", source=NMA)
    C(d, c, row, "asylum", n(c), n(c), "exact", "VE", cc, to="2022-12", source=NMA)
C(d, "a little over 1.7m", "Colombia's migration agency says it has delivered a little over 1.7m temporary protection permit cards since 2021, which explains why so few Venezuelans there bother to apply for asylum.",
  "residents", 1700000, None, "at_least", "VE", "CO", frm="2021", to=P, source="Colombia's migration agency")
C(d, "532,000", "With 532,000 claims waiting, it has one of the largest asylum backlogs in the world, and its refugee commission decided fewer than 5 000 cases last year.",
  "asylum", 532000, 532000, "exact", "VE", "PE", to="2022-12", source=NMA)
C(d, "fewer than 5 000", "With 532,000 claims waiting, it has one of the largest asylum backlogs in the world, and its refugee commission decided fewer than 5 000 cases last year.",
  "asylum", None, 5000, "at_most", "VE", "PE", frm="2022", to="2022")
C(d, "about 250", "In the altiplano town of Colchane, Chile's border police say about 250 Venezuelans a day were entering irregularly in January, many after walking from Bolivia at an altitude of 3,700 metres.",
  "arrivals", 250, 250, "approx", "VE", "CL", place="Colchane", frm="2023-01", to="2023-01", source="Chile's border police", per="day")
C(d, "roughly 30,000", "Caracas says its \"Return to the Homeland\" programme has brought home roughly 30,000 people from Peru since 2018, on 112 flights and a handful of bus convoys.",
  "returns", 30000, 30000, "approx", "VE", "PE", frm="2018", to=P, source="Caracas")

# ---- g08 Afghans returning from Iran / Pakistan, fact check, published 2024-08-14 (Wed)
d = "g08_afghan_factcheck.txt"; P = "2024-08-14"; HO = "the Herat office of Afghanistan's refugees ministry"; BF = "the Border Flow Monitoring Unit"
C(d, "about 112,000", "Verdict: FALSE. Official border data show about 112,000 returns from Iran in July, roughly a ninth of the viral claim.",
  "returns", 112000, 112000, "approx", "AF", "IR", frm="2024-07", to="2024-07", source="Official border data")
C(d, "112,350", "According to the Herat office of Afghanistan's refugees ministry, 112,350 Afghans came back from Iran through the Islam Qala crossing in July.",
  "returns", 112350, 112350, "exact", "AF", "IR", place="Islam Qala", frm="2024-07", to="2024-07", source=HO)
C(d, "71,900", "Of those, 71,900 were deported and the rest returned on their own, the office said.",
  "returns", 71900, 71900, "exact", "AF", "IR", place="Islam Qala", frm="2024-07", to="2024-07", source=HO)
C(d, "9.100", "Another 9.100 came back through the Milak crossing in Nimruz province over the same month.",
  "returns", 9100, 9100, "exact", "AF", "IR", place="Milak", frm="2024-07", to="2024-07", source=HO)
C(d, "about 3,600", "That works out at about 3,600 returns a day at Islam Qala, not 45,000.",
  "returns", 3600, 3600, "approx", "AF", "IR", place="Islam Qala", frm="2024-07", to="2024-07", per="day")
C(d, "5,212", "The busiest single day, 9 July, saw 5,212 returns, the office told ClearLens.",
  "returns", 5212, 5212, "exact", "AF", "IR", place="Islam Qala", frm="2024-07-09", to="2024-07-09", source=HO)
C(d, "nearly 700,000", "Over the first seven months of the year, returns from Iran reached nearly 700,000, according to the Border Flow Monitoring Unit, an independent group that counts people at the main crossings.",
  "returns", None, 700000, "nearly", "AF", "IR", frm="2024-01", to="2024-07", source=BF)
C(d, "some 600 000", "Since that campaign began on 1 November 2023, some 600 000 Afghans have returned from Pakistan, the monitoring unit said in its July report.",
  "returns", 600000, 600000, "approx", "AF", "PK", frm="2023-11-01", to="2024-07", source=BF)
C(d, "about 6 million", "Iran says it hosts about 6 million Afghans, most of whom arrived after the Taliban takeover in August 2021.",
  "residents", 6000000, 6000000, "approx", "AF", "IR", to=P, source="Iran")
C(d, "about 3,600", "That was a typing error; the correct figure is about 3,600, as stated above.",
  "returns", 3600, 3600, "approx", "AF", "IR", place="Islam Qala", frm="2024-07", to="2024-07", per="day")

# ---- g09 Syrians returning after 8 Dec 2024, op-ed, published 2025-01-30 (Thu)
d = "g09_syria_returns_oped.md"; P = "2025-01-30"; FALL = "2024-12-08"
C(d, "between 180,000 and 210,000", "By the UN's count, and it is a count of people crossing, not of people staying, somewhere between 180,000 and 210,000 Syrians have gone home since 8 December.",
  "returns", 180000, 210000, "range", "SY", None, frm=FALL, to=P, source="the UN")
C(d, "a little over 80,000", "From Türkiye alone, Ankara says, a little over 80,000 crossed back through Cilvegözü, Öncüpınar and the other gates.",
  "returns", 80000, None, "at_least", "SY", "TR", frm=FALL, to=P, source="Ankara")
C(d, "tens of thousands", "Lebanon is murkier: Lebanese General Security puts the returns at tens of thousands, without a precise figure, and the UN said that in mid-December some 4,000 people a day were crossing back from Lebanon at Masnaa.",
  "returns", 10000, 99999, "order", "SY", "LB", frm=FALL, to=P, source="Lebanese General Security")
C(d, "some 4,000", "Lebanon is murkier: Lebanese General Security puts the returns at tens of thousands, without a precise figure, and the UN said that in mid-December some 4,000 people a day were crossing back from Lebanon at Masnaa.",
  "returns", 4000, 4000, "approx", "SY", "LB", place="Masnaa", frm="2024-12", to="2024-12", source="the UN", per="day")
C(d, "18,000", "Jordan's interior ministry said 18,000 Syrians went home through the Jaber crossing between 8 December and 26 January.",
  "returns", 18000, 18000, "exact", "SY", "JO", place="Jaber", frm=FALL, to="2025-01-26", source="Jordan's interior ministry")
C(d, "some 2.9 million", "There are still some 2.9 million Syrians under temporary protection in Türkiye, according to Türkiye's migration directorate.",
  "residents", 2900000, 2900000, "approx", "SY", "TR", to=P, source="Türkiye's migration directorate")
C(d, "nearly a million", "Germany hosts nearly a million.",
  "residents", None, 1000000, "nearly", "SY", "DE", to=P)
C(d, "about 47,000", "Berlin froze decisions on about 47,000 pending Syrian asylum claims on 9 December, which tells you how sure the German state is about what comes next.",
  "asylum", 47000, 47000, "approx", "SY", "DE", to="2024-12-09")

# ---- g10 newsletter digest (Rohingya / Haiti / Czechia), truncated, published 2023-11-24 (Fri)
d = "g10_border_brief_digest.html"; P = "2023-11-24"; UNA = "the provincial office of the UN refugee agency"
C(d, "More than 1,000", "More than 1,000 Rohingya have landed on the coast of Aceh since 14 November, on at least six boats, according to the provincial office of the UN refugee agency.",
  "arrivals", 1000, None, "at_least", "BD", "ID", place="Aceh", frm="2023-11-14", to=P, source=UNA)
C(d, "about a million", "Most sailed from the camps around Cox's Bazar in Bangladesh, where about a million Rohingya now live.",
  "residents", 1000000, 1000000, "approx", "MM", "BD", place="Cox's Bazar", to=P)
C(d, "256", "The latest boat, which landed near Sabang on Sunday, carried 256 people, nearly half of them children.",
  "arrivals", 256, 256, "exact", "BD", "ID", place="Sabang", frm="2023-11-19", to="2023-11-19")
C(d, "some 1,600", "In all, some 1,600 Rohingya have arrived in Indonesia by sea this year, up from about 1,100 in the whole of 2022, the agency said.",
  "arrivals", 1600, 1600, "approx", "BD", "ID", frm="2023-01-01", to=P, source=UNA)
C(d, "about 1,100", "In all, some 1,600 Rohingya have arrived in Indonesia by sea this year, up from about 1,100 in the whole of 2022, the agency said.",
  "arrivals", 1100, 1100, "approx", "BD", "ID", frm="2022", to="2022", source=UNA)
Q = "The Dominican Republic deported 26,400 Haitians in October, its migration directorate said this week, roughly 850 a day, despite a border that was officially closed for much of the month during the dispute over the Massacre river canal."
C(d, "26,400", Q, "returns", 26400, 26400, "exact", "HT", "DO", frm="2023-10", to="2023-10", source="the Dominican Republic's migration directorate")
C(d, "roughly 850", Q, "returns", 850, 850, "approx", "HT", "DO", frm="2023-10", to="2023-10", source="the Dominican Republic's migration directorate", per="day")
C(d, "between 600 and 900", "On the Haitian side, the government's repatriation office said it had received between 600 and 900 deportees a day last week, many of them picked up in raids in Santiago and Santo Domingo.",
  "returns", 600, 900, "range", "HT", "DO", frm="2023-11-13", to="2023-11-19", source="the government's repatriation office", per="day")
C(d, "372 000", "According to the interior ministry, 372 000 Ukrainians currently hold it in Czechia, the highest number per capita in the EU.",
  "residents", 372000, 372000, "exact", "UA", "CZ", to=P, source="the interior ministry")
C(d, "21,300", "Since January, 21,300 protection holders have left Czechia, either moving on or going home, the ministry said.",
  "departures", 21300, 21300, "exact", "CZ", None, frm="2023-01-01", to=P, source="the interior ministry")

with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in G:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(G), "claims written")
