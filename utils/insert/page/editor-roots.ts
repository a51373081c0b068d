// Runs in the EHR page: editors that keep their own document model. Writing into their
// DOM with insertHTML would change the screen but not what the editor saves, so for these
// the note goes in only through events the editor handles (paste, beforeinput).
const EDITOR_ROOTS = [
  '[data-slate-editor]', // Slate
  '[data-lexical-editor]', // Lexical
  '.ProseMirror', // ProseMirror, TipTap
  '.ql-editor', // Quill
  '.ck-editor__editable', // CKEditor 5
  '.cke_editable', // CKEditor 4
  'trix-editor', // Trix
  '.DraftEditor-root', // Draft.js
  '.mce-content-body', // TinyMCE
  '.jodit-wysiwyg', // Jodit
  '.fr-element', // Froala
].join(',');

export function isModelEditor(host: Element): boolean {
  return host.closest(EDITOR_ROOTS) !== null;
}
