// A small document model for text that leaves the panel (clipboard, notes, handouts).
// One structure renders to both HTML and plain text, so the two flavours never disagree.

export type DocBlock =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly DocListItem[] };

export interface DocListItem {
  readonly text: string;
  readonly items?: readonly DocListItem[];
}

export type Doc = readonly DocBlock[];

export interface Rendered {
  readonly html: string;
  readonly text: string;
}
