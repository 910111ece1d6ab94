#!/usr/bin/env python3
"""heldout8: compact hand-written gold source. Run `python3 gold_src.py` to write gold.jsonl."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = []
D = {1: "h8_01_kazakhstan_wire.txt", 2: "h8_02_ukraine_poland_liveblog.html", 3: "h8_03_karabakh_explainer.md",
     4: "h8_04_venezuela_interview.md", 5: "h8_05_sudan_ngo_release.txt", 6: "h8_06_russia_oped.txt",
     7: "h8_07_ukraine_data_table.md", 8: "h8_08_afghan_factcheck.html", 9: "h8_09_costa_rica_local.html",
     10: "h8_10_weekly_digest.md"}
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


# ---- 01 Kazakhstan wire (published 2022-09-30, Friday)
q = "Kazakhstan counts 112,000 Russian arrivals since call-up as lines at Syrym shrink"
C(1, "112,000", q, "arrivals", 112000, "exact", "RU", "KZ", "2022-09-21", "2022-09-30", "Kazakhstan")
C(1, "More than 112,000", "More than 112,000 Russian citizens have crossed into Kazakhstan since Moscow announced a partial mobilization on Sept. 21, Kazakhstan's migration committee said on Friday",
  "arrivals", 112000, "at_least", "RU", "KZ", "2022-09-21", "2022-09-30", "Kazakhstan's migration committee")
C(1, "about 14,500", "Committee spokesman Yerlan Sapargali told reporters in the capital that about 14,500 Russians had arrived on Thursday alone.",
  "arrivals", 14500, "approx", "RU", "KZ", "2022-09-29", "2022-09-29", "Committee spokesman Yerlan Sapargali")
C(1, "some 17,000", "The single busiest day so far was Monday, when some 17,000 came across, he said.",
  "arrivals", 17000, "approx", "RU", "KZ", "2022-09-26", "2022-09-26", "Committee spokesman Yerlan Sapargali")
C(1, "about 2,000", "For comparison, about 2,000 Russians a day entered Kazakhstan by land in the first half of September, before the decree, according to committee data.",
  "arrivals", 2000, "approx", "RU", "KZ", "2022-09-01", "2022-09-15", "Kazakhstan's migration committee", per="day")
C(1, "300,000", "Putin's decree ordered the call-up of 300,000 reservists, and men of fighting age have since been the majority of those heading south by car, bus and even bicycle.",
  "mobilized", 300000, "exact", "RU", None, "2022-09-21", "2022-09-21", None, pop="reservists")
C(1, "roughly 51,000", "Over the same period roughly 51,000 Russians left Kazakhstan again, either going home or flying on to third countries such as Turkey, the United Arab Emirates and Armenia, Sapargali said.",
  "departures", 51000, "approx", "KZ", None, "2022-09-21", "2022-09-30", "Committee spokesman Yerlan Sapargali")
q = "The committee said 9,870 Russians had applied for individual identification numbers, which foreigners need to work, open a bank account or rent a flat, and that 2,140 had requested temporary residence permits."
C(1, "9,870", q, "residents", 9870, "exact", "RU", "KZ", "2022-09-21", "2022-09-30", "Kazakhstan's migration committee")
C(1, "2,140", q, "residents", 2140, "exact", "RU", "KZ", "2022-09-21", "2022-09-30", "Kazakhstan's migration committee")
C(1, "as long as 26 hours", "At the Syrym crossing in West Kazakhstan region, drivers said they had waited as long as 26 hours on Monday.",
  "queue", 26, "at_most", "RU", "KZ", None, "2022-09-26", "drivers", unit="hours", place="Syrym")
C(1, "about 4 km", "By Friday morning the queue there had shrunk to about 4 km, a Kestrel Wire reporter at the scene said.",
  "queue", 4, "approx", "RU", "KZ", None, "2022-09-30", None, unit="km", place="Syrym")
q = "Border guards at Kairak, further east, counted 2,300 vehicles waiting on Wednesday evening, against roughly 600 on Friday, a regional border official said."
C(1, "2,300", q, "queue", 2300, "exact", "RU", "KZ", None, "2022-09-28", "a regional border official", unit="vehicles", place="Kairak")
C(1, "roughly 600", q, "queue", 600, "approx", "RU", "KZ", None, "2022-09-30", "a regional border official", unit="vehicles", place="Kairak")

# ---- 02 Ukraine live blog (published 2022-03-01, Tuesday; "last Thursday" = 2022-02-24)
C(2, "Over 660,000", "Live: Over 660,000 flee Ukraine as queues grow at Polish border",
  "departures", 660000, "at_least", "UA", None, "2022-02-24", "2022-03-01", None)
C(2, "More than 660,000", "More than 660,000 people have fled Ukraine into neighbouring countries since Russia's invasion began last Thursday, the UN refugee agency's regional office said this morning.",
  "departures", 660000, "at_least", "UA", None, "2022-02-24", "2022-03-01", "the UN refugee agency's regional office")
C(2, "377,400", "Poland's border guard says 377,400 people have crossed from Ukraine into Poland since Thursday.",
  "arrivals", 377400, "exact", "UA", "PL", "2022-02-24", "2022-03-01", "Poland's border guard")
C(2, "94,000", "Of those, 94,000 crossed on Monday alone, a spokeswoman told reporters in Warsaw.",
  "arrivals", 94000, "exact", "UA", "PL", "2022-02-28", "2022-02-28", "a spokeswoman for Poland's border guard")
C(2, "roughly 2 km", "At the Medyka crossing our correspondent sees a line of pedestrians stretching roughly 2 km back into Ukraine.",
  "queue", 2, "approx", "UA", "PL", None, "2022-03-01", None, unit="km", place="Medyka")
C(2, "between 30 and 40 hours", "Families in the line told him they had waited between 30 and 40 hours in freezing temperatures.",
  "queue", (30, 40), "range", "UA", "PL", None, "2022-03-01", "Families in the line", unit="hours", place="Medyka")
C(2, "over 15 km", "Cars waiting to leave Ukraine at the Dorohusk crossing were backed up over 15 km this morning, the Lublin regional governor's office said.",
  "queue", 15, "at_least", "UA", "PL", None, "2022-03-01", "the Lublin regional governor's office", unit="km", place="Dorohusk")
C(2, "71,359", "Moldova's interior ministry says 71,359 Ukrainians have entered Moldova since 24 February.",
  "arrivals", 71359, "exact", "UA", "MD", "2022-02-24", "2022-03-01", "Moldova's interior ministry")
C(2, "About 33,000", "About 33,000 of them have stayed in the country, while the rest travelled on to Romania, the ministry said.",
  "residents", 33000, "approx", "UA", "MD", "2022-02-24", "2022-03-01", "Moldova's interior ministry")
C(2, "11,200", "Romanian border police report that 11,200 Ukrainian citizens entered Romania on Monday, a daily record.",
  "arrivals", 11200, "exact", "UA", "RO", "2022-02-28", "2022-02-28", "Romanian border police")
C(2, "6,300", "6,300 of them came through the Siret crossing, the police said.",
  "arrivals", 6300, "exact", "UA", "RO", "2022-02-28", "2022-02-28", "Romanian border police", place="Siret")
C(2, "around 100,000", "Polish officials now put arrivals at around 100,000 a day, deputy interior minister Paweł Zagórny said at a briefing in Przemyśl.",
  "arrivals", 100000, "approx", "UA", "PL", "2022-03-01", "2022-03-01", "deputy interior minister Paweł Zagórny", per="day")
q = "Slovakia's interior minister, Ivana Kollárová, said 30,000 people had entered Slovakia from Ukraine since Thursday and that some 120 had applied for asylum."
C(2, "30,000", q, "arrivals", 30000, "exact", "UA", "SK", "2022-02-24", "2022-03-01", "Slovakia's interior minister, Ivana Kollárová")
C(2, "some 120", q, "asylum", 120, "approx", "UA", "SK", "2022-02-24", "2022-03-01", "Slovakia's interior minister, Ivana Kollárová")

# ---- 03 Karabakh explainer (published 2023-10-03, Tuesday)
C(3, "100,000", "Explained: how 100,000 people left Nagorno-Karabakh in a week",
  "departures", 100000, "exact", "AZ", None, "2023-09-24", "2023-10-02", None)
C(3, "100,514", "Armenia's government said on Monday that 100,514 people had crossed into Armenia from Nagorno-Karabakh since 24 September, the day the road through the Lachin corridor reopened.",
  "arrivals", 100514, "exact", "AZ", "AM", "2023-09-24", "2023-10-02", "Armenia's government")
C(3, "about 6,650", "In the first 24 hours after the road opened only about 6,650 people made it through, according to Armenian officials.",
  "arrivals", 6650, "approx", "AZ", "AM", "2023-09-24", "2023-09-25", "Armenian officials")
C(3, "some 28,000", "The flow then surged: on 28 September Armenian officials registered some 28,000 arrivals in a single day.",
  "arrivals", 28000, "approx", "AZ", "AM", "2023-09-28", "2023-09-28", "Armenian officials")
q = "Families waited up to 30 hours in the queue at the Kornidzor checkpoint on the Armenian side, and at its longest the line of cars stretched roughly 20 km, according to the region's emergency service."
C(3, "up to 30 hours", q, "queue", 30, "at_most", "AZ", "AM", None, "2023-10-03", "the region's emergency service", unit="hours", place="Kornidzor")
C(3, "roughly 20 km", q, "queue", 20, "approx", "AZ", "AM", None, "2023-10-03", "the region's emergency service", unit="km", place="Kornidzor")
C(3, "72,700", "The ministry of labour and social affairs said three days ago that 72,700 of the new arrivals had registered for temporary housing.",
  "residents", 72700, "exact", "AZ", "AM", "2023-09-24", "2023-09-30", "the ministry of labour and social affairs")
C(3, "just over 2,000", "Armenian border data show that just over 2,000 of the new arrivals had already left Armenia again by 1 October, most of them on flights to Russia, where many have relatives.",
  "departures", 2000, "at_least", "AM", None, "2023-09-24", "2023-10-01", "Armenian border data")
C(3, "14", "Kornerstone Relief, a small aid group working at the border, counted 14 people who went back across the bridge into Nagorno-Karabakh last week, most of them to collect elderly relatives who had refused to leave.",
  "returns", 14, "exact", "AZ", "AM", "2023-09-25", "2023-10-01", "Kornerstone Relief")
C(3, "some 90,000", "During the 2020 war, some 90,000 people fled the region to Armenia, and most of them later returned after the ceasefire.",
  "arrivals", 90000, "approx", "AZ", "AM", "2020", "2020", None)

# ---- 04 Venezuela interview (published 2024-05-14)
TEP = "Tomás Echeverri-Paz"
C(4, "more than 7.7 million", "The big picture is that more than 7.7 million Venezuelans have left their country since 2015.",
  "departures", 7700000, "at_least", "VE", None, "2015", "2024-05-14", TEP)
C(4, "about 2.9 million", "Colombia now hosts about 2.9 million Venezuelans, most of them with the ten-year protection status.",
  "residents", 2900000, "approx", "VE", "CO", None, "2024-05-14", TEP)
q = "Peru is next, with roughly 1.5m, and Ecuador registered about 45k in its latest regularisation drive, which is small but growing."
C(4, "roughly 1.5m", q, "residents", 1500000, "approx", "VE", "PE", None, "2024-05-14", TEP)
C(4, "about 45k", q, "residents", 45000, "approx", "VE", "EC", None, "2024-05-14", TEP)
C(4, "between 3,000 and 4,000", "At the Simón Bolívar bridge our monitors counted between 3,000 and 4,000 people a day entering Colombia in March who said they intended to stay.",
  "arrivals", (3000, 4000), "range", "VE", "CO", "2024-03", "2024-03", TEP, per="day", place="Simón Bolívar bridge")
C(4, "some 450", "In Brazil, the federal police registered some 450 Venezuelan arrivals daily in Pacaraima during April.",
  "arrivals", 450, "approx", "VE", "BR", "2024-04", "2024-04", "Brazil's federal police", per="day", place="Pacaraima")
C(4, "over half a million", "Peru is different: it has received over half a million asylum applications from Venezuelans since 2017, and most are still waiting for an answer.",
  "asylum", 500000, "at_least", "VE", "PE", "2017", "2024-05-14", TEP)
C(4, "5,000-6,000", "In October last year we estimated that 5,000-6,000 Venezuelans a week were crossing the Darién jungle into Panama.",
  "arrivals", (5000, 6000), "range", "VE", "PA", "2023-10", "2023-10", TEP, per="week", place="Darién")
C(4, "more than 31,000", "It says its return programme has brought back more than 31,000 people on free flights since 2018.",
  "returns", 31000, "at_least", "VE", None, "2018", "2024-05-14", "the government in Caracas")

# ---- 05 Sudan NGO press release (published 2023-06-20)
SLA = "Sahel Lifeline Alliance"
KF = "UN and government data compiled by the Alliance"
C(5, "Nearly 560,000", "Nearly 560,000 have fled Sudan since April 15, Sahel Lifeline Alliance warns as rains threaten Chad camps",
  "departures", 560000, "nearly", "SD", None, "2023-04-15", "2023-06-20", SLA)
C(5, "Close to 560,000", "Close to 560,000 people have crossed out of Sudan in the nine weeks since fighting broke out in Khartoum on 15 April, and the pace of arrivals in Chad has risen sharply this month.",
  "departures", 560000, "nearly", "SD", None, "2023-04-15", "2023-06-20", None)
C(5, "more than 149,000", "Chad: more than 149,000 refugees have crossed from Darfur, most of them women and children (UNHCR figures to 18 June).",
  "arrivals", 149000, "at_least", "SD", "TD", "2023-04-15", "2023-06-18", "UNHCR")
q = "Egypt: 255,565 people have entered from Sudan, including some 26,000 Egyptians returning home, according to Egypt's foreign ministry."
C(5, "255,565", q, "arrivals", 255565, "exact", "SD", "EG", "2023-04-15", "2023-06-20", "Egypt's foreign ministry")
C(5, "some 26,000", q, "returns", 26000, "approx", "EG", "SD", "2023-04-15", "2023-06-20", "Egypt's foreign ministry")
q = "South Sudan: about 117,000 arrivals, of whom some 93,000 are South Sudanese returning home after years as refugees in Sudan (IOM)."
C(5, "about 117,000", q, "arrivals", 117000, "approx", "SD", "SS", "2023-04-15", "2023-06-20", "IOM")
C(5, "some 93,000", q, "returns", 93000, "approx", "SS", "SD", "2023-04-15", "2023-06-20", "IOM")
C(5, "tens of thousands", "Ethiopia: tens of thousands have arrived, most of them via the Metema crossing.",
  "arrivals", (10000, 99999), "order", "SD", "ET", "2023-04-15", "2023-06-20", KF)
C(5, "up to 2,000", "Adre: up to 2,000 people a day crossed into Chad at Adre during the worst of the violence in El Geneina in mid-June.",
  "arrivals", 2000, "at_most", "SD", "TD", "2023-06", "2023-06", KF, per="day", place="Adre")
C(5, "4,800", "We counted 4,800 new arrivals at our Koufroun site in the week to 17 June",
  "arrivals", 4800, "exact", "SD", "TD", "2023-06-11", "2023-06-17", "Dr. Amina Mahamat-Saleh", place="Koufroun")
C(5, "approximately 30 000", "The Alliance's teams in Chad registered approximately 30 000 arrivals in the first week of May, when the border first opened to large numbers.",
  "arrivals", 30000, "approx", "SD", "TD", "2023-05-01", "2023-05-07", SLA)

# ---- 06 Russia op-ed (published 2022-10-20, Thursday)
GIM = "Georgia's interior ministry"
C(6, "between 500,000 and 700,000", "Estimates of how many Russians fled the call-up vary wildly: between 500,000 and 700,000 by the most common reckoning, though I have seen serious people defend figures well below and well above that.",
  "departures", (500000, 700000), "range", "RU", None, "2022-09-21", "2022-10-20", None)
C(6, "no more than 400,000", "One Moscow demographer I spoke to, Pavel Orekhov, thinks the true figure is \"probably no more than 400,000\" once double counting is removed.",
  "departures", 400000, "at_most", "RU", None, "2022-09-21", "2022-10-20", "Pavel Orekhov")
C(6, "roughly 78,000", "Georgia's interior ministry said roughly 78,000 Russians entered the country in the first week after the decree.",
  "arrivals", 78000, "approx", "RU", "GE", "2022-09-21", "2022-09-27", GIM)
C(6, "about 5,500", "In the week before the decree, by contrast, it recorded about 5,500 Russian entries.",
  "arrivals", 5500, "approx", "RU", "GE", "2022-09-14", "2022-09-20", GIM)
C(6, "about 50,000", "The ministry also counted about 50,000 Russians who left Georgia again over the same week, which tells you how many were only passing through.",
  "departures", 50000, "approx", "GE", None, "2022-09-21", "2022-09-27", GIM)
C(6, "some 21,000", "In the first week of October the ministry still counted some 21,000 Russian arrivals.",
  "arrivals", 21000, "approx", "RU", "GE", "2022-10-01", "2022-10-07", GIM)
C(6, "tens of kilometres", "On Sept. 25 the line of cars at Verkhny Lars was reported at \"tens of kilometres\".",
  "queue", (10, 99), "order", "RU", "GE", None, "2022-09-25", None, unit="km", place="Verkhny Lars")
C(6, "15 km", "When I drove up the next day, I counted perhaps 15 km of it, with men pushing their cars uphill to save fuel.",
  "queue", 15, "exact", "RU", "GE", None, "2022-09-26", None, unit="km", place="Verkhny Lars")
C(6, "just under 43,000", "Its border guard counted just under 43,000 Russian entries in the week after the decree, before Helsinki closed the door to tourist visa holders on Sept. 30.",
  "arrivals", 43000, "nearly", "RU", "FI", "2022-09-21", "2022-09-27", "Finland's border guard")
C(6, "4,900", "On Sept. 24, the busiest day, 4,900 crossed at Vaalimaa alone.",
  "arrivals", 4900, "exact", "RU", "FI", "2022-09-24", "2022-09-24", "Finland's border guard", place="Vaalimaa")
C(6, "300,000", "It said it wanted 300,000 men.",
  "mobilized", 300000, "exact", "RU", None, "2022-09-21", "2022-09-21", "the Kremlin", pop="men")
C(6, "more than 200,000", "The defence ministry later claimed that more than 200,000 had already been enlisted, which, if true, means the army found its soldiers even as a comparable number of men voted with their feet.",
  "mobilized", 200000, "at_least", "RU", None, "2022-09-21", "2022-10-20", "the defence ministry")
C(6, "about 100,000", "Even Russia's digital ministry conceded in a statement that about 100,000 IT workers had left the country in 2022.",
  "departures", 100000, "approx", "RU", None, "2022", "2022", "Russia's digital ministry", pop="it_workers")

# ---- 07 Ukraine data table (published 2024-02-23)
RDC = "national authorities, compiled by the Refugee Data Consortium"
W = "2022-02-24"
C(7, "5.9 million", "Two years on: 5.9 million Ukrainian refugees remain in Europe",
  "residents", 5900000, "exact", "UA", "EU", W, "2024-02-23", None)
C(7, "about 5.9 million", "In total, about 5.9 million refugees from Ukraine were recorded across Europe at the end of 2023, according to the Refugee Data Consortium, a Geneva-based research group that compiles national statistics.",
  "residents", 5900000, "approx", "UA", "EU", W, "2023-12-31", "the Refugee Data Consortium")
rows = [("Germany", "DE", "1,146,300", 1146300, None, None), ("Poland", "PL", "956 600", 956600, "17.9m", 17900000),
        ("Czechia", "CZ", "381,400", 381400, None, None), ("Slovakia", "SK", "114,000", 114000, "1.9m", 1900000),
        ("Romania", "RO", "80,200", 80200, "4.1m", 4100000), ("Moldova", "MD", "45,100", 45100, "1.2m", 1200000)]
for name, cc, rt, rv, et, ev in rows:
    q = f"| {name} | {rt} | {et or 'n/a'} |"
    C(7, rt, q, "residents", rv, "exact", "UA", cc, W, "2023-12-31", RDC)
    if et:
        C(7, et, q, "arrivals", ev, "exact", "UA", cc, W, "2023-12-31", RDC)
C(7, "well over 100,000", "At the peak, in March 2022, it was receiving well over 100,000 people a day, and its border guard's count of entries dwarfs every other country's.",
  "arrivals", 100000, "at_least", "UA", "PL", "2022-03", "2022-03", None, per="day")
C(7, "more than 17,000", "on 4 March 2022 alone more than 17,000 people crossed into Moldova, according to its border police.",
  "arrivals", 17000, "at_least", "UA", "MD", "2022-03-04", "2022-03-04", "Moldova's border police")
C(7, "7,130", "Still, Ukrainians lodged 7,130 asylum applications in Germany in 2023, German federal data show, mostly men whose protection status was in doubt.",
  "asylum", 7130, "exact", "UA", "DE", "2023", "2023", "German federal data")
C(7, "roughly 1.1 million", "The consortium estimates that roughly 1.1 million people have returned to Ukraine for good since the invasion, though it stresses the uncertainty.",
  "returns", 1100000, "approx", "UA", None, W, "2024-02-23", "the Refugee Data Consortium")

# ---- 08 Afghan fact check (published 2023-11-10)
TBM = "the Torkham Border Monitoring Cell"
PMS = "Pakistan's ministry for states and frontier regions"
IOMH = "the UN migration agency's Herat office"
C(8, "174,358", "According to the Torkham Border Monitoring Cell, a joint unit of provincial officials and aid groups, 174,358 Afghans crossed back into Afghanistan from Pakistan between 15 September and 8 November.",
  "returns", 174358, "exact", "AF", "PK", "2023-09-15", "2023-11-08", TBM)
C(8, "about 9,000", "Of those, about 9,000 were formally deported; the rest left on their own, many saying they feared arrest.",
  "returns", 9000, "approx", "AF", "PK", "2023-09-15", "2023-11-08", TBM)
C(8, "roughly 24,000", "The busiest day was 2 November, when roughly 24,000 people crossed at Torkham in a single day, the cell's coordinator, Imran Afridi, told VeriLine.",
  "returns", 24000, "approx", "AF", "PK", "2023-11-02", "2023-11-02", "the cell's coordinator, Imran Afridi", place="Torkham")
C(8, "about 1.3 million", "Separately, about 1.3 million Afghans hold Proof of Registration cards that let them stay in Pakistan legally, according to Pakistan's ministry for states and frontier regions.",
  "residents", 1300000, "approx", "AF", "PK", None, "2023-11-10", PMS)
C(8, "Almost 600,000", "Almost 600,000 Afghans arrived in Pakistan after the Taliban takeover in August 2021, the same ministry said.",
  "arrivals", 600000, "nearly", "AF", "PK", "2021-08", "2023-11-10", PMS)
C(8, "some 4,500", "Iran has been sending Afghans back too: some 4,500 a day through Islam Qala in October, the UN migration agency's Herat office said.",
  "returns", 4500, "approx", "AF", "IR", "2023-10", "2023-10", IOMH, per="day", place="Islam Qala")
C(8, "over 450,000", "The agency said Iran sent back over 450,000 Afghans in the first nine months of 2023.",
  "returns", 450000, "at_least", "AF", "IR", "2023-01", "2023-09", IOMH)
C(8, "some 5 million", "Iran's interior ministry says some 5 million Afghans live in Iran, many without papers.",
  "residents", 5000000, "approx", "AF", "IR", None, "2023-11-10", "Iran's interior ministry")

# ---- 09 Costa Rica local news, truncated (published 2023-08-08, Tuesday)
C(9, "1,200", "Upala refugee office swamped as 1,200 Nicaraguans apply in a month",
  "asylum", 1200, "exact", "NI", "CR", "2023-07", "2023-07", None, place="Upala")
C(9, "some 1,200", "The office processed some 1,200 asylum applications from Nicaraguans in July, according to figures shared with the Echo by the regional delegation of the migration directorate.",
  "asylum", 1200, "approx", "NI", "CR", "2023-07", "2023-07", "the regional delegation of the migration directorate", place="Upala")
C(9, "more than 200,000", "Nationally, the directorate says more than 200,000 Nicaraguans have applied for asylum in Costa Rica since the 2018 crackdown on protests in Nicaragua.",
  "asylum", 200000, "at_least", "NI", "CR", "2018", "2023-08-08", "the migration directorate")
C(9, "about 300", "Police in Los Chiles say about 300 Nicaraguans cross into Costa Rica every week through the farms and river paths near the town.",
  "arrivals", 300, "approx", "NI", "CR", None, "2023-08-08", "Police in Los Chiles", per="week", place="Los Chiles")
C(9, "up to 14 hours", "At Peñas Blancas itself, buses and cars waited up to 14 hours to enter Costa Rica last Friday, drivers told the Echo.",
  "queue", 14, "at_most", "NI", "CR", None, "2023-08-04", "drivers", unit="hours", place="Peñas Blancas")
C(9, "222", "He was one of the 222 prisoners they put on a plane to Washington.",
  "arrivals", 222, "exact", "NI", "US", "2023-02", "2023-02", "Joaquín Rivas", place="Washington", pop="other")
C(9, "some 400,000", "Costa Rica is home to some 400,000 Nicaraguans, about 8% of the population",
  "residents", 400000, "approx", "NI", "CR", None, "2023-08-08", None)
C(9, "fewer than 100", "Deportations are rare: the migration directorate said it returned fewer than 100 Nicaraguans to their country this year, all of them for criminal records.",
  "returns", 100, "at_most", "NI", "CR", "2023-01-01", "2023-08-08", "the migration directorate")

# ---- 10 weekly digest (published 2024-10-04, Friday)
q = "Lebanese border authorities say 235,000 Syrians and 82,000 Lebanese crossed into Syria between 23 September and 2 October, the Beirut daily L'Orient Soir reported, citing border officials."
C(10, "235,000", q, "returns", 235000, "exact", "SY", "LB", "2024-09-23", "2024-10-02", "Lebanese border authorities")
C(10, "82,000", q, "arrivals", 82000, "exact", "LB", "SY", "2024-09-23", "2024-10-02", "Lebanese border authorities")
C(10, "about 12 hours", "Cars queued for about 12 hours at the Masnaa crossing on Tuesday, drivers said.",
  "queue", 12, "approx", "LB", "SY", None, "2024-10-01", "drivers", unit="hours", place="Masnaa")
C(10, "more than 2,600", "The migration directorate said it had already sent back more than 2,600 Haitians through Dajabón since Monday.",
  "returns", 2600, "at_least", "HT", "DO", "2024-09-30", "2024-10-04", "the Dominican migration directorate", place="Dajabón")
C(10, "over 700,000", "Türkiye's interior ministry says over 700,000 Syrians have returned home voluntarily since 2016, mostly to areas in northern Syria held by Turkish-backed forces.",
  "returns", 700000, "at_least", "SY", "TR", "2016", "2024-10-04", "Türkiye's interior ministry")
q = "Türkiye still hosts about 3.1 million Syrians under temporary protection, down from a peak of 3.7 million in 2021, the ministry said."
C(10, "about 3.1 million", q, "residents", 3100000, "approx", "SY", "TR", None, "2024-10-04", "Türkiye's interior ministry")
C(10, "3.7 million", q, "residents", 3700000, "exact", "SY", "TR", "2021", "2021", "Türkiye's interior ministry")
C(10, "Some four thousand", "Some four thousand Sudanese crossed into Chad at Adré last week, the Chadian refugee commission said, despite floods that washed out parts of the road.",
  "arrivals", 4000, "approx", "SD", "TD", "2024-09-23", "2024-09-29", "the Chadian refugee commission", place="Adré")
C(10, "roughly 680,000", "That brings the number of Sudanese who have entered eastern Chad since April 2023 to roughly 680,000, the commission said.",
  "arrivals", 680000, "approx", "SD", "TD", "2023-04", "2024-10-04", "the Chadian refugee commission")
C(10, "more than 1.2m", "Egyptian officials now say more than 1.2m Sudanese have entered Egypt since the war began in April 2023.",
  "arrivals", 1200000, "at_least", "SD", "EG", "2023-04-15", "2024-10-04", "Egyptian officials")
C(10, "close to two million", "Across the region, close to two million people have fled Sudan to neighbouring countries since then, according to the Nairobi-based Horn and Sahel Displacement Network.",
  "departures", 2000000, "nearly", "SD", None, "2023-04-15", "2024-10-04", "the Nairobi-based Horn and Sahel Displacement Network")

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in OUT:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(OUT), "claims written")
