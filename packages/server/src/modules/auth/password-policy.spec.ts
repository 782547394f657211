import { passwordProblem } from './password-policy';

describe('password policy (NCSC)', () => {
  it.each(['correct-horse-battery-staple', 'forever-demo-2026', 'purple elephant teaspoon', 'Ünïcödé–pässwörd'])('accepts %s', (p) => {
    expect(passwordProblem(p)).toBeNull();
  });

  it.each([
    ['short', 'short1!'],
    ['eleven characters', 'abcdefghijk'],
    ['a common password', '1qaz2wsx3edc'],
    ['a common password in capitals', 'QWERTY123456'],
    ['a common password with digits added', 'password12345678'],
    ['a common password with symbols around it', '!!!sunshine2024!!'],
    ['one repeated character', 'aaaaaaaaaaaaaaaa'],
  ])('refuses %s', (_what, p) => {
    expect(passwordProblem(p)).toMatch(/password/i);
  });

  it('refuses a password containing the username', () => {
    expect(passwordProblem('amira.k-is-my-name', { username: 'amira.k' })).toMatch(/username/);
  });
});
