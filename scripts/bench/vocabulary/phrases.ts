import { listOf } from "./listOf.ts";

/** A verb in the three forms the templates need. */
export interface Verb {
  base: string;
  past: string;
  third: string;
}

/** Reads `base|past|third` entries, so irregular verbs are written out rather than guessed. */
function verbsOf(block: string): readonly Verb[] {
  return listOf(block).map((entry) => {
    const [base = entry, past = base, third = base] = entry.split("|");
    return { base, past, third };
  });
}

/** Verbs that take a policy or thing as object: `tightened export controls`. */
export const policyVerbs = verbsOf(`
  review|reviewed|reviews, tighten|tightened|tightens, expand|expanded|expands, suspend|suspended|suspends,
  reconsider|reconsidered|reconsiders, defend|defended|defends, strengthen|strengthened|strengthens,
  phase out|phased out|phases out, renegotiate|renegotiated|renegotiates, delay|delayed|delays,
  accelerate|accelerated|accelerates, fund|funded|funds, regulate|regulated|regulates,
  challenge|challenged|challenges, back|backed|backs, scrap|scrapped|scraps, approve|approved|approves,
  block|blocked|blocks, extend|extended|extends, investigate|investigated|investigates,
  overhaul|overhauled|overhauls, criticise|criticised|criticises, welcome|welcomed|welcomes,
  condemn|condemned|condemns, postpone|postponed|postpones, unveil|unveiled|unveils, revise|revised|revises,
  enforce|enforced|enforces, ease|eased|eases, endorse|endorsed|endorses, oppose|opposed|opposes,
  question|questioned|questions, weigh|weighed|weighs, target|targeted|targets, probe|probed|probes,
  cut|cut|cuts, raise|raised|raises, revive|revived|revives, restrict|restricted|restricts,
  push for|pushed for|pushes for, rethink|rethought|rethinks,
  stand by|stood by|stands by, pull back from|pulled back from|pulls back from
`);

/** Verbs that take another country as object: `China rebukes Germany over ...`. */
export const countryVerbs = verbsOf(`
  rebuke|rebuked|rebukes, lash out at|lashed out at|lashes out at, press|pressed|presses,
  court|courted|courts, warn|warned|warns, accuse|accused|accuses, urge|urged|urges,
  challenge|challenged|challenges, back|backed|backs, criticise|criticised|criticises, snub|snubbed|snubs,
  reassure|reassured|reassures, confront|confronted|confronts, hit back at|hit back at|hits back at,
  seek talks with|sought talks with|seeks talks with, join|joined|joins, side with|sided with|sides with
`);

/** Modals that agree with singular and plural subjects alike, so any actor can take any of them. */
export const modals = listOf(
  `will, could, would, may, might, must, should, would likely, could soon, may yet, cannot`,
);

export const relativeTimes = listOf(`
  last week, earlier this month, last month, earlier this year, in recent weeks, over the weekend,
  this week, in recent days, late last year, in the past year, since the start of the year
`);

export const reportVerbs = listOf(`
  said, told reporters, said in a statement, told a news conference, wrote in a report, said in an interview,
  told lawmakers, said at a regular briefing, wrote on social media, told state television
`);

export const adjectives = listOf(`
  sweeping, controversial, long-awaited, fragile, unprecedented, modest, ambitious, contentious, temporary,
  landmark, limited, aggressive, cautious, significant, sharp, gradual, uncertain, costly, symbolic,
  far-reaching, piecemeal, open-ended, disruptive, overdue, bold, narrow, broad, politically sensitive
`);

export const periods = listOf(`
  the coming months, the rest of the year, at least two years, the foreseeable future, the next decade,
  the next few weeks, the remainder of the decade, several quarters
`);

/** Sentence openers that join paragraphs the way wire copy does. */
export const transitions = listOf(`
  Meanwhile, However, In a separate development, At the same time, Still, Separately, Even so, For now,
  Last year, In the meantime, On the other hand, By contrast, In response, Nonetheless
`);

/** Groups for headlines: `German lawmakers reject ...`. */
export const headlineGroups = listOf(`
  lawmakers, officials, regulators, investors, firms, activists, voters, negotiators, diplomats, scientists,
  unions, ministers, exporters, banks, doctors, farmers
`);

/** Attributions appended to headlines: `US 'aggressively' raising cybersecurity with China: official`. */
export const headlineAttributions = listOf(
  `official, report, sources, minister, analysts, state media, study, envoy`,
);

export const headlineAdverbs = listOf(
  `aggressively, quietly, firmly, urgently, cautiously, openly, seriously`,
);

export const gerunds = listOf(
  `raising, pushing, discussing, fighting, watching, revisiting, tackling, pressing`,
);

/** Openings of quoted remarks; each is completed by a topic noun phrase. */
export const quoteOpenings = listOf(`
  We are deeply concerned about, Nobody wins from, Our priority is to address, We will continue to monitor,
  There is no quick fix for, We have made our position clear on, It would be a mistake to ignore,
  The public deserves a clear answer on, We are ready to talk about, History will judge us on,
  We cannot afford to wait on, There is broad agreement on the need to deal with
`);
