import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../src/bin.js', import.meta.url));

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI as a user would, in a child process. Messages are English unless the test
 * asks for another language, whatever the machine's locale.
 */
export function hoso(...args: string[]): Promise<Run> {
  return hosoIn('en', ...args);
}

export function hosoIn(lang: 'vi' | 'en', ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, HOSO_LANG: lang } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}
