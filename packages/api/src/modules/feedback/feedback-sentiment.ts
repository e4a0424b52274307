// Feedback comments scored after the fact: answers stored before their comments were scored
// (the demo data, databases from before sentiment reached feedback) get the score the model
// gives now. Run at start-up under the start-up lock; it finds nothing to do once all are scored.
import type { EntityManager } from '@mikro-orm/postgresql';
import { feedbackSentiment } from '../sentiment/sentiment.js';

const HAS_TEXT = `(comment ~ '\\S' or details ~ '\\S')`;

/** Scores every answer that has text but no score, a batch at a time; returns how many it scored. */
export async function scoreUnscoredFeedback(em: EntityManager, batch = 500): Promise<number> {
  let scored = 0;
  // By id, so a row the model would leave null (nothing but odd whitespace) is passed, not re-read for ever.
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows: { id: string; comment: string | null; details: string | null }[] = await em.execute(
      `select id, comment, details from feedback where sentiment_score is null and ${HAS_TEXT} and id > ? order by id limit ?`,
      [after, batch],
    );
    if (!rows.length) return scored;
    after = rows.at(-1)!.id;
    const scores = rows.flatMap((r) => {
      const s = feedbackSentiment(r.comment, r.details);
      return s === null ? [] : [[r.id, s] as const];
    });
    if (scores.length) {
      // Only where still unscored: an answer scored meanwhile by its own write keeps that score.
      await em.execute(
        `update feedback f set sentiment_score = v.s from (values ${scores.map(() => '(?::uuid, ?::float8)').join(', ')}) v(id, s)
         where f.id = v.id and f.sentiment_score is null`,
        scores.flat(),
      );
      scored += scores.length;
    }
    if (rows.length < batch) return scored;
  }
}
