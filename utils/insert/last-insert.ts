// The outcome of the last insertion made without the panel (context menu, shortcut),
// so an open panel can announce it. Session only.
import { storage } from 'wxt/utils/storage';
import type { InsertResult } from './insert-result';

export const lastInsertItem = storage.defineItem<{ result: InsertResult; copied: boolean; at: number }>(
  'session:lastInsert',
  { version: 2 },
);
