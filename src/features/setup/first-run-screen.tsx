import { useEffect, useRef, useState } from 'react';
import type { SetUpForm } from '@/features/setup/set-up-form';
import { StartFromBackup } from '@/features/setup/start-from-backup';
import { WelcomeStep } from '@/features/setup/welcome-step';
import { useIncomingFiles } from '@/ui/use-incoming-files';
import { whenIdle } from '@/ui/when-idle';
import './setup.css';

type SetUpFormComponent = typeof SetUpForm;

let setUpFormLoading: Promise<SetUpFormComponent> | undefined;

/**
 * The set-up form's code (with the built-in frameworks, the framework file reader and the session
 * calendar) comes in its own chunk, fetched once the welcome is up and the page is idle, or on the
 * click: a new visitor's first screen waits only for the welcome, not for the form's chunks.
 */
function loadSetUpForm(): Promise<SetUpFormComponent> {
  setUpFormLoading ??= import('@/features/setup/set-up-form').then(
    (module) => module.SetUpForm,
    (error: unknown) => {
      // A failed load (the code missing from an outdated cache) is tried again on the next click.
      setUpFormLoading = undefined;
      throw error;
    },
  );
  return setUpFormLoading;
}

interface FirstRunScreenProps {
  onSetUp: (profileId: string) => void;
  /** Given when someone else on this device is adding a profile: they can go back. */
  onCancel?: () => void;
}

type Step = 'welcome' | 'details' | 'restore';

/**
 * The first thing a new person sees: a welcome with the example as a way to look around, then one
 * page that sets up their profile and programme, or a backup from another device to start from
 * (chosen, dropped anywhere on the page, or opened with Trellis on a device with nobody set up
 * yet). Also used to add a second person's profile.
 */
export function FirstRunScreen({ onSetUp, onCancel }: FirstRunScreenProps) {
  const [step, setStep] = useState<Step>('welcome');
  // The form stays mounted once opened, so going back to the welcome keeps what was typed.
  const [Form, setForm] = useState<SetUpFormComponent | null>(null);
  const [isFormMissing, setIsFormMissing] = useState(false);
  const [droppedFile, setDroppedFile] = useState<File | undefined>(undefined);
  const main = useRef<HTMLElement>(null);
  const previousStep = useRef<Step>(step);

  // Moving between steps moves focus to the new step's heading, as a page change would.
  useEffect(() => {
    if (previousStep.current === step) return;
    previousStep.current = step;
    main.current?.querySelector<HTMLElement>(`[data-step-panel="${step}"] h1`)?.focus();
  }, [step]);

  useEffect(() => whenIdle(() => void loadSetUpForm().catch(() => undefined)), []);

  // A backup dropped anywhere on the page, or opened with "Open a Trellis file", is recognised
  // there and handed over: this device has nobody yet, so it starts from it. (When the restore
  // card is already showing, its own handler takes the file first.)
  useIncomingFiles(['backup'], ({ files }) => {
    const [file] = files;
    if (!file) return;
    setDroppedFile(file);
    setStep('restore');
  });

  function openForm() {
    setIsFormMissing(false);
    loadSetUpForm().then(
      (loaded) => {
        setForm(() => loaded);
        setStep('details');
      },
      () => setIsFormMissing(true),
    );
  }

  return (
    <main ref={main} className="setup" data-step={step}>
      <p className="setup-brand">
        <img src="/favicon.svg" alt="" width="32" height="32" />
        <span>Trellis</span>
      </p>
      <div data-step-panel="welcome" hidden={step !== 'welcome'}>
        <WelcomeStep
          onStart={openForm}
          onRestore={() => setStep('restore')}
          onSetUp={onSetUp}
          onCancel={onCancel}
        />
        {isFormMissing && (
          <p role="alert" className="alert">
            The set-up form could not be loaded. Check your connection, or reload Trellis, and try
            again.
          </p>
        )}
      </div>
      {step === 'restore' && (
        <div data-step-panel="restore">
          <StartFromBackup
            droppedFile={droppedFile}
            onBack={() => {
              setDroppedFile(undefined);
              setStep('welcome');
            }}
            onSetUp={onSetUp}
          />
        </div>
      )}
      {Form && (
        <div data-step-panel="details" hidden={step !== 'details'}>
          <Form onSetUp={onSetUp} onBack={() => setStep('welcome')} onCancel={onCancel} />
        </div>
      )}
    </main>
  );
}
