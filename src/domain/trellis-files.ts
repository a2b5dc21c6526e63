import { z } from '@/domain/zod';
import {
  envelopeSchema,
  ENVELOPE_APP,
  nestingDepth,
  MAX_NESTING_DEPTH,
} from '@/domain/file-envelope';
import { BACKUP_TYPE } from '@/domain/backup-format';
import { FRAMEWORK_FILE_TYPE } from '@/domain/framework-file';
import { OBSERVATION_REQUEST_TYPE, OBSERVATION_RETURN_TYPE } from '@/domain/observation';
import { REQUEST_PATH, RETURN_PATH, fragmentOf } from '@/domain/observation-exchange';
import {
  COACH_LINK_TYPE,
  COACH_PATH,
  RELEASED_REPORT_PATH,
  RELEASED_REPORT_TYPE,
  REVIEW_ANSWER_PATH,
  REVIEW_ANSWER_TYPE,
  REVIEW_BUNDLE_TYPE,
  REVIEW_REQUEST_PATH,
  REVIEW_REQUEST_TYPE,
} from '@/domain/review-360/review-exchange';
import {
  VERIFICATION_PATH,
  VERIFICATION_REQUEST_PATH,
  VERIFICATION_REQUEST_TYPE,
  VERIFICATION_TYPE,
} from '@/domain/coaching/verification';
import { SNAPSHOT_TYPE } from '@/domain/cohort/snapshot';
import { SNAPSHOT_LINK_PATH } from '@/domain/cohort/snapshot-exchange';

/**
 * Every kind of file and link Trellis writes, told apart by its envelope's `type`, so one "Open a
 * Trellis file" can send each to the screen that previews it. Recognising reads only the
 * envelope's header: the screen a file goes to checks all of it (checksum, version, schema) before
 * showing anything, exactly as when the file is chosen there.
 */
export type TrellisFileKind =
  | 'backup'
  | 'framework'
  | 'observation-request'
  | 'observation'
  | 'review-request'
  | 'review-answer'
  | 'coach-link'
  | 'review-bundle'
  | 'review-report'
  | 'verification-request'
  | 'verification'
  | 'progress-snapshot';

/**
 * Whose Trellis a kind belongs on: a delegate's profile, a facilitator's cohorts, a coach's
 * workspace, or anyone's (a colleague or rater needs no profile; a backup is for any device).
 */
export type FileAudience = 'delegate' | 'facilitator' | 'coach' | 'anyone';

export interface TrellisFileKindInfo {
  /** The envelope's `type`. */
  envelopeType: string;
  /** What it is, to follow "This is": "a backup of a device's Trellis". */
  description: string;
  audience: FileAudience;
  /** The path its links open at, for kinds sent as links. */
  linkPath?: string;
}

export const TRELLIS_FILE_KINDS: Readonly<Record<TrellisFileKind, TrellisFileKindInfo>> = {
  backup: {
    envelopeType: BACKUP_TYPE,
    description: 'a Trellis backup',
    audience: 'anyone',
  },
  framework: {
    envelopeType: FRAMEWORK_FILE_TYPE,
    description: 'a skills framework for a delegate’s audit',
    audience: 'delegate',
  },
  'observation-request': {
    envelopeType: OBSERVATION_REQUEST_TYPE,
    description: 'a request to observe a colleague’s lesson',
    audience: 'anyone',
    linkPath: REQUEST_PATH,
  },
  observation: {
    envelopeType: OBSERVATION_RETURN_TYPE,
    description: 'an observation a colleague sent back to the delegate who asked for it',
    audience: 'delegate',
    linkPath: RETURN_PATH,
  },
  'review-request': {
    envelopeType: REVIEW_REQUEST_TYPE,
    description: 'a request for 360° feedback, for a rater to answer',
    audience: 'anyone',
    linkPath: REVIEW_REQUEST_PATH,
  },
  'review-answer': {
    envelopeType: REVIEW_ANSWER_TYPE,
    description: 'a rater’s answer to a 360° review',
    audience: 'delegate',
    linkPath: REVIEW_ANSWER_PATH,
  },
  'coach-link': {
    envelopeType: COACH_LINK_TYPE,
    description: 'a coach’s details, for a delegate to add as their coach',
    audience: 'delegate',
    linkPath: COACH_PATH,
  },
  'review-bundle': {
    envelopeType: REVIEW_BUNDLE_TYPE,
    description: 'a delegate’s sealed 360° answers, for their coach',
    audience: 'coach',
  },
  'review-report': {
    envelopeType: RELEASED_REPORT_TYPE,
    description: 'a 360° report a coach released to the delegate',
    audience: 'delegate',
    linkPath: RELEASED_REPORT_PATH,
  },
  'verification-request': {
    envelopeType: VERIFICATION_REQUEST_TYPE,
    description: 'a delegate’s request for their coach to verify a record',
    audience: 'coach',
    linkPath: VERIFICATION_REQUEST_PATH,
  },
  verification: {
    envelopeType: VERIFICATION_TYPE,
    description: 'a coach’s signed verification of a delegate’s record',
    audience: 'delegate',
    linkPath: VERIFICATION_PATH,
  },
  'progress-snapshot': {
    envelopeType: SNAPSHOT_TYPE,
    description: 'a delegate’s progress snapshot, for their facilitator’s cohort',
    audience: 'facilitator',
    linkPath: SNAPSHOT_LINK_PATH,
  },
};

