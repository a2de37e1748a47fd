'use client';

import { useEffect, useEffectEvent, useRef, type CSSProperties, type TextareaHTMLAttributes } from 'react';

const BOX: CSSProperties = { width: '100%', font: 'inherit', padding: 8, border: '1px solid #8a93a0', borderRadius: 6 };

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & { value: string; onValue: (text: string) => void };

/**
 * A full-width textarea bound to a string state. Text typed into it before React hydrated is in the box
 * but not in the state: on mount it is taken into the state, so the buttons that depend on it work.
 */
export function TextBox({ value, onValue, style, ...rest }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const takeTyped = useEffectEvent(() => {
    const typed = ref.current?.value;
    if (typed !== undefined && typed !== value) onValue(typed);
  });
  // Once, on mount: afterwards every keystroke goes through onChange.
  useEffect(() => takeTyped(), []);
  return <textarea ref={ref} value={value} onChange={(e) => onValue(e.target.value)} style={{ ...BOX, ...style }} {...rest} />;
}
