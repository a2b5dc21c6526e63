import { Blob as NodeBlob, File as NodeFile } from 'node:buffer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recogniseFile } from '@/domain/trellis-files';
import { returnFileName, returnFileText } from '@/domain/observation-exchange';
import {
  keepShare,
  readShareForm,
  SHARE_INDEX_KEY,
  SHARED_FILES_CACHE,
  sharedFileKey,
  type ReceivedShare,
} from '@/pwa/share-target';
import { sharedText, takeSharedFiles } from '@/pwa/shared-files';
import { FakeCacheStorage } from '../../support/fake-cache-storage';
import { makeReturnedObservation } from '../../support/observation-factories';

// jsdom's File and Blob do not pass through Node's Response; a browser's do. Node's stand in.
const jsdomFile = globalThis.File;
const jsdomBlob = globalThis.Blob;
beforeAll(() => {
  globalThis.File = NodeFile as unknown as typeof File;
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
});
afterAll(() => {
  globalThis.File = jsdomFile;
  globalThis.Blob = jsdomBlob;
});

const nothing = { title: null, text: null, url: null };

async function observationFile(): Promise<File> {
  const observation = makeReturnedObservation();
  return new File([await returnFileText(observation)], returnFileName(observation), {
    type: 'application/json',
    lastModified: Date.UTC(2026, 9, 6, 10, 40),
  });
}

