import type { FrameworkDefinition } from '@/domain/framework';

type Edit = (framework: FrameworkDefinition) => FrameworkDefinition;

/** Saves one edit of the framework being edited; rejects, with the reason, when it is refused. */
export type FrameworkEdit = (edit: Edit) => Promise<unknown>;

/** Saves one edit and reports it in the outline's status line; resolves true once it is stored. */
export type FrameworkAction = (edit: Edit) => Promise<boolean>;
