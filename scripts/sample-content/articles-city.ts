/** City, data and politics stories for the sample feed. Original fictional text. */
import type { SampleArticle } from './types';

export const articlesCity: SampleArticle[] = [
  {
    id: 'hl-20261127-tram',
    slug: 'harbour-tram-extension-approved',
    page: 1,
    title: 'Council approves harbour tram extension after eleven-hour sitting',
    summary:
      'The £214m line to Gullet Point passed by four votes in the early hours, with a promise to protect the Saltmarket fish stalls during construction.',
    published: '2026-11-27T07:42:00+00:00',
    modified: '2026-11-27T10:15:00+00:00',
    authorIds: ['tomasz-wren'],
    section: 'City',
    tags: ['Transport', 'City Hall', 'Housing'],
    image: {
      name: 'tram-harbour-line',
      alt: 'Illustration of a red tram passing in front of the Aldermouth skyline on a clear day',
      caption: 'The extension would carry trams from Northgate interchange to Gullet Point in eleven minutes.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
Aldermouth's long-promised harbour tram extension was approved shortly before three o'clock this morning, ending a council meeting that began at four the previous afternoon and at one point adjourned so that councillors could find somewhere in the building that was still selling coffee.

The 3.8km line will run from Northgate interchange along the Strand and across the old swing bridge to Gullet Point, where around 2,400 homes are planned on former rail sidings. It was approved by 31 votes to 27, with two abstentions.

"This is the most important decision this council has taken in a generation, and I am aware that I said the same thing about the bin contract," the council leader, Bridget Lomax, told the chamber as the vote approached. "But without the tram, Gullet Point is a car park with bedrooms."

## What was agreed

The approved business case puts the cost at £214m, of which £150m is expected to come from the regional transport fund and the rest from borrowing against future business rates on the new development. Construction is due to start in the spring of 2027, with the first passengers carried in late 2029.

The package voted through includes:

- four new stops, at Strand Steps, Swing Bridge, Ropewalk Yard and Gullet Point;
- a trams-only section on the swing bridge, which will close to private cars;
- a £6m fund to compensate businesses on the Strand for lost trade during the works;
- a commitment that the Saltmarket fish stalls will not be moved during construction.

The last item was added in an amendment at about half past one in the morning, after a long intervention from Councillor Aled Prosser, whose ward includes the market.

> "The stalls have been on that corner since before there was a council. They were there when the trams ran the first time, and they'll be there when this lot have rusted."

The amendment passed without a vote.

## The opposition

Opponents argued that the cost would rise, as it has on almost every comparable scheme, and that the money would be better spent on buses. Councillor Ffion Grady, who leads the Harbour First group, said the business case assumed passenger numbers "that would embarrass a theme park".

"Nobody in this chamber is against trams," she said. "We are against writing a blank cheque and calling it a vision."

Residents of Westerholm, which the route does not serve, have also complained that the project will absorb the transport budget for the rest of the decade. A petition asking for the Westerholm bus route to be made a priority instead has collected just over 3,000 signatures.

## What happens next

The decision now goes to the regional transport authority, Carrow Valley Transport, which must confirm its share of the funding by March. Officers told councillors that a public inquiry into the road closures on the swing bridge was "possible but not expected".

A detailed construction timetable, including which streets will be closed and when, will be published in January. Traders on the Strand said they would be watching closely.

"Eleven minutes to Gullet Point sounds lovely," said Nadia Brekke, who runs a bicycle repair shop opposite the proposed Strand Steps stop. "I'd like to know how many minutes it takes to get into my shop while they're digging up the road."

*This article was updated at 10.15 to add the final vote count and the comments of traders on the Strand.*
`,
  },
  {
    id: 'hl-20261123-night-ferry',
    slug: 'night-ferry-resumes-friday',
    page: 1,
    title: 'Night ferry to Fennick Sands resumes on Friday after engine repairs',
    summary: 'The late crossing returns on its winter timetable, with the last sailing from Quayside at 23.40.',
    published: '2026-11-23T16:05:00+00:00',
    authorIds: ['tomasz-wren'],
    section: 'City',
    tags: ['Transport', 'Shipping'],
    text: `
The night ferry between Quayside and Fennick Sands will resume on Friday, three weeks after it was withdrawn when one of the two engines on the MV Morwenna failed during a crossing.

Carrow Valley Transport said the repaired engine had passed its sea trials on Monday and that the vessel would return on the winter timetable. The last sailing from Quayside will leave at 23.40 and the last return from Fennick Sands at 00.10, on Fridays and Saturdays only until March.

Passengers who bought season tickets will have the three lost weeks added to the end of their ticket automatically. Those who paid for taxis during the suspension can claim up to £25 a night by sending receipts to the operator before 31 December.

The replacement bus, which took 55 minutes to cover a crossing that takes 12 by water, will stop running on Thursday night.

A spokesperson for the operator apologised for the disruption and said a spare engine would now be kept at the Quayside workshop "so that one failure does not become a three-week failure".
`,
  },
  {
    id: 'hl-20261124-flood-barrier',
    slug: 'carrow-flood-barrier-closures-data',
    page: 1,
    title: 'The Carrow barrier closed 19 times last winter. In the 1990s it closed twice a year',
    summary:
      'A Ledger analysis of thirty years of operating logs shows how quickly the estuary is running out of headroom, and what engineers plan to do about it.',
    published: '2026-11-24T06:30:00+00:00',
    authorIds: ['ruth-penhaligon'],
    section: 'Data',
    tags: ['Climate', 'Water', 'Data'],
    image: {
      name: 'flood-barrier-storm',
      alt: 'Illustration of rain and waves breaking against a sea wall and barrier gate under a dark sky',
      caption: 'The barrier gates are raised when a surge and a high tide are forecast to coincide.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
When the Carrow tidal barrier was opened in 1989, its designers expected the great steel gates to be raised perhaps once or twice a winter. Last winter they were raised 19 times.

The figures come from three decades of operating logs released to the Ledger by the Carrow Estuary Board, which runs the barrier. They show a slow, then sudden, rise in the number of closures, and they suggest the structure will reach the limit it was designed for well before the date in its engineering plan.

## Thirty years of closures

The table below shows the average number of closures a year in each five-year period, and the highest tide recorded at the Quayside gauge in that period.

<table>
<caption>Carrow barrier closures by period (source: Carrow Estuary Board operating logs; Ledger analysis)</caption>
<thead><tr><th scope="col">Winters</th><th scope="col">Closures per year (average)</th><th scope="col">Highest tide at Quayside (m)</th><th scope="col">Longest closure (hours)</th></tr></thead>
<tbody>
<tr><td>1991–1995</td><td>1.8</td><td>5.62</td><td>6</td></tr>
<tr><td>1996–2000</td><td>2.4</td><td>5.71</td><td>7</td></tr>
<tr><td>2001–2005</td><td>3.6</td><td>5.68</td><td>9</td></tr>
<tr><td>2006–2010</td><td>4.2</td><td>5.80</td><td>9</td></tr>
<tr><td>2011–2015</td><td>6.8</td><td>5.93</td><td>12</td></tr>
<tr><td>2016–2020</td><td>9.4</td><td>5.97</td><td>14</td></tr>
<tr><td>2021–2025</td><td>14.2</td><td>6.08</td><td>19</td></tr>
</tbody>
</table>

Part of the rise is down to a change in the rules. Since 2014 the barrier has been closed earlier, at a lower forecast tide, to protect the new homes at Ropewalk Yard. But even counting only the closures that would have happened under the old rules, the trend is clear: roughly a doubling every ten to twelve years.

[[figure-sea-level-chart | Chart-style illustration of rising bars and a trend line | Annual mean sea level at the Quayside gauge has risen by about 11cm since the barrier opened. | Graphic: Harbour Ledger data desk]]

## Why closures matter

Each closure is a small engineering event. The gates take about 40 minutes to rise, ships are held outside, and the river behind the barrier backs up. If heavy rain falls inland at the same time, the Carrow has nowhere to go.

"The barrier is very good at keeping the sea out," said Dr Kofi Amankwah, a hydrologist at the University of Aldermouth. "It is not designed to keep the river in. The more often you close it, the more often you have to hope it is not raining in the hills."

The board's own planning documents assume that the barrier will need major works once it reaches about 50 closures a year. On the current trend, that point would come in the early 2040s rather than the 2060s as originally planned.

## What happens next

The estuary board is consulting until February on three options:

1. Raising the barrier's sills and strengthening the gates, at an estimated £90m, which would extend its life by about 25 years.
2. Building a second, larger barrier downstream at Gullet Point, estimated at £600m to £800m.
3. Accepting more frequent closures and investing in upstream storage, such as restored wetlands and temporary flood basins, to hold river water during long closures.

The board's chief engineer, Marta Lindqvist, said the options were "not mutually exclusive" and that some upstream storage would be needed whatever was chosen.

> "Thirty years ago we built something to last a century. The sea has read the plans and disagrees."

Our analysis, the cleaned operating logs and the code used to produce the table are published on the Ledger's data repository.
`,
  },
  {
    id: 'hl-20261123-rents',
    slug: 'aldermouth-rent-rises-slowing',
    page: 1,
    title: 'Rent rises are slowing in Aldermouth, but not for the smallest flats',
    summary:
      'Average rents rose 4.1% in the year to October, the slowest rate since 2021. One-bedroom flats near the harbour are the exception.',
    published: '2026-11-23T07:00:00+00:00',
    authorIds: ['ruth-penhaligon'],
    section: 'Data',
    tags: ['Housing', 'Data', 'Economy'],
    image: {
      name: 'rent-chart',
      alt: 'Abstract bar chart with a rising line drawn over a purple grid',
      caption: 'Rents for one-bedroom flats have risen faster than any other type of home for five years running.',
      credit: 'Illustration: Harbour Ledger data desk',
    },
    body: `
For the first time in five years, the average rent in Aldermouth rose more slowly than wages, according to figures from the city's private rented sector register analysed by the Ledger.

The typical advertised rent for a new tenancy rose 4.1% in the year to October, to £1,045 a month. Average weekly earnings in the city rose 4.6% over the same period. The last time rents grew more slowly than pay was the spring of 2021.

But the headline figure hides a sharp split. Rents for one-bedroom flats rose 8.7%, more than twice the average, and in the three postcode districts closest to the harbour the rise was 11.2%.

## Why the smallest homes are different

Letting agents and housing researchers gave the same explanation: the number of people who want to live alone near the centre has grown faster than the number of small homes there.

"Every new job at the port or the university is, nine times out of ten, one person looking for one bedroom," said Hamida Qureshi, who manages a letting agency on Northgate Road. "We have families' houses sitting for three weeks and one-beds gone in an afternoon."

The register also shows how few small flats are being added. Of the 1,130 homes completed in the city last year, 212 had one bedroom, and most of those were in student blocks that are not let on the open market.

## Who is feeling it

The council's own figures suggest that a single person on the median wage for a care worker in Aldermouth would now spend 46% of their take-home pay on the average one-bedroom rent near the harbour. The usual benchmark for affordability is 30%.

Eoin Madigan, 27, a paramedic who moved to the city in the summer, said he had viewed eleven flats before finding one in Westerholm, a 40-minute bus ride from the station where he works.

"I'm not complaining about the flat, it's fine," he said. "I'm complaining about the bus. When you finish a night shift you want to be home, not at a bus stop in the rain."

## What could change

The council's draft local plan, which goes out to consultation in January, proposes that at least a quarter of the homes in any new development of more than 50 units must be one-bedroom or studio flats. Developers have argued that such flats are harder to sell to investors and that the rule could slow building.

Councillor Priya Anand, the cabinet member for housing, said the figures showed the city had "built for the household it had in 1995, not the one it has now".

> "Slowing rent growth is welcome. It is not the same as affordable rent, and for a young person on a normal wage near the harbour it has not slowed at all."

The full dataset, broken down by postcode district and bedroom count, is available on the Ledger's data pages.
`,
  },
  {
    id: 'hl-20261120-hospital',
    slug: 'st-brannocks-winter-waiting-times',
    page: 1,
    title: 'Waits at St Brannock’s emergency department longest for a November in a decade',
    summary:
      'One in five patients waited more than four hours last week, as a norovirus outbreak closed two wards and the winter flu season arrived early.',
    published: '2026-11-20T18:20:00+00:00',
    authorIds: ['ruth-penhaligon'],
    section: 'City',
    tags: ['Health', 'Data'],
    image: {
      name: 'hospital-night',
      alt: 'Night-time illustration of city towers with many lit windows under a dark blue sky',
      caption: 'St Brannock’s is the only emergency department serving the Carrow estuary.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
Patients arriving at the emergency department of St Brannock's Hospital last week faced the longest waits recorded in any November for at least ten years, according to weekly figures published by the hospital trust.

Of the 2,318 people who attended the department in the seven days to Sunday, 468, or one in five, waited more than four hours to be admitted, transferred or sent home. Forty-one patients waited more than twelve hours from arrival.

The figures normally peak in January. Staff said this year's winter had arrived in three waves at once.

## Three pressures at once

The trust identified three causes in a briefing to the city's health scrutiny committee:

- a norovirus outbreak that has closed two medical wards to new admissions since 9 November;
- an early start to the flu season, with 63 people admitted with confirmed flu last week compared with 11 in the same week last year;
- a shortage of care-home places, which means about 70 patients who are well enough to leave hospital cannot be discharged.

The third is the one clinicians worry about most, because it does not go away when the virus season ends.

"The front door of the hospital is only as open as the back door," said Dr Temitope Ajayi, a consultant in emergency medicine. "When the beds upstairs are full of people waiting for a care package, the patients downstairs wait in corridors. That's not a winter problem. Winter just makes it visible."

## What patients are seeing

Several readers contacted the Ledger this week to describe long waits. A woman from Fennick Hill said her 84-year-old father had spent fourteen hours on a trolley after a fall before being given a bed. A man from Northgate said he had waited six hours with a broken wrist, and that staff had been "apologetic, kind and obviously exhausted".

The trust said it was sorry for the delays and urged people with less urgent problems to use the minor injuries unit at Westerholm health centre, which had an average wait of 52 minutes last week, or to call the non-emergency advice line.

## How the numbers compare

St Brannock's is not an outlier. Across the region, the share of patients seen within four hours was 74% last week; at St Brannock's it was 79.8%. But the hospital's own trend is worse than its neighbours': in November 2019 the figure was 91%.

Fiona Castellanos, the chief executive of the trust, said a new 24-bed discharge lounge would open at the end of the month, and that the trust was paying for 30 temporary care-home places to free beds before Christmas.

> "We have plans for this winter. What we need is a plan for the next ten."

The scrutiny committee will question the trust and the council's adult social care department at a public meeting on 4 December.
`,
  },
  {
    id: 'hl-20261117-school-meals',
    slug: 'free-school-meals-pilot-westerholm',
    page: 1,
    title: 'Every primary pupil in Westerholm to get a free lunch in two-year pilot',
    summary:
      'The council will fund universal free meals in nine schools from January, and researchers will measure the effect on attendance and concentration.',
    published: '2026-11-17T12:10:00+00:00',
    authorIds: ['tomasz-wren'],
    section: 'City',
    tags: ['Education', 'Health', 'City Hall'],
    image: {
      name: 'school-hills',
      alt: 'Illustration of a row of colourful terraced houses beneath green hills at dawn',
      caption: 'Westerholm has the highest rate of child poverty of any ward in the city.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
Every child at the nine primary schools in Westerholm will be offered a free hot lunch from January, under a two-year pilot approved by the council's cabinet on Monday.

The scheme, which will cost about £1.9m, extends free meals to roughly 1,400 pupils whose families do not currently qualify. About 38% of children in the ward already receive free school meals because their parents are on low incomes; the pilot removes the means test altogether.

"A hungry child cannot learn fractions," said Councillor Esther Mwangi, the cabinet member for children's services. "We've spent years arguing about exactly which children deserve lunch. In Westerholm, we're going to stop arguing and feed them."

## Why Westerholm

The ward was chosen because it has the highest rate of child poverty in Aldermouth and because head teachers there asked for it. In a letter to the council last spring, all nine heads said that a significant number of families were just above the income threshold and were "too proud, too busy or too confused by the forms" to apply for help they might be entitled to.

Kerry-Ann Doyle, head of Westerholm Primary, said that staff regularly bought breakfast for pupils out of their own pockets.

> "Last winter a boy in Year 5 asked if he could take the leftover toast home for his sister. That is the sentence that got me writing to the council."

## What will be measured

The pilot will be evaluated by researchers from the University of Aldermouth's school of education, who will compare the Westerholm schools with a group of similar schools elsewhere in the city. They plan to look at:

1. attendance, including the number of children who are persistently absent;
2. teachers' assessments of concentration in afternoon lessons;
3. the number of pupils visiting the school nurse with headaches or stomach aches;
4. take-up of the meals themselves, which in some universal schemes has fallen after the first year.

Results from the first year are due in the autumn of 2027.

## The cost question

Opposition councillors did not oppose the pilot but questioned how it would be paid for after two years. The money is coming from a one-off underspend in the public health budget.

"If it works, and I hope it does, we will be under enormous pressure to extend it to every ward, and there is no money for that," said Councillor Martin Oduya. "We should be honest with parents now about what happens in 2029."

The school catering contractor has said it can produce the extra meals from its existing kitchens, but will need to hire about 20 additional staff. Recruitment begins next month, with priority for applicants living in the ward.
`,
  },
  {
    id: 'hl-20261116-by-election',
    slug: 'harbour-ward-by-election-candidates',
    page: 1,
    title: 'Harbour ward by-election: six candidates, one marina and a very old pub',
    summary:
      'Voters in the city’s most divided ward go to the polls on 11 December. Here is who is standing and what they want.',
    published: '2026-11-16T09:00:00+00:00',
    authorIds: ['tomasz-wren'],
    section: 'City',
    tags: ['Elections', 'City Hall', 'Housing'],
    image: {
      name: 'harbour-ward-skyline',
      alt: 'Illustration of crowded rooftops and towers at dusk, with lit windows',
      caption: 'The Harbour ward includes both the new marina towers and some of the oldest streets in the city.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
The Harbour ward by-election, called after the resignation of Councillor Dominic Faye in October, will be held on Thursday 11 December. The result could leave the council's ruling coalition with a majority of one, or none.

Six candidates have been nominated. The ward stretches from the new apartment towers around the marina to the terraces of the old Saltmarket, and turnout at the last full election was 29%, the lowest in the city.

## The candidates

In ballot-paper order:

- **Jonah Achebe** (Green and Left), a primary school teacher who has campaigned for a cycle route along the Strand.
- **Lorraine Bellweather** (Harbour First), a former harbourmaster's clerk and chair of the Saltmarket Traders' Association.
- **Thomas Carrick** (independent), landlord of the Anchor and Compass, which claims to be the oldest pub in the city and is in the way of a proposed marina car park.
- **Helena Dufresne** (Civic Alliance), a solicitor and the coalition's candidate.
- **Gareth Ellory** (Ratepayers' Voice), a retired accountant standing on a platform of freezing council tax.
- **Sunita Varma** (independent), a nurse and tenants' union organiser who lives in one of the marina towers.

## The issues

On the doorstep, candidates said three issues came up again and again: the cost of renting, the marina car park and the smell.

The smell is from the old sewage outfall near Harbour Steps, which the water company has promised to move by 2028. Several candidates have made it the centrepiece of their leaflets.

"You can knock on a door and talk about the council's capital programme for ten minutes," said Ms Bellweather. "Or you can say 'the smell', and they'll talk to you for half an hour."

The marina car park is more divisive. The council wants to build 400 spaces on land that includes the Anchor and Compass, arguing that it will take cars off the narrow streets of Saltmarket. Mr Carrick, who is standing largely to stop it, said he had "nothing against cars, only against being demolished for them".

## Why it matters beyond the ward

The Civic Alliance and its partners currently hold 31 of the council's 60 seats. Losing the Harbour ward would leave them reliant on independent councillors to pass the budget in February, a prospect the council leader, Bridget Lomax, has described as "perfectly manageable", and her opponents as "the end of the beginning".

> "It's a by-election in December in the wettest ward in the city. Whoever gets people out in the rain wins."

The Ledger will host a hustings with all six candidates at the Seamen's Mission on Strand Street on 2 December at 7pm. Questions can be sent in advance to our city desk.
`,
  },
  {
    id: 'hl-20261110-cycle-count',
    slug: 'strand-cycle-lane-one-year-count',
    page: 1,
    title: 'A year of the Strand cycle lane, in numbers',
    summary:
      'Cycle journeys are up 61%, car traffic down 12% and the number of shops that closed is, so far, lower than feared. The counters tell a more complicated story than either side.',
    published: '2026-11-10T07:15:00+00:00',
    authorIds: ['ruth-penhaligon'],
    section: 'Data',
    tags: ['Transport', 'Data', 'City Hall'],
    image: {
      name: 'cycle-count-chart',
      alt: 'Abstract green chart with bars and a rising line over a grid',
      caption: 'Automatic counters on the Strand record every bicycle and car that passes.',
      credit: 'Illustration: Harbour Ledger data desk',
    },
    body: `
A year ago this week, the council painted a kerb-protected cycle lane along the length of the Strand and removed one lane of traffic to make room for it. It was, depending on whom you asked, either the most sensible thing the city had done in a decade or the end of the waterfront as a place of business.

Twelve months of data from the automatic counters on the Strand, released to the Ledger, suggest that neither camp was entirely right.

## What the counters show

Comparing the twelve months since the lane opened with the twelve months before:

- bicycle journeys along the Strand rose from an average of 1,420 a day to 2,290, an increase of 61%;
- motor vehicle journeys fell from 14,900 a day to 13,100, down 12%;
- average bus journey times along the corridor were almost unchanged, rising by 18 seconds at the evening peak;
- pedestrian counts at Strand Steps rose 7%, although a new café opened next to the counter, which may not be a coincidence.

The rise in cycling was largest among journeys made between 7am and 9am, consistent with commuting. Weekend cycling rose by a more modest 23%.

## The businesses

The loudest objection to the lane was that removing a traffic lane and 46 parking spaces would drive customers away from the waterfront shops. The council's business rates register shows that seven of the 83 ground-floor units on the Strand changed hands or closed during the year, compared with six the year before and nine the year before that.

That is not the whole story. Several traders told the Ledger that their takings had fallen, particularly those who rely on deliveries or on customers buying heavy goods.

"I sell tiles," said Ahmed Sorensen, whose family has run a flooring shop on the Strand since 1987. "Nobody has ever carried a box of tiles home on a bicycle. We have lost the people who used to stop outside for five minutes."

Others reported the opposite. The owner of a bakery near Swing Bridge said her weekday morning trade was up by about a fifth.

## The safety record

There were four recorded collisions involving cyclists on the Strand in the year since the lane opened, none of them serious, compared with eleven in the previous year, two of which were serious. The numbers are small enough that they should be treated with caution.

## What it all means

Transport researchers said the results were in line with those from similar schemes: a large relative increase in cycling from a low base, a modest fall in traffic and a mixed, hard-to-measure effect on trade.

> "The lane has not transformed the Strand and it has not destroyed it. It has done roughly what the modelling said it would, which in transport is almost unheard of."

The council will decide in the spring whether to extend the lane east to Gullet Point as part of the tram works. The Ledger's full dataset, including hourly counts, is available on our data pages.
`,
  },
  {
    id: 'hl-20261026-budget-gap',
    slug: 'council-budget-gap-38-million',
    page: 2,
    title: 'Council warns of £38m budget gap and says libraries and buses are “on the table”',
    summary:
      'Aldermouth faces its hardest budget in a decade. Officers have listed savings that would close three libraries and cut evening bus subsidies.',
    published: '2026-10-26T14:30:00+00:00',
    authorIds: ['tomasz-wren'],
    section: 'City',
    tags: ['City Hall', 'Economy', 'Housing'],
    image: {
      name: 'budget-donut',
      alt: 'Abstract illustration of a ring chart and horizontal bars in slate blue and orange',
      caption: 'Adult social care and temporary housing now account for more than half of the council’s day-to-day spending.',
      credit: 'Illustration: Harbour Ledger data desk',
    },
    body: `
Aldermouth City Council faces a £38m gap in its budget for next year, its finance director has warned, and has published a list of possible savings that includes closing three branch libraries and ending subsidies for evening bus routes.

The shortfall, equivalent to about 9% of the council's day-to-day spending, is the largest the city has faced since 2015. It is driven almost entirely by the rising cost of two services the council is legally obliged to provide: care for older and disabled adults, and temporary accommodation for homeless families.

"We are not facing a gap because we have been careless," said the finance director, Rhodri Vance, in a report to the cabinet. "We are facing a gap because the things we must pay for are growing faster than the money we are allowed to raise."

## Where the money goes

The cost of temporary accommodation has tripled in three years, to £24m, as the number of families placed in bed-and-breakfast hotels and short-term lets has risen from 190 to 540. Adult social care spending has grown by 11% in a year, reflecting both higher wages in the care sector and more people with complex needs.

Together, the two services now take 53 pence of every pound the council spends on day-to-day services, up from 41 pence five years ago.

## The savings list

The officers' list, which councillors stressed was "options, not decisions", includes:

- closing the branch libraries at Fennick Hill, Northgate and Westerholm, saving £1.1m;
- ending subsidies for 14 evening and Sunday bus routes, saving £2.4m;
- reducing street cleaning in residential areas to once a fortnight, saving £1.6m;
- raising parking charges by 20%, raising £1.9m;
- increasing council tax by the maximum 4.99% allowed without a referendum, raising £7.8m.

Even with every item on the list, the gap would not be closed. The report says the remainder would have to come from reserves, which would be "close to exhausted" by 2028.

## The reaction

Library users began organising within hours of the report's publication. A petition to save the Westerholm branch, which was refurbished only four years ago, had collected 2,000 signatures by Sunday evening.

> "The library is the only warm place on this estate that doesn't expect you to buy something," said Maureen Ashdown, 71, who volunteers at the branch's weekly homework club.

The council leader, Bridget Lomax, said that no decisions had been made and that the council would consult residents before the budget is set in February. She also called on the government to reform the way councils are funded.

"Every council in the country is looking at a version of this list," she said. "The difference is that some of them are pretending they are not."

A public consultation opens on 3 November. The Ledger will publish a guide to how to respond.
`,
  },
  {
    id: 'hl-20261014-storm',
    slug: 'storm-elspeth-seafront-damage',
    page: 2,
    title: 'Storm Elspeth tears up Fennick Sands promenade and floods Saltmarket basements',
    summary:
      'Winds of 80mph and a high spring tide combined overnight. No one was seriously hurt, but repairs to the seafront could take months.',
    published: '2026-10-14T08:05:00+01:00',
    modified: '2026-10-14T17:40:00+01:00',
    authorIds: ['tomasz-wren', 'felix-achterberg'],
    section: 'City',
    tags: ['Climate', 'Water', 'City Hall'],
    image: {
      name: 'seafront-storm',
      alt: 'Illustration of driving rain and breaking waves against a sea wall under storm clouds, with lightning in the distance',
      caption: 'Waves overtopped the Fennick Sands sea wall for about two hours either side of high tide.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
Storm Elspeth brought gusts of up to 80mph to the Carrow estuary overnight, ripping up sections of the promenade at Fennick Sands and flooding basements in Saltmarket, where the river overtopped its banks shortly after midnight.

No one was seriously injured. The coastguard rescued two people from a car that had been driven into floodwater on the Quayside road at about 1am, and the fire service pumped water from more than 40 properties.

The Carrow barrier was closed for 14 hours, the longest closure this year.

## The seafront

At Fennick Sands, waves lifted paving slabs from a 300-metre stretch of the promenade and threw them onto the road behind. The lifeguard hut at the southern end of the beach was found this morning on its side in the car park.

"It's like someone took a giant spade to it," said Colin Marsh, who has run the kiosk at the Sands for 22 years. "I've seen storms. I have not seen the sea pick up a wall and move it."

The council closed the promenade and the coast road and said engineers would assess the sea wall this week. The cabinet member for environment, Councillor Ruairi Banks, said repairs could take "several months" and would cost "at least hundreds of thousands of pounds".

## Saltmarket

In Saltmarket, the cause was the river rather than the sea. With the barrier closed against the high tide, heavy rain falling over the Carrow hills had nowhere to go, and the water rose over the old quay wall near Tanner's Lane.

Residents described water rising through drains and under doors within about twenty minutes.

> "We've got sandbags. We always have sandbags. The water came up through the floor, and you can't sandbag a floor."

Hydrologists have warned for several years that this combination, a long barrier closure coinciding with heavy inland rain, is the main flood risk for the old parts of the city. The estuary board is currently consulting on options for the barrier's future.

## What to do if you were affected

The council has opened a help point at Saltmarket community centre, which is open from 8am to 8pm until Sunday. It advises residents to:

1. photograph damage before starting any clean-up, for insurance claims;
2. avoid contact with floodwater, which may be contaminated with sewage;
3. ask an electrician to check any sockets or appliances that were under water before using them;
4. register for the council's hardship grant of up to £500 per household, which opens tomorrow.

*This article was updated at 17.40 to include the council's advice and the duration of the barrier closure.*
`,
  },
  {
    id: 'hl-20261005-turnout',
    slug: 'who-votes-in-aldermouth-turnout-analysis',
    page: 2,
    title: 'Who votes in Aldermouth? A ward-by-ward look at twenty years of turnout',
    summary:
      'Turnout in the city’s richest ward is nearly twice that in its poorest. Renting, age and how long people have lived somewhere explain most of the gap.',
    published: '2026-10-05T07:00:00+01:00',
    authorIds: ['ruth-penhaligon'],
    section: 'Data',
    tags: ['Elections', 'Data', 'Housing'],
    image: {
      name: 'turnout-chart',
      alt: 'Abstract illustration of a ring chart and horizontal bars on cream paper',
      caption: 'Turnout at city council elections has fallen in 11 of the city’s 15 wards since 2006.',
      credit: 'Illustration: Harbour Ledger data desk',
    },
    body: `
At the last city council election, 52% of registered voters in Fennick Hill cast a ballot. Two miles away in the Harbour ward, 29% did. The Ledger has analysed twenty years of local election results, ward by ward, to understand why the gap is so wide and why it has grown.

## The gap is widening

In 2006, the difference between the highest- and lowest-turnout wards was 15 percentage points. At the most recent election it was 23. Turnout has fallen in 11 of the 15 wards, but it has fallen fastest in the wards that were already lowest.

The wards where turnout has held up, Fennick Hill, Carrow Park and the Heights, have something in common: most homes are owned by the people living in them, and residents tend to be older and to have lived at the same address for many years.

## What explains it

We compared each ward's turnout with census data on its residents. Three factors together explain about four-fifths of the variation between wards:

1. **Renting.** For every ten-point increase in the share of households renting privately, turnout was about four points lower.
2. **Moving.** Wards where more people had moved address in the previous year had lower turnout, even allowing for renting. People who have recently moved are less likely to be registered at their current address at all.
3. **Age.** Wards with more residents aged over 65 had higher turnout, a pattern seen in almost every election in the country.

Income, once those three are accounted for, added surprisingly little.

"People tend to assume it's about poverty or apathy," said Dr Ingrid Halvorsen, a political scientist at the University of Aldermouth who reviewed our analysis. "A lot of it is plumbing. If you moved in August, your name may not be on the register in May, and nobody knocks on your door because the parties' lists are out of date."

## The registration gap

Electoral register data supports that view. In the Harbour ward, the council estimates that about 81% of eligible adults are registered to vote at their current address. In Fennick Hill the figure is 96%.

> "We spend a lot of energy asking why people don't vote. The first question should be whether they can."

## What could be done

Some councils have tried automatic registration drives, using council tax and housing records to find unregistered residents and write to them directly. Aldermouth's electoral services team ran a small trial in two tower blocks last year, which added about 140 people to the register.

With a by-election due in the Harbour ward in December, the council says it will write to every household in the ward this month. The deadline to register to vote in that election is 25 November.

The full ward-level dataset and our methodology are published on the Ledger's data pages.
`,
  },
];
