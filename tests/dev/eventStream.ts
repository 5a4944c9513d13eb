import { get, type IncomingMessage } from "node:http";

export interface EventStream {
  /** Names of the events received so far, oldest first. */
  received: string[];
  /** Resolves when the `count`-th event named `name` has arrived; fails after `timeoutMs`. */
  waitFor(name: string, count: number, timeoutMs: number): Promise<void>;
  close(): void;
}

/** Node 20 has no EventSource: a minimal Server-Sent Events reader, resolved once the stream is open. */
export function openEventStream(url: string): Promise<EventStream> {
  return new Promise((resolve, reject) => {
    const request = get(url, (response: IncomingMessage) => {
      if (response.statusCode !== 200 || !response.headers["content-type"]?.startsWith("text/event-stream")) {
        reject(new Error(`${url} answered ${response.statusCode} ${response.headers["content-type"]}`));
        response.resume();
        return;
      }
      const received: string[] = [];
      const listeners = new Set<() => void>();
      let buffered = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffered += chunk;
        const messages = buffered.split("\n\n");
        buffered = messages.pop() ?? "";
        for (const message of messages) {
          const name = /^event: (.+)$/m.exec(message)?.[1];
          if (name !== undefined) received.push(name);
        }
        for (const listener of listeners) listener();
      });
      const count = (name: string) => received.filter((event) => event === name).length;
      resolve({
        received,
        waitFor: (name, wanted, timeoutMs) =>
          new Promise((done, fail) => {
            const check = () => {
              if (count(name) < wanted) return;
              clearTimeout(timer);
              listeners.delete(check);
              done();
            };
            const timer = setTimeout(() => {
              listeners.delete(check);
              fail(
                new Error(
                  `no "${name}" event #${wanted} within ${timeoutMs} ms; got [${received.join(", ")}]`,
                ),
              );
            }, timeoutMs);
            listeners.add(check);
            check();
          }),
        close: () => request.destroy(),
      });
    });
    request.on("error", reject);
  });
}
