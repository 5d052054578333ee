import { expect, test } from 'vitest';
import { discoverFeed } from '../../../utils/extension/adapters/discover-feed';
import { siteFeed } from '../../../utils/extension/adapters/site-feed';

/** A fetch whose every answer is a body that never ends (a hostile or broken server), counting what it sent. */
function endless() {
  const sent = { bytes: 0 };
  const chunk = new Uint8Array(256 * 1024).fill(0x20);
  const fetcher = (async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        pull(controller) {
          sent.bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    )) as unknown as typeof fetch;
  return { fetcher, sent };
}

test('adding a hospital reads at most 5 MiB of any answer', async () => {
  const { fetcher, sent } = endless();
  expect(await discoverFeed('https://hospital.example/', fetcher)).toMatchObject({ ok: false });
  // Two answers read (the page, then /.well-known/), each stopped just past 5 MiB.
  expect(sent.bytes).toBeLessThan(2 * 6 * 1024 * 1024);
});

test("the popup's look at a site reads at most 5 MiB of any answer", async () => {
  const { fetcher, sent } = endless();
  expect(await siteFeed('https://hospital.example/', [], fetcher)).toBeUndefined();
  expect(sent.bytes).toBeLessThan(6 * 1024 * 1024);
});
