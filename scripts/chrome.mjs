// Finds a Chromium to test with: $CHROME_PATH, then chromium, chromium-browser,
// google-chrome on the PATH. On a Debian machine where none is found and we are root,
// installs Debian's `chromium` with apt. Never downloads a browser build.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const CHROME_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'];

function which(name) {
  try {
    return execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

function find() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  for (const name of NAMES) {
    const path = which(name);
    if (path) return path;
  }
  return null;
}

export function chromePath() {
  let path = find();
  if (path) return path;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && which('apt-get')) {
    console.log('No Chromium found: installing Debian\'s "chromium" with apt-get…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    path = find();
    if (path) return path;
  }
  console.error('No Chromium found: install one (Debian: "apt-get install chromium") or set CHROME_PATH to its executable.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(chromePath());