/** A share's form body as Chromium posts it to the share target. */
function sharePost(
  parts: { name: string; value: string; file?: { name: string; type: string } }[],
) {
  const boundary = '----TrellisShareBoundary';
  const body = parts
    .map(({ name, value, file }) =>
      [
        `--${boundary}`,
        file
          ? `Content-Disposition: form-data; name="${name}"; filename="${file.name}"\r\nContent-Type: ${file.type}`
          : `Content-Disposition: form-data; name="${name}"`,
        '',
        value,
      ].join('\r\n'),
    )
    .concat(`--${boundary}--`, '')
    .join('\r\n');
  return new Request('http://localhost/share-target', {
    method: 'POST',
    headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

describe('a share, from the service worker to the open screen', () => {
  let storage: FakeCacheStorage;
  beforeEach(() => {
    storage = new FakeCacheStorage();
  });

  const take = () => takeSharedFiles(storage.asCacheStorage());
  const keep = (share: ReceivedShare) => keepShare(share, storage.asCacheStorage());

  it('hands over a shared observation file with its name, type and contents, once', async () => {
    const file = await observationFile();
    await keep({ ...nothing, files: [file] });

    const shared = await take();
    expect(shared).not.toBeNull();
    expect(shared?.text).toBeNull();
    expect(shared?.notKept).toEqual([]);
    const [handed] = shared?.files ?? [];
    expect(handed?.name).toBe(file.name);
    expect(handed?.type).toBe('application/json');
    expect(handed?.lastModified).toBe(file.lastModified);
    expect(await handed?.text()).toBe(await file.text());
    // It is the same Trellis file the open screen would recognise from its own file input.
    const recognised = await recogniseFile({
      name: handed?.name ?? '',
      size: handed?.size ?? 0,
      head: () => handed?.slice(0, 4096).text() ?? Promise.resolve(''),
      readWhole: () => handed?.text() ?? Promise.resolve(''),
    });
    expect(recognised).toEqual({ ok: true, kind: 'observation' });

    // Read once: the cache is emptied, and nothing is waiting any more.
    expect(storage.caches.has(SHARED_FILES_CACHE)).toBe(false);
    expect(await take()).toBeNull();
  });

  it('finds nothing when no share came', async () => {
    expect(await take()).toBeNull();
  });

  it('keeps several files in the order they were shared', async () => {
    const first = new File(['{"a":1}'], 'first.json', { type: 'application/json' });
    const second = new File(['not json'], 'notes.txt', { type: 'text/plain' });
    await keep({ ...nothing, files: [first, second] });

    const shared = await take();
    expect(shared?.files.map((file) => [file.name, file.type])).toEqual([
      ['first.json', 'application/json'],
      ['notes.txt', 'text/plain'],
    ]);
  });

  it('hands over a link shared from a chat as text', async () => {
    const link = 'https://trellis.example/observed#eJxLTEpOSU1Lz8jMys7JzcsvKCwqLgEAaB0K3Q';
    await keep({ title: 'Observation', text: `Here you go ${link}`, url: link, files: [] });

    expect(await take()).toEqual({
      files: [],
      text: `Observation\nHere you go ${link}`,
      notKept: [],
    });
  });

  it('says an empty share arrived, rather than that nothing came', async () => {
    await keep({ ...nothing, files: [] });
    expect(await take()).toEqual({ files: [], text: null, notKept: [] });
  });

  it('names a file the device had no room to keep, and keeps the rest', async () => {
    storage.refuse = (key) => key.endsWith('/files/0');
    const big = new File(['x'.repeat(1000)], 'backup-2026-10-06.json', {
      type: 'application/json',
    });
    const small = await observationFile();
    await keep({ ...nothing, files: [big, small] });

    const shared = await take();
    expect(shared?.notKept).toEqual(['backup-2026-10-06.json']);
    expect(shared?.files.map((file) => file.name)).toEqual([small.name]);
  });

  it('replaces a share that was never read with the newer one', async () => {
    await keep({ ...nothing, files: [new File(['{}'], 'old.json')] });
    await keep({ ...nothing, text: 'newer', files: [] });

    expect(await take()).toEqual({ files: [], text: 'newer', notKept: [] });
  });

  it('treats a damaged record of a share as a share of nothing, and clears it', async () => {
    const cache = await storage.open(SHARED_FILES_CACHE);
    await cache.put(SHARE_INDEX_KEY, new Response('{"files": "not a list"'));

    expect(await take()).toEqual({ files: [], text: null, notKept: [] });
    expect(storage.caches.has(SHARED_FILES_CACHE)).toBe(false);
  });

  it('gives calls made while it reads the same share, rather than half of it', async () => {
    await keep({ ...nothing, files: [await observationFile()] });

    const [first, second] = await Promise.all([take(), take()]);
    expect(first?.files).toHaveLength(1);
    expect(second).toBe(first);
    expect(await take()).toBeNull();
  });

  it('names a kept file it cannot read back, rather than throwing', async () => {
    await keep({ ...nothing, files: [new File(['{}'], 'gone.json')] });
    const cache = await storage.open(SHARED_FILES_CACHE);
    cache.entries.delete(sharedFileKey(0));

    expect(await take()).toEqual({ files: [], text: null, notKept: ['gone.json'] });
  });

  it('clears a cache left without its record, finding nothing', async () => {
    await storage.open(SHARED_FILES_CACHE);
    expect(await take()).toBeNull();
    expect(storage.caches.has(SHARED_FILES_CACHE)).toBe(false);
  });
});

describe('readShareForm', () => {
  it('reads the files and the title, text and url fields of a share', async () => {
    const text = await returnFileText(makeReturnedObservation());
    const share = await readShareForm(
      sharePost([
        { name: 'title', value: 'From Priya' },
        { name: 'text', value: 'Your observation' },
        {
          name: 'files',
          value: text,
          file: { name: 'observation.trellis-observation.json', type: 'application/json' },
        },
      ]),
    );

    expect(share.title).toBe('From Priya');
    expect(share.text).toBe('Your observation');
    expect(share.url).toBeNull();
    expect(share.files.map((file) => file.name)).toEqual(['observation.trellis-observation.json']);
    expect(await share.files[0]?.text()).toBe(text);
  });

  it('reads a file field with nothing chosen as no file, but keeps an empty file that has a name', async () => {
    const share = await readShareForm(
      sharePost([
        { name: 'files', value: '', file: { name: '', type: 'application/octet-stream' } },
        { name: 'files', value: '', file: { name: 'empty.json', type: 'application/json' } },
      ]),
    );
    expect(share.files.map((file) => [file.name, file.size])).toEqual([['empty.json', 0]]);
  });

  it('reads a body that is not a form as a share of nothing', async () => {
    const share = await readShareForm(
      new Request('http://localhost/share-target', { method: 'POST', body: 'garbage' }),
    );
    expect(share).toEqual({ title: null, text: null, url: null, files: [] });
  });
});

describe('sharedText', () => {
  it('is null when every field is empty', () => {
    expect(sharedText({ title: '  ', text: '', url: null })).toBeNull();
  });

  it('leaves out a field another one already holds', () => {
    expect(
      sharedText({ title: null, text: 'https://a.example/x#1', url: 'https://a.example/x#1' }),
    ).toBe('https://a.example/x#1');
    expect(
      sharedText({ title: 'Link', text: 'See https://a.example', url: 'https://a.example' }),
    ).toBe('Link\nSee https://a.example');
  });
});
