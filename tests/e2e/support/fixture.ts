import { after, afterEach, before, beforeEach } from 'node:test';
import { openSession, type Session, type SessionOptions } from '../../../scripts/lib/browser';
import { startServer, type TestServer } from '../../../scripts/lib/server';

/**
 * The hooks most e2e files share: one preview server per file, a fresh browser profile per test,
 * and after each test the server's overrides reset and the profile closed, which fails the test on
 * any page or console error it did not declare (`s.expectErrors(...)`).
 */
export function serveAndOpen(bind: { server: (server: TestServer) => void; session: (session: Session) => void }, sessionOptions: SessionOptions = {}) {
  let server: TestServer | undefined;
  let session: Session | undefined;
  before(async () => {
    server = await startServer();
    bind.server(server);
  });
  after(async () => {
    await server?.close();
  });
  beforeEach(async () => {
    session = await openSession(sessionOptions);
    bind.session(session);
  });
  afterEach(async () => {
    server?.reset();
    const closing = session;
    session = undefined;
    await closing?.close();
  });
}
