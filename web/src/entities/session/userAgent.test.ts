import { describe, expect, it } from 'vitest';
import { shortenUserAgent } from './userAgent';

describe('shortenUserAgent', () => {
  it('names common browsers and systems', () => {
    expect(
      shortenUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36'),
    ).toBe('Chrome 130 on Windows');
    expect(shortenUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0')).toBe('Firefox 133 on Linux');
    expect(
      shortenUserAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari 18 on iOS');
    expect(
      shortenUserAgent(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      ),
    ).toBe('Edge 131 on Windows');
  });

  it('cuts anything else and shows a dash for nothing', () => {
    expect(shortenUserAgent('curl/8.5.0')).toBe('curl/8.5.0');
    expect(shortenUserAgent('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(shortenUserAgent(null)).toBe('—');
  });
});
