/**
 * Social and video networks whose names, in news, mostly name the place something is posted rather than the company
 * that runs it: `follow the IRS on Twitter`, `YouTube views`. The company counts only where the text speaks of it.
 */
const platforms = new Set(
  "Twitter Facebook YouTube Instagram Tumblr Flickr LinkedIn Pinterest Snapchat WhatsApp TikTok WeChat Weibo Reddit Telegram".split(
    " ",
  ),
);

/** `on Twitter`, `via Facebook`, and names listed after one: `on Twitter, Tumblr, and YouTube`. */
const postedOn = /\b(?:on|via) ((?:\p{Lu}\p{L}*,? )*)(?:(?:and|or) )?$/u;

/** The list before a name holds only networks (`on Twitter, Tumblr, and`), not `on Monday, Facebook said`. */
function isPostedOn(before: string): boolean {
  const listed = postedOn.exec(before)?.[1];
  if (listed === undefined) return false;
  return listed.split(/[, ]+/u).every((name) => name === "" || platforms.has(name));
}

/** `YouTube views`, `Twitter chats`, `a Facebook page`: the network as a place, not a company. */
const platformNoun =
  /^ (?:chats?|views?|channels?|pages?|accounts?|posts?|feeds?|followers|handles?|videos?|live|users|profiles?)\b/u;

/** Whether a network's name, with the text around it, names the platform rather than the company. */
export function namesPlatform(phrase: string, before: string, after: string): boolean {
  return platforms.has(phrase) && (isPostedOn(before) || platformNoun.test(after));
}
