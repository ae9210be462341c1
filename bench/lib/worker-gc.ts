import type { CDPSession } from '@playwright/test';

/** The page's dedicated workers, reached through DevTools, to collect their garbage too. */
export interface Workers {
  /** Forces a GC in every live worker; resolves to their JS heaps in use afterwards, MiB. */
  collect(): Promise<number>;
}

interface Reply {
  id: number;
  result?: { usedSize?: number };
}

/**
 * Attaches to the page's workers (CDP auto-attach without flatten, so commands reach them through
 * `Target.sendMessageToTarget` on this session). `HeapProfiler.collectGarbage` on the page collects the
 * main thread only: the graph layout's worker keeps its garbage until its own heap fills, which would
 * read as growth of the renderer.
 */
export async function attachWorkers(cdp: CDPSession): Promise<Workers> {
  const sessions = new Set<string>();
  const replies = new Map<number, Reply>();
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') sessions.add(e.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (e) => {
    if (e.sessionId) sessions.delete(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message) as Reply;
    if (typeof message.id === 'number') replies.set(message.id, message);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let next = 1;
  const call = async (sessionId: string, method: string): Promise<Reply | null> => {
    const id = next++;
    try {
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    } catch {
      return null;
    }
    for (let waited = 0; waited < 5000 && !replies.has(id); waited += 20) {
      await new Promise((done) => setTimeout(done, 20));
    }
    const reply = replies.get(id) ?? null;
    replies.delete(id);
    return reply;
  };
  return {
    async collect() {
      let used = 0;
      for (const sessionId of [...sessions]) {
        await call(sessionId, 'HeapProfiler.collectGarbage');
        used += (await call(sessionId, 'Runtime.getHeapUsage'))?.result?.usedSize ?? 0;
      }
      return used / 1_048_576;
    },
  };
}
