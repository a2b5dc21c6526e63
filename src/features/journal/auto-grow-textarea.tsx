import { useLayoutEffect, useRef, type TextareaHTMLAttributes } from 'react';

/** Browsers that size a textarea to its content from CSS alone (`field-sizing: content`). */
const sizesItself =
  typeof CSS !== 'undefined' &&
  typeof CSS.supports === 'function' &&
  CSS.supports('field-sizing', 'content');

type AutoGrowTextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string };

/**
 * A textarea that grows with what is written, so a long reflection is read whole rather than
 * through a small scrolling window — on a phone above all. CSS does it where it can; elsewhere the
 * height follows the text after each change.
 */
export function AutoGrowTextarea(props: AutoGrowTextareaProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || sizesItself) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [props.value]);
  return <textarea ref={ref} rows={3} {...props} />;
}
