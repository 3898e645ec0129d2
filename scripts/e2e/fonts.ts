// Simplified Chinese glyphs in the e2e Chromium: Debian's fonts-noto-cjk holds one family per region (SC, TC, JP,
// KR) and fontconfig's default order puts JP first, so 说, 骨, 直 came out in Japanese forms. A fontconfig file in
// the run's XDG config folder (read by the system configuration's 50-user.conf) puts the SC faces first, after the
// Latin defaults, for sans-serif, serif and monospace.
import * as fs from 'fs';
import * as path from 'path';

export function writeFontPreference(xdgConfigHome: string): string {
  const dir = path.join(xdgConfigHome, 'fontconfig');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'fonts.conf');
  const prefer = (generic: string, latin: string, cjk: string) =>
    `  <alias><family>${generic}</family><prefer><family>${latin}</family><family>${cjk}</family></prefer></alias>`;
  fs.writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      prefer('sans-serif', 'DejaVu Sans', 'Noto Sans CJK SC'),
      prefer('serif', 'DejaVu Serif', 'Noto Serif CJK SC'),
      prefer('monospace', 'DejaVu Sans Mono', 'Noto Sans Mono CJK SC'),
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return file;
}