const KIND_BY_ENVELOPE_TYPE = new Map(
  (Object.keys(TRELLIS_FILE_KINDS) as TrellisFileKind[]).map((kind) => [
    TRELLIS_FILE_KINDS[kind].envelopeType,
    kind,
  ]),
);

const KIND_BY_LINK_PATH = new Map(
  (Object.keys(TRELLIS_FILE_KINDS) as TrellisFileKind[]).flatMap((kind) => {
    const { linkPath } = TRELLIS_FILE_KINDS[kind];
    return linkPath === undefined ? [] : [[linkPath, kind] as const];
  }),
);

/** A kind by its envelope `type`; undefined for any other string, `__proto__` included. */
export function kindOfEnvelopeType(type: string): TrellisFileKind | undefined {
  return KIND_BY_ENVELOPE_TYPE.get(type);
}

export type Recognised<T> = ({ ok: true } & T) | { ok: false; message: string };

/** The largest file any kind may be: a backup with its attached files. */
export const MAX_TRELLIS_FILE_BYTES = 150 * 1024 * 1024;
/** How much of a file's start is read to find its header. */
export const FILE_HEAD_BYTES = 4096;
/** Files up to this size are parsed whole when their start does not show the header plainly. */
export const MAX_PARSED_WHOLE_BYTES = 5 * 1024 * 1024;

/**
 * Trellis writes `app` then `type` first in every envelope, so a file's kind is usually read from
 * its first few hundred bytes, without reading (or parsing) a large backup twice.
 */
const HEADER_AT_START = /^\s*\{\s*"app"\s*:\s*"Trellis"\s*,\s*"type"\s*:\s*"([a-z0-9-]{1,60})"/;

const NOT_TRELLIS =
  'This is not a Trellis file. Trellis files end in .json and come from Trellis itself: a backup, a framework, an observation, a 360° review, a coach’s verification or a progress snapshot.';

function newerKind(type: string): string {
  return `This Trellis file holds “${type.slice(0, 60)}”, which this version of Trellis does not know. It may come from a newer version: reload Trellis while online to update it, then try again.`;
}

const headerSchema = z.object({ app: z.literal(ENVELOPE_APP), type: envelopeSchema.shape.type });

function kindFromType(type: string): Recognised<{ kind: TrellisFileKind }> {
  const kind = kindOfEnvelopeType(type);
  return kind ? { ok: true, kind } : { ok: false, message: newerKind(type) };
}

/**
 * Which kind of Trellis file this is, from its first bytes (`head`) and, when those do not show
 * the header plainly, the whole text (`readWhole`, called only for files small enough to parse).
 * Never throws.
 */
export async function recogniseFile(file: {
  name: string;
  size: number;
  head: () => Promise<string>;
  readWhole: () => Promise<string>;
}): Promise<Recognised<{ kind: TrellisFileKind }>> {
  const name = `“${file.name.slice(0, 120)}”`;
  if (file.size === 0)
    return { ok: false, message: `${name} is empty, so there is nothing to open.` };
  if (file.size > MAX_TRELLIS_FILE_BYTES) {
    return {
      ok: false,
      message: `${name} is larger than any Trellis file (${Math.round(file.size / (1024 * 1024)).toString()} MB), so it was not opened.`,
    };
  }
  let head: string;
  try {
    head = await file.head();
  } catch {
    return { ok: false, message: `${name} could not be read. Try choosing it again.` };
  }
  const named = (recognised: Recognised<{ kind: TrellisFileKind }>) =>
    recognised.ok ? recognised : { ok: false as const, message: `${name}: ${recognised.message}` };
  const atStart = HEADER_AT_START.exec(head);
  if (atStart?.[1] !== undefined) return named(kindFromType(atStart[1]));
  if (file.size > MAX_PARSED_WHOLE_BYTES) return { ok: false, message: `${name}: ${NOT_TRELLIS}` };

  let whole: string;
  try {
    whole = await file.readWhole();
  } catch {
    return { ok: false, message: `${name} could not be read. Try choosing it again.` };
  }
  return named(recogniseText(whole));
}

/** The kind of an envelope's text (a whole file's, or shared text). Never throws. */
export function recogniseText(text: string): Recognised<{ kind: TrellisFileKind }> {
  if (text.trim() === '')
    return { ok: false, message: 'This is empty, so there is nothing to open.' };
  if (nestingDepth(text) > MAX_NESTING_DEPTH) return { ok: false, message: NOT_TRELLIS };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: NOT_TRELLIS };
  }
  const header = headerSchema.safeParse(parsed);
  return header.success ? kindFromType(header.data.type) : { ok: false, message: NOT_TRELLIS };
}

