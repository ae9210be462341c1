import { describe, expect, it } from 'vitest';
import { END, replaceBetweenMarkers, START } from './update-readme.ts';

describe('replaceBetweenMarkers', () => {
  it('replaces only what lies between the markers', () => {
    const readme = `# R\n\n## Performance\n${START}\nold table\n${END}\n\nprose after\n`;
    expect(replaceBetweenMarkers(readme, '| a |\n| - |\n\n')).toBe(
      `# R\n\n## Performance\n${START}\n| a |\n| - |\n${END}\n\nprose after\n`,
    );
  });
  it('refuses a README without both markers in order', () => {
    expect(() => replaceBetweenMarkers(`${END}\n${START}\n`, 'x')).toThrow(
      'README.md needs <!-- bench:start --> followed by <!-- bench:end -->',
    );
    expect(() => replaceBetweenMarkers('no markers', 'x')).toThrow('README.md needs');
  });
});
