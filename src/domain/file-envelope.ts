import { z } from '@/domain/zod';
import { isoDateTimeSchema } from '@/domain/record';

/**
 * Every file and link Trellis writes describes itself
 * (docs/design.md#self-describing-files-and-links): which app wrote it, what it holds, which format
 * version, when, and a checksum of the data. Readers check all of that here, before any
 * feature-specific Zod schema looks at the data, so a framework file, an observation link and a
 * backup are refused for the same reasons with the same plain words.
 */
export const ENVELOPE_APP = 'Trellis';

const CHECKSUM_PATTERN = /^sha256-[0-9a-f]{64}$/;

export const envelopeSchema = z.object({
  app: z.literal(ENVELOPE_APP),
  type: z.string().check(z.minLength(1), z.maxLength(60)),
  version: z.int().check(z.minimum(1)),
  exportedAt: isoDateTimeSchema,
  checksum: z.string().check(z.regex(CHECKSUM_PATTERN)),
  data: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

/** What a reader expects; `label` names the thing in messages ("framework file", "backup"). */
export interface EnvelopeExpectation {
  type: string;
  label: string;
  currentVersion: number;
  maxBytes: number;
  /**
   * Upgrades from older format versions: `migrations[n]` turns version n's data into version n+1's.
   * A version with no path to the current one is refused as too old.
   */
  migrations?: Readonly<Record<number, (data: unknown) => unknown>>;
}

export type EnvelopeProblemKind =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'not-trellis'
  | 'wrong-type'
  | 'newer-version'
  | 'older-version'
  | 'damaged';

export interface EnvelopeProblem {
  kind: EnvelopeProblemKind;
  message: string;
}

export type OpenedEnvelope =
  | { ok: true; data: unknown; fromVersion: number; exportedAt: string }
  | { ok: false; problem: EnvelopeProblem };

/**
 * The checksum covers the data exactly as it is serialised. JSON.parse keeps key order, so
 * re-serialising what was read gives back the same text for anything Trellis wrote.
 */
export async function checksumOf(data: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0'));
  return `sha256-${hex.join('')}`;
}

export async function sealEnvelope(
  type: string,
  version: number,
  data: unknown,
  now: Date = new Date(),
): Promise<Envelope> {
  return {
    app: ENVELOPE_APP,
    type,
    version,
    exportedAt: now.toISOString(),
    checksum: await checksumOf(data),
    data,
  };
}

/** A Trellis file's text: the sealed envelope as readable JSON, ending in a new line. */
export async function sealedFileText(
  type: string,
  version: number,
  data: unknown,
  now: Date = new Date(),
): Promise<string> {
  return `${JSON.stringify(await sealEnvelope(type, version, data, now), null, 2)}\n`;
}

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Far deeper than any Trellis file; refusing deeper text keeps JSON.stringify off the stack limit. */
export const MAX_NESTING_DEPTH = 64;

/**
 * The deepest nesting of `[` and `{` in JSON text, ignoring brackets inside strings. Cheap, and
 * safe on hostile input, unlike walking the parsed value recursively.
 */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === ']' || char === '}') depth -= 1;
  }
  return deepest;
}

function refuse(kind: EnvelopeProblemKind, message: string): OpenedEnvelope {
  return { ok: false, problem: { kind, message } };
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024).toString()} KB`;
}

/**
 * Reads a file's or link's text as an envelope of the expected type: checks size, JSON, app, type,
 * format version (migrating older data forward) and checksum. Never throws for bad input; the data
 * it returns is still untrusted and must be parsed with the feature's Zod schema.
 */
export async function openEnvelope(
  text: string,
  expected: EnvelopeExpectation,
): Promise<OpenedEnvelope> {
  const { label } = expected;
  if (text.trim() === '') return refuse('empty', `This ${label} is empty.`);
  // UTF-8 takes at most 3 bytes per UTF-16 code unit, so most files need no encoding to be measured
  // (encoding a large backup only to count its bytes is slow on a phone).
  const size = text.length * 3 <= expected.maxBytes ? undefined : byteLength(text);
  if (size !== undefined && size > expected.maxBytes) {
    return refuse(
      'too-large',
      `This ${label} is ${describeSize(size)}, larger than Trellis accepts (${describeSize(expected.maxBytes)}). It is probably not a Trellis ${label}.`,
    );
  }

  if (nestingDepth(text) > MAX_NESTING_DEPTH) {
    return refuse(
      'not-trellis',
      `This is not a Trellis ${label}: it is nested far more deeply than any Trellis file.`,
    );
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return refuse(
      'not-json',
      `This is not a Trellis ${label}: it could not be read (it may be cut short or not a Trellis file at all).`,
    );
  }

  const header = envelopeSchema.safeParse(parsed);
  if (!header.success) {
    return refuse('not-trellis', `This is not a Trellis ${label}.`);
  }
  const envelope = header.data;
  if (envelope.type !== expected.type) {
    return refuse(
      'wrong-type',
      `This Trellis file holds "${envelope.type}", not a ${label}. Choose the ${label} instead.`,
    );
  }
  if (envelope.version > expected.currentVersion) {
    return refuse(
      'newer-version',
      `This ${label} was made by a newer version of Trellis (format ${envelope.version.toString()}; this copy reads up to ${expected.currentVersion.toString()}). Update Trellis — reload it while online — and try again.`,
    );
  }
  if ((await checksumOf(envelope.data)) !== envelope.checksum) {
    return refuse(
      'damaged',
      `This ${label} has been changed or damaged since it was made (its checksum does not match), so nothing was taken from it.`,
    );
  }

  let data = envelope.data;
  for (let version = envelope.version; version < expected.currentVersion; version += 1) {
    const migrate = expected.migrations?.[version];
    if (!migrate) {
      return refuse(
        'older-version',
        `This ${label} is in an old format (${envelope.version.toString()}) that this version of Trellis can no longer read.`,
      );
    }
    try {
      data = migrate(data);
    } catch {
      return refuse(
        'damaged',
        `This ${label} could not be brought up to date, so nothing was taken from it.`,
      );
    }
  }
  return { ok: true, data, fromVersion: envelope.version, exportedAt: envelope.exportedAt };
}
