/** The legend's mark for a date open at one end: a bar with an arrow the way it stays open. */
export function OpenRangeMark() {
  return (
    <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="lg-open">
      <rect x="14" y="4" width="20" height="6" rx="3" />
      <path d="M14 7 H4 M9 2 L3 7 L9 12" />
    </svg>
  );
}

/** The legend's mark for a date from an outside source, tied to the date the text states. */
export function OutsideLinkMark() {
  return (
    <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" className="lg-outside-link">
      <circle cx="7" cy="7" r="5" />
      <path d="M12 7 H30" />
    </svg>
  );
}
