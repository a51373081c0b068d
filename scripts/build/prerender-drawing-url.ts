// The drawings' URLs as the build's prerender sees them: none. `import.meta.glob` is
// Vite's, not esbuild's, and the first view shows no drawing (sections start closed).
export function drawingUrl(_file: string): string | undefined {
  return undefined;
}
