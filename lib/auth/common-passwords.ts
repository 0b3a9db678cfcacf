// Passwords people choose most often, refused when a password is set: Mozilla's list for Firefox Accounts
// (npm `fxa-common-password-list`, pinned): the 50,000 most common passwords of 8 or more characters from
// the public ten-million-password breach compilation. Compared as typed and in lower case (decision 040).
import commonPasswords from 'fxa-common-password-list';

export function isCommonPassword(password: string): boolean {
  return commonPasswords.test(password) || commonPasswords.test(password.toLowerCase());
}
