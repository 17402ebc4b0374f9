/** The sample feed's long read (over 5,000 words). Original fictional text. */
import type { SampleArticle } from './types';

export const longRead: SampleArticle = {
  id: 'hl-20261122-long-read-harbour',
  slug: 'the-river-that-made-us',
  page: 1,
  title: 'The river that made us: how Aldermouth’s harbour rose, fell and is being rebuilt',
  summary:
    'Rope, herring, coal, ships, containers and now wind. For three hundred years the fortunes of this city have been decided on a few miles of quay. A long read on what the water gave, what it took, and what comes next.',
  published: '2026-11-22T07:00:00+00:00',
  authorIds: ['daniel-oyelaran', 'tomasz-wren'],
  section: 'Long Read',
  tags: ['Shipping', 'Economy', 'Housing', 'Fishing', 'Culture'],
  image: {
    name: 'harbour-long-read',
    alt: 'Illustration of the Aldermouth harbour at dawn: two cranes, stacked containers, the city skyline and small boats on pink-lit water',
    caption: 'Dawn over the harbour from Fennick Sands. The cranes at Northgate are the tallest structures in the city.',
    credit: 'Illustration: Harbour Ledger graphics desk',
  },
  body: `
At a quarter to five on a weekday morning, before the first bus, the harbour belongs to three kinds of people. There are the fish traders, who have been at the market on the Quayside since four and are already arguing about the price of monkfish. There are the dockers coming off the night shift at Northgate, walking to their cars in high-visibility jackets that catch the orange light of the sodium lamps. And there are the swimmers, a small, stubborn group who go into the sea at Fennick Sands every day of the year and come out pink and talkative.

None of them, if you ask, think of themselves as living in a port city. They think of themselves as living in Aldermouth, and the harbour is simply where the city happens to end. But spend a little time with the maps, the ledgers and the people who remember, and it becomes clear that this is backwards. The harbour is not where the city ends. It is the reason the city began, and every time the harbour has changed, the city has changed with it, usually painfully and usually without being asked.

This is the story of those changes. It is told through old records and new figures, through the memories of people who worked on the water and the plans of people who intend to. It is also, in a sense, the story of this newspaper, which was founded in 1871 to print shipping news for merchants on the Quayside and has been printing it, in one form or another, ever since.

## A town made of rope

Before there was a harbour there was a river, and before there was a city there was a ford. The Carrow is wide and slow in its last few miles, and for most of recorded history its estuary was a place of mudflats, reed beds and wading birds, crossed at low tide by people who knew where the hard ground was. The name Aldermouth, local historians think, refers to the alder trees that grew along the banks, although there has been a long and heated correspondence in our letters page about whether it might in fact refer to an elder, in the sense of a village headman. We take no position.

What turned a ford into a town was herring. By the seventeenth century, vast shoals were arriving in the North Sea each summer, and the sheltered estuary was an ideal place to land, gut and salt them. Parish records from the 1680s record a handful of "fisher families" living in huts near the point that is now Harbour Steps; by the 1750s there were several hundred households, a salt works and a small quay built of timber.

Herring needs barrels and boats need rope, and so the town grew trades around the fishery. The most important of these was rope-making. A ropewalk is a long, narrow shed, often a quarter of a mile or more in length, in which hemp fibres are twisted into yarn and yarn into rope by workers walking backwards along its length. Aldermouth had at least six by 1800, and the longest of them, on the slope above the river, gave its name to a whole district.

[[figure-ropewalk-hills | Illustration of green hills with a row of small houses below, in muted paper tones | The slope above the river where the longest ropewalk stood. Its line can still be traced in the layout of the streets. | Illustration: Harbour Ledger graphics desk]]

If you walk along Ropewalk Road today, past the converted warehouses and the new flats, you are walking the length of that shed. The road is unusually straight and unusually long for this part of the city, and it runs exactly parallel to the river, because that is what the rope required.

"Rope was the microchip of its day," said Dr Helen Marwick, a maritime historian who has spent twenty years studying the estuary's trades. "Every ship needed miles of it, and it wore out constantly. If you could make good rope close to a fishing fleet and a shipping lane, you had a business that would never run out of customers."

The ropewalks employed men, women and children, often whole families, and the work was hard, dusty and poorly paid. The wheel that twisted the yarn was frequently turned by boys as young as eight. Accounts from the period describe the constant cough of the spinners and the long days, from first light to last, walking backwards in the half-dark.

By the early nineteenth century, Aldermouth had become a busy small port, exporting salted herring to the Baltic and importing timber, hemp and tar. Its population, which had been perhaps 2,000 in 1750, was over 9,000 by 1821. It was still, though, a town of the second rank, overshadowed by larger ports up and down the coast. What changed that was the railway, and what the railway brought was coal.

## Coal and the great docks

The Carrow Valley Railway opened in 1848, connecting the port to the coalfields in the hills about thirty miles inland. Within a decade it had transformed the town. Coal could now be brought to the coast cheaply and in enormous quantities, and from Aldermouth it could be shipped to London, to the continent and, eventually, around the world.

The old timber quays could not handle the volume. Between 1852 and 1881, a succession of dock companies built the harbour that still, in outline, exists today: the Inner Dock, with its lock gates; the long stone wall of the Quayside; the great coal staithes at Northgate, where railway wagons were tipped directly into ships' holds; and the breakwater at Gullet Point that protects the harbour mouth from the easterly gales.

The scale of the work was extraordinary. Contemporary reports describe thousands of navvies, many of them from Ireland and the Highlands, digging the Inner Dock by hand and with horses, living in a shanty town on the marshes that the Ledger's first editor described, without much sympathy, as "a place of mud, drink and remarkable language".

By 1890, Aldermouth was exporting more than three million tonnes of coal a year. The town's population passed 60,000. Terraces of small brick houses spread up the hillsides of Northgate and Saltmarket to house the dockers, trimmers, coal porters, railwaymen and seamen, and their families. The merchants and shipowners built large villas on Fennick Hill, as far upwind of the coal dust as possible.

It was in this world that the Harbour Ledger was born. Its first issue, on 4 March 1871, was four pages long. The first page carried no news at all, only shipping movements: vessels arrived, vessels departed, vessels expected, with their cargoes, tonnages and masters' names. The second page had prices for coal, timber, grain and herring. Local news did not appear until page three, and the only item on it that first week concerned a runaway horse on the Strand.

"The founders didn't think of it as a newspaper in the modern sense," said Moira Gilchrist, who looks after the Ledger's archive and has read, she estimates, about half of it. "It was a trade sheet. The merchants needed to know which ships had come in and what things cost. Everything else was added later, because it turned out people wanted to read about the horse."

Coal made Aldermouth rich, but it did not make it healthy. The dust got into everything: lungs, laundry, food. In the 1890s, the infant mortality rate in the dockside wards was nearly twice that on Fennick Hill. Cholera returned twice. The city's first medical officer of health, Dr Alexander Burnside, wrote a blistering report in 1894 describing courts in Saltmarket where forty families shared two privies and a single standpipe. The Ledger, to its credit, printed the report in full, across three issues.

A short timeline helps to hold this long story in the mind:

- **1680s:** fisher families recorded at the point; herring landed and salted.
- **1790s:** six ropewalks operating; first stone quay built.
- **1848:** the Carrow Valley Railway reaches the port.
- **1852–1881:** the Inner Dock, the Quayside wall, the Northgate coal staithes and the Gullet Point breakwater are built.
- **1871:** the Harbour Ledger is founded.
- **1903:** the Carrow Shipbuilding Company launches its first steel steamship.
- **1957:** coal exports peak; shipyard employment passes 9,000.
- **1976:** the first container crane arrives at Northgate.
- **1989:** the Carrow tidal barrier opens.
- **1994:** the last shipyard closes.
- **2004:** the first marina towers are completed.
- **2026:** the Dogger Reach wind farm chooses Aldermouth as its base.

## The yards

Coal ships needed to be built and repaired, and by the turn of the twentieth century Aldermouth had its own shipbuilding industry. The Carrow Shipbuilding Company launched its first steel steamship, a modest collier named the *Fennick*, in 1903. Within twenty years there were three yards along the river at Westerholm, and the sound of riveting could be heard, residents said, from the top of Fennick Hill.

For most of the twentieth century, the yards were the heart of the city's economy and, in many ways, of its identity. At their peak in the late 1950s, they employed more than 9,000 people directly and thousands more in the engineering firms, foundries and suppliers that surrounded them. They built colliers, tramp steamers, tankers, trawlers, ferries and, during two world wars, destroyers and corvettes.

Shipbuilding was dangerous, skilled and intensely collective work. A ship was built by dozens of trades, each with its own skills, traditions and union: platers, riveters, caulkers, welders, joiners, electricians, painters. Apprenticeships lasted five years. Sons followed fathers into the same trade, often into the same squad.

"You didn't get a job at the yard, you inherited one," said Frank Dunmore, 86, who started as an apprentice plater in 1955 and worked at the Westerholm yard until it closed. We met him at the Westerholm Social Club, where a photograph of the yard's last launch hangs above the bar. "My dad was a plater, his dad was a plater. When I was sixteen my dad took me down, introduced me to the foreman, and that was that. I didn't apply for anything. I didn't know you could."

The work was hard on bodies. Mr Dunmore lost the hearing in his left ear to the noise of the riveting guns and has, he says, "lungs like a pair of old socks". Asbestos was used widely in the yards until the 1970s, and the city's hospitals still see its consequences. The Carrow Shipyard Workers' Memorial, unveiled in 2008 on the riverbank at Westerholm, lists more than 1,100 names of men who died of asbestos-related disease.

And yet, when you talk to former yard workers, what comes through most strongly is not the hardship but the pride. Mr Dunmore can still name every ship he worked on, in order. He remembers the launches: the whole of Westerholm turning out, the schools closed, the bands playing, the champagne bottle swinging against the bow and the long, slow slide of the hull into the river.

> "You'd stand on the bank and watch it go in, and you'd think: I made that. Not me on my own, but me. There's a bit of me in that. And it's going to go all over the world."

The women of the yards are less often remembered. During both world wars, women worked in large numbers as welders, crane drivers and electricians, and some stayed on afterwards in the drawing offices and stores. Outside the gates, women ran the boarding houses, the shops and the cafés that fed the workforce, and managed the households that absorbed every layoff and short-time week.

Eileen Marsh, 91, worked in the Westerholm yard's drawing office from 1951 to 1983, tracing technical plans in ink on linen. "People think we were secretaries," she said. "We weren't. If a tracer made a mistake, a plate got cut wrong. You could lose a week's work on the ship because someone's pen slipped."

The decline of the yards was long and uneven. Competition from Japanese and later Korean shipbuilders, which could build faster and more cheaply, squeezed orders through the 1960s and 1970s. The yards were nationalised in 1977 and consolidated; one closed in 1981, a second in 1986. The last, at Westerholm, survived on a dwindling series of naval and ferry contracts until 1994.

## The long quiet

On 18 March 1994, the last ship built in Aldermouth, a roll-on roll-off ferry named the *Carrow Spirit*, was floated out of the building dock at Westerholm without ceremony. There was no band, and no champagne. The yard closed at the end of the month, with the loss of 4,100 jobs.

The effect on Westerholm was immediate and lasting. The yard had been not just the largest employer but, in a sense, the only one: the pubs, shops, cafés and suppliers in the surrounding streets all depended on it. Within two years, unemployment among men in the ward had reached 31%. A generation of skilled workers in their forties and fifties found that their skills had no buyer, and many never worked again.

"The worst thing wasn't the money, though the money was bad," said Mr Dunmore. "It was getting up in the morning with nowhere to go. Men who'd been up at six every day of their lives, sitting in the house with the telly on. Some of them just faded."

Coal, too, was disappearing. The Carrow valley pits closed one after another in the 1980s and early 1990s, and by 1996 the Northgate staithes had loaded their last collier. The great coal trade that had built the city had lasted about a hundred and forty years.

What remained was a much smaller port, built around a new kind of cargo: the shipping container. The first container crane arrived at Northgate in 1976, and over the following two decades the terminal grew steadily, handling goods of every kind packed into standard steel boxes. Containers were efficient, and they made the port competitive again. But they required far fewer workers than coal or shipbuilding ever had.

[[figure-harbour-cranes | Illustration of container cranes and stacked containers on a quay at dusk, with small boats on the water | The Northgate terminal today: more cargo than ever, handled by a fraction of the workforce. | Illustration: Harbour Ledger graphics desk]]

Our data desk compared employment at the port in different eras using historical records, census data and the port authority's own figures. The pattern is stark. In 1957, the port, the coal trade and the shipyards together employed around 21,000 people. In 2005, the port and its associated businesses employed about 3,800. The amount of cargo passing through the harbour, measured by weight, was broadly similar in the two years.

"Containerisation is one of the great productivity stories of the twentieth century," said the Ledger's data editor, Ruth Penhaligon. "It's also one of the great employment stories, in the other direction. The same tonnage, a fifth of the people. Both things are true at once, and cities like this one lived through both."

The fishing fleet, meanwhile, shrank and changed. Quota restrictions, the decline of some stocks and the consolidation of the industry into fewer, larger vessels meant that Aldermouth's fleet, which had numbered more than 300 boats in the 1950s, was down to about 60 by the early 2000s, most of them small inshore vessels fishing for crab, lobster, sole and bass. The fish market on the Quayside survived, kept open by the port authority at a loss, partly out of sentiment and partly because, as one former harbourmaster put it, "a port without a fish market is a car park with a view".

The city's population fell from a peak of about 240,000 in 1961 to 196,000 in 2001. Whole streets in Westerholm and Northgate were demolished in clearance programmes, some replaced by tower blocks, some left empty for years. For a long time, the harbour was something the city looked away from.

## Water coming in

There was one major piece of harbour infrastructure built in the quiet years, and it was built not for trade but for defence. The Carrow tidal barrier, opened in 1989, was the city's response to a near-catastrophe.

In January 1978, a storm surge coinciding with a spring tide pushed the sea over the Quayside wall and into the low-lying streets of Saltmarket and the Strand. Water reached the first floors of some houses. Two people drowned, and more than 3,000 homes were flooded. Photographs in the Ledger's archive show rowing boats being used to rescue residents from upper windows on Tanner's Lane.

The barrier, a set of steel gates that can be raised from the riverbed to block a surge, took seven years to design and build and cost, in today's money, about £400m. It has almost certainly prevented several floods since, and in its early years it was rarely needed: closures happened once or twice a winter.

That has changed. As our analysis published this week shows, the barrier closed 19 times last winter, and the frequency of closures has roughly doubled every decade. The sea at the Quayside gauge is about 11 centimetres higher than it was when the barrier opened. Storms seem to be arriving in clusters. And every closure holds back the river as well as the sea, which means that when heavy rain falls inland during a closure, the water behind the barrier has nowhere to go. That is what happened during Storm Elspeth last month, when Saltmarket flooded from the river side.

"The barrier was designed for the climate of the 1970s," said Marta Lindqvist, chief engineer of the Carrow Estuary Board. "It has been a superb piece of engineering. But we are now asking it to do something it was not designed for, more often than it was designed to do it."

The board is consulting on options for the barrier's future, ranging from strengthening the existing gates to building a second, larger barrier downstream. None are cheap. All involve decisions about which parts of the city are protected, to what standard and for how long, that are as much political as technical.

For the oldest parts of the city, the question is existential. Saltmarket, the Strand and the Quayside were built on reclaimed marsh, a few metres above the high tide line. They are where the city began, and they are where the sea will arrive first.

## Glass on the waterfront

In the late 1990s, the city began, cautiously, to turn back towards the water. An urban development corporation was set up in 1998 to regenerate the derelict land around the Inner Dock, and over the next decade it transformed the area. The old warehouses along Ropewalk Road were converted into flats, offices and restaurants. A marina was dug out of the disused coal basin. And on the dockside around it, a cluster of glass and steel apartment towers rose, the tallest of them 28 storeys.

The first towers were completed in 2004 and sold quickly, many of them to buyers from outside the city. For a time, the waterfront was the symbol of Aldermouth's revival, featured in tourism brochures and on the covers of property supplements. The council moved its offices to a new building on the Strand. A concert hall, a maritime museum and a hotel followed.

Not everyone saw it as a revival. In Saltmarket, the old working-class district squeezed between the marina and the river, residents watched rents rise as the neighbourhood became fashionable. Corner shops became coffee bars. The Anchor and Compass, a pub that claims to be the oldest in the city, found itself surrounded by wine bars and, more recently, by a proposed car park.

"They regenerated the buildings and forgot about the people," said Rose Tennant, 68, who has lived in the same terraced house on Cooper Street since 1979. "It looks lovely. My grandchildren can't afford to live here. What's regenerated about that?"

The figures support her, at least in part. Between 2001 and 2021, the share of households in the Harbour ward renting privately rose from 14% to 47%. Median rents in the ward rose faster than anywhere else in the city. At the same time, the ward's population became younger, more transient and, on average, better paid, while the number of long-term residents fell sharply. As our data desk reported last month, turnout at council elections in the Harbour ward is now the lowest in the city.

There were real gains, too. The waterfront brought jobs in hospitality, retail and services, even if many were low-paid. The maritime museum, housed in a restored sail loft, draws more than 200,000 visitors a year. The promenade along the marina has become one of the city's most used public spaces, particularly on summer evenings. And the regeneration arguably prevented the whole harbour area from sliding into permanent dereliction, as happened in some other former port cities.

The question that hangs over the next wave of development is whether it will repeat the pattern. The plans for Gullet Point, on the former rail sidings at the harbour mouth, include around 2,400 homes. The council insists that at least 30% will be "affordable", a word whose meaning is stretched further with every planning application.

"We learned a lot from the first round," said the council leader, Bridget Lomax. "We didn't set enough conditions. We were so grateful that anyone wanted to build anything that we said yes to almost everything. We won't do that again."

Critics are sceptical. "Every council says that about the last development," said Councillor Ffion Grady, the leader of the Harbour First group. "Come back in ten years and see if they said it about this one."

## The fleet that stayed

It would be easy to write the fishing fleet out of this story after the 1960s, as a quaint remnant kept alive by sentiment. That would be a mistake, and the people who still go to sea from Aldermouth would tell you so, at length.

There are about 60 registered fishing vessels in the port today. Most are under twelve metres long and are crewed by one, two or three people. They fish for crab and lobster in pots set on the rocky ground off Fennick Sands, for sole and plaice on the sandbanks further out, and for bass in the summer. A handful of larger boats go further afield for whitefish. Between them they land a catch worth about £9m a year, which is a small number in the port's accounts and a large one in the households that depend on it.

Rosalind Teague has fished from Aldermouth for thirty-one years, first on her father's boat and now on her own, the *Morag T*, a blue-hulled crabber she keeps on a mooring below Harbour Steps. She chairs the Carrow Fishermen's Association, which means, she says, that she spends half her life at sea and the other half reading consultations.

"People think fishing is a thing from the past," she said, as she mended a pot on the quay one grey afternoon. "It's not. It's a thing from the present that's very hard to do. The quotas change every year, the fuel costs change every week, they're putting wind farms on the grounds we've fished for generations, and the price at the market depends on what the French caught on Tuesday. You have to be a fisherman, an accountant, a lawyer and a weather forecaster, and you still might come home with nothing."

She is not, she insists, against the wind farms. Her brother-in-law works on the maintenance boats, and she has seen what the jobs mean. But she wants the fleet to be consulted about where the cables go and which grounds are closed, and she wants it in writing.

> "Every new industry that comes to this harbour promises it will live alongside us. Some of them have. Some of them have lived on top of us. We'd like to know which kind this is before it arrives, not after."

The fleet has changed in other ways. The average age of a skipper in the port is now over fifty, and few young people are coming in. The cost of a boat, a licence and quota is far beyond what a school leaver can raise, and the banks, Ms Teague says, "look at fishing the way they look at a man asking for a loan to open a casino". The association runs a small apprenticeship scheme, with two places a year. Both were filled this year by young women, which Ms Teague notes with some satisfaction.

## Reading the ledgers

One of the pleasures of writing about the harbour for this newspaper is that we can ask our own archive what happened. The Ledger has been published continuously since 1871, apart from eleven days in 1926 and a single missed issue in the winter of 1947, when the presses froze. Its bound volumes fill a room in the basement of our offices, and its shipping columns, in particular, amount to a day-by-day record of the harbour's life for more than a century and a half.

Read in sequence, those columns tell the story of this article in miniature. In the 1870s they list sailing ships and small steamers, with cargoes of coal, timber, hemp and herring. By the 1900s the steamers dominate, and the cargoes have multiplied: coal outward, and inward everything from Baltic pit props to Argentine beef. In the 1950s the columns run to two full pages and include the names of ships launched from the yards, with a note of their builders' yard numbers. By the 1980s they have shrunk to a few column inches, and the ships have names like *Nordic Express* and *Carrier Four*.

The columns stopped in 2009, when the port began publishing vessel movements online and it was decided that nobody was reading them in print. There was, Moira Gilchrist recalls, a small but furious correspondence. "A retired harbour pilot wrote in every week for a year," she said. "He wanted to know what time the *Carrow Spirit* had been towed away for scrap. Nobody could tell him. We'd stopped writing it down."

What the archive also shows is how the paper's own priorities shifted with the harbour. In the early decades, news about the city's poor appeared mostly when it threatened trade, as with cholera. The yards' first strikes, in 1911, were reported almost entirely from the owners' point of view. It took the Ledger until the 1930s to employ a reporter whose job was to cover the working districts, and it was not until 1978, the year of the great flood, that a front page was given over entirely to the voices of Saltmarket residents rather than officials.

It is an uncomfortable record in places, and we include it here because a newspaper that writes about how a city has treated its people should be willing to look at how it has treated them itself.

## The next tide

Which brings us to now, and to a harbour on the edge of another transformation.

This month, Aldermouth was chosen as the base for the Dogger Reach offshore wind farm, one of the largest planned in the North Sea. Turbine components will be assembled on a rebuilt quay at Gullet Point and shipped out to the site; once the farm is running, the port will host the vessels and technicians that maintain it for thirty years. The developer estimates around 500 permanent jobs.

A few miles inland, a factory making 100-metre turbine blades opened last month in Westerholm, on a site within sight of the old shipyard. A third of its first hires had a parent or grandparent who worked in the yards. And an undersea electricity cable linking Gullet Point to the Dutch coast has just won European funding that makes it likely to be built.

Taken together, these projects amount to the biggest change in the harbour's economy since containerisation. For the first time in decades, the port is growing in a way that creates, rather than removes, large numbers of skilled jobs.

"It feels like the yards coming back, in a way," said Linda Grieve, a laminator at the blade factory whose father was a welder at Westerholm. "Big things, made here, going out to sea. I know it's not the same. But it rhymes."

There are reasons for caution. The offshore wind industry has been volatile, with turbine makers reporting heavy losses and some projects delayed or cancelled. Much of the most specialised work is done by contractors who move between projects and countries. And the jobs being created at one end of the harbour are, at the other end, being automated away: the operator of the Northgate container terminal announced this week that it plans to replace its cranes with remote-controlled models, putting around 180 jobs at risk.

At the same time, the city is trying to knit the harbour back into daily life. The tram extension approved by the council this week would run from Northgate along the Strand to Gullet Point, connecting the new development, the wind farm base and the old city. The Saltmarket fish stalls, which a council amendment has protected during construction, will stand on the corner where they have stood for more than a century and a half.

What the harbour's history suggests is that none of these changes will be painless, and that their benefits will not be shared automatically. The rope trade gave work to children. Coal made fortunes and poisoned lungs. The yards built a community and then left it stranded. Containers saved the port and emptied the docks. The waterfront towers revived the Inner Dock and priced out its neighbours.

In each case, the decisions that shaped how the gains and losses fell were made by people: by dock companies, shipowners, governments, councils and, sometimes, unions and residents who organised to be heard. The same will be true this time.

We asked the people we met for this article what they hoped the harbour would look like in twenty years. Their answers were varied, but they shared a theme.

- "Busy." (Frank Dunmore, former plater, 86)
- "Somewhere my grandchildren can afford to live." (Rose Tennant, Saltmarket resident, 68)
- "Still here. With fish in it." (Rosalind Teague, chair of the Carrow Fishermen's Association)
- "Dry, mostly." (Marta Lindqvist, chief engineer, Carrow Estuary Board)
- "A place people come to work, not just to look at." (Linda Grieve, blade factory laminator)
- "Exactly the same, but with a tram." (one of the Fennick Sands swimmers, who declined to give her name because she was, she said, "in a swimsuit")

At a quarter to five tomorrow morning, the fish traders will be at the market, the dockers will be coming off shift, and the swimmers will be walking into the sea at Fennick Sands. The tide will come in, as it has twice a day for as long as there has been a river here. What the city builds along the water's edge in the next twenty years will decide who is standing on that shore to watch it.

*Reporting by Daniel Oyelaran and Tomasz Wren, with additional research by Ruth Penhaligon and the Ledger archive. Historical figures on employment and cargo are drawn from census returns, port authority annual reports and the records of the Carrow Shipbuilding Company held at the city archive; sources and methods are published with our data.*
`,
};
