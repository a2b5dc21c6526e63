import { useEffect, useRef } from 'react';
import type { Direction } from '@/domain/framework-edits';

interface MoveButtonsProps {
  /** What moves, for screen readers: "skill 2 in Questioning". */
  itemName: string;
  index: number;
  count: number;
  onMove: (direction: Direction) => void;
}

/**
 * Up and down buttons: reordering without dragging. After a move the focus follows the item to
 * its new place (React moves the element, which can drop focus), so pressing "up" again keeps going.
 */
export function MoveButtons({ itemName, index, count, onMove }: MoveButtonsProps) {
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  const focusAfterMove = useRef<Direction | null>(null);
  const isFirst = index === 0;
  const isLast = index === count - 1;

  useEffect(() => {
    const direction = focusAfterMove.current;
    if (direction === null) return;
    focusAfterMove.current = null;
    const wanted = direction === 'up' ? upButton.current : downButton.current;
    const other = direction === 'up' ? downButton.current : upButton.current;
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [index]);

  function move(direction: Direction) {
    focusAfterMove.current = direction;
    onMove(direction);
  }

  const buttons = [
    { direction: 'up', ref: upButton, arrow: '↑', disabled: isFirst },
    { direction: 'down', ref: downButton, arrow: '↓', disabled: isLast },
  ] as const;

  return (
    <span className="move-buttons">
      {buttons.map(({ direction, ref, arrow, disabled }) => (
        <button
          key={direction}
          ref={ref}
          type="button"
          className="button button-quiet icon-button"
          disabled={disabled}
          onClick={() => move(direction)}
        >
          <span aria-hidden="true">{arrow}</span>
          <span className="visually-hidden">
            Move {itemName} {direction}
          </span>
        </button>
      ))}
    </span>
  );
}
