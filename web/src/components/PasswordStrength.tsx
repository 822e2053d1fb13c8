import { useEffect, useState } from 'react';
import { loadStrengthChecker, MIN_ACCEPTED_SCORE, type StrengthEstimate } from '../lib/passwordStrength';
import { useDebouncedValue } from '../lib/useDebouncedValue';

export interface PasswordStrengthState {
  /** The estimate of the last password checked (kept while the next one is typed); null before the first. */
  estimate: StrengthEstimate | null;
  /** The password as typed now has not been checked yet. */
  checking: boolean;
  /** zxcvbn could not be loaded: no estimate, the API still checks on submit. */
  failed: boolean;
}

/** zxcvbn's estimate of `password` once typing pauses, given the words an attacker would try first (see strengthInputs). */
export function usePasswordStrength(password: string, userInputs: readonly string[], delayMs = 250): PasswordStrengthState {
  const debounced = useDebouncedValue(password, delayMs);
  // A stable key: callers build the inputs array anew on each render.
  const inputsKey = userInputs.join('\n');
  const [checked, setChecked] = useState<{ password: string; inputsKey: string; estimate: StrengthEstimate } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!debounced) return;
    let current = true;
    loadStrengthChecker().then(
      (check) => current && setChecked({ password: debounced, inputsKey, estimate: check(debounced, inputsKey.split('\n')) }),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [debounced, inputsKey]);

  if (!password) return { estimate: null, checking: false, failed };
  const upToDate = checked?.password === password && checked.inputsKey === inputsKey;
  return { estimate: checked?.estimate ?? null, checking: !upToDate && !failed, failed };
}

const levels = [
  { label: 'Very weak', colour: 'danger' },
  { label: 'Weak', colour: 'danger' },
  { label: 'Fair', colour: 'warning' },
  { label: 'Strong', colour: 'success' },
  { label: 'Very strong', colour: 'success' },
] as const;

export function strengthLabel(score: number): string {
  return levels[Math.min(Math.max(score, 0), 4)].label;
}

export interface PasswordStrengthProps {
  /** The meter's id: add it to the password input's aria-describedby. */
  id: string;
  password: string;
  /** From strengthInputs: the person's email and name, the product's and organisations' names. */
  userInputs: readonly string[];
  /**
   * A password someone signs in with: the API refuses it below "Strong" or under `minLength` characters, and the meter
   * says so. Off for a stored password, where the strength is only a hint.
   */
  required?: boolean;
  minLength?: number;
  className?: string;
}

/**
 * How guessable a password is as it is typed: a five-step meter named in words (not by colour alone) and zxcvbn's
 * warning and suggestions. Nothing shows while the field is empty.
 */
export function PasswordStrength({ id, password, userInputs, required = true, minLength = 12, className = 'mt-2' }: PasswordStrengthProps) {
  const { estimate, checking, failed } = usePasswordStrength(password, userInputs);
  if (!password) return null;
  if (failed) {
    return (
      <div id={id} className={`small text-body-secondary ${className}`}>
        The strength meter could not be loaded{required ? '; the password is still checked when you save it.' : '.'}
      </div>
    );
  }

  const score = estimate?.score ?? 0;
  const level = levels[score];
  const tooShort = required && [...password].length < minLength;
  const accepted = score >= MIN_ACCEPTED_SCORE && !tooShort;
  const verdict = !estimate ? '' : required ? (accepted ? 'strong enough' : 'not strong enough yet') : '';
  const showFeedback = estimate && score < MIN_ACCEPTED_SCORE;

  return (
    <div id={id} className={`small ${className}`} aria-busy={checking}>
      <div className="d-flex justify-content-between align-items-baseline gap-2 mb-1">
        <span id={`${id}-label`} className="text-nowrap">
          Password strength
        </span>
        <span aria-live="polite" className={`text-end ${estimate ? `fw-semibold text-${level.colour}-emphasis` : 'text-body-secondary'}`}>
          {estimate ? level.label : 'Checking…'}
          {verdict && <span className="fw-normal text-body-secondary"> · {verdict}</span>}
        </span>
      </div>
      <div
        role="meter"
        aria-labelledby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={score}
        aria-valuetext={estimate ? `${level.label} (${score + 1} of 5)` : 'Checking'}
        className="d-flex gap-1"
      >
        {levels.map((_, step) => (
          <div
            key={step}
            className={`flex-fill rounded-pill ${estimate && step <= score ? `bg-${level.colour}` : 'bg-secondary-subtle'}`}
            style={{ height: '0.375rem' }}
          />
        ))}
      </div>
      {(showFeedback || tooShort) && (
        <div aria-live="polite" className="mt-1">
          {tooShort && <div>Use at least {minLength} characters.</div>}
          {showFeedback && estimate.warning && <div className="fw-semibold">{estimate.warning}</div>}
          {showFeedback && estimate.suggestions.length > 0 && (
            <ul className="mb-0 ps-3">
              {estimate.suggestions.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
