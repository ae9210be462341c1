import { main } from '../cli/main.ts';

/** Runs the rasd command as a person would, and returns its status and everything it wrote. */
export async function runCli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { status, stdout, stderr };
}
