/** World stories (Europe, Middle East), including the right-to-left Arabic article. Original fictional text. */
import type { SampleArticle } from './types';

export const articlesWorld: SampleArticle[] = [
  {
    id: 'hl-20261126-ras-al-safi',
    slug: 'ras-al-safi-fishermen-desalination',
    page: 1,
    title: 'صيّادو رأس الصافي: محطة تحلية تروي المدينة وتقلق البحر',
    summary:
      'تنتج المحطة الجديدة نحو نصف مياه الشرب في المدينة الساحلية، لكن الصيادين يقولون إن المياه شديدة الملوحة التي تعود إلى البحر غيّرت أماكن الأسماك.',
    published: '2026-11-26T09:30:00+04:00',
    authorIds: ['aisha-haddad'],
    section: 'World',
    tags: ['Middle East', 'Water', 'Fishing', 'Climate'],
    language: 'ar',
    image: {
      name: 'desalination-coast',
      alt: 'رسم توضيحي لمحطة تحلية على شاطئ رملي وقوارب صيد صغيرة في البحر عند الغروب',
      caption: 'تنتج محطة التحلية نحو نصف حاجة رأس الصافي من مياه الشرب.',
      credit: 'رسم: قسم الرسوم في هاربر ليدجر',
    },
    body: `
مع أول ضوء للفجر، يدفع سالم العبري قاربه الخشبي الصغير إلى الماء كما فعل والده وجده من قبله. لكنه منذ عامين لم يعد يتجه شمالاً نحو الشعاب القريبة من الشاطئ، بل يقطع مسافة أطول بكثير بحثاً عن الهامور والكنعد.

> «كانت الأسماك على بعد عشر دقائق من الميناء. اليوم أحتاج إلى ساعة كاملة، وأحرق ضعف كمية الوقود، وأعود أحياناً بنصف ما كنت أصطاده.»

يشير الصيادون في رأس الصافي، وهي مدينة ساحلية يقارب عدد سكانها ثمانين ألف نسمة، إلى محطة تحلية المياه التي افتُتحت قبل ثلاث سنوات على الطرف الشمالي من الخليج الصغير. تنتج المحطة نحو مئة وعشرين ألف متر مكعب من المياه العذبة يومياً، أي ما يقارب نصف حاجة المدينة، وقد أنهت سنوات من انقطاع المياه في أشهر الصيف الطويلة.

## ماء عذب ومحلول مالح

لكن كل لتر من الماء العذب يخلّف وراءه أكثر من لتر من المحلول الملحي المركّز، الذي يُعاد ضخه إلى البحر عبر أنبوب يمتد نحو كيلومتر واحد من الشاطئ. ويقول علماء البحار إن هذا المحلول، وهو أثقل من مياه البحر العادية، قد يستقر في القاع إذا لم يُخلط جيداً، فيؤثر في الكائنات التي تعيش هناك وفي الأسماك التي تتغذى عليها.

تقول الدكتورة ليلى منصور، الباحثة في علوم البيئة البحرية: «المشكلة ليست في التحلية نفسها، فالمنطقة لا تستطيع العيش من دونها. المشكلة في مكان التصريف وطريقته. الأنابيب المزوّدة بفتحات انتشار جيدة تخفف الملوحة بسرعة، أما التصريف في خليج ضحل وهادئ فأمر مختلف تماماً.»

وتؤكد الشركة المشغّلة للمحطة أن قياساتها الشهرية تُظهر أن الملوحة تعود إلى مستوياتها الطبيعية على بعد مئتي متر من نقطة التصريف، وأنها تلتزم بجميع المعايير البيئية المعمول بها. غير أنها لم تنشر هذه القياسات حتى الآن، ويطالب الصيادون بالاطلاع عليها.

## ما الذي يطلبه الصيادون؟

قدّمت جمعية الصيادين المحلية إلى البلدية رسالة من ثلاثة مطالب:

- نشر بيانات الملوحة ودرجة الحرارة قرب أنبوب التصريف بشكل دوري.
- إجراء دراسة مستقلة تشارك فيها الجمعية وجامعة محلية.
- تعويض الصيادين عن تكاليف الوقود الإضافية إلى حين صدور نتائج الدراسة.

وقد وعدت البلدية بعقد اجتماع بين الطرفين قبل نهاية العام. وفي الميناء، يجلس الصيادون الأكبر سناً على صناديق الثلج الفارغة ويتحدثون عن البحر كما يتحدث المرء عن صديق قديم تغيّرت طباعه.

يقول سالم وهو يلفّ شباكه: «لسنا ضد الماء. أولادي يشربون منه كل يوم. نريد فقط أن نعرف ماذا يحدث تحت القارب.»
`,
  },
  {
    id: 'hl-20261125-fisheries',
    slug: 'north-sea-quota-talks-collapse',
    page: 1,
    title: 'North Sea quota talks collapse as ministers fail to agree on herring',
    summary:
      'Negotiators left Brussels without a deal for the first time in nine years, leaving fleets from Aldermouth to Esbjerg unsure what they can catch from January.',
    published: '2026-11-25T23:10:00+01:00',
    authorIds: ['mara-okafor'],
    section: 'World',
    tags: ['Europe', 'Fishing', 'Economy'],
    image: {
      name: 'fishing-fleet-dusk',
      alt: 'Illustration of fishing boats and sailing boats silhouetted on a calm sea at dusk',
      caption: 'About 60 vessels are registered at Aldermouth, most of them under 12 metres long.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
Talks on next year's North Sea fishing quotas broke up in Brussels late on Tuesday without agreement, after three days of negotiations foundered on how much herring the fleets should be allowed to catch.

It is the first time in nine years that the annual talks between the European Union and its neighbouring coastal states have ended without a deal by the end of November. Officials said they would try again in mid-December, but several delegations warned that the gap between them was wide.

"We were close on almost everything," said one negotiator, speaking on condition of anonymity because the talks are confidential. "Unfortunately, almost everything is not herring."

## The herring problem

Scientists advising the negotiators recommended a cut of 18% in the total allowable catch of North Sea herring next year, after surveys found fewer young fish than expected for the third year running. Some delegations wanted to follow the advice in full; others argued for a smaller cut phased over two years, to protect fishing communities that depend heavily on the stock.

The disagreement is partly about science and partly about who bears the cost. Herring is caught mainly by large pelagic trawlers, while many smaller fleets, including most of Aldermouth's, depend on species such as sole, plaice and crab that are often negotiated as part of the same package.

"The small boats are being held hostage by a fish they don't catch," said Rosalind Teague, chair of the Carrow Fishermen's Association. "If there's no deal by January, nobody knows what they're allowed to land, and the banks don't lend to people who don't know what they're allowed to land."

## What happens without a deal

If no agreement is reached by 1 January, each party is expected to set provisional quotas for its own fleet, usually based on a share of the previous year's figures. That has happened before, but rarely for long.

Fisheries economists said the main risk was not overfishing in the short term but uncertainty.

> "A provisional quota is a quota with a question mark. You can fish with it, but you can't plan with it."

## A fraught backdrop

The talks took place against a background of growing tension over access to fishing grounds, rising fuel costs and the expansion of offshore wind farms, which are closing some areas to trawling. Several delegations also raised the issue of enforcement, after reports that some vessels had been misreporting their catches.

The European Commission said it remained "confident that a balanced agreement is within reach" and that it would present revised proposals before the next round.

In Aldermouth, where the fish market opens at four each morning, the news was met with weary familiarity. "Every year it's the end of the world," said one trader, stacking boxes of whiting. "And every year we're back here at four."
`,
  },
  {
    id: 'hl-20261119-interconnector',
    slug: 'westwind-interconnector-eu-funding',
    page: 1,
    title: 'Undersea power cable from Gullet Point wins €420m in European funding',
    summary:
      'The Westwind interconnector would link Aldermouth to the Dutch coast, letting the region export surplus wind power and import electricity on calm days.',
    published: '2026-11-19T11:25:00+01:00',
    authorIds: ['mara-okafor'],
    section: 'Business',
    tags: ['Europe', 'Energy', 'Economy'],
    image: {
      name: 'grid-pylons',
      alt: 'Illustration of electricity pylons and cables crossing hills at sunrise',
      caption: 'The cable would connect to the grid through a new converter station at Gullet Point.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
A proposed undersea electricity cable linking Aldermouth to the Dutch coast has been awarded €420m in European infrastructure funding, making it likely that the long-delayed project will finally be built.

The Westwind interconnector would run for 290km under the North Sea from a converter station at Gullet Point to a landfall near the port of Vlissingen. With a capacity of 1.4 gigawatts, it could carry enough electricity to supply around a million homes.

The grant, announced in Brussels on Wednesday, covers roughly a fifth of the project's estimated cost of €2.1bn. The rest is expected to come from the two grid operators involved and from private investors.

## Why a cable matters

The North Sea coast has more wind turbines than its grids can easily handle. On windy nights, wind farms off the Carrow estuary are regularly paid to switch off because there is nowhere to send the power. On still, cold days, the region relies on gas.

An interconnector allows electricity to flow in both directions, depending on where it is cheapest at a given moment. Energy analysts say it would reduce both curtailment and prices.

"Wind doesn't blow everywhere at once," said Dr Annelies Voskuijlen, an energy systems researcher in Delft. "The more you connect, the more often it's blowing somewhere on your network."

## The local impact

For Aldermouth, the project would mean a converter station the size of two football pitches at Gullet Point, a construction workforce of about 400 at its peak, and the laying of cable across the mudflats at the mouth of the estuary, an area protected for its wading birds.

The council has welcomed the funding but says it expects "robust guarantees" about the mudflats. Environmental groups have asked that cable-laying be restricted to the summer, when fewer birds are feeding.

> "We want the cable. We also want the curlews. We don't accept that we have to choose."

## The politics

The grant is part of a larger package of cross-border energy projects chosen by the European Commission this year. Cables connecting non-EU and EU grids have become more politically complicated in recent years, and the Westwind application was delayed twice while the two sides agreed how electricity trading across the link would work.

Officials said the funding decision showed "a shared interest that outlasts any disagreement". Critics in several member states argued that the money should have been spent on connections within the bloc.

Construction could begin in 2028, with the cable in operation by 2031 if permits are granted on time. In energy infrastructure, that is a large if.
`,
  },
  {
    id: 'hl-20261115-reservoirs',
    slug: 'alentejo-reservoirs-record-low',
    page: 1,
    title: 'Reservoirs in southern Portugal fall to record low after a fourth dry autumn',
    summary:
      'Farmers are tearing up orchards and towns are trucking in water as the region’s reservoirs drop below a fifth of capacity.',
    published: '2026-11-15T10:00:00+00:00',
    authorIds: ['mara-okafor'],
    section: 'World',
    tags: ['Europe', 'Water', 'Climate'],
    image: {
      name: 'reservoir-drought',
      alt: 'Illustration of a shrunken reservoir in cracked, dry earth beneath a large sun and orange hills',
      caption: 'Some reservoirs in the south have dropped below the level at which water can be drawn for irrigation.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
The village of Monte da Ribeira used to have a swimming spot. Residents remember diving from a rock into the reservoir below the church. This autumn the rock stands on dry ground, forty metres from the water's edge, and the water itself is the colour of strong tea.

Reservoirs across southern Portugal have fallen to their lowest levels since records began, after a fourth consecutive autumn with well below average rainfall. On average, the reservoirs of the region were at 19% of capacity at the start of November, compared with a long-term average of about 55%.

## Orchards and emergency supplies

The effects are visible from the road. Farmers who planted almond and olive orchards during a boom in irrigated agriculture a decade ago are now grubbing up trees they can no longer water. Others have switched to crops that need less water, or left fields fallow.

"My father grew wheat here without irrigation for forty years," said José Carvalho Nunes, who farms 200 hectares near the Spanish border. "Then we all planted almonds because the water was there. Now the water is not there, and I have almonds."

In a dozen small municipalities, drinking water is being brought in by tanker lorry. The national government has declared a drought emergency in the region, allowing it to limit water for agriculture and fund new wells.

## Not only a lack of rain

Hydrologists say the crisis is the result of drier weather combined with a sharp increase in the amount of water used, particularly for irrigation.

> "Drought is a shortage of rain. Water scarcity is a shortage of water relative to what you've decided to use. This region has both, and only one of them is the weather's fault."

Researchers at the University of Évora estimate that irrigated area in the region grew by about 40% between 2010 and 2022. Much of that growth was in permanent crops such as nuts and olives, which cannot be left unwatered for a season without losing the trees.

## What is being done

The government has announced a package of measures that includes:

- a desalination plant on the Algarve coast, due to open in 2028;
- grants to repair leaking municipal pipes, which lose about a quarter of the water they carry;
- a review of licences for new irrigated orchards;
- a scheme to reuse treated wastewater for golf courses and parks.

Environmental groups say the measures do not go far enough, and that desalination will simply allow water-hungry agriculture to continue. Farmers' organisations say they are being blamed for a problem caused by the climate.

In Monte da Ribeira, the parish council has put a small sign next to the dry rock. It gives the date of the last time anyone swam there: August 2022.
`,
  },
  {
    id: 'hl-20261114-souq',
    slug: 'bayt-zahra-covered-market-reopens',
    page: 1,
    title: 'A year after the fire, Bayt Zahra’s covered market opens its doors again',
    summary:
      'Traders in the hill town’s 300-year-old souk rebuilt their stalls with their own savings and a lot of borrowed scaffolding. Not everyone came back.',
    published: '2026-11-14T13:00:00+03:00',
    authorIds: ['aisha-haddad'],
    section: 'World',
    tags: ['Middle East', 'Economy', 'Culture'],
    image: {
      name: 'market-city',
      alt: 'Illustration of a low-rise town of domes and flat roofs among palm trees under a warm orange sky',
      caption: 'The market’s vaulted roof was rebuilt using stone from the same quarry as the original.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
At seven o'clock on Thursday morning, Rami Khoury unlocked the wooden shutters of his spice stall for the first time in thirteen months, propped them open with the same iron hook his grandfather used, and swept the step. Then he stood back and, he admits, cried a little.

"I told myself I wouldn't," he said. "Then the smell of the cumin came out of the sacks and that was it."

The covered market of Bayt Zahra, a hill town of about 60,000 people, was badly damaged in October last year when an electrical fault started a fire that spread through the wooden stalls of the textile section and collapsed part of the vaulted stone roof. No one was killed, but 84 of the market's 210 stalls were destroyed.

## Rebuilding without a plan

For months, traders waited for a reconstruction scheme that never quite arrived. The municipality commissioned a survey and an architect's plan, but funding from the national heritage authority was delayed, and the insurance most traders had was too small to cover their losses.

In the spring, the traders decided to start anyway. They formed an association, pooled savings, and borrowed scaffolding from a construction company owned by a former stallholder's son.

"We could not wait for the perfect plan while our customers went to the shopping centre on the highway," said Nour Al-Sayegh, who sells embroidered cloth and chairs the association. "A market that is closed for two years is not a market. It is a museum."

The vaulted roof was the hardest part. Masons were brought from a neighbouring town to cut new stone from the same quarry that supplied the original builders in the eighteenth century, and the heritage authority eventually paid for about half of the roof.

## What has changed

The rebuilt market is not identical to the old one. The electrical wiring now runs through metal conduits, there are fire extinguishers at every junction, and the wooden stall fronts have been treated with a fire retardant that some traders complain has made them look "too new".

There are also gaps. Of the 84 traders whose stalls were destroyed, 61 have returned. Some retired, some moved their businesses online, and a few left the town altogether.

> "When you lose a place, you find out what it was for. For some people it was a job. For others it was the reason to get up in the morning."

## The customers

By mid-morning on Thursday the narrow lanes were crowded, with families who had come to look and older residents who had come to check that their favourite stalls had survived. A man selling coffee from a brass pot was doing a brisk trade near the entrance.

Umm Khalil, 78, who has bought her lentils from the same stall for half a century, said the market looked "like a bride, too clean", but that she was glad to be back. "It will get dirty again," she said. "Give it a year."
`,
  },
  {
    id: 'hl-20261106-automated-decisions',
    slug: 'parliament-committee-automated-welfare-decisions',
    page: 1,
    title: 'MEPs back right to a human review of automated welfare decisions',
    summary:
      'A European Parliament committee voted for rules that would oblige authorities to explain, and let a person check, any benefit decision made by an algorithm.',
    published: '2026-11-06T17:45:00+01:00',
    authorIds: ['mara-okafor'],
    section: 'World',
    tags: ['Europe', 'Data', 'Economy'],
    image: {
      name: 'parliament-skyline',
      alt: 'Illustration of layered grey-blue city towers under a pale sky',
      caption: 'The proposal now goes to negotiations between the Parliament and member states.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
People whose welfare benefits are cut, suspended or refused on the basis of an automated system would have the right to a clear explanation and to a review by a human official, under amendments backed by a European Parliament committee on Thursday.

The employment and social affairs committee voted 41 to 17 in favour of the changes, which would tighten draft rules on the use of automated decision-making in public services. The vote followed a series of cases in several member states where risk-scoring systems wrongly flagged thousands of claimants as potential fraudsters.

## What the amendments say

The text approved by the committee would require public authorities that use automated systems in welfare decisions to:

- tell claimants when an automated system has been used in a decision about them;
- provide an explanation, in plain language, of the main factors that led to the decision;
- offer a review by a trained human official who has the power to overturn it;
- keep records that allow independent auditors to test the system for bias;
- suspend a system if an audit finds it produces significantly different outcomes for groups protected by anti-discrimination law.

The rapporteur, a Finnish MEP, said the aim was "not to ban technology, but to make sure that when a computer says no, a person can still say yes".

## The opposition

Some governments have argued that the requirements are too broad and would apply to simple automated checks, such as verifying that a form has been filled in correctly, as well as to complex risk-scoring models.

> "If every spreadsheet formula needs an auditor, we will simply go back to paper, and paper is slower and less fair," said one member state's official, speaking on background.

Several conservative MEPs voted against, arguing that the rules should be set at national level. Digital rights groups, meanwhile, said the amendments were welcome but should have gone further, by banning the use of certain data, such as nationality or postcode, in fraud-risk models altogether.

## The cases behind it

The pressure for change has come largely from a handful of scandals. In one member state, a system designed to detect childcare benefit fraud flagged families disproportionately on the basis of dual nationality; thousands were wrongly ordered to repay benefits, some of them tens of thousands of euros. In another, an unemployment scoring tool was found to rate women with young children as less employable.

"Each of these systems was introduced to save money and reduce errors," said Dr Elif Demirci, who researches public-sector algorithms at a Brussels think tank. "Each of them ended up costing more than it saved, because fixing the harm was so expensive."

The full Parliament is expected to vote on its position in January, after which negotiations with member states will begin. Officials expect those negotiations to be difficult.
`,
  },
  {
    id: 'hl-20261018-heat',
    slug: 'gulf-outdoor-workers-heat-rules',
    page: 2,
    title: 'As summers lengthen, Gulf states stretch the midday ban on outdoor work',
    summary:
      'Rules that stop construction at the hottest hours now cover more of the year, but workers and doctors say the dates matter less than the humidity.',
    published: '2026-10-18T10:00:00+04:00',
    authorIds: ['aisha-haddad'],
    section: 'World',
    tags: ['Middle East', 'Health', 'Climate'],
    image: {
      name: 'gulf-heat',
      alt: 'Illustration of a desert town and palm trees under a hazy red and purple sky',
      caption: 'Midday work bans typically run from mid-June to mid-September.',
      credit: 'Illustration: Harbour Ledger graphics desk',
    },
    body: `
At half past eleven in the morning, on a building site on the edge of a fast-growing Gulf city, the sound of angle grinders stops. Men in orange overalls climb down the scaffolding and walk, slowly, towards a row of air-conditioned cabins. They will not work again until three.

The midday work ban, which prohibits outdoor labour in direct sun during the hottest hours, has been a feature of summers across the Gulf for more than a decade. This year, several governments extended it, starting it earlier in June and ending it later in September.

## The numbers

Temperatures in the region regularly exceed 45C in summer. But doctors say the figure that matters most for workers is the combination of heat and humidity, which determines whether the body can cool itself by sweating.

"Forty-five degrees in dry air is dangerous," said Dr Hana Rahimi, an occupational health physician who treats construction workers. "Thirty-eight degrees with humidity at seventy percent can be deadly, because the sweat doesn't evaporate. On the coast, that's a normal August afternoon."

Research published this year estimated that the number of hours in which outdoor work is unsafe has risen by about a third in coastal Gulf cities since the 1990s.

## Dates versus conditions

Worker advocates have long argued that fixed dates are a blunt instrument. A hot day in late May or early October is not covered by the ban, and the ban ends at three in the afternoon even when the heat does not.

Some employers have begun to use heat-stress monitors on site, which measure temperature, humidity, sunlight and wind, and stop work when a threshold is crossed regardless of the calendar.

> "The ban is a floor, not a ceiling. The good contractors stop when the monitor tells them to. The bad ones stop when the inspector's car arrives."

## The workers

Most outdoor labourers in the region are migrants from South Asia and East Africa, many of whom send most of their wages home and cannot afford to lose working hours. Several workers said they were grateful for the ban but worried that a longer ban meant less pay.

Ramesh, 34, who has worked as a steel fixer for nine years and asked that his surname not be published, said the rest cabins had improved greatly since he arrived. "When I came, we slept under the trucks," he said. "Now we have air conditioning and water. But the afternoon is still the afternoon. At four o'clock it is like standing in front of an oven door."

## What comes next

Governments in the region have signalled that they may move towards condition-based rules, using official heat-stress readings rather than fixed dates. International labour organisations have welcomed the idea but say enforcement, and better data on heat-related illness and death among workers, will be essential.

For now, the grinders fall silent at half past eleven, and the men wait for the shadows to lengthen.
`,
  },
];
