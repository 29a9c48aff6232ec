import { describe, expect, it } from 'vitest';
import {
  appearanceToCssVariables,
  IDENTITY_THEMES,
  RedactionNotice,
  VerificationLastError,
  VerificationSessionCard,
  VerificationStatus,
  VerifyIdentityButton,
} from '../../src/index.js';

describe('component exports of react-stripe-identity', () => {
  it('should export the five components by their contract names, each with a displayName', () => {
    const components = {
      VerifyIdentityButton,
      VerificationStatus,
      VerificationLastError,
      RedactionNotice,
      VerificationSessionCard,
    };
    for (const [name, component] of Object.entries(components)) {
      expect(component.displayName).toBe(name);
    }
  });

  it('should export appearanceToCssVariables and the theme list', () => {
    expect(typeof appearanceToCssVariables).toBe('function');
    expect(IDENTITY_THEMES).toEqual(['stripe', 'night', 'flat']);
  });
});
