// `npm run analyse`: which modules fill each panel chunk (rollup's rendered lengths,
// before minification), largest first — where to look before making the panel load less.
import type { Plugin } from 'vite';

const short = (id: string) => id.replace(/^.*node_modules\//, '~/').replace(process.cwd(), '.');

export function bundleReport(): Plugin {
  return {
    name: 'heupwijzer:bundle-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const modules = Object.entries(chunk.modules)
          .map(([id, info]) => [short(id), info.renderedLength] as const)
          .filter(([, length]) => length > 0)
          .sort((a, b) => b[1] - a[1]);
        const total = modules.reduce((sum, [, length]) => sum + length, 0);
        console.log(
          `\n${chunk.fileName}  ${(chunk.code.length / 1024).toFixed(1)} KB minified, ${(total / 1024).toFixed(1)} KB rendered`,
        );
        for (const [id, length] of modules.slice(0, 25))
          console.log(`  ${(length / 1024).toFixed(1).padStart(6)} KB  ${id}`);
      }
    },
  };
}
