import { useEffect, useState } from 'react';
import { localCalendarDate } from '@/domain/calendar-date';
import {
  directionText,
  returnedFromOutgoing,
  type ObservationRequest,
  type OutgoingObservation,
} from '@/domain/observation';
import {
  decodeRequestFile,
  decodeRequestLink,
  MAX_EXCHANGE_JSON_BYTES,
  returnFileName,
  returnFileText,
  returnLink,
} from '@/domain/observation-exchange';
import {
  finishOutgoingObservation,
  openOutgoingObservation,
  saveOutgoingContent,
} from '@/db/outgoing-observations';
import { NoProfilePage } from '@/ui/no-profile-page';
import { SaveStatus } from '@/ui/save-status';
import { ObservationForm } from '@/features/colleagues/observation-form';
import { useObservationAutosave } from '@/features/colleagues/use-observation-autosave';
import { ShareLinkPanel } from '@/ui/share-link-panel';
import { openedText, useLinkOrFiles, type LinkOrFiles } from '@/ui/use-link-or-files';
import './colleagues.css';
import { ObservationProblems } from '@/features/colleagues/observation-problems';

type Opened =
  | { status: 'opening' }
  | { status: 'refused'; message: string }
  | { status: 'ready'; outgoing: OutgoingObservation };

/**
 * Colleague mode: a colleague's phone opens a request link (`/observe#…`), or the request's file
 * with "Open a Trellis file", and gets the observation form straight away — no profile, no set-up,
 * and offline once Trellis has been opened once. What they write is kept on their phone
 * (outgoingObservations) until they send it back.
 */
export function ObserveScreen() {
  const opened = useLinkOrFiles(['observation-request']);
  return (
    <NoProfilePage purpose="observation">
      <OpenedRequest key={opened.key} source={opened} />
    </NoProfilePage>
  );
}

/** One request, opened: refused with the reason, or its observation on this phone to write. */
function OpenedRequest({ source }: { source: LinkOrFiles }) {
  const [opened, setOpened] = useState<Opened>({ status: 'opening' });

  useEffect(() => {
    const effect = { isCurrent: true };
    void (async () => {
      const read = await openedText(source, MAX_EXCHANGE_JSON_BYTES, 'observation request file');
      if (read === null) return;
      const decoded = !read.ok
        ? read
        : source.from === 'files'
          ? await decodeRequestFile(read.text)
          : await decodeRequestLink(read.text);
      if (!decoded.ok) {
        if (effect.isCurrent) setOpened({ status: 'refused', message: decoded.message });
        return;
      }
      const outgoing = await openOutgoingObservation(decoded.value, localCalendarDate());
      if (effect.isCurrent) setOpened({ status: 'ready', outgoing });
    })().catch(() => {
      if (effect.isCurrent) {
        setOpened({
          status: 'refused',
          message: 'This phone could not keep the observation (its storage is not available).',
        });
      }
    });
    return () => {
      effect.isCurrent = false;
    };
  }, [source]);

  if (opened.status === 'opening') return <p aria-busy="true">Opening the observation…</p>;
  if (opened.status === 'refused') {
    return (
      <div className="stack">
        <h1>This {source.from === 'files' ? 'file' : 'link'} cannot be opened</h1>
        <p className="alert" role="alert">
          {opened.message}
        </p>
      </div>
    );
  }
  return <OutgoingObservationEditor initial={opened.outgoing} />;
}

function OutgoingObservationEditor({ initial }: { initial: OutgoingObservation }) {
  const { request } = initial;
  const [finished, setFinished] = useState<OutgoingObservation | null>(null);
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  const { content, change, errors, saveState, flush, whenWritten } = useObservationAutosave(
    initial.content,
    (next) => saveOutgoingContent(initial.id, next),
  );

  async function finish() {
    flush();
    // Let the flushed save land before reading the draft back.
    await whenWritten();
    await saveOutgoingContent(initial.id, content);
    const result = await finishOutgoingObservation(initial.id);
    setProblems(result.problems);
    if (result.outgoing) setFinished(result.outgoing);
  }

  if (finished) {
    return (
      <SendBack
        outgoing={finished}
        onEdit={() => {
          setFinished(null);
        }}
      />
    );
  }

  return (
    <div className="stack">
      <RequestHeader request={request} />
      <ObservationForm
        content={content}
        onChange={change}
        focusSkills={request.focusSkills}
        scale={request.scale}
        errors={{ ...problems, ...errors }}
        onLeaveField={flush}
      />
      <div className="observation-actions">
        <SaveStatus state={saveState} />
        <button type="button" className="button button-primary" onClick={() => void finish()}>
          Finish and send back
        </button>
        <ObservationProblems problems={problems} />
      </div>
    </div>
  );
}

function RequestHeader({ request }: { request: ObservationRequest }) {
  const delegate = request.delegate.name === '' ? 'A colleague' : request.delegate.name;
  return (
    <header className="page-header">
      <h1>{directionText(request)}</h1>
      <p>
        {delegate} asked for this observation ({request.framework.name}). It is saved on this phone
        as you type, even with no signal; nothing is sent anywhere until you send it back.
      </p>
    </header>
  );
}

function SendBack({ outgoing, onEdit }: { outgoing: OutgoingObservation; onEdit: () => void }) {
  const [prepared, setPrepared] = useState<{ link: string; fileText: string } | null>(null);
  const returned = returnedFromOutgoing(outgoing);
  const delegate = outgoing.request.delegate.name || 'the colleague who asked';

  useEffect(() => {
    let isCurrent = true;
    void Promise.all([returnLink(window.location.origin, returned), returnFileText(returned)]).then(
      ([link, fileText]) => {
        if (isCurrent) setPrepared({ link, fileText });
      },
    );
    return () => {
      isCurrent = false;
    };
    // `returned` is rebuilt each render from `outgoing`, which is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [outgoing]);

  return (
    <div className="stack">
      <header className="page-header">
        <h1>Send it back</h1>
        <p>
          Thank you. Give this to {delegate}: they open the link (or the file) in Trellis, check it
          and accept it. It goes phone to phone — no server ever sees it.
        </p>
      </header>
      {prepared ? (
        <ShareLinkPanel
          title="Return link"
          intro={`Scan the code with ${delegate}’s phone, share the link, or save the file.`}
          link={prepared.link}
          file={{ name: returnFileName(returned), text: prepared.fileText }}
          shareTitle={`Observation: ${directionText(returned)}`}
          whyLong="long notes make it long"
        />
      ) : (
        <p aria-busy="true">Preparing the link…</p>
      )}
      <div className="cluster">
        <button type="button" className="button" onClick={onEdit}>
          Change something
        </button>
      </div>
      <p className="muted">
        Changed something after sending? Send the new link: it replaces the earlier one once{' '}
        {delegate} confirms.
      </p>
    </div>
  );
}
