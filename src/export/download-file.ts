/** Saves `blob` as a download named `name`, through a link the page never shows. */
export function downloadFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: revoked at once, some browsers cancel the download they just began.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
