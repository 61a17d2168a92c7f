import { MongoClient } from 'mongodb';

/**
 * Loaded into the bot under test (`node --import`) by item 1 only: turns on the driver's command monitoring
 * for every client the bot opens, counts the commands sent, and answers the bench over the IPC channel with
 * the counts so far by command and collection. Nothing of it is in the bot itself: production never counts.
 */
const counts = new Map<string, number>();
const connect = MongoClient.prototype.connect;
MongoClient.prototype.connect = function (this: MongoClient) {
  if (!this.options.monitorCommands) {
    // A setter of the client's that its typings leave out; connections made after it emit command events.
    Reflect.set(this, 'monitorCommands', true);
    this.on('commandStarted', (event) => {
      const named: unknown = event.command[event.commandName];
      const key = typeof named === 'string' ? `${event.commandName} ${named}` : event.commandName;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
  }
  return connect.call(this);
};

process.on('message', (message: unknown) => {
  if (message === 'commands') process.send?.({ kind: 'commands', counts: Object.fromEntries(counts) });
});
