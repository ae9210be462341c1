import type { Browser, CDPSession } from '@playwright/test';

/**
 * A tab that no DevTools session watches the network of, for memory figures.
 *
 * Playwright enables the Network domain on every page it drives, and Chromium's network agent then
 * keeps a copy of every response body in the page's renderer, in case a client asks for it: at 100,000
 * events the 60 MB of shards stood as 121 MB of the renderer's memory (memory-infra's
 * partition_alloc/buffer; 237 MB with a second Network-enabled session; 0.6 MB in a tab nobody
 * attached to). A user's browser keeps no such copy. This tab is made in a browser context of its own
 * through the browser's session, which Playwright does not attach to, and is driven through
 * Target.sendMessageToTarget with only Page, Runtime, Emulation and HeapProfiler: no Network domain.
 * It also carries the throttled run, whose slow network is the test server's (static-server.ts).
 */
export interface UnobservedTab {
  /** Navigates and resolves when the navigation is committed. */
  goto(url: string): Promise<void>;
  /** Evaluates an expression (awaiting a promise it gives) and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  /** A full garbage collection of the page's main thread and of each of its workers. */
  collectGarbage(): Promise<void>;
  /** The main thread's JS heap in use, MiB (Runtime.getHeapUsage). */
  heapUsedMiB(): Promise<number>;
  /** Runs the page's CPU `rate` times slower (Emulation.setCPUThrottlingRate). */
  throttleCpu(rate: number): Promise<void>;
  close(): Promise<void>;
}

interface Reply {
  id: number;
  result?: { result?: { value?: unknown }; exceptionDetails?: { text?: string }; usedSize?: number };
  error?: { message: string };
}

/** Opens a blank, unobserved tab of `width`×`height` CSS px at a device scale of 1. */
export async function openUnobservedTab(
  browser: Browser,
  width = 1300,
  height = 900,
): Promise<UnobservedTab> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  // Playwright's types list only the domains it knows; these Target calls exist in every Chromium.
  const call = (method: string, params: object) =>
    (cdp.send as (m: string, p: object) => Promise<Record<string, string>>)(method, params);
  const { browserContextId } = await call('Target.createBrowserContext', {});
  const { targetId } = await call('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await call('Target.attachToTarget', { targetId, flatten: false });
  let next = 1;
  const pending = new Map<number, (reply: Reply) => void>();
  // Its dedicated workers (the graph's layout, the validator) are attached the same way, so their
  // garbage can be collected before a reading: their replies come nested in the page's messages.
  const workers = new Set<string>();
  const workerReplies = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget' as never, (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as Reply & {
      method?: string;
      params?: { sessionId?: string; message?: string; targetInfo?: { type: string } };
    };
    if (message.method === 'Target.attachedToTarget' && message.params?.targetInfo?.type === 'worker') {
      workers.add(message.params.sessionId ?? '');
    } else if (message.method === 'Target.detachedFromTarget') {
      workers.delete(message.params?.sessionId ?? '');
    } else if (message.method === 'Target.receivedMessageFromTarget') {
      const nested = JSON.parse(message.params?.message ?? '{}') as Reply;
      workerReplies.get(nested.id)?.(nested);
      workerReplies.delete(nested.id);
    } else if (typeof message.id === 'number') {
      pending.get(message.id)?.(message);
      pending.delete(message.id);
    }
  });
  const send = (method: string, params: object = {}) =>
    new Promise<Reply>((resolve, reject) => {
      const id = next++;
      pending.set(id, resolve);
      call('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      }).catch(reject);
    }).then((reply) => {
      if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
      return reply;
    });
  /** A command to one worker; null when it has gone or does not answer within 5 s. */
  const sendToWorker = (worker: string, method: string) =>
    new Promise<Reply | null>((resolve) => {
      const id = next++;
      const timer = setTimeout(() => {
        workerReplies.delete(id);
        resolve(null);
      }, 5000);
      workerReplies.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      send('Target.sendMessageToTarget', {
        sessionId: worker,
        message: JSON.stringify({ id, method }),
      }).catch(() => {
        clearTimeout(timer);
        resolve(null);
      });
    });
  await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
  await send('Page.enable');
  return {
    async goto(url) {
      await send('Page.navigate', { url });
    },
    async evaluate<T>(expression: string) {
      const reply = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      const thrown = reply.result?.exceptionDetails;
      if (thrown) throw new Error(`evaluate: ${thrown.text ?? 'threw'}`);
      return reply.result?.result?.value as T;
    },
    async collectGarbage() {
      await send('HeapProfiler.collectGarbage');
      for (const worker of [...workers]) await sendToWorker(worker, 'HeapProfiler.collectGarbage');
    },
    async heapUsedMiB() {
      const reply = await send('Runtime.getHeapUsage');
      return (reply.result?.usedSize ?? Number.NaN) / 1_048_576;
    },
    async throttleCpu(rate) {
      await send('Emulation.setCPUThrottlingRate', { rate });
    },
    async close() {
      await call('Target.disposeBrowserContext', { browserContextId }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
