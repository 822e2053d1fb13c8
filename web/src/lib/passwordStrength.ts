/** zxcvbn's estimate of a password: 0 (too guessable) to 4 (very unguessable), with its feedback in English. */
export interface StrengthEstimate {
  score: 0 | 1 | 2 | 3 | 4;
  /** Why it is weak ("This is a top-100 common password."); empty when zxcvbn has nothing to warn about. */
  warning: string;
  suggestions: string[];
}

export type StrengthChecker = (password: string, userInputs: readonly string[]) => StrengthEstimate;

/** The lowest score the API accepts for a password a person signs in with ("Strong"). */
export const MIN_ACCEPTED_SCORE = 3;

/** The product's name as the API gives it to zxcvbn, so a password built on it counts as guessable. */
const PRODUCT_WORDS = ['clientstor', 'client stor'];

let checker: Promise<StrengthChecker> | null = null;

/**
 * zxcvbn with its English and common dictionaries, loaded on first use: the dictionaries are several hundred kB, so
 * they are split out of the main bundle and fetched only once someone types a password.
 */
export function loadStrengthChecker(): Promise<StrengthChecker> {
  checker ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')])
    .then(([core, common, en]) => {
      const zxcvbn = new core.ZxcvbnFactory({
        translations: en.translations,
        graphs: common.adjacencyGraphs,
        dictionary: { ...common.dictionary, ...en.dictionary },
      });
      return (password: string, userInputs: readonly string[]): StrengthEstimate => {
        const result = zxcvbn.check(password, [...userInputs]);
        return { score: result.score, warning: result.feedback.warning ?? '', suggestions: result.feedback.suggestions };
      };
    })
    .catch((error: unknown) => {
      // A failed chunk load (e.g. offline) may be retried the next time.
      checker = null;
      throw error;
    });
  return checker;
}

/**
 * What an attacker would try first, as the API feeds zxcvbn: the email and its name part, the person's name, the
 * product's name and organisation names; lower case, without blanks or repeats.
 */
export function strengthInputs(...values: readonly (string | null | undefined)[]): string[] {
  const inputs = new Set(PRODUCT_WORDS);
  for (const value of values) {
    const text = value?.trim().toLowerCase();
    if (!text) continue;
    inputs.add(text);
    const at = text.indexOf('@');
    if (at > 0) inputs.add(text.slice(0, at));
  }
  return [...inputs];
}
