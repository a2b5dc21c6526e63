import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  FILE_HEAD_BYTES,
  placeOnDevice,
  recogniseFile,
  recogniseLink,
  TRELLIS_FILE_KINDS,
  type DeviceRoles,
  type TrellisFileKind,
} from '@/domain/trellis-files';
import { isRoundCoachedHere, readDeviceRoles } from '@/db/device-roles';
import { decodeReviewAnswer, MAX_REVIEW_ANSWER_BYTES } from '@/domain/review-360/review-exchange';
import { useIncomingFilesStore, type Arrival } from '@/state/incoming-files-store';
import { PasteLinkForm } from '@/ui/paste-link-form';
import { paths, type ScreenPath } from '@/ui/paths';
import { navigate, useSearch } from '@/ui/router';
import { WorkspaceFrame } from '@/ui/workspace-frame';
import { opensSeveralAtOnce, previewScreenFor } from '@/features/open-file/destinations';
import { consumeLaunchedFiles } from '@/features/open-file/launch-queue';
import { takeSharedFiles } from '@/pwa/shared-files';
import './open-file.css';

/** Files of one kind that can open here together, and the screen they open on. */
interface OpenableGroup {
  kind: TrellisFileKind;
  files: File[];
  screen: string;
}

interface Outcome {
  openable: OpenableGroup[];
  /** One line per file or link that cannot open here, saying why. */
  problems: string[];
}

/** The first web address in shared text ("Here is my observation: https://…"). */
const LINK_IN_TEXT = /https?:\/\/\S+/;

/**
 * On a device that is both a delegate's and a coach's, a rater's answer goes to whichever of them
 * holds the round it answers. An answer that cannot be read goes to the delegate's screen, which
 * says why.
 */
async function isAnswerForCoach(file: File): Promise<boolean> {
  if (file.size > MAX_REVIEW_ANSWER_BYTES) return false;
  const decoded = await decodeReviewAnswer(await file.text()).catch(() => null);
  if (!decoded?.ok) return false;
  const { value } = decoded;
  const roundId = value.form === 'sealed' ? value.sealed.roundId : value.answer.roundId;
  return isRoundCoachedHere(roundId);
}

async function sortFiles(files: readonly File[], roles: DeviceRoles): Promise<Outcome> {
  const problems: string[] = [];
  const byScreen = new Map<string, OpenableGroup>();
  for (const file of files) {
    const recognised = await recogniseFile({
      name: file.name,
      size: file.size,
      head: () => file.slice(0, FILE_HEAD_BYTES).text(),
      readWhole: () => file.text(),
    });
    if (!recognised.ok) {
      problems.push(recognised.message);
      continue;
    }
    const placement = placeOnDevice(recognised.kind, roles);
    if (!placement.ok) {
      problems.push(`“${file.name}”: ${placement.message}`);
      continue;
    }
    const audience =
      recognised.kind === 'review-answer' && roles.isCoach && (await isAnswerForCoach(file))
        ? 'coach'
        : placement.audience;
    const screen = previewScreenFor(recognised.kind, audience, roles);
    const key = `${recognised.kind} ${screen}`;
    const group = byScreen.get(key) ?? { kind: recognised.kind, files: [], screen };
    group.files.push(file);
    byScreen.set(key, group);
  }
  const openable: OpenableGroup[] = [];
  for (const { kind, files: kindFiles, screen } of byScreen.values()) {
    // Every other kind's screen previews one file at a time, so each gets its own button.
    const groups = opensSeveralAtOnce(kind) ? [kindFiles] : kindFiles.map((file) => [file]);
    openable.push(...groups.map((group) => ({ kind, files: group, screen })));
  }
  return { openable, problems };
}

function openGroup({ kind, files, screen }: OpenableGroup): void {
  useIncomingFilesStore.getState().handOver({ kind, files });
  navigate(screen);
}

/** What to do with an arrival: open it where it belongs, or show what was found and why. */
type Examined = { kind: 'open'; open: () => void } | { kind: 'show'; outcome: Outcome };

function examineLink(text: string, roles: DeviceRoles): Examined {
  const recognised = recogniseLink(text);
  if (!recognised.ok)
    return { kind: 'show', outcome: { openable: [], problems: [recognised.message] } };
  const placement = placeOnDevice(recognised.kind, roles);
  if (!placement.ok)
    return { kind: 'show', outcome: { openable: [], problems: [placement.message] } };
  const screen = previewScreenFor(recognised.kind, placement.audience, roles);
  return { kind: 'open', open: () => navigate(`${screen}#${recognised.fragment}`) };
}

async function examine(
  { files, text, notKept = [] }: Arrival,
  roles: DeviceRoles,
): Promise<Examined> {
  const notKeptProblems = notKept.map(
    (name) =>
      `“${name}” arrived but this device could not keep it (its storage is full), so it was not opened. Free some space, then share it again.`,
  );
  const sharedLink = text?.match(LINK_IN_TEXT)?.[0];
  if (files.length === 0 && notKeptProblems.length > 0) {
    return { kind: 'show', outcome: { openable: [], problems: notKeptProblems } };
  }
  if (files.length === 0) {
    if (sharedLink !== undefined) return examineLink(sharedLink, roles);
    const problem =
      text === null || text.trim() === ''
        ? 'Nothing arrived to open. Share the Trellis file itself (not a preview of it) and try again.'
        : 'What was shared holds no Trellis file or link. Share the Trellis file itself and try again.';
    return { kind: 'show', outcome: { openable: [], problems: [problem] } };
  }
  const sorted = await sortFiles(files, roles);
  sorted.problems.push(...notKeptProblems);
  const [only] = sorted.openable;
  if (only && sorted.openable.length === 1 && sorted.problems.length === 0) {
    return { kind: 'open', open: () => openGroup(only) };
  }
  return { kind: 'show', outcome: sorted };
}

