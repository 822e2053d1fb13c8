import { useState, type KeyboardEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useGeneratePassword } from '../api/useGeneratePassword';
import type { GeneratePasswordBody } from '../types';

interface GeneratorOptions {
  length: number;
  lowercase: boolean;
  uppercase: boolean;
  digits: boolean;
  symbols: boolean;
  avoidAmbiguous: boolean;
  passphrase: boolean;
  words: number;
  separator: string;
}

// The API's defaults.
const defaults: GeneratorOptions = {
  length: 20,
  lowercase: true,
  uppercase: true,
  digits: true,
  symbols: true,
  avoidAmbiguous: false,
  passphrase: false,
  words: 6,
  separator: '-',
};

const charSets = [
  { key: 'lowercase', label: 'Lowercase (a–z)' },
  { key: 'uppercase', label: 'Uppercase (A–Z)' },
  { key: 'digits', label: 'Digits (0–9)' },
  { key: 'symbols', label: 'Symbols (!#$%…)' },
] as const;

export function generatorBody(o: GeneratorOptions): GeneratePasswordBody {
  return o.passphrase
    ? { passphrase: true, words: o.words, separator: o.separator }
    : {
        passphrase: false,
        length: o.length,
        lowercase: o.lowercase,
        uppercase: o.uppercase,
        digits: o.digits,
        symbols: o.symbols,
        avoidAmbiguous: o.avoidAmbiguous,
      };
}

export interface PasswordGeneratorProps {
  id: string;
  onGenerated: (password: string) => void;
}

/** Options for the API's generator; "Generate password" fills the credential's password field. */
export function PasswordGenerator({ id, onGenerated }: PasswordGeneratorProps) {
  const [options, setOptions] = useState<GeneratorOptions>(defaults);
  const [entropy, setEntropy] = useState<number | null>(null);
  const generate = useGeneratePassword();
  const set = <K extends keyof GeneratorOptions>(key: K, value: GeneratorOptions[K]) => setOptions((o) => ({ ...o, [key]: value }));
  const noCharSet = !options.passphrase && !charSets.some((c) => options[c.key]);

  function run() {
    setEntropy(null);
    generate.mutate(generatorBody(options), {
      onSuccess: (result) => {
        onGenerated(result.password);
        setEntropy(Number(result.entropyBits));
        generate.reset();
      },
    });
  }

  // Enter inside the panel generates instead of submitting the credential form around it.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      run();
    }
  }

  const apiMessages =
    generate.error && isApiError(generate.error) && generate.error.problem.errors
      ? Object.values(generate.error.problem.errors).flat()
      : generate.error
        ? [errorMessage(generate.error)]
        : [];

  return (
    <div id={id} role="group" aria-label="Password generator" className="border rounded p-3 mb-3 bg-body-tertiary">
      {apiMessages.length > 0 && (
        <Alert variant="danger" role="alert" className="py-2">
          {apiMessages.join(' ')}
        </Alert>
      )}
      <Form.Check
        type="switch"
        id={`${id}-passphrase`}
        label="Passphrase (random words)"
        checked={options.passphrase}
        onChange={(e) => set('passphrase', e.target.checked)}
        className="mb-2"
      />
      {options.passphrase ? (
        <div className="d-flex flex-wrap gap-3 align-items-end mb-3">
          <Form.Group controlId={`${id}-words`} style={{ minWidth: '12rem' }}>
            <Form.Label className="small mb-1">Words: {options.words}</Form.Label>
            <Form.Range min={3} max={20} value={options.words} onChange={(e) => set('words', Number(e.target.value))} aria-valuetext={`${options.words} words`} />
          </Form.Group>
          <Form.Group controlId={`${id}-separator`} style={{ width: '7rem' }}>
            <Form.Label className="small mb-1">Separator</Form.Label>
            <Form.Control size="sm" maxLength={3} value={options.separator} onChange={(e) => set('separator', e.target.value)} onKeyDown={onKeyDown} />
          </Form.Group>
        </div>
      ) : (
        <>
          <Form.Group controlId={`${id}-length`} className="mb-2" style={{ maxWidth: '20rem' }}>
            <Form.Label className="small mb-1">Length: {options.length}</Form.Label>
            <Form.Range min={8} max={128} value={options.length} onChange={(e) => set('length', Number(e.target.value))} aria-valuetext={`${options.length} characters`} />
          </Form.Group>
          <div className="mb-3">
            {charSets.map((c) => (
              <Form.Check
                key={c.key}
                inline
                id={`${id}-${c.key}`}
                label={c.label}
                checked={options[c.key]}
                onChange={(e) => set(c.key, e.target.checked)}
              />
            ))}
            <Form.Check
              inline
              id={`${id}-ambiguous`}
              label="Avoid look-alikes (0 O 1 l I)"
              checked={options.avoidAmbiguous}
              onChange={(e) => set('avoidAmbiguous', e.target.checked)}
            />
          </div>
        </>
      )}
      <div className="d-flex align-items-center gap-3">
        <Button variant="secondary" size="sm" disabled={generate.isPending || noCharSet} onClick={run}>
          {generate.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
          Generate password
        </Button>
        <span role="status" className="small text-body-secondary">
          {noCharSet ? 'Choose at least one character set.' : entropy !== null ? `Password filled in — strength about ${Math.round(entropy)} bits.` : ''}
        </span>
      </div>
    </div>
  );
}
