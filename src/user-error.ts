/**
 * A mistake the user can fix (bad input, a missing file, an unusable results folder): the CLI
 * prints the message as it is, with no stack trace, and exits with code 2. Anything else that
 * escapes is a bug in ipasim and exits with code 1.
 */
export class UserError extends Error {
  override name = 'UserError';
}
