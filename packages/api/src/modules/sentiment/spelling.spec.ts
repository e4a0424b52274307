// The spellings, scripts and star phrases prepareForSentiment now reads (docs/sentiment.md,
// "Real customer reviews": written reading the tuning half's errors).
import { describe, expect, it } from 'vitest';
import { prepareForSentiment, sentimentScore } from './sentiment.js';

describe('how app-store reviews are spelled', () => {
  it.each([
    ['superrrr', 'super'], ['Exilent', 'excellent'], ['goood app', 'good app'], ['wrost app', 'worst app'],
    ['⭐⭐⭐⭐⭐', 'five stars'], ['5 stars', 'five stars'], ['1 star', 'one star'], ['सुपर', 'super'], ['bahut achcha', 'very good'],
  ])('%s reads as %s', (text, read) => {
    expect(prepareForSentiment(text)).toBe(read);
  });

  it.each(['superrrr', 'Exilent service', '5 stars', 'सुपर', 'no hassle at all, nothing to complain', 'They honoured the quoted price'])('%s is positive', (t) => {
    expect(sentimentScore(t)).toBeGreaterThan(0.2);
  });

  it.each(['wrost app', 'not even one star', 'payment still pending', 'usless service'])('%s is not', (t) => {
    expect(sentimentScore(t)).toBeLessThanOrEqual(0.2);
  });
});
