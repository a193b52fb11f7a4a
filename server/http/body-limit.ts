/**
 * A request's body, read only up to `limit` bytes: 'too-large' as soon as it announces or sends
 * more (the rest is never read), so a huge body costs the server nothing but the refusal.
 */
export async function readBodyWithin(req: Request, limit: number): Promise<Buffer<ArrayBuffer> | null | 'too-large'> {
  if (!req.body) return null;
  const announced = Number(req.headers.get('content-length') ?? NaN);
  // Cancelling is not awaited: for a clone's body (a tee) it settles only once the original is
  // cancelled too, which is the caller's business.
  if (announced > limit) {
    req.body.cancel().catch(() => undefined);
    return 'too-large';
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => undefined);
      return 'too-large';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The same request with its body already read (a request's body can be read only once). */
export function withBody(req: Request, body: Buffer<ArrayBuffer> | null): Request {
  return new Request(req.url, { method: req.method, headers: req.headers, body });
}
