/** An error the user caused (bad option, missing folder): printed as one line, exit code 1, no stack. */
export class UserError extends Error {
  override readonly name = "UserError";
}
