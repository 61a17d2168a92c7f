import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Seals the questions the bot suggests on its buttons, so that pressing one asks only a question the bot
 * itself offered: a button whose text was changed on its way (a tampered Slack value or Teams card) no
 * longer matches its seal and is refused, rather than run as whatever command it now says.
 */
export class SuggestedQuestionSeal {
  constructor(private readonly secret: string) {}

  /** The seal a suggestion's button carries beside its question. */
  seal(question: string): string {
    return createHmac('sha256', this.secret).update(`suggested-question\n${question}`).digest('hex');
  }

  /** Whether the question is the one the bot sealed. */
  holds(question: string, seal: string): boolean {
    const expected = Buffer.from(this.seal(question));
    const given = Buffer.from(seal);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
