// The drawings' URLs. Each SVG stays a file of its own (`?no-inline`: never a data URL in
// the bundle), fetched only when an <img> showing it is rendered.
const urls = import.meta.glob<string>('../../assets/drawings/*.svg', {
  query: '?no-inline',
  import: 'default',
  eager: true,
});

export function drawingUrl(file: string): string | undefined {
  return urls[`../../assets/drawings/${file}.svg`];
}
