/**
 * An in-memory Cache Storage (jsdom has none) with just what the share target uses: open, has,
 * delete, and a cache's put and match. `refuse` makes put fail as a full disk does, for a key.
 */
export class FakeCacheStorage {
  readonly caches = new Map<string, FakeCache>();
  refuse: (key: string) => boolean = () => false;

  open(name: string): Promise<FakeCache> {
    let cache = this.caches.get(name);
    if (!cache) {
      cache = new FakeCache(this);
      this.caches.set(name, cache);
    }
    return Promise.resolve(cache);
  }

  has(name: string): Promise<boolean> {
    return Promise.resolve(this.caches.has(name));
  }

  delete(name: string): Promise<boolean> {
    return Promise.resolve(this.caches.delete(name));
  }

  /** Typed as the browser's, for code that takes a CacheStorage; only the methods above exist. */
  asCacheStorage(): CacheStorage {
    return this as unknown as CacheStorage;
  }
}

export class FakeCache {
  readonly entries = new Map<string, Response>();

  constructor(private readonly storage: FakeCacheStorage) {}

  put(key: string, response: Response): Promise<void> {
    if (this.storage.refuse(key)) {
      return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    }
    this.entries.set(key, response);
    return Promise.resolve();
  }

  match(key: string): Promise<Response | undefined> {
    return Promise.resolve(this.entries.get(key)?.clone());
  }
}
