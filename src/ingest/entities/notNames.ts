/** Months are also names (`Theresa May`, `June Carter`), so they only rule out a name that they begin. */
const months = new Set([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]);

const weekdays = new Set(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);

/** Capitalised words that are never part of a person's name: feasts, faiths, creeds and compass points. */
const notNameWords = new Set([
  "Christmas",
  "Easter",
  "Ramadan",
  "Catholic",
  "Christian",
  "Muslim",
  "Islamic",
  "Jewish",
  "Buddhist",
  "Hindu",
  "Protestant",
  "Orthodox",
  "Sunni",
  "Shia",
  "Shiite",
  "Communist",
  "Socialist",
  "Democrat",
  "Democrats",
  "Republican",
  "Republicans",
  "Democratic",
  "Western",
  "Eastern",
  "Northern",
  "Southern",
  "North",
  "South",
  "East",
  "West",
  "Internet",
  "Web",
  "Online",
]);

/** `Wednesday`, `Catholic`, `Western`: such a word rules out a person's name (`Roman Catholic`). */
export function isNeverInName(word: string): boolean {
  return notNameWords.has(word) || weekdays.has(word);
}

export function isMonth(word: string): boolean {
  return months.has(word);
}

/** `Wednesday`, `December`: a date before a name (`December DigitalGov University`) is not part of it. */
export function isCalendarWord(word: string): boolean {
  return months.has(word) || weekdays.has(word);
}
