import { listOf } from "./listOf.ts";

/** The words of one news beat. Sentences mix these with the shared phrases, so each beat reads like itself. */
export interface Topic {
  name: string;
  /** Section breadcrumbs like `China / Politics`; `{country}` is the focus country's name. */
  sections: readonly string[];
  /** Short noun phrases that fit a headline: `export controls`. */
  headlineNouns: readonly string[];
  /** Noun phrases for body sentences: `the new tariffs on imported steel`. */
  nouns: readonly string[];
  /** Who acts: `steel producers`, `the commerce ministry`. */
  actors: readonly string[];
  /** What worries people: `a slowing economy`. */
  concerns: readonly string[];
  /** Things that are measured and move: `exports`, `infection rates`. */
  indicators: readonly string[];
}

export const topics: readonly Topic[] = [
  {
    name: "politics",
    sections: ["{country} / Politics", "World / Politics", "Politics", "News / World"],
    headlineNouns: listOf(`
      election reform, coalition talks, budget vote, snap election, constitutional change, opposition protests,
      cabinet reshuffle, anti-corruption drive, press freedom, voting rights, party leadership, term limits,
      judicial overhaul, border policy, migration deal, state visit, peace talks, sanctions, diplomatic row,
      local elections, asylum rules, civil service reform, lobbying rules, party funding, regional autonomy,
      emergency powers, media ownership, protest law, census plan, pension reform, security pact
    `),
    nouns: listOf(`
      the proposed electoral law, the coalition agreement, a vote of no confidence, the constitutional amendment,
      the opposition's boycott of parliament, a sweeping anti-corruption campaign, the draft budget,
      the new press law, restrictions on public gatherings, the early election, the cabinet reshuffle,
      the disputed election results, the peace framework, talks on a power-sharing deal, the referendum,
      new sanctions on senior officials, the ruling party's majority, the migration agreement, the state visit,
      the expulsion of two diplomats, the recall of its ambassador, the independence of the judiciary
    `),
    actors: listOf(`
      the ruling party, opposition leaders, the prime minister's office, lawmakers, the foreign ministry,
      the electoral commission, protesters, the presidential palace, senior party officials, the parliament,
      the interior ministry, coalition partners, civil society groups, election observers, the cabinet
    `),
    concerns: listOf(`
      deepening political polarisation, a collapse of the governing coalition, voter apathy, unrest in the capital,
      allegations of vote rigging, pressure on independent media, a prolonged political stalemate,
      growing public anger over corruption, fears of a crackdown on dissent
    `),
    indicators: listOf(
      `approval ratings, voter turnout, support for the ruling party, the government's poll lead`,
    ),
  },
  {
    name: "trade",
    sections: ["Business / Economy", "Business / Trade", "Economy", "{country} / Business"],
    headlineNouns: listOf(`
      tariffs, export controls, steel quotas, trade deal, farm subsidies, currency policy, chip exports,
      investment screening, customs rules, rare earth exports, auto tariffs, trade surplus, dumping probe,
      shipping costs, supply chains, free trade talks, import curbs, fuel prices, interest rates,
      grain exports, bank capital rules, tax incentives, wage growth, bond yields, port fees, price caps,
      foreign ownership limits, privatisation plan, minimum wage, state aid, soybean purchases
    `),
    nouns: listOf(`
      the new tariffs on imported steel, export controls on advanced semiconductors, the free trade agreement,
      quotas on agricultural imports, an anti-dumping investigation, the screening of foreign investment,
      the trade surplus, duties on electric vehicles, restrictions on rare earth exports, the customs union,
      subsidies for domestic manufacturers, the currency's sharp depreciation, a slowdown in factory orders,
      the cost of container shipping, bottlenecks in global supply chains, the benchmark interest rate,
      a package of tax cuts, the trade dispute, retaliatory duties, public procurement rules, the bond market
    `),
    actors: listOf(`
      exporters, the commerce ministry, steel producers, trade negotiators, the central bank, carmakers,
      farm groups, investors, the customs agency, chipmakers, retailers, the finance ministry, shipping lines,
      business lobby groups, economists, manufacturers, the competition regulator, port operators
    `),
    concerns: listOf(`
      a slowing economy, rising input costs, a widening trade deficit, weak consumer demand, soaring inflation,
      a global recession, job losses in manufacturing, currency volatility, a prolonged trade war,
      falling commodity prices, tighter credit conditions
    `),
    indicators: listOf(`
      exports, imports, industrial output, retail sales, the trade surplus, consumer prices, factory activity,
      foreign direct investment, the unemployment rate, economic growth
    `),
  },
  {
    name: "technology",
    sections: ["Tech", "Technology / Internet", "Science & Technology", "{country} / Tech"],
    headlineNouns: listOf(`
      encryption keys, data localisation, app store rules, AI regulation, online censorship, 5G networks,
      chip plants, cloud computing, facial recognition, social media curbs, digital tax, satellite internet,
      quantum computing, tech giants, privacy law, search engines, ride-hailing apps, data centres,
      undersea cables, deepfakes, online gaming limits, e-commerce rules, crypto exchanges, smart meters,
      spectrum auction, digital ID, chip subsidies, robotics, drone delivery, age checks online
    `),
    nouns: listOf(`
      the requirement to store user data locally, new rules for artificial intelligence, the rollout of 5G networks,
      a planned semiconductor plant, restrictions on virtual private networks, the digital services tax,
      the app store's commission, access to source code, the use of facial recognition in public spaces,
      a proposed privacy law, the country's largest cloud provider, content moderation rules,
      the licensing regime for online platforms, investment in quantum computing, the satellite broadband service,
      the open-source software strategy, algorithmic transparency requirements, a data-sharing agreement
    `),
    actors: listOf(`
      technology companies, the internet regulator, privacy advocates, software developers, telecom operators,
      start-ups, the communications ministry, app developers, cloud providers, researchers, online platforms,
      venture capital investors, digital rights groups, handset makers, the data protection authority
    `),
    concerns: listOf(`
      the erosion of online privacy, a fragmented internet, the concentration of market power,
      the spread of disinformation, a shortage of skilled engineers, the security of critical networks,
      surveillance of ordinary users, the cost of compliance for small firms
    `),
    indicators: listOf(`
      smartphone shipments, broadband subscriptions, chip sales, venture funding, cloud revenue,
      internet penetration, online advertising revenue
    `),
  },
  {
    name: "security",
    sections: ["World / Security", "Defence", "{country} / Military", "News / Security"],
    headlineNouns: listOf(`
      cyber security, cyber-espionage, missile tests, military drills, arms sales, hacking claims,
      defence spending, naval patrols, border clashes, nuclear talks, intelligence sharing, drone strikes,
      counter-terrorism law, troop deployment, ransomware attacks, espionage charges, air defences,
      submarine deal, border fence, landmines, military bases, satellite launches, coast guard patrols,
      cyber command, arms embargo, conscription, fighter jets, port security, election hacking
    `),
    nouns: listOf(`
      a wave of cyberattacks on government networks, the theft of trade secrets, the ballistic missile test,
      joint military exercises near the border, the arms sales package, state-sponsored hacking,
      the defence budget, naval patrols in contested waters, a new counter-terrorism law,
      the deployment of additional troops, the intelligence-sharing pact, a ransomware attack on hospitals,
      espionage charges against five military officers, the nuclear enrichment programme,
      the air defence system, a cybersecurity working group, the ceasefire agreement, surveillance flights
    `),
    actors: listOf(`
      the defence ministry, military officials, intelligence agencies, security researchers, the armed forces,
      hackers, the national security council, prosecutors, cybersecurity firms, border guards, the navy,
      counter-terrorism police, arms control experts, the joint chiefs, peacekeepers
    `),
    concerns: listOf(`
      an arms race in cyberspace, a miscalculation at sea, the spread of nuclear weapons, attacks on power grids,
      escalating border tensions, the collapse of the ceasefire, a new wave of attacks,
      the vulnerability of critical infrastructure
    `),
    indicators: listOf(
      `defence spending, reported cyber incidents, arms exports, troop numbers, military budgets`,
    ),
  },
  {
    name: "climate",
    sections: ["Environment", "Science / Climate", "World / Environment", "{country} / Environment"],
    headlineNouns: listOf(`
      emissions targets, coal plants, carbon tax, heatwave, floods, drought, wildfires, solar power,
      wind farms, climate finance, deforestation, sea levels, electric cars, methane leaks, green bonds,
      glacier melt, water shortages, crop failures, climate talks, plastic waste, nuclear power, hydropower dams,
      heat pumps, air quality, fishing quotas, peatland fires, lithium mining, coral bleaching,
      carbon capture, flood defences, biofuels, river pollution, tree planting
    `),
    nouns: listOf(`
      the target to cut emissions by half, the plan to phase out coal, a carbon tax on heavy industry,
      the worst heatwave on record, flooding along the river basin, a prolonged drought, the wildfire season,
      a large offshore wind farm, subsidies for rooftop solar panels, the climate finance pledge,
      the rate of deforestation in the Amazon, rising sea levels, the switch to electric buses,
      methane leaks from gas fields, the green bond programme, water rationing in several cities,
      the loss and damage fund, the national adaptation plan, record ocean temperatures
    `),
    actors: listOf(`
      environmental groups, the energy ministry, climate scientists, utilities, farmers, coastal communities,
      oil and gas producers, city mayors, the environment agency, insurers, renewable energy developers,
      climate negotiators, forestry officials, meteorologists, youth activists
    `),
    concerns: listOf(`
      more frequent extreme weather, crop failures, rising insurance costs, the loss of biodiversity,
      the displacement of coastal communities, energy shortages in winter, missing the Paris targets,
      the cost of rebuilding after floods
    `),
    indicators: listOf(`
      carbon emissions, average temperatures, coal consumption, solar capacity, rainfall, forest cover,
      electric vehicle sales
    `),
  },
  {
    name: "health",
    sections: ["Health", "Science / Health", "World / Health", "{country} / Society"],
    headlineNouns: listOf(`
      vaccine rollout, flu outbreak, hospital strike, drug prices, cholera cases, health insurance,
      malaria vaccine, antibiotic resistance, mental health, measles cases, organ donation, obesity rates,
      nurse shortage, clinical trials, tobacco tax, maternal health, air pollution, cancer screening,
      dengue fever, generic drugs, opioid deaths, hospital funding, polio campaign, HIV treatment,
      sugar tax, dementia care, ambulance delays, medical cannabis, tuberculosis, bird flu
    `),
    nouns: listOf(`
      the vaccination campaign, an outbreak of avian flu, the strike by junior doctors, the price of insulin,
      a surge in cholera cases, the national health insurance scheme, trials of a new malaria vaccine,
      the rise of drug-resistant infections, waiting lists for mental health services, a measles outbreak,
      the shortage of nurses in rural hospitals, the tax on sugary drinks, the cancer screening programme,
      rules on clinical trials, childhood obesity rates, maternal mortality, hospital admissions for asthma
    `),
    actors: listOf(`
      health officials, doctors, the health ministry, hospitals, drugmakers, patients' groups, nurses' unions,
      the World Health Organization, public health experts, insurers, medical researchers, pharmacists,
      the disease control centre, local clinics, the medicines regulator
    `),
    concerns: listOf(`
      overcrowded hospitals, a second wave of infections, rising drug costs, vaccine hesitancy,
      a shortage of medical staff, the spread of the virus across borders, underfunded rural clinics,
      worsening air quality
    `),
    indicators: listOf(`
      infection rates, hospital admissions, vaccination rates, life expectancy, health spending, drug prices,
      waiting times
    `),
  },
];
