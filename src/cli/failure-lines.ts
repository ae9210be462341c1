import { notUtf8Detail } from '../data/decode-record-text.ts';
import type { LoadFailure } from '../data/load-error.ts';

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** One failure as the lines `rasd` prints: "file: field path: what is wrong", one problem a line. */
export function failureLines(failure: LoadFailure): string[] {
  const { file } = failure;
  switch (failure.kind) {
    case 'schema':
      return failure.problems.map((p) => `${file}: ${p.path}: ${p.message}`);
    case 'json':
      return [`${file}: (record): not valid JSON: ${failure.detail}`];
    case 'encoding':
      return [`${file}: (file): ${notUtf8Detail(failure.guess)}`];
    case 'too-large':
      return [
        `${file}: (file): too large: ${failure.atLeast ? 'more than ' : ''}${failure.size} bytes (${mib(failure.size)}); the limit is ${failure.limit} bytes (${mib(failure.limit)})`,
      ];
    case 'internal':
      return [
        `${file}: (internal): Rasd failed while checking this file (a bug, please report it): ${failure.detail}`,
      ];
    case 'network':
    case 'refused':
    case 'unreadable':
      return [`${file}: (file): cannot be read: ${failure.detail}`];
    case 'not-checked':
      return [
        `${file}: (file): not checked: the code that checks records could not be loaded: ${failure.detail}`,
      ];
    case 'timeout':
      return [`${file}: (file): nothing arrived for ${failure.seconds} s; gave up`];
    case 'redirected':
      return [`${file}: (file): redirected to ${failure.to}, which is not loaded (only https:// addresses)`];
    case 'redirect-loop':
      return [`${file}: (file): the address redirects in a loop`];
    case 'changed':
      return [`${file}: (file): changed while it was read`];
  }
}
