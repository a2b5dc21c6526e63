import { useEffect, useRef, useState } from 'react';
import { SetUpForm } from '@/features/setup/set-up-form';
import { WelcomeStep } from '@/features/setup/welcome-step';
import './setup.css';

interface FirstRunScreenProps {
  onSetUp: (profileId: string) => void;
  /** Given when someone else on this device is adding a profile: they can go back. */
  onCancel?: () => void;
}

type Step = 'welcome' | 'details';

/**
 * The first thing a new person sees: a welcome with the example as a way to look around, then one
 * page that sets up their profile and programme. Also used to add a second person's profile.
 */
export function FirstRunScreen({ onSetUp, onCancel }: FirstRunScreenProps) {
  const [step, setStep] = useState<Step>('welcome');
  // The form stays mounted once opened, so going back to the welcome keeps what was typed.
  const [hasOpenedForm, setHasOpenedForm] = useState(false);
  const main = useRef<HTMLElement>(null);
  const previousStep = useRef<Step>(step);

  // Moving between steps moves focus to the new step's heading, as a page change would.
  useEffect(() => {
    if (previousStep.current === step) return;
    previousStep.current = step;
    main.current?.querySelector<HTMLElement>(`[data-step-panel="${step}"] h1`)?.focus();
  }, [step]);

  function openForm() {
    setHasOpenedForm(true);
    setStep('details');
  }

  return (
    <main ref={main} className="setup" data-step={step}>
      <p className="setup-brand">
        <img src="/favicon.svg" alt="" width="32" height="32" />
        <span>Trellis</span>
      </p>
      <div data-step-panel="welcome" hidden={step !== 'welcome'}>
        <WelcomeStep onStart={openForm} onSetUp={onSetUp} onCancel={onCancel} />
      </div>
      {hasOpenedForm && (
        <div data-step-panel="details" hidden={step !== 'details'}>
          <SetUpForm onSetUp={onSetUp} onBack={() => setStep('welcome')} onCancel={onCancel} />
        </div>
      )}
    </main>
  );
}
