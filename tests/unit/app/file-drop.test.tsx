import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileDrop } from '@/app/file-drop';
import { useIncomingFilesStore } from '@/state/incoming-files-store';

function goTo(path: string) {
  window.history.replaceState(null, '', path);
}

/** jsdom has no DataTransfer: a drag carrying files is an event with just what FileDrop reads. */
function dragEvent(type: 'dragover' | 'drop', files: File[]): DragEvent {
  const event = new Event(type, { bubbles: true, cancelable: true }) as DragEvent;
  Object.defineProperty(event, 'dataTransfer', {
    value: { types: ['Files'], files, dropEffect: 'none' },
  });
  return event;
}

const observation = new File(['{}'], 'observation.trellis-observation.json', {
  type: 'application/json',
});

beforeEach(() => {
  goTo('/audit');
  useIncomingFilesStore.setState({ incoming: null, toRecognise: null });
});
afterEach(() => goTo('/'));

describe('a file dropped anywhere', () => {
  it('goes to “Open a Trellis file”, with a hint while it is dragged', () => {
    render(
      <>
        <main>The audit</main>
        <FileDrop />
      </>,
    );
    const over = dragEvent('dragover', [observation]);
    act(() => {
      screen.getByText('The audit').dispatchEvent(over);
    });
    expect(over.defaultPrevented).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('Drop to open it in Trellis');

    const drop = dragEvent('drop', [observation]);
    act(() => {
      screen.getByText('The audit').dispatchEvent(drop);
    });
    expect(drop.defaultPrevented).toBe(true);
    expect(window.location.pathname).toBe('/open');
    expect(useIncomingFilesStore.getState().toRecognise).toEqual({
      files: [observation],
      text: null,
    });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('leaves a drop alone when a screen’s own drop zone took it', () => {
    render(
      <>
        <div
          data-testid="zone"
          onDrop={(event) => event.preventDefault()}
          onDragOver={(event) => event.preventDefault()}
        />
        <FileDrop />
      </>,
    );
    act(() => {
      screen.getByTestId('zone').dispatchEvent(dragEvent('drop', [observation]));
    });
    expect(window.location.pathname).toBe('/audit');
    expect(useIncomingFilesStore.getState().toRecognise).toBeNull();
  });

  it('leaves a drop on a file input to the input', () => {
    render(
      <>
        <input type="file" aria-label="Choose the file" />
        <FileDrop />
      </>,
    );
    const drop = dragEvent('drop', [observation]);
    act(() => {
      screen.getByLabelText('Choose the file').dispatchEvent(drop);
    });
    expect(drop.defaultPrevented).toBe(false);
    expect(window.location.pathname).toBe('/audit');
  });

  it('ignores a drag of text, not files', () => {
    render(<FileDrop />);
    const event = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
    Object.defineProperty(event, 'dataTransfer', { value: { types: ['text/plain'], files: [] } });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(false);
    expect(window.location.pathname).toBe('/audit');
  });
});
