/**
 * The work for a waiting person did not finish in time (answer-in-time.ts): the database is hung or very
 * slow. The person is answered as for a database that is down — "not saved yet, your entry is kept" — while
 * the work may still finish; its command id keeps a late write from being stored twice.
 */
export class AnswerTimedOut extends Error {
  constructor(readonly withinMs: number) {
    super(`The work did not finish within ${withinMs} ms.`);
    this.name = 'AnswerTimedOut';
  }
}
