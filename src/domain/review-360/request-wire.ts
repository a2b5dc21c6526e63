import { z } from '@/domain/zod';
import type { Decoded } from '@/domain/observation-exchange';
import { publicKeyFingerprint } from '@/domain/review-360/review-crypto';
import { describeIssues } from '@/domain/validation';
import {
  reviewRequestSchema,
  type ReviewBehaviour,
  type ReviewRequest,
} from '@/domain/review-360/review-round';

/**
 * The compact form a review request takes inside its link. A request must fit in a QR code (about
 * 2,900 characters) with a coach's public key and the leadership framework's 27 statements, and
 * repeated JSON keys, statement ids that repeat their behaviour's id, and the coach's key id (a hash
 * of the key, so worked out again on arrival) cost more than the QR code has room for. The request a
 * rater's phone keeps is always the full `ReviewRequest`; only the link carries this form.
 *
 *     behaviours: [behaviourId, name, [[statementId, statement], …]]  ("." + rest when the
 *                 statement id is the behaviour id + "." + rest; stable ids never start with ".")
 *     levels:     [value, label, descriptor]
 *     coach:      [name, x, y]  (the P-256 public key's coordinates)
 */
/** Lengths are checked by `reviewRequestSchema` on arrival; the envelope bounds the whole. */
const looseText = z.string();

const wireStatementSchema = z.tuple([looseText, looseText]);
const wireBehaviourSchema = z.tuple([looseText, looseText, z.array(wireStatementSchema)]);
const wireLevelSchema = z.tuple([z.int(), looseText, looseText]);
const wireCoachSchema = z.tuple([looseText, looseText, looseText]);

export const reviewRequestWireSchema = z.object({
  roundId: looseText,
  delegateName: looseText,
  title: looseText,
  group: looseText,
  threshold: z.int(),
  behaviours: z.array(wireBehaviourSchema).check(z.maxLength(100)),
  levels: z.array(wireLevelSchema).check(z.maxLength(20)),
  closesOn: looseText,
  coach: z.optional(wireCoachSchema),
  requestedAt: looseText,
});
export type ReviewRequestWire = z.infer<typeof reviewRequestWireSchema>;

function shortStatementId(behaviourId: string, statementId: string): string {
  const prefix = `${behaviourId}.`;
  return statementId.startsWith(prefix) && statementId.length > prefix.length
    ? statementId.slice(behaviourId.length)
    : statementId;
}

function fullStatementId(behaviourId: string, wireId: string): string {
  return wireId.startsWith('.') ? `${behaviourId}${wireId}` : wireId;
}

/** A request's shape with none of its rules: what version 1 links carried, checked on arrival. */
const requestShapeSchema = z.object({
  roundId: looseText,
  delegateName: looseText,
  title: looseText,
  group: looseText,
  threshold: z.int(),
  behaviours: z
    .array(
      z.object({
        id: looseText,
        name: looseText,
        statements: z.array(z.object({ id: looseText, statement: looseText })),
      }),
    )
    .check(z.maxLength(100)),
  scale: z.object({
    levels: z
      .array(z.object({ value: z.int(), label: looseText, descriptor: looseText }))
      .check(z.maxLength(20)),
  }),
  closesOn: looseText,
  coach: z.optional(
    z.object({ name: looseText, publicKeyJwk: z.object({ x: looseText, y: looseText }) }),
  ),
  requestedAt: looseText,
});
type RequestShape = z.infer<typeof requestShapeSchema>;

export function toRequestWire(request: RequestShape): ReviewRequestWire {
  return {
    roundId: request.roundId,
    delegateName: request.delegateName,
    title: request.title,
    group: request.group,
    threshold: request.threshold,
    behaviours: request.behaviours.map((behaviour) => [
      behaviour.id,
      behaviour.name,
      behaviour.statements.map((statement) => [
        shortStatementId(behaviour.id, statement.id),
        statement.statement,
      ]),
    ]),
    levels: request.scale.levels.map((level) => [level.value, level.label, level.descriptor]),
    closesOn: request.closesOn,
    ...(request.coach === undefined
      ? {}
      : {
          coach: [
            request.coach.name,
            request.coach.publicKeyJwk.x,
            request.coach.publicKeyJwk.y,
          ] as const,
        }),
    requestedAt: request.requestedAt,
  };
}

/** The full request again, checked by `reviewRequestSchema`, where the rules live once. */
export async function fromRequestWire(wire: ReviewRequestWire): Promise<Decoded<ReviewRequest>> {
  const behaviours: ReviewBehaviour[] = wire.behaviours.map(([id, name, statements]) => ({
    id,
    name,
    statements: statements.map(([statementId, statement]) => ({
      id: fullStatementId(id, statementId),
      statement,
    })),
  }));
  let coach: ReviewRequest['coach'];
  if (wire.coach !== undefined) {
    const [name, x, y] = wire.coach;
    const publicKeyJwk = { kty: 'EC', crv: 'P-256', x, y } as const;
    coach = { name, publicKeyJwk, keyId: await publicKeyFingerprint(publicKeyJwk) };
  }
  const parsed = reviewRequestSchema.safeParse({
    roundId: wire.roundId,
    delegateName: wire.delegateName,
    title: wire.title,
    group: wire.group,
    threshold: wire.threshold,
    behaviours,
    scale: {
      levels: wire.levels.map(([value, label, descriptor]) => ({ value, label, descriptor })),
    },
    closesOn: wire.closesOn,
    ...(coach === undefined ? {} : { coach }),
    requestedAt: wire.requestedAt,
  });
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = describeIssues(parsed.error).slice(0, 3).join('; ');
  return { ok: false, message: `This review request is not one Trellis can use: ${problems}.` };
}

/**
 * Links made before the compact form carried the request as it is: the envelope upgrades them, and
 * the rules are checked on the way out of `fromRequestWire`, as for any link.
 */
export function requestWireFromVersion1(data: unknown): ReviewRequestWire {
  return toRequestWire(requestShapeSchema.parse(data));
}
