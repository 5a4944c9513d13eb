const wordsOf = (list: string) => new Set(list.trim().split(/\s+/u));

/**
 * Last words that make a name an organisation's: `Justice Department`, `China Institute`, `Peace Corps`, and the
 * suffixes of companies' legal names and trades (`Barclays Plc`, `British Airways`, `London Stock Exchange`).
 */
const heads = wordsOf(`
  Academy Administration Agency Airlines Airways Alliance Army Assembly Associates Association Authority Bank
  Bureau Centers Chamber Coalition College Commission Committee Company Congress Consulate Corp Corporation Corps
  Council Court Department Dept Dept. Directorate Embassy Exchange Federation Foundation Guard Herald Holdings Inc
  Industries Institute Institutes Institution Journal Laboratory League Library LLC Ltd Ministry Nations Navy
  Organisation Organization Parliament Partnership Party Plc PLC Police Programme Railways Secretariat Senate
  Society Telecom Tribunal Tribune Union University
`);

/** Heads that also end everyday phrases (`Customer Service`, `Operating Systems`): they need a proper modifier. */
const weakHeads = wordsOf(`
  Board Capital Center Centre Club Community Conference Daily Forum Fund Group Labs Network Office Partners Post
  Press School Service Services Staff Systems Team Times
`);

/** Lower-case nouns that, just before a name, say it is an organisation's: `the US journal Politico`. */
const organizationNouns = wordsOf(`
  journal newspaper magazine tabloid broadcaster website publisher company firm startup charity watchdog insurer
  lender carrier airline
`);

export function isOrganizationHead(word: string): boolean {
  return heads.has(word) || weakHeads.has(word);
}

export function isWeakOrganizationHead(word: string): boolean {
  return weakHeads.has(word);
}

export function isOrganizationNoun(word: string): boolean {
  return organizationNouns.has(word);
}