/** Where "back" leads: the screen this device is mostly used for. */
function homeFor(roles: DeviceRoles | undefined): ScreenPath {
  if (roles?.hasDelegate) return paths.audit;
  if (roles?.hasFacilitator) return paths.cohorts;
  if (roles?.isCoach) return paths.coaching;
  return paths.setup;
}

function groupLabel({ kind, files }: OpenableGroup): string {
  const what = TRELLIS_FILE_KINDS[kind].description;
  return files.length === 1
    ? `Open “${files[0]?.name ?? ''}” (${what})`
    : `Open the ${files.length.toString()} progress snapshots`;
}

/**
 * "Open a Trellis file": one way in for every file and link Trellis makes, whichever screen it
 * belongs on. A file chosen, dropped, shared to Trellis or opened with it is recognised by its
 * envelope and handed to the screen that previews it; a pasted link opens where it points. A file
 * of no known kind, or one that belongs on another person's Trellis, gets a sentence saying what
 * it is and where it belongs. Nothing is stored here: the screen a file goes to does with it
 * exactly what it does with a file chosen there (a preview to accept, or for an answer or a
 * verification, which have none, its receipt).
 */
export function OpenFileScreen() {
  const id = useId();
  const search = useSearch();
  const roles = useLiveQuery(() => readDeviceRoles(), []);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const arrival = useIncomingFilesStore((store) => store.toRecognise);
  const isReading = arrival !== null;

  const isShare = new URLSearchParams(search).get('shared') === '1';
  useEffect(() => {
    if (!isShare) return;
    void takeSharedFiles().then((shared) => {
      // The share is read once; the address no longer says one is waiting.
      navigate(paths.open, { replace: true });
      useIncomingFilesStore.getState().setToRecognise(shared ?? { files: [], text: null });
    });
  }, [isShare]);
  useEffect(() => {
    consumeLaunchedFiles((files) => {
      useIncomingFilesStore.getState().setToRecognise({ files, text: null });
    });
  }, []);

  // Whatever arrives (chosen here, dropped on any screen, shared or launched) is read once the
  // device's roles are known, then opened where it belongs or explained.
  useEffect(() => {
    if (!arrival || !roles) return;
    let isCurrent = true;
    void examine(arrival, roles).then((examined) => {
      if (!isCurrent) return;
      useIncomingFilesStore.getState().takeToRecognise();
      if (examined.kind === 'open') examined.open();
      else setOutcome(examined.outcome);
    });
    return () => {
      isCurrent = false;
    };
  }, [arrival, roles]);

  function openLink(link: string): boolean {
    if (!roles) return false;
    const examined = examineLink(link, roles);
    if (examined.kind === 'open') {
      examined.open();
      return true;
    }
    setOutcome(examined.outcome);
    return false;
  }

  function chooseFiles(input: HTMLInputElement) {
    const files = [...(input.files ?? [])];
    // The same file can be chosen again (after a fix, say) and still be read.
    input.value = '';
    setOutcome(null);
    if (files.length > 0) useIncomingFilesStore.getState().setToRecognise({ files, text: null });
  }

  return (
    <WorkspaceFrame title="Open a file" home={homeFor(roles)} mainClassName="open-file-main">
      <div className="stack">
        <header className="page-header">
          <h1>Open a Trellis file</h1>
          <p>
            A file or link someone sent you: a backup, a framework, an observation, a 360° review, a
            coach’s verification or a progress snapshot. Trellis checks it, then opens it on the
            screen it belongs to, just as if you had chosen it there.
          </p>
        </header>

        <section className="card stack" aria-labelledby={`${id}-file-heading`}>
          <h2 id={`${id}-file-heading`}>A file</h2>
          <div className="field">
            <label htmlFor={`${id}-file`}>Choose the file</label>
            <p className="field-hint" id={`${id}-file-hint`}>
              Its name ends in .json. You can also drop files anywhere in Trellis, share them to
              Trellis from another app on a phone, or open them with Trellis on a computer where it
              is installed.
            </p>
            <input
              id={`${id}-file`}
              type="file"
              multiple
              accept=".json,application/json"
              aria-describedby={`${id}-file-hint`}
              disabled={isReading || !roles}
              onChange={(event) => chooseFiles(event.target)}
            />
          </div>
        </section>

        <section className="card stack" aria-labelledby={`${id}-link-heading`}>
          <h2 id={`${id}-link-heading`}>A link</h2>
          <PasteLinkForm
            label="Paste the link"
            submitLabel="Open the link"
            disabled={!roles}
            onLink={openLink}
          />
        </section>

        {isReading && (
          <p role="status" aria-live="polite">
            Reading…
          </p>
        )}
        {outcome && <OutcomeView outcome={outcome} />}
      </div>
    </WorkspaceFrame>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  const { openable, problems } = outcome;
  return (
    <section className="card stack open-file-outcome" aria-label="What was found">
      {problems.length > 0 && (
        <div role="alert" className="stack">
          {problems.map((problem) => (
            <p key={problem} className="alert">
              {problem}
            </p>
          ))}
        </div>
      )}
      {openable.length > 0 && (
        <>
          <p>
            {openable.length === 1
              ? 'This one opens here:'
              : 'These open here, one at a time (open the others again afterwards):'}
          </p>
          <ul className="open-file-choices">
            {openable.map((group) => (
              <li key={group.files.map((file) => file.name).join('\n')}>
                <button type="button" className="button" onClick={() => openGroup(group)}>
                  {groupLabel(group)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
