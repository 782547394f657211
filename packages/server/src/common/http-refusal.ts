/**
 * An error a file endpoint answers with its own HTTP status and code (an
 * upload of the wrong type, a scanner that cannot be reached), instead of the
 * generic 500. GraphQL errors carry their code in `extensions` instead.
 */
export class HttpRefusal extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}
