/** The top bar's icons; decorative: the buttons they sit in are labelled. */
function Icon({ children }: { children: React.ReactNode }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
      {children}
    </svg>
  );
}

export function SunIcon() {
  return (
    <Icon>
      <circle cx="8" cy="8" r="3" />
      <path d="M8 1v1.5M8 13.5V15M1 8h1.5M13.5 8H15M3 3l1 1M12 12l1 1M3 13l1-1M12 4l1-1" />
    </Icon>
  );
}

export function MoonIcon() {
  return (
    <Icon>
      <path d="M13.5 10A6 6 0 0 1 6 2.5a6 6 0 1 0 7.5 7.5z" />
    </Icon>
  );
}

/** A screen: follow the system's setting. */
export function SystemIcon() {
  return (
    <Icon>
      <rect x="1.5" y="2.5" width="13" height="9" rx="1" />
      <path d="M5.5 14.5h5M8 11.5v3" />
    </Icon>
  );
}

export function KeyboardIcon() {
  return (
    <Icon>
      <rect x="1" y="4" width="14" height="8.5" rx="1.2" />
      <path d="M4 7h.01M6.7 7h.01M9.3 7h.01M12 7h.01M5 10h6" strokeWidth="1.6" />
    </Icon>
  );
}
