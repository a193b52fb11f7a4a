/** Ids and messages of the vacancy form's fields, keyed like the server's field errors. */
export const fieldId = (name: string) => `vacancy-${name}`;
export const errorId = (name: string) => `vacancy-${name}-error`;

/** The attributes that tie a control to its server error (if any). */
export function invalidProps(name: string, errors: Record<string, string[] | undefined>) {
  return errors[name]?.length ? { 'aria-invalid': true as const, 'aria-describedby': errorId(name) } : {};
}

export function FieldError({ name, errors }: { name: string; errors: Record<string, string[] | undefined> }) {
  const messages = errors[name];
  if (!messages?.length) return null;
  return (
    <span id={errorId(name)} className="error">
      {messages.join(' ')}
    </span>
  );
}
