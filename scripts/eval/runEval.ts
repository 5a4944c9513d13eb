import { type ArticleScores, scoreGoldSet } from "./goldSet.ts";
import { scoresOf, sumTallies } from "./scoreEntities.ts";

/** `npm run eval` prints the scores; `npm run eval -- --errors` also lists each article's misses and extras. */
const showErrors = process.argv.includes("--errors");
const scored = await scoreGoldSet();

for (const kind of ["people", "organizations"] as const) {
  const tally = sumTallies(scored.map((article: ArticleScores) => article[kind]));
  const { precision, recall, f1 } = scoresOf(tally);
  const figures = `precision ${precision.toFixed(2)}  recall ${recall.toFixed(2)}  F1 ${f1.toFixed(2)}`;
  console.log(
    `${kind.padEnd(14)} ${figures}  (${tally.truePositives} right, ${tally.falsePositives} wrong, ${tally.falseNegatives} missed)`,
  );
}
if (showErrors) {
  for (const article of scored) {
    for (const kind of ["people", "organizations"] as const) {
      const { missed, spurious } = article[kind];
      if (missed.length + spurious.length === 0) continue;
      console.log(
        `${article.file} ${kind}: missed ${JSON.stringify(missed)} wrong ${JSON.stringify(spurious)}`,
      );
    }
  }
}
