import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from '@/domain/zod';
import { checkWith, useAutosave, type CrashBuffer } from '@/ui/use-autosave';

const noteSchema = z.object({ title: z.string().check(z.minLength(1, 'Give it a title')) });
type Note = z.infer<typeof noteSchema>;

const DELAY_MS = 300;

/** A save whose writes finish only when the test says so, in the order they began. */
function controlledSave() {
  const started: { note: Note; finish: () => void; fail: () => void }[] = [];
  const save = vi.fn(
    (note: Note) =>
      new Promise<void>((resolve, reject) => {
        started.push({ note, finish: resolve, fail: () => reject(new Error('Disk full')) });
      }),
  );
  return { save, started };
}

function renderAutosave(
  save: (note: Note) => Promise<unknown>,
  options: { checkWhen?: 'as-typed' | 'before-saving'; crashBuffer?: CrashBuffer<Note> } = {},
) {
  return renderHook(() =>
    useAutosave({
      initial: { title: 'Draft' },
      check: checkWith(noteSchema),
      save,
      delayMs: DELAY_MS,
      ...options,
    }),
  );
}

describe('useAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves the latest snapshot once typing pauses, and says so', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderAutosave(save);

    act(() => {
      result.current.change({ title: 'Co' });
      result.current.change({ title: 'Cold calling' });
    });
    expect(result.current.draft).toEqual({ title: 'Cold calling' });
    expect(save).not.toHaveBeenCalled();

    await act(() => vi.advanceTimersByTimeAsync(DELAY_MS));
    expect(save).toHaveBeenCalledExactlyOnceWith({ title: 'Cold calling' });
    expect(result.current.saveState).toEqual({ status: 'saved' });
  });

  it('saves a choice at once, without waiting for the pause', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderAutosave(save);

    await act(async () => {
      result.current.change({ title: 'Chosen' }, { isChoice: true });
      await Promise.resolve();
    });
    expect(save).toHaveBeenCalledExactlyOnceWith({ title: 'Chosen' });
  });

  it('checks as typed: a broken rule shows by its field and drops the waiting save', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderAutosave(save);

    act(() => {
      result.current.change({ title: 'Half' });
      result.current.change({ title: '' });
    });
    expect(result.current.errors).toEqual({ title: 'Give it a title' });
    expect(result.current.saveState).toEqual({ status: 'invalid' });

    await act(() => vi.advanceTimersByTimeAsync(DELAY_MS));
    expect(save).not.toHaveBeenCalled();
  });

  it('checks before saving: nothing is flagged until the pause', async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderAutosave(save, { checkWhen: 'before-saving' });

    act(() => {
      result.current.change({ title: '' });
    });
    expect(result.current.errors).toEqual({});

    await act(() => vi.advanceTimersByTimeAsync(DELAY_MS));
    expect(result.current.errors).toEqual({ title: 'Give it a title' });
    expect(result.current.saveState).toEqual({ status: 'invalid' });
    expect(save).not.toHaveBeenCalled();
  });

  it('writes one snapshot after another, and an older failure is moot once a newer one is saved', async () => {
    const { save, started } = controlledSave();
    const { result } = renderAutosave(save);

    await act(async () => {
      result.current.change({ title: 'First' });
      result.current.flush();
      result.current.change({ title: 'Second' });
      result.current.flush();
      await Promise.resolve();
    });
    expect(started.map((write) => write.note.title)).toEqual(['First']);

    await act(async () => {
      started[0]?.fail();
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(started.map((write) => write.note.title)).toEqual(['First', 'Second']);

    await act(async () => {
      started[1]?.finish();
      await result.current.whenWritten();
    });
    expect(result.current.saveState).toEqual({ status: 'saved' });
  });

  it('keeps each change in the crash buffer until the database holds it', async () => {
    const { save, started } = controlledSave();
    const crashBuffer = { restored: undefined, keep: vi.fn(), clear: vi.fn() };
    const { result } = renderAutosave(save, { crashBuffer });

    await act(async () => {
      result.current.change({ title: 'Saved soon' });
      result.current.flush();
      await Promise.resolve();
    });
    act(() => {
      result.current.change({ title: 'Typed while saving' });
    });
    expect(crashBuffer.keep).toHaveBeenLastCalledWith({ title: 'Typed while saving' });

    // The write lands, but newer text was typed meanwhile: the buffer keeps that, not nothing.
    crashBuffer.keep.mockClear();
    await act(async () => {
      started[0]?.finish();
      await result.current.whenWritten();
    });
    expect(crashBuffer.keep).toHaveBeenCalledExactlyOnceWith({ title: 'Typed while saving' });
    expect(crashBuffer.clear).not.toHaveBeenCalled();

    await act(async () => {
      result.current.flush();
      await vi.advanceTimersByTimeAsync(0);
      started[1]?.finish();
      await result.current.whenWritten();
    });
    expect(crashBuffer.clear).toHaveBeenCalledOnce();
  });

  it('records what an uncontrolled field holds without re-rendering, and saves it after the pause', async () => {
    const save = vi.fn(() => Promise.resolve());
    const crashBuffer = { restored: undefined, keep: vi.fn(), clear: vi.fn() };
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useAutosave({
        initial: { title: 'Draft' },
        check: checkWith(noteSchema),
        save,
        delayMs: DELAY_MS,
        crashBuffer,
      });
    });
    const rendersBefore = renders;

    act(() => {
      result.current.recordTyped({ title: 'Dra' });
      result.current.recordTyped({ title: '' });
    });
    expect(renders).toBe(rendersBefore);
    expect(result.current.draft).toEqual({ title: 'Draft' });
    expect(crashBuffer.keep).toHaveBeenLastCalledWith({ title: '' });

    await act(() => vi.advanceTimersByTimeAsync(DELAY_MS));
    // Checked with the save: an empty title is flagged then, and nothing is written.
    expect(save).not.toHaveBeenCalled();
    expect(result.current.errors).toEqual({ title: 'Give it a title' });

    act(() => {
      result.current.recordTyped({ title: 'Drafted' });
      result.current.flush();
    });
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenCalledExactlyOnceWith({ title: 'Drafted' });
    expect(crashBuffer.clear).toHaveBeenCalledOnce();
  });

  it('opens on a restored draft and finishes its save', async () => {
    const save = vi.fn(() => Promise.resolve());
    const crashBuffer = { restored: { title: 'Left unsaved' }, keep: vi.fn(), clear: vi.fn() };
    const { result } = renderAutosave(save, { crashBuffer });

    expect(result.current.draft).toEqual({ title: 'Left unsaved' });
    await act(() => result.current.whenWritten());
    expect(save).toHaveBeenCalledExactlyOnceWith({ title: 'Left unsaved' });
    expect(crashBuffer.clear).toHaveBeenCalledOnce();
  });
});
