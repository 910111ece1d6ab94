#!/usr/bin/env python3
"""heldout5: hand-written gold source. Run `python3 build_gold.py` to write gold.jsonl (edit this file, not the JSONL)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = {
    "e01": "e01_belarus_lithuania_wire.txt",
    "e02": "e02_karabakh_liveblog.html",
    "e03": "e03_venezuelans_andes_data.md",
    "e04": "e04_darien_ngo_release.txt",
    "e05": "e05_rohingya_explainer.md",
    "e06": "e06_congo_uganda_local.html",
    "e07": "e07_tigray_sudan_interview.txt",
    "e08": "e08_syrians_turkiye_factcheck.md",
    "e09": "e09_russians_finland_truncated.html",
    "e10": "e10_russians_serbia_oped.md",
    "e11": "e11_ukraine_moldova_digest.html",
    "e12": "e12_afghans_iran_truncated.txt",
}
G = []


def C(doc, text, quote, measure, qual, low, high, origin, dest, place=None, unit="people", per=None,
      pop="general", frm=None, to=None, src=None):
    G.append({"doc": DOCS[doc], "text": text, "quote": quote, "measure": measure, "unit": unit, "per": per,
              "low": low, "high": high, "qualifier": qual, "origin": origin, "destination": dest,
              "place": place, "population": pop, "from": frm, "to": to, "source": src})


# ---------------- e01 Belarusians into Lithuania / Poland (published 2021-08-09, a Monday)
q = "Nearly 40,000 Belarusians moved to Lithuania in year since disputed vote, migration department says"
C("e01", "Nearly 40,000", q, "arrivals", "nearly", None, 40000, "BY", "LT", frm="2020-08-09", to="2021-08-09", src="migration department")
q = "Nearly 40,000 Belarusian citizens have moved to Lithuania since the disputed presidential election of August 9, 2020, Lithuania's Migration Department said on Monday, a year after the vote set off mass protests and a sweeping crackdown in Minsk."
C("e01", "Nearly 40,000", q, "arrivals", "nearly", None, 40000, "BY", "LT", frm="2020-08-09", to="2021-08-09", src="Lithuania's Migration Department")
q = "Of those, some 14,600 hold temporary residence permits issued on the basis of work, and 2 370 received national visas under a humanitarian corridor introduced last September, the department said in a written statement."
C("e01", "some 14,600", q, "residents", "approx", 14600, 14600, "BY", "LT", frm="2020-08-09", to="2021-08-09", src="Lithuania's Migration Department")
C("e01", "2 370", q, "residents", "exact", 2370, 2370, "BY", "LT", frm="2020-08-09", to="2021-08-09", src="Lithuania's Migration Department")
q = "A total of 312 Belarusians applied for asylum in Lithuania between August 2020 and June 2021, according to figures cited by the Vilnius-based support group Nasha Dzverka, which helps new arrivals with housing and paperwork."
C("e01", "312", q, "asylum", "exact", 312, 312, "BY", "LT", frm="2020-08", to="2021-06", src="Nasha Dzverka")
q = "Neighbouring Poland said it had granted international protection to 1,150 Belarusians in the first seven months of 2021, compared with 87 in the whole of 2019, according to Poland's Office for Foreigners."
C("e01", "1,150", q, "asylum", "exact", 1150, 1150, "BY", "PL", frm="2021-01", to="2021-07", src="Poland's Office for Foreigners")
C("e01", "87", q, "asylum", "exact", 87, 87, "BY", "PL", frm="2019", to="2019", src="Poland's Office for Foreigners")
q = "Last Thursday, 23 Belarusians, most of them athletes and coaches who had signed open letters against the authorities, crossed into Poland at the Terespol checkpoint, the Polish border guard said."
C("e01", "23", q, "arrivals", "exact", 23, 23, "BY", "PL", place="Terespol", frm="2021-08-05", to="2021-08-05", src="the Polish border guard")
q = "About 900 Belarusians who had moved to Lithuania returned to Belarus in the first half of 2021, the department said, many of them after their job contracts ended or because relatives needed care."
C("e01", "About 900", q, "returns", "approx", 900, 900, "BY", "LT", frm="2021-01", to="2021-06", src="Lithuania's Migration Department")
q = "In total, between 100,000 and 150,000 Belarusians have left the country since the election, according to the Warsaw-based Centre for East European Mobility, which combines consular records with survey data."
C("e01", "between 100,000 and 150,000", q, "departures", "range", 100000, 150000, "BY", None, frm="2020-08-09", to="2021-08-09", src="the Warsaw-based Centre for East European Mobility")
q = "Tens of thousands more have left without registering anywhere, opposition groups estimate, though no official tally exists."
C("e01", "Tens of thousands", q, "departures", "order", 10000, 99999, "BY", None, frm="2020-08-09", to="2021-08-09", src="opposition groups")

# ---------------- e02 Nagorno-Karabakh live blog (published 2023-09-26, Tuesday; Sunday = 09-24, Monday = 09-25)
q = "Live: More than 28,000 people have crossed into Armenia from Nagorno-Karabakh"
C("e02", "More than 28,000", q, "arrivals", "at_least", 28000, None, "AZ", "AM", frm="2023-09-24", to="2023-09-26")
q = "The Armenian government's latest tally is out: more than 28,000 people have entered Armenia from Nagorno-Karabakh since the first refugees arrived on Sunday evening, spokeswoman Lilit Harutyunyan told reporters in Yerevan."
C("e02", "more than 28,000", q, "arrivals", "at_least", 28000, None, "AZ", "AM", frm="2023-09-24", to="2023-09-26", src="spokeswoman Lilit Harutyunyan")
q = "Our correspondent at the Kornidzor checkpoint says the line of cars on the road down from the Hakari bridge now stretches roughly 15 km."
C("e02", "roughly 15 km", q, "queue", "approx", 15, 15, "AZ", "AM", place="Kornidzor", unit="km", to="2023-09-26")
q = "Drivers told her they had waited between 20 and 30 hours to reach the Armenian side."
C("e02", "between 20 and 30 hours", q, "queue", "range", 20, 30, "AZ", "AM", place="Kornidzor", unit="hours", to="2023-09-26", src="Drivers")
q = "The deputy governor of Syunik province, Karen Avetisyan, said Goris had registered about 6,500 new arrivals since midnight, the largest single-day figure so far."
C("e02", "about 6,500", q, "arrivals", "approx", 6500, 6500, "AZ", "AM", place="Goris", frm="2023-09-26", to="2023-09-26", src="The deputy governor of Syunik province, Karen Avetisyan")
q = "Some 3,000 vehicles were waiting on the Karabakh side of the Hakari bridge at dawn, according to the Syunik Aid Corps volunteers who drove up to the checkpoint overnight."
C("e02", "Some 3,000", q, "queue", "approx", 3000, 3000, "AZ", "AM", place="Hakari bridge", unit="vehicles", to="2023-09-26", src="the Syunik Aid Corps volunteers")
q = "By Monday night, 13,350 people had crossed into Armenia, the government said, up from 6,650 on Sunday night, most of them women, children and elderly people."
C("e02", "13,350", q, "arrivals", "exact", 13350, 13350, "AZ", "AM", frm="2023-09-24", to="2023-09-25", src="the Armenian government")
C("e02", "6,650", q, "arrivals", "exact", 6650, 6650, "AZ", "AM", frm="2023-09-24", to="2023-09-24", src="the Armenian government")
q = "Among the arrivals registered on Monday were 2,100 children, according to the social affairs ministry."
C("e02", "2,100", q, "arrivals", "exact", 2100, 2100, "AZ", "AM", pop="other", frm="2023-09-25", to="2023-09-25", src="the social affairs ministry")

# ---------------- e03 Venezuelans in the Andes, data piece (published 2023-06-20)
q = "Around 7.7 million Venezuelans have left their country since 2015, according to the Observatorio Andino de Movilidad (OAM), a research network that compiles figures from national migration authorities."
C("e03", "Around 7.7 million", q, "departures", "approx", 7700000, 7700000, "VE", None, frm="2015", to="2023-05", src="the Observatorio Andino de Movilidad (OAM)")
TSRC = "national migration authorities, compiled by the OAM"
for row, country, res, resv, asy, asyv in [
        ("| Colombia | 2.89m | 14,200 |", "CO", "2.89m", 2890000, "14,200", 14200),
        ("| Peru | 1,540,000 | 532 000 |", "PE", "1,540,000", 1540000, "532 000", 532000),
        ("| Ecuador | 502 000 | 27,300 |", "EC", "502 000", 502000, "27,300", 27300),
        ("| Chile | 444,400 | 6,850 |", "CL", "444,400", 444400, "6,850", 6850),
        ("| Brazil | 477,500 | 96,100 |", "BR", "477,500", 477500, "96,100", 96100)]:
    C("e03", res, row, "residents", "exact", resv, resv, "VE", country, to="2023-05", src=TSRC)
    C("e03", asy, row, "asylum", "exact", asyv, asyv, "VE", country, to="2022-12", src=TSRC)
q = "More than 1.6 million Venezuelans in Colombia had received a Temporary Protection Permit (PPT) by April, the Colombian migration authority said, and the rest of the 2.89 million are registered and waiting for theirs."
C("e03", "More than 1.6 million", q, "residents", "at_least", 1600000, None, "VE", "CO", to="2023-04", src="the Colombian migration authority")
C("e03", "2.89 million", q, "residents", "exact", 2890000, 2890000, "VE", "CO", to="2023-05", src="the Colombian migration authority")
q = "Peru's asylum system became the default route for Venezuelans who arrived without a visa after 2019, and more than half a million claims are stuck in the queue."
C("e03", "more than half a million", q, "asylum", "at_least", 500000, None, "VE", "PE", to="2022-12")
q = "At the Rumichaca bridge between Colombia and Ecuador, Ecuadorian officials counted 1,200 to 1,500 Venezuelans a day entering Ecuador in May, most of them heading further south."
C("e03", "1,200 to 1,500", q, "arrivals", "range", 1200, 1500, "VE", "EC", place="Rumichaca", per="day", frm="2023-05", to="2023-05", src="Ecuadorian officials")
q = "In late April and May, Peruvian officials at the Tumbes border post recorded that roughly 45k Venezuelans left Peru heading north, many of them after being stranded for weeks at the Chilean border near Tacna."
C("e03", "roughly 45k", q, "departures", "approx", 45000, 45000, "PE", None, frm="2023-04", to="2023-05", src="Peruvian officials at the Tumbes border post")
q = "The Venezuelan government says 31,000 people have returned home under its repatriation flights since 2018, a figure independent researchers say they cannot verify."
C("e03", "31,000", q, "returns", "exact", 31000, 31000, "VE", None, frm="2018", to="2023-06-20", src="The Venezuelan government")
q = "They may count the same person twice if he or she moved from one country to another, and they exclude people with irregular status, whose number the OAM puts at \"hundreds of thousands\" in Colombia alone but does not estimate precisely."
C("e03", "hundreds of thousands", q, "residents", "order", 100000, 999999, "VE", "CO", to="2023-06-20", src="the OAM")

# ---------------- e04 Darien Gap NGO release (published 2023-10-05)
q = "Some 250,000 Venezuelans crossed into Panama through the jungle between January and September, the migration service said."
C("e04", "Some 250,000", q, "arrivals", "approx", 250000, 250000, "VE", "PA", place="Darién", frm="2023-01", to="2023-09", src="the migration service")
q = "They were followed by Ecuadorians (roughly 45k), Haitians (a little over 38,000) and Chinese nationals (about 15,000), the last group almost unknown on this route until last year."
C("e04", "roughly 45k", q, "arrivals", "approx", 45000, 45000, "EC", "PA", place="Darién", frm="2023-01", to="2023-09", src="the migration service")
C("e04", "a little over 38,000", q, "arrivals", "at_least", 38000, None, "HT", "PA", place="Darién", frm="2023-01", to="2023-09", src="the migration service")
C("e04", "about 15,000", q, "arrivals", "approx", 15000, 15000, "CN", "PA", place="Darién", frm="2023-01", to="2023-09", src="the migration service")
q = "In the second half of September, our staff at Lajas Blancas saw Venezuelan arrivals alone running at 1,800 a day."
C("e04", "1,800", q, "arrivals", "exact", 1800, 1800, "VE", "PA", place="Lajas Blancas", per="day", frm="2023-09-16", to="2023-09-30")
q = "In the last week of August, 14 500 Venezuelans crossed, the highest weekly figure on record."
C("e04", "14 500", q, "arrivals", "exact", 14500, 14500, "VE", "PA", frm="2023-08-25", to="2023-08-31")
q = "Only 410 Venezuelans applied for refugee status in Panama between January and August, according to the National Office for Refugee Attention."
C("e04", "410", q, "asylum", "exact", 410, 410, "VE", "PA", frm="2023-01", to="2023-08", src="the National Office for Refugee Attention")
q = "Some turn back: about 400 Venezuelans returned home from Panama City on humanitarian flights in August, Panamanian officials said."
C("e04", "about 400", q, "returns", "approx", 400, 400, "VE", "PA", place="Panama City", frm="2023-08", to="2023-08", src="Panamanian officials")

# ---------------- e05 Rohingya explainer (published 2024-08-25)
q = "Seven years ago today, Myanmar's army launched a campaign of violence in northern Rakhine State that sent hundreds of thousands of Rohingya Muslims fleeing across the Naf river into Bangladesh."
C("e05", "hundreds of thousands", q, "arrivals", "order", 100000, 999999, "MM", "BD", frm="2017-08-25", to="2017")
q = "More than 740,000 Rohingya crossed into Bangladesh in the year after 25 August 2017, according to Bangladesh's refugee relief commissioner."
C("e05", "More than 740,000", q, "arrivals", "at_least", 740000, None, "MM", "BD", frm="2017-08-25", to="2018-08-25", src="Bangladesh's refugee relief commissioner")
q = "Most arrived in the first three months, when crossing points such as Shah Porir Dwip and the Anjuman Para paddy fields saw thousands of people a day."
C("e05", "thousands", q, "arrivals", "order", 1000, 9999, "MM", "BD", per="day", frm="2017-08-25", to="2017-11-25")
q = "Before 2017, Bangladesh already hosted some 300,000 Rohingya who had fled earlier waves of persecution, most of them living in and around Cox's Bazar."
C("e05", "some 300,000", q, "residents", "approx", 300000, 300000, "MM", "BD", to="2016")
q = "Around 200,000 fled to Bangladesh in 1978, and roughly 250,000 in 1991-92; many of those were sent back under repatriation deals within a few years."
C("e05", "Around 200,000", q, "arrivals", "approx", 200000, 200000, "MM", "BD", frm="1978", to="1978")
C("e05", "roughly 250,000", q, "arrivals", "approx", 250000, 250000, "MM", "BD", frm="1991", to="1992")
q = "The commissioner's office counts 1,003,000 registered Rohingya refugees in Bangladesh as of July, the large majority in the 33 camps of Ukhiya and Teknaf."
C("e05", "1,003,000", q, "residents", "exact", 1003000, 1003000, "MM", "BD", to="2024-07", src="The commissioner's office")
q = "Since the Arakan Army's war with the junta escalated in November, an estimated 18,000 new refugees have entered Bangladesh, Bangladeshi officials say, despite the border being officially closed."
C("e05", "an estimated 18,000", q, "arrivals", "approx", 18000, 18000, "MM", "BD", frm="2023-11", to="2024-08-25", src="Bangladeshi officials")
q = "About 4,100 Rohingya set off from Bangladesh by boat in 2023, according to the Dhaka-based Coastal Rights Forum, most of them heading for Malaysia or Indonesia"
C("e05", "About 4,100", q, "departures", "approx", 4100, 4100, "BD", None, frm="2023", to="2023", src="the Dhaka-based Coastal Rights Forum")
q = "Indonesia's Aceh province received more than 1,500 Rohingya boat arrivals between November 2023 and January 2024, local officials said, prompting protests by some residents."
C("e05", "more than 1,500", q, "arrivals", "at_least", 1500, None, "BD", "ID", place="Aceh", frm="2023-11", to="2024-01", src="local officials")
q = "Bangladeshi officials say 25 Rohingya returned to Myanmar on their own last year, a figure rights groups dispute."
C("e05", "25", q, "returns", "exact", 25, 25, "MM", "BD", frm="2023", to="2023", src="Bangladeshi officials")

# ---------------- e06 Congolese into Uganda, local news (published 2022-06-16, Thursday; Monday = 06-13)
q = "Over 30,000 Congolese cross into Kisoro as M23 seizes Bunagana"
C("e06", "Over 30,000", q, "arrivals", "at_least", 30000, None, "CD", "UG", place="Kisoro", frm="2022-06-13", to="2022-06-16")
q = "More than 30,000 people have crossed into Uganda since Monday, when M23 rebels took the Congolese border town of Bunagana, Kisoro district officials said on Wednesday."
C("e06", "More than 30,000", q, "arrivals", "at_least", 30000, None, "CD", "UG", frm="2022-06-13", to="2022-06-15", src="Kisoro district officials")
q = "Between 2,000 and 3,000 people are still crossing daily, according to the district's disaster desk."
C("e06", "Between 2,000 and 3,000", q, "arrivals", "range", 2000, 3000, "CD", "UG", per="day", frm="2022-06-13", to="2022-06-16", src="the district's disaster desk")
q = "On Thursday morning a line of people about 2 km long waited at the Bunagana border post to be screened by health workers."
C("e06", "about 2 km", q, "queue", "approx", 2, 2, "CD", "UG", place="Bunagana", unit="km", to="2022-06-16")
q = "At the Nyakabande transit centre, built to hold 1,500 people, camp commandant Moses Turyahabwe said 11,480 refugees were staying there on Wednesday night."
C("e06", "11,480", q, "residents", "exact", 11480, 11480, "CD", "UG", place="Nyakabande", to="2022-06-15", src="camp commandant Moses Turyahabwe")
q = "Some 4,000 of those who crossed on Monday went back to Congo on Tuesday when the shooting paused, officials said, only for many to return to Uganda hours later when the fighting resumed."
C("e06", "Some 4,000", q, "returns", "approx", 4000, 4000, "CD", "UG", frm="2022-06-14", to="2022-06-14", src="officials")
q = "Uganda already hosts more than 480,000 Congolese refugees, the second largest group after South Sudanese, according to the Office of the Prime Minister."
C("e06", "more than 480,000", q, "residents", "at_least", 480000, None, "CD", "UG", to="2022-06-16", src="the Office of the Prime Minister")
q = "In neighbouring Rwanda, the emergency management ministry said 1,200 Congolese had arrived at the Nkamira transit centre in the past week."
C("e06", "1,200", q, "arrivals", "exact", 1200, 1200, "CD", "RW", place="Nkamira", frm="2022-06-09", to="2022-06-16", src="the emergency management ministry")

# ---------------- e07 Tigray refugees in Sudan, interview (published 2020-12-10; recorded 2020-12-09)
S7 = "Gedaref Relief Network"
q = "By our count, more than 50,000 Ethiopians have crossed into Sudan since the fighting began on November 4."
C("e07", "more than 50,000", q, "arrivals", "at_least", 50000, None, "ET", "SD", frm="2020-11-04", to="2020-12-09", src=S7)
q = "At the peak, in mid-November, we had 4,000 to 5,000 people a day coming through Hamdayet."
C("e07", "4,000 to 5,000", q, "arrivals", "range", 4000, 5000, "ET", "SD", place="Hamdayet", per="day", frm="2020-11", to="2020-11", src=S7)
q = "Um Rakuba camp now holds about 19,000 people."
C("e07", "about 19,000", q, "residents", "approx", 19000, 19000, "ET", "SD", place="Um Rakuba", to="2020-12-09", src=S7)
q = "Some 1,700 Eritrean refugees who had been living in the camps inside Tigray crossed with them."
C("e07", "Some 1,700", q, "arrivals", "approx", 1700, 1700, "ET", "SD", pop="other", frm="2020-11-04", to="2020-12-09", src=S7)
q = "And of course there are the Eritreans who have been in Sudan for decades: tens of thousands remain in the old camps around Kassala, such as Shagarab."
C("e07", "tens of thousands", q, "residents", "order", 10000, 99999, "ER", "SD", place="Kassala", to="2020-12-09", src=S7)
q = "Before this war we used to see 300 to 400 Eritreans a month crossing near Kassala, mostly young people avoiding national service."
C("e07", "300 to 400", q, "arrivals", "range", 300, 400, "ER", "SD", place="Kassala", per="month", to="2020-11-03", src=S7)
q = "Roughly 600 have gone back, mostly men checking on their farms and their cattle."
C("e07", "Roughly 600", q, "returns", "approx", 600, 600, "ET", "SD", frm="2020-11-04", to="2020-12-09", src=S7)
q = "The refugee commission in Gedaref told us this week that it has granted prima facie refugee status to 41,800 of the new arrivals."
C("e07", "41,800", q, "asylum", "exact", 41800, 41800, "ET", "SD", frm="2020-11-04", to="2020-12-09", src="The refugee commission in Gedaref")

# ---------------- e08 Syrians in Turkiye, fact check (published 2024-02-14)
q = "Türkiye's interior ministry says 611,000 Syrians have returned voluntarily to Syria since 2016, the year the first areas in the north came under the control of Turkish-backed groups."
C("e08", "611,000", q, "returns", "exact", 611000, 611000, "SY", "TR", frm="2016", to="2024-02-14", src="Türkiye's interior ministry")
q = "In 2023 alone, some 120,000 Syrians went back, the ministry said, many of them to Idlib and to areas around Azaz and Jarablus."
C("e08", "some 120,000", q, "returns", "approx", 120000, 120000, "SY", "TR", frm="2023", to="2023", src="Türkiye's interior ministry")
q = "Türkiye's migration directorate lists 3,17 million Syrians under temporary protection as of early February, down from 3.7 million in 2021."
C("e08", "3,17 million", q, "residents", "exact", 3170000, 3170000, "SY", "TR", to="2024-02", src="Türkiye's migration directorate")
C("e08", "3.7 million", q, "residents", "exact", 3700000, 3700000, "SY", "TR", frm="2021", to="2021", src="Türkiye's migration directorate")
q = "In addition, 238,000 Syrians have been granted Turkish citizenship, according to the interior ministry."
C("e08", "238,000", q, "residents", "exact", 238000, 238000, "SY", "TR", to="2024-02-14", src="the interior ministry")
q = "About 55,000 crossed back into Syria under that scheme by mid-May 2023, mostly through the Cilvegözü and Öncüpınar gates, according to the directorate."
C("e08", "About 55,000", q, "returns", "approx", 55000, 55000, "SY", "TR", frm="2023-02-06", to="2023-05", src="Türkiye's migration directorate")
q = "Thousands of Syrians were deported to Syria from Türkiye in 2023, according to the Istanbul-based Refugee Rights Collective, which says many were pressured into signing \"voluntary return\" forms."
C("e08", "Thousands", q, "returns", "order", 1000, 9999, "SY", "TR", frm="2023", to="2023", src="the Istanbul-based Refugee Rights Collective")
q = "The figure for Syrians alone is some 120,000."
C("e08", "some 120,000", q, "returns", "approx", 120000, 120000, "SY", "TR", frm="2023", to="2023")

# ---------------- e09 Russians into Finland, truncated HTML (published 2022-09-24, Saturday; Friday = 09-23)
q = "Russian arrivals at Finnish border nearly double: 8,572 cross on Friday"
C("e09", "8,572", q, "arrivals", "exact", 8572, 8572, "RU", "FI", frm="2022-09-23", to="2022-09-23")
q = "A total of 8,572 Russian citizens entered Finland across the eastern land border on Friday, up from 4,824 on the same day a week earlier, the border guard's duty officer Jussi Kallio said on Saturday."
C("e09", "8,572", q, "arrivals", "exact", 8572, 8572, "RU", "FI", frm="2022-09-23", to="2022-09-23", src="the border guard's duty officer Jussi Kallio")
C("e09", "4,824", q, "arrivals", "exact", 4824, 4824, "RU", "FI", frm="2022-09-16", to="2022-09-16", src="the border guard's duty officer Jussi Kallio")
q = "Since Wednesday, when President Vladimir Putin announced a partial mobilization, more than 17,000 Russians have entered Finland by land, Kallio said."
C("e09", "more than 17,000", q, "arrivals", "at_least", 17000, None, "RU", "FI", frm="2022-09-21", to="2022-09-24", src="Jussi Kallio")
q = "At Vaalimaa, the busiest crossing, the queue of cars on the Russian side stretched up to 3 kilometres on Saturday morning, and travellers reported waits of six hours."
C("e09", "up to 3 kilometres", q, "queue", "at_most", None, 3, "RU", "FI", place="Vaalimaa", unit="km", to="2022-09-24")
C("e09", "six hours", q, "queue", "exact", 6, 6, "RU", "FI", place="Vaalimaa", unit="hours", to="2022-09-24", src="travellers")
q = "At Nuijamaa, about 400 vehicles were waiting at 9 a.m."
C("e09", "about 400", q, "queue", "approx", 400, 400, "RU", "FI", place="Nuijamaa", unit="vehicles", to="2022-09-24")
q = "About 3,100 Russians crossed back into Russia from Finland on Friday, many of them people who live in Finland and had gone to fetch relatives, or residents of St Petersburg returning from shopping trips."
C("e09", "About 3,100", q, "returns", "approx", 3100, 3100, "RU", "FI", frm="2022-09-23", to="2022-09-23")
q = "Only 14 Russians have sought asylum in Finland since Wednesday, the Finnish Immigration Service said, while 1,712 Russians had applied for residence permits in Finland since the start of the year, most of them for work or study."
C("e09", "14", q, "asylum", "exact", 14, 14, "RU", "FI", frm="2022-09-21", to="2022-09-24", src="the Finnish Immigration Service")
C("e09", "1,712", q, "residents", "exact", 1712, 1712, "RU", "FI", frm="2022-01-01", to="2022-09-24", src="the Finnish Immigration Service")

# ---------------- e10 Russians in Serbia / Armenia / Turkiye, op-ed (published 2023-03-02)
q = "Something like 700,000-900,000 people left Russia for good in 2022, by my own estimate, which combines border statistics from the receiving countries with registration data where it exists."
C("e10", "700,000-900,000", q, "departures", "range", 700000, 900000, "RU", None, frm="2022", to="2022")
q = "Roughly half of them left after the \"partial\" mobilization of 300,000 reservists announced on 21 September."
C("e10", "300,000", q, "mobilized", "exact", 300000, 300000, "RU", None, pop="reservists", frm="2022-09-21", to="2022-09-21")
q = "Perhaps 200,000 Russians passed through Serbia in 2022, though most moved on."
C("e10", "200,000", q, "arrivals", "exact", 200000, 200000, "RU", "RS", frm="2022", to="2022")
q = "Those who stayed are easier to count: about 35,000 Russians registered their stay in 2022, according to the Serbian interior ministry."
C("e10", "about 35,000", q, "residents", "approx", 35000, 35000, "RU", "RS", frm="2022", to="2022", src="the Serbian interior ministry")
q = "In October, Air Serbia flights were at times carrying 1,500 Russians a day out of Moscow to Belgrade."
C("e10", "1,500", q, "arrivals", "exact", 1500, 1500, "RU", "RS", place="Belgrade", per="day", frm="2022-10", to="2022-10")
q = "Armenian officials say that between 40,000 and 60,000 Russians stayed in the country for more than a few months, but border data there mixes tourists, returning Armenians and the newly exiled."
C("e10", "between 40,000 and 60,000", q, "residents", "range", 40000, 60000, "RU", "AM", frm="2022-02-24", to="2023-03-02", src="Armenian officials")
q = "In September, the queue at Verkhny Lars, the Georgian crossing that most Armenia-bound drivers used, was said to be 20 km long."
C("e10", "20 km", q, "queue", "exact", 20, 20, "RU", "GE", place="Verkhny Lars", unit="km", to="2022-09")
q = "Türkiye, meanwhile, issued well over 150,000 residence permits to Russians in 2022, according to its migration authority, many of them in Antalya and Istanbul."
C("e10", "well over 150,000", q, "residents", "at_least", 150000, None, "RU", "TR", frm="2022", to="2022", src="Türkiye's migration authority")
q = "Around 100,000 IT workers left Russia in 2022, according to Russia's digital development ministry, which later claimed that as many as 80% had come back."
C("e10", "Around 100,000", q, "departures", "approx", 100000, 100000, "RU", None, pop="it_workers", frm="2022", to="2022", src="Russia's digital development ministry")
q = "Russian border statistics suggest that tens of thousands returned to Russia from Kazakhstan and Georgia by the end of the year, once it became clear that there would be no second wave of call-ups before the new year."
C("e10", "tens of thousands", q, "returns", "order", 10000, 99999, "RU", None, frm="2022-09-21", to="2022-12", src="Russian border statistics")

# ---------------- e11 Ukrainians in Moldova / Romania / Germany, weekly digest (published 2022-03-06, Sunday)
q = "Week in review: 1.5 million have fled Ukraine in ten days"
C("e11", "1.5 million", q, "departures", "exact", 1500000, 1500000, "UA", None, frm="2022-02-24", to="2022-03-06")
q = "1.5 million people have fled Ukraine since Russia's invasion began on 24 February, according to aid agencies, the fastest exodus in Europe since the Second World War."
C("e11", "1.5 million", q, "departures", "exact", 1500000, 1500000, "UA", None, frm="2022-02-24", to="2022-03-06", src="aid agencies")
q = "More than 230,000 people have crossed from Ukraine into Moldova since 24 February, the Moldovan border police said on Saturday, of whom about 100,000 remain in the country."
C("e11", "More than 230,000", q, "arrivals", "at_least", 230000, None, "UA", "MD", frm="2022-02-24", to="2022-03-05", src="the Moldovan border police")
C("e11", "about 100,000", q, "residents", "approx", 100000, 100000, "UA", "MD", frm="2022-02-24", to="2022-03-05", src="the Moldovan border police")
q = "At Palanca, the main crossing, volunteers counted 9,000 to 10,000 arrivals a day during the week."
C("e11", "9,000 to 10,000", q, "arrivals", "range", 9000, 10000, "UA", "MD", place="Palanca", per="day", frm="2022-02-28", to="2022-03-06", src="volunteers")
q = "Cars queued at Palanca for up to 20 hours on Tuesday, drivers said."
C("e11", "up to 20 hours", q, "queue", "at_most", None, 20, "UA", "MD", place="Palanca", unit="hours", to="2022-03-01", src="drivers")
q = "Almost 300,000 Ukrainians had entered Romania by Saturday, and a little over 80,000 are still in the country, Romanian officials said."
C("e11", "Almost 300,000", q, "arrivals", "nearly", None, 300000, "UA", "RO", frm="2022-02-24", to="2022-03-05", src="Romanian officials")
C("e11", "a little over 80,000", q, "residents", "at_least", 80000, None, "UA", "RO", frm="2022-02-24", to="2022-03-05", src="Romanian officials")
q = "At Siret, the line of people waiting on foot was around 2 km long on Thursday evening."
C("e11", "around 2 km", q, "queue", "approx", 2, 2, "UA", "RO", place="Siret", unit="km", to="2022-03-03")
q = "German federal police had registered 37,786 refugees from Ukraine by Saturday, though the real number is likely far higher because there are no checks at the border with Poland."
C("e11", "37,786", q, "arrivals", "exact", 37786, 37786, "UA", "DE", frm="2022-02-24", to="2022-03-05", src="German federal police")
q = "Berlin's main station alone received 10k people on Friday, the city's social affairs senator said."
C("e11", "10k", q, "arrivals", "exact", 10000, 10000, "UA", "DE", place="Berlin", frm="2022-03-04", to="2022-03-04", src="the city's social affairs senator")

# ---------------- e12 Afghans from Iran via Islam Qala, truncated wire (published 2023-11-20, Monday)
q = "More than 1,500 Afghans are being deported from Iran through the Islam Qala crossing every day, Herat provincial officials said on Monday, adding to a wave of returns from Pakistan that has stretched aid agencies across western and eastern Afghanistan."
C("e12", "More than 1,500", q, "returns", "at_least", 1500, None, "AF", "IR", place="Islam Qala", per="day", to="2023-11-20", src="Herat provincial officials")
q = "In the first week of November, 14,230 people were returned from Iran via Islam Qala, 9,800 of them deported and the rest returning on their own, according to the provincial refugees and repatriation department."
C("e12", "14,230", q, "returns", "exact", 14230, 14230, "AF", "IR", place="Islam Qala", frm="2023-11-01", to="2023-11-07", src="the provincial refugees and repatriation department")
C("e12", "9,800", q, "returns", "exact", 9800, 9800, "AF", "IR", place="Islam Qala", frm="2023-11-01", to="2023-11-07", src="the provincial refugees and repatriation department")
q = "Last week the department also registered 312 unaccompanied children among the deportees."
C("e12", "312", q, "returns", "exact", 312, 312, "AF", "IR", pop="other", frm="2023-11-13", to="2023-11-19", src="the provincial refugees and repatriation department")
q = "Iranian officials estimate that some 4.5 million Afghans live in Iran, many without papers, and Tehran has said it intends to send back as many as 2 million undocumented Afghans."
C("e12", "some 4.5 million", q, "residents", "approx", 4500000, 4500000, "AF", "IR", to="2023-11-20", src="Iranian officials")
q = "Hundreds of thousands crossed into Iran after the Taliban took Kabul in August 2021, joining families who had lived there for decades."
C("e12", "Hundreds of thousands", q, "arrivals", "order", 100000, 999999, "AF", "IR", frm="2021-08", to="2023-11-20")
q = "Some 1.1m Afghans were returned or deported from Iran in 2022, the department said, about the same as the year before."
C("e12", "Some 1.1m", q, "returns", "approx", 1100000, 1100000, "AF", "IR", frm="2022", to="2022", src="the provincial refugees and repatriation department")
q = "On the other side of the country, over 340,000 Afghans have returned from Pakistan since the start of October, according to the Kabul-based Returnee Monitoring Unit, after Islamabad ordered undocumented foreigners to leave by Nov. 1."
C("e12", "over 340,000", q, "returns", "at_least", 340000, None, "AF", "PK", frm="2023-10-01", to="2023-11-20", src="the Kabul-based Returnee Monitoring Unit")

if __name__ == "__main__":
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in G:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(G)} claims")
