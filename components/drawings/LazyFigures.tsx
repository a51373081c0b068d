// Figures for the panel, whose code (with the drawings' URLs) is not part of the first
// view: it loads with the handout content that holds the drawings (use-handout-content.ts
// waits for both, so a section shows its items as text until it can show them as figures).
import { signal } from '@preact/signals';
import type { ComponentProps } from 'preact';
import type { Figures as FiguresComponent } from './Figures';

const loaded = signal<typeof FiguresComponent | null>(null);

export async function loadFigures(): Promise<void> {
  loaded.value ??= (await import('./Figures')).Figures;
}

export function LazyFigures(props: ComponentProps<typeof FiguresComponent>) {
  const Figures = loaded.value;
  return Figures ? <Figures {...props} /> : null;
}
