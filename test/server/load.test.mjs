// Under load and crashes, on both stores: every distinct request stored exactly once, every
// 201 still there after a SIGKILL and a restart, a resend answered with the first answer.
// Bounded by counts (requests answered), never by clocks; the timed runs are `npm run bench`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { STORES, TOKEN, dataPlace, spawnService } from './helpers.mjs';
import { checkStored, clients, hammer, resendUnanswered, send, traffic } from '../../scripts/load.mjs';
import { SQLITE_FILE } from '../../server/store/sqlite.mjs';

const stop = async (s) => {
  s.child.kill('SIGTERM');
  await s.exited;
};

/** Sends every answered request again: the answer must be the first one, and nothing new is stored. */
async function resendAnswered(url, load) {
  for (const [requestId] of load.answers) {
    const { status, text } = await send(url, { requestId, body: load.sent.get(requestId) });
    load.answered(requestId, status, text);
  }
}

function assertExactlyOnce(result, load) {
  assert.equal(result.foreign, 0);
  assert.deepEqual(result.missing, [], 'every request answered 201 is stored');
  assert.deepEqual(result.changed, [], 'with the id and reference it was answered with');
  assert.deepEqual([...load.mismatches], [], 'a resend is answered with the first answer');
  assert.equal(result.answered, result.sent, 'every request sent was answered in the end');
  assert.equal(result.stored, result.sent, 'each distinct request stored exactly once');
}

for (const { kind, skip } of STORES) {
  describe(`load and crashes on ${kind}`, { skip }, () => {
    test(`50 clients, 20 % sent again with the same key: each distinct request stored once (${kind === 'postgres' ? 'two processes, one database' : 'one process'})`, async () => {
      const place = await dataPlace(kind);
      const servers = await Promise.all((kind === 'postgres' ? [1, 2] : [1]).map(() => spawnService(place.env)));
      const load = traffic({ repeatShare: 0.2, seed: 11 });
      try {
        const run = await hammer({ urls: servers.map((s) => s.url), connections: 50, amount: 3000, load });
        assert.deepEqual(Object.keys(run.statuses), ['201']);
        assert.equal(run.errors, 0);
        assert.ok(run.total >= 3000);
        // A fifth or so were resends of a request already sent.
        assert.ok(load.sent.size < run.total * 0.9 && load.sent.size > run.total * 0.7, `${load.sent.size} distinct of ${run.total}`);
        await resendUnanswered(servers[0].url, load);
        assertExactlyOnce(await checkStored(servers[0].url, TOKEN, load), load);
      } finally {
        await Promise.all(servers.map(stop));
        await place.remove();
      }
    });

    test(`SIGKILL in the middle of a run, then a restart: every 201 is there, none twice after the resends${kind === 'postgres' ? ' (one of two processes killed)' : ''}`, async () => {
      const place = await dataPlace(kind);
      const load = traffic({ repeatShare: 0.2, seed: 12 });
      const first = await spawnService(place.env);
      const second = kind === 'postgres' ? await spawnService(place.env) : null;
      let alive = [first, second].filter(Boolean);
      let killed = false;
      let answeredAtKill = 0;
      const killAt = 400;
      await clients({
        count: 20,
        load,
        target: (i) => alive[i % alive.length].url,
        onAnswer() {
          if (!killed && load.answers.size >= killAt) {
            killed = true;
            answeredAtKill = load.answers.size;
            first.child.kill('SIGKILL');
            alive = alive.filter((s) => s !== first);
          }
        },
        // SQLite: the clients stop with the only process; PostgreSQL: they go on with the other one.
        done: () => killed && (!second || load.answers.size >= 2 * killAt),
      });
      await first.exited;
      const answeredBeforeRestart = new Map(load.answers);
      assert.ok(answeredAtKill >= killAt);
      // Requests in flight at the kill are usually unanswered, but may all have been answered just before it;
      // either way the requests sent after it (refused) are, and the checks below hold for both.

      // Restarted on the same data; clients send again what got no answer, and some what did.
      const restarted = await spawnService(place.env);
      try {
        await resendUnanswered(restarted.url, load);
        await resendAnswered(restarted.url, load);
        const result = await checkStored(restarted.url, TOKEN, load);
        assertExactlyOnce(result, load);
        for (const [id, text] of answeredBeforeRestart) assert.equal(load.answers.get(id), text);
      } finally {
        await stop(restarted);
        if (second) await stop(second);
      }
      if (kind === 'sqlite') {
        // The database opens cleanly and is whole.
        const db = new Database(join(place.options.dataDir, SQLITE_FILE), { readonly: true });
        assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
        db.close();
      }
      await place.remove();
    });
  });
}