const NOT_A_LINK =
  'This is not a Trellis link. A Trellis link is a web address that ends in a long code after “#”, such as one for an observation, a 360° review or a coach’s verification.';

/** Longer than any link Trellis makes (its payload is capped well below this). */
export const MAX_LINK_CHARS = 120_000;

/**
 * Which kind a pasted link is, by the screen it opens, and the path and fragment to open it with
 * here. Any origin is accepted: the link's data is all in its fragment, which never leaves the
 * device, so a link made on another copy of Trellis opens on this one. The screen it opens checks
 * the fragment in full.
 */
export function recogniseLink(
  text: string,
): Recognised<{ kind: TrellisFileKind; path: string; fragment: string }> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Paste the link first.' };
  if (trimmed.length > MAX_LINK_CHARS) {
    return { ok: false, message: 'This is far too long to be a Trellis link.' };
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: NOT_A_LINK };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, message: NOT_A_LINK };
  const kind = KIND_BY_LINK_PATH.get(url.pathname.replace(/\/+$/, ''));
  if (!kind) return { ok: false, message: NOT_A_LINK };
  const fragment = fragmentOf(url.hash);
  if (fragment === '') {
    return {
      ok: false,
      message: `This link should open ${TRELLIS_FILE_KINDS[kind].description}, but the part after “#” is missing. Copy the whole link and try again.`,
    };
  }
  return { ok: true, kind, path: TRELLIS_FILE_KINDS[kind].linkPath ?? '', fragment };
}

/** What this device holds, which decides where a file can go. */
export interface DeviceRoles {
  /** A delegate's profile (with a programme). */
  hasDelegate: boolean;
  hasFacilitator: boolean;
  /** Coach's keys: the coaching workspace has been set up here. */
  isCoach: boolean;
}

/** Where a recognised kind opens on this device: the audience whose screen previews it. */
export type Placement = { ok: true; audience: FileAudience } | { ok: false; message: string };

const WHERE_IT_BELONGS: Readonly<Record<Exclude<FileAudience, 'anyone'>, string>> = {
  delegate:
    'It belongs in a delegate’s Trellis, and this device has no delegate’s profile. Set one up (or restore a backup), then open it again.',
  facilitator:
    'It belongs in the facilitator’s Trellis: send it to your facilitator. If you are the facilitator, set up the cohort workspace on this device first (“Cohort workspace” in Settings, or “I’m a facilitator” on the welcome screen), then open it again.',
  coach:
    'It belongs in the coach’s Trellis: send it to your coach. If you are the coach, set up the coaching workspace on this device first (“Coaching workspace” in Settings, or “I’m a coach” on the welcome screen), then open it again.',
};

/**
 * Decides whether a kind opens here. A coach's file also opens on a device with nobody set up yet
 * (a coach's new device), where the coaching workspace offers its own set-up; a 360° answer goes
 * to the coach when this device is a coach's and holds no delegate.
 */
export function placeOnDevice(kind: TrellisFileKind, roles: DeviceRoles): Placement {
  const { audience, description } = TRELLIS_FILE_KINDS[kind];
  const isEmpty = !roles.hasDelegate && !roles.hasFacilitator && !roles.isCoach;
  if (kind === 'review-answer' && !roles.hasDelegate && (roles.isCoach || isEmpty)) {
    return { ok: true, audience: 'coach' };
  }
  const fits =
    audience === 'anyone' ||
    (audience === 'delegate' && roles.hasDelegate) ||
    (audience === 'facilitator' && roles.hasFacilitator) ||
    (audience === 'coach' && (roles.isCoach || isEmpty));
  if (fits) return { ok: true, audience };
  return {
    ok: false,
    message: `This is ${description}. ${WHERE_IT_BELONGS[audience]}`,
  };
}
