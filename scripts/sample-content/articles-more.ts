/** Business, science, culture, sport and podcast stories for the sample feed. Original fictional text. */
import type { SampleArticle } from './types';

export const articlesMore: SampleArticle[] = [
  {
    id: 'hl-20261126-podcast-48',
    slug: 'ledger-weekly-48-reading-the-tide-tables',
    page: 1,
    title: 'Ledger Weekly, episode 48: Reading the tide tables',
    summary:
      'Why the Carrow barrier keeps closing, what the harbourmaster watches at 3am, and a listener asks whether the fish stalls really are older than the council.',
    published: '2026-11-26T06:00:00+00:00',
    authorIds: ['sam-kilbride', 'ruth-penhaligon'],
    section: 'Podcasts',
    tags: ['Water', 'Climate', 'Data', 'Elections'],
    image: {
      name: 'tide-tables-podcast',
      alt: 'Illustration of marker buoys with signal rings on an evening sea, with a wave line across the sky',
      caption: 'Ledger Weekly is published every Wednesday morning.',
      credit: 'Artwork: Harbour Ledger graphics desk',
    },
    attachments: [
      {
        url: '/audio/ledger-weekly-48.wav',
        mime_type: 'audio/wav',
        title: 'Ledger Weekly 48: Reading the tide tables (sample clip)',
      },
    ],
    body: `
This week Sam is joined by the Ledger's data editor, Ruth Penhaligon, to talk about thirty years of flood barrier logs and what they say about the estuary's future. Then we go down to the harbourmaster's office at three in the morning to watch a surge arrive on a screen, and we answer a listener's question about the oldest fish stall in Saltmarket.

*The audio attached to this sample episode is a short chime, standing in for the full programme.*

## In this episode

1. 00:00 Introduction, and why Sam's boots are still wet.
2. 02:10 Ruth on the barrier logs: from two closures a year to nineteen.
3. 14:45 The night shift: harbourmaster Idris Penrose explains the surge forecast.
4. 26:30 Listener question: are the Saltmarket stalls older than the council? (Yes, by about forty years, depending on how you count.)
5. 33:05 What to watch this week: the by-election hustings and the opera everyone is arguing about.

## Mentioned in the show

- Our analysis of the barrier closures, with the full table and the data.
- The estuary board's consultation on the barrier's future, which runs until February.
- The council meeting that approved the harbour tram extension, at about three in the morning.

> "The tide table is the only document in this city that has never been late." — Idris Penrose, harbourmaster

Ledger Weekly is presented by Sam Kilbride and produced by the Ledger audio team. Send us your questions as a voice note and we may answer them on air.
`,
  },
  {
    id: 'hl-20261124-terminal',
    slug: 'northgate-terminal-automation-jobs',
    page: 1,
    title: 'Northgate terminal to automate its cranes, putting 180 jobs at risk',
    summary:
      'The operator says remote-controlled cranes are needed to compete with continental ports. The union says the city is being asked to trade good jobs for a press release.',
    published: '2026-11-24T12:40:00+00:00',
    authorIds: ['daniel-oyelaran'],
    section: 'Business',
    tags: ['Shipping', 'Economy'],
    image: {
      name: 'container-terminal',
      alt: 'Illustration of two container cranes and stacked coloured containers on a quay, with the city skyline behind',
      caption: 'Northgate handles about 650,000 containers a year.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
The operator of Aldermouth's Northgate container terminal plans to replace its ship-to-shore cranes with remote-controlled models and automate its stacking yard over the next four years, in a move that could eliminate about 180 of the terminal's 640 jobs.

Tessaly Logistics, which holds the concession to run the terminal until 2049, told staff on Monday that the £310m investment was needed to handle the larger ships now calling at North Sea ports and to compete with continental terminals that have already automated.

"We can stand still and lose the ships, or we can invest and keep them," said the terminal's managing director, Pieter Haldane. "Standing still does not protect a single job. It just means they disappear more slowly."

## What will change

Under the plan, crane drivers would no longer sit in a cab sixty metres above the quay. Instead, they would work from a control room on the ground, each supervising several cranes, which would carry out most movements automatically. In the yard, driverless stacking cranes would replace the straddle carriers that currently move containers between the quay and the lorry gates.

[[figure-terminal-night | Illustration of container cranes lit up against a night sky over dark water | The terminal runs around the clock; about a third of its workers are on night shifts. | Illustration: Harbour Ledger graphics desk]]

The company says the changes would cut the time a ship spends alongside by about 20% and reduce the terminal's emissions, since the new equipment is electric.

## The union's response

The dockers' union said it would oppose any compulsory redundancies and accused the company of announcing the plan without consultation.

> "Those are some of the best-paid working-class jobs left in this city. You don't get them back once they're gone."

Branch secretary Kath Moorcroft said the union was not opposed to new technology but wanted guarantees on retraining, and a share of the productivity gains for the workers who remain. "Automation is a choice about who benefits," she said. "So far only one side has made that choice."

## The wider picture

Analysts said Northgate's plan reflected a trend across European ports, where several major terminals have automated in the past decade. Results have been mixed: some automated terminals have proved slower than expected in their first years, and cyber security has become a growing concern.

For the city, the question is partly about jobs and partly about dependence. The port authority receives a share of the terminal's revenues, and the council is counting on growth at the port to fund parts of the Gullet Point development.

Tessaly said it expected most of the job reductions to come through retirement and voluntary redundancy, and that it would create about 60 new roles in maintenance and remote operations. Formal consultation with staff begins next month.
`,
  },
  {
    id: 'hl-20261121-seagrass',
    slug: 'carrow-seagrass-restoration-first-results',
    page: 1,
    title: 'Seagrass planted by volunteers in the Carrow estuary is spreading on its own',
    summary:
      'Three years after the first seeds were sown, divers have found meadows that have more than doubled in size. Scientists are cautiously delighted.',
    published: '2026-11-21T08:00:00+00:00',
    authorIds: ['felix-achterberg'],
    section: 'Science',
    tags: ['Science', 'Climate', 'Water'],
    image: {
      name: 'seagrass-meadow',
      alt: 'Underwater illustration of tall seagrass blades lit by shafts of sunlight, with small fish swimming above',
      caption: 'Seagrass meadows shelter juvenile fish and store carbon in the sediment beneath them.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
In the autumn of 2023, a group of volunteers sat at trestle tables in a community hall in Fennick Sands and spent three weekends stuffing seagrass seeds into small hessian bags filled with sand. The bags were dropped from a boat onto the mudflats of the outer Carrow estuary, and everyone waited to see what would happen.

This summer, divers from the University of Aldermouth's marine station surveyed the planting sites and found that the meadows had not only survived but spread. At the two most successful sites, the area covered by seagrass has grown from about 0.4 hectares to just over one hectare.

"We hoped for survival," said Dr Orla Fitzmaurice, who leads the project. "Spreading is the thing you dare not say out loud in a grant application."

## Why seagrass matters

Seagrass is a flowering plant that grows in shallow coastal water. Meadows of it were once common around these coasts, but most were lost in the twentieth century to disease, pollution and dredging. The Carrow estuary is thought to have lost more than 90% of its seagrass since the 1930s.

Scientists are interested in restoring it for several reasons:

- it provides shelter and nursery grounds for young fish, including commercially important species;
- its roots stabilise sediment, reducing erosion of the shoreline;
- it traps carbon in the sediment beneath it, although how much, and for how long, is still debated;
- it improves water clarity, which in turn helps other plants grow.

[[figure-seagrass-survey | Illustration of seagrass blades in green water with light filtering down | Divers measure the density of shoots in one-metre squares at each planting site. | Illustration: Harbour Ledger graphics desk]]

## A note of caution

Not every site has done well. Of the six areas planted, two have almost no seagrass left, probably because the water there was too murky or the sediment too mobile. The team plans to use what it learned to choose future sites more carefully.

Dr Fitzmaurice was also careful about the carbon claims that often accompany seagrass projects. "A hectare of seagrass is a lovely thing," she said. "It is not an offset for a flight to Australia, and I'd rather people didn't sell it as one."

## The volunteers

Much of the work has been done by volunteers, about 300 of them over three years, including schoolchildren, retired fishermen and members of the Fennick Sands swimming club.

> "I've swum in this estuary for fifty years and never seen a fish that wasn't in a hurry. Now there are little ones just sitting in the grass. It's like someone's built them a house."

The project will plant a further two hectares next autumn. Volunteers are needed for seed-bagging sessions in October.
`,
  },
  {
    id: 'hl-20261121-salt-bride',
    slug: 'the-salt-bride-carrow-opera-review',
    page: 1,
    title: 'The Salt Bride review: a bold new opera that sinks, beautifully, in its final act',
    summary:
      'Ilse Varga’s first full-length opera, set among the herring girls of 1911, has a superb first hour and a soprano to remember. Then the staging takes over.',
    published: '2026-11-21T21:30:00+00:00',
    authorIds: ['ines-marchetti'],
    section: 'Culture',
    tags: ['Culture'],
    image: {
      name: 'opera-salt-bride',
      alt: 'Illustration of a theatre stage with gold curtains and spotlights falling on a single silhouetted figure',
      caption: 'The Salt Bride runs at the Carrow Opera House until 13 December.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
★★★☆☆

There is a moment, about forty minutes into Ilse Varga's *The Salt Bride*, when the whole auditorium seems to hold its breath. The chorus of herring girls, who have spent the first scene gutting fish at a row of troughs with a speed that must have taken weeks to rehearse, suddenly stop. The knives go down. And into the silence the young soprano Maren Eidsvoll sings a single, unaccompanied phrase that rises and rises until you are not sure it will ever come down.

It is the best thing I have heard on a stage in this city for years. It is also, unfortunately, the high point of the evening.

## A story from the quays

Varga, who grew up in Aldermouth and has until now been known for chamber music, has taken as her subject the herring girls who followed the fishing fleets down the coast in the early twentieth century, gutting and packing fish at astonishing speed for very little money. Her libretto, written with the poet Callum Rees, follows Agnes, a girl from the islands who arrives in Aldermouth in the summer of 1911 and falls for a cooper's son.

The first act is terrific. Varga's writing for the chorus is rhythmic and hard-edged, full of the clatter of barrels and the hiss of salt, and the orchestra, conducted by Tobias Lind, plays it as if it were a dance. The love story is handled lightly and with humour. You can believe these are real women, tired and funny and sharp with one another.

## Then the water rises

The problem is the second half. Director Sigrun Aasland has evidently decided that the opera needs a spectacle, and so the stage floods. Literally: several thousand litres of water are pumped into a tank at the front of the stage during the interval, and the final act takes place in it.

It looks extraordinary. Lit from below, the water throws moving reflections over the whole auditorium. But the singers spend so much time wading, dragging sodden skirts and being careful not to slip, that the drama drowns. The great final duet, which on the evidence of the score should be devastating, is sung by two people concentrating very hard on their footing.

> Varga has written an opera about people who worked with water every day and were never impressed by it. The production is very impressed by it.

## The verdict

Eidsvoll is the discovery of the season, a soprano with a voice of real power and a gift for stillness. The chorus, made up partly of local singers, is excellent. Varga is a composer to watch.

Go for the first act, and for Eidsvoll. Take a cardigan: the front rows are, I am told, a little damp.

*The Salt Bride is at the Carrow Opera House until 13 December. Running time two hours forty minutes, including one interval.*
`,
  },
  {
    id: 'hl-20261119-rovers',
    slug: 'aldermouth-rovers-cup-run-replay',
    page: 1,
    title: 'Rovers earn a replay with ten men and a goalkeeper who wanted to be a striker',
    summary:
      'A 93rd-minute header from keeper Jamie Tulloch rescued a 2-2 draw in the cup’s second round and sent the Riverside Ground into raptures.',
    published: '2026-11-19T22:35:00+00:00',
    authorIds: ['sam-kilbride'],
    section: 'Sport',
    tags: ['Sport'],
    image: {
      name: 'rovers-floodlights',
      alt: 'Illustration of a football pitch under floodlights with a packed stand behind it at night',
      caption: 'A crowd of 6,112, the Riverside Ground’s largest this season, saw the match.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
There are, in the career of a lower-league goalkeeper, not many nights like this one. Jamie Tulloch has spent eleven years keeping the ball out of nets in front of small crowds on cold evenings. On Tuesday, with the last action of the match, he went up for a corner and put one in.

His header, glanced in off the far post in the third minute of added time, gave ten-man Aldermouth Rovers a 2-2 draw against Castleford Athletic in the second round of the cup and earned them a replay that few in the ground had thought possible half an hour earlier.

"I've always said I was wasted in goal," Tulloch said afterwards, still wearing his gloves. "Nobody listened. Maybe now they'll listen."

## How it happened

Rovers, who sit fourteenth in their league, two divisions below their visitors, started brightly. Kieran Mbatha's low shot from the edge of the box gave them the lead after 19 minutes, and for a while the Riverside Ground believed.

The mood changed just before half-time. Captain Declan Okoro was sent off for a second yellow card after a late challenge near the halfway line, a decision that was, to put it politely, questioned by the home crowd.

Castleford equalised early in the second half through a well-worked move, and took the lead on 74 minutes when a deflected shot looped over Tulloch. With ten men and legs going, Rovers seemed finished.

## The corner

What followed will be talked about in the pubs of Northgate for some time. With the fourth official's board showing four added minutes and Rovers winning a corner, manager Stella Ruane waved her goalkeeper forward.

> "Honestly, I wasn't waving him up. I was waving at the bench to get the physio ready. He took it as permission."

Whatever the intention, Tulloch sprinted the length of the pitch, arrived at the far post just as Liam Foster's corner curled in, and got the faintest touch. The ball hit the post, then the inside of the net.

The crowd of 6,112, the largest at the Riverside Ground this season, spilled briefly onto the touchline. The referee blew for full time shortly after the restart.

## What's next

The replay will be held at Castleford next Tuesday. The winners will play at home in the third round, where the draw could pair them with one of the country's biggest clubs.

For Rovers, the prize money alone would be transformative. The club's annual turnover is about £1.2m; a third-round tie against a major club, televised, could be worth a quarter of that.

"We'll go there and have a go," Ruane said. "And if we get a corner in the last minute, I'm not waving at anyone."
`,
  },
  {
    id: 'hl-20261118-offshore-wind',
    slug: 'offshore-wind-port-deal-gullet-point',
    page: 1,
    title: 'Aldermouth signs deal to become base for the Dogger Reach wind farm',
    summary:
      'The port will host the assembly and maintenance of up to 120 turbines, bringing an estimated 500 permanent jobs, if the quay can be rebuilt in time.',
    published: '2026-11-18T07:30:00+00:00',
    authorIds: ['daniel-oyelaran'],
    section: 'Business',
    tags: ['Energy', 'Shipping', 'Economy'],
    related: [
      'westwind-interconnector-eu-funding',
      'blade-factory-westerholm-opens',
      'northgate-terminal-automation-jobs',
      'port-authority-annual-results',
    ],
    image: {
      name: 'offshore-wind',
      alt: 'Illustration of a row of offshore wind turbines on a calm turquoise sea, with a small work boat in the foreground',
      caption: 'Dogger Reach would be one of the largest wind farms in the North Sea.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
Aldermouth has been chosen as the construction and maintenance base for the Dogger Reach offshore wind farm, in a deal that the port authority described as "the most important contract in the port's post-war history".

Under the agreement, signed on Monday, turbine components will be delivered to a rebuilt quay at Gullet Point, assembled there and shipped out to the wind farm site, about 130km offshore. Once the farm is operating, the port will be the base for the vessels and crews that maintain it for its expected 30-year life.

The developer estimates that the base will support about 500 permanent jobs, plus around 1,200 during the construction years.

## The quay

The deal depends on the port authority rebuilding a 600-metre stretch of quay at Gullet Point strong enough to bear the weight of turbine foundations, which can weigh more than 2,000 tonnes each. The work is expected to cost £180m and must be finished by the summer of 2029 for the construction timetable to hold.

"It's a tight timetable," admitted the port authority's chief executive, Gwen Abernethy. "But if you wait until timetables are comfortable in this industry, someone else gets the contract."

Funding for the quay will come from a mix of port authority borrowing, a government grant and a long-term lease paid by the wind farm developer.

## Jobs and skills

The construction phase will require welders, crane operators, electricians and logistics staff; the maintenance phase, technicians who can work at height and at sea. Aldermouth College has said it will open a wind turbine technician course next September, with places for 60 students a year.

> "My grandad built ships here. My dad worked on the rigs. If I can fix turbines and still come home to Northgate at night, that'll do me," said Callum Rafferty, 17, who attended a careers fair at the college last week.

Unions welcomed the deal but said they wanted commitments that the jobs would be directly employed, rather than through agencies, and paid at agreed rates.

## The bigger picture

The announcement comes in a busy month for energy in the region: the Westwind interconnector, which would connect Gullet Point to the continental grid, won European funding last week, and a blade factory in Westerholm opened last month. Taken together, they mark a significant shift in the economy of a port that was built on coal exports and fishing.

Economists cautioned against assuming the jobs would all go to local people. Much of the highly skilled work in offshore wind is done by specialists who move between projects. But they said the maintenance base, in particular, was the kind of long-term employment that could anchor a local industry.

Construction of the quay is expected to start next summer, subject to planning consent.
`,
  },
  {
    id: 'hl-20261113-library',
    slug: 'saltmarket-library-reopens-after-flood',
    page: 1,
    title: 'Saltmarket library reopens after the flood, with the old card catalogue saved',
    summary:
      'Volunteers dried 4,000 books with hairdryers and fans. The library that reopened on Thursday is smaller, brighter and a good deal drier.',
    published: '2026-11-13T15:20:00+00:00',
    authorIds: ['ines-marchetti'],
    section: 'Culture',
    tags: ['Culture', 'Education', 'Water'],
    image: {
      name: 'library-shelves',
      alt: 'Illustration of tall library shelves full of colourful book spines in warm light',
      caption: 'About 4,000 books were saved; another 11,000 had to be replaced.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
On the night Storm Elspeth flooded Saltmarket last month, about 40 centimetres of river water flowed into the basement of the Saltmarket branch library, where most of its stock was kept. By the time the water had drained away, the library's children's collection, local history archive and a card catalogue dating from 1931 were sitting in a brown, silty soup.

On Thursday the library reopened. It has fewer books than before, and the basement is no longer used for storage. But the card catalogue, all 46 wooden drawers of it, is back in the entrance hall, slightly warped and smelling faintly of the river.

"People kept asking about the catalogue," said branch librarian Yusuf Dalgleish. "Not the computers, not the study space. The catalogue. It's the thing they remember from being children."

## A month of drying

In the days after the flood, about 120 volunteers turned up to help. They carried wet books up from the basement, sorted them into what could be saved and what could not, and set up drying stations in the main reading room.

The method was low-tech: books stood upright and fanned open on tables, with dehumidifiers running day and night and a rota of volunteers turning pages. Particularly precious items from the local history collection were frozen at a fish processor's cold store on the Quayside, which offered its space for free, so that they could be freeze-dried later by specialists.

About 4,000 books were saved. Another 11,000 were too damaged and will be replaced, partly with donations and partly from the council's stock budget.

> "You learn quickly which books are worth a hairdryer and which aren't. Nobody was hairdrying the paperback thrillers."

## What's new

The reopened library has moved everything up from the basement. The children's section now occupies what was the periodicals room, with a reading corner built from shelving units salvaged from the flood. The local history collection will return in the spring once the freeze-dried items have been conserved.

The refit was paid for by the council's insurance and a crowdfunding campaign that raised £23,000 in three weeks.

## A closing worry

The reopening comes as the council considers closing three other branch libraries to help fill a £38m budget gap. Saltmarket is not on the list, but library users at Thursday's reopening were in no mood to celebrate quietly.

"We've just shown what a library means to a neighbourhood," said Eilidh Brannigan, who brought her twin sons to the reopening. "We dried it out with our own hands. I don't want to see the same thing happen to Westerholm because of a spreadsheet."

The library is open Tuesday to Saturday, 9am to 6pm, and until 8pm on Thursdays.
`,
  },
  {
    id: 'hl-20261112-microplastics',
    slug: 'microplastics-carrow-mussels-study',
    page: 1,
    title: 'Mussels from the Carrow contain fewer microplastics than feared, study finds',
    summary:
      'Researchers found particles in most samples, but at levels well below those reported in earlier, widely shared studies. The method, they say, is the story.',
    published: '2026-11-12T09:10:00+00:00',
    authorIds: ['felix-achterberg'],
    section: 'Science',
    tags: ['Science', 'Health', 'Fishing', 'Water'],
    image: {
      name: 'shellfish-study',
      alt: 'Underwater illustration of green seagrass, light rays and small pink fish in teal water',
      caption: 'The study sampled mussels from eight sites along the estuary over two years.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
Mussels farmed and gathered in the Carrow estuary contain microplastic particles, but in much smaller quantities than some earlier studies suggested, according to new research from the University of Aldermouth.

The study, published this week in a peer-reviewed journal, analysed more than 900 mussels from eight sites over two years. Researchers found at least one plastic particle in 71% of them, with an average of 0.8 particles per mussel. Some widely reported earlier studies of European mussels had found averages of three to ten times that.

## Why the numbers differ

The team, led by Dr Benedikt Orsolya, says the difference is mostly about method rather than a cleaner estuary.

Microplastics are notoriously hard to measure. The particles are tiny, plastic is everywhere in a laboratory, and some materials that look like plastic under a microscope turn out to be something else entirely, such as natural fibres or fragments of shell.

"Our lab is a plastic-free room," Dr Orsolya said. "We wear cotton coats, we filter the air, we run blank samples alongside every batch to see what falls in from the ceiling. And then we check every suspected particle chemically, because your eyes will lie to you."

When the team re-analysed a subset of samples using only visual identification, as some earlier studies did, their count roughly tripled.

## What it means for eating shellfish

The researchers estimated that an adult who eats a typical portion of Carrow mussels once a week would ingest around 40 particles a year from that source. For comparison, studies of household dust have estimated that people may inhale or swallow thousands of particles a year simply from the air indoors.

> "If you want to reduce your microplastic intake, I would worry about the carpet before the mussels."

The health effects of ingesting microplastics remain uncertain, and the researchers stressed that their study did not examine them.

## A word from the farmers

The estuary's three mussel farms, which between them employ about 30 people, welcomed the findings. "Every time a headline says there's plastic in mussels, our orders drop for a month," said Gwenllian Pascoe, who runs a farm near Gullet Point. "I'm glad someone has taken the time to count properly."

Dr Orsolya cautioned against reading the study as an all-clear. "Fewer than we feared is not none," he said. "The particles we did find came mainly from synthetic fibres, which means washing machines and sewage outflows. That's a problem we know how to reduce."

The team now plans to sample sediments near the city's sewage outfalls to trace where the fibres are coming from.
`,
  },
  {
    id: 'hl-20261111-port-results',
    slug: 'port-authority-annual-results',
    page: 1,
    title: 'Port authority reports record income as ferry traffic finally recovers',
    summary:
      'Aldermouth Port Authority made a surplus of £31m last year. Most of it is already spoken for by the Gullet Point quay and a dredging bill nobody likes to mention.',
    published: '2026-11-11T13:05:00+00:00',
    authorIds: ['daniel-oyelaran'],
    section: 'Business',
    tags: ['Shipping', 'Economy', 'Fishing'],
    image: {
      name: 'ferry-harbour',
      alt: 'Illustration of a harbour in grey-blue light with moored boats and sailing boats',
      caption: 'Passenger numbers on the continental ferry route returned to their 2019 level for the first time.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
Aldermouth Port Authority made a record surplus of £31m in the year to September, helped by the first full recovery in ferry traffic since 2019 and a strong year at the Northgate container terminal.

Total income rose 9% to £148m. Passenger numbers on the continental ferry route reached 1.06 million, slightly above the pre-pandemic level, while container volumes rose 4% to 652,000 units.

"A good year," said the authority's chief executive, Gwen Abernethy, presenting the results. "Not a year to get carried away."

## Where the money comes from

The port's income comes from four main sources:

- harbour dues charged on every vessel and cargo, which rose 6%;
- its share of revenue from the Northgate container terminal, which is operated under concession by Tessaly Logistics;
- ferry terminal fees, which rose 14% on the back of higher passenger numbers;
- property rents from the warehouses, offices and fish market it owns around the harbour.

The fish market itself lost about £400,000, as it has for most of the last decade. The authority has repeatedly said it will keep it open because of its importance to the city's fleet.

## Where the money is going

Most of the surplus is already committed. The authority will contribute about £60m over five years towards rebuilding the quay at Gullet Point for the Dogger Reach wind farm, and it faces a growing bill for dredging the shipping channel.

Dredging is the port's least glamorous expense and one of its largest. The channel silts up continually, and larger ships need deeper water. The authority spent £12m on dredging last year and expects that to rise by about a third as it deepens the channel for the new generation of container ships.

> "Ports are like bicycles. If you stop pedalling, you fall over. In our case the pedalling is mostly moving mud."

## Questions from the board

At the annual meeting, several board members asked about the Northgate automation plans, which could cut 180 jobs at the terminal. Ms Abernethy said the port authority had "no direct role" in the operator's staffing decisions but had asked Tessaly to give "the strongest possible commitments" on retraining.

A representative of the city council on the board said the results showed the port was "the engine of the city economy" and should be "run in the interests of the city, not just its balance sheet".

The authority will publish its five-year investment plan in February.
`,
  },
  {
    id: 'hl-20261108-rowing',
    slug: 'carrow-head-of-the-river-women',
    page: 1,
    title: 'Fennick Sands women win the Head of the Carrow for the first time in 40 years',
    summary:
      'A crew that trains at dawn before work beat the university eight by four seconds on a choppy estuary course.',
    published: '2026-11-08T17:00:00+00:00',
    authorIds: ['sam-kilbride'],
    section: 'Sport',
    tags: ['Sport', 'Water'],
    image: {
      name: 'rowing-estuary',
      alt: 'Illustration of a rowing eight silhouetted on calm water beneath hills at sunrise',
      caption: 'The Head of the Carrow is a timed race over 4.2km from the Swing Bridge to Gullet Point.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
The women's eight from Fennick Sands Rowing Club won the Head of the Carrow on Saturday, the first time a crew from the club has taken the title in forty years, beating the University of Aldermouth's first eight by four seconds.

The race, a timed processional event in which crews set off at intervals and race against the clock, was rowed in a stiff south-westerly that whipped up the water on the exposed stretch near Gullet Point. Several crews shipped water; one coxless four was rescued, damp but cheerful, by the safety launch.

## A crew of early risers

The Fennick Sands crew is made up of a nurse, two teachers, a vet, a harbour pilot, a software developer, a postgraduate student, a retired police officer and, in the cox's seat, a 19-year-old apprentice electrician. They train at 6am three days a week, before work, and on Sunday mornings.

"Everyone asks how we find the time," said stroke Megan Ashworth, 41. "The answer is that we don't find it. We take it, from sleep mostly."

The university crew, which trains twice a day and had won the event for the past five years, started as favourites. The Fennick Sands crew, starting 30 seconds behind them, steadily closed the gap in the rough water near the finish.

> "We're used to rough water. We train on it. The university boat is very fast on a flat river, and the Carrow is not a flat river."

## Forty years

The last time the club won the women's event, in 1986, the crew included Pauline Ashworth, Megan's mother, who watched Saturday's race from the club's launch.

"I've been telling her for twenty years that we did it in a wooden boat with no heating in the changing room," Pauline said. "She's going to be insufferable now."

## Results

Fastest times in the women's eights:

1. Fennick Sands RC, 14 minutes 52 seconds
2. University of Aldermouth BC (1st VIII), 14 minutes 56 seconds
3. Carrow Valley RC, 15 minutes 21 seconds
4. Aldermouth City RC, 15 minutes 40 seconds

The men's event was won by the university for the seventh consecutive year, in 13 minutes 38 seconds.
`,
  },
  {
    id: 'hl-20261104-heat-pumps',
    slug: 'heat-pump-grants-oversubscribed',
    page: 2,
    title: 'Heat pump grants for older terraces were gone in eleven days',
    summary:
      'The council’s £3m scheme for Fennick Hill and Saltmarket was oversubscribed four times. Installers say the bottleneck is now people, not money.',
    published: '2026-11-04T08:45:00+00:00',
    authorIds: ['felix-achterberg'],
    section: 'Science',
    tags: ['Energy', 'Housing', 'Climate', 'Science'],
    image: {
      name: 'heat-pump-terraces',
      alt: 'Illustration of a row of terraced houses with lit windows below purple hills at dusk',
      caption: 'Victorian terraces are among the hardest homes to heat efficiently.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
A council scheme offering grants of up to £9,000 towards heat pumps for older terraced homes closed to applications after eleven days, having received more than four times as many applications as it could fund.

The £3m pilot, aimed at Victorian and Edwardian terraces in Fennick Hill and Saltmarket, was intended to run until March. It received 1,370 applications for roughly 330 grants.

"We thought we'd have to persuade people," said Councillor Ruairi Banks, the cabinet member for environment. "It turns out we needed a bigger pot and a lottery."

## Why terraces

Older terraced houses are a particular challenge for low-carbon heating. Many have solid walls without cavities to insulate, small gardens or yards with limited space for an outdoor unit, and radiators sized for a gas boiler running at high temperatures.

The scheme combined the heat pump grant with a free survey and, where needed, funding for larger radiators and loft insulation. Applicants were offered a fixed price from an approved installer.

## The real bottleneck

Installers said that money was no longer the main obstacle.

> "We've got a waiting list into next summer. I could take on three more engineers tomorrow if I could find them."

That was Marcus Delahaye, who runs one of the six installers approved for the scheme. He said qualified heat pump engineers were in short supply, and that many gas engineers were reluctant to retrain mid-career.

Aldermouth College has doubled the places on its heat pump installation course this year, but the first graduates will not qualify until next summer.

## Does it work?

The council will monitor energy use in 50 of the homes for two winters. Early results from a similar scheme elsewhere suggest that well-installed heat pumps in terraced homes can cut heating bills slightly compared with gas, but that results vary widely depending on insulation and how the system is set up.

Some residents who had heat pumps installed privately in recent years told the Ledger their experience had been mixed.

"The first winter it was cold and expensive, because the installer set it up like a boiler," said Anjali Cresswell, a Fennick Hill resident. "The second winter someone came back and adjusted it properly, and now it's lovely. Nobody tells you that part."

## What next

The council says it will seek government funding to extend the scheme, and has promised to prioritise households on low incomes if it does. Applicants who were unsuccessful in this round have been placed on a reserve list.
`,
  },
  {
    id: 'hl-20261101-ferry-strike',
    slug: 'ferry-crews-vote-on-strike',
    page: 2,
    title: 'Continental ferry crews to vote on strike action over rosters',
    summary:
      'The ballot covers 420 seafarers on the Aldermouth route. A walk-out before Christmas would hit the busiest sailings of the year.',
    published: '2026-11-01T11:00:00+00:00',
    authorIds: ['daniel-oyelaran'],
    section: 'Business',
    tags: ['Transport', 'Shipping', 'Economy'],
    image: {
      name: 'estuary-hills',
      alt: 'Illustration of green hills and a row of houses along the estuary under a pale sky',
      caption: 'The route carries about a million passengers a year.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
Seafarers on the continental ferry route from Aldermouth are to be balloted on strike action in a dispute over rosters, their union announced on Friday, raising the prospect of disruption during the busy pre-Christmas period.

The ballot covers about 420 crew members, including deckhands, engineers, stewards and catering staff, on the two vessels that operate the overnight route. Voting opens on 7 November and closes on 21 November.

## The dispute

The dispute centres on a proposal by the operator, North Sea Crossways, to change crew rotations from two weeks on and two weeks off to three weeks on and three weeks off. The company says the change would reduce travel costs and give crew longer periods at home. The union says it would mean more consecutive days of fatigue at sea.

"Three weeks on a night ferry is three weeks of broken sleep," said the union's regional organiser, Declan Mulvey. "We've got members who've done two-week rotations for twenty years and are telling us they won't manage three."

The union is also seeking a pay rise of 7%; the company has offered 3.5%.

> "This isn't about more money for the same work. It's about whether the work is safe."

## The company's position

North Sea Crossways said the new roster had been "designed with crew welfare in mind" and complied with all international rules on rest hours. It said it remained open to talks and was "disappointed" that the union had moved to a ballot.

A spokesperson said contingency plans were being prepared to keep the service running, but declined to say what they would involve.

## What passengers should know

No sailings are affected yet. If crews vote for action, the union must give at least two weeks' notice before any strike, which means the earliest possible date would be early December.

Passengers who have booked to travel in December are advised to check with the operator before travelling. Travel insurers said strike disruption would normally only be covered if the policy had been bought before the ballot was announced.

For the port and for businesses on the Quayside, the timing could hardly be worse. The weeks before Christmas are among the busiest of the year for the ferry, with shoppers and returning families, and for the hotels and restaurants that serve them.
`,
  },
  {
    id: 'hl-20261029-film-festival',
    slug: 'carrow-film-festival-closing-night',
    page: 2,
    title: 'Carrow Film Festival closes with a documentary about a lighthouse keeper’s cat',
    summary:
      'The festival’s 30th edition sold more tickets than ever. Its top prize went to a quiet, very funny film shot over a year on a rock in the North Sea.',
    published: '2026-10-29T23:15:00+00:00',
    authorIds: ['ines-marchetti'],
    section: 'Culture',
    tags: ['Culture', 'Sport'],
    image: {
      name: 'film-festival',
      alt: 'Illustration of a dark theatre stage with spotlights and a lone figure, and an audience in silhouette',
      caption: 'The closing gala was held at the restored Regal cinema on Northgate Road.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
The 30th Carrow Film Festival ended on Wednesday night with its biggest audience yet and a top prize for a film whose main character is a ginger cat named Admiral.

*The Keeper's Year*, directed by Rhiannon Galbraith, follows the last resident keeper of a lighthouse on a small rock off the east coast through the twelve months before the light is automated. It was shot on a single camera by Galbraith, who lived on the rock for the whole year, and it is, by turns, funny, lonely and quietly heartbreaking.

The cat is not, strictly speaking, the subject. But he steals every scene he is in, and the audience at the Regal cinema on Northgate Road applauded his first appearance.

## The jury's choice

In announcing the award, jury chair Oluwaseun Adeyemi praised the film's patience.

> "Most documentaries tell you what to feel in the first five minutes. This one trusts you to sit on the rock for a year and work it out."

The festival's audience award, voted by ticket-holders, went to *Long Reach*, a drama about a family of boatbuilders on the estuary, directed by the Aldermouth-born filmmaker Connor Slaney and shot largely in Saltmarket. The sports documentary strand was won by *Rough Water*, about a women's coastal rowing crew.

## Record numbers

The festival sold 28,400 tickets across its ten days, up from 22,000 last year. Organisers credited a new pricing scheme that offered £4 tickets to anyone under 26 and a programme of free outdoor screenings on the Quayside.

"We've been told for years that young people don't go to the cinema," said the festival director, Beatrix Holm. "Make it four pounds and put it somewhere interesting, and they'll come."

## The awards

- Best film: *The Keeper's Year* (Rhiannon Galbraith)
- Audience award: *Long Reach* (Connor Slaney)
- Best short film: *Night Bus to Westerholm* (Tamsin Okonjo)
- Best documentary on sport: *Rough Water* (Ellen Fairbairn)
- Special mention: Admiral the cat, "for services to screen presence"

The last award was not official, but the jury read it out anyway.
`,
  },
  {
    id: 'hl-20261022-blade-factory',
    slug: 'blade-factory-westerholm-opens',
    page: 2,
    title: 'Westerholm blade factory opens, and its first hires are from the old shipyard families',
    summary:
      'The £140m plant will make 100-metre turbine blades. Of its first 220 staff, a third had a parent or grandparent who worked in Carrow shipbuilding.',
    published: '2026-10-22T10:30:00+01:00',
    authorIds: ['daniel-oyelaran'],
    section: 'Business',
    tags: ['Energy', 'Economy', 'Education'],
    image: {
      name: 'offshore-wind',
      alt: 'Illustration of a row of offshore wind turbines on a calm turquoise sea',
      caption: 'Blades made in Westerholm will be shipped from the port to wind farms across the North Sea.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
A factory that will make blades for offshore wind turbines opened in Westerholm on Tuesday, bringing 220 jobs to the part of Aldermouth that was hit hardest by the closure of the Carrow shipyards thirty years ago.

The £140m plant, built on the site of a former rail freight depot, will produce blades up to 108 metres long, among the largest in the world. At full production it expects to employ around 600 people and produce about 300 blades a year.

## A shipyard echo

The company, Nordvind Composites, said that of its first 220 hires, about a third reported that a parent or grandparent had worked in the shipyards, which closed in 1994 with the loss of more than 4,000 jobs.

"Building a blade is not so different from building a hull," said the plant manager, Henrik Solberg. "It's long, it's curved, it has to survive the sea and it has to be perfect. People round here have that in their bones."

Linda Grieve, 52, a former care worker who retrained as a composite laminator, said her father had been a welder at the yard. "He used to say you could hear Westerholm die the week the yard closed," she said. "It's nice to hear it making a noise again."

## Training

The plant runs its own training academy, which has taken on 80 trainees so far, most of them with no experience in manufacturing. Training lasts twelve weeks and covers:

- working with glass and carbon fibre;
- resin infusion and curing;
- inspecting blades for defects with ultrasound;
- health and safety in a plant where the products are longer than a football pitch.

## The questions

The factory's order book depends on the pace of offshore wind construction, which has been uneven. Several turbine manufacturers have reported losses in recent years because of rising costs and fixed-price contracts.

> "It's a good factory in a good location. It is also exposed to one of the most volatile supply chains in European industry."

That was the view of one energy analyst, who asked not to be named because his firm advises the company's competitors. Nordvind said it had secured orders for its first three years of production.

The blades will be moved by road to the port, a journey of about four miles that will take place at night under police escort. Residents of the roads along the route have been told to expect "unusual traffic".
`,
  },
  {
    id: 'hl-20261009-buoys',
    slug: 'estuary-ocean-data-buoys',
    page: 2,
    title: 'Five new buoys will give the Carrow estuary a minute-by-minute pulse',
    summary:
      'Sensors measuring temperature, salinity, oxygen and waves will publish open data every sixty seconds, from the harbour mouth to the mussel farms.',
    published: '2026-10-09T09:00:00+01:00',
    authorIds: ['felix-achterberg'],
    section: 'Science',
    tags: ['Science', 'Data', 'Climate', 'Water'],
    image: {
      name: 'ocean-buoys',
      alt: 'Illustration of red marker buoys with signal rings on a turquoise sea',
      caption: 'Each buoy is powered by a small solar panel and sends data by mobile network.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
Five sensor buoys moored along the Carrow estuary this week will publish measurements of water temperature, salinity, dissolved oxygen and wave height every minute, creating the most detailed continuous record of the estuary ever made.

The network, run by the University of Aldermouth's marine station with funding from the estuary board and the mussel farmers' association, stretches from the harbour mouth to the inner mudflats near the Swing Bridge. All of its data will be freely available online.

## What the buoys measure

Each buoy carries a set of sensors roughly a metre below the surface, and some have a second set near the seabed. They record:

- water temperature, to a hundredth of a degree;
- salinity, which shows how sea and river water are mixing;
- dissolved oxygen, which can drop dangerously in warm, still weather;
- turbidity, or how cloudy the water is;
- wave height and period at the two outer buoys.

"The estuary changes by the hour," said Dr Sanne Okwuosa, who runs the project. "Until now we've been taking samples by boat once a fortnight and trying to imagine what happened in between. It's like trying to understand a film from two stills."

## Who will use it

Mussel farmers want early warning of low-oxygen events and of the algal blooms that can force them to stop harvesting. The estuary board wants better data to calibrate its flood models. Researchers studying the seagrass restoration project want to know how much light reaches the seabed.

And then there are the swimmers. Members of the Fennick Sands swimming club have already asked whether the water temperature can be displayed on a screen at the clubhouse.

> "I've been guessing the water temperature by how loudly I swear getting in. This will be more scientific."

## Open data

The project will publish all readings under an open licence, with a delay of about five minutes while automated checks weed out obvious errors. Historical data will be downloadable in bulk.

Dr Okwuosa said the team wanted the data to be used by people they had not thought of. "Somebody will do something clever with it that we'd never have imagined," she said. "That's the point of putting it out there."

The buoys are designed to stay in the water for ten years, with maintenance visits every three months to clean the sensors of the weed and barnacles that quickly colonise anything left in the estuary.
`,
  },
];
