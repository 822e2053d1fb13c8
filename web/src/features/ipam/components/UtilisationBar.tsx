import ProgressBar from 'react-bootstrap/ProgressBar';
import { formatPercent, utilisationVariant } from '../utilisation';

export interface UtilisationBarProps {
  percent: number;
  /** Names the bar for assistive technology, e.g. "Utilisation of 10.0.1.0/24". */
  label: string;
  className?: string;
}

/** Green below 80 %, amber from 80 %, red from 95 %; the percentage also shows as text beside the bar. */
export function UtilisationBar({ percent, label, className }: UtilisationBarProps) {
  const text = formatPercent(percent);
  return (
    <div className={`d-flex align-items-center gap-2 ${className ?? ''}`}>
      {/* The stacked form puts aria-label on the element with role="progressbar" (the wrapper has no role). */}
      <ProgressBar className="flex-grow-1" style={{ minWidth: '5rem' }}>
        <ProgressBar
          now={Math.min(100, Math.max(0, percent))}
          variant={utilisationVariant(percent)}
          label={text}
          visuallyHidden
          aria-label={label}
          aria-valuetext={text}
        />
      </ProgressBar>
      <span className="small text-nowrap" aria-hidden="true">
        {text}
      </span>
    </div>
  );
}
